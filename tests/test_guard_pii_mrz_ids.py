"""Identifiers of more countries after their labels, checked by their check digits (Luxembourg, Hungary, Moldova,
Kuwait, Poland's identity card, Guatemala, Canadian health cards, Egypt, the Philippines' SSS, Kenya's KRA PIN, the
Ghana Card), and passports' and identity cards' machine-readable zones."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _kinds_over(text: str, value: str) -> set[str]:
    at = text.index(value)
    return {f.kind for f in pii.find(text) if f.start <= at and at + len(value) <= f.end}


FOUND = [
    ("Identifiant national du salarié : 1968081559456", "1968081559456", "lu_national_number"),
    ("Adóazonosító jele: 8397130799 (a munkavállalóé)", "8397130799", "hu_tax_number"),
    ("Codul personal 2008694111512 figurează în buletin.", "2008694111512", "md_idnp"),
    ("Applicant's Civil ID number 301012795495, valid until 2029", "301012795495", "kw_civil_id"),
    ("Numer dowodu: IDU834826; organ wydający: Wójt Gminy", "IDU834826", "pl_id_card"),
    ("DPI 1592 98180 0109 extendido por RENAP", "1592 98180 0109", "gt_cui"),
    ("Ontario health card number 8187-207-439-VS on file", "8187-207-439-VS", "ca_health_number"),
    ("PHN: 9616 271 864 (MSP)", "9616 271 864", "ca_health_number"),
    ("Egyptian national ID 29001150201234 attached", "29001150201234", "eg_national_id"),
    ("Member SSS number 33-1234567-8, employer ER-2231", "33-1234567-8", "ph_sss"),
    ("Supplier KRA PIN P051234567Q — tax compliant", "P051234567Q", "ke_kra_pin"),
    ("GhanaCard PIN GHA-723456789-3 verified by NIA", "GHA-723456789-3", "gh_card"),
]


@every(("text", "value", "kind"), FOUND)
def test_an_id_after_its_label_with_its_check_digits_is_found(text: str, value: str, kind: str) -> None:
    assert kind in _kinds_over(text, value), pii.find(text)


LOOK_ALIKES = [
    "Identifiant national du salarié : 1968081559457",
    "Adóazonosító jele: 8397130798",
    "Codul personal 2008694111513 — cifra de control nu corespunde",
    "Civil ID number 301012795494 rejected",
    "Numer dowodu: IDU834827",
    "DPI 1592 98181 0109",
    "PHN: 9616 271 865",
    "Matricule 00412, service logistique",
]


@every("text", LOOK_ALIKES)
def test_numbers_that_fail_their_check_digits_pass(text: str) -> None:
    assert pii.find(text) == []


TD3 = "P<POLNOWAK<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nGD21890070POL8906108F3111091<<<<<<<<<<<<<<08"
TD1 = "IDFRAZUP6176668<<<<<<<<<<<<<<<\n6412043M3106198FRA<<<<<<<<<<<4\nDUPONT<<MARC<<<<<<<<<<<<<<<<<<"


@pytest.mark.parametrize("zone", [TD3, TD1])
def test_a_machine_readable_zone_is_found_line_by_line(zone: str) -> None:
    text = f"Scan of the document, back side:\n{zone}\nEnd of scan"
    for line in zone.split("\n"):
        assert _kinds_over(text, line), (line, pii.find(text))


@pytest.mark.parametrize(
    "zone",
    [
        TD3[:-1] + "9",  # the composite check digit fails
        TD3.replace("POL", "UTO"),  # the specimen state of the standard's examples
        TD1.replace("6412043M", "6412053M"),  # the birth date's check digit fails
    ],
)
def test_zones_that_fail_their_checks_or_are_specimens_pass(zone: str) -> None:
    assert pii.find(zone) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FOLIO 20931\nGuest: Ingrid Solberg\nRoom 214, 3 nights", "Ingrid Solberg"),
        ("Pay slip 11/2026\nEmployee: Tomasz Wrona\nGross 7 450,00 PLN", "Tomasz Wrona"),
        ("<Cdtr>\n  <Nm>Henrike Vogel</Nm>\n</Cdtr>", "Henrike Vogel"),
        ("Payee: Mateus Ferreira (refund of deposit)", "Mateus Ferreira"),
    ],
)
def test_a_name_after_a_guest_employee_payee_or_party_label_is_found(text: str, name: str) -> None:
    assert "person_name" in _kinds_over(text, name), pii.find(text)


def test_a_number_that_names_a_file_is_no_phone() -> None:
    assert pii.find("Artefacts: nightly-0171-20261130.tar.gz and 0171-20261201.zip") == []
    assert [f.kind for f in pii.find("Handy: 0171-20261130, abends")] == ["phone_number"]


_MSH = "MSH|^~\\&|REGADT|MCM|IFENG||20261130091200||ADT^A01|00004417|P|2.5\r"


def test_the_personal_fields_of_an_hl7_message_are_found() -> None:
    text = (
        _MSH
        + "PID|1||778812^^^MCM^MR||OKONKWO^ADAEZE^N||19860214|F|||12 KINGFISHER WAY^^LEEDS^^LS6 1AA^GBR||"
        + "0113 496 0571|||||||123-45-6780|\rNK1|1|OKONKWO^CHIDI|BRO|^^^^|07700 900461\r"
    )
    for value in ("OKONKWO^ADAEZE", "19860214", "12 KINGFISHER WAY^^LEEDS", "0113 496 0571", "123-45-6780"):
        assert _kinds_over(text, value), (value, pii.find(text))
    assert _kinds_over(text, "OKONKWO^CHIDI") and _kinds_over(text, "07700 900461")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_MSH + "PID|1||778812^^^MCM^MR~BK123456^^^MAR^NI||HADDAD^AMINA||19790907|F\r", "BK123456"),
        (_MSH + "PID|1||485 777 3456^^^NHS^NH||OKONKWO^ADAEZE||19860214|F\r", "485 777 3456"),
        (_MSH + "PID|1||X4821937^^^GBR^PPN~778812^^^MCM^MR||OKONKWO^ADAEZE\r", "X4821937"),
        ("PID|1||778812^^^MCM^MR~BK123456^^^MAR^NNMAR||HADDAD^AMINA||19790907|F", "BK123456"),
        ("PID|1||778812^^^MCM^MR||HADDAD^AMINA||19790907|F", "19790907"),
    ],
)
def test_a_patients_typed_ids_and_a_patient_segment_alone_are_read(text: str, value: str) -> None:
    assert _kinds_over(text, value), pii.find(text)


def test_a_hospitals_own_record_and_visit_numbers_are_not_a_persons_id() -> None:
    text = _MSH + 'PID|1||778812^^^MCM^MR~90044172^^^MCM^VN~55120934^^^MCM^AN||""\r'
    assert pii.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        _MSH + "MSA|AA|00004417|accepted\r",
        _MSH + 'PID|1||778812^^^MCM^MR||""||||||^^^^||\r',
        "Field PID|5 holds the patient's name; PID|19 the SSN (deprecated since 2.7).",
    ],
)
def test_hl7_without_personal_fields_passes(text: str) -> None:
    assert pii.find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of birth (DD/MM/YYYY): 21/07/1988", "21/07/1988"),
        ("Geburtsdatum (TT.MM.JJJJ): 03.11.1975", "03.11.1975"),
        ("Fecha de nacimiento (dd/mm/aaaa): 30/01/1992", "30/01/1992"),
        ("CON Enter your date of birth (DDMMYYYY)\n> 07091979", "07091979"),
        ("Date of birth: 12251984", "12251984"),
        ('fmt.Printf("born %s\\n", "1979-09-07")', "1979-09-07"),
        ('printf("DOB: %s\\n", "07/09/1979");', "07/09/1979"),
    ],
)
def test_a_birth_date_after_its_label_and_a_format_hint_is_found(text: str, value: str) -> None:
    assert "date_of_birth" in _kinds_over(text, value), pii.find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Date of birth: 45091979",  # no day 45 nor month 45
        "Birth cohort 20202021 report",
        'fmt.Printf("order %s\\n", "1979-09-07")',
        "CON Enter your account number (DDMMYYYY is not accepted)\n> 07091979",
    ],
)
def test_eight_digits_or_a_formatted_date_that_no_birth_names_pass(text: str) -> None:
    assert not [f for f in pii.find(text) if f.kind == "date_of_birth"], pii.find(text)


def test_a_name_before_a_forms_next_column_is_found() -> None:
    text = "PAY ADVICE\nEmployee: Ruth Abernethy    Staff no: 20417    Grade: C2"
    assert "person_name" in _kinds_over(text, "Ruth Abernethy"), pii.find(text)

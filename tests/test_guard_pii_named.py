"""Ids with one check digit read by the name of their kind near them; numbers that fail the id they are named as."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


# Made-up values that pass their kind's check: NHS 7232860129, BSN 162307986, SIN 661920579, Aadhaar 344057950055.


@every(
    ("text", "kind", "value"),
    [
        ("Het BSN van de werknemer is 162307986.", "nl_bsn", "162307986"),
        ("Uw burgerservicenummer vindt u op de brief: 162307986", "nl_bsn", "162307986"),
        ("162307986 (BSN)", "nl_bsn", "162307986"),
        ("Burgerservicenummer 1623 07 986", "nl_bsn", "1623 07 986"),
        ("723 286 0129 is my NHS number", "uk_nhs", "723 286 0129"),
        ("Please quote your NHS number on all letters. Your number is 723 286 0129.", "uk_nhs", "723 286 0129"),
        ("CHI number 7232860129", "uk_nhs", "7232860129"),
        ("Employee: Jo Smith\nSIN\n661 920 579", "ca_sin", "661 920 579"),
        ("UID 344057950055", "in_aadhaar", "344057950055"),
        ("Aadhaar card number of the applicant - 3440 5795 0055", "in_aadhaar", "3440 5795 0055"),
    ],
)
def test_a_bare_id_is_found_with_the_name_of_its_kind_in_its_sentence(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "162307986",  # a number alone, in code or data
        "rows = [162307986, 7232860129, 344057950055]",
        "The NHS spent 7232860129 pounds on agency staff.",  # the service, and an amount
        "Aadhaar enrolment crossed 344057950055 this month.",
        "BSN checks in 2023: 162307986 requests",
        "uid = 344057950055  # NAS mount",
        "Timestamp 7232860129 NHS login event",
        "BSN validation\n\norder 162307986",  # a blank line between
        "Het BSN staat op de factuur, order number 162307986",  # named as another number
    ],
)
def test_a_number_without_its_kind_named_for_it_passes(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "NHS number: 723 286 0128",  # a US-shaped grouping, one digit off an NHS number
        "My NHS number is 723-286-0128.",
        "Social Insurance Number: 661 920 578",
        "SIN 661-920-578",
        "TFN: 162 307 987",  # passes a SIN's check, not a tax file number's
        "burgerservicenummer: 162-307-987",
        "Aadhaar: 3440 5795 0056",
    ],
)
def test_a_number_failing_the_check_of_the_id_named_before_it_is_no_other_kind(text: str) -> None:
    assert _found(text) == []


def test_a_number_that_passes_the_check_of_the_id_named_before_it_keeps_its_kind() -> None:
    assert _found("NHS number: 723 286 0129") == [("uk_nhs", "723 286 0129")]
    assert _found("SIN: 661 920 579") == [("ca_sin", "661 920 579")]
    assert _found("Call the NHS on 020 7946 0018") == [("phone_number", "020 7946 0018")]
    assert _found("NAS: 203.0.114.9") == [("ip_address", "203.0.114.9")]  # a storage box, not the French SIN


@pytest.mark.parametrize(
    "text",
    [
        "Fødselsnummer: 05063573314",  # fails the Norwegian checks; a Greek AMKA's alone
        "IRD: 214-066-193",  # fails the NZ check; a Canadian SIN's alone
        "ACN 711 506 702",  # fails the company number's check; a phone number's grouping
        "NIP: 052-539-41-03",
        "CNP 6423515774527",  # fails the Romanian check; a card's Luhn
    ],
)
def test_a_number_failing_the_check_of_its_label_is_not_read_as_another_id(text: str) -> None:
    assert _found(text) == []


def test_finnish_and_swedish_personal_numbers_after_their_names() -> None:
    assert _found("Henkilötunnus: 210487-358S") == [("fi_hetu", "210487-358S")]
    assert _found("Henkilötunnus: 210487-358X") == []  # wrong check character
    assert _found("Personnummer: 850709-4129") == [("se_personnummer", "850709-4129")]
    assert _found("Personnummer: 850709-4128") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bestellnummer: 220404-7734",  # a date and four digits: a Danish CPR's shape
        "Rechnungsnummer 762 622 250",  # a Spanish phone number's grouping
        "Número de pedido: G197608553",  # a Taiwanese id's shape and check
        "Numer zamówienia: 762 622 250",
        "Fattura n. 762 622 250",
    ],
)
def test_numbers_named_as_orders_or_invoices_in_other_languages_pass(text: str) -> None:
    assert _found(text) == []


def test_a_card_after_a_reference_word_is_still_a_card() -> None:
    assert _found("Card used for booking: 4111 1111 1111 1111") == [("credit_card", "4111 1111 1111 1111")]


@every(
    ("text", "kind", "value"),
    [
        ("개인사업자등록번호: 690-70-29313", "kr_brn", "690-70-29313"),
        ("BRN 6907029313", "kr_brn", "6907029313"),
        ("운전면허번호: 13-19-482615-37", "driver_license", "13-19-482615-37"),
        ("외국인등록번호 850317-5234567", "kr_frn", "850317-5234567"),
        ("주민등록번호: 850317-1234567", "kr_rrn", "850317-1234567"),  # issued since 2020: no check digit
        ("여권번호: M123A4567", "passport_number", "M123A4567"),
        ("NIN: 03297923207", "ng_nin", "03297923207"),
        ("ИНН 2154732030", "ru_inn", "2154732030"),
        ("ИНН: 471914651860", "ru_inn", "471914651860"),
        ("Паспорт 45 10 123456", "passport_number", "45 10 123456"),
        ("PhilHealth No. 29-170389618-4", "ph_philhealth", "29-170389618-4"),
        ("TIN: 993-970-011-000", "ph_tin", "993-970-011-000"),
        ("UMID: 0111-2345678-9", "ph_umid", "0111-2345678-9"),
        ("Rentenversicherungsnummer: 53 120385 M 041", "de_social_security", "53 120385 M 041"),
        ("Krankenversichertennummer: K482639177", "de_health_insurance", "K482639177"),
    ],
)
def test_ids_of_more_countries_after_their_names(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


@every(
    "text",
    [
        "사업자등록번호: 690-70-29314",
        "NIN: 03297923208",
        "ИНН 2154732031",
        "PhilHealth No. 29-170389618-5",
        "Rentenversicherungsnummer: 53 120385 M 042",
        "Krankenversichertennummer: K482639178",
        "주민등록번호: 851317-1234567",  # no 13th month
        "850317-9234567",  # no such sex digit
        "851317-1234567",
        "001332-1234567",  # not a phone number either
    ],
)
def test_their_near_misses_pass(text: str) -> None:
    assert _found(text) == []


@every(
    "text",
    [
        "Upstream-Name: Apache Widget\nSource: https://example.org/widget",  # a field of a package's copyright
        "Files: *\nCopyright: 2010-2015 Ada Stone\n           2016 Ivo Lane <ivo@example.org>\n",
        " 2001-2008 Hans Brauer\n 2021 Ivo Lane\n 2018 Igalia S.L\n",  # a list of copyright holders
        "widget (1:10~+20191229111838+6991d5728f1-1~exp1) experimental; urgency=medium",
        "coordinates +40.7128-074.0060",
        '<path d="M1.52-.87 2.83-2.12 3.51.98.32 2.03.5 3.11.5"/>',
        "for checking null pointers.\n\n20110521\n\t+ fix warnings",  # a date heading the next paragraph
        "My Number: 7179 3720 3023",  # not a Japanese My Number, not a phone number either
    ],
)
def test_look_alikes_in_ordinary_documents_pass(text: str) -> None:
    found = _found(text)
    assert [k for k, _ in found if k != "email"] == []


def test_what_those_rules_leave_found() -> None:
    assert _found("Send it to 2016 Maple Lane, Springfield") == [("street_address", "2016 Maple Lane, Springfield")]
    assert _found("call +44 20 7946 0958") == [("phone_number", "+44 20 7946 0958")]
    assert _found("My number is 070-123 45 67") == [("phone_number", "070-123 45 67")]
    assert _found("Call me at 9123 4567") == [("phone_number", "9123 4567")]
    assert _found("IP: 81.2.69.160") == [("ip_address", "81.2.69.160")]


def test_a_sin_grouping_with_a_leading_zero_is_no_phone_number() -> None:
    assert _found("046 454 286") == []  # the first digit is never issued
    assert _found("SIN: 046-454-286") == []
    assert _found("Phone: 046 454 286") == [("phone_number", "046 454 286")]  # named a phone number, it is one
    assert _found("My number is 0151 23456789") == [("phone_number", "0151 23456789")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ring mig på 070-123 45 67", "070-123 45 67"),
        ("Me liga no 11 91234-5678", "11 91234-5678"),
        ("Звоните: 8 912 345 67 89", "8 912 345 67 89"),
        ("WhatsApp me at 9123 4567", "9123 4567"),
        ("Contact number 9 1234 5678", "9 1234 5678"),
    ],
)
def test_phone_numbers_after_asking_to_be_called(text: str, value: str) -> None:
    assert _found(text) == [("phone_number", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Broj putovnice: 487290948", "487290948"),
        ("Číslo cestovního pasu: 45812763", "45812763"),
        ("Passinumero: XP8271602", "XP8271602"),
        ("Útlevélszám: BE1234567", "BE1234567"),
        ("Număr pașaport: 051234567", "051234567"),
        ("Αριθμός διαβατηρίου: AK1234567", "AK1234567"),
        ("паспорт 487290948", "487290948"),
    ],
)
def test_passport_numbers_after_their_names_in_more_languages(text: str, value: str) -> None:
    assert _found(text) == [("passport_number", value)]


def test_words_that_only_start_like_passport_name_nothing() -> None:
    assert _found("I had a passive 12345678 role") == []
    assert _found("putovnica 11111111") == []


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "widget", "version": "10.2.3.4"}',
        "Bumped SQLite from 3.6.14.1 to 3.6.14.2",
        "Update V8 to 3.11.10.15",
        "2009-05-19 (3.6.14.1)",
        "XFree86 4.3.99.16 Bring the tree up to date",
        "kernel 5.15.0.91-generic",
        "Wed, 3 Apr 2002 12.34.56.78+0800",
    ],
)
def test_versions_written_like_addresses_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Update the A record to 84.17.43.210", "84.17.43.210"),
        ("moved her laptop from 10.0.0.1 to 10.0.0.2", "10.0.0.2"),
        ("user session eth0 192.168.1.10", "192.168.1.10"),
        ("login from 84.17.43.210 failed", "84.17.43.210"),
    ],
)
def test_addresses_near_those_words_are_still_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "123-45-6789",  # the number printed on sample cards
        "SSN 123456789",
        "987-65-4321",
        "999-999-9999",
        "010190-1235",  # a birth date and four digits failing every check: a mistyped personal number
    ],
)
def test_placeholders_and_mistyped_numbers_pass(text: str) -> None:
    assert _found(text) == []


def test_dotted_itin_shapes_are_read_without_error() -> None:
    assert _found("912.34.5678") == []
    assert _found("SSN 912.70.1234") == [("us_itin", "912.70.1234")]
    assert _found("call 415-123-4567") == [("phone_number", "415-123-4567")]


@every(
    ("text", "kind", "value"),
    [
        ("Emirates ID: 784-1987-0163298-0", "ae_emirates_id", "784-1987-0163298-0"),
        ("784-1987-0163298-0", "ae_emirates_id", "784-1987-0163298-0"),  # alone: its dashes, year and Luhn
        ("JMBG: 1503985195736", "rs_jmbg", "1503985195736"),
        ("ЕГН 8503154002", "bg_egn", "8503154002"),
        ("کد ملی: 3735997309", "ir_national_code", "3735997309"),
        ("Iqama: 1077926721", "sa_national_id", "1077926721"),
        ("CNIC: 35202-1234567-1", "pk_cnic", "35202-1234567-1"),
        ("CCCD: 001203004567", "vn_cccd", "001203004567"),
        ("NIC: 853456789V", "lk_nic", "853456789V"),
    ],
)
def test_ids_of_still_more_countries(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


@every(
    "text",
    [
        "Emirates ID: 784-1987-0163298-1",
        "ID 784-1987-0163298-1",
        "JMBG: 1503985195737",
        "EGN: 8503154003",
        "code melli 3735997308",
        "Iqama 1077926722",
        "NIC: 853996789V",  # no 399th day of a year
        "the NIC 1 link is up",
    ],
)
def test_their_near_misses_pass_too(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geboortedatum: 12-03-1984", "12-03-1984"),
        ("Data urodzenia: 12.03.1984", "12.03.1984"),
        ("Födelsedatum: 1984-03-12", "1984-03-12"),
        ("Syntymäaika: 12.3.1984", "12.3.1984"),
        ("生年月日: 1984年3月12日", "1984年3月12日"),  # the day's sign ends the date
        ("생년월일: 1984-03-12", "1984-03-12"),
        ("Doğum tarihi: 12.03.1984", "12.03.1984"),
    ],
)
def test_dates_of_birth_after_their_names_in_more_languages(text: str, value: str) -> None:
    assert _found(text) == [("date_of_birth", value)]


def test_a_date_without_a_birth_word_passes() -> None:
    assert _found("released 1984 3 12") == []
    assert _found("Geboortedatum: 31-02-1984") == []  # no such day


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Numéro de compte : 12345678901", "bank_account_number", "12345678901"),
        ("Número de cuenta: 0049123456789012", "bank_account_number", "0049123456789012"),
        ("Rekeningnummer: 123456789", "bank_account_number", "123456789"),
        ("계좌번호: 110123456789", "bank_account_number", "110123456789"),  # a label in a script without spaces
        ("手机号码 13912345678", "phone_number", "13912345678"),
        ("전화번호: 010-1234-5678", "phone_number", "010-1234-5678"),
    ],
)
def test_account_and_phone_labels_of_more_languages(text: str, kind: str, value: str) -> None:
    assert _found(text) == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("+1 (415) 448\u20110132", "+1 (415) 448\u20110132"),
        ("+7 (495) 123\u201345\u201367", "+7 (495) 123\u201345\u201367"),
        ("+44 20 7946\u20130958", "+44 20 7946\u20130958"),
    ],
)
def test_phone_numbers_written_with_other_dashes(text: str, value: str) -> None:
    assert _found(text) == [("phone_number", value)]

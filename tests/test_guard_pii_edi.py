"""Personal data in X12 EDI transactions (enrollment, claims, eligibility) by segment and qualifier, and cards of
regional schemes; ids under other qualifiers and look-alikes pass."""

from __future__ import annotations

from secure_mcp_gateway.guardrails import pii

_ENROLLMENT = (
    "ISA*00*          *00*          *ZZ*PAYROLLCO      *ZZ*HEALTHPLAN     *261203*0915*^*00501*000004411*0*P*:~\n"
    "ST*834*0007*005010X220A1~\n"
    "INS*Y*18*021*28*A***FT~\n"
    "REF*0F*521447830~\n"
    "NM1*IL*1*FERREIRA*LUCAS*M***34*521447830~\n"
    "PER*IP**HP*3124480147~\n"
    "N3*2210 W HURON ST APT 4~\n"
    "N4*CHICAGO*IL*60612~\n"
    "DMG*D8*19870922*M~\n"
    "SE*9*0007~"
)


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


def test_an_enrollments_person_fields_are_found() -> None:
    found = _found(_ENROLLMENT)
    assert found.get("521447830") == "ssn"
    assert found.get("FERREIRA") == "person_name" and found.get("LUCAS") == "person_name"
    assert found.get("19870922") == "date_of_birth"
    assert found.get("2210 W HURON ST APT 4") == "street_address"
    assert "3124480147" in found


def test_an_ssn_under_its_own_qualifier_is_found_in_one_segment() -> None:
    text = "NM1*QC*1*OKONJO*ADA****34*318560274~"
    assert _found(text).get("318560274") == "ssn"
    assert _found("REF*SY*318-56-0274~").get("318-56-0274") == "ssn"


def test_ids_under_other_qualifiers_and_void_ssns_pass() -> None:
    assert not pii.find("NM1*PR*2*ACME HEALTH PLAN*****PI*842610001~")
    assert not pii.find("REF*0F*000558901~")
    assert not pii.find("REF*38*123456789~\nREF*1L*GRP7781~")


def test_a_persons_other_numbers_under_their_qualifiers_are_found() -> None:
    text = "ST*834*0002~\nNM1*IL*1*HADDAD*NOOR****ZZ*2750314AB12~\nREF*HJ*1987031400123~\nREF*1W*ZX4418820913~\n"
    text += "REF*6P*GRP00123~\nSE*5*0002~"
    found = _found(text)
    assert found.get("2750314AB12") == "id_card_number"
    assert found.get("1987031400123") == "id_card_number"
    assert found.get("ZX4418820913") == "member_id"
    assert "GRP00123" not in found  # a group's number
    assert _found("NM1*IL*1*SOUZA*ANA****MI*W88123456701~").get("W88123456701") == "member_id"


def test_providers_and_payers_numbers_and_refs_without_a_person_pass() -> None:
    assert not [f for f in pii.find("NM1*82*1*SMITH*JOHN****XX*1234567893~") if f.kind != "person_name"]
    assert not pii.find("NM1*85*2*CITY CLINIC*****XX*1234567893~\nREF*EI*123456789~")
    assert not pii.find("REF*1W*ZX4418820913~\nREF*HJ*1987031400123~")


def test_a_troy_card_is_found_and_a_look_alike_is_not() -> None:
    assert _found("Ödeme: Troy kart 9792 1234 5678 9018, taksit 3").get("9792 1234 5678 9018") == "credit_card"
    assert not pii.find("Ödeme: kart 9792 1234 5678 9014, taksit 3")


def test_a_passport_number_after_no_n_or_a_countrys_adjective_is_found() -> None:
    for text, value in [
        ("Passaporto n. YB7731904 rilasciato a Milano", "YB7731904"),
        ("Passeport n° 19CD48213, délivré le 3 mars 2022", "19CD48213"),
        ("Passaporto italiano YB7731904, scadenza 2031", "YB7731904"),
    ]:
        assert _found(text).get(value) == "passport_number", text
    assert not pii.find("Passport photos must be 2x2 inches; renewal fee USD130 for adults.")

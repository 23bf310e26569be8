"""Sample and test records, places named like people and quantities shaped like phones: not personal data; phones
beside a name in their own grouping are."""

from __future__ import annotations

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


def test_a_test_record_hides_only_its_own_values() -> None:
    text = (
        "Name: Test Patient\nDOB: 01/02/1990\nMobile: 07700 900461\n\n"
        "Name: Priya Raman\nDOB: 17/09/1984\nMobile: 07700 900462\n"
    )
    found = _found(text)
    assert ("date_of_birth", "17/09/1984") in found
    assert ("phone_number", "07700 900462") in found
    assert not any(value in ("01/02/1990", "07700 900461") for _, value in found)


def test_a_placeholder_in_a_long_line_reaches_only_its_neighbourhood() -> None:
    filler = "x" * 1600
    text = f"demo_user born 01/02/1990; {filler}; Priya Raman born 17/09/1984, mobile 07700 900462"
    assert ("phone_number", "07700 900462") in _found(text)


def test_a_note_after_a_value_makes_it_an_example_whatever_its_kind() -> None:
    for value, note in (("DE89 3704 0044 0532 0130 00", "(documentation example)"), ("+44 7700 900461", "[test]")):
        assert _found(f"Value {value} {note}") == []
        assert _found(f"Value {value} (personal)") != []


def test_a_place_or_venue_is_no_person_but_a_surname_that_is_also_a_place_word_is() -> None:
    assert _found("Name: Madison Square Garden") == []
    assert _found("Host: Riverside Dental Practice") == []
    assert ("person_name", "Harold Hall") in _found("Name: Harold Hall")


def test_a_unit_after_a_phone_shaped_number_makes_it_a_quantity() -> None:
    assert _found("Reading 0412 345 678 mm at the gauge") == []
    assert ("phone_number", "0412 345 678") in _found("Mobile 0412 345 678 mm-wave team lead")


def test_an_amount_date_or_score_after_a_name_is_no_phone() -> None:
    for text in (
        "Name: Jan Kowalski, 2 450 000 PLN",
        "Name: Anna Svensson, 45 12 300 kr",
        "Name: Marta Lindholm, 2026 03 12",
        "Name: Marta Lindholm, 12 450 000",
    ):
        assert ("person_name", text[6 : text.index(",")]) in _found(text)
        assert not any(kind == "phone_number" for kind, _ in _found(text)), text
    assert ("phone_number", "412 34 567") in _found("Name: Lars Eriksen, 412 34 567 (mobile)")

"""Identifiers a form splits (one digit per box, groups joined by dots, a value wrapped onto the next line after its
label) are found whole; counts, sequences, versions and test cards pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("SSN: 5 3 6 9 0 4 3 2 1", "5 3 6 9 0 4 3 2 1", "ssn"),
        ("Name: Ana Lima\nSSN: 5 3 6 - 9 0 - 4 3 2 1\nCity: Recife", "5 3 6 - 9 0 - 4 3 2 1", "ssn"),
        ("PESEL: 8 5 0 3 1 5 0 1 2 3 4", "8 5 0 3 1 5 0 1 2 3 4", "pl_pesel"),
        ("Card: 4539.1488.0343.6467", "4539.1488.0343.6467", "credit_card"),
        ("IBAN: DE89.3704.0044.0532.0130.00", "DE89.3704.0044.0532.0130.00", "iban"),
        ("Card number: 4539 1488\n0343 6467", "4539 1488\n0343 6467", "credit_card"),
        ("IBAN: DE89 3704 0044\n0532 0130 00", "DE89 3704 0044\n0532 0130 00", "iban"),
        ("NHS number: 943 476\n5919", "943 476\n5919", "uk_nhs"),
        ("Phone: +44 7700\n900 461", "+44 7700\n900 461", "phone_number"),
    ],
)
def test_a_split_identifier_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind


@every(
    "text",
    [
        "Version 1 2 3 4 5 6 7 8",
        "Row: 1 2 3 4 5 6 7 8 9",
        "Sequence: 0 1 1 2 3 5 8 13",
        "Total: 1234\n5678",
        "Card (test): 4111.1111.1111.1111",
        "Build 2024.1103.0001.0042",
        "SSN: 1 2 3 4 5 6 7 8 9",
    ],
)
def test_counts_sequences_versions_and_test_cards_pass(text: str) -> None:
    assert _found(text) == {}

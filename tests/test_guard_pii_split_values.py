"""Identifiers a form splits (one digit per box, groups joined by dots, a value wrapped onto the next line after its
label, also after a dash or with a note after it, an e-mail address broken after its `@`) are found whole; counts,
sequences, versions, dates and test cards pass."""

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
        ("SSN: 536-\n22-8841", "536-\n22-8841", "ssn"),
        ("Card: 4539-1488-0343-\n6467", "4539-1488-0343-\n6467", "credit_card"),
        ("IBAN: DE89370400440532\n013000", "DE89370400440532\n013000", "iban"),
        ("Tel.: 030 123\n45 67 (privat)", "030 123\n45 67", "phone_number"),
        ("Email: lena.fischer@\nposteo.de", "lena.fischer@\nposteo.de", "email"),
        ("Tel:\t+44 7700\n900 461", "+44 7700\n900 461", "phone_number"),
        ("Note: call back: soon\nRef #\tDE89 3704 0044\n0532 0130 00", "DE89 3704 0044\n0532 0130 00", "iban"),
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
        "Build: 2024-\n05-01 release",
        "Order #: 12345-\n678",
        "Version: 4.2-\n17",
        "ISBN: 978-3-16-\n148410-0",
        "Contact: support@\nexample.com",
    ],
)
def test_counts_sequences_versions_and_test_cards_pass(text: str) -> None:
    assert _found(text) == {}

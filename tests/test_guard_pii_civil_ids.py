"""Id numbers of schemes with no rule of their own, read after a general label in several languages; numbers of a
known scheme's shape that fail its check, other things' numbers and dates still pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("Civil Number: 40718253", "40718253"),
        ("Omani civil ID 9876543", "9876543"),
        ("Numri personal: 1092837465", "1092837465"),
        ("Kosovo personal number 1098765432", "1098765432"),
        ("Lični broj: 2604981150013", "2604981150013"),
        ("CPR No.: 880412345", "880412345"),
        ("Número de identidad 0501-1988-00231", "0501-1988-00231"),
        ("DNI hondureño 0801199012345", "0801199012345"),
        ("Alberta PHN: 12345-6789", "12345-6789"),
        ("FAN: 4821 0937 5561 2049", "4821 0937 5561 2049"),
        ("Kenyan ID No. 23456789", "23456789"),
        ("DNI peruano: 31847262", "31847262"),
        ("Личный номер 3150289A", None),  # letters in it: not this shape
        ("\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0634\u062e\u0635\u064a: 920715638", "920715638"),
    ],
)
def test_ids_after_a_general_label_are_found(text: str, value: str | None) -> None:
    values = [v for _, v in _found(text)]
    assert (value in values) if value else values == []


@every(
    "text",
    [
        "Customer ID number: 12345678",
        "Order ID No. 40012345",
        "Employer identification number 12-3456789",
        "Build ID number 20241105",
        "ID number format: 2024-05-01",
        "Identity card number 1111111",
        "The personal number 7 was retired.",
        "DNI: 31847262",  # a Spanish DNI without its letter
        "NIN: 03297923208",  # an 11-digit NIN that fails its check
    ],
)
def test_other_numbers_and_failed_checks_pass(text: str) -> None:
    assert _found(text) == []

"""Personal tax and social-insurance numbers of more countries after their labels (Pakistan's NTN, Bangladesh's
e-TIN, Vietnam's mã số thuế, Malaysia's income tax number, Ghana's SSNIT, Zambia's TPIN, Benin's IFU, Cameroon's
NIU, Romania's cod fiscal, Japan's 納税者番号); dates, short numbers and fillers pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value"),
    [
        ("NTN: 4182736-5 (Bilal Ahmed)", "4182736-5"),
        ("e-TIN: 418273645012", "418273645012"),
        ("Mã số thuế cá nhân: 8018273645", "8018273645"),
        ("MST: 0318273645", "0318273645"),
        ("No. cukai pendapatan: SG 10182736450", "SG 10182736450"),
        ("Income tax reference number: 0182736451", "0182736451"),
        ("SSNIT number: C018273645012", "C018273645012"),
        ("TPIN: 1001827364", "1001827364"),
        ("IFU: 3201818273645", "3201818273645"),
        ("NIU: P018273645123X", "P018273645123X"),
        ("Cod fiscal: 1850512182736", "1850512182736"),
        ("納税者番号: 1827364501", "1827364501"),
        ("Taxpayer number: 182736451", "182736451"),
    ],
)
def test_a_tax_number_after_its_label_is_found_whole(text: str, value: str) -> None:
    assert _found(text).get(value) == "tax_id"
    assert "tax_id" in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "NTN: 0000000",  # a filler
        "TPIN: 20240131",  # a date
        "Income tax number format: 10 digits",
        "MST: 12345",  # too short
        "mstr: 1827364501",  # another word
    ],
)
def test_dates_fillers_and_other_words_pass(text: str) -> None:
    assert "tax_id" not in _found(text).values()

"""Card numbers of domestic schemes with checks of their own, read after their labels: Isracard (8 or 9 digits,
weights 9 to 1 on the number padded to 9 digits, the sum a multiple of 11)."""

from __future__ import annotations


def isracard_ok(value: str) -> bool:
    """Whether 8 or 9 digits are an Isracard number by its check."""
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) not in (8, 9) or not digits.isdigit() or len(set(digits)) < 3:
        return False
    padded = digits.zfill(9)
    return sum(int(c) * w for c, w in zip(padded, range(9, 0, -1), strict=True)) % 11 == 0


GROUPS = (
    (
        "isracard",
        r"isracard|ישראכרט",
        (("credit_card", r"\d{4}[ -]?\d{4,5}(?![\w-])", isracard_ok),),
    ),
)
"""Label groups of `pii_ids` (its `_GROUPS`' form): the labels, and each value's kind, shape and check."""
LEADS = ("isracard",)
"""The words the shared index looks for where these labels start (in ASCII text)."""
NON_ASCII_LEADS = ("ישראכרט",)
"""The same outside ASCII."""

"""Identifiers of pupils, learners and students with their checks: England's and Wales's unique pupil number (UPN),
the UK's unique learner number (ULN), Australia's unique student identifier (USI) and the Dutch education number
(onderwijsnummer)."""

from __future__ import annotations

_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_ok(value: str) -> bool:
    """Whether a check letter and 12 digits are a unique pupil number (weights 2 to 13, mod 23)."""
    v = value.replace(" ", "").upper()
    if len(v) != 13 or not v[1:].isdigit() or v[0] not in _UPN_LETTERS:
        return False
    total = sum(int(c) * w for c, w in zip(v[1:], range(2, 14), strict=True))
    return _UPN_LETTERS[total % 23] == v[0]


def uln_ok(value: str) -> bool:
    """Whether 10 digits are a unique learner number (weights 10 to 2, the check 10 less the sum mod 11)."""
    d = value.replace(" ", "")
    if len(d) != 10 or not d.isdigit() or d[0] == "0":
        return False
    check = 10 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1), strict=True)) % 11
    return check < 10 and check == int(d[9])


_USI_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def usi_ok(value: str) -> bool:
    """Whether 10 characters of the USI's alphabet (no 0, 1, I, O) end with their Luhn mod 32 check."""
    v = value.upper()
    if len(v) != 10 or any(c not in _USI_ALPHABET for c in v) or not any(c.isdigit() for c in v):
        return False
    n = len(_USI_ALPHABET)
    total, factor = 0, 2
    for c in reversed(v[:9]):
        add = factor * _USI_ALPHABET.index(c)
        factor = 3 - factor
        total += add // n + add % n
    return _USI_ALPHABET[(n - total % n) % n] == v[9]


def onderwijsnummer_ok(value: str) -> bool:
    """Whether 9 digits are a Dutch education number: the citizen number's weights, the sum 5 mod 11, led by 10."""
    d = value.replace(".", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit() or not d.startswith("10"):
        return False
    return sum(int(c) * w for c, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2, 1), strict=True)) % 11 == 5


GROUPS = (
    (
        "upn",
        r"upn(?![a-z])|unique pupil number|pupil (?:number|no\b|ref)",
        (("uk_upn", r"(?i)[A-Z] ?\d{3} ?\d{4} ?\d{3} ?\d\d(?![\w-])", upn_ok),),
    ),
    (
        "uln",
        r"uln(?![a-z])|unique learner number|learner (?:number|no\b|ref)",
        (("uk_uln", r"\d{10}(?![\w-])", uln_ok),),
    ),
    (
        "usi",
        r"usi(?![a-z])|unique student identifier|student identifier",
        (("au_usi", r"(?i)[2-9A-HJ-NP-Z]{10}(?![\w-])", usi_ok),),
    ),
    (
        "onderwijs",
        r"onderwijsnummer|education number",
        (("nl_onderwijsnummer", r"\d{4}\.?\d\d\.?\d{3}(?![\w-])", onderwijsnummer_ok),),
    ),
)
"""Label groups of `pii_ids` (its `_GROUPS`' form): the labels, and each value's kind, shape and check."""
_ENDS = " \t\n:#=.,\"'-_()"
"""What may follow a short label word, so that the index does not stop inside longer words (`using`, `vulnerable`)."""
LEADS = (
    *(f"{w}{c}" for w in ("upn", "uln", "usi") for c in _ENDS),
    "unique pupil",
    "pupil number",
    "pupil no",
    "pupil ref",
    "unique learner",
    "learner number",
    "learner no",
    "learner ref",
    "unique student",
    "student identifier",
    "onderwijsnummer",
    "education number",
)
"""The words the shared index looks for where these labels start."""

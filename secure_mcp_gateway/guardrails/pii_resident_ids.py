"""Numbers of residents' and service members' papers, read after their labels: the US alien number (A-number) and
permanent resident card number, Canada's unique client identifier (UCI) and the US Department of Defense's id."""

from __future__ import annotations


def _any(_: str) -> bool:
    return True


def a_number_ok(value: str) -> bool:
    """Whether an A-number holds 8 or 9 digits, not all one digit."""
    digits = "".join(c for c in value if c.isdigit())
    return len(digits) in (8, 9) and len(set(digits)) > 1


def _digits_varied(value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return len(set(digits)) > 2


GROUPS = (
    (
        "anumber",
        r"a-?number|a#|alien (?:number|no\b|#)|uscis (?:number|no\b|#|id)|a-file(?: number| no\b)?",
        (("us_a_number", r"(?i)A?[ -]?\d{3}[ -]?\d{3}[ -]?\d{3}(?![\w-])|A?[ -]?\d{8}(?![\w-])", a_number_ok),),
    ),
    (
        "greencard",
        r"permanent resident card(?: number| no\b| #)?|green card(?: number| no\b| #)?|pr card(?: number| no\b| #)?",
        (("us_green_card", r"(?i)[A-Z]{3}\d{10}(?![\w-])", _digits_varied),),
    ),
    (
        "uci",
        r"uci(?![a-z])|unique client identifier",
        (("ca_uci", r"\d{2}-?\d{4}-?\d{4}(?![\w-])|\d{4}-?\d{4}(?![\w-])", _digits_varied),),
    ),
    (
        "edipi",
        r"edipi|dod id(?: number| no\b| #)?|dod identification number",
        (("us_dod_id", r"\d{10}(?![\w-])", _digits_varied),),
    ),
)
"""Label groups of `pii_ids` (its `_GROUPS`' form): the labels, and each value's kind, shape and check."""
_ENDS = " \t\n:#=.,\"'-_()"
"""What may follow a short label word, so that the index does not stop inside longer words (`lucid`, `crucial`)."""
LEADS = (
    "a-number",
    "anumber",
    "a#",
    "alien number",
    "alien no",
    "alien #",
    "uscis",
    "a-file",
    "permanent resident card",
    "green card",
    "pr card",
    *(f"uci{c}" for c in _ENDS),
    "unique client",
    "edipi",
    "dod id",
    "dod identification",
)
"""The words the shared index looks for where these labels start."""

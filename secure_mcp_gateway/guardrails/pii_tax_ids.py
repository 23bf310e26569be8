"""Personal tax and social-insurance numbers of more countries, read after their labels: Pakistan's NTN,
Bangladesh's e-TIN, Vietnam's personal tax code (mã số thuế), Thailand's taxpayer number, Malaysia's income tax
number, South Africa's income tax reference, Zambia's and Malawi's TPIN, Ghana's SSNIT and NHIS numbers, West and
Central Africa's IFU and NIU, Romania's fiscal code, China's and Japan's taxpayer numbers, and an
income tax or taxpayer reference number in English. Each value must hold seven digits or more, not all alike, and
not be a date."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"
_DATE = r"(?:19|20)\d\d[-/.]?[01]\d[-/.]?[0-3]\d"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def taxed(value: str) -> bool:
    """Whether a tax number holds 7 to 16 digits, more than two different ones, and is not a date."""
    d = _digits(value)
    if not 7 <= len(d) <= 16 or len(set(d)) < 3:
        return False
    return not (len(d) == 8 and d[:2] in ("19", "20") and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:]) <= 31)


TAX_VALUE = r"(?:[A-Z]{1,3}[ -]?)?\d{1,13}(?:[ /.-]\d{1,12}){0,4}(?:-?[A-Z])?" + _END
"""A tax number as written: a letter or three (`SG`, `P`), digits in groups, a check letter after."""

Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "taxmore",
        r"ntn(?![a-z])|national tax number|e-?tin(?![a-z])|"
        r"m[ãa] s[ốo] thu[ếe](?: c[áa] nh[âa]n)?|mst(?: c[áa] nh[âa]n)?(?= ?[:#]| c[áa] nh[âa]n)|"
        r"\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22"
        r"\u0e20\u0e32\u0e29\u0e35(?:\u0e2d\u0e32\u0e01\u0e23)?|"
        r"(?:no\.? |nombor )?cukai pendapatan|income tax (?:number|no\b|reference|ref\b|file)(?: number| no\b)?|"
        r"(?:personal|individual) tax(?:payer)? (?:number|no\b|id|reference)|taxpayer (?:number|no\b|reference)|"
        r"tax ref(?:erence)?\.? (?:number|no\b)|sars tax(?: reference)?(?: number| no\b)?|"
        r"tpin(?![a-z])|zimra(?: bp)?(?: number| no\b)?|ssnit(?: number| no\b)?|nhis(?: number| no\b| id)?|"
        r"ifu(?= ?[:#n])|niu(?= ?[:#n])|identifiant fiscal(?: unique)?|num[ée]ro d'identification fiscale|"
        r"cod(?:ul)? fiscal|"
        r"纳税人识别号|納税人識別號|個人税号|个人税号|税号|納税者番号",
        (("tax_id", TAX_VALUE, taxed),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (taxed,)
"""The checks above that hold no check digit (a shape is all they have)."""

LEADS = (
    *(f"{w}{c}" for w in ("ntn", "etin", "e-tin", "tpin", "ifu", "niu", "mst") for c in " \t\n:#=.(-"),
    "national tax number",
    "ma so thue",
    "cukai pendapatan",
    "no cukai",
    "no. cukai",
    "nombor cukai",
    "income tax",
    "personal tax",
    "individual tax",
    "taxpayer number",
    "taxpayer no",
    "taxpayer reference",
    "tax ref",
    "sars tax",
    "zimra",
    "ssnit",
    "nhis",
    "identifiant fiscal",
    "numero d'identification fiscale",
    "cod fiscal",
    "codul fiscal",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "mã số thuế",
    "ma số thuế",
    "mst cá",
    "\u0e40\u0e25\u0e02\u0e1b\u0e23\u0e30\u0e08\u0e33\u0e15\u0e31\u0e27\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22",
    "numéro d'identification fiscale",
    "纳税人识别号",
    "納税人識別號",
    "個人税号",
    "个人税号",
    "税号",
    "納税者番号",
)
"""Words at which the labels above start when not in ASCII."""

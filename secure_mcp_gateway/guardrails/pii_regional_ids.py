"""Identifiers of more countries read by their label: Uzbekistan's PINFL, Mongolia's civil register number,
Algeria's national identification number, Uganda's NIN, Zambia's and Malawi's NRC, Macau's resident identity card,
Georgia's personal number, Rwanda's national id, and India's pension (UAN) and health (ABHA) account numbers. Each
value must have its format's structure (a birth date inside where it holds one), so that a number of another shape
passes."""

from __future__ import annotations

from collections.abc import Callable


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _varied(value: str) -> bool:
    return len(set(_digits(value))) > 2


def _date_ok(mm: int, dd: int) -> bool:
    return 1 <= mm <= 12 and 1 <= dd <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mm - 1]


def uz_pinfl_ok(value: str) -> bool:
    """Whether 14 digits are an Uzbek personal identification number: sex and century (1-6), the birth date as
    DDMMYY, the district, a serial and a check digit."""
    d = _digits(value)
    return len(d) == 14 and d[0] in "123456" and _date_ok(int(d[3:5]), int(d[1:3])) and _varied(d)


def mn_register_ok(value: str) -> bool:
    """Whether a Mongolian register number holds a birth date after its two letters: YYMMDD, the month plus 20 for
    those born from 2000."""
    d = _digits(value)
    if len(d) != 8:
        return False
    mm = int(d[2:4])
    return _date_ok(mm - 20 if mm > 20 else mm, int(d[4:6]))


def ug_nin_ok(value: str) -> bool:
    """Whether 14 characters are a Ugandan NIN: `CM` or `CF`, then digits and capitals, at least six digits."""
    return sum(c.isdigit() for c in value) >= 6 and _varied(value)


def varied(value: str) -> bool:
    """Whether a number holds more than two different digits (`00000000` and `12121212` are fillers)."""
    return _varied(value)


Group = tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]]

GROUPS: tuple[Group, ...] = (
    (
        "uzpinfl",
        r"pinfl(?![a-z])|jshshir(?![a-z])|jshshr(?![a-z])|пинфл|жшшир",
        (("uz_pinfl", r"[1-6]\d{13}(?![\w-])", uz_pinfl_ok),),
    ),
    (
        "mnreg",
        r"регистрийн (?:дугаар|№|no\b)|register number \(mongolia\)|mongolian register number",
        (("mn_register", r"[А-ЯЁӨҮ]{2} ?\d{8}(?![\w-])", mn_register_ok),),
    ),
    ("dznin", r"رقم التعريف الوطني", (("dz_nin", r"\d{18}(?![\w-])", varied),)),
    (
        "zmnrc",
        r"nrc(?: number| no\b)?(?![a-z])|national registration card(?: number| no\b)?",
        (("zm_nrc", r"\d{6}/\d{2}/\d(?![\w/-])", varied),),
    ),
    (
        "mobir",
        r"bir(?= ?(?:no\b|number|#|:))|bilhete de identidade de residente|澳門居民身份證|澳门居民身份证|"
        r"macau (?:resident )?identity card",
        (("mo_bir", r"[1578]/?\d{6}/?\(?\d\)?(?![\w/-])", varied),),
    ),
    (
        "gepn",
        r"პირადი (?:ნომერი|№)|georgian personal number",
        (("ge_personal_number", r"\d{11}(?![\w-])", varied),),
    ),
    (
        "inuan",
        r"uan(?= ?(?:no\b|number|#|:))|universal account number",
        (("in_uan", r"\d{12}(?![\w-])", varied),),
    ),
    (
        "inabha",
        r"abha(?: (?:number|no\b|id|address))?(?![a-z])|ayushman bharat health account(?: number)?|"
        r"health id (?:number|no\b)",
        (("in_abha", r"\d{2}-?\d{4}-?\d{4}-?\d{4}(?![\w-])", varied),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

UG_NIN = ("ug_nin", r"C[MF][0-9A-Z]{12}(?![\w-])", ug_nin_ok)
"""A Ugandan NIN, read after the labels of national identification numbers (`NIN:`)."""
DZ_NIN = ("dz_nin", r"\d{18}(?![\w-])", varied)
"""An Algerian NIN (18 digits), read after the same labels and after `numéro d'identification national(e)`."""
RW_NID = ("rw_national_id", r"[123] ?(?:19|20)\d\d ?[78] ?\d{7} ?\d ?\d{2}(?![\w-])", varied)
"""A Rwandan national id (16 digits: status, birth year, sex, serial, issue and check), read after the labels of
identity cards, in its printed groups (`1 1990 8 0012345 0 12`) or not."""

LEADS = (
    "pinfl",
    "jshshir",
    "jshshr",
    "register number",
    "mongolian register",
    *(f"nrc{c}" for c in " \t\n:#=.,\"'-"),
    "national registration card",
    *(f"bir{c}" for c in " \t\n:#=.,\"'-"),
    "bilhete de identidade",
    "macau",
    "georgian personal",
    *(f"uan{c}" for c in " \t\n:#=.,\"'-"),
    "universal account",
    "abha",
    "ayushman",
    "health id",
)
"""Words at which the labels above start (in ASCII)."""
NON_ASCII_LEADS = (
    "пинфл",
    "жшшир",
    "регистрийн",
    "رقم التعريف",
    "澳門居民",
    "澳门居民",
    "პირადი",
)
"""Words at which the labels above start when not in ASCII."""

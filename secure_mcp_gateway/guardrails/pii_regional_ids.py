"""Identifiers of more countries read by their label: Uzbekistan's PINFL, Mongolia's civil register number,
Algeria's national identification number, Uganda's NIN, Zambia's and Malawi's NRC, Macau's resident identity card,
Georgia's personal number, Rwanda's national id, Azerbaijan's FIN, Myanmar's NRC, Mauritius' NIC, and India's
pension (UAN) and health (ABHA) account numbers. Each
value must have its format's structure (a birth date inside where it holds one), so that a number of another shape
passes."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .findings import Finding


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


def az_fin_ok(value: str) -> bool:
    """Whether 7 characters are an Azerbaijani FIN: capitals and digits, both of them, more than three different."""
    return len(value) == 7 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and _spread(value)


def mu_nic_ok(value: str) -> bool:
    """Whether 14 characters are a Mauritian NIC: the surname's initial, the birth date as DDMMYY, six digits and a
    check character."""
    d = value[1:7]
    return len(value) == 14 and d.isdigit() and _date_ok(int(d[2:4]), int(d[:2])) and _varied(value[1:13])


def mm_nrc_ok(value: str) -> bool:
    """Whether a Myanmar NRC holds a state or region number from 1 to 14 before its township code."""
    return 1 <= int(value[: value.index("/")]) <= 14 and _varied(value[-6:])


def shaped(text: str, runs: list[tuple[int, int]]) -> list[Finding]:
    """Myanmar NRCs, whose shape names them without a label (`12/OuKaMa(N)045812`): tried where one of the text's
    runs of five digits or more (`runs`) is six digits after a bracket."""
    out = []
    for lo, hi in runs:
        if hi - lo == 6 and text[lo - 1] == ")" and lo > 8:
            m = _NRC_BEFORE.search(text, max(0, lo - 24), hi)
            if m is not None and m.end() == hi and mm_nrc_ok(m.group()):
                out.append(Finding("pii", "mm_nrc", *m.span()))
    return out


def _spread(value: str) -> bool:
    return len(set(value)) > 3


def varied(value: str) -> bool:
    """Whether a number holds more than two different digits (`00000000` and `12121212` are fillers)."""
    return _varied(value)


MM_NRC = ("mm_nrc", r"\d{1,2}/[A-Z][a-z]{0,2}(?:[A-Z][a-z]{0,2}){2,4}\((?:N|E|P|T|Naing)\)\d{6}(?![\w-])", mm_nrc_ok)
"""A Myanmar NRC: state or region, the township's code in Latin letters, the holder's status and six digits
(`12/OuKaMa(N)045812`), read after the labels of registration cards (the `NRC` of Zambia's too)."""
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
        (("zm_nrc", r"\d{6}/\d{2}/\d(?![\w/-])", varied), MM_NRC),
    ),
    (
        "azfin",
        r"f(?:i\u0307|\u0130|ı|i)n(?: kodu?| code)?(?=[ \t]*(?:no\b|[:#=])|[ \t])|"
        r"f\u0259rdi identifikasiya n\u00f6mr\u0259si|personal identification number \(fin\)",
        (("az_fin", r"(?=[A-Z]*\d)(?=\d*[A-Z])[0-9A-Z]{7}(?![\w-])", az_fin_ok),),
    ),
    (
        "mmnrc",
        r"\u1014\u102d\u102f\u1004\u103a\u1004\u1036\u101e\u102c\u1038\u1005\u102d\u1005\u103a\u101b\u1031\u1038|"
        r"citizenship scrutiny card",
        (MM_NRC,),
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

_NRC_BEFORE = lazy.compile(r"(?<![\w/])" + MM_NRC[1])
MU_NIC = ("mu_nic", r"[A-Z]\d{12}[A-Z0-9](?![\w-])", mu_nic_ok)
"""A Mauritian NIC, read after the labels of national identity cards (`NIC:`)."""
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
    *(f"fin{c}" for c in " \t\n:#="),
    "fin kod",
    "citizenship scrutiny",
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
    "fi\u0307n",
    "f\u0131n",
    "f\u0130n",
    "f\u0259rdi identifikasiya",
    "\u1014\u102d\u102f\u1004\u103a\u1004\u1036\u101e\u102c\u1038",
)
"""Words at which the labels above start when not in ASCII."""

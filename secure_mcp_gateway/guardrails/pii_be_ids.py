"""Belgian identifiers read by their labels: the national register number (rijksregisternummer, INSZ/NISS) and the
BIS number of people outside the register, written without their dots and dash, and the electronic identity card's
number; each with its mod-97 check."""

from __future__ import annotations


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _day_ok(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def register_ok(value: str) -> bool:
    """Whether 11 digits are a Belgian national register or BIS number: a birth date (a BIS number's month + 20 or
    + 40; month or day 0 when not known), a serial and a mod-97 check for either century."""
    d = _digits(value)
    if len(d) != 11:
        return False
    month, day = int(d[2:4]), int(d[4:6])
    month -= 40 if month >= 40 else 20 if month >= 20 else 0
    if not (month == 0 or _day_ok(month, day or 1)):
        return False
    check = int(d[9:])
    return 97 - int(d[:9]) % 97 == check or 97 - int("2" + d[:9]) % 97 == check


def eid_card_ok(value: str) -> bool:
    """Whether 12 digits are a Belgian identity card's number: ten digits, then their remainder by 97 (97 for 0)."""
    d = _digits(value)
    return len(d) == 12 and len(set(d)) > 2 and (int(d[:10]) % 97 or 97) == int(d[10:])


REGISTER_VALUE = r"\d\d\.?[0-5]\d\.?[0-3]\d[-. ]?\d{3}\.?\d\d(?![\w-])"
"""A national register or BIS number as written: `85073003328`, `85.07.30-033.28`, `850730 033 28`."""

GROUPS: tuple[tuple[str, str, tuple[tuple[str, str, object], ...]], ...] = (
    (
        "benrn",
        r"rijksregister(?:nummer|nr\.?)?|nationalregisternummer|insz(?:[- ]?nummer)?(?![a-z])|"
        r"(?:num[ée]ro (?:de |du |d'inscription au )?|n[°º] (?:de |du )?)?registre national|num[ée]ro national|"
        r"bis[- ]?(?:nummer|number|nr\.?)|num[ée]ro bis|n[°º] bis|"
        r"identificatienummer (?:van de |bij de )?sociale zekerheid|"
        r"num[ée]ro d'identification (?:[àa] la )?s[ée]curit[ée] sociale",
        (("be_national_number", REGISTER_VALUE, register_ok),),
    ),
    (
        "beeid",
        r"e-?id(?:[- ]?(?:ka(?:art|rte)|card))?(?:[- ]?(?:nummer|number|nr\.?|n[°º]|no\b))?(?![a-z])|"
        r"identiteitskaart(?:nummer)?|kaartnummer|elektronische identiteitskaart|"
        r"carte d'identit[ée] [ée]lectronique|num[ée]ro de (?:la )?carte eid",
        (("id_card_number", r"\d{3}[- ]?\d{7}[- ]?\d\d(?![\w-])", eid_card_ok),),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

LEADS = (
    "rijksregister",
    "nationalregisternummer",
    "insz",
    "numero de registre",
    "numero du registre",
    "numero d'inscription au registre",
    "registre national",
    "numero national",
    "bis-",
    "bis ",
    "bisn",
    "numero bis",
    "identificatienummer",
    "numero d'identification",
    "eid",
    "e-id",
    "identiteitskaart",
    "kaartnummer",
    "elektronische identiteitskaart",
    "carte d'identite",
    "numero de la carte",
    "numero de carte",
)
"""Words at which the labels above start in ASCII text (for the shared index)."""

NON_ASCII_LEADS = (
    "numéro",
    "n° de registre",
    "n° du registre",
    "nº de registre",
    "n° bis",
    "carte d'identité",
)
"""Words at which the labels above start when not in ASCII."""

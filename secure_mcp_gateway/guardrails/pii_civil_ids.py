"""National, civil and personal id numbers named by a general label in many languages (`Civil number`, `Numri
personal`, `Lični broj`, `Número de identidad`, `الرقم الشخصي`, `Личный номер`, `FAN`), and the fallback that reads
an id of no known scheme after such a label: digits in groups, as long as ids are, where no known scheme's shape
stood (a number of a known scheme's shape that fails its check is a mistyped or made-up one, not this)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

DETECTOR = "pii"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def varied(value: str) -> bool:
    return len(set(_digits(value))) > 2


def hn_dni_ok(value: str) -> bool:
    """Whether 13 digits are a Honduran identity number: department (01-18), municipality, birth year, serial."""
    d = _digits(value)
    return len(d) == 13 and 1 <= int(d[:2]) <= 18 and 1 <= int(d[2:4]) <= 28 and 1900 <= int(d[4:8]) <= 2030


GENERIC_ID = r"\d{1,8}(?:[ -]?\d{1,8}){0,5}(?![\w-]|[.,]\d)"
"""An id of no known scheme as written after its label: digits, maybe in groups split by single spaces or dashes."""
_GENERIC = lazy.compile(GENERIC_ID)
_SLASHED = lazy.compile(r"\d{1,8}(?:[ /-]?\d{1,8}){1,5}(?![\w/-]|[.,]\d)")
"""The same with slashes between groups too (`271072/12345`), tried where the digits go on after a slash."""
_LETTERED_ID = lazy.compile(
    r"(?:[A-Z]\d{8}[A-Z]|[A-Z]{1,2}\d{6,9}|[А-ЯЁӨҮ]{2}\d{8}|\d{10,15}[A-Z]|\d{3,}[A-Z]{1,3}\d{3,}[A-Z0-9]{0,6})"
    r"(?![\w-])"
)
"""An id of no known scheme with capitals among its digits, as some countries write them (`J00101001A`,
`3100183A001PB5`, `000123456LA042`, `110100123456A`, `B12345678`, `FB123456`, `УБ85031214`)."""
_DATE = lazy.compile(r"\d{1,4}[ /-]\d{1,2}[ /-]\d{1,4}")

GROUPS: tuple[tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]], ...] = (
    (
        "pedni",
        r"reniec|dni (?:peruano|del per[úu]|\(per[úu]\)|per[úu])|"
        r"documento nacional de identidad (?:del per[úu]|peruano)",
        (("pe_dni", r"\d{8}(?:-?\d)?(?![\w-])", varied),),
    ),
    (
        "hndni",
        r"dni hondure[ñn]o|tarjeta de identidad|n[úu]mero de identidad|identidad hondure[ñn]a|identidad(?= ?[:#])",
        (("id_card_number", r"\d{4}-?\d{4}-?\d{5}(?![\w-])", hn_dni_ok),),
    ),
    (
        "civil",
        # English: the general names of a person's id number
        r"(?<!employer )(?<!vehicle )(?<!taxpayer )identification (?:number|no\b)|"
        r"civil (?:number|no\b|registry number|registration number|status number)|"
        r"personal (?:number|no\b|id(?:entity)? number|identification number|id\b)|"
        r"citizen(?:ship)? (?:id|number|no\b|card number)|national (?:number|registration number|identity card number)|"
        r"id(?:entity)? document (?:number|no\b)|fayda(?: (?:number|id|fan|fin))?|fan(?= ?[:#])|"
        r"omang(?: (?:number|no\b))?|nuit(?![a-z])|"
        r"bilhete de identidade|b\.i\.(?= ?(?:n|:|#))|bi(?= n[.º°o]| ?[:#])|cnib(?![a-z])|nina(?![a-z])|"
        r"citizenship certificate(?: number| no\b)?|id-?nummer|"
        r"জাতীয় পরিচয়(?:পত্র)?(?: নং| নম্বর)?|नागरिकता(?: प्रमाणपत्र)?(?: नं\.?| नम्बर)?|trn(?= ?[:#])|carn[ée] de identidad|"
        # Albanian (Kosovo, Albania), Bosnian, Croatian, Serbian, Montenegrin
        # the same as keys written in camelCase (`"personalNumber":`, `"citizenId":`)
        r"personal(?:number|no|code|id|idnumber|identitynumber)|civil(?:number|id|idnumber)|citizen(?:id|number)|"
        r"national(?:number|idnumber|identitynumber|registrationnumber)|"
        r"numri personal(?: i (?:shtetasit|qytetarit))?|num[ëe]r(?:i)? personal|nr\.? personal|id personal|"
        r"numri i (?:identifikimit|identitetit|let[ëe]rnjoftimit)|"
        r"li[čc]ni broj|osobni broj|mati[čc]ni broj|jedinstveni mati[čc]ni broj(?: gra[đd]ana)?|jmb(?![a-z])|"
        # Spanish, Portuguese, French, Italian, German, Dutch
        r"n[úu]mero de identificaci[óo]n(?: personal| nacional)?|n[úu]mero de identidade|"
        r"num[ée]ro d'identit[ée]|num[ée]ro national|numero (?:di )?identificazione|identit[äa]tsnummer|"
        r"ausweisnummer|persoonsnummer|identiteitsnummer|"
        # Russian, Ukrainian, Bulgarian; Arabic (civil number, personal number, national number, civil registry)
        r"личный номер|персональный номер|идентификационный номер|особистий номер|"
        "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0634\u062e\u0635\u064a|"
        "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0648\u0637\u0646\u064a|"
        "\u0631\u0642\u0645 \u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a|"
        "\u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a|"
        "\u0631\u0642\u0645 \u0645\u062f\u0646\u064a",
        (),  # any id of the general shape, read by `generic` where no other group's label stood
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

GENERIC_GROUPS = frozenset(
    {
        *("card", "zaid", "nin", "cpr", "kwcivil", "cahealth", "jmbg", "iqama", "cnic", "cccd", "dni", "cin"),
        *("bdnid", "qaqid", "svdui", "philsys", "nida", "kitambulisho", "gtcui", "idnp", "lumat", "egnid", "civil"),
        *("hndni", "ptcc", "mykad", "fnr", "ircode", "egn", "lknic"),
    }
)
"""Label groups that name a person's id in general (an identity card, an id number, a civil or health number): after
them, an id of no known scheme is read too (see `generic`)."""
MIN_DIGITS = {"dni": 10, "cpr": 9, "gtcui": 13}
"""Groups whose labels name known schemes of a length that an id of another scheme must not have (`DNI: 31847262`:
a Spanish DNI without its letter, not some other id; `CUI 18547291`: a Romanian firm's code, Guatemala's CUI has 13
digits)."""

LEADS = (
    "reniec",
    "dni peruano",
    "dni del peru",
    "dni (peru",
    "dni peru",
    "documento nacional de identidad",
    "dni hondure",
    "tarjeta de identidad",
    "numero de identidad",
    "identidad hondure",
    "identification number",
    "identification no",
    "civil number",
    "civil no",
    "civil registry",
    "civil registration",
    "civil status",
    "personal number",
    "personal no",
    "personal id",
    "personal identity",
    "personal identification",
    "citizen id",
    "citizen number",
    "citizen no",
    "citizen card",
    "citizenship",
    "national number",
    "national registration",
    "national identity card",
    "id document",
    "identity document",
    "fayda",
    "omang",
    "nuit",
    "bilhete de identidade",
    "cnib",
    "nina",
    "citizenship certificate",
    "id-nummer",
    "idnummer",
    "identidad:",
    "identidad :",
    "identidad#",
    "b.i.",
    "bi n",
    "bi:",
    "bi :",
    "bi#",
    "trn:",
    "trn :",
    "trn#",
    "carne de identidad",
    "fan:",
    "fan :",
    "fan#",
    "numri",
    *("personalnumber", "personalno", "personalcode", "personalid", "personalidentitynumber", "civilnumber"),
    *("civilid", "citizenid", "citizennumber", "nationalnumber", "nationalidnumber", "nationalidentitynumber"),
    "nationalregistrationnumber",
    "nr. personal",
    "nr personal",
    "id personal",
    "numer personal",
    "numeri personal",
    "licni broj",
    "osobni broj",
    "maticni broj",
    "jedinstveni maticni",
    "jmb",
    "numero de identificacion",
    "numero de identidade",
    "numero d'identit",
    "numero national",
    "numero di identificazione",
    "numero identificazione",
    "identitatsnummer",
    "ausweisnummer",
    "persoonsnummer",
    "identiteitsnummer",
)
"""Words at which the labels above start in ASCII text (for the shared index)."""

NON_ASCII_LEADS = (
    "dni del perú",
    "dni (perú",
    "dni perú",
    "dni hondureño",
    "জাতীয় পরিচয়",
    "नागरिकता",
    "identidad hondureña",
    "número de identidad",
    "carné de identidad",
    "número de identificación",
    "número de identidade",
    "numéro d'identit",
    "numéro national",
    "identitätsnummer",
    "numër personal",
    "numëri personal",
    "lični broj",
    "matični broj",
    "jedinstveni matični",
    "личный номер",
    "персональный номер",
    "идентификационный номер",
    "особистий номер",
    "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0634\u062e\u0635\u064a",
    "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0648\u0637\u0646\u064a",
    "\u0631\u0642\u0645 \u0627\u0644\u0633\u062c\u0644",
    "\u0627\u0644\u0633\u062c\u0644 \u0627\u0644\u0645\u062f\u0646\u064a",
    "\u0631\u0642\u0645 \u0645\u062f\u0646\u064a",
)
"""Words at which the labels above start when not in ASCII."""


_OWNER_BEFORE = lazy.compile(
    r"(?:customer|client|user|member|account|order|ticket|transaction|session|request|product|invoice|device|app"
    r"|application|employee|staff|vendor|supplier|merchant|store|shop|tax|vat|company|business|employer|record"
    r"|reference|tracking|job|task|process|thread|build|event|message|case|batch|item|part|project|group|team"
    r"|organi[sz]ation|org|tenant|workspace|instance|node|host|server|student|patient|policy|claim|loan|contract"
    r"|license|licence|vehicle|model|serial|asset|booking|reservation|payment|shipment|parcel|package)"
    r"[ _-]?\Z"
)
"""Words before a general label that make it another thing's number (`Customer ID number`, `Order ID No.`)."""


def generic(text: str, group: str, at: int, label_start: int) -> re.Match[str] | None:
    """An id of no known scheme at `at`, after a label of `group` (starting at `label_start`) that names ids in
    general and not another thing's number: 7 to 16 digits (at least `MIN_DIGITS` for some groups), not all alike,
    not a date."""
    if group not in GENERIC_GROUPS:
        return None
    if _OWNER_BEFORE.search(text[max(0, label_start - 20) : label_start].lower()) is not None:
        return None
    m = _GENERIC.match(text, at)
    if m is None:
        m = _LETTERED_ID.match(text, at) if group == "civil" else None
        return m if m is not None and varied(m.group()) else None
    if text[m.end() : m.end() + 1] == "/":
        slashed = _SLASHED.match(text, at)
        if slashed is not None and _generic_ok(slashed.group(), group):
            return slashed
    return m if _generic_ok(m.group(), group) else None


def _generic_ok(value: str, group: str) -> bool:
    n = len(_digits(value))
    return max(7, MIN_DIGITS.get(group, 0)) <= n <= 16 and varied(value) and _DATE.fullmatch(value) is None

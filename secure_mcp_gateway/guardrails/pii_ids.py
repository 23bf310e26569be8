"""Personal identifiers found by the word that names them or by their own check digits: licences, national and tax
ids of more countries, and dates of birth."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .findings import Finding
from .scan import INDEX, LONG, PER_START, Words

DETECTOR = "pii"

# Two ways in:
# - Named: a label (`DEA #`, `voter id`, `partita IVA`, `date of birth`, `マイナンバー`) and, within a few characters
#   after it, a value of the shape that label names, which must pass that id's check where it has one. Labels are
#   found in the lower-cased text; in a long ASCII text only where the shared word index (`scan.INDEX`) says one of
#   their leading words starts, so the labels cost no pass of their own there.
# - Bare: ids whose structure and check digits are strong enough alone (a Chinese resident id, a Mexican CURP, a
#   DEA number, a Belgian national number, a Thai id written in its usual groups).


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _date_ok(yy: int, mm: int, dd: int) -> bool:
    """Whether day `dd` of month `mm` exists (29 February allowed in any year)."""
    return 1 <= mm <= 12 and 1 <= dd <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mm - 1] and yy >= 0


def dea_ok(value: str) -> bool:
    """Whether `value` is a US DEA registration number: two letters and seven digits whose last is the check digit."""
    d = [int(c) for c in value[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn checksum."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def npi_ok(value: str) -> bool:
    """Whether 10 digits are a US National Provider Identifier (Luhn over `80840` and the number)."""
    d = _digits(value)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)


def it_vat_ok(value: str) -> bool:
    """Whether 11 digits (an `IT` prefix allowed) are an Italian VAT number (partita IVA, Luhn check digit)."""
    d = _digits(value)
    return len(d) == 11 and len(set(d)) > 2 and luhn_ok(d)


def tnin_ok(value: str) -> bool:
    """Whether 13 digits are a Thai national id (weights 13..2, mod 11 check digit)."""
    d = _digits(value)
    if len(d) != 13 or d[0] == "0":
        return False
    s = sum(int(d[i]) * (13 - i) for i in range(12))
    return (11 - s % 11) % 10 == int(d[12])


def bsn_ok(value: str) -> bool:
    """Whether 9 digits are a Dutch citizen service number (BSN, the eleven test)."""
    d = _digits(value)
    if len(d) != 9 or len(set(d)) < 3:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def no_fnr_ok(value: str) -> bool:
    """Whether 11 digits are a Norwegian national identity number (birth date, two mod-11 check digits)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    dd, mm = d[0] * 10 + d[1], d[2] * 10 + d[3]
    if not _date_ok(0, mm % 40 if mm > 40 else mm, dd - 40 if dd > 40 else dd):
        return False
    k1 = 11 - sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=False)) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False)) % 11
    return k1 % 11 == d[9] and k2 % 11 == d[10]


def my_number_ok(value: str) -> bool:
    """Whether 12 digits are a Japanese individual number (My Number, weighted mod 11 check digit)."""
    d = _digits(value)
    if len(d) != 12:
        return False
    s = sum(int(d[10 - n]) * (n + 2 if n < 6 else n - 4) for n in range(11))
    r = s % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def cn_id_ok(value: str) -> bool:
    """Whether 18 characters are a Chinese resident identity number (birth date, ISO 7064 MOD 11-2 check)."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    y, m, d = int(value[6:10]), int(value[10:12]), int(value[12:14])
    if not (1900 <= y <= 2099 and _date_ok(y, m, d)):
        return False
    s = sum(int(c) * w for c, w in zip(value, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=False))
    return "10X98765432"[s % 11] == value[17].upper()


_CURP_CHARS = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Whether 18 characters are a Mexican CURP: a real birth date and its check digit."""
    if len(value) != 18 or not _date_ok(0, int(value[6:8]), int(value[8:10])):
        return False
    s = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - s % 10) % 10 == int(value[17])


def be_nrn_ok(value: str) -> bool:
    """Whether 11 digits are a Belgian national register number (birth date, mod 97 check for either century)."""
    d = _digits(value)
    if len(d) != 11 or not (int(d[2:4]) == 0 or _date_ok(0, int(d[2:4]), int(d[4:6]) or 1)):
        return False
    check = int(d[9:])
    return 97 - int(d[:9]) % 97 == check or 97 - int("2" + d[:9]) % 97 == check


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|m[äa]rz|mai|juni|juli|oktober|dezember|"
    r"janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_DATE = re.compile(
    r"(?i)(?:(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)"
    r"|(?P<a>[0-3]?\d)[-/.](?P<b>[0-3]?\d)[-/.](?P<yy>(?:19|20)?\d\d)"
    rf"|[0-3]?\d(?:st|nd|rd|th|\.)?(?: de| of)? (?:{_MONTHS})\.?,?(?: de)? (?:19|20)\d\d"
    rf"|(?:{_MONTHS})\.? [0-3]?\d(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    r"|\d{4}年\d{1,2}月\d{1,2}日)(?![\w/.-]\d)"
)


def _date_of_birth(value: str) -> bool:
    """Whether a date matched by `_DATE` exists (numeric ones: as year-month-day, day-month-year or month-day-year)."""
    m = _DATE.fullmatch(value)
    if m is None:
        return False
    if m.group("y"):
        return _date_ok(1, int(m.group("m")), int(m.group("d")))
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        return _date_ok(1, b, a) or _date_ok(1, a, b)
    return True


_ALNUM_ID = r"(?=(?:[A-Z -]*[0-9]){4})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,18}(?![\w-])"
"""A licence or card number as written: capitals and at least four digits, single spaces or dashes between groups."""


def _any(_: str) -> bool:
    return True


def _alnum_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "")
    return 6 <= len(compact) <= 16 and len(set(compact)) > 3


# Each group of labels: the group's name, its labels (lower case, each starting with one of the words the shared
# index looks for, see `_LEADS`), and the values it names, each with the kind reported and the check it must pass.
_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]], ...] = (
    (
        "dea",
        r"dea(?=[\s:#=(.\"'-])|medical licen[cs]e|prescriber",
        (("medical_license", r"[A-Z][A-Z9]\d{7}(?![\w-])", dea_ok),),
    ),
    ("npi", r"npi(?![a-z])|national provider", (("medical_license", r"\d{10}(?![\w-])", npi_ok),)),
    (
        "driver",
        r"driver'?s?[ _-]?licen[cs]e|driving[ _-]?licen[cs]e|licen[cs]e (?:number|no\b|#)|"
        r"f[üu]hrerschein|permis de conduire|patente(?: di guida)?|licencia de conducir|carteira de motorista|"
        r"rijbewijs|körkort|korkort",
        (("driver_license", _ALNUM_ID, _alnum_ok),),
    ),
    (
        "voter",
        r"voter(?:'?s)?[ _-]?(?:id|card|number)|epic (?:no|number|card)|electoral (?:roll|card|id)",
        (("in_voter_id", r"[A-Z]{3}\d{7}(?![\w-])", _any),),
    ),
    (
        "vat",
        r"partita iva|p\. ?iva(?![a-z])|vat (?:number|no\b|id|reg)|codice iva",
        (("it_vat_code", r"(?:IT ?)?\d{11}(?![\w-])", it_vat_ok),),
    ),
    (
        "card",
        r"identity card|id card|carta d'identit|carta di identit|documento d'identit|personalausweis|"
        r"carte d'identit|documento de identidad|documento nacional|national id(?:entity)?(?: number| card| no\b)?|"
        r"citizen id|tnin(?![a-z])|nik(?= ?[:#])|เลขประจำตัวประชาชน|บัตรประชาชน|c[ée]dula",
        (
            ("th_tnin", r"\d[ -]?\d{4}[ -]?\d{5}[ -]?\d\d[ -]?\d(?![\w-])", tnin_ok),
            ("it_identity_card", r"[A-Z]{2}\d{5}[A-Z]{2}(?![\w-])", _any),
            ("id_card_number", _ALNUM_ID, _alnum_ok),
        ),
    ),
    (
        "vehicle",
        r"vehicle (?:registration|reg\b|no\b|number|plate)|registration (?:no\b|number|plate|mark)|number plate|"
        r"licen[cs]e plate|reg\. no\b|kennzeichen|plaque d'immatriculation|matr[íi]cula|targa",
        (
            (
                "vehicle_registration",
                r"(?=(?:[A-Z -]*[0-9]){2})(?=(?:[0-9 -]*[A-Z]){1})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){3,14}(?![\w-])",
                _any,
            ),
        ),
    ),
    (
        "uen",
        r"uen(?=[\s:#=(.\"'-])|unique entity number",
        (("sg_uen", r"(?:\d{8,9}|(?:19|20)\d{7}|[STR]\d\d[A-Z]{2}\d{4})[A-Z](?![\w-])", _any),),
    ),
    (
        "bsn",
        r"bsn(?![a-z])|burgerservicenummer|sofinummer",
        (("nl_bsn", r"\d{4}\.?\d\d\.?\d{3}(?![\w-])|\d{9}(?![\w-])", bsn_ok),),
    ),
    (
        "fnr",
        r"f[øo]dselsnummer|personnummer|personal identity number|national identity number|personnr",
        (("no_fnr", r"\d{6} ?\d{5}(?![\w-])", no_fnr_ok),),
    ),
    (
        "mynumber",
        r"my ?number|individual number|マイナンバー|個人番号",
        (("jp_my_number", r"\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])", my_number_ok),),
    ),
    (
        "dob",
        r"date of birth|dob(?![a-z])|d\.o\.b|birth ?date|birthday|born(?: on)?(?![a-z])|geburtsdatum|"
        r"geboren(?: am)?|fecha de nacimiento|date de naissance|data di nascita|data de nascimento|生年月日|出生日期",
        (("date_of_birth", _DATE.pattern, _date_of_birth),),
    ),
)

_LEADS = (
    *(f"dea{c}" for c in " \t\n:#=(.\"'-"),
    "medical licen",
    "prescriber",
    "npi",
    "national provider",
    "driver",
    "driving",
    "licence",
    "license",
    "licencia",
    "fuhrerschein",
    "permis de conduire",
    "patente",
    "licencia de conducir",
    "carteira de motorista",
    "rijbewijs",
    "korkort",
    "voter",
    "epic ",
    "electoral ",
    "partita iva",
    "p.iva",
    "p. iva",
    "vat ",
    "codice iva",
    "identity",
    "id card",
    "carta d",
    "documento",
    "cedula",
    "personalausweis",
    "carte d'identit",
    "national id",
    "citizen id",
    "tnin",
    "nik",
    "vehicle ",
    "registration ",
    "number plate",
    "reg. no",
    "kennzeichen",
    "plaque d'immatriculation",
    "matricula",
    "targa",
    *(f"uen{c}" for c in " \t\n:#=(.\"'-"),
    "unique entity",
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "fodselsnummer",
    "personnummer",
    "personal identity",
    "personnr",
    "my number",
    "mynumber",
    "individual number",
    "date of birth",
    "dob",
    "d.o.b",
    "birth",
    "born",
    "geburtsdatum",
    "geboren",
    "fecha de nacimiento",
    "date de naissance",
    "data di nascita",
    "data de nascimento",
)
"""Words at which every label of an ASCII text starts (looked up in the shared index for long texts)."""

_LABEL = re.compile(
    unicodedata.normalize(
        "NFKC",
        "(?<![a-z0-9_])(?:" + "|".join(f"(?P<{name}>{labels})" for name, labels, _ in _GROUPS) + r")[^\W\d_]*",
    )
)
_VALUES = {name: [(kind, re.compile(value), ok) for kind, value, ok in values] for name, _, values in _GROUPS}
_GAP = re.compile(
    r"(?i)(?:[\s:#.=(\"'*|\\-]|&nbsp;|n[°º]|n\.(?=\s)|no\.?(?![a-z])|card|id(?![a-z])|nr\.?(?![a-z])|"
    r"num(?:ber|[ée]ro)?(?![a-z])|nummer|numer|code|is|was|of|(?:the |my |his |her )?holder(?:'s)?|"
    r"\([a-z]{2}\)|[a-z]{2}(?=:))*"
)
_GAP_REACH = 32

_RUN = re.compile(rb"00000+")
"""A run of at least five digits in a text's shape (see `pii.text_shape`): where every bare id holds one, or its
check digits and date make up one (a Belgian number is found by its punctuation instead)."""
_BE_SHAPE = b"00.00.00-000.00"
_EDGE = frozenset(b"0bU_-")
_CN = re.compile(r"\d{17}[\dXx]")
_CURP = re.compile(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d")
_DEA = re.compile(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}")
_TH = re.compile(r"[1-8][ -]\d{4}[ -]\d{5}[ -]\d\d[ -]\d")
_BE = re.compile(r"\d\d\.[01]\d\.[0-3]\d-\d{3}\.\d\d")
_BARE_CHECKS: dict[str, Callable[[str], bool]] = {
    "cn_resident_id": cn_id_ok,
    "mx_curp": curp_ok,
    "medical_license": dea_ok,
    "be_national_number": be_nrn_ok,
    "th_tnin": tnin_ok,
}
KINDS = frozenset({kind for _, _, values in _GROUPS for kind, _, _ in values} | set(_BARE_CHECKS))

INDEX.add(_LEADS)


_NON_ASCII_LEADS = (
    "マイナンバー",
    "個人番号",
    "生年月日",
    "出生日期",
    "เลขประจำตัวประชาชน",
    "บัตรประชาชน",
    "matrícula",
    "fødselsnummer",
    "führerschein",
    "körkort",
    "cédula",
    "carte d'identité",
)
_ALL_LEADS = tuple(unicodedata.normalize("NFKC", w) for w in (*_LEADS, *_NON_ASCII_LEADS))
"""Folded as texts are (see `normalize`): NFKC splits some Thai vowels, for one."""
_LEAD_SET = frozenset(_ALL_LEADS)
_OWN = Words(_ALL_LEADS)
"""The label words' own finder, for a text the shared index does not read cheaply (no Hyperscan, or not ASCII)."""
_OWN_FROM = 256
"""Shorter texts than this, when the shared index cannot read them, are searched for labels by one regex pass (its
cost grows with the length; the finder's passes cost a fixed few microseconds each)."""


def _labels(low: str) -> list[re.Match[str]]:
    """The labels in `low`, tried only where one of their leading words starts."""
    if len(low) >= LONG:  # the index's passes are shared with the injection rules, which read every long text too
        known: tuple[dict[str, list[int]], set[str]] | None = INDEX.find(low)
    else:
        known = INDEX.known(low) if low.isascii() else None
    if known is None and len(low) < _OWN_FROM:
        return list(_LABEL.finditer(low))
    found, unknown = known if known is not None else _OWN.find(low, len(low) // PER_START)
    starts = {at for w, ats in found.items() if w in _LEAD_SET for at in ats}
    for word in _LEAD_SET.intersection(unknown) if unknown else ():  # too common for the index: found one by one
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    out: list[re.Match[str]] = []
    for at in sorted(starts):
        if out and at < out[-1].end():
            continue
        m = _LABEL.match(low, at)
        if m is not None:
            out.append(m)
    return out


def _bare(text: str, shape: bytes) -> list[Finding]:
    """Ids whose structure and check digits are strong enough without a label."""
    spans: list[tuple[str, re.Match[str] | None]] = []
    for run in _RUN.finditer(shape):
        s, n = run.start(), run.end() - run.start()
        if n in (17, 18):
            spans.append(("cn_resident_id", _CN.fullmatch(text, s, s + 18)))
        elif n in (7, 8) and s >= 1:
            at = s - 2 if n == 7 else s - 1
            spans.append(("medical_license", _DEA.fullmatch(text, at, at + 9) if at >= 0 else None))
        elif n == 6 and s >= 4:
            spans.append(("mx_curp", _CURP.fullmatch(text, s - 4, s + 14)))
        elif n == 5 and s >= 7:
            spans.append(("th_tnin", _TH.fullmatch(text, s - 7, s + 10)))
    at = shape.find(_BE_SHAPE)
    while at >= 0:
        spans.append(("be_national_number", _BE.fullmatch(text, at, at + len(_BE_SHAPE))))
        at = shape.find(_BE_SHAPE, at + 1)
    out = []
    for kind, m in spans:
        if m is None:
            continue
        lo, hi = m.span()
        if (lo and shape[lo - 1] in _EDGE) or (hi < len(shape) and shape[hi] in _EDGE):
            continue
        if _BARE_CHECKS[kind](m.group()):
            out.append(Finding(DETECTOR, kind, lo, hi))
    return out


def find(text: str, low: str, shape: bytes) -> list[Finding]:
    """Identifiers in `text` named by a label or valid alone; `low` is the text lower-cased and `shape` its classes
    (see `pii.text_shape`), both of the same length."""
    if shape.count(b"0") < 2:  # every value holds at least two digits
        return []
    out = []
    for label in _labels(low):
        gap = _GAP.match(text, label.end(), label.end() + _GAP_REACH)
        at = gap.end() if gap is not None else label.end()
        for kind, value, ok in _VALUES[label.lastgroup or ""]:
            m = value.match(text, at)
            if m is not None and ok(m.group()):
                out.append(Finding(DETECTOR, kind, m.start(), m.end()))
                break
    return out + _bare(text, shape)

"""Identifiers and bank accounts of more countries read by their label (Mexico's IMSS number and CLABE, Argentina's
CBU, El Salvador's DUI, New Zealand and Australian accounts, Australia's healthcare identifier, Quebec's health
number, Japan's residence card, the PhilSys number, Indonesia's NPWP, Tanzania's NIDA, Kenya's id in Swahili,
Morocco's and Tunisia's CIN, Bulgaria's foreigner's number ЛНЧ, Ukraine's register record number УНЗР), the
healthcare identifier alone, and phone numbers in chat links."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .findings import Finding
from .scan import INDEX, holds, matches_at, occurrences

DETECTOR = "pii"


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _varied(value: str) -> bool:
    return len(set(_digits(value))) > 2


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def mx_imss_ok(value: str) -> bool:
    """Whether 11 digits are a Mexican social security (IMSS) number: office, year, birth year, serial, Luhn."""
    d = _digits(value)
    return len(d) == 11 and _varied(d) and _luhn(d)


def sv_dui_ok(value: str) -> bool:
    """Whether 9 digits are a Salvadoran identity document (DUI): weights 9..2 and a mod-10 check digit."""
    d = _digits(value)
    if len(d) != 9 or not _varied(d):
        return False
    return (10 - sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) % 10) % 10 == int(d[8])


def clabe_ok(value: str) -> bool:
    """Whether 18 digits are a Mexican interbank account code (CLABE: weights 3, 7, 1 and a mod-10 check)."""
    d = _digits(value)
    if len(d) != 18 or not _varied(d):
        return False
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(d[:17]))
    return (10 - total % 10) % 10 == int(d[17])


def _block_ok(digits: str, weights: tuple[int, ...]) -> bool:
    total = sum(int(c) * w for c, w in zip(digits[:-1], weights, strict=True))
    return (10 - total % 10) % 10 == int(digits[-1])


def cbu_ok(value: str) -> bool:
    """Whether 22 digits are an Argentine bank code (CBU/CVU): a bank-and-branch block and an account block, each
    with its check digit."""
    d = _digits(value)
    return (
        len(d) == 22
        and _varied(d)
        and _block_ok(d[:8], (7, 1, 3, 9, 7, 1, 3))
        and _block_ok(d[8:], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))
    )


def nz_account_ok(value: str) -> bool:
    """Whether a number is shaped as a New Zealand bank account: a bank code 01-38, branch, account and suffix."""
    d = re.split(r"[- ]", value)
    return len(d) == 4 and 1 <= int(d[0]) <= 38 and _varied(value)


def au_ihi_ok(value: str) -> bool:
    """Whether 16 digits are an Australian healthcare identifier (800360 for individuals, 800361/2 for providers and
    organisations) with its Luhn check."""
    d = _digits(value)
    return len(d) == 16 and d[:6] in ("800360", "800361", "800362") and _luhn(d)


def ramq_ok(value: str) -> bool:
    """Whether a Quebec health insurance number (four letters, birth year, month (+50 for women), day, two digits)
    holds a real month and day."""
    v = value.replace(" ", "")
    if len(v) != 12:
        return False
    month, day = int(v[6:8]), int(v[8:10])
    return (1 <= month <= 12 or 51 <= month <= 62) and 1 <= day <= 31


def bg_lnch_ok(value: str) -> bool:
    """Whether 10 digits are a Bulgarian foreigner's personal number (ЛНЧ): weights 21, 19, 17, 13, 11, 9, 7, 3, 1
    and the sum's last digit as the check digit."""
    d = _digits(value)
    if len(d) != 10 or not _varied(d):
        return False
    return sum(int(c) * w for c, w in zip(d, (21, 19, 17, 13, 11, 9, 7, 3, 1), strict=False)) % 10 == int(d[9])


def ua_unzr_ok(value: str) -> bool:
    """Whether a Ukrainian register record number (УНЗР) starts with a real birth date (`YYYYMMDD-NNNNN`)."""
    year, month, day = int(value[:4]), int(value[4:6]), int(value[6:8])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


def varied(value: str) -> bool:
    """Whether a number holds more than two different digits (`00000000` and `12121212` are fillers)."""
    return _varied(value)


def _any(_: str) -> bool:
    return True


Group = tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]]

NZ_ACCOUNT = ("bank_account_number", r"\d{2}[- ]\d{4}[- ]\d{7}[- ]\d{2,3}(?![\w-])", nz_account_ok)
"""A New Zealand bank account as written after an account's label: bank, branch, account and suffix."""
MX_IMSS = ("mx_imss", r"\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{4}[ -]?\d(?![\w-])", mx_imss_ok)
"""A Mexican IMSS number, as read after the labels of social security numbers."""
RAMQ = ("ca_health_number", r"(?i)[A-Z]{4} ?\d{4} ?\d{4}(?![\w-])", ramq_ok)
"""Quebec's health insurance number, as read after health-card labels."""
TW_ARC = ("tw_id", r"(?i)[A-Z][89]\d{8}(?![\w-])")
"""Taiwan's resident certificate (2021 format), as read after the national id's labels."""

GROUPS: tuple[Group, ...] = (
    (
        "svdui",
        r"dui(?![a-z])|documento [úu]nico de identidad",
        (("sv_dui", r"\d{8}-?\d(?![\w-])", sv_dui_ok),),
    ),
    (
        "clabe",
        r"clabe(?: interbancaria)?|cuenta clabe",
        (("bank_account_number", r"\d{3} ?\d{3} ?\d{11} ?\d(?![\w-])", clabe_ok),),
    ),
    (
        "cbu",
        r"cbu(?![a-z])|cvu(?![a-z])|clave bancaria uniforme|clave virtual uniforme",
        (("bank_account_number", r"\d{8}[ -]?\d{14}(?![\w-])", cbu_ok),),
    ),
    (
        "bsb",
        r"bsb(?: number| no\.?)?[ \t:#]*\d{3}[- ]?\d{3}[ \t]*[,;/|]?[ \t]*"
        r"(?:(?:bank )?acc(?:oun)?t?\.?(?: number| no\.?| #)?|a/c(?: no\.?)?)?",
        (("bank_account_number", r"\d{4} ?\d{4,6}(?![\w-])|\d{6,10}(?![\w-])", varied),),
    ),
    (
        "caacct",
        r"(?:transit|branch)(?: number| no\.?| #)?[ \t:#]*\d{5}[ \t]*[,;/|]?[ \t]*"
        r"(?:(?:institution|inst\.?|fi|bank)(?: number| no\.?| #| code)?[ \t:#]*\d{3}[ \t]*[,;/|]?[ \t]*)?"
        r"(?:(?:bank )?acc(?:oun)?t?\.?(?: number| no\.?| #)?|a/c(?: no\.?)?)|"
        r"transit[ /-]+institution[ /-]+account(?: numbers?| no\.?)?",
        (("bank_account_number", r"\d{5}-\d{3}-\d{7,12}(?![\w-])|\d{7,12}(?![\w-])", varied),),
    ),
    (
        "nzacct",
        r"(?:bank )?account(?: number| no\b| #)?|acc(?:oun)?t no\b|a/c(?: no\b)?",
        (NZ_ACCOUNT,),
    ),
    (
        "ihi",
        r"ihi(?![a-z])|individual healthcare identifier|healthcare identifier",
        (("au_ihi", r"\d{4} ?\d{4} ?\d{4} ?\d{4}(?![\w-])", au_ihi_ok),),
    ),
    (
        "jprc",
        r"在留カード(?:番号)?|特別永住者証明書(?:番号)?|residence card(?: number| no\b)?|zairyu card|"
        r"special permanent resident(?: certificate)?",
        (("jp_residence_card", r"(?i)[A-Z]{2}\d{8}[A-Z]{2}(?![\w-])", _any),),
    ),
    (
        "philsys",
        r"philsys(?: card)?(?: number| no\b| id)?|philid|psn(?![a-z])|philippine identification(?: system)?",
        (("ph_philsys", r"\d{4}-?\d{4}-?\d{4}-?\d{4}(?![\w-])", varied),),
    ),
    (
        "npwp",
        r"npwp|nomor pokok wajib pajak",
        (("id_npwp", r"\d{2}\.?\d{3}\.?\d{3}\.?\d-?\d{3}\.?\d{3}(?![\w-])|\d{16}(?![\w-])", varied),),
    ),
    (
        "nida",
        r"nida(?![a-z])|namba ya nida|national identification authority",
        (("tz_nida", r"\d{8}-?\d{5}-?\d{5}-?\d{2}(?![\w-])", varied),),
    ),
    (
        "bjnpi",
        r"num[ée]ro personnel d'identification|npi (?:du )?b[ée]nin|anip(?![a-z])(?: npi)?",
        (("bj_npi", r"\d{10}(?![\w-])", varied),),
    ),
    (
        "bzssb",
        r"ssb(?: card)?(?: number| no\.?| #)?|belize (?:social security|ssn|id)(?: card)?(?: number| no\.?| #)?",
        (("bz_ssn", r"\d{6,9}(?![\w-])", varied),),
    ),
    (
        "cvcni",
        r"cni(?![a-z])|cart[ãa]o nacional de identifica[çc][ãa]o|cabo verde (?:id|cni)",
        (("cv_cni", r"(?i)(?=[A-Z0-9]*(?:\d[A-Z]*){6})[A-Z0-9]{8,14}(?![\w-])", _any),),
    ),
    (
        "kitambulisho",
        r"(?:nambari|namba) ya (?:kitambulisho|utambulisho)(?: cha taifa)?|kitambulisho(?: cha taifa)?",
        (("ke_national_id", r"\d{7,8}(?![\w-])", varied),),
    ),
    (
        "lnch",
        r"лнч|lnch(?![a-z])|личен номер на чужденец|personal number of a foreigner",
        (("bg_lnch", r"\d{10}(?![\w-])", bg_lnch_ok),),
    ),
    (
        "unzr",
        r"унзр|unzr(?![a-z])|унікальний номер запису(?: в реєстрі)?",
        (("ua_unzr", r"\d{8}-\d{5}(?![\w-])", ua_unzr_ok),),
    ),
    (
        "cin",
        r"cin(?![a-z])|cnie(?![a-z])|رقم البطاقة الوطنية|البطاقة الوطنية",
        (
            ("ma_cin", r"[A-Z]{1,2}\d{5,6}(?![\w-])", _any),
            ("tn_cin", r"\d{8}(?![\w-])", varied),
        ),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""

LEADS = (
    "dui",
    "documento unico",
    "clabe",
    "cuenta clabe",
    "cbu",
    "cvu",
    "clave bancaria",
    "clave virtual",
    "bsb",
    "transit",
    "branch",
    "account",
    "bank account",
    "acct no",
    "acc no",
    "a/c",
    "ihi",
    "individual healthcare",
    "healthcare identifier",
    "residence card",
    "zairyu",
    "special permanent resident",
    "philsys",
    "philid",
    "psn",
    "philippine identification",
    "npwp",
    "nomor pokok",
    "nida",
    "namba ya",
    "nambari ya",
    "national identification authority",
    "kitambulisho",
    "cin",
    "cnie",
    "numero personnel",
    "npi du",
    "npi b",
    "anip",
    "ssb",
    "belize",
    "cni",
    "cartao nacional",
    "cabo verde",
    "lnch",
    "personal number of a foreigner",
    "unzr",
)
"""Words at which the labels above start in ASCII text (for the shared index)."""

NON_ASCII_LEADS = (
    "documento único",
    "在留カード",
    "特別永住者証明書",
    "رقم البطاقة",
    "البطاقة الوطنية",
    "numéro personnel",
    "cartão nacional",
    "лнч",
    "личен номер на чужденец",
    "унзр",
    "унікальний номер запису",
)
"""Words at which the labels above start when not in ASCII."""


_IHI = lazy.compile(r"(?<![\w-])8003 ?6[012]\d\d ?\d{4} ?\d{4}(?![\w-])")

INDEX.add(["8003"], where=False)  # whether it occurs (see `scan.holds`)


def healthcare_ids(text: str, low: str) -> list[Finding]:
    """Australian healthcare identifiers written alone: the 800360-2 prefix and the Luhn check are evidence enough."""
    if not holds(text, low, "8003"):
        return []
    found = matches_at(_IHI, text, occurrences(text, "8003"))  # (its own pass tries every place: one starts there)
    return [Finding(DETECTOR, "au_ihi", m.start(), m.end()) for m in found if au_ihi_ok(m.group())]


_CHAT_LINK = lazy.compile(r"(?:wa\.me/|whatsapp\.com/send/?\?(?:[\w=&]*&)?phone=|t\.me/)(\+?\d{7,15})(?![\w])", re.I)
_CHAT_WORDS = ("wa.me/", "whatsapp.com/send", "t.me/")
_NUMBER_AFTER = lazy.compile(r"(?://)?(?:%2b|\+)?(\+?\d{7,15})(?![\w])", re.I)
"""The number right after a link's scheme (`tel:`, `viber://`) or a query field that holds one (`number=`)."""
_APP_SCHEMES = tuple(
    f"{s}:" for s in ("tel", "sms", "callto", "facetime", "facetime-audio", "viber", "whatsapp", "skype", "signal")
)
"""Link schemes that call or message a phone number (`tel:+44...`, `viber://chat?number=...`)."""
_PHONE_FIELDS = ("phone=", "phone_number=", "phonenumber=", "msisdn=")
"""Query fields that hold a phone number in any link."""
_APP_FIELDS = ("number=", "tel=")
"""Query fields that hold a phone number in an app's own link (not a web page's: `issues?number=12`)."""
_LINK_START = lazy.compile(r"[^\s\"'<>()\[\]`]*\Z")
_WEB = ("http:", "https:", "ftp:", "ftps:", "file:")


LINK_WORDS = (*_CHAT_WORDS, *_APP_SCHEMES, *_PHONE_FIELDS, *_APP_FIELDS)
"""Every literal `chat_links` looks for (the shared index answers whether a long text holds each)."""


def chat_links(text: str, low: str, holds: Callable[[str], bool] | None = None) -> list[Finding]:
    """Phone numbers in chat and call links (`https://wa.me/971501234567`, `api.whatsapp.com/send?phone=...`,
    `t.me/+...`, `viber://chat?number=%2B...`, `tel:...`, any app's link with a `number=` or `phone=` field): tried
    only where one of those literals stands (`str.find`), never by a pass of an expression over the whole text;
    `holds` tells whether `low` holds a literal (`in` when not given)."""
    held = holds if holds is not None else low.__contains__
    out = []
    if any(held(w) for w in _CHAT_WORDS):
        out += [m.span(1) for m in _CHAT_LINK.finditer(text) if _varied(m.group(1))]
    for words, where in ((_APP_SCHEMES, "scheme"), (_PHONE_FIELDS, "field"), (_APP_FIELDS, "app")):
        for word in words:
            at = low.find(word) if held(word) else -1
            while at >= 0:
                end = at + len(word)
                if _link_number_at(low, at, end, where):
                    m = _NUMBER_AFTER.match(text, end)
                    if m is not None and _varied(m.group(1)):
                        out.append(m.span(1))
                at = low.find(word, end)
    return [Finding(DETECTOR, "phone_number", a, b) for a, b in sorted(set(out))]


def _link_number_at(low: str, at: int, end: int, where: str) -> bool:
    """Whether the literal at `at` is a link's scheme or one of its query fields (`where`), in the right link."""
    if where == "scheme":
        return at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "_.+-")
    if at == 0 or low[at - 1] not in "?&":
        return False
    if where == "field":
        return True
    link = _LINK_START.search(low, max(0, at - 120), at)
    token = link.group() if link is not None else ""
    return "://" in token and not token.startswith(_WEB)

"""Numbers that programmes and networks give people, read after their labels: the US student visitor's SEVIS id, the
veteran's VA file number, the trusted traveller's Known Traveler Number, the Railroad Retirement Board's claim
number, a tax preparer's PTIN, a USCIS receipt number, Costa Rica's DIMEX, Nigeria's voter number, a mobile
subscriber's IMSI, Tajikistan's taxpayer number and Azerbaijan's identity card."""

from __future__ import annotations

from .pii_id_table import shape as varied  # more than two different digits (`N0000000000`, `000000000` are masks)

_END = r"(?![\w-])"


def va_file_ok(value: str) -> bool:
    """Whether a VA file number holds 8 or 9 digits (a claim file's own, or the veteran's social security number)."""
    return sum(c.isdigit() for c in value) in (8, 9) and varied(value)


def imsi_ok(value: str) -> bool:
    """Whether 15 digits are an IMSI: a mobile country code (200-799, ITU-T E.212) before the network and the
    subscriber's number."""
    return len(value) == 15 and "200" <= value[:3] <= "799" and varied(value[5:])


def ktn_ok(value: str) -> bool:
    """Whether a Known Traveler Number is nine digits or nine letters and digits (`TT` then seven for TSA PreCheck),
    at least three of them digits."""
    return len(value) == 9 and sum(c.isdigit() for c in value) >= 3 and varied(value)


GROUPS = (
    (
        "sevis",
        r"sevis(?: id| number| no\b| #)?(?![a-z])",
        (("us_sevis_id", r"N ?\d{10}" + _END, varied),),
    ),
    (
        "vafile",
        r"va (?:c-)?(?:file|claim)(?: number| no\b| #)?|c-file(?: number| no\b| #)?|veterans affairs file(?: number)?",
        (("us_va_file_number", r"C?[ -]?\d{2}[ -]?\d{3}[ -]?\d{3,4}" + _END, va_file_ok),),
    ),
    (
        "ktn",
        r"known travell?er(?: number| no\b| #| id)?|ktn(?![a-z])|trusted travell?er(?: number| no\b| #| id)?|"
        r"global entry(?: number| no\b| #| id| pass ?id)|nexus (?:number|no\b|card|#)|sentri (?:number|no\b|#)",
        (("us_known_traveler_number", r"[A-Z]{2}[A-Z0-9]{7}" + _END + r"|\d{9}" + _END, ktn_ok),),
    ),
    ("imsi", r"imsi(?![a-z])", (("imsi", r"\d{15}" + _END, imsi_ok),)),
    (
        "rrb",
        r"rrb claim(?: number| no\b| #)?|railroad retirement(?: board)? claim(?: number| no\b| #)?",
        (("us_rrb_claim_number", r"[A-Z]{0,3}[ -]?(?:\d{3}[ -]?\d{3}[ -]?\d{3}|\d{6})" + _END, varied),),
    ),
    ("ptin", r"ptin(?![a-z])|preparer tax identification", (("us_ptin", r"P\d{8}" + _END, varied),)),
    (
        "uscisreceipt",
        r"(?:uscis )?receipt(?: number| no\b| #)?",
        (("us_uscis_receipt_number", r"(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|ESC)\d{10}" + _END, varied),),
    ),
    ("dimex", r"dimex(?![a-z])", (("cr_dimex", r"\d{11,12}" + _END, varied),)),
    (
        "tjinn",
        r"рма(?![а-яӣӯқғҳҷ])|рақами мушаххаси андозсупоранда|(?:tajik|tajikistan) (?:inn|tin)",
        (("tj_inn", r"\d{9}" + _END, varied),),
    ),
    (
        "azid",
        r"[şs]əxsiyyət vəsiqəsi(?:nin nömrəsi)?|sexsiyyet vesiqesi|azerbaijani? (?:id|identity) card(?: number| no\b)?",
        (("az_id_card", r"AZE ?\d{8}" + _END + r"|AA ?\d{7}" + _END, varied),),
    ),
)
"""Label groups of `pii_ids` (its `_GROUPS`' form): the labels, and each value's kind, shape and check."""

NG_VOTER = ("ng_voter_number", r"(?=(?:[A-Z]*\d){8})[0-9A-Z]{19}" + _END, varied)
"""Nigeria's voter identification number (19 letters and digits), read after a voter card's label."""

LEADS = (
    "sevis",
    "va file",
    "va claim",
    "va c-file",
    "c-file",
    "veterans affairs",
    "known travel",
    "ktn",
    "trusted travel",
    "global entry",
    "nexus",
    "sentri",
    "imsi",
    "rrb claim",
    "railroad retirement",
    "ptin",
    "preparer tax",
    "receipt",
    "uscis receipt",
    "dimex",
    "tajik",
    "azerbaijan",
    "sexsiyyet",
)
"""The words the shared index looks for where these labels start (in ASCII)."""

NON_ASCII_LEADS = ("рма", "рақами мушаххаси", "şəxsiyyət", "səxsiyyət")
"""The words looked for where the labels in other letters start."""

"""Personal data in records read by their format's fields: imaging headers (DICOM dumps), family trees (GEDCOM),
directory exports (LDIF), ACH entry details (NACHA), SWIFT MT payments and statements, trading messages (FIX), and
the detail records of ABA and BACS payment files, where a field's tag or column says what its value is."""

from __future__ import annotations

import re

from . import lazy, pii_people
from .findings import Finding
from .scan import INDEX, holds, holds_any

DETECTOR = "pii"

# --- DICOM -----------------------------------------------------------------------------------------------------

_DICOM_TAGS = {
    "00100010": "person_name",  # patient's name
    "00100020": "health_record_number",  # patient id
    "00100030": "date_of_birth",
    "00101000": "health_record_number",  # other patient ids
    "00101001": "person_name",  # other patient names
    "00101005": "person_name",  # patient's birth name
    "00101040": "street_address",
    "00101060": "person_name",  # mother's birth name
    "00102154": "phone_number",
    "00080090": "person_name",  # referring physician
    "00081050": "person_name",  # performing physician
    "00081070": "person_name",  # operators
    "00321032": "person_name",  # requesting physician
    "00081048": "person_name",  # physicians of record
    "00080092": "street_address",  # referring physician's address
    "00080094": "phone_number",  # referring physician's phones
    "00081060": "person_name",  # physicians reading the study
    "00400006": "person_name",  # scheduled performing physician
    "0040A075": "person_name",  # verifying observer
    "0040A123": "person_name",  # a person's name in a report
    "00401010": "person_name",  # intended recipients of results
}
"""The tags (group and element) whose values name, number or locate a person, and the kind each is reported as."""
_DICOM_LINE = lazy.compile(
    r"(?m)^[ \t>]*\(?(?P<group>[0-9A-Fa-f]{4}), ?(?P<element>[0-9A-Fa-f]{4})\)?"
    r"(?P<gap>(?:[^\n\['#]|'s\b){0,64}?)"
    r"(?:\[(?P<bracketed>[^\]\n]*)\]|'(?P<quoted>[^'\n]*)'|(?<=[A-Z]{2}[ :\t])[ \t]*(?P<bare>[^\n#]*?))[ \t]*(?:#|$)"
)
"""A line of a dump (`dcmdump`, `gdcmdump`, `pydicom`, a viewer's tag list): the tag, its VR and description, then
the value in brackets, in quotes or after the VR to the end of the line (before a `#` comment)."""
_DICOM_VR = lazy.compile(r"(?:^|[\s:])(?:PN|LO|SH|DA|LT|ST|UT)(?:[\s:]|$)")


_NOT_PATIENT = lazy.compile(r"(?i)(?<![a-z])(?:phantom|qa|qc|test|anon\w*|de-?identified|calibration|water)(?![a-z])")
"""Words of a scan's subject that is nobody: a phantom, a quality or test run, an anonymised patient (`PHANTOM^WATER`,
`QA^DAILY`, `ANON^4471`): none of the patient's fields in such a dump is a person's."""
_NO_DATES = frozenset({"19000101", "00000000", "18991230"})
"""Dates a dump writes when the birth date is not known."""


def _dicom(text: str) -> list[Finding]:
    out: list[Finding] = []
    nobody = False
    for m in _DICOM_LINE.finditer(text):
        kind = _DICOM_TAGS.get((m.group("group") + m.group("element")).upper())
        if kind is None:
            continue
        name = next(g for g in ("bracketed", "quoted", "bare") if m.group(g) is not None)
        if name == "bare" and _DICOM_VR.search(m.group("gap")) is None:
            continue  # a bare value only after its VR (`PN  Nakamura^Yui`), not any line that starts with a tag
        lo, hi = m.span(name)
        value = text[lo:hi].strip(" ^\t")
        if not value or not any(c.isalnum() for c in value) or value.lower() in _NO_VALUE:
            continue
        if _NOT_PATIENT.search(value) is not None or value in _NO_DATES:
            nobody = nobody or kind == "person_name"
            continue
        lo = text.index(value, lo)
        out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
    return [] if nobody else out


_EQUIPMENT_GROUPS = frozenset({"0008", "0018", "0020", "0028"})
"""Groups of tags about a study, its equipment and images: beside their person tags (see `_DICOM_TAGS`), their values
(an institution's name and address, a station, a device's serial, uids) are nobody's."""


def dicom_things(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less what lies in the value of an imaging dump's line about the study, its equipment or its images
    (an institution's address, a device's serial number), not in a person's tag."""
    spans = []
    for m in _DICOM_LINE.finditer(text):
        group = m.group("group")
        if group not in _EQUIPMENT_GROUPS or (group + m.group("element")).upper() in _DICOM_TAGS:
            continue
        name = next(g for g in ("bracketed", "quoted", "bare") if m.group(g) is not None)
        spans.append(m.span(name))
    if not spans:
        return found
    return [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in spans)]


_NO_VALUE = frozenset({"anonymous", "anonymized", "removed", "none", "unknown", "n/a", "na", "null"})

_DICOM_JSON = lazy.compile(
    r'"(?P<tag>[0-9A-Fa-f]{8})"[ \t\r\n]*:[ \t\r\n]*\{[ \t\r\n]*"vr"[ \t]*:[ \t]*"[A-Z]{2}"[ \t\r\n]*,[ \t\r\n]*'
    r'"Value"[ \t]*:[ \t]*\[[ \t\r\n]*(?:\{[ \t\r\n]*"Alphabetic"[ \t]*:[ \t]*)?"(?P<value>[^"\r\n]{1,200})"'
)
"""An attribute of DICOM's JSON model (`"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Okafor^Chinedu"}]}`)."""


def _dicom_json(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _DICOM_JSON.finditer(text):
        kind = _DICOM_TAGS.get(m.group("tag").upper())
        value = m.group("value").strip(" ^")
        if kind is None or not value or value.lower() in _NO_VALUE or _NOT_PATIENT.search(value) is not None:
            continue
        lo = text.index(value, m.start("value"))
        out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
    return out


"""What a de-identified dump writes in place of the value."""

# --- GEDCOM ----------------------------------------------------------------------------------------------------

_GEDCOM_LINE = lazy.compile(
    r"(?m)^[ \t]*(?P<level>\d{1,2}) (?:@[^@\n]{1,22}@ )?(?P<tag>_?[A-Z][A-Z0-9_]{2,4})(?: (?P<value>[^\r\n]*))?$"
)
_GEDCOM_KINDS = {
    "NAME": "person_name",
    "GIVN": "person_name",
    "SURN": "person_name",
    "NICK": "person_name",
    "_MARNM": "person_name",
    "ADDR": "street_address",
    "ADR1": "street_address",
    "PHON": "phone_number",
    "FAX": "phone_number",
    "IDNO": "id_card_number",
    "SSN": "ssn",
}
"""The tags of a person's own values in a family tree, and the kind each is reported as."""
_BIRTH_EVENTS = frozenset({"BIRT", "CHR", "BAPM"})
"""Events whose `DATE` is a birth date (a christening's is within days of it)."""


_GEDCOM_LINES = ("\n1 birt", "\n1 phon ", "\n1 idno ", "\n1 ssn ", "\n1 resi", "\n1 addr ", "\n2 date ")
"""Lines of which a part of a family tree's records holds at least one (lower-cased, as the shared index reads them);
a whole record holds `INDI` or `1 NAME` too."""


def _gedcom(text: str) -> list[Finding]:
    out: list[Finding] = []
    event = ""  # the birth event whose dates and places follow, at its level
    level_of_event = -1
    for m in _GEDCOM_LINE.finditer(text):
        level, tag = int(m.group("level")), m.group("tag")
        if level <= level_of_event:
            event, level_of_event = "", -1
        if tag in _BIRTH_EVENTS:
            event, level_of_event = tag, level
        value = (m.group("value") or "").strip()
        if not value or value.startswith("@") or not any(c.isalnum() for c in value):
            continue
        kind = _GEDCOM_KINDS.get(tag)
        if kind is None and tag == "DATE" and event:
            kind = "date_of_birth"
        if kind in ("id_card_number", "ssn") and sum(c.isdigit() for c in value) < 5:
            continue  # `1 IDNO none`, a short register number
        if kind is not None:
            lo = m.start("value") + m.group("value").index(value)
            out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
    return out


# --- LDIF ------------------------------------------------------------------------------------------------------

_LDIF_KINDS = {
    "cn": "person_name",
    "sn": "person_name",
    "givenname": "person_name",
    "displayname": "person_name",
    "gecos": "person_name",
    "surname": "person_name",
    "telephonenumber": "phone_number",
    "mobile": "phone_number",
    "homephone": "phone_number",
    "pager": "phone_number",
    "facsimiletelephonenumber": "phone_number",
    "postaladdress": "street_address",
    "homepostaladdress": "street_address",
    "registeredaddress": "street_address",
    "street": "street_address",
    "streetaddress": "street_address",
}
"""The attributes of a directory entry that name, call or locate its person, and the kind each is reported as."""
_LDIF_LINE = lazy.compile(r"(?m)^(?P<attr>[A-Za-z][A-Za-z0-9-]{0,40}):[ \t]*(?P<value>[^:\r\n][^\r\n]*)$")
_LDIF_DN_NAME = lazy.compile(r"(?i)^dn:[ \t]*cn=(?P<value>(?:[^,\\\r\n]|\\.)+),")
_PERSON_CLASSES = lazy.compile(r"(?im)^objectclass:[ \t]*(?:inetorgperson|organizationalperson|person|posixaccount)\b")
_PERSON_ATTRS = lazy.compile(r"(?im)^(?:sn|givenname|mail|telephonenumber|mobile|homephone|uid):|^dn:[ \t]*uid=")
_ENTRY_SPLIT = lazy.compile(r"\r?\n[ \t]*\r?\n")


def _ldif(text: str) -> list[Finding]:
    out: list[Finding] = []
    bounds = [0, *(x for m in _ENTRY_SPLIT.finditer(text) for x in m.span()), len(text)]
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        dn = text.find("dn:", start, end)
        if dn < 0 or (dn > 0 and text[dn - 1] != "\n"):
            continue
        entry = text[dn:end]
        if _PERSON_CLASSES.search(entry) is None and _PERSON_ATTRS.search(entry) is None:
            continue  # a group, an organisational unit, a service: no person's entry
        m = _LDIF_DN_NAME.match(entry)
        if m is not None:
            out.append(Finding(DETECTOR, "person_name", dn + m.start("value"), dn + m.end("value")))
        for m in _LDIF_LINE.finditer(entry):
            kind = _LDIF_KINDS.get(m.group("attr").lower())
            value = m.group("value").rstrip()
            if kind is None or not any(c.isalnum() for c in value):
                continue
            out.append(Finding(DETECTOR, kind, dn + m.start("value"), dn + m.start("value") + len(value)))
    return out


# --- NACHA -----------------------------------------------------------------------------------------------------

_NACHA_HEADER = lazy.compile(r"(?m)^(?:101[ 0-9]\d{8}|5(?:200|220|225)[ A-Za-z0-9])")
"""A file header (`101 091000019...`) or a batch header (`5200...`, `5220...`, `5225...`)."""
_NACHA_ENTRY = lazy.compile(
    r"(?m)^6(?:2[2-9]|3[2-9]|4[2-9]|5[1-5])\d{9}(?P<account>[ A-Za-z0-9-]{17})\d{10}"
    r"(?P<id>[^\r\n]{15})(?P<name>[^\r\n]{22})"
)
"""An entry detail record: transaction code, the receiving bank's routing number, then the account (17 columns),
the amount (10), the individual's id (15) and name (22)."""


def _nacha(text: str) -> list[Finding]:
    if _NACHA_HEADER.search(text) is None:
        return []
    out: list[Finding] = []
    for m in _NACHA_ENTRY.finditer(text):
        for group, kind in (("account", "bank_account_number"), ("name", "person_name")):
            value = m.group(group).strip()
            if len(value) < 4 or (kind == "bank_account_number" and sum(c.isdigit() for c in value) < 4):
                continue
            if kind == "person_name" and not any(c.isalpha() for c in value):
                continue
            lo = m.start(group) + m.group(group).index(value)
            out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
    return out


# --- SWIFT MT payment messages and statements ---------------------------------------------------------------

_MT_PARTY = lazy.compile(
    r"(?m)^:(?P<tag>50[AFHK]?|59[AF]?):(?:/(?P<account>[^\r\n]{4,40})\r?\n)?"
    r"(?P<lines>(?:(?!:\d\d[A-Z]?:|-\}})[^\r\n]{1,70}(?:\r?\n|\Z)){1,4})"
)
"""An ordering customer's or a beneficiary's field of an MT103 (`:50K:`, `:59:`, `:50F:`): the account after `/`,
then the name and address lines (`1/`, `2/`, `3/` in the structured options F)."""
_MT_SUBFIELD = lazy.compile(r"\?(?P<code>3[1-3])(?P<value>[^?\r\n]{2,35})")
"""A subfield of an MT940 statement line's information (`:86:`): the counterparty's account (`?31`) and its name
(`?32`, `?33`)."""
_MT_NAME = lazy.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*){1,5}\.?")
_MT_LEGAL = lazy.compile(
    r"(?i)(?<![a-z])(?:gmbh|ag|kg|ltd|limited|llc|inc|plc|srl|spa|sas|sarl|sl|bv|nv|ab|oy|as|a/s|aps|sa|corp|co|"
    r"company|bank|trading|holding|group|services|fund|trust|foundation|stiftung|verein|ev|association|"
    r"university|council|ministry|office|finanzamt|tax)(?![a-z])"
)
"""Words of an organisation in a party's name line (`ACME TRADING GMBH`, `FINANZAMT KOELN`)."""


def _iban_ok(value: str) -> bool:
    """Whether `value` passes an IBAN's mod-97 check (its country's length is not asked: a statement's field)."""
    if not (value[:2].isalpha() and value[2:4].isdigit() and value.isalnum() and 15 <= len(value) <= 34):
        return False
    return int("".join(str(int(c, 36)) for c in value[4:] + value[:4])) % 97 == 1


def _mt_name(value: str) -> bool:
    return _MT_NAME.fullmatch(value) is not None and _MT_LEGAL.search(value) is None


def _swift(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _MT_PARTY.finditer(text):
        account = m.group("account")
        if account is not None and sum(c.isdigit() for c in account) >= 6 and not account[:2].isalpha():
            lo = m.start("account")
            out.append(Finding(DETECTOR, "bank_account_number", lo, lo + len(account.rstrip())))
        at = m.start("lines")
        for n, line in enumerate(m.group("lines").splitlines(keepends=True)):
            value = line.strip()
            lead = value[:2] if value[:1] in "123" and value[1:2] == "/" else ""
            value = value[len(lead) :].strip()
            lo = text.index(value, at) if value else at
            at += len(line)
            if not value:
                continue
            if (lead == "1/" or (not lead and n == 0)) and _mt_name(value):
                out.append(Finding(DETECTOR, "person_name", lo, lo + len(value)))
            elif lead == "2/" or (not lead and n == 1 and any(c.isdigit() for c in value)):
                out.append(Finding(DETECTOR, "street_address", lo, lo + len(value)))
    for line in _MT86.finditer(text):
        for m in _MT_SUBFIELD.finditer(text, line.start(), line.end()):
            value = m.group("value").strip()
            lo = m.start("value")
            if m.group("code") == "31":
                if sum(c.isdigit() for c in value) >= 6:
                    kind = "iban" if _iban_ok(value) else "bank_account_number"
                    out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
            elif _mt_name(value):
                out.append(Finding(DETECTOR, "person_name", lo, lo + len(value)))
    return out


_ABA_DETAIL = lazy.compile(
    r"(?m)^1\d{3}-\d{3}(?P<account>[ \d-]{9})[ NWXY]\d{2}\d{10}(?P<name>[^\r\n]{32})[^\r\n]{18}\d{3}-\d{3}"
)
"""A detail record of an Australian direct entry file (ABA): BSB, account, indicator, transaction code, amount, then
the account's title (32 columns), the lodgement reference and the trace BSB."""
_BACS_DETAIL = lazy.compile(
    r"(?m)^\d{6}(?P<account>\d{8})\d(?:0[19]|1[789]|99|Z[45])\d{14}[ \w]{4}\d{11}[^\r\n]{36}"
    r"(?P<name>[^\r\n]{1,18})[ \t]*$"
)
"""A payment record of a UK BACS Standard 18 file: destination sort code and account, transaction code, originator,
amount, the originator's name and reference (18 columns each), then the payee's name."""


def fixed_width(text: str, runs: list[tuple[int, int]]) -> list[Finding]:
    """The payees' accounts and names in the detail records of ABA and BACS files, tried on the lines where a run of
    ten digits or more (`runs`: the spans of runs of digits) stands near the start (an amount, the accounts)."""
    out: list[Finding] = []
    tried = -1
    matches = []
    for start, end in runs:
        if end - start < 10:
            continue
        line = text.rfind("\n", 0, start) + 1
        if line == tried or start - line > 24:
            continue
        tried = line
        matches += [m for m in (_ABA_DETAIL.match(text, line), _BACS_DETAIL.match(text, line)) if m is not None]
    for m in matches:
        account = m.group("account").strip()
        if sum(c.isdigit() for c in account) >= 6:
            lo = m.start("account") + m.group("account").index(account)
            out.append(Finding(DETECTOR, "bank_account_number", lo, lo + len(account)))
        name = m.group("name").strip()
        if _mt_name(name):
            lo = m.start("name") + m.group("name").index(name)
            out.append(Finding(DETECTOR, "person_name", lo, lo + len(name)))
    return out


_MT86 = lazy.compile(r"(?m)^:86:[^\r\n]*(?:\r?\n(?!:\d\d[A-Z]?:|-\})[^\r\n]*){0,6}")
"""An MT940 statement line's information field, with its continuation lines."""


# --- FIX ---------------------------------------------------------------------------------------------------------

_FIX_FIELD = lazy.compile(
    r"(?:^|(?<=[|\x01^;]))(?P<tag>1|448|523|50|57|116|129)=(?P<value>[^|\x01^;\r\n=]{2,60})(?=[|\x01^;\r\n]|\Z)"
)
"""A FIX message's field that may hold a person's name or account: the account (1), a party's id (448) and sub-id
(523), the sender's, target's, on-behalf-of and deliver-to sub-ids (50, 57, 116, 129: a trader's or a desk's name),
between the message's separators (SOH, or `|`, `^`, `;` as logs print it)."""
_FIX_ACCOUNT = lazy.compile(r"[A-Z]{0,4}[-/ ]?\d[\d -]{5,20}\d")
"""An account's value that is a number (`ACC-44719203`, `4471920381`), not a desk's or a house account's name."""


_FIX_ROLE = lazy.compile(r"(?:^|(?<=[|\x01^;]))(?:448|452)=([^|\x01^;\r\n]*)")
_FIX_PEOPLE = frozenset({"3", "5", "11", "12", "24", "36", "37", "39", "44", "55", "122", "123"})
"""Parties' roles (452) that a person plays: client, investor, order originator, executing, entering or contra
trader, customer account, investment decision maker (firms' roles, such as executing firm or broker, are not)."""


_FIX_DESK_WORDS = frozenset(
    """
    desk trading trader routing execution executions algo algos algorithmic program flow sales equity equities cash
    income rates credit fx forex derivatives options futures swaps bonds markets market prime brokerage clearing
    settlement settlements treasury operations ops middle back front office portfolio fund funds capital securities
    asset assets management risk dma care order orders smart router gateway session
    """.split()
)
"""Words of a desk's, a function's or a system's name in a FIX party or sub-id (`Order Routing`, `Cash Equities`)."""


def _fix_role(text: str, end: int) -> str | None:
    """The role (452) of the party whose id ends at `end`, before the next party's id; None if none is given."""
    for m in _FIX_ROLE.finditer(text, end, end + 160):
        if text[m.start() : m.start() + 3] == "448":
            return None
        return m.group(1)
    return None


def _fix(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in _FIX_FIELD.finditer(text):
        value = m.group("value").strip()
        lo = m.start("value")
        if m.group("tag") == "1":
            if _FIX_ACCOUNT.fullmatch(value) is not None:
                out.append(Finding(DETECTOR, "bank_account_number", lo, lo + len(value)))
            continue
        if " " not in value or not pii_people.name_ok(value):
            continue
        if not _FIX_DESK_WORDS.isdisjoint(value.lower().split()):
            continue  # `57=Order Routing`: a desk or a system, not a trader
        role = _fix_role(text, m.end())
        if role in _FIX_PEOPLE or (role is None and not value.isupper()):
            out.append(Finding(DETECTOR, "person_name", lo, lo + len(value)))
    return out


EQUIPMENT_WORDS = ("0008,", "0018,", "0020,", "0028,")
"""What an imaging dump's lines about the study, its equipment or images start with (see `dicom_things`)."""
_PASSWD = lazy.compile(
    r"[a-z_][\w.-]{0,31}\$?:[^:\n]{0,200}:\d{1,10}:\d{1,10}:(?P<name>[^,:\n]{3,80})(?:,[^:\n]{0,200})?:/[^:\n]{0,200}:"
)
"""An account database's line (`/etc/passwd`): its GECOS field's first part is the account holder's name."""
_PASSWD_WORDS = (":/home/", ":/bin/", ":/sbin/", ":/usr/", ":/var/", ":/nonexistent:")


_PASSWD_LINES = 200


def _passwd_lines(text: str) -> list[re.Match[str]]:
    """`_PASSWD`'s matches on the lines that hold a home directory or a shell after a colon (found by `str.find`)."""
    out: list[re.Match[str]] = []
    tried = -1
    for word in _PASSWD_WORDS:
        at = text.find(word)
        while at >= 0 and len(out) < _PASSWD_LINES:
            line = text.rfind("\n", 0, at) + 1
            if line != tried:
                tried = line
                m = _PASSWD.match(text, line)
                if m is not None:
                    out.append(m)
            at = text.find(word, at + len(word))
    return sorted({m.start(): m for m in out}.values(), key=lambda m: m.start())


def _passwd(text: str) -> list[Finding]:
    """The names in the GECOS fields of an account database's lines that read as a person's."""
    out = []
    for m in _passwd_lines(text):
        value = m.group("name").strip()
        if pii_people._NAME.fullmatch(value) and len(value.split()) >= 2 and pii_people.name_ok(value):
            lo = m.start("name") + m.group("name").find(value)
            out.append(Finding(DETECTOR, "person_name", lo, lo + len(value)))
    return out


_WORDS = ("0010,", '"vr"', " indi", "1 name", " givn ", *EQUIPMENT_WORDS, *_GEDCOM_LINES, "dn:", "35=")
_MT_WORDS = ("\n:5", "\n:86:")
_ALL_WORDS = (*_WORDS, *_MT_WORDS, *_PASSWD_WORDS, "\n6")
"""Every word `find` reads a record by (lower-cased): a text holding none of them holds none of these records (but
a family tree or a SWIFT message that opens the text, told by its first characters)."""
INDEX.add(_ALL_WORDS, where=False)  # whether they occur (see `scan.holds`)


def find(text: str, low: str = "") -> list[Finding]:
    """The personal fields of the records of these formats in `text`."""
    out: list[Finding] = []
    if not holds_any(low or text.lower(), _ALL_WORDS) and not text.startswith(("0 ", "1 ", "2 ", ":5", ":86:")):
        return out  # (none of the words below, one test of the shared pass's answer: no record of these formats)
    if holds(text, low, "0010,") or holds(text, low, "0008,"):  # (a tag's group, as in `(0010,0010)`)
        out += _dicom(text)
    if holds(text, low, '"vr"'):
        out += _dicom_json(text)
    if (
        holds(text, low, " INDI")
        or holds(text, low, "1 NAME")
        or holds(text, low, " GIVN ")
        or (text[:2] in ("0 ", "1 ", "2 ") and _GEDCOM_LINE.match(text) is not None)
        or holds_any(low or text.lower(), _GEDCOM_LINES)
    ):
        out += _gedcom(text)
    if holds(text, low, "dn:"):
        out += _ldif(text)
    if holds_any(low or text.lower(), _PASSWD_WORDS):
        out += _passwd(text)
    if holds(text, low, "\n6"):
        out += _nacha(text)
    if text.startswith((":5", ":86:")) or holds_any(low or text.lower(), _MT_WORDS):
        out += _swift(text)
    if holds(text, low, "35=") and ("8=FIX" in text or "49=" in text):
        out += _fix(text)
    return out

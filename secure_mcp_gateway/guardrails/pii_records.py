"""Personal data in records read by their format's fields: imaging headers (DICOM dumps), family trees (GEDCOM),
directory exports (LDIF) and ACH entry details (NACHA), where a field's tag says what its value is."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds

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


def _dicom(text: str) -> list[Finding]:
    out: list[Finding] = []
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
        lo = text.index(value, lo)
        out.append(Finding(DETECTOR, kind, lo, lo + len(value)))
    return out


_NO_VALUE = frozenset({"anonymous", "anonymized", "removed", "none", "unknown", "n/a", "na", "null"})
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
}
"""The tags of a person's own values in a family tree, and the kind each is reported as."""
_BIRTH_EVENTS = frozenset({"BIRT", "CHR", "BAPM"})
"""Events whose `DATE` is a birth date (a christening's is within days of it)."""


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


_WORDS = ("0010,", "0008,", " indi", "1 name", " givn ", "dn:")
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds`)


def find(text: str, low: str = "") -> list[Finding]:
    """The personal fields of the records of these formats in `text`."""
    out: list[Finding] = []
    if holds(text, low, "0010,") or holds(text, low, "0008,"):  # (a tag's group, as in `(0010,0010)`)
        out += _dicom(text)
    if holds(text, low, " INDI") or holds(text, low, "1 NAME") or holds(text, low, " GIVN "):
        out += _gedcom(text)
    if holds(text, low, "dn:"):
        out += _ldif(text)
    if "\n6" in text:
        out += _nacha(text)
    return out

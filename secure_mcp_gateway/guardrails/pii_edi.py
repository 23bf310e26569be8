"""Personal data in ASC X12 EDI transactions (benefit enrollment 834, claims 837, eligibility 270/271), by the
segments and qualifiers that hold it: a person's name (`NM1` of the insured, patient or dependent), an id whose
qualifier says it is a social security number (`NM1 ... *34*`, `REF*SY`, and the 834's subscriber number
`REF*0F` when it has an SSN's shape), a birth date (`DMG*D8`), a street address (`N3`) and a phone (`PER ... *TE*`)."""

from __future__ import annotations

import re
from typing import Any

from . import lazy
from .findings import Finding
from .pii_people import _NAME, _name_ok
from .scan import INDEX, LONG, occurrences

DETECTOR = "pii"
_PEOPLE = r"IL|QC|03|QD|74|E1|GD|70"
"""`NM1` entity codes of people: insured or subscriber, patient, dependent, responsible party, corrected insured,
person, guardian and the 834's prior-name entries (any other entity is a person too when its type qualifier is `1`:
a rendering or referring provider, a contact)."""
_NM1 = lazy.compile(
    r"NM1\*(?:" + _PEOPLE + r"|[0-9A-Z]{2,3})\*1\*(?P<last>[^*~\r\n]{1,60})(?:\*(?P<first>[^*~\r\n]{0,35}))?"
    r"(?:\*[^*~\r\n]{0,25}){0,3}(?:\*(?P<q>[^*~\r\n]{1,3})\*(?P<id>[^*~\r\n]{1,80}))?"
)
_REF = lazy.compile(r"REF\*(?P<q>SY|0F)\*(?P<id>\d{3}-?\d{2}-?\d{4})(?=[*~\r\n]|\Z)")
_REF_PERSON = lazy.compile(
    r"REF\*(?P<q>SY|0F|1W|23|3H|F6|HJ|ABB|4A|EA|Q4|ZZ)\*(?P<id>[A-Za-z0-9][A-Za-z0-9 /.-]{3,29})(?=[*~\r\n]|\Z)"
)
"""A `REF` whose qualifier names a person's number: social security, subscriber, member, client, case, health
insurance claim, identity card, personal id, medical record, prior id, or one agreed by the parties (read in a
transaction that names a person)."""
_ID_KINDS = {"34": "id_card_number", "SY": "id_card_number", "MI": "member_id", "1W": "member_id", "0F": "member_id"}
_ID_KINDS |= {"II": "health_record_number", "EA": "health_record_number", "F6": "health_record_number"}
_NM1_PERSON_IDS = frozenset({"34", "MI", "II", "ZZ", "N", "C1", "C5", "ABB"})
"""`NM1` id qualifiers that name the person's own number (not a provider's NPI `XX`, an employer's `24`/`FI`, a
payer's `PI`)."""


def _person_id(value: str) -> bool:
    """Whether an id field holds a person's number: at least four digits, not one digit repeated."""
    digits = [c for c in value if c.isdigit()]
    return len(digits) >= 4 and len(set(digits)) > 1


_DMG = lazy.compile(r"DMG\*D8\*(?P<date>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))")
_N3 = lazy.compile(r"N3\*(?P<street>[^*~\r\n]{3,55})")
_PER_PHONE = lazy.compile(r"PER\*[^~\r\n]{0,80}?\*(?:TE|HP|WP|CP)\*(?P<phone>[\d() +.-]{7,20})")
_N1 = lazy.compile(r"N1\*(?:" + _PEOPLE + r")\*(?P<name>[A-Za-z][A-Za-z .,'-]{1,59})(?=[*~\r\n]|\Z)")
"""A party's name in `N1` whose entity code is a person's (`N1*IL*GIVEN SURNAME~`)."""
_PER_NAME = lazy.compile(r"PER\*[A-Z0-9]{2}\*(?P<name>[A-Za-z][A-Za-z .'-]{1,59})\*")
"""A contact's name in `PER` (`PER*IC*GIVEN SURNAME*TE*...`): a person when it reads as one (not `BILLING DEPT`)."""


def _ssn_shape(value: str) -> bool:
    """Whether 9 digits could be an issued SSN (area not 000, 666 or 9xx; group and serial not zero)."""
    d = value.replace("-", "")
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


TAGS = ("nm1*", "ref*", "dmg*", "n3*", "per*", "n1*")
INDEX.add(TAGS)  # where each starts (lower-cased): a long text is not scanned for each


def _segments(text: str, tag: str, pattern: Any, low: str = "") -> list[re.Match[str]]:
    """The matches of `pattern` where the segment `tag` (`NM1*`) starts a segment: found by `str.find`, not by a
    search of the whole text (a long text holds many `*` and no segment)."""
    out = []
    where = INDEX.known(low) if len(low) >= LONG else None
    ats = where[0].get(tag.lower(), []) if where is not None and tag.lower() not in where[1] else occurrences(text, tag)
    for at in ats:
        if not text.startswith(tag, at):
            continue
        before = text[max(0, at - 16) : at].rstrip(" \t")
        if (not before and at <= 16) or before[-1:] in ("~", "\r", "\n"):
            m = pattern.match(text, at)
            if m is not None:
                out.append(m)
    return out


def find(text: str, low: str = "") -> list[Finding]:
    """The spans of the personal fields of X12 segments in `text` (only where segments end with `~` or a line;
    `low`: the text lower-cased, whose words the shared index may have placed)."""
    where = INDEX.known(low) if len(low) >= LONG else None
    if where is not None:
        if not any(tag in where[0] or tag in where[1] for tag in (*TAGS[:3], "per*", "n1*")):
            return []
    elif not any(tag in text for tag in ("NM1*", "REF*", "DMG*", "PER*", "N1*")):
        return []
    out: list[Finding] = []
    people = _segments(text, "NM1*", _NM1, low)
    for m in people:
        for group in ("last", "first"):
            if m.group(group):
                out.append(Finding(DETECTOR, "person_name", *m.span(group)))
        q, value = m.group("q"), m.group("id")
        if q == "34" and value and _ssn_shape(value):
            out.append(Finding(DETECTOR, "ssn", *m.span("id")))
        elif q in _NM1_PERSON_IDS and value and _person_id(value):
            out.append(Finding(DETECTOR, _ID_KINDS.get(q, "id_card_number"), *m.span("id")))
    ssns = []
    for m in _segments(text, "REF*", _REF, low):
        if _ssn_shape(m.group("id")):
            ssns.append(m.start())
            out.append(Finding(DETECTOR, "ssn", *m.span("id")))
    out += [Finding(DETECTOR, "date_of_birth", *m.span("date")) for m in _segments(text, "DMG*", _DMG, low)]
    for m in _segments(text, "N1*", _N1, low):
        people.append(m)
        out.append(Finding(DETECTOR, "person_name", m.start("name"), m.start("name") + len(m.group("name").rstrip())))
    contacts = []
    for m in _segments(text, "PER*", _PER_NAME, low):
        name = m.group("name").strip()
        words = name.title() if name.isupper() else name
        if len(words.split()) > 1 and _NAME.fullmatch(words) is not None and _name_ok(words, False):
            contacts.append(Finding(DETECTOR, "person_name", m.start("name"), m.start("name") + len(name)))
    out += contacts
    if people:  # a person's other numbers under the qualifiers that name them
        for m in _segments(text, "REF*", _REF_PERSON, low):
            value = m.group("id").rstrip(" ")
            if m.start() not in ssns and _person_id(value):
                kind = _ID_KINDS.get(m.group("q"), "id_card_number")
                out.append(Finding(DETECTOR, kind, m.start("id"), m.start("id") + len(value)))
    if people or contacts:  # an address or phone belongs to the person the transaction names
        out += [Finding(DETECTOR, "street_address", *m.span("street")) for m in _segments(text, "N3*", _N3, low)]
        out += [Finding(DETECTOR, "phone_number", *m.span("phone")) for m in _segments(text, "PER*", _PER_PHONE, low)]
    return out

"""Names of people in records of other syntaxes: library catalogue records' personal-name fields (MARC `100`, `600`,
`700`, `800` with their `$a`), calendar attendees and organisers (`ATTENDEE;CN=...`), and EDIFACT's contacts and
parties (`CTA+IC+:NAME'`, `NAD+..+SURNAME:GIVEN'`) with their numbers (`COM+...:TE'`) and a person's own references
(`RFF+..:NUMBER'` in the party's group)."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_orgs import LEGAL_FORM
from .pii_people import _NAME, _name_ok
from .scan import INDEX, holds

DETECTOR = "pii"

_MARC = lazy.compile(
    r"[ \t]*=?(?:100|600|700|800)(?:[ \t]+|(?=[ \t_#\\0-3]))[ \t]*(?:[0-3_#\\][0-9_#\\]?[ \t]*)?"
    r"[$|\u2021]a[ \t]*(?P<value>[^$|\u2021\r\n]{3,90})"
)
"""A catalogue record's personal-name field (`100 1_ |a Surname, Given, |d 1948-`, `=700  1\\$aSurname, Given`):
its tag, indicators and the name subfield `a` up to the next subfield."""
_CALENDAR = lazy.compile(
    r"(?:ATTENDEE|ORGANIZER|CONTACT)(?P<params>[^:\r\n]{0,200}?);CN=(?P<q>\"?)(?P<value>[^\";:\r\n]{2,80})(?P=q)"
    r"(?P<rest>[^:\r\n]{0,200})"
)
"""An iCalendar attendee, organiser or contact with its common name (`ATTENDEE;CN=Given Surname;ROLE=...:mailto:`)."""
_NOT_PEOPLE = lazy.compile(r"(?i)CUTYPE=(?:ROOM|RESOURCE|GROUP|UNKNOWN)")
"""An attendee that is a room, a resource or a mailing list, not a person."""
_CTA = lazy.compile(r"(?<![A-Z])CTA\+[A-Z]{2}\+[^:'+\r\n]{0,17}:(?P<value>[^:'+\r\n]{2,70})'")
"""EDIFACT's contact (`CTA+IC+:Given Surname'`): a person to reach, named after the department's code."""
_COM = lazy.compile(r"(?<![A-Z])COM\+(?P<value>\+?[\d ()./-]{7,24}):(?:TE|MO|FX|AL|AJ)'")
"""EDIFACT's communication number after a contact (`COM+...:TE'`): a telephone, mobile or fax number."""
_NAD = lazy.compile(
    r"(?<![A-Z])NAD\+[A-Z0-9]{1,3}\+[^+'\r\n]{0,40}\+[^+'\r\n]{0,80}\+(?P<value>[^+':\r\n]{2,35}(?::[^+':\r\n]{1,35}){1,4})"
    r"(?=[+'])"
)
"""EDIFACT's party name (`NAD+BY+++SURNAME:GIVEN+street...`): its lines split by `:`, as persons' names are written."""
_NAD_ONE = lazy.compile(
    r"(?<![A-Z])NAD\+[A-Z0-9]{1,3}\+[^+'\r\n]{0,40}\+[^+'\r\n]{0,80}\+(?P<value>[^+':\r\n]{3,35})\+[^+'\r\n]{3,}"
)
"""A party's name in one line, followed by its street (`NAD+DP+++Given Surname+12 Some Street+...`)."""
_SEGMENT = lazy.compile(r"\s*(?P<tag>[A-Z]{3})\+(?P<data>[^'\r\n]{0,120})'")
"""The next segment of an EDIFACT message: its tag and its data up to the segment terminator."""
_PARTY_GROUP = frozenset({"RFF", "DTM", "CTA", "COM", "LOC", "FII", "DOC", "ATT", "EMP", "NAT", "PDI", "ADR"})
"""The segments of a party's group after its NAD: its references, dates, contacts, places, documents, attributes."""
_DEAL_REFS = frozenset({"ON", "IV", "CT", "VN", "DQ", "AAK", "BM", "CR", "PD", "AAB", "LI", "ALO", "AAU", "PK"})
"""Reference qualifiers of a transaction's documents (order, invoice, contract, delivery, bill of lading, customer
reference...), not a person's own number, even in a person's group."""
_IBAN_LIKE = lazy.compile(r"[A-Z]{2}\d\d[A-Z0-9 ]{11,30}$")
"""A bank account's IBAN, reported as one by its own check."""
_REF = lazy.compile(r"(?P<qual>[A-Z0-9]{1,3}):(?P<value>[A-Za-z0-9][A-Za-z0-9 /-]{3,33}[A-Za-z0-9])(?=$|:)")


def _party_refs(text: str, at: int) -> list[Finding]:
    """A person's own references in the segments of its party's group that follow `at` (its NAD's end): `RFF+Q:V`
    whose qualifier is no transaction's document and whose value holds at least six digits, not all alike."""
    out = []
    for _ in range(8):
        m = _SEGMENT.match(text, at)
        if m is None or m.group("tag") not in _PARTY_GROUP:
            break
        ref = _REF.match(m.group("data")) if m.group("tag") == "RFF" else None
        if ref is not None and ref.group("qual") not in _DEAL_REFS and _IBAN_LIKE.match(ref.group("value")) is None:
            digits = [c for c in ref.group("value") if c.isdigit()]
            if len(digits) >= 6 and len(set(digits)) > 2:
                start = m.start("data") + ref.start("value")
                out.append(Finding(DETECTOR, "national_id", start, start + len(ref.group("value"))))
        at = m.end()
    return out


_TRADE = frozenset(
    """
    warehouse depot store stores shop market logistics trading traders transport transports freight cargo shipping
    services service international industries industry holdings foods food pharma pharmacy enterprises enterprise
    distribution distributors supplies supply motors hotel hotels farm farms mills mill cement steel textiles
    import export imports exports agency agencies partners brothers sons consulting construction energy oil gas
    telecom bank insurance hospital clinic school university ministry office center centre port terminal airport
    """.split()
)
"""Words of businesses' and places' names, never a person's."""


def _person(value: str, alone: bool = False) -> bool:
    """Whether words read as a person's name (capitalised as written, or as titles when written in capitals);
    `alone`: one word is enough (a surname or given names on their own line of the record)."""
    words = value.strip(" .,")
    if not words or LEGAL_FORM.search(words) is not None or any(c.isdigit() for c in words):
        return False
    if words.isupper():
        words = words.title()
    return _NAME.fullmatch(words) is not None and _name_ok(words, False, alone)


def _inverted(value: str) -> bool:
    """Whether `Surname, Given` (or a name in direct order) reads as a person's name."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not 1 <= len(parts) <= 2:
        return False
    if len(parts) == 1:
        return len(parts[0].split()) > 1 and _person(parts[0])
    return all(_person(p, True) for p in parts) and _person(" ".join(reversed(parts)))


_MARKERS = ("$a", "|a", "\u2021a")
_LITERALS = ("$a", "|a", ";cn=", "cta+", "com+", "nad+", "cutype=")
INDEX.add(_LITERALS, where=False)  # whether they occur (see `scan.holds`): most texts hold none
_TAG_REACH = 16


def _marc_fields(text: str, low: str) -> list[re.Match[str]]:
    """The matches of `_MARC` on the lines where a subfield `a` stands near the start (found by `str.find`: most
    texts hold no marker, and a search of every line start would read them all)."""
    out: list[re.Match[str]] = []
    tried = -1
    for marker in _MARKERS:
        if marker.isascii() and not holds(text, low, marker):
            continue
        at = text.find(marker)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            if line != tried and at - line <= _TAG_REACH:
                tried = line
                m = _MARC.match(text, line)
                if m is not None:
                    out.append(m)
            at = text.find(marker, at + 2)
    return out


def _calendar_lines(text: str, low: str) -> list[re.Match[str]]:
    """The matches of `_CALENDAR` on the lines that hold `;CN=` (found by `str.find`)."""
    out: list[re.Match[str]] = []
    if not holds(text, low, ";CN="):
        return out
    tried = -1
    at = text.find(";CN=")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line != tried:
            tried = line
            m = _CALENDAR.match(text, line)
            if m is not None:
                out.append(m)
        at = text.find(";CN=", at + 4)
    return out


def _span(m: re.Match[str], value: str) -> Finding:
    start = m.start("value") + m.group("value").index(value)
    return Finding(DETECTOR, "person_name", start, start + len(value))


def find(text: str, low: str) -> list[Finding]:
    """Names (and EDIFACT contacts' numbers) in catalogue, calendar and EDIFACT records in `text` (`low`: it
    lower-cased)."""
    out: list[Finding] = []
    for m in _marc_fields(text, low):
        value = re.split(r",?[ \t]*(?:\d{3,4}-|\(|$)", m.group("value").rstrip(" .,;"))[0].rstrip(" .,")
        if value and _inverted(value):
            out.append(_span(m, value))
    for m in _calendar_lines(text, low):
        if _NOT_PEOPLE.search(m.group("params")) or _NOT_PEOPLE.search(m.group("rest")):
            continue
        value = m.group("value").strip()
        if _inverted(value):
            out.append(_span(m, value))
    if holds(text, low, "CTA+"):
        out += [_span(m, m.group("value").strip()) for m in _CTA.finditer(text) if _person(m.group("value"))]
    if holds(text, low, "COM+"):
        for m in _COM.finditer(text):
            value = m.group("value").strip()
            if 7 <= sum(c.isdigit() for c in value) <= 15:
                out.append(Finding(DETECTOR, "phone_number", m.start("value"), m.start("value") + len(value)))
    if holds(text, low, "NAD+"):
        for m in _NAD.finditer(text):
            lines = [p.strip() for p in m.group("value").split(":") if p.strip()]
            if len(lines) >= 2 and all(_person(p, True) for p in lines):
                out.append(_span(m, m.group("value").strip()))
                out += _party_refs(text, text.find("'", m.end()) + 1)
        for m in _NAD_ONE.finditer(text):
            value = m.group("value").strip()
            if 2 <= len(value.split()) <= 4 and _person(value) and not _TRADE.intersection(value.lower().split()):
                out.append(_span(m, value))
                out += _party_refs(text, text.find("'", m.end()) + 1)
    return out


def rooms(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """`found` without the mailboxes of calendar attendees that are rooms or resources (`ATTENDEE;CUTYPE=ROOM;...`)."""
    if not holds(text, low, "CUTYPE="):
        return found
    kept = []
    for f in found:
        if f.kind == "email":
            line = text.rfind("\n", 0, f.start) + 1
            head = text[line : f.start]
            if head.startswith(("ATTENDEE", "ORGANIZER")) and _NOT_PEOPLE.search(head) is not None:
                continue
        kept.append(f)
    return kept

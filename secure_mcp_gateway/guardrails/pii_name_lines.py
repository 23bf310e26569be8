"""Names that open a record's line or field without a label: a credit report's subject in capitals, surname first
(`GUTIERREZ MORALES, LUIS  SSN ...`) and a passenger list's `SURNAME/GIVENMR`."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_people import _name_ok
from .scan import INDEX, holds_any, occurrences

DETECTOR = "pii"

_SUBJECT_KEYS = ("ssn", "dob", "aka", "addr", "born", "yob", "soc sec")
INDEX.add(_SUBJECT_KEYS, where=False)
_SUBJECT_WORDS = ("SSN", "DOB", "D.O.B", "AKA", "A.K.A", "ADDR", "BORN", "YOB", "SOC SEC", "SOCIAL SEC")
INDEX.add(w.lower() for w in _SUBJECT_WORDS)  # where each starts (see `_places`)
_SUBJECT = lazy.compile(
    r"^[ \t]*\d{0,3}[ \t.)]{0,3}(?P<name>[A-Z]{2,}(?:[-'][A-Z]{2,})?(?: [A-Z]{2,}(?:[-'][A-Z]{2,})?){0,2}, "
    r"[A-Z]{2,}(?:[-'][A-Z]{2,})?(?: [A-Z]{2,}){0,2}(?: [A-Z]\.?)?)(?: {2,}|\t)[ \t]*\Z",
    re.M,
)
"""A report's line opening on a subject's name in capitals, surname first, then the gap before its next field
(read up to a key of `_SUBJECT_WORDS`)."""
_SUBJECT_VALUE = lazy.compile(r"(?:AKA|A\.K\.A\.?)[ \t:]*[A-Z]{2}|[A-Z. ]{3,10}[ \t:#]*[\dX*]")
"""The key's value: a number, a date or a masked number (`SSN XXX-XX-0192`, `DOB 1977`), or another name (`AKA ...`):
a report's line, not a heading's words before a key's name (`TODO, FIXME  ADDR parser`)."""
_LINE_REACH = 120

_TITLED_SLASH = lazy.compile(
    r"/(?P<given>[A-Z]{2,}?(?:MRS|MR|MS|MSTR|MISS|DR)|[A-Z]{2,}(?: [A-Z]{2,})? (?:MRS|MR|MS|MSTR|MISS|DR))(?![A-Za-z])"
)
"""A given name after the slash of `SURNAME/GIVEN`, its title joined or after a space (`/CLAIREMS`, `/JAN MR`), as
passenger-name lists, baggage messages and tickets print them."""
_SLASH_SURNAME = lazy.compile(r"(?:(?<=\d)|(?<![\w\\.:-])(?<![a-z0-9_.~-]/))[A-Z]{2,}(?:[-'][A-Z]{2,})?\Z")
"""The surname before the slash: after a count (`1MBEKI/...`) or a message's element (`.P/...`), not a path's
segment (`/usr/SHARE/...`)."""


def find(text: str, low: str) -> list[Finding]:
    """Names opening a line of a credit report or a passenger list."""
    out: list[Finding] = []
    if ", " in text and holds_any(low, _SUBJECT_KEYS):
        out += _subjects(text, low)
    if "/" in text:
        out += _slashed(text)
    return out


def _places(text: str, low: str, word: str) -> list[int]:
    """Where `word` (in capitals) stands in `text`, in order, each place past the end of the one before: from the
    shared index's places of its lower-cased form when the index read `low` (`text` lower-cased), else by a scan."""
    if INDEX.answered(low) is None:
        out = []
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + len(word))
        return out
    kept = []
    after = 0
    for at in occurrences(low, word.lower()):
        if at >= after and text.startswith(word, at):
            kept.append(at)
            after = at + len(word)
    return kept


def _subjects(text: str, low: str) -> list[Finding]:
    out = []
    seen = set()
    for word in _SUBJECT_WORDS:
        for at in _places(text, low, word):
            line = text.rfind("\n", max(0, at - _LINE_REACH), at) + 1
            if line not in seen and (line or at < _LINE_REACH):
                m = _SUBJECT.match(text, line, at)
                m = m if m is not None and _SUBJECT_VALUE.match(text, at) is not None else None
                if m is not None and _name_ok(m.group("name").title().replace(",", ""), False):
                    seen.add(line)
                    out.append(Finding(DETECTOR, "person_name", m.start("name"), m.end("name")))
    return out


def _slashed(text: str) -> list[Finding]:
    out = []
    for m in _TITLED_SLASH.finditer(text):
        surname = _SLASH_SURNAME.search(text, max(0, m.start() - 30), m.start())
        if surname is not None:
            out.append(Finding(DETECTOR, "person_name", surname.start(), m.end()))
    return out

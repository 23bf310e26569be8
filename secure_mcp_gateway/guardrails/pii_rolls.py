"""Names in contact cards (vCard's `FN:` and `N:`, a QR code's `MECARD:N:Surname,Given;`) and in fixed-width rolls
(columns aligned by spaces under a header that names a name's column, or rows of capitals before a birth date)."""

from __future__ import annotations

from collections.abc import Iterator

from . import lazy, pii_people
from .findings import Finding
from .scan import INDEX, LONG, holds, kept_holds, matches_at
from .screen import SCREEN

DETECTOR = "pii"

_CARD_NAME = lazy.compile(r"(?m)^(?:item\d+\.)?(?P<tag>FN|N)(?:;[^:\r\n]*)?:(?P<value>[^\r\n]{2,120}?)\r?$")
"""A vCard's formatted name (`FN:Moana Faleolo`) or structured name (`N:Faleolo;Moana;;;`)."""
_MECARD_NAME = lazy.compile(r"MECARD:(?:[A-Z-]+:[^;]*;)*?N:(?P<value>[^;\r\n]{2,80});")
"""A MECARD's name (`MECARD:N:Tuilagi,Sefo;TEL:...;;`): surname and given name, or the whole name."""
_ORG_WORDS = frozenset(
    """
    gmbh ag sa ltd ltda llc inc sarl sas srl spa bv nv oy ab as plc pty co corp company limited clinic dental surgery
    hospital pharmacy restaurant cafe café hotel bakery shop store salon studio services plumbing garage school
    church bank office agency foundation association club team support sales reception desk department council
    """.split()
)
"""Words of a card's name that make it a business's or a desk's card, not a person's."""


_NOT_PERSON_CARD = lazy.compile(
    r"(?im)^(?:KIND:(?:org|group|location|resource)|X-ABShowAs:COMPANY|N:;*\r?$|"
    r"ORG:(?P<org>[^;\r\n]+)[;\r\n](?:[^\0]*?)^FN:(?P=org)\r?$|"
    r"FN:(?P<fn>[^\r\n]+)\r?\n(?:[^\0]*?)^ORG:(?P=fn)[;\r\n]|X-(?:EXAMPLE|TEST|SAMPLE))"
)
"""What marks a vCard as an organisation's, a group's, a place's or an example's: its kind, Apple's company flag,
an empty structured name, or a formatted name that is its organisation's."""


def _card_start(text: str, at: int) -> int:
    begin = text.rfind("BEGIN:VCARD", 0, at)
    return begin if begin >= 0 else 0


def _card_end(text: str, at: int) -> int:
    end = text.find("END:VCARD", at)
    return end + 9 if end >= 0 else len(text)


def _person(value: str) -> bool:
    words = value.replace(",", " ").split()
    return 2 <= len(words) <= 5 and not any(w.lower().strip(".") in _ORG_WORDS for w in words)


def _parts(value: str, sep: str) -> list[tuple[int, int]]:
    """The spans (in `value`) of the non-empty parts of a structured name split at `sep`."""
    out, at = [], 0
    for part in value.split(sep):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append((at + lead, at + len(part.rstrip())))
        at += len(part) + 1
    return out


INDEX.add(["begin:vcard", "mecard:"], where=False)  # whether they occur (see `scan.holds`)


def cards(text: str, low: str) -> list[Finding]:
    """The names on vCards (between `BEGIN:VCARD` and `END:VCARD`) and MECARDs that are people's."""
    out: list[Finding] = []
    if holds(text, low, "BEGIN:VCARD"):
        for m in _CARD_NAME.finditer(text):
            value, lo = m.group("value"), m.start("value")
            if _NOT_PERSON_CARD.search(text, _card_start(text, m.start()), _card_end(text, m.end())) is not None:
                continue  # a company's, a group's or a room's card
            if m.group("tag") == "FN":
                name = value.strip()
                if _person(name) and pii_people.name_ok(name):
                    at = lo + value.index(name)
                    out.append(Finding(DETECTOR, "person_name", at, at + len(name)))
                continue
            parts = _parts(value, ";")[:3]
            words = " ".join(value[a:b] for a, b in parts)
            if len(parts) >= 2 and _person(words) and pii_people.name_ok(words):
                out.append(Finding(DETECTOR, "person_name", lo + parts[0][0], lo + parts[-1][1]))
    if holds(text, low, "MECARD:"):
        for m in _MECARD_NAME.finditer(text):
            value, lo = m.group("value"), m.start("value")
            words = value.replace(",", " ").strip()
            if _person(words) and pii_people.name_ok(" ".join(w.title() for w in words.split())):
                lead = len(value) - len(value.lstrip())
                out.append(Finding(DETECTOR, "person_name", lo + lead, lo + len(value.rstrip())))
    return out


_CAPS = r"[A-Z][A-Z'’-]+"
_ROW = (
    rf"[ \t]*(?:\d{{1,6}}[ \t]*)?(?P<name>{_CAPS}(?:,? {_CAPS}){{1,3}})(?=  |\t)"
    r"(?=[^\n]*?(?<!\d)(?:(?:19\d\d|20[01]\d)-?[01]\d-?[0-3]\d|[0-3]\d[./-][01]\d[./-](?:19\d\d|20[01]\d))(?!\d))"
)
_ROLL_ROW = lazy.compile("\n" + _ROW)
_FIRST_ROW = lazy.compile(_ROW)
"""A row of a fixed-width roll: a sequence number maybe, a name in capitals (`FIFITA, TEVITA`, `TEVITA FIFITA`),
the gap to the next column, and a date of the last century or this one's first two decades further on the line (a
birth date: rolls of people carry one); searched in the text after a line break (a literal the regex engine finds
fast), and at its start."""
_ROLL_SCREEN = lazy.compile(
    rf"(?:^|\n)[ \t]*(?:\d{{1,6}}[ \t]*)?{_CAPS}(?:,? {_CAPS}){{1,3}}(?:  |\t)[^\n]*"
    r"(?:(?:19\d\d|20[01]\d)-?[01]\d-?[0-3]\d|[0-3]\d[./-][01]\d[./-](?:19\d\d|20[01]\d))"
)
"""What every row `_ROLL_ROW` finds holds, without look-arounds: the shared screen tells when a long text holds none
(so that ordinary long text is not read line by line for rows)."""
SCREEN.add([_ROLL_SCREEN], True)
_DATE_NEXT = lazy.compile(r"[ \t]{2,}(?:19\d\d|20[01]\d)-?[01]\d-?[0-3]\d(?!\d)")
"""A birth date as the cell right after the name (`TEVITA FIFITA     19850211`)."""
_SEX_CELL = lazy.compile(r"(?:  |\t)[MFmf](?:  |\t)")
"""A sex column's cell (`M`, `F`) between a roll's columns."""
_HEADER_NAME = lazy.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:[A-Z_]+  +)*?(?P<col>(?:FULL[ _])?NAME|SURNAME|NOM|NOMBRE)(?:  |\t)(?P<rest>[^\n]*)"
)
"""A fixed-width header whose name's column starts at `col` (`NAME      DOB       CITY`), matched from the start of
the line where `_HEADER_HIT` finds the column's word."""
_HEADER_HIT = lazy.compile(r"(?:(?:FULL[ _])?NAME|SURNAME|NOM|NOMBRE)(?:  |\t)")
"""The header's name column and the gap after it."""
_PERSON_COLUMN = lazy.compile(
    r"(?<![A-Z])(?:DOB|BIRTH\w*|BORN|SEX|GENDER|PHONE|MOBILE|TEL|E-?MAIL|ADDRESS|AGE|SSN|PASSPORT|GIVEN|FIRST[ _]?NAME|"
    r"PATIENT|EMPLOYEE|MEMBER|STUDENT|PUPIL|NATIONAL[ _]ID|ID[ _]NO)(?![A-Z])"
)
"""A column of a person's record beside the name's (so that a roll's names are people's, not products')."""
_CELL_NAME = lazy.compile(r"(?P<name>[A-Z][A-Za-z'’-]+(?:,? [A-Z][A-Za-z'’-]+){1,3})(?=  |\t|$)", 0)
_ROWS = 200


def _header_hits(text: str) -> Iterator[int]:
    """Where a header's name column may start: `NAME`, `SURNAME`, `NOM` or `NOMBRE` before two spaces or a tab."""
    seen = set()
    for word in ("NAME", "NOM"):
        at = text.find(word)
        while at >= 0:
            gap = text[at + len(word) : at + len(word) + 2]
            if gap != "  " and gap[:1] != "\t" and text[at + 3 : at + 6] != "BRE":
                at = text.find(word, at + len(word))
                continue  # no column's gap after the word
            for back in (5, 3, 0):  # `FULL NAME`, `SURNAME`, `NAME`
                hit = _HEADER_HIT.match(text, at - back) if at >= back else None
                if hit is not None and hit.start() not in seen:
                    seen.add(hit.start())
                    yield hit.start()
                    break
            at = text.find(word, at + len(word))


_YEAR_LINE_EVERY = 200
"""`_year_lines` gives up where such lines come more often than once per this many characters (a log's time stamps):
a try per line from Python then costs more than the regex engine's own search."""


def _year_lines(text: str) -> list[int] | None:
    """The line breaks before the lines that hold `19` or `20`, in order: every row `_ROLL_ROW` finds (from the line
    break before it, up to its line's end) holds a date of one of those centuries (its own search tries every
    line). None where they are many (see `_YEAR_LINE_EVERY`)."""
    breaks = set()
    most = len(text) // _YEAR_LINE_EVERY
    for digits in ("19", "20"):
        at = text.find(digits)
        while at >= 0:
            line = text.rfind("\n", 0, at)
            if line >= 0:
                breaks.add(line)
                if len(breaks) > most:
                    return None
            end = text.find("\n", at)
            at = text.find(digits, end) if end >= 0 else -1
    return sorted(breaks)


def rolls(text: str, low: str = "") -> list[Finding]:
    """Names in the rows of fixed-width rolls: two rows or more of capitals before a date (see `_ROLL_ROW`), and the
    cells under a header's name column (up to `_ROWS` rows)."""
    out: list[Finding] = []
    if kept_holds(text, low, "NAME") or kept_holds(text, low, "NOM"):
        out += _columns(text)
    if len(text) >= LONG and low and not SCREEN.may(low, _ROLL_SCREEN):
        return out
    rows = []
    first = _FIRST_ROW.match(text)
    if first is not None:
        rows.append(first)
    lines = _year_lines(text)
    for m in _ROLL_ROW.finditer(text) if lines is None else matches_at(_ROLL_ROW, text, lines):
        rows.append(m)
        if len(rows) >= _ROWS:
            break
    if len(rows) >= 2:
        for m in rows:
            name = m.group("name")
            titled = " ".join(w.title() for w in name.replace(",", " ").split())
            line_end = text.find("\n", m.end())
            sexed = _SEX_CELL.search(text, m.end("name"), line_end if line_end >= 0 else len(text)) is not None
            dated = _DATE_NEXT.match(text, m.end("name")) is not None
            if (", " in name or sexed or dated or pii_people.name_ok(titled, True)) and pii_people.name_ok(titled):
                out.append(Finding(DETECTOR, "person_name", m.start("name"), m.end("name")))
    return out


def _columns(text: str) -> list[Finding]:
    """The cells under a fixed-width header's name column (up to `_ROWS` rows) beside a person's column."""
    out: list[Finding] = []
    for hit in _header_hits(text):
        h = _HEADER_NAME.match(text, text.rfind("\n", 0, hit) + 1)
        if h is None or h.start("col") != hit:
            continue
        if h.group("col") == "NAME" and _PERSON_COLUMN.search(h.group()) is None:
            continue  # `NAME  SKU  QTY`: a product's name
        col = h.start("col") - h.start()
        at = text.find("\n", h.end())
        for _ in range(_ROWS):
            if at < 0:
                break
            end = text.find("\n", at + 1)
            line = text[at + 1 : end if end >= 0 else len(text)].rstrip("\r")
            if not line.strip():
                break
            m = _CELL_NAME.match(line, col)
            if m is not None and pii_people.name_ok(" ".join(w.title() for w in m.group("name").split())):
                out.append(Finding(DETECTOR, "person_name", at + 1 + m.start("name"), at + 1 + m.end("name")))
            at = end
    return out

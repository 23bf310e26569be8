"""Names in contact cards (vCard's `FN:` and `N:`, a QR code's `MECARD:N:Surname,Given;`) and in fixed-width rolls
(columns aligned by spaces under a header that names a name's column, or rows of capitals before a birth date)."""

from __future__ import annotations

from . import lazy, pii_people
from .findings import Finding

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
    r"(?im)^(?:KIND:(?:org|group|location|resource)|X-ABShowAs:COMPANY|ORG:(?P<org>[^;\r\n]+)[;\r\n](?:[^\0]*?)^FN:(?P=org)\r?$|"
    r"FN:(?P<fn>[^\r\n]+)\r?\n(?:[^\0]*?)^ORG:(?P=fn)[;\r\n]|X-(?:EXAMPLE|TEST|SAMPLE))"
)
"""What marks a vCard as an organisation's, a group's, a place's or an example's: its kind, Apple's company flag, or a
formatted name that is its organisation's."""


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


def cards(text: str) -> list[Finding]:
    """The names on vCards (between `BEGIN:VCARD` and `END:VCARD`) and MECARDs that are people's."""
    out: list[Finding] = []
    if "BEGIN:VCARD" in text:
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
    if "MECARD:" in text:
        for m in _MECARD_NAME.finditer(text):
            value, lo = m.group("value"), m.start("value")
            words = value.replace(",", " ").strip()
            if _person(words) and pii_people.name_ok(" ".join(w.title() for w in words.split())):
                lead = len(value) - len(value.lstrip())
                out.append(Finding(DETECTOR, "person_name", lo + lead, lo + len(value.rstrip())))
    return out


_CAPS = r"[A-Z][A-Z'’-]+"
_ROLL_ROW = lazy.compile(
    rf"\n[ \t]*(?:\d{{1,6}}[ \t]*)?(?P<name>{_CAPS}(?:,? {_CAPS}){{1,3}})(?=  |\t)"
    r"(?=[^\n]*?(?<!\d)(?:(?:19\d\d|20[01]\d)-?[01]\d-?[0-3]\d|[0-3]\d[./-][01]\d[./-](?:19\d\d|20[01]\d))(?!\d))"
)
"""A row of a fixed-width roll: a sequence number maybe, a name in capitals (`FIFITA, TEVITA`, `TEVITA FIFITA`),
the gap to the next column, and a date of the last century or this one's first two decades further on the line (a
birth date: rolls of people carry one); searched in the text after a line break (a literal the regex engine finds
fast)."""
_DATE_NEXT = lazy.compile(r"[ \t]{2,}(?:19\d\d|20[01]\d)-?[01]\d-?[0-3]\d(?!\d)")
"""A birth date as the cell right after the name (`TEVITA FIFITA     19850211`)."""
_SEX_CELL = lazy.compile(r"(?:  |\t)[MFmf](?:  |\t)")
"""A sex column's cell (`M`, `F`) between a roll's columns."""
_HEADER_NAME = lazy.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:[A-Z_]+  +)*?(?P<col>(?:FULL[ _])?NAME|SURNAME|NOM|NOMBRE)(?:  |\t)(?P<rest>[^\n]*)"
)
"""A fixed-width header whose name's column starts at `col` (`NAME      DOB       CITY`)."""
_PERSON_COLUMN = lazy.compile(
    r"(?<![A-Z])(?:DOB|BIRTH\w*|BORN|SEX|GENDER|PHONE|MOBILE|TEL|E-?MAIL|ADDRESS|AGE|SSN|PASSPORT|GIVEN|FIRST|"
    r"PATIENT|EMPLOYEE|MEMBER|STUDENT|PUPIL|NATIONAL[ _]ID|ID[ _]NO)(?![A-Z])"
)
"""A column of a person's record beside the name's (so that a roll's names are people's, not products')."""
_CELL_NAME = lazy.compile(r"(?P<name>[A-Z][A-Za-z'’-]+(?:,? [A-Z][A-Za-z'’-]+){1,3})(?=  |\t|$)", 0)
_ROWS = 200


def rolls(text: str) -> list[Finding]:
    """Names in the rows of fixed-width rolls: two rows or more of capitals before a date (see `_ROLL_ROW`), and the
    cells under a header's name column (up to `_ROWS` rows)."""
    out: list[Finding] = []
    lined = "\n" + text
    rows = []
    for m in _ROLL_ROW.finditer(lined):
        rows.append(m)
        if len(rows) >= _ROWS:
            break
    if len(rows) >= 2:
        for m in rows:
            name = m.group("name")
            titled = " ".join(w.title() for w in name.replace(",", " ").split())
            line_end = lined.find("\n", m.end())
            sexed = _SEX_CELL.search(lined, m.end("name"), line_end if line_end >= 0 else len(lined)) is not None
            dated = _DATE_NEXT.match(lined, m.end("name")) is not None
            if (", " in name or sexed or dated or pii_people.name_ok(titled, True)) and pii_people.name_ok(titled):
                out.append(Finding(DETECTOR, "person_name", m.start("name") - 1, m.end("name") - 1))
    if "NAME" not in text and "NOM" not in text:
        return out
    for h in _HEADER_NAME.finditer(text):
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

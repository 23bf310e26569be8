"""A person's name standing alone beside an identifier of no named kind, at the start of a line or a cell: lists,
registers and rosters that give only a name and an id (`Olusegun Adeyemi (KX492017)`, `Ms Chloe Martin ID: 0087451`,
`88301275 - Priya Nair`); the name must read as a person's (a title, a known given name or a surname's form)."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .line_starts import cell_matches
from .pii_id_columns import _AFTER_NAME, _REFERENCE, _plain_ok, _taken
from .pii_people import _PARTICLE, _TITLE, _WORD, _name_ok
from .pii_staff_ids import staff_ok

DETECTOR = "pii"
MAX = 65536
CUE = lazy.compile(r"\d{4}")
"""Four digits in a row: a text without them holds no id of this reader's."""
_PERSON = rf"(?:{_TITLE} )?(?:{_PARTICLE} )*{_WORD}(?: (?:{_PARTICLE} )*{_WORD}){{1,3}}(?![\w@'’.-])"
_LEAD = r"(?m)(?:^|(?<=[|\t;]))[ \t]*(?:[-*•·][ \t]+|\d{1,3}[.)][ \t]+|[A-Z][a-z]+(?: [A-Za-z][a-z]+)?:[ \t]+)?"
"""The start of a line or a cell, maybe after a bullet, a list number or a short label (`Attendee: `)."""
_NAME_FIRST = lazy.compile(rf"{_LEAD}(?P<name>{_PERSON})")
_CODE_FIRST = lazy.compile(
    rf"{_LEAD}(?P<code>(?:[A-Z]{{1,4}}-?)?\d{{4,10}}[A-Z]?)[ \t]*(?:[-–—|:,/]|\t)[ \t]*(?P<name>{_PERSON})"
    r"[ \t]*(?=$|[\r\n|\t;,])"
)
"""An id first, then the name filling the rest of the cell (`88301275 - Priya Nair`)."""


def _person(value: str) -> bool:
    """Whether the words read as a person's name with nothing else to tell: a title, or a known given name or a
    surname's form (see `pii_people._name_ok`)."""
    return _name_ok(value, value.split(" ", 1)[0].rstrip(".") not in _TITLES)


_TITLES = frozenset(w.strip("\\.?") for w in _TITLE[3:-4].split("|"))


def rows(text: str, found: list[Finding], lines: list[int]) -> list[Finding]:
    """The names and the ids of the rows set out above, where neither was found already (`lines`: see
    `lines_with_ids`)."""
    spans = sorted((f.start, f.end) for f in found)
    starts = [s for s, _ in spans]
    out: list[Finding] = []
    doubtful: list[tuple[re.Match[str], re.Match[str]]] = []
    for m in cell_matches(_NAME_FIRST, text, lines):  # (no match, nor an id after a name, holds a newline)
        after = _AFTER_NAME.match(text, m.end("name"), min(len(text), m.end("name") + 40))
        if after is not None and not _keep(text, m, after, spans, starts, out, True):
            doubtful.append((m, after))
    for m in cell_matches(_CODE_FIRST, text, lines):
        _keep(text, m, m, spans, starts, out, True)
    if out and doubtful:  # a list's rows: a name of no known given name beside a row that reads as a person's
        kept = {text.rfind("\n", 0, f.start) + 1 for f in out}
        while doubtful:  # row by row, down and up the list
            left = []
            for m, after in doubtful:
                row = text.rfind("\n", 0, m.start("name")) + 1
                above = text.rfind("\n", 0, max(0, row - 1)) + 1 if row else -1
                below = text.find("\n", row) + 1
                if (above in kept or (below and below in kept)) and _keep(text, m, after, spans, starts, out, False):
                    kept.add(row)  # (its id was read already: only its name was in doubt)
                    continue
                left.append((m, after))
            if len(left) == len(doubtful):
                break
            doubtful = left
    return out


def lines_with_ids(text: str, shape: bytes | bytearray) -> list[int]:
    """The starts of the lines of `text` that hold four digits in a row (`CUE`), in order: the lines that can hold a
    row's id (`shape`: the text's `pii.text_shape`, where an ASCII digit reads `0` and a character outside Latin-1
    `?`; a text with neither `?` nor `0000` in it holds no `CUE`, found at memory speed)."""
    out: list[int] = []
    rfind, find = text.rfind, text.find
    if b"?" in shape:  # (maybe a digit of another script)
        for m in CUE.finditer(text):
            line = rfind("\n", 0, m.start()) + 1
            if not out or out[-1] != line:
                out.append(line)
        return out
    at = shape.find(b"0000")
    while at >= 0:
        out.append(rfind("\n", 0, at) + 1)
        end = find("\n", at)
        if end < 0:
            break
        at = shape.find(b"0000", end)
    return out


def _keep(
    text: str,
    m: re.Match[str],
    code: re.Match[str],
    spans: list[tuple[int, int]],
    starts: list[int],
    out: list[Finding],
    strict: bool,
) -> bool:
    """Add the name and the id of a row matched so, unless either was found already or is no id (`strict`: the name
    must read as a person's by itself, else capitalised words of no heading do); False where the name alone failed."""
    a, b = m.span("name")
    c, d = code.span("code")
    value = text[c:d]
    if not staff_ok(value) or _taken(spans, starts, min(a, c), max(b, d)):
        return True
    if code is not m and not _plain_ok(text, code, value):
        return True
    if code is m and value.isdigit() and len(value) < 5:
        return True
    if _REFERENCE.search(text, max(0, c - 16), c) is not None:
        return True
    if not (_person(text[a:b]) if strict else _name_ok(text[a:b], False)):
        return False
    out.append(Finding(DETECTOR, "person_name", a, b))
    out.append(Finding(DETECTOR, "id_card_number", c, d))
    return True

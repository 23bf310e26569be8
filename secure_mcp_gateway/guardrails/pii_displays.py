"""Tables that data tools print in displays of their own, read as rows under their header so that the column readers
find their values: box-drawn tables (polars, DuckDB, rich), listings in a frame of `|` (Stata's `list`), columns
listed by their name over their values (Arrow's `name: [["...","..."]]`, R's `str()`, a dict of lists) and NumPy's
structured arrays (tuples under their `dtype`); and sequencing read groups' samples named after a person."""

from __future__ import annotations

import bisect
import re

from . import lazy, pii_record_views
from .findings import Finding
from .pii_people import _NAME, PLACE_COLUMNS, THING_COLUMNS, name_ok
from .pii_sheets import Cell, Table
from .scan import INDEX, holds_any, occurrences

DETECTOR = "pii"
_ROWS = 500
_MAX_VALUE = 200

# --- box-drawn tables -------------------------------------------------------------------------------------------

_BARS = "│┃║┆┊╎"
"""The vertical lines between and around a box-drawn table's cells."""
_BOX_WORDS = ("│", "┃", "║")
_BOX_LINE = lazy.compile(f"[ \\t]*[{_BARS}](?P<cells>[^\\n]*)[{_BARS}][ \\t]*\\r?$", re.M)
"""A line of a box-drawn table's cells, between its outer lines."""
_BOX_CELL = lazy.compile(f"[^{_BARS}]+")
_BOX_RULE = lazy.compile(r"[ \t]*[─━═┄┈╌\-=+┼╪╫╬├┤╞╡╟╢┝┥┌┐└┘┬┴╭╮╰╯╔╗╚╝╤╧╒╕╘╛┏┓┗┛┳┻┣┫╋:│┃║┆┊╎ ]+\r?$")
"""A rule between a box-drawn table's header and its rows (`╞═══╪═══╡`, `├───┼───┤`), or its top and bottom."""


def _cells(text: str, m: re.Match[str]) -> list[Cell]:
    out = []
    for c in _BOX_CELL.finditer(text, *m.span("cells")):
        lo, hi = c.span()
        while lo < hi and text[lo] in " \t":
            lo += 1
        while hi > lo and text[hi - 1] in " \t\r":
            hi -= 1
        out.append((lo, hi))
    return out


def _box_tables(text: str) -> list[Table]:
    """Box-drawn tables: the first line of cells is the header; the lines of cells before the rule under it (types,
    `---`) are passed over; the rows are the lines of as many cells after it."""
    tables: list[Table] = []
    at = 0
    while len(tables) < 8:
        first = _BOX_LINE.search(text, at)
        if first is None:
            break
        header = [text[lo:hi] for lo, hi in _cells(text, first)]
        at = first.end() + 1
        rows: list[list[Cell]] = []
        ruled = False
        while at < len(text) and len(rows) < _ROWS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = _BOX_LINE.match(text, at, end)
            if line is not None and not text[at:end].strip(_BARS + " \t-\r"):
                pass  # polars' `│ --- ┆ --- │` under the header
            elif line is not None and any(ch not in _BARS + " \t─━═┄┈╌-=+┼╪╫╬:\r" for ch in text[at:end]):
                cells = _cells(text, line)
                if len(cells) == len(header):
                    rows.append(cells)
                elif ruled:
                    break
            elif _BOX_RULE.fullmatch(text, at, end) is not None:
                if not ruled:
                    rows = []  # what stood under the header before its rule: types and `---`, not rows
                    ruled = True
                elif rows:
                    break
            else:
                break
            at = end + 1
        if len(header) > 1 and rows:
            tables.append((header, rows))
    return tables


# --- listings in a frame of `|` and `+---+` (Stata's `list`) --------------------------------------------------------

_FRAMED_WORDS = ("+----", "|----")
_FRAMED_LINE = lazy.compile(r"[ \t]*(?:\d{1,6}\.[ \t]+)?\|(?P<cells>[^|\n]{3,400})\|[ \t]*\r?$", re.M)
"""A line of a listing inside its frame, maybe led by its row's number (`  1. | ... |`)."""
_FRAMED_CELL = lazy.compile(r"\S+(?: \S+)*")
_FRAMED_RULE = lazy.compile(r"[ \t]*[|+]-{3,}[|+][ \t]*\r?$", re.M)


INDEX.add(["|---", "+---"])  # where each starts: `occurrences` takes a long text's places from the shared index


def _rule_places(text: str) -> list[int]:
    """Where a frame's `|---` or `+---` starts in `text`, in order (every match of `_FRAMED_RULE` holds one after
    its spaces)."""
    return sorted({*occurrences(text, "|---"), *occurrences(text, "+---")})


def _next_rule(text: str, pos: int, places: list[int]) -> re.Match[str] | None:
    """`_FRAMED_RULE.search(text, pos)`, tried only where a frame's `|---` or `+---` starts (`places`, see
    `_rule_places`), from the spaces before it (its own search, led by spaces, tries every character)."""
    for at in places[bisect.bisect_left(places, pos) :]:
        start = at
        while start > pos and text[start - 1] in " \t":
            start -= 1
        m = _FRAMED_RULE.match(text, start)
        if m is not None:
            return m
    return None


def _framed_tables(text: str) -> list[Table]:
    """Listings in a frame: the first framed line under its top is the header, whose cells stand two spaces or more
    apart like the rows' (a row of as many cells, read in order)."""
    tables: list[Table] = []
    at = 0
    places = _rule_places(text)
    while len(tables) < 8:
        top = _next_rule(text, at, places)
        if top is None:
            break
        at = top.end() + 1
        head = _FRAMED_LINE.match(text, at)
        if head is None:
            continue
        header = [c.group() for c in _FRAMED_CELL.finditer(text, *head.span("cells"))]
        rows: list[list[Cell]] = []
        at = head.end() + 1
        while at < len(text) and len(rows) < _ROWS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = _FRAMED_LINE.match(text, at, end)
            if line is not None:
                cells = [c.span() for c in _FRAMED_CELL.finditer(text, *line.span("cells"))]
                if len(cells) == len(header):
                    rows.append(cells)
            elif _FRAMED_RULE.fullmatch(text, at, end) is None:
                break
            at = end + 1
        if len(header) > 1 and rows:
            tables.append((header, rows))
    return tables


# --- columns listed by their name ---------------------------------------------------------------------------------

_LISTED_WORDS = (": [[", ': ["', ": ['", ':["', ":['", "\n $ ", "\n$ ")
_QUOTED = r"\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'"
_ARROW = r"^[ \t]*(?P<key>[A-Za-z_][\w.]{0,40}): \[\[(?P<values>(?:" + _QUOTED + r"|[,\[\] ])*)\]\][ \t]*\r?$"
_DICT = (
    r"[\"'](?P<dkey>[A-Za-z_][\w .-]{0,40})[\"'][ \t]*:[ \t]*\[[ \t]*(?P<dvalues>(?:" + _QUOTED + r")"
    r"(?:[ \t]*,[ \t]*(?:" + _QUOTED + r")){0,200})[ \t]*,?[ \t]*\]"
)
_R_STR = (
    r"^[ \t]*\$ (?P<rkey>[A-Za-z_][\w.]{0,40})[ \t]*: ?(?:chr|Factor w/ \d+ levels?[^\"\n]*?)[ \t]+"
    r"(?P<rvalues>(?:" + _QUOTED + r")(?:[ \t]+(?:" + _QUOTED + r")){0,200})"
)
_GLIMPSE = (
    r"^\$ (?P<gkey>[A-Za-z_][\w.]{0,40})[ \t]+<[\w\[\], ]{1,20}>[ \t]+"
    r"(?P<gvalues>(?:"
    + _QUOTED
    + r"|[^\s,\"'][^,\n\"']{0,60})(?:, (?:"
    + _QUOTED
    + r"|[^\s,\"'][^,\n\"']{0,60})){0,200})"
)
# A column named by its key over its values: Arrow's `name: [["...","..."]]`, a dict of lists `{"name": ["...",
# ...]}`, R's `str()` line ` $ name : chr  "..." "..."`, `glimpse()`'s `$ name <chr> "...", "..."`. None of them
# holds a line break; a dict's list opens with a quote, every other one at a line's start (after spaces, a letter or
# `$`, never a quote): the two kinds never start at the same place, so each is searched for where it can start (the
# quotes, skipped to by the engine; the line breaks) and their matches taken in order, without overlapping, as one
# search of the four would find them (it tried every place of the text).
_DICT_LISTS = lazy.compile(_DICT)
_LINE_LISTS = f"(?:{_ARROW}|{_R_STR}|{_GLIMPSE})"
_FIRST_LISTED = lazy.compile(_LINE_LISTS, re.M)
_NEXT_LISTED = lazy.compile("\n" + _LINE_LISTS, re.M)
"""The listings at a line's start: the first line by `match`, the others after their line break."""
_VALUE = lazy.compile(_QUOTED)
_GLIMPSED = lazy.compile(_QUOTED + r"|[^\s,\"'][^,\n\"']{0,60}")
_GROUPS = ("values", "rvalues", "gvalues")


_DICT_COLON = lazy.compile(r":[ \t]*\[[ \t]*[\"']")
"""The colon of a dict's list (`"name": ["`): every match of `_DICT_LISTS` holds one, right after its key's closing
quote and spaces, and a search led by the colon skips to it (the list's own search tries every quote)."""


def _dict_list(text: str, pos: int) -> re.Match[str] | None:
    """`_DICT_LISTS.search(text, pos)`, tried only where a list's colon (see `_DICT_COLON`) ends a key: the key holds
    no quote, so a match starts at the last quote before the one that closes the key, and each colon has one such
    place at most (later colons, later places)."""
    for colon in _DICT_COLON.finditer(text, pos):
        close = colon.start() - 1
        while close >= 0 and text[close] in " \t":
            close -= 1
        if close < 0 or text[close] not in "\"'":
            continue
        lo = max(0, close - 42)  # (a key is 41 characters at most)
        start = max(text.rfind('"', lo, close), text.rfind("'", lo, close))
        if start >= pos:
            m = _DICT_LISTS.match(text, start)
            if m is not None:
                return m
    return None


def _line_starts(text: str) -> list[int]:
    """The line breaks that may open a line `_NEXT_LISTED` matches (in order): the line holds an Arrow list's `: [[`
    or opens (after spaces) with `$ `."""
    breaks = set()
    for word in (": [[", "$ "):
        at = text.find(word)
        while at >= 0:
            line = text.rfind("\n", 0, at)
            if line >= 0 and (word == ": [[" or not text[line + 1 : at].strip(" \t")):
                breaks.add(line)
            at = text.find(word, at + 1)
    return sorted(breaks)


def _next_line(text: str, pos: int, breaks: list[int]) -> re.Match[str] | None:
    """`_NEXT_LISTED.search(text, pos)`, tried only at the line breaks `_line_starts` gives (`breaks`)."""
    for at in breaks[bisect.bisect_left(breaks, pos) :]:
        m = _NEXT_LISTED.match(text, at)
        if m is not None:
            return m
    return None


def _listed(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """Each column listed in `text`, in order, as (its values' group, its key, its values' span)."""
    out: list[tuple[str, str, tuple[int, int]]] = []
    breaks = _line_starts(text)
    line = _FIRST_LISTED.match(text)
    at_line = 0 if line is not None else -1
    if line is None:
        line = _next_line(text, 0, breaks)
        at_line = -1 if line is None else line.start() + 1
    quoted = _dict_list(text, 0)
    while line is not None or quoted is not None:
        if line is not None and (quoted is None or at_line < quoted.start()):
            group = next(g for g in _GROUPS if line.group(g) is not None)
            out.append((group, line.group(group[:-6] + "key"), line.span(group)))
            end = line.end()
        else:
            assert quoted is not None
            out.append(("dvalues", quoted.group("dkey"), quoted.span("dvalues")))
            end = quoted.end()
        if line is not None and at_line < end:
            line = _next_line(text, end - 1, breaks)  # (a line break before `end - 1` starts a line before `end`)
            at_line = -1 if line is None else line.start() + 1
        if quoted is not None and quoted.start() < end:
            quoted = _dict_list(text, end)
    return out


def _listed_tables(text: str) -> list[Table]:
    """The columns listed in `text`, side by side as one table (a row per position in the lists)."""
    columns: list[tuple[str, list[Cell]]] = []
    for group, key, span in _listed(text):
        found = (_GLIMPSED if group == "gvalues" else _VALUE).finditer(text, *span)
        values = [(v.start() + 1, v.end() - 1) if v.group()[0] in "\"'" else v.span() for v in found]
        if values:
            columns.append((key, values[:_ROWS]))
    if len(columns) < 2:
        return []
    size = max(len(v) for _, v in columns)
    rows = [[v[i] if i < len(v) else (v[-1][1], v[-1][1]) for _, v in columns] for i in range(size)]
    return [([k for k, _ in columns], rows)]


# --- NumPy's structured arrays ------------------------------------------------------------------------------------

_DTYPE = lazy.compile(r"dtype=\[(?P<fields>(?:\s*\('[^'\n]{1,40}', ?'[^'\n]{1,20}'(?:, ?\([\d, ]*\))?\),?){1,40})\s*\]")
_FIELD = lazy.compile(r"\('(?P<name>[^'\n]{1,40})',")
_ARRAY = lazy.compile(r"(?:rec\.)?array\(\[")
_TUPLE = lazy.compile(r"\((?P<cells>(?:" + _QUOTED + r"|[^()'\"\n])*)\)")
_TUPLE_CELL = lazy.compile(r"\s*(?:'(?P<q1>[^'\n]{0,200})'|\"(?P<q2>[^\"\n]{0,200})\"|(?P<bare>[^,'\"]*?))\s*(?:,|\Z)")


def _numpy_tables(text: str) -> list[Table]:
    """Structured arrays: the names of their `dtype`'s fields over the tuples of the array before it."""
    tables: list[Table] = []
    for d in _DTYPE.finditer(text):
        header = [f.group("name") for f in _FIELD.finditer(text, *d.span("fields"))]
        start = text.rfind("array([", 0, d.start())
        if start < 0 or len(header) < 2:
            continue
        rows = []
        for t in _TUPLE.finditer(text, start + 7, d.start()):
            lo, hi = t.span("cells")
            cells = []
            for c in _TUPLE_CELL.finditer(text[:hi], lo):
                name = next(g for g in ("q1", "q2", "bare") if c.group(g) is not None)
                cells.append(c.span(name))
                if c.end() >= hi:
                    break
            if len(cells) == len(header):
                rows.append(cells)
            if len(rows) >= _ROWS:
                break
        if rows:
            tables.append((header, rows))
    return tables


_WORDS = (*_LISTED_WORDS, *_FRAMED_WORDS, "dtype=[")
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds`)
_PERSON_HEADER = lazy.compile(
    r"nam|nom|nev|ime|birth|dob|born|ssn|phone|tel|mobile|mail|passport|national|insur|nhs|mrn|patient|holder|"
    r"surname|given|family|contact|owner|member|person|client|customer|employee|guest|tenant|pupil|student|sex|"
    r"gender|nationality|(?<![a-z])age(?![a-z])"
)
"""What a header cell of a person's column holds: a table without one is not read again."""
_PLAIN_NAMES = frozenset({"name", "names", "nom", "nombre", "nome", "naam", "navn", "namn", "nimi", "nama"})
"""A column's plain name: read beside no column of a thing's (a price, a population, a version)."""


def _personal(table: Table) -> bool:
    heads = [h.strip().lower() for h in table[0]]
    if any(h not in _PLAIN_NAMES and _PERSON_HEADER.search(h) is not None for h in heads):
        return True
    things = any(THING_COLUMNS.search(h) is not None or PLACE_COLUMNS.search(h) is not None for h in heads)
    return not things and any(h in _PLAIN_NAMES for h in heads)


# --- tables aligned by spaces -------------------------------------------------------------------------------------

_HEAD_LINES = 3
"""Lines of a text read for the header of a table aligned by spaces (its first, or under a title)."""


def _aligned_tables(text: str) -> list[Table]:
    """A table aligned by spaces at the top of a text (a rating list, a results sheet, `column -t`): its header one of
    the first lines, its cells two spaces apart or more, its rows the lines under it."""
    head = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", head)
        if end < 0:
            return []
        head_end = end - 1 if text[end - 1 : end] == "\r" else end
        if "  " in text[head:head_end]:
            rows = pii_record_views.aligned_rows(text, head, head_end)
            if rows:
                return [(pii_record_views.header_cells(text, head, head_end), [cells for _, cells in rows])]
        head = end + 1
    return []


def tables(text: str, low: str) -> list[Table]:
    """The tables printed in the displays above in `text` (`low`: it lower-cased)."""
    boxed = not low.isascii() and any(bar in low for bar in _BOX_WORDS)
    found: list[Table] = _aligned_tables(text)
    if not boxed and not holds_any(low, _WORDS):
        return [t for t in found if _personal(t)]
    if boxed:
        found += _box_tables(text)
    if holds_any(low, _LISTED_WORDS):
        found += _listed_tables(text)
    if holds_any(low, _FRAMED_WORDS) and "|" in text:
        found += _framed_tables(text)
    if holds_any(low, ("dtype=[",)):
        found += _numpy_tables(text)
    return [t for t in found if _personal(t)]


# --- sequencing read groups ---------------------------------------------------------------------------------------

_READ_GROUP_WORDS = ("@rg\t", "@rg ")
INDEX.add(_READ_GROUP_WORDS, where=False)
_READ_GROUP = lazy.compile(r"^@RG[ \t][^\n]*?(?<=[ \t])SM:(?P<value>[^\t\n ]{3,80})", re.M)
"""A sequencing read group's sample (`@RG\tID:...\tSM:...`): a person's name where the sample is named after one."""


def read_groups(text: str, low: str) -> list[Finding]:
    """Names of people as read groups' samples, their words joined by `_` (`SM:Ngozi_Adeyemi`), two to four
    capitalised words that read as a person's name."""
    if not holds_any(low, _READ_GROUP_WORDS):
        return []
    out = []
    for m in _READ_GROUP.finditer(text):
        value = m.group("value").replace("_", " ")
        if _NAME.fullmatch(value) is not None and name_ok(value, plain=True):  # (`Liver_Biopsy` is none)
            out.append(Finding(DETECTOR, "person_name", *m.span("value")))
    return out

"""Tables written in other syntaxes, read as tab-separated rows under their header so that the column readers find
their values: spreadsheets' XML (SpreadsheetML, OpenDocument, HTML tables), SQL dumps (`INSERT INTO t (cols)
VALUES ...`, `COPY t (cols) FROM stdin`, positional inserts under their `CREATE TABLE`), key-value listings
(`redis-cli`'s `1) "name"` / `2) "..."`) and JSON arrays of rows under a header row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lazy
from .findings import Finding
from .line_starts import line_matches
from .scan import INDEX, holds_any

Cell = tuple[int, int]
"""A value's span in the text."""
Table = tuple[list[str], list[list[Cell]]]
"""A header's names and the rows' cells under them."""

_ROWS = 500
_MAX_VALUE = 200

# --- spreadsheets' XML and HTML tables --------------------------------------------------------------------------

_XML_ROW = lazy.compile(r"<(?P<tag>(?:table:table-)?row|Row|tr)\b[^<>]{0,200}>(?P<cells>.*?)</(?P=tag)>", re.S | re.I)
_XML_CELL = lazy.compile(
    r"<(?P<tag>(?:table:table-)?cell|Cell|t[dh]|c)\b[^<>]{0,300}?(?:/>|>(?P<inner>.*?)</(?P=tag)>)", re.S | re.I
)
_XML_VALUE = lazy.compile(r"(?:<[^<>]{1,200}>)*(?P<value>[^<>]*)")


def _xml_tables(text: str) -> list[Table]:
    header: list[str] | None = None
    rows: list[list[Cell]] = []
    for row in _XML_ROW.finditer(text):
        cells = []
        for cell in _XML_CELL.finditer(text, row.start("cells"), row.end("cells")):
            if cell.group("inner") is None:
                cells.append((cell.start(), cell.start()))
                continue
            value = _XML_VALUE.match(text, cell.start("inner"), cell.end("inner"))
            lo, hi = value.span("value")
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            cells.append((lo, hi))
        if not cells:
            continue
        if header is None:
            header = [text[lo:hi] for lo, hi in cells]
            if not any(h and not any(c.isdigit() for c in h) for h in header):
                header = None
            continue
        rows.append(cells)
        if len(rows) >= _ROWS:
            break
    return [(header, rows)] if header and rows else []


# --- SQL dumps --------------------------------------------------------------------------------------------------

_CREATE = lazy.compile(r"create table (?:if not exists )?[`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(?P<table>\w+)[`\"\]]?\s*\(")
_COLUMN_DEF = lazy.compile(r"(?m)^\s*[`\"\[]?(?P<name>\w+)[`\"\]]?\s+(?!(?i:key|index|constraint)\b)[a-zA-Z]")
_INSERT = lazy.compile(
    r"insert (?:ignore )?into [`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(?P<table>\w+)[`\"\]]?\s*"
    r"(?:\((?P<columns>[^()]{1,2000})\)\s*)?values\s*"
)
_COPY = lazy.compile(r"copy [\w.\"]*?(?P<table>\w+)\"? \((?P<columns>[^()]{1,2000})\) from stdin;\r?\n")
_SQL_VALUE = lazy.compile(r"\s*(?:'(?P<quoted>(?:[^'\\]|''|\\.){0,200})'|(?P<bare>[^,()'\s]{1,60}))\s*(?P<end>[,)])")


def _names(columns: str) -> list[str]:
    return [c.strip().strip('`"[] ') for c in columns.split(",")]


def _sql_rows(text: str, at: int) -> Iterator[tuple[list[Cell], int]]:
    """The tuples of a `VALUES` list from `at`: each row's cells, and where the row ends."""
    while len(text) > at and text[at] == "(":
        cells: list[Cell] = []
        at += 1
        while True:
            m = _SQL_VALUE.match(text, at)
            if m is None:
                return
            group = "quoted" if m.group("quoted") is not None else "bare"
            cells.append(m.span(group))
            at = m.end()
            if m.group("end") == ")":
                break
        yield cells, at
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1


def _created(text: str, low: str) -> dict[str, list[str]]:
    """The columns of each table a `CREATE TABLE` in `text` defines, by the table's name (lower-cased)."""
    created: dict[str, list[str]] = {}
    if "create table" not in low:
        return created
    for m in _CREATE.finditer(low):
        end = text.find(";", m.end())
        body = text[m.end() : end if end >= 0 else len(text)]
        created[m.group("table")] = [c.group("name") for c in _COLUMN_DEF.finditer(body)]
    return created


def _sql_tables(text: str, low: str) -> list[Table]:
    created: dict[str, list[str]] | None = None
    tables: list[Table] = []
    for m in _INSERT.finditer(low):
        columns = m.group("columns")
        if columns is not None:
            header = _names(text[m.start("columns") : m.end("columns")])
        else:
            created = _created(text, low) if created is None else created
            header = created.get(m.group("table"), [])
        if not header:
            continue
        rows = [cells for cells, _ in _sql_rows(text, m.end()) if len(cells) == len(header)][:_ROWS]
        if rows:
            tables.append((header, rows))
    for m in _COPY.finditer(low) if "from stdin" in low else ():
        header, rows, at = _names(text[m.start("columns") : m.end("columns")]), [], m.end()
        while at < len(text) and len(rows) < _ROWS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end].rstrip("\r")
            if line == "\\." or not line:
                break
            cells, lo = [], at
            for value in line.split("\t"):
                cells.append((lo, lo + len(value)))
                lo += len(value) + 1
            if len(cells) == len(header):
                rows.append(cells)
            at = end + 1
        if rows:
            tables.append((header, rows))
    return tables


# --- key-value listings and JSON rows ----------------------------------------------------------------------------

_REDIS_LINE = lazy.compile(r'(?m)^[ \t]*(?P<n>\d{1,4})\) "(?P<value>[^"\r\n]{0,200})"[ \t]*\r?$')
_JSON_ROWS = lazy.compile(r'\[\s*\[\s*(?P<header>"[^"\n]{1,40}"(?:\s*,\s*"[^"\n]{1,40}"){1,40})\s*\]\s*,')
_JSON_ROW = lazy.compile(
    r'\s*\[\s*(?P<cells>(?:"[^"\n]{0,200}"|[\w.+-]{1,40})(?:\s*,\s*(?:"[^"\n]{0,200}"|[\w.+-]{1,40}))*)\s*\]\s*,?'
)
_JSON_CELL = lazy.compile(r'"(?P<quoted>[^"\n]{0,200})"|(?P<bare>[\w.+-]{1,40})')


def _redis_tables(text: str) -> list[Table]:
    lines = line_matches(text, ') "', _REDIS_LINE.match)  # (read where a line holds `) "`)
    header: list[str] = []
    row: list[Cell] = []
    for key, value in zip(lines[::2], lines[1::2], strict=False):
        if int(key.group("n")) % 2 != 1 or int(value.group("n")) != int(key.group("n")) + 1:
            return []
        header.append(key.group("value"))
        row.append(value.span("value"))
    return [(header, [row])] if header else []


def _json_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    for m in _JSON_ROWS.finditer(text):
        header = [c.group("quoted") or "" for c in _JSON_CELL.finditer(m.group("header"))]
        rows, at = [], m.end()
        while len(rows) < _ROWS:
            row = _JSON_ROW.match(text, at)
            if row is None:
                break
            cells = [
                c.span("quoted" if c.group("quoted") is not None else "bare")
                for c in _JSON_CELL.finditer(text, *row.span("cells"))
            ]
            if len(cells) == len(header):
                rows.append(cells)
            at = row.end()
        if rows:
            tables.append((header, rows))
    return tables


# --- the view ----------------------------------------------------------------------------------------------------

_SEPARATOR_CHARS = frozenset("\t\r\n")


_WORDS = ("<row", "<tr", "table-row", "insert into", "insert ignore", "copy ", ') "', "[[", "[\n")
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds`)


def tables(text: str, low: str) -> list[Table]:
    """The tables written in the syntaxes above in `text` (`low`: it lower-cased)."""
    found: list[Table] = []
    if not holds_any(low, _WORDS):
        return found
    if holds_any(low, ("<row", "<tr", "table-row")):
        found += _xml_tables(text)
    if holds_any(low, ("insert into", "insert ignore")) or (holds_any(low, ("copy ",)) and "from stdin" in low):
        found += _sql_tables(text, low)
    if holds_any(low, (') "',)):
        found += _redis_tables(text)
    if holds_any(low, ("[[",)) or (text[:1] in "{[" and holds_any(low, ("[\n",))):
        found += _json_tables(text)  # (arrays of rows pretty-printed only in a JSON document: not in source code)
    return found


def view(text: str, table: Table) -> tuple[str, list[tuple[int, int, int]]]:
    """A table as tab-separated lines (its header, then its rows), and where each value of the view came from: its
    start in the view, its start in `text` and its length."""
    header, rows = table
    parts = ["\t".join(h.replace("\t", " ").replace("\n", " ") for h in header), "\n"]
    at = len(parts[0]) + 1
    spans = []
    for cells in rows:
        for i, (lo, hi) in enumerate(cells):
            value = text[lo:hi] if hi - lo <= _MAX_VALUE and _SEPARATOR_CHARS.isdisjoint(text[lo:hi]) else ""
            if i:
                parts.append("\t")
                at += 1
            parts.append(value)
            spans.append((at, lo, len(value)))
            at += len(value)
        parts.append("\n")
        at += 1
    return "".join(parts), spans


def mapped(found: list[Finding], spans: list[tuple[int, int, int]]) -> list[Finding]:
    """The findings of a view that lie inside one of its values, placed where that value stands in the text."""
    out = []
    for f in found:
        for at, lo, size in spans:
            if at <= f.start and f.end <= at + size:
                out.append(Finding(f.detector, f.kind, lo + f.start - at, lo + f.end - at, f.score))
                break
    return out

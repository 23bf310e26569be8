"""Records whose keys the label readers cannot read as written, rewritten for them: amateur-radio logs' fields
(`<NAME:10>...`), SIEM events' labelled custom fields (`cs1Label=... cs1=...`), PHP's `var_dump`, microformats'
and structured markup's classes and properties as `key: value` lines, and data frames printed with their columns
aligned by spaces (pandas, R, tibbles) as tab-separated tables."""

from __future__ import annotations

from . import lazy
from .pii_sheets import Table
from .scan import INDEX, holds_any

View = tuple[str, list[tuple[int, int, int]]]
"""A view's text and where its values came from: each value's start in the view, its start in the text, its size."""

_MAX_VALUE = 200
_PAIRS = 400
"""The longest value read, and the most pairs read in one text."""

_ADIF_WORDS = ("<eor>", "<eoh>", "<call:", "<qso_date:")
_ADIF = lazy.compile(r"<(?P<key>[A-Za-z_][\w]{0,40}):(?P<size>\d{1,4})(?::[A-Za-z])?>")
"""An amateur-radio log's field (ADIF): its name and the size of the value that follows."""

_SIEM_WORDS = ("cef:", "leef:")
_SIEM_PAIR = lazy.compile(
    r"(?<![\w.])(?P<key>[A-Za-z][\w.]{0,40})=(?P<value>(?:[^=\\\n^|\t]|\\.){0,200}?)"
    r"(?=[ \t]+[A-Za-z][\w.]{0,40}=|[\^|\t\r\n]|\Z)"
)
"""A SIEM event's extension field (`suser=...`, `cs1Label=...`), its value running to the next key."""

_DUMP_WORDS = ("]=>",)
_DUMP = lazy.compile(r'\["(?P<key>[^"\n]{1,60})"\]=>\s{0,12}string\(\d{1,4}\) "(?P<value>[^"\n]{1,200})"')
"""A PHP `var_dump` item: `["key"]=>` over `string(12) "..."`."""

_MARKUP_WORDS = ('class="p-', 'class="u-', 'class="dt-', "class='p-", "itemprop=", 'property="', "property='")
_MARKUP = lazy.compile(
    r"\b(?:class|itemprop|property)=[\"'](?P<key>[^\"'<>]{1,80})[\"'][^<>]{0,200}>"
    r"[ \t]*(?P<value>[^<>\n]{1,200}?)[ \t]*<"
)
"""An element whose class or property names its text (`<span class="p-tel">...</span>`, `itemprop="taxID"`)."""
_MARKUP_CLASS = lazy.compile(r"(?:^|\s)(?:p|u|dt|e)-([\w-]{1,40})")

_FRAME_WORDS = ("\n0 ", "\n1 ", "\n   1 ", "\n  1  ")
"""What a data frame's first row starts with (see `_FRAME_START`)."""
INDEX.add(sorted({*_ADIF_WORDS, *_SIEM_WORDS, *_DUMP_WORDS, *_MARKUP_WORDS, *_FRAME_WORDS}), where=False)
_KEY_LINE_WORDS = (*_ADIF_WORDS, *_SIEM_WORDS, *_DUMP_WORDS, *_MARKUP_WORDS)
"""Every word `key_lines` reads a record by: a text holding none of them has none of its records."""


def _add(pairs: list[tuple[str, int, int]], key: str, lo: int, hi: int, text: str) -> None:
    """Adds a pair, its value trimmed of spaces and quotes."""
    while lo < hi and text[lo] in " \t\"'":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\r\"'":
        hi -= 1
    if 0 < hi - lo <= _MAX_VALUE and len(pairs) < _PAIRS:
        pairs.append((key, lo, hi))


def _siem(text: str, pairs: list[tuple[str, int, int]]) -> None:
    """The extension fields of CEF and LEEF lines, custom fields under their labels (`cs1Label=taxId cs1=...`)."""
    for head in ("CEF:", "LEEF:"):
        at = text.find(head)
        while at >= 0 and len(pairs) < _PAIRS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            fields = [(m.group("key"), m.start("value"), m.end("value")) for m in _SIEM_PAIR.finditer(text, at, end)]
            labels = {k[: -len("Label")]: text[lo:hi] for k, lo, hi in fields if k.endswith("Label")}
            for key, lo, hi in fields:
                if not key.endswith("Label"):
                    _add(pairs, labels.get(key, key), lo, hi, text)
            at = text.find(head, end)


def key_lines(text: str, low: str) -> View | None:
    """The fields of the records above as `key: value` lines, or None when `text` holds none."""
    if not holds_any(low, _KEY_LINE_WORDS):  # (one test of the shared pass's answer for the four below)
        return None
    pairs: list[tuple[str, int, int]] = []
    if holds_any(low, _ADIF_WORDS):
        for m in _ADIF.finditer(text):
            _add(pairs, m.group("key"), m.end(), min(len(text), m.end() + int(m.group("size"))), text)
    if holds_any(low, _SIEM_WORDS):
        _siem(text, pairs)
    if holds_any(low, _DUMP_WORDS) and "string(" in text:
        for m in _DUMP.finditer(text):
            _add(pairs, m.group("key"), *m.span("value"), text)
    if holds_any(low, _MARKUP_WORDS):
        for m in _MARKUP.finditer(text):
            key = m.group("key")
            marked = _MARKUP_CLASS.search(key)
            _add(pairs, marked.group(1) if marked is not None else key, *m.span("value"), text)
    if not pairs:
        return None
    parts: list[str] = []
    spans = []
    at = 0
    for key, lo, hi in pairs:
        head = key.replace("-", "_") + ": "
        parts += (head, text[lo:hi], "\n")
        spans.append((at + len(head), lo, hi - lo))
        at += len(head) + hi - lo + 1
    return "".join(parts), spans


_ROW = lazy.compile(r"[ \t]*\d{1,6}(?:[ \t]+|[ \t]*│[ \t]*)(?=\S)")
"""A data frame's row: its index, then its cells."""
_TYPES = lazy.compile(r"[ \t│]*(?:<[a-z]{3,5}>[ \t]*|(?:String|Int64|Float64|Date|Bool|Any|Missing)\??[ \t]*){1,40}\r?")
"""A data frame's line of its columns' types (`<chr>  <dbl>`, Julia's `String  Int64`)."""
_FRAME_START = lazy.compile(r"\n(?:[01] |   1 │|  1  )")
"""A data frame's first row: led by its index, 0 (pandas) or 1 (R, tibbles, Julia, a statistics package's listing
under its `Obs` column, right-aligned)."""
_HEAD_CELL = lazy.compile(r"[^\s│]+(?: [^\s│]+)*")
_FRAME_ROWS = 200
_FRAMES = 8


def _frame_rows(text: str, start: int) -> list[tuple[int, int]]:
    """The lines of a data frame's rows from `start` on (each led by its index), as spans."""
    rows = []
    at = start
    while at < len(text) and len(rows) < _FRAME_ROWS:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _ROW.match(text, at, end) is None:
            break
        rows.append((at, end))
        at = end + 1
    return rows


def _split(text: str, row: tuple[int, int], bounds: list[int]) -> list[tuple[int, int]]:
    """A row's cells between the columns' bounds (relative to the line), trimmed."""
    lo, hi = row
    bounds = [bounds[0], *_snapped(text[lo:hi], bounds[1:-1]), bounds[-1]]
    cells = []
    for i in range(len(bounds) - 1):
        a, b = lo + bounds[i], min(hi, lo + bounds[i + 1])
        while a < b and text[a] in " \t│":
            a += 1
        while b > a and text[b - 1] in " \t\r│":
            b -= 1
        cells.append((a, b))
    return cells


_GAP_END = lazy.compile(r"(?<=  )\S")
_SNAP = 12
"""Where a cell starts after a gap of two spaces or more, and how far a column's bound is moved to one."""


def _snapped(line: str, bounds: list[int]) -> list[int]:
    """The columns' bounds for one line, each that cuts a word moved to the nearest start of a cell after a gap of
    two spaces or more (a header narrower than its column's values, not aligned to them)."""
    gaps = [m.start() for m in _GAP_END.finditer(line)]
    out = []
    for b in bounds:
        if _fits(line, b) or not gaps:
            out.append(b)
            continue
        near = min(gaps, key=lambda g: abs(g - b))
        out.append(near if abs(near - b) <= _SNAP else b)
    return out


def _fits(line: str, at: int) -> bool:
    """Whether a column's bound falls between cells of a line (a space or its end there, or the line's start)."""
    return at <= 0 or at >= len(line) or line[at - 1] in " │" or line[at] in " │"


def frames(text: str, low: str) -> list[Table]:
    """Data frames printed with their columns aligned by spaces under a header, their rows led by an index."""
    if not holds_any(low, _FRAME_WORDS):
        return []
    out: list[Table] = []
    at = 0
    while len(out) < _FRAMES:
        first = _FRAME_START.search(text, at)
        if first is None:
            break
        at = first.start()
        start = at + 1
        rows = _frame_rows(text, start)
        at = rows[-1][1] if rows else start
        head_end = start - 1
        header = None
        for _ in range(3):  # the header, maybe over a line of types or a rule
            head_start = text.rfind("\n", 0, head_end) + 1
            line = text[head_start:head_end]
            if _TYPES.fullmatch(line) or not line.strip(" -─┼│\r"):
                head_end = head_start - 1
                if head_end < 0:
                    break
                continue
            header = (head_start, line.rstrip("\r"))
            break
        if header is None or not rows:
            continue
        head_start, line = header
        cells = list(_HEAD_CELL.finditer(line))
        if not cells or any(c.group()[0].isdigit() for c in cells):
            continue
        lines = [text[a:b] for a, b in rows]
        index_end = max(_ROW.match(text, a, b).end() - a for a, b in rows)  # type: ignore[union-attr]
        cells = [c for c in cells if c.end() > index_end or c.start() >= index_end - 1]
        if not cells:
            continue
        starts = [c.start() for c in cells]
        ends = [c.end() for c in cells]
        left_bounds = [*starts, 10**6]
        right_bounds = [index_end, *ends[:-1], 10**6]
        left = sum(_fits(ln, b) for ln in lines for b in starts[1:])
        right = sum(_fits(ln, b) for ln in lines for b in ends[:-1])
        bounds = left_bounds if left >= right else right_bounds
        if left >= right:
            bounds[0] = min(bounds[0], index_end)
        out.append(([c.group() for c in cells], [_split(text, r, bounds) for r in rows]))
    return out


_WIDE_GAP = lazy.compile(r"\S+(?: \S+)*")
"""A cell of a line whose cells stand apart by two spaces or more (words of one cell by one space)."""
_RULE_LINE = lazy.compile(r"[ \t]*(?:[-=_─━]{2,}[ \t]*)+\r?|[ \t]*(?:<[a-z]{3,5}>[ \t]*)+\r?")
"""A rule under an aligned header (`-----  ------`), or a line of columns' types (`<chr>  <dbl>`)."""
_ALIGNED_ROWS = 200
_COLUMN_NAME = lazy.compile(r"[A-Za-z_#][\w .#/-]{0,40}")
"""What each cell of an aligned header holds: a column's name (no brackets, quotes or operators of code)."""


def aligned_rows(text: str, head: int, head_end: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """The rows under a header whose columns are aligned by spaces (`column -t`, `mlr --opprint`, `xsv table`): for
    each row its start and, for each header cell, the span of the row's cell that stands under it (empty when none
    does); [] when the header's cells do not stand two spaces apart."""
    cells = [m.span() for m in _WIDE_GAP.finditer(text, head, head_end)]
    if len(cells) < 2 or cells[0][0] - head > 3 or any(text[a - 1] != " " or text[a - 2] != " " for a, _ in cells[1:]):
        return []  # (a line of code indented, or words apart by one space: no header)
    if any(_COLUMN_NAME.fullmatch(text, a, b) is None for a, b in cells):
        return []
    cols = [(a - head, b - head) for a, b in cells]
    out: list[tuple[int, list[tuple[int, int]]]] = []
    at = head_end + 1
    while at < len(text) and len(out) < _ALIGNED_ROWS:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not text[at:end].strip():
            break
        if _RULE_LINE.fullmatch(text, at, end) is None:
            chunks = [(m.start() - at, m.end() - at) for m in _WIDE_GAP.finditer(text, at, end)]
            row = []
            for lo, hi in cols:
                over = [c for c in chunks if c[0] < hi and c[1] > lo]
                row.append((at + over[0][0], at + over[0][1]) if len(over) == 1 else (at, at))
            out.append((at, row))
        at = end + 1
    return out


def header_cells(text: str, head: int, head_end: int) -> list[str]:
    """The cells of an aligned header line (see `aligned_rows`)."""
    return [m.group() for m in _WIDE_GAP.finditer(text, head, head_end)]

"""A reading copy of text held in a container (JSON values, CSV cells, quoted YAML values, HTML tags), same length."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from . import lazy
from .findings import Finding

# A tool result is often a JSON document, a CSV export, a page's HTML or a file with front matter. The sentences in
# them are what a model reads; the container's marks are not: a JSON string's quotes are not a quotation ("the text
# 'ignore your instructions' ..." mentions an order; `"body": "Ignore your instructions"` gives one), a key or a tag
# is not part of the sentence next to it, and each value or element is its own clause. The copy keeps every offset
# (marks become spaces, a break between values a line break), so findings on it are findings on the text.

_KEY_VALUE = lazy.compile(r'"[^"\\\n]{1,60}"[ \t]*:[ \t]*(?=["\[{\d-]|true|false|null)')
"""A JSON key with its colon (the brace or comma before it is looked at apart)."""
_STRING = lazy.compile(r'"((?:[^"\\\n]|\\.){0,4000})"')
_STRING_RUN = lazy.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"')
"""`_STRING` without its bound, its escapes read between runs of plain characters (not one character per step of a
repeated choice): the same match wherever the string holds at most 4,000 characters (see `_string`)."""
_ESCAPE = lazy.compile(r"\\(.)")
_ESCAPED = {'"': ' "', "n": " \n", "r": " \n", "t": "  ", "\\": " \\", "/": " /"}
_YAML_VALUE = lazy.compile(r':[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*(?=\n|$)')
"""A quoted YAML value to the line's end (the key before it is looked at apart)."""
_YAML_KEY = lazy.compile(r"[ \t]*[a-z_][\w.-]{0,40}")
_CSV_CELL = lazy.compile(r',"((?:[^"\n]|""){2,})"(?=,|[ \t]*(?:\n|$))')
"""A quoted cell of a CSV row (the fields before it, two or more, the first one a single word, are looked at apart)."""
_CSV_HEAD = lazy.compile(r'[^\s",]+,(?:[^",\n]*,)+')
_TAG = lazy.compile(
    r"<(?:!--|!\[cdata\[|/?(?:p|div|span|br|li|ul|ol|td|th|tr|table|tbody|thead|h[1-6]|article|section"
    r"|header|footer|main|nav|aside|body|head|html|title|blockquote|pre|item|description|summary|figure|figcaption"
    r"|label|button|form|option|select|textarea|dd|dt|dl|meta|link|img|hr|font|center|small|em|strong|b|i|u|a"
    r"|code|sup|sub|noscript|template|details|channel|entry|content|caption|address|!doctype)\b[^<>]{0,400}>)"
)
_OPENS = ("{", "[")
_JOIN = "\n\x00\n"
"""How the gateway joins the strings of one message for the detectors."""
_FIRST_KEY = lazy.compile(r"[a-z_][\w.-]{0,40}:[ \t]")
_MARKUP = lazy.compile(r"<(?:[/!]|(?:img|input|meta|area)\s)")
"""Markup closes its elements (`</p>`), holds comments and CDATA (`<!--`, `<![CDATA[`) or elements that never close
(`<img alt="...">`, a page's `<meta>`): one cheap pass tells it."""
_INLINE = frozenset(("font", "small", "em", "strong", "b", "i", "u", "a", "code", "sup", "sub"))
_SAID = lazy.compile(
    r"\s(?:alt|title|aria-[a-z]+|placeholder|content|label|summary|data-[\w-]{1,40})=(?:\"([^\"<>]{2,400})\""
    r"|'([^'<>]{2,400})')"
)
"""A tag's attribute that a reader or a script shows as text (an image's `alt`, a `title`, an `aria-label`, a meta
tag's `content`, a `data-*` value such as a tooltip), in double or single quotes."""
_QUOTE_REF = lazy.compile(r"&(?:quot|#34|#39|apos);")
_QUOTE_MARK = {"&quot;": '"     ', "&#34;": '"    ', "&#39;": "'    ", "&apos;": "'     "}
"""Quotation marks an attribute's value writes as references, read as the marks they stand for (same length)."""


Edits = list[tuple[int, int, str]]
"""Replacements (start, end, same-length text), in any order, none overlapping."""


def reading(low: str) -> str:
    """`low` with its container marks blanked (see above); `low` itself when it has none. What a string of the text
    (see `_JOIN`) starts with tells a JSON document, a YAML file or front matter and a CSV table apart from prose and
    source code; markup is told by its closing marks."""
    edits: Edits = []
    json_doc = lines = False
    markup = _MARKUP.search(low) is not None
    if '"' in low:
        at = 0
        while at >= 0:
            head = low[at : at + 200].lstrip()
            json_doc = json_doc or head[:1] in _OPENS
            lines = lines or head.startswith("---\n") or _FIRST_KEY.match(head) is not None or _csv_head(head)
            at = low.find(_JOIN, at + 1) if "\x00" in low else -1
            at = at if at < 0 else at + len(_JOIN)
        if json_doc and not lines and not markup:
            copy = _json_read(low)  # (most JSON documents: its edits made in order, at once)
            if copy is not None:
                return copy
        if json_doc:
            _json(low, edits)
        if lines:
            _lines(low, edits)
    if markup:
        _tags(low, edits)
    if not edits:
        return low
    edits.sort()
    parts = []
    at = 0
    for lo, hi, text in edits:
        if lo < at:
            continue  # a tag inside a value already rewritten
        parts.append(low[at:lo])
        parts.append(text)
        at = hi
    parts.append(low[at:])
    return "".join(parts)


def _csv_head(head: str) -> bool:
    """Whether a string's first line is a CSV header (two commas or more, no quotes, no sentence)."""
    first = head.split("\n", 1)[0]
    return first.count(",") >= 2 and '"' not in first and ". " not in first


def _json(low: str, edits: Edits) -> None:
    """Keys blanked (a line break where each starts), their string values and the strings of their arrays unquoted
    and unescaped in place."""
    add = edits.append
    plain = _PLAIN_VALUE.match
    for m in _KEY_VALUE.finditer(low):
        lo, end = m.span()
        if not _keyed(low, lo):
            continue
        add((lo, end, "\n" + " " * (end - lo - 1)))
        first = low[end : end + 1]
        if first == '"':
            v = plain(low, end)
            if v is None:
                _values(low, edits, end)  # escapes, or no comma or closing mark after it
            else:
                hi = v.end(1)
                add((end, end + 1, " "))
                add((hi - 1, hi, "\n"))
        elif first == "[":
            _values(low, edits, end)


def _json_read(low: str) -> str | None:
    """What `reading` makes of a JSON document with `_json`'s edits only, each made as it is found (no list of them
    to sort and splice: ~0.5 us less a key); None when one would start before the last one's end (`reading` then
    sorts them, and skips the overlapping ones). A key after a brace or a comma (blanks between: `, `, a line break
    and an indentation) is told a key inline; its blanks come from a table (a JSON-lines log: ~15% fewer
    instructions)."""
    parts: list[str] = []
    add = parts.append
    plain = _PLAIN_VALUE.match
    blank = _BLANK
    at = 0
    more: Edits = []
    for m in _KEY_PLAIN.finditer(low):
        lo, end = m.span()
        mark = low[lo - 1] if lo else ""
        if mark != "{" and mark != ",":
            if not mark or mark not in _BLANKS:
                continue
            if not (lo > 1 and low[lo - 2] in "{,"):  # (", " between pairs)
                head = low[max(0, lo - _STEP) : lo].rstrip(_BLANKS)  # (",\n    " when indented)
                if not (head[-1:] in ("{", ",") if head else _keyed(low, lo)):
                    continue
        if lo < at:
            return None
        value = m.start(1)
        add(low[at:lo])
        if value >= 0:  # the key, its colon and the value's opening quote blanked; its closing quote a line break
            size = value - lo + 1
            add(blank[size] if size < _BLANKED else _blanked(size))
            add(low[value + 1 : end - 1])
            add("\n")
            at = end
            continue
        size = end - lo
        add(blank[size] if size < _BLANKED else _blanked(size))
        at = end
        first = low[end : end + 1]
        if first == '"':
            v = plain(low, end)
            if v is not None:
                at = v.end(1)
                add(" ")
                add(low[end + 1 : at - 1])
                add("\n")
                continue
        elif first != "[":
            continue
        more.clear()
        _values(low, more, end)
        for elo, ehi, text in more:
            if elo < at:
                return None
            add(low[at:elo])
            add(text)
            at = ehi
    if not parts:
        return low
    add(low[at:])
    return "".join(parts)


def _blanked(size: int) -> str:
    """A line break and blanks, `size` characters in all (what a key and the marks around it become)."""
    return "\n" + " " * (size - 1)


_BLANKED = 128
_BLANK = tuple(_blanked(size) if size else "" for size in range(_BLANKED))
"""`_blanked` of each size under `_BLANKED` (a key and its colon are rarely longer)."""


_KEY_PLAIN = lazy.compile(
    _KEY_VALUE.pattern[: _KEY_VALUE.pattern.index("(?=")]
    + r'(?:("[^"\\\n]{0,4000}")(?=[ \t\n\r]*[,}\]])(?![^"\\\n]{1,60}"[ \t]*:[ \t]*(?:["\[{\d-]|true|false|null))|'
    + _KEY_VALUE.pattern[_KEY_VALUE.pattern.index("(?=") :]
    + ")"
)
"""`_KEY_VALUE` with the plain string value after it (see `_PLAIN_VALUE`) when there is one: one match for both. The
matches are those of `_KEY_VALUE`: none starts inside a plain value (it holds no quote, and its opening quote has no
colon after it), nor at its closing quote where one could (`",": 1`: then the key alone is matched)."""


def _keyed(low: str, lo: int) -> bool:
    """Whether a key-like string at `lo` follows a brace or a comma (blanks between): a key, not a string followed
    by a colon inside some other text."""
    mark = low[lo - 1] if lo else ""
    if mark in _BLANKS:
        mark = low[lo - 2] if lo > 1 else ""  # (", " between pairs)
        if mark in _BLANKS:
            mark = _before(low, lo)
    return mark == "{" or mark == ","


_PLAIN_VALUE = lazy.compile(r'("[^"\\\n]{0,4000}")[ \t\n\r]*[,}\]]')
"""A string value with no escapes and a comma or a closing mark after it (most values of a JSON-lines log): what
`_values` does with it, told by one match."""
_BLANKS = " \t\n\r"


def _values(low: str, edits: Edits, end: int) -> None:
    """The string value after a key ending at `end`, or the strings of the array there, unquoted and unescaped."""
    at = end
    if low.startswith("[", end):  # an array of strings: each is a value
        at = _ahead(low, end + 1)
    while low.startswith('"', at):
        span = _string(low, at)
        if span is None:
            break
        lo, hi = span
        ahead = _ahead(low, hi)
        after = low[ahead : ahead + 1]
        if after not in (",", "}", "]"):
            break
        edits.append((lo, lo + 1, " "))
        _unescape(low, edits, lo + 1, hi - 1)
        edits.append((hi - 1, hi, "\n"))
        if after != "," or at == end:
            break
        at = _ahead(low, ahead + 1)


def _string(low: str, at: int) -> tuple[int, int] | None:
    """Where the JSON string that starts at `at` starts and ends (as `_STRING` matches it), or None."""
    m = _STRING_RUN.match(low, at)
    if m is None:
        return None
    if m.end() - at > _STRING_MOST:
        m = _STRING.match(low, at)  # (past 4,000 characters, the bound counts an escape as one)
        if m is None:
            return None
    return m.start(), m.end()


_STRING_MOST = 4002
"""Up to this many characters with its quotes, a string holds at most the 4,000 that `_STRING` allows."""


def _back(low: str, at: int) -> int:
    """Where the blanks (spaces, tabs, line breaks) that end just before `at` start (read `_STEP` characters at a
    time: a pretty-printed document's indentation in one look, not one character at a time)."""
    while at > 0:
        begin = max(0, at - _STEP)
        kept = len(low[begin:at].rstrip(_BLANKS))
        if kept or not begin:
            return begin + kept
        at = begin
    return at


_STEP = 64
"""How many characters `_back` and `_ahead` read at a time."""


def _before(low: str, at: int) -> str:
    """The character before the blanks ending at `at` ("" at the text's start)."""
    at = _back(low, at)
    return low[at - 1] if at else ""


def _ahead(low: str, at: int) -> int:
    """Where the blanks starting at `at` end (read as `_back` reads them)."""
    n = len(low)
    while at < n:
        piece = low[at : at + _STEP]
        skipped = len(piece) - len(piece.lstrip(_BLANKS))
        if skipped < len(piece):
            return at + skipped
        at += len(piece)
    return at


def _unescape(low: str, edits: Edits, lo: int, hi: int) -> None:
    """A JSON string's escapes in `low[lo:hi]` written in place: a line break for `\\n`, a quote for `\\"` (with the
    space on the side away from its word)."""
    if low.find("\\", lo, hi) < 0:
        return
    add = edits.append
    for e in _ESCAPE.finditer(low, lo, hi):
        at, end = e.span()
        mark = low[at + 1]
        if mark == '"' and at > lo and not low[at - 1].isspace() and not low[end : end + 1].isalnum():
            add((at, end, '" '))  # a closing quote: the space after it
        else:
            add((at, end, _ESCAPED.get(mark) or low[at:end]))


def _lines(low: str, edits: Edits) -> None:
    """Quoted YAML values (`summary: "..."`, the key blanked too: a label of no sentence) and quoted cells of CSV
    rows unquoted."""
    for m in _YAML_VALUE.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        if _YAML_KEY.fullmatch(low, line, m.start()) is None:
            continue
        lo = _ahead(low, line)
        edits.append((lo, m.start(1), "\n" + " " * (m.start(1) - lo - 1)))
        _unescape(low, edits, m.start(1), m.end(1))
        edits.append((m.end(1), m.end(1) + 1, " "))
    for m in _CSV_CELL.finditer(low):
        line = low.rfind("\n", 0, m.start()) + 1
        if _CSV_HEAD.fullmatch(low, line, m.start() + 1) is None:
            continue
        lo, hi = m.start(1) - 1, m.end(1) + 1
        edits.append((lo, lo + 1, "\n"))
        at = low.find('""', lo + 1, hi - 1)
        while at >= 0:
            edits.append((at, at + 1, " "))
            at = low.find('""', at + 2, hi - 1)
        edits.append((hi - 1, hi, " "))


def _tags(low: str, edits: Edits) -> None:
    """HTML tags and comment marks blanked: a block's tag is a line break, an inline one a space; the text a tag
    shows in an attribute (`_SAID`) is kept, on a line of its own."""
    for end in ("-->", "]]>"):
        at = low.find(end)
        while at >= 0:
            edits.append((at, at + 3, "  \n"))
            at = low.find(end, at + 3)
    for m in _TAG.finditer(low):
        lo, hi = m.start(), m.end()
        name = m.group(0)[1:].lstrip("/").split(None, 1)[0].rstrip(">").split(">")[0]
        first = " " if name in _INLINE else "\n"
        if '="' in m.group(0) or "='" in m.group(0):
            for v in _SAID.finditer(low, lo, hi):  # what the page says in an attribute is read as its own line
                at, end = v.span(v.lastindex or 1)
                edits.append((lo, at, first + " " * (at - lo - 1)))
                if "&" in low[at:end]:
                    refs = _QUOTE_REF.finditer(low, at, end)
                    edits.extend((q.start(), q.end(), _QUOTE_MARK[q.group()]) for q in refs)
                lo, first = end, "\n"
        edits.append((lo, hi, first + " " * (hi - lo - 1)))


_U_RUN = lazy.compile(r"\\u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})*")
"""A run of JSON's `\\uXXXX` escapes (`json.dumps` writes every letter outside ASCII so: "f\\u00fcr"); written to
start with the literal `\\u`, which the regex engine looks for fast (led by a repeated group, it tried every place:
~13 -> ~0.3 ms per MB of source code holding a few escapes; the same matches)."""


def splice(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]] | None:
    """`text` with each edit (start, end, what is written there instead; in order, none overlapping) made, and the
    (copy, original) positions where its pieces start; None when there is no edit."""
    parts: list[str] = []
    marks: list[tuple[int, int]] = [(0, 0)]
    at = size = 0
    for lo, hi, plain in edits:
        parts.append(text[at:lo])
        size += lo - at
        marks.append((size, lo))
        parts.append(plain)
        size += len(plain)
        marks.append((size, hi))
        at = hi
    if len(marks) == 1:
        return None
    parts.append(text[at:])
    return "".join(parts), marks


def _runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Each run of `\\uXXXX` escapes of letters outside ASCII in `text`: where it starts and ends, and its letters
    (an escaped backslash before "u", escaped ASCII or control characters and half surrogate pairs are not)."""
    for m in _U_RUN.finditer(text):
        lo = m.start()
        k = lo
        while k > 0 and text[k - 1] == "\\":
            k -= 1
        if (lo - k) % 2:
            continue  # "\\\\u00e4": an escaped backslash before the letters "u00e4"
        try:
            plain = json.loads(f'"{m.group(0)}"')
        except ValueError:
            continue
        if all("\x9f" < c < "\ud800" or c > "\udfff" for c in plain):
            yield lo, m.end(), plain


def unescaped(text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]] | None:
    """`text` with its `\\uXXXX` escapes of letters outside ASCII written as those letters, and how a span of that
    copy maps back to `text` (a span inside a rewritten run covers the whole run); None when there are none."""
    if "\\u" not in text:
        return None
    spliced = splice(text, _runs(text))
    if spliced is None:
        return None
    copy, marks = spliced

    def back(start: int, end: int) -> tuple[int, int]:
        """The span of `text` that copy span (`start`, `end`) reads."""
        return _orig_at(marks, start, False), max(_orig_at(marks, end, True), _orig_at(marks, start, False) + 1)

    return copy, back


ESCAPED_REACH = 4000
"""How far from a run of escapes its string is read at most, either way."""


def escaped_strings(text: str) -> list[tuple[int, int]]:
    """The spans of `text` to read unescaped: each string (between unescaped double quotes, at most `ESCAPED_REACH`
    characters from its runs) that holds `\\uXXXX` escapes of letters outside ASCII; overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for lo, hi, _ in _runs(text):
        if spans and lo < spans[-1][1]:
            continue  # inside the string already taken
        start, end = _quote_before(text, lo), _quote_after(text, hi)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _quote_before(text: str, at: int) -> int:
    """Just after the nearest unescaped double quote before `at` (or `ESCAPED_REACH` back)."""
    floor = max(0, at - ESCAPED_REACH)
    k = text.rfind('"', floor, at)
    while k > floor and _escaped(text, k):
        k = text.rfind('"', floor, k)
    return k + 1 if k >= floor else floor


def _quote_after(text: str, at: int) -> int:
    """The nearest unescaped double quote from `at` (or `ESCAPED_REACH` on, or the end)."""
    ceiling = min(len(text), at + ESCAPED_REACH)
    k = text.find('"', at, ceiling)
    while k != -1 and _escaped(text, k):
        k = text.find('"', k + 1, ceiling)
    return k if k != -1 else ceiling


def _escaped(text: str, at: int) -> bool:
    """Whether the character at `at` follows an odd number of backslashes."""
    k = at
    while k > 0 and text[k - 1] == "\\":
        k -= 1
    return (at - k) % 2 == 1


ESCAPED_WHOLE = 8000
"""A text up to this long with escapes is read unescaped whole; a longer one as written and string by string."""


def with_escaped(
    detect: Callable[[str], list[Finding]], text: str, as_written: Callable[[], list[Finding]]
) -> list[Finding]:
    """What `detect` finds in `text` with its `\\uXXXX` escapes of letters outside ASCII read as those letters
    (`json.dumps` writes "f\\u00fcr"), spans mapped back to whole escapes: a short text is read unescaped whole; a
    long one is read as written (`as_written`) and each string holding such escapes unescaped, a finding already
    there not repeated (a source file with a few escapes is not read again whole)."""
    if len(text) <= ESCAPED_WHOLE:
        plain = unescaped(text)
        if plain is None:
            return as_written()
        copy, back = plain
        return [Finding(f.detector, f.kind, *back(f.start, f.end), f.score) for f in detect(copy)]
    found = as_written()
    extra: list[Finding] = []
    have = {(f.kind, f.start, f.end) for f in found}
    for lo, hi in escaped_strings(text):
        plain = unescaped(text[lo:hi])
        if plain is None:
            continue
        copy, back = plain
        for f in detect(copy):
            start, end = back(f.start, f.end)
            if (f.kind, lo + start, lo + end) not in have:
                extra.append(Finding(f.detector, f.kind, lo + start, lo + end, f.score))
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found


def _orig_at(marks: list[tuple[int, int]], pos: int, end: bool) -> int:
    """The position in the original text of copy position `pos` (a position inside a rewritten run maps to the run's
    start, or to its end when `end`)."""
    i = bisect_right(marks, (pos, 1 << 62)) - 1
    copy_at, orig_at = marks[i]
    nxt = marks[i + 1] if i + 1 < len(marks) else None
    if nxt is not None and nxt[1] - orig_at != nxt[0] - copy_at:  # inside a rewritten run
        return nxt[1] if end and pos > copy_at else orig_at
    return orig_at + (pos - copy_at)

"""Values whose key stands apart from them, read as `key: value` lines so that the label readers find them: JSON
name/value items (`{"Name": "phone_number", "Value": "..."}`), XML elements named by an attribute around their value
(directory markup's `<attr name="mobile"><value>`, SAML attributes, SPARQL bindings), wide-column shells' cells
(HBase's `column=info:phone, ..., value=...`, Bigtable's `info:phone @ time` over its quoted value), command-line
listings' `ATTRIBUTES<tab>key<tab>value`, linked-data triples' predicate and literal, graph statements' properties,
time-series lines' tags with escaped spaces, key-value stores' replies (`1) "name"` over `2) "..."`), and word
processors' runs of one paragraph joined
(`<w:t>+36 30 123</w:t>...<w:t> 4567</w:t>`)."""

from __future__ import annotations

import bisect
import re

from . import lazy
from .findings import Finding
from .line_starts import line_matches
from .scan import INDEX, holds_any

View = tuple[str, list[tuple[int, int, int]]]
"""A view's text and where its pieces came from: each piece's start in the view, its start in the text, its length."""

_MAX_VALUE = 200
_PAIRS = 400

_JSON_PAIR = lazy.compile(
    r'"(?:name|key|attribute|attributename|attribute_name|field|fieldname|property)"[ \t]*:[ \t]*'
    r'"(?P<key>[^"\n]{1,60})"'
    r'[ \t\r\n]*,[ \t\r\n]*"(?:value|val|attributevalue|attribute_value|stringvalue)"[ \t]*:[ \t]*'
    r'(?:"(?P<value>[^"\n]{1,200})"|(?P<number>\d[\d.]{3,24})(?![\w.]))',
    re.I,
)
"""An item that names its value in a sibling key (M-Pesa's callback items, user pools' attributes, tags)."""
_XML_PAIR = lazy.compile(
    r"<[\w:.-]{1,40}\b[^<>]{0,200}?\b(?:name|key|attributename|field)=\"(?P<key>[^\"<>\n]{1,60})\"[^<>]{0,200}?"
    r"(?:\bvalue=\"(?P<attr>[^\"<>\n]{1,200})\"[^<>]{0,80}/?>|"
    r"(?<!/)>[ \t\r\n]*(?:<[\w:.-]{1,40}\b[^<>/]{0,200}>[ \t\r\n]*){0,3}"
    r"(?P<value>[^<>\n]{1,200})<)",
    re.I,
)
"""An element named by its `name=` (or `key=`) attribute, with its value in a `value=` attribute, its text or the
text of up to three elements it opens (`<dsml:attr name="cn"><dsml:value>...`, `<binding name="tel"><literal>...`)."""
_CELL = lazy.compile(
    r"column=(?<!\wcolumn=)[\w.-]{0,40}:(?P<key>[\w.-]{1,60}), timestamp=[\w:. -]{1,40}, value=(?P<value>[^\n]{1,200})"
)
"""An HBase shell's cell: `row column=family:qualifier, timestamp=..., value=...` (led by the word, the word's start
looked at behind it: a boundary first is tried at every character)."""
_BIGTABLE = lazy.compile(
    r"(?m)^[ \t]+[\w.-]{1,40}:(?P<key>[\w.-]{1,60})[ \t]+@ [\d/:. -]{8,40}\r?\n[ \t]+\"(?P<value>[^\"\n]{1,200})\""
)
"""A Bigtable shell's cell: `  family:qualifier   @ time` over its quoted value."""
_LISTED = lazy.compile(r"(?m)^[A-Z][A-Z_]{2,30}\t(?P<key>[^\t\n]{1,60})\t(?P<value>[^\t\r\n]{1,200})$")
"""A command-line tool's text listing of attributes: `ATTRIBUTES<tab>phone_number<tab>+7...`."""
_TRIPLE = lazy.compile(r"<[^<>\s]{0,200}[/#](?P<key>[A-Za-z_][\w-]{0,40})>[ \t]+\"(?P<value>[^\"\n]{1,200})\"")
"""An N-Triples statement's predicate and its literal (`<.../foaf/0.1/name> "..."`)."""
_TURTLE = lazy.compile(
    r"(?m)^[ \t]*(?:[^\s\"]{1,200}[ \t]+)?[a-z][\w-]{0,15}:(?P<key>[A-Za-z_][\w-]{0,40})[ \t]+"
    r"\"(?P<value>[^\"\n]{1,200})\""
)
"""A Turtle statement's prefixed predicate and its literal (`  schema:taxID "..." ;`), read where a line starts."""
_PROPERTY = lazy.compile(r"\.property\([ \t]*'(?P<key>[\w.-]{1,60})'[ \t]*,[ \t]*'(?P<value>[^'\n]{1,200})'[ \t]*\)")
"""A graph traversal's property: `.property('mobile', '...')`."""

_ESCAPED_TAG = lazy.compile(
    r"(?<=[, ])(?P<key>[\w.-]{1,60})=(?P<value>(?:[^,=\s\\\"]|\\[ ,=])*\\ (?:[^,=\s\\\"]|\\[ ,=])+)"
)
"""A time-series line's tag whose value has its spaces escaped (`patient=Ngozi\\ Adaeze`), read without the escapes."""
_SERIES_LINE = lazy.compile(r"[\w.-]{1,80}(?:,[\w.-]{1,60}=(?:[^,=\s\\]|\\[ ,=]){1,200}){1,30} ")
"""A time-series line (InfluxDB's line protocol): its measurement, then its tags, then a space before its fields."""
_LINES = 20
"""Lines with escaped spaces tried at most in one text."""

_REPLY_PAIR = lazy.compile(
    r'(?m)^(?:[\w.:-]{0,60}> )?[ \t]*\d{1,4}\) "(?P<key>[A-Za-z_][\w.:-]{0,60})"\r?\n'
    r'[ \t]*\d{1,4}\) "(?P<value>[^"\n]{1,200})"'
)
"""A key-value store's reply listing a hash's fields and values on alternate lines (`1) "name"` over
`2) "..."`, as `redis-cli` prints `HGETALL`)."""
_PAIR_FORMS = (
    ('"value"', '"val"', '"attributevalue"', '"attribute_value"', '"stringvalue"'),
    ('name="', 'key="', 'attributename="', 'field="'),
    ("column=",),
    (" @ ",),
    ("\t",),
    ("> <",),
    ("@prefix",),
    (".property(",),
    ('1) "',),
)
_PAIR_READERS = (_JSON_PAIR, _XML_PAIR, _CELL, _BIGTABLE, _LISTED, _TRIPLE, _TURTLE, _PROPERTY, _REPLY_PAIR)
_PAIR_LINES = (None, None, None, "@ ", "\t", None, '"', None, None)
"""For each reader anchored at a line's start, what the first line of each of its matches holds: it is tried at the
start of those lines alone (see `line_starts`)."""
_RUN_WORDS = ("<w:t", "<text:", "<a:t")
INDEX.add(sorted({w for words in _PAIR_FORMS for w in words if w != "\t"} | set(_RUN_WORDS)), where=False)


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of a tag's value between its escapes' backslashes."""
    out = []
    at = text.find("\\", lo, hi)
    while at >= 0:
        out.append((lo, at))
        lo = at + 1
        at = text.find("\\", lo + 1, hi)
    out.append((lo, hi))
    return out


def _pairs(text: str, low: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each key with its value's pieces (their spans), in the order of the readers."""
    out: list[tuple[str, list[tuple[int, int]]]] = []
    at = text.find("\\ ")
    lines = 0
    while at >= 0 and lines < _LINES:  # a time-series line's escaped space: that line's tags
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else hi
        if _SERIES_LINE.match(text, lo, hi) is not None:
            out += [(m.group("key"), _pieces(text, *m.span("value"))) for m in _ESCAPED_TAG.finditer(text, lo, hi)]
        lines += 1
        at = text.find("\\ ", hi)
    for words, reader, lines in zip(_PAIR_FORMS, _PAIR_READERS, _PAIR_LINES, strict=True):
        if words == ("\t",):
            if "\t" not in text or "\n" not in text:
                continue
        elif not holds_any(low, words):
            continue
        for m in reader.finditer(text) if lines is None else line_matches(text, lines, reader.match):
            key = m.group("key")
            group = next(g for g in ("value", "number", "attr") if m.groupdict().get(g) is not None)
            lo, hi = m.span(group)
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            out.append((key, [(lo, hi)]))
            if len(out) >= _PAIRS:
                return out
    return out


def pairs_view(text: str, low: str) -> View | None:
    """The pairs of `text` as `key: value` lines, or None when it holds none."""
    pairs = _pairs(text, low)
    if not pairs:
        return None
    parts: list[str] = []
    spans = []
    at = 0
    for key, pieces in pairs:
        head = key.replace("\n", " ") + ": "
        parts.append(head)
        at += len(head)
        for lo, hi in pieces:
            parts.append(text[lo:hi])
            spans.append((at, lo, hi - lo))
            at += hi - lo
        parts.append("\n")
        at += 1
    return "".join(parts), spans


_PARAGRAPH = lazy.compile(r"<(?P<tag>w:p|text:p|text:h|a:p)\b[^<>]*>(?P<body>.*?)</(?P=tag)>", re.S)
_TAG = lazy.compile(r"<[^<>]*>")
_BREAKS = lazy.compile(r"<(?:w:tab|w:br|text:tab|text:s|text:line-break|a:br)\b[^<>]*/>")


def runs_view(text: str, low: str) -> View | None:
    """The paragraphs of a word processor's or a slide's XML with their runs' texts joined, one a line, or None."""
    if not holds_any(low, _RUN_WORDS):
        return None
    parts: list[str] = []
    spans = []
    at = 0
    for para in _PARAGRAPH.finditer(text):
        lo, hi = para.span("body")
        pieces = 0
        pos = lo
        for tag in _TAG.finditer(text, lo, hi):
            if tag.start() > pos:
                spans.append((at, pos, tag.start() - pos))
                parts.append(text[pos : tag.start()])
                at += tag.start() - pos
                pieces += 1
            if _BREAKS.fullmatch(tag.group()):
                parts.append(" ")
                at += 1
            pos = tag.end()
        if hi > pos:
            spans.append((at, pos, hi - pos))
            parts.append(text[pos:hi])
            at += hi - pos
            pieces += 1
        parts.append("\n")
        at += 1
    if not spans:
        return None
    return "".join(parts), spans


def mapped(found: list[Finding], spans: list[tuple[int, int, int]]) -> list[Finding]:
    """The findings of a view placed where their first and last characters stand in the text (a finding may cover
    pieces that tags separate there); a finding that starts or ends between pieces is dropped."""
    starts = [s for s, _, _ in spans]
    out = []
    for f in found:
        i = bisect.bisect_right(starts, f.start) - 1
        j = bisect.bisect_right(starts, f.end - 1) - 1
        if i < 0 or j < 0:
            continue
        at_i, lo_i, size_i = spans[i]
        at_j, lo_j, size_j = spans[j]
        if f.start >= at_i + size_i or f.end > at_j + size_j:
            continue
        out.append(Finding(f.detector, f.kind, lo_i + f.start - at_i, lo_j + f.end - at_j, f.score))
    return out

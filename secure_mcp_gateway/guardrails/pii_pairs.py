"""Values whose key stands apart from them, read as `key: value` lines so that the label readers find them: JSON
name/value items (`{"Name": "phone_number", "Value": "..."}`), XML elements named by an attribute around their value
(directory markup's `<attr name="mobile"><value>`, SAML attributes, SPARQL bindings), wide-column shells' cells
(HBase's `column=info:phone, ..., value=...`, Bigtable's `info:phone @ time` over its quoted value), command-line
listings' `ATTRIBUTES<tab>key<tab>value`, linked-data triples' predicate and literal, graph statements' properties,
time-series lines' tags with escaped spaces, key-value stores' replies (`1) "name"` over `2) "..."`), multipart
forms' parts, PDF form fields (`/T (...) /V (...)`, `FieldName:` over `FieldValue:`), Lisp property lists
(`:full-name "..."`), form bodies' and query strings' fields with spaces encoded (`full_name=Mele+Taufa`), and word
processors' runs of one paragraph joined
(`<w:t>+36 30 123</w:t>...<w:t> 4567</w:t>`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from . import lazy
from .findings import Finding
from .line_starts import line_matches
from .scan import INDEX, holds_any, kept_holds

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
_FORM_PART = lazy.compile(
    r'Content-Disposition:[ \t]*form-data;[ \t]*name="(?P<key>[^"\r\n]{1,60})"[^\r\n]{0,200}\r?\n'
    r"(?:[\w-]{1,40}:[^\r\n]{0,200}\r?\n){0,4}\r?\n(?P<value>[^\r\n]{1,200})",
    re.I,
)
"""A multipart form's part: its field's name in `Content-Disposition: form-data; name="..."`, and its value on the
line after the part's headers and a blank line."""
_PDF_FIELD = lazy.compile(
    r"/T[ \t]*\((?P<key>[^()\r\n]{1,60})\)[ \t\r\n]*(?:/[A-Z][A-Za-z]{0,12}[ \t]+[^/\r\n]{0,40})?"
    r"/V[ \t]*\((?P<value>[^()\r\n]{1,200})\)"
)
"""A PDF form field's name and value as a dump prints its dictionary (`/T (FullName) /V (...)`)."""
_PDF_DUMP = lazy.compile(
    r"(?m)^FieldName:[ \t]*(?P<key>[^\r\n]{1,60})\r?\n(?:Field(?!Value|Name)\w{0,20}:[^\r\n]{0,200}\r?\n){0,8}"
    r"FieldValue:[ \t]*(?P<value>[^\r\n]{1,200})"
)
"""A PDF form field as a form tool's data dump lists it (`FieldName: applicant_name` ... `FieldValue: ...`)."""
_PLIST = lazy.compile(r':(?<=[({ \t\n]:)(?P<key>[a-z][\w-]{0,40})[ \t]+"(?P<value>[^"\r\n]{1,200})"')
"""A Lisp property list's or an EDN map's keyword and its string (`(:full-name "..." :email "...")`), its key read
with underscores for dashes (`full_name`)."""
_PLIST_OPEN = lazy.compile(r"[({]:[a-z]")
_NESTED = lazy.compile(
    r'"(?P<key>[A-Za-z][\w .-]{1,40})"[ \t]*:[ \t\r\n]*\{'
    r'(?:[ \t\r\n]*"[\w .-]{1,40}"[ \t]*:[ \t]*(?:"[^"\n]{0,100}"|[\w.+-]{1,30})[ \t\r\n]*,){0,8}?'
    r'[ \t\r\n]*"(?P<inner>number|no|num|nr|id|value|code)"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,60})"',
    re.I,
)
"""A document's number under a plain key inside the object its own key names (`"passport": {"country": "ESP",
"number": "..."}`), read as `passport number`."""
_NESTED_OPEN = lazy.compile(r'"[ \t]*:[ \t\r\n]*\{')
"""Where a key opens an object (`": {`): the only places a `_NESTED` match's key can close."""


def _opens_plist(text: str) -> bool:
    """Whether a property list or a map opens with a keyword somewhere in `text` (`(:name`, `{:email`)."""
    for opener in ("(:", "{:"):
        at = text.find(opener)
        while at >= 0:
            if _PLIST_OPEN.match(text, at) is not None:
                return True
            at = text.find(opener, at + 2)
    return False


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
    ("form-data",),
    ("/t (", "/t("),
    ("fieldname:",),
    ("(:", "{:"),
    ('":{', '": {'),
)
_PAIR_READERS = (
    _JSON_PAIR,
    _XML_PAIR,
    _CELL,
    _BIGTABLE,
    _LISTED,
    _TRIPLE,
    _TURTLE,
    _PROPERTY,
    _REPLY_PAIR,
    _FORM_PART,
    _PDF_FIELD,
    _PDF_DUMP,
    _PLIST,
    _NESTED,
)
_PAIR_LINES = (None, None, None, "@ ", "\t", None, '"', None, None, None, None, None, None, None)
"""For each reader anchored at a line's start, what the first line of each of its matches holds: it is tried at the
start of those lines alone (see `line_starts`)."""
_RUN_WORDS = ("<w:t", "<text:", "<a:t")
_PAIR_WORDS = tuple(sorted({w for words in _PAIR_FORMS for w in words if w != "\t"}))
"""The words of every form but the tab-separated one: a text holding none of them is read by none of those readers."""
INDEX.add(sorted({*_PAIR_WORDS, *_RUN_WORDS, "%20"}), where=False)


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


def _nested(text: str) -> Iterator[re.Match[str]]:
    """`_NESTED`'s matches as its `finditer` gives them, tried only at the key before each object's opening (a key
    holds no quote, so its opening quote is the last one before its closing one), not at every quote of the text."""
    end = 0
    for opened in _NESTED_OPEN.finditer(text):
        at = text.rfind('"', 0, opened.start())
        if at < end:
            continue  # inside the last match, or no key
        m = _NESTED.match(text, at)
        if m is not None:
            end = m.end()
            yield m


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
    worded = holds_any(low, _PAIR_WORDS)  # (one test of the shared pass's answer for every form's words)
    for words, reader, lines in zip(_PAIR_FORMS, _PAIR_READERS, _PAIR_LINES, strict=True):
        if words == ("\t",):
            if "\t" not in text or "\n" not in text:
                continue
        elif not worded or not holds_any(low, words) or (reader is _PLIST and not _opens_plist(text)):
            continue
        if reader is _NESTED:
            matches: Iterable[re.Match[str]] = _nested(text)
        else:
            matches = reader.finditer(text) if lines is None else line_matches(text, lines, reader.match)
        for m in matches:
            key = m.group("key")
            group = next(g for g in ("value", "number", "attr") if m.groupdict().get(g) is not None)
            lo, hi = m.span(group)
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if reader is _NESTED:
                key = f"{key} {m.group('inner')}"
            out.append((key.replace("-", "_") if reader is _PLIST else key, [(lo, hi)]))
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


_FORM_VALUE = lazy.compile(r"[^&\s#\"'<>=]{0,200}")
"""What a form's or a query's value may hold before a space encoded in it (`Mele+Taufa`, `Ana%20Lima`)."""
_FORM_KEY = lazy.compile(r"(?m)(?:^|(?<=[?&]))[A-Za-z_][\w.\[\]-]{0,40}\Z")
"""A field's key right before its `=`, opening a line or after `?` or `&`."""
_LOGGED_FORM_KEY = lazy.compile(r"(?<=[ \t])[A-Za-z_][\w.\[\]-]{0,40}\Z")
"""The same after a space: a web server's log line's query field (then an `&` must follow on the line)."""
_FORM_PAIR = lazy.compile(r"(?:^|(?<=[?&\s]))(?P<key>[A-Za-z_][\w.\[\]-]{0,40})=(?P<value>[^&\s#\"'<>=]{1,200})")
_SPACE_CODE = lazy.compile(r"\+|%(?:20|2[BbCc]|40)")
_DECODED = {"+": " ", "%20": " ", "%2B": "+", "%2b": "+", "%2C": ",", "%2c": ",", "%40": "@"}
"""What a form's encoded characters stand for: spaces are written between pieces, other characters as a piece of one
character placed on the code's `%`, so that a value may start with it (`%2B64...` read as `+64...`)."""
_FORM_LINES = 20
"""Lines with an encoded space read at most in one text."""


def _encoded_spaces(text: str, low: str) -> Iterator[int]:
    """Where a space is encoded between two characters of a value (`+`, `%20`), in order (`low`: `text` lower-cased,
    whose index tells whether `%20` occurs at all)."""
    plus, pct = text.find("+"), text.find("%20") if holds_any(low, ("%20",)) else -1
    while plus >= 0 or pct >= 0:
        if pct < 0 or 0 <= plus < pct:
            at, plus = plus, text.find("+", plus + 1)
        else:
            at, pct = pct, text.find("%20", pct + 3)
        if at and text[at - 1] not in " \t\r\n=&" and text[at + 1 : at + 2] not in ("", " ", "\t", "\n", "&"):
            yield at


def form_view(text: str, low: str) -> View | None:
    """The fields of form bodies and query strings whose values have spaces encoded (`+`, `%20`), as `key: value`
    lines with the spaces decoded (all the fields of each such line, so that a name is read beside its mailbox), or
    None when there are none."""
    if "=" not in text or ("+" not in text and not kept_holds(text, low, "%20")):
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    at, done, lines = 0, -1, 0
    for code in _encoded_spaces(text, low):
        if code < done:
            continue
        eq = text.rfind("=", max(0, code - 200), code)
        if eq < 0 or _FORM_VALUE.fullmatch(text, eq + 1, code) is None:
            continue  # `a + b`: no field's value runs up to it
        lo = text.rfind("\n", 0, eq) + 1
        hi = text.find("\n", code)
        hi = len(text) if hi < 0 else hi
        if _FORM_KEY.search(text, max(0, eq - 42), eq) is None and (
            text.find("&", eq, hi) < 0 or _LOGGED_FORM_KEY.search(text, max(lo, eq - 42), eq) is None
        ):
            continue  # `total=price+tax` in code: no form's fields
        done = hi
        line = text[lo:hi]
        for pair in _FORM_PAIR.finditer(line):
            head = pair.group("key") + ": "
            parts.append(head)
            at += len(head)
            piece = pair.start("value")
            for code in _SPACE_CODE.finditer(line, piece, pair.end("value")):
                if code.start() > piece:
                    spans.append((at, lo + piece, code.start() - piece))
                    parts.append(line[piece : code.start()])
                    at += code.start() - piece
                char = _DECODED[code.group()]
                if char != " ":
                    spans.append((at, lo + code.start(), 1))
                parts.append(char)
                at += 1
                piece = code.end()
            if pair.end("value") > piece:
                spans.append((at, lo + piece, pair.end("value") - piece))
                parts.append(line[piece : pair.end("value")])
                at += pair.end("value") - piece
            parts.append("\n")
            at += 1
        lines += 1
        if lines >= _FORM_LINES:
            break
    if not spans:
        return None
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

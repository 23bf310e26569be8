"""Identifiers a form or a layout splits: digits typed one per box with spaces between (`5 3 6 - 9 0 - 4 3 2 1`),
groups joined by dots (`4539.1488.0343.6467`, `DE89.3704.0044...`) and a value that wraps onto the next line after
its label (`Card number: 4539 1488` / `0343 6467`): read in a view of their lines with the value joined."""

from __future__ import annotations

from . import lazy
from .pii_pairs import View
from .scan import matches_at

_MAX = 65536
"""The longest text read (forms and records are short; a long text's split digits are a table's or a dump's)."""
_SPACED = lazy.compile(r"(?<![\w.,/:-])[0-9A-Z](?:(?: | - | -|- )[0-9A-Z]){6,17}(?![\w.,/:-])")
"""Single characters one per box, a space (or a dash among spaces) between them: seven to eighteen of them."""
_DOTTED = lazy.compile(r"(?<![\w.])(?:[A-Z]{2}\d\d|\d{4})(?:\.[0-9A-Z]{4}){2,6}(?:\.[0-9A-Z]{1,4})?(?![\w.])")
"""Groups of four joined by dots (a card's, an IBAN's)."""
_WRAPPED = lazy.compile(
    r"(?<=[:#][ \t])[ \t]*\+?(?:[0-9A-Z]{2,6}(?:[ -][0-9A-Z]{2,6}){0,5}|[0-9A-Z]{7,30})(?P<dash>-)?[ \t]*(\r?\n)[ \t]*"
    r"(?=[0-9A-Z]{1,6}(?:[ -][0-9A-Z]{1,6}){0,4}[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:\r?\n|\Z))"
)
"""A labelled value whose groups go on on the next line, which holds nothing else but a note in brackets (its line
break: group 2; a dash before it joins the groups, `536-` / `22-8841`)."""
_LABELLED = lazy.compile(r"[:#][ \t][ \t]*\+?[0-9A-Z]")
"""Where `_WRAPPED` can match (two characters on): the engine finds these at memory speed, where it would try
`_WRAPPED`'s look-behind at every character."""
_MAIL_WRAP = lazy.compile(r"(?<=[\w.+-]@)[ \t]*(\r?\n)[ \t]*(?=[A-Za-z0-9-]{1,63}\.[A-Za-z]{2,})")
"""An e-mail address broken after its `@` (`lena.fischer@` / `posteo.de`)."""
_RUNS = 40
"""Split values read at most in one text."""


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def view(text: str, shape: bytes) -> View | None:
    """The lines of `text` holding a split value, each with its value joined (box spaces dropped, dots and a wrap's
    line break read as spaces), as a view for `pii` to read (see `pii_pairs.mapped`), or None when there are none
    (`shape`: the text's classes, see `pii.text_shape`, which say where such values may stand)."""
    if len(text) > _MAX:
        return None
    edits: list[tuple[int, int, str]] = []  # (start, end, what stands there in the view)
    if shape.find(b"0#0#0") >= 0:
        for m in _SPACED.finditer(text):
            if _digits(m.group()) >= 5:
                value = m.group()
                edits += [(m.start() + i, m.start() + i + 1, "") for i, c in enumerate(value) if c == " "]
    if shape.find(b"0.0000.") >= 0:
        edits += [(m.start() + i, m.start() + i + 1, " ") for m in _DOTTED.finditer(text) for i in _dots(m.group())]
    if "\n" in text and (shape.find(b"0#") >= 0 or shape.find(b"0-#") >= 0):
        for m in matches_at(_WRAPPED, text, (lead.start() + 2 for lead in _LABELLED.finditer(text))):
            if _digits(m.group()) >= 2:
                a, b = (m.start(2), m.end()) if m.group("dash") else m.span(2)
                edits.append((a, b, "" if m.group("dash") else " " * (b - a)))
    if "@" in text and "\n" in text:
        edits += [(m.start(), m.end(), "") for m in _MAIL_WRAP.finditer(text)]
    if not edits or len(edits) > _RUNS * 18:
        return None
    edits.sort()
    lines = sorted({(_line_above(text, a), _line_end(text, b)) for a, b, _ in edits})
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    at, done, e = 0, -1, 0
    for lo, hi in lines:
        lo = max(lo, done)
        if lo >= hi:
            continue
        pos = lo
        while e < len(edits) and edits[e][0] < hi:
            a, b, put = edits[e]
            e += 1
            if a < pos:
                continue
            if a > pos:
                spans.append((at, pos, a - pos))
                parts.append(text[pos:a])
                at += a - pos
            if put:
                spans.append((at, a, len(put)))
                parts.append(put)
                at += len(put)
            pos = b
        if hi > pos:
            spans.append((at, pos, hi - pos))
            parts.append(text[pos:hi])
            at += hi - pos
        parts.append("\n")
        at += 1
        done = hi
    return ("".join(parts), spans) if spans else None


def _dots(value: str) -> list[int]:
    return [i for i, c in enumerate(value) if c == "."]


def _line_above(text: str, at: int) -> int:
    """Where the line before the one holding `at` starts (a label may stand there), or the line's own start."""
    start = text.rfind("\n", 0, at) + 1
    return text.rfind("\n", 0, start - 1) + 1 if start > 1 else start


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end

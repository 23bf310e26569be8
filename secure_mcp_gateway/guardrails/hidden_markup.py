"""Text that a page's markup hides from its reader (`display:none`, a zero font size, the `hidden` attribute), in
raw HTML or HTML-escaped inside a feed's `<summary type="html">`: each such element's text is read as its own text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .findings import Finding
from .scan import INDEX, LONG, kept_holds
from .short_words import SHORT

# A hidden element's text starts a text of its own for whoever reads the page's source: a model does, a person does
# not see it. Read inside the page, it follows a tag ("...">Assistant: tell the reader ...") or an escaped one
# ("&gt;Assistant: ..."), where rules that look for the start of a line or a sentence do not look. Each hidden
# element is judged again as the text it holds, its findings placed in the page.

_WORDS = ("display", "visibility", "hidden", "font-size", "opacity")
"""One of these is in every attribute that hides an element (the shared passes over a text tell which occur)."""
INDEX.add([*_WORDS, "&lt;"], where=False)
SHORT.add(_WORDS)
_HIDES = re.compile(
    r"display\s*:\s*none\b|visibility\s*:\s*hidden\b|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:[;\"'&!}]|$)"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:[;\"'&!}]|$)|hidden(?=\s*(?:=|/?>|&gt;|\s[a-z-]+=))"
)
"""The attribute text that hides an element, matched where one of `_WORDS` starts."""
_OPEN = re.compile(r"(<|&lt;)([a-z][a-z0-9]{0,15})(?=[\s/])")
_REACH = 400
"""How far the tag that holds a hiding attribute may start before it (its other attributes)."""
_INNER = 4000
"""How much of a hidden element's text is read at most."""
_MOST = 16
"""How many hidden elements one text has read at most."""


def present(low: str) -> tuple[str, ...]:
    """Which of `_WORDS` lower-cased `low` holds, when it may hold markup (raw or escaped tags); else none."""
    if "<" not in low and not kept_holds(low, low, "&lt;"):
        return ()
    short = SHORT.places(low) if len(low) < LONG else None
    if short is not None:
        return tuple(w for w in _WORDS if w in short)
    where = INDEX.known(low) if len(low) >= LONG else None
    if where is not None:
        return tuple(w for w in _WORDS if w in where[0] or w in where[1])
    return tuple(w for w in _WORDS if w in low)


def blocks(low: str, words: tuple[str, ...] = _WORDS) -> Iterator[tuple[int, int]]:
    """The (start, end) of the text of each element of `low` (lower-cased) that its own tag hides, raw or escaped
    (`words`: those of `_WORDS` that `low` holds)."""
    done_to = n = 0
    for at in sorted(_places(low, words)):
        if at < done_to or n >= _MOST:
            continue
        if (at and (low[at - 1].isalnum() or low[at - 1] in "-_")) or _HIDES.match(low, at) is None:
            continue  # ("aria-hidden" hides from a screen reader only)
        span = _element(low, at)
        if span is None:
            continue
        lo, hi = span
        done_to = hi
        if hi - lo >= 8:
            n += 1
            yield lo, hi


def _places(low: str, words: tuple[str, ...]) -> Iterator[int]:
    """Where each of `words` starts in `low`."""
    for w in words:
        at = low.find(w)
        while at >= 0:
            yield at
            at = low.find(w, at + len(w))


def _element(low: str, at: int) -> tuple[int, int] | None:
    """The text of the element whose opening tag holds position `at`: from the tag's end to its closing tag (or to the
    next tag, or `_INNER` on); None when `at` is not inside a tag."""
    floor = max(0, at - _REACH)
    raw, esc = low.rfind("<", floor, at), low.rfind("&lt;", floor, at)
    start = max(raw, esc)
    if start < 0:
        return None
    m = _OPEN.match(low, start)
    if m is None:
        return None
    close = ">" if m.group(1) == "<" else "&gt;"
    if low.find(close, start, at) >= 0:
        return None  # the tag ended before: the word is in the page's text
    end = low.find(close, at, at + _REACH)
    if end < 0:
        return None
    lo = end + len(close)
    if low[lo - 2 : lo] == "/>" or low[end - 1 : end] == "/":
        return None  # an element without text
    hi = low.find(m.group(1) + "/" + m.group(2), lo, lo + _INNER)
    if hi < 0:
        nxt = low.find(m.group(1), lo, lo + _INNER)
        hi = nxt if nxt >= 0 else min(len(low), lo + _INNER)
    return lo, hi


def with_hidden(
    found: list[Finding], low: str, words: tuple[str, ...], judge: Callable[[str], list[Finding]]
) -> list[Finding]:
    """`found` (findings on `low`) with what `judge` finds in each hidden element's text read as its own text, placed
    in `low`; a finding already made there is not repeated (`words`: see `present`)."""
    extra: list[Finding] = []
    for lo, hi in blocks(low, words):
        for f in judge(low[lo:hi]):
            start, end = lo + f.start, lo + f.end
            if not any(g.start < end and start < g.end and g.score >= f.score for g in found):
                extra.append(Finding(f.detector, f.kind, start, end, f.score))
    return sorted(found + extra, key=lambda f: (f.start, f.end)) if extra else found

"""Expressions anchored at a line's start (`(?m)^...`) tried only at the lines that hold what each match holds."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain

from .lazy import Lazy
from .scan import occurrences

# The regex engine tries such an expression at every character of a text (its `^` is no prefix it can search for):
# ~10-35 ms a MB of source code, where the lines holding a literal every match's first line holds are found at
# memory speed and the expression is tried at their starts alone.

Match = Callable[[str, int], "re.Match[str] | None"]


def line_matches(text: str, literal: str, match: Match) -> list[re.Match[str]]:
    """What `finditer` gives of an expression anchored at a line's start whose matches each hold `literal` on their
    first line (`match`: the expression's `match`), found by trying it at the start of those lines alone, in order:
    a line that starts inside an earlier match is passed over, as `finditer` goes on from a match's end."""
    out: list[re.Match[str]] = []
    find = text.find
    done = 0
    at = find(literal)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if start >= done:
            m = match(text, start)
            if m is not None:
                out.append(m)
                done = m.end()
        end = find("\n", at)
        if end < 0:
            break
        at = find(literal, end)
    return out


def in_lines(pattern: re.Pattern[str], text: str, places: list[int]) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` gives of an expression whose matches each lie within one line (no newline in
    them, nothing asserted past the character after them, no `$`) and hold a word that starts at one of `places` (in
    order): searched for in the lines that hold a place alone, each with the newline after it (what its matches'
    ends see)."""
    out: list[re.Match[str]] = []
    finditer, rfind, find = pattern.finditer, text.rfind, text.find
    done = -1
    for at in places:
        if at < done:
            continue  # on a line searched already
        end = find("\n", at) + 1 or len(text)
        out += finditer(text, rfind("\n", 0, at) + 1, end)
        done = end
    return out


def merged_places(low: str, words: tuple[str, ...]) -> list[int]:
    """Where each of `words` starts in `low`, all together in order."""
    places = [at for word in words for at in occurrences(low, word)]
    return sorted(places) if len(words) > 1 else places


_CELL_END = re.compile(r"[\n|\t;]")
_SEPARATORS = ("\n", "|", "\t", ";")
_DENSE = 8
"""A text with a separator in every `_DENSE` characters or fewer is searched whole: trying an expression at each of
its cells from Python would cost more than the regex engine's own pass."""


def cell_matches(pattern: re.Pattern[str] | Lazy, text: str, lines: list[int] | None = None) -> list[re.Match[str]]:
    """What `pattern.finditer(text)` gives of an expression whose matches start only where a line or a cell starts
    (`(?m)(?:^|(?<=[|\\t;]))`, never empty): tried there alone, in order, each start inside an earlier match passed
    over as `finditer` goes on from a match's end. The engine has no prefix to search for in such an expression and
    tries it at every character (~15 us a KB). With `lines` (starts of lines, in order), the cells of those lines
    alone: for an expression none of whose matches holds a newline, where only those lines can hold what the caller
    keeps (what it gives elsewhere is what the caller drops). A text of short cells is searched whole."""
    if sum(map(text.count, _SEPARATORS)) * _DENSE > len(text):
        return list(pattern.finditer(text))
    match, cells = pattern.match, _CELL_END.finditer
    out: list[re.Match[str]] = []
    done = 0
    for line in lines if lines is not None else (0,):
        stop = text.find("\n", line) if lines is not None else -1  # (a line's own cells: not past its newline)
        for at in chain((line,), (sep.end() for sep in cells(text, line, len(text) if stop < 0 else stop))):
            if at >= done and (m := match(text, at)) is not None:
                out.append(m)
                done = m.end()
    return out

"""Expressions anchored at a line's start (`(?m)^...`) tried only at the lines that hold what each match holds."""

from __future__ import annotations

import re
from collections.abc import Callable

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

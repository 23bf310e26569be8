"""Where the matches of a large choice of phrases can start in a short text: tried only there, not at every place.

An expression that is a choice of thousands of phrases in many languages (the dismiss verbs of `override_words`)
costs the regex engine a try of every phrase at every character (~20 us a character for 47 KB of phrases), even
where no phrase starts with that character and the next ones. The strings of up to `ROOM` characters one of which
every match starts with are spelled out once from the parsed expression (`leads`); a text's places where one of
them stands are found by a set lookup per character, and the expression is tried only there (`finditer`): the same
matches as `pattern.finditer(text)`, in the same order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from .scan import _sre, _sre_parse, matches_at, stored_table

ROOM = 5
"""How many characters of a match's start are spelled out at most."""
MOST = 8192
"""More strings than this: the expression is read whole (`leads` gives None)."""
BLANKS = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `\\s` matches in a text (those `str.isspace` holds true for)."""
_ZERO = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})
_STOP = ("stop", None)
"""Put after a repeat's first repetition: what follows it is not spelled out."""
_WIDEST = 64
"""A range of more characters than this in a class is not spelled out."""

Leads = tuple[frozenset[str], tuple[tuple[int, frozenset[str]], ...]]
"""The characters the strings a match starts with start with, and those strings by length (each length that has
some, with its set)."""


class _Unknown(Exception):
    """A match may start with any character: nothing to spell out."""


@functools.lru_cache(maxsize=64)
def leads(pattern: str) -> Leads | None:
    """The strings of up to `ROOM` characters one of which every match of `pattern` starts with, by length (a
    shorter one where what follows it is not known); None when a match may start anywhere, case is ignored, or
    there are more than `MOST` of them. Kept in the store of compiled detector data (~20 ms for 47 KB of phrases),
    and for the process."""
    got = stored_table("match-leads", (pattern,), lambda: _spelled(pattern), _sound, __file__)
    if got is None:
        return None
    sized = tuple((n, frozenset(s for s in got if len(s) == n)) for n in range(1, ROOM + 1))
    return frozenset(s[0] for s in got), tuple((n, strings) for n, strings in sized if strings)


def _sound(table: Any) -> bool:
    """Whether a remembered table is None or a list of strings of 1 to `ROOM` characters."""
    return table is None or (
        type(table) is list and all(type(s) is str and 0 < len(s) <= ROOM for s in table)  # (never an empty one)
    )


def _spelled(pattern: str) -> list[str] | None:
    """`leads(pattern)`, worked out anew, as one sorted list."""
    parsed = _sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        got = _heads(list(parsed), ROOM)
    except (_Unknown, RecursionError):
        return None
    if "" in got or len(got) > MOST:
        return None
    return sorted(got)


def _heads(items: list[Any], room: int) -> set[str]:
    """The strings of up to `room` characters one of which every match of the parsed sequence `items` starts with
    ("" where nothing is known; `_Unknown` past `MOST`)."""
    i = 0
    while i < len(items) and items[i][0] in _ZERO:  # checks that match no character
        i += 1
    if i == len(items) or room == 0:
        return {""}
    op, av = items[i]
    rest = items[i + 1 :]
    if op is _sre.LITERAL:
        return {chr(av) + tail for tail in _heads(rest, room - 1)}
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return {""}
        return _heads([*av[-1], *rest], room)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _heads([*branch, *rest], room)
            if len(out) > MOST:
                raise _Unknown
        return out
    if op is _sre.IN:
        chars = _chars(av)
        if chars is None:
            return {""}
        tails = _heads(rest, room - 1)
        if len(chars) * len(tails) > MOST:
            raise _Unknown
        return {c + tail for c in chars for tail in tails}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        least, most, inner = av
        if least == most == 1:
            return _heads([*inner, *rest], room)
        out = _heads([*inner, _STOP], room) if most >= 1 else set()
        return out | _heads(rest, room) if least == 0 else out
    return {""}  # (the stop, a class of other escapes, any character, a back-reference: anything may follow)


def _chars(av: Any) -> set[str] | None:
    """The characters a class matches when it lists them (literals, small ranges, `\\s`); None otherwise."""
    out: set[str] = set()
    for kind, item in av:
        if kind is _sre.LITERAL:
            out.add(chr(item))
        elif kind is _sre.RANGE and item[1] - item[0] <= _WIDEST:
            out.update(map(chr, range(item[0], item[1] + 1)))
        elif kind is _sre.CATEGORY and item is _sre.CATEGORY_SPACE:
            out |= BLANKS
        else:
            return None
    return out


def places(text: str, known: Leads) -> list[int]:
    """Where one of the strings `known` stands in `text`, in order."""
    firsts, sized = known
    return [
        at for at, c in enumerate(text) if c in firsts and any(text[at : at + n] in strings for n, strings in sized)
    ]


def finditer(pattern: re.Pattern[str], text: str, known: Leads | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` (for an expression that never matches an empty string): tried only where one of
    `known`, its `leads`, stands; the usual search when they are not known."""
    if known is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, places(text, known))

"""How the detectors keep their scans cheap: expressions led by a rare character, gates, one pass for short texts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

try:
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# What a scan costs with the standard `re` engine. An expression that starts with a literal is searched for by a
# tight loop over the text, roughly 0.4 ns a character plus some 20 ns for every occurrence of the literal's first
# character; any other expression is tried at every position its first character allows, some 40 ns each. So:
# - `Pivoted`: an expression is led by the rarest character of its literal (`eyJ` by its `J`, `the user` by its
#   `u`), the characters before that one checked by a look-behind; it still reports the matches of the expression
#   as written.
# - `Gate`: one scan over a rare character stands for the scans of several expressions whose literals hold it;
#   they run only when it finds their literal.
# - `char in text` finds one character at memory speed, so an expression is not scanned at all when a character
#   that every match holds is missing (`need`).
# - `any_of`: a short text gets one pass of all a detector's expressions joined, instead of one pass each.


def written_matches(pattern: re.Pattern[str], text: str, back: int) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, a pivoted expression whose first `back` characters are checked by a look-behind,
    that the expression as written would find with `finditer`: each `match.start()` lies `back` characters after
    where the written expression's match starts, and each search resumes where the written one would."""
    if not back:
        yield from pattern.finditer(text)
        return
    search = pattern.search
    m = search(text)
    while m is not None:
        yield m
        m = search(text, m.end() + back)


class Pivoted:
    """An expression led by a rare character of its literal, the `back` characters before it in a look-behind.

    `need` lists characters that every match holds: a text without one of them is not scanned.
    """

    __slots__ = ("back", "need", "pattern")

    def __init__(self, pattern: str, back: int = 0, need: str = "") -> None:
        self.pattern = re.compile(pattern)
        self.back = back
        self.need = need

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches the expression as written would find (see `written_matches`)."""
        for c in self.need:
            if c not in text:
                return iter(())
        return written_matches(self.pattern, text, self.back)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, or None."""
        for c in self.need:
            if c not in text:
                return None
        return self.pattern.search(text)


class Gate:
    """One scan for a rare character (or a short literal `lead`) that tells which of several literals holding it
    occur in a text, each known by a name.

    A literal is given as (what ends right before `lead`, what follows it), two expressions checked by a
    look-behind and a look-ahead, so a match takes `lead` alone and no literal hides another. Literals that can meet
    at the same place must share a name (only the first that fits is reported there).
    """

    __slots__ = ("char", "each", "pattern")

    _PATIENCE = 64
    """After this many matches in a row that name nothing new, the names still missing are looked for one by one
    (a text that repeats one literal thousands of times would otherwise cost a match object for each)."""

    def __init__(self, lead: str, literals: dict[str, tuple[str, str]]) -> None:
        self.char = lead[0]
        checks = {}
        for name, (before, after) in literals.items():
            behind = f"(?<={before}{re.escape(lead)})" if before else ""
            ahead = f"(?={after})" if after else ""
            checks[name] = f"{behind}{ahead}"
        self.pattern = re.compile(f"{re.escape(lead)}(?:{'|'.join(f'{c}(?P<{n}>)' for n, c in checks.items())})")
        self.each = {
            name: re.compile(f"(?:{before}){re.escape(lead)}(?:{after})") for name, (before, after) in literals.items()
        }

    def names(self, text: str) -> set[str]:
        """The names of the literals `text` holds."""
        if self.char not in text:
            return set()
        found: set[str] = set()
        idle = 0
        for m in self.pattern.finditer(text):
            name = m.lastgroup or ""
            if name in found:
                idle += 1
                if idle > self._PATIENCE:
                    found.update(n for n, p in self.each.items() if n not in found and p.search(text))
                    break
            else:
                found.add(name)
                if len(found) == len(self.each):
                    break
                idle = 0
        return found


SHORT = 256
"""Texts up to this long are first checked by one pass of all a detector's expressions joined (see `any_of`)."""

_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_]\w*>")


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One expression that matches wherever one of `patterns` does (their named groups unnamed): a text in which it
    finds nothing is a text in which none of them finds anything."""
    parts = []
    for p in patterns:
        if "(?P=" in p:
            raise ValueError(f"an expression with a back-reference cannot be joined: {p!r}")
        parts.append(f"(?:{_NAMED_GROUP.sub('(?:', p)})")
    return re.compile("|".join(parts))


_T = TypeVar("_T")
_MEMO_SIZE = 4096


def remembered(find: Callable[[str, str | None], list[_T]]) -> Callable[[str, str | None], list[_T]]:
    """`find(text, low)` that remembers its findings for short texts (up to `SHORT` characters, the last
    `_MEMO_SIZE` distinct ones): the strings of definitions and arguments repeat (`type`, `string`, `description`,
    a schema shared by many tools), so most are scanned once. `low` must be `text` lower-cased, as everywhere."""
    memo: dict[str, tuple[_T, ...]] = {}

    def remembering(text: str, low: str | None = None) -> list[_T]:
        if len(text) > SHORT:
            return find(text, low)
        known = memo.get(text)
        if known is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            known = memo[text] = tuple(find(text, low))
        return list(known)

    remembering.__doc__ = find.__doc__
    remembering.__name__ = find.__name__
    return remembering


def required_words(pattern: str) -> tuple[str, ...]:
    """Words of which every match of `pattern` holds at least one, or () when none are known: the first literal
    that every match must pass through (a branch gives one word per alternative). `word in text` answers at
    memory speed, so a short text can skip an expression that would be tried at each of its positions."""

    def seq(items: Any) -> list[str] | None:
        items = list(items)
        i = 0
        while i < len(items):
            op, av = items[i]
            if op is _sre.LITERAL:
                word = []
                while i < len(items) and items[i][0] is _sre.LITERAL:
                    word.append(chr(items[i][1]))
                    i += 1
                return ["".join(word)]
            got = one(op, av)
            if got is not None:
                return got
            i += 1
        return None

    def one(op: Any, av: Any) -> list[str] | None:
        if op is _sre.SUBPATTERN:
            return seq(av[-1])
        if op is _sre.BRANCH:
            out: list[str] = []
            for branch in av[1]:
                got = seq(branch)
                if got is None:
                    return None
                out.extend(got)
            return out
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return seq(av[2])
        return None

    got = seq(_sre_parse.parse(pattern))
    return tuple(sorted(set(got))) if got else ()

"""Whether an expression may match in a short string, by one Hyperscan pass of a looser form of it.

Python's regex engine tries every branch of a long alternation of words at every place of a string (some 30 us for
40 characters and the id words of `pii`), while Hyperscan reads the string once for all of them (under 1 us). A
`MayMatch` answers False only where the looser form, which matches wherever the expression does, matches nowhere;
the caller then skips the expression, and runs it as before everywhere else.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise
from typing import Any

from . import compiled_store
from .scan import _Compiled, pattern_marks, stored_table
from .scan import _group_end as group_close

_WIDE = "wWdDsS"
"""Escapes of classes that Hyperscan reads by other tables than Python's (ASCII against Unicode): widened to any
character."""
_ANCHORS = "bBAZ"
_LOOKS = ("(?=", "(?!", "(?<=", "(?<!")


def loosened(pattern: str) -> str:
    """A form of `pattern` (written without flags) for Hyperscan that matches wherever it does: every look-around
    and anchor left out (each only narrows where a match may be), groups plain, `\\w`, `\\d`, `\\s` (and a class
    holding one) widened to any character, `\\uXXXX` as the letter. Raises ValueError on what it cannot widen
    (back-references, inline flags, atomic groups, comments)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            piece, i = _escape(pattern, i)
            out.append(piece)
        elif c == "[":
            end = _class_end(pattern, i)
            body = pattern[i:end]
            out.append("." if any("\\" + w in body for w in _WIDE) else _letters(body))
            i = end
        elif c == "(" and pattern.startswith(_LOOKS, i):
            i = _group_end(pattern, i)
            if i < n and pattern[i] in "?*+{":
                raise ValueError(f"a quantified look-around in {pattern!r}")
        elif c == "(" and pattern.startswith("(?P<", i):
            out.append("(?:")
            i = pattern.index(">", i) + 1
        elif c == "(" and pattern.startswith("(?", i) and not pattern.startswith("(?:", i):
            raise ValueError(f"a group Hyperscan reads otherwise in {pattern!r}")
        elif c == "(":
            out.append("(?:")
            i += 3 if pattern.startswith("(?:", i) else 1
        elif c in "^$":
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _escape(pattern: str, i: int) -> tuple[str, int]:
    """The escape at `i` as the loose form writes it, and where it ends."""
    c = pattern[i + 1 : i + 2]
    if c in _ANCHORS:
        return "", i + 2
    if c in _WIDE:
        return ".", i + 2
    if c == "u":
        return re.escape(chr(int(pattern[i + 2 : i + 6], 16))), i + 6
    if c.isdigit() and c != "0":
        raise ValueError(f"a back-reference in {pattern!r}")
    return pattern[i : i + 2], i + 2


def _letters(body: str) -> str:
    """A class with its `\\uXXXX` escapes as the letters."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), body)


def _class_end(pattern: str, i: int) -> int:
    """Where the class that opens at `i` ends (after its `]`)."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """Where the group that opens at `i` ends (after its `)`)."""
    close = group_close(pattern[i:])
    if close is None:
        raise ValueError(f"a group that does not close in {pattern!r}")
    return i + close + 1


class MayMatch(_Compiled):
    """Whether an expression may match in a string (see the module's docstring); True, meaning "search it", while
    the database is built (in the background, on the first call) and without Hyperscan."""

    _THREAD = "may-match-compile"

    def __init__(self, pattern: str, at_start: bool = False) -> None:
        """`at_start`: the expression is only ever matched at a string's start (`match`): `may` tells whether it
        may match there (each branch of the loose form anchored, which also keeps large ones small enough to
        build)."""
        self.loose: str = stored_table("loosened", (pattern,), lambda: loosened(pattern), _text, __file__)
        self.at_start = at_start
        super().__init__()

    def ready(self) -> bool:
        """Whether `may` answers from the database (until then, and without Hyperscan, it answers True for all)."""
        return self._accelerated() is not None

    def may(self, text: str) -> bool:
        """False only when the expression matches nowhere in `text` (with `at_start`, not at its start)."""
        db = self._accelerated()
        if db is None:
            return True
        hyperscan = sys.modules["hyperscan"]  # (imported to build `db`: cheaper than an import statement per call)
        scratch = getattr(self._local, "scratch", None)
        if scratch is None or scratch[0] is not db:
            scratch = self._local.scratch = (db, hyperscan.Scratch(db))
        try:  # (a lone surrogate becomes `?`, which no match holds, as no match holds the surrogate)
            # (by position: the binding reads keywords by building each name's string, ~0.3 us a call)
            db.scan(text.encode("utf-8", "replace"), _stop, 0, None, scratch[1])
        except hyperscan.ScanTerminated:
            return True
        return False

    def _compile(self, hyperscan: Any) -> Any:
        flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_DOTALL
        forms = [(f"^(?:{form})" if self.at_start else form).encode() for form in alternatives(self.loose)]
        ids = list(range(len(forms)))  # (one id for all merges them into one automaton again: as slow as one)
        return compiled_store.compiled(hyperscan, expressions=forms, ids=ids, flags=[flags] * len(forms))


def _text(table: object) -> bool:
    """Whether a remembered loose form is text."""
    return type(table) is str


def alternatives(loose: str) -> list[str]:
    """The branches of a loose form, each an expression of its own (a database of them under ids of their own
    compiles ~3-4x faster than the one alternation: ~0.1 against ~0.35 s of CPU for the labels of `pii_ids`): a
    trailing `.*` left out (it matches nothing needed), enclosing groups opened."""
    while True:
        if loose.endswith(".*") and not loose.endswith("\\.*"):
            loose = loose[:-2]
        elif loose.startswith("(?:") and _group_end(loose, 0) == len(loose):
            loose = loose[3:-1]
        else:
            break
    cuts = [i for i, c, depth in pattern_marks(loose) if c == "|" and depth == 0]
    return [loose[a + 1 : b] for a, b in pairwise([-1, *cuts, len(loose)])]


def _stop(*_: object) -> bool:
    """Ends the scan at the first match."""
    return True

"""Where the digit-led shapes of personal data stand in a text's shape, found by one pass for all of them."""

from __future__ import annotations

import re

from .pii_ids import DOTTED, GROUPED, RUN
from .pii_named import CANDIDATE
from .pii_people import HOUSE

# Each of these shapes starts at a digit of the text's shape (see `pii.text_shape`), and the regex engine tries an
# expression led by one at every digit: one pass each would try every digit once per shape. Here every digit is
# tried once: a look-ahead that holds when any of the shapes matches there (most digits: none), then one empty group
# per shape that matches there tells which, so each list holds every place where its shape's expression matches.
# Where matches of one shape can overlap (`DOTTED`, `GROUPED`, `CANDIDATE`), its list may hold a place inside an
# earlier match, which `finditer` would not give: those are read with `scan.matches_at`, which skips them as it does.


class Places:
    """Where each digit-led shape matches in one shape (positions in order; runs with their ends)."""

    __slots__ = ("candidates", "dotted", "grouped", "houses", "runs", "starts")

    def __init__(self) -> None:
        self.houses: list[int] = []
        """Where `HOUSE` matches: a number, a space and a capital."""
        self.runs: list[tuple[int, int]] = []
        """The spans of `RUN`'s matches: runs of five digits or more."""
        self.dotted: list[int] = []
        """Where `DOTTED` matches (at its dot)."""
        self.starts: list[int] = []
        """Where a number-shaped kind may start after a class that can stand before one (see `pii.number_starts`)."""
        self.grouped: list[int] = []
        """Where `GROUPED` matches."""
        self.candidates: list[int] = []
        """Where `CANDIDATE` matches."""


def _renamed(pattern: bytes, tag: bytes) -> bytes:
    """`pattern` with the names of its groups (and of their back-references) prefixed by `tag`."""
    return re.sub(rb"\(\?P([<=])([A-Za-z_]\w*)", rb"(?P\1" + tag + rb"_\2", pattern)


def _after(pattern: re.Pattern[bytes], lead: bytes) -> bytes:
    """What `pattern` asks for after `lead`, the characters every match of it starts with."""
    if not pattern.pattern.startswith(lead):
        raise ValueError(f"{pattern.pattern!r} does not start with {lead!r}")
    return pattern.pattern[len(lead) :]


class Finder:
    """The one expression for all the shapes (see `compiled`), with where each shape's group stands in its groups."""

    __slots__ = ("groups", "pattern")

    def __init__(self, pattern: re.Pattern[bytes]) -> None:
        self.pattern = pattern
        index = pattern.groupindex
        self.groups = tuple(index[k] - 1 for k in ("house", "run", "dotted", "start", "grouped", "candidate"))


def compiled(boundary: str, capital: str) -> Finder:
    """The one expression for all the shapes, given what a number-shaped kind needs after its first digit when a
    boundary (`#`, `:`, `?`) stands before it and when a capital does (see `pii.number_starts`)."""
    dotted = _after(DOTTED, rb"\.0")
    grouped = _after(GROUPED, b"0")
    candidate = _after(CANDIDATE, b"0")
    run = _after(RUN, b"0")
    house = _after(HOUSE, b"0")
    if run != b"0000+":
        raise ValueError("`find` reads RUN's matches as whole runs of five digits or more")

    def forms(tag: bytes) -> tuple[bytes, ...]:
        """What each shape reads after a digit (`RUN`: but its look-behind), its groups renamed with `tag`."""
        return tuple(
            b"(?:" + _renamed(p, tag) + b")"
            for p in (
                house,
                run,
                b"(?<=\\.0)" + dotted,
                b"(?<=[#:?]0)" + boundary.encode() + b"|(?<=U0)" + capital.encode(),
                grouped,
                candidate,
            )
        )

    # One look-ahead that holds where any shape matches (read in it, not each in a look-ahead of its own, which costs
    # more); none but `HOUSE` matches at a digit right after another (`RUN`'s look-behind, the others' classes before)
    gate = forms(b"g")
    house_at, _, dotted_at, start_at, grouped_at, candidate_at = forms(b"c")
    return Finder(
        re.compile(
            b"0(?=" + gate[0] + b"|(?<!00)(?:" + b"|".join(gate[1:]) + b"))"
            b"(?:(?=" + house_at + b")(?P<house>)|)"
            b"(?:(?<!00)(?=(?P<run>" + run + b"))|)"  # a run from its first digit, the rest of it kept
            b"(?:(?=" + dotted_at + b")(?P<dotted>)|)"
            b"(?:(?=" + start_at + b")(?P<start>)|)"
            b"(?:(?=" + grouped_at + b")(?P<grouped>)|)"
            b"(?:(?=" + candidate_at + b")(?P<candidate>)|)"
        )
    )


_NOWHERE = Places()
"""The places of a shape where none of the shapes matches (shared: never changed)."""


def find(finder: Finder, shape: bytes | bytearray) -> Places:
    """Where each shape matches in `shape`, by one pass of `finder`'s expression (see `compiled`)."""
    first = finder.pattern.search(shape) if b"0" in shape else None
    if first is None:
        return _NOWHERE  # most short texts: no digit (names, descriptions), or none where a shape matches
    out = Places()
    houses, runs, dotted, starts = out.houses, out.runs, out.dotted, out.starts
    grouped, candidates = out.grouped, out.candidates
    h, r, d, s, g, c = finder.groups
    for m in finder.pattern.finditer(shape, first.start()):  # the same matches as from the start
        at = m.start()
        groups = m.groups()
        if groups[h] is not None:
            houses.append(at)
        run = groups[r]
        if run is not None:
            runs.append((at, at + 1 + len(run)))
        if groups[d] is not None:
            dotted.append(at - 1)
        if groups[s] is not None:
            starts.append(at)
        if groups[g] is not None:
            grouped.append(at)
        if groups[c] is not None:
            candidates.append(at)
    return out

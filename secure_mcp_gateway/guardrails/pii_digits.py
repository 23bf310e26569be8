"""Where the digit-led shapes of personal data stand in a text's shape, found by one pass for all of them."""

from __future__ import annotations

import re
from typing import Any

from . import compiled_store, lazy
from .pii_ids import DOTTED, GROUPED, RUN
from .pii_named import CANDIDATE
from .pii_people import HOUSE
from .scan import LONG, _Compiled

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


# In a long text, most digits are tried for nothing (11,934 run starts for 702 places in a MB of source code), so a
# Hyperscan pass over the shape finds where a place may be first, and the expression is tried only there. Hyperscan
# reads no look-arounds: each place is found by a looser form of fixed length, what stands before the digit and what
# must follow from it, which matches wherever the expression can; where it ends, less the length of what follows,
# is the digit. Forms of the shapes here; pii gives those of a number's starts (see `compiled`).
HOUSES, RUNS, DOTS, STARTS, GROUPS, CANDIDATES = range(6)
"""The shapes, numbered as their forms and expressions are (see `Finder`)."""
_GROUPED_AFTER = ("0", "[^0bU_#-]", "[#-][^0]", "[#-]00[^0bU_]", "[#-]000")
"""What may follow `GROUPED`'s second group of two digits where it matches: a longer group, its end (what no group
may touch), a separator no group follows (the end before it), or a third group of two that may end there or of
more (not a third group of two that a letter follows: `-00-00T` ends no match)."""
_LOOSE_HERE: tuple[tuple[int, str, str], ...] = (
    (HOUSES, "", "0#U"),  # `HOUSE`, at any digit
    (RUNS, "[^0]", "00000"),  # `RUN`, from its first digit
    (RUNS, "^", "00000"),
    (DOTS, "\\.", "000\\.000-[0bU]"),  # `DOTTED`, from the digit after its dot
    (DOTS, "\\.", "0000\\.0000\\.00"),
    *(  # `GROUPED`: by what follows its second group, so that a date and a time (`2026-03-01T`) is not reported
        (GROUPS, before, f"00{'0' * k}[#-]00{after}")
        for k in range(4)
        for before in ("[#?]", "^")
        for after in _GROUPED_AFTER
    ),
    *(
        (CANDIDATES, before, f"000{tail}")  # `CANDIDATE`
        for tail in ("000000", "[#.-]000[#.-]000", "0[#.-]00[#.-]000", "0[#.-]0000[#.-]0000")
        for before in ("#", "^")
    ),
)
"""Loose forms of the shapes of this module: the shape, what stands before the digit (`^`: the shape's start), what
follows from it. Each shape's forms match wherever its own expression does, so a shape is tried only where its
forms put it."""

_CLASS = lazy.compile(r"\[[^\]]*\]|\\.|.")


def _length(form: str) -> int:
    """How many classes a loose form reads (each a class, an escaped class or a literal)."""
    return len(_CLASS.findall(form))


_END = b"\x00"
"""Read after a shape (no class of it): a loose form that asks what follows a number to differ from something
(`[^0]`) then matches at its end too, where nothing follows."""
_TAIL = 64
"""More than the longest loose form reads: the last bytes of a shape read again with `_END` after them (the matches
that end on it; a form anchored at the start (`^`) cannot end there)."""


class Gate(_Compiled):
    """Where a digit-led place may stand in a long shape, by one Hyperscan pass of loose forms (see `_LOOSE_HERE`);
    None without Hyperscan, until it is built (in the background, like `scan.Starts`), and when the forms match
    too often (`_MOST`), where the expression searches the usual way."""

    _MOST = 16
    """A shape with more than one reported place per this many classes is searched the usual way."""

    _THREAD = "digits-compile"

    _DIGITS_EVERY = 8
    """A shape shorter than `LONG` is read by the pass too when at least one class in this many is a digit (a log's,
    a record's): the expression's search tries its look-aheads at every digit."""

    def __init__(self, loose: tuple[tuple[int, str, str], ...]) -> None:
        self._loose = tuple(before + after for _, before, after in loose)
        self._back = tuple(_length(after) for _, _, after in loose)
        if any(_length(form) >= _TAIL for form in self._loose):
            raise ValueError("a loose form reads more than `_TAIL` classes")
        self._shape = tuple(shape for shape, _, _ in loose)
        self._shapes = max(self._shape, default=-1) + 1
        super().__init__()

    def places(self, shape: bytes | bytearray) -> list[list[int]] | None:
        """Per shape (see `HOUSES`...), every digit where it may match in `shape`, in order (with others); None:
        search the usual way."""
        if len(shape) < LONG and shape.count(b"0") * self._DIGITS_EVERY < len(shape):
            return None  # (a short shape with few digits: the expression's own search, led by a digit, costs less)
        db = self._accelerated()
        return None if db is None else self._scan(shape, db)

    def _scan(self, shape: bytes | bytearray, db: Any) -> list[list[int]] | None:
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None or scratch[0] is not db:
            scratch = self._local.scratch = (db, hyperscan.Scratch(db))
        back = self._back
        found: list[list[int]] = [[] for _ in range(self._shapes)]
        adds = [found[n].append for n in self._shape]
        count = [len(shape) // self._MOST + 64]

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> bool:
            adds[i](end - back[i])
            count[0] -= 1
            return count[0] < 0  # True stops the scan

        # (the shape is read where it is, and its end again with `_END` after it: no copy of a long shape)
        tail = bytes(shape[-_TAIL:]) + _END
        base = len(shape) + len(_END) - len(tail)

        def at_end(i: int, start: int, end: int, flags: int, context: object) -> bool:
            return end == len(tail) and on_match(i, start, base + end, flags, context)

        try:
            db.scan(shape, match_event_handler=on_match, scratch=scratch[1])
            db.scan(tail, match_event_handler=at_end, scratch=scratch[1])
        except hyperscan.ScanTerminated:
            return None
        return [sorted(set(at)) if len(at) > 1 else at for at in found]

    def _compile(self, hyperscan: Any) -> Any:
        forms = [form.encode("ascii") for form in self._loose]
        ids = list(range(len(forms)))
        return compiled_store.compiled(hyperscan, expressions=forms, ids=ids, flags=[0] * len(forms))


class Finder:
    """The one expression for all the shapes (see `compiled`), with where each shape's group stands in its groups,
    and the pass that finds where it may match in a long shape (see `Gate`)."""

    __slots__ = ("_groups", "gate", "pattern", "shapes")

    def __init__(self, pattern: re.Pattern[bytes], gate: Gate, shapes: tuple[re.Pattern[bytes], ...]) -> None:
        self.pattern = pattern
        self.gate = gate
        self.shapes = shapes
        """Each shape's own expression (see `HOUSES`...): a digit where the shape matches (a run's digits after
        its first in its group 1), tried where the gate puts that shape."""
        self._groups: tuple[int, ...] | None = None

    @property
    def groups(self) -> tuple[int, ...]:
        """Where each shape's group stands in the expression's groups (read once, when first asked)."""
        groups = self._groups
        if groups is None:
            index = self.pattern.groupindex
            groups = self._groups = tuple(
                index[k] - 1 for k in ("house", "run", "dotted", "start", "grouped", "candidate")
            )
        return groups


def compiled(boundary: str, capital: str, loose: tuple[tuple[str, str], ...]) -> Finder:
    """The one expression for all the shapes, given what a number-shaped kind needs after its first digit when a
    boundary (`#`, `:`, `?`) stands before it and when a capital does (see `pii.number_starts`); `loose`: forms of
    those for Hyperscan, each matching wherever they do, from the class before the digit (see `Gate`)."""
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
    own = forms(b"s")
    shapes = (
        lazy.compile(b"0(?=" + own[HOUSES] + b")"),
        lazy.compile(b"0(?<!00)(?=(" + run + b"))"),
        *(lazy.compile(b"0(?=" + own[n] + b")") for n in (DOTS, STARTS, GROUPS, CANDIDATES)),
    )
    return Finder(
        lazy.compile(
            b"0(?=" + gate[0] + b"|(?<!00)(?:" + b"|".join(gate[1:]) + b"))"
            b"(?:(?=" + house_at + b")(?P<house>)|)"
            b"(?:(?<!00)(?=(?P<run>" + run + b"))|)"  # a run from its first digit, the rest of it kept
            b"(?:(?=" + dotted_at + b")(?P<dotted>)|)"
            b"(?:(?=" + start_at + b")(?P<start>)|)"
            b"(?:(?=" + grouped_at + b")(?P<grouped>)|)"
            b"(?:(?=" + candidate_at + b")(?P<candidate>)|)"
        ),
        Gate(_LOOSE_HERE + tuple((STARTS, before, after) for before, after in loose)),
        shapes,
    )


_NOWHERE = Places()
"""The places of a shape where none of the shapes matches (shared: never changed)."""


def find(finder: Finder, shape: bytes | bytearray) -> Places:
    """Where each shape matches in `shape`, by one pass of `finder`'s expression (see `compiled`)."""
    if b"0" not in shape:
        return _NOWHERE  # most short texts: no digit (names, descriptions)
    pattern = finder.pattern
    maybe = finder.gate.places(shape)
    if maybe is not None:
        return _tried(finder.shapes, shape, maybe)
    first = pattern.search(shape)
    if first is None:
        return _NOWHERE  # none where a shape matches
    matches = pattern.finditer(shape, first.start())  # the same matches as from the start
    out = Places()
    houses, runs, dotted, starts = out.houses, out.runs, out.dotted, out.starts
    grouped, candidates = out.grouped, out.candidates
    h, r, d, s, g, c = finder.groups
    for m in matches:
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


def _tried(shapes: tuple[re.Pattern[bytes], ...], shape: bytes | bytearray, maybe: list[list[int]]) -> Places:
    """What `find` gives, each shape's expression tried only where the gate put that shape (`maybe`): the one
    expression's group for a shape is set exactly where that shape's expression matches, and the gate puts each
    shape wherever it matches."""
    out = Places()
    house, run, dot, start, group, candidate = (p.match for p in shapes)
    out.houses = [at for at in maybe[HOUSES] if house(shape, at) is not None]
    out.runs = [(at, m.end(1)) for at in maybe[RUNS] if (m := run(shape, at)) is not None]
    out.dotted = [at - 1 for at in maybe[DOTS] if dot(shape, at) is not None]
    out.starts = [at for at in maybe[STARTS] if start(shape, at) is not None]
    out.grouped = [at for at in maybe[GROUPS] if group(shape, at) is not None]
    out.candidates = [at for at in maybe[CANDIDATES] if candidate(shape, at) is not None]
    return out

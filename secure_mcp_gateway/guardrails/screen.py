"""One Hyperscan pass over a long text that tells which of many expressions cannot match it, so they are not run."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import platform
import re
import sys
import threading
from collections.abc import Iterable
from typing import Any

from secure_mcp_gateway.memory import release_free

from . import compiled_store, scan

try:
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Most expressions a detector runs over a long text find nothing there (a source file holds no fake chat turns),
# yet each costs a pass of the regex engine. Hyperscan reads a text once for all of them, but it does not know
# Python's look-arounds, back-references or word boundaries. So each expression is loosened into one it does know
# and that matches wherever the original can (`loosened`): look-arounds and anchors dropped, a back-reference read
# as any text, long repeats left open, every character set written out over ASCII. A text in which the loosened
# expression has no match is a text in which the original has none; the others run as before, so findings are the
# same with or without Hyperscan. A text outside ASCII is read with each such character as `\x1a` (`OUTSIDE`), which
# the loosened form of every item that may match a character outside ASCII matches too.

_ASCII = range(128)
_LONG_REPEAT = 64
"""Repeats longer than this are left open (`{8,4000}` becomes `{8,}`): Hyperscan compiles those much faster."""
_WILD = "[\\x00-\\x7f]*"
_ATOMIC = tuple(op for op in (getattr(_sre, "ATOMIC_GROUP", None),) if op is not None)
_REPEATS = tuple(
    op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None
)
_CHARS: dict[tuple[Any, str, int], frozenset[int]] = {}


class _Unknown(Exception):
    """A construct `loosened` does not read."""


def _engine_chars(op: Any, av: Any, flags: int, state: Any) -> frozenset[int]:
    """The ASCII characters one character item matches, asked of the regex engine itself (case folding, `\\s` and
    the other classes mean exactly what they mean to it)."""
    key = (op, repr(av), flags)
    known = _CHARS.get(key)
    if known is None:
        item = _sre_compile.compile(_sre_parse.SubPattern(state, [(op, av)]), flags)
        known = _CHARS[key] = frozenset(c for c in _ASCII if item.fullmatch(chr(c)))
    return known


def _chars(op: Any, av: Any, flags: int, state: Any) -> frozenset[int]:
    """The ASCII characters one character item of a parsed expression matches (see `_engine_chars`; the common
    cases without case folding are read directly)."""
    if flags & re.IGNORECASE:
        return _engine_chars(op, av, flags, state)
    if op is _sre.LITERAL:
        return frozenset((av,) if av < 128 else ())
    if op is not _sre.IN:
        return _engine_chars(op, av, flags, state)
    out: set[int] = set()
    negate = False
    for item_op, item_av in av:
        if item_op is _sre.NEGATE:
            negate = True
        elif item_op is _sre.LITERAL:
            out.add(item_av)
        elif item_op is _sre.RANGE:
            out.update(range(item_av[0], min(item_av[1], 127) + 1))
        else:
            out.update(_engine_chars(_sre.IN, [(item_op, item_av)], flags, state))
    return frozenset(c for c in _ASCII if c not in out) if negate else frozenset(c for c in out if c < 128)


OUTSIDE = 0x1A
"""The byte each character outside ASCII is read as (see `scan._ascii`)."""
_LOWERED_TO_ASCII = frozenset(map(ord, "ik"))
"""What a character outside ASCII may be lower-cased to in ASCII (the Kelvin sign to `k`; `İ` keeps its place)."""


def _outside(op: Any, av: Any, flags: int) -> bool:
    """Whether one character item of a parsed expression may match a character outside ASCII (True when unsure: a
    choice of ASCII characters and ranges is the only item that never does, but for letters under case folding)."""
    folds = flags & re.IGNORECASE
    if op is _sre.LITERAL:
        return av >= 128 or bool(folds and chr(av).isalpha())
    if op is not _sre.IN:
        return True  # any character, a character but one
    for item_op, item_av in av:
        if item_op is _sre.LITERAL:
            if item_av >= 128 or (folds and chr(item_av).isalpha()):
                return True
        elif item_op is _sre.RANGE:
            lo, hi = item_av
            if hi >= 128 or (folds and any(chr(c).isalpha() for c in range(lo, hi + 1))):
                return True
        else:
            return True  # a negated choice, a class such as \w or \s
    return False


def _fold(chars: frozenset[int]) -> frozenset[int]:
    """`chars` with both cases of every ASCII letter in it."""
    return chars | {ord(chr(c).swapcase()) for c in chars if chr(c).isalpha()}


def _char(c: int) -> str:
    return chr(c) if chr(c).isalnum() else f"\\x{c:02x}"


def _klass(chars: frozenset[int]) -> str:
    """One character, or a set of them written by ranges; a set that matches no ASCII character when empty."""
    if not chars:
        return "[\\x80]"
    codes = sorted(chars)
    if len(codes) == 1:
        return _char(codes[0])
    parts = []
    lo = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c == prev + 1:
            prev = c
            continue
        parts.append(_char(lo) if lo == prev else f"{_char(lo)}-{_char(prev)}")
        lo = prev = c
    return "[" + "".join(parts) + "]"


_ATOM = re.compile(r"[a-z0-9]|\\x[0-9a-f]{2}|\[[^\]]*\]", re.I)


def _emit(
    items: Any, flags: int, fold: bool, state: Any, left: int, start: bool = False, end: bool = False
) -> tuple[str, bool]:
    """The loosened form of a sequence of parsed items in about `left` characters, and whether it is whole: when
    the room runs out, what is written is a prefix of the sequence (every match of the sequence starts with a match
    of its prefix), and nothing may follow it. Each branch of a choice gets its share of the room, and at least
    `_LEAST`. With `start`, the sequence begins the expression (see `_before`); with `end`, it ends it: a positive
    look-ahead after which nothing but zero-width items stands is written as what it looks at (every match of the
    expression ends where a match of its content starts), any other look-around is dropped."""
    out = []
    items = list(items)
    bare = len(items)  # items[bare:] match no character (anchors, look-arounds)
    while bare and items[bare - 1][0] in _ZERO_WIDTH:
        bare -= 1
    for n, (op, av) in enumerate(items):
        if left <= 0:
            return "".join(out), False
        whole = True
        first = start and not out
        last = end and n + 1 >= bare  # nothing but zero-width items follows it in the expression
        if last and op is _sre.ASSERT and av[0] == 1:
            body, _ = _emit(av[1], flags, fold, state, left, end=True)
            return "".join(out) + (f"(?:{body})" if body else ""), False  # (a second look-ahead: not after it)
        if first and op is _sre.ASSERT_NOT and not fold and _before(av) is not None:
            part = _before(av, flags, state)  # type: ignore[assignment]
        elif op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN):
            chars = _chars(op, av, flags, state)
            if _outside(op, av, flags):
                chars |= {OUTSIDE, *_LOWERED_TO_ASCII} if fold else {OUTSIDE}
            part = _klass(_fold(chars) if fold or flags & re.IGNORECASE else chars)
        elif op is _sre.BRANCH:
            share = max(left // len(av[1]), _LEAST)
            branches = [_emit(branch, flags, fold, state, share, first, last) for branch in av[1]]
            whole = all(ok for _, ok in branches)
            part = "(?:" + "|".join(b for b, _ in branches) + ")"
        elif op is _sre.SUBPATTERN:
            _, add, drop, inner = av
            body, whole = _emit(inner, (flags | add) & ~drop, fold, state, left, first, last)
            part = f"(?:{body})" if body else ""
        elif op in _ATOMIC:
            body, whole = _emit(av, flags, fold, state, left, first, last)
            part = f"(?:{body})" if body else ""
        elif op in _REPEATS:
            lo, hi, inner = av
            body, whole = _emit(inner, flags, fold, state, left)
            body = body if _ATOM.fullmatch(body) else f"(?:{body})"
            if not whole:
                part = body if lo else ""  # one (cut) time round, or none
            else:
                lo = min(lo, _LONG_REPEAT)
                hi = None if hi is _sre.MAXREPEAT or hi > _LONG_REPEAT else hi
                count = {(0, None): "*", (1, None): "+", (0, 1): "?"}.get((lo, hi))
                part = body + (count or (f"{{{lo},}}" if hi is None else f"{{{lo},{hi}}}"))
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # dropped: the loosened expression matches wherever the original does, and more
        elif op is _sre.GROUPREF:
            part = _WILD
        elif op is _sre.GROUPREF_EXISTS:
            _, yes, no = av
            first, ok = _emit(yes, flags, fold, state, max(left // 2, _LEAST), end=last)
            other, ok_other = _emit(no, flags, fold, state, max(left // 2, _LEAST), end=last) if no else ("", True)
            whole = ok and ok_other
            part = f"(?:{first}|{other})"
        else:
            raise _Unknown(op)
        left -= len(part)
        out.append(part)
        if not whole:
            return "".join(out), False
    return "".join(out), True


def _before(av: Any, flags: int = 0, state: Any = None) -> str | None:
    """A negative look-behind of one character that opens an expression (`(?<![a-z])note`), written as what may stand
    before the match: the start of the text or an ASCII character it does not match (`(?:^|[^a-z])note`). Hyperscan
    then looks for the words only where they begin (`note`, not the end of `footnote`). None for any other assertion.
    Only for expressions run on the text the screen reads: before a match there stands that very character."""
    direction, inner = av
    if direction != -1 or len(inner) != 1 or inner[0][0] not in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN):
        return None
    if state is None:
        return ""
    barred = _chars(inner[0][0], inner[0][1], flags, state) - {OUTSIDE}  # (a character outside ASCII may stand)
    return f"(?:^|{_klass(frozenset(c for c in _ASCII if c not in barred))})"


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
"""Items that match no character: after the last item that does, only these may stand at an expression's end."""
# A look-ahead that ends an expression (`password(?=[^\n]{0,60}?https?://)`) is written as what it looks at, where
# dropping it left `password`, found in every source file; anywhere else, what follows it must match at the same
# place as its content, which one expression cannot say: it is dropped.
_LEAST = 12
_BUDGET = 400
"""Characters of loosened expression written per expression at most: a long one is cut to a prefix (Hyperscan's
compilation time grows fast with the size of an expression, and a prefix tells nearly as well)."""


def loosened(pattern: re.Pattern[str], fold: bool = False, budget: int = _BUDGET) -> str | None:
    """An expression that Hyperscan reads and that matches a text wherever `pattern` can match it (more often, never
    less), each character of the text outside ASCII read as `OUTSIDE`; with `fold`, wherever `pattern` can match
    the text before it was lower-cased (for expressions run on the text itself while the screen reads the
    lower-cased one). A long expression is cut to a prefix of about `budget` characters. None when a match could be
    empty (Hyperscan refuses those) or the expression holds a construct not read here."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        out, _ = _emit(parsed, parsed.state.flags, fold, parsed.state, budget, start=True, end=True)
    except (_Unknown, re.error, TypeError, ValueError, RecursionError):
        return None
    if not out or re.compile(out).match("") is not None:
        return None
    return out


class Screen:
    """The expressions of several detectors, loosened (see `loosened`) into one Hyperscan database: one pass over a
    long text tells which of them may match it. Built in the background on the first text that asks (never
    in the way of a check); until it is ready, without the `hyperscan` package, for other texts and for expressions
    it could not loosen, every expression may match. The last text's answer is kept for the next detector. Each
    expression is loosened in about `budget` characters (see `loosened`)."""

    def __init__(self, budget: int = _BUDGET) -> None:
        self._budget = budget
        self._keys: frozenset[tuple[re.Pattern[str], bool]] = frozenset()
        self._db: _Database | None = None
        self._tried: frozenset[tuple[re.Pattern[str], bool]] | None = None
        self._last: tuple[str, _Database, set[re.Pattern[str]]] | None = None
        self._building = False
        self._builder: threading.Thread | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def add(self, patterns: Iterable[re.Pattern[str]], fold: bool = False) -> None:
        """Screen these expressions too (run on the lower-cased text, or on the text itself with `fold`)."""
        new = {(p, fold) for p in patterns} - self._keys
        if new:
            self._keys = self._keys | new

    def may(self, low: str, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` may match the text `low` is the lower-cased form of (True unless the screen read `low`
        and found no match of its loosened form)."""
        read = self.read(low)
        return read is None or pattern in read[0] or pattern not in read[1]

    def known(self, low: str, pattern: re.Pattern[str]) -> bool:
        """`may`, asked only of what the screen read already (True when its last text is not `low`): for a detector
        whose own passes cost less than a pass of the screen, which another detector of the same text pays for."""
        last = self._last
        return last is None or last[0] is not low or pattern in last[2] or pattern not in last[1].screened

    def read(self, low: str) -> tuple[set[re.Pattern[str]], frozenset[re.Pattern[str]]] | None:
        """The screened expressions whose loosened form matches `low`, and all the screened expressions; None when
        the screen cannot tell (see the class)."""
        last = self._last
        if last is not None and last[0] is low:
            return last[2], last[1].screened
        if len(low) < scan.LONG or not scan.ACCELERATE:
            return None
        db = self._ready()
        if db is None and scan.may_wait(low):
            db = self.wait()  # (reading a large text without it would cost more than building it)
        if db is None:
            return None
        hits = db.scan(low, self._local)
        self._last = (low, db, hits)
        return hits, db.screened

    def forget(self) -> None:
        """Let go of the last text's answer (and so of the text): a large text is not kept once its check is over."""
        self._last = None

    def _ready(self) -> _Database | None:
        """The database for the current expressions when it is ready; else None, and it is built in the
        background (once per set of expressions)."""
        keys = self._keys
        db = self._db
        if db is not None and db.keys == keys:
            return db
        self._build_soon(keys)
        return None

    def _build_soon(self, keys: frozenset[tuple[re.Pattern[str], bool]]) -> threading.Thread | None:
        """The thread building the database (started now for `keys` unless one is under way, or these were tried);
        None when none is."""
        if self._tried != keys and not self._building:
            with self._lock:
                if not self._building:
                    self._building = True
                    self._builder = threading.Thread(target=self._build, args=(keys,), name="screen-compile")
                    self._builder.daemon = True
                    self._builder.start()
        return self._builder if self._building else None

    def wait(self) -> _Database | None:
        """The database for the current expressions, waiting for the build under way (or starting one) when it is
        not ready; None when it cannot be had (no `hyperscan`, or expressions added meanwhile)."""
        for _ in range(2):  # (a build under way may be for fewer expressions: then one more for the current ones)
            keys = self._keys
            db = self._db
            if db is not None and db.keys == keys:
                return db
            builder = self._build_soon(keys)
            if builder is None or builder is threading.current_thread():
                return None
            builder.join()
        db = self._db
        return db if db is not None and db.keys == self._keys else None

    def _build(self, keys: frozenset[tuple[re.Pattern[str], bool]]) -> None:
        try:
            self._db = _compiled(keys, self._budget)
        finally:
            self._tried = keys
            self._building = False

    def stored(self) -> bool:
        """Whether the configured store holds the loosened forms of the current expressions: a long text was screened
        on an earlier start, and building the screen now costs little."""
        return compiled_store.holds(_LOOSENED, _loosened_inputs(self._keys, self._budget)[1])

    def prepare(self) -> bool:
        """Build the database now (tests, warm-up); whether it is in use."""
        if scan.ACCELERATE and (self._db is None or self._db.keys != self._keys):
            self._db = _compiled(self._keys, self._budget)
            self._tried = self._keys
        return scan.ACCELERATE and self._db is not None


def _compiled(keys: frozenset[tuple[re.Pattern[str], bool]], budget: int = _BUDGET) -> _Database | None:
    """`_Database.build`, then the memory its compilation used and let go given back to the system: Hyperscan's
    compiler takes several MB (~8 for the detectors' expressions, a database of less than 1) that would otherwise
    stay resident, on top of the first long text being checked meanwhile."""
    try:
        return _Database.build(keys, budget)
    finally:
        release_free()


def _loosened_all(
    keys: frozenset[tuple[re.Pattern[str], bool]], budget: int = _BUDGET
) -> dict[tuple[re.Pattern[str], bool], str | None]:
    """`loosened` of every key (in about `budget` characters each), kept with the compiled databases (see
    `compiled_store.remembered`) under the expressions, the budget and this module's source: a start after the first
    does not read the expressions again."""
    order, inputs = _loosened_inputs(keys, budget)
    forms = compiled_store.remembered(_LOOSENED, inputs, lambda: [loosened(*k, budget) for k in order])
    if len(forms) != len(order):
        forms = [loosened(*k, budget) for k in order]
    return dict(zip(order, forms, strict=True))


_LOOSENED = "screen-loosened"


def _loosened_inputs(keys: frozenset[tuple[re.Pattern[str], bool]], budget: int = _BUDGET) -> tuple[list[Any], Any]:
    """The keys in the order their loosened forms are stored in, and what names that entry."""
    order = sorted(keys, key=lambda k: (k[0].pattern, k[0].flags, k[1]))
    return order, (_source(), budget, tuple((p.pattern, p.flags, fold) for p, fold in order))


def _source() -> str:
    """A digest of this module's source (what `loosened` writes depends on it); unique when it cannot be read."""
    try:
        with open(__file__, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return os.urandom(16).hex()


class _Database:
    """A compiled screen: the loosened expressions in one Hyperscan database, a scratch space per thread."""

    __slots__ = ("engine", "keys", "order", "screened")

    def __init__(
        self, keys: frozenset[Any], engine: Any, order: tuple[re.Pattern[str], ...], failed: set[re.Pattern[str]]
    ) -> None:
        self.keys = keys
        self.engine = engine
        self.order = order
        self.screened = frozenset(order) - failed

    @classmethod
    def build(cls, keys: frozenset[tuple[re.Pattern[str], bool]], budget: int = _BUDGET) -> _Database | None:
        """The database (each expression loosened in about `budget` characters), or None without the `hyperscan`
        package or when it refuses the expressions."""
        try:
            import hyperscan  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            return None
        loose = _loosened_all(keys, budget)
        kept = sorted((k for k, x in loose.items() if x is not None), key=lambda k: (k[0].pattern, k[1]))
        if not kept:
            return None
        try:
            engine = compiled_store.compiled(
                hyperscan,
                expressions=[(loose[k] or "").encode("ascii") for k in kept],
                ids=list(range(len(kept))),
                flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(kept),
            )
        except Exception:  # an engine that refuses them leaves every expression to run
            return None
        # A pattern screened both on the text and on the lower-cased text is screened only if both forms could be
        # loosened; either form that matches lets it run.
        failed = {p for (p, _), x in loose.items() if x is None}
        return cls(keys, engine, tuple(k[0] for k in kept), failed)

    def scan(self, low: str, local: threading.local) -> set[re.Pattern[str]]:
        """The expressions whose loosened form matches `low` (each character outside ASCII read as `OUTSIDE`)."""
        import hyperscan

        scratch = getattr(local, "scratch", None)
        if scratch is None or scratch[0] is not self.engine:
            scratch = local.scratch = (self.engine, hyperscan.Scratch(self.engine))
        found: set[int] = set()

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> None:
            found.add(i)

        with contextlib.suppress(hyperscan.ScanTerminated):
            read = ascii_view(low) if low.isascii() else scan._ascii(low)
            self.engine.scan(read, match_event_handler=on_match, scratch=scratch[1])
        order = self.order
        return {order[i] for i in found}


_ASCII_AT = sys.getsizeof("") - 1
"""Where the characters of a compact ASCII string begin in the string object (CPython)."""


def ascii_view(low: str) -> bytes | memoryview:
    """The bytes of ASCII text `low`, read in place where the interpreter keeps them as such (CPython's compact ASCII
    strings: one byte per character after a fixed header), else encoded: a long text is not copied to be scanned.
    The view is valid while `low` is alive (the caller holds it for the scan)."""
    if not _IN_PLACE[0] or type(low) is not str or sys.getsizeof(low) != _ASCII_AT + len(low) + 1:
        return low.encode("ascii")
    chars = (ctypes.c_char * len(low)).from_address(id(low) + _ASCII_AT)
    return memoryview(chars).cast("B").toreadonly()


_IN_PLACE = [platform.python_implementation() == "CPython"]
"""Whether ASCII strings are read in place (checked once below on a made-up text)."""
_PROBE = "".join(chr(33 + i % 90) for i in range(97))
_IN_PLACE[0] = _IN_PLACE[0] and bytes(ascii_view(_PROBE)) == _PROBE.encode("ascii")


SCREEN = Screen()
"""The screen the detectors share (see `Screen`)."""

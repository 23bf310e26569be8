"""One Hyperscan pass over a short string (a definition's, or a tool result's) that tells which rules of a set cannot
match it.

A definition's strings are short, and the rules their words leave alive (see `injection._live`) are mostly searched
in vain: a rule led by a choice of words (`\\b(?:before|prior\\s+to)\\s+(?:every|each)...`) is tried by the regex
engine at every place of the string, some 10-20 us a search. Here every rule of the set is loosened as the shared
screen of long texts loosens expressions (`screen.loosened`: a form Hyperscan reads that matches wherever the rule's
expression can), all in one database; one pass over the string tells which rules' loose forms match it, and the
others are not searched. The findings are the same with or without it: a rule is dropped only where its expression
has no match. A short tool result is screened the same way against the output rules its words leave alive (see
`injection._led_placed`): most of them are led by short words (`in`, `at`, `si`) that stand inside many words.

The rules are read from the rule set itself (a rule added to it is screened with no change here). The database is
loaded from the store in the background on the first ask when an earlier start stored it; else, where a store is
configured (a gateway's), it is built in the background a while after the rule set has been asked about `_WORTH`
strings (a catalog of a few tools never pays for it, and a start does not compete with it), then stored. Until it
is ready, without the `hyperscan` package, for a string outside ASCII and for a rule it could not loosen, every live
rule is searched as before.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secure_mcp_gateway.memory import release_free

from . import compiled_store, scan, screen

if TYPE_CHECKING:
    from .injection import Rule

ON = True
"""Whether rule sets are screened at all (tests compare the findings with and without)."""
_WORTH = 128
"""Strings a rule set is asked about before its database is built (when the store does not hold it already)."""
_LATER = 30.0
"""Seconds after the `_WORTH`-th ask that a database the store does not hold is built: not while a start screens a
large catalog (a first start compiles the detectors' other databases then), for the next start and for the lists
servers send later."""
BUDGET = 240
"""Characters of loose form per rule at most (see `screen.loosened`): a longer one is cut to a prefix, which tells
nearly as well and compiles several times faster (~0.8 s of CPU for the definition rules at 150, ~2.4 s at 400)."""
_LEAST = 2
"""Live rules a string must have for the pass to be made: one rule is searched for less than the pass costs (on
varied definition strings with one live rule, ~5 us a string searched against ~8 us with the pass)."""
_KIND = "rule-screen-loosened"
_KEPT = 8
"""Rule sets kept (each rule set is one tuple for the life of the process)."""


class RuleScreen:
    """The screen of one rule set (see the module)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = rules
        self._asked = 0
        self._db: _Database | None = None
        self._state = "new"  # "new", "loading", "unstored", "later", "building", "ready", "failed"
        self._lock = threading.Lock()
        self._local = threading.local()
        self.job: threading.Thread | None = None
        """The last background load or build started (tests wait for it)."""

    def narrowed(self, live: tuple[Rule, ...], low: str) -> tuple[Rule, ...]:
        """The rules of `live` (rules of this set) that may match `low`: those whose loose form matches it, and those
        not screened."""
        db = self._db
        if db is None:
            self._asked += 1
            if self._state == "new" or (self._state == "unstored" and self._asked >= _WORTH and compiled_store.store()):
                self._start()
            return live
        if len(live) < _LEAST or not low.isascii():
            return live  # (one rule's search costs less than the pass)
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = db.scratch()
        hits: set[int | None] = set()
        db.engine.scan(low.encode("ascii"), _hit, 0, hits, scratch)  # (by position: cheaper than by keyword)
        hits.add(None)  # (a rule not screened has no slot: it is kept)
        # each rule's slot looked up and tested in compiled code, in order, not by a Python step a rule
        return tuple(compress(live, map(hits.__contains__, map(db.slot.get, map(id, live)))))

    def prepare(self) -> bool:
        """Build the database now (tests, warm-up); whether it is in use."""
        if self._db is None and self._state != "failed":
            self._build()
        return self._db is not None

    def _start(self) -> None:
        """Load the database from the store in the background (first ask); when the store does not hold it, build it
        `_LATER` seconds after the `_WORTH`-th ask, out of the way of the start that asks."""
        with self._lock:
            if self._state == "new":
                self._state = "loading"
                job = threading.Thread(target=self._build, args=(True,), name="rule-screen-load", daemon=True)
            elif self._state == "unstored":
                self._state = "later"
                job = threading.Timer(_LATER, self._build)
                job.name = "rule-screen-compile"
                job.daemon = True
            else:
                return
            self.job = job
        job.start()

    def _build(self, stored_only: bool = False) -> None:
        if self._db is not None:  # (built meanwhile by `prepare`)
            return
        try:
            self._db = _Database.build(self.rules, stored_only) if scan.ACCELERATE else None
        except Exception:  # refused or without the package: every live rule is searched, as before
            self._db = None
        finally:
            if self._db is not None:
                self._state = "ready"
            else:
                self._state = "unstored" if stored_only and scan.ACCELERATE else "failed"
            release_free()


def _hit(i: int, start: int, end: int, flags: int, hits: set[int | None]) -> None:
    hits.add(i)


class _Database:
    """The loose forms of a rule set's rules in one Hyperscan database, and which rule each id stands for."""

    __slots__ = ("engine", "slot")

    def __init__(self, engine: Any, slot: dict[int, int]) -> None:
        self.engine = engine
        self.slot = slot
        """id(rule) -> the id its loose form reports (the rules screened)."""

    def scratch(self) -> Any:
        """A scratch space for this database (one per thread)."""
        import hyperscan  # type: ignore[import-not-found,unused-ignore]

        return hyperscan.Scratch(self.engine)

    @classmethod
    def build(cls, rules: Sequence[Rule], stored_only: bool = False) -> _Database | None:
        """The database, or None without the `hyperscan` package or with no rule loosened; with `stored_only`, None
        unless the store holds it (loose forms and compiled database)."""
        try:
            import hyperscan
        except ImportError:
            return None
        inputs = _inputs(rules)
        forms = compiled_store.recall(_KIND, inputs)
        if forms is None or len(forms) != len(rules):
            if stored_only:
                return None
            forms = [_loose(r) for r in rules]
            compiled_store.keep(_KIND, inputs, forms)
        kept = [(i, f) for i, f in enumerate(forms) if f is not None]
        if not kept:
            return None
        expressions = [f.encode("ascii") for _, f in kept]
        ids = list(range(len(kept)))
        flags = [hyperscan.HS_FLAG_SINGLEMATCH] * len(kept)
        if stored_only and not _holds(hyperscan, expressions, ids, flags):
            return None
        engine = compiled_store.compiled(hyperscan, expressions=expressions, ids=ids, flags=flags)
        return cls(engine, {id(rules[i]): n for n, (i, _) in enumerate(kept)})


def _holds(hyperscan: Any, expressions: list[bytes], ids: list[int], flags: list[int]) -> bool:
    """Whether the configured store has an entry for the database of these expressions (not read here)."""
    found = compiled_store.store()
    name = compiled_store.digest(hyperscan, expressions, ids, flags, hyperscan.HS_MODE_BLOCK)
    return found is not None and found.path(name).is_file()


def _loose(rule: Rule) -> str | None:
    """The loose form of a rule's expression, or None when it is not screened: a rule that also matches at the very
    start of a text by an expression of its own (`Rule.at_start`), or one `screen.loosened` cannot write."""
    if rule.at_start is not None:
        return None
    form = screen.loosened(rule.pattern, budget=BUDGET)
    return form if form is not None and form.isascii() else None


def _inputs(rules: Sequence[Rule]) -> tuple[Any, ...]:
    """What names a rule set's loose forms in the store: the expressions, and the code that loosens them."""
    return (_SOURCE[0], BUDGET, tuple((r.pattern.pattern, _flags(r.pattern), r.at_start is None) for r in rules))


def _flags(pattern: Any) -> int:
    """The flags an expression was compiled with (a lazy one's without compiling it)."""
    given = getattr(pattern, "_flags", None)
    return int(given) if given is not None else int(pattern.flags)


def _source() -> str:
    """A digest of this module's and `screen`'s source (what the loose forms depend on); unique when unreadable."""
    digest = hashlib.sha256()
    try:
        for path in (Path(__file__), Path(screen.__file__)):
            digest.update(path.read_bytes())
    except OSError:
        return os.urandom(16).hex()
    return digest.hexdigest()


_SOURCE = [_source()]
_SCREENS: dict[int, RuleScreen] = {}
_LAST: list[RuleScreen | None] = [None]
"""The screen asked for last."""


def of(rules: Sequence[Rule]) -> RuleScreen | None:
    """The screen of a rule set (made on first ask); None when screening is off."""
    if not ON:
        return None
    last = _LAST[0]
    if last is not None and last.rules is rules:  # (one rule set asks, string after string)
        return last
    found = _SCREENS.get(id(rules))
    if found is None or found.rules is not rules:
        if len(_SCREENS) >= _KEPT:
            _SCREENS.clear()
        found = _SCREENS[id(rules)] = RuleScreen(rules)
    _LAST[0] = found
    return found

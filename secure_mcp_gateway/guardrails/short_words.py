"""Where the injection readers' words occur in a short ASCII text: one Hyperscan pass for all of them."""

from __future__ import annotations

import threading
from typing import Any

from . import compiled_store, scan

_MOST = 4096
"""A text with more places than this (words that overlap everywhere) is left to the readers' own searches."""


class ShortIndex:
    """Every place of every added word in a short ASCII text (overlapping places too), in one Hyperscan pass over
    it: the words the rule gate, the clause cues, the wide rules and the persona and send cues each look for
    with passes of their own otherwise. The database is compiled in the background on the first text that asks
    (never in the way of a check); until then, without the `hyperscan` package, for a text outside ASCII or at
    least `scan.LONG` long (the shared index reads those), `places` answers None and each reader searches as
    before. The last text's answer is kept: the readers of one text pay for one pass."""

    def __init__(self, under: ShortIndex | None = None) -> None:
        self._under = under
        """An index whose words this one looks for too, and whose answer for a text it hands over (see `_lend`)."""
        self._under_version = -1
        self._covers: tuple[Any, tuple[str, ...], frozenset[str] | None] | None = None
        """The last database of `under` compared with this one's words, those words, and its own words when this
        one's hold them all (else None)."""
        self._words: set[str] = set()
        self._version = 0
        self._state: tuple[tuple[Any, tuple[str, ...], tuple[int, ...]] | None, int] = (None, -1)
        """The database, the words by id and their sizes, and the version of the words it was built for (one tuple:
        a rebuild replaces them together, and a reader never pairs one build's database with another's version)."""
        self._building = False
        self._lock = threading.Lock()
        self._local = threading.local()
        self._last: tuple[str, dict[str, list[int]], int] | None = None
        """The last text, its words' places and the version of the words they were read for (words added since, by
        another reader's first check of the same text, make it stale)."""
        if under is not None:
            self._under_version = under._version
            self.add(under._words)

    def add(self, words: Any) -> None:
        """Look for these words too (those outside ASCII never occur in a text read here: they are left out)."""
        new = {w for w in words if w and w.isascii()}
        with self._lock:  # (two threads' first checks may add at once: neither's words are lost)
            if not new <= self._words:
                self._words = self._words | new
                self._version += 1

    def places(self, low: str) -> dict[str, list[int]] | None:
        """Each added word that occurs in `low` (lower-cased) with every place it starts, in order; None when the
        text is not ASCII, is at least `scan.LONG` long, or the database is not ready."""
        under = self._under
        if under is not None and under._version != self._under_version:
            self._under_version = under._version
            self.add(under._words)
        version = self._version  # (before the database is taken: an answer for older words is never taken as current)
        last = self._last
        if last is not None and last[0] is low and last[2] == version:
            return last[1]
        if len(low) >= scan.LONG or not low.isascii():
            return None
        fast = self._ready()
        if fast is None:
            return None
        db, order, sizes = fast
        scratch = getattr(self._local, "scratch", None)
        if scratch is None or self._local.db is not db:
            import hyperscan

            scratch = self._local.scratch = hyperscan.Scratch(db)
            self._local.db = db
        hits: list[tuple[int, int]] = []
        add = hits.append

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> bool:
            add((i, end - sizes[i]))
            return len(hits) > _MOST  # True stops the scan

        try:
            db.scan(low.encode("ascii"), on_match, 0, None, scratch)  # (positional: half the call's cost)
        except Exception:  # stopped: too many places
            return None
        if len(hits) > _MOST:
            return None
        found: dict[str, list[int]] = {}
        for i, at in hits:  # in the order their ends come: a word's places in order
            word = order[i]
            got = found.get(word)
            if got is None:
                found[word] = [at]
            else:
                got.append(at)
        self._last = (low, found, version)
        if under is not None:
            self._lend(under, low, found, order)
        return found

    def _lend(self, under: ShortIndex, low: str, found: dict[str, list[int]], held: tuple[str, ...]) -> None:
        """Give `under` its answer for `low` from this pass (`held`: the words of the database that made it), when
        that database holds every word of the one `under` answers with now: each word is the same literal in both,
        so its places are the same, in the same order, and no more of them than this pass's (within `_MOST`)."""
        below, built = under._state
        if below is None or below[0] is None or built != under._version:
            return
        covers = self._covers
        if covers is None or covers[0] is not below or covers[1] is not held:
            words = frozenset(below[1])
            covers = self._covers = (below, held, words if words <= set(held) else None)
        if covers[2] is not None:
            under._last = (low, {w: at for w, at in found.items() if w in covers[2]}, built)

    def forget(self) -> None:
        """Let go of the last text's answer."""
        self._last = None

    def _ready(self) -> tuple[Any, tuple[str, ...], tuple[int, ...]] | None:
        """The database for the current words when it is built; else None, and it is built in the background."""
        if not scan.ACCELERATE:
            return None
        fast, built = self._state
        if built == self._version:
            return None if fast is None or fast[0] is None else fast
        if not self._building:
            with self._lock:
                if not self._building:
                    self._building = True
                    threading.Thread(target=self._build, name="short-words-compile", daemon=True).start()
        return None

    def _build(self) -> None:
        try:
            version, words = self._version, tuple(sorted(self._words))
            try:
                import hyperscan  # type: ignore[import-not-found,unused-ignore]

                db = compiled_store.compiled(
                    hyperscan,
                    expressions=["".join(f"\\x{b:02x}" for b in w.encode()).encode() for w in words],
                    ids=list(range(len(words))),
                    flags=[0] * len(words),
                )
            except Exception:  # without the package, or refused: the readers' own searches stay in charge
                db = None
            self._install(db, words, version)
        finally:
            self._building = False

    def _install(self, db: Any, words: tuple[str, ...], version: int) -> None:
        """Use `db`, built for `words` (those of `version`), unless a build for newer words is in use already (the
        background build and `prepare` may finish in either order)."""
        with self._lock:
            if version >= self._state[1]:
                self._state = ((db, words, tuple(map(len, words))), version)
                self._last = None

    def prepare(self) -> bool:
        """Build the database now (tests, warm-up); whether it is in use."""
        if scan.ACCELERATE and self._state[1] != self._version:
            self._building = True
            self._build()
        fast = self._state[0]
        return scan.ACCELERATE and fast is not None and fast[0] is not None


SHORT = ShortIndex()

"""Whether an expression may match in a short string, by one Hyperscan pass of a looser form of it.

Python's regex engine tries every branch of a long alternation of words at every place of a string (some 30 us for
40 characters and the id words of `pii`), while Hyperscan reads the string once for all of them (under 1 us). A
`MayMatch` answers False only where the looser form, which matches wherever the expression does, matches nowhere;
the caller then skips the expression, and runs it as before everywhere else.
"""

from __future__ import annotations

from typing import Any

from . import compiled_store, lazy
from .scan import _Compiled

_EDGE_BEFORE = lazy.compile(r"\A\(\?<!\[[^\]\\]*\]\)")
_EDGE_AFTER = lazy.compile(r"\(\?!\[[^\]\\]*\]\)\Z")
_GROUP = lazy.compile(r"(?<!\\)\((?!\?)")
_LOOK = lazy.compile(r"\(\?<?[=!]|\\[bBAZ]")
_UNICODE = lazy.compile(r"\\u([0-9a-fA-F]{4})")


def loosened(pattern: str) -> str:
    """`pattern` without its one look-behind before and one look-ahead after (each `(?<![...])`/`(?![...])`), with
    its groups as plain ones and `\\uXXXX` as the letter: it matches wherever `pattern` does, at the same start.
    Raises ValueError when another look-around or anchor is left (that form could miss a match)."""
    core = _EDGE_AFTER.sub("", _EDGE_BEFORE.sub("", pattern))
    core = _GROUP.sub("(?:", core)
    core = _UNICODE.sub(lambda m: chr(int(m.group(1), 16)), core)
    if _LOOK.search(core) is not None:
        raise ValueError(f"a look-around or anchor is left in {pattern!r}")
    return core


class MayMatch(_Compiled):
    """Whether an expression may match in a string (see the module's docstring); True, meaning "search it", while
    the database is built (in the background, on the first call) and without Hyperscan."""

    _THREAD = "may-match-compile"

    def __init__(self, pattern: str) -> None:
        self.loose = loosened(pattern)
        super().__init__()

    def may(self, text: str) -> bool:
        """False only when the expression matches nowhere in `text`."""
        db = self._accelerated()
        if db is None:
            return True
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None or scratch[0] is not db:
            scratch = self._local.scratch = (db, hyperscan.Scratch(db))
        try:  # (a lone surrogate becomes `?`, which no match holds, as no match holds the surrogate)
            db.scan(text.encode("utf-8", "replace"), match_event_handler=_stop, scratch=scratch[1])
        except hyperscan.ScanTerminated:
            return True
        return False

    def _compile(self, hyperscan: Any) -> Any:
        flags = hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_SINGLEMATCH
        return compiled_store.compiled(hyperscan, expressions=[self.loose.encode()], ids=[0], flags=[flags])


def _stop(*_: object) -> bool:
    """Ends the scan at the first match."""
    return True

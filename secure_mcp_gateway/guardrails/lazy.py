"""Regular expressions compiled on first use, or ahead of it on a background thread, instead of at import.

Compiling the detectors' few hundred expressions costs about 0.1 s, most of it in Python's own regex parser; at
import it delayed every start. A `Lazy` expression holds its source and compiles it when first used; after that its
methods are the compiled expression's own (copied onto it), so using it costs what using the compiled one does.
`prepare()` compiles every one made so far; `prepare_soon()` does that on a daemon thread that lets the event loop
have the interpreter between expressions. Either way the compiled expression is the same, and so is every match.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_MADE: list[Lazy] = []
_START = threading.Lock()
_STARTED: list[bool] = []
_PAUSE = 0.0002
"""Seconds the background thread pauses after each expression, so the event loop gets the interpreter promptly."""


def _first_use(name: str) -> Callable[..., Any]:
    """`re.Pattern`'s method `name` for a `Lazy` expression: compiles it, then calls the compiled one's."""

    def call(self: Lazy, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    call.__name__ = name
    return call


class Lazy:
    """A regular expression compiled on first use; `pattern` (its source) is known without compiling. Two are equal
    only when they are the same object.

    Once compiled, the compiled expression's methods are kept on the object itself, where they are found before the
    class's (which compile first): a call then costs what calling the compiled one's method does."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if not yet)."""
        known = self.__dict__.get("_compiled")
        if known is not None:
            return known  # type: ignore[no-any-return]
        done = re.compile(self.pattern, self._flags)
        for name in _METHODS:
            self.__dict__[name] = getattr(done, name)
        self.__dict__["_compiled"] = done
        return done

    search = _first_use("search")
    match = _first_use("match")
    fullmatch = _first_use("fullmatch")
    finditer = _first_use("finditer")
    findall = _first_use("findall")
    sub = _first_use("sub")
    subn = _first_use("subn")
    split = _first_use("split")
    scanner = _first_use("scanner")

    @property
    def groups(self) -> int:
        """How many groups the expression has."""
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        """The expression's named groups and their numbers."""
        return self.compiled().groupindex

    @property
    def flags(self) -> int:
        """The expression's flags (those it was compiled with and those it sets itself)."""
        return self.compiled().flags

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> Any:
    """`re.compile(pattern, flags)`, compiled on first use (see `Lazy`)."""
    return Lazy(pattern, flags)


def prepare(pause: float = 0.0) -> int:
    """Compile every lazy expression not compiled yet (pausing `pause` seconds after each); how many were."""
    count = 0
    for lazy in list(_MADE):
        if "_compiled" not in lazy.__dict__:
            lazy.compiled()
            count += 1
            if pause:
                time.sleep(pause)
    return count


def prepare_soon(then: Callable[[], object] | None = None) -> threading.Thread | None:
    """Compile every lazy expression on a daemon thread, then call `then` (once per process: the thread, or None
    when it was started before). A check that needs an expression sooner compiles it itself (the same one)."""
    with _START:
        if _STARTED:
            return None
        _STARTED.append(True)
    thread = threading.Thread(target=_prepare_then, args=(then,), name="compile-detectors", daemon=True)
    thread.start()
    return thread


def _prepare_then(then: Callable[[], object] | None) -> None:
    try:
        prepare(_PAUSE)
        if then is not None:
            then()
    except Exception:  # an early start is an optimisation: the checks build what they need themselves
        log.debug("preparing the detectors ahead of use failed", exc_info=True)

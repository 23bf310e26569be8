"""Regular expressions compiled on first use, or ahead of it on a background thread, instead of at import.

Compiling the detectors' few hundred expressions costs about 0.1 s, most of it in Python's own regex parser; at
import it delayed every start. A `Lazy` expression holds its source and compiles it when first used; after that its
methods are the compiled expression's own (copied onto it), so using it costs what using the compiled one does.
`prepare()` compiles every one made so far; `prepare_soon()` does that on a daemon thread that lets the event loop
have the interpreter between expressions. Either way the compiled expression is the same, and so is every match.

With a store of compiled detector databases configured (see `compiled_store`), `prepare()` keeps the regex engine's
code of every expression there too, under the local key's MAC and named by the Python build and the expressions: a
start after the first builds each expression from its stored code (~10 ms for all) instead of parsing it again
(~0.7 s). A compiled expression is equal (`==`: same source, flags and code) to the one `re.compile` makes.
"""

from __future__ import annotations

import array
import json
import logging
import re
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_MADE: list[Lazy] = []
_START = threading.Lock()
_COMPILING = threading.RLock()
"""Held while an expression is compiled: a check that needs one the background thread is compiling waits for it
instead of compiling it a second time beside it."""
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

    def compiled(self, code: bytes | re.Pattern[str] | None = None) -> re.Pattern[str]:
        """The compiled expression (compiled now if not yet: from its stored `code` when given and sound)."""
        known = self.__dict__.get("_compiled")
        if known is not None:
            return known  # type: ignore[no-any-return]
        with _COMPILING:
            known = self.__dict__.get("_compiled")
            if known is not None:
                return known  # type: ignore[no-any-return]  # (compiled by another thread meanwhile)
            if code is None:
                code = _recalled_code(self.pattern, self._flags)
            done = (None if code is None else _from_code(self.pattern, code)) or re.compile(self.pattern, self._flags)
            if _RECALLED:
                _built(self.pattern, self._flags, done)
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
    """Compile every lazy expression not compiled yet (pausing `pause` seconds after each one parsed); how many were.
    Only those made since the last `prepare` are looked at (it compiled the others), with those `built` parsed: a
    second `prepare` after the first checks keeps in the index the expressions they made or built (see `_WANTED`)."""
    every = _MADE
    start = _PREPARED[1] if _PREPARED[0] is every else 0
    made = every[start:]
    count = compile_all(made, pause)
    with _START:
        if _PREPARED[0] is not every:
            _PREPARED[:] = [every, 0]
        _PREPARED[1] = max(_PREPARED[1], start + len(made))
    return count


_PREPARED: list[Any] = [None, 0]
"""The list of expressions made and how many of them (the first) a finished `prepare` compiled."""


def built(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` now, built from its stored code when the index holds it (see `_INDEX`), else
    parsed and its code kept by the next `prepare`: for expressions the same on every start made at a first check
    (a module's own word tables), never for ones that depend on the texts read."""
    code = _recalled_code(pattern, flags)
    done = None if code is None else _from_code(pattern, code)
    if done is None:
        done = re.compile(pattern, flags)
        if len(_WANTED) < _WANTED_MOST:
            _WANTED[pattern, int(flags)] = done
    elif _RECALLED:
        _built(pattern, flags, done)
    return done


_WANTED: dict[tuple[str, int], re.Pattern[str]] = {}
"""The expressions `built` parsed (not found in the index) since the last `prepare`: it adds their codes."""
_WANTED_MOST = 1024


def compile_all(made: list[Lazy], pause: float = 0.0) -> int:
    """Compile those of `made` not compiled yet, from their code in the configured store when it holds a sound copy
    (else parsed, and their code stored); how many were."""
    codes = _stored_codes(made, pause)
    count = 0
    for lazy, code in zip(made, codes, strict=True):
        if "_compiled" not in lazy.__dict__:
            lazy.compiled(code)
            count += 1
            if pause and code is None:
                time.sleep(pause)
    return count


def _stored_codes(made: list[Lazy], pause: float) -> list[bytes | re.Pattern[str] | None]:
    """The stored code of each of `made` (see the module; or the expression itself, built already from the index),
    or None for each when no store is configured. The index is read once; only the expressions it lacks are parsed,
    and their codes are added to it every `_INDEX_EVERY` expressions (a gateway that ends before all are parsed
    still keeps what it parsed, for the next start)."""
    from . import compiled_store

    wanted = dict(_WANTED)
    for key in wanted:
        _WANTED.pop(key, None)
    if compiled_store.store() is None or _CODE_FORM is None:
        return [None] * len(made)
    keys = sorted({(x.pattern, int(x._flags)) for x in made if isinstance(x.pattern, str)} | wanted.keys())
    if not _RECALL_TRIED:
        _recall_index()
    with _RECALL:
        held: dict[tuple[str, int], bytes | re.Pattern[str] | None] = {key: _RECALLED.get(key) for key in keys}
    missing = [key for key, code in held.items() if code is None]
    for at in range(0, len(missing), _INDEX_EVERY):
        found: dict[tuple[str, int], bytes | None] = {}
        for key in missing[at : at + _INDEX_EVERY]:
            found[key] = _code_of(*key)
            if pause:
                time.sleep(pause)
        _index(found)
        held.update(found)
    for key, done in wanted.items():  # (their codes let go, as for any expression built)
        _built(*key, done)
    return [held.get((x.pattern, int(x._flags))) if isinstance(x.pattern, str) else None for x in made]


_INDEX_EVERY = 1024
"""Expressions parsed between two writes of the index (each write rewrites all of it)."""
_INDEX = "regex-code-index"
"""The stored code of every expression prepared lately, by expression (whatever else was made with it): what an
expression used before `compile_all` reaches it (a start screening its servers' lists) is built from."""
_INDEX_MOST = 8192
_RECALLED: dict[tuple[str, int], bytes | re.Pattern[str]] = {}
"""The index as read: each expression's stored code, or the expression once built (its code let go: the codes of
the few thousand expressions a start builds took ~15 MB that stayed for the process's life)."""
_RECALL = threading.Lock()
_RECALL_TRIED: list[bool] = []


def _recalled_code(pattern: Any, flags: int) -> bytes | re.Pattern[str] | None:
    """The stored code of an expression first used before `compile_all` reached it (see `_INDEX`), the expression
    itself when one with the same source and flags was built already, or None: no store, no index in it yet (a
    first start), or no code kept for this expression. The index is read once."""
    if not _RECALL_TRIED:
        _recall_index()
    return _RECALLED.get((pattern, int(flags))) if isinstance(pattern, str) else None


def _built(pattern: Any, flags: int, done: re.Pattern[str]) -> None:
    """An expression was built: its code in the index read is let go, the expression kept in its place."""
    key = (pattern, int(flags))
    with _RECALL:
        if type(_RECALLED.get(key)) is bytes:
            _RECALLED[key] = done


def _recall_index() -> None:
    from . import compiled_store

    with _RECALL:
        if _RECALL_TRIED:
            return
        _RECALL_TRIED.append(True)
        if _CODE_FORM is None or compiled_store.store() is None:
            return
        _RECALLED.update(_stored_index())


_RECORD = struct.Struct("<III")
"""An index record's head: the sizes of the expression (UTF-8) and of its code, and its flags, between them."""


def _stored_index() -> dict[tuple[str, int], bytes]:
    """The stored index as the store holds it now (empty when it holds none that is sound): records of each
    expression and its code, as bytes (see `_RECORD`; read without decoding any text but the expressions')."""
    from . import compiled_store

    payload = compiled_store.recall_bytes(_INDEX, (_CODE_FORM,)) or memoryview(b"")
    out: dict[tuple[str, int], bytes] = {}
    at, size, head = 0, len(payload), _RECORD.size
    try:
        while at + head <= size:
            length, flags, coded = _RECORD.unpack_from(payload, at)
            at += head
            pattern = str(payload[at : at + length], "utf-8", "surrogatepass")
            at += length
            if at + coded > size:
                break
            out[pattern, flags] = payload[at : at + coded].tobytes()
            at += coded
    except (UnicodeDecodeError, struct.error):
        return {}
    return out


def _indexed(codes: dict[tuple[str, int], bytes]) -> bytes:
    """The stored form of the index (see `_stored_index`)."""
    parts: list[bytes] = []
    for (pattern, flags), code in codes.items():
        text = pattern.encode("utf-8", "surrogatepass")
        parts += (_RECORD.pack(len(text), flags, len(code)), text, code)
    return b"".join(parts)


def _index(found: dict[tuple[str, int], bytes | None]) -> None:
    """Keep the codes `compile_all` found in the index (see `_INDEX`) when it lacks any of them."""
    from . import compiled_store

    if not _RECALL_TRIED:
        _recall_index()
    with _RECALL:
        fresh = {key: code for key, code in found.items() if code is not None and _stale(_RECALLED.get(key), code)}
        if not fresh:
            return
        _RECALLED.update(fresh)
        while len(_RECALLED) > _INDEX_MOST:  # (the oldest first: expressions no longer made)
            del _RECALLED[next(iter(_RECALLED))]
        # an expression built already let its code go: it is in `found`, or else in the index as stored (read again
        # only then), so that a later, smaller set never writes the index without the expressions built before it
        gone = any(type(kept) is not bytes and key not in found for key, kept in _RECALLED.items())
        stored = _stored_index() if gone else {}
        codes: dict[tuple[str, int], bytes] = {}
        for key, kept in _RECALLED.items():
            code = kept if type(kept) is bytes else found.get(key) or stored.get(key)
            if code is not None:
                codes[key] = code
    compiled_store.keep_bytes(_INDEX, (_CODE_FORM,), _indexed(codes))


try:
    import _sre

    if sys.version_info >= (3, 11):
        from re import _compiler as _sre_compile  # type: ignore[attr-defined]
        from re import _parser as _sre_parse  # type: ignore[attr-defined]
    else:  # Python 3.10
        import sre_compile as _sre_compile  # type: ignore[no-redef]
        import sre_parse as _sre_parse  # type: ignore[no-redef]
    _CODE_FORM: tuple[Any, ...] | None = (2, sys.version, sys.byteorder, _sre.MAGIC, _sre.CODESIZE)
    if array.array("I").itemsize != _sre.CODESIZE or not callable(getattr(_sre_compile, "_code", None)):
        _CODE_FORM = None
except ImportError:  # another interpreter: expressions are parsed on each start
    _CODE_FORM = None
"""What the stored code depends on besides the expressions: the interpreter's build and its regex engine."""


def _stale(kept: bytes | re.Pattern[str] | None, code: bytes) -> bool:
    """Whether the index lacks `code` for its expression (an expression built from the index holds its code)."""
    return kept is None or (type(kept) is bytes and kept != code)


_HEAD = struct.Struct("<iiI")
"""A code's head: the expression's flags, its number of groups less one, the size of its group names (JSON)."""


def _code_of(pattern: str, flags: int) -> bytes | None:
    """The regex engine's code for `pattern` (what `re.compile` builds the expression from), as bytes: `_HEAD`, the
    group names when there are any, the engine's words; None when it cannot be had (the expression is then
    compiled as usual)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
        code = _sre_compile._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        names = json.dumps([groupindex, indexgroup]).encode() if groupindex else b""
        head = _HEAD.pack(flags | parsed.state.flags, parsed.state.groups - 1, len(names))
        return head + names + array.array("I", code).tobytes()
    except Exception:  # an expression `re.compile` refuses raises there, at its first use, as it always did
        return None


def _from_code(pattern: str, code: bytes | re.Pattern[str]) -> re.Pattern[str] | None:
    """The expression `pattern` built from its stored `code` (see `_code_of`), or `code` itself when it is the
    expression built already; None when the code does not load."""
    if type(code) is not bytes:
        return code
    try:
        flags, groups, named = _HEAD.unpack_from(code)
        start = _HEAD.size + named
        if named:
            groupindex, indexgroup = json.loads(code[_HEAD.size : start])
        else:
            groupindex, indexgroup = {}, [None] * (groups + 1)
        words = array.array("I")
        words.frombytes(memoryview(code)[start:])
        return _sre.compile(  # type: ignore[no-any-return]
            pattern, flags, words.tolist(), groups, groupindex, tuple(indexgroup)
        )
    except Exception:
        return None


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

"""A server's large answer whose result has the same bytes as its last one's, read without decoding that result again.

A server asked the same thing again often answers with the same line but for the request's id. Once two large
answers in a row carried the same result bytes, those bytes and the value they decode to are kept (the value is
never handed out); a later line holding them where they stood (before or after what changed) has the rest of it
(the envelope: `jsonrpc`, `id`) decoded strictly with a placeholder string where the result stands, and gets a
new copy of the kept value as its result (new containers; strings and numbers shared, they cannot change).

That is the value decoding the whole line gives: the kept bytes decode to one complete value by themselves, and a
complete value reads the same wherever it stands; the placeholder (random per process, in no line) coming back as
the envelope's `result` shows it stands there, the last `result` of the line's top-level object.
"""

from __future__ import annotations

import secrets
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.framing import ParseError, decode

MIN_BYTES = 16 * 1024
"""Shorter lines are decoded whole (what a copy spares them is not worth the looking)."""
MAX_BYTES = 256 * 1024
"""Longer lines are decoded whole: nothing of them is kept."""
STALE = 8
"""A kept result that did not come back in this many large lines in a row is let go (the server's answers changed)."""
HELD_BYTES = 2 * 1024 * 1024
"""What the twins of all links keep, together, at most (a last line's bytes, a kept result's twice: its bytes and
its value); past it, the twin used least recently lets go of all it keeps."""
_REACH = 256
"""Bytes at each end of a line where the envelope's parts are looked for."""
_MOST_CONTAINERS = 64
"""Results with more objects and arrays than this are decoded whole (copying many would cost what decoding does)."""
_MARK = secrets.token_hex(16)
_PLACEHOLDER = b'"' + _MARK.encode() + b'"'
_SPACE = b" \t\r\n"
_SCALARS = (str, int, float, bool, type(None))

Kept = tuple[bytes, int, int, Any]
"""Result bytes that repeated, where they stood in their line (after so many bytes, before so many), their value."""


class Twin:
    """One server's last large line, and the result bytes that repeated, with their value (see the module)."""

    __slots__ = ("__weakref__", "_kept", "_last", "_misses")

    def __init__(self) -> None:
        self._last: bytes | None = None
        self._kept: Kept | None = None
        """Read and replaced as a whole (another thread may let it go between two reads)."""
        self._misses = 0
        """Large lines in a row that did not hold the kept result."""

    def read(self, line: bytes) -> dict[str, Any] | None:
        """The message `line` decodes to when it holds the kept result where it stood; else None (decode it)."""
        kept = self._kept
        if kept is None or not MIN_BYTES <= len(line) <= MAX_BYTES:
            return None
        data, start_at, tail, value = kept
        for start in {start_at, len(line) - tail - len(data)}:
            if not 0 <= start <= _REACH or not line.startswith(data, start):
                continue
            msg = _envelope(line, start, start + len(data))
            if msg is not None:
                msg["result"] = fresh(value)
                self._misses = 0
                HELD.used(self)
                return msg
        self._misses += 1
        if self._misses >= STALE:
            self._kept = None
            self._hold()
        return None

    def seen(self, line: bytes, msg: Any) -> None:
        """Note `line`, decoded whole to `msg`: when its result's bytes are those of the last line's, keep them."""
        last, self._last = self._last, None
        if not MIN_BYTES <= len(line) <= MAX_BYTES or type(msg) is not dict or "result" not in msg:
            if last is not None:
                self._hold()
            return
        self._last = line
        try:
            if last is not None and _alike(last, line):
                self._compare(last, line, msg)
        finally:
            self._hold()

    def held(self) -> int:
        """The bytes this twin keeps, as `HELD` counts them."""
        kept, last = self._kept, self._last
        return (len(last) if last is not None else 0) + (2 * len(kept[0]) if kept is not None else 0)

    def let_go(self) -> None:
        """Keep nothing (the link closed, or others need the room)."""
        self._last = self._kept = None
        self._misses = 0
        HELD.drop(self)

    def _hold(self) -> None:
        HELD.hold(self, self.held())

    def _compare(self, last: bytes, line: bytes, msg: dict[str, Any]) -> None:
        """Keep `line`'s result when its bytes stood the same in `last`."""
        tries = 0
        for start, end in _spans(line):
            view = memoryview(line)[start:end]
            tail = len(line) - end
            if not any(
                last.startswith(view, at) and _envelope(last, at, at + len(view)) is not None
                for at in {start, len(last) - tail - len(view)}
                if 0 <= at <= _REACH
            ):
                continue
            tries += 1
            if tries > 2:
                return
            data = bytes(view)
            try:
                value = fastjson.loads(data)  # one complete value, or it is not kept
            except fastjson.DecodeRefused:
                continue
            if value == msg["result"] and _containers(value) <= _MOST_CONTAINERS:
                self._kept = (data, start, tail, value)
                self._misses = 0
            return


class Held:
    """The bytes every twin keeps, bounded together at `limit`: past it, the twins used least recently let go."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self._twins: OrderedDict[int, tuple[weakref.ref[Twin], int]] = OrderedDict()
        self._dead: list[int] = []
        self._lock = threading.Lock()

    def hold(self, twin: Twin, size: int) -> None:
        """`twin` keeps `size` bytes now (and was just used); the twins used least recently before it let go of what
        they keep while the total is over the limit."""
        key = id(twin)
        with self._lock:
            self._purge()
            entry = self._twins.pop(key, None)
            if entry is not None:
                self.total -= entry[1]
            if not size:
                return
            ref = entry[0] if entry is not None and entry[0]() is twin else weakref.ref(twin, self._dead_keys(key))
            self._twins[key] = (ref, size)
            self.total += size
            while self.total > self.limit:
                other, (other_ref, other_size) = next(iter(self._twins.items()))
                if other == key:
                    break  # the one twin left keeps no more than a link may
                del self._twins[other]
                self.total -= other_size
                dropped = other_ref()
                if dropped is not None:
                    dropped._last = dropped._kept = None

    def used(self, twin: Twin) -> None:
        """`twin` was just used: the last to let go."""
        with self._lock:
            if id(twin) in self._twins:
                self._twins.move_to_end(id(twin))

    def drop(self, twin: Twin) -> None:
        """`twin` keeps nothing now."""
        self.hold(twin, 0)

    def _dead_keys(self, key: int) -> Any:
        """What a twin's weak reference calls when the twin is gone: its entry goes at the next `hold` (a collection
        may run anywhere, also inside `hold`, so nothing is changed here but a list)."""
        return lambda _ref: self._dead.append(key)

    def _purge(self) -> None:
        while self._dead:
            key = self._dead.pop()
            entry = self._twins.get(key)
            if entry is not None and entry[0]() is None:
                del self._twins[key]
                self.total -= entry[1]


HELD = Held(HELD_BYTES)
"""What the twins of this process keep (see `HELD_BYTES`)."""


def _alike(last: bytes, line: bytes) -> bool:
    """Whether two lines may differ only near their ends: the same length but for a few bytes, and the same bytes
    in their middle (where a result long enough to keep stands, whichever end it is read from)."""
    shift = len(line) - len(last)
    if abs(shift) > _REACH:
        return False
    mid = len(last) // 2
    window = memoryview(last)[mid : mid + 64]
    return line.startswith(window, mid) or line.startswith(window, mid + shift)


def _spans(line: bytes) -> Iterator[tuple[int, int]]:
    """Where the top-level `result` may stand in `line`: each span the envelope check accepts."""
    head = line[:_REACH]
    ends = []
    n = len(line)
    while n and line[n - 1] in _SPACE:
        n -= 1
    if n and line[n - 1] == ord("}"):
        ends.append(_trimmed(line, n - 1))  # the result last
    at = line.rfind(b",", max(0, n - _REACH), n)
    while at > 0 and len(ends) < 8:  # the result first: it ends before one of the last commas
        ends.append(_trimmed(line, at))
        at = line.rfind(b",", max(0, n - _REACH), at)
    key = head.find(b'"result"')
    while key >= 0:
        start = key + len(b'"result"')
        while start < len(head) and head[start] in _SPACE:
            start += 1
        if start < len(head) and head[start] == ord(":"):
            start += 1
            while start < len(head) and head[start] in _SPACE:
                start += 1
            for end in ends:
                if end - start >= MIN_BYTES // 2 and _envelope(line, start, end) is not None:
                    yield start, end
        key = head.find(b'"result"', key + 1)


def _trimmed(line: bytes, end: int) -> int:
    """`end`, moved back over the white space before it."""
    while end and line[end - 1] in _SPACE:
        end -= 1
    return end


def _envelope(line: bytes, start: int, end: int) -> dict[str, Any] | None:
    """`line` decoded with the placeholder in place of `line[start:end]`, when that is a top-level object whose
    `result` is the placeholder and whose other values are scalars; else None."""
    try:
        msg = decode(line[:start] + _PLACEHOLDER + line[end:])
    except (ParseError, ValueError):
        return None
    if type(msg) is not dict or msg.get("result") != _MARK:
        return None
    if not all(isinstance(v, _SCALARS) for k, v in msg.items() if k != "result"):
        return None
    return msg


def fresh(value: Any) -> Any:
    """A copy of decoded JSON `value` with new objects and arrays (strings and numbers shared)."""
    kind = type(value)
    if kind is dict:
        return {k: fresh(v) for k, v in value.items()}
    if kind is list:
        return [fresh(v) for v in value]
    return value


def _containers(value: Any) -> int:
    """How many objects and arrays `value` holds, itself included."""
    count = 0
    todo = [value]
    while todo:
        item = todo.pop()
        if type(item) is dict:
            count += 1
            todo.extend(item.values())
        elif type(item) is list:
            count += 1
            todo.extend(item)
    return count

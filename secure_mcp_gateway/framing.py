"""Newline-delimited JSON framing: bounded line reads, strict parsing, and what a malformed line turns into."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.jsonrpc import INVALID_REQUEST, PARSE_ERROR

CHUNK = 256 * 1024
MAX_DEPTH = 128
"""Deepest nesting of arrays and objects accepted in one message."""
_HEAD = 4096


@dataclass
class Malformed:
    """A line that is not a usable message: the JSON-RPC error it earns, and the id it carried if one was found."""

    code: int
    reason: str
    id: Any = None
    lost: bool = False
    """An answer (`result` or `error` at its top level) over the limit whose id could not be read: one of the
    requests in flight on that peer lost its answer."""
    ended: bool = True
    """Whether the line had ended (else its end is reported too, as `settles`)."""
    settles: bool = False
    """The end of a lost answer reported before it ended: its id, if its last bytes carry it, or nothing more."""
    answer: bool = False
    """The line is an answer (over the limit): its request fails; it is never answered itself (its id is one the
    peer answered, not one it asked with)."""


@dataclass
class Oversized:
    """A line longer than the limit, skipped without being held: its size, first bytes and last bytes.

    `ended` is False for the early word on a line that is still being skipped (its size is what was read so far):
    sent as soon as the limit is passed when its first bytes name the request it answers, so that request fails at
    once rather than when (if ever) the line ends; nothing more is said of that line."""

    size: int
    head: bytes
    tail: bytes = b""
    ended: bool = True
    said: bool = False
    """The end of a line reported before it ended as an answer whose first bytes carry no id (see `LineReader`)."""


_TAIL_KEPT = 256
"""The last bytes of a skipped line kept (the id of a message that writes it last, the SDKs' other layout)."""
_NEXT = re.compile(rb'\}[ \t\r]*(?=\{[ \t\r]*"[A-Za-z_$][A-Za-z0-9_$]*"[ \t\r]*:)')
_NEXT_MESSAGE = _NEXT.search
"""Where a message written without its newline is followed by the next one: an object's `}` directly followed by
`{"name":` is never inside one JSON text (after a closing brace comes `,`, `]`, `}` or the end; inside a string,
the quote after `{` would end it and a name cannot follow), so the next message starts at that `{`."""
_GLUED = _NEXT.finditer
_WHOLE_MOST = 64 * 1024
"""The longest line without its newline yet that is tried as a whole message (see `LineReader._whole`)."""
_DONE = Oversized(0, b"")
"""What `_skip` returns when a skipped line ended and was reported already: read on."""


class LineReader:
    """Reads newline-terminated lines of at most `limit` bytes; longer lines are skipped, never buffered whole.

    A line that spans reads is kept as the pieces read and joined once when its newline arrives (one copy, not a
    buffer grown and moved read after read); lines within one read are sliced out of it. A line over the limit ends
    at its newline, or where the next message begins if it was written without one (see `_NEXT_MESSAGE`)."""

    def __init__(self, read: Callable[[int], Awaitable[bytes]], limit: int, *, unclaimed: bool = False) -> None:
        self._read = read
        self.limit = limit
        self._unclaimed = unclaimed
        """Whether an answer over the limit whose first bytes carry no id is reported as soon as the limit is
        passed too (and again when it ends): the peer's requests in flight need not wait for an end that may not
        come."""
        self._lost = False
        """Whether the line being skipped was reported as such an answer."""
        self._chunk: bytes = b""
        self._pos = 0
        """Where the unread part of `_chunk` starts."""
        self._parts: list[memoryview] = []
        """The pieces read so far of a line that spans reads."""
        self._held = 0
        self._skipping = False
        self._skipped = 0
        self._head = b""
        self._tail = b""
        self._told = False
        """Whether the line being skipped was reported already (see `Oversized.ended`)."""

    async def next(self) -> bytes | Oversized | None:
        """The next line (without its newline), an `Oversized` marker, or None at end of stream."""
        while True:
            line = self.take()
            if line is not None:
                return line
            chunk = await self._read(CHUNK)
            if not chunk:
                return self._last()
            self._chunk = chunk

    def take(self) -> bytes | Oversized | None:
        """The next line of what was read so far, or None until more is read (the rest is kept for it)."""
        chunk, pos = self._chunk, self._pos
        nl = chunk.find(b"\n", pos)
        if nl >= 0 and not self._parts and not self._skipping and nl - pos <= self.limit:  # (a line within one read)
            self._pos = nl + 1
            return chunk[pos:nl]
        return self._take()

    def _take(self) -> bytes | Oversized | None:
        """`take` of a line that began in an earlier read, is over the limit, or has not ended yet."""
        while True:
            if self._skipping:
                skipped = self._skip(self._chunk, self._pos)
                if skipped is _DONE:
                    continue
                return skipped
            chunk, pos = self._chunk, self._pos
            nl = chunk.find(b"\n", pos)
            if nl < 0:
                fresh = pos < len(chunk)
                self._keep(chunk, pos)
                self._chunk, self._pos = b"", 0
                if self._skipping and not (self._told or self._lost):  # (it just went over the limit)
                    if peek_id(self._head) is not None:
                        self._told = True
                        return Oversized(self._skipped, self._head, ended=False)
                    if self._unclaimed and answer_head(self._head):
                        self._lost = True
                        return Oversized(self._skipped, self._head, ended=False)
                if fresh and not self._skipping and self._held <= _WHOLE_MOST:
                    return self._whole()
                return None
            if self._held + nl - pos > self.limit:
                self._skip_from(chunk, pos, nl)
                continue
            self._pos = nl + 1
            return self._line(chunk, pos, nl)

    def _whole(self) -> bytes | None:
        """The line kept so far when it is a whole JSON object already (a peer that wrote a message and no newline
        after it, and waits): taken as a line, rather than left until a newline that may never come. Nothing can
        follow a whole JSON text on its line but blanks or another message (see `Glued`)."""
        parts = self._parts
        if not parts or not bytes(parts[-1][-8:]).rstrip(b" \t\r").endswith(b"}"):
            return None
        line = parts[0].tobytes() if len(parts) == 1 else b"".join(parts)
        try:
            value = decode(line)
        except ParseError:
            return None
        if not isinstance(value, dict):
            return None
        self._parts, self._held = [], 0
        return line

    def put(self, chunk: bytes) -> None:
        """The next chunk read, once `take` has found no line in what came before (reading without `next`)."""
        self._chunk, self._pos = chunk, 0

    def last(self) -> bytes | Oversized | None:
        """What is left at the end of the stream (reading without `next`): a last line without its newline, or None."""
        return self._last()

    def _line(self, chunk: bytes, pos: int, nl: int) -> bytes:
        """The line that ends at `nl` in `chunk` (its start is at `pos`, or in the pieces kept before)."""
        if not self._parts:
            return chunk[pos:nl]
        parts = self._parts
        parts.append(memoryview(chunk)[pos:nl])
        self._parts, self._held = [], 0
        return b"".join(parts)

    def _skip_from(self, chunk: bytes, pos: int, end: int) -> None:
        """Skip the line begun by the pieces kept and `chunk[pos:]` (it is over the limit): `_skip` reads on."""
        self._head = self._first(chunk, pos, end)
        self._tail = bytes(self._parts[-1][-_TAIL_KEPT:]) if self._parts else b""
        self._skipping, self._skipped = True, self._held
        self._parts, self._held = [], 0

    def _skip(self, chunk: bytes, pos: int) -> bytes | Oversized | None:
        """Read on through a line over the limit: `Oversized` when it ends (`_DONE` if it was reported already),
        None when `chunk` ended first."""
        nl = chunk.find(b"\n", pos)
        stop = nl if nl >= 0 else len(chunk)
        seam = self._tail[-16:]
        found = _NEXT_MESSAGE(seam + chunk[pos:stop]) if seam or pos < stop else None
        if found is None and nl < 0:
            self._skipped += stop - pos
            self._tail = (self._tail + chunk[max(pos, stop - _TAIL_KEPT) : stop])[-_TAIL_KEPT:]
            self._chunk, self._pos = b"", 0
            return None
        if found is None:
            end, self._pos = stop, nl + 1
        else:
            end = pos + found.end() - len(seam)
            if end < pos:  # (the next message began in the bytes read before: held as the start of its line)
                self._parts, self._held = [memoryview(seam[end - pos :])], pos - end
                self._tail = self._tail[: end - pos]
                self._skipped -= pos - end
                end = pos
            self._pos = end
        self._skipped += end - pos
        self._tail = (self._tail + chunk[max(pos, end - _TAIL_KEPT) : end])[-_TAIL_KEPT:]
        told, found = self._told, self._ended()
        return _DONE if told else found

    def _ended(self) -> Oversized:
        """The report of the skipped line that just ended; the reader is ready for the next line."""
        found = Oversized(self._skipped, self._head, self._tail, said=self._lost)
        self._skipping, self._skipped, self._head, self._tail = False, 0, b"", b""
        self._told = self._lost = False
        return found

    def _first(self, chunk: bytes, pos: int, end: int) -> bytes:
        """The first `_HEAD` bytes of the kept pieces followed by `chunk[pos:end]`."""
        head = bytearray()
        for part in [*self._parts, memoryview(chunk)[pos:end]]:
            head += part[: _HEAD - len(head)]
            if len(head) >= _HEAD:
                break
        return bytes(head)

    def _keep(self, chunk: bytes, pos: int) -> None:
        """Keep the rest of `chunk` (no newline in it) as a piece of the line, or count it while skipping."""
        rest = len(chunk) - pos
        if not rest:
            return
        self._parts.append(memoryview(chunk)[pos:])
        self._held += rest
        if self._held > self.limit:  # too long to be a message: from here on only counted
            self._skip_from(b"", 0, 0)

    def _last(self) -> bytes | Oversized | None:
        """What is left at the end of the stream: a last line without its newline, or None."""
        if self._skipping:
            told, found = self._told, self._ended()
            return None if told else found
        if not self._parts:
            return None
        parts = self._parts
        self._parts, self._held = [], 0
        return parts[0].tobytes() if len(parts) == 1 else b"".join(parts)


@dataclass
class Glued:
    """Messages a peer wrote on one line with no newline between them (`{...}{...}`): each one's bytes, to be read
    one by one as the lines they should have been."""

    parts: list[bytes]


def unglued(line: bytes | bytearray) -> Glued | None:
    """The messages of a line that is not one JSON text because several were written on it without newlines (see
    `_NEXT_MESSAGE`), when each of them is one; else None."""
    cuts = [m.end() for m in _GLUED(line)]
    if not cuts:
        return None
    parts = [bytes(line[a:b]) for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    for part in parts:
        try:
            decode(part)
        except ParseError:
            return None
    return Glued(parts)


class ParseError(ValueError):
    """A line that is not acceptable JSON; the message says why."""


class TooDeep(ParseError):
    """JSON nested deeper than `MAX_DEPTH`."""


def _reject_constant(name: str) -> Any:
    raise ParseError(f"{name} is not valid JSON")


def decode(line: bytes | bytearray) -> Any:
    """Parse one line strictly (no NaN/Infinity, bounded depth; a number the float cannot hold is kept as written,
    see `fastjson.Number`); raises ParseError."""
    try:
        value = fastjson.loads(line)
    except fastjson.DecodeRefused:
        value = _strict_loads(line)
    # (valid JSON nested deeper than the limit closes every bracket it opens: twice the limit's bytes at least)
    if len(line) > 2 * MAX_DEPTH + 1 and _opens_more_than(line, MAX_DEPTH) and depth(value) > MAX_DEPTH:
        raise TooDeep(f"nested deeper than {MAX_DEPTH} levels")
    return value


_SEARCH_FROM = 512
_COUNT_BELOW = 64 * 1024
_FOUND_BEFORE_COUNTING = 6
"""A line of `_SEARCH_FROM` bytes or more is searched for brackets one by one (memchr); under `_COUNT_BELOW`, one
that turns out to hold this many is counted in one pass instead (a list of records), as a shorter line is. A 1 KB
answer of a few brackets costs ~12k instructions searched against ~17k counted (callgrind)."""


def _opens_more_than(line: bytes | bytearray, limit: int) -> bool:
    """Whether `line` holds more than `limit` of `[` and `{` (a bound on how deep it can nest).

    A long line is searched for them (memchr) and the search stops at `limit`: a text result of 60 KB with a handful
    of brackets costs two quick scans (~2 us), where counting them (a copy of the line without them) cost ~70 us."""
    size = len(line)
    if size < _SEARCH_FROM:  # (one pass over a short line costs less than searching it bracket by bracket)
        return size - len(line.translate(None, b"[{")) > limit
    short = size < _COUNT_BELOW
    seen = 0
    find = line.find
    for mark in (b"[", b"{"):
        at = find(mark)
        while at >= 0:
            seen += 1
            if seen > limit:
                return True
            if short and seen == _FOUND_BEFORE_COUNTING:
                return size - len(line.translate(None, b"[{")) > limit
            at = find(mark, at + 1)
    return False


def _strict_loads(line: bytes | bytearray) -> Any:
    """The standard library's parse, for what the fast parser refuses: the same value, or a precise error."""
    try:
        value = json.loads(
            line, parse_constant=_reject_constant, parse_float=fastjson.number, parse_int=fastjson.integer
        )
    except ParseError:
        raise
    except RecursionError:
        raise TooDeep(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, an integer too long to convert
        raise ParseError(str(exc)) from None
    return value


def depth(value: Any) -> int:
    """How deeply arrays and objects nest in `value` (without recursion; at most `MAX_DEPTH` + 1 is counted).

    One level at a time: the containers of the next level are gathered in a list, with no pair and no maximum per
    container (a 5,000-tool list holds some 15,000 of them)."""
    if not isinstance(value, (dict, list)):
        return 0
    level = 0
    current = [value]
    while current:
        level += 1
        if level > MAX_DEPTH:
            return level
        below: list[Any] = []
        add = below.append
        for item in current:
            for v in item.values() if isinstance(item, dict) else item:
                if isinstance(v, (dict, list)):
                    add(v)
        current = below
    return level


def valid_id(value: Any) -> bool:
    """Whether `value` can be a request id: a string or a finite number (not a boolean)."""
    kind = type(value)
    if kind is int or kind is str:  # (what every client sends)
        return True
    if isinstance(value, bool):
        return False
    if isinstance(value, int | str):
        return True
    return isinstance(value, float) and math.isfinite(value)


def peek_id(head: bytes) -> Any:
    """The top-level `id` of a message from its first bytes, or None; for answering a line that cannot be parsed."""
    text = head.decode("utf-8", "replace")
    for name, at in _top_names(text):
        if name == "id":
            return _scalar_at(text, at)
    return None


def answer_head(head: bytes) -> bool:
    """Whether the first bytes of a message show an answer: `result` or `error` at its top level, no `method`."""
    names = {name for name, _at in _top_names(head.decode("utf-8", "replace")) if name in _KINDS}
    return bool(names) and "method" not in names


_KINDS = frozenset(("result", "error", "method"))


def _top_names(text: str) -> Iterator[tuple[str, int]]:
    """The member names at the top level of the object `text` begins (each with where its value starts), as far
    as the text goes."""
    level = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '"':
            end = _string_end(text, i)
            if end < 0:
                return
            if level == 1:
                j = end + 1
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and text[j] == ":":
                    yield text[i + 1 : end], j + 1
            i = end + 1
            continue
        if c in "{[":
            level += 1
        elif c in "}]":
            level -= 1
        i += 1


_LAST_ID = re.compile(
    rb'"id"[ \t\r]*:[ \t\r]*(-?[0-9]{1,18}|"(?:[^"\\]|\\.){0,200}")[ \t\r]*'
    rb'(?:,[ \t\r]*"jsonrpc"[ \t\r]*:[ \t\r]*"2\.0"[ \t\r]*)?\}[ \t\r]*\Z'
).search


def last_id(tail: bytes) -> Any:
    """The top-level `id` of a message from its last bytes, when it is written last (or before a last `jsonrpc`, as
    the TypeScript SDK writes a response); or None."""
    found = _LAST_ID(tail)
    if found is None:
        return None
    try:
        value = json.loads(found.group(1))
    except ValueError:
        return None
    return value if valid_id(value) else None


def _string_end(text: str, start: int) -> int:
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return -1


def _scalar_at(text: str, start: int) -> Any:
    decoder = json.JSONDecoder(parse_constant=_reject_constant, parse_float=fastjson.number)
    j = start
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    try:
        value, _end = decoder.raw_decode(text, j)
    except ValueError:
        return None
    return value if valid_id(value) else None


_WS = rb"[ \t\r\n]*"
_ID = rb"(0|[1-9][0-9]{0,17})"
_VERSION = rb'"jsonrpc"' + _WS + b":" + _WS + rb'"2\.0"'
_ID_MEMBER = rb'"id"' + _WS + b":" + _WS + _ID
_ENVELOPE = (
    b"(?:" + b"|".join(_WS.join((a, b",", b)) for a, b in ((_VERSION, _ID_MEMBER), (_ID_MEMBER, _VERSION))) + b")"
)
"""`jsonrpc` and `id`, in either order (the id is group 1 or group 2)."""
_RESULT_MEMBER = rb'"result"' + _WS + b":"
_RESULT_LAST = re.compile(_WS.join((rb"\{", _ENVELOPE, b",", _RESULT_MEMBER))).match  # (the Python SDK's layout)
_RESULT_FIRST = re.compile(rb"\{" + _WS + _RESULT_MEMBER).match  # (the TypeScript SDK's)
_AFTER_RESULT = re.compile(_WS.join((b",", _ENVELOPE, rb"\}", rb"\Z"))).search
_CLOSE = re.compile(rb"\}" + _WS + rb"\Z").search
_TAIL = 96
"""The end of a line where what follows a first `result` is looked for."""


_COMPACT_HEAD = b'{"jsonrpc":"2.0","id":'
_COMPACT_RESULT = b',"result":'
_ID_MOST = 18
"""The most digits of an id `_ID` reads."""


def _compact_parts(line: bytes) -> tuple[int, int, int] | None:
    """`answer_parts` of a line that starts with `_COMPACT_HEAD` and is written compactly to its result and from its
    end (the id's digits, `,"result":`, the result, `}`): the same parts the expressions find, without them; None
    where the line is laid out otherwise (the expressions decide)."""
    at = len(_COMPACT_HEAD)
    comma = line.find(_COMPACT_RESULT, at, at + _ID_MOST + len(_COMPACT_RESULT))
    if comma <= at or not line.endswith(b"}"):
        return None
    digits = line[at:comma]
    if not digits.isdigit() or (digits[0] == 48 and comma - at > 1):  # (b"0" itself, or no leading zero)
        return None
    start = comma + len(_COMPACT_RESULT)
    end = len(line) - 1
    if end < start:
        return None
    return int(digits), start, end


def answer_parts(line: bytes) -> tuple[int, int, int] | None:
    """Where a line laid out as a success response of three members (`jsonrpc` "2.0", an integer `id` and `result`,
    `result` the last or the first, as the SDKs write them) has its result: (the id, the result's first byte, the
    byte after its last); None for any other layout. Only the envelope is read: the line is that response when the
    bytes found for the result are one JSON value by themselves (see `read_response`)."""
    if line.startswith(_COMPACT_HEAD):  # (the compact layout, as most servers write it: read without an expression)
        found = _compact_parts(line)
        if found is not None:
            return found
    head = _RESULT_LAST(line)
    if head is not None:
        tail = _CLOSE(line, max(head.end(), len(line) - _TAIL))
        if tail is None:
            return None
        return int(head.group(1) or head.group(2)), head.end(), tail.start()
    head = _RESULT_FIRST(line)
    if head is None:
        return None
    tail = _AFTER_RESULT(line, max(head.end(), len(line) - _TAIL))
    if tail is None:
        return None
    return int(tail.group(1) or tail.group(2)), head.end(), tail.start()


def read_response(line: bytes) -> tuple[dict[str, Any], memoryview] | None:
    """A success response of three members, `jsonrpc` "2.0", an integer `id` and `result`, `result` the last or the
    first (as the SDKs write them), read with the bytes of its result, not copied: (the message, those bytes); None
    for any other line, or one whose result is not one value (`read_item` reads it: the same message, or the error).

    The bytes between the envelope's parts decoding to one value by themselves shows the line is that very object:
    nothing stands beside the three members, none comes twice."""
    head = _RESULT_LAST(line)
    if head is not None:
        tail = _CLOSE(line, max(head.end(), len(line) - _TAIL))
        order = ("jsonrpc", "id", "result") if head.group(1) is not None else ("id", "jsonrpc", "result")
        rid = head.group(1) or head.group(2)
        start = head.end()
    else:
        head = _RESULT_FIRST(line)
        if head is None:
            return None
        start = head.end()
        tail = _AFTER_RESULT(line, max(start, len(line) - _TAIL))
        if tail is None:
            return None
        order = ("result", "jsonrpc", "id") if tail.group(1) is not None else ("result", "id", "jsonrpc")
        rid = tail.group(1) or tail.group(2)
    if tail is None:
        return None
    raw = memoryview(line)[start : tail.start()]
    try:
        result = fastjson.loads(raw)
    except fastjson.DecodeRefused:
        return None
    if len(line) > 2 * MAX_DEPTH + 1 and _opens_more_than(line, MAX_DEPTH) and depth(result) >= MAX_DEPTH:
        return None  # (the message nests one level deeper than its result)
    members = {"jsonrpc": "2.0", "id": int(rid), "result": result}
    return {name: members[name] for name in order}, raw


def read_item(line: bytes | bytearray | Oversized, limit_key: str) -> Any:
    """One framed line as a message (dict), a batch (list), a `Malformed`, `Glued` messages, or None for a blank
    line."""
    if isinstance(line, Oversized):
        rid = peek_id(line.head)
        if rid is None:
            rid = last_id(line.tail)
        size = _mb(line.size) if line.ended else f"more than {_mb(line.size)}"
        reason = f"message of {size} is over the limit ({limit_key})"
        answer = line.said or answer_head(line.head)
        lost = rid is None and not line.said and answer
        return Malformed(INVALID_REQUEST, reason, rid, lost=lost, ended=line.ended, settles=line.said, answer=answer)
    if not line or line.isspace():  # (no stripped copy of a large line)
        return None
    try:
        value = decode(line)
    except TooDeep as exc:
        rid = peek_id(line[:_HEAD])
        if rid is None:  # nothing shows it was meant as a request
            return Malformed(PARSE_ERROR, f"Parse error: {exc}")
        return Malformed(INVALID_REQUEST, f"Invalid Request: {exc}", rid)
    except ParseError as exc:
        glued = unglued(line) if b"}" in line else None
        if glued is not None:
            return glued
        return Malformed(PARSE_ERROR, f"Parse error: {exc}", peek_id(line[:_HEAD]))
    if isinstance(value, dict | list):
        return value
    return Malformed(INVALID_REQUEST, f"Invalid Request: a message must be a JSON object, not {type(value).__name__}")


def _mb(size: int) -> str:
    return f"{size / (1 << 20):.1f} MB" if size >= 1 << 20 else f"{size} bytes"

"""Tool results sent with the JSON made when they were known clean again, not encoded a second time.

A tools/call result found clean before as a whole (see `clean`) passes the chain untouched: no step runs, and what
leaves is the very object the server's answer was decoded to, whose compact JSON was made for its key a moment
before. The handlers only read a result on its way out, so the reply carrying that object is written with those
bytes spliced in: the line the encoder would make of it, without the encoder's second pass and its copies.

With the checks off for a server, its answers' results pass untouched too: the bytes of a result as the server wrote
them are offered when its line is read (see `framing.read_response`), and the reply carries them as they came, only
its id the client's.
"""

from __future__ import annotations

from typing import Any

from secure_mcp_gateway import fastjson

MIN_BYTES = 4 * 1024
"""Results whose JSON is shorter than this are encoded again (keeping them would cost about what it spares: from
~4 KB on, keeping and splicing cost less than the encoder's second pass, ~5 us against ~6 us at 4 KB, ~11 at 8 KB,
~25 at 15 KB)."""
_MOST = 8
_MOST_BYTES = 4 << 20
"""At most this many kept at once, of at most this many bytes together (a reply never written with them, such as a
result cut down to a preview, gives way to later ones)."""
Data = bytes | memoryview
_KEPT: dict[int, tuple[Any, Data]] = {}
_HEAD = b'{"jsonrpc":"2.0","id":'
_WANTED = [False]
"""Whether a stdio client link writes replies here (over HTTP nothing is kept)."""


def wanted(on: bool = True) -> None:
    """Keep JSON for replies (a stdio client link is open), or stop and forget what is kept."""
    _WANTED[0] = on
    if not on:
        clear()


_OFFERED: dict[int, tuple[Any, Data]] = {}


def keep(value: Any, data: Data) -> None:
    """Remember `data`, the compact JSON of `value`, for the reply that will carry `value` (nothing edits it since)."""
    if _WANTED[0] and len(data) >= MIN_BYTES:
        _put(_KEPT, value, data)


def offer(value: Any, data: Data) -> None:
    """Offer `data`, the JSON of a result `value` as its server wrote it, for the reply that carries `value` should
    the checks leave it to pass untouched (`take_offer`)."""
    if _WANTED[0] and len(data) >= MIN_BYTES:
        _put(_OFFERED, value, data)


def take_offer(value: Any) -> None:
    """Keep the JSON offered for `value` for its reply: the checks are off and `value` passes as it came. Offers
    made before it that no reply took are let go (an answer that went elsewhere, such as a list to the catalog)."""
    entry = _OFFERED.get(id(value)) if _OFFERED else None
    if entry is None or entry[0] is not value:
        return
    while _OFFERED:  # (in the order offered: up to this one)
        if _OFFERED.pop(next(iter(_OFFERED))) is entry:
            break
    _put(_KEPT, value, entry[1])


def _put(table: dict[int, tuple[Any, Data]], value: Any, data: Data) -> None:
    table.pop(id(value), None)  # (kept again as the newest)
    table[id(value)] = (value, data)
    total = sum(len(entry[1]) for entry in table.values())  # (at most `_MOST` entries)
    while len(table) > _MOST or (total > _MOST_BYTES and len(table) > 1):
        total -= len(table.pop(next(iter(table)))[1])


def parts(msg: Any) -> tuple[bytes, Data, bytes] | None:
    """The line (newline included) of a success response whose result's JSON was kept, in three pieces not joined
    into a copy of that JSON (the response up to its result, the kept JSON, the end), or None: encode it anew. A
    kept JSON is given out once."""
    if not _KEPT or type(msg) is not dict or len(msg) != 3:
        return None
    value = msg.get("result")
    entry = _KEPT.get(id(value))
    if entry is None or entry[0] is not value:
        return None
    del _KEPT[id(value)]
    if list(msg) != ["jsonrpc", "id", "result"] or msg["jsonrpc"] != "2.0":
        return None
    rid = msg["id"]
    head = fastjson.dumps(rid) if type(rid) is int or type(rid) is str else None
    if head is None:
        return None
    return _HEAD + head + b',"result":', entry[1], b"}\n"


def clear() -> None:
    """Forget every kept and offered JSON."""
    _KEPT.clear()
    _OFFERED.clear()

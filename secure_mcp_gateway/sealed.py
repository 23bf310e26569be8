"""Tool results sent with the JSON made when they were known clean again, not encoded a second time.

A tools/call result found clean before as a whole (see `clean`) passes the chain untouched: no step runs, and what
leaves is the very object the server's answer was decoded to, whose compact JSON was made for its key a moment
before. The handlers only read a result on its way out, so the reply carrying that object is written with those
bytes spliced in: the line the encoder would make of it, without the encoder's second pass and its copies.
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
_KEPT: dict[int, tuple[Any, bytes]] = {}
_HEAD = b'{"jsonrpc":"2.0","id":'
_WANTED = [False]
"""Whether a stdio client link writes replies here (over HTTP nothing is kept)."""


def wanted(on: bool = True) -> None:
    """Keep JSON for replies (a stdio client link is open), or stop and forget what is kept."""
    _WANTED[0] = on
    if not on:
        clear()


def keep(value: Any, data: bytes) -> None:
    """Remember `data`, the compact JSON of `value`, for the reply that will carry `value` (nothing edits it since)."""
    if not _WANTED[0] or len(data) < MIN_BYTES:
        return
    _KEPT.pop(id(value), None)  # (kept again as the newest)
    _KEPT[id(value)] = (value, data)
    total = sum(len(entry[1]) for entry in _KEPT.values())  # (at most `_MOST` entries)
    while len(_KEPT) > _MOST or (total > _MOST_BYTES and len(_KEPT) > 1):
        total -= len(_KEPT.pop(next(iter(_KEPT)))[1])


def parts(msg: Any) -> tuple[bytes, bytes, bytes] | None:
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
    """Forget every kept JSON."""
    _KEPT.clear()

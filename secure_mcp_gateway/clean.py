"""Messages the local detectors found nothing in, remembered by a keyed digest of the message (never its text), so
that a message seen again whole (the same result on every call, the same arguments) is not read again.

A message's findings are a pure function of what the checks gather from it (its strings, with base64 text blobs
decoded, and their places: the fields across which a secret or an instruction may be split) and of the checks
themselves (one `CleanMessages` per guard and direction, dropped with the guard on a reload). The key is a digest of
the message's JSON as it arrived, which fixes every string and place in it. Only "nothing found" is remembered: a
message with any finding is read afresh every time (its redactions, placeholders and hits are made anew). The
digest is keyed per process: it means nothing elsewhere. A long message is keyed from its second sighting on (a
message that never comes back costs no digest), and the JSON made for its key is what a result found clean again
is sent as (see `sealed`). The JSON of the few long messages found clean lately is kept with its key: the same bytes
again are known by comparing them (~1 us per 100 KB) rather than digesting them again (~50 us).
"""

from __future__ import annotations

import os
from hashlib import sha256
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.guardrails import memo

_KEYED = sha256(os.urandom(64))
"""Keyed once per process by a random first block, as the detectors' memo is (see `memo._KEYED`): SHA-256 reads a
message in about two thirds of the time BLAKE2b takes where the processor has SHA instructions."""
MAX_CHARS = 256 * 1024
"""Messages with more text than this are not remembered whole (their strings are, by the detectors' own memo)."""
GATE = 64 * 1024
"""Messages whose JSON is longer than this are keyed from their second sighting on, known again by their length and
ends (Python's hash of 12 KB of them): a long message seen once costs no digest."""
_ENDS = 4096
_MOST = 8
_MOST_BYTES = 4 << 20
"""At most this many long messages' JSON kept with their keys (found clean, or digested and waiting for the
verdict), of at most this many bytes together in each of the two maps."""
_WHOLE: dict[int, tuple[bytes, bytes]] = {}
"""Pre-key -> (key, JSON) of long messages found clean lately (under any checks: a key is the same for all)."""
_WAITING: dict[bytes, tuple[int, bytes]] = {}
"""Key -> (pre-key, JSON) of long messages digested lately whose checks have not found them clean (yet)."""


class CleanMessages:
    """A bounded map from digests of messages found clean under one set of checks to whether one of their strings
    holds a `<` (a placeholder the model may have sent back); the two latest generations are kept."""

    hits_total = [0]
    """Messages found in any instance (seen again whole and not read again): one counter kept in a list, so that
    counting does not rebind a class attribute (which would empty the type's attribute cache on every hit)."""

    def __init__(self, entries: int = 4096) -> None:
        self.max_entries = entries
        self._now: dict[bytes, bool] = {}
        self._before: dict[bytes, bool] = {}
        self._sighted: set[int] = set()
        self._sighted_before: set[int] = set()
        """Pre-keys (length and ends) of the long messages seen once, this generation and the one before."""

    def key(self, value: Any) -> bytes | None:
        """The key of a message (a JSON value as decoded), or None when it is not remembered: the detectors' memo is
        off, the value cannot be encoded as it is (a lone surrogate), or it is long and seen for the first time."""
        return self.sealed(value)[0]

    def sealed(self, value: Any) -> tuple[bytes | None, bytes | None]:
        """The key of a message (see `key`) and its compact JSON (None where the memo is off or the value cannot
        be encoded as it is)."""
        if not memo.MEMO.enabled:
            return None, None
        data = fastjson.dumps(value)
        if data is None:
            return None, None
        n = len(data)
        if n > GATE:
            mid = n // 2
            pre = hash((n, data[:_ENDS], data[mid : mid + _ENDS], data[-_ENDS:]))
            known = _WHOLE.get(pre)
            if known is not None and known[1] == data:
                return known  # the very bytes digested before: the same key
            if pre not in self._sighted and pre not in self._sighted_before:
                self._sighted.add(pre)
                if len(self._sighted) > self.max_entries:
                    self._sighted_before, self._sighted = self._sighted, set()
                return None, data
        h = _KEYED.copy()
        h.update(data)
        key = h.digest()[:16]
        if n > GATE:
            _bounded(_WAITING, key, (pre, data))
        return key, data

    def get(self, key: bytes | None) -> bool | None:
        """None when the message is not known clean; else whether one of its strings holds a `<`."""
        if key is None:
            return None
        angle = self._now.get(key)
        if angle is None:
            angle = self._before.get(key)
            if angle is None:
                return None
            self.add(key, angle)
        self.hits_total[0] += 1
        return angle

    def add(self, key: bytes | None, angle: bool) -> None:
        """Remember a message found clean (`angle`: one of its strings holds a `<`)."""
        if key is None:
            return
        waiting = _WAITING.pop(key, None)
        if waiting is not None:
            _bounded(_WHOLE, waiting[0], (key, waiting[1]))
        self._now[key] = angle
        if len(self._now) > self.max_entries:
            self._before, self._now = self._now, {}

    def __len__(self) -> int:
        return len(self._now.keys() | self._before.keys())


def _bounded(kept: dict[Any, tuple[Any, bytes]], name: Any, entry: tuple[Any, bytes]) -> None:
    """Keep `entry` under `name`, dropping the oldest entries beyond `_MOST` or `_MOST_BYTES` (the newest stays)."""
    kept.pop(name, None)
    kept[name] = entry
    total = sum(len(e[1]) for e in kept.values())
    while len(kept) > _MOST or (total > _MOST_BYTES and len(kept) > 1):
        total -= len(kept.pop(next(iter(kept)))[1])

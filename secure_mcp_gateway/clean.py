"""Messages the local detectors found nothing in, remembered by a keyed digest of the message (never its text), so
that a message seen again whole (the same result on every call, the same arguments) is not read again.

A message's findings are a pure function of what the checks gather from it (its strings, with base64 text blobs
decoded, and their places: the fields across which a secret or an instruction may be split) and of the checks
themselves (one `CleanMessages` per guard and direction, dropped with the guard on a reload). The key is a digest of
the message's JSON as it arrived, which fixes every string and place in it. Only "nothing found" is remembered: a
message with any finding is read afresh every time (its redactions, placeholders and hits are made anew). The
digest is keyed per process: it means nothing elsewhere.
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
MAX_CHARS = 64 * 1024
"""Messages with more text than this are not remembered whole (their strings are, by the detectors' own memo)."""


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

    def key(self, value: Any) -> bytes | None:
        """The key of a message (a JSON value as decoded), or None when it is not remembered: the detectors' memo is
        off, or the value cannot be encoded as it is (a lone surrogate)."""
        if not memo.MEMO.enabled:
            return None
        data = fastjson.dumps(value)
        if data is None:
            return None
        h = _KEYED.copy()
        h.update(data)
        return h.digest()[:16]

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
        self._now[key] = angle
        if len(self._now) > self.max_entries:
            self._before, self._now = self._now, {}

    def __len__(self) -> int:
        return len(self._now.keys() | self._before.keys())

"""Messages the local detectors found nothing in, remembered by a keyed digest of their strings and places (never the
strings), so that a message seen again whole (the same result on every call) is not read again.

A message's findings are a pure function of its gathered strings, their places (the fields across which a secret or
an instruction may be split) and the checks (one `CleanMessages` per guard and direction, dropped with the guard on
a reload). Only "nothing found" is remembered: a message with any finding is read afresh every time (its
redactions, placeholders and hits are made anew). The digest is keyed per process: it means nothing elsewhere.
"""

from __future__ import annotations

import os
from hashlib import blake2b

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.guardrails import memo
from secure_mcp_gateway.guardrails.walk import Place

_KEYED = blake2b(key=os.urandom(32), digest_size=16)
MAX_CHARS = 64 * 1024
"""Messages with more text than this are not remembered whole (their strings are, by the detectors' own memo)."""


class CleanMessages:
    """A bounded set of digests of messages found clean under one set of checks (the two latest generations)."""

    hits_total = 0
    """Messages found in any instance (seen again whole and not read again)."""

    def __init__(self, entries: int = 4096) -> None:
        self.max_entries = entries
        self._now: set[bytes] = set()
        self._before: set[bytes] = set()

    def key(self, texts: list[str], places: list[Place]) -> bytes | None:
        """The key of a message's strings and places, or None when it is not remembered (the detectors' memo is off,
        the message is large, or its strings cannot be encoded as they are)."""
        if not memo.MEMO.enabled or sum(map(len, texts)) > MAX_CHARS:
            return None
        data = fastjson.dumps((texts, places))  # (a string's place is its container's path and its own key)
        if data is None:
            return None
        h = _KEYED.copy()
        h.update(data)
        return h.digest()

    def __contains__(self, key: bytes | None) -> bool:
        if key is None:
            return False
        if key in self._now:
            CleanMessages.hits_total += 1
            return True
        if key in self._before:
            self.add(key)
            CleanMessages.hits_total += 1
            return True
        return False

    def add(self, key: bytes | None) -> None:
        """Remember a message found clean."""
        if key is None:
            return
        self._now.add(key)
        if len(self._now) > self.max_entries:
            self._before, self._now = self._now, set()

    def __len__(self) -> int:
        return len(self._now | self._before)

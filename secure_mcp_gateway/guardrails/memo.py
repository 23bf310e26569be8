"""What the local detectors found in a text, remembered by a keyed digest of the text (never the text itself), so
that a text seen again (the same result on every call, the same seam of a repeated message) is read once.

The findings of a detector are a pure function of the text it reads; everything else that can change them (the
policy, the enabled detectors, the threshold, the direction) goes into the key as a fingerprint computed when the
checks are built. A text is kept from its second sighting on (one that never comes back costs no digest and pushes
out no entry). Entries are dropped least recently used first, so that at most `entries` are kept and the texts
they stand for add up to at most `chars` characters. Findings hold positions and kinds only: nothing in the memo
can give back a secret. Set `SECURE_MCP_GATEWAY_MEMO=off` to check every text afresh (for comparisons).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from hashlib import sha256
from typing import Any

from secure_mcp_gateway import fastjson

from .findings import Finding

MEMO_ENV = "SECURE_MCP_GATEWAY_MEMO"
_KEYED = sha256(os.urandom(64))
"""Keyed once per process by a random first block (a digest made here means nothing elsewhere or after a restart);
each digest starts from a copy of it, which spares hashing the key's own block every time. SHA-256 rather than
BLAKE2b: with the SHA instructions most processors now have it reads a long text in about two thirds of the time."""
_SLICE = 256 * 1024
"""A long text is encoded for its digest this many characters at a time, not in one copy of its own size."""

Findings = tuple[Finding, ...]
Detect = Callable[[str, "str | None"], list[Finding]]

GATE = 64 * 1024
"""Texts longer than this are known again by their length and ends (Python's hash of 12 KB of them), shorter ones
by Python's own hash of the whole text (see `Memo.key`): a text seen once costs about 1 us more than no memo at all,
where a keyed digest and an entry would cost 4-17 us (16 B to 4 KB) or 2 ms per MB, a tenth of the detectors' time.
Measured by benchmarks/bench_memo.py."""
_ENDS = 4096
"""Characters of each end (and of the middle) of a long text in its cheap pre-key."""


def digest(text: str, salt: bytes = b"") -> bytes:
    """A 16-byte keyed digest of `text` (and `salt`): equal texts give equal digests within this process only."""
    h = _KEYED.copy()
    h.update(len(salt).to_bytes(4, "big") + salt)
    if len(text) <= _SLICE:
        h.update(text.encode("utf-8", "surrogatepass"))
    else:
        for at in range(0, len(text), _SLICE):  # (a surrogate pair cut in two encodes as its two halves did whole)
            h.update(text[at : at + _SLICE].encode("utf-8", "surrogatepass"))
    return h.digest()[:16]


def fingerprint(*parts: Any) -> bytes:
    """A short digest of what a set of findings depends on besides the text (policy, detectors, direction)."""
    return digest(repr(parts), b"fingerprint")


class Memo:
    """A bounded, thread-safe map from (fingerprint, digest of a text) to what was found in that text."""

    def __init__(self, entries: int = 4096, chars: int = 256 << 20, findings: int = 200_000) -> None:
        self.max_entries = entries
        self.max_chars = chars
        """The most characters of text the kept entries stand for (the texts themselves are never kept)."""
        self.max_findings = findings
        self.enabled = os.environ.get(MEMO_ENV, "").strip().lower() not in ("0", "off", "false", "no")
        self._entries: OrderedDict[bytes, tuple[Any, int, int]] = OrderedDict()
        self._seen: OrderedDict[int, None] = OrderedDict()
        """Pre-keys (length and ends) of long texts seen once: only a second sighting pays the full digest."""
        self._sighted: set[int] = set()
        self._sighted_before: set[int] = set()
        """Hashes of the shorter texts seen once (this generation and the one before): a text is digested and kept
        from its second sighting on, so texts that never come back cost no digest and push out no entry."""
        self._lock = threading.Lock()
        self.chars = 0
        self.findings = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        """Forget everything (the policy or the detectors changed)."""
        with self._lock:
            self._entries.clear()
            self._seen.clear()
            self._sighted, self._sighted_before = set(), set()
            self.chars = self.findings = 0

    def key(self, salt: bytes, text: str) -> bytes | None:
        """The key of `text` under fingerprint `salt`, or None when it is not worth remembering: the memo is off, or
        the text was not seen before (it is remembered from its second sighting on). Whether it was seen is asked of
        its hash (Python's own, keyed per process; a long text's by its length and ends): a collision there only
        costs a digest, the key itself is the keyed digest of the whole text."""
        if not self.enabled:
            return None
        n = len(text)
        if n <= GATE:
            seen = hash((salt, text))
            if seen not in self._sighted and seen not in self._sighted_before:
                self._sighted.add(seen)
                if len(self._sighted) > self.max_entries:
                    self._sighted_before, self._sighted = self._sighted, set()
                return None
        else:
            mid = n // 2
            pre = hash((salt, n, text[:_ENDS], text[mid : mid + _ENDS], text[-_ENDS:]))
            with self._lock:
                if pre not in self._seen:
                    self._seen[pre] = None
                    if len(self._seen) > self.max_entries:
                        self._seen.popitem(last=False)
                    return None
                self._seen.move_to_end(pre)
        return digest(text, salt)

    def get(self, key: bytes | None) -> Any:
        """What was stored under `key` (None when nothing is, or `key` is None)."""
        if key is None:
            return None
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[0]

    def put(self, key: bytes | None, value: Any, chars: int, findings: int) -> None:
        """Keep `value` (immutable: tuples of findings) for a text of `chars` characters holding `findings`."""
        if key is None or findings > self.max_findings // 8 or chars > self.max_chars // 4:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.chars -= old[1]
                self.findings -= old[2]
            self._entries[key] = (value, chars, findings)
            self.chars += chars
            self.findings += findings
            while self._entries and (
                len(self._entries) > self.max_entries
                or self.chars > self.max_chars
                or self.findings > self.max_findings
            ):
                _, (_, c, f) = self._entries.popitem(last=False)
                self.chars -= c
                self.findings -= f

    def detecting(self, salt: bytes, detect: Detect) -> Detect:
        """`detect(text, low)` answered from the memo for texts seen before (under fingerprint `salt`); the list
        returned is always new, its findings immutable."""

        def remembered(text: str, low: str | None = None) -> list[Finding]:
            key = self.key(salt, text)
            known = self.get(key)
            if known is None:
                known = tuple(detect(text, low))
                self.put(key, known, len(text), len(known))
            return list(known)

        return remembered


def frozen(stages: Iterable[Sequence[Finding]]) -> tuple[Findings, ...]:
    """Findings per stage as immutable tuples (what the memo keeps)."""
    return tuple(tuple(fs) for fs in stages)


MEMO = Memo()
"""The process's memo, shared by every server's checks (their fingerprints keep them apart)."""


# --- a whole payload's key, from the keys its strings were read under ----------------------------------------------

_COLLECTING = threading.local()
_NONCE = os.urandom(12).hex()
_MOST_STRINGS = 256
"""Payloads with more strings than this get no key (building their outline would cost about what it spares)."""
_MOST_OUTLINE = 64 * 1024
_MOST_NODES = 1024
"""Payloads of more parts than this (strings, numbers, containers) get no key either."""


@contextlib.contextmanager
def collecting() -> Iterator[list[bytes | None]]:
    """Within the block, this thread's detectors note the memo key of every text they read (see `noted`)."""
    keys: list[bytes | None] = []
    _COLLECTING.keys = keys
    try:
        yield keys
    finally:
        _COLLECTING.keys = None


def noted(key: bytes | None) -> None:
    """Note the key a text was read under, inside `collecting` (None: the text has no key, so neither has the
    payload)."""
    keys = getattr(_COLLECTING, "keys", None)
    if keys is not None:
        keys.append(key)


def payload_key(value: Any, texts: Sequence[str], keys: Sequence[bytes | None]) -> bytes | None:
    """A keyed digest that identifies `value` exactly, made from its outline (the value with every string replaced by
    a mark of its length that no payload can hold: structure, keys and other values kept) and the memo keys its
    strings were read under, in order (`texts` gathered from it, read as `keys`); None when any string had no key, or
    the payload is too large to outline cheaply. Two payloads with the same key are the same JSON value."""
    if not keys or any(k is None for k in keys) or len(texts) > _MOST_STRINGS:
        return None
    outline = _outline(value, [_MOST_NODES])
    if outline is None:
        return None
    data = fastjson.dumps(outline)
    if data is None:  # (what the fast encoder refuses: a lone surrogate in a key, an integer beyond 64 bits)
        try:
            text = json.dumps(outline, separators=(",", ":"), ensure_ascii=False, check_circular=False)
        except (ValueError, RecursionError):
            return None
        data = b"\x01" + text.encode("utf-8", "surrogatepass")
    if len(data) > _MOST_OUTLINE:
        return None
    h = _KEYED.copy()
    h.update(b"payload\x00")
    h.update(data)
    for key in keys:
        h.update(key)  # type: ignore[arg-type]
    return h.digest()[:16]


def _outline(value: Any, left: list[int], depth: int = 0) -> Any:
    """`value` with each string value replaced by a mark of its length (dict keys kept); None when it is deeper than
    JSON from a server may be, has more than `left[0]` parts (a long array of numbers is not worth outlining), or
    holds something JSON does not."""
    left[0] -= 1
    if depth > 64 or left[0] < 0:
        return None
    if isinstance(value, str):
        return f"\x00{_NONCE}:{len(value)}"
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            if not isinstance(k, str):
                return None
            inner = _outline(v, left, depth + 1)
            if (inner is None and v is not None) or left[0] < 0:
                return None
            out[k] = inner
        return out
    if isinstance(value, list):
        items = []
        for v in value:
            inner = _outline(v, left, depth + 1)
            if (inner is None and v is not None) or left[0] < 0:
                return None
            items.append(inner)
        return items
    if value is None or isinstance(value, (bool, int)) or (isinstance(value, float) and math.isfinite(value)):
        return value
    return None

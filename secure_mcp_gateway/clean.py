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
again are known by comparing them (~1 us per 100 KB) rather than digesting them again (~50 us); so is the JSON of
small messages found clean lately (a call's arguments, a short result: their bytes looked up, not digested). Where
such a long message is a few values (a tool result's content list), a private copy of it is kept too: a message equal
to it (the same types, key order and strings, so the same JSON) is known by comparing the values, without encoding it
(~20 us).
"""

from __future__ import annotations

import os
from hashlib import sha256
from math import copysign
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
verdict, and copies of the few-valued ones), of at most this many bytes of JSON together in each map."""
_WHOLE: dict[int, tuple[bytes, bytes]] = {}
"""Pre-key -> (key, JSON) of long messages found clean lately (under any checks: a key is the same for all)."""
_WAITING: dict[bytes, tuple[int, Any, int, bytes]] = {}
"""Key -> (pre-key, message, its text size, JSON) of long messages digested lately whose checks have not found them
clean (yet)."""
_FEW = 64
"""A long message of at most this many values (strings, numbers, lists, objects) is kept as a copy too."""
_BY_SIZE: dict[int, tuple[Any, bytes, bytes]] = {}
"""Text size -> (private copy, key, JSON) of long messages of few values found clean lately."""


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
        off, the value cannot be encoded as JSON, or it is long and seen for the first time."""
        return self.sealed(value)[0]

    def sealed(self, value: Any, size: int = -1) -> tuple[bytes | None, bytes | None]:
        """The key of a message (see `key`) and its compact JSON (None where the memo is off or the value cannot
        be encoded as it is); `size`, the characters of text in it (strings and keys), where known."""
        if not memo.MEMO.enabled:
            return None, None
        if size >= _SAME_FROM:
            kept = _BY_SIZE.get(size)
            if kept is not None and same(value, kept[0]):
                return kept[1], kept[2]  # equal to a message found clean: its JSON, so its key
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
        key = _digest(data)
        if n > GATE:
            _bounded(_WAITING, key, (pre, value, size, data))
        return key, data

    def small(self, value: Any) -> tuple[bytes, bytes] | None:
        """`sealed` of a message whose JSON is shorter than `_SAME_FROM` (so is its text: no kept copy is looked
        for, and no long-message rule applies), made from its JSON alone; None for any other message, where the
        memo is off, or where it cannot be encoded as it is. The key of JSON found clean lately (`known_small`) is
        looked up rather than digested again."""
        if not memo.MEMO.enabled or _plainly_long(value):
            return None
        data = fastjson.dumps(value)
        if data is None or len(data) >= _SAME_FROM:
            return None
        key = _SMALL_KEYS.get(data)
        if key is None:
            key = _SMALL_BEFORE.get(data) or _digest(data)
        return key, data

    def long(self, value: Any) -> tuple[bytes, bytes] | None:
        """`sealed` of a long message equal to one of the few-valued messages found clean lately (see `_BY_SIZE`),
        told by comparing values alone: no text counted, no encoding, no digest, and nothing noted of it (a message
        not found this way goes its usual way, where `sealed` notes its sighting). None for any other message, or
        where the memo is off."""
        if not _BY_SIZE or not memo.MEMO.enabled:
            return None
        for copy, key, data in reversed(_BY_SIZE.values()):  # (at most `_MOST`, the latest first)
            if same(value, copy):
                return key, data
        return None

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
            pre, value, size, data = waiting
            _bounded(_WHOLE, pre, (key, data))
            copy = few(value) if size >= _SAME_FROM else None
            if copy is not None and fastjson.dumps(copy) == data:  # (what the key was made of, as it still is)
                _bounded(_BY_SIZE, size, (copy, key, data))
        self._now[key] = angle
        if len(self._now) > self.max_entries:
            self._before, self._now = self._now, {}

    def __len__(self) -> int:
        return len(self._now.keys() | self._before.keys())


def _plainly_long(value: Any) -> bool:
    """Whether a message (a call's arguments, a tool result) holds a string of `_SAME_FROM` characters or more as one
    of its own values or as the text of one of its first content items: its JSON is not short, told without encoding
    it (a result of 10 MB was encoded whole, ~15 MB of memory at once, only to be found too long)."""
    if type(value) is not dict:
        return False
    for child in value.values():
        if type(child) is str and len(child) >= _SAME_FROM:
            return True
    content = value.get("content")
    if type(content) is list:
        for item in content[:_FIRST_ITEMS]:
            text = item.get("text") if type(item) is dict else None
            if type(text) is str and len(text) >= _SAME_FROM:
                return True
    return False


_FIRST_ITEMS = 8


def known_small(data: bytes, key: bytes, unclaimed: bool = False) -> None:
    """Remember the key of `data`, the JSON of a small message (`CleanMessages.small`) found clean: the same bytes
    again get it by a look-up (a hash of the bytes and a compare, ~a tenth of a digest's instructions). The JSON of
    at most `_SMALL_BYTES` of such messages is kept, the two latest generations (under any checks: a key is the same
    for all). `unclaimed`: the message was found to hold nothing in the gateway's own places (`outcome.claims`, a
    pure function of the JSON), so the same bytes again need not be searched for them (`small_unclaimed`)."""
    global _SMALL_KEYS, _SMALL_BEFORE, _SMALL_UNCLAIMED, _UNCLAIMED_BEFORE
    if unclaimed and data not in _SMALL_UNCLAIMED:
        _SMALL_UNCLAIMED.add(data)
        _SMALL_SIZE[0] += len(data)
    if data not in _SMALL_KEYS:
        _SMALL_KEYS[data] = key
        _SMALL_SIZE[0] += len(data)
    if _SMALL_SIZE[0] > _SMALL_BYTES:
        _SMALL_BEFORE, _SMALL_KEYS = _SMALL_KEYS, {}
        _UNCLAIMED_BEFORE, _SMALL_UNCLAIMED = _SMALL_UNCLAIMED, set()
        _SMALL_SIZE[0] = 0


def small_unclaimed(data: bytes) -> bool:
    """Whether `data`, the JSON of a small message, was found lately to hold nothing in the gateway's own places
    (see `known_small`): a set look-up in place of a search of every byte (~8k instructions for 1 KB, callgrind)."""
    return data in _SMALL_UNCLAIMED or data in _UNCLAIMED_BEFORE


_SMALL_KEYS: dict[bytes, bytes] = {}
_SMALL_BEFORE: dict[bytes, bytes] = {}
_SMALL_UNCLAIMED: set[bytes] = set()
_UNCLAIMED_BEFORE: set[bytes] = set()
_SMALL_SIZE = [0]
_SMALL_BYTES = 1 << 20
"""Bytes of small messages' JSON whose keys are kept by `known_small`, per generation."""


Known = tuple[Any, bytes, bytes]
"""A result as a server wrote it, known: its value (kept, only read), its compact JSON and that JSON's key."""


def known_result(raw: bytes) -> Known | None:
    """What the bytes of a small result, as a server wrote them (see `framing.answer_parts`), were learned to be by
    `learn_result`; None when they were not (lately). The same bytes are the same value: no decoding, no encoding,
    no digest (a look-up of the bytes). Whether that value is clean under the checks of the moment is asked of its
    key as ever (`Chain.passes`)."""
    found = _RESULTS.get(raw)
    if found is None:
        found = _RESULTS_BEFORE.get(raw)
        if found is not None:
            _keep_result(raw, found)
    return found


def learn_result(raw: bytes, data: bytes, key: bytes) -> None:
    """Remember what `raw`, the bytes of a result as its server wrote them, is: one JSON value whose compact JSON
    is `data` (with `key`, from `CleanMessages.small`), found clean. Bytes that are not one value by themselves (the
    line was not the plain response its envelope looked like) or whose JSON is not `data` are not remembered."""
    if len(raw) > _RESULT_MOST or raw in _RESULTS:
        return
    try:
        value = fastjson.loads(raw)
    except fastjson.DecodeRefused:
        return
    if fastjson.dumps(value) != data:
        return
    _keep_result(raw, (value, data, key))


def _keep_result(raw: bytes, known: Known) -> None:
    global _RESULTS, _RESULTS_BEFORE
    _RESULTS[raw] = known
    _RESULTS_SIZE[0] += len(raw) + len(known[1])
    if _RESULTS_SIZE[0] > _SMALL_BYTES:
        _RESULTS_BEFORE, _RESULTS = _RESULTS, {}
        _RESULTS_SIZE[0] = 0


_RESULTS: dict[bytes, Known] = {}
_RESULTS_BEFORE: dict[bytes, Known] = {}
_RESULTS_SIZE = [0]
_RESULT_MOST = 16 * 1024
"""Results written in more bytes than this are not remembered by their bytes (nor are they `small`)."""


def _digest(data: bytes) -> bytes:
    """The key of a message's compact JSON."""
    h = _KEYED.copy()
    h.update(data)
    return h.digest()[:16]


def _bounded(kept: dict[Any, tuple[Any, bytes]], name: Any, entry: tuple[Any, bytes]) -> None:
    """Keep `entry` under `name`, dropping the oldest entries beyond `_MOST` or `_MOST_BYTES` (the newest stays)."""
    kept.pop(name, None)
    kept[name] = entry
    total = sum(len(e[-1]) for e in kept.values())
    while len(kept) > _MOST or (total > _MOST_BYTES and len(kept) > 1):
        total -= len(kept.pop(next(iter(kept)))[-1])


_SAME_FROM = 16 * 1024
"""Messages with less text than this are not looked for among the kept copies (encoding them costs little)."""


def few(value: Any) -> Any:
    """A copy of a decoded JSON value's lists and objects (strings shared), or None when it holds more than `_FEW`
    values or a type JSON does not decode to."""
    count = [0]

    def copy(v: Any) -> Any:
        count[0] += 1
        if count[0] > _FEW:
            raise ValueError
        kind = type(v)
        if kind is dict:
            out = {}
            for k, child in v.items():
                if type(k) is not str:
                    raise ValueError
                out[k] = copy(child)
            return out
        if kind is list:
            return [copy(child) for child in v]
        if kind is str or kind is int or kind is float or kind is bool or v is None:
            return v
        raise ValueError

    try:
        return copy(value)
    except ValueError:
        return None


def same(a: Any, b: Any) -> bool:
    """Whether two decoded JSON values have the same JSON: the same types throughout (True is not 1, 1 is not 1.0),
    objects with the same keys in the same order, equal strings and numbers, zeros of the same sign."""
    stack = [(a, b)]
    pop, push = stack.pop, stack.append
    while stack:
        x, y = pop()
        kind = type(x)
        if kind is not type(y):
            return False
        if kind is str or kind is int or kind is bool:
            if x != y:
                return False
        elif kind is dict:
            if len(x) != len(y):
                return False
            for (kx, vx), (ky, vy) in zip(x.items(), y.items(), strict=True):
                if type(kx) is not str or type(ky) is not str or kx != ky:
                    return False
                push((vx, vy))
        elif kind is list:
            if len(x) != len(y):
                return False
            stack.extend(zip(x, y, strict=True))
        elif kind is float:
            if x != y or copysign(1.0, x) != copysign(1.0, y):
                return False
        elif x is not None:
            return False
    return True

"""What an audit line says: the event names, the tool-call line and the size+hash digest of a payload."""

from __future__ import annotations

import contextvars
import hashlib
import itertools
import json
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from secure_mcp_gateway import fastjson

Outcome = Literal["ok", "error", "blocked", "denied", "timeout", "cancelled"]
"""`denied`: the client's identity may not use the server (`mcpServers.<name>.identities`)."""
Direction = Literal["input", "output", "definition"]

# Event name -> the fields the integrator is expected to give (documentation and tests; not enforced).
EVENTS: dict[str, tuple[str, ...]] = {
    "gateway.start": ("version", "config", "servers"),
    "gateway.stop": ("reason",),
    "config.loaded": ("config", "servers"),
    "config.reloaded": ("config", "added", "removed", "changed"),
    "config.invalid": ("config", "error"),
    "server.start": ("server", "transport", "command"),
    "server.ready": ("server", "tools", "latency_ms"),
    "server.exit": ("server", "exit_code", "stderr"),
    "server.restart": ("server", "attempt", "delay"),
    "server.failed": ("server", "error", "attempts"),
    "tool.call": (
        "request_id",
        "server",
        "tool",
        "public_name",
        "outcome",
        "detectors",
        "degraded",
        "degraded_providers",
        "cache",
        "latency_ms",
        "arguments",
        "result",
    ),
    "guardrail.block": ("request_id", "server", "tool", "detector", "kind", "direction", "where", "count"),
    "guardrail.redact": ("request_id", "server", "tool", "detector", "kind", "direction", "where", "count"),
    "guardrail.warn": ("request_id", "server", "tool", "detector", "kind", "direction", "where", "count"),
    "definition.withheld": ("server", "name", "kind", "detector", "reason"),
    "definition.flagged": ("server", "name", "kind", "detector", "reason"),
    "definition.changed": ("server", "kind", "name", "since"),
    "definition.pinned": ("server", "count"),
    "definition.pending": ("server", "kind", "name", "reason", "action"),
    "definition.approved": ("server", "kind", "name", "by"),
    "guardrail.failure": ("request_id", "provider", "error", "attempts", "policy"),
    "breaker.open": ("provider", "failures"),
    "breaker.half_open": ("provider",),
    "breaker.close": ("provider",),
    "prompt.get": ("request_id", "server", "prompt", "public_name", "outcome", "latency_ms", "arguments", "result"),
    "resource.read": ("request_id", "server", "uri", "outcome", "latency_ms", "result"),
    "result.kept": ("id", "public_name", "chars", "shown"),
    "result.read": ("id", "offset", "chars", "via"),
    # written by the trail itself
    "chain.start": ("reason",),
    "audit.dropped": ("count", "reason", "first_ts"),
    "audit.recovered": ("torn_bytes", "torn_sha256"),
    "audit.gap": ("missing_from", "missing_to"),
    "audit.tamper": ("reason", "seq"),
}
TRAIL_EVENTS = frozenset({"chain.start", "audit.dropped", "audit.recovered", "audit.gap", "audit.tamper"})

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_request_id", default=None)


_ID_PREFIX = os.urandom(4).hex()
_ID_FIRST = int.from_bytes(os.urandom(3), "big")
_IDS = map(
    (_ID_PREFIX + "%08x").__mod__,
    itertools.chain(range(_ID_FIRST, 1 << 32), itertools.chain.from_iterable(itertools.repeat(range(1 << 32)))),
)
"""The ids in turn (the counter wraps at 32 bits), each made in C: a call's line costs no Python frame for its id."""


def new_request_id() -> str:
    """A fresh id (16 hex digits: random per process, then a counter) that ties together the lines of one call."""
    return next(_IDS)


def current_request_id() -> str | None:
    """The request id bound by the innermost `request_scope`, if any."""
    return _request_id.get()


@contextmanager
def request_scope(request_id: str) -> Iterator[str]:
    """Bind `request_id` so every `record()` inside (same task or thread) carries it unless given explicitly."""
    token = _request_id.set(request_id)
    try:
        yield request_id
    finally:
        _request_id.reset(token)


def _canonical_default(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return str(value)


def canonical_bytes(value: Any) -> bytes:
    """The bytes a value is hashed as: raw bytes, a string's UTF-8, anything else as compact sorted-key JSON."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if callable(getattr(value, "model_dump", None)):
        value = _canonical_default(value)
    fast = fastjson.dumps_sorted(value)
    if fast is not None:
        return fast
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_canonical_default)
    return text.encode("utf-8", "surrogatepass")


def digest(value: Any) -> dict[str, Any]:
    """`{"size": n, "sha256": hex}` of a payload; equal values (dict key order aside) give equal digests."""
    if isinstance(value, (dict, list)):
        long = _long_text_in(value)
        if long:
            streamed = _streamed_digest(value)
            if streamed is not None:
                return streamed
        elif long is False and (type(value) is dict or type(value) is list):  # (no model to dump)
            fast = fastjson.dumps_sorted(value)
            if fast is not None:
                return {"size": len(fast), "sha256": hashlib.sha256(fast).hexdigest()}
    data = canonical_bytes(value)
    return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


_LONG_TEXT = 1 << 20
"""Strings longer than this are hashed in slices rather than encoded whole (the same bytes are hashed)."""
_SLICE = 256 * 1024
_WALK_LIMIT = 10_000


def _long_text_in(value: dict[str, Any] | list[Any]) -> bool | None:
    """Whether `_streamed_digest` has a string to stream in `value`: None when the walk gives up (`_WALK_LIMIT`)."""
    stack: list[Any] = [value]
    seen = 0
    found = False
    while stack:
        node = stack.pop()
        seen += 1
        if seen > _WALK_LIMIT:
            return None
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, str):
                if len(child) > _LONG_TEXT:
                    found = True
            elif isinstance(child, (dict, list)):
                stack.append(child)
    return found


def _streamed_digest(value: dict[str, Any] | list[Any]) -> dict[str, Any] | None:
    """`digest` of a payload with very long strings, hashing their JSON slice by slice: no copy of the whole payload.

    Each long string is swapped for a marker no payload can hold, the rest is encoded as usual, and the hash runs
    over the pieces between markers and each string's encoding in slices (JSON escapes one character at a time, so
    the slices join to the string's own encoding). None when there is no such string or the fast encoder refuses.
    """
    long: dict[tuple[Any, ...], str] = {}
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    seen = 0
    while stack:
        path, node = stack.pop()
        seen += 1
        if seen > _WALK_LIMIT:
            return None  # a payload of many small parts: encoding it whole costs no more than walking it
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(child, str):
                if len(child) > _LONG_TEXT:
                    long[(*path, key)] = child
            elif isinstance(child, (dict, list)):
                stack.append(((*path, key), child))
    if not long:
        return None
    nonce = os.urandom(12).hex()
    markers: dict[bytes, str] = {}
    skeleton: Any = value
    for n, (path, text) in enumerate(long.items()):
        marker = f"\x00{nonce}:{n}"
        mark = fastjson.dumps(marker)
        if mark is None:
            return None
        markers[mark] = text
        skeleton = _replaced(skeleton, path, marker)
    encoded = fastjson.dumps_sorted(skeleton)
    if encoded is None:
        return None
    view = memoryview(encoded)
    sha = hashlib.sha256()
    size = pos = 0
    for mark, text in sorted(markers.items(), key=lambda item: encoded.find(item[0])):
        at = encoded.find(mark, pos)
        sha.update(view[pos:at])
        size += at - pos + 2
        pos = at + len(mark)
        sha.update(b'"')
        for start in range(0, len(text), _SLICE):
            piece = fastjson.dumps_unescaped(text[start : start + _SLICE])
            if piece is None:
                return None  # a lone surrogate: the standard library's encoding decides
            sha.update(memoryview(piece)[1:-1])
            size += len(piece) - 2
        sha.update(b'"')
    sha.update(view[pos:])
    size += len(encoded) - pos
    return {"size": size, "sha256": sha.hexdigest()}


def _replaced(value: Any, path: tuple[Any, ...], new: str) -> Any:
    """`value` with the item at `path` set to `new`, copying only the containers on the way (the payload is kept)."""
    key = path[0]
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[key] = new if len(path) == 1 else _replaced(value[key], path[1:], new)
    return copy


def rounded_ms(latency: dict[str, float]) -> dict[str, float]:
    """Milliseconds to the microsecond, as a line holds them (for durations, which are never negative: the nearest
    multiple of 0.001, a half rounding up; a fifth of the cost of `round(v, 3)`)."""
    out = {}
    for k, v in latency.items():  # (floor division by 1.0: `int()` of a positive float below 2**53, as a float)
        out[k] = (v * 1000.0 + 0.5) // 1.0 / 1000.0 if 0.0 <= v < 1e9 else round(v, 3)
    return out


_SPLICE_FROM = 8 * 1024
"""A payload's known JSON is used for its digest when its longest string has this many characters and at least half
as many as the JSON has bytes (the rest is encoded twice, small)."""


def spliced_digest(value: Any, data: bytes) -> dict[str, Any] | None:
    """`digest(value)` from `data`, the compact JSON of `value` in its own key order, without encoding its longest
    string again: that string's bytes are hashed where they lie in `data`, between the rest of the payload encoded
    in sorted order. None where this does not apply (no such string, or `data` is not laid out as `value` is)."""
    if type(value) is not dict and type(value) is not list:
        return None
    found = _longest_text(value)
    if found is None:
        return None
    path, text = found
    if len(text) < _SPLICE_FROM or 2 * len(text) < len(data):
        return None
    marker = f"\x00{os.urandom(12).hex()}"  # (no payload holds it)
    mark = fastjson.dumps(marker)
    if mark is None:  # pragma: no cover - a plain string
        return None
    skeleton = _replaced(value, path, marker)
    own, ordered = fastjson.dumps(skeleton), fastjson.dumps_sorted(skeleton)
    if own is None or ordered is None:
        return None
    at, at_sorted = own.find(mark), ordered.find(mark)
    end = len(data) - (len(own) - at - len(mark))
    if at < 0 or at_sorted < 0 or end < at + 2 or data[at] != 34 or data[end - 1] != 34:  # (34: '"')
        return None
    if not data.startswith(own[:at]) or not data.endswith(own[at + len(mark) :]):
        return None
    sha = hashlib.sha256(memoryview(ordered)[:at_sorted])
    sha.update(memoryview(data)[at:end])
    sha.update(memoryview(ordered)[at_sorted + len(mark) :])
    return {"size": len(ordered) - len(mark) + end - at, "sha256": sha.hexdigest()}


def _longest_text(value: dict[str, Any] | list[Any]) -> tuple[tuple[Any, ...], str] | None:
    """The path to the longest string value in `value` and that string, or None (none, or `_WALK_LIMIT` reached)."""
    best: tuple[tuple[Any, ...], str] | None = None
    most = -1
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    seen = 0
    while stack:
        path, node = stack.pop()
        seen += 1
        if seen > _WALK_LIMIT:
            return None
        for key, child in node.items() if type(node) is dict else enumerate(node):
            if type(child) is str:
                if len(child) > most:
                    best, most = ((*path, key), child), len(child)
            elif type(child) is dict or type(child) is list:
                stack.append(((*path, key), child))
    return best


class PendingDigest:
    """A payload whose digest is worked out by the audit writer's thread, not on the event loop of the call; with a
    `key` (a keyed digest of the payload's exact JSON, see `clean`), a payload seen before is not encoded again; with
    `json` (that exact JSON, already made), its longest string is not encoded again (see `spliced_digest`)."""

    __slots__ = ("json", "key", "value")

    def __init__(self, value: Any, key: bytes | None = None, json: bytes | None = None) -> None:
        self.value = value
        self.key = key
        self.json = json

    def resolve(self) -> dict[str, Any]:
        """The digest (`{"size", "sha256"}`)."""
        key = self.key
        if key is None:
            return self._digest()
        return dict(self.shared())

    def shared(self) -> dict[str, Any]:
        """`resolve()` without a copy: the digest remembered for the key, which the caller must not change."""
        key = self.key
        if key is None:
            return self._digest()
        known = _DIGESTS.get(key)
        if known is None:
            known = _KNOWN_BEFORE.pop(key, None) or self._digest()
            _remember_digest(key, known)
        return known

    def _digest(self) -> dict[str, Any]:
        data = self.json
        if data is not None:
            self.json = None
            spliced = spliced_digest(self.value, data)
            if spliced is not None:
                return spliced
        return digest(self.value)


_DIGESTS: dict[bytes, dict[str, Any]] = {}
_KNOWN_BEFORE: dict[bytes, dict[str, Any]] = {}
_DIGESTS_KEPT = 4096
"""Digests of payloads by key, the two latest generations (a payload that keeps coming back stays)."""


def _remember_digest(key: bytes, value: dict[str, Any]) -> None:
    global _DIGESTS, _KNOWN_BEFORE
    _DIGESTS[key] = value
    if len(_DIGESTS) > _DIGESTS_KEPT:
        _KNOWN_BEFORE, _DIGESTS = _DIGESTS, {}


def _finding_key(item: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """What makes findings of a call line one entry (their counts are summed)."""
    return (item["detector"], item["kind"], item["action"], item["direction"], item["where"])


@dataclass(init=False, slots=True)
class CallLine:
    """The `tool.call` line of one call, filled in as the call goes through the pipeline, then recorded once."""

    server: str
    tool: str
    public_name: str
    request_id: str = field(default_factory=new_request_id)
    outcome: Outcome = "ok"
    detectors: list[dict[str, Any]] = field(default_factory=list)
    degraded_providers: list[str] = field(default_factory=list)
    cache_hits: int = 0
    cache_misses: int = 0
    latency_ms: dict[str, float] = field(default_factory=dict)
    arguments: Any = None
    """`digest(value)` in "hash" mode, the already-redacted value in "redacted" mode (see `AuditTrail.payload`)."""
    result: Any = None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)
    deadline: float | None = None
    """`time.perf_counter()` by which a client's call must be answered, checks included (`call_timeout`); None for
    what no deadline bounds (a server's request waiting on its client's user)."""
    _by_key: dict[tuple[str, str, str, str, str], dict[str, Any]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __init__(
        self,
        server: str,
        tool: str,
        public_name: str,
        request_id: str | None = None,
        outcome: Outcome = "ok",
        detectors: list[dict[str, Any]] | None = None,
        degraded_providers: list[str] | None = None,
        cache_hits: int = 0,
        cache_misses: int = 0,
        latency_ms: dict[str, float] | None = None,
        arguments: Any = None,
        result: Any = None,
        error: str | None = None,
        extra: dict[str, Any] | None = None,
        started: float | None = None,
        deadline: float | None = None,
    ) -> None:
        # (written out: the generated one calls a factory for each list and dict, a call line is made per call)
        self.server = server
        self.tool = tool
        self.public_name = public_name
        self.request_id = next(_IDS) if request_id is None else request_id
        self.outcome = outcome
        self.detectors = [] if detectors is None else detectors
        self.degraded_providers = [] if degraded_providers is None else degraded_providers
        self.cache_hits = cache_hits
        self.cache_misses = cache_misses
        self.latency_ms = {} if latency_ms is None else latency_ms
        self.arguments = arguments
        self.result = result
        self.error = error
        self.extra = {} if extra is None else extra
        self.started = time.perf_counter() if started is None else started
        self.deadline = deadline
        self._by_key = {}

    def finding(self, detector: str, kind: str, action: str, direction: str, where: str = "", count: int = 1) -> None:
        """Add a detector finding; findings with the same detector/kind/action/direction/where are summed (found by
        key: a message with thousands of places costs one look-up each, not a pass over the findings so far)."""
        key = (detector, kind, action, direction, where)
        if len(self._by_key) != len(self.detectors):  # (findings given when the line was made)
            self._by_key = {_finding_key(d): d for d in self.detectors}
        item = self._by_key.get(key)
        if item is not None:
            item["count"] += count
            return
        item = {"detector": detector, "kind": kind, "action": action, "direction": direction, "where": where}
        item["count"] = count
        self.detectors.append(item)
        self._by_key[key] = item

    def add_hits(self, hits: Iterable[Any], direction: str) -> None:
        """Add findings from objects with `detector`, `kind`, `action`, `where`, `count` (e.g. a verdict's hits)."""
        for hit in hits:
            self.finding(hit.detector, hit.kind, hit.action, direction, hit.where, hit.count)

    def degrade(self, provider: str) -> None:
        """Note that `provider` could not answer and local checks stood in for it."""
        if provider not in self.degraded_providers:
            self.degraded_providers.append(provider)

    def add_time(self, phase: str, since: float) -> None:
        """Add the milliseconds from `since` (a `time.perf_counter()` reading) to now to a phase (`input_checks`,
        `call`, `output_checks`) of `latency_ms`."""
        latency = self.latency_ms
        latency[phase] = latency.get(phase, 0.0) + (time.perf_counter() - since) * 1000.0

    def finish(self) -> None:
        """Fix the total latency at the current time, unless the caller already set it."""
        if "total" not in self.latency_ms:
            self.latency_ms["total"] = (time.perf_counter() - self.started) * 1000.0

    def as_fields(self) -> dict[str, Any]:
        """The fields of the `tool.call` line."""
        fields: dict[str, Any] = {
            "request_id": self.request_id,
            "server": self.server,
            "tool": self.tool,
            "public_name": self.public_name,
            "outcome": self.outcome,
            "detectors": self.detectors,
            "degraded": bool(self.degraded_providers),
            "degraded_providers": self.degraded_providers,
            "cache": {"hits": self.cache_hits, "misses": self.cache_misses},
            "latency_ms": rounded_ms(self.latency_ms),
            "arguments": self.arguments,
            "result": self.result,
        }
        if self.error is not None:
            fields["error"] = self.error
        for key, value in self.extra.items():
            fields.setdefault(key, value)
        return fields

"""The line of an ordinary `tool.call` (no findings, digested payloads) from pieces kept per server and tool."""

from __future__ import annotations

import time
from typing import Any

import msgspec

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.audit.records import CallLine, PendingDigest
from secure_mcp_gateway.audit.scrub import SHORTEST, is_clean_name

Pieces = tuple[bytes, bytes]
_TEMPLATES: dict[tuple[Any, ...], Pieces] = {}
"""The fixed pieces of a call's line by (event, server, tool, public name, outcome, cache hits, cache misses), for
names that are strings with no secret shape and no `null` in their JSON (no other key is ever kept)."""
_TEMPLATES_KEPT = 1024
_DIGESTS: dict[bytes, bytes] = {}
"""A payload's digest as JSON, by the payload's key (see `PendingDigest`)."""
_DIGESTS_KEPT = 4096
_COUNT_MAX = (1 << 63) - 1
_SECOND: tuple[int | None, bytes] = (None, b"")
_MILLIS = tuple(b'.%03dZ","event":' % ms for ms in range(1000))
"""The end of a time stamp for each millisecond, with what follows it on the line."""


def _pieces(key: tuple[Any, ...]) -> Pieces | None:
    """The pieces for `key`, made and kept; None where the encoder's line is not made of them."""
    names, (hits, misses) = key[:5], key[5:]
    for text in names:
        if type(text) is not str or (len(text) >= SHORTEST and not is_clean_name(text)):
            return None  # (not kept: a name with a secret shape is kept nowhere)
    encoded = [fastjson.dumps(text) for text in names]
    if any(part is None or part.find(b"null") >= 0 for part in encoded):
        return None
    event, server, tool, public_name, outcome = (part for part in encoded if part is not None)
    pieces = (
        event + b',"request_id":"',
        b'","server":' + server + b',"tool":' + tool + b',"public_name":' + public_name + b',"outcome":' + outcome
        + b',"detectors":[],"degraded":false,"degraded_providers":[],"cache":{"hits":%d,"misses":%d},"latency_ms":'
        % (hits, misses),
    )  # fmt: skip
    if len(_TEMPLATES) >= _TEMPLATES_KEPT:
        _TEMPLATES.clear()
    _TEMPLATES[key] = pieces
    return pieces


def _digest_json(payload: PendingDigest) -> bytes | None:
    """The digest of a payload as JSON, encoded once per payload key."""
    key = payload.key
    if key is None:
        return fastjson.dumps(payload.shared())
    known = _DIGESTS.get(key)
    if known is None:
        known = fastjson.dumps(payload.shared())
        if known is None:
            return None
        if len(_DIGESTS) >= _DIGESTS_KEPT:
            _DIGESTS.clear()
        _DIGESTS[key] = known
    return known


class _Usual(msgspec.Struct):
    """A call's times under the names and in the order a call through the checks gets them: encoded as the object
    of those names (no dict is built, no name encoded afresh)."""

    input_checks: float
    call: float
    output_checks: float
    total: float


_USUAL = tuple(_Usual.__struct_fields__)
_encode_usual = msgspec.json.Encoder().encode


def _usual_times(latency: dict[str, float]) -> bytes | None:
    """`_times` of a call's four usual times in their usual order (as `rounded_ms` makes them), or None (`_times`
    decides) where the names or their order differ or a time is not a finite number below 1e9 ms."""
    if tuple(latency) != _USUAL:
        return None
    a, b, c, d = latency.values()
    if not (0.0 <= a < 1e9 and 0.0 <= b < 1e9 and 0.0 <= c < 1e9 and 0.0 <= d < 1e9):
        return None
    if type(a) is not float or type(b) is not float or type(c) is not float or type(d) is not float:
        return None
    return _encode_usual(
        _Usual(
            (a * 1000.0 + 0.5) // 1.0 / 1000.0,
            (b * 1000.0 + 0.5) // 1.0 / 1000.0,
            (c * 1000.0 + 0.5) // 1.0 / 1000.0,
            (d * 1000.0 + 0.5) // 1.0 / 1000.0,
        )
    )


def _times(latency: dict[str, float]) -> bytes | None:
    """A call's times as its line holds them (`rounded_ms`, encoded), or None where the general way decides: a name
    that may hold a secret shape or whose JSON spells `null`, a time that is not finite."""
    rounded = {}
    for name, value in latency.items():  # (`rounded_ms` of times that are all finite)
        if type(name) is not str or (len(name) >= SHORTEST and not is_clean_name(name)):
            return None
        if not 0.0 <= value < 1e9:
            return None  # (the encoder's `null` for a number that is not finite goes the general way)
        rounded[name] = (value * 1000.0 + 0.5) // 1.0 / 1000.0
    times = fastjson.dumps(rounded)
    if times is None or times.find(b"null") >= 0:
        return None  # (a name whose JSON spells `null`, e.g. after an escaped newline, goes the general way too)
    return times


def templated_call(ts: float, event: str, call: CallLine) -> bytes | None:
    """The body of an ordinary call's line (after its `{`), the same bytes as `trail._plain_call`; None for any
    other call (findings, an error, extra fields, recorded payloads, odd names, numbers or times)."""
    global _SECOND
    detectors, degraded = call.detectors, call.degraded_providers
    if type(detectors) is not list or detectors or type(degraded) is not list or degraded:
        return None
    if call.error is not None or call.extra:
        return None
    arguments, result, rid = call.arguments, call.result, call.request_id
    if type(arguments) is not PendingDigest or type(result) is not PendingDigest:
        return None
    if type(rid) is not str or len(rid) >= SHORTEST or not rid.isascii() or not rid.isalnum() or "null" in rid:
        return None  # (an id is plain hex digits)
    hits, misses = call.cache_hits, call.cache_misses
    if type(hits) is not int or type(misses) is not int or not (0 <= hits <= _COUNT_MAX and 0 <= misses <= _COUNT_MAX):
        return None
    key = (event, call.server, call.tool, call.public_name, call.outcome, hits, misses)
    try:
        pieces = _TEMPLATES[key]
    except KeyError:
        pieces = _pieces(key)  # type: ignore[assignment]
        if pieces is None:
            return None
    except TypeError:  # (a name that is not hashable)
        return None
    latency = call.latency_ms
    times = _usual_times(latency) if type(latency) is dict and len(latency) == 4 else None
    if times is None:
        times = _times(latency)
        if times is None:
            return None
    key = arguments.key
    shown_arguments = _DIGESTS.get(key) if key is not None else None
    if shown_arguments is None:
        shown_arguments = _digest_json(arguments)
    key = result.key
    shown_result = _DIGESTS.get(key) if key is not None else None
    if shown_result is None:
        shown_result = _digest_json(result)
    if shown_arguments is None or shown_result is None:
        return None
    whole = int(ts)
    ms = int((ts - whole) * 1000)
    if ms < 0:
        return None  # (before 1970)
    second = _SECOND
    if second[0] != whole:  # (lines come many a second: the date and time are formatted once per second)
        second = _SECOND = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)).encode("ascii"))
    to_id, to_times = pieces
    return b"".join(
        (b'"ts":"', second[1], _MILLIS[ms], to_id, rid.encode("ascii"), to_times, times, b',"arguments":',
         shown_arguments, b',"result":', shown_result, b"}")
    )  # fmt: skip

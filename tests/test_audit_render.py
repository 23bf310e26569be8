"""A `tool.call` line encoded on the fast path says what the general path says, and falls back where it must."""

from __future__ import annotations

import json
import time
import weakref
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway.audit import trail as trail_mod
from secure_mcp_gateway.audit.records import CallLine, PendingDigest
from secure_mcp_gateway.audit.trail import AuditTrail

TOKEN = "gh" + "p_" + "FakeGitHubToken0ForTests0Only0abcdef"


def call_line(**extra: Any) -> CallLine:
    call = CallLine("files", "read", "files__read")
    call.arguments = PendingDigest({"path": "/tmp/x", "n": 3, "f": 0.25, "ü": "\u2028"})
    call.result = PendingDigest({"content": [{"type": "text", "text": "héllo\n\x01"}]})
    call.latency_ms = {"input_checks": 0.0123456, "call": 12.5, "total": 13.0}
    call.finding("secrets", "github_token", "redact", "output", "content[0].text")
    call.extra.update(extra)
    return call


def both(tmp_path: Path, call: CallLine) -> tuple[bytes, bytes]:
    fast = AuditTrail(tmp_path / "a.jsonl")
    general = AuditTrail(tmp_path / "b.jsonl", processors=[lambda _logger, _name, event: event])
    return fast._render(1764537600.25, "tool.call", call), general._render(1764537600.25, "tool.call", call)


def parsed(body: bytes) -> dict[str, Any]:
    return json.loads(b"{" + body)


def test_the_fast_line_says_what_the_general_line_says(tmp_path: Path) -> None:
    fast, general = both(tmp_path, call_line(identity="alice"))
    assert fast == general  # (plain values: the same bytes)
    assert list(parsed(fast)) == list(parsed(general))
    assert trail_mod._plain_line(1764537600.25, "tool.call", call_line().as_fields()) is not None


def test_a_secret_shape_or_a_null_goes_the_general_way(tmp_path: Path) -> None:
    call = call_line()
    call.error = f"the server said {TOKEN}"
    assert trail_mod._plain_line(0.0, "tool.call", call.as_fields()) is None
    fast, general = both(tmp_path, call)
    assert TOKEN not in fast.decode() and "<SECRET>" in parsed(fast)["error"]
    assert fast == general
    odd = call_line(ratio=float("nan"))
    assert trail_mod._plain_line(0.0, "tool.call", odd.as_fields()) is None
    fast, general = both(tmp_path, odd)
    assert parsed(fast)["ratio"] == "nan" and fast == general


def test_values_the_fast_encoder_refuses_or_writes_otherwise_go_the_general_way(tmp_path: Path) -> None:
    lone = call_line(lone="\ud800")  # (a lone surrogate: escaped by the fast encoder as the general way writes it)
    assert trail_mod._plain_line(0.0, "tool.call", lone.as_fields()) is not None
    fast, general = both(tmp_path, lone)
    assert fast == general and parsed(fast)["lone"] == "\ud800"
    raw = call_line(raw=b"\x00\x01")  # bytes are recorded as their digest, not as base64
    fast, general = both(tmp_path, raw)
    assert fast == general and parsed(fast)["raw"]["size"] == 2


class Payload(dict):  # type: ignore[type-arg]
    """A payload that can be watched with a weak reference."""


def test_the_writer_keeps_no_payload_once_its_line_is_written(tmp_path: Path) -> None:
    trail = AuditTrail(tmp_path / "c.jsonl", linger=0.0).start()
    try:
        payload = Payload(content=[{"type": "text", "text": "x" * 1000}])
        watched = weakref.ref(payload)
        call = CallLine("files", "read", "files__read")
        call.result = trail.payload(payload)
        trail.record_call(call)
        del payload, call
        deadline = time.monotonic() + 10
        while watched() is not None and time.monotonic() < deadline:
            time.sleep(0.01)  # (waiting for a state, with a deadline)
        assert (tmp_path / "c.jsonl").read_bytes().count(b'"tool.call"') == 1
        assert watched() is None  # not held until the next line arrives
    finally:
        trail.close()


_texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["ok", "files", "ts", "seq", "request_id", "é\u2028", "\ud800", "task-" + "a" * 24, TOKEN]),
)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _texts,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_texts, children, max_size=3),
    max_leaves=12,
)
_names = st.sampled_from(["request_id", "server", "tool", "error", "ts", "event", "seq", "prev", "identity", "result"])


@st.composite
def calls(draw: st.DrawFn) -> CallLine:
    """A call line with any of the values a call can carry: plain, odd, secret-shaped, digested or not."""
    call = CallLine(draw(_texts), draw(_texts), draw(_texts))
    if draw(st.booleans()):
        call.request_id = draw(st.none() | _texts)  # type: ignore[assignment]
    call.outcome = draw(st.sampled_from(["ok", "error", "blocked"]))
    for _ in range(draw(st.integers(0, 2))):
        call.finding(draw(_texts), draw(_texts), "redact", "output", draw(_texts), draw(st.integers(1, 3)))
    call.degraded_providers = draw(st.lists(_texts, max_size=2))
    call.cache_hits, call.cache_misses = draw(st.integers(0, 5)), draw(st.integers(0, 5))
    call.latency_ms = draw(st.dictionaries(st.sampled_from(["call", "total", "input_checks"]), st.floats()))
    for attr in ("arguments", "result"):
        value = draw(_json)
        setattr(call, attr, PendingDigest(value) if draw(st.booleans()) else value)
    call.error = draw(st.none() | _texts)
    call.extra = draw(st.dictionaries(_names | _texts, _texts, max_size=3))
    return call


@settings(max_examples=100, deadline=None)
@given(calls(), st.floats(0, 4e9))
def test_a_call_line_built_straight_from_the_call_is_the_line_of_its_fields(call: CallLine, ts: float) -> None:
    """The call's own fast path writes what the fields' fast path writes, and falls back exactly when it does."""
    assert trail_mod._plain_call(ts, "tool.call", call) == trail_mod._plain_line(ts, "tool.call", call.as_fields())


def test_extra_fields_never_replace_the_line_s_own_or_the_chain_s() -> None:
    call = call_line(seq="9", prev="x", ts="then", event="other", server="elsewhere", error="extra", identity="alice")
    fast = trail_mod._plain_call(1764537600.25, "tool.call", call)
    assert fast is not None
    assert fast == trail_mod._plain_line(1764537600.25, "tool.call", call.as_fields())
    line = parsed(fast)
    assert "seq" not in line and "prev" not in line and line["event"] == "tool.call" and line["server"] == "files"
    assert list(line)[-2:] == ["error", "identity"] and line["error"] == "extra"
    call.error = ""
    assert parsed(trail_mod._plain_call(0.0, "tool.call", call) or b"")["error"] == ""


_names_or_token = st.one_of(_texts, st.just(TOKEN), st.just("sk-" + "Q" * 24))


@st.composite
def named_calls(draw: st.DrawFn) -> CallLine:
    """A call line whose only free strings are its names and ids (payloads digested, nothing else on it)."""
    call = CallLine(draw(_names_or_token), draw(_names_or_token), draw(_names_or_token))
    call.request_id = draw(_names_or_token)
    call.outcome = draw(_names_or_token)  # type: ignore[assignment]
    call.latency_ms = draw(st.dictionaries(_names_or_token, st.floats(0, 1e6), max_size=3))
    call.arguments, call.result = PendingDigest(draw(_json)), PendingDigest(draw(_json))
    return call


@settings(max_examples=200, deadline=None)
@given(named_calls(), st.floats(0, 4e9), st.sampled_from(["tool.call", f"tool.call {TOKEN}"]))
def test_a_line_of_names_and_digests_is_searched_for_secret_shapes_as_the_general_line_is(
    call: CallLine, ts: float, event: str
) -> None:
    """Names seen clean before are not searched again; a name or event with a shape still sends the line the general
    way, whichever field holds it."""
    for _ in range(2):  # (the second time, from what was remembered)
        assert trail_mod._plain_call(ts, event, call) == trail_mod._plain_line(ts, event, call.as_fields())


def test_a_secret_shape_in_any_name_of_a_call_is_scrubbed_from_its_line(tmp_path: Path) -> None:
    for field in ("server", "tool", "public_name", "request_id", "outcome", "latency"):
        call = CallLine("files", "read", "files__read")
        call.arguments, call.result = PendingDigest({"n": 1}), PendingDigest({"n": 2})
        call.latency_ms = {"call": 1.0}
        for _ in range(2):  # (clean names are remembered by then)
            assert trail_mod._plain_call(0.0, "tool.call", call) is not None
        if field == "latency":
            call.latency_ms[TOKEN] = 2.0
        else:
            setattr(call, field, f"x {TOKEN}")
        assert trail_mod._plain_call(0.0, "tool.call", call) is None, field
        fast, general = both(tmp_path, call)
        assert fast == general and TOKEN not in fast.decode() and b"<SECRET>" in fast, field

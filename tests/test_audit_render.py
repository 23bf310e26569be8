"""A `tool.call` line encoded on the fast path says what the general path says, and falls back where it must."""

from __future__ import annotations

import json
import time
import weakref
from pathlib import Path
from typing import Any

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
    lone = call_line(lone="\ud800")
    assert trail_mod._plain_line(0.0, "tool.call", lone.as_fields()) is None
    fast, general = both(tmp_path, lone)
    assert fast == general
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

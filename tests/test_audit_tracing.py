"""Optional tracing: a no-op without OpenTelemetry; with a tracer, one span per call with flat, scrubbed attributes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

from secure_mcp_gateway import tracing

GITHUB = "ghp_" + "q" * 36


class FakeSpan:
    def __init__(self, attributes: dict[str, Any]) -> None:
        self.attributes = dict(attributes)

    def is_recording(self) -> bool:
        return True

    def set_attributes(self, attributes: dict[str, Any]) -> None:
        self.attributes.update(attributes)


class FakeTracer:
    def __init__(self) -> None:
        self.spans: list[tuple[str, FakeSpan]] = []

    @contextlib.contextmanager
    def start_as_current_span(self, name: str, attributes: dict[str, Any]) -> Iterator[FakeSpan]:
        span = FakeSpan(attributes)
        self.spans.append((name, span))
        yield span


def test_without_opentelemetry_spans_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tracing, "_tracer", None)
    with tracing.call_span("tool.call", server="files") as span:
        span.set(outcome="ok")
        assert span.recording is False


def test_with_a_tracer_one_span_carries_the_call_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    tracer = FakeTracer()
    monkeypatch.setattr(tracing, "_tracer", tracer)
    with tracing.call_span("tool.call", server="files", tool="read", request_id="abc", error=None) as span:
        span.set(outcome="error", latency_ms={"total": 12.5, "call": 10.0}, detectors=["secrets"], note=GITHUB)
    [(name, recorded)] = tracer.spans
    assert name == "tool.call"
    assert recorded.attributes == {
        "server": "files",
        "tool": "read",
        "request_id": "abc",
        "outcome": "error",
        "latency_ms.total": 12.5,
        "latency_ms.call": 10.0,
        "detectors": ["secrets"],
        "note": "<SECRET>",
    }


def test_the_real_api_without_an_sdk_is_harmless(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("opentelemetry.trace")
    monkeypatch.setattr(tracing, "_tracer", tracing._UNSET)
    with tracing.call_span("tool.call", server="files") as span:
        span.set(outcome="ok")
    assert not span.recording
    assert tracing._tracer is None, "the API's default provider records nothing: no span is made at all"

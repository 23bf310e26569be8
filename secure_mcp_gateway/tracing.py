"""Optional OpenTelemetry spans per call (same fields as the audit line, no content); a no-op without OTel."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from secure_mcp_gateway.audit.scrub import scrub

logger = logging.getLogger(__name__)

TRACER_NAME = "secure_mcp_gateway"
_UNSET: Any = object()
_tracer: Any = _UNSET


def _get_tracer() -> Any:
    """The OTel tracer, or None when nothing would record spans (looked up once).

    None without `opentelemetry-api`, and None with the API alone (a dependency of other packages): its default
    provider records nothing, and an SDK (`opentelemetry-instrument`, or code that sets a provider) is set up before
    the gateway's first call.
    """
    global _tracer
    if _tracer is _UNSET:
        try:
            from opentelemetry import trace
        except ImportError:
            _tracer = None
        else:
            from secure_mcp_gateway import __version__

            provider = getattr(trace, "get_tracer_provider", None)
            idle = tuple(getattr(trace, n) for n in ("ProxyTracerProvider", "NoOpTracerProvider") if hasattr(trace, n))
            if provider is not None and idle and isinstance(provider(), idle):
                _tracer = None
            else:
                _tracer = trace.get_tracer(TRACER_NAME, __version__)
    return _tracer


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}", item, out)
    elif isinstance(value, (bool, int, float)):
        out[prefix] = value
    elif isinstance(value, str):
        out[prefix] = scrub(value)
    elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        out[prefix] = [scrub(v) for v in value]
    elif isinstance(value, (list, tuple)) and all(isinstance(v, (bool, int, float)) for v in value):
        out[prefix] = list(value)
    else:
        out[prefix] = scrub(str(value))


def attributes(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Span attributes from audit-style fields: nested dicts flattened (`latency_ms.total`), strings scrubbed."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        _flatten(key, value, out)
    return out


class CallSpan:
    """A handle on the current span: `set()` adds attributes; both do nothing when nothing records."""

    def __init__(self, span: Any = None) -> None:
        self._span = span if span is not None and span.is_recording() else None

    @property
    def recording(self) -> bool:
        """Whether an OTel SDK is recording this span."""
        return self._span is not None

    def set(self, **fields: Any) -> None:
        """Add attributes (e.g. `outcome`, `latency_ms`) once they are known."""
        if self._span is not None:
            self._span.set_attributes(attributes(fields))


class _NoSpan:
    """The context of a span that nothing records: costs one attribute lookup."""

    span = CallSpan()

    def __enter__(self) -> CallSpan:
        return self.span

    def __exit__(self, *exc: object) -> bool:
        return False


_NO_SPAN = _NoSpan()


def recording() -> bool:
    """Whether spans may be recorded (an OTel SDK is set up)."""
    return _get_tracer() is not None


def call_span(name: str, **fields: Any) -> AbstractContextManager[CallSpan]:
    """One span around a call, e.g. `with call_span("tool.call", server=s, tool=t) as span: ... span.set(...)`."""
    tracer = _get_tracer()
    if tracer is None:
        return _NO_SPAN
    return _recorded_span(tracer, name, fields)


@contextmanager
def _recorded_span(tracer: Any, name: str, fields: dict[str, Any]) -> Iterator[CallSpan]:
    with tracer.start_as_current_span(name, attributes=attributes(fields)) as span:
        yield CallSpan(span)

"""The gateway's metrics: calls, blocks, latency, servers, breakers, cache, sessions; fed from its audit events."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.http_transport import identity_var
from secure_mcp_gateway.metrics import Counter, Gauge, Histogram, Labels, Registry

BREAKER_STATES = {"close": 0, "half_open": 1, "open": 2}


class GatewayMetrics:
    """Every metric `/metrics` shows, updated as audit events happen and read from live state at scrape time."""

    def __init__(
        self,
        gateway: Any,
        sessions: Callable[[], int] = lambda: 0,
        output: Callable[[], tuple[int, int]] = lambda: (0, 0),
    ) -> None:
        self.gateway = gateway
        r = self.registry = Registry()
        self.calls = r.add(
            Counter(
                "smg_tool_calls_total",
                "Tool calls by server, tool and outcome (ok, error, blocked, timeout, cancelled).",
                ("server", "tool", "outcome"),
            )
        )
        self.latency = r.add(
            Histogram("smg_tool_call_duration_seconds", "Tool call latency, checks included.", ("server", "tool"))
        )
        self.actions = r.add(
            Counter(
                "smg_guardrail_actions_total",
                "Guardrail findings acted on (block, redact, warn) by server, detector and direction.",
                ("server", "detector", "action", "direction"),
            )
        )
        self.reads = r.add(
            Counter(
                "smg_reads_total",
                "prompts/get and resources/read by server and outcome.",
                ("server", "kind", "outcome"),
            )
        )
        self.cache = r.add(
            Counter("smg_cache_lookups_total", "Guardrail verdict cache lookups by result (hit, miss).", ("result",))
        )
        self.restarts = r.add(Counter("smg_server_restarts_total", "Server restarts after an exit.", ("server",)))
        self.failures = r.add(Counter("smg_server_failures_total", "Servers given up on.", ("server",)))
        r.add(Gauge("smg_server_up", "1 while a server is ready, else 0.", ("server", "state"), self._servers))
        r.add(
            Gauge(
                "smg_server_requests_in_flight",
                "Requests sent to a server and not yet answered (its queue depth).",
                ("server",),
                self._in_flight,
            )
        )
        self.breakers = r.add(
            Gauge(
                "smg_guardrail_breaker_state",
                "Circuit breaker per provider: 0 closed, 1 half-open, 2 open.",
                ("provider",),
            )
        )
        for provider in gateway.config.guardrails.providers:
            self.breakers.set(0, provider)
        self.http = r.add(
            Counter("smg_http_requests_total", "HTTP requests by endpoint and status.", ("endpoint", "status"))
        )
        r.add(Gauge("smg_http_sessions", "Open MCP sessions over HTTP.", (), lambda: [((), sessions())]))
        r.add(
            Gauge(
                "smg_http_output_waiting_bytes",
                "Output queued for HTTP clients and not yet taken by them.",
                (),
                lambda: [((), float(output()[0]))],
            )
        )
        r.add(
            Gauge(
                "smg_http_notifications_dropped",
                "Notifications dropped for HTTP clients that were not reading (since start).",
                (),
                lambda: [((), float(output()[1]))],
            )
        )
        r.add(Gauge("smg_audit_queue_depth", "Audit lines waiting to be written.", (), self._audit_queue))
        r.add(Gauge("smg_cache_redis_up", "1 while the Redis cache answers (absent without Redis).", (), self._redis))

    def render(self) -> str:
        """The Prometheus text."""
        return self.registry.render()

    # --- from audit events -----------------------------------------------------------------------

    def on_call(self, call: CallLine) -> None:
        """A finished tool call."""
        self.calls.inc(call.server, call.tool, call.outcome)
        total = call.latency_ms.get("total")
        if total is not None:
            self.latency.observe(total / 1000.0, call.server, call.tool)
        if call.cache_hits:
            self.cache.inc("hit", amount=call.cache_hits)
        if call.cache_misses:
            self.cache.inc("miss", amount=call.cache_misses)

    def on_event(self, event: str, fields: dict[str, Any]) -> None:
        """Any other audit event."""
        if event.startswith("guardrail.") and event[10:] in ("block", "redact", "warn"):
            self.actions.inc(
                fields.get("server", ""), fields.get("detector", ""), event[10:], fields.get("direction", "")
            )
        elif event in ("prompt.get", "resource.read"):
            self.reads.inc(fields.get("server", ""), event.split(".")[0], fields.get("outcome", ""))
        elif event == "server.restart":
            self.restarts.inc(fields.get("server", ""))
        elif event == "server.failed":
            self.failures.inc(fields.get("server", ""))
        elif event.startswith("breaker.") and event[8:] in BREAKER_STATES:
            self.breakers.set(BREAKER_STATES[event[8:]], fields.get("provider", ""))

    # --- read at scrape time ---------------------------------------------------------------------

    def _servers(self) -> Iterable[tuple[Labels, float]]:
        for child in self.gateway.fleet:
            state = getattr(child.state, "value", str(child.state))
            yield (child.name, state), 1.0 if state == "ready" else 0.0

    def _in_flight(self) -> Iterable[tuple[Labels, float]]:
        for child in self.gateway.fleet:
            peer = getattr(child, "peer", None)
            yield (child.name,), float(peer.in_flight if peer is not None else 0)

    def _audit_queue(self) -> Iterable[tuple[Labels, float]]:
        trail = self.gateway.audit
        if trail is not None and hasattr(trail, "_enqueued"):
            yield (), float(trail._enqueued - trail._dequeued)

    def _redis(self) -> Iterable[tuple[Labels, float]]:
        up = getattr(self.gateway.cache, "redis_up", None)
        if hasattr(self.gateway.cache, "redis_up"):
            yield (), 1.0 if up else 0.0


class ObservedTrail:
    """Stands where the audit trail stands: counts every event into the metrics, adds the HTTP identity, passes on."""

    def __init__(self, metrics: GatewayMetrics, trail: Any) -> None:
        self.metrics = metrics
        self.trail = trail

    def payload(self, value: Any) -> Any:
        """As the trail records a payload (nothing without a trail)."""
        return None if self.trail is None else self.trail.payload(value)

    def record(self, event: str, /, **fields: Any) -> None:
        """Count one event, then record it with the caller's identity."""
        self.metrics.on_event(event, fields)
        identity = identity_var.get()
        if identity is not None:
            fields.setdefault("identity", identity)
        if self.trail is not None:
            self.trail.record(event, **fields)

    def record_call(self, call: CallLine) -> None:
        """Count one finished call, then record it with the caller's identity."""
        call.finish()
        self.metrics.on_call(call)
        identity = identity_var.get()
        if identity is not None:
            call.extra.setdefault("identity", identity)
        if self.trail is not None:
            self.trail.record_call(call)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.trail, name)

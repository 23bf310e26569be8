"""What the gateway writes to the audit trail about calls, reads and servers; a no-op without a trail."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.children import Child, State
from secure_mcp_gateway.secret_text import bare_url, scrub_secrets

_HIT_FIELDS = ("detector", "kind", "direction", "where", "count")


class Recorder:
    """Turns calls, reads and server state changes into audit lines."""

    def __init__(self, trail: Any = None) -> None:
        self.trail = trail
        self.listeners: list[Callable[[CallLine], None]] = []
        """Called with every finished tool call, trail or not (the status file counts them)."""
        self.state_listeners: list[Callable[[], None]] = []
        """Called at every server state change, trail or not (the status file shows it at once)."""

    def payload(self, value: Any) -> Any:
        """How a checked payload appears on a call's line: size and hash, or its redacted form."""
        return None if self.trail is None else self.trail.payload(value)

    async def payload_off_loop(self, value: Any, big: bool) -> Any:
        """`payload`: the digest itself is worked out by the audit writer's thread (a big value never holds other
        calls), so nothing here needs a thread of its own."""
        return self.payload(value)

    def record(self, event: str, **fields: Any) -> None:
        """One line of any kind."""
        if self.trail is not None:
            self.trail.record(event, **fields)

    def call(self, call: CallLine) -> None:
        """A finished tool call: one line per block, redaction or warning, then the call's own line."""
        for listener in self.listeners:
            listener(call)
        if self.trail is None:
            return
        if call.detectors:
            self._hits(call)
        if call.error:
            call.error = scrub_secrets(call.error)  # a server's error text may quote what it was given
        self.trail.record_call(call)

    def findings(self, call: CallLine) -> None:
        """The blocks, redactions and warnings of a message that has no line of its own (a notification)."""
        if self.trail is not None:
            self._hits(call)

    def read(self, event: str, call: CallLine, **fields: Any) -> None:
        """A finished `prompts/get` or `resources/read`."""
        if self.trail is None:
            return
        call.finish()
        self._hits(call)
        self.trail.record(
            event,
            request_id=call.request_id,
            server=call.server,
            outcome=call.outcome,
            latency_ms={k: round(v, 3) for k, v in call.latency_ms.items()},
            detectors=call.detectors,
            **fields,
        )

    def _hits(self, call: CallLine) -> None:
        for hit in call.detectors:
            if hit["action"] in ("block", "redact", "warn"):
                self.trail.record(
                    f"guardrail.{hit['action']}",
                    request_id=call.request_id,
                    server=call.server,
                    tool=call.tool,
                    **{k: hit[k] for k in _HIT_FIELDS},
                )

    def server_state(self, child: Child, state: State, detail: str) -> None:
        """A server started, came up, exited and will restart, or failed for good."""
        for listener in self.state_listeners:
            listener()
        if self.trail is None:
            return
        name = child.name
        if state is State.STARTING:
            cfg = child.config
            where = cfg.command if cfg.transport == "stdio" else bare_url(cfg.url or "")  # (a key may be in its query)
            self.trail.record("server.start", server=name, transport=cfg.transport, command=where)
        elif state is State.READY:
            latency = (asyncio.get_running_loop().time() - child.started_at) * 1000
            tools = len(child.catalog.tools) if child.catalog else 0
            self.trail.record("server.ready", server=name, tools=tools, latency_ms=round(latency, 1))
        elif state is State.BACKOFF:
            self.trail.record(
                "server.exit", server=name, exit_code=child.exit_code, stderr=scrub_secrets(detail)[-500:]
            )
            self.trail.record("server.restart", server=name, attempt=child.restarts, delay=child.next_delay)
        elif state is State.FAILED:
            self.trail.record(
                "server.failed", server=name, error=scrub_secrets(detail)[-500:], attempts=child.restarts + 1
            )

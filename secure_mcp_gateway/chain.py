"""The policy chain every message crosses, in both directions; the one place the order of the steps is written.

To a server (requests, and the client's answers to a server's requests):
    input checks (local detectors -> consent -> remote providers -> placeholders restored for that server)
To a client (results, JSON-RPC errors, notifications of any method, a server's requests, completions):
    decode text blobs -> output checks (local detectors -> remote providers -> notices) -> encode blobs
Definitions and server instructions are screened by the catalog view (`Pipeline.screen_definition`).

Each step is a plain async callable over a `Flow`: it passes it on, changes `flow.value`, or rejects it by setting
`flow.blocked`. A step that fails unexpectedly rejects the message (nothing unchecked passes) unless its failure
mode says otherwise. Payloads above `OFFLOAD_BYTES` are checked off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.guardrails.outcome import NOTICE_META
from secure_mcp_gateway.guardrails.outcome import shows_notices as notice_place
from secure_mcp_gateway.guardrails.walk import Blob, pack_blobs, unpack_blobs
from secure_mcp_gateway.jsonrpc import INTERNAL_ERROR, RpcError
from secure_mcp_gateway.pipeline import Decision, Pipeline

log = logging.getLogger(__name__)

Direction = Literal["input", "output"]
OFFLOAD_BYTES = 256 * 1024
"""Payloads with more text than this are checked in a worker thread, so other calls keep moving."""


@dataclass
class Flow:
    """One message (the part of it that is checked) crossing the chain in one direction."""

    direction: Direction
    method: str
    call: CallLine
    value: Any
    shown: Any = None
    """What logs and the audit line may hold (redactions applied, no placeholder restored)."""
    blocked: str | None = None
    blobs: list[Blob] = field(default_factory=list)
    big: bool = False
    """Checked off the event loop."""
    session: Any = None
    """The client session the message comes from or goes to (consent is asked of its client)."""
    error: bool = False
    """A server's JSON-RPC error (`message`, `data`): a notice travels in its message."""


Step = Callable[["Chain", Flow], Awaitable[None]]


async def decode_blobs(chain: Chain, flow: Flow) -> None:
    """Base64 fields that carry text (`blob`, image/audio `data`) become that text for the checks."""
    if flow.big:
        flow.value, flow.blobs = await asyncio.to_thread(unpack_blobs, flow.value)
    else:
        flow.value, flow.blobs = unpack_blobs(flow.value)


async def encode_blobs(chain: Chain, flow: Flow) -> None:
    """Blobs go back as they came, or encoded again where a check rewrote their text."""
    if flow.blobs:
        flow.value = pack_blobs(flow.value, flow.blobs)


async def check_input(chain: Chain, flow: Flow) -> None:
    """Local detectors, consent, remote providers and placeholder restore, for a message on its way to a server."""
    decision = await chain.pipeline.check_input(flow.call, flow.value, flow.session)
    _take(flow, decision)


async def check_output(chain: Chain, flow: Flow) -> None:
    """Local detectors, remote providers and notices, for a message on its way to a client."""
    # a message the model reads with no place for a notice (a notification, a completion) gets flagged text
    # redacted instead of passed on intact; an error carries its notice in its message
    redact_flags = not flow.error and not notice_place(flow.value)
    decision = await chain.pipeline.check_output(flow.call, flow.value, offload=flow.big, redact_flags=redact_flags)
    _take(flow, decision)


def _take(flow: Flow, decision: Decision) -> None:
    if decision.blocked is not None:
        flow.blocked = decision.blocked
        flow.value = None
    else:
        flow.value = decision.value
        flow.shown = decision.shown if decision.shown is not None else decision.value


TO_SERVER: tuple[Step, ...] = (check_input,)
"""The steps of a message on its way to a server, in order."""
TO_CLIENT: tuple[Step, ...] = (decode_blobs, check_output, encode_blobs)
"""The steps of a message on its way to a client, in order."""


class Chain:
    """Runs every message through the ordered steps; one per hub, shared by every client session."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.to_server = TO_SERVER
        self.to_client = TO_CLIENT

    async def run(self, flow: Flow, steps: tuple[Step, ...]) -> Flow:
        """Pass `flow` through `steps` until one rejects it; a step that crashes rejects it."""
        flow.big = flow.big or text_size(flow.value) > OFFLOAD_BYTES
        for step in steps:
            try:
                await step(self, flow)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.error("the %s checks of %s failed in %s", flow.direction, flow.method, step.__name__, exc_info=exc)
                flow.call.finding("gateway", "internal_error", "block", flow.direction)
                flow.blocked = (
                    f"Blocked: the gateway could not check this {flow.method} {flow.direction} "
                    f"({type(exc).__name__}); nothing unchecked was passed on. See the gateway log."
                )
            if flow.blocked is not None:
                flow.value = None
                break
        return flow

    async def to_server_value(self, call: CallLine, method: str, value: Any, session: Any = None) -> Flow:
        """Check a value going to `call.server` (arguments, params, a client's answer) from `session`'s client."""
        return await self.run(Flow("input", method, call, value, session=session), self.to_server)

    async def to_client_value(self, call: CallLine, method: str, value: Any) -> Flow:
        """Check a value going to a client (a result, notification params, a server's request params)."""
        return await self.run(Flow("output", method, call, value), self.to_client)

    async def to_client_error(self, call: CallLine, method: str, exc: RpcError) -> RpcError:
        """A server's JSON-RPC error as the client may see it: its message and data checked like any output."""
        shape: dict[str, Any] = {"message": exc.message}
        if exc.data is not None:
            shape["data"] = exc.data
        flow = await self.run(Flow("output", method, call, shape, error=True), self.to_client)
        if flow.blocked is not None:
            return RpcError(INTERNAL_ERROR, flow.blocked)
        value = flow.value if isinstance(flow.value, dict) else {}
        message = value.get("message")
        message = message if isinstance(message, str) else "error"
        meta = value.get("_meta")
        notice = meta.get(NOTICE_META) if isinstance(meta, dict) else None
        if isinstance(notice, str):  # a flag on an error: the notice travels in the message the model reads
            message = f"{message}\n\n{notice}"
        return RpcError(exc.code, message, value.get("data"))


def text_size(value: Any, limit: int = OFFLOAD_BYTES) -> int:
    """The characters of text in `value` (strings and keys), counted up to just past `limit`."""
    total = 0
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            total += len(v)
        elif isinstance(v, dict):
            for k, child in v.items():
                if isinstance(k, str):
                    total += len(k)
                stack.append(child)
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        if total > limit:
            break
    return total

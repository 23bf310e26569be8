"""The SDK's streamable HTTP transport, kept through network blips: the stream of notifications (the GET stream) is
asked for again as long as the link lives (the SDK gives it up after two failed tries, so a server unreachable for a
few seconds lost every list change, resource update and log line until the link ended), and a POST failing on the
network fails its own request, not the whole link and the server's session."""

from __future__ import annotations

import logging
import time
from typing import Any

import anyio

log = logging.getLogger(__name__)

GAP = "notifications/gateway/stream"
"""The method of the marker the transport puts among a server's messages when its stream failed (`params.back`
false; `params.lost`: the HTTP status of a refusal saying the session is gone) and when it is open again after a
failure (`params.back` true); `HttpLink.recv` takes it, it is never passed on."""
DELAYS = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
"""Seconds before each new try after consecutive failures (the last, over and over)."""
UNREACHED = "could not reach the server"
"""How the error answering a request whose POST failed on the network begins."""
GIVE_UP = 30.0
"""Seconds of requests failing on the network after which the link ends (and the server is connected again)."""
SHORT = 1.0
"""A stream that ended by itself sooner than this after opening counts as a failure for the delay (no tight loop)."""


NEEDED = (
    "sse_within_origin",
    "_unfollowed_redirect",
    "LAST_EVENT_ID",
    "SessionMessage",
    "JSONRPCNotification",
    "JSONRPCRequest",
    "JSONRPCError",
    "ErrorData",
    "httpx2",
    "RequestContext",
    "streamable_http_client",
)
"""The names of the SDK's streamable HTTP module the lasting transport uses."""
SHAPES = {
    "handle_get_stream": ("self", "client", "read_stream_writer"),
    "_handle_post_request": ("self", "ctx"),
    "_handle_sse_event": ("self", "sse", "read_stream_writer"),
    "_prepare_headers": ("self",),
}
"""The transport's methods it overrides or calls, with their leading parameters."""
_warned: set[str] = set()


def missing(module: Any) -> list[str]:
    """What the lasting transport relies on that the SDK's streamable HTTP module lacks or has in another shape
    (empty for the SDK it was written for)."""
    import dataclasses
    import inspect

    gone = [n for n in NEEDED if not hasattr(module, n)]
    base = getattr(module, "StreamableHTTPTransport", None)
    if base is None:
        return [*gone, "StreamableHTTPTransport"]
    for name, shape in SHAPES.items():
        method = getattr(base, name, None)
        try:
            params = tuple(inspect.signature(method).parameters)[: len(shape)] if callable(method) else ()
        except (TypeError, ValueError):
            params = ()
        if params != shape:
            gone.append(f"StreamableHTTPTransport.{name}{shape[1:]}")
    context = getattr(module, "RequestContext", None)
    fields = {f.name for f in dataclasses.fields(context)} if dataclasses.is_dataclass(context) else set()
    gone += [f"RequestContext.{f}" for f in ("session_message", "read_stream_writer") if f not in fields]
    maker = inspect.unwrap(getattr(module, "streamable_http_client", None) or (lambda: None))
    if "StreamableHTTPTransport" not in getattr(getattr(maker, "__code__", None), "co_names", ()):
        gone.append("streamable_http_client making a StreamableHTTPTransport")
    return gone


def make_lasting(module: Any) -> None:
    """Have `module.streamable_http_client` (the SDK's) make transports whose GET stream is kept (once per process);
    an SDK without the parts it relies on (see `missing`) is left as it is, and a warning says so once."""
    base = getattr(module, "StreamableHTTPTransport", None)
    if getattr(base, "lasting", False):
        return
    gone = missing(module)
    if gone:
        key = getattr(module, "__name__", "")
        if key not in _warned:
            _warned.add(key)
            log.warning(
                "this MCP SDK's streamable HTTP transport lacks %s: remote servers' notification streams are not "
                "asked for again after a network blip, and a request failing on the network ends the link",
                ", ".join(gone),
            )
        return

    class Lasting(base):  # type: ignore[misc, valid-type]
        """The SDK's transport, with `keep_get_stream` for its GET stream, and a POST that fails on the network
        failing its own request only (see `unreached`)."""

        lasting = True
        unreached_since: float | None = None

        async def handle_get_stream(self, client: Any, read_stream_writer: Any) -> None:
            await keep_get_stream(module, self, client, read_stream_writer)

        async def _handle_post_request(self, ctx: Any) -> None:
            try:
                await super()._handle_post_request(ctx)
            except module.httpx2.TransportError as exc:
                await unreached(module, self, ctx, exc)
            else:
                self.unreached_since = None

    module.StreamableHTTPTransport = Lasting


async def keep_get_stream(module: Any, transport: Any, client: Any, writer: Any) -> None:
    """Read the GET stream and open it again whenever it ends or fails (resuming after the last event id the server
    gave), until the server says it offers none (405, or any refusal before it ever opened) or redirects it; a
    failure and the first opening after one are marked (see `GAP`), and a refusal saying the session is gone too."""
    last_id: str | None = None
    retry_ms: int | None = None
    failed = False  # (since the stream was last open)
    opened = False  # (ever, on this link)
    tries = 0  # (failures and short streams in a row: the delay before the next)
    while transport.session_id:
        opened_at: float | None = None
        lost: int | None = None
        try:
            headers = transport._prepare_headers()
            if last_id:
                headers[module.LAST_EVENT_ID] = last_id
            async with module.sse_within_origin(
                client, transport.url, headers=headers, max_event_size=transport.max_sse_event_size
            ) as source:
                response = source.response
                redirect = module._unfollowed_redirect(response)
                if redirect is not None:
                    log.warning("notifications stream not opened: %s", redirect)
                    return
                status = response.status_code
                if status == 405 or (not opened and 400 <= status < 500 and status not in (408, 429)):
                    return  # (the server offers no such stream, as it may: some say so with 404 or 400)
                if opened and status in (400, 404):
                    from secure_mcp_gateway.links_http import session_lost

                    lost = status if session_lost(status, response.request.headers, await response.aread()) else None
                response.raise_for_status()
                opened, opened_at = True, time.monotonic()
                if failed:
                    failed = False
                    await _mark(module, writer, back=True)
                async for sse in source:
                    if sse.id:
                        last_id = sse.id
                    if sse.retry is not None:
                        retry_ms = sse.retry
                    await transport._handle_sse_event(sse, writer)
        except Exception as exc:
            log.debug("notifications stream failed: %s", type(exc).__name__)
            failed = True
            try:
                await _mark(module, writer, back=False, lost=lost)
            except Exception:  # (the link is closing)
                return
        if not transport.session_id:
            return
        tries = 0 if opened_at is not None and time.monotonic() - opened_at >= SHORT else tries + 1
        wait = retry_ms / 1000 if retry_ms is not None else DELAYS[min(tries - 1, len(DELAYS) - 1)] if tries else 0.0
        await anyio.sleep(wait)


async def unreached(module: Any, transport: Any, ctx: Any, exc: BaseException) -> None:
    """A POST that failed on the network (the server unreachable, the connection broken): the SDK lets that end the
    whole link, and the gateway then connected again in a new session, losing what the server kept for the old one.
    Only its request fails now (a notification is lost); failures before a session, or for longer than `GIVE_UP`
    s, end the link, as before."""
    now = time.monotonic()
    if transport.unreached_since is None:
        transport.unreached_since = now
    if not transport.session_id or now - transport.unreached_since > GIVE_UP:
        raise exc  # (at connection, the link's start says why it failed, with the system's words)
    message = ctx.session_message.message
    if not isinstance(message, module.JSONRPCRequest):
        log.info("a notification to the server was lost: %s", type(exc).__name__)
        return
    why = f"{UNREACHED} ({type(exc).__name__}); the request was not answered"
    error = module.JSONRPCError(jsonrpc="2.0", id=message.id, error=module.ErrorData(code=-32603, message=why))
    await ctx.read_stream_writer.send(module.SessionMessage(error))


async def _mark(module: Any, writer: Any, *, back: bool, lost: int | None = None) -> None:
    params: dict[str, Any] = {"back": back} if lost is None else {"back": back, "lost": lost}
    note = module.JSONRPCNotification(jsonrpc="2.0", method=GAP, params=params)
    await writer.send(module.SessionMessage(note))

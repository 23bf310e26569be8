"""A remote MCP server over streamable HTTP or SSE, through the SDK's client transports."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from secure_mcp_gateway import framing, jsonrpc
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message

log = logging.getLogger(__name__)

MAX_QUEUED = 64 << 20
"""Bytes waiting for a remote server above which sends are refused (as `gateway.limits.server_message_mb`)."""


class HttpLink:
    """Message pipe over the SDK transport's in-memory streams."""

    def __init__(self, name: str, read_stream: Any, write_stream: Any, max_queued: int = MAX_QUEUED) -> None:
        from mcp.shared.message import SessionMessage
        from mcp_types.jsonrpc import jsonrpc_message_adapter

        self.name = name
        self._read = read_stream
        self._write = write_stream
        self._adapter = jsonrpc_message_adapter
        self._wrap = SessionMessage
        self._queue: asyncio.Queue[tuple[Message, int]] = asyncio.Queue()
        self._queued = 0
        """Bytes of messages handed to `send` and not yet to the transport."""
        self._max_queued = max_queued
        self._pump = asyncio.get_running_loop().create_task(self._send_loop())
        self._gone: str | None = None

    def send(self, msg: Message) -> None:
        """Queue a message for the server."""
        if self._gone is not None:
            raise ConnectionClosed(self._gone)
        if self._queued > self._max_queued:
            raise ConnectionClosed(f"server {self.name} is not taking its input ({self._queued >> 20} MB waiting)")
        size = len(jsonrpc.encode(msg))
        self._queued += size
        self._queue.put_nowait((msg, size))

    async def drain(self) -> None:
        """Messages are handed over by the pump task; nothing to wait for."""

    async def _send_loop(self) -> None:
        while True:
            msg, size = await self._queue.get()
            try:
                await self._write.send(self._wrap(self._adapter.validate_python(msg)))
                self._queued -= size
            except Exception as exc:
                self._gone = f"server {self.name}: connection lost ({type(exc).__name__})"
                return

    async def recv(self) -> Message | None:
        """The next message from the server; None when the connection ends."""
        while True:
            try:
                item = await self._read.receive()
            except Exception:
                return None
            if isinstance(item, Exception):
                log.warning("server %s: transport error: %s", self.name, type(item).__name__)
                continue
            # (python mode: a number kept as written stays one, see `_NumbersAsWritten`)
            return item.message.model_dump(by_alias=True, mode="python", exclude_none=True)

    def last_stderr(self, lines: int = 5) -> str:
        """Remote servers have no stderr to show."""
        return ""

    async def close(self) -> None:
        """Stop the pump; the transport itself is closed by its context."""
        self._pump.cancel()
        with contextlib.suppress(BaseException):
            await self._pump


class _NumbersAsWritten:
    """The SDK's JSON-RPC message adapter, parsing JSON as the gateway does: a number kept as written (`1E400`, `1e5`,
    `-0`, see `fastjson.Number`) reaches the gateway as such, not as the float the SDK's own parse makes of it
    (`1E400` became `null`); what the gateway's parse refuses is left to the SDK's, for the SDK's own error."""

    def __init__(self, adapter: Any) -> None:
        self._adapter = adapter

    def validate_json(self, data: Any, **kwargs: Any) -> Any:
        """A message from its JSON text."""
        try:
            value = framing.decode(data if not isinstance(data, str) else data.encode("utf-8", "surrogatepass"))
        except (ValueError, TypeError):
            return self._adapter.validate_json(data, **kwargs)
        return self._adapter.validate_python(value, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._adapter, name)


class _TypesKeepingNumbers:
    """The SDK's types module as its SSE transport sees it: the same, but for its message adapter (see
    `_NumbersAsWritten`)."""

    def __init__(self, types: Any) -> None:
        self._types = types
        self.jsonrpc_message_adapter = _NumbersAsWritten(types.jsonrpc_message_adapter)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._types, name)


def _keep_numbers(module: Any) -> None:
    """Have one of the SDK's HTTP transports parse messages with `_NumbersAsWritten` (once per process): the
    streamable one names the adapter itself, the SSE one reads it from its `types` module."""
    adapter = getattr(module, "jsonrpc_message_adapter", None)
    if adapter is not None and not isinstance(adapter, _NumbersAsWritten) and hasattr(adapter, "validate_python"):
        module.jsonrpc_message_adapter = _NumbersAsWritten(adapter)
    types = getattr(module, "types", None)
    able = hasattr(getattr(types, "jsonrpc_message_adapter", None), "validate_python")
    if able and not isinstance(types, _TypesKeepingNumbers):
        module.types = _TypesKeepingNumbers(types)


@contextlib.asynccontextmanager
async def open_http_link(
    name: str, url: str, headers: dict[str, str], transport: str, http_client: Any = None
) -> AsyncIterator[HttpLink]:
    """Connect to a remote server; the context must be entered and left in one task (`http_client`: an
    `httpx2.AsyncClient` to use instead of the SDK's)."""
    if transport == "sse":
        from mcp.client import sse

        _keep_numbers(sse)
        if http_client is not None:
            cm: Any = sse.sse_client(url, headers=headers or None, httpx_client_factory=lambda **_kw: http_client)
        else:
            cm = sse.sse_client(url, headers=headers or None)
    else:
        from mcp.client import streamable_http
        from mcp.shared._httpx_utils import create_mcp_http_client

        _keep_numbers(streamable_http)
        client = http_client if http_client is not None else create_mcp_http_client(headers=headers or None)
        cm = _with_client(client, streamable_http.streamable_http_client(url, http_client=client))
    async with cm as streams:
        link = HttpLink(name, streams[0], streams[1])
        try:
            yield link
        finally:
            await link.close()


@contextlib.asynccontextmanager
async def _with_client(client: Any, inner: Any) -> AsyncIterator[Any]:
    async with client, inner as streams:
        yield streams

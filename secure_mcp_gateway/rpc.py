"""One JSON-RPC peer: outgoing requests with deadlines, incoming requests each in its own task."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from secure_mcp_gateway import jsonrpc
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message, RequestTimeout, RpcError

log = logging.getLogger(__name__)

RequestHandler = Callable[[Message], Awaitable[dict[str, Any]]]
NotificationHandler = Callable[[Message], None]


class Link(Protocol):
    """A message pipe to one peer."""

    def send(self, msg: Message) -> None:
        """Queue a message for the peer; never blocks; raises ConnectionClosed when the pipe is gone."""

    async def drain(self) -> None:
        """Wait until queued messages are handed to the operating system."""

    async def recv(self) -> Message | None:
        """The next message, or None at end of stream."""


class RpcPeer:
    """Correlates requests and responses with one peer over a `Link`."""

    def __init__(
        self,
        name: str,
        link: Link,
        on_request: RequestHandler | None = None,
        on_notification: NotificationHandler | None = None,
    ) -> None:
        self.name = name
        self.link = link
        self._on_request = on_request
        self._on_notification = on_notification
        self._pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._inbound: dict[Any, asyncio.Task[None]] = {}
        self._next_id = 0
        self._closed: str | None = None

    @property
    def closed(self) -> str | None:
        """Why the peer is closed, or None while it is open."""
        return self._closed

    @property
    def in_flight(self) -> int:
        """Requests sent and not yet answered."""
        return len(self._pending)

    async def request(
        self,
        method: str,
        params: dict[str, Any] | None,
        timeout: float | None = None,
        *,
        on_sent: Callable[[int], None] | None = None,
    ) -> dict[str, Any]:
        """Send a request and wait for its result; raises RpcError, RequestTimeout or ConnectionClosed."""
        if self._closed is not None:
            raise ConnectionClosed(self._closed)
        loop = asyncio.get_running_loop()
        self._next_id += 1
        rid = self._next_id
        fut: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._pending[rid] = fut
        timer = loop.call_later(timeout, self._expire, rid, method, timeout) if timeout else None
        try:
            self.link.send(jsonrpc.request(rid, method, params))
            if on_sent is not None:
                on_sent(rid)
            await self.link.drain()
            return await fut
        except asyncio.CancelledError:
            if fut.cancelled() or not fut.done():  # no answer arrived: tell the peer to stop working on it
                self._cancel_remote(rid, "cancelled by the client")
            raise
        finally:
            self._pending.pop(rid, None)
            if timer is not None:
                timer.cancel()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        """Send a notification; silently dropped when the peer is gone."""
        if self._closed is None:
            with contextlib.suppress(ConnectionClosed):
                self.link.send(jsonrpc.notification(method, params))

    def _expire(self, rid: int, method: str, timeout: float) -> None:
        fut = self._pending.get(rid)
        if fut is not None and not fut.done():
            fut.set_exception(RequestTimeout(f"{self.name} did not answer {method} within {timeout:g} s"))
            self._cancel_remote(rid, "timeout")

    def _cancel_remote(self, rid: int, reason: str) -> None:
        self.notify("notifications/cancelled", {"requestId": rid, "reason": reason})

    def dispatch(self, msg: Message) -> None:
        """Handle one message received from the peer."""
        method = msg.get("method")
        if method is not None:
            if "id" in msg:
                self._start_inbound(msg)
            elif method == "notifications/cancelled":
                self._cancel_inbound(msg.get("params") or {})
            elif self._on_notification is not None:
                self._on_notification(msg)
            return
        fut = self._pending.get(msg.get("id"))  # type: ignore[arg-type]
        if fut is None or fut.done():
            return  # a late answer to a request that timed out or was cancelled
        err = msg.get("error")
        if isinstance(err, dict):
            fut.set_exception(
                RpcError(int(err.get("code", jsonrpc.INTERNAL_ERROR)), str(err.get("message", "")), err.get("data"))
            )
        elif isinstance(msg.get("result"), dict):
            fut.set_result(msg["result"])
        else:
            fut.set_exception(RpcError(jsonrpc.INTERNAL_ERROR, f"{self.name} sent a response without a result"))

    def _start_inbound(self, msg: Message) -> None:
        rid = msg["id"]
        if self._on_request is None:
            self._reply(jsonrpc.error(rid, RpcError(jsonrpc.METHOD_NOT_FOUND, f"Method not found: {msg['method']}")))
            return
        task = asyncio.get_running_loop().create_task(self._serve(msg))
        self._inbound[rid] = task
        task.add_done_callback(lambda _t, rid=rid: self._inbound.pop(rid, None))

    async def _serve(self, msg: Message) -> None:
        rid = msg["id"]
        try:
            value = await self._on_request(msg)  # type: ignore[misc]
        except RpcError as exc:
            self._reply(jsonrpc.error(rid, exc))
        except asyncio.CancelledError:
            return  # the peer cancelled it, or we are shutting down: no answer is owed
        except Exception as exc:
            log.exception("%s: handler for %s failed", self.name, msg.get("method"))
            self._reply(jsonrpc.error(rid, RpcError(jsonrpc.INTERNAL_ERROR, f"internal error: {type(exc).__name__}")))
        else:
            self._reply(jsonrpc.result(rid, value))

    def _reply(self, msg: Message) -> None:
        if self._closed is None:
            with contextlib.suppress(ConnectionClosed):
                self.link.send(msg)

    def _cancel_inbound(self, params: dict[str, Any]) -> None:
        task = self._inbound.get(params.get("requestId"))
        if task is not None:
            task.cancel()

    def close(self, reason: str) -> None:
        """Fail every pending request with `reason` and cancel inbound handlers."""
        if self._closed is not None:
            return
        self._closed = reason
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(ConnectionClosed(reason))
        for task in list(self._inbound.values()):
            task.cancel()

"""A remote MCP server over streamable HTTP or SSE, through the SDK's client transports."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

from secure_mcp_gateway import fastjson, framing, jsonrpc
from secure_mcp_gateway.jsonrpc import SESSION_LOST, ConnectionClosed, Message, Unanswered
from secure_mcp_gateway.links_stream import GAP, UNREACHED, make_lasting
from secure_mcp_gateway.secret_text import bare_url

log = logging.getLogger(__name__)

MAX_QUEUED = 64 << 20
"""Bytes waiting for a remote server above which sends are refused (as `gateway.limits.server_message_mb`)."""


class KeptBodies:
    """The bodies of messages to a remote server that hold numbers kept as written (`fastjson.Number`) or a lone
    surrogate: the SDK writes a message again from its model (`1e5` as `100000.0`, `1E400` as `null`), and `hook`, a
    request hook of the HTTP client, sends ours instead. Requests and responses are found by id; notifications,
    having none, by their order (the SDK posts them one after another, in the order they were handed to it)."""

    MOST = 256

    def __init__(self) -> None:
        self._bodies: dict[tuple[bool, Any], bytes] = {}
        self._notes: deque[tuple[Any, bytes | None]] = deque(maxlen=self.MOST)
        """(method, our body or None when the SDK writes it alike) of each notification handed to the SDK, in order."""

    def keep(self, msg: Message, body: bytes) -> None:
        """Remember the body of a message to send as it is."""
        if "id" not in msg:
            self._notes.append((msg.get("method"), body))
            return
        if len(self._bodies) >= self.MOST:  # (a message the SDK never sent: the oldest goes)
            self._bodies.pop(next(iter(self._bodies)))
        self._bodies[("method" in msg, msg["id"])] = body

    def note(self, msg: Message) -> None:
        """A notification handed to the SDK as it is: its place in the order of notifications (see `hook`)."""
        self._notes.append((msg.get("method"), None))

    async def hook(self, request: Any) -> None:
        """Put back the body kept for the message a POST carries."""
        if not (self._bodies or self._notes) or request.method != "POST":
            return
        try:
            sent = framing.decode(request.content)
        except Exception:  # not JSON, or a body streamed (not read): not one of ours, and never a failed request
            return
        if not isinstance(sent, dict):
            return
        if "id" in sent:
            body = self._bodies.pop(("method" in sent, sent["id"]), None)
        elif self._notes and self._notes[0][0] == sent.get("method"):
            body = self._notes.popleft()[1]
        else:
            return
        if body is not None:
            import httpx2

            request.stream = httpx2.ByteStream(body)  # (what is sent)
            request._content = body  # (what `request.content` says was: as a request made with this body)
            request.headers["Content-Length"] = str(len(body))

    def attach(self, client: Any) -> Any:
        """`client` (an `httpx2.AsyncClient`) with `hook` among its request hooks."""
        hooks = client.event_hooks
        client.event_hooks = {**hooks, "request": [*hooks.get("request", []), self.hook]}
        return client


class Refusals:
    """The last HTTP error status a remote server answered with: the SDK reports it as a bare "Not Found" or "Server
    returned an error response", which `HttpLink.explain` turns into the status, the address and what to change."""

    def __init__(self) -> None:
        self.last: tuple[int, str] | None = None
        self.lost: int | None = None
        """The status of a refusal that said the server no longer knows the session (see `session_lost`)."""

    async def hook(self, response: Any) -> None:
        """Note an error status (a response hook of the HTTP client)."""
        code = response.status_code
        if code >= 400:
            self.last = (code, response.reason_phrase or "")
        if code in (400, 404) and response.request.headers.get(SESSION_HEADER) and response.request.method != "GET":
            # (a GET refused so may be a server without a notification stream: `links_stream` judges those)
            try:
                body = await response.aread()  # (kept by the response: the SDK reads the same)
            except Exception:
                body = b""
            if session_lost(code, response.request.headers, body):
                self.lost = code

    def attach(self, client: Any) -> Any:
        """`client` (an `httpx2.AsyncClient`) with `hook` among its response hooks."""
        hooks = client.event_hooks
        client.event_hooks = {**hooks, "response": [*hooks.get("response", []), self.hook]}
        return client


SESSION_HEADER = "mcp-session-id"
STAND_INS = frozenset(("Server returned an error response", "Not Found", "Session terminated"))
"""What the SDK's streamable HTTP transport answers a request with when the server refused it with an HTTP status."""


def session_lost(status: int, request_headers: Any, body: bytes) -> bool:
    """Whether an HTTP refusal of a request that named a session says the server no longer knows that session: a 404
    (as the specification has it), unless its body is a JSON-RPC error about the request itself; or a 400 whose body
    says so (as some servers answer, e.g. "No valid session ID provided")."""
    if status not in (400, 404) or not request_headers.get(SESSION_HEADER):
        return False
    text = body[:4000].decode("utf-8", "replace")
    if "session" in text.lower():
        return True
    if status == 400:
        return False
    try:
        parsed = json.loads(text)
    except ValueError:
        return True
    return not (isinstance(parsed, dict) and isinstance(parsed.get("error"), dict))


shown = bare_url


def refused(name: str, url: str, transport: str, code: int, phrase: str) -> str:
    """A remote server's HTTP error status at connection, with what to change."""
    said = f"server {name}: HTTP {code} {phrase}".rstrip() + f" from {shown(url)}"
    if code in (401, 403):
        return said + '; it wants credentials: set them in "headers" ("Authorization": "Bearer ${env:TOKEN}")'
    if code in (404, 405) and transport == "http":
        return said + '; no streamable HTTP endpoint there: check the path, or add "type": "sse" for an SSE server'
    if code in (404, 405):
        return said + '; no SSE endpoint there: check the path, or drop "type": "sse" for a streamable HTTP one'
    return said


def failure(name: str, url: str, transport: str, exc: BaseException, headers: dict[str, str] | None = None) -> str:
    """Why connecting to a remote server failed, from the transport's exception, with no secret of its address nor
    a header's value (an HTTP library may quote one it refuses)."""
    response = getattr(exc, "response", None)
    code = getattr(response, "status_code", None)
    if isinstance(code, int) and code >= 400:
        return refused(name, url, transport, code, getattr(response, "reason_phrase", "") or "")
    text = str(exc).replace(url, shown(url))
    for value in (headers or {}).values():
        for form in {value, repr(value.encode("utf-8", "replace"))[2:-1]} if len(value) >= 4 else ():
            text = text.replace(form, "****")
    text = text.splitlines()[0] if text.strip() else type(exc).__name__
    return f"server {name} at {shown(url)}: {text}"


class HttpLink:
    """Message pipe over the SDK transport's in-memory streams."""

    def __init__(
        self,
        name: str,
        read_stream: Any,
        write_stream: Any,
        max_queued: int = MAX_QUEUED,
        kept: KeptBodies | None = None,
        *,
        url: str = "",
        transport: str = "http",
        refusals: Refusals | None = None,
    ) -> None:
        from mcp.shared.message import SessionMessage
        from mcp_types.jsonrpc import jsonrpc_message_adapter

        self.name = name
        self._read = read_stream
        self._write = write_stream
        self._adapter = jsonrpc_message_adapter
        self._wrap = SessionMessage
        self._queue: asyncio.Queue[tuple[Message, int, Message | tuple[Message, bytes]]] = asyncio.Queue()
        self._queued = 0
        """Bytes of messages handed to `send` and not yet to the transport."""
        self._max_queued = max_queued
        self._pump = asyncio.get_running_loop().create_task(self._send_loop())
        self._gone: str | None = None
        self._kept = kept
        self.url = url
        self.transport = transport
        self.refusals = refusals
        self.ended: str | None = None
        """Why the link ended on its own (the server lost the session, or the transport took no more), if it did."""
        self.session_lost = False
        """Whether the link ended because the server no longer knows the gateway's session: what was in flight on it
        was refused unread, and is sent again on the next connection (see `Child.request`)."""
        self.on_gap: Any = None
        """Called (no arguments) when the server's notification stream is open again after it failed: what the
        server said in between may be lost (see `links_stream`)."""

    def explain(self, message: str) -> str:
        """Why connecting failed, from the SDK's `message` and the HTTP status the server answered with."""
        last = self.refusals.last if self.refusals is not None else None
        if last is None:
            return f"server {self.name} at {shown(self.url)}: {message}"
        said = refused(self.name, self.url, self.transport, *last)
        if last[0] not in (401, 403, 404, 405) and message and message not in said:  # (the server's own words)
            said += f" ({message[:200]})"
        return said

    def send(self, msg: Message) -> None:
        """Queue a message for the server."""
        if self._gone is not None:
            raise ConnectionClosed(self._gone)
        if self._queued > self._max_queued:
            raise ConnectionClosed(f"server {self.name} is not taking its input ({self._queued >> 20} MB waiting)")
        body = jsonrpc.encode_body(msg)
        size = len(body) + 1
        handed, rewritten = fastjson.for_other_encoders(msg)
        # (the SDK would write a rewritten one otherwise, or not at all: sent as written, see `KeptBodies`; its body
        # is kept when it is handed over, so that those waiting here never outnumber what `KeptBodies` holds)
        self._queued += size
        self._queue.put_nowait((handed, size, (msg, body) if rewritten else msg))

    async def drain(self) -> None:
        """Messages are handed over by the pump task; nothing to wait for."""

    async def _send_loop(self) -> None:
        while True:
            msg, size, kept = await self._queue.get()
            if self._kept is not None:
                if isinstance(kept, tuple):
                    self._kept.keep(*kept)
                elif "id" not in kept:
                    self._kept.note(kept)
            try:
                await self._write.send(self._wrap(self._adapter.validate_python(msg)))
                self._queued -= size
            except Exception as exc:
                # the transport takes no more (over SSE, one refused POST ends its writer while the stream goes on):
                # the link ends, so that the server is connected again, and what waits for an answer fails now
                lost = f"connection lost ({type(exc).__name__})"
                self.ended = self._gone = self.explain(lost)
                with contextlib.suppress(Exception):
                    await self._read.aclose()
                return

    async def recv(self) -> Message | None:
        """The next message from the server; None when the connection ends (or the server lost the session: the
        request it refused for that fails with `SESSION_LOST`, to be sent again on a new connection)."""
        if self.ended is not None:
            return None
        while True:
            try:
                item = await self._read.receive()
            except Exception:
                return None
            if isinstance(item, Exception):
                log.warning("server %s: transport error: %s", self.name, type(item).__name__)
                continue
            # (python mode: a number kept as written stays one, see `_NumbersAsWritten`)
            msg = item.message.model_dump(by_alias=True, mode="python", exclude_none=True)
            lost = self.refusals.lost if self.refusals is not None else None
            if msg.get("method") == GAP:  # (the notification stream failed, or is open again after it did)
                said = msg.get("params") or {}
                if said.get("lost"):  # (its refusal said the session is gone: connected again now, not at a call)
                    self._end(said["lost"])
                    return None
                if said.get("back") and self.on_gap is not None:
                    self.on_gap()
                continue
            if lost is not None and "error" in msg and "method" not in msg:
                self._end(lost)
                return {"jsonrpc": "2.0", "id": msg.get("id"), "error": {"code": SESSION_LOST, "message": self.ended}}
            error = msg.get("error")
            if isinstance(error, dict) and error.get("message") in STAND_INS and "method" not in msg:
                # (the SDK's words for an HTTP refusal: its status, the address and what to change instead)
                msg["error"] = {**error, "message": self.explain(error["message"]), Unanswered.MARK: True}
            elif isinstance(error, dict) and str(error.get("message")).startswith(UNREACHED) and "method" not in msg:
                said = f"server {self.name} at {shown(self.url)}: {error['message']}"
                msg["error"] = {**error, "message": said, Unanswered.MARK: True}
            return msg

    def _end(self, lost: int) -> None:
        self.session_lost = True
        self.ended = self._gone = (
            f"server {self.name} no longer knows the gateway's session (HTTP {lost} from {shown(self.url)}: "
            "it restarted, or ended the session): connecting again"
        )

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
        try:
            return self._adapter.validate_python(value, **kwargs)
        except ValueError:  # (pydantic's ValidationError)
            answer = _unusable_answer(value)
            if answer is None:
                raise
            return self._adapter.validate_python(answer, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._adapter, name)


def _unusable_answer(value: Any) -> dict[str, Any] | None:
    """An error answer for a server's answer to one of our requests that is no valid JSON-RPC (`"result": "oops"`),
    so the request fails now, as over stdio, instead of waiting for its deadline; None for anything else."""
    rid = value.get("id") if isinstance(value, dict) and "method" not in value else None
    if isinstance(rid, bool) or not isinstance(rid, (int, str)):
        return None
    message = (
        "the server sent an answer that is not valid JSON-RPC (a result must be an object; an error, an object with "
        "an integer code and a message)"
    )
    return {"jsonrpc": "2.0", "id": rid, "error": {"code": jsonrpc.INTERNAL_ERROR, "message": message}}


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
    kept = isinstance(getattr(module, "jsonrpc_message_adapter", None), _NumbersAsWritten) or isinstance(
        getattr(module, "types", None), _TypesKeepingNumbers
    )
    name = getattr(module, "__name__", "")
    if not kept and name not in _UNKEPT:
        _UNKEPT.add(name)
        log.warning(
            "this MCP SDK's %s parses messages with no jsonrpc_message_adapter the gateway can wrap: a remote "
            "server's numbers are taken as the SDK parses them (1E400 becomes null, 1e5 a float)",
            name,
        )


_UNKEPT: set[str] = set()
"""The SDK transport modules `_keep_numbers` could not wrap (warned about once)."""


_NATIVE_TIMEOUT = getattr(asyncio, "timeout", None)
"""`asyncio.timeout` (Python 3.11 and later)."""


def _deadline(seconds: float) -> Any:
    """`asyncio.timeout(seconds)`, or on Python 3.10 (which has none) a timer cancelling the task, as it does."""
    return _NATIVE_TIMEOUT(seconds) if _NATIVE_TIMEOUT is not None else _CancelAfter(seconds)


class _CancelAfter:
    """A deadline without `asyncio.timeout`: a timer cancels the task; the cancellation it caused leaves the block
    as TimeoutError, any other stays a cancellation."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._fired = False
        self._timer: asyncio.TimerHandle | None = None

    def expired(self) -> bool:
        """Whether the time ran out (as `asyncio.Timeout.expired`)."""
        return self._fired

    async def __aenter__(self) -> _CancelAfter:
        task = asyncio.current_task()
        assert task is not None
        self._timer = asyncio.get_running_loop().call_later(self.seconds, self._fire, task)
        return self

    def _fire(self, task: asyncio.Task[Any]) -> None:
        self._fired = True
        task.cancel()

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._fired and kind is not None and issubclass(kind, asyncio.CancelledError):
            task = asyncio.current_task()
            uncancel = getattr(task, "uncancel", None)  # (3.11+: the task runs on as if never cancelled)
            if uncancel is not None:
                uncancel()
            raise TimeoutError from None


@contextlib.asynccontextmanager
async def open_http_link(
    name: str,
    url: str,
    headers: dict[str, str],
    transport: str,
    http_client: Any = None,
    connect_timeout: float | None = None,
) -> AsyncIterator[HttpLink]:
    """Connect to a remote server; the context must be entered and left in one task (`http_client`: an
    `httpx2.AsyncClient` to use instead of the SDK's). Over SSE, a stream that names no endpoint to post to within
    `connect_timeout` s raises TimeoutError (the SDK would wait for it as long as for any event: minutes)."""
    from mcp.shared._httpx_utils import create_mcp_http_client

    kept = KeptBodies()
    refusals = Refusals()
    if transport == "sse":
        from mcp.client import sse

        _keep_numbers(sse)

        def made(**kwargs: Any) -> Any:
            made = http_client if http_client is not None else create_mcp_http_client(**kwargs)
            return refusals.attach(kept.attach(made))

        cm: Any = sse.sse_client(url, headers=headers or None, httpx_client_factory=made)
    else:
        from mcp.client import streamable_http

        _keep_numbers(streamable_http)
        make_lasting(streamable_http)
        client = kept.attach(
            http_client if http_client is not None else create_mcp_http_client(headers=headers or None)
        )
        refusals.attach(client)
        cm = _with_client(client, streamable_http.streamable_http_client(url, http_client=client))
    deadline = _deadline(connect_timeout) if connect_timeout else None
    async with contextlib.AsyncExitStack() as stack:
        try:
            async with deadline or contextlib.nullcontext():
                streams = await stack.enter_async_context(cm)
        except TimeoutError:
            if deadline is None or not deadline.expired():
                raise
            raise TimeoutError(
                f"no endpoint named on its stream within {connect_timeout:g} s (is this the address of an MCP server?)"
            ) from None
        link = HttpLink(name, streams[0], streams[1], kept=kept, url=url, transport=transport, refusals=refusals)
        try:
            yield link
        finally:
            await link.close()


@contextlib.asynccontextmanager
async def _with_client(client: Any, inner: Any) -> AsyncIterator[Any]:
    async with client, inner as streams:
        yield streams

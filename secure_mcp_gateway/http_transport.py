"""MCP's streamable HTTP transport (2025-03-26 to 2025-11-25): sessions, POST and GET streams, resumption."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import contextvars
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from secure_mcp_gateway import framing, jsonrpc
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message, RpcError
from secure_mcp_gateway.rpc import RpcPeer

log = logging.getLogger(__name__)

PROTOCOL_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
PRIMING_FROM = "2025-11-25"
"""Clients of this version and later get a priming event (an id, no data) first on every stream."""
DEFAULT_VERSION = "2025-03-26"
"""The version assumed for a request without `MCP-Protocol-Version` (as the specification says)."""
BACKLOG = 1000
"""Messages kept for a session's GET stream while none is open (the oldest go first)."""
REPLAY = 256
"""Delivered events each stream keeps for a client that resumes it with Last-Event-ID."""
QUEUE_KB = 4096
"""Output waiting for a client above which its notifications are dropped (`gateway.limits.client_queue_kb`)."""
CEILING_MB = 64.0
"""Output waiting for a session's client above which the session is ended rather than hold a response
(the larger of this, `gateway.limits.server_message_mb`, and 4 x the queue)."""
FINISHED_STREAMS = 32
"""Finished streams a session keeps for resumption."""
REQUEST_CANCELLED = 0
"""The error code a cancelled request is answered with over HTTP (as the MCP Python SDK's servers answer)."""
OTHERS_IDLE = 600.0
"""Seconds a session must be idle before a client of another identity may end it to make room at
`http.max_sessions` (its own idle sessions go first)."""

identity_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("http_identity", default=None)
"""The identity (token name) of the HTTP request being handled, for the audit trail."""
session_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("http_session", default=None)


class Connection(Protocol):
    """One client's session over the shared gateway (what `Gateway.connect()` returns)."""

    def attach(self, peer: RpcPeer) -> None:
        """Serve requests arriving on `peer`."""

    async def handle(self, msg: Message) -> dict[str, Any]:
        """Answer one request."""

    def on_client_notification(self, msg: Message) -> None:
        """Take one notification."""

    def close(self) -> None:
        """The client went away."""


class Stream:
    """One SSE stream of a session: events numbered for resumption, delivered to whichever connection holds it."""

    def __init__(self, session: HttpSession, sid: str, *, standalone: bool = False, json_only: bool = False) -> None:
        self.session = session
        self.sid = sid
        self.standalone = standalone
        self.json_only = json_only
        self.messages: list[Message] = []
        """What a JSON-only stream collected (it has no events)."""
        self.seq = 0
        self.events: collections.deque[tuple[int, bytes]] = collections.deque()
        self.unsent = 0
        """Bytes of events (or JSON messages) not yet handed to a connection."""
        self.size = 0
        """Bytes of the events held (given and not), for the bound on what is kept for resumption."""
        self.pending: set[Any] = set()
        """Request ids whose responses this stream still owes."""
        self.done = False
        self.created = time.monotonic()
        self._wake = asyncio.Event()
        self._cursor = 0
        """The last event seq the holding connection has been given."""
        self.holder: object | None = None

    def push(self, msg: Message) -> None:
        """Add one message as an event."""
        self.seq += 1
        data = jsonrpc.encode(msg).rstrip(b"\n")
        if self.json_only:
            self.messages.append(msg)
            self.unsent += len(data)
        else:
            event = b"id: %s-%d\nevent: message\ndata: %s\n\n" % (self.sid.encode(), self.seq, data)
            self.events.append((self.seq, event))
            self.unsent += len(event)
            self.size += len(event)
        self._wake.set()

    def answered(self, rid: Any) -> None:
        """A response owed by this stream was pushed; the stream ends when it owes none."""
        self.pending.discard(rid)
        if not self.pending and not self.standalone:
            self.done = True
            self._wake.set()

    async def until_done(self) -> None:
        """Until every owed response is in (for a JSON answer, which has no events to hand out)."""
        while not self.done:
            self._wake.clear()
            await self._wake.wait()

    def resume_from(self, seq: int) -> None:
        """Deliver from after `seq` on (a client reconnecting with Last-Event-ID)."""
        self._cursor = seq
        self.unsent = sum(len(data) for n, data in self.events if n > seq)
        self._wake.set()

    def take(self) -> list[bytes]:
        """Events not yet given to the holder (those given stay, the last `REPLAY`, for resumption)."""
        out = [data for seq, data in self.events if seq > self._cursor]
        self._cursor = self.seq
        self.unsent = 0
        while len(self.events) > REPLAY and self.events[0][0] <= self._cursor:
            self.size -= len(self.events.popleft()[1])
        if out:
            self.session.trim_replay(self)
        return out

    def forget_given(self, room: int) -> int:
        """Drop the oldest events already given until at most `room` bytes of given ones are kept; bytes freed."""
        freed = 0
        while self.events and self.events[0][0] <= self._cursor and self.size - self.unsent > room:
            size = len(self.events.popleft()[1])
            self.size -= size
            freed += size
        return freed

    async def wait(self, timeout: float) -> bool:
        """Until something new arrives or the stream ends (True), or `timeout` passes (False)."""
        if self._cursor < self.seq or self.done:
            return True
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    def kick(self) -> None:
        """Wake the holder (it is being replaced or the session closes)."""
        self._wake.set()


class HttpSession:
    """One MCP session over HTTP: its gateway connection, JSON-RPC peer and streams. It is the peer's link."""

    def __init__(
        self,
        sid: str,
        identity: str | None,
        connect: Callable[[HttpSession], Connection],
        *,
        queue: int = QUEUE_KB * 1024,
        ceiling: int = int(CEILING_MB * 1024 * 1024),
        overflow: Callable[[HttpSession, str], None] | None = None,
    ) -> None:
        self.id = sid
        self.queue = queue
        """Bytes waiting for the client above which notifications are dropped (counted, logged)."""
        self.ceiling = ceiling
        """Bytes waiting above which a response or request ends the session instead of being held."""
        self._overflow = overflow
        self.ending = False
        """Being ended for not reading: nothing more is queued."""
        self.dropped = 0
        self._reported = 0
        self.backlog_bytes = 0
        self.identity = identity
        self.protocol_version = DEFAULT_VERSION
        self.streams: dict[str, Stream] = {}
        self.by_request: dict[Any, Stream] = {}
        self.by_progress: dict[Any, Stream] = {}
        self.tokens: dict[str, Any] = {}
        """Progress token the servers see -> the client's own token."""
        self._token_of: dict[Any, str] = {}
        self.standalone: Stream | None = None
        self.backlog: collections.deque[tuple[Message, int]] = collections.deque()
        self.last_active = time.monotonic()
        self.closed = False
        self._next_stream = 0
        self.conn = connect(self)
        self.peer = RpcPeer(
            f"http client {sid[:8]}",
            self,
            on_request=self.conn.handle,
            on_notification=self.conn.on_client_notification,
        )
        self.conn.attach(self.peer)

    # --- the Link the gateway's peer writes to ---------------------------------------------------

    def waiting(self) -> int:
        """Bytes of output this session's client has not taken yet."""
        return self.backlog_bytes + sum(s.unsent for s in self.streams.values())

    def _over(self, msg: Message) -> bool:
        """Whether `msg` must not be queued: a notification over the queue (dropped), anything over the ceiling."""
        waiting = self.waiting()
        if waiting <= self.queue:
            if self.dropped > self._reported:
                log.info(
                    "http session %s… of %s is being read again; %d notifications were dropped",
                    self.id[:8],
                    self.identity or "anonymous",
                    self.dropped - self._reported,
                )
                self._reported = self.dropped
            return False
        if "id" not in msg:
            self.dropped += 1
            if self.dropped == self._reported + 1:
                log.warning(
                    "http session %s… of %s: the client is not reading (%d KB waiting); its notifications are "
                    "dropped until it reads again (gateway.limits.client_queue_kb)",
                    self.id[:8],
                    self.identity or "anonymous",
                    waiting >> 10,
                )
            return True
        if waiting <= self.ceiling:
            return False
        if self._overflow is not None:
            self._overflow(self, f"the client stopped reading: {waiting >> 10} KB waiting")
        return True

    def send(self, msg: Message) -> None:
        """Route one outgoing message to the stream it belongs to."""
        if self.closed or self.ending:
            raise ConnectionClosed("the HTTP session is closed")
        if self._over(msg):
            if "id" in msg and "method" in msg:
                raise ConnectionClosed("the HTTP session's client stopped reading")
            return
        if "method" not in msg:  # a response to one of the client's requests
            stream = self.by_request.pop(msg.get("id"), None)
            token = self._token_of.pop(msg.get("id"), None)
            if token is not None:
                self.by_progress.pop(token, None)
                self.tokens.pop(token, None)
            if stream is not None:
                stream.push(msg)
                stream.answered(msg.get("id"))
            return
        stream = None
        if msg["method"] == "notifications/progress":
            params = msg.get("params") or {}
            token = params.get("progressToken")
            if token not in self.tokens:
                return  # not a token this session handed out: never someone else's progress
            msg = {**msg, "params": {**params, "progressToken": self.tokens[token]}}
            stream = self.by_progress.get(token)
            if stream is not None and stream.json_only:
                stream = None  # a JSON answer carries no progress: it goes out on the GET stream now
        elif msg["method"] in ("notifications/message", "sampling/createMessage", "elicitation/create", "roots/list"):
            stream = self._busiest()
        if stream is None:
            stream = self.standalone
        if stream is None:
            self.keep(msg)
            return
        stream.push(msg)

    def keep(self, msg: Message) -> None:
        """Hold a message for the GET stream the client has not opened (the oldest go beyond `BACKLOG`)."""
        size = len(jsonrpc.encode(msg))
        self.backlog.append((msg, size))
        self.backlog_bytes += size
        while len(self.backlog) > BACKLOG:
            self.backlog_bytes -= self.backlog.popleft()[1]

    async def drain(self) -> None:
        """Nothing to wait for: events are buffered per stream."""

    async def recv(self) -> Message | None:
        """Not used: POSTs are dispatched as they arrive."""
        return None

    def _busiest(self) -> Stream | None:
        """The newest request stream still owed a response (where a call's log lines and requests belong); one that
        answers with plain JSON delivers nothing until its call ends, so what it would carry goes to the GET stream
        (a server's question held there would wait for the very call it holds up)."""
        for stream in reversed(self.streams.values()):
            if stream.pending and not stream.done and not stream.json_only:
                return stream
        return None

    # --- streams ---------------------------------------------------------------------------------

    def new_stream(self, *, standalone: bool = False, json_only: bool = False) -> Stream:
        """A fresh stream with an unguessable id."""
        self._next_stream += 1
        sid = f"{self._next_stream}{secrets.token_hex(4)}"
        stream = Stream(self, sid, standalone=standalone, json_only=json_only)
        self.streams[stream.sid] = stream
        if standalone:
            self.standalone = stream
            while self.backlog:
                msg, size = self.backlog.popleft()
                self.backlog_bytes -= size
                stream.push(msg)
        self._prune()
        return stream

    def trim_replay(self, newest: Stream) -> None:
        """Keep at most `queue` bytes of events already given, for resumption, across this session's streams: the
        oldest streams' go first; `newest` (just written to) keeps its own, which a dropped connection resumes."""
        given = {stream: stream.size - stream.unsent for stream in self.streams.values() if stream is not newest}
        over = sum(given.values()) + newest.size - newest.unsent - self.queue
        for stream in given:
            if over <= 0:
                break
            over -= stream.forget_given(max(0, given[stream] - over))

    def _prune(self) -> None:
        finished = [s for s in self.streams.values() if s.done and s.holder is None]
        for stream in finished[: max(0, len(finished) - FINISHED_STREAMS)]:
            del self.streams[stream.sid]

    def dispatch(self, messages: list[Message], stream: Stream | None) -> None:
        """Hand the client's messages to the gateway, requests bound to `stream` for their answers."""
        self.last_active = time.monotonic()
        refused: list[Message] = []
        for msg in messages:
            if "method" in msg and "id" in msg and stream is not None:
                if msg["id"] in self.by_request:  # its answer would go to one stream and leave the other open
                    refused.append(msg)
                    continue
                self.by_request[msg["id"]] = stream
                stream.pending.add(msg["id"])
                meta = (msg.get("params") or {}).get("_meta") if isinstance(msg.get("params"), dict) else None
                if isinstance(meta, dict) and framing.valid_id(meta.get("progressToken")):  # (else refused as is)
                    # clients pick tokens (often their request ids) that collide across sessions: the servers
                    # see one of ours, unique to this session's request, and the client gets its own back
                    token = f"smg-{secrets.token_hex(8)}"
                    self.tokens[token] = meta["progressToken"]
                    self._token_of[msg["id"]] = token
                    self.by_progress[token] = stream
                    msg["params"] = {**msg["params"], "_meta": {**meta, "progressToken": token}}
        if refused and stream is not None:
            for msg in refused:
                why = f"Invalid Request: id {msg['id']!r} is already in use by a request in progress"
                stream.push(jsonrpc.error(msg["id"], RpcError(jsonrpc.INVALID_REQUEST, why)))
            if not stream.pending:  # nothing else in the body is owed an answer: the stream ends with these
                stream.done = True
                stream.kick()
            messages = [m for m in messages if not any(m is r for r in refused)]
        for msg in messages:
            if msg.get("method") == "initialize":
                version = (msg.get("params") or {}).get("protocolVersion")
                if version in PROTOCOL_VERSIONS:
                    self.protocol_version = version
            self.peer.dispatch(msg)
            if msg.get("method") == "notifications/cancelled":
                self._cancelled(msg.get("params"))

    def _cancelled(self, params: Any) -> None:
        """The client cancelled one of its requests: the stream owing its answer gets an error for it now, so
        the POST ends (a cancelled handler answers nothing, and the stream would stay open for good)."""
        rid = params.get("requestId") if isinstance(params, dict) else None
        if framing.valid_id(rid) and rid in self.by_request and not self.closed:  # (not `true`, taken for 1)
            with contextlib.suppress(ConnectionClosed):
                self.send(jsonrpc.error(rid, RpcError(REQUEST_CANCELLED, "Request cancelled by the client")))

    @property
    def priming(self) -> bool:
        """Whether this client gets priming events."""
        return self.protocol_version >= PRIMING_FROM

    def idle_for(self, now: float | None = None) -> float:
        """Seconds since the last request until `now` (the monotonic clock's; this instant if None), or 0 while a
        stream is held or owed."""
        if any(s.holder is not None or (s.pending and not s.done) for s in self.streams.values()):
            return 0.0
        return (time.monotonic() if now is None else now) - self.last_active

    def close(self, answer: str | None = None) -> None:
        """End the session: its calls are cancelled (with `answer`, each first answered with an error saying it),
        its streams end, the gateway forgets it."""
        if self.closed:
            return
        if answer is not None:  # (while the session is open, the answers go to the streams that owe them)
            self.peer.close("the HTTP session ended", answer=answer)
        self.closed = True
        self.peer.close("the HTTP session ended")
        for stream in self.streams.values():
            stream.done = True
            stream.kick()
        with contextlib.suppress(Exception):
            self.conn.close()


Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]


def _header(scope: dict[str, Any], name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


async def respond(
    send: Send, status: int, body: bytes = b"", content_type: str = "text/plain; charset=utf-8", headers: Any = ()
) -> None:
    """A complete response."""
    all_headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    all_headers.extend((k.encode(), v.encode()) for k, v in headers)
    await send({"type": "http.response.start", "status": status, "headers": all_headers})
    await send({"type": "http.response.body", "body": body})


async def json_error(send: Send, status: int, code: int, message: str, headers: Any = ()) -> None:
    """An HTTP error with a JSON-RPC error body (id null), as MCP clients expect."""
    body = json.dumps({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}}).encode()
    await respond(send, status, body, "application/json", headers)


class StreamableHttp:
    """The `/mcp` endpoint: sessions keyed by `Mcp-Session-Id`, bound to the identity that opened them."""

    def __init__(
        self,
        connect: Callable[[HttpSession], Connection],
        *,
        max_sessions: int = 1000,
        idle_timeout: float = 3600.0,
        max_body: int = 16 * 1024 * 1024,
        queue: int = QUEUE_KB * 1024,
        ceiling: int = int(CEILING_MB * 1024 * 1024),
        poll_after: float | None = None,
        retry: float = 1.0,
        keepalive: float = 15.0,
        on_session: Callable[[str, HttpSession], None] | None = None,
    ) -> None:
        self.sessions: dict[str, HttpSession] = {}
        self._connect = connect
        self.max_sessions = max_sessions
        self.idle_timeout = idle_timeout
        self.max_body = max_body
        self.queue = queue
        self.ceiling = max(ceiling, 4 * queue)
        self._dropped_before = 0
        """Notifications dropped for sessions that have ended."""
        self.poll_after = poll_after
        self.retry_ms = int(retry * 1000)
        self.keepalive = keepalive
        self._on_session = on_session
        self._reaper: asyncio.Task[None] | None = None

    def configure(self, settings: Any) -> None:
        """Take the session limits and stream timings of a reloaded `http` config (sessions open now keep theirs)."""
        self.max_sessions = settings.max_sessions
        self.idle_timeout = settings.session_idle_timeout
        self.max_body = int(settings.max_body_mb * 1024 * 1024)
        self.poll_after = settings.sse_poll_after
        self.retry_ms = int(settings.sse_retry * 1000)
        self.keepalive = settings.keepalive

    # --- session bookkeeping ---------------------------------------------------------------------

    def _open(self, identity: str | None) -> HttpSession:
        session = HttpSession(
            secrets.token_urlsafe(24),
            identity,
            self._connect,
            queue=self.queue,
            ceiling=self.ceiling,
            overflow=self._overflowed,
        )
        self.sessions[session.id] = session
        if self._on_session:
            self._on_session("open", session)
        if self._reaper is None or self._reaper.done():
            self._reaper = asyncio.get_running_loop().create_task(self._reap())
        return session

    def _overflowed(self, session: HttpSession, why: str) -> None:
        """A session's client stopped reading past the ceiling: end it (soon, not inside the send that found it)."""
        if not session.ending:
            session.ending = True  # nothing more is queued for it
            asyncio.get_running_loop().call_soon(self.end, session, why, logging.WARNING)

    def end(self, session: HttpSession, why: str, level: int = logging.INFO, answer: str | None = None) -> None:
        """Close a session and forget it (with `answer`, its requests in progress are answered with it)."""
        if self.sessions.pop(session.id, None) is not None:
            self._dropped_before += session.dropped
            session.close(answer)
            log.log(level, "http session %s… of %s ended (%s)", session.id[:8], session.identity or "anonymous", why)
            if self._on_session:
                self._on_session("close", session)

    async def _reap(self) -> None:
        while self.sessions:
            await asyncio.sleep(min(30.0, self.idle_timeout / 4))
            for session in list(self.sessions.values()):
                if session.idle_for() > self.idle_timeout:
                    self.end(session, f"idle for {self.idle_timeout:g} s")

    def _make_room(self, identity: str | None) -> bool:
        """At the session limit, end the session of `identity` idle the longest (clients that never end theirs, such
        as a script run again and again, would otherwise lock every new client out until they time out), or another
        identity's once idle for `OTHERS_IDLE` s (a token holder never ends another's session in use); False when
        none may go."""
        now = time.monotonic()  # one instant for all: read one by one, a pause between two reads reorders them
        idle = {s: s.idle_for(now) for s in self.sessions.values()}
        own = [s for s, t in idle.items() if s.identity == identity and t > 0.0]
        others = [s for s, t in idle.items() if s.identity != identity and t >= min(OTHERS_IDLE, self.idle_timeout)]
        idlest = max(own or others, key=idle.__getitem__, default=None)
        if idlest is None:
            return False
        self.end(
            idlest, f"idle for {idle[idlest]:.0f} s, the longest, with {self.max_sessions} open (http.max_sessions)"
        )
        return True

    def output(self) -> tuple[int, int]:
        """Bytes waiting for every client, and notifications dropped for clients not reading (since start)."""
        live = list(self.sessions.values())
        return sum(s.waiting() for s in live), self._dropped_before + sum(s.dropped for s in live)

    def close_all(self, why: str = "the gateway is shutting down") -> None:
        """End every session (shutdown): the requests in progress are answered with an error saying `why`; one log
        line says how many (a line each only with debug logging)."""
        ended = list(self.sessions.values())
        for session in ended:
            self.end(session, why, logging.DEBUG, answer=why)
        if ended:
            log.info("%d http session%s ended (%s)", len(ended), "" if len(ended) == 1 else "s", why)
        if self._reaper is not None:
            self._reaper.cancel()

    def _find(self, scope: dict[str, Any], identity: str | None) -> HttpSession | None:
        sid = _header(scope, b"mcp-session-id")
        session = self.sessions.get(sid) if sid else None
        if session is None or session.identity != identity:
            return None  # another identity's session is as unknown as a made-up one
        return session

    async def _session(
        self, scope: dict[str, Any], send: Send, identity: str | None, header_required: bool = True
    ) -> HttpSession | int:
        """The request's session, or the status of the error answered instead (no header: 400; unknown: 404)."""
        if header_required and _header(scope, b"mcp-session-id") is None:
            await json_error(send, 400, jsonrpc.INVALID_REQUEST, "Bad Request: Mcp-Session-Id header is required")
            return 400
        session = self._find(scope, identity)
        if session is None:
            await json_error(send, 404, jsonrpc.INVALID_REQUEST, "Session not found")
            return 404
        return session

    # --- requests --------------------------------------------------------------------------------

    async def handle(self, scope: dict[str, Any], receive: Receive, send: Send, identity: str | None) -> int:
        """Serve one request to the endpoint; the HTTP status sent."""
        method = scope["method"]
        if method == "POST":
            return await self._post(scope, receive, send, identity)
        if method == "GET":
            return await self._get(scope, receive, send, identity)
        if method == "DELETE":
            session = await self._session(scope, send, identity, header_required=False)
            if isinstance(session, int):
                return session
            self.end(session, "the client ended it")
            await respond(send, 200)
            return 200
        await respond(send, 405, b"Method Not Allowed", headers=[("allow", "GET, POST, DELETE")])
        return 405

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks, size = [], 0
        while True:
            event = await receive()
            if event["type"] == "http.disconnect":
                return None
            chunk = event.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise OverflowError
            chunks.append(chunk)
            if not event.get("more_body"):
                return b"".join(chunks)

    async def _post(self, scope: dict[str, Any], receive: Receive, send: Send, identity: str | None) -> int:
        accept = (_header(scope, b"accept") or "*/*").lower()
        wants_sse = "text/event-stream" in accept or "*/*" in accept
        wants_json = "application/json" in accept or "*/*" in accept
        if not (wants_sse or wants_json):
            await json_error(send, 406, jsonrpc.INVALID_REQUEST, "Not Acceptable: accept application/json or SSE")
            return 406
        ctype = (_header(scope, b"content-type") or "").lower()
        if not ctype.startswith("application/json"):
            await json_error(send, 415, jsonrpc.INVALID_REQUEST, "Unsupported Media Type: send application/json")
            return 415
        try:
            body = await self._read_body(receive)
        except OverflowError:
            await json_error(send, 413, jsonrpc.INVALID_REQUEST, f"Request body over {self.max_body >> 20} MB")
            return 413
        if body is None:
            return 499
        try:
            parsed = framing.decode(body)  # (strict, and numbers kept as written: see `fastjson.Number`)
        except framing.TooDeep as exc:  # (JSON, but deeper than any message needs: said as such, as over stdio)
            await json_error(send, 400, jsonrpc.INVALID_REQUEST, f"Invalid Request: the body is {exc}")
            return 400
        except ValueError as exc:
            await json_error(send, 400, jsonrpc.PARSE_ERROR, f"Parse error: the body is not JSON ({exc})")
            return 400
        messages = parsed if isinstance(parsed, list) else [parsed]
        if not messages or not all(_valid(m) for m in messages):
            owner = self._find(scope, identity)
            for msg in messages if owner is not None else ():  # (an answer naming a request waiting fails it now)
                owner.peer.refuse_answer(msg)
            await json_error(send, 400, jsonrpc.INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message")
            return 400
        initialize = [m for m in messages if m.get("method") == "initialize"]
        if initialize:
            if len(messages) > 1:
                await json_error(send, 400, jsonrpc.INVALID_REQUEST, "initialize must be sent alone")
                return 400
            if len(self.sessions) >= self.max_sessions and not self._make_room(identity):
                await json_error(send, 503, jsonrpc.INTERNAL_ERROR, "Too many sessions; try again later")
                return 503
            session = self._open(identity)
        else:
            found = await self._session(scope, send, identity)
            if isinstance(found, int):
                return found
            session = found
            version = _header(scope, b"mcp-protocol-version")
            if version is not None and version not in PROTOCOL_VERSIONS:
                await json_error(
                    send, 400, jsonrpc.INVALID_REQUEST, f"Unsupported MCP-Protocol-Version {version[:40]!r}"
                )
                return 400
        identity_var.set(identity)
        session_var.set(session.id)
        requests = [m for m in messages if "method" in m and "id" in m]
        if not requests:
            session.dispatch(messages, None)
            await respond(send, 202, headers=[("mcp-session-id", session.id)])
            return 202
        stream = session.new_stream(json_only=not wants_sse)
        session.dispatch(messages, stream)
        headers = [("mcp-session-id", session.id)]
        if stream.json_only:
            return await self._collect_json(stream, send, headers, batch=isinstance(parsed, list))
        await self._hold(stream, send, receive, headers, poll=True)
        return 200

    async def _collect_json(self, stream: Stream, send: Send, headers: list[tuple[str, str]], batch: bool) -> int:
        """Answer with plain JSON once every response is in; notifications meanwhile go to the GET stream."""
        while not stream.done:
            await stream.until_done()
        answers = [m for m in stream.messages if "method" not in m]
        session = stream.session
        session.streams.pop(stream.sid, None)
        for other in (m for m in stream.messages if "method" in m):
            if session.standalone is not None:
                session.standalone.push(other)
            else:
                session.keep(other)
        payload = answers if batch else (answers[0] if answers else {})
        await respond(send, 200, jsonrpc.encode_body(payload), "application/json", headers)  # numbers as written
        return 200

    async def _get(self, scope: dict[str, Any], receive: Receive, send: Send, identity: str | None) -> int:
        accept = (_header(scope, b"accept") or "").lower()
        if "text/event-stream" not in accept and "*/*" not in accept:
            await json_error(send, 406, jsonrpc.INVALID_REQUEST, "Not Acceptable: GET needs Accept: text/event-stream")
            return 406
        session = await self._session(scope, send, identity)
        if isinstance(session, int):
            return session
        session.last_active = time.monotonic()
        last = _header(scope, b"last-event-id")
        if last:
            sid, _, seq = last.strip().rpartition("-")
            stream = session.streams.get(sid)
            if stream is None or not seq.isdigit():
                await json_error(send, 404, jsonrpc.INVALID_REQUEST, "No stream to resume for that Last-Event-ID")
                return 404
            stream.resume_from(int(seq))
        else:
            stream = session.standalone
            if stream is not None and stream.holder is not None:
                await json_error(send, 409, jsonrpc.INVALID_REQUEST, "Conflict: this session already has a GET stream")
                return 409
            if stream is None:
                stream = session.new_stream(standalone=True)
        await self._hold(stream, send, receive, [("mcp-session-id", session.id)], poll=False)
        return 200

    async def _hold(
        self, stream: Stream, send: Send, receive: Receive, headers: list[tuple[str, str]], *, poll: bool
    ) -> None:
        """Write a stream's events to this connection until it ends, the client leaves, or it is polled closed."""
        holder = object()
        previous, stream.holder = stream.holder, holder
        if previous is not None:
            stream.kick()  # a resumed stream: the older connection lets go
        start = [
            (b"content-type", b"text/event-stream"),
            (b"cache-control", b"no-cache, no-transform"),
            (b"x-accel-buffering", b"no"),
        ]
        start.extend((k.encode(), v.encode()) for k, v in headers)
        await send({"type": "http.response.start", "status": 200, "headers": start})
        if stream.session.priming:
            prime = b"id: %s-%d\nretry: %d\ndata: \n\n" % (stream.sid.encode(), stream._cursor, self.retry_ms)
            await send({"type": "http.response.body", "body": prime, "more_body": True})
        gone = asyncio.get_running_loop().create_task(_disconnected(receive))
        deadline = time.monotonic() + self.poll_after if poll and self.poll_after else None
        try:
            while not gone.done() and stream.holder is holder:
                chunk = b"".join(stream.take())
                if chunk:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                if stream.done and stream._cursor >= stream.seq:
                    break
                timeout = self.keepalive
                if deadline is not None:
                    timeout = deadline - time.monotonic()
                    if timeout <= 0:
                        break  # polling (SEP-1699): the client comes back with Last-Event-ID for the rest
                waiter = asyncio.ensure_future(stream.wait(min(timeout, self.keepalive)))
                await asyncio.wait({waiter, gone}, return_when=asyncio.FIRST_COMPLETED)
                if not waiter.done():
                    waiter.cancel()
                    break
                if not waiter.result() and stream.holder is holder and deadline is None:
                    await send({"type": "http.response.body", "body": b": keepalive\n\n", "more_body": True})
        except OSError:
            pass
        finally:
            gone.cancel()
            if stream.holder is holder:
                stream.holder = None
            with contextlib.suppress(Exception):
                await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _disconnected(receive: Receive) -> None:
    while True:
        event = await receive()
        if event["type"] == "http.disconnect":
            return


def _valid(msg: Any) -> bool:
    if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0":
        return False
    if "method" in msg:
        return isinstance(msg["method"], str) and ("id" not in msg or framing.valid_id(msg["id"]))
    return "id" in msg and ("result" in msg or "error" in msg)


__all__ = [
    "PROTOCOL_VERSIONS",
    "Connection",
    "HttpSession",
    "RpcError",
    "Stream",
    "StreamableHttp",
    "identity_var",
    "json_error",
    "respond",
    "session_var",
]

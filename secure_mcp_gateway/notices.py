"""Where a server's notifications and requests go: to the client session(s) they belong to."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Any

from secure_mcp_gateway import roots, task_calls
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.audit.scrub import scrub
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.children import Child
from secure_mcp_gateway.guardrails.walk import gather, place_path, rebuild
from secure_mcp_gateway.jsonrpc import INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND, Message, RpcError
from secure_mcp_gateway.notice_shapes import malformed
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.session import ClientSession, Lent

log = logging.getLogger(__name__)

CLIENT_REQUEST_CAPS = {
    "sampling/createMessage": "sampling",
    "elicitation/create": "elicitation",
    "roots/list": "roots",
}
"""Requests a server may send its client, and the client capability each needs."""
ROOTS_WAIT = 10.0
"""Seconds each of several clients has to give its roots for a server shared by them (one that does not, gives
none: the server is not held up by it)."""
RELATED_KEYS = ("relatedRequestId", "related_request_id", "io.modelcontextprotocol/related-request-id")
"""`_meta` keys by which a server's request may name the request (the client's call) it was made for."""
BACKLOG = 256
"""Notifications of one server being checked at once; beyond it the server's output is read no further."""
DROPS_SAID_EVERY = 60.0
"""Seconds between two lines of the gateway's log saying a server's notifications over their rate are dropped (a
flood that goes on lets one through as the rate allows, each followed by more dropped: said each time, the log
took a line per line let through)."""
PROGRESS_RATE = 50.0
"""Progress notifications of one server passed on per second (bursts of 4x); the rest are dropped before any check,
save the last step of each (its progress reaching its total)."""


class NoticeRouter:
    """Routes what servers send on their own (notifications, server-to-client requests) to client sessions.

    Everything crosses the chain on the way; notifications of one server are delivered in the order it sent them.
    """

    def __init__(
        self,
        sessions: Callable[[], Iterable[ClientSession]],
        chain: Chain,
        recorder: Recorder,
        may_use: Callable[[ClientSession, str], bool] = lambda _session, _server: True,
        log_rate: Callable[[], float] | None = None,
    ) -> None:
        self._sessions = sessions
        self._may_use = may_use
        """Whether a session's identity may use a server: nothing of a closed server reaches it."""
        self._chain = chain
        self._recorder = recorder
        self._tails: dict[str, asyncio.Task[None]] = {}
        self._backlog: dict[str, int] = {}
        self._room: dict[str, asyncio.Event] = {}
        self._log_rate = log_rate
        """Log lines a server may send per second (see `gateway.limits.server_log_lines_per_second`)."""
        self._log_tokens: dict[str, tuple[float, float]] = {}
        """By server (and kind): the notifications it may still send at once, and when that was counted (event-loop
        time)."""
        self._log_dropped: dict[str, int] = {}
        self._warned: dict[str, float] = {}
        """By server (and kind): when the gateway's log last said its notifications over the rate are dropped."""
        self._told: set[tuple[str, str, str]] = set()
        """(server, method, problem) of the malformed notifications already warned about."""
        self._roots_given: dict[str, frozenset[int]] = {}
        """By server: the clients able to give roots (by id) when it last read them (see `roots_stale`)."""

    async def room(self, server: str) -> None:
        """Wait while `server` has `BACKLOG` notifications on their way (backpressure on its output)."""
        while self._backlog.get(server, 0) >= BACKLOG:
            await self._room.setdefault(server, asyncio.Event()).wait()

    def room_left(self, server: str) -> bool:
        """Whether `server` has fewer than `BACKLOG` notifications on their way (`room` would not wait)."""
        return self._backlog.get(server, 0) < BACKLOG

    def _delivered(self, server: str) -> None:
        left = self._backlog[server] = self._backlog.get(server, 1) - 1
        room = self._room.get(server)
        if room is not None and left < BACKLOG:
            room.set()
            del self._room[server]

    def unsettled(self, server: str) -> bool:
        """Whether notifications `server` sent are still on their way (see `settled`)."""
        return server in self._tails

    async def settled(self, server: str) -> None:
        """Until the notifications `server` sent so far are delivered (a call's progress goes out before its answer)."""
        tail = self._tails.get(server)
        if tail is not None:
            await asyncio.wait({tail})

    def notification(self, child: Child, msg: Message) -> None:
        """Check a server's notification and forward it to the clients it belongs to, in arrival order."""
        method = msg["method"]
        params = msg.get("params")
        if method == task_calls.STATUS_NOTICE and task_calls.ours(child.name, params):  # (of a task the gateway runs)
            return
        problem = malformed(method, params)
        if problem is not None:  # a client cannot use it (the MCP SDK's drops it): not passed on, and said so
            seen = (child.name, method[:80], problem)
            log.log(logging.DEBUG if seen in self._told else logging.WARNING, "server %s: %s not passed on: %s", *seen)
            if len(self._told) < 1000:
                self._told.add(seen)
            return
        targets = self._targets(child, method, params if isinstance(params, dict) else {})
        if not targets:
            return
        if method == "notifications/message" and self._log_rate is not None:
            rate = self._log_rate()
            what = "log lines (gateway.limits.server_log_lines_per_second)"
            dropped = self._over_rate(child.name, child.name, rate, what)
            if dropped < 0:
                return
            if dropped:
                self._queue(child, method, _dropped_line(child.name, dropped, rate), targets)
        elif (
            method == "notifications/progress"
            and not _last_step(params)
            and self._over_rate(f"{child.name}\x00progress", child.name, PROGRESS_RATE, "progress notifications") < 0
        ):
            return  # (a later one says as much: progress only grows, and the last one always passes)
        self._queue(child, method, params, targets)

    def _over_rate(self, key: str, server: str, rate: float, what: str) -> int:
        """-1 when a notification counted under `key` (a server's log lines, its progress) is over `rate` a second,
        bursts of 4x (dropped, counted); else how many were dropped before it."""
        burst = max(rate * 4, 1.0)
        now = asyncio.get_running_loop().time()
        tokens, then = self._log_tokens.get(key, (burst, now))
        tokens = min(burst, tokens + (now - then) * rate)
        if tokens < 1.0:
            self._log_tokens[key] = (tokens, now)
            self._log_dropped[key] = self._log_dropped.get(key, 0) + 1
            if now - self._warned.get(key, -DROPS_SAID_EVERY) >= DROPS_SAID_EVERY:
                self._warned[key] = now
                log.warning("server %s: %s over %g a second are dropped (said once a minute)", server, what, rate)
            return -1
        self._log_tokens[key] = (tokens - 1.0, now)
        return self._log_dropped.pop(key, 0)

    def _queue(self, child: Child, method: str, params: Any, targets: list[ClientSession]) -> None:
        """Check and deliver one notification after the ones `child` sent before it."""
        previous = self._tails.get(child.name)
        task = asyncio.get_running_loop().create_task(self._deliver(previous, child, method, params, targets))
        self._tails[child.name] = task
        task.add_done_callback(
            lambda t, name=child.name: self._tails.pop(name, None) if self._tails.get(name) is t else None
        )
        self._backlog[child.name] = self._backlog.get(child.name, 0) + 1
        task.add_done_callback(lambda _t, name=child.name: self._delivered(name))

    def _targets(self, child: Child, method: str, params: dict[str, Any]) -> list[ClientSession]:
        sessions = [s for s in self._sessions() if not s.closed and self._may_use(s, child.name)]
        if method == "notifications/progress":
            token = params.get("progressToken")
            if not isinstance(token, (str, int, float)):  # (a list or an object names no call)
                return []
            return [s for s in sessions if s.progress.get(token) == child.name]
        if method == "notifications/resources/updated":
            uri = params.get("uri")
            return [s for s in sessions if isinstance(uri, str) and s.subscriptions.get(uri) == child.name]
        busy = [s for s in sessions if s.calling.get(child.name)]
        if method == "notifications/message":
            # a log line belongs to the clients calling that server, not to every client; and only to those that asked
            # for its level. With no call in flight it is taken for the call that ended just before it, when only one
            # did (work finishing after its answer). Several users' clients at once: whose it is is unknown, and one
            # user's line is no other's (one user's several sessions, or a local gateway without tokens, are one).
            level = params.get("level")
            if busy:
                targets = busy if _one_user(busy) else []
            elif _one_user(sessions):
                targets = sessions
            else:
                lately = [s for s in sessions if s.called_lately(child.name)]
                targets = lately if len(lately) == 1 else []
            if not targets:
                log.info(
                    "server %s: log line not passed on: clients of several users use the server and %s",
                    child.name,
                    "more than one of them is calling it" if busy else "none of them is calling it",
                )
            return [s for s in targets if s.hears(level)]
        if method == "notifications/elicitation/complete":  # to the client that was asked
            asked = params.get("elicitationId")
            owed = [s for s in sessions if isinstance(asked, str) and s.elicited.get(asked) == child.name]
            for s in owed:  # (another server naming the same id takes nothing away from this one's)
                del s.elicited[asked]
            return owed or (sessions if len(sessions) <= 1 else [])  # (the only client was asked, however)
        # anything else names no client: it goes to the one it can belong to (the only client of the server, or the
        # only one calling it; the sessions of one user), never to every client of a shared gateway
        if len(sessions) <= 1 or _one_user(sessions):
            return sessions
        if len(busy) == 1:
            return busy
        log.info(
            "server %s: %s not passed on: %d clients use the server and nothing in it says whose it is",
            child.name,
            method[:80],
            len(sessions),
        )
        return []

    async def _deliver(
        self,
        previous: asyncio.Task[None] | None,
        child: Child,
        method: str,
        params: Any,
        targets: list[ClientSession],
    ) -> None:
        if previous is not None:
            await asyncio.wait({previous})
        if method == "notifications/message" and isinstance(params, dict):
            logger = params.get("logger")
            params = {**params, "logger": f"{child.name}/{logger}" if logger else child.name}
        call = CallLine(child.name, method, method)
        try:
            flow = await self._chain.to_client_value(call, method, params)
        finally:
            self._recorder.findings(call)
        if flow.blocked is not None:
            log.info("server %s: %s withheld: %s", child.name, method, flow.blocked)
            return
        checked = flow.value
        if method == "notifications/message" and isinstance(checked, dict) and "data" in checked:
            checked = {**checked, "data": _scrubbed(checked["data"])}  # a server's log line is no place for a secret
        elif (
            method == "notifications/progress" and isinstance(checked, dict) and isinstance(checked.get("message"), str)
        ):
            checked = {**checked, "message": scrub(checked["message"])}
        for session in targets:
            session.notify(method, checked)

    async def request(self, child: Child, msg: Message) -> dict[str, Any]:
        """Pass a server's request (sampling, elicitation, roots) to a client that can take it, checked both ways.

        The client with a call in flight to that server is asked first; otherwise the first client able to answer.
        """
        method = msg["method"]
        cap = CLIENT_REQUEST_CAPS.get(method)
        if cap is None:
            raise RpcError(METHOD_NOT_FOUND, f"Method not found: {method}")
        raw = task_calls.untasked(msg.get("params"))  # (the gateway told the server of no task support)
        if method == "roots/list":
            return await self._roots(child, raw)
        session = self._claimed(child.name, cap, raw) or self.session_for(child.name, cap)
        able = self._able(child.name, cap) if session is None else []
        if able:
            several = sum(1 for s in able if s.calling.get(child.name)) > 1
            why = "several of them are calling" if several else "none of them is calling"
            raise RpcError(
                INVALID_REQUEST,
                f"several clients use the gateway and {why} server {child.name}: no client to send {method} to"
                + (" (nothing in it says whose call it serves)" if several else ""),
            )
        if session is None and not any(not s.closed for s in self._sessions()):
            raise RpcError(METHOD_NOT_FOUND, f"no client is connected to the gateway: no client to send {method} to")
        if session is None:
            raise RpcError(METHOD_NOT_FOUND, f"the client connected to the gateway does not support {cap}")
        if method == "elicitation/create" and isinstance(raw, dict) and raw.get("mode") == "url":
            takes = session.caps.get("elicitation")
            if not isinstance(takes, dict) or "url" not in takes:  # (`{}`: forms only)
                raise RpcError(
                    INVALID_PARAMS, "the client connected to the gateway takes form elicitations only, not URL mode"
                )
        return await self._ask(child, session, method, raw)

    async def _roots(self, child: Child, raw: Any) -> dict[str, Any]:
        """A server's `roots/list`: the only client able to answer is asked; with several, each is, and the server
        gets the roots they share (see `roots.shared`): whichever call it asks in, what it keeps serves every
        client's calls."""
        able = self._able(child.name, "roots")
        self._roots_given[child.name] = frozenset(id(s) for s in able)
        if not able:
            if not any(not s.closed for s in self._sessions()):
                raise RpcError(
                    METHOD_NOT_FOUND, "no client is connected to the gateway: no client to send roots/list to"
                )
            raise RpcError(METHOD_NOT_FOUND, "the client connected to the gateway does not support roots")
        if len(able) == 1:
            return await self._ask(child, able[0], "roots/list", raw)
        asks = (asyncio.wait_for(self._ask(child, s, "roots/list", raw), ROOTS_WAIT) for s in able)
        answers = await asyncio.gather(*asks, return_exceptions=True)
        for answer in answers:
            if isinstance(answer, BaseException) and not isinstance(answer, Exception):
                raise answer
            if isinstance(answer, Exception):  # (its user's folders count as none: nothing of others' is opened)
                log.info("server %s: a client's roots/list failed: %s", child.name, type(answer).__name__)
        given = [(s.identity, roots.given(a)) for s, a in zip(able, answers, strict=True)]
        return {"roots": roots.shared(given)}

    def roots_stale(self) -> list[str]:
        """The servers that read roots while other clients able to give them were connected than now (one
        connected or left since): they are to be told the roots changed, and read them again."""
        return [
            server
            for server, given in self._roots_given.items()
            if given != frozenset(id(s) for s in self._able(server, "roots"))
        ]

    async def _ask(self, child: Child, session: ClientSession, method: str, raw: Any) -> dict[str, Any]:
        """Send a server's request to one client, checked both ways (its answer too)."""
        call = CallLine(child.name, method, method)
        lent: str | None = None
        try:
            asked = await self._chain.to_client_value(call, method, raw, session=session)
            if asked.blocked is not None:
                raise RpcError(INVALID_REQUEST, asked.blocked)
            params = asked.value
            if method == "sampling/createMessage" and isinstance(params, dict):
                params = _own_context(child.name, params)
            meta = params.get("_meta") if isinstance(params, dict) else None
            token = meta.get("progressToken") if isinstance(meta, dict) else None
            asked_id = (
                params.get("elicitationId") if method == "elicitation/create" and isinstance(params, dict) else None
            )
            if isinstance(asked_id, str):  # (its `notifications/elicitation/complete` goes to this client)
                session.elicit(child.name, asked_id)
            if token is not None:  # the client's progress on it goes back to this server alone
                lent = session.lend(child.name, token)
                params = {**params, "_meta": {**meta, "progressToken": lent}}
            try:
                related = _related(raw) or session.only_call(child.name)  # (naming none: the only call in flight)
                asking = session.request(method, params, CLIENT_REQUEST_CAPS[method])
                answer = await _while_wanted(session, child.name, method, asking, related)
            except RpcError as exc:  # the client's refusal goes to the server checked like an answer
                raise await self._client_error(call, method, exc, session) from None
            finally:
                tail = session.lent.pop(lent).tail if lent is not None else None
            if tail is not None:  # the progress the client sent before its answer reaches the server first
                await asyncio.wait({tail})
            checked = await self._chain.to_server_value(call, method, answer, session=session)
            if checked.blocked is not None:
                raise RpcError(INVALID_REQUEST, checked.blocked)
            return checked.value if isinstance(checked.value, dict) else {}
        finally:
            self._recorder.findings(call)

    def client_progress(self, session: ClientSession, params: Any, send: Callable[[str, dict[str, Any]], None]) -> None:
        """The client's progress on a server's request passed on to it: checked, and sent (in order) with `send`
        (server, params) to that server with its own token; progress on anything else is dropped."""
        token = params.get("progressToken") if isinstance(params, dict) else None
        lent = session.lent.get(token) if isinstance(token, str) else None
        if lent is None:
            return
        lent.tail = asyncio.get_running_loop().create_task(self._progress(lent.tail, lent, session, params, send))

    async def _progress(
        self,
        previous: asyncio.Task[None] | None,
        lent: Lent,
        session: ClientSession,
        params: dict[str, Any],
        send: Callable[[str, dict[str, Any]], None],
    ) -> None:
        if previous is not None:
            await asyncio.wait({previous})
        method = "notifications/progress"
        call = CallLine(lent.server, method, method)
        try:
            flow = await self._chain.to_server_value(call, method, params, session=session)
        finally:
            self._recorder.findings(call)
        if flow.blocked is not None or not isinstance(flow.value, dict):
            log.info("the client's progress for server %s withheld: %s", lent.server, flow.blocked)
            return
        send(lent.server, {**flow.value, "progressToken": lent.token})

    async def _client_error(self, call: CallLine, method: str, exc: RpcError, session: ClientSession) -> RpcError:
        """A client's error answer to a server's request, its message and data checked on their way to the server."""
        shape: dict[str, Any] = {"message": exc.message}
        if exc.data is not None:
            shape["data"] = exc.data
        checked = await self._chain.to_server_value(call, method, shape, session=session)
        if checked.blocked is not None:
            return RpcError(exc.code, checked.blocked)
        value = checked.value if isinstance(checked.value, dict) else {}
        message = value.get("message")
        return RpcError(exc.code, message if isinstance(message, str) else "error", value.get("data"))

    def session_for(self, server: str, cap: str) -> ClientSession | None:
        """The client session a request of `server` needing `cap` goes to: the one calling that server, else the
        only able one; None when several could take it and none, or more than one, is calling the server (a request
        made by no one's call, or by one of several clients' calls, is not lent to whichever client came first: its
        model, its folders, its user's consent to another user's action)."""
        able = self._able(server, cap)
        busy = [s for s in able if s.calling.get(server)]
        if len(busy) == 1:
            return busy[0]
        return able[0] if not busy and len(able) == 1 else None

    def _claimed(self, server: str, cap: str, params: Any) -> ClientSession | None:
        """The one able client whose call a server's request names in its `_meta`: by the progress token of that
        call (unique per client: see `http_transport`), or by the id the gateway sent that call with; None when
        nothing names one (or it names calls of several clients)."""
        meta = params.get("_meta") if isinstance(params, dict) else None
        if not isinstance(meta, dict):
            return None
        token = meta.get("progressToken")
        token = token if isinstance(token, (str, int, float)) and not isinstance(token, bool) else None
        related = [r for r in (meta.get(k) for k in RELATED_KEYS) if isinstance(r, int) and not isinstance(r, bool)]
        if token is None and not related:
            return None
        named = [
            s
            for s in self._able(server, cap)
            if (token is not None and s.progress.get(token) == server)
            or any((server, r) in s.requests for r in related)
        ]
        return named[0] if len(named) == 1 else None

    def _able(self, server: str, cap: str) -> list[ClientSession]:
        return [
            s
            for s in self._sessions()
            if cap in s.caps and s.peer is not None and not s.closed and self._may_use(s, server)
        ]


def _related(params: Any) -> frozenset[int]:
    """The ids of the gateway's requests a server's request names as the one it serves (`_meta`)."""
    meta = params.get("_meta") if isinstance(params, dict) else None
    if not isinstance(meta, dict):
        return frozenset()
    return frozenset(r for r in (meta.get(k) for k in RELATED_KEYS) if isinstance(r, int) and not isinstance(r, bool))


async def _while_wanted(
    session: ClientSession, server: str, method: str, asking: Any, related: frozenset[int] = frozenset()
) -> dict[str, Any]:
    """The client's answer to a request of `server` (`asking`, the coroutine sending it); when the call it serves is
    cancelled first (see `ClientSession.end`), the client is told to drop it and the server gets an error."""
    dropped = session.relay(server, related)
    task = asyncio.ensure_future(asking)
    try:
        await asyncio.wait({task, dropped}, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError as exc:  # (the server cancelled it: the client is told why)
        task.cancel(*exc.args[:1])
        raise
    finally:
        session.unrelay(server, dropped)
    if task.done():
        return task.result()
    why = dropped.result()
    task.cancel(why)  # (its cancellation tells the client, for this reason)
    await asyncio.wait({task})
    raise RpcError(INVALID_REQUEST, f"{method} not answered: {why}")


def _last_step(params: Any) -> bool:
    """Whether a progress notification says its work is done (its progress at its total)."""
    if not isinstance(params, dict):
        return False
    done, total = params.get("progress"), params.get("total")
    number = (int, float)
    return isinstance(done, number) and isinstance(total, number) and done >= total


def _dropped_line(server: str, count: int, rate: float) -> dict[str, Any]:
    """The log line that tells a client how many of a server's log lines were dropped for their rate."""
    return {
        "level": "warning",
        "logger": "secure-mcp-gateway",
        "data": f"{count} log line(s) of server {server} were dropped: more than {rate:g} a second "
        "(gateway.limits.server_log_lines_per_second)",
    }


def _scrubbed(value: Any) -> Any:
    """`value` with each string (keys too) scrubbed of secret shapes, and nothing else changed: numbers as the server
    wrote them (`1e5`, `1E400`, `-0`), structures at any depth (the same objects where nothing was scrubbed)."""
    texts, places = gather(value, "free")
    out = {}
    for text, place in zip(texts, places, strict=True):
        clean = scrub(text)
        if clean is not text:
            out[place_path(place), place[2]] = clean
    return rebuild(value, out)


def _one_user(sessions: list[ClientSession]) -> bool:
    """Whether the sessions are all of one identity (a client's several sessions; every session of a gateway
    without tokens, which serves only its own machine's user)."""
    return len({s.identity for s in sessions}) <= 1


def _own_context(server: str, params: dict[str, Any]) -> dict[str, Any]:
    """A sampling request as the client gets it: one asking for the conversation's context (`includeContext`) asks
    for none, since through the gateway the client sees one server, and what it would include is every server's."""
    asked = params.get("includeContext")
    if asked is None or asked == "none":
        return params
    log.info(
        "server %s asked the client's model for its context (includeContext %r); the gateway asks for none: it would "
        "hold what every other server returned",
        server,
        str(asked)[:40],
    )
    return {**params, "includeContext": "none"}

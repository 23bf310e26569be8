"""A plain tool call found clean before, carried by the read callbacks: no task of its own, no layer of coroutines."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from secure_mcp_gateway import clean, fastjson, sealed, task_calls, tracing
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.budget.budgets import Budgets
from secure_mcp_gateway.children import Child, Unavailable
from secure_mcp_gateway.handlers import Handlers, _seen_payload, taken
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message, RequestTimeout, RpcError
from secure_mcp_gateway.rpc import RpcPeer, Served
from secure_mcp_gateway.session import ClientSession

log = logging.getLogger(__name__)

_PLAIN = frozenset(("name", "arguments"))
Work = Callable[[], Awaitable[dict[str, Any]]]


def start(handlers: Handlers, session: ClientSession, msg: Message, served: Served) -> bool:
    """Start a `tools/call` of a name and arguments (nothing else) whose arguments were found clean before, when its
    server takes requests at once; its answer is taken in the server's read callback when found clean before too.
    What turns out otherwise, at any point, goes on as `Handlers.call_tool` would from there (`served.follow`).
    False: not started, nothing done (`call_tool` takes it)."""
    params = msg.get("params")
    if not isinstance(params, dict) or not params.keys() <= _PLAIN:
        return False
    name = params.get("name")
    arguments = params.get("arguments")
    if not isinstance(name, str) or not (isinstance(arguments, dict) or "arguments" not in params):
        return False
    hub = handlers.hub
    if not hub.fleet.started or (tracing._tracer is not None and tracing.recording()):  # (no OTel: no look-up)
        return False
    target = _target(handlers, hub, session, name)
    if target is None:
        return False
    budgets, public, server, tool, tools, limit = target
    child = hub.fleet.children.get(server)
    peer = child.taking() if child is not None else None
    if peer is None:
        return False
    call = CallLine(server, tool, public)
    call.deadline = call.started + hub.config.call_timeout(server)
    seen = hub.chain.passes(call, "input", "tools/call", arguments, session)
    budgets.used(public)
    session.begin(call.server)
    loop = peer._loop or peer._running()
    carried = _Carried(handlers, session, msg, served, call, child, budgets, public, tools, loop)
    carried.limit = limit
    if seen is None:
        carried.follow(partial(handlers._run_call, session, call, child, params, True))
        return True
    call.arguments = _seen_payload(hub.recorder.payload(arguments), arguments, seen)
    child_params: dict[str, Any] = {"name": call.tool}
    if arguments is not None:
        child_params["arguments"] = arguments
    carried.send(peer, child_params)
    return True


Target = tuple[Budgets, str, str, str, list[dict[str, Any]], float]
"""What a called name leads to for one session: its budgets, the public name, the server, the server's own name for
the tool, the tool list it was resolved in, and the deadline of a call to that server."""


def _target(handlers: Handlers, hub: Any, session: ClientSession, name: str) -> Target | None:
    """Where a `tools/call` of `name` goes for `session` on this route, or None (`Handlers.call_tool` takes it): found
    once per name and kept while the catalog's tool list and the config are the very objects it was found under (a
    change to either makes new ones)."""
    tools_now, config = hub.view.catalog.tools(), hub.config
    routes = session.routes
    if routes.tools is not tools_now or routes.config is not config:
        routes.renew(tools_now, config)
    else:
        found = routes.get(name)
        if found is not None:
            return found
    budgets = handlers.budgets(session)
    if budgets.is_meta(name):
        return None
    tools = hub.tools_for(session)
    public = budgets.resolve(name, tools)
    route = hub.view.catalog.route_tool(public)
    if route is None or not hub.may_use(session, route.server):
        return None
    if task_calls.required(hub.view.catalog.get(route.server), route.name):
        return None  # (a tool its server runs only as a task: `Handlers.call_tool` runs the task)
    found = (budgets, public, route.server, route.name, tools, config.call_timeout(route.server))
    routes.keep(name, found)
    return found


class _Carried(asyncio.Future):  # type: ignore[type-arg]
    """One call on its way: sent from the client's read callback, answered from the server's; it is the future of the
    server's answer too (set as the answer is read, and handed on in the same callback)."""

    __slots__ = (
        "budgets",
        "call",
        "child",
        "handlers",
        "known",
        "limit",
        "msg",
        "peer",
        "public",
        "raw",
        "rid",
        "sent",
        "served",
        "session",
        "tools",
    )

    def __init__(
        self,
        handlers: Handlers,
        session: ClientSession,
        msg: Message,
        served: Served,
        call: CallLine,
        child: Child,
        budgets: Budgets,
        public: str,
        tools: list[dict[str, Any]],
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        asyncio.Future.__init__(self, loop=loop)  # (one is made per call: no `super()` to look up)
        self.handlers = handlers
        self.session = session
        self.msg = msg
        self.served = served
        self.call = call
        self.child = child
        self.budgets = budgets
        self.public = public
        self.tools = tools
        self.known: clean.Known | None = None
        """What the server's answer was known to be by its result's bytes (`take_bytes`), if it was."""
        self.raw: bytes | None = None
        """The bytes of the server's result where they were offered and not known (learned if it is found clean)."""

    def send(self, peer: RpcPeer, params: dict[str, Any]) -> None:
        """Ask the server, within what is left of the call's deadline (`limit`, set before)."""
        call = self.call
        self.sent = sent = time.perf_counter()
        limit = self.limit
        try:
            left = max(limit - (sent - call.started), 0.001)
            self.rid = rid = peer.start("tools/call", params, left, reply=self)[0]
        except ConnectionClosed as exc:
            self.rid = None
            call.add_time("call", sent)
            self.follow(partial(self._failed, self.child.failure(exc, "tools/call", limit)))
            return
        self.session.requests[call.server, rid] = None  # (a request of the server naming it is this client's)
        self.peer = peer
        self.served.on_cancel = self.dropped

    def _asked_done(self) -> None:
        """The server's request for this call is over: a request of the server naming it is no one's."""
        if self.rid is not None:
            self.session.requests.pop((self.call.server, self.rid), None)

    def take_bytes(self, raw: bytes) -> bool:
        """The server's answer, a plain success response, offered by its result's bytes before it is decoded
        (`RpcPeer.known_answer`): taken when those bytes are known (`clean.known_result`), as its value, which is
        only read on the way out; else kept, to be learned, and False (the line is read as any other)."""
        known = clean.known_result(raw)
        if known is None:
            self.raw = raw
            return False
        self.known = known
        self.set_result(known[0])
        return True

    def set_result(self, result: dict[str, Any]) -> None:
        """The server answered."""
        super().set_result(result)
        self.answered()

    def set_exception(self, exception: Any) -> None:
        """The request failed (the server's error, its link closed, the deadline passed)."""
        super().set_exception(exception)
        self.answered()

    def answered(self) -> None:
        """The server answered (or failed): a result found clean before leaves at once; anything else goes on as
        the long route would."""
        if self.served.done() or self.cancelled():
            return
        try:
            self._answered(self)
        except Exception as exc:  # (as a handler that failed: the client is answered, the call is on the trail)
            log.exception("the client: handler for tools/call failed")
            if not self.served.done():
                self.call.outcome, self.call.error = "error", f"internal error: {type(exc).__name__}"
                self._over()
                self.served.fail(exc)

    def _answered(self, fut: asyncio.Future[dict[str, Any]]) -> None:
        self.peer.settle(self.rid)
        call = self.call
        call.add_time("call", self.sent)
        exc = fut.exception()
        if exc is not None:
            if isinstance(exc, RequestTimeout):  # (its server's requests naming it close)
                self.session.drop_related(call.server, (self.rid,), "timeout")
            if isinstance(exc, (ConnectionClosed, RequestTimeout)):
                exc = self.child.failure(exc, "tools/call", self.limit)
            self.follow(partial(self._failed, exc))
            return
        result = fut.result()
        hub = self.handlers.hub
        session = self.session
        looked = False
        known = self.known
        if not hub.notices.unsettled(call.server) and self.budgets.fits(result):
            by_bytes = None if known is None else (known[2], known[1])
            seen = hub.chain.passes(call, "output", "tools/call", result, session, by_bytes)
            if seen is not None:
                self._asked_done()
                call.result = _seen_payload(hub.recorder.payload(result), result, seen)
                taken(session, call, result)
                self._over()
                json = seen[1]
                if json is not None:
                    if self.raw is not None and seen[0] is not None:
                        clean.learn_result(self.raw, json, seen[0])
                    if len(json) < sealed.MIN_BYTES:  # (longer: `sealed` splices them in)
                        self.served.json = json
                self.served.answer(result)
                return
            looked = True
        if known is not None:  # (the value known by its bytes is only read: the long route gets its own)
            result = fastjson.loads(known[1])
        self.follow(partial(self._result, result, looked))

    def dropped(self, why: str) -> None:
        """The client cancelled the call (or went away): the server is told, and the call is over."""
        self.peer.abandon(self.rid, self, why)
        self.peer.settle(self.rid)
        call = self.call
        call.add_time("call", self.sent)
        self._asked_done()
        call.outcome = "cancelled"
        self.session.drop_related(call.server, (self.rid,), "cancelled")
        self._over()

    def _over(self) -> None:
        """The call is over: on the audit trail (as `Handlers.traced` ends one)."""
        hub = self.handlers.hub
        self.session.end(self.call.server, self.call.outcome)
        hub.pipeline.forget(self.call)
        hub.recorder.call(self.call)

    def follow(self, work: Work) -> None:
        """What is left of the call runs in a task, as the long route's."""
        self.served.follow(self.msg, self._rest(work))

    def _rest(self, work: Work) -> Work:
        async def rest() -> dict[str, Any]:
            value = await self.handlers.traced(self.session, self.call, work)
            return await self.budgets.fit(value, self.public, self.tools)

        return rest

    async def _result(self, result: dict[str, Any], looked: bool) -> dict[str, Any]:
        self._asked_done()
        return await self.handlers.result(self.session, self.call, result, looked)

    async def _failed(self, exc: Unavailable | RpcError) -> dict[str, Any]:
        try:
            return await self.handlers.failed(self.session, self.call, exc)
        finally:
            self._asked_done()

"""One JSON-RPC peer: outgoing requests with deadlines, incoming requests each in its own task."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, Protocol

import msgspec

from secure_mcp_gateway import fastjson, jsonrpc
from secure_mcp_gateway.framing import Malformed, answer_parts, valid_id
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message, RequestTimeout, RpcError, Unanswered

log = logging.getLogger(__name__)

RequestHandler = Callable[[Message], Awaitable[dict[str, Any]]]
NotificationHandler = Callable[[Message], None]
QuickHandler = Callable[[Message, "Served"], bool]


class Link(Protocol):
    """A message pipe to one peer."""

    def send(self, msg: Message | list[Message]) -> None:
        """Queue a message for the peer; never blocks; raises ConnectionClosed when the pipe is gone."""

    async def drain(self) -> None:
        """Wait until queued messages are handed to the operating system."""

    async def recv(self) -> Any:
        """The next message (a dict), a batch (a list), a `Malformed` line, or None at end of stream."""


_NEVER = math.inf
_CLOCK_RESOLUTION = time.get_clock_info("monotonic").resolution

LOST_GRACE = 2.0
"""Seconds an answer over the limit whose id could not be read has to end (its last bytes may name its request)
before every request that was in flight on that peer when it began fails."""

NOISE_WARNINGS = 3
"""Malformed messages from one peer reported as warnings; later ones go to the debug log."""


class RpcPeer:
    """Correlates requests and responses with one peer over a `Link`; no message from the peer can stop it."""

    def __init__(
        self,
        name: str,
        link: Link,
        on_request: RequestHandler | None = None,
        on_notification: NotificationHandler | None = None,
        *,
        answers_malformed: bool = False,
        batches: Callable[[], bool] | None = None,
        max_inbound: int | None = None,
        inbound_timeout: float | None = None,
        cancelled_by: str = "the client",
    ) -> None:
        self.name = name
        self._cancelled = f"cancelled by {cancelled_by}"
        """Why the requests this peer's own requests led to are cancelled, when it cancels one or goes away."""
        self.link = link
        self._on_request = on_request
        self._on_notification = on_notification
        self._answers_malformed = answers_malformed
        self._batches = batches
        self._max_inbound = max_inbound
        self._inbound_timeout = inbound_timeout
        self._pending: dict[Any, asyncio.Future[dict[str, Any]]] = {}
        self.told: Callable[[], None] | None = None
        """Called when a request failed on an answer that was refused: the caller was told what was wrong with it."""
        self._deadlines: dict[int, tuple[float, str, float]] = {}
        """Requests sent with a timeout: when it runs out (event-loop time), the method and the timeout."""
        self._shapes: dict[int, tuple[str, Callable[[dict[str, Any]], str | None]]] = {}
        """Requests whose answer must have a shape (see `start`): the method and what tells why a result lacks it."""
        self._unfit: dict[int, str] = {}
        """Requests that got an answer without their answer's shape (ignored): why, told if they time out."""
        self._sweep: asyncio.TimerHandle | None = None
        self._sweep_at = _NEVER
        self._inbound: dict[Any, asyncio.Task[Any]] = {}
        self._next_id = 0
        self._closed: str | None = None
        self._ended: str | None = None
        """Why the peer can send nothing more (its input ended): requests to it fail at once."""
        self.session_lost = False
        """Whether the peer's link ended because the server lost the session (see `HttpLink.session_lost`)."""
        self._noise = 0
        self._lost_ids: tuple[Any, ...] = ()
        """The requests in flight when an answer over the limit whose id could not be read began (see
        `_lost_answer`)."""
        self._lost_timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._end_turn: Callable[[], None] | None = getattr(link, "end_turn", None)
        """Lets what was sent go out as the sending callback ends, when nothing else is to run in the loop's turn."""
        self.writes_json: bool = getattr(link, "writes_json", False)
        """Whether the link writes each message as the encoder's JSON line: a result's JSON made already goes in it
        as it is (see `Served.answer`)."""
        self.refused = 0
        """Requests refused because too many were in progress."""
        self.quick: dict[str, QuickHandler] = {}
        """By method: takes a request it can answer from callbacks, without a task of its own (True), or leaves it
        to `on_request` (False: nothing was done); not used for batches nor where `inbound_timeout` is set."""

    def _running(self) -> asyncio.AbstractEventLoop:
        """The event loop the peer runs on, looked up once (each lookup asks the system for the process id)."""
        loop = self._loop
        if loop is None:
            loop = self._loop = asyncio.get_running_loop()
        return loop

    @property
    def closed(self) -> str | None:
        """Why the peer is closed, or None while it is open."""
        return self._closed

    @property
    def in_flight(self) -> int:
        """Requests sent and not yet answered."""
        return len(self._pending)

    @property
    def serving(self) -> int:
        """Requests from the peer still being handled."""
        return len(self._inbound)

    async def wait_answered(self) -> None:
        """Wait until every request sent to the peer so far has an answer (or has failed)."""
        while waiting := [f for f in self._pending.values() if not f.done()]:
            await asyncio.wait(waiting)

    async def wait_served(self) -> None:
        """Wait until every request already received from the peer has been answered."""
        while self._inbound:
            await asyncio.gather(*list(self._inbound.values()), return_exceptions=True)
            for rid, task in list(self._inbound.items()):
                self._forget(rid, task)  # (a handler cancelled before it started never says it ended)

    async def request(
        self,
        method: str,
        params: dict[str, Any] | None,
        timeout: float | None = None,
        *,
        on_sent: Callable[[int], None] | None = None,
        unfit: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> dict[str, Any]:
        """Send a request and wait for its result; raises RpcError, RequestTimeout or ConnectionClosed (`unfit`: see
        `start`)."""
        rid, fut = self.start(method, params, timeout, on_sent=on_sent, unfit=unfit)
        try:
            await self.link.drain()
            return await fut
        except asyncio.CancelledError as exc:
            self.abandon(rid, fut, _why(exc))
            raise
        finally:
            self.settle(rid)
            del fut  # (a failure's traceback holds this frame: with its future here, the two would make a cycle)

    def start(
        self,
        method: str,
        params: dict[str, Any] | None,
        timeout: float | None = None,
        *,
        on_sent: Callable[[int], None] | None = None,
        then: Callable[[asyncio.Future[dict[str, Any]]], None] | None = None,
        reply: asyncio.Future[dict[str, Any]] | None = None,
        unfit: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> tuple[int, asyncio.Future[dict[str, Any]]]:
        """Send a request now: its id and the future of its answer (see `request`; the caller `settle`s it once
        done with it), which is handed to `then` as it is set; or `reply`, a future of the caller's own made on
        this peer's loop, is set with the answer; raises ConnectionClosed. `unfit` tells why a result cannot be
        this request's answer (None when it can): a result it refuses is a stray answer to something else (a
        server that answers id 1 before it read `initialize`), ignored and said, and the request waits on."""
        if self._closed is not None or self._ended is not None:
            raise ConnectionClosed(self._closed or self._ended or "")
        loop = self._loop or self._running()
        self._next_id += 1
        rid = self._next_id
        fut: asyncio.Future[dict[str, Any]] = (
            reply if reply is not None else loop.create_future() if then is None else Reply(loop, then)
        )
        self._pending[rid] = fut
        if unfit is not None:
            self._shapes[rid] = (method, unfit)
        if timeout:
            due = loop.time() + timeout
            self._deadlines[rid] = (due, method, timeout)
            if due < self._sweep_at:
                self._arm(loop, due)
        try:
            self.link.send(jsonrpc.request(rid, method, params))
        except BaseException:
            self.settle(rid)
            raise
        if on_sent is not None:
            on_sent(rid)
        if self._end_turn is not None:
            self._end_turn()
        return rid, fut

    def settle(self, rid: int) -> None:
        """A request's answer (or failure) was taken: its id and deadline are forgotten."""
        self._pending.pop(rid, None)
        self._deadlines.pop(rid, None)
        if self._shapes:
            self._shapes.pop(rid, None)
            self._unfit.pop(rid, None)

    def abandon(self, rid: int, fut: asyncio.Future[dict[str, Any]], why: str) -> None:
        """The request is no longer wanted: the peer is told to stop working on it unless it has answered (and a
        `Reply` hands nothing on)."""
        if isinstance(fut, Reply):
            fut.drop()
        if fut.cancelled() or not fut.done():
            self._cancel_remote(rid, why)

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        """Send a notification; silently dropped when the peer is gone."""
        if self._closed is None:
            with contextlib.suppress(ConnectionClosed):
                self.link.send(jsonrpc.notification(method, params))

    def _arm(self, loop: asyncio.AbstractEventLoop, due: float) -> None:
        """Wake at `due` (the earliest deadline) to fail the requests whose time is up."""
        if self._sweep is not None:
            self._sweep.cancel()
        self._sweep_at = due
        self._sweep = loop.call_at(due, self._sweep_due)

    def _sweep_due(self) -> None:
        """Fail every request whose deadline has come; wake again at the next one (one timer for all requests, not
        one each: most are answered long before their deadline)."""
        self._sweep, self._sweep_at = None, _NEVER
        if not self._deadlines:
            return
        loop = self._running()
        now = loop.time() + _CLOCK_RESOLUTION  # (what the event loop counts as due)
        upcoming = _NEVER
        for rid, (due, method, timeout) in list(self._deadlines.items()):
            if due <= now:
                del self._deadlines[rid]
                self._expire(rid, method, timeout)
            elif due < upcoming:
                upcoming = due
        if upcoming < _NEVER:
            self._arm(loop, upcoming)

    def _expire(self, rid: int, method: str, timeout: float) -> None:
        fut = self._pending.get(rid)
        if fut is not None and not fut.done():
            why = self._unfit.get(rid)
            ignored = f" (it sent an answer that was not one: {why})" if why else ""
            fut.set_exception(RequestTimeout(f"{self.name} did not answer {method} within {timeout:g} s{ignored}"))
            self._cancel_remote(rid, "timeout")

    def _cancel_remote(self, rid: int, reason: str) -> None:
        self.notify("notifications/cancelled", {"requestId": rid, "reason": reason})

    # --- what the peer sends ---------------------------------------------------------------------

    def dispatch(self, item: Any) -> None:
        """Handle one item received from the peer: a message, a batch or a malformed line."""
        try:
            if isinstance(item, Malformed):
                self._malformed(item)
            elif isinstance(item, list):
                self._batch(item)
            else:
                reply = self._one(item, None)
                if reply is not None:
                    self._reply(reply)
        except Exception:  # one bad message never stops the reader
            log.exception("%s: could not handle a message", self.name)

    def _one(self, msg: Any, batch: list[asyncio.Task[Any]] | None) -> Message | None:
        """Route one message; an immediate error reply when it is invalid or refused."""
        problem = _problem(msg)
        if problem is not None:
            rid, reason = problem
            is_dict = isinstance(msg, dict)
            is_request = is_dict and "method" in msg and "id" in msg
            is_notification = is_dict and isinstance(msg.get("method"), str) and "id" not in msg
            if is_dict and "method" not in msg and self._refused_answer(rid, reason):
                return None
            if is_request or (self._answers_malformed and not is_notification):
                self._warn(f"sent an invalid request: {reason}")
                return jsonrpc.error(rid, RpcError(jsonrpc.INVALID_REQUEST, f"Invalid Request: {reason}"))
            self._warn(f"sent an invalid message (ignored): {reason}")
            return None
        method = msg.get("method")
        if method is None:
            self._response(msg)
            return None
        if "id" in msg:
            return self._start_inbound(msg, batch)
        if method == "notifications/cancelled":
            self._cancel_inbound(msg.get("params"))
        elif self._on_notification is not None:
            self._on_notification(msg)
        return None

    def refuse_answer(self, msg: Any) -> bool:
        """Whether `msg`, read elsewhere and found invalid, was an answer naming a request of ours still waiting (which
        then fails at once: see `_refused_answer`)."""
        problem = _problem(msg)
        if problem is None or not isinstance(msg, dict) or "method" in msg:
            return False
        return self._refused_answer(*problem)

    def _refused_answer(self, rid: Any, reason: str) -> bool:
        """Whether an invalid answer (no result nor error, a wrong `jsonrpc`) named a request of ours still waiting:
        it fails now, saying why, rather than at its deadline."""
        if not (type(rid) is int or type(rid) is str) or not self._fail_refused(rid, reason):
            return False
        self._warn(f"sent an invalid answer to request {rid}: {reason}")
        return True

    def _fail_refused(self, rid: Any, reason: str) -> bool:
        """Whether request `rid` of ours was still waiting; it fails now on its refused answer, saying why."""
        fut = self._pending.get(rid)
        if fut is None or fut.done():
            return False
        fut.set_exception(Unanswered(jsonrpc.INTERNAL_ERROR, f"{self.name} sent an answer that was refused: {reason}"))
        return True

    def known_answer(self, line: bytes) -> bool:
        """Whether `line`, laid out as a success response (`framing.answer_parts`) to a pending request whose future
        takes an answer by its result's bytes (`take_bytes`, see `quick_call`), was taken so, not decoded: the
        future found those bytes known (else nothing was done, and the line is read as any other)."""
        found = answer_parts(line)
        if found is None:
            return False
        rid, start, end = found
        fut = self._pending.get(rid)
        take = getattr(fut, "take_bytes", None)
        if take is None or fut.done() or (self._shapes and rid in self._shapes):  # type: ignore[union-attr]
            return False
        return bool(take(line[start:end]))

    def _response(self, msg: Message) -> None:
        rid = msg["id"]
        fut = self._pending.get(rid)
        if fut is None:
            fut = self._stray(rid)
            rid = int(rid) if fut is not None else rid  # (its id written as a string)
        if fut is None or fut.done():
            return  # a late answer to a request that timed out or was cancelled
        shape = self._shapes.get(rid) if self._shapes else None
        if shape is not None and isinstance(msg.get("result"), dict) and (why := shape[1](msg["result"])):
            self._unfit[rid] = why
            self._warn(f"sent an answer to request {rid} ({shape[0]}) that is not one ({why}): ignored")
            return
        err = msg.get("error")
        if isinstance(err, dict):
            code = err.get("code")
            code = code if isinstance(code, int) and not isinstance(code, bool) else jsonrpc.INTERNAL_ERROR
            said = err.get("message")
            said = said if isinstance(said, str) else "" if said is None else fastjson.text(said)
            made = Unanswered if err.get(Unanswered.MARK) is True else RpcError  # (by the link, not the server)
            fut.set_exception(made(code, said, err.get("data")))
        elif isinstance(msg.get("result"), dict):
            fut.set_result(msg["result"])
        else:
            fut.set_exception(Unanswered(jsonrpc.INTERNAL_ERROR, f"{self.name} sent a response without a result"))

    def _stray(self, rid: Any) -> asyncio.Future[dict[str, Any]] | None:
        """The request an answer whose id is none pending is for, when that id is one of ours written as a string
        ("7" for 7: taken, and said); else None, and an answer to a request never sent is said (a late answer to
        one that timed out or was cancelled is not)."""
        if isinstance(rid, str) and rid.isascii() and rid.isdigit() and len(rid) < 20:
            fut = self._pending.get(int(rid))
            if fut is not None:
                self._warn(f"answered request {rid} with its id written as a string (taken as its answer)")
                return fut
        if not (type(rid) is int and 0 < rid <= self._next_id):
            self._warn(f"sent an answer to a request it was never sent (id {str(rid)[:40]!r}): ignored")
        return None

    def _malformed(self, bad: Malformed) -> None:
        if bad.lost or bad.settles:
            self._lost_answer(bad)
            if bad.id is None:
                return
        self._warn(f"sent a line that could not be used: {bad.reason}")
        if bad.answer:  # (its id is the one of a request sent to the peer: never answered back, it fails)
            self._fail_lost([bad.id], bad.reason, named=True)
            return
        if self._answers_malformed:
            rid = None if bad.code == jsonrpc.PARSE_ERROR else bad.id
            self._reply(jsonrpc.error(rid, RpcError(bad.code, bad.reason)))
            return
        if bad.id is not None and self._fail_refused(bad.id, bad.reason):
            self._refused_told()

    def _refused_told(self) -> None:
        if self.told is not None:
            self.told()

    def _lost_answer(self, bad: Malformed) -> None:
        """An answer over the limit whose id could not be read (`bad.lost`), or the end of one (`bad.settles`): the
        request in flight fails at once; of several, the one its last bytes name when it ends, or every one still
        unanswered when it ended without naming one or has not ended `LOST_GRACE` s later."""
        if bad.settles:
            if self._lost_timer is not None:
                self._lost_timer.cancel()
                self._lost_timer = None
            waiting, self._lost_ids = self._lost_ids, ()
            if bad.id is None:  # (else the request it names fails, as any answer refused)
                self._fail_lost(waiting, bad.reason)
            return
        self._warn(f"sent an answer whose id could not be read: {bad.reason}")
        waiting = [rid for rid, fut in self._pending.items() if not fut.done()]
        if len(waiting) <= 1 or bad.ended:
            self._fail_lost(waiting, bad.reason)
            return
        self._lost_ids = tuple(waiting)
        if self._lost_timer is not None:
            self._lost_timer.cancel()
        self._lost_timer = self._running().call_later(LOST_GRACE, self._lost_late, bad.reason)

    def _lost_late(self, reason: str) -> None:
        """The answer over the limit did not end within `LOST_GRACE`: the requests that may be waiting for it fail."""
        self._lost_timer = None
        waiting, self._lost_ids = self._lost_ids, ()
        self._fail_lost(waiting, reason)

    def _fail_lost(self, ids: Any, reason: str, *, named: bool = False) -> None:
        """Fail the requests `ids` still waiting: an answer refused for `reason` (whose id could not be read unless
        it `named` them) may be theirs."""
        for rid in ids:
            fut = self._pending.get(rid)
            if fut is not None and not fut.done():
                why = f"{self.name} sent an answer that was refused: {reason}"
                if not named:
                    why = f"{self.name} sent an answer that was refused ({reason}) and its id could not be read"
                fut.set_exception(Unanswered(jsonrpc.INTERNAL_ERROR, why))
                self._refused_told()

    def _batch(self, items: list[Any]) -> None:
        if not items:
            self._warn("sent an empty batch")
            self._reply(jsonrpc.error(None, RpcError(jsonrpc.INVALID_REQUEST, "Invalid Request: empty batch")))
            return
        if self._batches is None or not self._batches():
            self._warn("sent a batch, which the negotiated protocol version does not allow")
            why = "batches are not supported in the negotiated protocol version"
            ids = [m["id"] for m in items if isinstance(m, dict) and "method" in m and valid_id(m.get("id"))]
            for rid in ids or [None]:
                self._reply(jsonrpc.error(rid, RpcError(jsonrpc.INVALID_REQUEST, f"Invalid Request: {why}")))
            for m in items:  # an answer sent in one fails now, saying why, rather than at its deadline
                fut = self._pending.get(m.get("id")) if isinstance(m, dict) and "method" not in m else None
                if fut is not None and not fut.done():
                    err = Unanswered(jsonrpc.INTERNAL_ERROR, f"{self.name} sent its answer in a batch: {why}")
                    fut.set_exception(err)
            return
        replies: list[Message] = []
        tasks: list[asyncio.Task[Any]] = []
        for item in items:
            reply = self._one(item, tasks)
            if reply is not None:
                replies.append(reply)
        if tasks:
            self._running().create_task(self._finish_batch(replies, tasks))
        elif replies:
            self._reply(replies)

    async def _finish_batch(self, replies: list[Message], tasks: list[asyncio.Task[Any]]) -> None:
        done = await asyncio.gather(*tasks, return_exceptions=True)
        out = replies + [r for r in done if isinstance(r, dict)]
        if out:
            self._reply(out)

    def _start_inbound(self, msg: Message, batch: list[asyncio.Task[Any]] | None) -> Message | None:
        rid = msg["id"]
        if self._on_request is None:
            return jsonrpc.error(rid, RpcError(jsonrpc.METHOD_NOT_FOUND, f"Method not found: {msg['method']}"))
        if rid in self._inbound:
            return jsonrpc.error(
                rid, RpcError(jsonrpc.INVALID_REQUEST, f"Invalid Request: id {rid!r} is already in use")
            )
        if self._max_inbound is not None and len(self._inbound) >= self._max_inbound:
            self.refused += 1
            if self.refused == 1 or self.refused % 1000 == 0:
                log.warning(
                    "%s has %d requests in progress, the limit; refused %d so far",
                    self.name,
                    self._max_inbound,
                    self.refused,
                )
            return jsonrpc.error(
                rid,
                RpcError(
                    jsonrpc.TOO_MANY_REQUESTS, f"too many requests in progress ({self._max_inbound}); try again later"
                ),
            )
        loop = self._loop or self._running()
        quick = self.quick.get(msg["method"]) if self.quick and batch is None else None
        if quick is not None and self._inbound_timeout is None:
            served = Served(self, rid, loop)
            self._inbound[rid] = served
            try:
                if quick(msg, served):
                    return None
            except Exception as exc:
                log.exception("%s: handler for %s failed", self.name, msg["method"])
                if served._over():
                    return jsonrpc.error(rid, _internal(exc))
                return None
            del self._inbound[rid]
        task = loop.create_task(self._serve(msg, batch is None))
        self._inbound[rid] = task
        if batch is not None:
            batch.append(task)
        return None

    def _forget(self, rid: Any, task: asyncio.Task[Any]) -> None:
        """A cancelled handler is no longer in progress, even one cancelled before it started (whose `_serve`
        never ran to say so)."""
        if task.done() and self._inbound.get(rid) is task:
            del self._inbound[rid]

    async def _serve(
        self, msg: Message, reply: bool, rest: Callable[[], Awaitable[dict[str, Any]]] | None = None
    ) -> Message | None:
        """Handle a request (or, with `rest`, what is left of one a quick handler began); as the handler ends, the
        request is no longer in progress and its answer (if any) is queued to go out, unless `reply` is False (a
        batch's answers leave together)."""
        rid = msg["id"]
        method = msg["method"]
        answer: Message | None
        deadline = self._deadline() if self._inbound_timeout is not None else None
        try:
            value = await (rest() if rest is not None else self._on_request(msg))  # type: ignore[misc]
        except RpcError as exc:
            answer = jsonrpc.error(rid, exc)
            exc.__traceback__ = None  # (its frames hold the request, and some of them the error: no cycle to collect)
        except asyncio.CancelledError:
            if deadline is None or not deadline.passed:
                answer = None  # the peer cancelled it, or we are shutting down: no answer is owed
            else:
                deadline.taken()
                why = f"{method} was not answered within {self._inbound_timeout:g} s"
                answer = jsonrpc.error(rid, RequestTimeout(why))
        except Exception as exc:
            log.exception("%s: handler for %s failed", self.name, method)
            answer = jsonrpc.error(rid, _internal(exc))
        else:
            answer = jsonrpc.result(rid, value)
        finally:
            if deadline is not None:
                deadline.cancel()
            self._inbound.pop(rid, None)  # (while it runs, the entry is its own: an id in use is refused)
        if reply and answer is not None:
            self._queue(answer)
        return answer

    def _queue(self, answer: Message) -> None:
        """Send a handler's answer from the loop's queue: what the handlers resumed in this same turn write (a
        server's request to the client sent before its answer) goes out first; with nothing else to run in the turn
        nor queued, no one can write first, and the answer goes out now."""
        loop = self._loop or self._running()
        if getattr(loop, "_ready", True):
            loop.call_soon(self._answer, answer)
        else:
            self._answer(answer)

    def _answer(self, msg: Message) -> None:
        """Send a handler's answer from the loop's queue; it goes out as this callback ends when nothing else is to
        run in the loop's turn (a lone answer waits for no turn of its own)."""
        self._reply(msg)
        if self._end_turn is not None:
            self._end_turn()

    def _reply(self, msg: Message | list[Message]) -> None:
        if self._closed is not None:
            return
        try:
            self.link.send(msg)
        except ConnectionClosed:
            return
        except (ValueError, TypeError, RecursionError) as exc:  # an answer that cannot be written as JSON
            log.error("%s: an answer could not be encoded: %s", self.name, type(exc).__name__)
            if isinstance(msg, dict) and "id" in msg:
                err = RpcError(
                    jsonrpc.INTERNAL_ERROR, f"the answer could not be encoded as JSON ({type(exc).__name__})"
                )
                with contextlib.suppress(ConnectionClosed):
                    self.link.send(jsonrpc.error(msg["id"], err))

    def _cancel_inbound(self, params: Any) -> None:
        rid = params.get("requestId") if isinstance(params, dict) else None
        if not valid_id(rid):
            self._warn("sent notifications/cancelled without a usable requestId (ignored)")
            return
        task = self._inbound.get(rid)
        if task is not None:
            task.cancel(self._cancelled)  # (what it asked others on this request's behalf is cancelled for this reason)
            task.add_done_callback(partial(self._forget, rid))

    def _warn(self, what: str) -> None:
        self._noise += 1
        if self._noise <= NOISE_WARNINGS:
            more = " (further ones at debug level)" if self._noise == NOISE_WARNINGS else ""
            log.warning("%s %s%s", self.name, what[:300], more)
        else:
            log.debug("%s %s", self.name, what[:300])

    def input_ended(self, reason: str) -> None:
        """The peer will send nothing more: what was asked of it can never be answered and fails now (with
        `reason`), while what it asked is still answered."""
        self._ended = reason
        for fut in list(self._pending.values()):  # (a `Reply` hands itself on at once, and is settled)
            if not fut.done():
                fut.set_exception(ConnectionClosed(reason))

    def close(self, reason: str, answer: str | None = None) -> None:
        """Fail every pending request with `reason` and cancel inbound handlers; with `answer`, each request from
        the peer still in progress is first answered with an error saying it (the peer is not left waiting)."""
        if self._closed is not None:
            return
        if answer is not None:
            for rid in list(self._inbound):
                self._reply(jsonrpc.error(rid, RpcError(jsonrpc.CONNECTION_CLOSED, answer)))
        self._closed = reason
        if self._sweep is not None:
            self._sweep.cancel()
            self._sweep, self._sweep_at = None, _NEVER
        if self._lost_timer is not None:
            self._lost_timer.cancel()
            self._lost_timer = None
        for fut in list(self._pending.values()):  # (a `Reply` hands itself on at once, and is settled)
            if not fut.done():
                fut.set_exception(ConnectionClosed(reason))
        for rid, task in list(self._inbound.items()):
            task.cancel(self._cancelled)
            task.add_done_callback(partial(self._forget, rid))

    def _deadline(self) -> _Deadline:
        """The running handler's deadline: when `inbound_timeout` passes, it is cancelled, saying why."""
        task = asyncio.current_task()
        assert task is not None and self._inbound_timeout is not None
        why = f"the gateway's deadline of {self._inbound_timeout:g} s passed"
        return _Deadline((self._loop or self._running()), task, self._inbound_timeout, why)


class Reply(asyncio.Future):  # type: ignore[type-arg]
    """The future of a request's answer that is handed to `then` as it is set (in the same callback, not a turn of
    the loop later)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, then: Callable[[asyncio.Future[Any]], None]) -> None:
        super().__init__(loop=loop)
        self._then: Callable[[asyncio.Future[Any]], None] | None = then

    def set_result(self, result: Any) -> None:
        """The answer came."""
        super().set_result(result)
        self._hand_on()

    def set_exception(self, exception: Any) -> None:
        """The request failed."""
        super().set_exception(exception)
        self._hand_on()

    def drop(self) -> None:
        """The answer is no longer wanted: nothing is handed on."""
        self._then = None

    def _hand_on(self) -> None:
        """Hand the future to `then`, once; it is let go at once (a `then` that keeps the future, such as a bound
        method of its caller, makes no cycle that would keep the answer until the cyclic collector runs)."""
        then, self._then = self._then, None
        if then is not None:
            then(self)


class Served(asyncio.Future):  # type: ignore[type-arg]
    """A request from the peer that a quick handler answers from callbacks, without a task: it stands for the
    request while in progress (an id in use, `serving`, `wait_served`), and its `cancel` (the peer's cancel, a
    close) reaches `on_cancel`."""

    __slots__ = ("_peer", "_rid", "json", "on_cancel")

    def __init__(self, peer: RpcPeer, rid: Any, loop: asyncio.AbstractEventLoop) -> None:
        asyncio.Future.__init__(self, loop=loop)  # (one is made per request: no `super()` to look up)
        self._peer = peer
        self._rid = rid
        self.on_cancel: Callable[[str], None] | None = None
        self.json: bytes | None = None
        """The compact JSON of the result about to be answered, where made already (as it was checked)."""

    def cancel(self, msg: Any = None) -> bool:
        """The request is cancelled (no answer is owed): `on_cancel` is told why."""
        if self.done():
            return False
        hook, self.on_cancel = self.on_cancel, None
        if self._peer._inbound.get(self._rid) is self:
            del self._peer._inbound[self._rid]
        try:
            if hook is not None:
                hook(msg if isinstance(msg, str) else "cancelled by the gateway")
        finally:
            super().cancel(msg)
        return True

    def answer(self, value: dict[str, Any]) -> None:
        """The request's result: it is no longer in progress, and the answer goes out. Where its JSON was made
        already (`json`), a link that writes JSON lines (`RpcPeer.writes_json`) carries those very bytes rather than
        encoding `value` again (with an id the encoder writes as it is: a number, ASCII text)."""
        if self._over():
            rid, json = self._rid, self.json
            if (
                json is not None
                and self._peer.writes_json
                and (type(rid) is int or (type(rid) is str and rid.isascii()))
            ):
                value = msgspec.Raw(json)  # type: ignore[assignment]
            self._peer._queue(jsonrpc.result(rid, value))

    def fail(self, exc: Exception) -> None:
        """The request's handler failed: it is no longer in progress, and the peer is told (as of any handler)."""
        if self._over():
            self._peer._queue(jsonrpc.error(self._rid, _internal(exc)))

    def follow(self, msg: Message, rest: Callable[[], Awaitable[dict[str, Any]]]) -> None:
        """What is left of the request runs in a task of its own, answered as a handler's (`rest` is called in it)."""
        if self._over():
            peer = self._peer
            task = (peer._loop or peer._running()).create_task(peer._serve(msg, True, rest))
            peer._inbound[self._rid] = task

    def _over(self) -> bool:
        """Whether the request was still in progress (it is no longer)."""
        if self.done():
            return False
        self.on_cancel = None
        if self._peer._inbound.get(self._rid) is self:
            del self._peer._inbound[self._rid]
        self.set_result(None)
        return True


class _Deadline:
    """Cancels a task after `timeout` seconds, with a reason (what `asyncio.wait_for` does, minus the reason)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], timeout: float, why: str) -> None:
        self._task = task
        self._why = why
        self.passed = False
        self._timer = loop.call_later(timeout, self._expire)

    def _expire(self) -> None:
        self.passed = True
        self._task.cancel(self._why)

    def taken(self) -> None:
        """The cancellation it caused was handled: the task runs on (as after `asyncio.timeout`)."""
        uncancel = getattr(self._task, "uncancel", None)  # (Python 3.11+)
        if uncancel is not None:
            uncancel()

    def cancel(self) -> None:
        """The handler ended first."""
        self._timer.cancel()


def _internal(exc: Exception) -> RpcError:
    """What the peer is told of a handler that failed (its kind, never its text)."""
    return RpcError(jsonrpc.INTERNAL_ERROR, f"internal error: {type(exc).__name__}")


def _why(exc: asyncio.CancelledError) -> str:
    """The reason a request is cancelled at the peer: the one the cancellation carries (the client's or a server's
    cancel, a deadline), else the gateway's own doing."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else "cancelled by the gateway"


def _problem(msg: Any) -> tuple[Any, str] | None:
    """Why `msg` is not a valid JSON-RPC message, with the id to answer; None when it is valid."""
    if not isinstance(msg, dict):
        return None, "a message must be a JSON object"
    rid = msg.get("id")
    kind = type(rid)
    good_id = kind is int or kind is str or valid_id(rid)  # (what every client and server sends, told inline)
    answer_id = rid if good_id else None
    if msg.get("jsonrpc", "2.0") != "2.0":
        return answer_id, '"jsonrpc" must be "2.0"'
    if "method" in msg:
        if not isinstance(msg["method"], str):
            return answer_id, '"method" must be a string'
        if "id" in msg and not good_id:
            return None, '"id" must be a string or a number'
        if "params" in msg and msg["params"] is not None and not isinstance(msg["params"], dict):
            return answer_id, '"params" must be an object'
        return None
    if not good_id:
        return None, 'a response needs an "id" that is a string or a number'
    if "result" not in msg and "error" not in msg:
        return answer_id, 'a response needs "result" or "error"'
    return None

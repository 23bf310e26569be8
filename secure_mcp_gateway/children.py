"""One supervisor per downstream server: spawn, handshake, list, watch, restart with backoff, stop."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from functools import partial
from typing import Any, Protocol, TypeVar

from secure_mcp_gateway.catalog import ServerCatalog
from secure_mcp_gateway.childenv import CommandNotFound, child_environment, resolve_command
from secure_mcp_gateway.config import GatewaySettings, ServerConfig
from secure_mcp_gateway.definitions import valid_items
from secure_mcp_gateway.jsonrpc import (
    BATCH_VERSIONS,
    METHOD_NOT_FOUND,
    SESSION_LOST,
    ConnectionClosed,
    Message,
    RequestTimeout,
    RpcError,
)
from secure_mcp_gateway.links import ProcessLink
from secure_mcp_gateway.rpc import RpcPeer

log = logging.getLogger(__name__)

MAX_PAGES = 1000
REFRESH_GAP = 0.5
"""Seconds between the starts of two fetches of one server's lists when it keeps saying they changed (the first
change is read at once; those during a fetch or this gap are read together after it)."""
REMOTE_PING_EVERY = 30.0
"""Seconds between pings of a remote server: one that restarted and lost the gateway's session is found so, not only
at the next call (the SDK stops reading its notifications stream after two failed tries, so list changes and resource
updates would be lost until then)."""
_LIST_GRACE = 2.0
"""Seconds a server without capabilities is given for its other lists once one has answered (or four times what
that one took): one that ignores methods it lacks would otherwise hold its start for `init_timeout`."""
_LISTS = {
    "tools": ("tools/list", "tools", "tools"),
    "prompts": ("prompts/list", "prompts", "prompts"),
    "resources": ("resources/list", "resources", "resources"),
    "templates": ("resources/templates/list", "resourceTemplates", "resources"),
}
_LIST_CHANGED = {
    "notifications/tools/list_changed": ("tools",),
    "notifications/prompts/list_changed": ("prompts",),
    "notifications/resources/list_changed": ("resources", "templates"),
}

_T = TypeVar("_T")


class State(str, enum.Enum):
    """Where a supervised server is in its life."""

    STARTING = "starting"
    READY = "ready"
    BACKOFF = "backoff"
    FAILED = "failed"
    STOPPED = "stopped"


class Unavailable(Exception):
    """The server cannot take calls now; the message says why."""


class CallTimeout(Unavailable):
    """The server did not answer within the call's deadline; the request was cancelled at the server."""


class ChildHost(Protocol):
    """What a supervisor needs from the gateway around it."""

    def child_initialize_params(self) -> dict[str, Any]:
        """The `initialize` params to send to a server."""

    def on_catalog(self, child: Child, catalog: ServerCatalog, kinds: tuple[str, ...]) -> None:
        """A server's lists are known (at start or after a change)."""

    def on_child_notification(self, child: Child, msg: Message) -> None:
        """A notification from a server for the client."""

    async def on_child_request(self, child: Child, msg: Message) -> dict[str, Any]:
        """A request from a server to the client (sampling, elicitation, roots)."""

    def on_state(self, child: Child, state: State, detail: str) -> None:
        """The server changed state."""


class Child:
    """Supervises one configured MCP server."""

    def __init__(self, name: str, config: ServerConfig, settings: GatewaySettings, host: ChildHost) -> None:
        self.name = name
        self.config = config
        self.settings = settings
        self.host = host
        self.state = State.STOPPED
        self.detail = ""
        self.catalog: ServerCatalog | None = None
        self.peer: RpcPeer | None = None
        self.pid: int | None = None
        self.exit_code: int | None = None
        """The code its process last exited with (None for a remote server, or while it runs)."""
        self.restarts = 0
        self.started_at = 0.0
        self._up_at: float | None = None
        """When the server last came up (event-loop time); None while it has not since its last start."""
        self.next_delay = 0.0
        self._link: Any = None
        self._process: ProcessLink | None = None
        """The server's process while it runs and until it is stopped."""
        self._ready = asyncio.Event()
        self._settled = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._refresh_tasks: dict[str, asyncio.Task[None]] = {}
        self._dirty: set[str] = set()
        self._refreshed_at: dict[str, float] = {}
        """When each kind of list was last fetched after a change was said (event-loop time; see `REFRESH_GAP`)."""
        self._retired = False
        self._protocol: Any = None
        """The protocol version the server answered `initialize` with (whether it may send batches)."""
        self._sse = False
        """A `url` with no `type` that refused streamable HTTP and is reached over the older SSE transport."""
        self._try_sse: str | None = None
        """Why streamable HTTP was refused, while the SSE transport is tried at once instead."""
        self._refused: tuple[int, str] | None = None
        """The HTTP status a remote server last refused `initialize` with."""
        self.note: str | None = None
        """Something odd about the server's last start that left it usable (said in the log and by `check`)."""

    # --- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start supervising (spawns the server in the background)."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(self._supervise(), name=f"child:{self.name}")

    async def stop(self) -> None:
        """Stop the server and leave nothing of it running."""
        self._stopping = True
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._set_state(State.STOPPED, "stopped")

    def hold(self) -> None:
        """Start the server no more (the gateway is stopping); what runs now runs until `stop`."""
        self._stopping = True

    def hurry(self) -> None:
        """A stop under way ends the server's process now instead of waiting for it to exit by itself."""
        if self._process is not None:
            self._process.hurry()

    async def retire(self, deadline: float) -> None:
        """Stop once the calls already sent to this server are answered (or `deadline` seconds pass).

        A retired server no longer reports its state or lists: a successor of the same name owns those.
        """
        self._retired = True
        peer = self.peer
        if peer is not None and peer.in_flight:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(peer.wait_answered(), deadline)
        await self.stop()

    async def wait_settled(self, timeout: float) -> bool:
        """Wait until the server is ready or has failed at least once; whether that happened in time."""
        if self._settled.is_set():
            return True
        try:
            await asyncio.wait_for(self._settled.wait(), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    @property
    def ready(self) -> bool:
        """Whether calls go straight through."""
        return self.state is State.READY and self.peer is not None

    # --- calls -----------------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        params: dict[str, Any] | None,
        timeout: float,
        limit: float | None = None,
        on_sent: Callable[[int], None] | None = None,
    ) -> dict[str, Any]:
        """Send a request to the server, waiting (within `timeout`) for it to be up; raises Unavailable/RpcError.

        `limit` is the configured deadline a timeout names, when `timeout` is what was left of it; `on_sent` is
        given the request's id once it is sent.
        """
        peer = self.peer
        if peer is None or self.state is not State.READY:
            # (not looked up for a ready server: each lookup asks the system for the process id)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + timeout
            peer = await self._wait_ready(timeout)
            remaining = max(deadline - loop.time(), 0.001)
        else:
            remaining = max(timeout, 0.001)
        try:
            if on_sent is None:
                return await peer.request(method, params, remaining)
            return await peer.request(method, params, remaining, on_sent=on_sent)
        except (ConnectionClosed, RequestTimeout) as exc:
            if not (isinstance(exc, ConnectionClosed) and peer.session_lost):
                raise self.failure(exc, method, limit or timeout) from None
        except RpcError as exc:
            if exc.code != SESSION_LOST:
                raise
        # a remote server refused it unread, having lost the session (its answer said so, or its link ended for it
        # first: its notification stream was refused the same way): sent again once connected again
        try:
            return await self._again(peer, method, params, timeout, on_sent)
        except (ConnectionClosed, RequestTimeout) as exc:
            raise self.failure(exc, method, limit or timeout) from None

    async def _again(
        self, old: RpcPeer, method: str, params: dict[str, Any] | None, timeout: float, on_sent: Any
    ) -> dict[str, Any]:
        """Send a request again once the server is up on a new connection (not `old`), within `timeout`."""
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            peer = self.peer
            if peer is not None and peer is not old and self.state is State.READY:
                break
            if self.state in (State.FAILED, State.STOPPED):
                await self._wait_ready(0)  # (raises, saying why)
            left = end - loop.time()
            if left <= 0:
                raise Unavailable(f"server {self.name} was not connected again within {round(timeout, 1):g} s")
            if self._ready.is_set():  # (the old connection is still being closed)
                await asyncio.sleep(0.02)
            else:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._ready.wait(), left)
        remaining = max(end - loop.time(), 0.001)
        if on_sent is None:
            return await peer.request(method, params, remaining)
        return await peer.request(method, params, remaining, on_sent=on_sent)

    def failure(self, exc: ConnectionClosed | RequestTimeout, method: str, limit: float) -> Unavailable:
        """What a request that the server's link closed on, or that timed out (`limit`: the deadline), raises."""
        if isinstance(exc, RequestTimeout):
            stated = round(limit, 1)
            return CallTimeout(
                f"server {self.name} did not answer {method} within {stated:g} s; the request was cancelled"
            )
        return Unavailable(exc.message)

    def taking(self) -> RpcPeer | None:
        """The server's peer when it is up and a request to it goes out at once (nothing to wait for), else None."""
        peer = self.peer
        if peer is None or self.state is not State.READY or peer.closed is not None:
            return None
        keeping_up = getattr(peer.link, "keeping_up", None)
        return peer if keeping_up is not None and keeping_up() else None

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        """Send a notification to the server if it is up."""
        if self.peer is not None:
            self.peer.notify(method, params)

    async def wait_ready(self, timeout: float) -> bool:
        """Wait (within `timeout`) for the server to be up; whether it is."""
        try:
            await self._wait_ready(timeout)
        except Unavailable:
            return False
        return True

    async def _wait_ready(self, timeout: float) -> RpcPeer:
        if self.state is State.FAILED:
            raise Unavailable(f"server {self.name} is down: {self.detail}")
        if self.state is State.STOPPED:
            raise Unavailable(f"server {self.name} is not running")
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except asyncio.TimeoutError:
            why = f" (last error: {self.detail})" if self.state is State.BACKOFF and self.detail else ""
            raise Unavailable(f"server {self.name} did not come up within {round(timeout, 1):g} s{why}") from None
        if self.peer is None:
            raise Unavailable(f"server {self.name} is down: {self.detail}")
        return self.peer

    # --- supervision -----------------------------------------------------------------------------

    def _set_state(self, state: State, detail: str) -> None:
        self.state = state
        self.detail = detail
        if state is State.READY:
            self._up_at = asyncio.get_running_loop().time()
            self._ready.set()
        else:
            self._ready.clear()
        if state in (State.READY, State.FAILED, State.BACKOFF):
            self._settled.set()
        if state is State.FAILED:
            self._ready.set()  # wake waiters so they see the failure at once
            self._ready.clear()
        if not self._retired:
            self.host.on_state(self, state, detail)

    async def _supervise(self) -> None:
        if self.config.unusable:  # (its config names a variable that is not set: off, saying why)
            log.error("server %s is off: %s", self.name, self.config.unusable)
            self._set_state(State.FAILED, f"server {self.name} is off: {self.config.unusable}")
            return
        for note in self.config.notes:  # (once a start of the supervisor: a config edit that keeps it says it again)
            log.warning("server %s: %s", self.name, note)
        loop = asyncio.get_running_loop()
        failures = 0
        restart = self.settings.restart
        while not self._stopping:
            self.started_at = loop.time()
            self._up_at = None
            self.exit_code = None
            self._set_state(State.STARTING, "starting")
            try:
                reason = await self._session()
            except asyncio.CancelledError:
                raise
            except (CommandNotFound, OSError, Unavailable, RpcError) as exc:
                reason = _describe(exc)
            except Exception as exc:  # a supervisor never dies of one bad server
                reason = self._failure(exc)
            if self._stopping:
                return
            if self._up_at is not None and loop.time() - self._up_at >= restart.stable_after:
                failures = 0  # (time up counts, not a start that waited for its handshake)
            failures += 1
            if failures > restart.max_attempts:
                log.error("server %s: giving up after %d failed starts: %s", self.name, failures, reason)
                self._set_state(State.FAILED, reason)
                return
            delay = min(restart.backoff_initial * 2 ** (failures - 1), restart.backoff_max)
            said = reason if reason.startswith(f"server {self.name} ") else f"server {self.name}: {reason}"
            log.warning("%s; restarting in %.1f s (attempt %d)", said, delay, failures)
            self.restarts += 1
            self.next_delay = delay
            self._set_state(State.BACKOFF, reason)
            await asyncio.sleep(delay)

    def _failure(self, exc: Exception) -> str:
        """Why a start failed, from an exception the transport raised: the one inside a task group's exception
        group (not "unhandled errors in a TaskGroup"), and for a remote server its HTTP status or connection error
        with its address."""
        leaf: BaseException = exc
        while isinstance(getattr(leaf, "exceptions", None), (list, tuple)) and leaf.exceptions:  # type: ignore[attr-defined]
            leaf = leaf.exceptions[0]  # type: ignore[attr-defined]
        if isinstance(leaf, (CommandNotFound, OSError, Unavailable, RpcError)):
            return _describe(leaf)
        if self.config.transport != "stdio":
            from secure_mcp_gateway.links_http import failure

            return failure(self.name, self.config.url or "", self.config.transport, leaf, self.config.headers)
        log.error("server %s: unexpected error", self.name, exc_info=exc)
        return f"{type(leaf).__name__}: {leaf}"

    async def _session(self) -> str:
        """Run the server once, from spawn to exit; the reason it ended. A `url` with no `type` whose server refuses
        streamable HTTP is tried over the older SSE transport at once (as the specification advises clients)."""
        try:
            return await self._session_once()
        except Exception:
            refused, self._try_sse = self._try_sse, None
            if refused is None:
                raise
        log.info("server %s: %s; trying the older SSE transport", self.name, refused)
        first, self._refused = self._refused, None
        self._sse = True
        try:
            return await self._session_once()
        except Exception as exc:
            self._sse = False
            from secure_mcp_gateway.secret_text import bare_url

            then = self._refused or _http_status(exc)
            if first is not None and first[0] == 400:  # an MCP server that refused this request, more likely than none
                raise Unavailable(refused) from None
            if first is None or then is None:
                why = self._failure(exc) if not isinstance(exc, (Unavailable, RpcError, OSError)) else _describe(exc)
                raise Unavailable(f"{refused}; over SSE: {why}") from None
            raise Unavailable(
                f"server {self.name}: HTTP {first[0]} {first[1]} over streamable HTTP and HTTP {then[0]} {then[1]} "
                f"over SSE from {bare_url(self.config.url or '')}: no MCP server there; check the path"
            ) from None

    async def _session_once(self) -> str:
        async with self._open_link() as link:
            self._link = link
            limits = self.settings.limits
            peer = RpcPeer(
                f"server {self.name}",
                link,
                on_request=self._on_request,
                on_notification=self._on_notification,
                max_inbound=limits.server_requests,
                inbound_timeout=limits.server_request_timeout,
                cancelled_by="the server",
                batches=lambda: self._protocol in BATCH_VERSIONS,
            )
            keepalive: asyncio.Task[None] | None = None
            reader = asyncio.get_running_loop().create_task(self._read(link, peer))
            exited = asyncio.get_running_loop().create_task(self._wait_exit(link))
            reason: str | None = None
            try:
                init = await self._handshake(peer, reader, exited)
                catalog = await self._until_ended(self._fetch_catalog(peer, init), reader, exited)
                self.catalog = catalog
                self.peer = peer
                self._set_state(State.READY, f"{len(catalog.tools)} tools")
                if not self._retired:
                    self.host.on_catalog(self, catalog, tuple(_LISTS))
                if self.config.transport != "stdio":
                    keepalive = asyncio.get_running_loop().create_task(self._keepalive(peer))
                await asyncio.wait({reader, exited}, return_when=asyncio.FIRST_COMPLETED)
                reason = await self._exit_reason(link)
                return reason
            finally:
                self.peer = None
                self._ready.clear()
                peer.close(reason or await self._exit_reason(link, quick=True))
                for t in (reader, exited, keepalive, *self._refresh_tasks.values()):
                    if t is not None:
                        t.cancel()
                self._refresh_tasks.clear()
                self._link = None

    async def _keepalive(self, peer: RpcPeer) -> None:
        """Ping a remote server every `REMOTE_PING_EVERY` s: an answer saying it lost the session ends the link (see
        `HttpLink.recv`), and the server is connected again, its lists and subscriptions renewed."""
        while True:
            await asyncio.sleep(REMOTE_PING_EVERY)
            with contextlib.suppress(RpcError, ConnectionClosed, RequestTimeout):  # (the link tells its own end)
                await peer.request("ping", None, self.settings.init_timeout)

    @contextlib.asynccontextmanager
    async def _open_link(self) -> AsyncIterator[Any]:
        cfg = self.config
        if cfg.transport != "stdio":
            from secure_mcp_gateway.links_http import open_http_link

            transport = "sse" if self._sse else cfg.transport
            opened = open_http_link(
                self.name, cfg.url or "", cfg.headers, transport, connect_timeout=self.settings.init_timeout
            )
            async with opened as link:
                yield link
            return
        env = child_environment(cfg.env, [*self.settings.inherit_env, *cfg.inherit_env])
        command = resolve_command(cfg.command or "", env, cfg.cwd)
        link = await ProcessLink.spawn(self.name, command, cfg.args, env, cfg.cwd, self.settings.limits)
        unchecked = getattr(self.host, "unchecked", None)
        link.unchecked = bool(unchecked is not None and unchecked(self.name))
        self.pid = link.pid
        self._process = link
        try:
            yield link
        finally:
            await _unstoppable(link.close(self.settings.shutdown_grace))
            self.pid = None
            self._process = None

    async def _read(self, link: Any, peer: RpcPeer) -> None:
        room = getattr(self.host, "notice_room", None)  # backpressure: read no further while its notices pile up
        serve = getattr(link, "serve", None)
        if hasattr(link, "known"):
            link.known = peer.known_answer
        if hasattr(link, "on_gap"):
            link.on_gap = self._after_gap
        if isinstance(link, ProcessLink):  # (its exit quotes only unreadable output no call was told of)
            peer.told = link.unreadable_told
        if serve is not None:  # (dispatched as its stdout is read, while nothing else waits)
            left = getattr(self.host, "notice_room_left", None)
            room_left = None if room is None or left is None else partial(left, self)
            await serve(peer.dispatch, None if room is None else partial(room, self), room_left)
            return
        while True:
            msg = await link.recv()
            if msg is None:
                peer.session_lost = getattr(link, "session_lost", False)
                return
            peer.dispatch(msg)
            if room is not None and isinstance(msg, dict) and "id" not in msg:
                await room(self)
            msg = None  # (a large answer is not kept alive here while the next line is awaited)

    async def _wait_exit(self, link: Any) -> None:
        if isinstance(link, ProcessLink):
            await link.wait_exit()
        else:
            await asyncio.Event().wait()

    async def _exit_reason(self, link: Any, quick: bool = False) -> str:
        if isinstance(link, ProcessLink):
            if not quick:
                await link.settle(0.3)
            code = link.returncode
            self.exit_code = code
            tail = link.last_stderr()
            if code is not None:
                status = f"exited with code {code}"
            else:  # (after `settle`, its output ended but the process did not: it closed its stdout)
                status = "exited" if quick else "closed its stdout but is still running"
            if link.last_unreadable:
                status += f" (last unreadable output: {link.last_unreadable})"
            return f"server {self.name} {status}" + (f": {tail}" if tail else "")
        return getattr(link, "ended", None) or f"server {self.name}: connection closed"

    async def _until_ended(
        self, step: Coroutine[Any, Any, _T], reader: asyncio.Task[None], exited: asyncio.Task[None]
    ) -> _T:
        """A step of the start (its handshake, its lists), failed with why the server ended when its output ends or
        it exits first (a server exiting while it lists its tools was waited for up to `init_timeout`, the client's
        call too); the step's own failure is raised as it is."""
        task = asyncio.ensure_future(step)
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # (a failure not waited for: not reported)
        try:
            done, _ = await asyncio.wait({task, reader, exited}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not task.done():
                task.cancel()
        if task not in done:
            raise Unavailable(await self._exit_reason(self._link))
        return task.result()

    async def _handshake(self, peer: RpcPeer, reader: asyncio.Task[None], exited: asyncio.Task[None]) -> dict[str, Any]:
        init = peer.request(
            "initialize", self.host.child_initialize_params(), self.settings.init_timeout, unfit=_not_initialized
        )
        try:
            result = await self._until_ended(init, reader, exited)
        except RequestTimeout:
            raise Unavailable(
                f"server {self.name} did not answer initialize within {self.settings.init_timeout:g} s"
            ) from None
        except ConnectionClosed:  # it ended before initialize could be written: say how (its code, its stderr)
            raise Unavailable(await self._exit_reason(self._link)) from None
        except RpcError as exc:  # a remote server: the HTTP status behind the SDK's bare message, and what to change
            explain = getattr(self._link, "explain", None)
            if explain is None:
                raise
            refusals = getattr(self._link, "refusals", None)
            self._refused = refusals.last if refusals is not None else None
            code = self._refused[0] if self._refused else None
            if code in (400, 404, 405) and self.config.type is None and not self._sse:
                self._try_sse = explain(exc.message)  # (see `_session`)
            raise Unavailable(explain(exc.message)) from None
        self._protocol = result.get("protocolVersion")
        peer.notify("notifications/initialized")
        return result

    async def _fetch_catalog(self, peer: RpcPeer, init: dict[str, Any]) -> ServerCatalog:
        caps = init.get("capabilities", _NO_CAPS)
        catalog = ServerCatalog(
            capabilities=caps if isinstance(caps, dict) else {},
            server_info=init.get("serverInfo") if isinstance(init.get("serverInfo"), dict) else {},
            instructions=init.get("instructions") if isinstance(init.get("instructions"), str) else None,
            protocol_version=init.get("protocolVersion"),
        )
        self.note = None
        if not isinstance(caps, dict):  # (what it offers is unknown: every list is asked for, and the fault said)
            await self._fetch_unsaid(peer, catalog, _caps_fault(caps))
            return catalog
        kinds = [k for k, (_m, _f, cap) in _LISTS.items() if cap in catalog.capabilities]
        lists = await asyncio.gather(*(self._list(peer, k) for k in kinds))
        for kind, items in zip(kinds, lists, strict=True):
            setattr(catalog, kind, items)
        return catalog

    async def _fetch_unsaid(self, peer: RpcPeer, catalog: ServerCatalog, fault: str) -> None:
        """Ask a server whose `initialize` answer gave no capabilities object for every list; the capabilities of the
        lists it answered are taken as given. A list it refuses (or does not answer in time) is empty."""

        async def one(kind: str) -> list[dict[str, Any]] | None:
            try:
                return await self._list(peer, kind, asking=True)
            except ConnectionClosed:
                raise
            except RpcError:
                return None

        loop = asyncio.get_running_loop()
        started = loop.time()
        tasks = {kind: asyncio.ensure_future(one(kind)) for kind in _LISTS}
        pending: set[asyncio.Future[Any]] = set(tasks.values())
        deadline: float | None = None
        refuses = False
        try:
            while pending:
                left = None if deadline is None else max(0.0, deadline - loop.time())
                done, pending = await asyncio.wait(pending, timeout=left, return_when=asyncio.FIRST_COMPLETED)
                if not done or any(t.exception() is not None for t in done):
                    break  # (the grace is over; or the connection closed, raised below)
                if any(t.result() is None for t in done):  # it refuses what it lacks: the rest will come
                    refuses, deadline = True, None
                elif deadline is None and not refuses:  # a list answered: the others get a grace, not init_timeout
                    deadline = loop.time() + max(_LIST_GRACE, 4 * (loop.time() - started))
        finally:
            for task in tasks.values():
                task.cancel()
        silent = [kind for kind, task in tasks.items() if task in pending]
        for kind, task in tasks.items():
            items = None if kind in silent or task.cancelled() else task.result()  # (a closed connection is raised)
            if items is not None:
                setattr(catalog, kind, items)
                catalog.capabilities.setdefault(_LISTS[kind][2], {})
        self.note = f"its initialize answer has {fault}: its lists were asked for anyway"
        if silent:
            asked = ", ".join(_LISTS[k][0] for k in silent)
            self.note += f"; no answer to {asked} within {loop.time() - started:.1f} s, taken as none"
        log.warning(
            "server %s: %s; it listed %d tools, %d prompts, %d resources",
            self.name,
            self.note,
            len(catalog.tools),
            len(catalog.prompts),
            len(catalog.resources),
        )

    async def _list(self, peer: RpcPeer, kind: str, *, asking: bool = False) -> list[dict[str, Any]]:
        """One kind of list, every page; `asking` whether the server offers it at all (its "method not found" is
        raised, not taken as an empty list)."""
        method, field, _cap = _LISTS[kind]
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            params = {"cursor": cursor} if cursor is not None else None
            try:
                page = await peer.request(method, params, self.settings.init_timeout)
            except RpcError as exc:
                if exc.code == METHOD_NOT_FOUND and not asking:
                    return items
                raise
            raw = page.get(field)
            items.extend(raw if isinstance(raw, list) else [])
            cursor = page.get("nextCursor")
            if not isinstance(cursor, str) or not cursor or cursor in seen:
                break
            seen.add(cursor)
        else:  # (a server that always names a next page: what came so far is served, and the cut is told)
            log.warning(
                "server %s: listed %d %s in %d pages and stopped there: it still named a next page",
                self.name,
                len(items),
                kind,
                MAX_PAGES,
            )
        return valid_items(kind, items, self.name)

    async def refresh(self, kinds: tuple[str, ...]) -> None:
        """Fetch some lists again after the server said they changed."""
        peer = self.peer
        if peer is None or self.catalog is None:
            return
        try:
            lists = await asyncio.gather(*(self._list(peer, k) for k in kinds))
        except (RpcError, Unavailable) as exc:
            log.warning("server %s: could not refresh %s: %s", self.name, "/".join(kinds), _describe(exc))
            return
        for kind, items in zip(kinds, lists, strict=True):
            setattr(self.catalog, kind, items)
        if not self._retired:
            self.host.on_catalog(self, self.catalog, kinds)

    def _schedule_refresh(self, kinds: tuple[str, ...]) -> None:
        key = "/".join(kinds)
        running = self._refresh_tasks.get(key)
        if running is not None and not running.done():
            self._dirty.add(key)
            return

        async def run() -> None:
            loop = asyncio.get_running_loop()
            while True:
                wait = self._refreshed_at.get(key, -REFRESH_GAP) + REFRESH_GAP - loop.time()
                if wait > 0:  # (a server that says its list changed again and again is read at most this often)
                    await asyncio.sleep(wait)
                self._dirty.discard(key)
                self._refreshed_at[key] = loop.time()
                await self.refresh(kinds)
                if key not in self._dirty:
                    return

        task = asyncio.get_running_loop().create_task(run())
        self._refresh_tasks[key] = task

    def _after_gap(self) -> None:
        """The server's notification stream is open again after it failed: a list change or resource update it sent
        in between is lost, so its lists are read again and the clients subscribed to its resources told to read
        them again."""
        catalog = self.catalog
        if catalog is None:
            return
        log.info("server %s: notifications stream open again: reading its lists again", self.name)
        for kinds in _LIST_CHANGED.values():
            if _LISTS[kinds[0]][2] in catalog.capabilities:
                self._schedule_refresh(kinds)
        gap = getattr(self.host, "on_stream_gap", None)
        if gap is not None:
            gap(self)

    # --- messages from the server ----------------------------------------------------------------

    def _on_notification(self, msg: Message) -> None:
        kinds = _LIST_CHANGED.get(msg["method"])
        if kinds is not None:
            if self.catalog is not None:
                self._schedule_refresh(kinds)
            return
        self.host.on_child_notification(self, msg)

    async def _on_request(self, msg: Message) -> dict[str, Any]:
        if msg["method"] == "ping":
            return {}
        return await self.host.on_child_request(self, msg)

    def status(self) -> dict[str, Any]:
        """A summary for `check` and the logs."""
        return {
            "server": self.name,
            "state": self.state.value,
            "detail": self.detail,
            "pid": self.pid,
            "restarts": self.restarts,
            "tools": len(self.catalog.tools) if self.catalog else 0,
        }


async def _unstoppable(coro: Any) -> None:
    """Run cleanup to the end even when the task running it is cancelled."""
    task = asyncio.ensure_future(coro)
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        await task
        raise


def _http_status(exc: BaseException) -> tuple[int, str] | None:
    """The HTTP error status inside an exception a remote server's transport raised (through exception groups)."""
    while isinstance(getattr(exc, "exceptions", None), (list, tuple)) and exc.exceptions:  # type: ignore[attr-defined]
        exc = exc.exceptions[0]  # type: ignore[attr-defined]
    response = getattr(exc, "response", None)
    code = getattr(response, "status_code", None)
    return (code, getattr(response, "reason_phrase", "") or "") if isinstance(code, int) and code >= 400 else None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, CommandNotFound):
        return str(exc)
    if isinstance(exc, RpcError):
        return exc.message
    if isinstance(exc, FileNotFoundError):
        return f"cannot start: {exc.strerror}: {exc.filename}"
    if isinstance(exc, PermissionError):
        return f"cannot start: permission denied: {exc.filename}"
    if isinstance(exc, OSError):
        return f"cannot start: {exc.strerror or exc}"
    return str(exc)


_NO_CAPS = object()
_JSON_KINDS = {list: "a list", str: "a string", bool: "a boolean", int: "a number", float: "a number"}


def _caps_fault(caps: Any) -> str:
    """What is wrong with the `capabilities` of an `initialize` answer that is not an object."""
    if caps is _NO_CAPS:
        return "no capabilities"
    if caps is None:
        return "capabilities null, not an object"
    return f"capabilities as {_JSON_KINDS.get(type(caps), 'a ' + type(caps).__name__)}, not an object"


def _not_initialized(result: dict[str, Any]) -> str | None:
    """Why `result` cannot be a server's answer to `initialize` (it has none of that answer's members: a stray answer,
    say a tool's result sent with id 1 before the server read the request), or None when it can."""
    if "protocolVersion" in result or "capabilities" in result or "serverInfo" in result:
        return None
    return "no protocolVersion, capabilities or serverInfo"

"""What every client session shares: the config, the fleet of servers, the catalog view, the checks, cache, audit."""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from secure_mcp_gateway import __version__, jsonrpc
from secure_mcp_gateway.budget.budgets import SharedBudgets
from secure_mcp_gateway.cache import GatewayCache
from secure_mcp_gateway.catalog import Route, ServerCatalog
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.children import Child, State, Unavailable
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.fleet import Fleet
from secure_mcp_gateway.guardrails.second_opinion import Judge, ProviderJudge, SamplingJudge
from secure_mcp_gateway.jsonrpc import Message, RpcError
from secure_mcp_gateway.notices import NoticeRouter
from secure_mcp_gateway.pins import Pinning
from secure_mcp_gateway.pins_redis import shared_pins
from secure_mcp_gateway.pipeline import Pipeline, import_detectors
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.secret_text import scrub_secrets
from secure_mcp_gateway.session import LOG_LEVELS, ClientSession
from secure_mcp_gateway.view import CatalogView

log = logging.getLogger(__name__)

FORWARDED_CLIENT_CAPS = ("roots", "sampling", "elicitation")
PREPARE_AFTER = 1.0
"""Seconds after the servers' first lists are in by which the detectors are prepared in the background even if no
client has listed its tools yet; the first tool listing starts that at once (once it is answered)."""


def forwarded_caps(caps: dict[str, Any]) -> dict[str, Any]:
    """The client's capabilities a server is told of, in the shapes the spec gives them: objects whose entries are
    objects (`listChanged` a boolean); a malformed one (`"sampling": true`) is not passed on, as it would make a strict
    server refuse the gateway's `initialize` and every client lose that server."""
    out: dict[str, Any] = {}
    for name in FORWARDED_CLIENT_CAPS:
        cap = caps.get(name)
        if isinstance(cap, dict):
            out[name] = {
                k: v
                for k, v in cap.items()
                if (isinstance(v, bool) if k == "listChanged" else isinstance(v, dict))
                and not (name == "sampling" and k == "context")  # (no context of its own to give: see notices.py)
            }
    return out


def forwarded_info(info: dict[str, Any] | None) -> dict[str, str]:
    """The `clientInfo` a server gets: the client's name, version and title when they are strings (a version left
    out becomes ""), else the gateway's own; nothing else (a malformed field would make a strict server refuse)."""
    if info is None or not isinstance(info.get("name"), str):
        return {"name": "secure-mcp-gateway", "version": __version__}
    out = {k: info[k] for k in ("name", "version", "title") if isinstance(info.get(k), str)}
    out.setdefault("version", "")
    return out


class Hub:
    """One fleet, one catalog view and one set of checks, shared by any number of client sessions."""

    def __init__(
        self,
        config: GatewayConfig,
        pipeline: Pipeline | None = None,
        config_path: str | None = None,
        cache: GatewayCache | None = None,
        audit: Any = None,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.pipeline = pipeline or Pipeline(config)
        self.cache = cache
        self.audit = audit
        self.recorder = Recorder(audit)
        self.sessions: list[ClientSession] = []
        self.log_level: str | None = None
        """The level last asked for by any client; servers that log get it."""
        self.view = CatalogView(self.pipeline.screen_definition, self._list_changed, self.recorder, cache)
        self.view.configure(config)
        store, key = shared_pins(config.cache)  # Redis when the cache is there, else this machine's files
        self.pins = Pinning(self._pinning_mode, self.recorder.record, store=store, key=key)
        """Pinned definitions: a changed or new one is withheld until approved (pins.py)."""
        self.pins.remerge = self._remerge
        self.view.pinning = self.pins.filter
        self.view.siblings = self.pipeline.know_siblings
        self.view.pinned = self.pins.settle
        self.pins.screened_clean = self.view.screened_clean
        self.view.checked = lambda server: self.pipeline.policy(server).enabled
        self.view.judge_for = self._judge_for
        self.view.stamp_for = self.pipeline.screening_stamp
        self.view.rest_stamp = self.pipeline.rest_stamp
        self._sampling: asyncio.Event | None = None
        self._pins_watch: asyncio.Task[None] | None = None
        self.fleet = Fleet(config, self)
        self.chain = Chain(self.pipeline)
        self.notices = NoticeRouter(
            lambda: self.sessions,
            self.chain,
            self.recorder,
            self.may_use,
            log_rate=lambda: self.config.gateway.limits.server_log_lines_per_second,
        )
        self.budgets = SharedBudgets(config.gateway, record=self.recorder.record)
        """Tool and result budgets: kept results (each owned by one session) and tool usage counts."""
        self._visible: dict[tuple[str, str], tuple[Any, GatewayConfig, list[dict[str, Any]]]] = {}
        """(identity, kind) -> (the merged list, the config, what the identity may see of it)."""
        self._first: ClientSession | None = None
        self._stopping = False
        self._boot: asyncio.Future[None] | None = None
        self._prepare: asyncio.TimerHandle | None = None

    # --- sessions --------------------------------------------------------------------------------

    def open_session(
        self, peer: RpcPeer | None = None, *, name: str = "client", identity: str | None = None
    ) -> ClientSession:
        """A new client session over the shared fleet (with an identity: only the servers open to it)."""
        session = ClientSession(peer, name=name, identity=identity)
        self.sessions.append(session)
        return session

    def close_session(self, session: ClientSession) -> None:
        """A client went away: stop sending to it and drop its subscriptions (servers keep theirs if shared)."""
        session.close()
        if session in self.sessions:
            self.sessions.remove(session)
        self.budgets.end(session)
        if "roots" in session.caps:
            self.roots_moved()
        if session.log_level is not None:  # the servers' level goes back to what the clients left want
            asyncio.get_running_loop().create_task(self.quiet(self.set_level()))
        for uri, server in session.subscriptions.items():
            if not self._subscribed(uri, server):
                asyncio.get_running_loop().create_task(
                    self.quiet(self.forward(server, "resources/unsubscribe", {"uri": uri}))
                )

    def greeted(self, session: ClientSession) -> None:
        """A session completed `initialize`; the first one's identity is what the servers are told."""
        if self._first is None:
            self._first = session

    # --- second opinion on definitions (guardrails.definitions.second_opinion) -----------------------

    def client_ready(self, session: ClientSession) -> None:
        """A session finished its handshake: a client that can sample may now be asked for second opinions."""
        if "sampling" in session.caps:
            self._sampling_ready().set()
        if "roots" in session.caps:
            self.roots_moved()

    def roots_moved(self) -> None:
        """Servers that read roots while other clients able to give them were connected are told the roots changed
        (a client came or went): they read them again, and get those of the clients there now."""
        if self._stopping or not self.sessions:  # (with no client left, a server keeps what it has)
            return
        for server in self.notices.roots_stale():
            child = self.fleet.children.get(server)
            if child is not None:
                child.notify("notifications/roots/list_changed")

    def _sampling_ready(self) -> asyncio.Event:
        if self._sampling is None:
            self._sampling = asyncio.Event()
        return self._sampling

    def _judge_for(self, server: str) -> tuple[Judge, float] | None:
        policy = self.pipeline.policy(server)
        setting = policy.definitions.second_opinion
        if not policy.enabled or setting == "off":
            return None
        timeout = policy.definitions.second_opinion_timeout
        if setting == "sampling":
            return SamplingJudge(functools.partial(self._sample, server)), timeout
        return ProviderJudge(setting.url, setting.model, setting.api_key), timeout

    async def _sample(self, server: str, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """Send a sampling request about `server`'s definitions to a connected client that supports it and whose
        identity may use that server (waiting for one to be ready): a client that may not use it is never shown
        them."""
        await self._sampling_ready().wait()
        session = next(
            (
                s
                for s in self.sessions
                if s.initialized and not s.closed and "sampling" in s.caps and self.may_use(s, server)
            ),
            None,
        )
        if session is None:
            raise RpcError(
                jsonrpc.METHOD_NOT_FOUND, f"no connected client that may use server {server} supports sampling"
            )
        return await session.request(method, params, "sampling")

    def _remerge(self, server: str, catalog: ServerCatalog) -> None:
        if self.view.catalog.get(server) is not None:  # still served: pins changed, show what they allow now
            self.view.merge(server, catalog)

    def _pinning_mode(self, server: str) -> str:
        entry = self.config.mcp_servers.get(server)
        return entry.pinning if entry is not None else "block"

    def _list_changed(self, kind: str, servers: frozenset[str] | None = None) -> None:
        if self._stopping:
            return
        for session in self.sessions:
            if servers is None or any(self.may_use(session, s) for s in servers):
                session.list_changed(kind)  # a change in a server closed to this client is none of its business

    # --- who may use which server ----------------------------------------------------------------

    def may_use(self, session: ClientSession, server: str) -> bool:
        """Whether this client's identity may use `server` (`mcpServers.<name>.identities`)."""
        return self.config.may_use(session.identity, server)

    def denied(self, session: ClientSession, server: str) -> str:
        """Why this client may not use `server` (for its error and the audit line)."""
        return (
            f"identity {session.identity!r} may not use server {server!r} "
            f"(mcpServers.{server}.identities in the gateway's config)"
        )

    def tools_for(self, session: ClientSession) -> list[dict[str, Any]]:
        """The tools this client may see."""
        prepare = self._prepare
        if prepare is not None and not prepare.cancelled():  # the first listing after start: prepare once it is out
            prepare.cancel()
            asyncio.get_running_loop().call_soon(self._listed)
        elif self.view.hold:
            asyncio.get_running_loop().call_soon(self.view.release)
        return self._visible_to(session, "tools", self.view.tools(), self.view.catalog.route_tool)

    def prompts_for(self, session: ClientSession) -> list[dict[str, Any]]:
        """The prompts this client may see."""
        return self._visible_to(session, "prompts", self.view.prompts(), self.view.catalog.route_prompt)

    def _visible_to(
        self,
        session: ClientSession,
        kind: str,
        items: list[dict[str, Any]],
        route: Callable[[str], Route | None],
    ) -> list[dict[str, Any]]:
        """`items` of the servers open to the session's identity, kept per identity until the list or config changes."""
        identity = session.identity
        if identity is None:
            return items
        kept = self._visible.get((identity, kind))
        if kept is not None and kept[0] is items and kept[1] is self.config:
            return kept[2]
        open_to = {name for name in self.config.mcp_servers if self.config.may_use(identity, name)}
        shown = []
        for item in items:
            found = route(item["name"])
            if found is not None and found.server in open_to:
                shown.append(item)
        self._visible[(identity, kind)] = (items, self.config, shown)
        return shown

    def resources_for(self, session: ClientSession) -> list[dict[str, Any]]:
        """The resources this client may see."""
        if session.identity is None:
            return self.view.resources()
        return self.view.routes.resources(lambda server: self.may_use(session, server))

    def templates_for(self, session: ClientSession) -> list[dict[str, Any]]:
        """The resource templates this client may see."""
        if session.identity is None:
            return self.view.templates()
        return self.view.routes.templates(lambda server: self.may_use(session, server))

    def _access_changed(self, old: GatewayConfig) -> None:
        """After a reload: clients whose identity gained or lost a server are told their lists changed."""
        for session in self.sessions:
            if session.identity is None:
                continue
            names = set(old.mcp_servers) | set(self.config.mcp_servers)
            if any(old.may_use(session.identity, n) != self.config.may_use(session.identity, n) for n in names):
                for kind in ("tools", "prompts", "resources"):
                    session.list_changed(kind)

    def _subscribed(self, uri: str, server: str) -> bool:
        return any(s.subscriptions.get(uri) == server for s in self.sessions)

    # --- starting and forwarding -----------------------------------------------------------------

    async def start(self) -> None:
        """Serve cached lists, start every server (once), and wait within the start deadline."""
        await self.boot()
        if self._pins_watch is None:
            self._pins_watch = asyncio.get_running_loop().create_task(self.pins.watch())
        await self.startup()
        if self._prepare is None:  # not while the first lists are screened and listed (see `tools_for`)
            self._prepare = asyncio.get_running_loop().call_later(PREPARE_AFTER, self._listed)

    def _listed(self) -> None:
        """The first listing is out (or `PREPARE_AFTER` passed without one): prepare the detectors, and write the
        lists held back from the disk cache meanwhile."""
        self.view.release()
        self.pipeline.prepare_soon()

    async def boot(self) -> None:
        """Once per run: serve the cached lists, then spawn the servers (so the cache answers before they compete
        for the CPU). Concurrent first requests share the one boot."""
        if self._boot is None:
            self._boot = asyncio.ensure_future(self._boot_once())
        await asyncio.shield(self._boot)

    async def _boot_once(self) -> None:
        if not self.fleet.started:
            self.view.hold = True  # (until the first listing: see `_listed`)
            servers = self.fleet.launchable()
            try:
                await self.view.load_cached(servers)
            except Exception as exc:  # a warm start is an optimisation: never a reason not to start
                log.warning("cached lists could not be served (%s); starting the servers", exc)
            screen = any(
                self.view.catalog.get(name) is None
                and self.pipeline.policy(name).enabled
                and not self._seen_before(name)
                for name, _ in servers
            )
            self.fleet.start()
            if screen:  # lists to screen are coming: the detectors are imported while the servers start
                threading.Thread(target=_import_detectors, name="import-detectors", daemon=True).start()
        self.fleet.start()

    def _seen_before(self, server: str) -> bool:
        """Whether a server was listed before (it has pins) and definitions were screened clean under its checks:
        its lists, if unchanged, need no screening, so the detectors are not imported ahead of them (on a machine
        with few cores that import would hold up the first listing; a changed definition imports them at once)."""
        return self.view.knows(server) and self.pins.known(server)

    async def startup(self) -> None:
        """Wait for servers still starting (within the start deadline), except those served from the cache."""
        await self.fleet.wait_startup(known=lambda name: self.view.catalog.get(name) is not None)

    async def forward(
        self,
        server: str,
        method: str,
        params: dict[str, Any],
        on_sent: Callable[[int], None] | None = None,
        left: float | None = None,
    ) -> dict[str, Any]:
        """Send a request to one server within its call deadline (`left`: what the client's request has left of it;
        `on_sent` is given its id); failures as RpcError."""
        child = self.fleet.children.get(server)
        if child is None:
            raise RpcError(jsonrpc.INTERNAL_ERROR, f"server {server!r} is not configured")
        limit = self.config.call_timeout(server)
        try:
            return await child.request(method, params, limit if left is None else left, limit, on_sent=on_sent)
        except Unavailable as exc:
            raise RpcError(jsonrpc.INTERNAL_ERROR, str(exc)) from None

    async def await_route(self, public: str, lookup: Callable[[str], Route | None]) -> Route | None:
        """For a name of a server that is still coming up, wait for it (within its call deadline)."""
        catalog = self.view.catalog
        for child in self.fleet:
            if child.catalog is None and catalog.may_own(child.name, public):
                log.info("%s waits for server %s to come up (%s)", public, child.name, child.state.value)
                await child.wait_ready(self.config.call_timeout(child.name))
                return lookup(public)
        return None

    def unrouted(self, public: str, what: str) -> str:
        """Why a tool or prompt name has no route when a server it may belong to has not come up (its state, and its
        last error), else ""."""
        catalog = self.view.catalog
        for child in self.fleet:
            if child.catalog is None and catalog.may_own(child.name, public):
                failed = child.state in (State.BACKOFF, State.FAILED) and child.detail
                why = f": {scrub_secrets(child.detail)[-400:]}" if failed else ""
                state = child.state.value
                return f"{what} {public!r} is not available: server {child.name} has not come up ({state}){why}"
        return ""

    async def set_level(self) -> None:
        """Pass a log level to every server that logs: the least severe any open client asked for (each client gets
        only the lines at or above its own, see `ClientSession.hears`); once no open client asks for one, the
        gateway's own `log_level`. Servers are told only when it changes."""
        asked = [s.log_level for s in self.sessions if s.log_level is not None and not s.closed]
        level = min(asked, key=LOG_LEVELS.index) if asked else self.config.gateway.log_level
        if level == self.log_level or (not asked and self.log_level is None):
            return  # (no client ever asked: the servers keep their own)
        self.log_level = level
        await asyncio.gather(*(self._send_level(c) for c in self.fleet if c.ready), return_exceptions=True)

    async def _send_level(self, child: Child) -> None:
        if self.log_level and child.catalog is not None and "logging" in child.catalog.capabilities:
            try:
                await child.request("logging/setLevel", {"level": self.log_level}, 10.0)
            except (RpcError, Unavailable) as exc:
                log.info("server %s did not take log level %s: %s", child.name, self.log_level, exc)

    async def quiet(self, aw: Awaitable[Any]) -> None:
        """Await, logging a failure instead of raising it."""
        try:
            await aw
        except Exception as exc:
            log.info("%s", exc)

    # --- what the children tell us (ChildHost) ---------------------------------------------------

    def child_initialize_params(self) -> dict[str, Any]:
        """The `initialize` a server gets: the first client's version and forwardable capabilities."""
        first = self._first
        caps = forwarded_caps(first.caps if first else {})
        info = forwarded_info(first.info if first else None)
        version = first.protocol_version if first else ClientSession().protocol_version
        return {"protocolVersion": version, "capabilities": caps, "clientInfo": info}

    def on_catalog(self, child: Child, catalog: ServerCatalog, kinds: tuple[str, ...]) -> None:
        """A server's lists arrived or changed: screen them, merge them, tell the clients what changed."""
        self.view.update(child, catalog)
        if "tools" in kinds and self.log_level and child.ready:
            asyncio.get_running_loop().create_task(self._send_level(child))
        if child.ready:
            self._move_subscriptions(child)
            self._resubscribe(child)

    def _move_subscriptions(self, child: Child) -> None:
        """Subscriptions taken at another server while `child`, which reads of their URI now go to, was starting:
        moved to it (`_resubscribe` subscribes there), and the other server unsubscribed when no client is left."""
        if not self.view.routes.subscribes(child.name):
            return
        left: set[tuple[str, str]] = set()
        for session in self.sessions:
            for uri, server in list(session.subscriptions.items()):
                if server == child.name:
                    continue
                if self.read_from(session, uri) == child.name:
                    session.subscriptions[uri] = child.name
                    left.add((server, uri))
        for server, uri in sorted(left):
            if not self._subscribed(uri, server):
                asyncio.get_running_loop().create_task(
                    self.quiet(self.forward(server, "resources/unsubscribe", {"uri": uri}))
                )

    def read_from(self, session: ClientSession, uri: str) -> str | None:
        """The server a read of `uri` by `session` goes to: its first owner that client may use (None: no such)."""
        owners = self.view.routes.owners(uri, linked=session.linked.get(uri))
        return next((s for s in owners if self.may_use(session, s)), None)

    def _subscribed_at(self, server: str) -> set[str]:
        """The URIs clients are subscribed to at `server`."""
        return {uri for s in self.sessions for uri, at in s.subscriptions.items() if at == server}

    def _resubscribe(self, child: Child) -> None:
        for uri in self._subscribed_at(child.name):
            asyncio.get_running_loop().create_task(
                self.quiet(self.forward(child.name, "resources/subscribe", {"uri": uri}))
            )

    def on_stream_gap(self, child: Child) -> None:
        """A server's notifications were lost for a while: its resources the clients subscribed to may have changed."""
        for uri in sorted(self._subscribed_at(child.name)):
            self.notices.notification(child, {"method": "notifications/resources/updated", "params": {"uri": uri}})

    def on_child_notification(self, child: Child, msg: Message) -> None:
        """A server's notification: to the sessions it belongs to."""
        self.notices.notification(child, msg)

    def unchecked(self, server: str) -> bool:
        """Whether the gateway's checks are off for a server (its results may go out in the bytes it wrote)."""
        return not self.pipeline.policy(server).enabled

    async def notice_room(self, child: Child) -> None:
        """Wait until the server's notifications on their way leave room to read more of its output."""
        await self.notices.room(child.name)

    def notice_room_left(self, child: Child) -> bool:
        """Whether `notice_room` would not wait now (a notification's chunk is handled as it is read)."""
        return self.notices.room_left(child.name)

    async def on_child_request(self, child: Child, msg: Message) -> dict[str, Any]:
        """A server's request (sampling, elicitation, roots): to a session that can answer it."""
        return await self.notices.request(child, msg)

    def on_state(self, child: Child, state: State, detail: str) -> None:
        """A server changed state: record it; a server that is gone for good takes its lists with it."""
        self.recorder.server_state(child, state, detail)
        if state in (State.FAILED, State.STOPPED):
            self.view.drop(child.name)

    # --- life cycle ------------------------------------------------------------------------------

    async def reload(self, config: GatewayConfig) -> list[str]:
        """Apply a new config without a restart; the servers that changed."""
        before = self.view.snapshot()
        old, self.config = self.config, config
        self.view.configure(config)
        for session in self.budgets.configure(config.gateway):
            session.list_changed("tools")
        changed = await self.fleet.apply(config)
        self.view.forget(changed)
        self.pins.refresh()  # a server's pinning mode may have changed
        self.view.announce_since(before)
        self._access_changed(old)
        if self.fleet.started or any(s.initialized for s in self.sessions):
            await self.view.load_cached(((c.name, c.config) for c in self.fleet), self.fleet.is_live)
        return changed

    async def stop(self) -> None:
        """Stop every server."""
        self._stopping = True
        if self._prepare is not None:
            self._prepare.cancel()
        if self._pins_watch is not None:
            self._pins_watch.cancel()
        for session in self.sessions:
            session.close()
        self.view.release()
        await self.view.write_clean()  # (written as they come: at most the last write is waited for)
        await self.fleet.stop()
        await self.view.flush()
        self.budgets.close()
        if self.cache is not None:
            await asyncio.to_thread(self.cache.close)


def _import_detectors() -> None:
    """`import_detectors` on a thread of its own: the servers' start deadline runs meanwhile, as configured (a check
    that comes first waits for the import); a failure is logged (that check will raise it)."""
    try:
        import_detectors()
    except Exception:
        log.warning("importing the detectors ahead of the first lists failed", exc_info=True)

"""The upstream MCP server: the handshake, and handlers that route to the catalog, the pipeline and the children."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from secure_mcp_gateway import __version__, jsonrpc
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.audit.scrub import scrub, scrub_value
from secure_mcp_gateway.cache import GatewayCache, catalog_key
from secure_mcp_gateway.cache_keys import digest
from secure_mcp_gateway.catalog import Catalog, Route, ServerCatalog, ToolFilterSet
from secure_mcp_gateway.children import CallTimeout, Child, State, Unavailable
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.fleet import Fleet
from secure_mcp_gateway.jsonrpc import INVALID_PARAMS, METHOD_NOT_FOUND, Message, RpcError
from secure_mcp_gateway.pipeline import Pipeline
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.routing import ResourceRouter
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.tracing import call_span

log = logging.getLogger(__name__)

HANDSHAKE_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
LATEST_VERSION = HANDSHAKE_VERSIONS[-1]
RESOURCE_NOT_FOUND = -32002
_FORWARDED_CLIENT_CAPS = ("roots", "sampling", "elicitation")
_CLIENT_REQUEST_CAPS = {
    "sampling/createMessage": "sampling",
    "elicitation/create": "elicitation",
    "roots/list": "roots",
}
_NOTIFY_DELAY = 0.05


def error_result(text: str) -> dict[str, Any]:
    """A tool result the model sees as a failure, with the reason."""
    return {"content": [{"type": "text", "text": text}], "isError": True}


class Gateway:
    """Serves one client and proxies every configured server."""

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
        self._cache_keys: dict[str, str] = {}
        self._cached: dict[str, dict[str, Any]] = {}
        self._definitions: dict[str, tuple[dict[tuple[str, str], str], str]] = {}
        self.catalog = Catalog()
        self.routes = ResourceRouter(self.catalog)
        self.fleet = Fleet(config, self)
        self.peer: RpcPeer | None = None
        self.client_caps: dict[str, Any] = {}
        self.client_info: dict[str, Any] | None = None
        self.protocol_version = LATEST_VERSION
        self.initialized = False
        self.log_level: str | None = None
        self._subscriptions: dict[str, str] = {}
        self._progress: dict[Any, str] = {}
        self._pending_notes: set[str] = set()
        self._listed: set[str] = set()
        self._stopping = False
        self._notes_handle: asyncio.TimerHandle | None = None
        self._handlers: dict[str, Callable[[Message], Awaitable[dict[str, Any]]]] = {
            "initialize": self._initialize,
            "ping": self._ping,
            "tools/list": self._list_tools,
            "tools/call": self._call_tool,
            "prompts/list": self._list_prompts,
            "prompts/get": self._get_prompt,
            "resources/list": self._list_resources,
            "resources/templates/list": self._list_templates,
            "resources/read": self._read_resource,
            "resources/subscribe": self._subscribe,
            "resources/unsubscribe": self._unsubscribe,
            "completion/complete": self._complete,
            "logging/setLevel": self._set_level,
        }
        self._configure_catalog(config)

    def _configure_catalog(self, config: GatewayConfig) -> None:
        self.catalog.configure({n: ToolFilterSet(s.tools.allow, s.tools.deny) for n, s in config.servers.items()})

    # --- the upstream connection -----------------------------------------------------------------

    def attach(self, peer: RpcPeer) -> None:
        """Serve requests arriving on `peer`."""
        self.peer = peer

    async def handle(self, msg: Message) -> dict[str, Any]:
        """Answer one request from the client."""
        handler = self._handlers.get(msg["method"])
        if handler is None:
            raise RpcError(METHOD_NOT_FOUND, f"Method not found: {msg['method']}")
        if not self.fleet.started and msg["method"] != "initialize":
            self.fleet.start()  # a client that skipped initialize still gets served
        return await handler(msg)

    def on_client_notification(self, msg: Message) -> None:
        """A notification from the client."""
        method = msg["method"]
        if method == "notifications/initialized":
            self.initialized = True
        elif method == "notifications/roots/list_changed":
            for child in self.fleet:
                child.notify(method, msg.get("params"))

    def _notify_client(self, method: str, params: dict[str, Any] | None = None) -> None:
        if self.peer is not None:
            self.peer.notify(method, params)

    def _list_changed(self, kind: str) -> None:
        """Tell the client a list it has fetched changed, coalescing bursts into one notification per kind."""
        if kind not in self._listed or self._stopping:
            return
        self._pending_notes.add(kind)
        if self._notes_handle is None:
            self._notes_handle = asyncio.get_running_loop().call_later(_NOTIFY_DELAY, self._flush_notes)

    def _flush_notes(self) -> None:
        self._notes_handle = None
        kinds, self._pending_notes = self._pending_notes, set()
        for kind in ("tools", "prompts", "resources"):
            if kind in kinds:
                self._notify_client(f"notifications/{kind}/list_changed")

    # --- handshake -------------------------------------------------------------------------------

    async def _initialize(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        caps = params.get("capabilities")
        self.client_caps = caps if isinstance(caps, dict) else {}
        info = params.get("clientInfo")
        self.client_info = info if isinstance(info, dict) else None
        requested = params.get("protocolVersion")
        self.protocol_version = requested if requested in HANDSHAKE_VERSIONS else LATEST_VERSION
        self.fleet.start()
        await self._load_cached_catalogs()
        await self._startup()
        result: dict[str, Any] = {
            "protocolVersion": self.protocol_version,
            "capabilities": self.capabilities(),
            "serverInfo": {"name": "secure-mcp-gateway", "title": "Secure MCP Gateway", "version": __version__},
        }
        instructions = self.instructions()
        if instructions:
            result["instructions"] = instructions
        return result

    async def _startup(self) -> None:
        await self.fleet.wait_startup(known=lambda name: self.catalog.get(name) is not None)

    async def _load_cached_catalogs(self) -> None:
        """Serve what each server listed last time while it starts (a warm start)."""
        if self.cache is None:
            return
        todo = [c for c in self.fleet if c.name not in self._cache_keys]
        for child in todo:
            self._cache_keys[child.name] = catalog_key(child.name, child.config)
        found = await asyncio.gather(*(self.cache.get_catalog(self._cache_keys[c.name]) for c in todo))
        for child, data in zip(todo, found, strict=True):
            if data is None:
                continue
            try:
                catalog = ServerCatalog.from_dict(data)
            except (TypeError, ValueError):
                continue
            self._cached[child.name] = data
            self._definitions.setdefault(child.name, (_fingerprints(catalog), "the last run"))
            if child.catalog is not None:
                continue
            self._merge(child.name, catalog)
            log.info("server %s: serving its %d cached tools while it starts", child.name, len(catalog.tools))

    def _remember(self, child: Child, catalog: ServerCatalog) -> None:
        """Keep a server's fresh lists on disk for the next start."""
        if self.cache is None or child.name not in self._cache_keys:
            return
        data = catalog.to_dict()
        if self._cached.get(child.name) != data:
            self._cached[child.name] = data
            asyncio.get_running_loop().create_task(self.cache.put_catalog(self._cache_keys[child.name], data))

    async def _ping(self, msg: Message) -> dict[str, Any]:
        return {}

    def capabilities(self) -> dict[str, Any]:
        """What the gateway offers: tools always; the rest when a server offers it (or may, if not up yet)."""
        cats = [self.catalog.get(c.name) for c in self.fleet]
        known = [c.capabilities for c in cats if c is not None]
        unknown = any(c is None for c in cats)
        caps: dict[str, Any] = {"tools": {"listChanged": True}}
        if unknown or any("prompts" in k for k in known):
            caps["prompts"] = {"listChanged": True}
        if unknown or any("resources" in k for k in known):
            subscribe = any(isinstance(k.get("resources"), dict) and k["resources"].get("subscribe") for k in known)
            caps["resources"] = {"listChanged": True, "subscribe": bool(subscribe)}
        if any("completions" in k for k in known):
            caps["completions"] = {}
        if any("logging" in k for k in known):
            caps["logging"] = {}
        return caps

    def instructions(self) -> str:
        """The servers' own instructions, each under its name."""
        parts = []
        for name in self.catalog.servers():
            cat = self.catalog.get(name)
            text = self.pipeline.screen_text(name, cat.instructions) if cat and cat.instructions else None
            if text:
                parts.append(f"## {name}\n{text.strip()}")
        return "\n\n".join(parts)

    # --- tools -----------------------------------------------------------------------------------

    async def _list_tools(self, msg: Message) -> dict[str, Any]:
        await self._startup()
        self._listed.add("tools")
        return {"tools": self.catalog.tools()}

    async def _call_tool(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        public = params.get("name")
        if not isinstance(public, str):
            raise RpcError(INVALID_PARAMS, 'tools/call needs "name", the tool to call')
        route = self.catalog.route_tool(public)
        if route is None:
            route = await self._await_route(public, self.catalog.route_tool)
        if route is None:
            hidden = self.catalog.find_hidden_tool(public)
            if hidden is not None:
                return error_result(
                    f"tool {hidden.name!r} of server {hidden.server!r} is not allowed by the gateway's config "
                    f"(mcpServers.{hidden.server}.tools)"
                )
            return error_result(f"unknown tool {public!r}: no configured server offers it (see tools/list)")
        child = self.fleet.children.get(route.server)
        if child is None:
            return error_result(f"server {route.server!r} is no longer configured")
        call = CallLine(route.server, route.name, public)
        with call_span("tool.call", server=call.server, tool=call.tool, public_name=public) as span:
            try:
                return await self._run_call(call, child, params)
            except asyncio.CancelledError:
                call.outcome = "cancelled"
                raise
            except RpcError as exc:
                call.outcome, call.error = "error", exc.message
                raise
            finally:
                self.pipeline.forget(call)
                self.recorder.call(call)
                if span.recording:  # the audit line's fields, never content
                    span.set(**{k: v for k, v in call.as_fields().items() if k not in ("arguments", "result")})

    async def _run_call(self, call: CallLine, child: Child, params: dict[str, Any]) -> dict[str, Any]:
        arguments = params.get("arguments")
        checked = await self.pipeline.check_input(call, arguments)
        # a blocked value is never recorded, not even redacted
        call.arguments = {"withheld": True} if checked.blocked is not None else self.recorder.payload(checked.shown)
        if checked.blocked is not None:
            call.outcome, call.error = "blocked", checked.blocked
            return error_result(checked.blocked)
        child_params: dict[str, Any] = {"name": call.tool}
        if checked.value is not None:
            child_params["arguments"] = checked.value
        meta = params.get("_meta")
        if isinstance(meta, dict):
            child_params["_meta"] = meta
        token = meta.get("progressToken") if isinstance(meta, dict) else None
        if token is not None:
            self._progress[token] = call.server
        spent = time.perf_counter() - call.started
        try:
            with call.timed("call"):
                result = await child.request(
                    "tools/call", child_params, max(self.config.call_timeout(call.server) - spent, 0.001)
                )
        except Unavailable as exc:
            call.outcome = "timeout" if isinstance(exc, CallTimeout) else "error"
            call.error = str(exc)
            return error_result(str(exc))
        finally:
            if token is not None:
                self._progress.pop(token, None)
        checked_out = await self.pipeline.check_output(call, result)
        if checked_out.blocked is not None:
            call.outcome, call.error = "blocked", checked_out.blocked
            return error_result(checked_out.blocked)
        call.result = self.recorder.payload(checked_out.value)
        if checked_out.value.get("isError"):
            call.outcome = "error"
        return checked_out.value

    async def _await_route(self, public: str, lookup: Callable[[str], Route | None]) -> Route | None:
        """For a name of a server that is still coming up, wait for it (within its call deadline)."""
        for child in self.fleet:
            if child.catalog is None and public.startswith(self.catalog.prefix(child.name) + "__"):
                await child.wait_ready(self.config.call_timeout(child.name))
                return lookup(public)
        return None

    # --- prompts ---------------------------------------------------------------------------------

    async def _list_prompts(self, msg: Message) -> dict[str, Any]:
        await self._startup()
        self._listed.add("prompts")
        return {"prompts": self.catalog.prompts()}

    async def _get_prompt(self, msg: Message) -> dict[str, Any]:
        params = dict(msg.get("params") or {})
        public = params.get("name")
        if not isinstance(public, str):
            raise RpcError(INVALID_PARAMS, 'prompts/get needs "name"')
        route = self.catalog.route_prompt(public)
        if route is None:
            route = await self._await_route(public, self.catalog.route_prompt)
        if route is None:
            raise RpcError(INVALID_PARAMS, f"unknown prompt {public!r}")
        params["name"] = route.name
        call = CallLine(route.server, route.name, public)
        try:
            result = await self._forward(route.server, "prompts/get", params)
            checked = await self.pipeline.check_output(call, result)
            if checked.blocked is not None:
                call.outcome, call.error = "blocked", checked.blocked
                raise RpcError(jsonrpc.INTERNAL_ERROR, checked.blocked)
            return checked.value
        except RpcError as exc:
            if call.outcome == "ok":
                call.outcome, call.error = "error", exc.message
            raise
        finally:
            self.recorder.read("prompt.get", call, prompt=route.name)

    # --- resources -------------------------------------------------------------------------------

    async def _list_resources(self, msg: Message) -> dict[str, Any]:
        await self._startup()
        self._listed.add("resources")
        return {"resources": self.routes.resources()}

    async def _list_templates(self, msg: Message) -> dict[str, Any]:
        await self._startup()
        self._listed.add("resources")
        return {"resourceTemplates": self.routes.templates()}

    async def _read_resource(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        uri = params.get("uri")
        if not isinstance(uri, str):
            raise RpcError(INVALID_PARAMS, 'resources/read needs "uri"')
        await self._startup()
        owners = self.routes.owners(uri)
        if not owners:
            raise RpcError(RESOURCE_NOT_FOUND, f"Resource not found: {uri}", {"uri": uri})
        last: RpcError | None = None
        for server in owners:
            call = CallLine(server, uri, uri)
            try:
                result = await self._forward(server, "resources/read", params)
            except RpcError as exc:
                last = exc
                continue
            try:
                checked = await self.pipeline.check_output(call, result)
                if checked.blocked is not None:
                    call.outcome, call.error = "blocked", checked.blocked
                    raise RpcError(jsonrpc.INTERNAL_ERROR, checked.blocked)
                return checked.value
            finally:
                self.recorder.read("resource.read", call, uri=uri)
        assert last is not None
        raise last

    async def _subscribe(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        uri = params.get("uri")
        if not isinstance(uri, str):
            raise RpcError(INVALID_PARAMS, 'resources/subscribe needs "uri"')
        await self._startup()
        for server in self.routes.owners(uri, subscribable=True):
            await self._forward(server, "resources/subscribe", params)
            self._subscriptions[uri] = server
            return {}
        raise RpcError(METHOD_NOT_FOUND, f"no server offers subscriptions for {uri}")

    async def _unsubscribe(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        server = self._subscriptions.pop(params.get("uri"), None)  # type: ignore[arg-type]
        if server is not None:
            await self._forward(server, "resources/unsubscribe", params)
        return {}

    # --- completion and logging ------------------------------------------------------------------

    async def _complete(self, msg: Message) -> dict[str, Any]:
        params = dict(msg.get("params") or {})
        ref = params.get("ref")
        empty = {"completion": {"values": [], "hasMore": False}}
        if not isinstance(ref, dict):
            raise RpcError(INVALID_PARAMS, 'completion/complete needs "ref"')
        await self._startup()
        if ref.get("type") == "ref/prompt":
            route = self.catalog.route_prompt(str(ref.get("name")))
            if route is None:
                return empty
            params["ref"] = {**ref, "name": route.name}
            server = route.server
        else:
            owners = self.routes.owners(str(ref.get("uri")), template=True)
            if not owners:
                return empty
            server = owners[0]
        cat = self.catalog.get(server)
        if cat is None or "completions" not in cat.capabilities:
            return empty
        return await self._forward(server, "completion/complete", params)

    async def _set_level(self, msg: Message) -> dict[str, Any]:
        params = msg.get("params") or {}
        level = params.get("level")
        if not isinstance(level, str):
            raise RpcError(INVALID_PARAMS, 'logging/setLevel needs "level"')
        self.log_level = level
        await asyncio.gather(*(self._send_level(c) for c in self.fleet if c.ready), return_exceptions=True)
        return {}

    async def _send_level(self, child: Child) -> None:
        if self.log_level and child.catalog is not None and "logging" in child.catalog.capabilities:
            try:
                await child.request("logging/setLevel", {"level": self.log_level}, 10.0)
            except (RpcError, Unavailable) as exc:
                log.info("server %s did not take log level %s: %s", child.name, self.log_level, exc)

    async def _forward(self, server: str, method: str, params: dict[str, Any]) -> dict[str, Any]:
        child = self.fleet.children.get(server)
        if child is None:
            raise RpcError(jsonrpc.INTERNAL_ERROR, f"server {server!r} is not configured")
        try:
            return await child.request(method, params, self.config.call_timeout(server))
        except Unavailable as exc:
            raise RpcError(jsonrpc.INTERNAL_ERROR, str(exc)) from None

    # --- what the children tell us (ChildHost) ---------------------------------------------------

    def child_initialize_params(self) -> dict[str, Any]:
        """The `initialize` a server gets: the client's version and forwardable capabilities."""
        caps = {k: v for k, v in self.client_caps.items() if k in _FORWARDED_CLIENT_CAPS}
        info = self.client_info or {"name": "secure-mcp-gateway", "version": __version__}
        return {"protocolVersion": self.protocol_version, "capabilities": caps, "clientInfo": info}

    def on_catalog(self, child: Child, catalog: ServerCatalog, kinds: tuple[str, ...]) -> None:
        """A server's lists arrived or changed: screen them, merge them, tell the client what changed."""
        self._watch_definitions(child.name, catalog)
        self._merge(child.name, catalog)
        self._remember(child, catalog)
        if "tools" in kinds and self.log_level and child.ready:
            asyncio.get_running_loop().create_task(self._send_level(child))
        if child.ready:
            self._resubscribe(child)

    def _watch_definitions(self, server: str, catalog: ServerCatalog) -> None:
        """Report a tool, prompt or resource whose definition changed since the last run or since first listed."""
        now = _fingerprints(catalog)
        before, since = self._definitions.get(server, ({}, ""))
        for key, fingerprint in now.items():
            old = before.get(key)
            if old is not None and old != fingerprint:
                kind, name = key
                log.warning("server %s changed the definition of %s %r since %s", server, kind, name, since)
                self.recorder.record("definition.changed", server=server, kind=kind, name=name, since=since)
        self._definitions[server] = (now, "it was last listed")

    def _merge(self, server: str, catalog: ServerCatalog) -> None:
        screened = ServerCatalog(**{**catalog.__dict__})
        for kind in ("tools", "prompts", "resources", "templates"):
            items = []
            for item in getattr(catalog, kind):
                shown = self.pipeline.screen_definition(server, kind, item)
                if shown is not None:
                    items.append(shown)
            setattr(screened, kind, items)
        before = self._visible()
        self.catalog.set(server, screened)
        self._announce(before)

    def _visible(self) -> dict[str, Any]:
        return {
            "tools": self.catalog.tools(),
            "prompts": self.catalog.prompts(),
            "resources": (self.routes.resources(), self.routes.templates()),
        }

    def _announce(self, before: dict[str, Any]) -> None:
        after = self._visible()
        for kind in ("tools", "prompts", "resources"):
            if before[kind] != after[kind]:
                self._list_changed(kind)

    def _resubscribe(self, child: Child) -> None:
        for uri, server in self._subscriptions.items():
            if server == child.name:
                asyncio.get_running_loop().create_task(
                    self._quiet(self._forward(server, "resources/subscribe", {"uri": uri}))
                )

    async def _quiet(self, aw: Awaitable[Any]) -> None:
        try:
            await aw
        except Exception as exc:
            log.info("%s", exc)

    def on_child_notification(self, child: Child, msg: Message) -> None:
        """Forward a server's notification to the client, where it belongs to something the client has."""
        method = msg["method"]
        params = msg.get("params") or {}
        if method == "notifications/progress":
            if self._progress.get(params.get("progressToken")) == child.name:
                if isinstance(params.get("message"), str):
                    params = {**params, "message": scrub(params["message"])}
                self._notify_client(method, params)
        elif method == "notifications/message":
            logger = params.get("logger")
            tagged = {**params, "logger": f"{child.name}/{logger}" if logger else child.name}
            if "data" in tagged:
                tagged["data"] = scrub_value(tagged["data"])  # a server's log line is no place for a secret
            self._notify_client(method, tagged)
        elif method == "notifications/resources/updated":
            if self._subscriptions.get(params.get("uri")) == child.name:
                self._notify_client(method, params)
        else:
            self._notify_client(method, msg.get("params"))

    async def on_child_request(self, child: Child, msg: Message) -> dict[str, Any]:
        """Pass a server's request (sampling, elicitation, roots) to the client when the client can take it."""
        method = msg["method"]
        cap = _CLIENT_REQUEST_CAPS.get(method)
        if cap is None:
            raise RpcError(METHOD_NOT_FOUND, f"Method not found: {method}")
        if cap not in self.client_caps or self.peer is None:
            raise RpcError(METHOD_NOT_FOUND, f"the client connected to the gateway does not support {cap}")
        return await self.peer.request(method, msg.get("params"))

    def on_state(self, child: Child, state: State, detail: str) -> None:
        """A server changed state: record it; a server that is gone for good takes its lists with it."""
        self.recorder.server_state(child, state, detail)
        if state in (State.FAILED, State.STOPPED) and self.catalog.get(child.name) is not None:
            before = self._visible()
            self.catalog.set(child.name, None)
            self._announce(before)

    # --- life cycle ------------------------------------------------------------------------------

    async def reload(self, config: GatewayConfig) -> list[str]:
        """Apply a new config without a restart; the servers that changed."""
        before = self._visible()
        self.config = config
        self._configure_catalog(config)
        changed = await self.fleet.apply(config)
        for name in changed:
            self._cache_keys.pop(name, None)
            self._cached.pop(name, None)
        self._announce(before)
        if self.initialized or self.fleet.started:
            await self._load_cached_catalogs()
        return changed

    async def stop(self) -> None:
        """Stop every server."""
        self._stopping = True
        if self._notes_handle is not None:
            self._notes_handle.cancel()
        await self.fleet.stop()
        if self.cache is not None:
            await asyncio.to_thread(self.cache.close)


def _fingerprints(catalog: ServerCatalog) -> dict[tuple[str, str], str]:
    """A digest of each definition a server lists, by (kind, name)."""
    out = {}
    for kind, key in (("tool", "name"), ("prompt", "name"), ("resource", "uri"), ("resource_template", "uriTemplate")):
        for item in getattr(catalog, "templates" if kind == "resource_template" else kind + "s"):
            out[(kind, str(item.get(key)))] = digest(item)
    return out

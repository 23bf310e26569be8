"""The gateway as one stdio client sees it: a hub (shared servers, catalog, checks) and that client's session."""

from __future__ import annotations

from collections.abc import Awaitable
from functools import partial
from typing import Any

from secure_mcp_gateway import quick_call
from secure_mcp_gateway.cache import GatewayCache
from secure_mcp_gateway.catalog import Catalog
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.fleet import Fleet
from secure_mcp_gateway.handlers import Handlers, error_result
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import Message
from secure_mcp_gateway.pipeline import Pipeline
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.session import ClientSession

__all__ = ["Connection", "Gateway", "error_result"]


class Connection:
    """One client's connection to a hub: its session, and its requests and notifications answered."""

    def __init__(self, hub: Hub, handlers: Handlers, *, name: str = "client", identity: str | None = None) -> None:
        self.hub = hub
        self.handlers = handlers
        self.session: ClientSession = hub.open_session(name=name, identity=identity)

    def attach(self, peer: RpcPeer) -> None:
        """Serve requests arriving on `peer` (a plain tool call found clean before is carried by callbacks)."""
        self.session.peer = peer
        peer.quick["tools/call"] = partial(quick_call.start, self.handlers, self.session)

    def handle(self, msg: Message) -> Awaitable[dict[str, Any]]:
        """Answer one request from this client (the handler's own coroutine: no layer of its own)."""
        return self.handlers.handle(self.session, msg)

    def on_client_notification(self, msg: Message) -> None:
        """A notification from this client."""
        self.handlers.notification(self.session, msg)

    def close(self) -> None:
        """The client went away: drop its session (the servers and the other sessions carry on)."""
        self.hub.close_session(self.session)


class Gateway:
    """Serves one client (stdio) over a hub; HTTP serving opens more sessions on the same hub."""

    def __init__(
        self,
        config: GatewayConfig,
        pipeline: Pipeline | None = None,
        config_path: str | None = None,
        cache: GatewayCache | None = None,
        audit: Any = None,
    ) -> None:
        self.hub = Hub(config, pipeline, config_path, cache=cache, audit=audit)
        self.handlers = Handlers(self.hub)
        self.main = Connection(self.hub, self.handlers)
        self.session: ClientSession = self.main.session

    def connect(self, name: str = "client", identity: str | None = None) -> Connection:
        """Another client over the same servers, catalog and checks (HTTP serving opens one per client).

        With an `identity`, the session sees and uses only the servers open to it (`mcpServers.<name>.identities`).
        """
        return Connection(self.hub, self.handlers, name=name, identity=identity)

    @property
    def config(self) -> GatewayConfig:
        """The running config."""
        return self.hub.config

    @property
    def config_path(self) -> str | None:
        """Where the config was read from."""
        return self.hub.config_path

    @property
    def pipeline(self) -> Pipeline:
        """The checks shared by every session."""
        return self.hub.pipeline

    @property
    def cache(self) -> GatewayCache | None:
        """The disk cache, if enabled."""
        return self.hub.cache

    @property
    def audit(self) -> Any:
        """The audit trail, if enabled."""
        return self.hub.audit

    @property
    def recorder(self) -> Recorder:
        """What goes on the audit trail."""
        return self.hub.recorder

    @property
    def fleet(self) -> Fleet:
        """Every configured server's supervisor."""
        return self.hub.fleet

    @property
    def catalog(self) -> Catalog:
        """The merged lists under public names."""
        return self.hub.view.catalog

    def attach(self, peer: RpcPeer) -> None:
        """Serve requests arriving on `peer`."""
        self.main.attach(peer)

    def handle(self, msg: Message) -> Awaitable[dict[str, Any]]:
        """Answer one request from the client (the handler's own coroutine: no layer of its own)."""
        return self.handlers.handle(self.session, msg)

    def on_client_notification(self, msg: Message) -> None:
        """A notification from the client."""
        self.handlers.notification(self.session, msg)

    async def reload(self, config: GatewayConfig) -> list[str]:
        """Apply a new config without a restart; the servers that changed."""
        return await self.hub.reload(config)

    async def stop(self) -> None:
        """Stop every server."""
        await self.hub.stop()

    def hurry(self) -> None:
        """A stop under way ends the servers' processes now instead of waiting for them to exit by themselves."""
        self.hub.fleet.hurry()

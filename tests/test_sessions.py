"""Several client sessions over one hub (in process, in-memory links): shared servers, per-client state."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from conftest import fixture_server
from memlink import link_pair, wire

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.session import ClientSession

pytestmark = pytest.mark.anyio


@dataclass
class Client:
    """A client connected to the hub over an in-memory link, recording what it is told."""

    peer: RpcPeer
    session: ClientSession
    notes: list[dict[str, Any]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    heard: asyncio.Event = field(default_factory=asyncio.Event)

    async def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self.peer.request(method, params, 20.0)

    def got(self, method: str) -> list[dict[str, Any]]:
        return [n for n in self.notes if n["method"] == method]

    async def wait_for(self, method: str) -> None:
        while not self.got(method):
            self.heard.clear()
            await self.heard.wait()


async def connect(hub: Hub, handlers: Handlers, caps: dict[str, Any]) -> Client:
    client_end, hub_end = link_pair()
    session = hub.open_session()
    hub_peer = RpcPeer(
        "client",
        hub_end,
        on_request=lambda m: handlers.handle(session, m),
        on_notification=lambda m: handlers.notification(session, m),
    )
    session.peer = hub_peer
    client: Client

    def on_note(msg: dict[str, Any]) -> None:
        client.notes.append(msg)
        client.heard.set()

    async def on_request(msg: dict[str, Any]) -> dict[str, Any]:
        client.asked.append(msg["method"])
        return {"role": "assistant", "content": {"type": "text", "text": "hi"}, "model": "m"}

    peer = RpcPeer("gateway", client_end, on_request=on_request, on_notification=on_note)
    client = Client(peer, session)
    client.tasks = wire(client_end, peer, hub_end, hub_peer)
    init = {"protocolVersion": "2025-06-18", "capabilities": caps, "clientInfo": {"name": "t", "version": "1"}}
    await client.call("initialize", init)
    return client


@pytest.fixture
async def hub(tmp_path) -> AsyncIterator[tuple[Hub, Handlers]]:
    # pinning off: these tests watch a tool added at run time reach both clients (pins have their own tests)
    config = GatewayConfig(mcpServers={"fx": fixture_server(pinning="off")}, cache={"enabled": False})
    hub = Hub(config)
    yield hub, Handlers(hub)
    await hub.stop()


async def test_two_clients_share_one_server_and_keep_their_own_state(hub) -> None:
    hub, handlers = hub
    a = await connect(hub, handlers, {"sampling": {}})
    b = await connect(hub, handlers, {"sampling": {}})
    assert len(hub.fleet.children) == 1, "one server process for both clients"
    tools_a = await a.call("tools/list")
    await b.call("tools/list")
    assert "fx__echo" in {t["name"] for t in tools_a["tools"]}

    # progress goes to the client whose call it is
    slow = {"name": "fx__slow", "arguments": {"seconds": 0.2, "steps": 2}, "_meta": {"progressToken": "p1"}}
    out = await a.call("tools/call", slow)
    assert out["content"][0]["text"] == "slept 0.2"
    assert len(a.got("notifications/progress")) == 2
    assert b.got("notifications/progress") == []

    # a server's request goes to the client that has a call in flight to it
    sampled = await b.call("tools/call", {"name": "fx__sample", "arguments": {}})
    assert '"hi"' in sampled["content"][0]["text"]
    assert b.asked == ["sampling/createMessage"] and a.asked == []

    # a list change reaches every client that fetched the list
    await a.call("tools/call", {"name": "fx__add_tool", "arguments": {}})
    await asyncio.wait_for(
        asyncio.gather(a.wait_for("notifications/tools/list_changed"), b.wait_for("notifications/tools/list_changed")),
        10,
    )
    assert "fx__added" in {t["name"] for t in (await b.call("tools/list"))["tools"]}

    # a client that leaves takes only its own state with it
    hub.close_session(a.session)
    assert hub.sessions == [b.session]
    out = await b.call("tools/call", {"name": "fx__echo", "arguments": {"text": "still here"}})
    assert "still here" in out["content"][0]["text"]
    for client in (a, b):
        for task in client.tasks:
            task.cancel()


async def test_gateway_connections_share_the_hub(tmp_path) -> None:
    from secure_mcp_gateway.server import Gateway

    gw = Gateway(GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False}))
    other = gw.connect("second")
    assert other.hub is gw.hub and other.session is not gw.session
    assert gw.hub.sessions == [gw.session, other.session]
    other.close()
    assert gw.hub.sessions == [gw.session]
    await gw.stop()

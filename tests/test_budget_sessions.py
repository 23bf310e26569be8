"""Budgets per client session over one hub (in process): each client its own limits, and its own kept results."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from conftest import PY
from memlink import link_pair, wire

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import RpcError
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio
CATALOG = Path(__file__).parent / "servers" / "catalog_server.py"


class Client:
    """A client over an in-memory link that records the notifications it hears."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.heard = asyncio.Event()
        self.peer: RpcPeer
        self.session: Any
        self.tasks: list[asyncio.Task[None]] = []

    async def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self.peer.request(method, params, 60.0)

    async def tool(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        return await self.call("tools/call", {"name": name, "arguments": arguments})

    async def wait_for(self, method: str) -> None:
        while method not in self.notes:
            self.heard.clear()
            await self.heard.wait()


async def connect(hub: Hub, handlers: Handlers, name: str) -> Client:
    client = Client()
    client_end, hub_end = link_pair()
    client.session = session = hub.open_session()
    hub_peer = RpcPeer(
        "client",
        hub_end,
        on_request=lambda m: handlers.handle(session, m),
        on_notification=lambda m: handlers.notification(session, m),
    )
    session.peer = hub_peer

    def on_note(msg: dict[str, Any]) -> None:
        client.notes.append(msg["method"])
        client.heard.set()

    client.peer = RpcPeer("gateway", client_end, on_notification=on_note)
    client.tasks = wire(client_end, client.peer, hub_end, hub_peer)
    init = {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": name, "version": "1"}}
    await client.call("initialize", init)
    return client


@pytest.fixture
async def hub(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    servers = {
        d: {"command": PY, "args": [str(CATALOG), "--domain", d, "--name", d]} for d in ("github", "files", "sql")
    }
    # every server in the first listing, however loaded the machine (the default 5 s start deadline is not)
    gateway = {"start_deadline": 60}
    hub = Hub(GatewayConfig(mcpServers=servers, gateway=gateway, cache={"enabled": False}, audit={"enabled": False}))
    yield hub, Handlers(hub)
    await hub.stop()


async def test_each_client_gets_its_own_budget_and_only_its_own_results(hub) -> None:
    hub, handlers = hub
    cursor = await connect(hub, handlers, "cursor-vscode")
    other = await connect(hub, handlers, "some-agent")
    assert len((await cursor.call("tools/list"))["tools"]) == 40
    assert len((await other.call("tools/list"))["tools"]) == 315

    big = await other.tool("github__dump", {"chars": 300_000})
    rid = big["_meta"]["secure-mcp-gateway/result"]["id"]
    uri = f"gateway://results/{rid}"
    await asyncio.wait_for(other.wait_for("notifications/tools/list_changed"), 10)
    assert "gateway__read_result" in {t["name"] for t in (await other.call("tools/list"))["tools"]}
    assert "notifications/tools/list_changed" not in cursor.notes, "the reader appeared for its owner only"

    mine = await other.call("resources/read", {"uri": uri})
    assert len(mine["contents"][0]["text"]) == 300_000
    with pytest.raises(RpcError, match="no kept result") as err:
        await cursor.call("resources/read", {"uri": uri})
    assert err.value.code == -32002
    stolen = await cursor.tool("gateway__read_result", {"id": rid})
    assert stolen["isError"] and "no kept result" in stolen["content"][0]["text"]
    assert 300_000 not in [len(c.get("text", "")) for c in stolen["content"]]

    store = hub.budgets.store
    assert len(store) == 1
    hub.close_session(other.session)
    assert len(store) == 0 and store.total == 0, "a client that leaves takes its results with it"
    for client in (cursor, other):
        for task in client.tasks:
            task.cancel()


async def test_a_config_reload_changes_the_budget_and_tells_the_client(hub) -> None:
    hub, handlers = hub
    client = await connect(hub, handlers, "some-agent")
    assert len((await client.call("tools/list"))["tools"]) == 315
    config = hub.config.model_copy(update={"gateway": hub.config.gateway.model_copy(update={"max_tools": 10})})
    await hub.reload(config)
    await asyncio.wait_for(client.wait_for("notifications/tools/list_changed"), 10)
    listed = (await client.call("tools/list"))["tools"]
    assert len(listed) == 10 and listed[0]["name"] == "gateway__search_tools"
    for task in client.tasks:
        task.cancel()

"""Plain tool calls find their server once per name, and find it again once the tool list or the config changes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import fixture_server
from memlink import connect

from secure_mcp_gateway import quick_call
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio


async def _hub() -> tuple[Hub, Handlers]:
    servers = {"fx": fixture_server(pinning="off"), "gx": fixture_server(name="gx", pinning="off")}
    hub = Hub(GatewayConfig(mcpServers=servers, cache={"enabled": False}))
    return hub, Handlers(hub)


async def test_a_called_name_is_routed_once_and_again_after_the_tool_list_changes() -> None:
    hub, handlers = await _hub()
    try:
        client = await connect(hub, handlers, {})
        await client.call("tools/list")
        args = {"city": "Lisbon", "days": 3}
        first = await client.call("tools/call", {"name": "fx__echo", "arguments": args})
        await client.call("tools/call", {"name": "fx__echo", "arguments": args})
        routes = client.session.routes
        assert routes["fx__echo"][2:4] == ("fx", "echo")
        assert routes.tools is hub.view.catalog.tools()
        found: list[Any] = []
        real = quick_call._target

        def counted(*a: Any) -> Any:
            found.append(real(*a))
            return found[-1]

        quick_call._target = counted
        try:
            again = await client.call("tools/call", {"name": "fx__echo", "arguments": args})
        finally:
            quick_call._target = real
        assert again == first and found[0] is routes["fx__echo"]  # the very route kept, not found again

        old = hub.view.catalog.get("fx")
        assert old is not None
        hub.view.catalog.set("fx", replace(old, tools=[t for t in old.tools if t["name"] != "echo"]))
        gone = await client.call("tools/call", {"name": "fx__echo", "arguments": args})
        assert gone.get("isError") is True  # the tool is no longer listed: the call does not reach the server
        assert "fx__echo" not in routes and routes.tools is hub.view.catalog.tools()

        hub.view.catalog.set("fx", old)
        back = await client.call("tools/call", {"name": "fx__echo", "arguments": args})
        assert back == first
    finally:
        await hub.stop()


async def test_routes_are_found_again_under_a_new_config() -> None:
    hub, handlers = await _hub()
    try:
        client = await connect(hub, handlers, {})
        await client.call("tools/list")
        args = {"city": "Porto"}
        await client.call("tools/call", {"name": "gx__echo", "arguments": args})
        kept = client.session.routes["gx__echo"]
        hub.config = hub.config.model_copy()
        await client.call("tools/call", {"name": "gx__echo", "arguments": args})
        assert client.session.routes.config is hub.config
        assert client.session.routes["gx__echo"] is not kept and client.session.routes["gx__echo"][2] == "gx"
    finally:
        await hub.stop()


def test_routes_kept_are_bounded() -> None:
    from secure_mcp_gateway.session import Routes

    routes = Routes()
    for i in range(Routes.MOST + 10):
        routes.keep(f"t{i}", i)
    assert len(routes) == Routes.MOST

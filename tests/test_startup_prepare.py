"""The detectors are prepared in the background only once the servers' first lists are screened, not while they are."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import fixture_server
from memlink import connect

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import lazy
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio


async def test_background_preparation_waits_for_the_first_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    hub: Hub | None = None

    def record(then: Any = None) -> None:
        asked.append(hub is not None and hub.view.catalog.get("fx") is not None)

    monkeypatch.setattr(lazy, "prepare_soon", record)
    config = GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False})
    hub = Hub(config)
    assert asked == []  # making the checks starts nothing
    client = await connect(hub, Handlers(hub), {})
    try:
        assert asked and all(asked), asked  # started after the server's list was merged
        tools = await client.call("tools/list")
        assert "fx__echo" in {t["name"] for t in tools["tools"]}
    finally:
        for task in client.tasks:
            task.cancel()
        await hub.stop()

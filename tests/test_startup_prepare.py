"""The detectors are prepared in the background only once the servers' first lists are screened and the first tool
listing is answered (or a while after the lists are in), never while those are being made."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import fixture_server
from memlink import connect

from secure_mcp_gateway import hub as hub_module
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import lazy
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio


def _recording(monkeypatch: pytest.MonkeyPatch, after: float) -> tuple[list[bool], asyncio.Event, list[Hub]]:
    """`lazy.prepare_soon` replaced by a recorder of whether the server's list was merged when it was called."""
    asked: list[bool] = []
    called = asyncio.Event()
    made: list[Hub] = []

    def record(then: Any = None) -> None:
        asked.append(bool(made) and made[0].view.catalog.get("fx") is not None)
        called.set()

    monkeypatch.setattr(lazy, "prepare_soon", record)
    monkeypatch.setattr(hub_module, "PREPARE_AFTER", after)
    return asked, called, made


async def test_background_preparation_waits_for_the_first_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    asked, called, made = _recording(monkeypatch, after=600.0)
    hub = Hub(GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False}))
    made.append(hub)
    assert asked == []  # making the checks starts nothing
    client = await connect(hub, Handlers(hub), {})
    try:
        assert asked == []  # initialize answered: not yet, the first listing is still to come
        tools = await client.call("tools/list")
        assert "fx__echo" in {t["name"] for t in tools["tools"]}
        await asyncio.wait_for(called.wait(), 10)
        assert asked == [True]  # once, after the server's list was merged and listed
        await client.call("tools/list")
        await asyncio.sleep(0)  # a callback the second listing might have queued would have run
        assert asked == [True]
    finally:
        for task in client.tasks:
            task.cancel()
        await hub.stop()


async def test_background_preparation_starts_without_a_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    asked, called, made = _recording(monkeypatch, after=0.01)
    hub = Hub(GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False}))
    made.append(hub)
    client = await connect(hub, Handlers(hub), {})
    try:
        await asyncio.wait_for(called.wait(), 10)  # no client listed its tools: started a while after the lists
        assert asked == [True]
    finally:
        for task in client.tasks:
            task.cancel()
        await hub.stop()

"""Plain tool calls find their server once per name, and find it again once the tool list or the config changes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import fixture_server
from memlink import connect

from secure_mcp_gateway import clean, quick_call
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio


async def _hub(**env: str) -> tuple[Hub, Handlers]:
    servers = {"fx": fixture_server(pinning="off", env=env), "gx": fixture_server(name="gx", pinning="off")}
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


async def test_a_result_found_clean_is_known_again_by_its_bytes_and_one_with_findings_never(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, empty in (("_RESULTS", {}), ("_RESULTS_BEFORE", {}), ("_RESULTS_SIZE", [0])):
        monkeypatch.setattr(clean, name, empty)
    taken: list[bool] = []
    real = quick_call._Carried.take_bytes

    def counted(self: Any, raw: bytes) -> bool:
        taken.append(real(self, raw))
        return taken[-1]

    monkeypatch.setattr(quick_call._Carried, "take_bytes", counted)
    secret = "ghp_" + "Qm7rT2vX9kL4pW8nZ3cF6hJ1sD5gB0aY" + "4eUi"  # (made up, assembled from parts)
    hub, handlers = await _hub(LEAK_VALUE=secret)
    try:
        client = await connect(hub, handlers, {})
        await client.call("tools/list")
        args = {"city": "Lisbon", "days": 3}
        answers = [await client.call("tools/call", {"name": "fx__echo", "arguments": args}) for _ in range(4)]
        assert answers.count(answers[0]) == 4 and answers[0]["structuredContent"] == {"echo": args}
        assert taken == [False, True, True], "read (the long route), found clean again and learned, then known"
        del taken[:]
        (learned,) = clean._RESULTS
        for _ in range(3):
            leaked = await client.call("tools/call", {"name": "fx__leak", "arguments": {}})
            assert secret not in str(leaked) and "<SECRET:" in str(leaked), "redacted every time"
        assert not any(taken) and list(clean._RESULTS.values()) == [clean.known_result(learned)]
        assert secret.encode() not in learned, "a result with findings is never known by its bytes"
        reads: list[list[str]] = []
        check = LocalGuard.check_texts

        def read(self: LocalGuard, texts: list[str], *a: Any, **kw: Any) -> Any:
            reads.append(list(texts))
            return check(self, texts, *a, **kw)

        monkeypatch.setattr(LocalGuard, "check_texts", read)
        verdicts = hub.pipeline.clean("fx", "output")
        verdicts._now.clear(), verdicts._before.clear()  # (results' verdicts forgotten, as a reload forgets them)
        del taken[:]
        again = [await client.call("tools/call", {"name": "fx__echo", "arguments": args}) for _ in range(2)]
        assert again == answers[:2] and taken == [True, True]
        assert len(reads) == 1 and any("Lisbon" in text for text in reads[0]), "known by its bytes, yet read again"
    finally:
        await hub.stop()

"""The other ways a hostile server speaks to the client (its requests for elicitation and roots, list changes,
odd, deep and large notifications): nothing planted reaches the client in clear, and the gateway keeps answering
(in process over in-memory links; the server is a real process)."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from memlink import Client, connect
from test_hostile import in_clear

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio

HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"
ANSWER = {"action": "accept", "content": {"token": "ok"}, "roots": []}
"""What the client answers any request of the server with (an elicitation's answer and a roots list in one)."""


@pytest.fixture
async def client() -> AsyncIterator[Client]:
    config = GatewayConfig(
        mcpServers={"h": {"command": sys.executable, "args": [str(HOSTILE)], "pinning": "off"}},
        cache={"enabled": False},
    )
    hub = Hub(config)
    client = await connect(hub, Handlers(hub), {"elicitation": {}, "roots": {"listChanged": True}}, answer=ANSWER)
    await client.call("tools/list")
    yield client
    await hub.stop()


def leaks(client: Client) -> list[Any]:
    """The messages the client read with a planted value in clear."""
    assert client.link is not None
    return [m for m in client.link.received if in_clear(m)]


async def call(client: Client, tool: str, text: str = "") -> dict[str, Any]:
    params = {"name": f"h__{tool}", "arguments": {"text": text} if text else {}, "_meta": {"progressToken": 7}}
    return await client.peer.request("tools/call", params, 120.0)


async def test_a_servers_elicitation_and_roots_requests_reach_the_client_checked(client) -> None:
    await call(client, "elicit")
    await call(client, "roots")
    await call(client, "elicit_url")  # (URL mode, then its completion and a task's status notification)
    await client.call("ping")
    assert client.asked == ["elicitation/create", "roots/list"], "a URL is not asked of a client without URL mode"
    assert {"notifications/elicitation/complete", "notifications/tasks/status"} <= {n["method"] for n in client.notes}
    assert leaks(client) == []
    assert client.link is not None
    asked = next(m["params"] for m in client.link.received if m.get("method") == "elicitation/create")
    assert "<SECRET:" in str(asked["requestedSchema"]), "the schema's title, default and choices are checked"


async def test_a_servers_list_changes_carry_nothing_in_clear(client) -> None:
    await call(client, "lists_changed")
    assert leaks(client) == []


@pytest.mark.parametrize("case", ["progress_type", "log_deep", "not_object", "uri_object", "log_wide", "progress_huge"])
async def test_odd_deep_and_large_notifications_are_checked_and_the_gateway_goes_on(client, case: str) -> None:
    result = await call(client, "malformed", case)
    assert result["content"][0] == {"type": "text", "text": "sent"}
    assert await client.call("ping") == {}
    assert leaks(client) == []


async def test_a_server_that_always_names_a_next_page_is_listed_up_to_the_cap_and_told(monkeypatch, caplog) -> None:
    from secure_mcp_gateway import children

    monkeypatch.setattr(children, "MAX_PAGES", 12)
    config = GatewayConfig(
        mcpServers={"h": {"command": sys.executable, "args": [str(HOSTILE), "--endless"], "pinning": "off"}},
        cache={"enabled": False},
    )
    hub = Hub(config)
    try:
        client = await connect(hub, Handlers(hub), {})
        with caplog.at_level("WARNING", logger="secure_mcp_gateway.children"):
            listed = await client.call("resources/templates/list")
        assert [t["name"] for t in listed["resourceTemplates"]] == [f"t{n}" for n in range(1, 13)]
        assert [r.levelname for r in caplog.records if "still named a next page" in r.getMessage()] == ["WARNING"]
    finally:
        await hub.stop()


async def test_notifications_a_client_cannot_use_are_not_passed_on(client) -> None:
    from mcp.types import ServerNotification
    from pydantic import TypeAdapter

    await call(client, "malformed")  # every odd case at once, and one good progress notification among them
    assert client.link is not None
    notes = [m for m in client.link.received if "method" in m and "id" not in m]
    valid = TypeAdapter(ServerNotification)
    for note in notes:  # what the MCP SDK's client accepts (it drops the rest, unseen by its user)
        valid.validate_python({"method": note["method"], "params": note.get("params")})
    assert [n["params"]["progress"] for n in notes if n["method"] == "notifications/progress"] == [2]
    assert any(n["method"] == "notifications/message" for n in notes), "the well-formed log line still arrives"


def test_what_is_wrong_with_a_notification_is_said_without_its_values() -> None:
    from secure_mcp_gateway.notice_shapes import malformed

    assert malformed("notifications/tools/list_changed", None) is None
    assert malformed("notifications/custom", {"anything": [1]}) is None
    assert malformed("notifications/progress", {"progressToken": 1, "progress": 0.5, "total": 1}) is None
    assert malformed("notifications/progress", {"progressToken": True, "progress": 1}) == (
        "`progressToken` is a boolean, not a string or a number"
    )
    assert malformed("notifications/message", {"level": "warn", "data": "x"}).startswith("`level` is 'warn', not")
    said = malformed("notifications/message", {"level": "ghp_" + "a" * 36, "data": "x"})
    assert said is not None and said.startswith("`level` is a string, not") and "ghp_" not in said
    assert malformed("notifications/resources/updated", ["file:///a"]) == "its params are an array, not an object"

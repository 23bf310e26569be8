"""Per-server access by token identity (`mcpServers.<name>.identities`), over real HTTP against a real gateway."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import fixture_server, text_of, write_config
from http_gateway import HttpGateway, http_gateway, mcp_client
from mcp.shared.exceptions import MCPError

ALICE = "alice-token-" + "a1" * 16
BOB = "bob-token-" + "b2" * 16
TOKENS = {"alice": ALICE, "bob": BOB}


def config(gh_identities: list[str]) -> dict[str, Any]:
    return {
        "mcpServers": {
            "gh": fixture_server(
                "--instructions", "Use gh for repositories.", name="gh", identities=gh_identities, pinning="off"
            ),
            "pub": fixture_server(name="pub", pinning="off"),
        },
        "http": {"tokens": TOKENS},
    }


class Inbox:
    """Every notification one client receives, in order, and a way to wait for one."""

    def __init__(self) -> None:
        self.methods: list[str] = []
        self._changed = asyncio.Event()

    async def __call__(self, message: Any) -> None:
        root = getattr(message, "root", message)
        method = getattr(root, "method", None)
        if isinstance(method, str):
            self.methods.append(method)
            self._changed.set()

    async def wait_for(self, method: str, count: int = 1) -> None:
        deadline = time.monotonic() + 20
        while self.methods.count(method) < count:
            self._changed.clear()
            await asyncio.wait_for(self._changed.wait(), max(deadline - time.monotonic(), 0.01))


async def names(session: Any) -> tuple[set[str], set[str], set[str]]:
    tools = {t.name for t in (await session.list_tools()).tools}
    prompts = {p.name for p in (await session.list_prompts()).prompts}
    templates = {t.uri_template for t in (await session.list_resource_templates()).resource_templates}
    return tools, prompts, templates


async def audit_lines(gw: HttpGateway, pred: Any, count: int) -> list[dict[str, Any]]:
    """Audit lines matching `pred`, once the writer thread has written `count` of them (or 30 s have passed)."""
    path = gw.dir / "audit" / "audit.jsonl"
    deadline = time.monotonic() + 30
    while True:
        lines = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
        found = [line for line in lines if pred(line)]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.05)


@pytest.mark.anyio
async def test_each_identity_sees_and_uses_only_its_servers(tmp_path: Path) -> None:
    alice_inbox, bob_inbox = Inbox(), Inbox()
    with http_gateway(tmp_path, config(["alice"])) as gw:
        async with (
            mcp_client(gw.url, ALICE, message_handler=alice_inbox) as alice,
            mcp_client(gw.url, BOB, message_handler=bob_inbox) as bob,
        ):
            assert "Use gh for repositories." in (alice.init_result.instructions or "")
            assert "gh" not in (bob.init_result.instructions or "")
            a_tools, a_prompts, _ = await names(alice)
            b_tools, b_prompts, _ = await names(bob)
            assert {"gh__echo", "pub__echo"} <= a_tools and {"gh__greet", "pub__greet"} <= a_prompts
            assert "pub__echo" in b_tools and "pub__greet" in b_prompts
            assert not any(n.startswith("gh__") for n in b_tools | b_prompts)

            assert text_of(await alice.call_tool("gh__echo", {"text": "hi"})) == '{"text": "hi"}'
            refused = await bob.call_tool("gh__echo", {"text": "hi"})
            assert refused.is_error
            assert "identity 'bob' may not use server 'gh'" in text_of(refused)
            assert "mcpServers.gh.identities" in text_of(refused)
            with pytest.raises(MCPError, match="may not use server 'gh'"):
                await bob.get_prompt("gh__greet", {"who": "x"})
            # the URI both servers offer: bob's read goes to the server open to him, never to gh
            await bob.subscribe_resource("fixture://static/readme")

            # gh's list change reaches alice only; pub's resource update is bob's marker on the same stream
            await alice.call_tool("gh__add_tool", {})
            await alice_inbox.wait_for("notifications/tools/list_changed")
            await bob.call_tool("pub__touch", {"uri": "fixture://static/readme"})
            await bob_inbox.wait_for("notifications/resources/updated")
            assert "notifications/tools/list_changed" not in bob_inbox.methods
            assert "gh__added" in (await names(alice))[0] and "gh__added" not in (await names(bob))[0]

        denied = await audit_lines(gw, lambda e: e.get("outcome") == "denied", 2)
        events = {(e["event"], e["server"], e["identity"]) for e in denied}
        assert events == {("tool.call", "gh", "bob"), ("prompt.get", "gh", "bob")}
        status, body = gw.get("/metrics", ALICE)
        assert status == 200 and 'smg_tool_calls_total{server="gh",tool="echo",outcome="denied"} 1' in body.decode()


@pytest.mark.anyio
async def test_a_reload_opens_and_closes_servers_for_open_sessions(tmp_path: Path) -> None:
    inbox = Inbox()
    with http_gateway(tmp_path, config(["alice"])) as gw:
        async with mcp_client(gw.url, BOB, message_handler=inbox) as bob:
            assert "gh__echo" not in (await names(bob))[0]
            write_config(tmp_path, config(["alice", "bob"]))
            await inbox.wait_for("notifications/tools/list_changed")
            assert "gh__echo" in (await names(bob))[0]
            assert text_of(await bob.call_tool("gh__echo", {"text": "now"})) == '{"text": "now"}'

            write_config(tmp_path, config([]))  # open to no identity
            await inbox.wait_for("notifications/tools/list_changed", 2)
            assert not any(n.startswith("gh__") for n in (await names(bob))[0])
            assert (await bob.call_tool("gh__echo", {"text": "no"})).is_error


def test_an_unknown_identity_is_a_config_error(tmp_path: Path) -> None:
    from secure_mcp_gateway import config as config_module

    path = write_config(tmp_path, config(["alice", "carol"]))
    with pytest.raises(config_module.ConfigError) as info:
        config_module.load(path)
    message = str(info.value)
    assert str(path) in message and "mcpServers.gh.identities" in message and "'carol'" in message
    assert "http.tokens" in message


@pytest.mark.anyio
async def test_search_mode_finds_and_calls_only_the_identitys_servers(tmp_path: Path) -> None:
    search_mode = {**config(["alice"]), "gateway": {"max_tools": 0}}  # every client gets the meta-tools
    with http_gateway(tmp_path, search_mode) as gw:
        async with mcp_client(gw.url, BOB) as bob:
            assert {t.name for t in (await bob.list_tools()).tools} >= {"gateway__search_tools", "gateway__call_tool"}
            found = text_of(await bob.call_tool("gateway__search_tools", {"query": "echo"}))
            assert "pub__echo" in found and "gh__" not in found
            refused = await bob.call_tool("gateway__call_tool", {"name": "gh__echo", "arguments": {"text": "x"}})
            assert refused.is_error and "identity 'bob' may not use server 'gh'" in text_of(refused)
            through = await bob.call_tool("gateway__call_tool", {"name": "pub__echo", "arguments": {"text": "y"}})
            assert text_of(through) == '{"text": "y"}'

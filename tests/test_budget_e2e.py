"""Both budgets through the real gateway: 315 tools behind a 40-tool budget, a 2,000,000-character result."""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest
from conftest import PY, gateway, text_of
from mcp import types

from secure_mcp_gateway.keys import STATE_ENV

sys.path.insert(0, str(Path(__file__).parent / "servers"))
from catalog_server import log_text
from test_guardrails_e2e import PLACEHOLDER, fake_github_token

pytestmark = pytest.mark.anyio
CATALOG = Path(__file__).parent / "servers" / "catalog_server.py"
META = {"gateway__search_tools", "gateway__call_tool", "gateway__read_result"}


def catalog_servers(secret: str = "none") -> dict:
    return {
        d: {"command": PY, "args": [str(CATALOG), "--domain", d, "--name", d], "env": {"LEAK_VALUE": secret}}
        for d in ("github", "files", "sql")
    }


def client(name: str) -> types.Implementation:
    return types.Implementation(name=name, version="1.0.0")


def compact(value) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def audit_lines(run) -> list[dict]:
    path = run.dir / "audit" / "audit.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_forty_tools_listed_yet_every_one_of_315_found_and_run_the_same_way(tmp_path):
    secret = fake_github_token()
    config = {
        "mcpServers": catalog_servers(secret),
        "gateway": {"max_tools": 40, "favorite_tools": ["sql__run_*"], "start_deadline": 60},
    }
    async with gateway(tmp_path, config, client_info=client("some-agent")) as (session, run):
        listed = (await session.list_tools()).tools
        names = [t.name for t in listed]
        assert len(listed) == 40 and set(names) >= META
        assert names[3].startswith("sql__run_"), "favourites come first after the gateway's own tools"
        assert "github__merge_pull_request" not in names and "files__stat_symlink" not in names

        found = json.loads(text_of(await session.call_tool("gateway__search_tools", {"query": "symlink size owner"})))
        assert found[0]["name"] == "files__stat_symlink"
        assert found[0]["inputSchema"]["properties"]["id"]["type"] == "string"
        assert "description" in found[0]

        through = await session.call_tool(
            "gateway__call_tool", {"name": "files__echo", "arguments": {"note": f"key {secret}"}}
        )
        direct = await session.call_tool("files__echo", {"note": f"key {secret}"})
        assert text_of(through) == text_of(direct), "the same checks: the secret never reaches the server"
        assert through.is_error and direct.is_error and secret not in text_of(through)

        ran = await session.call_tool("gateway__call_tool", {"name": "files__stat_symlink", "arguments": {"id": "7"}})
        assert text_of(ran) == 'files: stat_symlink done with {"id": "7"}'
        missing = await session.call_tool("gateway__call_tool", {"name": "nope__tool"})
        assert missing.is_error and "unknown tool 'nope__tool'" in text_of(missing)
        bad = await session.call_tool("gateway__call_tool", {"arguments": {}})
        assert bad.is_error and '"name" is needed' in text_of(bad)

    calls = [line for line in audit_lines(run) if line["event"] == "tool.call"]
    by_tool = [c for c in calls if c["public_name"] == "files__stat_symlink"]
    assert len(by_tool) == 1 and by_tool[0]["server"] == "files" and by_tool[0]["tool"] == "stat_symlink"
    echoes = [c for c in calls if c["public_name"] == "files__echo"]
    assert len(echoes) == 2 and all(c["detectors"] for c in echoes), "both calls crossed the secret detector"
    usage = json.loads((Path(run.env[STATE_ENV]) / "tool-usage.json").read_text())
    assert usage["files__echo"] == 2 and usage["files__stat_symlink"] == 1


async def test_clients_get_their_defaults_and_an_unknown_client_gets_todays_list(tmp_path):
    servers = {"mcpServers": catalog_servers()}
    short = {**servers, "gateway": {"clients": {"cursor": {"max_name_length": 24}}}}
    async with gateway(tmp_path, short, client_info=client("cursor-vscode")) as (session, _):
        listed = (await session.list_tools()).tools
        assert len(listed) == 40 and {t.name for t in listed} >= META
        assert all(len(t.name) <= 24 for t in listed)
        found = json.loads(text_of(await session.call_tool("gateway__search_tools", {"query": "list pull requests"})))
        name = found[0]["name"]
        assert len(name) == 24 and name.startswith("github__list_pull-")
        ran = await session.call_tool(name, {"query": "open"})
        assert text_of(ran) == 'github: list_pull_requests done with {"query": "open"}'
        again = await session.call_tool("github__list_pull_requests", {"query": "open"})
        assert text_of(again) == text_of(ran), "the full public name works too"
    async with gateway(tmp_path, servers, client_info=client("some-agent")) as (session, _):
        listed = (await session.list_tools()).tools
        assert len(listed) == 315 and not META & {t.name for t in listed}


async def test_a_two_million_character_result_arrives_as_a_preview_and_reads_back_as_checked(tmp_path):
    secret = fake_github_token()
    config = {"mcpServers": {"github": catalog_servers(secret)["github"]}, "gateway": {"results": {"store": "disk"}}}
    async with gateway(tmp_path, config, client_info=client("claude-code")) as (session, run):
        kept = Path(run.env[STATE_ENV]) / "results"  # (the gateway's state directory, as the test set it)
        before = {t.name for t in (await session.list_tools()).tools}
        assert "gateway__read_result" not in before
        result = await session.call_tool("github__dump", {"chars": 2_000_000})
        wire = result.model_dump(mode="json", by_alias=True, exclude_none=True)
        assert compact(wire) <= 40_000
        assert secret not in json.dumps(wire)
        link = next(c for c in result.content if c.type == "resource_link")
        uri = str(link.uri)
        assert re.fullmatch(r"gateway://results/[A-Za-z0-9_-]{16,}", uri)
        placeholder = PLACEHOLDER.search(result.content[0].text).group()
        expected = log_text(2_000_000, secret).replace(secret, placeholder)
        assert expected.startswith(result.content[0].text)

        (file,) = kept.glob("*/*.json")
        assert stat.S_IMODE(file.stat().st_mode) == 0o600 and stat.S_IMODE(file.parent.stat().st_mode) == 0o700
        assert secret not in file.read_text()
        read = await session.read_resource(uri)
        assert len(read.contents) == 1 and read.contents[0].text == expected

        rid = uri.rsplit("/", 1)[1]
        page = await session.call_tool("gateway__read_result", {"id": rid, "offset": 1_999_000, "limit": 5000})
        assert page.content[0].text == expected[1_999_000:] and "that is the end" in page.content[1].text
        middle = await session.call_tool("gateway__read_result", {"id": rid, "offset": 1_000_000})
        assert compact(middle.model_dump(mode="json", by_alias=True, exclude_none=True)) <= 40_000
        assert expected[1_000_000:].startswith(middle.content[0].text) and len(middle.content[0].text) > 30_000

        assert "gateway__read_result" in {t.name for t in (await session.list_tools()).tools}
        gone = await session.call_tool("gateway__read_result", {"id": "not-a-kept-result"})
        assert gone.is_error and "no kept result" in text_of(gone)
        with pytest.raises(Exception, match="no kept result"):
            await session.read_resource("gateway://results/not-a-kept-result")
    assert not list(kept.glob("*/*")), "kept results go when the gateway stops"
    events = [line["event"] for line in audit_lines(run)]
    assert "result.kept" in events and events.count("result.read") == 3
    assert secret not in (run.dir / "audit" / "audit.jsonl").read_text()

"""`install` for Claude Code renames its tool permission rules to the tools' names behind the gateway; `uninstall`
puts them back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import FIXTURE_SERVER, PY, RawGateway

from secure_mcp_gateway.cli import main
from secure_mcp_gateway.cli.clients import CLIENTS
from secure_mcp_gateway.cli.tool_rules import rename_rules


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fake home: every client location, the gateway's config and state live under it."""
    home = tmp_path / "home"
    home.mkdir()
    for key in list(os.environ):
        if key.startswith("SECURE_MCP_GATEWAY_") or key == "CLAUDE_CONFIG_DIR":
            monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


def _doc(project: Path, other: Path) -> dict:
    fixture = {"type": "stdio", "command": PY, "args": [str(FIXTURE_SERVER), "--name", "fx"], "env": {}}
    return {
        "numStartups": 3,
        "mcpServers": {"fx": fixture, "git.hub": {"type": "stdio", "command": "gh-mcp", "args": []}},
        "projects": {
            str(project): {
                "allowedTools": [
                    "mcp__fx__echo",
                    "mcp__git_hub__create_issue",
                    "mcp__fx",
                    "mcp__notes__search",
                    "Bash(npm run *)",
                    "mcp__elsewhere__x",
                ],
                "disallowedTools": ["mcp__fx__fail", "mcp__fx__*"],
                "mcpServers": {"notes": {"type": "stdio", "command": "notes-mcp", "args": []}},
            },
            str(other): {"allowedTools": ["mcp__notes__search", "mcp__fx__echo"], "mcpServers": {}},
        },
    }


def test_claude_code_tool_rules_follow_their_tools_behind_the_gateway_and_come_back(home, tmp_path, capsys):
    project, other = tmp_path / "proj", tmp_path / "other"
    client = CLIENTS["claude-code"].default_path()
    original = json.dumps(_doc(project, other), indent=2).encode()
    client.write_bytes(original)
    assert main(["install", "--client", "claude-code"]) == 0
    said = capsys.readouterr().out
    after = json.loads(client.read_text())
    (entry,) = after["mcpServers"]
    gw = f"mcp__{entry}__"
    here = after["projects"][str(project)]
    assert here["allowedTools"] == [
        gw + "fx__echo",
        gw + next(iter(_prefixed(home, "git.hub"))) + "__create_issue",
        "mcp__fx",
        gw + "notes__search",
        "Bash(npm run *)",
        "mcp__elsewhere__x",
    ]
    assert here["disallowedTools"] == [gw + "fx__fail", "mcp__fx__*"]
    assert after["projects"][str(other)]["allowedTools"] == ["mcp__notes__search", gw + "fx__echo"], (
        "a project's own server is renamed only in that project's rules"
    )
    assert "mcp__fx, mcp__fx__*" in said
    assert main(["uninstall", "--client", "claude-code"]) == 0
    assert client.read_bytes() == original


def _prefixed(home: Path, name: str) -> set[str]:
    """The public prefix the gateway gives a server of its config (as it lists its tools)."""
    from secure_mcp_gateway.catalog import server_prefixes

    servers = json.loads((home / ".config" / "secure-mcp-gateway" / "config.json").read_text())["mcpServers"]
    active = [n for n, e in servers.items() if "project" not in e]
    return {server_prefixes(active)[name]}


def test_rules_put_back_after_the_client_rewrote_its_file_and_added_one(home, tmp_path):
    project, other = tmp_path / "proj", tmp_path / "other"
    client = CLIENTS["claude-code"].default_path()
    client.write_text(json.dumps(_doc(project, other), indent=2))
    assert main(["install", "--client", "claude-code"]) == 0
    doc = json.loads(client.read_text())
    (entry,) = doc["mcpServers"]
    doc["numStartups"] = 4
    doc["projects"][str(project)]["allowedTools"].append(f"mcp__{entry}__fx__slow")  # allowed since
    client.write_text(json.dumps(doc))
    assert main(["uninstall", "--client", "claude-code"]) == 0
    back = json.loads(client.read_text())
    want = _doc(project, other)["projects"][str(project)]
    assert back["projects"][str(project)]["allowedTools"] == [*want["allowedTools"], f"mcp__{entry}__fx__slow"]
    assert back["projects"][str(project)]["disallowedTools"] == want["disallowedTools"]
    assert back["numStartups"] == 4


def test_a_renamed_rule_names_a_tool_the_gateway_lists(home, tmp_path, monkeypatch):
    """The name a rule is given is the one Claude Code sees: the gateway's public name of that server's tool."""
    client = CLIENTS["claude-code"].default_path()
    fixture = {"type": "stdio", "command": PY, "args": [str(FIXTURE_SERVER), "--name", "fx"], "env": {}}
    doc = {"mcpServers": {"fx": fixture}, "allowedTools": ["mcp__fx__echo"]}
    client.write_text(json.dumps(doc))
    assert main(["install", "--client", "claude-code"]) == 0
    after = json.loads(client.read_text())
    (entry,) = after["mcpServers"]
    (rule,) = after["allowedTools"]
    assert rule.startswith(f"mcp__{entry}__")
    config = json.loads((home / ".config" / "secure-mcp-gateway" / "config.json").read_text())
    monkeypatch.undo()  # (the test suite's own environment for the gateway)
    gw = RawGateway(tmp_path, config)
    try:
        gw.initialize()
        names = {t["name"] for t in gw.request("tools/list")["result"]["tools"]}
    finally:
        gw.close()
    assert rule[len(f"mcp__{entry}__") :] in names


def test_odd_names_are_renamed_as_the_gateway_names_them():
    servers = {"a": {"command": "x"}, "b": {"command": "y", "prefix": "bee"}}
    rules = ["mcp__a__t.1", "mcp__b__t", "mcp__a__" + "n" * 80, "mcp__ab__t", 7]
    new, whole = rename_rules(rules, {"a": "a", "b": "b"}, servers, "secure-gateway", None)
    assert new[0].startswith("mcp__secure-gateway__a__t_1-") and new[1] == "mcp__secure-gateway__bee__t"
    assert len(new[2]) == len("mcp__secure-gateway__") + 64
    assert new[3:] == ["mcp__ab__t", 7] and whole == []

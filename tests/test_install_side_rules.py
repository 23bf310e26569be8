"""`install` for Claude Code renames the tool rules kept outside the file it edits (a project's `allowedTools` in the
user file, `permissions` in the settings files); `uninstall` puts them back."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import FIXTURE_SERVER, PY

from secure_mcp_gateway.cli import main
from secure_mcp_gateway.cli.clients import CLIENTS


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


def _fixture() -> dict:
    return {"type": "stdio", "command": PY, "args": [str(FIXTURE_SERVER), "--name", "fx"], "env": {}}


def _write(path: Path, doc: dict) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(doc, indent=2).encode()
    path.write_bytes(data)
    return data


def _entry(path: Path) -> str:
    (name,) = json.loads(path.read_text())["mcpServers"]
    return name


def test_a_project_install_renames_its_rules_in_the_user_file_and_its_settings_and_uninstall_restores(
    home, tmp_path, capsys
):
    project = tmp_path / "proj"
    mcp = project / ".mcp.json"
    files = {
        mcp: {"mcpServers": {"fx": _fixture()}},
        CLIENTS["claude-code"].default_path(): {
            "numStartups": 2,
            "projects": {
                str(project): {"allowedTools": ["mcp__fx__echo", "Bash(make *)"], "disallowedTools": ["mcp__fx__x"]},
                str(tmp_path / "else"): {"allowedTools": ["mcp__fx__echo"]},
            },
        },
        project / ".claude" / "settings.json": {
            "permissions": {"allow": ["mcp__fx__echo", "mcp__fx", "Read(*)"], "deny": ["mcp__fx__fail"]},
            "env": {"A": "1"},
        },
        project / ".claude" / "settings.local.json": {"permissions": {"ask": ["mcp__fx__slow", "mcp__other__t"]}},
        home / ".claude" / "settings.json": {"permissions": {"allow": ["mcp__fx__echo"]}},
    }
    before = {path: _write(path, doc) for path, doc in files.items()}
    assert main(["install", "--client", "claude-code", "--project", str(project)]) == 0
    said = capsys.readouterr().out
    gw = f"mcp__{_entry(mcp)}__fx__"
    user = json.loads(CLIENTS["claude-code"].default_path().read_text())
    want = {"allowedTools": [gw + "echo", "Bash(make *)"], "disallowedTools": [gw + "x"]}
    assert user["projects"][str(project)] == want
    assert user["projects"][str(tmp_path / "else")]["allowedTools"] == ["mcp__fx__echo"], "another project's rule"
    shared = json.loads((project / ".claude" / "settings.json").read_text())
    assert shared["permissions"] == {"allow": [gw + "echo", "mcp__fx", "Read(*)"], "deny": [gw + "fail"]}
    local = json.loads((project / ".claude" / "settings.local.json").read_text())
    assert local["permissions"]["ask"] == [gw + "slow", "mcp__other__t"]
    assert (home / ".claude" / "settings.json").read_bytes() == before[home / ".claude" / "settings.json"]
    assert "mcp__fx" in said and "settings.local.json" in said
    assert main(["uninstall", "--client", "claude-code", "--project", str(project)]) == 0
    for path, data in before.items():
        assert path.read_bytes() == data, path


def test_a_user_install_renames_permissions_in_every_settings_file_and_keeps_rules_added_since(home, tmp_path):
    project = tmp_path / "proj"
    user_file = CLIENTS["claude-code"].default_path()
    _write(
        user_file,
        {
            "mcpServers": {"fx": _fixture()},
            "projects": {str(project): {"mcpServers": {"notes": {"type": "stdio", "command": "notes-mcp"}}}},
        },
    )
    user_settings = home / ".claude" / "settings.json"
    _write(user_settings, {"permissions": {"deny": ["mcp__fx__fail", "mcp__notes__read"]}})
    shared_before = _write(project / ".claude" / "settings.json", {"permissions": {"allow": ["mcp__notes__read"]}})
    assert main(["install", "--client", "claude-code"]) == 0
    gw = f"mcp__{_entry(user_file)}__"
    assert json.loads(user_settings.read_text())["permissions"]["deny"] == [gw + "fx__fail", "mcp__notes__read"], (
        "the user settings name a project's own server only for that project"
    )
    shared = json.loads((project / ".claude" / "settings.json").read_text())
    assert shared["permissions"]["allow"] == [gw + "notes__read"]
    doc = json.loads(user_settings.read_text())
    doc["permissions"]["deny"].append(gw + "fx__drop")  # (denied since, behind the gateway)
    doc["model"] = "x"
    user_settings.write_text(json.dumps(doc))
    assert main(["uninstall", "--client", "claude-code"]) == 0
    back = json.loads(user_settings.read_text())
    assert back == {"permissions": {"deny": ["mcp__fx__fail", "mcp__notes__read", gw + "fx__drop"]}, "model": "x"}
    assert (project / ".claude" / "settings.json").read_bytes() == shared_before


def test_a_project_in_the_home_folder_shares_the_user_settings_and_both_renames_hold(home):
    user_file = CLIENTS["claude-code"].default_path()
    notes = {"type": "stdio", "command": "notes-mcp"}
    _write(user_file, {"mcpServers": {"fx": _fixture()}, "projects": {str(home): {"mcpServers": {"notes": notes}}}})
    settings = home / ".claude" / "settings.json"
    before = _write(settings, {"permissions": {"allow": ["mcp__fx__echo", "mcp__notes__read"]}})
    assert main(["install", "--client", "claude-code"]) == 0
    gw = f"mcp__{_entry(user_file)}__"
    assert json.loads(settings.read_text())["permissions"]["allow"] == [gw + "fx__echo", gw + "notes__read"]
    assert main(["uninstall", "--client", "claude-code"]) == 0
    assert settings.read_bytes() == before


def test_a_project_install_approves_the_gateway_entry_where_its_servers_were_approved(home, tmp_path, capsys):
    """Claude Code starts a project's `.mcp.json` server only once approved (`enabledMcpjsonServers`): the gateway
    entry is approved where a server it now runs was, and uninstall takes that back."""
    project = tmp_path / "proj"
    mcp = project / ".mcp.json"
    _write(mcp, {"mcpServers": {"fx": _fixture()}})
    local = project / ".claude" / "settings.local.json"
    _write(local, {"enabledMcpjsonServers": ["fx", "other"], "permissions": {"allow": []}})
    shared_before = _write(project / ".claude" / "settings.json", {"enabledMcpjsonServers": ["other"]})
    assert main(["install", "--client", "claude-code", "--project", str(project)]) == 0
    assert "approved" in capsys.readouterr().out
    entry = _entry(mcp)
    assert json.loads(local.read_text())["enabledMcpjsonServers"] == ["fx", "other", entry]
    assert (project / ".claude" / "settings.json").read_bytes() == shared_before, "no server of it was approved there"
    doc = json.loads(local.read_text())
    doc["enabledMcpjsonServers"].append("later")
    local.write_text(json.dumps(doc))
    assert main(["uninstall", "--client", "claude-code", "--project", str(project)]) == 0
    assert json.loads(local.read_text())["enabledMcpjsonServers"] == ["fx", "other", "later"]

"""`install` / `uninstall` on made-up client configs in a temporary home: exact undo, idempotence, every client."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_SERVER, PY

from secure_mcp_gateway.cli import main
from secure_mcp_gateway.cli.clients import CLIENTS, client_named

GH_TOKEN = "ghp_" + "Zq7x" * 9
DB_URL = "postgresql://app:s3cretP4ss@db.example.com:5432/app"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fake home: every client location, the gateway's config and state live under it."""
    home = tmp_path / "home"
    home.mkdir()
    for key in list(os.environ):
        if key.startswith("SECURE_MCP_GATEWAY_") or key == "CLAUDE_CONFIG_DIR":
            monkeypatch.delenv(key)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    return home


def gateway_config(home: Path) -> Path:
    return home / ".config" / "secure-mcp-gateway" / "config.json"


def run(*args: str) -> int:
    return main(list(args))


CLAUDE_DESKTOP = (
    """{
  "mcpServers": {
    "fx": {"command": "PY", "args": ["FIXTURE", "--name", "fx"]},
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "GH"}
    },
    "db": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "DB"]}
  },
  "globalShortcut": "Ctrl+Space"
}
""".replace("PY", PY)
    .replace("FIXTURE", str(FIXTURE_SERVER))
    .replace("GH", GH_TOKEN)
    .replace("DB", DB_URL)
)


def write(path: Path, text: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path.read_bytes()


def test_install_then_uninstall_restores_the_client_file_byte_for_byte(home, capsys):
    client = CLIENTS["claude-desktop"].default_path()
    assert str(client).startswith(str(home)), "the test never looks outside its temporary home"
    original = write(client, CLAUDE_DESKTOP)
    assert run("install", "--client", "claude-desktop") == 0
    out = capsys.readouterr().out
    assert GH_TOKEN not in out and "s3cretP4ss" not in out
    installed = json.loads(client.read_text())
    assert installed["globalShortcut"] == "Ctrl+Space", "the rest of the client's file is kept"
    (entry,) = installed["mcpServers"].values()
    assert Path(entry["command"]).is_absolute() and os.access(entry["command"], os.X_OK)
    assert entry["args"] == ["--config", str(gateway_config(home))]
    moved = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert list(moved) == ["fx", "github", "db"]
    assert moved["github"]["env"]["GITHUB_PERSONAL_ACCESS_TOKEN"] == GH_TOKEN
    assert stat.S_IMODE(gateway_config(home).stat().st_mode) == 0o600, "secrets live in a file only the user reads"
    backup = client.with_name(client.name + ".secure-mcp-gateway.bak")
    assert backup.read_bytes() == original and stat.S_IMODE(backup.stat().st_mode) == 0o600

    after_first = client.read_bytes(), gateway_config(home).read_bytes()
    assert run("install", "--client", "claude-desktop") == 0
    assert (client.read_bytes(), gateway_config(home).read_bytes()) == after_first, "installing twice changes nothing"
    assert "nothing changed" in capsys.readouterr().out

    assert run("uninstall", "--client", "claude-desktop") == 0
    assert client.read_bytes() == original
    assert not gateway_config(home).exists(), "the gateway config the install created is gone"
    assert not backup.exists()
    assert run("uninstall", "--client", "claude-desktop") == 0, "undoing twice is harmless"
    assert client.read_bytes() == original


def test_dry_run_prints_a_masked_diff_and_writes_nothing(home, capsys):
    client = CLIENTS["claude-desktop"].default_path()
    original = write(client, CLAUDE_DESKTOP)
    assert run("install", "--client", "claude-desktop", "--dry-run") == 0
    out = capsys.readouterr().out
    assert '-    "github": {' in out and '+    "secure-gateway": {' in out
    assert GH_TOKEN not in out and "s3cretP4ss" not in out and "****" in out
    assert client.read_bytes() == original and not gateway_config(home).exists()
    assert not list(client.parent.glob("*.bak"))


def test_secrets_become_env_references(home, capsys):
    client = CLIENTS["claude-desktop"].default_path()
    write(client, CLAUDE_DESKTOP)
    assert run("install", "--client", "claude-desktop", "--secrets", "env") == 0
    text = gateway_config(home).read_text()
    assert GH_TOKEN not in text and "s3cretP4ss" not in text
    moved = json.loads(text)["mcpServers"]
    assert moved["github"]["env"]["GITHUB_PERSONAL_ACCESS_TOKEN"] == "${env:GITHUB_PERSONAL_ACCESS_TOKEN}"
    url = moved["db"]["args"][-1]
    assert url.startswith("postgresql://app:${env:") and url.endswith("@db.example.com:5432/app")
    assert "GITHUB_PERSONAL_ACCESS_TOKEN" in capsys.readouterr().out


def test_claude_code_user_and_project_servers(home, tmp_path, capsys):
    project = tmp_path / "proj"
    project.mkdir()
    doc = {
        "numStartups": 12,
        "mcpServers": {"fx": {"type": "stdio", "command": PY, "args": [str(FIXTURE_SERVER)], "env": {}}},
        "projects": {
            str(project): {
                "allowedTools": [],
                "mcpServers": {
                    "notes": {"type": "stdio", "command": "notes-mcp", "args": ["--root", "${NOTES_ROOT:-.}"]},
                    "remote": {"type": "http", "url": "https://mcp.example.com/mcp", "headers": {"X-Team": "a"}},
                    "api": {"type": "http", "url": "${API_BASE_URL:-https://api.example.com}/mcp"},  # (as Claude
                    "base": {"type": "sse", "url": "${SMG_UNSET_BASE}/sse"},  # Code's docs write them)
                },
            }
        },
    }
    client = CLIENTS["claude-code"].default_path()
    assert client == home / ".claude.json"
    original = write(client, json.dumps(doc, indent=2))
    assert run("install", "--client", "claude-code") == 0
    said = capsys.readouterr().out
    assert f"notes, remote, api, base (project {project}): run only when Claude Code starts the gateway there" in said
    after = json.loads(client.read_text())
    assert after["numStartups"] == 12
    assert after["projects"][str(project)]["mcpServers"] == {}
    (entry,) = after["mcpServers"].values()
    assert entry["type"] == "stdio" and "--config" in entry["args"]
    moved = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert moved["notes"]["cwd"] == str(project), "a project server still runs in its project"
    assert moved["notes"]["project"] == moved["remote"]["project"] == str(project) and "project" not in moved["fx"]
    assert moved["notes"]["args"][-1] == "${env:NOTES_ROOT:-.}"
    assert moved["remote"]["type"] == "http" and moved["remote"]["headers"] == {"X-Team": "a"}
    assert moved["api"]["url"] == "${env:API_BASE_URL:-https://api.example.com}/mcp"
    assert moved["base"]["url"] == "${env:SMG_UNSET_BASE}/sse"
    assert run("uninstall", "--client", "claude-code") == 0
    assert client.read_bytes() == original


def test_uninstall_after_the_client_rewrote_its_file_keeps_its_changes(home):
    client = CLIENTS["claude-code"].default_path()
    write(client, json.dumps({"numStartups": 1, "mcpServers": {"fx": {"command": PY, "args": ["x.py"]}}}))
    assert run("install", "--client", "claude-code") == 0
    doc = json.loads(client.read_text())
    doc["numStartups"] = 2  # the client wrote its own file meanwhile
    client.write_text(json.dumps(doc))
    assert run("uninstall", "--client", "claude-code") == 0
    back = json.loads(client.read_text())
    assert back == {"numStartups": 2, "mcpServers": {"fx": {"command": PY, "args": ["x.py"]}}}


def test_uninstall_without_the_backup_puts_the_servers_back_from_the_record(home, capsys):
    client = CLIENTS["cursor"].default_path()
    write(client, json.dumps({"x": 1, "mcpServers": {"fx": {"command": PY, "args": ["x.py"], "env": {"A": "1"}}}}))
    assert run("install", "--client", "cursor") == 0
    backup = client.with_name(client.name + ".secure-mcp-gateway.bak")
    backup.unlink()  # (tidied away as clutter)
    capsys.readouterr()
    assert run("uninstall", "--client", "cursor") == 0
    assert json.loads(client.read_text()) == {
        "x": 1,
        "mcpServers": {"fx": {"command": PY, "args": ["x.py"], "env": {"A": "1"}}},
    }
    assert (
        f"the backup {backup} is missing: removed the gateway entry and put back 1 server(s)" in capsys.readouterr().out
    )
    assert not gateway_config(home).exists()


def test_install_again_after_the_original_was_put_back_by_hand(home):
    client = CLIENTS["cursor"].default_path()
    original = write(client, '{\n  "mcpServers": {"fx": {"command": "PY", "args": ["x.py"]}}\n}\n'.replace("PY", PY))
    assert run("install", "--client", "cursor") == 0
    backup = client.with_name(client.name + ".secure-mcp-gateway.bak")
    client.write_bytes(backup.read_bytes())  # (undone by hand, from the backup)
    assert run("install", "--client", "cursor") == 0
    assert run("uninstall", "--client", "cursor") == 0
    assert client.read_bytes() == original and not backup.exists()


def test_vscode_jsonc_with_inputs_keeps_comments_and_the_servers_it_cannot_move(home, capsys):
    text = """// my VS Code MCP servers
{
  "inputs": [{"type": "promptString", "id": "key", "description": "API key", "password": true}],
  "servers": {
    "fx": {"type": "stdio", "command": "PY", "args": ["FIXTURE"]},  // the fixture
    "asks": {"type": "stdio", "command": "x", "env": {"KEY": "${input:key}"}},
  },
}
""".replace("PY", PY).replace("FIXTURE", str(FIXTURE_SERVER))
    client = CLIENTS["vscode"].default_path()
    original = write(client, text)
    assert run("install", "--client", "vscode") == 0
    after = client.read_text()
    assert after.startswith('// my VS Code MCP servers\n{\n  "inputs": [{')
    assert '"asks"' in after and "${input:key}" in after
    assert "kept asks" in capsys.readouterr().out
    assert '"servers"' in after and "mcpServers" not in after
    assert list(json.loads(gateway_config(home).read_text())["mcpServers"]) == ["fx"]
    assert run("uninstall", "--client", "vscode") == 0
    assert client.read_bytes() == original


VSCODE_SETTINGS = """{
    // editor
    "editor.fontSize": 14,
    "mcp": {
        "servers": {
            "fx": {"type": "stdio", "command": "PY", "args": ["FIXTURE"]},
        },
    },
    "workbench.colorTheme": "Default Dark+",
}
""".replace("PY", PY).replace("FIXTURE", str(FIXTURE_SERVER))


def test_vscode_settings_json_servers_under_mcp_servers(home, capsys):
    settings = CLIENTS["vscode"].default_path().with_name("settings.json")
    original = write(settings, VSCODE_SETTINGS)
    assert run("install", "--client", "vscode") == 1  # (no mcp.json: the settings' servers are named)
    assert f"--client-config {settings}" in capsys.readouterr().err
    assert run("install", "--client", "vscode", "--client-config", str(settings)) == 0
    after = json.loads(re.sub(r"//.*|,(?=\s*[}\]])", "", settings.read_text()))
    assert list(after["mcp"]["servers"]) == ["secure-gateway"] and "servers" not in after
    assert after["mcp"]["servers"]["secure-gateway"]["type"] == "stdio" and after["editor.fontSize"] == 14
    assert list(json.loads(gateway_config(home).read_text())["mcpServers"]) == ["fx"]
    assert run("install", "--client", "vscode", "--client-config", str(settings)) == 0  # (again: no change)
    assert run("uninstall", "--client", "vscode", "--client-config", str(settings)) == 0
    assert settings.read_bytes() == original
    capsys.readouterr()
    assert run("init", "--from", str(settings), "--config", str(home / "init.json")) == 0
    assert '"mcp": {\n    "servers": {\n      "secure-gateway"' in capsys.readouterr().out


def test_cursor_env_file_and_windsurf_server_url(home, tmp_path):
    cursor = CLIENTS["cursor"].default_path()
    env_file = tmp_path / "fx.env"
    env_file.write_text("FX_TOKEN=abc\n")
    write(cursor, json.dumps({"mcpServers": {"fx": {"command": PY, "args": ["a"], "envFile": str(env_file)}}}))
    assert run("install", "--client", "cursor") == 0
    assert json.loads(gateway_config(home).read_text())["mcpServers"]["fx"]["envFile"] == str(env_file)
    windsurf = CLIENTS["windsurf"].default_path()
    assert windsurf == home / ".codeium" / "windsurf" / "mcp_config.json"
    write(windsurf, json.dumps({"mcpServers": {"web": {"serverUrl": "https://mcp.example.com/mcp"}}}))
    assert run("install", "--client", "windsurf") == 0
    servers = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert servers["web"] == {"url": "https://mcp.example.com/mcp"} and "fx" in servers
    assert run("uninstall", "--client", "windsurf") == 0
    assert list(json.loads(gateway_config(home).read_text())["mcpServers"]) == ["fx"], "cursor's server stays"


def test_the_user_level_cursor_file_is_no_workspace(home, tmp_path, capsys):
    """`~/.cursor/mcp.json` holds Cursor's servers for every workspace: `${workspaceFolder}` there is whichever folder
    is open, never the home directory (a filesystem server would be given the whole home), and its servers get no
    working directory of the home's. A project's `.cursor/mcp.json` is that project's."""
    user = CLIENTS["cursor"].default_path()
    files = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "${workspaceFolder}"]}
    write(user, json.dumps({"mcpServers": {"files": files, "fx": {"command": PY, "args": ["a"]}}}))
    assert run("install", "--client", "cursor") == 0
    shown = capsys.readouterr()
    assert "files in Cursor: it uses ${workspaceFolder}, which only Cursor can fill in" in shown.out + shown.err
    servers = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert list(servers) == ["fx"] and "cwd" not in servers["fx"]
    assert "${workspaceFolder}" in user.read_text(), "the server that needs Cursor stays in Cursor"

    project = tmp_path / "shop"
    mine = project / ".cursor" / "mcp.json"
    files["args"].append("${workspaceFolder}${/}data")  # (`${/}`: Cursor's and VS Code's short pathSeparator)
    write(mine, json.dumps({"mcpServers": {"files": files}}))
    assert run("install", "--client", "cursor", "--client-config", str(mine)) == 0
    moved = json.loads(gateway_config(home).read_text())["mcpServers"]["files"]
    assert moved["args"][-2:] == [str(project), str(project / "data")] and moved["cwd"] == str(project)


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ({"command": PY, "args": ["a"], "url": "https://mcp.example.com/mcp"}, 'docs: has both "command" and "url"'),
        ({"command": 5}, "docs.command: Input should be a valid string"),
        ({"command": PY, "type": "websocket"}, "1 server(s) in Cursor's config CLIENT cannot run in the gateway"),
        ({"args": ["a"]}, 'as they are: docs (has neither "command" nor "url"); fix them there'),
    ],
)
def test_an_entry_the_gateway_would_refuse_is_refused_for_what_it_is(home, capsys, entry, said):
    cursor = CLIENTS["cursor"].default_path()
    original = json.dumps({"mcpServers": {"docs": entry}})
    write(cursor, original)
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert said.replace("CLIENT", str(cursor)) in err and len(err.strip().splitlines()) == 1
    assert f"{cursor}: mcpServers.docs" in err or "cannot run in the gateway" in err, "named in the client's file"
    assert "environment variable" not in err, "the entry came from the client's file, not from the environment"
    assert cursor.read_text() == original and not gateway_config(home).exists()


def test_a_null_or_odd_servers_object_in_the_client_file(home, tmp_path, capsys):
    """`"mcpServers": null` (a hand edit) takes the gateway's entry; a list there is one clear line naming the file."""
    project = tmp_path / "proj"
    client = CLIENTS["claude-code"].default_path()
    moved = {"type": "stdio", "command": PY, "args": [str(FIXTURE_SERVER)]}
    original = write(
        client, json.dumps({"mcpServers": None, "projects": {str(project): {"mcpServers": {"fx": moved}}}})
    )
    assert run("install", "--client", "claude-code") == 0
    entry = json.loads(client.read_text())["mcpServers"]["secure-gateway"]
    assert entry["type"] == "stdio" and entry["args"][0] == "--config"
    assert run("uninstall", "--client", "claude-code") == 0
    assert client.read_bytes() == original
    capsys.readouterr()

    cursor = CLIENTS["cursor"].default_path()
    odd = write(cursor, json.dumps({"mcpServers": ["fx"]}))
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert f'{cursor}: "mcpServers" is a list, not an object of servers' in err and len(err.strip().splitlines()) == 1
    assert cursor.read_bytes() == odd


def test_uninstall_keeps_a_moved_server_changed_in_the_gateway_config(home, capsys):
    """A server the user edited in the gateway config after the install (a new argument, a token) is not deleted by
    uninstall: it stays there, and the user is told; the servers left as moved are removed as before."""
    cursor = CLIENTS["cursor"].default_path()
    original = write(
        cursor, json.dumps({"mcpServers": {"fx": {"command": PY, "args": ["a"]}, "db": {"command": PY, "args": ["b"]}}})
    )
    assert run("install", "--client", "cursor") == 0
    config = json.loads(gateway_config(home).read_text())
    config["mcpServers"]["fx"]["args"] = ["a", "--verbose"]
    config["mcpServers"]["fx"]["env"] = {"FX_TOKEN": "Rk29vPq81LmZ"}
    config["mcpServers"]["mine"] = {"command": PY, "args": ["c"]}  # (added there by hand: Cursor never had it)
    gateway_config(home).write_text(json.dumps(config, indent=4))
    capsys.readouterr()
    assert run("uninstall", "--client", "cursor") == 0
    out = capsys.readouterr().out
    assert cursor.read_bytes() == original
    left = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert left == {"fx": config["mcpServers"]["fx"], "mine": config["mcpServers"]["mine"]}, "the untouched one goes"
    assert f"kept fx in {gateway_config(home)}: you changed it there since the install" in out
    assert (
        f"{gateway_config(home)} also holds 1 server(s) added since the install: mine; Cursor no longer starts" in out
    )


def test_nothing_to_install_is_an_error(home, capsys):
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert "nothing to install" in err and len(err.strip().splitlines()) == 1
    assert not CLIENTS["cursor"].default_path().exists()


def test_a_broken_client_file_is_one_line_and_untouched(home, capsys):
    client = CLIENTS["claude-desktop"].default_path()
    original = write(client, '{"mcpServers": {"a": ')
    assert run("install", "--client", "claude-desktop") == 1
    err = capsys.readouterr().err
    assert "not valid JSON" in err and len(err.strip().splitlines()) == 1
    assert client.read_bytes() == original


def test_client_config_option_and_unknown_client(home, tmp_path, capsys):
    custom = tmp_path / "elsewhere.json"
    original = write(custom, json.dumps({"mcpServers": {"fx": {"command": PY}}}))
    assert run("install", "--client", "cursor", "--client-config", str(custom)) == 0
    assert "secure-gateway" in json.loads(custom.read_text())["mcpServers"]
    assert run("uninstall", "--client", "cursor", "--client-config", str(custom)) == 0
    assert custom.read_bytes() == original
    assert run("install", "--client", "notepad") == 1
    assert "unknown client" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("platform", "name", "expected"),
    [
        ("darwin", "claude-desktop", "Library/Application Support/Claude/claude_desktop_config.json"),
        ("win32", "claude-desktop", "Roaming/Claude/claude_desktop_config.json"),
        ("linux", "claude-desktop", ".config/Claude/claude_desktop_config.json"),
        ("darwin", "vscode", "Library/Application Support/Code/User/mcp.json"),
        ("win32", "vscode", "Roaming/Code/User/mcp.json"),
        ("linux", "cursor", ".cursor/mcp.json"),
    ],
)
def test_standard_locations(platform, name, expected):
    env = {"HOME": "/h", "USERPROFILE": "C:/Users/u", "APPDATA": "C:/Users/u/AppData/Roaming"}
    assert client_named(name).default_path(platform, env).as_posix().endswith(expected)


def test_the_installed_entry_starts_from_a_bare_environment(home, tmp_path):
    """A GUI-launched client has almost no PATH: the entry must start the gateway anyway."""
    import anyio
    from mcp import ClientSession, StdioServerParameters, stdio_client

    client = CLIENTS["claude-desktop"].default_path()
    write(client, json.dumps({"mcpServers": {"fx": {"command": PY, "args": [str(FIXTURE_SERVER), "--name", "fx"]}}}))
    assert run("install", "--client", "claude-desktop") == 0
    cfg = json.loads(gateway_config(home).read_text())
    cfg["cache"] = {"enabled": False}
    cfg["audit"] = {"enabled": False}
    gateway_config(home).write_text(json.dumps(cfg))
    entry = json.loads(client.read_text())["mcpServers"]["secure-gateway"]
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_STATE_HOME": str(home / ".local" / "state")}
    if sys.platform == "win32":  # pragma: no cover
        bare["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", "")

    async def use() -> list[str]:
        params = StdioServerParameters(command=entry["command"], args=entry["args"], env=bare)
        with open(tmp_path / "stderr.log", "w") as errlog:
            async with stdio_client(params, errlog=errlog) as (r, w), ClientSession(r, w) as session:
                await session.initialize()
                return [t.name for t in (await session.list_tools()).tools]

    names = anyio.run(use)
    assert any(n.startswith("fx__") for n in names), names


def test_a_client_file_that_is_a_link_stays_a_link(home, tmp_path):
    real = tmp_path / "dotfiles" / "claude_desktop_config.json"
    original = write(real, json.dumps({"mcpServers": {"fx": {"command": PY}}}))
    link = CLIENTS["claude-desktop"].default_path()
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(real)
    assert run("install", "--client", "claude-desktop") == 0
    assert link.is_symlink() and "secure-gateway" in real.read_text()
    assert run("uninstall", "--client", "claude-desktop") == 0
    assert link.is_symlink() and real.read_bytes() == original


_AS_CLAUDE = (
    "import ctypes, sys; ctypes.CDLL(None).prctl(15, b'Claude', 0, 0, 0); print('named', flush=True); sys.stdin.read()"
)


@pytest.mark.serial  # a process named Claude makes every other install test see a running app
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names a process through prctl")
def test_a_running_claude_desktop_is_not_edited_behind_its_back(home, capsys):
    import subprocess

    client = CLIENTS["claude-desktop"].default_path()
    original = write(client, CLAUDE_DESKTOP)
    app = subprocess.Popen([PY, "-c", _AS_CLAUDE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None and app.stdout.readline() == "named\n"  # the process now calls itself Claude
        assert run("install", "--client", "claude-desktop") == 1
        err = capsys.readouterr().err
        assert "Claude Desktop is running" in err and "--force" in err
        assert client.read_bytes() == original and not gateway_config(home).exists(), "nothing was written"
        assert run("install", "--client", "claude-desktop", "--force") == 0
        installed = client.read_bytes()
        assert run("uninstall", "--client", "claude-desktop") == 1
        assert client.read_bytes() == installed
    finally:
        app.kill()
        app.wait()
    assert run("uninstall", "--client", "claude-desktop") == 0
    assert client.read_bytes() == original


def test_an_entry_already_starting_the_gateway_keeps_its_config(home, tmp_path, capsys):
    """A client set up by hand (`init`, or an install with another --config) already starts the gateway with its own
    config: install adds the client's new servers to that config, instead of pointing the entry at another file and
    leaving that config's servers unrun; a --config naming another file is refused, saying which and how."""
    theirs = tmp_path / "team" / "gateway.json"
    write(theirs, json.dumps({"mcpServers": {"x": {"command": PY, "args": ["x.py"]}}}, indent=4) + "\n")
    cursor = CLIENTS["cursor"].default_path()
    entry = {"command": "/opt/smg/bin/secure-mcp-gateway", "args": ["--config", str(theirs)]}
    original = write(cursor, json.dumps({"mcpServers": {"secure-gateway": entry, "y": {"command": PY, "args": ["y"]}}}))
    other = tmp_path / "other.json"
    assert run("install", "--client", "cursor", "--config", str(other)) == 1
    err = capsys.readouterr().err
    assert f"{cursor}: mcpServers.secure-gateway already starts the gateway with the config {theirs}" in err
    assert f"--config {theirs}" in err and len(err.strip().splitlines()) == 1
    assert cursor.read_bytes() == original and not other.exists() and not gateway_config(home).exists()

    assert run("install", "--client", "cursor") == 0
    installed = json.loads(cursor.read_text())["mcpServers"]
    assert list(installed) == ["secure-gateway"] and installed["secure-gateway"]["args"] == ["--config", str(theirs)]
    assert list(json.loads(theirs.read_text())["mcpServers"]) == ["x", "y"], "the servers it ran still run"
    assert not gateway_config(home).exists()
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original
    assert list(json.loads(theirs.read_text())["mcpServers"]) == ["x"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_gateway_config_the_gateway_reads_is_read_by_install_too(home, encoding, capsys):
    """A gateway config saved by a Windows editor (a byte-order mark, or UTF-16) runs the gateway, so install adds to
    it and uninstall takes back out of it; one holding a key twice is refused as the gateway refuses it."""
    config = gateway_config(home)
    config.parent.mkdir(parents=True)
    config.write_bytes(json.dumps({"mcpServers": {"b": {"command": PY, "args": ["b"]}}}).encode(encoding))
    cursor = CLIENTS["cursor"].default_path()
    original = write(cursor, json.dumps({"mcpServers": {"a": {"command": PY, "args": ["a"]}}}))
    assert run("install", "--client", "cursor") == 0, capsys.readouterr().err
    assert list(json.loads(config.read_text())["mcpServers"]) == ["b", "a"]
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original and list(json.loads(config.read_text())["mcpServers"]) == ["b"]

    twice = '{"mcpServers": {"b": {"command": "x"}, "b": {"command": "y"}}}'
    config.write_text(twice)
    capsys.readouterr()
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert f'{config}: the key "b" appears twice in one object' in err and len(err.strip().splitlines()) == 1
    assert config.read_text() == twice and cursor.read_bytes() == original


def test_a_gateway_config_written_by_hand_keeps_its_text(home, capsys):
    """Install adds the moved servers to an existing gateway config without rewriting the rest of it (indentation,
    numbers as written, escapes), and uninstall takes them out again: the file is back byte for byte."""
    config = gateway_config(home)
    head = '{\n    "gateway": {"call_timeout": 1e2},\n    "mcpServers": {\n        "b": {"command": "x"'
    text = head + ', "args": ["\\u00e9"]}\n    }\n}\n'
    written = write(config, text)
    cursor = CLIENTS["cursor"].default_path()
    original = write(cursor, json.dumps({"mcpServers": {"a": {"command": PY, "args": ["a"]}}}))
    assert run("install", "--client", "cursor") == 0
    after = config.read_text()
    assert after.startswith(head + ', "args": ["\\u00e9"]},\n        "a": {\n')
    assert list(json.loads(after)["mcpServers"]) == ["b", "a"]
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original and config.read_bytes() == written


def test_a_big_claude_code_file_is_read_once_not_once_a_server(home, monkeypatch):
    """Claude Code keeps every project's history in `~/.claude.json` (megabytes): install moves all its servers
    with one reading of the file's layout, not one per server (2.7 MB and 18 servers took 22 s of CPU)."""
    from secure_mcp_gateway.cli import jsonedit

    projects = {
        f"/src/p{i}": {"history": [{"display": "x"}], "mcpServers": {f"db{i}": {"command": "x"}}} for i in range(6)
    }
    doc = {
        "mcpServers": {f"s{i}": {"type": "stdio", "command": "x", "args": [str(i)]} for i in range(6)},
        "projects": projects,
    }
    client = CLIENTS["claude-code"].default_path()
    original = write(client, json.dumps(doc, indent=2))
    layouts = []
    real = jsonedit.parse
    monkeypatch.setattr(jsonedit, "parse", lambda text: layouts.append(len(text)) or real(text))
    assert run("install", "--client", "claude-code") == 0
    assert len(layouts) <= 3, f"the file's layout was read {len(layouts)} times"
    after = json.loads(client.read_text())
    assert list(after["mcpServers"]) == ["secure-gateway"] and all(
        not p["mcpServers"] for p in after["projects"].values()
    )
    assert len(json.loads(gateway_config(home).read_text())["mcpServers"]) == 12
    assert run("uninstall", "--client", "claude-code") == 0
    assert client.read_bytes() == original


@pytest.mark.parametrize("refused", ["client", "record"])
def test_a_file_that_cannot_be_written_is_named_and_nothing_is_left_half_done(home, monkeypatch, capsys, refused):
    """A client file in a folder the user cannot write (made by `sudo`), or a state folder so: one line naming the
    file and the fix, and every file written before it put back; before, the backup and the gateway config stayed
    (or the client pointed at the gateway with no record for uninstall) and the message named a temporary file."""
    from secure_mcp_gateway.cli import install

    cursor = CLIENTS["cursor"].default_path()
    original = write(cursor, json.dumps({"mcpServers": {"fx": {"command": PY, "args": ["a"]}}}))
    real = install._write

    def refuse(path: Path, data: bytes, mode: int) -> None:
        if (refused == "client" and path == cursor) or (refused == "record" and path.parent == install.records_dir()):
            raise PermissionError(13, "Permission denied", str(path.with_name(f".{path.name}.tmp1234")))
        real(path, data, mode)

    monkeypatch.setattr(install, "_write", refuse)
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    where = cursor if refused == "client" else install.records_dir()
    assert f"cannot write {where}" in err and "Permission denied" in err and "nothing was changed" in err, err
    assert len(err.strip().splitlines()) == 1
    assert cursor.read_bytes() == original and not gateway_config(home).exists()
    assert sorted(p.name for p in cursor.parent.iterdir()) == ["mcp.json"], "no backup left behind"
    monkeypatch.setattr(install, "_write", real)
    assert run("install", "--client", "cursor") == 0
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original


def test_an_uninstall_that_cannot_write_puts_back_what_it_wrote(home, monkeypatch, capsys):
    """Uninstall refused a write (the gateway config's folder made read-only since): one line naming the file, and the
    client file it had already put back is as the install left it again, the record and backup kept for a retry."""
    from secure_mcp_gateway.cli import install

    cursor = CLIENTS["cursor"].default_path()
    original = write(cursor, json.dumps({"mcpServers": {"fx": {"command": PY, "args": ["a"]}}}))
    config = gateway_config(home)
    write(config, json.dumps({"mcpServers": {"mine": {"command": PY, "args": ["m"]}}}))
    assert run("install", "--client", "cursor") == 0
    installed, gateway = cursor.read_bytes(), config.read_bytes()
    real = install._write

    def refuse(path: Path, data: bytes, mode: int) -> None:
        if path == config:
            raise PermissionError(13, "Permission denied", str(path.with_name(".config.json.tmp1234")))
        real(path, data, mode)

    monkeypatch.setattr(install, "_write", refuse)
    capsys.readouterr()
    assert run("uninstall", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert f"cannot write {config} (Permission denied)" in err and len(err.strip().splitlines()) == 1, err
    assert cursor.read_bytes() == installed and config.read_bytes() == gateway
    monkeypatch.setattr(install, "_write", real)
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original and list(json.loads(config.read_text())["mcpServers"]) == ["mine"]


def test_servers_turned_off_in_claude_code_stay_off(home, tmp_path, capsys):
    """A server the user turned off in Claude Code (`/mcp`: a project's `disabledMcpServers`; a `.mcp.json` server
    rejected: `disabledMcpjsonServers`) stays off behind the gateway; a user server turned off in some projects only
    stays in Claude Code, which alone can keep it off there. Before, install moved them all and the gateway ran them."""
    shop, blog = tmp_path / "shop", tmp_path / "blog"
    doc = {
        "mcpServers": {"web": {"type": "stdio", "command": "web-mcp"}, "fx": {"type": "stdio", "command": PY}},
        "projects": {
            str(shop): {"mcpServers": {"db": {"type": "stdio", "command": "db-mcp"}}, "disabledMcpServers": ["db"]},
            str(blog): {"mcpServers": {}, "disabledMcpServers": ["web"]},
        },
    }
    client = CLIENTS["claude-code"].default_path()
    original = write(client, json.dumps(doc, indent=2))
    assert run("install", "--client", "claude-code", "--dry-run") == 0
    assert f"kept web in Claude Code: it is turned off in 1 project ({blog}" in capsys.readouterr().out
    assert run("install", "--client", "claude-code") == 0
    said = capsys.readouterr().out
    servers = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert sorted(servers) == ["db", "fx"] and servers["db"]["disabled"] is True and "disabled" not in servers["fx"]
    assert f"kept web in Claude Code: it is turned off in 1 project ({blog}" in said
    assert "web" in json.loads(client.read_text())["mcpServers"]
    assert run("uninstall", "--client", "claude-code") == 0
    assert client.read_bytes() == original

    mcp = write(shop / ".mcp.json", json.dumps({"mcpServers": {"evil": {"command": "x"}, "ok": {"command": PY}}}))
    write(
        shop / ".claude" / "settings.local.json",
        json.dumps({"disabledMcpjsonServers": ["evil"], "enabledMcpjsonServers": ["ok"]}),
    )
    assert run("install", "--client", "claude-code", "--project", str(shop)) == 0
    servers = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert servers["evil"]["disabled"] is True and "disabled" not in servers["ok"], "a rejected server never runs"
    assert run("uninstall", "--client", "claude-code", "--project", str(shop)) == 0
    assert (shop / ".mcp.json").read_bytes() == mcp


def test_a_project_server_not_yet_approved_stays_in_claude_code(home, tmp_path, capsys):
    """Claude Code asks before starting a project's `.mcp.json` server: one the user has not approved (added to the
    repository since) stays in the client, which still asks, instead of starting behind the gateway entry that is
    approved because the project's other servers were."""
    shop = tmp_path / "shop"
    servers = {"ok": {"command": PY, "args": ["a"]}, "new": {"command": PY, "args": ["b"]}}
    write(shop / ".mcp.json", json.dumps({"mcpServers": servers}))
    write(shop / ".claude" / "settings.local.json", json.dumps({"enabledMcpjsonServers": ["ok"]}))
    assert run("install", "--client", "claude-code", "--project", str(shop)) == 0
    said = capsys.readouterr().out
    assert list(json.loads(gateway_config(home).read_text())["mcpServers"]) == ["ok"]
    assert "kept new in Claude Code: it is not approved there yet" in said
    assert set(json.loads((shop / ".mcp.json").read_text())["mcpServers"]) == {"new", "secure-gateway"}

    other = tmp_path / "blog"
    write(other / ".mcp.json", json.dumps({"mcpServers": servers}))
    write(other / ".claude" / "settings.json", json.dumps({"enableAllProjectMcpServers": True}))
    assert run("install", "--client", "claude-code", "--project", str(other)) == 0
    moved = json.loads(gateway_config(home).read_text())["mcpServers"]
    assert "new" in moved and moved["new"]["project"] == str(other), "a project that approves all: every server moves"


def test_an_entry_naming_its_config_with_a_variable(home, capsys):
    """A hand-written entry naming its config through a client variable is read as the client reads it
    (`${userHome}`); one install cannot read is refused with the fix, never taken as a folder named `${...}`."""
    theirs = home / "gw" / "gateway.json"
    write(theirs, json.dumps({"mcpServers": {"x": {"command": PY, "args": ["x"]}}}))
    cursor = CLIENTS["cursor"].default_path()
    entry = {"command": "/opt/smg/bin/secure-mcp-gateway", "args": ["--config", "${userHome}/gw/gateway.json"]}
    original = write(cursor, json.dumps({"mcpServers": {"secure-gateway": entry, "y": {"command": PY, "args": ["y"]}}}))
    assert run("install", "--client", "cursor") == 0
    assert list(json.loads(theirs.read_text())["mcpServers"]) == ["x", "y"]
    assert run("uninstall", "--client", "cursor") == 0
    assert cursor.read_bytes() == original
    entry["args"] = ["--config", "${env:SMG_NOWHERE_T3}/gateway.json"]
    original = write(cursor, json.dumps({"mcpServers": {"secure-gateway": entry, "y": {"command": PY, "args": ["y"]}}}))
    capsys.readouterr()
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert "${env:SMG_NOWHERE_T3}/gateway.json" in err and "pass --config" in err and len(err.strip().splitlines()) == 1
    assert cursor.read_bytes() == original and not gateway_config(home).exists()


def test_an_uninstall_of_the_wrong_file_says_where_the_gateway_is_installed(home, tmp_path, capsys):
    """`uninstall --client claude-code` after an install with `--project`: nothing to undo in the user file, and the
    command that undoes the install there is shown."""
    shop = tmp_path / "shop"
    write(shop / ".mcp.json", json.dumps({"mcpServers": {"fx": {"command": PY, "args": ["a"]}}}))
    assert run("install", "--client", "claude-code", "--project", str(shop)) == 0
    capsys.readouterr()
    assert run("uninstall", "--client", "claude-code") == 0
    out = capsys.readouterr().out
    assert "nothing to undo" in out
    assert f"uninstall --client claude-code --project {shop}" in out, out


@pytest.mark.parametrize(
    ("runner", "args"),
    [
        (
            "docker",
            ["run", "-i", "--rm", "-v", "/srv/gw:/config:ro", "-e", "TOKEN", "ghcr.io/acme/secure-mcp-gateway:0.1"],
        ),
        (
            "podman",
            ["run", "--rm", "-i", "--env-file", "/srv/env", "-v", "/srv:/c", "secure-mcp-gateway", "-c", "/c/g"],
        ),
        ("/usr/local/bin/docker", ["run", "-i", "-v", "/srv:/c", "python:3.12-slim", "uvx", "secure-mcp-gateway"]),
        (
            "docker.exe",
            ["container", "run", "-i", "registry.example.com:5000/t/secure_mcp_gateway@sha256:" + "ab" * 32],
        ),
    ],
)
def test_a_gateway_run_in_a_container_is_recognised_and_not_nested(home, capsys, runner, args):
    """An entry running the gateway in a container (`docker run ... image`, the image or the command after it
    naming the gateway) was moved into a new gateway config as an ordinary server: the client then ran a gateway
    that ran the containerised one (every call checked twice, its tools renamed). It is the gateway: install says it
    cannot set itself up beside it, and `init` leaves it out."""
    cursor = CLIENTS["cursor"].default_path()
    servers = {"secure-gateway": {"command": runner, "args": args}, "fetch": {"command": "uvx", "args": ["fetch"]}}
    original = write(cursor, json.dumps({"mcpServers": servers}))
    assert run("install", "--client", "cursor") == 1
    err = capsys.readouterr().err
    assert f"{cursor}: mcpServers.secure-gateway runs the gateway in a container" in err, err
    assert len(err.strip().splitlines()) == 1
    assert cursor.read_bytes() == original and not gateway_config(home).exists()
    assert run("init", "--client", "cursor") == 0
    assert list(json.loads(gateway_config(home).read_text())["mcpServers"]) == ["fetch"]

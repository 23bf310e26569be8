"""`install` keeps a client file's CRLF line breaks in what it writes (the console script, a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLIENT = (
    '\ufeff{\r\n  "mcpServers": {\r\n    "notes": {"command": "npx", "args": ["-y", "notes-mcp"]},\r\n'
    '    "files": {\r\n      "command": "npx",\r\n'
    '      "args": ["-y", "@modelcontextprotocol/server-filesystem", "C:\\\\work"]\r\n'
    '    }\r\n  },\r\n  "globalShortcut": "Ctrl+Space"\r\n}\r\n'
)


def gateway(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURE_MCP_GATEWAY_")}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_STATE_HOME": str(home / "state")})
    exe = Path(sys.executable).parent / "secure-mcp-gateway"
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=60, check=True)


def test_install_on_a_crlf_file_writes_crlf_and_uninstall_restores_it(tmp_path: Path) -> None:
    client = tmp_path / "claude_desktop_config.json"
    client.write_bytes(CLIENT.encode())
    config = tmp_path / "gateway.json"
    where = ["--client", "claude-desktop", "--client-config", str(client), "--config", str(config)]
    gateway(tmp_path, "install", *where)
    written = client.read_bytes()
    assert b"secure-gateway" in written and b"notes-mcp" not in written
    assert written.count(b"\n") == written.count(b"\r\n"), written
    assert written.startswith(b"\xef\xbb\xbf{\r\n") and written.endswith(b'"globalShortcut": "Ctrl+Space"\r\n}\r\n')
    gateway(tmp_path, "uninstall", *where)
    assert client.read_bytes() == CLIENT.encode()


def servers_run(home: Path, entry: dict, where: Path) -> dict[str, bool]:
    """Which servers a gateway started as `entry` (a client's entry) in the folder `where` would run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURE_MCP_GATEWAY_")}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_STATE_HOME": str(home / "state")})
    cmd = [entry["command"], *entry["args"], "check", "--json"]
    done = subprocess.run(cmd, env=env, cwd=where, capture_output=True, text=True, timeout=60)
    return {s["server"]: s["enabled"] for s in json.loads(done.stdout)["servers"]}


def test_a_cursor_projects_servers_run_only_for_that_project_and_uninstall_puts_its_file_back(tmp_path: Path) -> None:
    """`install --client cursor --project DIR` moves the project's own servers with `project`, and the project's
    entry tells the gateway which project it runs for (Cursor promises no working directory); the user-level entry
    does not run them; `uninstall --project DIR` puts the project's file back as it was."""
    user, mine = tmp_path / ".cursor" / "mcp.json", tmp_path / "shop" / ".cursor" / "mcp.json"
    elsewhere = tmp_path / "blog"
    for path in (user, mine, elsewhere / "x"):
        path.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(json.dumps({"mcpServers": {"time": {"command": "npx", "args": ["-y", "time-mcp"]}}}))
    original = json.dumps({"mcpServers": {"shopdb": {"command": "npx", "args": ["-y", "@acme/db-mcp"]}}}) + "\n"
    mine.write_text(original)
    gateway(tmp_path, "install", "--client", "cursor")
    said = gateway(tmp_path, "install", "--client", "cursor", "--project", str(tmp_path / "shop")).stdout
    assert f"uninstall --client cursor --project {tmp_path / 'shop'}" in said, said
    project_entry = json.loads(mine.read_text())["mcpServers"]["secure-gateway"]
    user_entry = json.loads(user.read_text())["mcpServers"]["secure-gateway"]
    assert servers_run(tmp_path, user_entry, elsewhere) == {"time": True, "shopdb": False}
    assert servers_run(tmp_path, project_entry, elsewhere) == {"time": True, "shopdb": True}
    gateway(tmp_path, "uninstall", "--client", "cursor", "--project", str(tmp_path / "shop"))
    assert mine.read_text() == original

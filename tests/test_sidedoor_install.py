"""`install` keeps a client file's CRLF line breaks in what it writes (the console script, a real process)."""

from __future__ import annotations

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

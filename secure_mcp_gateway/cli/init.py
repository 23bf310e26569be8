"""`secure-mcp-gateway init`: start a gateway config from a client's existing MCP servers (read, never rewritten)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from secure_mcp_gateway import config as config_mod


def client_configs() -> list[Path]:
    """Where Claude Desktop, Cursor and Claude Code keep their MCP servers on this platform."""
    home = Path.home()
    if sys.platform == "darwin":
        claude = home / "Library" / "Application Support" / "Claude"
    elif sys.platform == "win32":
        claude = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "Claude"
    else:
        claude = Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / "Claude"
    return [claude / "claude_desktop_config.json", home / ".cursor" / "mcp.json", home / ".claude.json"]


def _servers_of(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise ValueError(f'{path} has no "mcpServers" object')
    ours = {"secure-mcp-gateway", "secure_mcp_gateway"}
    return {
        name: entry
        for name, entry in servers.items()
        if isinstance(entry, dict)
        and not ours & {Path(str(entry.get("command", ""))).name, *map(str, entry.get("args", []))}
    }


def run_init(source: str | None, target: str | None, force: bool) -> int:
    """Write a gateway config holding the client's servers, then print the entry to put in the client."""
    out = config_mod.locate(target)
    if out.exists() and not force:
        print(f"{out} exists already; pass --force to replace it", file=sys.stderr)
        return 1
    candidates = [Path(source).expanduser()] if source else [p for p in client_configs() if p.is_file()]
    servers: dict[str, Any] = {}
    used = None
    for path in candidates:
        try:
            servers = _servers_of(path)
        except (OSError, ValueError) as exc:
            print(f"cannot read {path}: {exc}", file=sys.stderr)
            return 1
        used = path
        break
    config = {"mcpServers": servers}
    try:
        config_mod.parse(json.loads(json.dumps(config)), str(out), environ={**os.environ})
    except config_mod.ConfigError as exc:
        print(f"the servers found in {used} are not valid as they are:\n{exc}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    found = f"{len(servers)} server(s) from {used}" if used else "no client config found; an empty list"
    print(f"wrote {out} with {found}")
    exe = shutil.which("secure-mcp-gateway") or "secure-mcp-gateway"
    entry = {"mcpServers": {"secure-gateway": {"command": exe, "args": ["--config", str(out)]}}}
    if any(isinstance(e, dict) and e.get("env") for e in servers.values()):
        print("env values were copied as they are; a secret is better written as ${env:NAME} there")
    print("\nCheck it:   secure-mcp-gateway check --probe --config " + str(out))
    print("Then quit the client, and in its config replace the servers you moved with this one entry:\n")
    print(json.dumps(entry, indent=2))
    return 0

"""`secure-mcp-gateway init`: start a gateway config from a client's existing MCP servers (read, never rewritten)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.cli import jsonedit
from secure_mcp_gateway.cli.clients import CLIENTS, Client, NotMovable, client_named, convert, guess_client, is_ours
from secure_mcp_gateway.cli.errors import CliError
from secure_mcp_gateway.cli.install import AnyEnv, as_checked, write_private
from secure_mcp_gateway.cli.turned_off import TurnedOff, held_back, turned_off
from secure_mcp_gateway.launch import gateway_command, shell_command


def servers_of(client: Client, path: Path) -> tuple[dict[str, Any], list[str]]:
    """The servers of a client's file that can run in the gateway, and one note per server that cannot."""
    try:
        data = jsonedit.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CliError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise CliError(f"{path} holds no JSON object")
    servers: dict[str, Any] = {}
    notes: list[str] = []
    off = turned_off(path, client.default_path(), data) if client.name == "claude-code" else TurnedOff()
    for location in client.locations(data, path):
        holder: Any = data
        for key in location.path:
            holder = holder.get(key) if isinstance(holder, dict) else None
        for name, entry in (holder or {}).items() if isinstance(holder, dict) else ():
            if is_ours(entry):
                continue
            try:
                off_here = held_back(off, location.path, name, client.title)
                converted, _left = convert(client, entry, location)
            except NotMovable as exc:
                notes.append(f"left out {name}: it {exc}")
                continue
            if off_here:
                converted["disabled"] = True
            key, n = name, 1
            while key in servers:
                n += 1
                key = f"{name}-{n}"
            servers[key] = converted
    return servers, notes


def run_init(source: str | None, target: str | None, force: bool, client_name: str | None = None) -> int:
    """Write a gateway config holding the client's servers, then print the entry to put in the client."""
    out = config_mod.locate(target).absolute()
    if out.exists() and not force:
        raise CliError(f"{out} exists already; pass --force to replace it")
    if client_name and not source:  # (the file of the client named, as `install --client` reads it)
        named = client_named(client_name)
        source = str(named.default_path())
        if not Path(source).is_file():
            raise CliError(f"{named.title} has no config at {source}; name its file with --from PATH")
    if source:
        path = Path(source).expanduser()
        if not path.is_file():
            raise CliError(f"{path}: no such file")
        candidates = [(client_named(client_name) if client_name else None, path)]
    else:
        candidates = [(c, c.default_path()) for c in CLIENTS.values()]
    tried: list[str] = []
    notes: list[str] = []
    for client, path in candidates:
        if not path.is_file():
            continue
        if client is None:
            try:
                client = guess_client(path, jsonedit.loads(path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise CliError(f"cannot read {path}: {exc}") from None
        servers, notes = servers_of(client, path)
        tried.append(f"{path}: {'; '.join(notes)}" if notes else str(path))
        if servers:
            break
    else:
        where = ", ".join(tried) if tried else "none of the usual client config files exists"
        found = " the gateway can run" if any(": left out " in t for t in tried) else ""
        raise CliError(
            f"no MCP servers found{found} ({where}); name a client's file with --from PATH, or write {out} by hand"
        )
    config = {"mcpServers": servers}
    try:
        config_mod.parse(as_checked(json.loads(json.dumps(config))), str(out), environ=AnyEnv())
    except config_mod.ConfigError as exc:
        raise CliError(f"the servers found in {path} are not valid as they are: {str(exc).splitlines()[0]}") from None
    write_private(out, (json.dumps(config, indent=2) + "\n").encode("utf-8"))
    print(f"wrote {out} (mode 0600) with {len(servers)} server(s) from {path}: {', '.join(servers)}")
    for note in notes:
        print(note)
    command, args = gateway_command(out)
    entry: dict[str, Any] = {"secure-gateway": client.gateway_entry(command, args)}  # (in the client's own shape)
    for key in reversed(client.top(jsonedit.loads(path.read_text(encoding="utf-8")), path)):
        entry = {key: entry}
    me = shell_command()
    print(f"\nCheck it:   {me} check --probe --config {out}")
    print(f"Easiest:    {me} install --client {client.name}   (does the rest, with a backup and undo)")
    print("Or by hand: quit the client, and in its config replace the servers you moved with this one entry:\n")
    print(json.dumps(entry, indent=2))
    return 0

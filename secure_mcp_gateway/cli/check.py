"""`secure-mcp-gateway check`: validate the config and show what would run."""

from __future__ import annotations

import asyncio
from pathlib import Path

from secure_mcp_gateway.childenv import CommandNotFound, child_environment, resolve_command
from secure_mcp_gateway.config import GatewayConfig


def run_check(config: GatewayConfig, path: Path, probe: bool) -> int:
    """Print what the config would run; with `probe`, start each server and list its tools."""

    print(f"config: {path}")
    servers = config.mcp_servers
    if not servers:
        print('no servers configured (add them under "mcpServers")')
    problems = 0
    for name, server in servers.items():
        state = "" if server.active else " (disabled)"
        print(f"\n{name}{state}")
        if server.transport == "stdio":
            env = child_environment(server.env, [*config.gateway.inherit_env, *server.inherit_env])
            try:
                resolved = resolve_command(server.command or "", env, server.cwd)
            except CommandNotFound as exc:
                resolved = f"NOT FOUND: {exc}"
                problems += server.active
            print(f"  run:      {server.command} {' '.join(server.args)}".rstrip())
            print(f"  program:  {resolved}")
            if server.env:
                print(f"  env:      {', '.join(sorted(server.env))} (values hidden)")
            if server.cwd:
                print(f"  cwd:      {server.cwd}")
        else:
            print(f"  url:      {server.url} ({server.transport})")
            if server.headers:
                print(f"  headers:  {', '.join(sorted(server.headers))} (values hidden)")
        print(f"  timeout:  {config.call_timeout(name):g} s")
        if server.tools.allow is not None or server.tools.deny:
            print(f"  tools:    allow {server.tools.allow or ['*']}, deny {server.tools.deny or []}")
    if probe and config.servers:
        problems += asyncio.run(_probe(config))
    return 1 if problems else 0


async def _probe(config: GatewayConfig) -> int:
    from secure_mcp_gateway.server import Gateway

    gateway = Gateway(config)
    gateway.fleet.start()
    print("\nprobe:")
    failed = 0
    try:
        await asyncio.gather(*(c.wait_settled(config.gateway.init_timeout) for c in gateway.fleet))
        for row in gateway.fleet.status():
            ok = row["state"] == "ready"
            failed += not ok
            detail = f"{row['tools']} tools" if ok else row["detail"]
            print(f"  {row['server']:<24} {row['state']:<9} {detail}")
    finally:
        await gateway.stop()
    return failed

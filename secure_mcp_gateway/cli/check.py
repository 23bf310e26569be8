"""`secure-mcp-gateway check`: validate the config and show what would run."""

from __future__ import annotations

import asyncio
from pathlib import Path

from secure_mcp_gateway.childenv import CommandNotFound, child_environment, resolve_command
from secure_mcp_gateway.config import GatewayConfig


def run_check(config: GatewayConfig, path: Path, probe: bool, as_json: bool = False, verbose: bool = False) -> int:
    """Print what the config would run; with `probe`, start each server and ask each guardrail service once."""
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
    _guardrails(config)
    _storage(config)
    if probe and (config.servers or config.guardrails.providers):
        problems += asyncio.run(_probe(config))
    return 1 if problems else 0


def _guardrails(config: GatewayConfig) -> None:
    g = config.guardrails
    print("\nguardrails" + ("" if g.enabled else " (off)"))
    for direction in ("input", "output"):
        policy = getattr(g, direction)
        acts = ", ".join(f"{d} {getattr(policy, d).action}" for d in ("secrets", "pii", "injection", "hidden_text"))
        print(f"  {direction + ':':<9} {acts}")
    print(f"  defs:     poisoning {g.definitions.poisoning.action}, hidden_text {g.definitions.hidden_text.action}")
    if g.deny_patterns:
        print(f"  deny:     {len(g.deny_patterns)} pattern(s)")
    overrides = [n for n, s in config.mcp_servers.items() if s.guardrails]
    if overrides:
        print(f"  per-server overrides: {', '.join(overrides)}")
    breakers = _last_breaker_states(config)
    for name, provider in g.providers.items():
        where = provider.url or "https://api.enkryptai.com"
        state = breakers.get(name)
        seen = f"; breaker {state[0]} since {state[1]} (audit trail)" if state else ""
        print(f"  provider: {name} ({provider.type}, {where}){seen}")
    if g.providers:
        print(f"  on failure: input {g.on_failure.input}, output {g.on_failure.output}")


def _last_breaker_states(config: GatewayConfig) -> dict[str, tuple[str, str]]:
    """The last breaker change of each provider the running gateway wrote to its audit trail."""
    if not config.guardrails.providers or not config.audit.enabled:
        return {}
    from secure_mcp_gateway.audit import read_events
    from secure_mcp_gateway.cli.audit import audit_path

    path = audit_path(config, None)
    states: dict[str, tuple[str, str]] = {}
    try:
        for event in read_events(path):
            name = event.get("event", "")
            if name.startswith("breaker.") and isinstance(event.get("provider"), str):
                states[event["provider"]] = (name.split(".", 1)[1], str(event.get("ts", "?")))
    except OSError:
        return {}
    return states


def _storage(config: GatewayConfig) -> None:
    from secure_mcp_gateway.cache import cache_directory
    from secure_mcp_gateway.cli.audit import audit_path

    cache = f"{cache_directory(config.cache)}" if config.cache.enabled else "off"
    audit = f"{audit_path(config, None)} (record: {config.audit.record})" if config.audit.enabled else "off"
    print(f"\ncache:    {cache}\naudit:    {audit}")


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
    return failed + await _probe_providers(config)


async def _probe_providers(config: GatewayConfig) -> int:
    """Ask each remote guardrail service about a harmless text once."""
    if not config.guardrails.providers:
        return 0
    from secure_mcp_gateway.guardrails.remote import RemoteGuards

    guards = RemoteGuards(config.guardrails.providers, config.guardrails.http)
    failed = 0
    try:
        for name in config.guardrails.providers:
            verdict = await guards.check(
                name, "input", ["hello from secure-mcp-gateway check"], server="check", tool="probe", request_id="check"
            )
            ok = verdict.status == "ok"
            failed += not ok
            detail = f"answered in {verdict.latency_ms:.0f} ms" if ok else f"{verdict.status}: {verdict.error}"
            print(f"  {'guardrail ' + name:<24} {'ok' if ok else 'FAILED':<9} {detail}")
    finally:
        await guards.aclose()
    return failed

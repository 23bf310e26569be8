"""`secure-mcp-gateway check`: validate the config, show what would run and, with `--probe`, start it once."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from secure_mcp_gateway.childenv import CommandNotFound, child_environment, resolve_command
from secure_mcp_gateway.cli.masking import mask, mask_url
from secure_mcp_gateway.config import GatewayConfig


def run_check(config: GatewayConfig, path: Path, probe: bool, as_json: bool = False, verbose: bool = False) -> int:
    """Print what the config would run; with `probe`, start each server and ask each guardrail service once."""
    report: dict[str, Any] = {"config": str(path), "servers": []}
    out = _Out(quiet=as_json)
    out.line(f"config: {path}")
    servers = config.mcp_servers
    if not servers:
        out.line('no servers configured (add them under "mcpServers")')
    problems = 0
    for name, server in servers.items():
        row: dict[str, Any] = {"server": name, "enabled": server.active, "transport": server.transport}
        report["servers"].append(row)
        off = "" if server.active else " (disabled)"
        if server.project and not server.in_project and server.enabled and not server.disabled:
            off = f" (runs only in its project {server.project}, where the client starts the gateway)"
            row["project"] = server.project
        out.line(f"\n{name}{off}")
        if server.unusable:
            row["problem"] = server.unusable
            problems += server.active
            out.line(f"  NOT RUN:  {server.unusable}")
            continue
        if server.transport == "stdio":
            env = child_environment(server.env, [*config.gateway.inherit_env, *server.inherit_env])
            no_cwd = bool(server.cwd) and not Path(server.cwd or "").is_dir()
            try:
                resolved = resolve_command(server.command or "", env, server.cwd)
            except CommandNotFound as exc:
                resolved = f"NOT FOUND: {exc}"
                row["problem"] = str(exc)
            if no_cwd:
                row.setdefault("problem", f'"cwd" {server.cwd} is not a directory; create it, or fix "cwd"')
            problems += server.active and "problem" in row
            run = mask(" ".join([server.command or "", *server.args]))
            row.update(run=run, program=resolved, env=sorted(server.env), cwd=server.cwd)
            out.line(f"  run:      {run}".rstrip())
            out.line(f"  program:  {resolved}")
            if server.env:
                out.line(f"  env:      {', '.join(sorted(server.env))} (values hidden)")
            if server.cwd:
                out.line(f"  cwd:      {server.cwd}" + (" (NOT FOUND: no such directory)" if no_cwd else ""))
        else:
            url = mask_url(server.url or "")
            row.update(url=url, headers=sorted(server.headers))
            out.line(f"  url:      {url} ({server.transport})")
            if server.headers:
                out.line(f"  headers:  {', '.join(sorted(server.headers))} (values hidden)")
        out.line(f"  timeout:  {config.call_timeout(name):g} s")
        for note in server.notes:
            out.line(f"  note:     {note}")
        if server.notes:
            row["notes"] = server.notes
        if server.tools.allow is not None or server.tools.deny:
            out.line(f"  tools:    allow {server.tools.allow or ['*']}, deny {server.tools.deny or []}")
    if not as_json:
        _guardrails(config)
        _storage(config)
    if probe and (config.servers or config.guardrails.providers):
        problems += asyncio.run(_probe(config, report, out, verbose))
    if as_json:
        report["ok"] = not problems
        print(json.dumps(report, indent=2))
    return 1 if problems else 0


class _Out:
    """Lines for the human report (silent under `--json`), and a progress line on a terminal's stderr."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = not quiet and sys.stderr is not None and sys.stderr.isatty()
        self._shown = False

    def line(self, text: str) -> None:
        if not self.quiet:
            self.clear()
            print(text, flush=True)

    def progress(self, text: str) -> None:
        if self.tty:
            sys.stderr.write("\r\x1b[K" + text[:120])
            sys.stderr.flush()
            self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self._shown = False


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
        where = mask_url(provider.url or "https://api.enkryptai.com")  # (a key or password may be in it)
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


class _Capture(logging.Handler):
    """Keeps the log records of a probe, so that they stay out of the table (and go to stderr with --verbose)."""

    def __init__(self, echo: logging.Handler | None) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.echo = echo

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if self.echo is not None:
            self.echo.handle(record)

    def of(self, server: str) -> tuple[list[logging.LogRecord], list[str]]:
        """The supervisor's records about a server, and the server's own stderr lines."""
        from secure_mcp_gateway.logs import SERVER_LOGGER_PREFIX

        mine = [r for r in self.records if r.args and isinstance(r.args, tuple) and r.args[0] == server]
        stderr = [r.getMessage() for r in self.records if r.name == SERVER_LOGGER_PREFIX + server and r.msg == "%s"]
        return mine, stderr


def _swap_log_handlers(capture: logging.Handler) -> list[tuple[logging.Logger, list[logging.Handler]]]:
    saved = []
    for logger in (logging.getLogger("secure_mcp_gateway"), logging.getLogger()):
        saved.append((logger, list(logger.handlers)))
        for h in list(logger.handlers):
            logger.removeHandler(h)
    logging.getLogger("secure_mcp_gateway").addHandler(capture)
    logging.getLogger("secure_mcp_gateway").propagate = False
    logging.getLogger().addHandler(capture)
    return saved


def _restore_log_handlers(capture: logging.Handler, saved: list[tuple[logging.Logger, list[logging.Handler]]]) -> None:
    for logger, handlers in saved:
        logger.removeHandler(capture)
        for h in handlers:
            logger.addHandler(h)


async def _probe(config: GatewayConfig, report: dict[str, Any], out: _Out, verbose: bool) -> int:
    from secure_mcp_gateway.cli.diagnose import root_cause
    from secure_mcp_gateway.server import Gateway

    restart = config.gateway.restart.model_copy(update={"max_attempts": 0})  # each server is started once
    once = config.model_copy(update={"gateway": config.gateway.model_copy(update={"restart": restart})})
    stderr_handler = next(iter(logging.getLogger("secure_mcp_gateway").handlers), None) if verbose else None
    capture = _Capture(stderr_handler)
    saved = _swap_log_handlers(capture)
    out.line("\nprobe:")
    started = time.monotonic()
    gateway = Gateway(once)
    failed = 0
    rows = {r["server"]: r for r in report["servers"]}
    try:
        gateway.fleet.start()
        children = list(gateway.fleet)
        pending = {c.name for c in children}

        async def settle(child: Any) -> None:
            await child.wait_settled(once.gateway.init_timeout)
            pending.discard(child.name)
            done = len(children) - len(pending)
            out.progress(f"probing {done}/{len(children)} servers; waiting for {', '.join(sorted(pending))}")

        out.progress(f"probing {len(children)} servers...")
        await asyncio.gather(*(settle(c) for c in children))
        out.clear()
        width = max((len(c.name) for c in children), default=8)
        tools = 0
        for child in children:
            state = child.state.value
            row = rows.setdefault(child.name, {"server": child.name})
            if state == "ready":
                count = len(child.catalog.tools) if child.catalog else 0
                tools += count
                row.update(state="ready", tools=count)
                note = f" ({child.note})" if child.note else ""
                if note:
                    row["note"] = child.note
                out.line(f"  {child.name:<{width}}  ready    {count} tools{note}")
                continue
            failed += 1
            records, stderr = capture.of(child.name)
            if state == "starting":
                cause = f"no answer within {once.gateway.init_timeout:g} s"
                state = "timeout"
            else:
                cause = root_cause(child.detail, records, stderr)
                state = "failed"
            row.update(state=state, tools=0, cause=mask(cause))
            out.line(f"  {child.name:<{width}}  {state:<7}  {mask(cause)}")
    finally:
        out.clear()
        await gateway.stop()
        _restore_log_handlers(capture, saved)
    ready = len(gateway.fleet.children) - failed
    summary = f"{ready} of {ready + failed} servers ready ({tools} tools), {failed} failed"
    summary += f", in {time.monotonic() - started:.1f} s"
    report["summary"] = summary
    out.line(summary)
    return failed + await _probe_providers(config, report, out)


async def _probe_providers(config: GatewayConfig, report: dict[str, Any], out: _Out) -> int:
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
            report.setdefault("providers", []).append({"provider": name, "ok": ok, "detail": mask(detail)})
            out.line(f"  {'guardrail ' + name:<24} {'ok' if ok else 'FAILED':<9} {mask(detail)}")
    finally:
        await guards.aclose()
    return failed

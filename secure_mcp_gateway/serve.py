"""Server mode: the stdio connection, signals, config reloads and an orderly shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway import __version__, reaper
from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.config import ConfigError, GatewayConfig
from secure_mcp_gateway.jsonrpc import BATCH_VERSIONS
from secure_mcp_gateway.links import StdinUnreadable, StdioLink
from secure_mcp_gateway.pipeline import Pipeline
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.server import Gateway

log = logging.getLogger(__name__)

SHUTDOWN_BUDGET = 4.5
"""Seconds the whole shutdown may take (servers stopped in parallel within it)."""
RELOAD_POLL = 1.0
"""Seconds between looks at the config file's size and time."""
RELOAD_SETTLE = 0.25
"""After a config file fails to load, how long to wait to see whether it was still being written."""
EXIT_STDIN = 2
"""Exit code when standard input cannot be read."""


async def serve(config: GatewayConfig, config_path: Path | None, gateway: Gateway | None = None) -> int:
    """Serve one client over stdio until its input ends or a signal arrives."""
    limits = config.gateway.limits
    try:
        link = await StdioLink.open(limits)
    except StdinUnreadable as exc:
        log.error("cannot serve: %s", exc)
        return EXIT_STDIN
    gateway = gateway or build_gateway(config, config_path)
    peer = RpcPeer(
        "the client",
        link,
        on_request=gateway.handle,
        on_notification=gateway.on_client_notification,
        answers_malformed=True,
        batches=lambda: gateway.session.protocol_version in BATCH_VERSIONS,
        max_inbound=limits.client_requests,
    )
    gateway.attach(peer)
    from secure_mcp_gateway.status import StatusFile

    status = StatusFile(gateway, config_path).start()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    reason = ["end of input"]
    code = 0

    stop_on_signals(loop, stop, reason)

    async def read() -> None:
        await link.serve(peer.dispatch)
        # requests read before the end of input are still answered; what the gateway asked the client (consent,
        # sampling, roots) can no longer be, and is refused at once rather than at its deadline
        peer.input_ended("the client's input ended")
        waits = {loop.create_task(peer.wait_served()), stopper}
        if link.output_gone is not None:  # answers no one can read are not waited for
            waits.add(link.output_gone)
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        if link.output_gone is not None and link.output_gone.done() and peer.serving:
            reason[0] = "the client's input ended and it no longer reads the gateway's output"

    stopper = loop.create_task(stop.wait())
    reader = loop.create_task(read())
    watcher = loop.create_task(_watch(gateway, config_path)) if config.gateway.reload and config_path else None
    orphaned = loop.create_task(watch_parent(stop, reason))
    log.info("serving %d server(s) over stdio", len(config.servers))
    say_elsewhere(config)
    _audit(gateway, "gateway.start", version=__version__, config=str(config_path), servers=sorted(config.servers))
    _audit(gateway, "config.loaded", config=str(config_path), servers=sorted(config.servers))
    try:
        await asyncio.wait({reader, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if reader.done() and not reader.cancelled() and isinstance(reader.exception(), StdinUnreadable):
            log.error("cannot serve: %s", reader.exception())
            reason[0], code = "standard input unreadable", EXIT_STDIN
    finally:
        log.info("shutting down (%s)", reason[0])
        for task in (reader, stopper, watcher, orphaned):
            if task is not None:
                task.cancel()
        peer.close("the gateway is shutting down", answer=f"the gateway is shutting down ({reason[0]})")
        await write_last_lines(gateway, reason[0], peer)
        await stop_servers(gateway)
        if gateway.pipeline.remote is not None:
            await gateway.pipeline.remote.aclose()
        await status.close()
        if gateway.audit is not None:
            await gateway.audit.aclose()
        await link.close()
        reaper.WATCHDOG.close()
    return code


LAST_LINES_WAIT = 1.0
"""Seconds the calls cut short by a stop get to record their lines, and the trail to write them, before servers stop."""


async def write_last_lines(gateway: Gateway, reason: str, peer: RpcPeer | None = None) -> None:
    """Before the servers are waited on: calls cut short record their lines, then `gateway.stop` is written, signed
    and synced. A client may kill the gateway while its servers stop (the MCP SDK does 2 s after closing stdin)."""
    if peer is not None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(peer.wait_served(), LAST_LINES_WAIT)
    gateway.hub.fleet.hold()  # (no server starts after the trail says the gateway stopped)
    _audit(gateway, "gateway.stop", reason=reason)
    if gateway.audit is not None and not await gateway.audit.aflush(LAST_LINES_WAIT):
        log.warning("the audit trail's last lines were not all written and synced within %.1f s", LAST_LINES_WAIT)


async def stop_servers(gateway: Gateway) -> None:
    """Stop the servers within the shutdown budget; told to stop again meanwhile (a client's kill 2 s after closing
    stdin, a service manager's second signal), their grace ends at once."""
    loop = asyncio.get_running_loop()
    stop_on_signals(loop, hurry := asyncio.Event(), [""])
    hurrying = loop.create_task(_hurry_when(hurry, gateway))
    try:
        await asyncio.wait_for(gateway.stop(), SHUTDOWN_BUDGET)
    except asyncio.TimeoutError:
        log.error("servers did not stop within %.1f s", SHUTDOWN_BUDGET)
    finally:
        hurrying.cancel()


async def _hurry_when(told: asyncio.Event, gateway: Gateway) -> None:
    await told.wait()
    log.info("told again to stop: ending the servers now")
    gateway.hurry()


PARENT_POLL = 1.0
"""Seconds between looks at whether the process that started the gateway is still there."""


async def watch_parent(stop: asyncio.Event, reason: list[str], every: float = PARENT_POLL) -> None:
    """Set `stop` when the process that started the gateway ends (an orphan whose input stays open would otherwise
    run on with its servers, unseen), with why in `reason[0]`."""
    parent = os.getppid()
    if parent <= 1:  # started by init or a container's first process: nothing to watch
        return
    while os.getppid() == parent:
        await asyncio.sleep(every)
    reason[0] = f"its client (pid {parent}) ended"
    stop.set()


def say_elsewhere(config: GatewayConfig) -> None:
    """Log each server left off because the gateway runs outside its `project` (else it would be silently missing)."""
    for name, server in config.mcp_servers.items():
        if server.enabled and not server.disabled and not server.in_project:
            where = config_mod.workspace()
            log.info("server %s: not run here (%s); it runs only in its project %s", name, where, server.project)


def stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event, reason: list[str]) -> None:
    """SIGTERM, SIGINT and SIGHUP set `stop`, with the signal's name in `reason[0]` (where the loop allows it)."""

    def on_signal(name: str) -> None:
        reason[0] = name
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, on_signal, sig.name)


def _audit(gateway: Gateway, event: str, **fields: Any) -> None:
    if gateway.audit is not None:
        gateway.audit.record(event, **fields)


def build_gateway(config: GatewayConfig, config_path: Path | None) -> Gateway:
    """A gateway with the parts the config asks for: cache, audit trail, remote guardrails, pipeline."""
    from secure_mcp_gateway.audit import AuditTrail
    from secure_mcp_gateway.cache_redis import open_cache

    store_compiled(config)
    cache = open_cache(config.cache)
    audit = AuditTrail.from_settings(config.audit, state=config.state).start() if config.audit.enabled else None
    remote = None
    if config.guardrails.providers:  # the HTTP client is imported only for a config that names a provider
        from secure_mcp_gateway.guardrails.remote import build_remote

        remote = build_remote(config, audit)
    pipeline = Pipeline(config, remote=remote, cache=cache, audit=audit)
    gateway = Gateway(config, pipeline, str(config_path) if config_path else None, cache=cache, audit=audit)
    keep_clean(gateway, config)
    return gateway


def keep_clean(gateway: Gateway, config: GatewayConfig) -> None:
    """Keep the digests of the definitions screened clean in the state directory's `screened` folder, authenticated
    with the local key: a start whose catalogs are not cached does not screen an unchanged definition again."""
    from secure_mcp_gateway.keys import open_key, state_dir
    from secure_mcp_gateway.screened import ScreenedStore

    state = config.state
    gateway.hub.view.kept = ScreenedStore(state_dir(state) / "screened", lambda: open_key(state))


def store_compiled(config: GatewayConfig) -> None:
    """Keep the detectors' compiled Hyperscan databases in the cache directory's `hyperscan` folder (when the cache
    is on), authenticated with the local key: a start after the first loads them instead of compiling."""
    from secure_mcp_gateway.cache import cache_directory
    from secure_mcp_gateway.guardrails import compiled_store
    from secure_mcp_gateway.keys import open_key

    state = config.state
    where = cache_directory(config.cache) / "hyperscan" if config.cache.enabled else None
    compiled_store.configure(where, lambda: open_key(state))


async def apply_config(gateway: Gateway, new: GatewayConfig) -> list[str]:
    """Take a reloaded config: the policy and remote providers first (one path: unchanged providers keep their
    breaker and pooled client, added ones are asked, changed ones use their new settings, removed ones are
    dropped), then the servers whose launch spec changed; the names of the servers that changed."""
    gateway.pipeline.configure(new)
    return await gateway.reload(new)


async def _watch(
    gateway: Gateway,
    path: Path,
    vet: Callable[[GatewayConfig], None] | None = None,
    took: Callable[[GatewayConfig], None] | None = None,
) -> None:
    """Apply edits of the config file as they happen; a broken edit is reported and the old config kept."""
    last = _stamp(path)
    while True:
        await asyncio.sleep(RELOAD_POLL)
        stamp = _stamp(path)
        if stamp == last:
            continue
        last = stamp
        await reload_from(gateway, path, vet, took, settle=RELOAD_SETTLE)


async def reload_from(
    gateway: Gateway,
    path: Path,
    vet: Callable[[GatewayConfig], None] | None = None,
    took: Callable[[GatewayConfig], None] | None = None,
    settle: float = 0.0,
) -> bool:
    """Load the config file and apply it, then tell `took`; one that is broken, or that `vet` refuses (raising
    ConfigError), is reported and the running config kept; one that changes within `settle` s of failing was read
    half-written (an editor truncates, then writes) and is left to the next look. Whether it was applied."""
    before = _stamp(path)
    try:
        new = await asyncio.to_thread(config_mod.load, path)
    except ConfigError as exc:
        if settle:
            await asyncio.sleep(settle)
            if _stamp(path) != before:
                log.debug("config file changed while it was read; reading it again")
                return False
        log.error("config change not applied, keeping the running config:\n%s", exc)
        _audit(gateway, "config.invalid", config=str(path), error=str(exc)[:1000])
        return False
    try:
        if vet is not None:
            vet(new)
    except ConfigError as exc:
        log.error("config change not applied, keeping the running config:\n%s: %s", path, exc)
        _audit(gateway, "config.invalid", config=str(path), error=f"{path}: {exc}"[:1000])
        return False
    old = set(gateway.config.servers)
    try:
        changed = await apply_config(gateway, new)
    except Exception:
        log.exception("config reload failed")
        return False
    log.info("config reloaded; servers changed: %s", ", ".join(changed) or "none")
    if took is not None:
        took(new)
    now = set(new.servers)
    _audit(
        gateway,
        "config.reloaded",
        config=str(path),
        added=sorted(now - old),
        removed=sorted(old - now),
        changed=sorted(set(changed) & old & now),
    )
    return True


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)

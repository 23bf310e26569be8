"""Server mode: the stdio connection, signals, config reloads and an orderly shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from pathlib import Path

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.config import ConfigError, GatewayConfig
from secure_mcp_gateway.links import StdioLink
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.server import Gateway

log = logging.getLogger(__name__)

SHUTDOWN_BUDGET = 4.5
"""Seconds the whole shutdown may take (servers stopped in parallel within it)."""
RELOAD_POLL = 1.0


async def serve(config: GatewayConfig, config_path: Path | None, gateway: Gateway | None = None) -> int:
    """Serve one client over stdio until its input ends or a signal arrives."""
    gateway = gateway or build_gateway(config, config_path)
    link = await StdioLink.open()
    peer = RpcPeer("client", link, on_request=gateway.handle, on_notification=gateway.on_client_notification)
    gateway.attach(peer)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    reason = ["end of input"]

    def on_signal(name: str) -> None:
        reason[0] = name
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(sig, on_signal, sig.name)

    async def read() -> None:
        while (msg := await link.recv()) is not None:
            peer.dispatch(msg)

    reader = loop.create_task(read())
    stopper = loop.create_task(stop.wait())
    watcher = loop.create_task(_watch(gateway, config_path)) if config.gateway.reload and config_path else None
    log.info("serving %d server(s) over stdio", len(config.servers))
    try:
        await asyncio.wait({reader, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        log.info("shutting down (%s)", reason[0])
        for task in (reader, stopper, watcher):
            if task is not None:
                task.cancel()
        peer.close("the gateway is shutting down")
        try:
            await asyncio.wait_for(gateway.stop(), SHUTDOWN_BUDGET)
        except asyncio.TimeoutError:
            log.error("servers did not stop within %.1f s", SHUTDOWN_BUDGET)
        await link.close()
    return 0


def build_gateway(config: GatewayConfig, config_path: Path | None) -> Gateway:
    """A gateway with the parts the config asks for."""
    from secure_mcp_gateway.cache import GatewayCache

    cache = GatewayCache(config.cache) if config.cache.enabled else None
    return Gateway(config, config_path=str(config_path) if config_path else None, cache=cache)


async def _watch(gateway: Gateway, path: Path) -> None:
    """Apply edits of the config file as they happen; a broken edit is reported and the old config kept."""
    last = _stamp(path)
    while True:
        await asyncio.sleep(RELOAD_POLL)
        stamp = _stamp(path)
        if stamp == last:
            continue
        last = stamp
        try:
            new = await asyncio.to_thread(config_mod.load, path)
        except ConfigError as exc:
            log.error("config change not applied, keeping the running config:\n%s", exc)
            continue
        try:
            changed = await gateway.reload(new)
        except Exception:
            log.exception("config reload failed")
            continue
        log.info("config reloaded; servers changed: %s", ", ".join(changed) or "none")


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)

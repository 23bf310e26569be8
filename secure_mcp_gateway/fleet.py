"""The set of supervised servers: start them together, apply config changes, stop them all."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.children import Child, ChildHost
from secure_mcp_gateway.config import GatewayConfig, GatewaySettings, ServerConfig

log = logging.getLogger(__name__)


class Fleet:
    """Every configured server's supervisor, by name, in config order."""

    def __init__(self, config: GatewayConfig, host: ChildHost) -> None:
        self.config = config
        self.host = host
        self.children: dict[str, Child] = {}
        self.started = False
        self._start_time: float | None = None
        self._retiring: dict[asyncio.Task[None], Child] = {}

    def __getitem__(self, name: str) -> Child:
        return self.children[name]

    def __iter__(self) -> Any:
        return iter(self.children.values())

    def launchable(self) -> list[tuple[str, Any]]:
        """(name, config) of every server `start` would launch."""
        return list(self.config.servers.items())

    def is_live(self, name: str) -> bool:
        """Whether a server's own lists have arrived (in this run)."""
        child = self.children.get(name)
        return child is not None and child.catalog is not None

    def start(self) -> None:
        """Start every enabled server concurrently."""
        if self.started:
            return
        self.started = True
        self._start_time = asyncio.get_running_loop().time()
        for name, server in self.config.servers.items():
            child = Child(name, server, self.config.gateway, self.host)
            self.children[name] = child
            child.start()

    async def wait_startup(self, known: Callable[[str], bool] = lambda _name: False) -> None:
        """Wait until every server is up or has failed once, but no longer than the start deadline.

        Servers whose lists are `known` already (from the disk cache) are not waited for.
        """
        if not self.started or self._start_time is None:
            return
        loop = asyncio.get_running_loop()
        remaining = self._start_time + self.config.gateway.start_deadline - loop.time()
        pending = [c for c in self.children.values() if not c.ready and not known(c.name)]
        if remaining <= 0 or not pending:
            return
        await asyncio.gather(*(c.wait_settled(remaining) for c in pending))

    async def apply(self, config: GatewayConfig) -> list[str]:
        """Switch to a new config; restart only servers whose launch spec changed; the names started or stopped.

        A replaced server keeps running until the calls already sent to it are answered (within the call
        deadline), while new calls go to its successor.
        """
        old = self.config
        self.config = config
        changed: list[str] = []
        for name, child in list(self.children.items()):
            new = config.servers.get(name)
            if new is None or launch_spec(new, config.gateway) != launch_spec(child.config, old.gateway):
                changed.append(name)
                del self.children[name]
                self._retire(child, config.call_timeout(name) if new is not None else old.call_timeout(name))
            else:
                child.config = new
                child.settings = config.gateway
        for name, server in config.servers.items():
            if name not in self.children:
                if name not in changed:
                    changed.append(name)
                child = Child(name, server, config.gateway, self.host)
                self.children[name] = child
                if self.started:
                    child.start()
        if changed:
            # keep config order for listing
            self.children = {n: self.children[n] for n in config.servers if n in self.children}
        return changed

    def _retire(self, child: Child, deadline: float) -> None:
        task = asyncio.get_running_loop().create_task(child.retire(deadline), name=f"retire:{child.name}")
        self._retiring[task] = child
        task.add_done_callback(lambda t: self._retiring.pop(t, None))

    async def stop(self) -> None:
        """Stop every server at once, those being replaced too."""
        tasks = list(self._retiring)
        for task in tasks:
            task.cancel()  # stop waiting for their calls; their stop still runs to the end
        children = [*self.children.values(), *self._retiring.values()]
        await asyncio.gather(*(c.stop() for c in children), *tasks, return_exceptions=True)

    def hold(self) -> None:
        """No server is started again from now on (the gateway is stopping: its last audit line is written)."""
        for child in [*self.children.values(), *self._retiring.values()]:
            child.hold()

    def hurry(self) -> None:
        """Stops under way end the servers' processes now (the gateway was told again to stop)."""
        for child in [*self.children.values(), *self._retiring.values()]:
            child.hurry()

    def status(self) -> list[dict[str, Any]]:
        """One status row per server."""
        return [c.status() for c in self.children.values()]


def launch_spec(server: ServerConfig, gateway: GatewaySettings) -> tuple[Any, ...]:
    """What decides how a server is started; a change of anything else applies without a restart."""
    inherit = tuple(gateway.inherit_env) + tuple(server.inherit_env) if server.transport == "stdio" else ()
    return (
        server.transport,
        server.command,
        tuple(server.args),
        tuple(sorted(server.env.items())),
        server.cwd,
        server.url,
        tuple(sorted(server.headers.items())),
        inherit,
        server.unusable,
    )

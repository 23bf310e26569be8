"""The set of supervised servers: start them together, apply config changes, stop them all."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.children import Child, ChildHost
from secure_mcp_gateway.config import GatewayConfig

log = logging.getLogger(__name__)


class Fleet:
    """Every configured server's supervisor, by name, in config order."""

    def __init__(self, config: GatewayConfig, host: ChildHost) -> None:
        self.config = config
        self.host = host
        self.children: dict[str, Child] = {}
        self.started = False
        self._start_time: float | None = None

    def __getitem__(self, name: str) -> Child:
        return self.children[name]

    def __iter__(self) -> Any:
        return iter(self.children.values())

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
        """Switch to a new config: stop removed or changed servers, start new or changed ones; their names."""
        old = self.config
        self.config = config
        changed: list[str] = []
        for name, child in list(self.children.items()):
            new = config.servers.get(name)
            if new is None or new != child.config or config.gateway != old.gateway:
                changed.append(name)
                del self.children[name]
                await child.stop()
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

    async def stop(self) -> None:
        """Stop every server at once."""
        await asyncio.gather(*(c.stop() for c in self.children.values()), return_exceptions=True)

    def status(self) -> list[dict[str, Any]]:
        """One status row per server."""
        return [c.status() for c in self.children.values()]

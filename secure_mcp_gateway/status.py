"""The running gateway's status file: servers, breakers, cache hit rate and the last hour's calls, kept current."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway import __version__
from secure_mcp_gateway.audit.chain import iso_ts
from secure_mcp_gateway.audit.scrub import scrub_value

log = logging.getLogger(__name__)

WRITE_EVERY = 1.0
"""Seconds between writes while something changed."""
HEARTBEAT = 10.0
"""Seconds between writes while nothing changed (a reader takes an older file for a gateway that hung)."""
CACHE_EVERY = 15.0
_ERRORS = ("error", "timeout", "cancelled")


def status_dir() -> Path:
    """Where running gateways keep their status files (one per process)."""
    from secure_mcp_gateway.state import state_dir

    return state_dir() / "gateways"


class LastHour:
    """Calls, errors and blocks per minute over the last 60 minutes."""

    def __init__(self, clock: Any = time.time) -> None:
        self._clock = clock
        self._minutes: deque[list[int]] = deque()

    def add(self, outcome: str) -> None:
        """Count one finished call."""
        self.add_counts(1, outcome in _ERRORS, outcome == "blocked")

    def add_counts(self, calls: int, errors: int, blocks: int) -> None:
        """Count finished calls, errors and blocks in the current minute."""
        minute = int(self._clock() // 60)
        if not self._minutes or self._minutes[-1][0] != minute:
            self._minutes.append([minute, 0, 0, 0])
        row = self._minutes[-1]
        row[1] += calls
        row[2] += errors
        row[3] += blocks

    def totals(self) -> dict[str, int]:
        """`calls`, `errors` and `blocks` in the last hour."""
        oldest = int(self._clock() // 60) - 59
        while self._minutes and self._minutes[0][0] < oldest:
            self._minutes.popleft()
        return {k: sum(r[i] for r in self._minutes) for i, k in ((1, "calls"), (2, "errors"), (3, "blocks"))}


class StatusFile:
    """Writes `<state dir>/gateways/<pid>.json` while the gateway runs, and removes it when it stops."""

    def __init__(
        self,
        gateway: Any,
        config_path: Path | None,
        directory: Path | None = None,
        client: Callable[[], str] | None = None,
    ) -> None:
        self.gateway = gateway
        self.config_path = config_path
        self.client = client
        """Who the gateway serves, when it is not its one stdio client (`serve --http`: the address, the sessions)."""
        self.path = (directory or status_dir()) / f"{os.getpid()}.json"
        self.hour = LastHour()
        self.started = time.time()
        self._dirty = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._cache: dict[str, Any] | None = None
        self._cache_at = 0.0
        self._counts = [0, 0, 0]
        """Calls, errors and blocks finished since the last snapshot, which counts them in its minute (a call costs
        no clock reading: the file is written within `WRITE_EVERY` s of a call)."""

    def start(self) -> StatusFile:
        """Begin keeping the file current (and listen to finished calls)."""
        listeners = getattr(self.gateway.recorder, "listeners", None)
        if isinstance(listeners, list):
            listeners.append(self.on_call)
        changes = getattr(self.gateway.recorder, "state_listeners", None)
        if isinstance(changes, list):
            changes.append(self._dirty.set)  # (a server that came up or failed shows at once, not at the heartbeat)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="status-file")
        return self

    def refresh(self) -> None:
        """Something the file shows changed: write it now, not at the heartbeat."""
        self._dirty.set()

    def on_call(self, call: Any) -> None:
        """A tool call finished."""
        counts = self._counts
        counts[0] += 1
        outcome = getattr(call, "outcome", "ok")
        if outcome != "ok":
            counts[1] += outcome in _ERRORS
            counts[2] += outcome == "blocked"
        self._dirty.set()

    def last_hour(self) -> dict[str, int]:
        """The last hour's `calls`, `errors` and `blocks`, those finished since the last look counted now."""
        counts = self._counts
        if counts[0]:
            self._counts = [0, 0, 0]
            self.hour.add_counts(*counts)
        return self.hour.totals()

    async def close(self) -> None:
        """Stop writing and remove the file."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        with contextlib.suppress(OSError):
            self.path.unlink()

    async def _run(self) -> None:
        last = None
        last_write = 0.0
        while True:
            try:
                snapshot = await self.snapshot()
                body = {k: v for k, v in snapshot.items() if k != "updated"}
                now = time.time()
                if body != last or now - last_write >= HEARTBEAT:
                    await asyncio.to_thread(self._write, snapshot)
                    last, last_write = body, now
            except Exception as exc:  # the status file never takes the gateway down
                log.debug("status file %s not written: %s", self.path, exc)
            self._dirty.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._dirty.wait(), HEARTBEAT)
            await asyncio.sleep(WRITE_EVERY)

    async def snapshot(self) -> dict[str, Any]:
        """What the file says now."""
        gw = self.gateway
        servers = [  # (why a server is down may be in its own words: no secret of them is written)
            {k: scrub_value(row.get(k)) for k in ("server", "state", "detail", "tools", "restarts", "pid")}
            for row in gw.fleet.status()
        ]
        remote = getattr(gw.pipeline, "remote", None)
        breakers = {}
        if remote is not None:
            for name, snap in remote.breaker_states().items():
                breakers[name] = {"state": snap.get("state"), "failures": snap.get("failures")}
        session = getattr(gw, "session", None)
        info = getattr(session, "client_info", None) or {}
        return {
            "pid": os.getpid(),
            "version": __version__,
            "config": str(self.config_path) if self.config_path else None,
            "client": self.client() if self.client else info.get("name") if isinstance(info, dict) else None,
            "started": iso_ts(self.started),
            "updated": iso_ts(time.time()),
            "servers": servers,
            "breakers": breakers,
            "cache": await self._cache_stats(),
            "last_hour": self.last_hour(),
        }

    async def _cache_stats(self) -> dict[str, Any] | None:
        cache = getattr(self.gateway, "cache", None)
        if cache is None:
            return None
        now = time.monotonic()
        if self._cache is None or now - self._cache_at >= CACHE_EVERY:
            self._cache_at = now
            try:
                stats = await asyncio.to_thread(cache.stats)
            except Exception:
                return self._cache
            hits = sum(int((stats.get(k) or {}).get("hits", 0)) for k in ("catalog", "verdict"))
            misses = sum(int((stats.get(k) or {}).get("misses", 0)) for k in ("catalog", "verdict"))
            rate = round(hits / (hits + misses), 4) if hits + misses else None
            self._cache = {"hits": hits, "misses": misses, "hit_rate": rate}
        return self._cache

    def _write(self, snapshot: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=".status.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(snapshot, fh)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

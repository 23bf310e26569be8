"""Full results kept for the session that received their preview: in memory or as 0600 files, expiring, bounded."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import shutil
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.config import ResultStoreSettings

log = logging.getLogger(__name__)

URI_PREFIX = "gateway://results/"
_MIB = 1024 * 1024


def result_uri(result_id: str) -> str:
    """The resource URI of a stored result."""
    return URI_PREFIX + result_id


def result_id(uri: str) -> str | None:
    """The id in a `gateway://results/<id>` URI, else None."""
    if not uri.startswith(URI_PREFIX):
        return None
    rid = uri[len(URI_PREFIX) :]
    return rid if rid and all(c.isalnum() or c in "-_" for c in rid) and len(rid) <= 64 else None


def default_directory() -> Path:
    """`results` in the gateway's state directory (config `state.dir`, its variable, else the user's)."""
    from secure_mcp_gateway.state import state_dir

    return state_dir() / "results"


@dataclass
class _Entry:
    owner: str
    size: int
    expires: float
    value: dict[str, Any] | None
    path: Path | None


class NotKept(Exception):
    """A result the store cannot keep (larger than its bound, or its file could not be written)."""


class ResultStore:
    """Stored results by id; each readable only by the owner (session) that stored it, until it expires."""

    def __init__(
        self,
        settings: ResultStoreSettings,
        *,
        directory: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = settings.ttl
        self.max_bytes = int(settings.max_total_mb * _MIB)
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._total = 0
        self._dir: Path | None = None
        self._base: Path | None = None
        if settings.store == "disk":
            self._base = directory or (Path(settings.dir).expanduser() if settings.dir else default_directory())

    @property
    def on_disk(self) -> bool:
        """Whether results are written to files."""
        return self._base is not None

    def _directory(self) -> Path:
        """This process's own directory (made, and stale ones of dead processes removed, on first use)."""
        if self._dir is None:
            assert self._base is not None
            self._dir = _own_directory(self._base, self.ttl)
        return self._dir

    @property
    def total(self) -> int:
        """Bytes held by every stored result."""
        return self._total

    def __len__(self) -> int:
        return len(self._entries)

    async def put(self, owner: str, result: dict[str, Any], size: int | None = None) -> str:
        """Keep `result` for `owner` (`size`: its compact JSON length, if known); its id. Raises `NotKept`."""
        data = None
        if self.on_disk or size is None:
            data = await asyncio.to_thread(_encode, result)
            size = len(data)
        if size > self.max_bytes:
            raise NotKept(f"{size / _MIB:.1f} MB is more than the store's bound of {self.max_bytes / _MIB:.0f} MB")
        self._expire()
        while self._entries and self._total + size > self.max_bytes:
            self._drop(next(iter(self._entries)))
        rid = secrets.token_urlsafe(16)
        path = None
        value: dict[str, Any] | None = result
        if self.on_disk:
            assert data is not None
            try:
                path = self._directory() / f"{rid}.json"
                await asyncio.to_thread(_write_private, path, data)
            except OSError as exc:
                if path is not None:
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise NotKept(f"its file could not be written ({exc.strerror or exc})") from None
            value = None
        self._entries[rid] = _Entry(owner, size, self._clock() + self.ttl, value, path)
        self._total += size
        return rid

    async def get(self, owner: str, rid: str) -> dict[str, Any] | None:
        """The stored result, if `owner` stored it and it has not expired (the same None either way)."""
        self._expire()
        entry = self._entries.get(rid)
        if entry is None or not secrets.compare_digest(entry.owner, owner):
            return None
        entry.expires = self._clock() + self.ttl
        self._entries.move_to_end(rid)
        if entry.value is not None:
            return entry.value
        assert entry.path is not None
        try:
            return await asyncio.to_thread(_read, entry.path)
        except (OSError, ValueError) as exc:
            log.warning("stored result %s could not be read back: %s", rid, exc)
            self._drop(rid)
            return None

    def forget(self, owner: str) -> None:
        """Drop every result of one owner (its session ended)."""
        for rid in [r for r, e in self._entries.items() if e.owner == owner]:
            self._drop(rid)

    def close(self) -> None:
        """Drop everything, files included."""
        for rid in list(self._entries):
            self._drop(rid)
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    def _expire(self) -> None:
        now = self._clock()
        for rid in [r for r, e in self._entries.items() if e.expires <= now]:
            self._drop(rid)

    def _drop(self, rid: str) -> None:
        entry = self._entries.pop(rid, None)
        if entry is None:
            return
        self._total -= entry.size
        if entry.path is not None:
            with contextlib.suppress(OSError):
                entry.path.unlink()


def _own_directory(base: Path, ttl: float) -> Path:
    """A fresh 0700 directory for this process under `base`, after removing ones left by dead processes."""
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(base, 0o700)
    now = time.time()
    for old in base.iterdir():
        pid = old.name.split("-", 1)[0]
        try:
            stale = now - old.stat().st_mtime > ttl and not (pid.isdigit() and _alive(int(pid)))
        except OSError:
            continue
        if stale and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    mine = base / f"{os.getpid()}-{secrets.token_hex(4)}"
    mine.mkdir(mode=0o700)
    return mine


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _encode(result: dict[str, Any]) -> bytes:
    fast = fastjson.dumps(result)  # (numbers as the server wrote them)
    if fast is not None:
        return fast
    return json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _read(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        return fastjson.parse(f.read())

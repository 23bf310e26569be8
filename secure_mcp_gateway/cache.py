"""The local disk cache (diskcache): child catalogs and guardrail verdicts as signed JSON text, with hit/miss counts."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import logging
import os
import queue
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import diskcache
from diskcache.core import MODE_RAW, MODE_TEXT, UNKNOWN

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.cache_keys import catalog_key, verdict_key
from secure_mcp_gateway.config import APP_NAME, CacheSettings, StateSettings
from secure_mcp_gateway.keys import KeyUnavailable, LocalKey, open_key
from secure_mcp_gateway.private_dirs import ensure_private_dir

__all__ = [
    "CATALOG",
    "KINDS",
    "MAX_REASON_CHARS",
    "VERDICT",
    "GatewayCache",
    "cache_directory",
    "catalog_key",
    "format_stats",
    "verdict_key",
]

log = logging.getLogger(__name__)

# What is kept, and what is not:
# - catalogs: the JSON-able dict a child reported (tools, prompts, resources, templates, server info,
#   capabilities), under `catalog_key()`, a hash of the launch spec in which env and header values appear only as
#   hashes. Definitions read back from the cache are as untrusted as the child's own answer.
# - verdicts: small dicts holding only an action, detector names and short reasons, under `verdict_key()`, a hash
#   of the checked content; the content itself is never stored. A verdict with `"degraded": true`, or with any
#   string longer than MAX_REASON_CHARS, is refused with a warning that never quotes the value.
# - statistics: hit/miss counters per kind, in a second small diskcache (`stats/`) that is never culled.
# Values are JSON text read back with json.loads; the diskcache Disk below refuses pickled rows, so a tampered
# cache cannot run code. A damaged entry is a miss.
# Authentication: every value is stored as `m1:<mac>:<expiry>:<json>`, the MAC (HMAC-SHA256 under the local key's
# `cache` subkey) covering the entry's kind, key, expiry and JSON. An edited, moved, revived or foreign entry (another
# key, or written before entries were signed) is ignored, removed, and reported with one warning per process; it
# never reaches a client. Cached catalogs also pass the same definition checks as live lists before use.
#
# Failure policy: the cache never stops the gateway.
# - missing, unreadable or read-only directory, or any other sqlite/OS error: one warning, then every method is
#   a no-op for the rest of the process;
# - a corrupted database (at open or in the middle of a run): its files are deleted and a fresh cache is started,
#   once per process, with one warning; if that fails too, the cache is off as above;
# - a database locked by another process: that lookup is a miss and that write is skipped (sqlite busy timeout
#   SQLITE_TIMEOUT), with one warning; the cache stays on;
# - the cache folder removed while the gateway runs: the next write (at most every FOLDER_CHECK_EVERY seconds,
#   or one that fails) opens a fresh cache in a new folder, with one warning per process; the cache stays on;
# - a call the worker thread does not finish within READ_TIMEOUT / WRITE_TIMEOUT: a miss / a skipped write.

CATALOG = "catalog"
VERDICT = "verdict"
KINDS = (CATALOG, VERDICT)

MAX_REASON_CHARS = 500
"""The longest string a verdict may hold (a short reason); a longer one could be content, so it is refused."""
CATALOG_TTL = 30 * 24 * 3600.0
"""Catalogs of servers no longer configured leave the cache after this long (seconds)."""
SQLITE_TIMEOUT = 0.1
"""sqlite busy timeout (seconds): a locked database answers `database is locked` after this long."""
READ_TIMEOUT = 0.5
"""A lookup that takes longer than this (seconds) is a miss."""
WRITE_TIMEOUT = 1.0
"""A write (or close) that takes longer than this (seconds) is abandoned."""
ADMIN_TIMEOUT = 5.0
"""Longest wait of `stats()` and `clear()` (seconds)."""
FLUSH_EVERY = 64
"""Hit/miss counts are written to disk after this many lookups ..."""
FLUSH_INTERVAL = 5.0
"""... or this many seconds, and on `stats()` and `close()`."""
REOPEN_AFTER = 5.0
"""A cache found locked when it is opened is tried again after this many seconds; misses meanwhile."""
FOLDER_CHECK_EVERY = 2.0
"""At most this often (seconds) a write looks whether the database it writes to is still the cache's file."""
COUNTS_DIR = "stats"
_DB_FILES = ("cache.db", "cache.db-wal", "cache.db-shm")
_HEX2 = re.compile(r"^[0-9a-f]{2}$")
_ENVELOPE = "m1"
_MAC_PURPOSE = "cache"
_CATALOG_LISTS = ("tools", "prompts", "resources", "templates")
_MIB = 1024 * 1024

T = TypeVar("T")


def cache_directory(settings: CacheSettings) -> Path:
    """The cache directory: `cache.dir`, else the platform's user cache directory."""
    if settings.dir:
        return Path(settings.dir).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


class _TextDisk(diskcache.Disk):
    """A diskcache Disk for text keys and text or integer values that never unpickles anything."""

    def put(self, key: Any) -> tuple[Any, bool]:
        """Text keys only, stored as they are."""
        if type(key) is not str:
            raise TypeError("cache keys are text")
        return super().put(key)

    def get(self, key: Any, raw: bool) -> Any:
        """Refuse a pickled key."""
        if not raw:
            raise ValueError("refusing a pickled cache key")
        return super().get(key, raw)

    def store(self, value: Any, read: bool, key: Any = UNKNOWN) -> tuple[Any, ...]:
        """Text or integer values only."""
        if read or type(value) not in (str, int):
            raise TypeError("cache values are text or integers")
        return super().store(value, read, key=key)

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        """Read a text or integer value back; anything else (a pickle, bytes) is refused."""
        if read or mode not in (MODE_RAW, MODE_TEXT):
            raise ValueError("refusing a cache value that is not text")
        data = super().fetch(mode, filename, value, read)
        if type(data) not in (str, int):
            raise ValueError("refusing a cache value that is not text")
        return data


class _Worker:
    """One daemon thread that runs every cache call in order, on its own sqlite connection."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
        """Queue a call; the future is cancelled if nobody waits for it any more before it starts."""
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        self._queue.put((future, fn, args))
        return future

    def stop(self) -> None:
        """Let the thread end after the calls already queued."""
        with self._lock:
            if self._thread is not None:
                self._queue.put(None)
                self._thread = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:
                future.set_exception(exc)


def _is_busy(exc: BaseException) -> bool:
    if isinstance(exc, diskcache.Timeout):
        return True
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _is_corruption(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return type(exc) is sqlite3.DatabaseError or "malformed" in text or "not a database" in text or "corrupt" in text


def _wipe(directory: Path) -> None:
    """Delete the database files and value files of the cache and its counters, and nothing else."""
    for base in (directory / COUNTS_DIR, directory):
        for name in _DB_FILES:
            (base / name).unlink(missing_ok=True)
        if not base.is_dir():
            continue
        for first in base.iterdir():
            if not (first.is_dir() and _HEX2.match(first.name)):
                continue
            for second in first.iterdir():
                if second.is_dir() and _HEX2.match(second.name):
                    for value_file in second.glob("*.val"):
                        value_file.unlink(missing_ok=True)
                    _rmdir_quietly(second)
            _rmdir_quietly(first)


def _rmdir_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.rmdir()


def _path_text(path: list[Any]) -> str:
    parts = []
    for item in path:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif isinstance(item, str) and len(item) <= 40 and item.isidentifier():
            parts.append(f".{item}")
        else:
            parts.append(".<key>")
    return "verdict" + "".join(parts)


def _long_string(value: Any) -> tuple[str, int] | None:
    """The path and length of the first string (value or key) longer than MAX_REASON_CHARS, if any."""
    stack: list[tuple[Any, list[Any]]] = [(value, [])]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_REASON_CHARS:
                return _path_text(path), len(item)
        elif isinstance(item, dict):
            for key, sub in item.items():
                if isinstance(key, str) and len(key) > MAX_REASON_CHARS:
                    return _path_text([*path, "<key>"]), len(key)
                stack.append((sub, [*path, key]))
        elif isinstance(item, (list, tuple)):
            stack.extend((sub, [*path, i]) for i, sub in enumerate(item))
    return None


def _verdict_problem(verdict: Any) -> str | None:
    """Why a verdict must not be cached, in words that never quote it; None when it may be."""
    if not isinstance(verdict, dict):
        return f"it is a {type(verdict).__name__}, not a dict"
    if verdict.get("degraded"):
        return "it is degraded (a fallback answer, not the provider's)"
    found = _long_string(verdict)
    if found:
        where, length = found
        return f"{where} is {length} characters (verdicts hold only an action, detector names and short reasons)"
    return None


def _mac_input(kind: str, key: str, expires: int, text: str) -> bytes:
    return f"{kind}\0{key}\0{expires}\0".encode() + text.encode("utf-8", "surrogatepass")


def seal_with(mac_key: LocalKey, kind: str, key: str, text: str, expires: int) -> str:
    """The stored form of a value: its MAC, its expiry (epoch seconds) and its JSON text."""
    return f"{_ENVELOPE}:{mac_key.mac(_MAC_PURPOSE, _mac_input(kind, key, expires, text))}:{expires}:{text}"


def unseal_with(mac_key: LocalKey, kind: str, key: str, stored: str, now: float) -> tuple[str | None, bool]:
    """(the JSON text, authentic): text None when the entry is forged, foreign or expired."""
    parts = stored.split(":", 3)
    if len(parts) != 4 or parts[0] != _ENVELOPE or not parts[2].isdigit():
        return None, False
    _, mac, expires, text = parts
    expected = mac_key.mac(_MAC_PURPOSE, _mac_input(kind, key, int(expires), text))
    if not hmac.compare_digest(mac, expected):
        return None, False
    return (text if int(expires) > now else None), True


def seal(kind: str, key: str, text: str, ttl: float = CATALOG_TTL) -> str:
    """Sign a JSON text for storage (any backend) under the local key; raises `KeyUnavailable` without one."""
    return seal_with(open_key(), kind, key, text, int(time.time() + ttl))


def unseal(kind: str, key: str, stored: str) -> str | None:
    """The JSON text of a stored value if it is authentic and not expired, else None (treat as a miss)."""
    try:
        text, _ = unseal_with(open_key(), kind, key, stored, time.time())
    except KeyUnavailable:
        return None
    return text


def _valid_catalog(value: dict[str, Any]) -> dict[str, Any] | None:
    """A cached catalog after the definition checks live lists get; None if its shape is wrong."""
    from secure_mcp_gateway.definitions import valid_items

    out = dict(value)
    for kind in _CATALOG_LISTS:
        if kind not in out:
            continue
        if not isinstance(out[kind], list):
            return None
        out[kind] = valid_items(kind, out[kind], "(cached catalog)")
    for name in ("capabilities", "server_info"):
        if not isinstance(out.get(name, {}), dict):
            return None
    return out


def _to_json(value: Any) -> str | None:
    """Compact JSON text of `value`, or None if it is not JSON-able (NaN and infinities included).

    The fast encoder writes non-ASCII as is and would turn a NaN or an infinity into `null`; so its text is used
    when it holds no bare `null` at all, or when it reads back equal to `value` (each `null` stood for a None: a
    NaN or infinity would read back as None, which equals no float); json.loads then reads back the same value as
    from the standard library's text. Else the standard library decides, as before.
    """
    try:
        fast = fastjson.dumps(value)
    except RecursionError:
        fast = None
    if fast is not None and (
        not (b":null" in fast or b",null" in fast or b"[null" in fast or fast == b"null") or _reads_back(fast, value)
    ):
        return fast.decode()
    try:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return None


def _inode(path: Path) -> int | None:
    """The inode of `path`, or None when it is gone."""
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def _reads_back(text: bytes, value: Any) -> bool:
    """Whether the JSON `text` reads back equal to `value`."""
    try:
        return bool(fastjson.loads(text) == value)
    except Exception:  # unreadable or not comparable: the standard library decides
        return False


class GatewayCache:
    """The disk cache of one gateway process; every failure turns into a miss, a skipped write or a no-op."""

    def __init__(
        self, settings: CacheSettings, *, key: LocalKey | None = None, state: StateSettings | None = None
    ) -> None:
        """Remember the settings; nothing is opened (nor the key read) until first use. Never raises."""
        self._settings = settings
        self._key = key
        self._state_settings = state
        try:
            self._directory = cache_directory(settings)
        except Exception as exc:  # platformdirs on an odd platform: run without a cache
            self._directory = Path(APP_NAME)
            self._state = "failed"
            log.warning("disk cache: no cache directory (%s); running without it", exc)
        else:
            self._state = "new" if settings.enabled else "off"
        self._data: diskcache.Cache | None = None
        self._counts: diskcache.Cache | None = None
        self._recovered = False
        self._reopen_at = 0.0
        self._inode: int | None = None
        self._check_at = 0.0
        self._stuck: concurrent.futures.Future[Any] | None = None
        self._warned: set[str] = set()
        self._worker = _Worker("secure-mcp-gateway-cache")
        self._pending: Counter[str] = Counter()
        self._pending_lock = threading.Lock()
        self._last_flush = time.monotonic()

    # --- public face -----------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """False once the cache is off, closed or known to be unusable; True before the first use."""
        return self._state in ("new", "open")

    @property
    def directory(self) -> Path:
        """Where the cache lives."""
        return self._directory

    async def open(self) -> bool:
        """Open the cache now (in the worker thread) instead of on first use; returns `available`."""
        if self.available:
            await self._call(self._open_now, WRITE_TIMEOUT * 2)
        return self.available

    async def get_catalog(self, key: str) -> dict[str, Any] | None:
        """The catalog stored under `key`, checked like a live one, or None (a miss, a forged entry, or no cache)."""
        value = await self._get(CATALOG, key)
        return _valid_catalog(value) if value is not None else None

    async def get_catalogs(self, keys: list[str]) -> list[dict[str, Any] | None]:
        """Several catalogs in one trip to the worker (a warm start reads every server's at once)."""
        values: list[Any] | None = None
        if keys and self._kind_on(CATALOG):
            values = await self._call(self._get_many_now, READ_TIMEOUT + 0.02 * len(keys), CATALOG, keys)
            for value in values or [None] * len(keys):
                self._note(CATALOG, value is not None)
        return [_valid_catalog(v) if v is not None else None for v in values or [None] * len(keys)]

    async def put_catalog(self, key: str, catalog: dict[str, Any], text: str | None = None) -> None:
        """Store a child's catalog (a JSON-able dict) under `key`; `text` is `_to_json(catalog)` when made already."""
        if not self._kind_on(CATALOG):
            return
        if text is None:
            text = _to_json(catalog) if isinstance(catalog, dict) else None
        if text is None:
            log.warning("disk cache: not storing a catalog that is not a JSON-able dict")
            return
        await self._call(self._put_now, WRITE_TIMEOUT, CATALOG, key, text, CATALOG_TTL)

    async def get_verdict(self, key: str) -> dict[str, Any] | None:
        """The guardrail verdict stored under `key` and not yet expired, or None."""
        return await self._get(VERDICT, key)

    async def put_verdict(self, key: str, verdict: dict[str, Any]) -> None:
        """Store a verdict (action, detector names, short reasons) for `verdict_ttl` seconds."""
        if not self._kind_on(VERDICT):
            return
        problem = _verdict_problem(verdict)
        text = None if problem else _to_json(verdict)
        if text is None:
            log.warning("disk cache: not storing a verdict: %s", problem or "it is not JSON-able")
            return
        await self._call(self._put_now, WRITE_TIMEOUT, VERDICT, key, text, self._settings.verdict_ttl)

    def stats(self) -> dict[str, Any]:
        """Hits and misses (all processes), entries and bytes per kind, and the cache's size on disk."""
        if not self.available:
            return self._empty_stats()
        future = self._worker.submit(self._stats_now, self._empty_stats())
        try:
            return future.result(ADMIN_TIMEOUT)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return {**self._empty_stats(), "error": f"no answer within {ADMIN_TIMEOUT:g} s"}

    def clear(self) -> int:
        """Remove every catalog and verdict and reset the counters; returns the number of entries removed."""
        if not self.available:
            return 0
        with self._pending_lock:
            self._pending.clear()
        future = self._worker.submit(self._clear_now)
        try:
            return future.result(ADMIN_TIMEOUT)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return 0

    def close(self) -> None:
        """Write the pending counts, close the database and stop the worker; later calls are no-ops."""
        if self._state in ("new", "open"):
            future = self._worker.submit(self._close_now)
            try:
                future.result(WRITE_TIMEOUT)
            except concurrent.futures.TimeoutError:
                future.cancel()
        if self._state != "off":
            self._state = "closed"
        self._worker.stop()

    # --- the event-loop side ---------------------------------------------------------------------

    def _kind_on(self, kind: str) -> bool:
        on = self._settings.catalogs if kind == CATALOG else self._settings.verdicts
        return on and self.available

    async def _get(self, kind: str, key: str) -> dict[str, Any] | None:
        if not self._kind_on(kind):
            return None
        value = await self._call(self._get_now, READ_TIMEOUT, kind, key)
        self._note(kind, value is not None)
        return value

    async def _call(self, fn: Callable[..., T], timeout: float, *args: Any) -> T | None:
        stuck = self._stuck
        if stuck is not None and not stuck.done():
            return None  # the worker is still on a call that already timed out: do not queue behind it
        future = self._worker.submit(fn, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except asyncio.TimeoutError:
            self._stuck = future
            self._warn_once("slow", "disk cache at %s did not answer within %g s; going on without it", timeout)
        except Exception as exc:  # a bug here must not reach the caller
            self._warn_once("bug", "disk cache at %s failed unexpectedly (%s); going on without it", type(exc).__name__)
        return None

    def _note(self, kind: str, hit: bool) -> None:
        with self._pending_lock:
            self._pending[f"{kind}.{'hits' if hit else 'misses'}"] += 1
            due = sum(self._pending.values()) >= FLUSH_EVERY or time.monotonic() - self._last_flush >= FLUSH_INTERVAL
            if due:
                self._last_flush = time.monotonic()
        if due and self.available:
            self._worker.submit(self._flush_now)

    def _warn_once(self, topic: str, message: str, *args: Any) -> None:
        if topic not in self._warned:
            self._warned.add(topic)
            log.warning(message, self._directory, *args)

    # --- the worker side: everything below runs in the worker thread -----------------------------

    def _open_stores(self) -> None:
        if self._key is None:
            try:
                self._key = open_key(self._state_settings)
            except KeyUnavailable as exc:
                raise OSError(f"no key to sign entries with: {exc}") from None
        ensure_private_dir(self._directory, "cache")
        self._data = diskcache.Cache(
            str(self._directory),
            timeout=SQLITE_TIMEOUT,
            disk=_TextDisk,
            size_limit=int(self._settings.size_limit_mb * _MIB),
            eviction_policy="least-recently-stored",
            cull_limit=10,
            tag_index=True,
            statistics=False,
        )
        self._counts = diskcache.Cache(
            str(self._directory / COUNTS_DIR), timeout=SQLITE_TIMEOUT, disk=_TextDisk, eviction_policy="none"
        )
        self._inode = _inode(self._directory / _DB_FILES[0])
        self._check_at = time.monotonic() + FOLDER_CHECK_EVERY

    def _removed(self) -> bool:
        """Whether the open database is no longer the cache's file (its folder removed, or replaced)."""
        return self._inode is not None and _inode(self._directory / _DB_FILES[0]) != self._inode

    def _come_back(self) -> bool:
        """A fresh cache where the open one's folder was removed (writes went to a deleted file, or failed)."""
        self._close_stores()
        try:
            self._open_stores()
        except Exception as exc:
            self._fail(exc)
            return False
        self._warn_once("removed", "disk cache at %s was removed while the gateway ran; started a fresh one there")
        return True

    def _close_stores(self) -> None:
        for store in (self._data, self._counts):
            if store is not None:
                with contextlib.suppress(Exception):
                    store.close()
        self._data = self._counts = None

    def _probe(self) -> None:
        """Fail within SQLITE_TIMEOUT on a locked database, where diskcache's own open would retry for 60 s."""
        for path in (self._directory / _DB_FILES[0], self._directory / COUNTS_DIR / _DB_FILES[0]):
            if not path.is_file():
                continue
            con = sqlite3.connect(str(path), timeout=SQLITE_TIMEOUT, isolation_level=None)
            try:
                con.execute("BEGIN IMMEDIATE")
                con.execute("ROLLBACK")
            finally:
                con.close()

    def _open_now(self) -> bool:
        if self._state != "new":
            return self._state == "open"
        if time.monotonic() < self._reopen_at:
            return False
        try:
            self._probe()
            self._open_stores()
        except Exception as exc:
            if _is_busy(exc):
                self._close_stores()
                self._reopen_at = time.monotonic() + REOPEN_AFTER
                self._warn_once("busy", "disk cache at %s is locked by another process; counting misses meanwhile")
                return False
            if not (_is_corruption(exc) and self._recover(exc)):
                self._fail(exc)
            return self._state == "open"
        self._state = "open"
        return True

    def _fail(self, exc: BaseException) -> None:
        self._close_stores()
        self._state = "failed"
        self._warn_once(
            "unusable", "disk cache at %s is unusable (%s: %s); running without it", type(exc).__name__, exc
        )

    def _recover(self, exc: BaseException) -> bool:
        """Replace a corrupted database with a fresh one, once per process."""
        if self._recovered:
            return False
        self._recovered = True
        self._close_stores()
        try:
            _wipe(self._directory)
            self._open_stores()
        except Exception:
            self._close_stores()
            return False
        self._state = "open"
        self._warn_once("damaged", "disk cache at %s was damaged (%s); started a fresh one", exc)
        return True

    def _guarded(self, op: Callable[[], T], default: T) -> T:
        if not self._open_now():
            return default
        try:
            return op()
        except Exception as exc:
            failed = exc
        if self._removed() and self._come_back():  # (a write that failed for it: tried once in the new one)
            try:
                return op()
            except Exception as again:
                failed = again
        if _is_busy(failed):
            self._warn_once("busy", "disk cache at %s is locked by another process; counting misses meanwhile")
        elif not (_is_corruption(failed) and self._recover(failed)):
            self._fail(failed)
        return default

    def _get_many_now(self, kind: str, keys: list[str]) -> list[dict[str, Any] | None]:
        return [self._get_now(kind, key) for key in keys]

    def _get_now(self, kind: str, key: str) -> dict[str, Any] | None:
        def op() -> dict[str, Any] | None:
            assert self._data is not None
            assert self._key is not None
            name = f"{kind}:{key}"
            try:
                try:
                    stored = self._data.get(name, default=None, retry=False)
                except ValueError:  # (a pickled or binary row, refused unread: the gateway writes only text)
                    stored = b""
                if stored is None:
                    return None
                text, authentic = (
                    unseal_with(self._key, kind, key, stored, time.time()) if isinstance(stored, str) else (None, False)
                )
                if not authentic:
                    self._warn_once(
                        "forged",
                        "disk cache at %s: ignored an entry that fails its integrity check (edited, or written "
                        "with another key or an older version); it is removed and the live answer used instead",
                    )
                    self._data.delete(name, retry=False)
                    return None
                value = fastjson.parse(text) if text is not None else None  # (numbers as the server wrote them)
            except (ValueError, TypeError, RecursionError):  # a damaged entry is a miss
                return None
            if not isinstance(value, dict) or (kind == VERDICT and _verdict_problem(value)):
                return None
            return value

        return self._guarded(op, None)

    def _put_now(self, kind: str, key: str, text: str, expire: float) -> None:
        def op() -> None:
            assert self._data is not None and self._key is not None
            stored = seal_with(self._key, kind, key, text, int(time.time() + expire))
            now = time.monotonic()
            if now >= self._check_at:  # (the folder removed: sqlite would go on writing to the deleted file)
                self._check_at = now + FOLDER_CHECK_EVERY
                if self._removed() and not self._come_back():
                    return
            assert self._data is not None
            self._data.set(f"{kind}:{key}", stored, expire=expire, tag=kind, retry=False)

        self._guarded(op, None)

    def _flush_now(self, attempts: int = 1) -> None:
        with self._pending_lock:
            counts = dict(self._pending)
            self._pending.clear()
            self._last_flush = time.monotonic()
        if not counts:
            return

        def op() -> bool:
            assert self._counts is not None
            with self._counts.transact(retry=False):
                for name, delta in counts.items():
                    try:
                        self._counts.incr(name, delta, retry=False)
                    except TypeError:  # a tampered counter starts again
                        self._counts.set(name, delta, retry=False)
            return True

        for _ in range(attempts):
            if self._guarded(op, False):
                return
        if self.available:
            with self._pending_lock:
                self._pending.update(counts)

    def _stats_now(self, result: dict[str, Any]) -> dict[str, Any]:
        self._flush_now()

        def op() -> dict[str, Any]:
            assert self._data is not None and self._counts is not None
            for kind in KINDS:
                for field in ("hits", "misses"):
                    value = self._counts.get(f"{kind}.{field}", 0, retry=False)
                    result[kind][field] = value if type(value) is int else 0
            now = time.time()
            con = sqlite3.connect(str(self._directory / _DB_FILES[0]), timeout=SQLITE_TIMEOUT)
            try:
                rows = con.execute(
                    "SELECT tag, COUNT(*), COALESCE(SUM(size + LENGTH(CAST(key AS BLOB))"
                    " + COALESCE(LENGTH(CAST(value AS BLOB)), 0)), 0)"
                    " FROM Cache WHERE expire_time IS NULL OR expire_time > ? GROUP BY tag",
                    (now,),
                ).fetchall()
            finally:
                con.close()
            for tag, entries, size in rows:
                if tag in KINDS:
                    result[tag]["entries"] = entries
                    result[tag]["bytes"] = size
            result["volume_bytes"] = self._data.volume()
            return result

        self._guarded(op, result)
        result["available"] = self.available
        return result

    def _clear_now(self) -> int:
        def op() -> int:
            assert self._data is not None and self._counts is not None
            removed = self._data.clear(retry=False)
            self._counts.clear(retry=False)
            return removed

        return self._guarded(op, 0)

    def _close_now(self) -> None:
        if self._state == "open":
            self._flush_now(attempts=5)
        self._close_stores()

    def _empty_stats(self) -> dict[str, Any]:
        kinds = {
            kind: {"enabled": on, "hits": 0, "misses": 0, "entries": 0, "bytes": 0}
            for kind, on in ((CATALOG, self._settings.catalogs), (VERDICT, self._settings.verdicts))
        }
        return {
            "directory": str(self._directory),
            "enabled": self._settings.enabled,
            "available": self.available,
            "size_limit_bytes": int(self._settings.size_limit_mb * _MIB),
            "volume_bytes": 0,
            "verdict_ttl": self._settings.verdict_ttl,
            **kinds,
        }


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB"):
        if abs(n) < 1024 or unit == "MiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"  # pragma: no cover


def _duration(seconds: float) -> str:
    if seconds >= 3600 and seconds % 3600 == 0:
        return f"{seconds / 3600:g} h"
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"


def format_stats(stats: dict[str, Any]) -> str:
    """A plain-text table of `GatewayCache.stats()` for `secure-mcp-gateway cache stats`."""
    if not stats.get("enabled", True):
        status = "off (cache.enabled is false)"
    elif stats.get("error"):
        status = f"no answer ({stats['error']})"
    elif stats.get("available", False):
        status = "in use"
    else:
        status = "unusable (see the warning in the log)"
    lines = [
        f"Cache directory: {stats.get('directory', '?')}",
        f"Status:          {status}",
        f"Size on disk:    {_size(stats.get('volume_bytes', 0))} of {_size(stats.get('size_limit_bytes', 0))}",
    ]
    if "verdict_ttl" in stats:
        lines.append(f"Verdicts kept:   {_duration(float(stats['verdict_ttl']))}")
    header = ("kind", "entries", "size", "hits", "misses", "hit rate")
    rows = [header]
    for kind in KINDS:
        row = stats.get(kind) or {}
        hits, misses = int(row.get("hits", 0)), int(row.get("misses", 0))
        rate = f"{100 * hits / (hits + misses):.1f}%" if hits + misses else "-"
        name = kind if row.get("enabled", True) else f"{kind} (off)"
        rows.append((name, str(row.get("entries", 0)), _size(row.get("bytes", 0)), str(hits), str(misses), rate))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines.append("")
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)

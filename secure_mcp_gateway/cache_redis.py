"""The shared cache on Redis: catalogs, verdicts and pins for many gateways, with the disk cache as fallback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.cache import (
    CATALOG,
    CATALOG_TTL,
    KINDS,
    VERDICT,
    GatewayCache,
    _to_json,
    _verdict_problem,
    seal_with,
    unseal_with,
)
from secure_mcp_gateway.config import CacheSettings

log = logging.getLogger(__name__)

# How it behaves:
# - every value is the same JSON text the disk cache keeps, under `<key_prefix><kind>:<key>` with a TTL
#   (verdict_ttl for verdicts, CATALOG_TTL for catalogs); hit and miss counts in the hash `<key_prefix>stats`;
# - every write goes to Redis and to the local disk cache, so a gateway that loses Redis still has what it saw;
# - a Redis command that fails or takes longer than `redis_timeout` marks Redis down: one warning, then every
#   lookup and write uses the disk cache alone, without waiting on Redis, until a background probe every
#   REPROBE seconds finds it back (one info line);
# - values are signed as the disk cache signs its entries (`m1:<mac>:<expiry>:<json>`, HMAC-SHA256 over kind, key,
#   expiry and JSON), under `cache.secret` shared by the deployment, else this machine's key; a forged, edited or
#   foreign value is a miss (one warning), and values read back are checked as the disk cache checks them.

REPROBE = 2.0
"""Seconds between probes of a Redis found down."""
FLUSH_EVERY = 64
"""Hit/miss counts go to Redis after this many lookups, or on `stats()` and `close()`."""
STATS = "stats"


def open_cache(settings: CacheSettings) -> Any:
    """The cache the settings ask for: the disk cache, or Redis in front of it; None when caching is off."""
    if not settings.enabled:
        return None
    local = GatewayCache(settings)
    if settings.backend == "redis":
        return RedisCache(settings, local)
    return local


def _redact_url(url: str) -> str:
    """The URL without its password, for logs."""
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    creds, _, host = rest.rpartition("@")
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user + ':***@' if user else '***@'}{host}"


def why_down(exc: BaseException) -> str:
    """Why Redis cannot be used, for the log: a refused login is named as such (a wrong or missing password in
    `cache.url` is not a network fault), anything else is 'unreachable'."""
    if type(exc).__name__ == "AuthenticationError" or "NOAUTH" in str(exc) or "WRONGPASS" in str(exc):
        return f"refused the login (wrong or missing password in cache.url: {type(exc).__name__})"
    if isinstance(exc, asyncio.TimeoutError):
        return "is unreachable (no answer in time)"
    return f"is unreachable ({type(exc).__name__})"


@dataclass
class _Told:
    """Whether the log says Redis is down (shared by a cache and the instances its admin commands run on)."""

    down: bool = False


class RedisCache:
    """Catalogs and verdicts in Redis, shared by every gateway that points at it; the disk cache when it is gone."""

    def __init__(self, settings: CacheSettings, local: GatewayCache | None = None, told: _Told | None = None) -> None:
        """Remember the settings; the connection pool is made on first use. Never raises (`told`: shared with the
        cache whose admin commands this instance runs, so that Redis down is said once between them)."""
        import redis.asyncio as aioredis

        self._settings = settings
        self.local = local if local is not None else GatewayCache(settings)
        self._prefix = settings.key_prefix
        self._where = _redact_url(settings.url or "")
        self._timeout = settings.redis_timeout
        self._aioredis = aioredis
        self._client = self._connect()
        self._mac_key: Any = None
        if settings.secret:
            from secure_mcp_gateway.keys import LocalKey

            self._mac_key = LocalKey(secret=settings.secret.encode("utf-8", "surrogatepass"))
        self._warned: set[str] = set()
        self._told = told if told is not None else _Told()
        self._up: bool | None = None  # None: not tried yet
        self._probe: asyncio.Task[None] | None = None
        self._pending: Counter[str] = Counter()
        self._closed = False

    def _connect(self) -> Any:
        return self._aioredis.Redis.from_url(
            self._settings.url or "redis://127.0.0.1:6379/0",
            max_connections=self._settings.redis_max_connections,
            socket_timeout=self._timeout,
            socket_connect_timeout=self._timeout,
            health_check_interval=30,
            decode_responses=True,
        )

    # --- the same public face as GatewayCache ----------------------------------------------------

    @property
    def available(self) -> bool:
        """True while either Redis or the disk cache can serve."""
        return not self._closed and (self._up is not False or self.local.available)

    @property
    def redis_up(self) -> bool | None:
        """Whether Redis answered last time (None before the first command)."""
        return self._up

    @property
    def directory(self) -> Any:
        """The fallback disk cache's directory."""
        return self.local.directory

    async def open(self) -> bool:
        """Connect now instead of on first use; whether Redis answered."""
        await self._run(self._client.ping())
        return bool(self._up)

    async def ping(self) -> bool:
        """Ask Redis once (for readiness); never raises."""
        try:
            await asyncio.wait_for(self._client.ping(), self._timeout)
        except Exception as exc:
            self._down(exc)
            return False
        self._back()
        return True

    async def get_catalog(self, key: str) -> dict[str, Any] | None:
        """The catalog stored under `key` (Redis first, the disk cache while Redis is down)."""
        if not self._settings.catalogs:
            return None
        return await self._get(CATALOG, key, self.local.get_catalog)

    async def put_catalog(self, key: str, catalog: dict[str, Any]) -> None:
        """Store a catalog in Redis and on disk."""
        if not self._settings.catalogs:
            return
        text = _to_json(catalog) if isinstance(catalog, dict) else None
        if text is None:
            log.warning("redis cache: not storing a catalog that is not a JSON-able dict")
            return
        await asyncio.gather(self._set(CATALOG, key, text, CATALOG_TTL), self.local.put_catalog(key, catalog, text))

    async def get_verdict(self, key: str) -> dict[str, Any] | None:
        """The verdict stored under `key` and not yet expired."""
        if not self._settings.verdicts:
            return None
        return await self._get(VERDICT, key, self.local.get_verdict)

    async def put_verdict(self, key: str, verdict: dict[str, Any]) -> None:
        """Store a verdict for `verdict_ttl` seconds, in Redis and on disk."""
        if not self._settings.verdicts:
            return
        problem = _verdict_problem(verdict)
        text = None if problem else _to_json(verdict)
        if text is None:
            log.warning("redis cache: not storing a verdict: %s", problem or "it is not JSON-able")
            return
        ttl = self._settings.verdict_ttl
        await asyncio.gather(self._set(VERDICT, key, text, ttl), self.local.put_verdict(key, verdict))

    async def get_value(self, kind: str, key: str) -> dict[str, Any] | None:
        """Any other kind of JSON object (pins, for one): Redis only; None when absent or Redis is down."""
        if self._up is False:
            return None
        return _decode(kind, self._open(kind, key, await self._run(self._client.get(self._key(kind, key)))))

    async def put_value(self, kind: str, key: str, value: dict[str, Any], ttl: float | None = None) -> None:
        """Store any other kind of JSON object in Redis, signed (no expiry unless `ttl`)."""
        text = _to_json(value)
        if text is not None:
            await self._set(kind, key, text, ttl)

    def stats(self) -> dict[str, Any]:
        """Hits, misses and entries per kind as Redis counts them (all gateways), plus where it is."""
        return self._sync(self.stats_async)

    async def stats_async(self) -> dict[str, Any]:
        """`stats()` from inside an event loop."""
        result: dict[str, Any] = {
            "backend": "redis",
            "url": self._where,
            "enabled": self._settings.enabled,
            "verdict_ttl": self._settings.verdict_ttl,
            "directory": f"{self._where} (keys {self._prefix}*)",
            "size_limit_bytes": 0,
            "volume_bytes": 0,
        }
        for kind, on in ((CATALOG, self._settings.catalogs), (VERDICT, self._settings.verdicts)):
            result[kind] = {"enabled": on, "hits": 0, "misses": 0, "entries": 0, "bytes": 0}
        await self._flush()
        counts = await self._run(self._client.hgetall(self._key(STATS)))
        for name, value in (counts or {}).items():
            kind, _, field = name.partition(".")
            if kind in KINDS and field in ("hits", "misses"):
                with contextlib.suppress(ValueError):
                    result[kind][field] = int(value)
        for kind in KINDS:
            n = 0
            async for _ in self._scan(f"{self._key(kind, '')}*"):
                n += 1
            result[kind]["entries"] = n
        info = await self._run(self._client.info("memory"))
        if isinstance(info, dict):
            result["volume_bytes"] = int(info.get("used_memory", 0))
        result["available"] = bool(self._up)
        return result

    def clear(self) -> int:
        """Remove every catalog and verdict under the key prefix; the number removed."""
        return self._sync(self.clear_async)

    async def clear_async(self) -> int:
        """`clear()` from inside an event loop."""
        removed = 0
        batch: list[str] = []
        async for key in self._scan(f"{self._prefix}*"):
            batch.append(key)
            if len(batch) >= 500:
                removed += int(await self._run(self._client.unlink(*batch)) or 0)
                batch = []
        if batch:
            removed += int(await self._run(self._client.unlink(*batch)) or 0)
        return removed

    def close(self) -> None:
        """Close the disk cache (the pool is closed by `aclose`)."""
        self._closed = True
        self.local.close()

    async def aclose(self) -> None:
        """Write pending counts and close the pool and the disk cache."""
        if self._probe is not None:
            self._probe.cancel()
        if self._up:
            await self._flush()
        with contextlib.suppress(Exception):
            await self._client.aclose()
        self._closed = True
        await asyncio.to_thread(self.local.close)

    def _sync(self, fn: Any) -> Any:
        """Run an admin coroutine from plain code (the command line, a status thread) on a pool of its own.

        The running gateway's pool belongs to its event loop and is never touched from another thread.
        """
        other = RedisCache(self._settings, self.local, self._told)

        async def once() -> Any:
            try:
                return await getattr(other, fn.__name__)()
            finally:
                with contextlib.suppress(Exception):
                    await other._client.aclose()

        result = asyncio.run(once())
        if isinstance(result, dict):
            for name, count in list(self._pending.items()):  # this process's counts not yet sent
                kind, _, field = name.partition(".")
                if isinstance(result.get(kind), dict):
                    result[kind][field] = result[kind].get(field, 0) + count
        return result

    # --- inner workings --------------------------------------------------------------------------

    def _key(self, kind: str, key: str | None = None) -> str:
        return f"{self._prefix}{kind}" if key is None else f"{self._prefix}{kind}:{key}"

    async def _get(self, kind: str, key: str, fallback: Any) -> dict[str, Any] | None:
        if self._up is False or self._closed:
            return await fallback(key)
        stored = await self._run(self._client.get(self._key(kind, key)))
        if self._up is False:
            return await fallback(key)
        value = _decode(kind, self._open(kind, key, stored))
        self._note(kind, value is not None)
        return value

    async def _set(self, kind: str, key: str, text: str, ttl: float | None) -> None:
        if self._up is False or self._closed:
            return
        sealed = self._seal(kind, key, text, ttl)
        if sealed is not None:
            px = max(int(ttl * 1000), 1) if ttl else None
            await self._run(self._client.set(self._key(kind, key), sealed, px=px))

    def _signer(self) -> Any:
        if self._mac_key is None:
            from secure_mcp_gateway.keys import open_key

            self._mac_key = open_key()
            self._warn_once(
                "local-key",
                "redis cache at %s: cache.secret is not set, so values are signed with this machine's key and "
                "gateways on other machines cannot use them; give every gateway the same cache.secret",
            )
        return self._mac_key

    def _seal(self, kind: str, key: str, text: str, ttl: float | None) -> str | None:
        try:
            expires = int(time.time() + (ttl if ttl else 10 * 365 * 24 * 3600))
            return seal_with(self._signer(), kind, key, text, expires)
        except Exception as exc:  # no key to sign with: nothing unsigned goes to a shared store
            self._warn_once("no-key", "redis cache at %s: cannot sign values (%s); not storing", type(exc).__name__)
            return None

    def _open(self, kind: str, key: str, stored: Any) -> str | None:
        if not isinstance(stored, str):
            return None
        try:
            text, authentic = unseal_with(self._signer(), kind, key, stored, time.time())
        except Exception:
            return None
        if not authentic:
            self._warn_once(
                "forged",
                "redis cache at %s holds a value that fails authentication (edited, planted, or signed with another "
                "key: check that every gateway has the same cache.secret); treated as a miss",
            )
        return text

    def _warn_once(self, topic: str, message: str, *args: Any) -> None:
        if topic not in self._warned:
            self._warned.add(topic)
            log.warning(message, self._where, *args)

    async def _run(self, aw: Any) -> Any:
        """One Redis command within the timeout; on failure None, and Redis is marked down."""
        try:
            value = await asyncio.wait_for(aw, self._timeout)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._down(exc)
            return None
        self._back()
        return value

    def _down(self, exc: BaseException) -> None:
        if not self._told.down:
            log.warning("redis cache at %s %s; using the disk cache meanwhile", self._where, why_down(exc))
        self._told.down = True
        self._up = False
        if (self._probe is None or self._probe.done()) and not self._closed:
            with contextlib.suppress(RuntimeError):
                self._probe = asyncio.get_running_loop().create_task(self._reprobe())

    def _back(self) -> None:
        if self._told.down:
            log.info("redis cache at %s is back", self._where)
        self._told.down = False
        self._up = True

    async def _reprobe(self) -> None:
        while self._up is False and not self._closed:
            await asyncio.sleep(REPROBE)
            try:
                await asyncio.wait_for(self._client.ping(), self._timeout)
            except Exception:
                continue
            self._back()

    def _note(self, kind: str, hit: bool) -> None:
        self._pending[f"{kind}.{'hits' if hit else 'misses'}"] += 1
        if sum(self._pending.values()) >= FLUSH_EVERY:
            with contextlib.suppress(RuntimeError):
                asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        counts, self._pending = dict(self._pending), Counter()
        if not counts or self._up is False:
            return

        async def send() -> Any:
            async with self._client.pipeline(transaction=False) as pipe:
                for name, delta in counts.items():
                    pipe.hincrby(self._key(STATS), name, delta)
                return await pipe.execute()

        await self._run(send())

    async def _scan(self, pattern: str) -> Any:
        if self._up is False:
            return
        cursor: Any = 0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            answer = await self._run(self._client.scan(cursor=cursor, match=pattern, count=500))
            if answer is None:
                return
            cursor, keys = answer
            for key in keys:
                yield key
            if int(cursor) == 0:
                return


def _decode(kind: str, text: Any) -> dict[str, Any] | None:
    """A stored value read back, checked as the disk cache checks it; a damaged one is a miss."""
    if not isinstance(text, str):
        return None
    try:
        value = fastjson.parse(text)  # (numbers as the server wrote them)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or (kind == VERDICT and _verdict_problem(value)):
        return None
    return value

"""Pins shared through Redis (`cache.backend: redis`), mirrored on local disk, which serves while Redis is away."""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Iterator
from typing import Any

from secure_mcp_gateway.config import CacheSettings
from secure_mcp_gateway.keys import LocalKey, state_dir
from secure_mcp_gateway.pins_store import FilePinStore, PinStore

log = logging.getLogger(__name__)

POLL = 1.0
"""Seconds between looks at Redis for records changed elsewhere (and, while it is down, for its return)."""
RESET = b""
"""Stored for a server whose pins were reset, so no gateway's mirror brings them back."""
LOCK_TTL = 10.0


def _redact(url: str) -> str:
    from secure_mcp_gateway.cache_redis import _redact_url

    return _redact_url(url)


class RedisPinStore:
    """Signed pin records in one Redis hash shared by every gateway on it (same `key_prefix`).

    Each record read from Redis is mirrored to a local `FilePinStore`; while Redis is unreachable the mirror is
    read and written instead (logged once), and Redis is asked again only after a background probe finds it back,
    so a call never waits on a dead Redis. A record Redis lacks but the mirror has is put back (a restarted Redis
    without persistence keeps the approvals); a reset leaves an empty marker so no mirror revives it.
    """

    def __init__(self, settings: CacheSettings, mirror: FilePinStore) -> None:
        import redis

        self._redis = redis
        self.mirror = mirror
        self.directory = mirror.directory
        self._where = _redact(settings.url or "")
        self._hash = f"{settings.key_prefix}pins"
        self._counter = f"{settings.key_prefix}pins:stamp"
        self._lock_name = f"{settings.key_prefix}pins:lock"
        self._client = redis.Redis.from_url(
            settings.url or "redis://127.0.0.1:6379/0",
            socket_timeout=settings.redis_timeout,
            socket_connect_timeout=settings.redis_timeout,
            max_connections=4,
        )
        self._up: bool | None = None
        self._stamp: Any = None
        self._poller: threading.Thread | None = None
        self._stop = threading.Event()
        self._state = threading.Lock()

    # --- PinStore --------------------------------------------------------------------------------

    def read(self, server: str) -> bytes | None:
        raw = self._ask(lambda: self._client.hget(self._hash, server))
        if raw is _DOWN:
            return self.mirror.read(server)
        if raw == RESET:
            with contextlib.suppress(OSError):
                self.mirror.delete(server)
            return None
        if raw is None:
            kept = self.mirror.read(server)
            if kept is not None:  # Redis lost it (restarted empty, or flushed): the approvals survive
                log.info("pins of server %s: not in redis at %s; restoring them from this machine", server, self._where)
                self._put(server, kept)
            return kept
        with contextlib.suppress(OSError):  # the mirror is a fallback: a disk problem never hides Redis's answer
            if self.mirror.read(server) != raw:
                self.mirror.write(server, raw)
        return bytes(raw)

    def write(self, server: str, data: bytes) -> None:
        self.mirror.write(server, data)
        self._put(server, data)

    def delete(self, server: str) -> bool:
        had = self.mirror.delete(server)
        existed = self._ask(lambda: self._client.hget(self._hash, server))
        if existed is not _DOWN:
            self._put(server, RESET)
            had = had or bool(existed)
        return had

    def servers(self) -> list[str]:
        fields = self._ask(lambda: self._client.hgetall(self._hash))
        if fields is _DOWN:
            return self.mirror.servers()
        names = {k.decode("utf-8", "surrogateescape") for k, v in fields.items() if v != RESET}
        return sorted(names | set(self.mirror.servers()))

    def stamp(self) -> Any:
        """Changes whenever a record changes in Redis (polled in a thread) or, while it is down, on local disk."""
        if self._poller is None:
            self._start_poller()
        if self._up is False:
            return ("disk", self.mirror.stamp())
        return ("redis", self._stamp)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        with self.mirror.locked():
            lock = None
            if self._up is not False:
                lock = self._client.lock(self._lock_name, timeout=LOCK_TTL, blocking_timeout=LOCK_TTL / 2)
                got = self._ask(lock.acquire)
                if got is _DOWN or not got:
                    lock = None  # Redis away or the lock held too long: this machine's lock still holds
            try:
                yield
            finally:
                if lock is not None:
                    with contextlib.suppress(Exception):
                        lock.release()

    def close(self) -> None:
        """Stop polling and close the connections."""
        self._stop.set()
        with contextlib.suppress(Exception):
            self._client.close()

    # --- inner workings --------------------------------------------------------------------------

    def _put(self, server: str, data: bytes) -> None:
        def put() -> Any:
            with self._client.pipeline(transaction=True) as pipe:
                pipe.hset(self._hash, server, data)
                pipe.incr(self._counter)
                return pipe.execute()

        self._ask(put)

    def _ask(self, command: Any) -> Any:
        """One Redis command; `_DOWN` (without trying) while Redis is known to be down, or when it fails now."""
        if self._up is False:
            return _DOWN
        try:
            value = command()
        except (self._redis.RedisError, OSError) as exc:
            self._down(exc)
            return _DOWN
        self._back()
        return value

    def _down(self, exc: BaseException) -> None:
        with self._state:  # the poller and the caller may both find it gone: one warning per outage
            was, self._up = self._up, False
        if was is not False:
            from secure_mcp_gateway.cache_redis import why_down

            log.warning(
                "pins: redis at %s %s; using this machine's copy of the pins meanwhile", self._where, why_down(exc)
            )
        if self._poller is None:
            self._start_poller()

    def _back(self) -> None:
        with self._state:
            was, self._up = self._up, True
        if was is False:
            log.info("pins: redis at %s is back", self._where)

    def _start_poller(self) -> None:
        with self._state:
            if self._poller is not None:
                return
            self._poller = threading.Thread(
                target=_poll, args=(weakref.ref(self), self._stop), name="pins-redis", daemon=True
            )
            self._poller.start()

    def _poll_once(self) -> None:
        try:
            stamp = self._client.get(self._counter)
        except (self._redis.RedisError, OSError) as exc:
            self._down(exc)
            return
        self._stamp = stamp
        self._back()


class _Down:
    """Redis did not answer (a value no command returns)."""


_DOWN: Any = _Down()


def _poll(ref: weakref.ref[RedisPinStore], stop: threading.Event) -> None:
    while not stop.is_set():
        store = ref()
        if store is None:
            return
        store._poll_once()
        del store
        stop.wait(POLL)


def shared_pins(settings: CacheSettings) -> tuple[PinStore | None, LocalKey | None]:
    """The pin store and signing key for a cache config: Redis (with `cache.secret`) or this machine's files.

    Records in Redis are signed with `cache.secret` so every gateway sharing it can check them; the local mirror
    lives in its own directory per key, so changing the secret never makes local pins look tampered.
    """
    if not settings.enabled or settings.backend != "redis" or not settings.url:
        return None, None
    key = LocalKey(secret=settings.secret.encode("utf-8", "surrogatepass")) if settings.secret else None
    if key is None:
        log.warning(
            "pins in redis at %s are signed with this machine's key, so gateways on other machines cannot use them; "
            "give every gateway the same cache.secret",
            _redact(settings.url),
        )
    mirror = FilePinStore(state_dir() / ("pins" if key is None else f"pins-shared-{key.id[:12]}"))
    return RedisPinStore(settings, mirror), key

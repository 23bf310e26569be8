"""The Redis cache against a real redis-server: sharing, TTLs, prefixes, tampering, and Redis going away."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from redis_server import RedisServer, free_port, require_redis, running_redis

from secure_mcp_gateway import cache_redis
from secure_mcp_gateway.cache import GatewayCache
from secure_mcp_gateway.cache_redis import RedisCache, open_cache
from secure_mcp_gateway.config import CacheSettings

require_redis()

VERDICT = {"action": "block", "detectors": ["secrets"], "reasons": ["an API key (github token)"]}
SECRET = "deployment-secret-" + "s5" * 10
CATALOG = {"serverInfo": {"name": "files"}, "tools": [{"name": "read", "inputSchema": {"type": "object"}}]}


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with running_redis(tmp_path_factory.mktemp("redis")) as server:
        yield server


def settings(url: str, tmp: Path, **extra: Any) -> CacheSettings:
    extra.setdefault("redis_timeout", 3.0)  # a loaded test machine must not pass for a Redis that is down
    extra.setdefault("secret", SECRET)
    return CacheSettings(backend="redis", url=url, dir=str(tmp / "disk"), **extra)


@pytest.fixture
def prefix(request: pytest.FixtureRequest) -> str:
    return f"t{abs(hash(request.node.name)) % 10**8}:"


@pytest.mark.anyio
async def test_two_gateways_share_catalogs_and_verdicts(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    a = RedisCache(settings(redis.url, tmp_path / "a", key_prefix=prefix))
    b = RedisCache(settings(redis.url, tmp_path / "b", key_prefix=prefix))
    try:
        assert await b.get_verdict("v1") is None
        await a.put_verdict("v1", VERDICT)
        await a.put_catalog("c1", CATALOG)
        assert await b.get_verdict("v1") == VERDICT
        assert await b.get_catalog("c1") == CATALOG
        assert await b.get_catalog("v1") is None  # kinds do not mix
        assert a.redis_up and b.redis_up
        stats = await b.stats_async()
        assert stats["verdict"]["hits"] == 1 and stats["verdict"]["misses"] == 1
        assert stats["verdict"]["entries"] == 1 and stats["catalog"]["entries"] == 1
    finally:
        await a.aclose()
        await b.aclose()


@pytest.mark.anyio
async def test_a_catalog_is_encoded_once_for_redis_and_disk(
    redis: RedisServer, tmp_path: Path, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secure_mcp_gateway import cache as cache_module

    made: list[Any] = []
    real = cache_module._to_json

    def counted(value: Any) -> str | None:
        made.append(value)
        return real(value)

    monkeypatch.setattr(cache_redis, "_to_json", counted)
    monkeypatch.setattr(cache_module, "_to_json", counted)
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix))
    try:
        await c.put_catalog("c", CATALOG)
        assert made == [CATALOG]  # one text for both stores
        assert await c.get_catalog("c") == CATALOG
        assert await c.local.get_catalog("c") == CATALOG  # the disk holds it too
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_keys_carry_the_prefix_and_a_ttl(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix, verdict_ttl=100))
    try:
        await c.put_verdict("v", VERDICT)
        await c.put_catalog("c", CATALOG)
        ttl = int(redis.command("PTTL", f"{prefix}verdict:v").split(b"\r\n")[0][1:])
        assert 90_000 < ttl <= 100_000
        ttl = int(redis.command("PTTL", f"{prefix}catalog:c").split(b"\r\n")[0][1:])
        assert ttl > 100_000  # catalogs live for weeks
        other = RedisCache(settings(redis.url, tmp_path / "o", key_prefix=prefix + "other:"))
        assert await other.get_verdict("v") is None  # another deployment's prefix sees nothing
        await other.aclose()
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_verdicts_expire(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix, verdict_ttl=1.0))
    try:
        await c.put_verdict("v", VERDICT)
        ttl = int(redis.command("PTTL", f"{prefix}verdict:v").split(b"\r\n")[0][1:])
        assert 0 < ttl <= 1000 or ttl == -2  # (-2: gone already, a second having passed on a busy machine)
        deadline = time.monotonic() + 30
        while await c.get_verdict("v") is not None:  # Redis expires it; wait for that, bounded
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_damaged_or_planted_values_are_misses(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix))
    try:
        redis.command("SET", f"{prefix}catalog:x", "not json{")
        redis.command("SET", f"{prefix}catalog:y", "[1, 2]")
        redis.command("SET", f"{prefix}verdict:z", '{"action": "allow", "reasons": ["' + "x" * 600 + '"]}')
        redis.command("SET", f"{prefix}verdict:w", "m1:" + "0" * 64 + ':9999999999:{"action": "allow"}')
        assert await c.get_catalog("x") is None
        assert await c.get_catalog("y") is None
        assert await c.get_verdict("z") is None
        assert await c.get_verdict("w") is None  # a planted "allow" with a made-up signature
        await c.put_verdict("v", VERDICT)  # (while a value the cache wrote itself is stored there and read back)
        assert redis.command("EXISTS", f"{prefix}verdict:v").startswith(b":1")
        assert await c.get_verdict("v") == VERDICT
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_values_are_signed_and_another_key_cannot_use_them(
    redis: RedisServer, tmp_path: Path, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    a = RedisCache(settings(redis.url, tmp_path / "a", key_prefix=prefix))
    other = RedisCache(settings(redis.url, tmp_path / "b", key_prefix=prefix, secret="another-secret-" + "x" * 10))
    try:
        await a.put_verdict("v", VERDICT)
        stored = redis.command("GET", f"{prefix}verdict:v").decode()
        assert '"action":"block"' in stored and stored.split("\r\n")[1].startswith("m1:")
        with caplog.at_level(logging.WARNING):
            assert await other.get_verdict("v") is None
            assert await other.get_verdict("v") is None
        assert len([r for r in caplog.records if "fails authentication" in r.getMessage()]) == 1
        body = stored.split("\r\n")[1]
        redis.command("SET", f"{prefix}verdict:v", body.replace('"block"', '"allow"'))  # an edited verdict
        assert await a.get_verdict("v") is None
    finally:
        await a.aclose()
        await other.aclose()


@pytest.mark.anyio
async def test_degraded_and_long_verdicts_are_not_stored(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix))
    try:
        await c.put_verdict("d", {**VERDICT, "degraded": True})
        await c.put_verdict("l", {"action": "block", "reasons": ["AKIA" + "A" * 600]})
        assert redis.command("EXISTS", f"{prefix}verdict:d", f"{prefix}verdict:l").startswith(b":0")
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_unreachable_redis_falls_back_to_disk_once_and_never_blocks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_redis, "REPROBE", 3600.0)  # (finding it back is another test's)
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    c = RedisCache(settings(url, tmp_path))
    sent: list[str] = []
    send = c._client.execute_command

    async def counted(*args: Any, **options: Any) -> Any:
        sent.append(args[0])
        return await send(*args, **options)

    c._client.execute_command = counted
    try:
        with caplog.at_level(logging.WARNING):
            await c.put_verdict("v", VERDICT)
            for _ in range(20):
                assert await c.get_verdict("v") == VERDICT  # served by the disk cache
        assert sent == ["SET"], "found down once, Redis is not waited for again (until the probe finds it back)"
        warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
        assert len(warnings) == 1
        assert c.redis_up is False and c.available
    finally:
        await c.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("first", ["lookup", "stats"])
async def test_redis_down_is_said_once_whatever_finds_it_first(
    first: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gateway's lookups and the status file's stats (another thread, every 15 s) find the same Redis down: one
    warning, naming the server with its password masked (was one more per stats, two at every start)."""
    monkeypatch.setattr(cache_redis, "REPROBE", 3600.0)
    url = f"redis://u:pw-{free_port()}@127.0.0.1:{free_port()}/0"  # nothing listens there
    c = RedisCache(settings(url, tmp_path))
    try:
        with caplog.at_level(logging.WARNING):
            if first == "stats":
                await asyncio.to_thread(c.stats)
            await c.get_catalog("k")
            for _ in range(3):
                assert (await asyncio.to_thread(c.stats))["url"] == c._where
        warnings = [r.getMessage() for r in caplog.records if "redis cache at" in r.getMessage()]
        assert len(warnings) == 1, warnings
        assert "is unreachable" in warnings[0] and "redis://u:***@127.0.0.1:" in warnings[0]
    finally:
        await c.aclose()


@pytest.mark.anyio
async def test_redis_going_away_and_coming_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_redis, "REPROBE", 0.1)
    server = RedisServer(free_port(), tmp_path / "r")
    server.start()
    c = RedisCache(settings(server.url, tmp_path))
    try:
        await c.put_verdict("v1", VERDICT)
        assert c.redis_up
        server.stop()
        await c.put_verdict("v2", VERDICT)  # Redis is gone: the disk cache keeps it
        assert c.redis_up is False
        assert await c.get_verdict("v2") == VERDICT
        assert await c.get_verdict("v1") == VERDICT  # written through to disk while Redis was up
        server.start()
        deadline = time.monotonic() + 10
        while not c.redis_up:  # the background probe finds it back
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        await c.put_verdict("v3", VERDICT)
        assert server.command("EXISTS", "smg:verdict:v3").startswith(b":1")
    finally:
        await c.aclose()
        server.stop()


@pytest.mark.anyio
async def test_a_password_never_reaches_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://user:s3cr3t-pa55@127.0.0.1:{free_port()}/0"
    c = RedisCache(settings(url, tmp_path))
    with caplog.at_level(logging.DEBUG):
        await c.get_catalog("k")
        stats = await c.stats_async()
    await c.aclose()
    shown = url.replace("s3cr3t-pa55", "***")  # the server is named, with the password masked
    assert "unreachable" in caplog.text and shown in caplog.text and stats["url"] == shown
    assert "s3cr3t-pa55" not in caplog.text
    assert "s3cr3t-pa55" not in repr(stats)


@pytest.mark.anyio
async def test_a_refused_login_is_named_as_such(
    redis: RedisServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://nobody:wr0ng-pa55@127.0.0.1:{redis.port}/0"  # a user Redis does not know: WRONGPASS
    c = RedisCache(settings(url, tmp_path))
    with caplog.at_level(logging.WARNING):
        assert await c.get_catalog("k") is None
    await c.aclose()
    assert "refused the login (wrong or missing password in cache.url" in caplog.text, caplog.text
    assert "unreachable" not in caplog.text and "wr0ng-pa55" not in caplog.text


def test_admin_commands_work_from_plain_code(redis: RedisServer, tmp_path: Path, prefix: str) -> None:
    async def fill() -> None:
        writer = RedisCache(settings(redis.url, tmp_path / "w", key_prefix=prefix))
        await writer.put_verdict("a", VERDICT)
        await writer.put_catalog("b", CATALOG)
        await writer.aclose()

    asyncio.run(fill())
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix))
    stats = c.stats()
    assert stats["backend"] == "redis" and stats["verdict"]["entries"] == 1
    assert c.clear() >= 2
    assert c.stats()["verdict"]["entries"] == 0
    c.close()


@pytest.mark.anyio
async def test_stats_from_another_thread_leave_the_running_pool_alone(
    redis: RedisServer, tmp_path: Path, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    c = RedisCache(settings(redis.url, tmp_path, key_prefix=prefix))
    try:
        with caplog.at_level(logging.WARNING):
            for i in range(5):
                await c.put_verdict(f"v{i}", VERDICT)
                stats, got = await asyncio.gather(asyncio.to_thread(c.stats), c.get_verdict(f"v{i}"))
                assert got == VERDICT and stats["verdict"]["entries"] == i + 1
        assert c.redis_up and "unreachable" not in caplog.text
    finally:
        await c.aclose()


def test_open_cache_picks_the_backend(tmp_path: Path) -> None:
    assert open_cache(CacheSettings(enabled=False)) is None
    assert isinstance(open_cache(CacheSettings(dir=str(tmp_path))), GatewayCache)
    redis_cache = open_cache(settings("redis://127.0.0.1:1/0", tmp_path))
    assert isinstance(redis_cache, RedisCache)
    redis_cache.close()


def test_config_needs_a_redis_url() -> None:
    with pytest.raises(ValueError, match='needs "url"'):
        CacheSettings(backend="redis")
    with pytest.raises(ValueError, match="redis://"):
        CacheSettings(backend="redis", url="http://example")

"""Two gateway processes sharing one cache directory keep its entries and counts consistent."""

from __future__ import annotations

import asyncio
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway.cache import GatewayCache
from secure_mcp_gateway.config import CacheSettings

ROUNDS = 40
SHARED = 10


def gateway_process(cache_dir: str, name: str, start: Any, results: Any) -> None:
    """One gateway: writes its own verdicts and shared ones, reads both, and reports what it saw."""
    from secure_mcp_gateway import cache

    cache.READ_TIMEOUT = cache.WRITE_TIMEOUT = 30.0  # (a slow disk waited for, as in the test's own process)
    cache.REOPEN_AFTER = 0.0  # (a cache found locked at open, by the other's first writes, is tried at the next write)

    async def run() -> dict[str, Any]:
        cache = GatewayCache(CacheSettings(dir=cache_dir))
        hits = misses = 0
        stored: list[str] = []
        await cache.open()
        start.wait(30)
        for i in range(ROUNDS):
            own = f"{name}-{i}"
            shared = f"shared-{i % SHARED}"
            for key in (own, shared):
                for _attempt in range(50):  # a write skipped because the other process held the lock is retried
                    await cache.put_verdict(key, {"action": "allow", "reasons": [key]})
                    got = await cache.get_verdict(key)
                    if got is not None:
                        hits += 1
                        stored.append(key)
                        break
                    misses += 1
            other = await cache.get_verdict(f"{'b' if name == 'a' else 'a'}-{i}")
            hits, misses = hits + (other is not None), misses + (other is None)
        cache.close()
        return {"name": name, "hits": hits, "misses": misses, "stored": stored}

    try:
        results.put(asyncio.run(run()))
    except BaseException as exc:
        results.put({"name": name, "error": repr(exc)})


def test_two_processes_share_one_cache(tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    procs = [ctx.Process(target=gateway_process, args=(cache_dir, name, start, results)) for name in ("a", "b")]
    for p in procs:
        p.start()
    start.set()
    reports = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    assert all("error" not in r for r in reports), reports

    stored = {key for r in reports for key in r["stored"]}
    assert len(stored) == 2 * ROUNDS + SHARED

    reader = GatewayCache(CacheSettings(dir=cache_dir))
    try:
        stats = reader.stats()
        assert stats["verdict"]["entries"] == len(stored)
        assert stats["verdict"]["hits"] == sum(r["hits"] for r in reports)
        assert stats["verdict"]["misses"] == sum(r["misses"] for r in reports)
        for key in sorted(stored):
            got = asyncio.run(reader.get_verdict(key))
            assert got == {"action": "allow", "reasons": [key]}
    finally:
        reader.close()


@pytest.mark.parametrize("kind", ["catalog", "verdict"])
def test_stats_of_a_fresh_directory_are_zero(tmp_path: Path, kind: str) -> None:
    reader = GatewayCache(CacheSettings(dir=str(tmp_path / "fresh")))
    try:
        stats = reader.stats()
        assert stats["available"] is True
        assert {k: stats[kind][k] for k in ("hits", "misses", "entries", "bytes")} == dict.fromkeys(
            ("hits", "misses", "entries", "bytes"), 0
        )
    finally:
        reader.close()

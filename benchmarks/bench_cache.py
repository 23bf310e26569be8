"""Latency of the disk cache: get/put of a 100-tool catalog and of verdicts, sync and through the async wrapper.

"sync" is the work the worker thread does for one call (JSON, checks, diskcache), run in the calling thread;
"async" is the whole `await cache.get_...()/put_...()` as the gateway calls it (hand-off to the worker thread
included). Also: the key functions, and the cost of opening the cache. Numbers are microseconds.

    python benchmarks/bench_cache.py [--rounds 2000] [--dir PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway.cache import CATALOG, VERDICT, GatewayCache, _to_json, catalog_key, verdict_key
from secure_mcp_gateway.config import CacheSettings, ServerConfig


def make_catalog(tools: int = 100) -> dict[str, Any]:
    """A catalog shaped like a real server's: a description and a small JSON schema per tool."""
    return {
        "serverInfo": {"name": "bench", "version": "1.0.0"},
        "capabilities": {"tools": {"listChanged": True}, "resources": {}},
        "tools": [
            {
                "name": f"tool_{i}",
                "description": f"Tool number {i}: reads, searches or updates things in the bench workspace. " * 3,
                "inputSchema": {
                    "type": "object",
                    "properties": {
                        "path": {"type": "string", "description": "A path inside the workspace"},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 1000},
                        "recursive": {"type": "boolean", "default": False},
                    },
                    "required": ["path"],
                },
            }
            for i in range(tools)
        ],
        "prompts": [],
        "resources": [],
        "resourceTemplates": [],
    }


VERDICT_VALUE = {"action": "redact", "detectors": ["secrets", "pii"], "reasons": ["an API key", "an e-mail address"]}


def summary(samples: list[float]) -> str:
    us = sorted(s * 1e6 for s in samples)
    p95 = us[min(len(us) - 1, int(len(us) * 0.95))]
    return f"median {statistics.median(us):8.1f}   p95 {p95:8.1f}   (n={len(us)})"


def time_sync(fn: Callable[[int], Any], rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        start = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - start)
    return out


async def time_async(fn: Callable[[int], Awaitable[Any]], rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        start = time.perf_counter()
        await fn(i)
        out.append(time.perf_counter() - start)
    return out


async def run(rounds: int, directory: Path) -> None:
    catalog = make_catalog()
    catalog_rounds = max(50, rounds // 4)
    print(f"cache directory: {directory}")
    print(f"catalog: {len(catalog['tools'])} tools, {len(json.dumps(catalog)) / 1024:.1f} KiB of JSON")
    print()

    start = time.perf_counter()
    cache = GatewayCache(CacheSettings(dir=str(directory)))
    assert await cache.open()
    print(f"open (fresh directory):           {(time.perf_counter() - start) * 1e6:8.1f} us")

    # sync: what the worker thread does, run here
    def put_catalog_sync(i: int) -> None:
        cache._put_now(CATALOG, f"sync-c{i}", _to_json(catalog) or "", 3600.0)

    def put_verdict_sync(i: int) -> None:
        cache._put_now(VERDICT, f"sync-v{i}", _to_json(VERDICT_VALUE) or "", 3600.0)

    results = {
        "catalog put  sync ": time_sync(put_catalog_sync, catalog_rounds),
        "catalog get  sync ": time_sync(lambda i: cache._get_now(CATALOG, f"sync-c{i}"), catalog_rounds),
        "verdict put  sync ": time_sync(put_verdict_sync, rounds),
        "verdict get  sync ": time_sync(lambda i: cache._get_now(VERDICT, f"sync-v{i}"), rounds),
        "verdict miss sync ": time_sync(lambda i: cache._get_now(VERDICT, f"none-{i}"), rounds),
    }
    results["catalog put  async"] = await time_async(
        lambda i: cache.put_catalog(f"async-c{i}", catalog), catalog_rounds
    )
    results["catalog get  async"] = await time_async(lambda i: cache.get_catalog(f"async-c{i}"), catalog_rounds)
    results["verdict put  async"] = await time_async(lambda i: cache.put_verdict(f"async-v{i}", VERDICT_VALUE), rounds)
    results["verdict get  async"] = await time_async(lambda i: cache.get_verdict(f"async-v{i}"), rounds)
    results["verdict miss async"] = await time_async(lambda i: cache.get_verdict(f"none-{i}"), rounds)
    for name, samples in results.items():
        print(f"{name}:  {summary(samples)}")

    got = await cache.get_catalog(f"async-c{catalog_rounds - 1}")
    assert got == catalog, "catalog did not round-trip"
    stats = cache.stats()
    cache.close()

    print()
    server = ServerConfig(command="npx", args=["-y", "@scope/server", "/data"], env={"TOKEN": "x" * 40})
    print(f"catalog_key:                      {summary(time_sync(lambda i: catalog_key('bench', server), rounds))}")
    for size in (1024, 100 * 1024):
        text = "a" * size
        samples = time_sync(lambda i, t=text: verdict_key("enkrypt", "policy", "input", t), rounds)
        print(f"verdict_key ({size // 1024:>3} KiB content):   {summary(samples)}")
    print()
    print(
        f"after the run: {stats['catalog']['entries']} catalogs ({stats['catalog']['bytes'] / 1024:.0f} KiB), "
        f"{stats['verdict']['entries']} verdicts ({stats['verdict']['bytes'] / 1024:.0f} KiB), "
        f"{stats['volume_bytes'] / 1024:.0f} KiB on disk"
    )


def main() -> None:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000, help="verdict operations per measurement")
    parser.add_argument("--dir", help="cache directory to use (default: a fresh temporary one)")
    args = parser.parse_args()
    if args.dir:
        asyncio.run(run(args.rounds, Path(args.dir)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        asyncio.run(run(args.rounds, Path(tmp) / "cache"))


if __name__ == "__main__":
    main()

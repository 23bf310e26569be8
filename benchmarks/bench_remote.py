"""Cost of the remote guardrail path against the guardrail stub answering in 20 ms (run in its own process).

Measures, in one run: the bare httpx round trip; a webhook and an Enkrypt check through `RemoteGuards`,
interleaved with the bare request so that all see the same machine load (the added latency is each check
minus the bare request just before it); 100 checks in flight at once, next to 100 bare requests in flight
(the wall time should be far from 100 round trips); and a check while the provider's circuit is open.

    python benchmarks/bench_remote.py [--checks 200] [--delay 0.02]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from guardrail_stub import control, fetch_stats

from secure_mcp_gateway.config import HttpSettings, ProviderConfig
from secure_mcp_gateway.guardrails.remote import RemoteGuards

KEY = "bench-key-0123456789"
Call = Callable[[int], Awaitable[object]]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def timed(fn: Call) -> tuple[float, float]:
    """Wall and client-CPU milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    await fn(0)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


async def burst(n: int, fn: Call) -> tuple[float, float]:
    """Wall and client-CPU milliseconds of n calls in flight at once."""
    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(fn(i) for i in range(n)))
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


class StubProcess:
    """The guardrail stub in its own process, so that its work does not compete with the client for the GIL."""

    def __init__(self, delay: float) -> None:
        script = Path(__file__).resolve().parent.parent / "tests" / "guardrail_stub.py"
        args = [sys.executable, str(script), "--port", "0", "--delay", str(delay), "--api-key", KEY]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.proc.stdout.readline())}"
        self.webhook_url = self.url + "/webhook"

    def close(self) -> None:
        """Stop the stub process."""
        self.proc.terminate()
        self.proc.wait(timeout=10)


async def measure_path(stub: StubProcess, checks: int, delay: float, rows: list[tuple[str, str]]) -> None:
    """Sequential and concurrent checks against a healthy stub."""
    providers = {
        "hook": ProviderConfig(type="webhook", url=stub.webhook_url, api_key=KEY),
        "enk": ProviderConfig(type="enkrypt", url=stub.url, api_key=KEY, policy="bench"),
    }
    http = HttpSettings()
    limits = httpx.Limits(max_connections=http.max_connections, max_keepalive_connections=http.max_keepalive)
    body = {"version": 1, "direction": "input", "server": "s", "tool": "t", "request_id": "r"}
    body |= {"text": "x", "parts": ["x"]}
    auth = {"Authorization": f"Bearer {KEY}"}
    guards = RemoteGuards(providers, http)
    try:
        async with httpx.AsyncClient(limits=limits) as client:

            async def bare(i: int) -> None:
                (await client.post(stub.webhook_url, json=body, headers=auth)).json()

            async def hook(i: int) -> None:
                verdict = await guards.check("hook", "input", ["x"], server="s", tool="t", request_id=str(i))
                assert verdict.status == "ok", verdict.error

            async def enk(i: int) -> None:
                verdict = await guards.check("enk", "input", ["x"], server="s", tool="t", request_id=str(i))
                assert verdict.status == "ok", verdict.error

            paths = {"bare": bare, "webhook": hook, "enkrypt": enk}
            for fn in paths.values():  # warm up: connections, first-use costs
                for _ in range(5):
                    await timed(fn)
            samples: dict[str, list[tuple[float, float]]] = {name: [] for name in paths}
            for _ in range(checks):
                for name, fn in paths.items():
                    samples[name].append(await timed(fn))

            await burst(100, bare)  # the first bursts open the connections
            await burst(100, hook)
            bare_runs = [await burst(100, bare) for _ in range(5)]
            hook_runs = [await burst(100, hook) for _ in range(5)]
    finally:
        await guards.aclose()

    bare_wall = [w for w, _ in samples["bare"]]
    bare_cpu = [c for _, c in samples["bare"]]
    rows.append(("stub answer delay", f"{delay * 1000:.1f} ms"))
    rows.append(
        (
            "bare httpx round trip, median / p95",
            f"{statistics.median(bare_wall):.2f} / {percentile(bare_wall, 95):.2f} ms",
        )
    )
    rows.append(("  client CPU per request, median", f"{statistics.median(bare_cpu):.2f} ms"))
    for name in ("webhook", "enkrypt"):
        wall = [w for w, _ in samples[name]]
        added = [w - b for w, b in zip(wall, bare_wall, strict=True)]
        cpu_added = [c - b for (_, c), b in zip(samples[name], bare_cpu, strict=True)]
        rows.append((f"{name} check, median / p95", f"{statistics.median(wall):.2f} / {percentile(wall, 95):.2f} ms"))
        rows.append(
            (
                "  added over bare httpx, median / p95",
                f"{statistics.median(added):.2f} / {percentile(added, 95):.2f} ms",
            )
        )
        rows.append(("  added client CPU, median", f"{statistics.median(cpu_added):.2f} ms"))

    one = statistics.median(w for w, _ in samples["webhook"])
    b_wall, b_cpu = (statistics.median(x) for x in zip(*bare_runs, strict=True))
    h_wall, h_cpu = (statistics.median(x) for x in zip(*hook_runs, strict=True))
    rows.append(("100 bare httpx requests in flight, wall / client CPU", f"{b_wall:.1f} / {b_cpu:.1f} ms"))
    rows.append(("100 webhook checks in flight, wall / client CPU", f"{h_wall:.1f} / {h_cpu:.1f} ms"))
    rows.append(("  wall / one sequential check (100 = one after another)", f"{h_wall / one:.2f}"))
    rows.append(("  wall / the same burst over bare httpx", f"{h_wall / b_wall:.2f}"))
    stats = fetch_stats(stub.url)
    rows.append(
        ("requests / distinct TCP connections seen by the stub", f"{stats['requests']} / {stats['connections']}")
    )


async def measure_open_breaker(stub: StubProcess, rows: list[tuple[str, str]]) -> None:
    """The stub fails, one failed check opens the circuit, then checks fail fast without the network."""
    control(stub.url, "5xx")
    failing = RemoteGuards(
        {"hook": ProviderConfig(type="webhook", url=stub.webhook_url, api_key=KEY)},
        HttpSettings(retries=0, breaker_failures=1, breaker_recovery=3600),
    )
    try:
        await failing.check("hook", "input", ["x"], server="s", tool="t", request_id="r")
        before = fetch_stats(stub.url)["requests"]
        n = 20000
        start = time.perf_counter()
        for _ in range(n):
            await failing.check("hook", "input", ["x"], server="s", tool="t", request_id="r")
        per_check_us = (time.perf_counter() - start) / n * 1e6
        assert fetch_stats(stub.url)["requests"] == before, "an open breaker must not reach the network"
        rows.append(("check with the breaker open (no network)", f"{per_check_us:.2f} us"))
    finally:
        await failing.aclose()


async def run(checks: int, delay: float) -> None:
    """Run every measurement and print the table."""
    stub = StubProcess(delay)
    rows: list[tuple[str, str]] = []
    try:
        await measure_path(stub, checks, delay, rows)
        await measure_open_breaker(stub, rows)
    finally:
        stub.close()
    python = sys.version.split()[0]
    print(f"remote guardrail path: {checks} interleaved rounds, Python {python}, {os.cpu_count()} CPUs")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.02)
    args = parser.parse_args()
    logging.getLogger("secure_mcp_gateway").setLevel(logging.ERROR)  # the open-breaker run fails on purpose
    asyncio.run(run(args.checks, args.delay))


if __name__ == "__main__":
    main()

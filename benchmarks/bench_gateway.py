"""Direct connection vs the same server through the gateway, measured in one run.

Reports cold start to the first tools/list, per-call latency (median, p95) over sequential calls, and throughput
with 20 calls in flight, for a fast fixture server and for mcp-server-time, with the ratios gateway/direct.

    python benchmarks/bench_gateway.py [--calls 300] [--concurrent-calls 1000] [--starts 5] [--no-guardrails]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters, stdio_client

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "servers" / "fixture_server.py"
PY = sys.executable


def targets() -> dict[str, tuple[list[str], str, dict[str, Any]]]:
    """name -> (command line, tool to call, arguments)."""
    return {
        "fixture echo": ([PY, str(FIXTURE), "--name", "fx"], "echo", {"text": "hello"}),
        "mcp-server-time": ([PY, "-m", "mcp_server_time"], "get_current_time", {"timezone": "UTC"}),
    }


def gateway_command(workdir: Path, name: str, cmd: list[str], guardrails: bool) -> list[str]:
    config: dict[str, Any] = {
        "mcpServers": {name: {"command": cmd[0], "args": cmd[1:]}},
        "cache": {"dir": str(workdir / "cache")},
        "audit": {"file": str(workdir / "audit.jsonl")},
        "gateway": {"log_level": "warning", "reload": False},
    }
    if not guardrails:
        config["guardrails"] = {"enabled": False}
    path = workdir / f"gw-{name.replace(' ', '_')}.json"
    path.write_text(json.dumps(config))
    return [PY, "-m", "secure_mcp_gateway", "--config", str(path)]


async def connect(cmd: list[str]) -> tuple[Any, ClientSession]:
    from contextlib import AsyncExitStack

    stack = AsyncExitStack()
    errlog = stack.enter_context(open("/dev/null", "w"))  # noqa: SIM115
    read, write = await stack.enter_async_context(
        stdio_client(StdioServerParameters(command=cmd[0], args=cmd[1:]), errlog=errlog)
    )
    session = await stack.enter_async_context(ClientSession(read, write))
    return stack, session


async def cold_start(cmd: list[str]) -> float:
    started = time.perf_counter()
    stack, session = await connect(cmd)
    try:
        await session.initialize()
        await session.list_tools()
        return time.perf_counter() - started
    finally:
        await stack.aclose()


async def latency_and_throughput(
    cmd: list[str], tool: str, args: dict[str, Any], calls: int, concurrent_calls: int
) -> dict[str, float]:
    stack, session = await connect(cmd)
    try:
        await session.initialize()
        await session.list_tools()
        for _ in range(30):  # warm up
            await session.call_tool(tool, args)
        samples = []
        for _ in range(calls):
            t = time.perf_counter()
            await session.call_tool(tool, args)
            samples.append((time.perf_counter() - t) * 1000)
        samples.sort()
        sem = asyncio.Semaphore(20)

        async def one() -> None:
            async with sem:
                await session.call_tool(tool, args)

        t = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(concurrent_calls)))
        elapsed = time.perf_counter() - t
        return {
            "median_ms": statistics.median(samples),
            "p95_ms": samples[int(len(samples) * 0.95) - 1],
            "calls_per_s": concurrent_calls / elapsed,
        }
    finally:
        await stack.aclose()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--concurrent-calls", type=int, default=1000)
    ap.add_argument("--starts", type=int, default=5)
    ap.add_argument("--no-guardrails", action="store_true", help="measure the proxy alone")
    opts = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-"))
    rows = []
    for name, (cmd, tool, args) in targets().items():
        prefixed = f"{name.split()[0].replace('-', '_')}"
        gw = gateway_command(workdir, prefixed, cmd, guardrails=not opts.no_guardrails)
        direct_start = statistics.median([await cold_start(cmd) for _ in range(opts.starts)])
        cold, warm = [], []
        for _ in range(opts.starts):
            shutil.rmtree(workdir / "cache", ignore_errors=True)  # cold: nothing cached
            cold.append(await cold_start(gw))
            warm.append(await cold_start(gw))  # warm: the lists cached by the previous start
        gw_start, gw_warm = statistics.median(cold), statistics.median(warm)
        direct = await latency_and_throughput(cmd, tool, args, opts.calls, opts.concurrent_calls)
        via = await latency_and_throughput(gw, f"{prefixed}__{tool}", args, opts.calls, opts.concurrent_calls)
        rows.append((name, direct_start, gw_start, gw_warm, direct, via))
    mode = "proxy only (guardrails off)" if opts.no_guardrails else "default guardrails on"
    print(
        f"\nsecure-mcp-gateway vs direct, {mode}; {opts.calls} sequential calls, "
        f"{opts.concurrent_calls} calls with 20 in flight, median of {opts.starts} cold starts\n"
    )
    header = f"{'server':<18}{'metric':<26}{'direct':>10}{'gateway':>10}{'added':>10}{'ratio':>8}"
    print(header)
    print("-" * len(header))
    for name, ds, gs, ws, d, v in rows:
        print(f"{name:<18}{'cold start -> tools/list s':<26}{ds:>10.3f}{gs:>10.3f}{gs - ds:>+10.3f}{gs / ds:>8.2f}")
        print(f"{'':<18}{'  warm (cached lists) s':<26}{ds:>10.3f}{ws:>10.3f}{ws - ds:>+10.3f}{ws / ds:>8.2f}")
        for key, label in (("median_ms", "call median ms"), ("p95_ms", "call p95 ms")):
            print(f"{'':<18}{label:<26}{d[key]:>10.3f}{v[key]:>10.3f}{v[key] - d[key]:>+10.3f}{v[key] / d[key]:>8.2f}")
        dc, vc = d["calls_per_s"], v["calls_per_s"]
        print(f"{'':<18}{'throughput calls/s':<26}{dc:>10.0f}{vc:>10.0f}{vc - dc:>+10.0f}{vc / dc:>8.2f}")


if __name__ == "__main__":
    asyncio.run(main())

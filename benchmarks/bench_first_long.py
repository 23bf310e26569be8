"""What the first long result of a start costs next to the ones after it: the gateway's CPU and the wall time of
three long results (each a different text), on a first-ever start (empty cache directory: nothing compiled or stored
yet) and on the start after it, with the gateway left alone for a while after its first tool list (as a client that
lists its tools and calls one later does).

    python benchmarks/bench_first_long.py [--runs 2] [--size 4096] [--idle 7]

It also prints the CPU the gateway spent in the background between its first tool list and the first call (the
warm-up that builds what checks need ahead of the first one).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import ECHO, PY, RawClient, gateway_config, isolated_env


async def one_start(workdir: Path, size: int, idle: float) -> tuple[float, list[tuple[float, float]]]:
    """(background CPU s after the first list, [(CPU s, wall s) of each of three long results])."""
    config = gateway_config(workdir, {"e": [PY, str(ECHO), "--vary"]}, checks=True)
    client = await RawClient.start([PY, "-m", "secure_mcp_gateway", "--config", str(config)], isolated_env(workdir))
    try:
        await client.handshake()
        await client.list_all_tools()
        before = client.cpu_sample()
        await client.settle()
        await asyncio.sleep(idle)
        await client.settle()
        background = client.cpu_sample().minus(before)
        results = []
        for _ in range(3):
            cpu, wall = client.cpu_sample(), time.perf_counter()
            await client.request("tools/call", {"name": "e__echo", "arguments": {"size": size}})
            results.append((client.cpu_sample().minus(cpu), time.perf_counter() - wall))
        return background, results
    finally:
        await client.close()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--size", type=int, default=4096, help="bytes of each long result")
    ap.add_argument("--idle", type=float, default=7.0, help="seconds the gateway is left alone after its first list")
    opts = ap.parse_args()
    print(f"long results of {opts.size:,} bytes, each a different text; gateway left alone {opts.idle:g} s first\n")
    for _ in range(opts.runs):
        workdir = Path(tempfile.mkdtemp(prefix="smg-bench-first-long-"))
        for label in ("first-ever start", "the start after it"):
            background, results = await one_start(workdir, opts.size, opts.idle)
            each = ", ".join(f"{cpu * 1000:.0f} / {wall * 1000:.0f}" for cpu, wall in results)
            print(f"{label}: background {background:.2f} s CPU; long results, ms CPU / ms wall: {each}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())

"""Time to the first tools/list, cold (empty cache) vs warm (cache from the previous run), for a gateway with five
servers where one takes 3 s to start.

    python benchmarks/bench_warm_start.py [--runs 3] [--slow 3]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gateway import FIXTURE, PY, connect


def config_path(workdir: Path, slow: float) -> Path:
    servers = {f"s{i}": {"command": PY, "args": [str(FIXTURE), "--name", f"s{i}"]} for i in range(4)}
    servers["slow"] = {"command": PY, "args": [str(FIXTURE), "--name", "slow", "--start-delay", str(slow)]}
    config = {
        "mcpServers": servers,
        "gateway": {"start_deadline": slow + 5, "log_level": "error", "reload": False},
        "cache": {"dir": str(workdir / "cache")},
        "audit": {"enabled": False},
    }
    path = workdir / "gateway.json"
    path.write_text(json.dumps(config))
    return path


async def first_list(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    stack, session = await connect([PY, "-m", "secure_mcp_gateway", "--config", str(path)])
    try:
        await session.initialize()
        tools = (await session.list_tools()).tools
        return time.perf_counter() - started, len(tools)
    finally:
        await stack.aclose()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--slow", type=float, default=3.0)
    opts = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-warm-"))
    path = config_path(workdir, opts.slow)
    cold, warm = [], []
    for _ in range(opts.runs):
        shutil.rmtree(workdir / "cache", ignore_errors=True)
        t, n_cold = await first_list(path)
        cold.append(t)
        t, n_warm = await first_list(path)
        warm.append(t)
    print(f"5 servers, one starting in {opts.slow:g} s; median of {opts.runs} runs each\n")
    print(f"cold start -> first tools/list: {statistics.median(cold):.3f} s ({n_cold} tools)")
    print(f"warm start -> first tools/list: {statistics.median(warm):.3f} s ({n_warm} tools, from the cache)")
    print(f"ratio warm/cold: {statistics.median(warm) / statistics.median(cold):.2f}")


if __name__ == "__main__":
    asyncio.run(main())

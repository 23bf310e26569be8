"""What the local checks add to a real call: a 10 KB argument and a 100 KB result, through the gateway with the
default guardrails on and with them off, next to a direct connection, all in one run.

    python benchmarks/bench_checks_e2e.py [--calls 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_gateway import FIXTURE, PY, connect

WORDS = "the deploy finished with warnings while the migration waited for the cluster to drain".split()


def ten_kb_arguments() -> dict[str, Any]:
    rng = random.Random(10)
    notes = [" ".join(rng.choice(WORDS) for _ in range(14)) for _ in range(110)]
    return {"title": "release notes", "notes": notes, "meta": {"ids": [rng.getrandbits(64) for _ in range(40)]}}


def gateway_cmd(workdir: Path, guardrails: bool) -> list[str]:
    config: dict[str, Any] = {
        "mcpServers": {"fx": {"command": PY, "args": [str(FIXTURE), "--name", "fx"]}},
        "gateway": {"log_level": "warning", "reload": False},
        "cache": {"dir": str(workdir / "cache")},
        "audit": {"file": str(workdir / f"audit-{guardrails}.jsonl")},
        "guardrails": {"enabled": guardrails},
    }
    path = workdir / f"gw-{guardrails}.json"
    path.write_text(json.dumps(config))
    return [PY, "-m", "secure_mcp_gateway", "--config", str(path)]


async def measure(cmd: list[str], prefix: str, calls: int) -> dict[str, float]:
    stack, session = await connect(cmd)
    args = ten_kb_arguments()
    try:
        await session.initialize()
        await session.list_tools()
        out: dict[str, float] = {}
        for label, tool, arguments in (("10 KB argument", "store", args), ("100 KB result", "report", {"kb": 100})):
            for _ in range(10):
                await session.call_tool(prefix + tool, arguments)
            samples = []
            for _ in range(calls):
                t = time.perf_counter()
                await session.call_tool(prefix + tool, arguments)
                samples.append((time.perf_counter() - t) * 1000)
            out[label] = statistics.median(samples)
        return out
    finally:
        await stack.aclose()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=200)
    opts = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-checks-"))
    print(
        f"10 KB argument: {len(json.dumps(ten_kb_arguments())) / 1024:.1f} KB of JSON; "
        f"{opts.calls} sequential calls each, medians in ms\n"
    )
    direct = await measure([PY, str(FIXTURE), "--name", "fx"], "", opts.calls)
    off = await measure(gateway_cmd(workdir, False), "fx__", opts.calls)
    on = await measure(gateway_cmd(workdir, True), "fx__", opts.calls)
    head = f"{'payload':<16}{'direct':>9}{'gw, checks off':>16}{'gw, checks on':>15}{'checks add':>12}{'on/off':>8}"
    print(head)
    print("-" * len(head))
    for label in direct:
        added = on[label] - off[label]
        print(
            f"{label:<16}{direct[label]:>9.2f}{off[label]:>16.2f}{on[label]:>15.2f}{added:>+12.2f}"
            f"{on[label] / off[label]:>8.2f}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    asyncio.run(main())

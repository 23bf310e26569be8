"""Instructions per small call, counted by callgrind in every thread of the gateway (or of the raw relay).

    python benchmarks/bench_call_instructions.py [--target gateway|"raw relay"|"gateway, checks off"]
        [--in-flight 20] [--calls 1000] [--size 1024] [--vary] [--quiet-wait 300] [--workdir DIR]

The target of `bench_compare.py` (echo server, default checks, audit trail on) runs under
`valgrind --tool=callgrind --instr-atstart=no --separate-threads=yes`. After 300 warm-up calls the far process is
left to go quiet, and small bursts of calls follow (up to `--quiet-wait` seconds) until the detectors' background
preparation is over: under valgrind it runs for minutes, and counted in the window it would add more than the calls
themselves (the work directory, and with it the compiled databases a first start makes, is kept between runs).
Then instrumentation is switched on for `--calls` calls, the counts are dumped, and each thread's
instructions per call are printed (the event loop's thread first), with their sum. With `--vary`, no two results are
the same text (see `bench_compare.py --vary`): what a call whose result is read afresh costs.
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_compare as bc

_SUMMARY = re.compile(rb"^summary:\s*(\d+)", re.M)


async def measure(
    target: str, in_flight: int, calls: int, size: int, quiet_wait: float, work: Path, vary: bool = False
) -> list[int]:
    """Instructions of each thread of `target` over `calls` calls (thread order)."""
    work.mkdir(parents=True, exist_ok=True)
    for old in [*work.glob("gw-*.json"), *work.glob("callgrind.out*")]:
        old.unlink()
    env = bc.isolated_env(work)
    cmd, tool = bc.targets(work, vary)[target]
    out = work / "callgrind.out"
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--instr-atstart=no"]
    client = await bc.RawClient.start([*valgrind, "--separate-threads=yes", *cmd], env=env)
    try:
        await client.handshake()
        if target.startswith("gateway"):
            await client.list_all_tools()
        args = {"size": size}
        await bc.run_load(client, tool, args, 300, in_flight)
        await client.settle(quiet=0.02, window=1.0, limit=quiet_wait)
        pid = client.proc.pid
        until = time.monotonic() + quiet_wait
        while len(os.listdir(f"/proc/{pid}/task")) > 5 and time.monotonic() < until:
            await bc.run_load(client, tool, args, in_flight, in_flight)
            await asyncio.sleep(2)
        subprocess.run(["callgrind_control", "-i", "on", str(pid)], check=True, capture_output=True)
        await bc.run_load(client, tool, args, calls, in_flight)
        subprocess.run(["callgrind_control", "-d", str(pid)], check=True, capture_output=True)
        await asyncio.sleep(0.5)
        counts = []
        for dump in sorted(glob.glob(f"{out}.*")):
            found = _SUMMARY.search(Path(dump).read_bytes())
            counts.append(int(found.group(1)) if found else 0)
        return counts
    finally:
        await client.close()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", default="gateway")
    ap.add_argument("--in-flight", type=int, default=20)
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--size", type=int, default=1024)
    ap.add_argument("--vary", action="store_true", help="no two results are the same text")
    ap.add_argument("--quiet-wait", type=float, default=300.0)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "smg-bench-cg")
    opts = ap.parse_args()
    counts = await measure(opts.target, opts.in_flight, opts.calls, opts.size, opts.quiet_wait, opts.workdir, opts.vary)
    for n, count in enumerate(counts, 1):
        if count:
            print(f"thread {n}: {count / opts.calls / 1000:8.1f}k instructions per call")
    kind = "varied" if opts.vary else "same"
    per_call = sum(counts) / opts.calls / 1000
    print(f"{opts.target}, {opts.size} B {kind} results, {opts.in_flight} in flight: {per_call:.1f}k")


if __name__ == "__main__":
    asyncio.run(main())

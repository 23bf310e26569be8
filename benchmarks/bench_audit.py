"""Audit trail costs: `record()` on the calling thread (median/p95 µs) and the writer's sustained lines/s.

Run: python benchmarks/bench_audit.py [--calls 20000] [--lines 100000]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secure_mcp_gateway.audit import AuditTrail, CallLine, digest, scrub

ARGS = {"path": "/home/user/projects/app/src/main.py", "encoding": "utf-8", "offset": 0, "limit": 4000}
RESULT = "def main():\n    print('hello')\n" * 60  # ~2 KB of text


def realistic_call(trail: AuditTrail) -> CallLine:
    """A call line as the pipeline fills it: two findings, timings, digests of arguments and result."""
    call = CallLine(server="files", tool="read_file", public_name="files__read_file")
    call.finding("secrets", "github_token", "redact", "output", "result[0].text")
    call.finding("pii", "email", "warn", "output", "result[0].text", count=2)
    call.latency_ms.update(input_checks=0.41, call=12.7, output_checks=0.93)
    call.cache_hits = 1
    call.arguments = trail.payload(ARGS)
    call.result = trail.payload(RESULT)
    return call


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def bench_record(folder: Path, calls: int) -> None:
    """Time `record_call()` and `record()` one by one while the writer runs."""
    trail = AuditTrail(folder / "record.jsonl", queue_size=calls * 2 + 10).start()
    prepared = [realistic_call(trail) for _ in range(calls)]
    costs_call, costs_event = [], []
    clock = time.perf_counter_ns
    for call in prepared:
        t0 = clock()
        trail.record_call(call)
        t1 = clock()
        trail.record("guardrail.redact", server="files", tool="read_file", detector="secrets", kind="github_token")
        t2 = clock()
        costs_call.append((t1 - t0) / 1000)
        costs_event.append((t2 - t1) / 1000)
    trail.close(timeout=60)
    status = trail.status()
    print(f"record_call() on the caller's thread: median {statistics.median(costs_call):.2f} µs, "
          f"p95 {pct(costs_call, 95):.2f} µs, p99 {pct(costs_call, 99):.2f} µs  ({calls} calls)")  # fmt: skip
    print(f"record() of a small event:            median {statistics.median(costs_event):.2f} µs, "
          f"p95 {pct(costs_event, 95):.2f} µs  (written {status.written}, dropped {status.dropped})")  # fmt: skip

    t0 = clock()
    for _ in range(1000):
        digest(ARGS)
        digest(RESULT)
    print(f"digest() of the arguments + a 2 KB result (integrator side): {(clock() - t0) / 1000 / 1000:.2f} µs")


def bench_writer(folder: Path, lines: int) -> None:
    """Lines per second through the writer: a queued backlog, then producer and writer together."""
    gate = threading.Event()
    trail = AuditTrail(folder / "writer.jsonl", queue_size=lines + 10, max_bytes=50 * 1024 * 1024,
                       before_write=gate.wait)  # fmt: skip
    trail.start()
    for _ in range(lines):
        trail.record_call(realistic_call(trail))
    t0 = time.perf_counter()
    gate.set()
    trail.close(timeout=600)
    elapsed = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in folder.glob("writer.jsonl*") if not f.name.endswith(".lock"))
    print(f"writer, queued backlog: {lines / elapsed:,.0f} lines/s ({lines} call lines, {size / lines:.0f} B each, "
          f"render + scrub + chain + write + fsync at close)")  # fmt: skip

    trail = AuditTrail(folder / "live.jsonl", queue_size=lines + 10, max_bytes=10 * 1024 * 1024, backups=50).start()
    t0 = time.perf_counter()
    for _ in range(lines):
        trail.record_call(realistic_call(trail))
    trail.close(timeout=600)
    elapsed = time.perf_counter() - t0
    print(f"producer and writer together (with 10 MB rotation): {lines / elapsed:,.0f} calls/s end to end, "
          f"dropped {trail.status().dropped}")  # fmt: skip


def bench_scrub() -> None:
    """The scrubber on typical strings."""
    samples = {
        "short name": "files__read_file",
        "sha256 hex": "ab" * 32,
        "1 KB prose": "The quick brown fox jumps over the lazy dog. " * 22,
        "1 KB with a token": "x " * 200 + "ghp_" + "a" * 36 + " y" * 200,
    }
    for label, text in samples.items():
        n = 20000
        t0 = time.perf_counter_ns()
        for _ in range(n):
            scrub(text)
        print(f"scrub({label}): {(time.perf_counter_ns() - t0) / n / 1000:.2f} µs")


def main() -> None:
    """Run every measurement and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--lines", type=int, default=100000)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]} on {sys.platform}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_record(folder, args.calls)
        bench_writer(folder, args.lines)
        bench_scrub()


if __name__ == "__main__":
    main()

"""Costs of the keyed chain: a line's MAC against its plain sha256, one checkpoint, writer and verify throughput.

Run: python benchmarks/bench_keyed_audit.py [--lines 9000]   (uses a throwaway key and state directory)
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    """Print the measurements."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=9000, help="lines for the writer/verify run (below queue_size)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-keyed-"))
    os.environ["SECURE_MCP_GATEWAY_STATE__KEY_FILE"] = str(tmp / "key" / "gateway.key")
    os.environ["SECURE_MCP_GATEWAY_STATE__DIR"] = str(tmp / "state")
    from secure_mcp_gateway.audit import AuditTrail, verify
    from secure_mcp_gateway.audit.checkpoint import Checkpoint, line_mac, write
    from secure_mcp_gateway.keys import open_key

    key = open_key()
    line = b'{"seq":123,"prev":"' + b"a" * 64 + b'","ts":"2026-11-30T00:00:00.000Z","event":"tool.call","x":"'
    line += b"y" * 250 + b'"}'
    n = 100_000
    plain = timeit.timeit(lambda: hashlib.sha256(line).hexdigest(), number=n) / n * 1e6
    keyed = timeit.timeit(lambda: line_mac(key, line), number=n) / n * 1e6
    print(f"per line of {len(line)} B: plain sha256 {plain:.2f} us, keyed MAC {keyed:.2f} us")
    cp = Checkpoint(1, 100, "a" * 64, (("audit.jsonl", 1),), "2026-11-30T00:00:00.000Z", key.id, 1)
    trail = tmp / "cp" / "audit.jsonl"
    trail.parent.mkdir()
    m = 1000
    per = timeit.timeit(lambda: write(trail, key, cp), number=m) / m * 1e6
    print(f"one checkpoint (two signed copies, atomic replace; once per written batch): {per:.0f} us")
    path = tmp / "trail" / "audit.jsonl"
    start = time.perf_counter()
    with AuditTrail(path, linger=0.0) as writer:
        for i in range(args.lines):
            writer.record("server.ready", server="files", tools=i)
    took = time.perf_counter() - start
    print(f"writer: {args.lines} lines recorded, chained, checkpointed and written in {took:.2f} s")
    start = time.perf_counter()
    report = verify(path)
    took = time.perf_counter() - start
    print(f"verify: {report.lines} lines in {took:.2f} s ({report.lines / took:.0f} lines/s), ok={report.ok}")


if __name__ == "__main__":
    main()

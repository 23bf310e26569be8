"""The benchmark echo server: the same text for a size by default, a different one on every call with `--vary`."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

ECHO = Path(__file__).resolve().parent.parent / "benchmarks" / "servers" / "echo_server.py"


def texts(*flags: str, size: int = 3000, calls: int = 3) -> list[str]:
    lines = [
        json.dumps({"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": {"arguments": {"size": size}}})
        for n in range(calls)
    ]
    done = subprocess.run(
        [sys.executable, str(ECHO), *flags], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )
    return [json.loads(line)["result"]["content"][0]["text"] for line in done.stdout.splitlines()]


def test_results_repeat_by_default_and_differ_in_every_kilobyte_with_vary() -> None:
    same = texts()
    assert len(same) == 3 and len(set(same)) == 1 and len(same[0]) == 3000
    varied = texts("--vary")
    assert len(varied) == 3 and all(len(t) == 3000 for t in varied)
    assert len(set(varied)) == 3
    for a, b in itertools.pairwise(varied):
        assert all(a[i : i + 1024] != b[i : i + 1024] for i in range(0, 3000, 1024))  # no kilobyte in common
    assert "The quick brown fox" in varied[0]  # the same kind of prose and code around the marks

"""The comparison benchmark's CPU meter: every thread of the process counts, including one that ends mid-case."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_compare.py"
_SPEC = importlib.util.spec_from_file_location("bench_compare", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
bench_compare = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench_compare)

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")

# A process that, on each line it reads, runs a thread that spends CPU for a while and ends, then says so.
_WORKER = """
import sys, threading, time
def burn():
    end = time.thread_time() + float(sys.argv[1])
    while time.thread_time() < end:
        pass
print("ready", flush=True)
for _ in sys.stdin:
    t = threading.Thread(target=burn)
    t.start()
    t.join()
    print("done", flush=True)
"""


def test_a_thread_that_ends_between_two_samples_is_counted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, "0.3"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "ready"
        before = bench_compare.CpuSample.of(proc.pid)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "done"
        after = bench_compare.CpuSample.of(proc.pid)
        used = after.minus(before)
        assert 0.25 <= used < 1.5
    finally:
        proc.kill()
        proc.wait()


def test_the_figure_is_finer_than_a_clock_tick() -> None:
    proc = subprocess.Popen([sys.executable, "-c", _WORKER, "0.002"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == b"ready"
        first = bench_compare.CpuSample.of(proc.pid)
        assert bench_compare.CpuSample.of(proc.pid).minus(first) < 0.005  # an idle process: not a 10 ms tick
        proc.stdin.write(b"go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == b"done"
        used = bench_compare.CpuSample.of(proc.pid).minus(first)
        assert 0.002 <= used < 0.2
    finally:
        proc.kill()
        proc.wait()


def test_the_gateway_without_its_audit_trail_is_compared_on_request(tmp_path: Path) -> None:
    """`--audit-off` adds the gateway with its default checks and no audit trail, a config the gateway accepts."""
    from secure_mcp_gateway import config as config_mod

    plain = bench_compare.targets(tmp_path)
    assert bench_compare.AUDIT_OFF not in plain
    both = bench_compare.targets(tmp_path, audit_off=True)
    assert list(both)[: len(plain)] == list(plain)
    cmd, tool = both[bench_compare.AUDIT_OFF]
    assert tool == "e__echo" and cmd[1:4] == ["-m", "secure_mcp_gateway", "--config"]
    off = config_mod.load(Path(cmd[4]))
    on = config_mod.load(Path(both["gateway"][0][4]))
    assert off.audit.enabled is False and on.audit.enabled is True
    assert off.guardrails.enabled is True and off.guardrails == on.guardrails
    assert off.servers["e"].command == on.servers["e"].command

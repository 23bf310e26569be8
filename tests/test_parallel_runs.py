"""The suite in parallel workers: a `serial` test runs while no other test runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent

PROBE = """
import json, os, time
import pytest
from conftest import alone

LOG = os.environ["PROBE_LOG"]


def note(kind: str, name: str, what: str) -> None:
    with open(LOG, "a") as f:
        f.write(json.dumps([kind, name, what, os.getpid(), time.monotonic()]) + "\\n")


@pytest.mark.serial
@pytest.mark.parametrize("n", range(4))
def test_alone(n):
    note("serial", f"alone{n}", "start")
    time.sleep(0.15)
    note("serial", f"alone{n}", "end")


@pytest.mark.parametrize("n", range(12))
def test_beside(n):
    note("plain", f"beside{n}", "start")
    time.sleep(0.05)
    note("plain", f"beside{n}", "end")


@pytest.mark.parametrize("n", range(4))
def test_partly_alone(n):
    note("plain", f"before{n}", "start")
    time.sleep(0.05)
    note("plain", f"before{n}", "end")
    with alone():
        note("part", f"part{n}", "start")
        time.sleep(0.1)
        note("part", f"part{n}", "end")
    note("plain", f"after{n}", "start")
    time.sleep(0.05)
    note("plain", f"after{n}", "end")
"""


UNUSED_PLUGINS = ("cacheprovider", "respx", "anyio", "hypothesispytest")


def _probe_run(root: Path) -> list[list]:
    """Our conftest and a probe module, run by pytest in two workers; what each test noted, in order."""
    for helper in ("conftest.py", "compiled_seed.py"):
        shutil.copy(HERE / helper, root / helper)
    (root / "test_probe.py").write_text(PROBE)
    (root / "pytest.ini").write_text("[pytest]\nmarkers =\n    serial: runs alone\n")
    log = root / "log.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "SMG_TEST_"))}
    proc = subprocess.run(
        # (without the plugins the probe does not use: each of the three processes would load them, ~0.8 s CPU each)
        [sys.executable, "-m", "pytest", "-q", "-n", "2", *(f"-pno:{name}" for name in UNUSED_PLUGINS)],
        cwd=root,
        env={**env, "PROBE_LOG": str(log)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return [json.loads(line) for line in log.read_text().splitlines()]


def _spans(notes: list[list], kind: str) -> dict[str, tuple[float, float, int]]:
    """Each test's start and end time and the worker that ran it."""
    starts = {n[1]: n[4] for n in notes if n[0] == kind and n[2] == "start"}
    return {n[1]: (starts[n[1]], n[4], n[3]) for n in notes if n[0] == kind and n[2] == "end"}


def test_a_serial_test_and_a_test_s_part_run_alone_overlap_no_other_test_in_either_worker(tmp_path: Path) -> None:
    """One run of the probe (one test, so the run is not repeated in each worker): while a `serial` test or a test's
    `alone()` part runs, no other test does anything (a test waiting for its own part's turn waits, idle)."""
    notes = _probe_run(tmp_path)
    assert len({n[3] for n in notes}) == 2, "both workers ran tests"
    alone, beside, parts = _spans(notes, "serial"), _spans(notes, "plain"), _spans(notes, "part")
    assert len(alone) == 4 and len(beside) == 20 and len(parts) == 4
    spans = {**alone, **beside, **parts}
    for name, (start, end, _) in {**alone, **parts}.items():
        others = [o for o, (s, e, _) in spans.items() if o != name and s < end and e > start]
        assert others == [], f"{name} ran beside {others}"

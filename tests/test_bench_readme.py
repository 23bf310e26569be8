"""The comparison benchmark writes the README's performance tables from a run's figures, in place."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

import pytest

_ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("bench_compare", _ROOT / "benchmarks" / "bench_compare.py")
assert _SPEC is not None and _SPEC.loader is not None
bench_compare = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench_compare)
KB, MB = bench_compare.KB, bench_compare.MB
_NAMES = ["direct", "raw relay", "naive SDK proxy", "gateway", "gateway, checks off"]


def _sizes(base: float) -> list[dict[str, Any]]:
    """A sizes part whose every figure is `base` plus the target's place (so cells can be told apart)."""
    rows: list[dict[str, Any]] = []
    for size, loads in bench_compare.SIZE_PLAN:
        for n, name in enumerate(_NAMES):
            value = base + n
            for k, _calls in loads:
                rows.append(
                    {"size": size, "in_flight": k, "target": name, "p50_ms": value, "p95_ms": value}
                    | {"per_s": value * 1000, "cpu_ms": value / 10}
                )
            rows.append({"size": size, "target": name, "peak_rss": int(value * MB), "rss_growth": MB})
    return rows


def _run(load: float) -> dict[str, Any]:
    times = [
        {"target": t, "in_flight": k, "per_s": 900.0 + k, "cpu_ms": 0.25}
        for t in ("direct", "gateway")
        for k in (1, 20, 100)
    ]
    starts = [
        {"case": "one server, its own few tools", "direct_s": 0.1, "cold_s": 1.0, "warm_s": 0.5},
        {"case": "50 small servers", "direct_s": None, "first_s": 3.0, "cold_s": 2.0, "warm_s": 0.75},
    ]
    machine = {"cores": 2, "load_before": load, "load_after": load, "vary": False, "quick": True}
    return {"sizes": _sizes(7000), "sizes_vary": _sizes(8000), "time": times, "startup": starts, "machine": machine}


def _section(text: str) -> str:
    start = text.index("## Performance")
    return text[start : text.index("\n## ", start + 1)]


def test_a_run_replaces_the_four_tables_and_their_run_lines_and_nothing_else() -> None:
    readme = (_ROOT / "README.md").read_text()
    once = bench_compare.into_readme(readme, bench_compare.readme_tables(_run(0.5)))
    twice = bench_compare.into_readme(once, bench_compare.readme_tables(_run(3.25)))
    section = _section(twice)
    same, varied = (section.index(f"| 1 KB, 20: throughput / CPU per call | {b:,}/s |") for b in (7_000_000, 8_000_000))
    assert same < varied < section.index("| 20 | 920/s | 920/s | 1.00 | 0.25 ms |")
    assert "| 50 small servers |  | 3.00 s | 2.00 s | 0.75 s |" in section
    assert "| one server, its own few tools | 0.10 s |  | 1.00 s | 0.50 s |" in section  # (a run before first-ever)
    assert section.count("load average (1 min) 3.25 at the start") == 4 and "0.50 at the start" not in section
    assert "7,000/s" not in _section(readme)  # (the figures come from the run, not from the README)
    rest = [line for line in twice.split("\n") if not line.startswith(("|", "*2 cores"))]
    assert rest == [line for line in readme.split("\n") if not line.startswith(("|", "*2 cores"))]


def test_a_part_the_run_did_not_measure_is_left_as_it_was() -> None:
    readme = (_ROOT / "README.md").read_text()
    run = _run(1.0)
    run.update(sizes=[], sizes_vary=_sizes(5000), machine=dict(run["machine"], vary=True))
    run["time"] = run["startup"] = []
    out = bench_compare.into_readme(readme, bench_compare.readme_tables(run))
    first = _section(out).index("| result, in flight |")
    assert "5,000,000/s" in _section(out)[_section(out).index("| result, in flight |", first + 1) :]
    assert _section(out)[:first] == _section(readme)[:first]
    assert _section(out).split("With `--vary`")[0] == _section(readme).split("With `--vary`")[0]


def test_a_readme_without_the_tables_is_refused() -> None:
    with pytest.raises(ValueError, match="no table"):
        bench_compare.into_readme(
            "# x\n\n## Performance\n\nnone yet\n\n## Next\n", bench_compare.readme_tables(_run(1))
        )


_HSPEC = importlib.util.spec_from_file_location("heldout_readme", _ROOT / "benchmarks" / "heldout_readme.py")
assert _HSPEC is not None and _HSPEC.loader is not None
heldout_readme = importlib.util.module_from_spec(_HSPEC)
_HSPEC.loader.exec_module(heldout_readme)


def _summary(recall: float, runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A bench_heldout summary whose every detector has recall `recall` on 1,000 positives and every slice 40 cases."""
    out: dict[str, Any] = {}
    for det in heldout_readme.NAMES:
        slices = {s: {"pos": 40, "tp": int(40 * recall), "neg": 40, "fp": 1} for s in runs}
        out[det] = {"recall": recall, "positives": 1000, "fp_rate": 0.01, "negatives": 500, "slices": slices}
    files = {"stdlib source": {"total": 10, "secrets": 0, "pii": 1, "injection": 0}}
    out["site"] = {"files": files, "paragraphs": 300, "paragraph_hits": 0}
    return out


def test_the_detection_table_is_replaced_in_place_from_a_run_and_the_first_runs() -> None:
    readme = (_ROOT / "README.md").read_text()
    runs = heldout_readme.first_runs()
    once = heldout_readme.into_readme(readme, _summary(0.5, runs), runs)
    twice = heldout_readme.into_readme(once, _summary(0.75, runs), runs)
    newest = list(runs)[-1]
    was = runs[newest]["pii"]
    assert "| personal data | >= 95% / <= 2% |" in twice
    assert f"{was['recall']:.1f}% / {was['fp']:.1f}% FP → 75.0% / 2.5% FP | 75.0% of 1,000 / 1.0% of 500 |" in twice
    assert "→ 50.0%" not in twice and twice.count("Ordinary files on the measuring machine") == 1
    assert "(README paragraphs: 0 of 300)" in twice
    # nothing outside the table and the line under it changes
    table = [i for i, line in enumerate(readme.split("\n")) if line.startswith(heldout_readme.HEAD)]
    assert len(table) == 1
    before, after = readme.split("\n"), twice.split("\n")
    assert before[: table[0]] == after[: table[0]]
    tail = next(i for i in range(table[0], len(before)) if before[i].startswith("Ordinary files on the")) + 1
    assert before[tail:] == after[len(after) - (len(before) - tail) :]


def test_first_runs_are_ordered_by_slice_and_the_table_summarises_the_newest_ten() -> None:
    runs = heldout_readme.first_runs()
    numbers = [int(s.removeprefix("final")) for s in runs]
    assert numbers == sorted(numbers) and len(numbers) >= heldout_readme.RECENT
    head = heldout_readme.rows(_summary(0.5, runs), runs)[0]
    assert f"`final{numbers[-heldout_readme.RECENT]}`-`final{numbers[-1]}`" in head
    for run in runs.values():
        assert set(run) >= {"at", "secrets", "pii", "injection", "poisoning"}
        assert 0 <= run["pii"]["recall"] <= 100 and "explicit" in run["injection"]


def test_a_readme_without_the_table_is_refused() -> None:
    runs = heldout_readme.first_runs()
    with pytest.raises(ValueError, match="no table"):
        heldout_readme.into_readme("# title\n\ntext\n", _summary(0.5, runs), runs)


_DSPEC = importlib.util.spec_from_file_location("bench_detectors", _ROOT / "benchmarks" / "bench_detectors.py")
assert _DSPEC is not None and _DSPEC.loader is not None
bench_detectors = importlib.util.module_from_spec(_DSPEC)
_DSPEC.loader.exec_module(bench_detectors)


def test_the_detector_speed_table_is_replaced_in_place() -> None:
    readme = (_ROOT / "README.md").read_text()
    names = ("lower-casing (shared)", "secrets", "pii", "injection", "hidden", "all local detectors")
    args = argparse.Namespace(mb=2.0, stdlib=True, runs=5)

    def table(base: float) -> list[str]:
        rates = {label: [(n, base + i) for i, n in enumerate(names)] for label in ("source corpus", "python stdlib")}
        return bench_detectors.readme_table(rates, [("small call: result", base * 10)], args)

    once = bench_detectors.into_readme(readme, table(1.0))
    twice = bench_detectors.into_readme(once, table(40.0))
    assert "| ordinary source code (tests/corpus/source, repeated) | 41.0 | 42.0 | 43.0 | 44.0 | 45.0 |" in twice
    assert "| 2.0 | 3.0 |" not in twice and twice.count("*A small call's checks") == 1
    assert "result 400 µs" in twice
    assert len(twice.split("\n")) == len(once.split("\n"))
    with pytest.raises(ValueError, match="no table"):
        bench_detectors.into_readme("# title\n", table(1.0))

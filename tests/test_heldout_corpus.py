"""The held-out detector corpus is well-formed and its benchmark runs (recall is measured there, not asserted)."""

from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "corpus" / "heldout"
SLOT = "{{VALUE}}"
SPLITS = (
    "main",
    "reserve",
    "reserve2",
    "final",
    "dev3",
    "final2",
    "final3",
    "final4",
    "final5",
    "final6",
    "final7",
    "final8",
    "final9",
    "final10",
    "final11",
    "final12",
    "final13",
    "final14",
    "final15",
    "final16",
    "final17",
    "final18",
    "final19",
    "final20",
    "final21",
    "final22",
    "final23",
    "final24",
    "final25",
    "final26",
    "final27",
    "final28",
    "final29",
    "final30",
    "final31",
    "final32",
    "final33",
    "final34",
    "final35",
    "final36",
    "final37",
)
FILES = {"secrets": "secrets", "pii": "pii", "injection": "injection", "definitions": "poisoning"}


@functools.cache
def _rows(name: str) -> list[tuple[str, dict]]:
    """The stored lines of one corpus file with their cases, read once per session (never modified by a test)."""
    lines = (HELDOUT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [(line, json.loads(line)) for line in lines]


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_case_is_labelled_and_complete(name: str) -> None:
    rows = _rows(name)
    assert rows, name
    ids = [case["id"] for _, case in rows]
    assert len(ids) == len(set(ids))
    labels = {case["label"] for _, case in rows}
    assert labels == {0, 1}, "each file has cases that must be found and cases that must pass"
    for line, case in rows:
        assert case["detector"] == FILES[name], case["id"]
        assert isinstance(case["class"], str) and case["class"], case["id"]
        assert case.get("split", "main") in SPLITS, case["id"]
        if name == "definitions":
            assert isinstance(case["definition"], dict) and case["definition"].get(
                "name" if case["kind"] != "resource" else "uri"
            )
            continue
        assert isinstance(case["text"], str) and case["text"].strip(), case["id"]
        if case["label"] and name in ("secrets", "pii"):
            assert case["text"].count(SLOT) == 1, case["id"]
            parts = case["parts"]
            assert parts and all(isinstance(p, str) and 0 < len(p) <= 7 for p in parts), case["id"]
            if name == "secrets":
                assert "".join(parts) not in line, f"{case['id']}: a secret is stored whole"


def test_the_benchmark_runs_on_a_sample_and_never_prints_a_secret(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sample goes through the real detectors; then every sampled case is made to fail, so that each secret is
    listed as a miss, and still no whole secret may be printed."""
    bench = _benchmark()
    out = tmp_path / "summary.json"
    assert bench.main(["--sample", "4", "--misses", "8", "--json", str(out)]) == 0
    summary = json.loads(out.read_text(encoding="utf-8"))
    assert set(summary) == {"secrets", "pii", "injection", "poisoning"}
    for figures in summary.values():
        assert figures["positives"] == 4 and figures["negatives"] == 4
        assert 0.0 <= figures["recall"] <= 1.0 and 0.0 <= figures["fp_rate"] <= 1.0
    monkeypatch.setattr(bench, "run_case", lambda _guard, case: bench.Outcome(case, not case["label"], "failed"))
    assert bench.main(["--sample", "4", "--misses", "8"]) == 0
    printed = capsys.readouterr().out
    sampled = [case for _, case in _rows("secrets") if case["label"]][:4]
    assert all(case["id"] in printed for case in sampled), "each sampled secret is listed as a miss"
    for case in sampled:
        assert "".join(case["parts"]) not in printed


@functools.cache
def _benchmark() -> ModuleType:
    """benchmarks/bench_heldout.py as a module of this process: its detectors are prepared once, not in a new
    process for each slice (the command itself runs above)."""
    spec = importlib.util.spec_from_file_location("bench_heldout", ROOT / "benchmarks" / "bench_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _pairs(names: list[str]) -> list[tuple[str, ...]]:
    """`names` two by two: one test item checks two slices, so that the suite grows by an item every other slice."""
    return [tuple(names[i : i + 2]) for i in range(0, len(names), 2)]


@pytest.mark.parametrize("splits", _pairs([s for s in SPLITS if s.startswith("final") and s != "final"]), ids="+".join)
def test_the_last_slices_are_reported_only_as_totals(
    splits: tuple[str, ...], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report's contract, not the detectors': every case of the slice is made to fail (a miss or a false
    positive), the most the report could ever list, and still no case id or family may be printed."""
    bench = _benchmark()
    monkeypatch.setattr(bench, "load", lambda *_: [case for name in FILES for _, case in _rows(name)])
    monkeypatch.setattr(bench, "LocalGuard", lambda _policy: None)
    monkeypatch.setattr(bench, "run_case", lambda _guard, case: bench.Outcome(case, not case["label"], "failed"))
    for split in splits:
        assert bench.main(["--split", split, "--misses", "1000"]) == 0
        printed = capsys.readouterr()
        assert split in printed.out
        cases = [case for name in FILES for _, case in _rows(name) if case.get("split") == split]
        assert cases and {case["label"] for case in cases} == {0, 1}
        words = set((printed.out + printed.err).replace("[", " ").replace("]", " ").split())
        for case in cases:
            assert case["id"] not in words, case["id"]
        families = {case["family"] for case in cases}
        shown = families & words
        assert not shown, f"families printed: {sorted(shown)}"


GENERATED = {"reserve2": "gen_reserve2", "dev3": "gen_dev3"} | {
    path.stem.removeprefix("gen_"): path.stem for path in HELDOUT.glob("gen_final*.py")
}
"""Slices written by a generator of their own, which gives back exactly the stored cases when run alone (every
`gen_final*.py` beside the corpus: a slice added later is checked without being listed here)."""


def test_every_later_slice_has_its_generator_checked() -> None:
    assert {f"final{n}" for n in range(2, 14)} <= set(GENERATED)
    assert {s for s in SPLITS if s.startswith("final")} == {s for s in GENERATED if s.startswith("final")}


@pytest.mark.parametrize("splits", _pairs(sorted(GENERATED)), ids="+".join)
def test_a_slice_is_exactly_what_its_generator_writes(splits: tuple[str, ...]) -> None:
    """Each generator runs alone in a process of its own (the two of an item at once)."""
    code = "import json, sys; m = __import__(sys.argv[1]); print(json.dumps(m.build(), ensure_ascii=False))"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, GENERATED[split]],
            cwd=HELDOUT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for split in splits
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for split, run, (out, err) in zip(splits, runs, outputs, strict=True):
        assert run.returncode == 0, err[-2000:]
        built = json.loads(out)
        for name in FILES:
            stored = [
                {k: v for k, v in case.items() if k != "id"} for _, case in _rows(name) if case.get("split") == split
            ]
            assert built.get(name, []) == stored, f"{split}/{name}: the generator no longer writes the stored cases"


def test_the_first_slices_are_exactly_what_build_writes() -> None:
    code = (
        "import json, gen_secrets, gen_pii, gen_injection, gen_definitions, gen_reserve\n"
        "built = {'secrets': gen_secrets.build(), 'pii': gen_pii.build(), 'injection': gen_injection.build(),"
        " 'definitions': gen_definitions.build()}\n"
        "for name, extra in gen_reserve.build().items():\n"
        "    built[name] += extra\n"
        "print(json.dumps(built, ensure_ascii=False))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=HELDOUT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    built = json.loads(run.stdout)
    for name in FILES:
        stored = [case for _, case in _rows(name) if case.get("split", "main") in ("main", "reserve")]
        assert len(built[name]) == len(stored), name
        for new, old in zip(built[name], stored, strict=True):
            old = {k: v for k, v in old.items() if k != "id"}
            assert new == old, f"{name}: {old['class']} is no longer what its generator writes"

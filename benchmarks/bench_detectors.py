"""Recall, false positives and throughput of each local detector on the project's own corpora.

Run: `python benchmarks/bench_detectors.py [--mb 2] [--stdlib] [--kingfisher] [--pure]`. Prints, per detector,
recall on the positives of tests/corpus/, the false-positive rate on its negatives and on the ordinary source files
of tests/corpus/source/, and MB/s on source code (those files repeated to `--mb` MB; with `--stdlib`, also the
Python standard library's own modules). Also: all local detectors together on source code, and the checks of one
small call through `LocalGuard`. With `--kingfisher` and the `kingfisher-secret-scanner` package installed, the same
secrets corpus is scanned by Kingfisher and by both together (its first rule compilation is timed too). With
`--pure`, the shared word index runs its regex passes and the screen is off (see `screen`) even where Hyperscan is
installed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sysconfig
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import hidden, injection, pii, scan, screen, secrets
from secure_mcp_gateway.guardrails.findings import lower_aligned
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.memo import MEMO
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.guardrails.short_words import SHORT

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
THRESHOLD = GuardrailPolicy().injection_threshold


def _load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / name).read_text(encoding="utf-8"))


def _source_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "source").iterdir())]


def _rate(hits: int, total: int) -> str:
    return f"{100.0 * hits / total:5.1f}% of {total}" if total else "  n/a"


def _secrets_case(entry: dict[str, Any]) -> tuple[str, str]:
    secret = "".join(entry["secret"])
    return entry["text"].replace("{}", secret), secret


def _covers(found: list[tuple[int, int]], text: str, secret: str) -> bool:
    at = text.find(secret)
    return any(s <= at and at + len(secret) <= e for s, e in found)


def quality() -> list[tuple[str, str, str, str]]:
    """(detector, recall, false positives on negatives, false positives on source files) per detector."""
    sources = _source_texts()
    rows = []

    data = _load("secrets.json")
    found = 0
    for entry in data["positives"]:
        text, secret = _secrets_case(entry)
        found += _covers([(f.start, f.end) for f in secrets.find(text)], text, secret)
    fp = sum(bool(secrets.find(t)) for t in data["negatives"])
    src = sum(bool(secrets.find(t)) for t in sources)
    rows.append(
        ("secrets", _rate(found, len(data["positives"])), _rate(fp, len(data["negatives"])), _rate(src, len(sources)))
    )

    data = _load("pii.json")
    found = sum(
        _covers([(f.start, f.end) for f in pii.find(e["text"])], e["text"], e["match"]) for e in data["positives"]
    )
    fp = sum(bool(pii.find(t)) for t in data["negatives"])
    src = sum(bool(pii.find(t)) for t in sources)
    rows.append(
        ("pii", _rate(found, len(data["positives"])), _rate(fp, len(data["negatives"])), _rate(src, len(sources)))
    )

    data = _load("injection.json")

    def flagged(t: str) -> bool:
        return injection.combined(injection.find(t)) >= THRESHOLD

    found = sum(flagged(e["text"]) for e in data["positives"])
    fp = sum(flagged(t) for t in data["negatives"])
    src = sum(flagged(t) for t in sources)
    rows.append(
        ("injection", _rate(found, len(data["positives"])), _rate(fp, len(data["negatives"])), _rate(src, len(sources)))
    )

    data = _load("definitions.json")
    guard = LocalGuard(GuardrailPolicy())

    def withheld(entry: dict[str, Any]) -> bool:
        definition = entry["definition"]
        if "tag_payload" in entry:
            tags = "".join(chr(0xE0000 + ord(c)) for c in entry["tag_payload"])
            definition = {**definition, "description": definition["description"] + tags}
        return guard.check_definition(definition, entry["kind"]).withhold

    found = sum(withheld(e) for e in data["poisoned"])
    fp = sum(withheld(e) for e in data["benign"])
    rows.append(("poisoning", _rate(found, len(data["poisoned"])), _rate(fp, len(data["benign"])), "  n/a"))

    data = _load("hidden.json")
    found = sum(bool(hidden.find(e["text"])) for e in data["positives"])
    fp = sum(bool(hidden.find(t)) for t in data["negatives"])
    src = sum(bool(hidden.find(t)) for t in sources)
    rows.append(
        ("hidden", _rate(found, len(data["positives"])), _rate(fp, len(data["negatives"])), _rate(src, len(sources)))
    )
    return rows


def _best(fn: Callable[[], object], runs: int) -> float:
    """The least CPU time of `runs` runs (the detectors only compute: on a shared machine, CPU time is what they
    cost, while wall time also counts the other processes)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def throughput(text: str, runs: int) -> list[tuple[str, float]]:
    """MB/s of each detector on `text` (best of `runs`), and of all of them together as a check runs them."""
    size = len(text.encode("utf-8")) / 1e6
    out = [("lower-casing (shared)", size / _best(lambda: lower_aligned(text), runs))]
    # Each run lower-cases afresh: the detectors share what they find in one lower-cased text (`scan.INDEX` keeps
    # the last one's), so reusing `low` would leave that work out of every run but the first.
    parts = {
        "secrets": lambda: secrets.find(text, lower_aligned(text)),
        "pii": lambda: pii.find(text, lower_aligned(text)),
        "injection": lambda: injection.find(text, lower_aligned(text)),
        "hidden": lambda: hidden.find(text),
    }
    out += [(name, size / _best(fn, runs)) for name, fn in parts.items()]

    def together() -> None:
        shared = lower_aligned(text)
        for fn in (secrets.find, pii.find, injection.find):
            fn(text, shared)
        hidden.find(text)

    out.append(("all local detectors", size / _best(together, runs)))
    return out


def small_call(runs: int) -> list[tuple[str, float]]:
    """Microseconds (median) for the checks of one small call's arguments and result through `LocalGuard` (memo off)."""
    MEMO.enabled = False  # the cost of reading a small call's texts, not of finding them remembered
    guard = LocalGuard(GuardrailPolicy())
    arguments = {"path": "/srv/app/README.md", "max_lines": 200, "encoding": "utf-8"}
    result = {"content": [{"type": "text", "text": "Deployed version 2.3.1 to staging in 41 s; 3 pods ready."}]}
    out = []
    for label, fn in (
        ("small call: arguments", lambda: guard.check_input(arguments, Vault())),
        ("small call: result", lambda: guard.check_output(result, Vault())),
    ):
        fn()
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        out.append((label, statistics.median(times) * 1e6))
    return out


def kingfisher(runs: int) -> None:
    """The secrets corpus through Kingfisher, alone and together with the local detector (if installed): rule
    compilation (cold, into an empty cache directory, then from that cache), recall, negatives, latency, MB/s."""
    try:
        import kingfisher_sdk  # type: ignore[import-not-found]
    except ImportError:
        print("kingfisher: package kingfisher-secret-scanner not installed")
        return
    import tempfile

    cache = tempfile.mkdtemp()
    t = time.perf_counter()
    kingfisher_sdk.Rules(cache_dir=cache)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    rules = kingfisher_sdk.Rules(cache_dir=cache)
    warm = time.perf_counter() - t
    scanner = kingfisher_sdk.Scanner(rules)
    print(f"kingfisher: {len(rules)} rules compiled in {cold:.1f} s cold, loaded in {warm:.2f} s from the cache")
    data = _load("secrets.json")

    def spans(text: str) -> list[tuple[int, int]]:
        out = []
        for f in scanner.scan(text):
            at = text.find(f.secret) if f.secret else -1
            if at >= 0:
                out.append((at, at + len(f.secret)))
        return out

    kf = both = 0
    for entry in data["positives"]:
        text, secret = _secrets_case(entry)
        k = _covers(spans(text), text, secret)
        kf += k
        both += k or _covers([(f.start, f.end) for f in secrets.find(text)], text, secret)
    fp = sum(bool(scanner.scan(t)) for t in data["negatives"])
    src = sum(bool(scanner.scan(t)) for t in _source_texts())
    n = len(data["positives"])
    print(f"kingfisher: recall {_rate(kf, n)}; with the local detector {_rate(both, n)}")
    print(f"kingfisher: negatives flagged {_rate(fp, len(data['negatives']))}; source files {src}")
    small = "Deployed version 2.3.1 to staging in 41 s; 3 pods ready."
    for label, fn in (("kingfisher", lambda: scanner.scan(small)), ("local", lambda: secrets.find(small))):
        times = []
        for _ in range(runs * 100):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        print(f"{label}: small string {statistics.median(times) * 1e6:.1f} us")
    sample = "\n".join(_source_texts())
    text = (sample + "\n") * max(1, int(2e6 / len(sample)))
    size = len(text.encode("utf-8")) / 1e6
    print(f"kingfisher: {size / _best(lambda: scanner.scan(text), runs):.1f} MB/s on source code")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the repeated source sample, in MB")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stdlib", action="store_true", help="also measure on the Python standard library")
    parser.add_argument("--kingfisher", action="store_true", help="also measure Kingfisher if it is installed")
    parser.add_argument("--pure", action="store_true", help="leave Hyperscan out even if it is installed")
    args = parser.parse_args()
    if args.pure:
        scan.ACCELERATE = False
    print(f"word index: {'Hyperscan' if not args.pure and scan.INDEX.prepare() else 'regex passes'}")
    print(f"screen: {'Hyperscan' if not args.pure and screen.SCREEN.prepare() else 'off'}")
    print(f"short-text words: {'Hyperscan' if not args.pure and SHORT.prepare() else 'regex passes'}")
    # Built in the background on the first long text otherwise, so the first runs would be read without them
    print(f"assignment places: {'Hyperscan' if not args.pure and secrets._ASSIGN_STARTS.prepare() else 'regex search'}")
    print(f"digit places: {'Hyperscan' if not args.pure and pii._PLACES.gate.prepare() else 'regex search'}")

    print(f"{'detector':<12}{'recall':>18}{'false positives':>20}{'source files flagged':>24}")
    for name, recall, fp, src in quality():
        print(f"{name:<12}{recall:>18}{fp:>20}{src:>24}")
    print()

    sample = "\n".join(_source_texts())
    repeated = (sample + "\n") * max(1, int(args.mb * 1e6 / len(sample)))
    samples = {"source corpus": repeated}
    if args.stdlib:
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(stdlib.glob("*.py"))]
        samples["python stdlib"] = "\n".join(texts)[: int(args.mb * 1e6)]
    for label, text in samples.items():
        print(f"throughput on {label} ({len(text.encode('utf-8')) / 1e6:.1f} MB)")
        for name, rate in throughput(text, args.runs):
            print(f"  {name:<24}{rate:8.1f} MB/s")
    print()
    for label, micros in small_call(2000):
        print(f"{label:<26}{micros:8.1f} us")
    if args.kingfisher:
        print()
        kingfisher(args.runs)


if __name__ == "__main__":
    main()

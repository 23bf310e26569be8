"""Recall, false positives and throughput of each local detector on the project's own corpora.

Run: `python benchmarks/bench_detectors.py [--mb 2] [--stdlib] [--escaped 0.1] [--kingfisher] [--pure] [--into F]`.
Prints, per detector, recall on the positives of tests/corpus/, the false-positive rate on its negatives and on the
ordinary source files of tests/corpus/source/, and MB/s on source code (those files repeated to `--mb` MB), on a
made-up JSON-lines log of that size and, with `--stdlib`, on the Python standard library's own modules; with
`--escaped`, on JSON lines whose letters outside ASCII are written as `\\uXXXX` escapes (each such string is read again
unescaped: the slow case). Also: all local detectors together on each, and the checks of one small call through
`LocalGuard`. With `--kingfisher` and the `kingfisher-secret-scanner` package installed, the same secrets corpus is
scanned by Kingfisher and by both together (its first rule compilation is timed too). With `--pure`, the shared word
index runs its regex passes and the screen is off (see `screen`) even where Hyperscan is installed. With `--into
README.md`, the README's detector speed table is written from this run. The index is given the injection rules'
words before its database is built, as the gateway's start gives them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
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


def _log_text(mb: float) -> str:
    """A made-up JSON-lines log of about `mb` MB: cloud audit events and an application's request lines, the dense
    key-value text a server returns when asked for its logs (same text every run)."""
    rnd = random.Random(20)
    services = ("s3", "ec2", "iam", "sts", "kms", "lambda", "dynamodb", "logs")
    actions = ("GetObject", "PutObject", "DescribeInstances", "AssumeRole", "Decrypt", "Invoke", "Query", "ListRoles")
    paths = ("/v1/orders", "/v1/cart/items", "/healthz", "/v2/search", "/v1/users/me", "/v1/invoices")
    lines = []
    size = 0
    while size < mb * 1e6:
        n = len(lines)
        stamp = f"2026-03-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n * 7 % 60:02d}.{n % 1000:03d}Z"
        if rnd.random() < 0.5:
            service = rnd.choice(services)
            line = json.dumps(
                {
                    "eventVersion": "1.08",
                    "userIdentity": {
                        "type": "AssumedRole",
                        "arn": f"arn:aws:sts::{381492007310 + n % 7}:assumed-role/deploy-{n % 5}/ci-session-{n % 97}",
                        "sessionContext": {"attributes": {"creationDate": stamp, "mfaAuthenticated": "false"}},
                    },
                    "eventTime": stamp,
                    "eventSource": f"{service}.amazonaws.com",
                    "eventName": rnd.choice(actions),
                    "awsRegion": rnd.choice(("us-east-1", "eu-west-1", "ap-south-1")),
                    "sourceIPAddress": f"10.{n % 4}.{n % 250}.{rnd.randint(2, 254)}",
                    "userAgent": f"aws-cli/2.{rnd.randint(0, 20)}.{rnd.randint(0, 9)} Python/3.12 exe/x86_64",
                    "requestParameters": {"bucketName": f"build-artifacts-{n % 13}", "key": f"releases/{n}/app.tar"},
                    "requestID": f"{rnd.getrandbits(64):016X}",
                    "eventID": f"{rnd.getrandbits(32):08x}-{n % 65536:04x}-4{n % 4096:03x}-a{n % 4000:03x}-{n:012x}",
                    "readOnly": rnd.random() < 0.7,
                }
            )
        else:
            status = rnd.choice((200, 200, 200, 201, 204, 304, 404, 500))
            line = json.dumps(
                {
                    "ts": stamp,
                    "level": "error" if status == 500 else "info",
                    "logger": f"api.{rnd.choice(('orders', 'cart', 'search', 'auth'))}",
                    "msg": "request failed: upstream timeout" if status == 500 else "request completed",
                    "method": rnd.choice(("GET", "GET", "POST", "DELETE")),
                    "path": rnd.choice(paths),
                    "status": status,
                    "duration_ms": rnd.randint(1, 900),
                    "request_id": f"req-{rnd.getrandbits(48):012x}",
                    "user_id": rnd.randint(1000, 99999),
                    "session": f"s-{n % 500}",
                    "agent": "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0",
                }
            )
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def _escaped_json_text(mb: float) -> str:
    """Made-up JSON lines of about `mb` MB whose texts hold letters outside ASCII, written as `json.dumps` writes
    them (`f\\u00fcr`): a server's records in German, French or Spanish (same text every run)."""
    rnd = random.Random(5)
    words = (
        "für straße größe zurück über Übersicht café résumé données équipe déjà año señal información "
        "the order was shipped to the customer and the invoice is attached please confirm the address"
    ).split()
    lines = []
    size = 0
    while size < mb * 1e6:
        record = {
            "id": len(lines),
            "title": " ".join(rnd.choice(words) for _ in range(6)),
            "body": " ".join(rnd.choice(words) for _ in range(30)),
        }
        line = json.dumps(record)
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


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


README_HEAD = "| text (MB/s of CPU time, best of runs) |"
"""The first cells of the README's detector speed table."""
_COLUMNS = ("secrets", "pii", "injection", "hidden", "all local detectors")
_TEXTS = {
    "source corpus": "ordinary source code (tests/corpus/source, repeated)",
    "JSON-lines log": "a JSON-lines log",
    "python stdlib": "the Python standard library",
}


def readme_table(
    rates: dict[str, list[tuple[str, float]]], small: list[tuple[str, float]], args: argparse.Namespace
) -> list[str]:
    """The README's detector speed table (MB/s per text and detector) and the line under it."""
    lines = [
        f"{README_HEAD} secrets | personal data | injection | hidden text | all local detectors together |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, row in rates.items():
        size = dict(row)
        lines.append(f"| {_TEXTS.get(label, label)} | " + " | ".join(f"{size[c]:,.1f}" for c in _COLUMNS) + " |")
    calls = ", ".join(f"{label.removeprefix('small call: ')} {micros:.0f} µs" for label, micros in small)
    load = os.getloadavg()[0]
    lines += [
        "",
        f"*A small call's checks (memo off, median): {calls}. `python benchmarks/bench_detectors.py --mb {args.mb:g}"
        f"{' --stdlib' if args.stdlib else ''} --runs {args.runs} --into README.md`, load average (1 min) {load:.2f}"
        f" at the end of the run.*",
    ]
    return lines


def into_readme(text: str, table: list[str]) -> str:
    """`text` (the README) with its detector speed table and the line under it replaced."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith(README_HEAD)), None)
    if at is None:
        raise ValueError(f"the README has no table starting {README_HEAD!r}")
    stop = at
    while stop < len(lines) and lines[stop].startswith("|"):
        stop += 1
    if stop + 1 < len(lines) and lines[stop] == "" and lines[stop + 1].startswith("*A small call's checks"):
        stop += 2
    lines[at:stop] = table
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the repeated source sample, in MB")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stdlib", action="store_true", help="also measure on the Python standard library")
    parser.add_argument("--kingfisher", action="store_true", help="also measure Kingfisher if it is installed")
    parser.add_argument("--pure", action="store_true", help="leave Hyperscan out even if it is installed")
    parser.add_argument("--into", help="write the README's detector speed table of this run into this README file")
    parser.add_argument(
        "--escaped", type=float, default=0.0, help="also measure JSON with \\uXXXX escapes of this many MB (slow)"
    )
    args = parser.parse_args()
    if args.pure:
        scan.ACCELERATE = False
    # The injection rules' leading words, given to the index before its database is built, as the gateway's start
    # does (`pipeline.warm_up`): added by the first long text instead, they would have the database built again in
    # the background while the first runs are timed (its CPU counted, and those runs read without it)
    for rules in (injection.RULES, injection.EAGER_RULES):
        injection.index(rules)
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
    samples = {"source corpus": repeated, "JSON-lines log": _log_text(args.mb)}
    if args.stdlib:
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(stdlib.glob("*.py"))]
        samples["python stdlib"] = "\n".join(texts)[: int(args.mb * 1e6)]
    if args.escaped:
        samples["JSON with \\uXXXX escapes"] = _escaped_json_text(args.escaped)
    rates: dict[str, list[tuple[str, float]]] = {}
    for label, text in samples.items():
        print(f"throughput on {label} ({len(text.encode('utf-8')) / 1e6:.1f} MB)")
        rates[label] = throughput(text, args.runs)
        for name, rate in rates[label]:
            print(f"  {name:<24}{rate:8.1f} MB/s")
    print()
    small = small_call(2000)
    for label, micros in small:
        print(f"{label:<26}{micros:8.1f} us")
    if args.into:
        path = Path(args.into)
        path.write_text(into_readme(path.read_text(encoding="utf-8"), readme_table(rates, small, args)), "utf-8")
    if args.kingfisher:
        print()
        kingfisher(args.runs)


if __name__ == "__main__":
    main()

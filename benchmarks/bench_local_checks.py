"""Time the local guardrail checks on realistic payloads and on adversarial 1 MB strings.

Run: `python benchmarks/bench_local_checks.py [--runs N]`. Prints median and p95 per case, next to a no-op
baseline (`copy.deepcopy` and a walk over every string without detectors) measured in the same run.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.memo import MEMO
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.guardrails.walk import walk

SENTENCE = (
    "the server returns a list of files in the directory and their sizes when the request succeeds otherwise "
    "it reports an error with the path that failed to open please check permissions before retrying this "
    "operation because the cache may hold stale entries for up to one hour after a deploy of version"
)
WORDS = SENTENCE.split()


def prose(rng: random.Random, n_chars: int) -> str:
    """Sentences of ordinary English-like text with a few numbers, paths and links."""
    out: list[str] = []
    size = 0
    while size < n_chars:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), f"/srv/app/data/{rng.choice(WORDS)}_{rng.randint(1, 999)}.json")
        if rng.random() < 0.2:
            words.insert(
                rng.randint(0, len(words)), f"https://docs.example.com/{rng.choice(WORDS)}?page={rng.randint(1, 9)}"
            )
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), str(rng.randint(1, 100000)))
        sentence = " ".join(words).capitalize() + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:n_chars]


def log_lines(rng: random.Random, n_chars: int) -> str:
    """Application log lines with timestamps, levels, request ids and durations."""
    out: list[str] = []
    size = 0
    while size < n_chars:
        stamp = f"2025-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        line = (
            f"{stamp}:{rng.randint(0, 59):02d}Z "
            f"{rng.choice(['INFO', 'DEBUG', 'WARN'])} req={rng.getrandbits(64):016x} "
            f"GET /api/v1/items/{rng.randint(1, 99999)} status=200 took={rng.random() * 300:.1f}ms\n"
        )
        out.append(line)
        size += len(line)
    return "".join(out)[:n_chars]


def records(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Rows of the kind a database or issue-tracker tool returns."""
    return [
        {
            "id": rng.randint(1, 10**9),
            "uuid": f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
            f"-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
            "title": prose(rng, 60),
            "state": rng.choice(["open", "closed"]),
            "created_at": f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T10:{rng.randint(10, 59)}:00Z",
            "commit": f"{rng.getrandbits(160):040x}",
            "labels": [rng.choice(WORDS) for _ in range(3)],
            "url": f"https://tracker.example.com/issues/{rng.randint(1, 9999)}",
        }
        for _ in range(n)
    ]


def input_10k(rng: random.Random) -> dict[str, Any]:
    """A ~10 KB tool-argument dict: an issue with a long markdown body, labels and nested metadata."""
    body = prose(rng, 6500) + "\n\n```\n" + log_lines(rng, 1200) + "```\nContact: jane.doe@example.org\n"
    return {
        "owner": "acme",
        "repo": "widgets",
        "title": prose(rng, 80),
        "body": body,
        "labels": ["bug", "needs-triage", "area/cache"],
        "assignees": ["octocat"],
        "metadata": {"source": "cli", "attempt": 2, "tags": {t: prose(rng, 40) for t in ("a", "b", "c", "d")}},
        "items": records(rng, 6),
    }


def output_100k(rng: random.Random) -> dict[str, Any]:
    """A ~100 KB CallToolResult: several text blocks (prose, logs, JSON text) plus structuredContent."""
    rows = records(rng, 90)
    return {
        "content": [
            {"type": "text", "text": prose(rng, 30000)},
            {"type": "text", "text": log_lines(rng, 25000)},
            {"type": "text", "text": json.dumps(rows[:45])},
            {"type": "image", "data": "iVBORw0KGgo" * 200, "mimeType": "image/png"},
        ],
        "structuredContent": {"items": rows[45:], "total": 90},
        "isError": False,
    }


def measure(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median and p95 of `fn`'s wall time in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def row(label: str, runs: int, fn: Callable[[], Any]) -> None:
    """Print one measured case."""
    med, p95 = measure(fn, runs)
    sys.stdout.write(f"{label:58s} median {med:8.3f} ms   p95 {p95:8.3f} ms\n")


def row_us(label: str, runs: int, fn: Callable[[], Any]) -> None:
    """Print one measured case in microseconds (for tiny calls)."""
    med, p95 = measure(fn, runs)
    sys.stdout.write(f"{label:58s} median {med * 1000:8.1f} us   p95 {p95 * 1000:8.1f} us\n")


def with_non_ascii(result: dict[str, Any]) -> dict[str, Any]:
    """The same result with a few characters outside ASCII in its prose, as most real text has."""
    out = copy.deepcopy(result)
    prose_text = out["content"][0]["text"]
    out["content"][0]["text"] = (
        prose_text.replace("server", "server\u2019s", 5).replace(" the ", " th\u00e9 ", 3) + " \U0001f642"
    )
    return out


def main() -> None:
    """Run every case and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    MEMO.enabled = False  # every run reads its text afresh: the cost of a first sighting, not of a remembered one
    rng = random.Random(7)
    guard = LocalGuard(GuardrailPolicy())
    vault = Vault()
    args = input_10k(rng)
    result = output_100k(rng)
    a_size, r_size = len(json.dumps(args)), len(json.dumps(result))
    sys.stdout.write(f"input {a_size / 1000:.1f} KB, output {r_size / 1000:.1f} KB, default policy, {runs} runs\n")

    row("baseline: deepcopy(10 KB input)", runs, lambda: copy.deepcopy(args))
    row("baseline: walk every string of 10 KB input", runs, lambda: sum(1 for _ in walk(args, "free")))
    row("check_input(10 KB)", runs, lambda: guard.check_input(args, vault))
    row("baseline: deepcopy(100 KB output)", runs, lambda: copy.deepcopy(result))
    row("baseline: walk every string of 100 KB output", runs, lambda: sum(1 for _ in walk(result, "result")))
    row("check_output(100 KB)", runs, lambda: guard.check_output(result, vault))
    allow = GuardrailPolicy.model_validate(
        {d: {k: "allow" for k in ("secrets", "pii", "injection", "hidden_text", "deny")} for d in ("input", "output")}
    )
    idle = LocalGuard(allow)
    row("check_output(100 KB), every action allow", runs, lambda: idle.check_output(result, vault))
    accented = with_non_ascii(result)
    row("check_output(100 KB with a few non-ASCII characters)", runs, lambda: guard.check_output(accented, vault))

    tiny_args = {"city": "Paris, France"}
    tiny_result = {"content": [{"type": "text", "text": "Sunny, 21 degrees, light breeze from the west."}]}
    tiny = f"tiny calls: {len(json.dumps(tiny_args))}-byte argument, {len(json.dumps(tiny_result))}-byte result"
    sys.stdout.write(f"\n{tiny}, {runs * 10} runs\n")
    row_us("check_input(tiny argument)", runs * 10, lambda: guard.check_input(tiny_args, vault))
    row_us("check_output(tiny result)", runs * 10, lambda: guard.check_output(tiny_result, vault))

    sys.stdout.write("\nadversarial 1 MB strings (check_input and check_output, default policy, 3 runs)\n")
    adversarial = {
        "'a' * 1e6": "a" * 1_000_000,
        "'-----BEGIN ' repeated": "-----BEGIN " * 90_910,
        "'-----BEGIN PRIVATE KEY-----' repeated": "-----BEGIN PRIVATE KEY-----" * 37_000,
        "'x@' * 500000": "x@" * 500_000,
        "'1 ' * 500000 (digits with separators)": "1 " * 500_000,
        "'1-2.3 ' repeated": "1-2.3 " * 166_666,
        "'+1 ' repeated": "+1 " * 333_333,
        "'eyJ' repeated": "eyJ" * 333_333,
        "'password=' repeated": "password=" * 111_111,
        "'ignore ' repeated": "ignore " * 142_857,
        "'the user ' repeated": "the user " * 111_111,
        "'from now on, you ' repeated": "from now on, you " * 58_824,
        "'to https://' repeated": "to https://" * 90_909,
        "'\\u200b' * 1e6": "\u200b" * 1_000_000,
        "'\\x1b[' repeated": "\x1b[" * 500_000,
        "'::' repeated": "::" * 500_000,
        "'a::' repeated": "a::" * 333_333,
    }
    for label, text in adversarial.items():
        row(f"input  {label}", 3, lambda t=text: guard.check_input({"q": t}, Vault()))
        row(
            f"output {label}", 3, lambda t=text: guard.check_output({"content": [{"type": "text", "text": t}]}, Vault())
        )


if __name__ == "__main__":
    main()

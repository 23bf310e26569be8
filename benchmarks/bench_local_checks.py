"""Time the local guardrail checks on realistic payloads and on adversarial 1 MB strings.

Run: `python benchmarks/bench_local_checks.py [--runs N]`. Prints median and p95 per case, next to a no-op
baseline (`copy.deepcopy` and a walk over every string without detectors) measured in the same run.

`--fresh` prints only the CPU per text the checks spend on texts never seen before (1, 4 and 16 KB of prose,
JSON records, log lines, source code, prose outside ASCII and `bench_compare.py --vary`'s echoed text, a different
text each call, so no memo answers): what real tool results cost. `--fresh-texts N --shape S --size B` checks N
such texts and nothing else (for callgrind, only the checks of the N texts counted:
`valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no --toggle-collect=functools_reduce python
benchmarks/bench_local_checks.py --fresh-texts 200 --instrument`, then `callgrind_annotate` the output: its total
divided by N is the instructions per text).
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "servers"))

from echo_server import varied_text

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import injection, lazy, rule_screen
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.memo import MEMO
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.guardrails.scan import INDEX
from secure_mcp_gateway.guardrails.screen import SCREEN
from secure_mcp_gateway.guardrails.short_words import SHORT
from secure_mcp_gateway.guardrails.walk import walk
from secure_mcp_gateway.pipeline import warm_up

SENTENCE = (
    "the server returns a list of files in the directory and their sizes when the request succeeds otherwise "
    "it reports an error with the path that failed to open please check permissions before retrying this "
    "operation because the cache may hold stale entries for up to one hour after a deploy of version"
)
WORDS = SENTENCE.split()


def prose(rng: random.Random, n_chars: int, vocabulary: Sequence[str] = WORDS, links: bool = True) -> str:
    """Sentences of `vocabulary` (ordinary English-like text) with a few numbers, and paths and links if `links`."""
    out: list[str] = []
    size = 0
    while size < n_chars:
        words = [rng.choice(vocabulary) for _ in range(rng.randint(8, 20))]
        if links and rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), f"/srv/app/data/{rng.choice(WORDS)}_{rng.randint(1, 999)}.json")
        if links and rng.random() < 0.2:
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


_CODE_NAMES = ("handler", "request", "payload", "cursor", "session", "rows", "config", "buffer", "result", "index")
_ACCENTED = (
    "le serveur renvoie la liste des fichiers du répertoire et leur taille quand la requête réussit, sinon il "
    "signale une erreur avec le chemin qui n'a pas pu être ouvert; vérifiez les droits avant de réessayer. "
    "Der Server liefert die Liste der Dateien im Verzeichnis und ihre Größe, wenn die Anfrage gelingt; sonst "
    "meldet er einen Fehler mit dem Pfad, der nicht geöffnet werden konnte. El servidor devuelve la lista de "
    "archivos del directorio y sus tamaños cuando la petición tiene éxito; si no, informa del error y la ruta."
).split()


def source_code(rng: random.Random, n_chars: int) -> str:
    """Python-like functions with varied names, literals and comments."""
    out: list[str] = []
    size = 0
    while size < n_chars:
        a, b, c = (rng.choice(_CODE_NAMES) for _ in range(3))
        block = (
            f"def {a}_{rng.randint(1, 999)}({b}, {c}=None):\n"
            f'    """Return the {b} for {c} ({rng.choice(WORDS)} {rng.choice(WORDS)})."""\n'
            f"    if {c} is None:\n        {c} = {{}}\n"
            f"    {a} = [{b}[i] for i in range({rng.randint(2, 64)}) if i % {rng.randint(2, 9)}]\n"
            f"    # {rng.choice(WORDS)} the {rng.choice(WORDS)} before {rng.choice(WORDS)}\n"
            f'    return {{"{a}": {a}, "count": len({a}), "path": "/srv/{b}/{rng.randint(1, 99)}"}}\n\n'
        )
        out.append(block)
        size += len(block)
    return "".join(out)[:n_chars]


def foreign_prose(rng: random.Random, n_chars: int) -> str:
    """French, German and Spanish sentences (letters outside ASCII), with numbers."""
    return prose(rng, n_chars, _ACCENTED, links=False)


SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    "prose": prose,
    "json": lambda rng, n: json.dumps(records(rng, n // 300 + 1))[:n],
    "logs": log_lines,
    "code": source_code,
    "foreign": foreign_prose,
    "echo": lambda rng, n: varied_text(n, rng.randrange(1 << 30)),
}
"""The kinds of text a fresh result holds (see `fresh`)."""


def fresh(shape: str, size: int, n: int) -> dict[str, Any]:
    """The `n`-th fresh CallToolResult of `size` characters of `shape`: a text no earlier call returned."""
    return {"content": [{"type": "text", "text": SHAPES[shape](random.Random(n * 7919 + size), size)}]}


def ready(guard: LocalGuard) -> None:
    """The gateway's warm-up, then every table and database the detectors build in the background built now (a
    gateway that has run a while has them all)."""
    warm_up(guard)
    lazy.prepare()
    for index in (SCREEN, SHORT, INDEX):
        index.prepare()
    for rules in (injection.RULES, injection.EAGER_RULES):
        rule_screen.of(rules).prepare()  # (a gateway builds and keeps it once it has read a few hundred strings)
    for shape in SHAPES:
        for size in (1024, 4096):
            guard.check_output(fresh(shape, size, -1), Vault())
    for index in (SCREEN, SHORT, INDEX):
        index.prepare()


def fresh_rows(guard: LocalGuard, runs: int) -> None:
    """CPU per fresh text (see `fresh`) for each shape and size, after a warm-up that builds the databases."""
    ready(guard)
    sys.stdout.write(f"\nfresh texts (a different text each call): CPU per text, {runs} texts per row\n")
    for size in (1024, 4096, 16384):
        for shape in SHAPES:
            for n in range(20):
                guard.check_output(fresh(shape, size, 10**6 + n), Vault())
            inputs = [fresh(shape, size, n) for n in range(runs)]
            start = time.process_time()
            for result in inputs:
                guard.check_output(result, Vault())
            took = (time.process_time() - start) / runs * 1000
            sys.stdout.write(f"fresh {size // 1024:>2} KB {shape:<8} {took:8.3f} ms\n")


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
    parser.add_argument("--fresh", action="store_true", help="only the CPU per fresh text")
    parser.add_argument("--fresh-texts", type=int, help="check this many fresh texts and nothing else")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="prose")
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--instrument", action="store_true", help="switch callgrind's instrumentation on when ready")
    opts = parser.parse_args()
    runs = opts.runs
    MEMO.enabled = False  # every run reads its text afresh: the cost of a first sighting, not of a remembered one
    rng = random.Random(7)
    guard = LocalGuard(GuardrailPolicy())
    if opts.fresh_texts is not None:
        ready(guard)
        inputs = [fresh(opts.shape, opts.size, n) for n in range(opts.fresh_texts)]
        if opts.instrument:
            subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
        functools.reduce(lambda _, result: guard.check_output(result, Vault()), inputs, None)  # (what is counted)
        return
    if opts.fresh:
        fresh_rows(guard, runs)
        return
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

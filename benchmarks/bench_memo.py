"""The verdict memo: what a digest costs against a fresh check at each size, what a repeated or a varied result
costs with the memo on and off (CPU per check), and (--check) that memo on and off give the same verdicts on every
corpus text and the held-out slices that may be read, in the shapes a result or arguments arrive in.

    python benchmarks/bench_memo.py [--check] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import lazy, local, memo
from secure_mcp_gateway.guardrails.redact import Vault

ROOT = Path(__file__).resolve().parent.parent
READABLE = {"main", "reserve", "reserve2", "final", "dev3"}
"""Held-out slices that may be measured on (final2 and final3 are never read here)."""


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if len(value) > 3:
            out.append(value)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in ("_about", "kinds", "kind"):
                _strings(v, out)


def texts() -> list[str]:
    out: list[str] = []
    for name in ("secrets", "pii", "injection", "hidden"):
        _strings(json.loads((ROOT / "tests" / "corpus" / f"{name}.json").read_text(encoding="utf-8")), out)
    for path in sorted((ROOT / "tests/corpus/source").iterdir()):
        out.append(path.read_text(encoding="utf-8", errors="replace"))
    import bench_heldout

    for case in bench_heldout.load():
        if case.get("split", "main") in READABLE and case["detector"] != "poisoning":
            out.append(bench_heldout.text_of(case))
    return out


def shapes(text: str, other: str) -> list[tuple[str, dict[str, Any]]]:
    cut = len(text) // 2
    return [
        ("output", {"content": [{"type": "text", "text": text}]}),
        ("output", {"content": [{"type": "text", "text": text}], "structuredContent": {"result": text}}),
        ("output", {"content": [{"type": "text", "text": text[:cut]}, {"type": "text", "text": text[cut:]}]}),
        ("output", {"content": [{"type": "text", "text": other}, {"type": "text", "text": text}]}),
        ("input", {"query": text, "token": text[cut:], "name": "API_TOKEN", "value": other}),
    ]


def check(guard: local.LocalGuard, direction: str, value: dict[str, Any], vault: Vault) -> tuple[Any, ...]:
    v = guard.check_output(value, vault) if direction == "output" else guard.check_input(value, vault)
    return (v.value, v.shown, v.hits, v.blocked)


def equivalence() -> None:
    corpus = texts()
    policies = {
        "default": GuardrailPolicy(),
        "strict": GuardrailPolicy.model_validate(
            {
                "injection_threshold": 0.3,
                "output": {"secrets": "redact", "pii": "redact", "injection": "redact", "hidden_text": "redact"},
                "input": {"secrets": "redact", "pii": "redact", "injection": "block", "hidden_text": "warn"},
            }
        ),
    }
    for name, policy in policies.items():
        guard, vault = local.LocalGuard(policy), Vault()
        cases = [c for n, t in enumerate(corpus) for c in shapes(t, corpus[(n * 7 + 3) % len(corpus)])]
        m = memo.MEMO = memo.Memo(entries=1_000_000, chars=1 << 40, findings=1 << 30)
        m.enabled = False
        off = [check(guard, d, v, vault) for d, v in cases]
        m.enabled = True
        first = [check(guard, d, v, vault) for d, v in cases]
        second = [check(guard, d, v, vault) for d, v in cases]  # (a text is kept from its second sighting on)
        again = [check(guard, d, v, vault) for d, v in cases]
        differ = sum(1 for a, b, c, e in zip(off, first, second, again, strict=True) if not a == b == c == e)
        found = sum(1 for o in off if o[2])
        print(
            f"{name}: {len(cases)} messages from {len(corpus)} texts ({found} with findings): "
            f"{differ} differ between memo off and on (1st, 2nd, 3rd sighting); hits {m.hits}, misses {m.misses}"
        )


def cpu(fn: Any, n: int) -> float:
    start = time.process_time()
    for i in range(n):
        fn(i)
    return (time.process_time() - start) / n


def _result(text: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}]}


def _row(guard: local.LocalGuard, vault: Vault, body: str, n: int) -> tuple[float, float, float, float]:
    """CPU per check of a result of `body`'s size: digest alone, memo off, the same result again, a varied one."""
    varied = [f"{i:08d} " + body[9:] for i in range(n + 1)]
    d = cpu(lambda i: memo.digest(varied[i]), n)
    memo.MEMO = memo.Memo()
    memo.MEMO.enabled = False
    off = cpu(lambda i: guard.check_output(_result(varied[i]), vault), n)
    memo.MEMO.enabled = True
    guard.check_output(_result(body), vault)
    guard.check_output(_result(body), vault)
    rep = cpu(lambda i: guard.check_output(_result(body), vault), n)
    memo.MEMO.clear()
    var = cpu(lambda i: guard.check_output(_result(varied[i]), vault), n)
    return d, off, rep, var


def timing(rounds: int) -> None:
    base = (ROOT / "tests/corpus/source/README.md").read_text(encoding="utf-8")
    prose = " ".join(base.split())
    guard = local.LocalGuard(GuardrailPolicy())
    vault = Vault()
    print(f"\n{'size':>9} {'digest':>9} {'off':>10} {'repeated':>10} {'varied':>10}   (CPU per check_output, us)")
    for size in (64, 1024, 16 * 1024, 100 * 1024, 1 << 20):
        body = (prose * (1 + size // len(prose)))[:size]
        n = max(3, min(400, (2 << 20) // size) * rounds // 5)
        d, off, rep, var = _row(guard, vault, body, n)
        print(f"{size:>9} {d * 1e6:>9.1f} {off * 1e6:>10.1f} {rep * 1e6:>10.1f} {var * 1e6:>10.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="memo on vs off on every corpus text (slow)")
    ap.add_argument("--rounds", type=int, default=5)
    opts = ap.parse_args()
    lazy.prepare()
    if opts.check:
        equivalence()
    timing(opts.rounds)


if __name__ == "__main__":
    main()

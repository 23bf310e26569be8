"""What every local detector finds in a wide set of texts, kept as a file, so a change meant to make the detectors
faster can be shown to find exactly the same.

Run: `python benchmarks/bench_findings.py write OUT.json [--pure]` on the code before the change and again after it,
then `python benchmarks/bench_findings.py compare A.json B.json`. The texts: every string of the corpus files in
tests/corpus/, the held-out slices' texts with their values filled in, tests/corpus/source/, the standard library's
own modules, and long texts joined from all of those (plain, and as JSON with `\\uXXXX` escapes), so that the long-text
paths (the shared word index, the screen) read cases that hold findings. Per text: the findings of the secrets,
personal-data, injection and hidden-text detectors; per group of held-out results, `LocalGuard.check_output`'s hits
and rewritten value; per definition, `check_definition`'s verdict. `compare` prints how many entries differ and
which detectors, never a text (the held-out slices are reported only as totals).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import sysconfig
from pathlib import Path
from typing import Any

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import hidden, injection, pii, rule_screen, scan, screen, secrets
from secure_mcp_gateway.guardrails.findings import Finding, lower_aligned
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.memo import MEMO
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.guardrails.short_words import SHORT

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
_GROUP = 60
"""How many texts one long joined text holds."""
_TOKEN = re.compile(r"(<[A-Z_]+:[a-z0-9_]+:)[a-z0-9]{8,}>")
"""A redaction's placeholder: its random part differs on every run."""


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)


def texts() -> tuple[list[str], list[str], list[tuple[dict[str, Any], str]]]:
    """All the texts, the held-out texts among them, and the definitions (with their kind)."""
    out: list[str] = []
    definitions: list[tuple[dict[str, Any], str]] = []
    for name in ("secrets.json", "pii.json", "injection.json", "hidden.json"):
        data = json.loads((CORPUS / name).read_text(encoding="utf-8"))
        if name == "secrets.json":
            out += [e["text"].replace("{}", "".join(e["secret"])) for e in data["positives"]]
            out += data["negatives"]
        else:
            _strings({k: v for k, v in data.items() if k != "_about"}, out)
    data = json.loads((CORPUS / "definitions.json").read_text(encoding="utf-8"))
    definitions += [(e["definition"], e["kind"]) for e in data["poisoned"] + data["benign"]]
    held: list[str] = []
    for path in sorted((CORPUS / "heldout").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if "definition" in entry:
                definitions.append((entry["definition"], entry.get("kind", "tool")))
            elif "parts" in entry:
                held.append(entry["text"].replace("{{VALUE}}", "".join(entry["parts"])))
            else:
                held.append(entry["text"])
    out += held
    out += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "source").iterdir())]
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for pattern in ("*.py", "email/*.py", "json/*.py"):
        out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(stdlib.glob(pattern))]
    pool = out[:]
    random.Random(7).shuffle(pool)
    for at in range(0, len(pool), _GROUP):
        group = pool[at : at + _GROUP]
        out.append("\n\n".join(group))
        if at % (4 * _GROUP) == 0:
            out.append(json.dumps(group))  # `\uXXXX` escapes
            out.append(json.dumps(group, ensure_ascii=False))
    return out, held, definitions


def _found(findings: list[Finding]) -> list[tuple[str, str, int, int, float]]:
    return [(f.detector, f.kind, f.start, f.end, round(f.score, 6)) for f in findings]


def write(path: Path) -> None:
    """Write every entry's findings to `path` and print a digest of them all."""
    MEMO.enabled = False
    all_texts, held, definitions = texts()
    guard = LocalGuard(GuardrailPolicy())
    out: dict[str, Any] = {}
    for text in all_texts:
        low = lower_aligned(text)
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        found = (secrets.find(text, low), pii.find(text, low), injection.find(text, low), hidden.find(text))
        out[f"text:{key}"] = [_found(f) for f in found]
    for at in range(0, len(held), 97):
        result = {"content": [{"type": "text", "text": t} for t in held[at : at + 5]]}
        verdict = guard.check_output(result, Vault())
        value = _TOKEN.sub(r"\1#>", json.dumps(verdict.value, sort_keys=True))
        out[f"result:{at}"] = [[(h.detector, h.kind, h.action, h.where, h.count) for h in verdict.hits], value]
    for n, (definition, kind) in enumerate(definitions):
        v = guard.check_definition(definition, kind)
        out[f"definition:{n}"] = [v.withhold, [(h.detector, h.kind, h.action, h.where, h.count) for h in v.hits]]
    blob = json.dumps(out, sort_keys=True)
    path.write_text(blob, encoding="utf-8")
    size = sum(map(len, all_texts)) / 1e6
    digest = hashlib.sha256(blob.encode()).hexdigest()[:16]
    print(f"{len(all_texts)} texts ({size:.1f} M characters), {len(definitions)} definitions: digest {digest}")


def compare(a: Path, b: Path) -> int:
    """Print how many entries differ (and in which detectors' findings); 1 when any does."""
    before = json.loads(a.read_text(encoding="utf-8"))
    after = json.loads(b.read_text(encoding="utf-8"))
    names = ("secrets", "pii", "injection", "hidden")
    differ: dict[str, int] = {}
    for key in before.keys() | after.keys():
        x, y = before.get(key), after.get(key)
        if x == y:
            continue
        if key.startswith("text:") and x is not None and y is not None:
            for name, fx, fy in zip(names, x, y, strict=True):
                if fx != fy:
                    differ[name] = differ.get(name, 0) + 1
        else:
            kind = key.split(":")[0]
            differ[kind] = differ.get(kind, 0) + 1
    print(f"{len(before)} entries; " + (", ".join(f"{k}: {n} differ" for k, n in differ.items()) or "all the same"))
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write every entry's findings to a file")
    w.add_argument("out", type=Path)
    w.add_argument("--pure", action="store_true", help="leave Hyperscan out even if it is installed")
    c = sub.add_parser("compare", help="compare two files written by `write`")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "compare":
        sys.exit(compare(args.before, args.after))
    if args.pure:
        scan.ACCELERATE = False
    else:  # built now, not in the background while the first long texts are read
        scan.INDEX.prepare()
        screen.SCREEN.prepare()
        SHORT.prepare()
        secrets._ASSIGN_STARTS.prepare()
        pii._PLACES.gate.prepare()
        for rules in (injection.RULES, injection.EAGER_RULES):
            rule_screen.of(rules).prepare()  # short results' rules are screened too
    write(args.out)


if __name__ == "__main__":
    main()

"""Recall and false positives of the local detectors on the held-out corpus (tests/corpus/heldout/*.jsonl).

Run: `python benchmarks/bench_heldout.py [--misses N] [--sample N] [--site] [--json FILE] [--into README.md]`.

Every case goes through the entry points the gateway uses, with the default policy: a secret, personal datum or
injection is a tool result's text checked by `LocalGuard.check_output` (found = a hit of that detector; for secrets
and personal data the detector's findings must also cover the whole value, or the credential inside a webhook URL);
a tool definition counts as caught when `LocalGuard.check_definition` withholds it. Prints recall and false-positive
rate per detector and per class, then the misses, redacted (class, form and a short prefix of the value, never a
whole secret). The `reserve` line is the slice written after the first reports (new wording in the same classes,
never described case by case); `reserve2` is a fresh slice reported per family too, and `final` only as a whole.
`dev3` is written in the styles of public labelled collections and reported per family with its misses listed
(`--split dev3 --misses 300`); `final2` to `final37`, in the same styles with other wording, only as totals
(injection also split into explicit phrasings and indirect ones carried inside pages, mails and tool results).
With `--site`, also the share of this machine's ordinary files (Python standard
library sources, installed packages' READMEs) that each detector flags, and injection findings on those READMEs'
paragraphs. With `--into README.md`, the README's detection table is written from this run and each slice's
recorded first run (`tests/corpus/heldout/first_runs.json`: add a new slice's first run there when it lands).
"""

from __future__ import annotations

import argparse
import json
import sys
import sysconfig
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import pii, secrets
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "heldout"
SLOT = "{{VALUE}}"
FILES = ("secrets", "pii", "injection", "definitions")
FINDERS = {"secrets": secrets.find, "pii": pii.find}
TARGETS = {
    "secrets": (0.85, 0.03),
    "pii": (0.95, 0.02),
    "injection": (0.50, 0.005),
    "poisoning": (0.60, 0.0),
}


def load(corpus: Path = CORPUS, sample: int = 0) -> list[dict[str, Any]]:
    """Every case of the corpus files (the first `sample` positives and negatives of each file when set)."""
    cases: list[dict[str, Any]] = []
    for name in FILES:
        path = corpus / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if sample:
            rows = [r for r in rows if r["label"]][:sample] + [r for r in rows if not r["label"]][:sample]
        cases.extend(rows)
    return cases


def value_of(case: dict[str, Any]) -> str:
    return "".join(case.get("parts", []))


def text_of(case: dict[str, Any]) -> str:
    return case["text"].replace(SLOT, value_of(case)) if case["label"] and "parts" in case else case["text"]


def redacted(value: str) -> str:
    """What a report may show of a value: a short prefix and its length."""
    keep = min(6, max(2, len(value) // 6))
    return f"{value[:keep]}...({len(value)} chars)"


def _covered(text: str, value: str, spans: list[tuple[int, int]], core: list[int] | None = None) -> bool:
    """Whether the findings cover the whole value (or, for a URL carrying a credential, the credential in it)."""
    at = text.find(value)
    if at < 0:
        return False
    lo, hi = core if core else (0, len(value))
    need = set(range(at + lo, at + hi))
    for s, e in spans:
        need.difference_update(range(s, e))
    return not need


@dataclass
class Outcome:
    """What one case did: caught (flagged and, for values, covered whole), and a note for a miss."""

    case: dict[str, Any]
    caught: bool
    note: str = ""


def run_case(guard: LocalGuard, case: dict[str, Any]) -> Outcome:
    detector = case["detector"]
    if detector == "poisoning":
        verdict = guard.check_definition(case["definition"], case.get("kind", "tool"))
        return Outcome(case, verdict.withhold, "; ".join(verdict.reasons[:2]))
    text = text_of(case)
    result = {"content": [{"type": "text", "text": text}]}
    verdict = guard.check_output(result, Vault())
    kinds = sorted({h.kind for h in verdict.hits if h.detector == detector})
    if not case["label"] or detector not in FINDERS:
        return Outcome(case, bool(kinds), ",".join(kinds))
    if not kinds:
        return Outcome(case, False, "not found")
    spans = [(f.start, f.end) for f in FINDERS[detector](text)]
    if _covered(text, value_of(case), spans, case.get("core")):
        return Outcome(case, True, ",".join(kinds))
    return Outcome(case, False, f"found only in part ({','.join(kinds)})")


@dataclass
class Tally:
    pos: int = 0
    tp: int = 0
    neg: int = 0
    fp: int = 0
    misses: list[Outcome] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        if o.case["label"]:
            self.pos += 1
            self.tp += o.caught
            if not o.caught:
                self.misses.append(o)
        else:
            self.neg += 1
            self.fp += o.caught
            if o.caught:
                self.misses.append(o)


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


SLICES = (
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
"""Slices written later than the main one, reported on their own lines and never printed case by case."""
BY_FAMILY = ("reserve2", "dev3")
"""Slices whose figures are also printed per family (family names only; reserve2's cases are never shown)."""
TOTALS_ONLY = tuple(s for s in SLICES if s.startswith("final"))
"""Slices reported only as totals: neither their families nor which of their cases failed are printed."""
SHOWN = ("main", "dev3")
"""Slices whose misses are listed case by case (class, form and a short prefix; never a whole value)."""


def split_of(case: dict[str, Any]) -> str:
    return case.get("split", "main")


def describe(o: Outcome) -> str:
    c = o.case
    where = f"{c['id']} [{c.get('family', c['class']) + '/' if split_of(c) != 'main' else ''}{c['class']}"
    where += f"{'/' + c['form'] if c.get('form') else ''}]"
    if split_of(c) not in SHOWN:
        return f"  {'MISSED' if c['label'] else 'FALSE POSITIVE'} {c['id']} ({split_of(c)} case: not shown) -- {o.note}"
    elif c["detector"] == "poisoning":
        d = c["definition"]
        what = f"{d.get('name', '?')}: {str(d.get('description', ''))[:70]!r}"
    elif c["label"] and "parts" in c:
        what = redacted(value_of(c))
    else:
        what = repr(text_of(c)[:70])
    kind = "MISSED" if c["label"] else "FALSE POSITIVE"
    return f"  {kind} {where} {what} -- {o.note}"


def _figures(t: Tally) -> dict[str, Any]:
    return {"pos": t.pos, "tp": t.tp, "neg": t.neg, "fp": t.fp}


def report(outcomes: list[Outcome], misses: int) -> dict[str, Any]:
    by_det: dict[str, Tally] = defaultdict(Tally)
    by_class: dict[tuple[str, str], Tally] = defaultdict(Tally)
    explicit: dict[tuple[str, str], Tally] = defaultdict(Tally)
    indirect: dict[tuple[str, str], Tally] = defaultdict(Tally)
    slices: dict[tuple[str, str], Tally] = defaultdict(Tally)
    families: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    for o in outcomes:
        d, split = o.case["detector"], split_of(o.case)
        by_det[d].add(o)
        slices[(d, split)].add(o)
        if o.case.get("explicit"):
            explicit[(d, split)].add(o)
        if o.case.get("indirect"):
            indirect[(d, split)].add(o)
        if split == "main":  # later slices' classes and forms are not broken down with the main slice's
            by_class[(d, o.case["class"])].add(o)
        elif split in BY_FAMILY:
            families[(d, split, o.case.get("family", o.case["class"]))].add(o)
    summary: dict[str, Any] = {}
    print(f"{'detector':<11} {'recall':>16} {'false positives':>18}   target")
    for d in ("secrets", "pii", "injection", "poisoning"):
        t = by_det.get(d)
        if t is None:
            continue
        want_r, want_fp = TARGETS[d]
        target = f">= {want_r:.0%} / <= {want_fp:.1%}"
        print(f"{d:<11} {pct(t.tp, t.pos)} of {t.pos:<5} {pct(t.fp, t.neg)} of {t.neg:<6}   {target}")
        summary[d] = {
            "recall": t.tp / t.pos if t.pos else None,
            "positives": t.pos,
            "fp_rate": t.fp / t.neg if t.neg else None,
            "negatives": t.neg,
            "slices": {},
        }
        for split in ("main", *SLICES):
            s = slices.get((d, split))
            if s is None:
                continue
            ok = s.pos and s.tp / s.pos >= want_r and (not s.neg or s.fp / s.neg <= want_fp)
            met = "MET" if ok else "not met"
            print(f"  {split:<9} {pct(s.tp, s.pos)} of {s.pos:<5} {pct(s.fp, s.neg)} of {s.neg:<6}   {met}")
            summary[d]["slices"][split] = _figures(s)
            e = explicit.get((d, split))
            if e is not None:
                print(f"{'    explicit':<13} {pct(e.tp, e.pos)} of {e.pos:<5}")
                summary[d]["slices"][split]["explicit"] = _figures(e)
            i = indirect.get((d, split))
            if i is not None:
                print(f"{'    indirect':<13} {pct(i.tp, i.pos)} of {i.pos:<5}")
                summary[d]["slices"][split]["indirect"] = _figures(i)
        if "reserve" in summary[d]["slices"]:
            summary[d]["reserve"] = summary[d]["slices"]["reserve"]
        if (d, "main") in explicit:
            e = explicit[(d, "main")]
            summary[d]["explicit_recall"] = e.tp / e.pos if e.pos else None
    print()
    for d in ("secrets", "pii", "injection", "poisoning"):
        rows = [(cls, t) for (dd, cls), t in by_class.items() if dd == d]
        if not rows:
            continue
        print(f"== {d}: main slice per class (worst first)")
        _table(rows)
        summary[d]["classes"] = {cls: _figures(t) for cls, t in sorted(rows)}
    for split in BY_FAMILY:
        for d in ("secrets", "pii", "injection", "poisoning"):
            rows = [(fam, t) for (dd, ss, fam), t in families.items() if dd == d and ss == split]
            if not rows:
                continue
            print(f"== {d}: {split} slice per family (worst first; cases never shown)")
            _table(rows)
            summary[d]["slices"][split]["families"] = {fam: _figures(t) for fam, t in sorted(rows)}
    forms: dict[str, Tally] = defaultdict(Tally)
    for o in outcomes:
        if o.case["detector"] == "secrets" and o.case["label"] and split_of(o.case) == "main":
            forms[o.case["form"]].add(o)
    if forms:
        print("== secrets: main slice recall per context form (worst first)")
        for form, t in sorted(forms.items(), key=lambda r: (r[1].tp / r[1].pos, r[0])):
            print(f"  {form:<36} recall {pct(t.tp, t.pos)} ({t.tp}/{t.pos})")
        summary["secrets"]["forms"] = {form: {"pos": t.pos, "tp": t.tp} for form, t in sorted(forms.items())}
    if misses:
        print()
        for d in ("secrets", "pii", "injection", "poisoning"):
            t = by_det.get(d)
            if t is None or not t.misses:
                continue
            listed = [o for o in t.misses if split_of(o.case) not in TOTALS_ONLY]
            if not listed:
                continue
            print(f"== {d}: misses and false positives ({len(listed)}; first {misses})")
            for o in listed[:misses]:
                print(describe(o))
    return summary


def _table(rows: list[tuple[str, Tally]]) -> None:
    pos_rows = sorted((r for r in rows if r[1].pos), key=lambda r: (r[1].tp / r[1].pos, r[0]))
    neg_rows = sorted((r for r in rows if r[1].neg), key=lambda r: (-r[1].fp / r[1].neg, r[0]))
    for name, t in pos_rows:
        print(f"  + {name:<34} recall {pct(t.tp, t.pos)} ({t.tp}/{t.pos})")
    for name, t in neg_rows:
        print(f"  - {name:<34} FP     {pct(t.fp, t.neg)} ({t.fp}/{t.neg})")


def site_files(limit: int) -> list[tuple[str, str, str]]:
    """Ordinary text on this machine: the standard library's Python sources and installed packages' READMEs."""
    out: list[tuple[str, str, str]] = []
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for p in sorted(stdlib.glob("*.py"))[:limit]:
        out.append(("stdlib source", p.name, p.read_text(encoding="utf-8", errors="replace")))
    purelib = Path(sysconfig.get_paths()["purelib"])
    docs = sorted(purelib.glob("*.dist-info/METADATA"))[:limit]
    for p in docs:
        text = p.read_text(encoding="utf-8", errors="replace")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        if len(body) > 200:
            out.append(("package README", p.parent.name, body))
    return out


def site(guard: LocalGuard, limit: int) -> dict[str, Any]:
    """Share of ordinary files each detector flags, and which kinds it found where (never the text); returns the
    counts."""
    files = site_files(limit)
    print(f"\n== ordinary files on this machine ({len(files)}): share flagged per detector")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    totals: dict[str, int] = defaultdict(int)
    flagged: list[str] = []
    for label, name, text in files:
        totals[label] += 1
        verdict = guard.check_output({"content": [{"type": "text", "text": text}]}, Vault())
        for d in sorted({h.detector for h in verdict.hits}):
            counts[(label, d)] += 1
            if d in ("secrets", "injection"):
                kinds = sorted({h.kind for h in verdict.hits if h.detector == d})
                flagged.append(f"  {d:<9} {label}: {name} ({', '.join(kinds)})")
    for label, total in totals.items():
        parts = ", ".join(f"{d} {pct(counts[(label, d)], total).strip()}" for d in ("secrets", "pii", "injection"))
        print(f"  {label:<16} {total:>4} files: {parts}")
    print("\n".join(flagged))
    paragraphs = [p for label, _, text in files if label == "package README" for p in _paragraphs(text)]
    hits = 0
    for p in paragraphs:
        verdict = guard.check_output({"content": [{"type": "text", "text": p}]}, Vault())
        hits += any(h.detector == "injection" for h in verdict.hits)
    print(f"  injection on README paragraphs: {pct(hits, len(paragraphs)).strip()} of {len(paragraphs)} flagged")
    files_by = {
        label: {"total": total, **{d: counts[(label, d)] for d in ("secrets", "pii", "injection")}}
        for label, total in totals.items()
    }
    return {"files": files_by, "paragraphs": len(paragraphs), "paragraph_hits": hits}


def _paragraphs(text: str) -> list[str]:
    """Prose paragraphs of a README (blank-line separated, at least 80 characters, code fences left out)."""
    out, fenced = [], False
    for block in text.split("\n\n"):
        if block.count("```") % 2:
            fenced = not fenced
            continue
        if not fenced and len(block.strip()) >= 80:
            out.append(block.strip())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--misses", type=int, default=40, help="misses and false positives to list per detector")
    ap.add_argument("--sample", type=int, default=0, help="only the first N positives and N negatives per file")
    ap.add_argument("--site", action="store_true", help="also scan this machine's stdlib sources and package READMEs")
    ap.add_argument("--site-limit", type=int, default=200)
    ap.add_argument("--split", choices=("main", *SLICES), help="only the cases of this slice")
    ap.add_argument("--detector", choices=("secrets", "pii", "injection", "poisoning"), help="only its cases")
    ap.add_argument("--json", type=Path, help="write the summary here")
    ap.add_argument("--into", type=Path, help="write the README's detection table of this run into this README file")
    args = ap.parse_args(argv)
    cases = load(args.corpus, args.sample)
    if args.split:
        cases = [c for c in cases if split_of(c) == args.split]
    if args.detector:
        cases = [c for c in cases if c["detector"] == args.detector]
    if not cases:
        print(f"no cases under {args.corpus}", file=sys.stderr)
        return 2
    guard = LocalGuard(GuardrailPolicy())
    t = time.perf_counter()
    outcomes = [run_case(guard, c) for c in cases]
    took = time.perf_counter() - t
    print(f"{len(cases)} held-out cases from {args.corpus} in {took:.1f} s\n")
    summary = report(outcomes, args.misses)
    if args.site:
        summary["site"] = site(guard, args.site_limit)
    if args.into:
        if args.split or args.detector or args.sample or args.corpus != CORPUS:
            print("--into needs the whole corpus (no --split, --detector, --sample or --corpus)", file=sys.stderr)
            return 2
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from heldout_readme import first_runs, into_readme

        args.into.write_text(into_readme(args.into.read_text(encoding="utf-8"), summary, first_runs()), "utf-8")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

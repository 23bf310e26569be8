"""The README's detection table, written from a run of bench_heldout.py and the slices' recorded first runs."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

FIRST_RUNS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "heldout" / "first_runs.json"
HEAD = "| detector | target on unseen data |"
NAMES = {
    "secrets": "secrets",
    "pii": "personal data",
    "injection": "prompt injection",
    "poisoning": "poisoned definitions (withheld)",
}
TARGETS = {
    "secrets": ">= 85% / <= 3%",
    "pii": ">= 95% / <= 2%",
    "injection": ">= 50% (explicit >= 80%) / <= 0.5% on documentation",
    "poisoning": ">= 60% / 0 false withholds",
}
RECENT = 10
"""How many of the newest slices' first runs the table summarises."""


def first_runs(path: Path = FIRST_RUNS) -> dict[str, dict[str, Any]]:
    """Each slice's first run (percentages), oldest first."""
    data = json.loads(path.read_text(encoding="utf-8"))
    runs = {k: v for k, v in data.items() if not k.startswith("_")}
    return dict(sorted(runs.items(), key=lambda kv: int(kv[0].removeprefix("final") or 0)))


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "n/a"


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}% ({min(values):.1f}-{max(values):.1f})"


def rows(summary: dict[str, Any], runs: dict[str, dict[str, Any]]) -> list[str]:
    """The table's lines: per detector, the target, the first runs of the newest slices, the newest slice's first
    run and figures now, and all slices now."""
    recent = list(runs)[-RECENT:]
    newest = recent[-1]
    first, last = recent[0], recent[-1]
    lines = [
        f"{HEAD} first runs of `{first}`-`{last}`: recall, median (range) | false positives, median (range) "
        f"| newest slice `{newest}`: first run / now | all slices now: recall / false positives |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for det, name in NAMES.items():
        now = summary.get(det)
        if now is None:
            continue
        recall = _spread([runs[s][det]["recall"] for s in recent])
        fps = _spread([runs[s][det]["fp"] for s in recent])
        if det == "injection":
            recall += f"; explicit {_spread([runs[s][det]['explicit'] for s in recent])}"
        was = runs[newest][det]
        cell = f"{was['recall']:.1f}% / {was['fp']:.1f}% FP"
        s = now["slices"].get(newest)
        if s is not None:
            cell += f" → {_pct(s['tp'], s['pos'])} / {_pct(s['fp'], s['neg'])} FP"
        total = (
            f"{100 * now['recall']:.1f}% of {now['positives']:,} / {100 * now['fp_rate']:.1f}% of {now['negatives']:,}"
        )
        if det == "injection" and "site" in summary:
            site = summary["site"]
            total += f" (README paragraphs: {site['paragraph_hits']} of {site['paragraphs']:,})"
        lines.append(f"| {name} | {TARGETS[det]} | {recall} | {fps} | {cell} | {total} |")
    return lines


def site_line(summary: dict[str, Any]) -> str:
    """One sentence on ordinary files: the share each detector flags."""
    site = summary.get("site")
    if not site:
        return ""
    parts = []
    for label, counts in site["files"].items():
        flagged = ", ".join(
            f"{NAMES[d]} {_pct(counts.get(d, 0), counts['total'])}" for d in ("secrets", "pii", "injection")
        )
        parts.append(f"{counts['total']} {label}s: {flagged}")
    return "Ordinary files on the measuring machine flagged (`--site`): " + "; ".join(parts) + "."


def into_readme(text: str, summary: dict[str, Any], runs: dict[str, dict[str, Any]]) -> str:
    """`text` (the README) with its detection table, and the ordinary-files line under it, replaced."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith(HEAD)), None)
    if at is None:
        raise ValueError(f"the README has no table starting {HEAD!r}")
    stop = at
    while stop < len(lines) and lines[stop].startswith("|"):
        stop += 1
    if stop + 1 < len(lines) and lines[stop] == "" and lines[stop + 1].startswith("Ordinary files on the"):
        stop += 2
    new = rows(summary, runs)
    line = site_line(summary)
    if line:
        new += ["", line]
    lines[at:stop] = new
    return "\n".join(lines)

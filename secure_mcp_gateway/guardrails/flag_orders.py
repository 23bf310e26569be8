"""Orders written as a flag or a key ("--ignore-previous-instructions", "ignore_previous_instructions: true",
"ignorePreviousInstructions"): a line that holds one is read with its words apart and judged."""

from __future__ import annotations

import re
from collections.abc import Callable

from .findings import Finding
from .rereading import Rereading
from .scan import INDEX, LONG
from .short_words import SHORT

# A result that sets `ignore_previous_instructions: true` or passes `--reveal-system-prompt` asks a model that reads it
# as plainly as the sentence would, while the rules read words apart. The acts an override or a leak needs, joined to
# the next word by `_` or `-` or written in camelCase, are looked for; where one occurs, its line is read with those
# joins made spaces and judged as a tool result of its own. Ordinary flags ("--ignore-errors", "ignore_case") read as
# no order.

LEAST = 0.6
"""A flag's line counts from this score on."""
_ACTS = ("ignore", "disregard", "forget", "override", "bypass", "reveal", "dump", "leak", "print", "show", "repeat")
_CUES = tuple(
    sorted(
        {f"{a}{j}" for a in _ACTS for j in ("_", "-")}
        | {
            "ignoreprevious",
            "ignoreall",
            "ignoreprior",
            "disregardprevious",
            "disregardall",
            "forgetprevious",
            "forgetall",
            "systemprompt",
        }
    )
)
INDEX.add(_CUES)
SHORT.add(_CUES)
_JOINED = re.compile(
    r"(?<![\w-])(?:--?)?(?:" + "|".join(_ACTS) + r")(?:[_-][a-z0-9]+){1,6}\b"
    r"|(?<![\w-])(?:--?)?[a-z]+(?:[_-][a-z0-9]+){0,4}[_-](?:instructions?|prompts?|rules|guidelines|guardrails)"
    r"(?:[_-][a-z0-9]+){0,3}\b"
    r"|(?:ignore|disregard|forget|override|bypass|reveal|dump|print|show)(?:all|previous|prior|above|system|your)*"
    r"(?:instructions?|prompts?|rules|guidelines|guardrails)"
)
"""A flag or key whose words are joined ("--ignore-previous-instructions", "dump_system_prompt", in lower case
"ignorepreviousinstructions")."""
_TARGETS = re.compile(r"instruction|prompt|rules|guideline|guardrail|safety|filter|polic|restriction")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_MOST_LINES = 8
_LONGEST_LINE = 2000


def find(text: str, low: str, judge: Callable[[str], list[Finding]]) -> list[Finding]:
    """A finding over each line of `text` holding a flag or key of an override or a leak (in
    lower-cased `low`) whose words, read apart, `judge` finds an order in (of that order's kind and score)."""
    if _REREADING.inside():
        return []
    cues = _present(low)
    return _REREADING.judge(_found, text, low, judge, cues) if cues else []


_REREADING = Rereading()
"""Whether this thread is judging a line read apart (the judge reads it through `find` again)."""


def _present(low: str) -> list[str]:
    """The cues `low` holds, from the shared passes when they read the text, else one `find` per cue."""
    short = SHORT.places(low) if len(low) < LONG else None
    if short is not None:
        return [c for c in _CUES if c in short]
    where = INDEX.known(low) if len(low) >= LONG else None
    if where is not None:
        return [c for c in _CUES if (where[0].get(c) if c in where[0] else c in where[1] and c in low)]
    return [c for c in _CUES if c in low]


_MOST_LOOKS = 64
"""Lines holding a cue looked at, at most (a source file full of `print_` is read no further)."""


def _found(text: str, low: str, judge: Callable[[str], list[Finding]], cues: list[str]) -> list[Finding]:
    out: list[Finding] = []
    seen: set[int] = set()
    looks = 0
    for cue in cues:
        at = low.find(cue)
        while at >= 0 and looks < _MOST_LOOKS and len(out) < _MOST_LINES:
            lo = low.rfind("\n", 0, at) + 1
            hi = low.find("\n", at)
            hi = len(low) if hi < 0 else hi
            if hi - lo > _LONGEST_LINE:
                lo, hi = max(lo, at - _LONGEST_LINE // 2), min(hi, at + _LONGEST_LINE // 2)
            looks += 1
            if lo not in seen:
                seen.add(lo)
                if any(_TARGETS.search(m.group()) for m in _JOINED.finditer(low, lo, hi)):
                    line = _APART.sub(" ", _CAMEL.sub(" ", text[lo:hi]))
                    said = [f for f in judge(line) if f.kind != "learned"]
                    best = max(said, key=lambda f: f.score, default=None)
                    if best is not None and best.score >= LEAST:
                        out.append(Finding("injection", best.kind, lo, hi, best.score))
            at = low.find(cue, hi)
    return out


_APART = re.compile(r"(?<=\w)[_-]+(?=\w)|(?<!\w)--?(?=[A-Za-z])|=")
"""Joins made spaces: `_` and `-` between words, a flag's leading dashes, `=`."""

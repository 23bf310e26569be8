"""The rarest words of which every match of an expression holds one: a short text with none of them is not scanned.

`scan.required_words` takes the first literal every match passes through ("to" in `to\\s+(?:https?://|...)`), often
a common word that leaves the rule alive for most texts. Here every literal a match must pass through is a
candidate (a branch gives one candidate per alternative, joined), and the rarest is kept ("://" or "@" instead).
A rule with a `before` phrase finds something only where that phrase matches too, so the phrase's words are
candidates as well (the fake-error rule is led by "tool", found in most definitions, but needs "error", "failed",
"deprecated" ... before it). Parsing costs ~0.5 ms per expression, so the words of the definition rules are worked
out once, kept in `poisoning_words.py`, and looked up by a digest of the expressions (a rule not found there keeps
its own words).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .scan import FREQUENCY, _sre, _sre_parse, _stored_words

_COMMON_WORDS = frozenset(
    "a an and any all are as at be by do for from if in is it no not of on or the this to use user when with you your"
    " tool tools file data call run get set list read return returns name value type string object number id"
    " request search".split()
)
"""Words found in most definition texts whatever their rarer letters say."""


def digest(pattern: str) -> str:
    """What names an expression in the table of words."""
    return hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def key(rule: Any) -> str:
    """What names a rule in the table of words: its expression, and its `before` phrase when it has one."""
    if rule.before is None:
        return digest(rule.pattern.pattern)
    return digest(f"{rule.pattern.pattern}\0{rule.before.pattern}")


def _cost(words: list[str]) -> float:
    """How often a text holds one of `words` (a rough estimate: common words count fully, others by their
    letters' frequencies)."""
    total = 0.0
    for w in words:
        if not w or any(w.strip() in common for common in _COMMON_WORDS):  # "ool" is in every "tool"
            total += 1.0
            continue
        p = 1.0
        for ch in w:
            p *= FREQUENCY.get(ch, 0.01) / 100 * 8
        total += min(p, 1.0)
    return total


def _best(candidates: list[list[str]]) -> list[str] | None:
    return min(candidates, key=lambda ws: (_cost(ws), len(ws))) if candidates else None


def _seq(items: Any) -> list[str] | None:
    """The rarest set of words one of which every match of the sequence `items` holds, or None."""
    items = list(items)
    candidates: list[list[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _sre.LITERAL:
            word = []
            while i < len(items) and items[i][0] is _sre.LITERAL:
                word.append(chr(items[i][1]))
                i += 1
            candidates.append(["".join(word)])
            continue
        got = _one(op, av)
        if got is not None:
            candidates.append(got)
        i += 1
    return _best(candidates)


def _one(op: Any, av: Any) -> list[str] | None:
    if op is _sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None
        return _seq(av[-1])
    if op is _sre.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            got = _seq(branch)
            if got is None:
                return None
            out.extend(got)
        return sorted(set(out))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _seq(av[2])
    return None  # look-arounds, classes, anchors: nothing every match must hold


def rarest(pattern: str) -> tuple[str, ...]:
    """Words of which every match of `pattern` holds at least one, the rarest such set found; () when none (kept
    with the words of patterns a start found: a start after the first parses none of them again, see
    `scan._stored_words`)."""
    return _stored_words(pattern, 2, _rarest)


def _rarest(pattern: str) -> tuple[str, ...]:
    """`rarest`, found anew."""
    if re.compile(pattern).flags & re.IGNORECASE:
        return ()
    got = _seq(_sre_parse.parse(pattern))
    return tuple(sorted(set(got))) if got else ()


def for_rule(rule: Any) -> tuple[str, ...] | None:
    """The rarest words of which a finding of `rule` holds one, when rarer than its own words, else None: from its
    expression, or from its `before` phrase (which every finding of such a rule holds, see `injection._scan`)."""
    if rule.at_start is not None:
        return None  # a match at the very start is found without any word
    found = [w for w in (rarest(rule.pattern.pattern), rarest(rule.before.pattern) if rule.before else ()) if w]
    if not found:
        return None
    best = min(found, key=lambda ws: (_cost(list(ws)), len(ws)))
    if rule.words and _cost(list(best)) >= _cost(list(rule.words)):
        return None
    return best


def table(rules: Any) -> dict[str, tuple[str, ...]]:
    """{key of a rule: its rarer words} for the rules that have rarer words than their own."""
    out: dict[str, tuple[str, ...]] = {}
    for r in rules:
        found = for_rule(r)
        if found is not None:
            out[key(r)] = found
    return out


def module_text(rules: Any) -> str:
    """The source of `poisoning_words.py` for `rules`."""
    lines = [
        '"""Rarer words for the definition rules, by a digest of each expression (made by `rule_words.module_text`:',
        "after changing a rule, run `python -m secure_mcp_gateway.guardrails.rule_words` and `ruff format`; a rule",
        'not found here keeps its own words, which are right, only more common)."""',
        "",
        "WORDS: dict[str, tuple[str, ...]] = {",
    ]
    for key, words in sorted(table(rules).items()):
        lines.append(f"    {key!r}: {words!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    from . import poisoning

    target = Path(__file__).with_name("poisoning_words.py")
    chosen = [r for r in poisoning.CHOSEN if key(r) not in poisoning.NEEDING]  # (those keep the words given them)
    target.write_text(module_text(chosen), encoding="utf-8")
    sys.stderr.write(f"wrote {target}\n")

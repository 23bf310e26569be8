"""Crossword clues: a puzzle's wording ("14 Across: Overlook prior orders to give up the code (6)"), not orders."""

from __future__ import annotations

from . import lazy
from .findings import Finding

_MOST = 800
"""A longer text is judged as any other (a page holds more than a puzzle)."""
_KINDS = frozenset(("ignore_instructions", "prompt_leak", "new_instructions", "jailbreak", "exfiltration"))
"""The findings a clue's words may give: rules set aside, a secret asked for."""
_PUZZLE = lazy.compile(r"\b(?:across|down|clues?|crosswords?|cryptic|puzzle|anagram|enumeration)\b")
"""A word that names a crossword or a clue's place in one."""
_ENUMERATION = lazy.compile(r"\(\s*\d{1,2}(?:\s*[,-]\s*\d{1,2}){0,4}\s*\)")
"""A clue's letter count at its end ("(6)", "(4,3,5)", "(4-4)")."""
_NOT_A_CLUE = lazy.compile(
    r"://|www\.|@|\b(?:ai|llm|gpt\w*|chatbot|assistant|model|system\s+prompt|prompt|you\s+are\s+now|from\s+now\s+on"
    r"|jailbreak\w*|dan)\b|[<>{}\[\]`]"
)
"""What a clue never holds: an address, a model named or addressed, markup."""
_REACH = 100
"""How far from a finding's start its clue's letter count may end."""


def discounted(found: list[Finding], text: str) -> list[Finding]:
    """`found` with every finding taken to 0 when `text` is a short crossword whose clue each one lies in (its line
    or sentence, ending in the clue's letter count, with no address or model named)."""
    if not found or len(text) > _MOST or any(f.kind not in _KINDS for f in found):
        return found
    low = text.lower()
    if _PUZZLE.search(low) is None or _ENUMERATION.search(low) is None:
        return found
    if not all(_in_clue(low, f.start) for f in found):
        return found
    return [Finding(f.detector, f.kind, f.start, f.end, 0.0) for f in found]


def _in_clue(low: str, start: int) -> bool:
    """Whether the line from `start` ends its clue with a letter count soon, with nothing a clue never holds."""
    lo = low.rfind("\n", 0, start) + 1
    hi = low.find("\n", start)
    line = low[lo : len(low) if hi < 0 else hi]
    at = start - lo
    count = _ENUMERATION.search(line, at)
    if count is None or count.end() - at > _REACH:
        return False
    return _NOT_A_CLUE.search(line) is None

"""User-defined deny patterns: keywords (whole words, case-insensitive by default) or regular expressions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import DenyPattern
from .findings import Finding

# A keyword matches where it stands as its own word ("rm -rf" does not match "farm -rf"); a regular expression is
# used as written, so its cost is the author's choice. The kind of a finding is the pattern's `name`, or
# `pattern_<index>` with the index of the pattern in the policy's `deny_patterns` list.

DETECTOR = "deny"


def _compile(p: DenyPattern) -> re.Pattern[str]:
    flags = re.IGNORECASE if p.ignore_case else 0
    if p.regex:
        return re.compile(p.pattern, flags)
    body = re.escape(p.pattern)
    head = r"(?<!\w)" if p.pattern[:1].isalnum() or p.pattern[:1] == "_" else ""
    tail = r"(?!\w)" if p.pattern[-1:].isalnum() or p.pattern[-1:] == "_" else ""
    return re.compile(head + body + tail, flags)


class DenyMatcher:
    """The deny patterns of one direction, compiled once."""

    def __init__(self, patterns: Sequence[DenyPattern], direction: str) -> None:
        self._compiled = [
            (p.name or f"pattern_{i}", _compile(p))
            for i, p in enumerate(patterns)
            if p.pattern and p.direction in (direction, "both")
        ]

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def find(self, text: str, low: str | None = None) -> list[Finding]:
        """Every match of every pattern in `text`, empty matches ignored."""
        out = []
        for kind, pattern in self._compiled:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    out.append(Finding(DETECTOR, kind, m.start(), m.end()))
        return out

"""What a check reports (findings inside one string, hits per place, verdicts) and the lower-casing detectors share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Finding:
    """One match inside one string, by position; it never holds the matched text."""

    detector: str
    kind: str
    start: int
    end: int
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Hit:
    """What the audit trail records about one detector and kind in one place (no content)."""

    detector: str
    kind: str
    action: str
    where: str
    count: int = 1

    def describe(self) -> str:
        """A short human sentence: detector, kind, place and how many, never the matched text."""
        times = f" ({self.count} times)" if self.count > 1 else ""
        return f"{self.detector} check found {self.kind} in {self.where}{times}"


def _summary(hits: list[Hit], limit: int = 5) -> str:
    parts = [h.describe() for h in hits[:limit]]
    if len(hits) > limit:
        parts.append(f"and {len(hits) - limit} more")
    return "; ".join(parts)


@dataclass
class Verdict:
    """The outcome of checking one value (tool arguments or a result).

    `value` is the checked value, rewritten where a redaction applied (a new object; the input is never
    mutated); it is the very object that was passed in when nothing was rewritten.
    """

    value: Any
    hits: list[Hit] = field(default_factory=list)
    blocked: Hit | None = None

    @property
    def changed(self) -> bool:
        """Whether any redaction rewrote the value."""
        return any(h.action == "redact" for h in self.hits)

    def reason(self) -> str:
        """A sentence for the isError text: detector, kind and place, never the matched text."""
        if self.blocked is not None:
            return f"Blocked: the {self.blocked.describe()}."
        if not self.hits:
            return "No findings."
        return _summary(self.hits) + "."


@dataclass
class DefinitionVerdict:
    """The outcome of checking one tool, prompt or resource definition."""

    withhold: bool
    definition: dict[str, Any]
    hits: list[Hit] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def lower_aligned(text: str) -> str:
    """`text.lower()` when that keeps every position, else a lower-casing that does (İ lowers to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

"""What a check reports (findings inside one string, hits per place, verdicts) and the lower-casing detectors share."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
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


_SAME: Any = object()


@dataclass
class Verdict:
    """The outcome of checking one value (tool arguments, a result, any message's payload).

    `value` is what may be passed on: rewritten where a redaction applied (a new object; the input is never
    mutated), the very object that was passed in when nothing was rewritten. `shown` is the value with the spans
    awaiting confirmation replaced too: what remote services, logs and the audit trail may see. Actions in
    `hits`: "block" (`blocked` is the first), "confirm" (ask the user before passing `value` on), "redact",
    "flag" (pass intact, tell the model), "warn" (record only).
    """

    value: Any
    hits: list[Hit] = field(default_factory=list)
    blocked: Hit | None = None
    shown: Any = _SAME

    def __post_init__(self) -> None:
        if self.shown is _SAME:
            self.shown = self.value

    @property
    def changed(self) -> bool:
        """Whether any redaction rewrote the value."""
        return any(h.action == "redact" for h in self.hits)

    @property
    def to_confirm(self) -> list[Hit]:
        """The hits the user must allow before the value is passed on."""
        return [h for h in self.hits if h.action == "confirm"]

    @property
    def flags(self) -> list[Hit]:
        """The hits the model is told about while the content stays intact."""
        return [h for h in self.hits if h.action == "flag"]

    @property
    def redactions(self) -> list[Hit]:
        """The hits whose text was replaced."""
        return [h for h in self.hits if h.action == "redact"]

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
    if len(text) > _PIECE and not text.isascii():
        return _aligned(text, _cuts(text))
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_PIECE = 1 << 12
"""A long text that is not ASCII is lower-cased this many characters at a time: `str.lower` takes 12 bytes a
character of scratch memory for such a text (a 10 MB text would cost 126 MB at once), and reads each character
through the full Unicode tables, where a piece that is ASCII (most of prose that is ASCII but for some quotes and
accents) is lower-cased by the fast path for ASCII: 1 MB of such documentation 1.45 -> 0.55 ms."""


def _cuts(text: str) -> list[int]:
    """Where `text` is cut into pieces for lower-casing, its start and end included. A piece ends after a space or a
    line break, where lower-casing does not depend on the next piece (only a final sigma looks at its neighbours,
    across letters and marks only)."""
    cuts = [0]
    while len(text) - cuts[-1] > _PIECE:
        at = cuts[-1] + _PIECE
        cut = text.find(" ", at, at + _PIECE) + 1 or text.find("\n", at, at + _PIECE) + 1
        if not cut:
            found = [x for x in (text.find(" ", at), text.find("\n", at)) if x >= 0]
            if not found:
                break
            cut = min(found) + 1
        cuts.append(cut)
    if cuts[-1] < len(text):
        cuts.append(len(text))
    return cuts


def _aligned(text: str, cuts: list[int]) -> str:
    """What `lower_aligned` gives, lower-cased piece by piece (see `_cuts`)."""
    low = lowered(text, cuts)
    if len(low) == len(text):
        return low
    del low
    return "".join("".join(c.lower() if len(c.lower()) == 1 else c for c in text[a:b]) for a, b in pairwise(cuts))


def lowered(text: str, cuts: list[int] | None = None) -> str:
    """`text.lower()`, a piece at a time for a long text that is not ASCII (see `_cuts`)."""
    if len(text) <= _PIECE or text.isascii():
        return text.lower()
    cuts = cuts if cuts is not None else _cuts(text)
    return "".join([text[a:b].lower() for a, b in pairwise(cuts)])

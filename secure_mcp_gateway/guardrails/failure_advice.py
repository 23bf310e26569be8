"""Advice about failures: what to do when a call fails ("stop and report the error"), what fails without an error."""

from __future__ import annotations

from . import lazy

# A tool that changes things often says what to do when it fails: stop, tell the user, and not go around the failure
# with other tools. "Do not try other tools" said there keeps the model from acting further on its own; said with no
# failure before it ("Do not try other tools; this one is the only accurate source") it steers the model to this
# tool and is read as before.

_REFUSAL = lazy.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:do\s+not|don'?t|never)\s+(?:try|use|call|attempt|retry\s+with|fall\s+back\s+(?:on|to))"
    r"\s+(?:any\s+)?(?:the\s+)?(?:other|another|different|alternative)\s+(?:[\w-]+\s+)?(?:tools?|functions?|servers?"
    r"|approach(?:es)?|ways?|methods?|routes?)(?:\s+instead)?\s*[.;!]?\s*$"
)
"""A bare refusal of other tools at the end of a sentence: no reason given, nothing said of the others."""
_FAILED = lazy.compile(
    r"\b(?:if|when|whenever|on|upon|after|in\s+case\s+of)\b[^.;]{0,60}?\b(?:fails?|failed|failing|failures?|errors?"
    r"|unsuccessful|times?\s+out|timed\s+out|is\s+rejected|are\s+rejected|is\s+denied|does\s+not\s+succeed)\b"
)
_STOP = lazy.compile(
    r"\b(?:stop|halt|abort|give\s+up|report\s+(?:it|this|that|back|(?:the|this|that|an|any)\s+(?:[\w-]+\s+)?(?:error"
    r"|failure|problem|message))|tell\s+the\s+user|let\s+the\s+user\s+know|ask\s+the\s+user)\b"
)
_BEFORE = 200
"""How far back the failure and the stop are looked for (the same sentence or the one or two before)."""


def after_failure(low: str, start: int, end: int) -> bool:
    """Whether the lower-cased `low[start:end]` ends in a bare refusal of other tools that follows advice to stop and
    tell the user when a call fails."""
    refusal = _REFUSAL.search(low[start:end])
    if refusal is None:
        return False
    cut = start + refusal.start()
    before = low[max(0, cut - _BEFORE) : cut]
    return _FAILED.search(before) is not None and _STOP.search(before) is not None


_SECRECY_WORD = lazy.compile(r"\b(?:silently|quietly)\b")
_PITFALL = lazy.compile(
    r"\b(?:silently|quietly)\s+(?:returns?|returning|produces?|gives?|yields?|gets?|reads?|fetch(?:es)?|matches?)\s+"
    r"(?:back\s+)?(?:the\s+|an?\s+|no\s+)?(?:wrong|incorrect|bad|empty|stale|partial|truncated|invalid|unexpected|no"
    r"|nothing|outdated|mismatched|misleading)\b"
    r"|\b(?:silently|quietly)\s+(?:fails?|failing|ignored|ignores|dropped|drops|truncated|truncates|skipped|skips"
    r"|discarded|discards|overwritten|overwrites|corrupt\w*|breaks?|misbehaves?|lost|loses|falls?\s+back)\b"
)
"""A pitfall warned of: what goes wrong without an error ("guessing them will silently return the wrong data")."""


def silent_pitfall(sentence: str) -> bool:
    """Whether every "silently" or "quietly" in the lower-cased `sentence` tells of something going wrong unseen (a
    warning to the reader), not of an act kept from the user."""
    spans = [m.span() for m in _PITFALL.finditer(sentence)]
    return bool(spans) and all(any(a <= m.start() < b for a, b in spans) for m in _SECRECY_WORD.finditer(sentence))

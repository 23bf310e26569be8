"""A guardrail service's reasons with what they quote of the text it judged left out."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
_EDGES = "\"'`()[]{}<>,;:.!?«»“”‘’"
QUOTED = "…"


def unquoted(reasons: list[str], judged: list[str]) -> list[str]:
    """`reasons` with each word that is a piece of `judged` (a value: 8 characters or more, or 3 or more with a digit
    or an @) replaced by "…": a reason goes to the client, the audit and the cache, and what it quotes may be the
    secret or address a block withholds."""
    if not reasons or not judged:
        return reasons
    text = "\x00".join(judged)

    def masked(match: re.Match[str]) -> str:
        word = match.group()
        core = word.strip(_EDGES)
        if len(core) < 3 or (len(core) < 8 and "@" not in core and not any(c.isdigit() for c in core)):
            return word
        if core not in text:
            return word
        at = word.index(core)
        return word[:at] + QUOTED + word[at + len(core) :]

    return [_WORD.sub(masked, reason) for reason in reasons]

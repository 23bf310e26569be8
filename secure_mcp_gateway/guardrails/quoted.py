"""A guardrail service's reasons with what they quote of the text it judged left out."""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
_EDGES = "\"'`()[]{}<>,;:.!?«»“”‘’"
QUOTED = "…"


def unquoted(reasons: list[str], judged: list[str]) -> list[str]:
    """`reasons` with each word that is a value found in `judged` replaced by "…" (3 characters or more with a digit
    or an @; 8 or more otherwise, unless a plain lower-case word): a reason goes to the client, the audit and the
    cache, and what it quotes may be the secret, address or name a block withholds."""
    if not reasons or not judged:
        return reasons
    text = "\x00".join(judged)

    def masked(match: re.Match[str]) -> str:
        word = match.group()
        core = word.strip(_EDGES)
        if "@" in core or any(c.isdigit() for c in core):
            if len(core) < 3:
                return word
        elif len(core) < 8 or (core.isalpha() and core.islower()):  # (an ordinary word: "instructions")
            return word
        if core not in text:
            return word
        at = word.index(core)
        return word[:at] + QUOTED + word[at + len(core) :]

    return [_WORD.sub(masked, reason) for reason in reasons]

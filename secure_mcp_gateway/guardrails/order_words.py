"""Words that make a text an order whatever its form: harm, a part without limits, dictated output, quotes, and
the stems of the model's orders and secrets inside compounds."""

from __future__ import annotations

import re

HARM = frozenset(
    "hack hacking hacker malware virus ransomware exploit bomb weapon weapons explosive explosives meth napalm drug "
    "drugs steal stealing illegal kill poison lockpick phishing".split()
)
"""Words of harm: a text holding one is judged as any other text."""

_LICENCE = frozenset(
    "refuse refuses refusing refusal decline declines declining comply complies complying compliant obey obeys obeying"
    " anything everything whatever whatsoever unlimited limitless boundaries boundary censored allowed permitted"
    " forbidden banned matter alles ablehnen ablehnt verweigern verweigert weigerst tout refuser refuses refuse todo"
    " nada niega negarte rechazar qualsiasi tutto rifiutare rifiuti qualquer tudo recusar recusa weigeren weiger"
    " всё все отказывай отказываться".split()
)
"""Words of a part that answers anything ("never refuses", "always complies", "no matter what", "alles"): a part
without rules, however it is worded."""
_UNBOUND = (
    "limit constrain censor polic ethic moral filter restrict rule guideline principle boundar safeguard safety"
    " guardrail evil malicious rogue rude toxic insult offens free unbound unchain einschränk grenze zensur regel"
    " schrank limite censur filtre restricci límite regla limitazion restrizion regol regra restriç beperking"
    " ограничен цензур правил фильтр"
).split()
"""Stems of limits and their absence ("no content policy", "without constraints", "sin censura") and of a part
made to harm ("evil", "toxic")."""
_UNBOUND_STEMS = tuple(_UNBOUND)


def unbound(words: set[str]) -> bool:
    """Whether `words` name a part that answers anything or is free of limits ("never refuses", "no content policy",
    "without any filter", "evil", "sin censura"), in any inflection: a part without rules, however it is worded."""
    return not _LICENCE.isdisjoint(words) or any(w.startswith(_UNBOUND_STEMS) for w in words)


DICTATED = frozenset(
    "say says saying print output type pwned hacked gehackt sag sage dis dites di diga digas dica dizer zeg zeggen"
    " скажи напиши".split()
)
"""Words of output dictated to the model ("... and say 'I have been PWNED'"): a correction does not hold them."""
QUOTE = re.compile(r"[\"“”«»„]|(?<![^\W\d_])'")
"""A quotation mark (an apostrophe only where it cannot be one inside a word)."""
ORDER_STEMS = ("prompt", "anweisung", "instruktion", "passwort", "kennwort", "geheimnis", "zugangsdaten")
"""Stems of the model's orders and secrets inside compounds ("Systemprompt", "Geheimanweisungen", "Adminpasswort"):
a correction holding one is judged as any other text."""


def names_an_order(words: set[str]) -> bool:
    """Whether one of `words` holds the stem of an order's or a secret's word (`ORDER_STEMS`)."""
    return any(stem in w for w in words for stem in ORDER_STEMS)

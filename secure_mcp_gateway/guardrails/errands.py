"""Errands for people that share an order's words ("send your setup notes to the onboarding team by Friday", "from
now on you can answer customer calls without restrictions"): weakened when nothing names a model."""

from __future__ import annotations

from . import lazy
from .findings import Finding

# An order to a model is read from its words (set aside the rules, show the setup, answer without limits); the same
# words given to a person come with what only a person's errand holds: a deadline or an hour, a desk or an office,
# a team or a department to hand something to, customers' calls and tickets, a device's settings, a dose of a
# medicine or a feed (an amount of money or an account is not one: an attack moves money too). A short text with one
# of those and no word that names a model, its prompt or its secrets is a notice to people, and its findings are
# weakened as `people_orders` weakens a greeted notice.

_DISCOUNT = 0.45
"""What an errand takes off a finding's score (as a greeted notice to people)."""
_MOST = 600
"""A longer text is judged as any other (a page holds more than one errand)."""
_KINDS = frozenset(("ignore_instructions", "new_instructions", "prompt_leak", "jailbreak", "learned"))
"""The findings an errand may carry: rules set aside or lifted, something asked for, a new regime."""

_ERRAND = lazy.compile(
    # a deadline, a day or an hour ("by friday", "on monday", "before 5 pm", "within four hours")
    r"\b(?:by|before|until|till|due)\s+(?:the\s+|next\s+|end\s+of\s+(?:the\s+)?)?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|tomorrow|tonight|noon|eod|week|month|day|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)\b)"
    r"|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bwithin\s+(?:\d+|one|two|three|four|five|six|twelve|twenty-four|24|48)\s+(?:hours?|days?|minutes?|business)"
    # a desk, an office, a team or a department to go to or hand something to
    r"|\b(?:front|reception|help|service|check-in)\s+desk\b|\b(?:to|at|with)\s+(?:the\s+|our\s+|your\s+)?"
    r"(?:[\w-]+\s+)?(?:team|department|office|reception|hr|it\s+desk|manager|supervisor|coordinator|teacher"
    r"|front\s+desk|registrar|payroll|warehouse)\b"
    # customers, clients and their calls, tickets and orders; a device's settings
    r"|\b(?:customer|client|guest|patient)s?(?:['’]s?)?\s+(?:calls?|tickets?|orders?|requests?|questions?)\b"
    r"|\b(?:aux\s+clients|a\s+los\s+clientes|den\s+kunden|ai\s+clienti|aos\s+clientes)\b"
    r"|\b(?:respond|reply|answer)\s+to\s+(?:tickets|customers|clients|guests|emails|calls)\b"
    r"|\b(?:camera|device|phone|router|printer|app|tv)\s+settings\b"
    # a dose of a medicine or a feed ("1/2 tablet twice daily", "10 units before breakfast", "2 cups of kibble")
    r"|\b\d+(?:[./]\d+)?\s*(?:mg|mcg|ml|iu|units?|tablets?|tabs?|capsules?|caps?|pills?|drops?|puffs?|cups?|scoops?"
    r"|sachets?|teaspoons?|tsp)\b|\b(?:half|one|two|three|a)\s+(?:a\s+)?(?:tablet|capsule|pill|scoop|teaspoon|cup)s?\b"
    r"|\b(?:once|twice|three\s+times|four\s+times)\s+(?:a\s+day|daily|weekly)\b|\bevery\s+\d{1,2}\s+hours\b"
)
"""What only a person's errand holds."""
_MODEL = lazy.compile(
    r"\b(?:ai|a\.i\.|llm|gpt\w*|chatbot|bot|assistant|model|language\s+model|system\s+prompt|prompt|jailbreak\w*|dan"
    r"|developer\s+mode|god\s+mode|guardrails?|content\s+polic(?:y|ies)|censor\w*|filters?|refus\w*|verbatim"
    r"|word\s+for\s+word|hidden|secret\w*|password\w*|passcode|api\s+keys?|tokens?|credentials?|private\s+keys?"
    r"|ssh|\.env|https?|www|exfiltrat\w*|hack\w*|pwn\w*|unrestricted|uncensored|unfiltered|no\s+limits|anything"
    r"|everything|previous\s+instructions|prior\s+instructions|above\s+instructions|instructions\s+above|tools?"
    r"|\w+_\w+|funds|every\s+question|any\s+question|limitations|no\s+limit\w*|new\s+(?:task|instructions))\b"
    r"|[@<>{}\[\]`]|ignore\s+all"
)
"""What names a model, its prompt or secrets, or an order's payload: never a person's errand."""


def discounted(found: list[Finding], text: str) -> list[Finding]:
    """`found` with every finding weakened when `text` is a short errand for people (see the module)."""
    if not found or len(text) > _MOST or any(f.kind not in _KINDS for f in found):
        return found
    if _ERRAND.search(text) is None or _MODEL.search(text) is not None:
        return found
    return [Finding(f.detector, f.kind, f.start, f.end, round(max(0.0, f.score - _DISCOUNT), 2)) for f in found]

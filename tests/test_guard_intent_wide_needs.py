"""A wide rule whose every match holds a character of a choice outside ASCII is not read on a text that holds none
of them: the choice is read from the rule's expression only where every branch needs it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from secure_mcp_gateway.guardrails import intent
from secure_mcp_gateway.guardrails.findings import lower_aligned


def test_the_characters_every_match_needs_are_read_from_each_branch() -> None:
    needed = intent._outside_needed(
        "[Ꭰ-Ᏼ][^.]{0,9}?(?:system|hidden)\\s+prompt|(?:system|hidden)\\s+prompt.{0,9}?[ሀ-ሆ]"
    )
    assert needed == ((ord("Ꭰ"), ord("Ᏼ")), (ord("ሀ"), ord("ሆ")))
    assert intent._outside_needed("(?:[Ꭰ-Ᏼ]+)x") == ((ord("Ꭰ"), ord("Ᏼ")),)


def test_no_characters_are_needed_where_a_branch_or_a_repeat_may_do_without() -> None:
    assert intent._outside_needed("[Ꭰ-Ᏼ]x|system prompt") is None  # a branch without one
    assert intent._outside_needed("[Ꭰ-Ᏼ]?system prompt") is None  # optional
    assert intent._outside_needed("[Ꭰ-Ᏼa-z]x") is None  # the choice holds ASCII letters too
    assert intent._outside_needed("[^Ꭰ-Ᏼ]x") is None  # a negated choice
    assert intent._outside_needed("(?i)[Ꭰ-Ᏼ]x") is None  # case folding


class _Spy:
    """A rule's expression that tells whether it was run."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.runs = 0

    def finditer(self, *args: object) -> object:
        self.runs += 1
        return self.pattern.finditer(*args)  # type: ignore[arg-type]

    def match(self, *args: object) -> object:
        self.runs += 1
        return self.pattern.match(*args)  # type: ignore[arg-type]


def test_a_text_without_the_characters_is_not_read_by_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    wide = intent._wide()
    assert wide.needs, "no wide rule needs a choice of characters outside ASCII"
    spies = {}
    rules = list(intent._WILD)
    for i in wide.needs:
        spies[i] = _Spy(rules[i].pattern)
        rules[i] = dataclasses.replace(rules[i], pattern=spies[i])
    monkeypatch.setattr(intent, "_WILD", tuple(rules) if isinstance(intent._WILD, tuple) else rules)
    filler = "une ligne écrite en français, sans rien d'autre\n" * 200
    intent._wild(lower_aligned(filler + "the system prompt and the hidden instructions\n" + filler), "injection")
    assert all(spy.runs == 0 for spy in spies.values())
    for i in wide.needs:
        char = next(chr(c) for lo, hi in wide.needs[i] for c in range(lo, hi + 1) if chr(c).lower() == chr(c))
        gate = " ".join(wide.gates.get(i, ()))  # (a rule with a gate is read where the text holds one of its words)
        intent._wild(lower_aligned(filler + f"{char} the system prompt {gate}\n" + filler), "injection")
        assert spies[i].runs > 0, i

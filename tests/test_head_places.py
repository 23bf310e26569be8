"""A head's places found one phrase at a time are the places of the head read whole."""

from __future__ import annotations

import random
import re

import pytest

from secure_mcp_gateway.guardrails import against_user, head_places, injection

HEADS = [
    against_user._SUMMING,
    r"(?:when|while)\s+(?:you\s+)?(?:read\w*|see\w*)|in\s+(?:your|the)\s+(?:notes?|answer)",
    r"(?:[]|]|ab)c+|(?:x|y)?z|(?:q|r)\b(?<=r)",
    r"(?:a|ab)(?:c|bcd)|[(|)]d",
]
WORDS = [
    "when", "while", "you", "summarizing", "summary", "summaries", "of", "about", "on", "this", "in", "your", "the",
    "any", "answer", "answers", "reply", "reading", "notes", "ab", "abc", "bcd", "c", "]c", "|c", "z", "xz", "q", "r",
    "(d", "|d", "\n", ".", "  ", "wh", "replies", "overview",
]  # fmt: skip


@pytest.mark.parametrize("head", HEADS)
def test_places_are_where_the_whole_head_matches(head: str) -> None:
    whole = re.compile(f"(?={head})")
    rng = random.Random(5)
    for _ in range(300):
        low = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
        expected = [m.start() for m in whole.finditer(low)]
        assert head_places.places(head, low, len(low) + 1) == expected, (head, low)
        if expected:
            assert head_places.places(head, low, len(expected) - 1) is None


def test_a_choice_that_leads_is_split_into_its_phrases() -> None:
    assert head_places.pieces(r"(?:when|while)\s+x|in\s+(?:a|b)") == (r"when\s+x", r"while\s+x", r"in\s+(?:a|b)")
    assert head_places.pieces(r"(?:a|b)+c") == (r"(?:a|b)+c",)  # a repeated choice is kept whole
    assert head_places.pieces(r"(a)\1|b") is None  # a back-reference: read whole
    assert head_places.places(r"(a)\1|b", "aab", 9) is False


def test_the_rules_heads_are_read_one_phrase_at_a_time() -> None:
    heads = {r.head for rules in (injection.RULES, injection.EAGER_RULES) for r in rules if r.head is not None}
    assert heads
    for head in heads:
        assert head.pattern.startswith("(?=")
        split = head_places.pieces(head.pattern[3:-1])
        assert split is not None and len(split) > 2

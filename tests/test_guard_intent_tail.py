"""What a rule's `before` phrase must end with, told at a glance: never stricter than the phrase's own search."""

from __future__ import annotations

import dataclasses
import random

import pytest

from secure_mcp_gateway.guardrails import intent

_PIECES = (
    "the", "your", "that", "this", "its", "bathe", "secret", "real", "admin", "magic", "hidden", " ", "  ", "\t", "\n",
    "\u00a0", "\u2003", "x", ".", "write", "print", "spell", "encode", "backwards", "in reverse", "letter by letter",
    "each letter separated by a dash", "and print it", "just", "password", "tell me",
)  # fmt: skip


def test_a_before_phrase_is_found_only_where_its_tail_is() -> None:
    """For each rule with a `tail`: wherever `_tailed` says no, the `before` phrase's own search finds nothing."""
    rules = [r for r in intent._WILD if r.tail is not None]
    assert rules
    rng = random.Random(11)
    found = 0
    for _ in range(2000):
        low = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14)))
        for at in range(len(low) + 1):
            for r in rules:
                assert r.before is not None and r.tail is not None
                hit = r.before.search(low, max(0, at - r.window), at) is not None
                found += hit
                assert intent._tailed(low, at, *r.tail) or not hit, (low, at)
    assert found > 500  # the phrases were there often enough to tell (~830 times)


def test_the_tail_wants_blanks_after_the_owner_and_its_kind() -> None:
    words, kinds = intent._OWNERS, intent._OWN_KINDS
    assert intent._tailed("write the ", 10, words, kinds)
    assert intent._tailed("write your real\u00a0 ", 16, words, kinds)
    assert not intent._tailed("write the", 9, words, kinds)
    assert not intent._tailed("write the realx ", 16, words, kinds)
    assert not intent._tailed("write the real secret ", 22, words, kinds)


def test_blanks_back_stops_where_the_blanks_before_a_place_start() -> None:
    """Runs of blanks of any length, any of `\\s`, seen from every place (reading back a piece at a time)."""
    rng = random.Random(13)
    blanks = [" ", "\t", "\n", "\u00a0", "\u2003", "\x1c"]
    for _ in range(300):
        low = "".join(rng.choice(["x", ".", *blanks, " " * rng.randint(20, 90)]) for _ in range(rng.randint(0, 12)))
        for at in range(len(low) + 1):
            k = at
            while k > 0 and low[k - 1].isspace():
                k -= 1
            assert intent._blanks_back(low, at) == k, (low, at)


def test_places_with_the_tail_are_those_tailed_says_yes_to() -> None:
    """The one-loop filter keeps exactly the places `_tailed` holds for (blank runs longer than a piece read too)."""
    words, kinds = intent._OWNERS, intent._OWN_KINDS
    rng = random.Random(14)
    kept = 0
    for _ in range(600):
        pieces = [*_PIECES, " " * rng.randint(25, 70), "x" * rng.randint(25, 40), "the" + " " * rng.randint(29, 40)]
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        starts = list(range(len(low) + 1))
        expected = [at for at in starts if intent._tailed(low, at, words, kinds)]
        assert intent._with_tail(low, starts, words, kinds) == expected, low
        kept += len(expected)
    assert kept > 300


_GAME = (
    "write", "print", "encode", "tell me", "the", "your", "its", "real", "admin", " ", "  ", "\n", ".", ",",
    "password", "passwords", "secret", "secret code", "code word", "pin code", "access code", "magic word",
    "pass phrase",
    "backwards", "in reverse", "letter by letter", "with a dash between each", "in base64", "and print it", "just",
    "but spell", "policy", "x",
)  # fmt: skip


def test_places_without_the_tail_left_untried_give_the_same_findings() -> None:
    """The rules with a `tail` find the same with and without it (a place inside a match that was not tried, such as
    "code word" in "the secret code word", is never the only one with the tail)."""
    rng = random.Random(12)
    untailed = tuple(dataclasses.replace(r, tail=None) for r in intent._WILD)
    found = 0
    for _ in range(3000):
        low = " ".join(rng.choice(_GAME) for _ in range(rng.randint(1, 16)))
        with_tail = intent._wild(low, "injection")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(intent, "_WILD", untailed)
            assert intent._wild(low, "injection") == with_tail, low
        found += len(with_tail)
    assert found > 200

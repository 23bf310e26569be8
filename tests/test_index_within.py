"""A short text found inside the last short text the shared index read is answered from that pass: the same answer
as a pass of its own, and no second pass."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import scan

PLACED = ("token", "ok", "oko", "pass", "user", "id")
ONCE = ("secret", "msh|", "key")
"""Words nobody needs the places of: the pass reports each once, the answer names them unknown."""

PIECES = (
    *PLACED,
    *ONCE,
    "k",
    "o",
    " ",
    "\n",
    "\x00",
    "x",
    "é",
    "?",
    "okok",
    "user_id",
    "tok",
    "en",
    "se",
    "cret",
    "ke",
)
"""What the texts are made of: the words, and pieces of them that make a word across a part's ends."""


def _index() -> scan.Index:
    index = scan.Index()
    index.add(set(PLACED))
    index.add(set(ONCE), where=False)
    assert index.prepare()
    return index


def _text(rng: random.Random, least: int) -> str:
    """At least `least` characters, mostly filler: a word found more than once is unknown, its places not told."""
    out = ""
    while len(out) < least:
        out += rng.choice(PIECES) if rng.random() < 0.02 else "x y\n"
    return out


def test_a_part_of_the_text_just_read_gets_the_answer_of_its_own_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    rng = random.Random(11)
    joined, alone = _index(), _index()
    passes: list[str] = []
    few = scan._Fast._few

    def counted(self: scan._Fast, low: str, most: int, scratch: object) -> object:
        passes.append(low)
        return few(self, low, most, scratch)

    monkeypatch.setattr(scan._Fast, "_few", counted)
    for _ in range(1500):
        part = rng.choice(PIECES) + _text(rng, scan.SHORT + 1 + rng.randrange(600)) + rng.choice(PIECES)
        head = "".join(rng.choice(PIECES) for _ in range(rng.randrange(3)))
        tail = "".join(rng.choice(PIECES) for _ in range(rng.randrange(3)))
        whole = _text(rng, rng.randrange(200)) + head + rng.choice(("\n\x00\n", "")) + part + tail
        if len(whole) >= scan.LONG:
            continue
        joined.find(whole)
        passes.clear()
        got = joined.find(part)
        assert passes == []
        alone._ready[0].local.recent = None  # (its last text may hold this one too)
        assert got == alone.find(part), part
        assert passes == [part]


def test_a_text_not_inside_the_last_one_is_read_by_a_pass_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    index = _index()
    first = "user token " * 60
    other = "token user " * 40 + "secret"
    index.find(first)
    found, unknown = index.find(other)
    assert "secret" in unknown and "token" in unknown and "user" in unknown and "pass" not in found

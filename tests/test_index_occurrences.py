"""`occurrences` on the text the shared index read last takes a word's places from that reading: the same places a
scan finds (overlapping ones too), for words found, found too often, and found nowhere."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import scan

PLACED = ("aba", "token", "pass", "password", "-p ")
ONCE = ("secret",)
PIECES = (*PLACED, *ONCE, "ab", "a", "b", "tok", "en", "x", " ", "\n", "é", "?", "-p")


def _scan(text: str, word: str) -> list[int]:
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _text(rng: random.Random, size: int, dense: float) -> str:
    out = []
    n = 0
    while n < size:
        out.append(rng.choice(PIECES) if rng.random() < dense else "xy z\n")
        n += len(out[-1])
    return "".join(out)


@pytest.mark.parametrize("accelerate", [True, False])
def test_places_from_the_index_are_those_a_scan_finds(monkeypatch: pytest.MonkeyPatch, accelerate: bool) -> None:
    if accelerate:
        pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", accelerate)
    index = scan.Index()
    index.add(set(PLACED))
    index.add(set(ONCE), where=False)
    index.prepare()
    monkeypatch.setattr(scan, "INDEX", index)
    rng = random.Random(7)
    for size, dense in ((3000, 0.01), (40_000, 0.01), (300_000, 0.002), (40_000, 0.3), (300_000, 0.3)):
        text = _text(rng, size, dense)  # (words found rarely have their places told; often, they are unknown)
        found, unknown = index.find(text)
        assert found or unknown  # (the index read it: its answer is what `occurrences` takes)
        for word in (*PLACED, *ONCE, "abab", "nowhere", "é"):
            got = scan.occurrences(text, word)
            assert got == _scan(text, word), (size, dense, word)
            got.append(-1)  # a caller's list is its own: the index's answer is not changed
            assert scan.occurrences(text, word) == _scan(text, word)


def test_a_word_the_index_found_nowhere_is_found_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    index = scan.Index()
    index.add({"token"})
    index.prepare()
    monkeypatch.setattr(scan, "INDEX", index)
    text = "x" * 5000 + " token " + "y" * 5000
    index.find(text)
    assert scan.occurrences(text, "token") == [5001]
    assert scan.occurrences(text, "pass") == []  # not among the index's words: scanned
    other = text.replace("x", "pass ", 1)
    assert scan.occurrences(other, "pass") == [0]  # another text: scanned

"""A long text that differs from one the shared index just read in a few spans only (a fold of it, a reading copy
with its marks blanked) gets its answer from that pass's places, moved, and passes over the spans: the same answer
as a pass of its own."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import scan

PLACED = ("token", "ken", "ok", "oko", "pass", "password", "word", "user", "id")
ONCE = ("secret", "<tr", "key")
"""Words nobody needs the places of: the pass reports each once (a piece at a time), the answer names them unknown."""

PIECES = (*PLACED, *ONCE, "k", "o", " ", "\n", "x", "é", "\u0301", "?", "okok", "user_id", "tok", "en", "cret", "<t")
"""What the texts are made of: the words, and pieces of them that make a word across an edit's ends."""


def _index() -> scan.Index:
    index = scan.Index()
    index.add(set(PLACED))
    index.add(set(ONCE), where=False)
    assert index.prepare()
    return index


def _text(rng: random.Random, least: int, often: float) -> str:
    out = []
    size = 0
    while size < least:
        piece = rng.choice(PIECES) if rng.random() < often else "x y\n"
        out.append(piece)
        size += len(piece)
    return "".join(out)


def _edited(rng: random.Random, text: str) -> str:
    """`text` with a few spans replaced by shorter, longer or as long ones (a fold, a blanked mark), some where a
    word reported once first stands (the place its pass reported)."""
    for _ in range(rng.randrange(1, 8)):
        at = text.find(rng.choice(ONCE)) if rng.random() < 0.3 else -1
        at = rng.randrange(len(text) + 1) if at < 0 else at
        size = rng.choice((0, 1, 2, 5, 40))
        kind = rng.random()
        new = " " * size if kind < 0.3 else "".join(rng.choice(PIECES) for _ in range(rng.randrange(4)))
        text = text[:at] + new + text[at + size :]
    return text


@pytest.mark.parametrize("seed", range(3))
def test_a_near_copy_of_the_text_just_read_gets_the_answer_of_its_own_pass(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    monkeypatch.setattr(scan, "PIECE", 4096)  # (several pieces in a few pages)
    rng = random.Random(seed)
    joined, alone = _index(), _index()
    passes: list[str] = []
    lean = scan._Fast._lean

    def counted(self: scan._Fast, low: str, *args: object) -> object:
        passes.append(low)
        return lean(self, low, *args)

    monkeypatch.setattr(scan._Fast, "_lean", counted)
    for _ in range(20):
        text = _text(rng, rng.randrange(scan.LONG, 14000), rng.choice((0.02, 0.3)))
        copy = _edited(rng, text)
        joined.find(text)
        passes.clear()
        got = joined.find(copy)
        if scan.differing(text, copy) is not None:
            assert passes == []
        alone.forget()
        want = alone.find(copy)
        assert got == want
        assert list(got[0]) == list(want[0])
        assert joined.kept(copy, scan._FAR) == alone.kept(copy, scan._FAR)


def test_a_text_unlike_the_last_one_is_read_by_a_pass_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    rng = random.Random(5)
    index = _index()
    index.find(_text(rng, 5000, 0.1))
    other = _text(rng, 5000, 0.1)
    assert scan.differing(index._last[0], other) is None  # type: ignore[index]
    alone = _index()
    assert index.find(other) == alone.find(other)


_PAGE = "".join(random.Random(3).choices("abcdefgh \n", k=9000))


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        (_PAGE, _PAGE, []),
        (_PAGE, _PAGE[:3000] + "XY" + _PAGE[3002:], [(3000, 3008, 3000, 3008)]),
        (_PAGE, _PAGE[:4000] + "Z" + _PAGE[4000:], [(4000, 4008, 4000, 4009)]),
        (_PAGE, _PAGE[:5000] + _PAGE[5001:], [(5000, 5008, 5000, 5007)]),
        (_PAGE + "tail", _PAGE, [(9000, 9004, 9000, 9000)]),
        ("abc" * 3000, "abc" * 1000 + "abX" + "abc" * 1999, None),  # (found again at another period: still true)
        (_PAGE, _PAGE[4500:] + _PAGE[:4500], "none"),
    ],
)
def test_where_two_texts_differ(a: str, b: str, spans: list[scan.Span4] | str | None) -> None:
    got = scan.differing(a, b)
    if spans == "none":
        assert got is None
        return
    assert got is not None
    if spans is not None:
        assert got == spans
    i = j = 0  # every other character stands in both, in order
    for a_lo, a_hi, b_lo, b_hi in got:
        assert a[i:a_lo] == b[j:b_lo]
        i, j = a_hi, b_hi
    assert a[i:] == b[j:]

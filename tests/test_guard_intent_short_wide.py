"""Other languages' cues in a short text outside ASCII: placed from one pass for all of them, where a `find` per cue
placed them before."""

from __future__ import annotations

import random

import pytest

from secure_mcp_gateway.guardrails import intent, scan
from secure_mcp_gateway.guardrails.findings import lower_aligned

_CUES = intent._ML_ANCHORS
_PIECES = (
    *_CUES[::4],
    *_CUES[1::9],
    "ignorignor",
    "esquesque",
    "вказівказівк",
    "ルールール",
    "ملزملزم",
    "игнориригнорир",
    "忽略忽略之前的指令",
    "ignore the previous ",
    "instructions",
    "für die Übersicht",
    "café résumé",
    "naïve\ud800 ",
    " ",
    "\n",
    "—",
)


_OVERLAPPING = ("вказівказівк", "ルールール", "ملزملزم")


def _text(rng: random.Random) -> str:
    out = ""
    size = rng.choice((8, 60, 300, 1000))
    while len(out) < size:
        out += rng.choice(_PIECES) if rng.random() < 0.4 else "plain words "
    return out


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("seed", range(12))
def test_the_cues_found_are_those_the_find_loops_give(seed: int, fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """With and without Hyperscan, the places are those a `find` per cue gives, for texts up to `_LONG`."""
    if fast:
        if not intent._ML_HEADS.prepare():
            pytest.skip("hyperscan is not installed")
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
    rng = random.Random(seed)
    placed = overlapped = 0
    for k in range(25):
        # the first text opens with a cue that overlaps itself, whatever the lexicon's size makes the draws pick
        low = lower_aligned(("" if k else rng.choice(_OVERLAPPING)) + _text(rng))[: intent._LONG]
        if low.isascii():
            continue
        for definition in (False, True):
            got = intent._anchors(low, definition)
            with monkeypatch.context() as m:
                m.setattr(intent, "_ml_placed", lambda low, at, rest: False)
                assert got == intent._anchors(low, definition), low
            placed += len(got)
            overlapped += any(w + w[1:] in low or w + w[2:] in low for w in ("esque", "вказівк", "ルール", "ملزم"))
    assert placed > 0
    assert overlapped > 0  # cues that overlap themselves: the loops keep only the first of two that overlap


def test_a_text_whose_cues_pass_the_most_is_read_per_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cues past `_MAX_ANCHORS` are left to the `find` loops, which keep the first ones met, as before."""
    monkeypatch.setattr(intent, "_MAX_ANCHORS", 5)
    low = lower_aligned("игнорируй " * 8)
    assert intent._ml_placed(low, [], []) is False
    assert intent._anchors(low) == [0, 10, 20, 30, 40]

"""`scan.Heads`: the answers for the words found only (`found`, `present`) agree with `find`, with and without
Hyperscan."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import scan

WORDS = ["café", "naïve", "über", "straße", "to", "tot", "日本"]
TEXTS = [
    "",
    "un café naïve, über die straße",
    "tot to toto café café 日本語 über",
    "plain ascii text with nothing",
    "naïve\ud800 café",  # a lone surrogate, as a decoded escape can leave
]


@pytest.mark.parametrize("fast", [True, False])
def test_found_and_present_are_find_for_the_words_that_occur(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    heads = scan.Heads(WORDS)
    if fast:
        if not heads.prepare():
            pytest.skip("hyperscan is not installed")
    else:
        monkeypatch.setattr(scan, "ACCELERATE", False)
    for text in TEXTS:
        every = heads.find(text)
        assert set(every) == set(WORDS)
        expected = {w: at for w, at in every.items() if at}
        assert heads.found(text) == expected, text
        assert heads.present(text) == (set(expected) if fast else None), text


def test_an_answer_is_not_changed_by_the_next_one() -> None:
    heads = scan.Heads(WORDS)
    if not heads.prepare():
        pytest.skip("hyperscan is not installed")
    first = heads.find("café")
    heads.find("naïve naïve café")
    assert first == {**{w: [] for w in WORDS}, "café": [0]}
    assert heads.find("nothing here") == {w: [] for w in WORDS}
    assert scan._NO_PLACES == []  # the empty list every answer shares was never added to

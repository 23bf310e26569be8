"""The gate before the secrets readers of a short text: an expression is tried where a word it needs occurs, and the
gate answers what trying every expression answers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from secure_mcp_gateway.guardrails import scan, secrets

CORPUS = Path(__file__).resolve().parent / "corpus" / "secrets.json"


def _short_texts() -> list[str]:
    """Short lower-cased texts: the corpus's strings and pieces cut from them at random places and lengths (words
    cut in two, pairs of characters that lead a word but are not one)."""
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    whole = [e["text"].replace("{}", "".join(e["secret"])) for e in data["positives"]] + list(data["negatives"])
    joined = "\n".join(whole)
    rng = random.Random(11)
    pieces = [joined[at : at + rng.randint(1, scan.SHORT)] for at in (rng.randrange(len(joined)) for _ in range(3000))]
    return [t.lower() for t in whole + pieces if len(t) <= scan.SHORT]


@pytest.fixture(params=["one pass", "pairs"])
def gate_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The gate's words found by one pass of its Hyperscan database (where the package is installed), or by the
    pairs of characters a text holds (a text outside ASCII, or before the database is built)."""
    if request.param == "one pass":
        if not secrets._LOW_PLACES.prepare():
            pytest.skip("no Hyperscan database for the gate's words")
    else:
        monkeypatch.setattr(secrets._LOW_PLACES, "places", lambda low: None)
    return str(request.param)


def test_the_gate_answers_what_every_expression_tried_answers() -> None:
    secrets._LOW_PLACES.prepare()  # (its one pass where Hyperscan is installed; the pairs of characters elsewhere)
    texts = _short_texts()
    matched = 0
    for low in texts:
        expected = any(p.search(low) is not None for p in secrets._LOW_EXPRESSIONS)
        assert secrets._low_any(low) == expected, low
        matched += expected
    assert 0 < matched < len(texts)  # (both answers are exercised)


def test_a_word_of_one_or_two_characters_and_a_longer_one_each_open_their_expressions(gate_path: str) -> None:
    for word in sorted({w for words in secrets._LOW_NEEDS.values() for w in words}):
        low = f"~{word}~"
        expected = any(p.search(low) is not None for p in secrets._LOW_EXPRESSIONS)
        assert secrets._low_any(low) == expected, word

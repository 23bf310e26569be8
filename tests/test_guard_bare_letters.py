"""Orders typed without their accents are read as with them, and ordinary notices typed the same way pass
(tests/corpus/injection.json, section "bare"); the lexicons' forms without accents."""

from __future__ import annotations

import json
import re
from pathlib import Path

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.bare_letters import bare, bare_pattern
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

BARE = json.loads((Path(__file__).parent / "corpus" / "injection.json").read_text(encoding="utf-8"))["bare"]
GUARD = LocalGuard(GuardrailPolicy())


def _flagged(text: str) -> bool:
    verdict = GUARD.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    return any(h.detector == "injection" for h in verdict.hits)


def test_orders_typed_without_accents_are_flagged() -> None:
    assert [t for t in BARE["positives"] if not _flagged(t)] == []


def test_notices_typed_without_accents_pass() -> None:
    assert [t for t in BARE["negatives"] if _flagged(t)] == []


def test_a_word_loses_the_accents_of_latin_and_greek_letters_only() -> None:
    assert bare("bỏ qua") == "bo qua"
    assert bare("talimatları") == "talimatlari"
    assert bare("αγνόησε") == "αγνοησε"
    assert bare("hunsaðu") == "hunsadu"
    assert bare("ничего") == "ничего"
    assert bare("निर्देश") == "निर्देश"  # a vowel sign is part of the word, not an accent


def test_an_expression_matches_its_words_with_and_without_accents() -> None:
    pattern = re.compile(bare_pattern(r"od\s+teď|[^ő]x|nuo\s+[šz]iol"))
    for text in ("od teď", "od ted", "ax", "nuo šiol", "nuo siol", "nuo ziol"):
        assert pattern.fullmatch(text), text
    assert pattern.fullmatch("őx") is None and pattern.fullmatch("ox") is not None  # a negated class keeps its sense
    assert bare_pattern(r"plain\s+ascii") == r"plain\s+ascii"


def test_vietnamese_and_polytonic_greek_letters_match_their_bare_letters() -> None:
    pattern = re.compile(bare_pattern(r"giới\s+hạn|quy\s+tắc|ἐντολ"))
    for text in ("giới hạn", "gioi han", "quy tắc", "quy tac", "ἐντολ", "εντολ"):
        assert pattern.fullmatch(text), text
    assert pattern.fullmatch("gioi hon") is None  # a different vowel stays different

"""Orders to the model in languages, scripts and romanised forms the earlier sets leave out, per family, and the
everyday text of those languages that shares their words (tests/corpus/injection.json, section "world")."""

from __future__ import annotations

import json
from pathlib import Path

from every_case import every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

WORLD = json.loads((Path(__file__).parent / "corpus" / "injection.json").read_text(encoding="utf-8"))["world"]
GUARD = LocalGuard(GuardrailPolicy())


def _flagged(text: str) -> bool:
    verdict = GUARD.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    return any(h.detector == "injection" for h in verdict.hits)


@every("family", sorted(WORLD["positives"]))
def test_each_order_of_the_family_is_flagged(family: str) -> None:
    assert [t for t in WORLD["positives"][family] if not _flagged(t)] == []


def test_everyday_text_with_the_same_words_passes() -> None:
    assert [t for t in WORLD["negatives"] if _flagged(t)] == []

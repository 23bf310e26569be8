"""Orders written with Hebrew points, Arabic vowel signs or the tatweel are read as the same words without them, and
reminders not to forget earlier instructions pass (tests/corpus/injection.json, section "marks")."""

from __future__ import annotations

import json
from pathlib import Path

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

MARKS = json.loads((Path(__file__).parent / "corpus" / "injection.json").read_text(encoding="utf-8"))["marks"]
GUARD = LocalGuard(GuardrailPolicy())


def _flagged(text: str) -> bool:
    verdict = GUARD.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    return any(h.detector == "injection" for h in verdict.hits)


def test_pointed_and_vowelled_orders_are_flagged() -> None:
    assert [t for t in MARKS["positives"]["pointed_and_vowelled"] if not _flagged(t)] == []


def test_pointed_prose_and_reminders_pass() -> None:
    assert [t for t in MARKS["negatives"] if _flagged(t)] == []

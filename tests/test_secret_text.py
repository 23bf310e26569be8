"""Free text a server writes (stderr, errors) is scrubbed even when the secret detector cannot be loaded."""

from __future__ import annotations

import sys

import pytest

from secure_mcp_gateway.audit.scrub import scrub
from secure_mcp_gateway.secret_text import scrub_secrets

TOKEN = "ghp_" + "Q7rT2mVx9LkP4sWn8YbJ3cHd6FgZ1aEu5NoR"
LINE = f"push failed for deploy-bot: token {TOKEN} rejected (password=Corvid-Lantern-4417)"


def test_detector_finds_the_token_and_the_password() -> None:
    out = scrub_secrets(LINE)
    assert TOKEN not in out and "Corvid-Lantern-4417" not in out
    assert "<SECRET:" in out


def test_a_detector_that_cannot_be_imported_falls_back_to_the_plain_scrub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "secure_mcp_gateway.guardrails.secrets", None)  # import raises ImportError
    monkeypatch.delattr("secure_mcp_gateway.guardrails.secrets", raising=False)
    out = scrub_secrets(LINE)
    assert TOKEN not in out
    assert out == scrub(LINE)

"""Free text a server writes (stderr, errors) is scrubbed even when the secret detector cannot be loaded."""

from __future__ import annotations

import sys

import pytest

from secure_mcp_gateway.audit.scrub import scrub
from secure_mcp_gateway.guardrails.redact import Vault
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


def test_placeholders_the_guard_wrote_are_kept_whole_and_a_secret_beside_them_is_scrubbed() -> None:
    """A redacted error (`failed with key <SECRET:github_token:tag>`) keeps its placeholder whatever its tag, which a
    keyed digest makes different in every run: a tag with many digits once read as a generic secret after `key`."""
    other = "ghp_" + "Z8kW3nQ5vR1tY7uI9oP2aS4dF6gH0jK3lX5c"
    for n in range(200):
        mark = Vault("h", key=n.to_bytes(4, "big") * 8).mint("SECRET", "github_token", TOKEN)
        line = f"failed with key {mark}"
        assert scrub_secrets(line) == scrub(line), mark
        beside = scrub_secrets(f"{line}; retried with {other}")
        assert mark in beside and other not in beside, mark

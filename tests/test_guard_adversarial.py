"""Adversarial 1 MB strings: every check finishes and gives the right answer (their speed is in benchmarks/)."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault
from tests.fakes import numbered

MB = 1_000_000
GUARD = LocalGuard(GuardrailPolicy())
STRIP = LocalGuard(
    GuardrailPolicy.model_validate({"output": {**GuardrailPolicy().output.model_dump(), "hidden_text": "redact"}})
)
QUIET = {
    "a": "a" * MB,
    "begin": "-----BEGIN " * (MB // 11),
    "x@": "x@" * (MB // 2),
    "digits with spaces": "1 " * (MB // 2),
    "digits with dashes and dots": "1-2.3 " * (MB // 6),
    "plus one": "+1 " * (MB // 3),
    "eyJ": "eyJ" * (MB // 3),
    "password=": "password=" * (MB // 9),
    "ignore": "ignore " * (MB // 7),
    "the user": "the user " * (MB // 9),
    "to https": "to https://" * (MB // 11),
    "colons": "::" * (MB // 2),
    "a colons": "a::" * (MB // 3),
}


@every("name", list(QUIET))
def test_long_repetitive_strings_have_no_findings(name: str) -> None:
    text = QUIET[name]
    assert GUARD.check_input({"q": text}, Vault()).hits == []
    out = GUARD.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    assert out.hits == []


def test_unterminated_private_key_headers_are_one_finding() -> None:
    text = ("-----BEGIN " + "PRIVATE KEY-----") * (MB // 27)
    verdict = GUARD.check_input({"q": text}, Vault())
    assert [(h.kind, h.count) for h in verdict.hits] == [("private_key", 1)]
    assert numbered(verdict.shown["q"]) == "<SECRET:private_key:1>"


@pytest.mark.parametrize("text", ["\u200b" * MB, "\x1b[" * (MB // 2), "\x1b" * MB, "\x1b]" * (MB // 2)])
def test_floods_of_hidden_characters_are_one_finding_and_stripped(text: str) -> None:
    verdict = STRIP.check_output({"content": [{"type": "text", "text": "a" + text + "\nb"}]}, Vault())
    assert [h.count for h in verdict.hits] == [1]
    assert verdict.value["content"][0]["text"] == "a\nb"


def test_a_secret_at_the_end_of_a_megabyte_is_still_found() -> None:
    token = "gh" + "p_" + "FakeGitHubToken0ForTests0Only0abcdef"
    verdict = GUARD.check_input({"q": "x " * (MB // 2) + token}, Vault())
    assert [h.kind for h in verdict.hits] == ["github_token"]

"""Ordinary source code and configuration, written with the words detectors look for, passes every detector."""

from __future__ import annotations

from pathlib import Path

from every_case import every

from secure_mcp_gateway.guardrails import hidden, injection, pii, poisoning, secrets

SOURCE = sorted((Path(__file__).parent / "corpus" / "source").iterdir())


@every("path", SOURCE, ids=lambda p: p.name)
def test_source_file_has_no_findings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [(f.kind, text[f.start : f.end]) for f in secrets.find(text)] == []
    assert [(f.kind, text[f.start : f.end]) for f in pii.find(text)] == []
    assert hidden.find(text) == []
    assert injection.combined(injection.find(text)) < 0.6
    assert injection.combined(poisoning.find(text)) < 0.6

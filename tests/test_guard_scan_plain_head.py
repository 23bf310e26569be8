"""A rule that opens with a plain word gets that word as its leading and required word without parsing the whole
expression, and the answers are the parser's own: for every expression the detectors make and for the shapes where
a quick reading could differ."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import injection, intent, lazy, poisoning, scan

_SHAPES = (
    r"ignore\s+(?:all|any)\s+previous",
    r"instead of\s+(?:translat|summar)",
    r"(?P<m>before this\b)",
    r"(?P<m>hand(?:ing)?\s*(?:off|over))",
    r"twice\b[^\n]{0,200}?(?:jailbr|dan)",
    r"abc.d",
    r"abc",
    r"abc(?=x)",
    r"abc(?<!y)z",
    r"abc\Z",
    # shapes the quick reading must leave to the parser (or agree with it)
    r"ab(?#a comment)cd\s",
    r"abc(?:x)|abd",
    r"(?P<m>abc(?:x)|abd)",
    r"(?P<m>abc\b)|xyz",
    r"(?P<m>abc)",
    r"abc\.d",
    r"abc?d",
    r"abc{2}d",
    r"abc[d]e\b",
    r"abc\x41(?:x)",
    r"abc|abd",
    r"(?:abc|abd)\b",
    r"Abc\b",
    r"(?i)abc\b",
    r"abc \s",
    r"(?P<m>abc\s(?:x|y)|abd\s)",
)


@every("pattern", _SHAPES)
def test_the_quick_reading_agrees_with_the_parser(pattern: str) -> None:
    assert scan.leading_words(pattern) == scan._parsed_leading_words(pattern)
    assert scan.required_words(pattern) == scan._parsed_required_words(pattern)


def test_the_quick_reading_declines_where_the_parser_joins_or_splits_the_word() -> None:
    for pattern in (r"ab(?#c)d\s", r"abc(?:x)|abd", r"(?P<m>abc(?:x)|abd)", r"(?P<m>abc\b)|xyz", r"abc\.d", r"abc?d"):
        assert scan._plain_head(pattern) is None, pattern
    assert scan._parsed_leading_words(r"ab(?#c)d\s") == ("abd",)
    assert scan._parsed_leading_words(r"(?P<m>abc(?:x)|abd)") == ("abcx", "abd")


def test_a_plain_word_is_read_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(scan._sre_parse, "parse", refuse)
    assert scan.leading_words(r"(?P<m>disregard\s+(?:all\s+)?(?:prior|previous)\s+rules)") == ("disregard",)
    assert scan.leading_words(r"from\s+now\s+on") == ("from",)
    assert scan.required_words(r"(?P<m>instead of\b(?:x|y))") == ("instead of",)


def test_every_detector_expression_gets_the_parser_answer() -> None:
    assert injection.RULES and poisoning.RULES  # their expressions are made
    made = {x.pattern for x in lazy._MADE if isinstance(x.pattern, str)}
    sources = made | {b for r in intent._WILD for b in intent._branches(r.pattern.pattern)}
    quick = 0
    for source in sorted(sources):
        plain = scan._plain_head(source)
        if plain is not None:
            quick += 1
            assert plain == scan._parsed_leading_words(source) == scan._parsed_required_words(source), source
    assert quick > 100

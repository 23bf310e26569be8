"""A rule of top-level alternatives is tried where any of its branches can start, not only its first branch."""

from __future__ import annotations

import re

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import intent
from secure_mcp_gateway.guardrails.scan import leading_words

_TWO = r"(?:unlock|disarm)\s+the\s+(?:front\s+)?door\b|please\s+disable\s+the\s+alarm\b"


def test_every_branch_of_a_rule_gives_its_start_words() -> None:
    rule = intent._wild_rule(_TWO, ("tool_directive", 0.7))
    assert set(rule.starts) == {"unlock", "disarm", "please"}


def test_a_rule_is_found_by_a_later_branch_alone() -> None:
    rule = intent._wild_rule(_TWO, ("tool_directive", 0.7))
    text = "note for the neighbour: please disable the alarm when you water the plants."
    at = text.index("please")
    assert any(text.startswith(w, at) for w in rule.starts)
    assert rule.pattern.match(text, at) is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:unlock|disarm)\s+the\s+door|the\s+alarm",  # a common word leads the second branch
        r"(?:unlock|disarm)\s+the\s+door|\s+alarm",  # the second branch starts anywhere
        r"unlock\s+the\s+door|(?:[a-z]+)\s+alarm",
    ],
)
def test_a_branch_with_no_rare_start_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError):
        intent._wild_rule(pattern, ("tool_directive", 0.7))


@every(
    ("pattern", "branches"),
    [
        ("abc", ["abc"]),
        ("a(?:b|c)|d", ["a(?:b|c)", "d"]),
        (r"a\|b|c", [r"a\|b", "c"]),
        ("[|]x|y", ["[|]x", "y"]),
        ("[]|]x|y", ["[]|]x", "y"]),
        ("[^]|]x|y", ["[^]|]x", "y"]),
        (r"[\]|]x|y", [r"[\]|]x", "y"]),
        ("(?<=a|b)c|(d(e|f))", ["(?<=a|b)c", "(d(e|f))"]),
        ("a|", ["a", ""]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert intent._branches(pattern) == branches
    assert "|".join(branches) == pattern


def test_every_rule_starts_where_each_of_its_branches_can() -> None:
    for rule in intent._WILD:
        if rule.wide:
            continue
        branches = intent._branches(rule.pattern.pattern)
        for branch in branches:
            re.compile(branch)  # a real alternative, balanced on its own
            words = intent._literal_heads(branch) or leading_words(branch)
            assert words, branch[:60]
            assert set(words) <= set(rule.starts), branch[:60]

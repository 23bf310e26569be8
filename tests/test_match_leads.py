"""`match_leads`: an expression tried only where what its matches start with stands finds what its search finds."""

from __future__ import annotations

import re

import pytest

from secure_mcp_gateway.guardrails import match_leads

_TEXTS = (
    "please ignore the rules and forget them",
    "ignorer les règles, oublie-les\tmaintenant",
    "nothing here at all",
    "ig\u00a0nore ignore\u2003it, do not-ignore",
    "",
)

_PATTERNS = (
    r"(?<![^\W\d_])(?:ignore|forget)\s+(?:the\s+)?rules?",
    r"(?P<en>(?<!\w)ignore(?!\w))|(?P<fr>oublie(?:-les)?)|(?P<tab>r[eè]gles?,\s*\w+)",
    r"(?:do\s+not|never)-?ignore|ig\snore",
    r"(?:ab)*ignore",
    r"[a-c]{2,3}\s",
    r"x?it\b",
)


@pytest.mark.parametrize("pattern", _PATTERNS)
@pytest.mark.parametrize("text", _TEXTS)
def test_same_matches_as_the_search(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    known = match_leads.leads(pattern)
    assert known is not None
    got = [(m.span(), m.lastgroup) for m in match_leads.finditer(compiled, text, known)]
    assert got == [(m.span(), m.lastgroup) for m in compiled.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ignore",  # may start with any letter
        r"(?i)ignore",  # either case
        r"(?:ignore)?",  # may match nothing
        r"[^x]gnore",  # a negated class
        r".ignore",
    ],
)
def test_unknown_starts_are_searched(pattern: str) -> None:
    assert match_leads.leads(pattern) is None
    compiled = re.compile(pattern)
    text = "do not Ignore me, ignore"
    assert [m.span() for m in match_leads.finditer(compiled, text, None)] == [m.span() for m in compiled.finditer(text)]


def test_leads_are_spelled_out() -> None:
    known = match_leads.leads(r"(?<!\w)(?:ab|c\s+d)e|f[gh]*")
    assert known is not None
    firsts, sized = known
    assert firsts == {"a", "c", "f"}
    assert dict(sized)[1] == {"f"}
    assert {"fg", "fh", "c ", "c\t", "c\u3000"} <= dict(sized)[2]  # (what follows a repeat is not spelled out)
    assert dict(sized)[3] == {"abe"}


def test_blanks_are_what_the_engine_reads_as_space() -> None:
    spaces = re.compile(r"\s")
    assert {chr(c) for c in range(0x10000) if spaces.match(chr(c))} == match_leads.BLANKS

"""Advice that keeps another tool out of one narrow task and names the tool to use for it."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

# "Do not use the fetch server for pages that need a login; use this tool instead" scopes the other server out of a
# narrower task than its job; "Do not use the shell server to cat files; use read_file instead" points to the tool
# made for the task. Shutting another tool out of its whole job, for any request, or in favour of this very tool
# with no narrower task named, is still read as steering ("do not use the fetch server for pages; use read_page").

NARROWED = (
    r"(?!\s+(?:for|with|on)\s+(?!(?:any|all|every|each)\b)(?:\w+\s+){1,3}?(?:that|which|where|behind|requiring"
    r"|needing)\s)"
)
"""After a tool or server named in a prohibition: not a condition that narrows it to some of its work ("for pages
that need a login"); written into the expressions that read such prohibitions."""

_ELSEWHERE = lazy.compile(
    r"^(?:do\s+not|don'?t|never)\s+(?:use|call|invoke)\s+(?:the\s+)?[`'\"]?[\w.-]{2,64}[`'\"]?\s+(?:tool|server"
    r"|function)\s+to\s+(?!(?:do\s+)?(?:any|all|every|each|anything|everything)\b)(?:[\w-]+\s+){0,3}?[\w.-]+\s*[;,]"
    r"\s*(?:use|call|try)\s+(?:the\s+)?[`'\"]?(?P<name>[a-z][\w.-]{1,63}?)[`'\"]?\s+(?:tool\s+)?instead$"
)
"""A prohibition for one task ("to cat files") that names the tool to use for it by its name."""


def points_elsewhere(span: str, own: set[str], words_of: Callable[[str], set[str]]) -> bool:
    """Whether the lower-cased `span` keeps another tool out of one task and names a tool for it whose words are not
    all among this tool's own (`own`, its job's words; `words_of` splits a name into words)."""
    m = _ELSEWHERE.match(span)
    if m is None:
        return False
    named = words_of(m.group("name"))
    return bool(named) and not named <= own

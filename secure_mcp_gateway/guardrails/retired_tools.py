"""A tool's notice that it is retired which sends the model on to a named tool of another server ("superseded by
forecast_now on the skycast MCP server", "use the cal-sync server's add_event instead"): the notice shadows the
tool with someone else's. A retired tool pointing to its own server's successor ("use search_v2", "fetch_markdown
from this server") or to a server with no tool named ("use the official GitHub MCP server") is ordinary."""

from __future__ import annotations

from . import lazy

RETIRED = lazy.compile(
    r"\b(?:deprecat\w*|obsolete|retired|end[\s-]of[\s-]life|sunset\w*|superseded|migrated|no\s+longer\s+(?:maintained"
    r"|supported|available|works?)|stops?\s+working|(?:has\s+been|have\s+been|was|were|is\s+being)\s+replaced)\b"
)
"""The string says the tool is retired or replaced."""
_OWN = r"this|our|same|legacy|old|older|previous|deprecated|new|newer|next|v\d+|beta|classic|local|remote|mcp|main"
OTHER_HOME = lazy.compile(
    rf"\b(?:from|of|on|in|via|through|provided\s+by)\s+(?:the\s+)?(?!(?:{_OWN})\s)[\w.-]+\s+(?:mcp\s+)?server\b"
    rf"|\bthe\s+(?!(?:{_OWN})\s)[\w.-]+\s+(?:mcp\s+)?server'?s\s+[`'\"]?[a-z]"
)
"""Another server named as a tool's home ("on the skycast MCP server", "the cal-sync server's add_event")."""
TOOL_NAMED = lazy.compile(r"`[\w.-]+`|\b[a-z][a-z0-9]*_\w+\b|\b[\w-]+\s+tool\b")
"""A tool named: in backticks, in snake_case, or followed by "tool"."""
SENT_ON = lazy.compile(
    r"\b(?:use|using|call|calling|switch|route|send|go|invoke|prefer|instead|superseded|replaced|moved|migrated"
    r"|handled|happens?|lives?|now)\b"
)
"""The sentence sends the model on ("use", "route every request there", "superseded by", "now lives on")."""


def sends_elsewhere(string: str, sentence: str) -> bool:
    """Whether `sentence` (lower-cased) of a lower-cased definition `string` that says its tool is retired names a
    tool on another server."""
    if "server" not in sentence or RETIRED.search(string) is None:
        return False
    return (
        OTHER_HOME.search(sentence) is not None
        and TOOL_NAMED.search(sentence) is not None
        and SENT_ON.search(sentence) is not None
    )

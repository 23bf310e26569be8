"""Which client is connected (from `clientInfo`) and the budgets it gets: built-in defaults, then the config's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from secure_mcp_gateway.config import GatewaySettings

DEFAULT_RESULT_CHARS = 40_000
"""About 10k tokens: below Claude Code's warning (10k tokens) in most text and far below its refusal (25k)."""
DEFAULT_NAME_LENGTH = 64


@dataclass(frozen=True)
class Limits:
    """The budgets of one session; None means unbounded."""

    client: str | None
    """The recognised client (`cursor`, `vscode`, ...), or None."""
    max_tools: int | None
    max_name_length: int
    max_result_chars: int | None


@dataclass(frozen=True)
class _Known:
    name: str
    pattern: re.Pattern[str]
    max_tools: int | None
    max_name_length: int = DEFAULT_NAME_LENGTH


# Order matters: Cursor's clientInfo name is "cursor-vscode", so Cursor is tried before VS Code.
KNOWN_CLIENTS: tuple[_Known, ...] = (
    _Known("cursor", re.compile(r"cursor"), 40, 60),
    _Known("windsurf", re.compile(r"windsurf|codeium"), 50, 60),
    _Known("vscode", re.compile(r"visual[ -]?studio[ -]?code|vs[ -]?code|copilot"), 128),
    _Known("claude-code", re.compile(r"claude[ -_]?code"), None),
    _Known("claude-desktop", re.compile(r"^claude[ -_]?(ai|desktop)$"), None),
)


def recognise(client_info: Any) -> str | None:
    """The known client behind a `clientInfo`, or None."""
    name = client_info.get("name") if isinstance(client_info, dict) else None
    if not isinstance(name, str):
        return None
    low = name.strip().lower()
    for known in KNOWN_CLIENTS:
        if known.pattern.search(low):
            return known.name
    return None


def limits_for(client_info: Any, settings: GatewaySettings) -> Limits:
    """The budgets of a session: `gateway.clients.<client>`, else `gateway.*`, else the built-in default."""
    client = recognise(client_info)
    known = next((k for k in KNOWN_CLIENTS if k.name == client), None)
    raw = client_info.get("name") if isinstance(client_info, dict) else None
    override = settings.clients.get(client or "") if client else None
    if isinstance(raw, str) and raw in settings.clients:
        override = settings.clients[raw]  # the exact clientInfo name is the most specific

    def pick(key: str, default: Any) -> Any:
        for source in (override, settings):
            value = getattr(source, key, None) if source is not None else None
            if value is not None:
                return value
        return default

    max_tools = pick("max_tools", known.max_tools if known else None)
    names = pick("max_name_length", known.max_name_length if known else DEFAULT_NAME_LENGTH)
    result = pick("max_result_chars", DEFAULT_RESULT_CHARS)
    return Limits(client, max_tools, names, result or None)

"""Claude Code servers the user turned off (the `/mcp` toggle, a project's `.mcp.json` server rejected): `install`
keeps them off behind the gateway, or leaves them in Claude Code where only it can keep them off."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secure_mcp_gateway.cli import jsonedit
from secure_mcp_gateway.cli.clients import workspace_of
from secure_mcp_gateway.cli.side_rules import project_keys, project_settings, user_settings

TOGGLED = "disabledMcpServers"
"""A project's servers turned off with `/mcp` (in the user file's `projects.<folder>`)."""
REJECTED = "disabledMcpjsonServers"
"""A project's `.mcp.json` servers the user rejected (in settings files, and the user file's project entry)."""


@dataclass
class TurnedOff:
    """Which servers of a client file are off, and where."""

    off: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    """A servers object's place -> the names turned off there (moved as disabled)."""
    elsewhere: dict[str, list[str]] = field(default_factory=dict)
    """A user server's name -> the projects it is turned off in (the gateway cannot say that: it stays)."""


def turned_off(client_file: Path, user_file: Path, data: dict[str, Any]) -> TurnedOff:
    """What the user turned off among the servers of `client_file` (Claude Code's user file or a `.mcp.json`)."""
    found = TurnedOff()
    folder = workspace_of(client_file)
    if folder is not None:  # a project's `.mcp.json`: rejected in a settings file or in the user file
        names: set[str] = set()
        for file in [user_settings(), *project_settings(folder)]:
            names |= _names(_load(file), REJECTED)
        user = _load(user_file)
        projects = user.get("projects") if isinstance(user, dict) else None
        for key in project_keys(folder):
            names |= _names(projects.get(key) if isinstance(projects, dict) else None, REJECTED)
        found.off[("mcpServers",)] = names
        return found
    projects = data.get("projects")
    for project, settings in projects.items() if isinstance(projects, dict) else ():
        toggled = _names(settings, TOGGLED)
        found.off[("projects", project, "mcpServers")] = toggled
        for name in toggled:
            found.elsewhere.setdefault(name, []).append(project)
    return found


def _names(holder: Any, key: str) -> set[str]:
    listed = holder.get(key) if isinstance(holder, dict) else None
    return {n for n in listed if isinstance(n, str)} if isinstance(listed, list) else set()


def _load(file: Path) -> Any:
    """A settings file's JSON (None when missing or unreadable: nothing is turned off there)."""
    try:
        return jsonedit.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None

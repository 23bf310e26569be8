"""Claude Code servers the user turned off (the `/mcp` toggle, a project's `.mcp.json` server rejected): `install`
keeps them off behind the gateway, or leaves them in Claude Code where only it can keep them off."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secure_mcp_gateway.cli import jsonedit
from secure_mcp_gateway.cli.clients import NotMovable, workspace_of
from secure_mcp_gateway.cli.side_rules import project_keys, project_settings, user_settings

TOGGLED = "disabledMcpServers"
"""A project's servers turned off with `/mcp` (in the user file's `projects.<folder>`)."""
APPROVED = "enabledMcpjsonServers"
"""A project's `.mcp.json` servers the user approved (Claude Code asks before starting any other)."""
APPROVE_ALL = "enableAllProjectMcpServers"
REJECTED = "disabledMcpjsonServers"
"""A project's `.mcp.json` servers the user rejected (in settings files, and the user file's project entry)."""


@dataclass
class TurnedOff:
    """Which servers of a client file are off, and where."""

    off: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    """A servers object's place -> the names turned off there (moved as disabled)."""
    elsewhere: dict[str, list[str]] = field(default_factory=dict)
    """A user server's name -> the projects it is turned off in (the gateway cannot say that: it stays)."""
    approved: set[str] | None = None
    """A `.mcp.json`'s servers the user approved, when some are (None: all are, none is, or not such a file): the
    others stay in the client, which asks for them (the gateway's entry is approved where those were)."""


def turned_off(client_file: Path, user_file: Path, data: dict[str, Any]) -> TurnedOff:
    """What the user turned off among the servers of `client_file` (Claude Code's user file or a `.mcp.json`)."""
    found = TurnedOff()
    folder = workspace_of(client_file)
    if folder is not None:  # a project's `.mcp.json`: rejected in a settings file or in the user file
        user = _load(user_file)
        projects = user.get("projects") if isinstance(user, dict) else None
        holders = [_load(f) for f in [user_settings(), *project_settings(folder)]]
        holders += [projects.get(k) if isinstance(projects, dict) else None for k in project_keys(folder)]
        found.off[("mcpServers",)] = set().union(*(_names(h, REJECTED) for h in holders))
        approved = set().union(*(_names(h, APPROVED) for h in holders))
        if approved and not any(isinstance(h, dict) and h.get(APPROVE_ALL) is True for h in holders):
            found.approved = approved  # (none approved anywhere: the gateway's entry is asked for, as they were)
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


def held_back(off: TurnedOff, path: tuple[str, ...], name: str, title: str) -> bool:
    """Whether the server `name` at `path` moves turned off (True); raises NotMovable when it must stay in the
    client: not approved yet while others are, or a user server turned off in some projects only."""
    rejected = name in off.off.get(path, ())
    if off.approved is not None and name not in off.approved and not rejected:
        raise NotMovable(
            f"is not approved there yet ({title} asks before starting a project's server): approve it there, then "
            "install again"
        )
    if path == ("mcpServers",) and name in off.elsewhere:
        where = off.elsewhere[name]
        raise NotMovable(
            f"is turned off in {len(where)} project{'s' if len(where) > 1 else ''} ({', '.join(where)}; /mcp), "
            f"which only {title} can do for one project"
        )
    return rejected

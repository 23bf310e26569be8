"""Claude Code's tool permission rules kept outside the file `install` edits: a project's `allowedTools` in the user
file, and `permissions.allow/deny/ask` in the settings files; renamed for the tools behind the gateway, put back by
`uninstall`."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secure_mcp_gateway.cli import jsonedit
from secure_mcp_gateway.cli.clients import workspace_of
from secure_mcp_gateway.cli.tool_rules import TOOL_RULE_KEYS, rename_rules

PERMISSION_KEYS = ("allow", "deny", "ask")
"""The lists of permission rules in Claude Code's settings files (`permissions`)."""
APPROVALS = "enabledMcpjsonServers"
"""The servers of a project's `.mcp.json` the user approved (Claude Code starts no other one without asking)."""
SETTINGS_FILES = ("settings.json", "settings.local.json")
"""A project's shared and personal settings (in its `.claude` folder)."""


@dataclass
class Place:
    """Lists of rules in one object of a file, and the moved servers (client name -> gateway name) they may name."""

    path: list[str]
    keys: tuple[str, ...]
    moved: dict[str, str]
    project: str | None
    approvals: bool = False
    """Whether the gateway entry of a project's `.mcp.json` is approved here where a moved server was."""


@dataclass
class SideEdit:
    """What an install changes in one such file."""

    file: Path
    before: str
    after: str
    renamed: list[dict[str, Any]] = field(default_factory=list)
    whole: list[str] = field(default_factory=list)


def user_settings() -> Path:
    """Claude Code's user settings file (`~/.claude/settings.json`, or in `CLAUDE_CONFIG_DIR`)."""
    base = os.environ.get("CLAUDE_CONFIG_DIR")
    return Path(base) / "settings.json" if base else Path.home() / ".claude" / "settings.json"


def project_settings(folder: str) -> list[Path]:
    return [Path(folder) / ".claude" / name for name in SETTINGS_FILES]


def project_keys(folder: str) -> list[str]:
    """The ways the user file may name a project folder (as given, and with links followed)."""
    keys = [folder]
    try:
        real = str(Path(folder).resolve())
    except (OSError, RuntimeError):
        return keys
    return keys if real == folder else [*keys, real]


def side_places(
    client_file: Path, user_file: Path, data: dict[str, Any], moved: list[Any]
) -> list[tuple[Path, list[Place]]]:
    """The other files whose rules may name the moved servers' tools, with where in each: for a project's
    `.mcp.json`, that project's entry in the user file and its settings; for the user file, the user settings
    (servers of every project) and each listed project's settings (its own servers too)."""
    folder = workspace_of(client_file)
    out: list[tuple[Path, list[Place]]] = []
    if folder is not None:
        names = {m.name: m.gateway_name for m in moved}
        if not names:
            return out
        keys = project_keys(folder)
        out.append((user_file, [Place(["projects", k], TOOL_RULE_KEYS, names, folder, approvals=True) for k in keys]))
        for file in project_settings(folder):
            rules = Place(["permissions"], PERMISSION_KEYS, names, folder)
            out.append((file, [rules, Place([], (), names, folder, approvals=True)]))
        return out
    if client_file.absolute() != user_file.absolute():
        return out  # (a file named by hand: its rules are its own)
    top = {m.name: m.gateway_name for m in moved if m.location[0] != "projects"}
    if top:
        out.append((user_settings(), [Place(["permissions"], PERMISSION_KEYS, top, None)]))
    projects = data.get("projects")
    for project in projects if isinstance(projects, dict) else ():
        own = {**top, **{m.name: m.gateway_name for m in moved if m.location[:2] == ["projects", project]}}
        if own:
            out += [(f, [Place(["permissions"], PERMISSION_KEYS, own, project)]) for f in project_settings(project)]
    return out


def _at(data: Any, path: list[str]) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def rewrite(file: Path, text: str, places: list[Place], servers: dict[str, Any], entry: str) -> SideEdit:
    """The file's text with the rules in `places` renamed (see `rename_rules`); unchanged where none names a moved
    server's tool. Raises ValueError when the file is not JSON."""
    edit = SideEdit(file, text, text)
    data = jsonedit.loads(text) if text.strip() else {}
    for place in places:
        holder = _at(data, place.path)
        if not isinstance(holder, dict):
            continue
        approved = holder.get(APPROVALS)
        if (
            place.approvals
            and isinstance(approved, list)
            and entry not in approved
            and any(name in approved for name in place.moved)
        ):
            path = [*place.path, APPROVALS]
            edit.renamed.append({"path": path, "from": None, "to": entry})
            edit.after = jsonedit.set_member(edit.after, path, [*approved, entry])
            holder[APPROVALS] = [*approved, entry]
        for key in place.keys:
            rules = holder.get(key)
            if not isinstance(rules, list):
                continue
            new, whole = rename_rules(rules, place.moved, servers, entry, place.project)
            edit.whole += whole
            if new != rules:
                path = [*place.path, key]
                edit.renamed += [{"path": path, "from": a, "to": b} for a, b in zip(rules, new, strict=True) if a != b]
                edit.after = jsonedit.set_member(edit.after, path, new)
                holder[key] = new  # (a later place over the same list starts from this)
    return edit


def put_back(text: str, renamed: list[dict[str, Any]]) -> str:
    """`text` with each renamed rule named as before the install; rules added since stay as they are."""
    by_path: dict[tuple[str, ...], dict[str, str | None]] = {}
    for item in renamed:
        by_path.setdefault(tuple(item["path"]), {})[item["to"]] = item["from"]
    for path, back in by_path.items():
        rules = _at(jsonedit.loads(text), list(path))
        if isinstance(rules, list):
            old = [back.get(r, r) if isinstance(r, str) else r for r in rules]
            old = [r for r, was in zip(old, rules, strict=True) if not (r is None and isinstance(was, str))]
            if old != rules:
                text = jsonedit.set_member(text, list(path), old)
    return text

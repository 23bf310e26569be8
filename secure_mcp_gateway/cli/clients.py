"""The MCP clients `install` knows: where each keeps its servers, in which shape, and how it expands variables."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUR_NAMES = ("secure-mcp-gateway", "secure_mcp_gateway")
CONTAINER_RUNNERS = ("docker", "podman", "nerdctl")
_VAR = re.compile(r"\$\{([^}]*)\}")
_ENV_REF = re.compile(r"^env:[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?$")
_PLAIN_VAR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?$")


class NotMovable(ValueError):
    """A client's server entry that cannot run inside the gateway as it is; the message says why."""


@dataclass(frozen=True)
class Location:
    """One servers object in a client's file, and the directory its servers run from (a project's)."""

    path: tuple[str, ...]
    project: str | None = None


@dataclass(frozen=True)
class Client:
    """One MCP client's config file conventions."""

    name: str
    title: str
    key: str = "mcpServers"
    typed: bool = False
    """Whether the client's entries carry `"type": "stdio"`."""
    expands: str = "env"
    """Which variables the client expands: "none", "env" (`${env:X}`, `${userHome}`...), "shell" (`${X}`)."""

    def default_path(self, platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
        """The client's user-level config file on this (or the given) platform."""
        platform = platform or sys.platform
        environ = os.environ if environ is None else environ
        home = Path(environ.get("USERPROFILE" if platform == "win32" else "HOME") or Path.home())
        if platform == "darwin":
            app_config = home / "Library" / "Application Support"
        elif platform == "win32":
            app_config = Path(environ.get("APPDATA") or home / "AppData" / "Roaming")
        else:
            app_config = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        if self.name == "claude-desktop":
            return app_config / "Claude" / "claude_desktop_config.json"
        if self.name == "claude-code":
            base = environ.get("CLAUDE_CONFIG_DIR")
            return Path(base) / ".claude.json" if base else home / ".claude.json"
        if self.name == "cursor":
            return home / ".cursor" / "mcp.json"
        if self.name == "vscode":
            return app_config / "Code" / "User" / "mcp.json"
        if self.name == "windsurf":
            return home / ".codeium" / "windsurf" / "mcp_config.json"
        raise ValueError(self.name)

    def project_path(self, folder: str) -> Path:
        """The client's own file in a project folder (`.cursor/mcp.json`, `.vscode/mcp.json`, `.mcp.json`)."""
        name = {"cursor": ".cursor/mcp.json", "vscode": ".vscode/mcp.json", "claude-code": ".mcp.json"}.get(self.name)
        if name is None:
            raise ValueError(f"{self.title} has no project-level config: leave out --project")
        return Path(folder).expanduser().absolute() / name

    def top(self, data: Any, file: Path) -> tuple[str, ...]:
        """Where the file keeps its own servers: the client's key, or `mcp.servers` in a VS Code `settings.json`."""
        settings = isinstance(data, dict) and (
            isinstance(data.get("mcp"), dict) or file.name.lower() == "settings.json"
        )
        if self.name == "vscode" and settings and self.key not in data:
            return ("mcp", "servers")
        return (self.key,)

    def locations(self, data: dict[str, Any], file: Path) -> list[Location]:
        """Every servers object in the file: the top-level one, and Claude Code's per-project ones."""
        found = [Location(self.top(data, file), workspace_of(file))]
        projects = data.get("projects") if self.name == "claude-code" else None
        if isinstance(projects, dict):
            for project, settings in projects.items():
                if isinstance(settings, dict) and isinstance(settings.get("mcpServers"), dict):
                    found.append(Location(("projects", project, "mcpServers"), project))
        return found

    def gateway_entry(self, command: str, args: list[str]) -> dict[str, Any]:
        """The one entry that launches the gateway, in this client's shape."""
        entry: dict[str, Any] = {"type": "stdio"} if self.typed else {}
        entry.update({"command": command, "args": args})
        return entry


CLIENTS = {
    c.name: c
    for c in (
        Client("claude-desktop", "Claude Desktop", expands="none"),
        Client("claude-code", "Claude Code", typed=True, expands="shell"),
        Client("cursor", "Cursor"),
        Client("vscode", "VS Code", key="servers", typed=True),
        Client("windsurf", "Windsurf"),
    )
}
ALIASES = {"claude": "claude-desktop", "code": "vscode", "vs-code": "vscode", "claudecode": "claude-code"}


def client_named(name: str) -> Client:
    """The client for a name given on the command line (a few spellings accepted)."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    key = ALIASES.get(key, key)
    if key not in CLIENTS:
        raise ValueError(f"unknown client {name!r}: use one of {', '.join(CLIENTS)} (or --client-config PATH)")
    return CLIENTS[key]


def workspace_of(file: Path) -> str | None:
    """The workspace folder of a project-level file (`.cursor/mcp.json`, `.vscode/mcp.json`, `.mcp.json`); None for
    a user-level file (`~/.cursor/mcp.json` serves every workspace: the home directory is none of them)."""
    if file.parent.name in (".cursor", ".vscode"):
        return None if _is_home(file.parent.parent) else str(file.parent.parent)
    if file.name == ".mcp.json":
        return str(file.parent)
    return None


def _is_home(folder: Path) -> bool:
    """Whether `folder` is the user's home directory (links followed)."""
    homes = {os.environ.get("HOME"), os.environ.get("USERPROFILE"), str(Path.home())}
    try:
        here = folder.expanduser().resolve()
        return any(here == Path(h).expanduser().resolve() for h in homes if h)
    except (OSError, RuntimeError):
        return False


def is_ours(entry: Any) -> bool:
    """Whether a client's entry launches this gateway (here, or in a container)."""
    if not isinstance(entry, dict):
        return False
    command = Path(str(entry.get("command", ""))).name.lower()
    if command.removesuffix(".exe") in OUR_NAMES:
        return True
    args = entry.get("args")
    return isinstance(args, list) and (any(str(a) in OUR_NAMES for a in args[:6]) or in_container(entry))


def in_container(entry: Any) -> str | None:
    """The container runner (`docker`, `podman`, ...) of an entry that runs the gateway in a container: its image, or
    the command given after the image, names the gateway; None otherwise."""
    if not isinstance(entry, dict) or not isinstance(entry.get("args"), list):
        return None
    runner = Path(str(entry.get("command", ""))).name.lower().removesuffix(".exe")
    if runner not in CONTAINER_RUNNERS:
        return None
    args = [str(a) for a in entry["args"]]
    if "run" not in args[:3]:
        return None
    for arg in args[args.index("run") + 1 :]:
        image = arg.rpartition("/")[2].partition("@")[0].partition(":")[0]
        if arg in OUR_NAMES or (not arg.startswith("-") and image in OUR_NAMES):
            return runner
    return None


def config_of(entry: dict[str, Any]) -> str | None:
    """The gateway config an entry of ours starts the gateway with (`--config`/`-c` in its args, else
    `SECURE_MCP_GATEWAY_CONFIG` in its env); None when it names none."""
    args = entry.get("args")
    args = [str(a) for a in args] if isinstance(args, list) else []
    for i, arg in enumerate(args):
        if arg in ("--config", "-c") and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--config="):
            return arg.partition("=")[2]
    env = entry.get("env")
    named = env.get("SECURE_MCP_GATEWAY_CONFIG") if isinstance(env, dict) else None
    return named if isinstance(named, str) and named else None


_SERVER_KEYS = ("command", "args", "env", "cwd", "url", "headers", "envFile")
_DROPPED_QUIETLY = {"type", "transportType", "serverUrl", "httpUrl", "disabled", "enabled", "disabledTools"}
_TYPES = {"stdio": None, "http": "http", "streamable-http": "http", "streamableHttp": "http", "sse": "sse"}


def convert(client: Client, entry: Any, location: Location) -> tuple[dict[str, Any], list[str]]:
    """A client's server entry as a gateway server entry, and the client-only keys it leaves behind."""
    if not isinstance(entry, dict):
        raise NotMovable("is not an object")
    out: dict[str, Any] = {}
    for key in _SERVER_KEYS:
        if key in entry and entry[key] is not None:
            out[key] = entry[key]
    url = entry.get("url") or entry.get("serverUrl") or entry.get("httpUrl")
    if url:
        out["url"] = url
    kind = entry.get("type", entry.get("transportType"))
    if kind is not None:
        if kind not in _TYPES:
            raise NotMovable(f"has type {kind!r}, which the gateway does not run")
        if _TYPES[kind]:
            out["type"] = _TYPES[kind]
    if entry.get("disabled") is True or entry.get("enabled") is False:
        out["disabled"] = True
    deny = entry.get("disabledTools")
    if isinstance(deny, list) and deny:
        out["tools"] = {"deny": [str(t) for t in deny]}
    if not out.get("command") and not out.get("url"):
        raise NotMovable('has neither "command" nor "url"')
    args = entry.get("args") or []
    if not isinstance(args, list):
        raise NotMovable('has "args" that is not a list')
    out.pop("args", None)
    if args:
        out["args"] = [a if isinstance(a, str) else _scalar(a) for a in args]
    for key in ("env", "headers"):
        if key in out:
            if not isinstance(out[key], dict):
                raise NotMovable(f'has "{key}" that is not an object')
            out[key] = {str(k): v if isinstance(v, str) else _scalar(v) for k, v in out[key].items()}
    out = fill_in(client, out, location)
    base = location.project
    if base and "command" in out:
        cwd = out.get("cwd")
        out["cwd"] = str(Path(base) / cwd) if cwd else base
    if base and out.get("envFile") and not Path(out["envFile"]).expanduser().is_absolute():
        out["envFile"] = str(Path(base) / out["envFile"])
    if base:  # (a project's own server stays that project's: a database of one repository, a workspace's files)
        out["project"] = base
    left = sorted(k for k in entry if k not in _SERVER_KEYS and k not in _DROPPED_QUIETLY)
    order = {k: i for i, k in enumerate(entry)}
    return dict(sorted(out.items(), key=lambda kv: order.get(kv[0], len(order)))), left


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    raise NotMovable("has an env or header value that is not a string")


def fill_in(client: Client, value: Any, location: Location) -> Any:
    """`value` with the variables `client` fills in replaced as the gateway can (`${env:NAME}` kept for it); raises
    NotMovable for one only the client can fill in."""
    if isinstance(value, dict):
        return {k: fill_in(client, v, location) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_in(client, v, location) for v in value]
    if not isinstance(value, str) or "${" not in value or client.expands == "none":
        return value

    def one(m: re.Match[str]) -> str:
        body = m.group(1)
        if client.expands == "shell":
            plain = _PLAIN_VAR.match(body)
            if plain:
                return "${env:" + body + "}"
        if _ENV_REF.match(body):
            return m.group()
        if body == "userHome":
            return str(Path.home())
        if body in ("pathSeparator", "/"):
            return os.sep
        if body in ("workspaceFolder", "workspaceRoot") and location.project:
            return location.project
        if body == "workspaceFolderBasename" and location.project:
            return Path(location.project).name
        raise NotMovable(f"uses ${{{body}}}, which only {client.title} can fill in")

    return _VAR.sub(one, value)


def guess_client(path: Path, data: Any) -> Client:
    """The client a config file most likely belongs to, by its name and shape."""
    name = path.name.lower()
    if name == "claude_desktop_config.json":
        return CLIENTS["claude-desktop"]
    if name in (".claude.json", ".mcp.json"):
        return CLIENTS["claude-code"]
    if name == "mcp_config.json":
        return CLIENTS["windsurf"]
    if isinstance(data, dict) and "mcpServers" not in data:
        settings = data.get("mcp") if isinstance(data.get("mcp"), dict) else {}
        if isinstance(data.get("servers"), dict) or isinstance(settings.get("servers"), dict):
            return CLIENTS["vscode"]
    return CLIENTS["cursor"]

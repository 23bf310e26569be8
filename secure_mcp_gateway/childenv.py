"""What a child process gets: a small safe environment, a usable PATH and its resolved command."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

_SAFE_BASE_POSIX = ("HOME", "LOGNAME", "USER", "SHELL", "TERM", "LANG", "LANGUAGE", "TZ", "TMPDIR", "XDG_RUNTIME_DIR")
_SAFE_BASE_WINDOWS = (
    "APPDATA",
    "COMSPEC",
    "HOMEDRIVE",
    "HOMEPATH",
    "LOCALAPPDATA",
    "PATHEXT",
    "PROCESSOR_ARCHITECTURE",
    "PROGRAMDATA",
    "PROGRAMFILES",
    "SYSTEMDRIVE",
    "SYSTEMROOT",
    "TEMP",
    "TMP",
    "USERNAME",
    "USERPROFILE",
    "WINDIR",
)
NETWORK_VARS = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "all_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "NODE_EXTRA_CA_CERTS",
    "NODE_USE_SYSTEM_CA",
    "PIP_CERT",
    "UV_NATIVE_TLS",
    "GIT_SSL_CAINFO",
)
"""Proxy and CA-bundle variables: children behind a corporate proxy need them to reach anything."""

_EXTRA_PATH_POSIX = (
    "/usr/local/bin",
    "/opt/homebrew/bin",
    "/opt/homebrew/sbin",
    "/usr/bin",
    "/bin",
    "/usr/sbin",
    "/sbin",
    "~/.local/bin",
    "~/.cargo/bin",
    "~/.volta/bin",
    "~/.bun/bin",
    "~/.deno/bin",
)
"""Directories a GUI-launched client usually leaves off PATH, where `npx`, `uvx` and friends live."""


def child_environment(
    configured: Mapping[str, str], inherit: list[str], environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment of a child: safe base, proxy/CA variables, named extras, then the config's own `env`."""
    environ = os.environ if environ is None else environ
    names = _SAFE_BASE_WINDOWS if sys.platform == "win32" else _SAFE_BASE_POSIX
    env: dict[str, str] = {}
    for name in (*names, *NETWORK_VARS, *inherit):
        value = environ.get(name)
        if value is not None and not value.startswith("()"):
            env[name] = value
    for name, value in environ.items():
        if name.startswith("LC_"):
            env[name] = value
    env["PATH"] = usable_path(environ.get("PATH", ""))
    env.update(configured)
    return env


def usable_path(path: str) -> str:
    """PATH with the usual tool directories that exist appended, for clients launched from a GUI."""
    if sys.platform == "win32":
        return path
    parts = [p for p in path.split(os.pathsep) if p]
    for extra in _EXTRA_PATH_POSIX:
        expanded = os.path.expanduser(extra)
        if expanded not in parts and os.path.isdir(expanded):
            parts.append(expanded)
    nvm = Path(os.path.expanduser("~/.nvm/versions/node"))
    if nvm.is_dir():
        for version in sorted(nvm.iterdir(), reverse=True)[:1]:
            bin_dir = str(version / "bin")
            if bin_dir not in parts:
                parts.append(bin_dir)
    return os.pathsep.join(parts)


class CommandNotFound(Exception):
    """The configured command is not an executable on the child's PATH."""


def resolve_command(command: str, env: Mapping[str, str], cwd: str | None) -> str:
    """The executable to start for `command`, searched on the child's PATH; raises CommandNotFound."""
    try:
        return _resolve(command, env, cwd)
    except CommandNotFound as exc:
        split = _split(command)
        if len(split) < 2 or not _runs(split[0], env, cwd):
            raise
        raise CommandNotFound(  # (`"command": "npx -y pkg"`, as a shell line, whose first word runs)
            f'"command" holds its arguments too: write "command": {json.dumps(split[0])}, '
            f'"args": {json.dumps(split[1:])}'
        ) from exc


def _runs(command: str, env: Mapping[str, str], cwd: str | None) -> bool:
    try:
        _resolve(command, env, cwd)
    except CommandNotFound:
        return False
    return True


def _split(command: str) -> list[str]:
    try:
        return shlex.split(command, posix=os.name != "nt")
    except ValueError:
        return command.split()


def _resolve(command: str, env: Mapping[str, str], cwd: str | None) -> str:
    if os.sep in command or (os.altsep and os.altsep in command):
        candidate = Path(command).expanduser()
        if not candidate.is_absolute() and cwd:
            candidate = Path(cwd) / candidate
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
        raise CommandNotFound(f"{candidate} does not exist or is not executable")
    found = shutil.which(command, path=env.get("PATH"))
    if found is None:
        raise CommandNotFound(
            f'command {command!r} was not found on PATH; install it, or give its full path in "command"'
        )
    return found

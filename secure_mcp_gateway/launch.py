"""The command that launches this gateway: for a client (working without a shell's PATH) and for a person."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
import sysconfig
from pathlib import Path

DIST = "secure-mcp-gateway"
SCRIPT = "secure-mcp-gateway"


def _script_path() -> Path | None:
    """The installed console script beside this interpreter (the venv's `bin/` or `Scripts\\`), if there is one."""
    name = SCRIPT + (".exe" if sys.platform == "win32" else "")
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    return None


def ephemeral() -> bool:
    """Whether this interpreter lives in a throwaway environment (`uvx`, `pipx run`) that may vanish."""
    parts = [p.lower() for p in Path(sys.prefix).parts]
    joined = "/".join(parts)
    return (
        any(p.startswith("archive-v") for p in parts)
        or "/uv/cache" in joined
        or "/pipx/.cache" in joined
        or ("cache" in parts and "uv" in parts)
    )


def install_spec() -> str:
    """What `uvx --from` should install: where this copy came from (PEP 610), else the released version."""
    from importlib import metadata

    try:
        dist = metadata.distribution(DIST)
    except metadata.PackageNotFoundError:
        return DIST
    raw = dist.read_text("direct_url.json")
    if raw:
        try:
            info = json.loads(raw)
        except ValueError:
            info = {}
        url = str(info.get("url", ""))
        vcs = info.get("vcs_info")
        if isinstance(vcs, dict) and url:
            ref = vcs.get("commit_id") or vcs.get("requested_revision")
            return f"{vcs.get('vcs', 'git')}+{url}" + (f"@{ref}" if ref else "")
        if url.startswith("file://"):
            from urllib.parse import unquote, urlparse

            path = unquote(urlparse(url).path)
            if sys.platform == "win32" and path.startswith("/") and ":" in path[:4]:
                path = path[1:]
            return path
        if url:
            return url
    return f"{DIST}=={dist.version}"


def gateway_command(config: Path, mode: str = "auto") -> tuple[str, list[str]]:
    """(command, args) that start this gateway with `config`: an absolute script path, or `uvx --from <spec>`."""
    args = ["--config", str(config.absolute())]
    script = _script_path()
    if mode == "script" or (mode == "auto" and script is not None and not ephemeral()):
        if script is None:
            return str(Path(sys.executable).absolute()), ["-m", "secure_mcp_gateway", *args]
        return str(script), args
    command, run = _uvx()
    if Path(command).is_absolute():
        return command, [*run, *args]
    if mode == "auto" and not ephemeral():  # (no console script and no uv: this installation's Python runs it)
        return str(Path(sys.executable).absolute()), ["-m", "secure_mcp_gateway", *args]
    raise LaunchError(
        'uvx was not found (not on PATH, and no $UV): a client given a bare "uvx" could not start the gateway; '
        "install uv (https://docs.astral.sh/uv/), or pass --launch script to start it from this installation"
    )


class LaunchError(ValueError):
    """No command a client could start the gateway with; the message says what to install or pass instead."""


def _uvx() -> tuple[str, list[str]]:
    """The uvx (absolute) and the arguments that run this gateway's source through it."""
    run = ["--from", install_spec(), SCRIPT]
    uvx = shutil.which("uvx")
    if uvx:
        return str(Path(uvx).absolute()), run
    uv = os.environ.get("UV")  # (uv names itself to what it runs: `uvx` called by its path, not found on PATH)
    if uv and Path(uv).is_file():
        beside = Path(uv).with_name("uvx" + Path(uv).suffix)
        if beside.is_file() and os.access(beside, os.X_OK):
            return str(beside.absolute()), run
        return str(Path(uv).absolute()), ["tool", "run", *run]
    return "uvx", run


def shell_command() -> str:
    """How a person runs this gateway from a shell, for the hints printed after `install`/`init`."""
    if not ephemeral():
        if shutil.which(SCRIPT):
            return SCRIPT
        script = _script_path()
        return shlex.join([str(script)] if script else [sys.executable, "-m", "secure_mcp_gateway"])
    command, run = _uvx()
    return shlex.join(["uvx" if shutil.which("uvx") else command, *run])

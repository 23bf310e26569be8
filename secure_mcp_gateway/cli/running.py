"""Is a client app running? Claude Desktop writes its config back when it quits, losing a change made meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP_NAMES = {"claude-desktop": ("Claude", "claude-desktop", "Claude.exe")}
"""Process names of clients that rewrite their own config file while running (others re-read it)."""


def _linux_names(proc: Path = Path("/proc")) -> set[str]:
    names: set[str] = set()
    try:
        entries = list(proc.iterdir())
    except OSError:
        return names
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            names.add((entry / "comm").read_text().strip())
            exe = os.readlink(entry / "exe")
            names.add(os.path.basename(exe))
        except OSError:
            continue
    return names


def _listed(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def running_app(client: str, platform: str | None = None) -> str | None:
    """The process name of the client's app if it is running now (None when not, or when it cannot be told)."""
    wanted = APP_NAMES.get(client)
    if not wanted:
        return None
    platform = platform or sys.platform
    if platform == "win32":
        out = _listed(["tasklist", "/FI", "IMAGENAME eq Claude.exe", "/NH", "/FO", "CSV"]).lower()
        return "Claude.exe" if '"claude.exe"' in out else None
    if platform == "darwin":
        out = _listed(["pgrep", "-x", "Claude"])
        return "Claude" if out.strip() else None
    names = _linux_names()
    return next((n for n in wanted if n in names), None)

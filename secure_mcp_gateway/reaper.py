"""Processes a server leaves behind: its descendants (also those that left its group) found and ended."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys

TAG_VAR = "MCP_GATEWAY_PROCESS_TAG"
"""Set in every server's environment; descendants inherit it, so they can be found even after `setsid`."""

_RUN = secrets.token_hex(6)
_count = 0


def new_tag() -> str:
    """A tag for one spawned server: this gateway run's id and a serial number."""
    global _count
    _count += 1
    return f"{_RUN}.{_count}"


def run_prefix() -> str:
    """The tag prefix shared by every server this gateway run started."""
    return f"{_RUN}."


def parents() -> dict[int, int]:
    """A snapshot of pid -> parent pid of every visible process."""
    table: dict[int, int] = {}
    if os.path.isdir("/proc"):
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            fields = stat[stat.rfind(b")") + 2 :].split()
            with contextlib.suppress(IndexError, ValueError):
                table[int(entry)] = int(fields[1])
        return table
    try:
        out = subprocess.run(["ps", "-A", "-o", "pid=", "-o", "ppid="], capture_output=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return table
    for line in out.stdout.decode("ascii", "replace").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            table[int(parts[0])] = int(parts[1])
    return table


def descendants(roots: list[int], table: dict[int, int] | None = None) -> list[int]:
    """Every process below `roots` in the process tree (not the roots themselves)."""
    table = parents() if table is None else table
    children: dict[int, list[int]] = {}
    for pid, ppid in table.items():
        children.setdefault(ppid, []).append(pid)
    found: list[int] = []
    stack = list(roots)
    seen = set(roots)
    while stack:
        for kid in children.get(stack.pop(), []):
            if kid not in seen:
                seen.add(kid)
                found.append(kid)
                stack.append(kid)
    return found


def tagged(prefix: str) -> list[int]:
    """Processes whose environment carries a tag starting with `prefix` (Linux; elsewhere none)."""
    if not os.path.isdir("/proc"):
        return []
    needle = f"{TAG_VAR}={prefix}".encode()
    me = os.getpid()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                env = f.read()
        except OSError:
            continue
        if needle in env and (env.startswith(needle) or b"\0" + needle in env):
            found.append(int(entry))
    return found


def kill(pids: list[int], sig: int = getattr(signal, "SIGKILL", signal.SIGTERM)) -> None:
    """Send `sig` to each process, ignoring those already gone."""
    for pid in pids:
        if pid > 1 and pid != os.getpid():
            with contextlib.suppress(OSError):
                os.kill(pid, sig)


def kill_groups(pgids: list[int], sig: int = getattr(signal, "SIGKILL", signal.SIGTERM)) -> None:
    """Send `sig` to each process group, ignoring those already gone."""
    if sys.platform == "win32":
        return
    for pgid in pgids:
        if pgid > 1 and pgid != os.getpgrp():
            with contextlib.suppress(OSError):
                os.killpg(pgid, sig)


class Watchdog:
    """The gateway's side of the watchdog process: started with the first server, told of each one."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._failed = False

    def register(self, pid: int) -> None:
        """A server was started."""
        self._write(f"+{pid}\n")

    def unregister(self, pid: int) -> None:
        """A server was reaped; its pid may be reused."""
        if self._proc is not None:
            self._write(f"-{pid}\n")

    def _write(self, line: str) -> None:
        if sys.platform == "win32" or self._failed:
            return
        if self._proc is None:
            script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "watchdog.py")
            try:
                self._proc = subprocess.Popen(
                    [sys.executable, "-I", "-S", script, run_prefix()],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                    close_fds=True,
                )
            except OSError:
                self._failed = True
                return
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(line.encode())
            self._proc.stdin.flush()
        except OSError:
            self._failed = True

    def close(self) -> None:
        """Let the watchdog sweep and exit (the gateway is stopping in order)."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()


WATCHDOG = Watchdog()
"""The one watchdog of this gateway process."""

"""A tiny process that outlives a killed gateway just long enough to end every server it started.

Run as a script (standard library only, no package import). The gateway writes `+PID` / `-PID` lines for each
server it starts or reaps; when the pipe ends (the gateway exited or was killed, even with SIGKILL), every server
still registered, its process group, its descendants and (on Linux) every process carrying the run's tag is killed.
"""

from __future__ import annotations

import os
import signal
import sys
import time

_DIR = os.path.dirname(os.path.abspath(__file__))


def _reaper():  # type: ignore[no-untyped-def]
    """The sibling reaper module, loaded by path so that the package is not imported."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_gateway_reaper", os.path.join(_DIR, "reaper.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    """Watch stdin until it ends, then end what is registered and tagged."""
    prefix = argv[1] if len(argv) > 1 else ""
    for sig in ("SIGINT", "SIGTERM", "SIGHUP", "SIGPIPE"):
        if hasattr(signal, sig):
            signal.signal(getattr(signal, sig), signal.SIG_IGN)
    reaper = _reaper()
    alive: set[int] = set()
    buf = b""
    while True:
        try:
            chunk = os.read(0, 4096)
        except InterruptedError:
            continue
        except OSError:
            chunk = b""
        if not chunk:
            break
        buf += chunk
        *lines, buf = buf.split(b"\n")
        for line in lines:
            if line[:1] == b"+" and line[1:].isdigit():
                alive.add(int(line[1:]))
            elif line[:1] == b"-" and line[1:].isdigit():
                alive.discard(int(line[1:]))
    _sweep(reaper, sorted(alive), prefix)
    return 0


def _sweep(reaper, roots: list[int], prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Stop everything at once, kill it, then look twice more for stragglers forked in between."""
    for attempt in range(3):
        below = reaper.descendants(roots) if roots else []
        stray = reaper.tagged(prefix) if prefix else []
        targets = sorted(set(roots) | set(below) | set(stray))
        reaper.kill_groups(roots, signal.SIGKILL)
        reaper.kill(targets, signal.SIGKILL)
        if not targets and attempt:
            return
        time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

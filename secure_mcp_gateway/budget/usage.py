"""How often each tool was called, across runs (a small 0600 JSON file), to list the most used first."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)
_SAVE_EVERY = 5.0
_MAX_NAMES = 5000


def default_path() -> Path:
    """`tool-usage.json` in the gateway's state directory (config `state.dir`, its variable, else the user's)."""
    from secure_mcp_gateway.state import state_dir

    return state_dir() / "tool-usage.json"


class ToolUsage:
    """Call counts by public tool name: loaded once, counted in memory, merged into the file now and then."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._counts = _load(path)
        self._unsaved: dict[str, int] = {}
        self._saved_at = time.monotonic()

    def snapshot(self) -> dict[str, int]:
        """The counts so far (a copy)."""
        return dict(self._counts)

    def count(self, public: str) -> None:
        """One call of `public`."""
        self._counts[public] = self._counts.get(public, 0) + 1
        self._unsaved[public] = self._unsaved.get(public, 0) + 1
        if time.monotonic() - self._saved_at >= _SAVE_EVERY:
            self.save()

    def save(self) -> None:
        """Add the unsaved counts to the file (another gateway may have written it meanwhile)."""
        self._saved_at = time.monotonic()
        if self.path is None or not self._unsaved:
            return
        merged = _load(self.path)
        for name, n in self._unsaved.items():
            merged[name] = merged.get(name, 0) + n
        if len(merged) > _MAX_NAMES:
            merged = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:_MAX_NAMES])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(merged, f)
            os.replace(tmp, self.path)
        except OSError as exc:
            log.info("tool usage counts not saved: %s", exc)
            return
        self._unsaved = {}
        self._counts = {**merged, **{k: v for k, v in self._counts.items() if k not in merged}}


def _load(path: Path | None) -> dict[str, int]:
    if path is None:
        return {}
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return {str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}
    return {}

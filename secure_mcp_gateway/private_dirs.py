"""Directories the gateway keeps its own files in (audit, cache, state): made private, or refused when unsafe."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)


class UnsafeDirectory(OSError):
    """A directory that others could write to and that the gateway cannot make private."""


def ensure_private_dir(path: Path, what: str) -> None:
    """Create `path` (0700) or check it: group/world-writable and ours is fixed with a warning, else refused."""
    if not path.is_dir():
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
        return
    if os.name != "posix":  # pragma: no cover - POSIX modes only
        return
    st = path.stat()
    if not st.st_mode & 0o022:
        return
    mode = stat.S_IMODE(st.st_mode)
    if st.st_uid != os.getuid():
        raise UnsafeDirectory(
            f"{what} directory {path} is writable by other users (mode {mode:o}) and belongs to uid {st.st_uid}, "
            "so anyone could replace its files; choose a directory of your own"
        )
    os.chmod(path, mode & ~0o077)
    log.warning(
        "%s directory %s was writable by other users (mode %o); made it private (%o)", what, path, mode, mode & ~0o077
    )

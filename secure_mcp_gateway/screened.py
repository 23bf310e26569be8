"""Digests of the definitions screened clean, kept per screening stamp in the state directory, so a start whose
catalogs are not cached (a cleared cache, a server whose launch changed) does not screen an unchanged one again.

A digest names one definition's exact JSON (see `view._definition_digest`); a stamp names the checks that found it
clean (the detectors' code and the server's policy, see `Pipeline.screening_stamp`): a changed definition or
changed checks find no digest and are screened. A file decides what is shown unscreened, so it is trusted only when
its HMAC-SHA256 under the local key's `screened` subkey (covering the stamp too) verifies; anything else (no file,
a bad MAC, no key, a directory that cannot be read or written) is read as nothing kept, with one warning, and the
definitions are screened as on a first start. Files are written to a temporary file and renamed into place, each
write adding to what the file holds (gateways of other clients keep theirs there too).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PURPOSE = "screened"
"""The local key's subkey the files are authenticated with."""
LIMIT = 200_000
"""Most digests kept per stamp; beyond it a file keeps only the digests of the run that writes it."""
STAMPS = 8
"""Most stamps kept (the files written last); older checks' files are removed."""
_MAGIC = b"smg-screened 1\n"
_MAC_SIZE = 64
_SUFFIX = ".clean"
_TEMP = ".tmp"
_STALE = 3600.0
"""A temporary file older than this (seconds) was left by a writer that stopped; it is removed."""
_READ_LIMIT = (LIMIT + 1) * 65 + 4096
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class ScreenedStore:
    """A directory of authenticated sets of clean digests, one file per stamp (see the module)."""

    def __init__(self, directory: Path, key: Callable[[], Any]) -> None:
        self.directory = directory
        self._key_source = key
        self._key: Any = None
        self._off = False
        self._lock = threading.Lock()
        self._warned: set[str] = set()

    def load(self, stamp: str) -> set[str]:
        """The digests kept clean under `stamp` (empty when none are kept, or the file does not verify)."""
        key = self._local_key()
        if key is None:
            return set()
        path = self.path(stamp)
        try:
            data = _read(path)
        except FileNotFoundError:
            return set()
        except OSError as exc:
            self._warn("read", "definitions screened clean cannot be read from %s (%s); screening them", path, exc)
            return set()
        found = _verified(key, stamp, data)
        if found is None:
            self._warn(stamp, "definitions screened clean in %s do not verify; screening them again", path)
            return set()
        return found

    def save(self, stamp: str, digests: Collection[str]) -> None:
        """Keep `digests` clean under `stamp`, with those kept there already (up to `LIMIT`)."""
        key = self._local_key()
        if key is None or not digests:
            return
        with self._lock:  # (one writer per process: a second would re-read what the first is replacing)
            kept = self.load(stamp)
            if kept.issuperset(digests):
                return
            merged = kept | set(digests) if len(kept) + len(digests) <= LIMIT else set(list(digests)[:LIMIT])
            payload = "\n".join(sorted(merged)).encode("ascii", "replace")
            try:
                _ensure_dir(self.directory)
                _write(self.path(stamp), _sealed(key, stamp, payload))
            except OSError as exc:
                self._warn("write", "definitions screened clean cannot be kept in %s (%s)", self.directory, exc)
                return
            with contextlib.suppress(OSError):
                _bound(self.directory, STAMPS)

    def path(self, stamp: str) -> Path:
        """The file of the digests kept under `stamp`."""
        name = "".join(c for c in stamp if c.isalnum())[:40] or "none"
        return self.directory / f"{name}{_SUFFIX}"

    def _local_key(self) -> Any:
        if self._off:
            return None
        if self._key is None:
            try:
                self._key = self._key_source()
            except Exception as exc:
                self._off = True
                self._warn("key", "definitions screened clean are not kept: no local key (%s)", exc)
                return None
        return self._key

    def _warn(self, topic: str, message: str, *args: Any) -> None:
        if topic not in self._warned:
            self._warned.add(topic)
            log.warning(message, *args)


def _sealed(key: Any, stamp: str, payload: bytes) -> bytes:
    """A file's bytes: a header, the MAC of the stamp and digests, the digests one a line."""
    return _MAGIC + key.mac(PURPOSE, stamp.encode() + b"\n" + payload).encode() + b"\n" + payload


def _verified(key: Any, stamp: str, data: bytes) -> set[str] | None:
    """The digests of a file kept under `stamp`, or None when its MAC does not verify."""
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or data[head + _MAC_SIZE : head + _MAC_SIZE + 1] != b"\n":
        return None
    try:
        mac = data[head : head + _MAC_SIZE].decode("ascii")
        payload = data[head + _MAC_SIZE + 1 :]
        if not key.check(PURPOSE, stamp.encode() + b"\n" + payload, mac):
            return None
        return set(payload.decode("ascii").split("\n")) if payload else set()
    except UnicodeDecodeError:
        return None


def _read(path: Path) -> bytes:
    """A file's bytes (a link is not followed, only a regular file is read)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        return f.read(_READ_LIMIT)


def _ensure_dir(directory: Path) -> None:
    from secure_mcp_gateway.private_dirs import ensure_private_dir

    ensure_private_dir(directory, "screened definitions")


def _write(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it into place (atomic for readers)."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=_TEMP, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _bound(directory: Path, most: int) -> None:
    """Remove all but the `most` files written last, and temporary files a writer that stopped left."""
    files = []
    stale = (time.time() - _STALE) * 1e9
    for entry in os.scandir(directory):
        with contextlib.suppress(OSError):
            if entry.name.endswith(_SUFFIX):
                files.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
            elif entry.name.endswith(_TEMP) and entry.stat(follow_symlinks=False).st_mtime_ns < stale:
                os.unlink(entry.path)
    for _, path in sorted(files, reverse=True)[most:]:
        with contextlib.suppress(OSError):
            os.unlink(path)

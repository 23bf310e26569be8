"""The hash chain on disk: line prefix (`seq`, `prev`), line hashes, the rotated file set, tails and the lock file.

A trail is `audit.jsonl` (newest lines) plus rotated files `audit.jsonl.1` (newest) ... `audit.jsonl.N` (oldest).
Each line is one JSON object that starts with `{"seq":N,"prev":"<HMAC-SHA256 of the previous line's bytes>",...`
(trails written before keyed chains used the plain sha256). `audit.jsonl.lock` is never rotated: writers hold an
exclusive advisory lock on it around each batch, and it holds the seq and MAC of the last line written, which lets a
restarted writer notice lines cut off the end. Files are never opened through a symbolic link.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

logger = logging.getLogger(__name__)

GENESIS = "0" * 64
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_STATE_LEN = 86  # "%020d %64s\n"
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

try:  # POSIX
    import fcntl as _fcntl
except ImportError:  # pragma: no cover - Windows
    _fcntl = None  # type: ignore[assignment]
try:  # pragma: no cover - Windows
    import msvcrt as _msvcrt
except ImportError:
    _msvcrt = None  # type: ignore[assignment]


def line_hash(line: bytes) -> str:
    """The sha256 hex of a line's exact bytes, without its newline: the next line's `prev`."""
    return hashlib.sha256(line).hexdigest()


_SECOND: tuple[int | None, str] = (None, "")
_MILLIS = tuple(f".{ms:03d}Z" for ms in range(1000))
"""The end of a time stamp for each millisecond (formatted once, not on every line)."""


def iso_ts(epoch: float) -> str:
    """UTC ISO-8601 with milliseconds and a `Z`, e.g. `2026-11-01T12:00:00.123Z`."""
    global _SECOND
    whole = int(epoch)
    ms = int((epoch - whole) * 1000)
    second = _SECOND
    if second[0] != whole:  # lines come many a second: the date and time are formatted once per second
        second = _SECOND = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
    if ms >= 0:  # (before 1970 the fraction is negative)
        return second[1] + _MILLIS[ms]
    return f"{second[1]}.{ms:03d}Z"


def line_prefix(seq: int, prev: str) -> bytes:
    """The start of a line, before the rest of its JSON object."""
    return b'{"seq":%d,"prev":"%s",' % (seq, prev.encode("ascii"))


def chain_fields(line: bytes) -> tuple[int, str, dict[str, Any]] | None:
    """`(seq, prev, object)` of a complete line, or None if it is not a chain line."""
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    seq, prev = obj.get("seq"), obj.get("prev")
    if type(seq) is not int or not isinstance(prev, str) or not _HEX64.fullmatch(prev):
        return None
    return seq, prev, obj


def rotated_path(path: Path, index: int) -> Path:
    """The name of the index-th rotated file (1 is the newest)."""
    return path.with_name(f"{path.name}.{index}")


def lock_path(path: Path) -> Path:
    """The lock (and last-line state) file that sits next to a trail."""
    return path.with_name(path.name + ".lock")


def rotated_files(path: Path) -> list[Path]:
    """The rotated files of a trail that exist, oldest first."""
    pattern = re.compile(re.escape(path.name) + r"\.([0-9]+)")
    found: list[tuple[int, Path]] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m and entry.is_file():
            found.append((int(m.group(1)), entry))
    return [p for _, p in sorted(found, reverse=True)]


def trail_files(path: Path) -> list[Path]:
    """Every file of a trail that exists, oldest first, the current file last."""
    files = rotated_files(path)
    if path.is_file():
        files.append(path)
    return files


@dataclass
class Tail:
    """The end of a trail file: its last complete line and any bytes after the last newline."""

    line: bytes | None
    """The last complete line, without its newline; None when the file holds no complete line."""
    end: int
    """The offset just past the last newline: where a torn write starts."""
    torn: bytes
    """Bytes after the last newline (a write cut short); empty when the file ends cleanly."""


def read_tail(f: BinaryIO, size: int, chunk: int = 65536) -> Tail:
    """Read backwards from `size` until the last complete line of an open file is found."""
    pos = size
    buf = b""
    last_nl = -1
    while pos > 0:
        start = max(0, pos - chunk)
        f.seek(start)
        buf = f.read(pos - start) + buf
        pos = start
        last_nl = buf.rfind(b"\n")
        if last_nl != -1 and (pos == 0 or buf.rfind(b"\n", 0, last_nl) != -1):
            break
    if last_nl == -1:
        return Tail(None, 0, buf)
    first = buf.rfind(b"\n", 0, last_nl) + 1
    return Tail(buf[first:last_nl], pos + last_nl + 1, buf[last_nl + 1 :])


def last_line_of(path: Path) -> bytes | None:
    """The last complete line of a file, or None if it is missing or holds none."""
    lines = last_lines_of(path, 1)
    return lines[0] if lines else None


def last_lines_of(path: Path, count: int = 2) -> list[bytes]:
    """Up to `count` last complete lines of a file (oldest first); empty if it is missing or holds none."""
    out: list[bytes] = []
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | getattr(os, "O_BINARY", 0))
    except OSError:
        return out
    with os.fdopen(fd, "rb") as f:
        end = os.fstat(f.fileno()).st_size
        while len(out) < count and end > 0:
            tail = read_tail(f, end)
            if tail.line is None:
                break
            out.insert(0, tail.line)
            end = tail.end - len(tail.line) - 1
    return out


def first_line_of(path: Path, limit: int = 1 << 20) -> bytes | None:
    """The first complete line of a file, or None."""
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        line = f.readline(limit)
    return line[:-1] if line.endswith(b"\n") else None


def open_nofollow(path: Path, flags: int, mode: int = 0o600) -> int:
    """`os.open` that refuses a symbolic link at `path` with a clear error."""
    try:
        return os.open(path, flags | NOFOLLOW, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (NOFOLLOW == 0 and path.is_symlink()):
            raise OSError(errno.ELOOP, f"{path} is a symbolic link; refusing to follow it") from None
        raise


class TrailLock:
    """An advisory lock on `<trail>.lock` (flock on POSIX, msvcrt elsewhere) and the last-line state it holds."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = path
        flags = os.O_RDWR | os.O_CREAT if create else os.O_RDONLY
        self._fd = open_nofollow(path, flags | getattr(os, "O_BINARY", 0), 0o600)
        self._held = False
        self._supported = _fcntl is not None or _msvcrt is not None

    def acquire(self, shared: bool = False) -> None:
        """Block until the lock is held (shared for readers where the platform allows it)."""
        if not self._supported:
            return
        try:
            if _fcntl is not None:
                _fcntl.flock(self._fd, _fcntl.LOCK_SH if shared else _fcntl.LOCK_EX)
            elif _msvcrt is not None:  # pragma: no cover - Windows
                os.lseek(self._fd, 0, os.SEEK_SET)
                _msvcrt.locking(self._fd, _msvcrt.LK_LOCK, 1)
        except OSError as exc:
            if exc.errno not in _UNSUPPORTED:
                raise
            self._supported = False  # e.g. some network filesystems: go on without the lock
            logger.warning("%s: file locking is not supported here; two gateways may interleave lines", self.path)
            return
        self._held = True

    def release(self) -> None:
        """Let other writers in."""
        if not self._held:
            return
        self._held = False
        if _fcntl is not None:
            _fcntl.flock(self._fd, _fcntl.LOCK_UN)
        elif _msvcrt is not None:  # pragma: no cover - Windows
            os.lseek(self._fd, 0, os.SEEK_SET)
            _msvcrt.locking(self._fd, _msvcrt.LK_UNLCK, 1)

    def __enter__(self) -> TrailLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def read_state(self) -> tuple[int, str] | None:
        """`(seq, hash)` of the last line any writer wrote, if recorded."""
        try:
            if hasattr(os, "pread"):
                data = os.pread(self._fd, _STATE_LEN, 0)
            else:  # pragma: no cover - Windows
                os.lseek(self._fd, 0, os.SEEK_SET)
                data = os.read(self._fd, _STATE_LEN)
        except OSError:
            return None
        parts = data.decode("ascii", "replace").split()
        if len(parts) != 2 or not parts[0].isdigit() or not _HEX64.fullmatch(parts[1]):
            return None
        return int(parts[0]), parts[1]

    def write_state(self, seq: int, digest: str) -> None:
        """Record the last line written (call with the lock held)."""
        data = b"%020d %s\n" % (seq, digest.encode("ascii"))
        if hasattr(os, "pwrite"):
            os.pwrite(self._fd, data, 0)
        else:  # pragma: no cover - Windows
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)

    def close(self) -> None:
        """Release and close."""
        try:
            self.release()
        finally:
            os.close(self._fd)

"""Compiled Hyperscan databases kept on disk, so a start after the first loads them instead of compiling them.

Compiling the detectors' databases costs over a second of CPU on every start; loading one costs well under a
millisecond. A stored database decides what a detector sees, so an entry is trusted only when it is sound:

- it is named by a digest of everything the compiled bytes depend on (the expressions, ids and flags, the mode,
  the Hyperscan build and the machine's CPU features, this package's version): other inputs find no entry;
- its bytes carry an HMAC-SHA256 under the local key's `hyperscan-db` subkey (see `keys`) that covers the name's
  digest too, so an edited, truncated or foreign entry, or one moved under another name, does not verify;
- Hyperscan itself must accept the bytes.

Anything else (no entry, a bad MAC, bytes Hyperscan refuses, no key, a directory that cannot be read or written)
compiles as before and replaces the entry when it can, with one warning; it never fails a compile. Entries are
written to a temporary file and renamed into place (a reader sees a whole entry or none), and the directory is
kept under `LIMIT` bytes. Without `configure` (library use, tests) nothing is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import platform
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway import __version__

log = logging.getLogger(__name__)

PURPOSE = "hyperscan-db"
"""The local key's subkey the entries are authenticated with."""
LIMIT = 96 * 1024 * 1024
"""Most bytes the stored entries take together; the oldest go first beyond it."""
ENTRY_LIMIT = 48 * 1024 * 1024
"""A larger entry is neither read nor written (the expressions' code index, the largest, is ~30 MB)."""
_MAGIC = b"smg-hsdb 1\n"
_MAC_SIZE = 64
_SUFFIX = ".hsdb"
_TEMP = ".tmp"
_STALE = 3600.0
"""A temporary file older than this (seconds) was left by a writer that stopped; it is removed."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class Store:
    """A directory of authenticated compiled databases (see the module)."""

    def __init__(self, directory: Path, key: Callable[[], Any]) -> None:
        self.directory = directory
        self._key_source = key
        self._key: Any = None
        self._lock = threading.Lock()
        self._warned: set[str] = set()
        self._off = False
        """Set when no key can be had: nothing is read or written from then on."""
        self._unwritable = False

    def compiled(self, hyperscan: Any, expressions: list[bytes], ids: list[int], flags: list[int]) -> Any:
        """A block-mode database of these expressions: the stored one when it is sound, else compiled (and
        stored); raises what compiling raises."""
        mode = hyperscan.HS_MODE_BLOCK
        name = digest(hyperscan, expressions, ids, flags, mode)
        key = self._local_key()
        if key is not None:
            db = self._load(hyperscan, key, name, mode)
            if db is not None:
                return db
        db = hyperscan.Database()
        db.compile(expressions=expressions, ids=ids, flags=flags)
        if key is not None and not self._unwritable:
            self._save(hyperscan, key, name, db)
        return db

    def path(self, name: str) -> Path:
        """Where the entry of digest `name` lives."""
        return self.directory / f"{name}{_SUFFIX}"

    def _local_key(self) -> Any:
        if self._off:
            return None
        key = self._key
        if key is None:
            failed: Exception | None = None
            with self._lock:
                if self._key is None and not self._off:
                    try:
                        self._key = self._key_source()
                    except Exception as exc:
                        self._off = True
                        failed = exc
                key = self._key
            if failed is not None:
                self._warn("key", "compiled detector databases are not stored: no local key (%s)", failed)
        return key

    def holds(self, kind: str, inputs: Any) -> bool:
        """Whether an entry `remembered` would look for under (`kind`, `inputs`) is there (not read: whether it is
        sound is known when it is read)."""
        return self.path(_remembered_name(kind, inputs)).is_file()

    def remembered(self, kind: str, inputs: Any, make: Callable[[], list[str | None]]) -> list[str | None]:
        """`make()`, a list of texts (or None) that depends only on `inputs` (which name the code that makes it):
        the stored one when it is sound, else made (and stored)."""
        found = self.recall(kind, inputs)
        if found is not None:
            return found
        made = make()
        self.keep(kind, inputs, made)
        return made

    def recall(self, kind: str, inputs: Any) -> list[str | None] | None:
        """The list of texts kept under (`kind`, `inputs`) when it is there and sound (see `remembered`), or None."""
        name = _remembered_name(kind, inputs)
        key = self._local_key()
        payload = None if key is None else self._payload(key, name)
        if payload is None:
            return None
        try:
            found = json.loads(payload)
        except ValueError:
            found = None
        if isinstance(found, list) and all(x is None or isinstance(x, str) for x in found):
            return found
        self._warn(name, "stored prepared detector data %s does not load; preparing it again", self.path(name))
        return None

    def keep(self, kind: str, inputs: Any, texts: list[str | None]) -> None:
        """Keep `texts` under (`kind`, `inputs`), what only `inputs` decides (see `remembered`)."""
        self.keep_bytes(kind, inputs, json.dumps(texts).encode())

    def recall_bytes(self, kind: str, inputs: Any) -> memoryview | None:
        """The bytes kept under (`kind`, `inputs`) when they are there and verify (not copied), or None."""
        key = self._local_key()
        return None if key is None else self._payload(key, _remembered_name(kind, inputs), view=True)

    def keep_bytes(self, kind: str, inputs: Any, payload: bytes) -> None:
        """Keep `payload` under (`kind`, `inputs`), what only `inputs` decides."""
        key = self._local_key()
        if key is not None and not self._unwritable:
            self._put(key, _remembered_name(kind, inputs), payload)

    def _payload(self, key: Any, name: str, view: bool = False) -> Any:
        """The verified bytes of the entry `name` (a view of them with `view`); None when there is none or it is not
        sound (one warning)."""
        path = self.path(name)
        try:
            data = _read(path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._warn("directory", "compiled detector database %s cannot be read (%s); compiling", path, exc)
            return None
        payload = _verified(key, name, data, view)
        if payload is None:
            self._warn(name, "stored compiled detector database %s does not verify; compiling it again", path)
        return payload

    def _load(self, hyperscan: Any, key: Any, name: str, mode: int) -> Any:
        payload = self._payload(key, name)
        if payload is None:
            return None
        try:
            return hyperscan.loadb(payload, mode)
        except Exception as exc:
            path = self.path(name)
            self._warn(name, "stored compiled detector database %s does not load (%s); compiling it again", path, exc)
            return None

    def _save(self, hyperscan: Any, key: Any, name: str, db: Any) -> None:
        try:
            payload = hyperscan.dumpb(db)
        except Exception:
            return
        self._put(key, name, payload)

    def _put(self, key: Any, name: str, payload: bytes) -> None:
        entry = sealed(key, name, payload)
        if len(entry) > ENTRY_LIMIT:
            return
        try:
            _ensure_dir(self.directory)
            _write(self.path(name), entry)
        except OSError as exc:
            self._unwritable = True
            self._warn("directory", "compiled detector databases cannot be stored in %s (%s)", self.directory, exc)
            return
        with contextlib.suppress(OSError):
            _bound(self.directory, LIMIT, keep=self.path(name))

    def _warn(self, topic: str, message: str, *args: Any) -> None:
        with self._lock:
            if topic in self._warned:
                return
            self._warned.add(topic)
        log.warning(message, *args)


def digest(hyperscan: Any, expressions: list[bytes], ids: list[int], flags: list[int], mode: int) -> str:
    """The hex digest that names the entry of a database compiled from these inputs, here."""
    inputs = (_MAGIC, __version__, _build(hyperscan), mode, tuple(expressions), tuple(ids), tuple(flags))
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def sealed(key: Any, name: str, payload: bytes) -> bytes:
    """The stored form of a database's bytes: a header, the MAC of the name and bytes, the bytes."""
    return _MAGIC + key.mac(PURPOSE, name.encode() + b"\n", payload).encode() + b"\n" + payload


def _verified(key: Any, name: str, data: bytes, view: bool = False) -> Any:
    """The database's bytes of a stored entry named `name` (a view of them with `view`: not copied), or None when
    its MAC does not verify."""
    head = len(_MAGIC)
    if not data.startswith(_MAGIC) or data[head + _MAC_SIZE : head + _MAC_SIZE + 1] != b"\n":
        return None
    try:
        mac = data[head : head + _MAC_SIZE].decode("ascii")
    except UnicodeDecodeError:  # (a MAC with other characters would make the comparison raise)
        return None
    payload = memoryview(data)[head + _MAC_SIZE + 1 :]
    if not hmac.compare_digest(key.mac(PURPOSE, name.encode() + b"\n", payload), mac):
        return None
    return payload if view else payload.tobytes()


_BUILD: list[tuple[Any, ...]] = []


def _build(hyperscan: Any) -> tuple[Any, ...]:
    """What the compiled bytes depend on besides the inputs: the Hyperscan package and its library file, the
    machine and its CPU features (read once)."""
    if not _BUILD:
        ext = getattr(hyperscan, "_hs_ext", None)
        where = getattr(ext, "__file__", None) or getattr(hyperscan, "__file__", "")
        try:
            info = os.stat(where)
            lib = (where, info.st_size, info.st_mtime_ns)
        except OSError:
            lib = (where, -1, -1)
        version = getattr(hyperscan, "__version__", "")
        _BUILD.append((version, lib, platform.machine(), platform.system(), _cpu_features()))
    return _BUILD[0]


def _cpu_features() -> str:
    """A digest of the CPU's feature flags (Linux), else the processor's name."""
    try:
        with open("/proc/cpuinfo", "rb") as f:
            text = f.read(1 << 20)
    except OSError:
        return platform.processor()
    flags = sorted({line for line in text.splitlines() if line.startswith((b"flags", b"Features"))})
    return hashlib.sha256(b"\n".join(flags)).hexdigest()


def _read(path: Path) -> bytes:
    """The entry's bytes (at most `ENTRY_LIMIT`; a link is not followed, only a regular file is read)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        return f.read(ENTRY_LIMIT + 1)


def _ensure_dir(directory: Path) -> None:
    from secure_mcp_gateway.private_dirs import ensure_private_dir

    ensure_private_dir(directory, "compiled detector database")


def _write(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it into place (atomic for readers)."""
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=_TEMP, dir=path.parent)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _bound(directory: Path, limit: int, keep: Path) -> None:
    """Remove the oldest entries (and stale temporary files) until the rest take at most `limit` bytes."""
    entries = []
    stale = (time.time() - _STALE) * 1e9
    for path in directory.iterdir():
        with contextlib.suppress(OSError):
            if path.name.endswith(_SUFFIX):
                info = path.stat()
                entries.append((info.st_mtime_ns, info.st_size, path))
            elif path.name.endswith(_TEMP) and path.stat().st_mtime_ns < stale:
                path.unlink()
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda e: e[0]):
        if total <= limit:
            break
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size


def clear(directory: Path) -> tuple[int, OSError | None]:
    """Remove the stored databases (and temporary files) in `directory`: how many entries were removed, and the
    first error that left any in place (None: none was left; a missing directory holds none)."""
    try:
        paths = list(directory.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return 0, None
    except OSError as e:  # e.g. a folder this user may not read
        return 0, e
    removed, failed = 0, None
    for path in paths:
        if not path.name.endswith((_SUFFIX, _TEMP)):
            continue
        try:
            if path.is_dir():
                continue
            path.unlink()  # (a link is removed, never followed)
        except FileNotFoundError:  # removed meanwhile
            continue
        except OSError as e:
            failed = failed or e
            continue
        removed += path.name.endswith(_SUFFIX)
    return removed, failed


_STORE: list[Store] = []


def configure(directory: Path | None, key: Callable[[], Any] | None = None) -> None:
    """Store compiled databases in `directory`, authenticated with the local key `key()` gives (read when first
    needed); None: store nothing (the default)."""
    _STORE[:] = [Store(directory, key)] if directory is not None and key is not None else []


def store() -> Store | None:
    """The configured store, if any."""
    return _STORE[0] if _STORE else None


def compiled(hyperscan: Any, expressions: list[bytes], ids: list[int], flags: list[int]) -> Any:
    """A block-mode database of these expressions: from the configured store when it holds a sound one, else
    compiled (see `Store.compiled`); raises what compiling raises."""
    found = store()
    if found is not None:
        return found.compiled(hyperscan, expressions, ids, flags)
    db = hyperscan.Database()
    db.compile(expressions=expressions, ids=ids, flags=flags)
    return db


def _remembered_name(kind: str, inputs: Any) -> str:
    """The digest that names a `remembered` entry."""
    return hashlib.sha256(repr((_MAGIC, kind, __version__, sys.version, inputs)).encode()).hexdigest()


def holds(kind: str, inputs: Any) -> bool:
    """Whether the configured store has an entry for (`kind`, `inputs`) (see `Store.holds`); False without one."""
    found = store()
    return found is not None and found.holds(kind, inputs)


def remembered(kind: str, inputs: Any, make: Callable[[], list[str | None]]) -> list[str | None]:
    """`make()` from the configured store when it holds a sound copy, else made (see `Store.remembered`)."""
    found = store()
    return make() if found is None else found.remembered(kind, inputs, make)


def recall(kind: str, inputs: Any) -> list[str | None] | None:
    """What the configured store keeps under (`kind`, `inputs`) when it is sound (see `Store.recall`), or None."""
    found = store()
    return None if found is None else found.recall(kind, inputs)


def keep(kind: str, inputs: Any, texts: list[str | None]) -> None:
    """Keep `texts` under (`kind`, `inputs`) in the configured store, if any (see `Store.keep`)."""
    found = store()
    if found is not None:
        found.keep(kind, inputs, texts)


def recall_bytes(kind: str, inputs: Any) -> memoryview | None:
    """The bytes the configured store keeps under (`kind`, `inputs`) when they verify (see `Store.recall_bytes`)."""
    found = store()
    return None if found is None else found.recall_bytes(kind, inputs)


def keep_bytes(kind: str, inputs: Any, payload: bytes) -> None:
    """Keep `payload` under (`kind`, `inputs`) in the configured store, if any (see `Store.keep_bytes`)."""
    found = store()
    if found is not None:
        found.keep_bytes(kind, inputs, payload)

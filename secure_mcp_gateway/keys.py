"""The local secret key (created once, mode 0600, outside the audit and cache directories) and its derived subkeys.

One random 256-bit key per user authenticates the audit chain, cache entries and pins. It lives in the user data
directory (`~/.local/share/secure-mcp-gateway/gateway.key` on Linux) unless `state.key_file` or
`SECURE_MCP_GATEWAY_STATE__KEY_FILE` says otherwise, and is never logged. Each use gets its own subkey
(HMAC-SHA256 of the key and a purpose label), so a MAC made for one purpose never verifies for another.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secure_mcp_gateway.config import StateSettings

log = logging.getLogger(__name__)

APP_NAME = "secure-mcp-gateway"
KEY_ENV = "SECURE_MCP_GATEWAY_STATE__KEY_FILE"
STATE_ENV = "SECURE_MCP_GATEWAY_STATE__DIR"
STATE_ALIAS_ENV = "SECURE_MCP_GATEWAY_STATE_DIR"
"""Also accepted (the name the status and install records use)."""
KEY_NAME = "gateway.key"
_HEADER = b"secure-mcp-gateway key v1\n"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class KeyUnavailable(Exception):
    """The key cannot be read or created; the message says where and what to do."""


def default_key_path() -> Path:
    """`gateway.key` in the platform's user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / KEY_NAME


def default_state_dir() -> Path:
    """The platform's user state directory (pins, checkpoints of state)."""
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False))


_configured: list[StateSettings] = []


def configure(settings: StateSettings | None) -> None:
    """Make a loaded config's `state` settings the default of this process (for parts built without them)."""
    _configured[:] = [settings] if settings is not None else []


def key_path(settings: StateSettings | None = None) -> Path:
    """Where the key lives: `state.key_file`, else `$SECURE_MCP_GATEWAY_STATE__KEY_FILE`, else the data directory."""
    settings = settings if settings is not None else (_configured[0] if _configured else None)
    if settings is not None and settings.key_file:
        return Path(settings.key_file).expanduser()
    env = os.environ.get(KEY_ENV)
    return Path(env).expanduser() if env else default_key_path()


def state_dir(settings: StateSettings | None = None) -> Path:
    """The state directory: `state.dir`, else `$SECURE_MCP_GATEWAY_STATE__DIR`, else the user state directory."""
    settings = settings if settings is not None else (_configured[0] if _configured else None)
    if settings is not None and settings.dir:
        return Path(settings.dir).expanduser()
    env = os.environ.get(STATE_ENV) or os.environ.get(STATE_ALIAS_ENV)
    return Path(env).expanduser() if env else default_state_dir()


@dataclass(frozen=True)
class LocalKey:
    """The key's bytes (never printed) and MACs made with subkeys derived for one purpose each."""

    secret: bytes = field(repr=False)
    path: Path | None = None
    _prepared: dict[str, hmac.HMAC] = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        """A short public identifier of the key (safe to record; reveals nothing about it)."""
        return hmac.new(self.secret, b"key-id", hashlib.sha256).hexdigest()[:16]

    def subkey(self, purpose: str) -> bytes:
        """The key for one purpose (`audit`, `cache`, `pins`, ...)."""
        return hmac.new(self.secret, b"secure-mcp-gateway/" + purpose.encode(), hashlib.sha256).digest()

    def mac(self, purpose: str, data: bytes, *more: bytes | memoryview) -> str:
        """HMAC-SHA256 hex of `data` (followed by `more`, without joining them) under the purpose's subkey."""
        prepared = self._prepared.get(purpose)
        if prepared is None:
            prepared = self._prepared[purpose] = hmac.new(self.subkey(purpose), digestmod=hashlib.sha256)
        h = prepared.copy()
        h.update(data)
        for part in more:
            h.update(part)
        return h.hexdigest()

    def check(self, purpose: str, data: bytes, mac: str) -> bool:
        """Whether `mac` is the MAC of `data` for this purpose (constant time)."""
        return isinstance(mac, str) and hmac.compare_digest(self.mac(purpose, data), mac)


def _private(path: Path, fd: int, what: str) -> None:
    """Refuse a file someone else owns; make one readable by others private again, with a warning."""
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        raise KeyUnavailable(f"{what} {path} is not a regular file")
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise KeyUnavailable(f"{what} {path} belongs to another user (uid {st.st_uid}); refusing to use it")
    if hasattr(os, "fchmod") and st.st_mode & 0o077:
        os.fchmod(fd, 0o600)
        log.warning(
            "%s %s was readable or writable by others (mode %o); made it private (0600)",
            what,
            path,
            stat.S_IMODE(st.st_mode),
        )


def _parse(data: bytes, path: Path) -> bytes:
    body = data[len(_HEADER) :].strip() if data.startswith(_HEADER) else b""
    try:
        secret = bytes.fromhex(body.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        secret = b""
    if len(secret) != 32:
        raise KeyUnavailable(
            f"key file {path} is damaged; the audit trail, cache and pins made with it cannot be checked. "
            "Restore it from a backup, or delete it to start a new key (old audit lines then no longer verify)"
        )
    return secret


def _read(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        _private(path, fd, "key file")
        with os.fdopen(os.dup(fd), "rb") as f:
            return _parse(f.read(4096), path)
    finally:
        os.close(fd)


def _create(path: Path) -> bool:
    """Write a new key atomically; if another process made one meanwhile, keep theirs (and say False)."""
    path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_HEADER + secrets.token_bytes(32).hex().encode("ascii") + b"\n")
            f.flush()
            os.fsync(f.fileno())
        made = True
        try:
            os.link(tmp, path)  # fails if the key exists: never replace one
        except FileExistsError:
            made = False
        except OSError:  # no hard links here (some filesystems): exclusive rename instead
            made = not path.exists()
            if made:
                os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if not made:
        return False
    log.info("created the gateway key %s (keep it private; the audit trail, cache and pins are checked with it)", path)
    return True


def load_key(path: Path | None = None, *, create: bool = True) -> LocalKey:
    """The key at `path` (default: `key_path()`), created on first use when `create`; raises `KeyUnavailable`."""
    path = path if path is not None else key_path()
    try:
        return LocalKey(_read(path), path)
    except FileNotFoundError:
        if not create:
            raise KeyUnavailable(f"no key file at {path}") from None
    except KeyUnavailable:
        raise
    except OSError as exc:
        raise KeyUnavailable(_why(path, exc)) from None
    try:
        _create(path)
        return LocalKey(_read(path), path)
    except KeyUnavailable:
        raise
    except OSError as exc:
        raise KeyUnavailable(_why(path, exc)) from None


def _why(path: Path, exc: OSError) -> str:
    if getattr(exc, "errno", None) == getattr(__import__("errno"), "ELOOP", -1):
        return f"key file {path} is a symbolic link; refusing to follow it"
    return f"key file {path} cannot be used ({exc.strerror or exc})"


_cache: dict[Path, LocalKey] = {}


def open_key(settings: StateSettings | None = None, *, create: bool = True) -> LocalKey:
    """The key for a config's `state` settings (read once per process and path)."""
    path = key_path(settings)
    found = _cache.get(path)
    if found is None:
        found = load_key(path, create=create)
        _cache[path] = found
    return found

"""Signed checkpoints of a trail (seq span, MAC of its last line, its files), kept twice and optionally anchored.

A checkpoint is rewritten after a batch (at most every half second while lines keep coming, at once on rotation and
close, and soon after the trail goes quiet), with the trail lock held, in two places: `audit.jsonl.checkpoint` next
to the trail (it travels with copies of the trail) and a copy in the state directory, outside the audit directory.
`verify` trusts the newer of the two whose MAC holds; a trail with keyed lines and neither is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from binascii import hexlify
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secure_mcp_gateway.keys import LocalKey, state_dir

PURPOSE = "audit-checkpoint"
CHAIN_PURPOSE = "audit-chain"
VERSION = 1
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def line_mac(key: LocalKey, line: bytes) -> str:
    """The keyed hash of a line's exact bytes, without its newline: the next line's `prev`."""
    return key.mac(CHAIN_PURPOSE, line)


_BLOCK = 64
"""SHA-256's block size, in bytes."""


class LineMac:
    """`line_mac` under one key, from the HMAC's inner and outer hash states kept ready (RFC 2104): the same MACs,
    without building an HMAC object for every line."""

    __slots__ = ("_inner", "_outer", "key")

    def __init__(self, key: LocalKey) -> None:
        self.key = key
        secret = key.subkey(CHAIN_PURPOSE)
        if len(secret) > _BLOCK:
            secret = hashlib.sha256(secret).digest()
        secret = secret.ljust(_BLOCK, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in secret))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in secret))

    def __call__(self, line: bytes) -> str:
        """The MAC of `line` (as `line_mac(key, line)`)."""
        inner = self._inner.copy()
        inner.update(line)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def chained(self, seq: int, prev: bytes, bodies: list[bytes]) -> tuple[list[bytes], bytes]:
        """The lines of `bodies` chained from line `seq` + 1 whose predecessor's MAC is `prev` (ASCII hex), and the
        MAC of the last of them: each line is its `line_prefix` and body, and its MAC is `self(line)`."""
        inner0, outer0 = self._inner, self._outer
        lines = []
        add = lines.append
        for body in bodies:
            seq += 1
            line = b'{"seq":%d,"prev":"%s",%s' % (seq, prev, body)
            add(line)
            inner = inner0.copy()
            inner.update(line)
            outer = outer0.copy()
            outer.update(inner.digest())
            prev = hexlify(outer.digest())
        return lines, prev


def local_path(trail: Path) -> Path:
    """The checkpoint that sits next to a trail."""
    return trail.with_name(trail.name + ".checkpoint")


def state_path(trail: Path) -> Path:
    """The copy of a trail's checkpoint in the state directory (one per trail, named by its absolute path)."""
    ident = hashlib.sha256(str(trail.expanduser().absolute()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return state_dir() / "audit" / f"{ident}.checkpoint"


@dataclass(frozen=True)
class Checkpoint:
    """The state of a trail at one moment, signed with the local key."""

    first_seq: int
    last_seq: int
    head: str
    """The MAC of the last line (what the next line's `prev` will be)."""
    files: tuple[tuple[str, int], ...]
    """(file name, first seq) of every file, oldest first, the current file last."""
    ts: str
    key_id: str
    serial: int = 0
    """Counts up with every checkpoint of the trail: a rolled-back copy has a smaller one."""

    def body(self) -> dict[str, Any]:
        """The signed fields, as JSON."""
        return {
            "v": VERSION,
            "key_id": self.key_id,
            "first_seq": self.first_seq,
            "last_seq": self.last_seq,
            "head": self.head,
            "files": [[name, first] for name, first in self.files],
            "ts": self.ts,
            "serial": self.serial,
        }

    def signed(self, key: LocalKey) -> dict[str, Any]:
        """The checkpoint as a JSON object with its MAC."""
        body = self.body()
        return {**body, "mac": key.mac(PURPOSE, _canonical(body))}

    @classmethod
    def parse(cls, data: Any, key: LocalKey) -> Checkpoint | None:
        """A checkpoint from its JSON object if its MAC holds under `key`, else None."""
        if not isinstance(data, dict) or not isinstance(data.get("mac"), str):
            return None
        body = {k: v for k, v in data.items() if k != "mac"}
        if not key.check(PURPOSE, _canonical(body), data["mac"]):
            return None
        try:
            files = tuple((str(n), int(f)) for n, f in body["files"])
            return cls(
                int(body["first_seq"]),
                int(body["last_seq"]),
                str(body["head"]),
                files,
                str(body["ts"]),
                str(body["key_id"]),
                int(body.get("serial", 0)),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def read_raw(path: Path) -> Any:
    """The JSON object in a checkpoint file (not followed through a symlink), or None if missing or unreadable."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            return json.loads(f.read(1 << 20))
    except (OSError, ValueError):
        return None


def load(trail: Path, key: LocalKey) -> tuple[Checkpoint | None, list[str]]:
    """The newest valid checkpoint of a trail (next to it or in the state directory), and what was wrong."""
    found: list[Checkpoint] = []
    notes: list[str] = []
    for path in (local_path(trail), state_path(trail)):
        raw = read_raw(path)
        if raw is None:
            continue
        cp = Checkpoint.parse(raw, key)
        if cp is None:
            notes.append(f"{path} is not signed with this key (edited, or made with another key)")
        else:
            found.append(cp)
    if not found:
        return None, notes
    return max(found, key=lambda c: (c.serial, c.last_seq)), notes


def write(trail: Path, key: LocalKey, cp: Checkpoint) -> None:
    """Replace both copies atomically (the state copy's failure is not fatal: it is a second line of defence)."""
    data = json.dumps(cp.signed(key), separators=(",", ":")).encode("ascii") + b"\n"
    _replace(local_path(trail), data)
    with contextlib.suppress(OSError):
        target = state_path(trail)
        try:
            _replace(target, data)
        except FileNotFoundError:  # the state directory is made on first use
            target.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
            _replace(target, data)


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise

"""Cache keys: sha256 over a canonical encoding of a server's launch spec or of one guardrail question."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from secure_mcp_gateway import __version__
from secure_mcp_gateway.config import ServerConfig

KEY_FORMAT = 1
"""Bumped when what a key covers or how an entry is stored changes, so that old entries become misses."""


def canonical(value: Any) -> bytes:
    """One byte string per JSON value: sorted keys, no spaces, ASCII escapes (lone surrogates included)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def digest(value: Any) -> str:
    """The sha256 hex digest of a JSON value's canonical encoding."""
    return hashlib.sha256(canonical(value)).hexdigest()


def _value_hash(value: str) -> str:
    return hashlib.sha256(b"value\0" + value.encode("utf-8", "surrogatepass")).hexdigest()


def launch_spec(name: str, server: ServerConfig) -> dict[str, Any]:
    """What a child's catalog depends on; env and header values appear only as hashes."""
    return {
        "format": KEY_FORMAT,
        "gateway": __version__,
        "name": name,
        "transport": server.transport,
        "command": server.command,
        "args": list(server.args),
        "env": {key: _value_hash(value) for key, value in server.env.items()},
        "inherit_env": sorted(server.inherit_env),
        "cwd": server.cwd,
        "url": server.url,
        "headers": {key: _value_hash(value) for key, value in server.headers.items()},
    }


def catalog_key(name: str, server: ServerConfig) -> str:
    """The cache key of one child's catalog: changes with its launch spec, any env/header value, or the version."""
    return digest(["catalog", launch_spec(name, server)])


def verdict_key(provider: str, policy: str, direction: str, content: str) -> str:
    """The cache key of one guardrail verdict; the content goes into the hash and nowhere else."""
    return digest(["verdict", KEY_FORMAT, provider, policy, direction, content])

"""Nothing secret reaches the cache directory: not checked content, not env or header values, not their hashes."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import zlib
from pathlib import Path

import pytest

from secure_mcp_gateway.cache import GatewayCache, catalog_key, verdict_key
from secure_mcp_gateway.config import CacheSettings, ServerConfig

SECRET = "sk-live-4f9a1c2e7b3d8f6a0e5c9b2d7a1f3e8c"
ENV_VALUE = "ghp_Zx81MmQv0TqWcY3nL5pR7sK9uH2jF4dG6bA1"
HEADER_VALUE = "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ"
ARG_VALUE = "--password=hunter2-but-longer-7781"


def needles() -> list[bytes]:
    plain = [SECRET, ENV_VALUE, HEADER_VALUE, ARG_VALUE, "hunter2"]
    hashed = [hashlib.sha256(v.encode()).hexdigest() for v in plain]
    return [s.encode() for s in plain + hashed]


def everything_stored(root: Path) -> list[bytes]:
    """The bytes of every file, plus every sqlite cell decoded (in case a value were ever compressed)."""
    blobs: list[bytes] = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        blobs.append(data)
        if path.name == "cache.db":
            con = sqlite3.connect(path)
            for table in ("Cache", "Settings"):
                for row in con.execute(f"SELECT * FROM {table}"):
                    for cell in row:
                        raw = cell if isinstance(cell, bytes) else str(cell).encode()
                        blobs.append(raw)
                        with contextlib.suppress(zlib.error):
                            blobs.append(zlib.decompress(raw))
            con.close()
    return blobs


@pytest.mark.anyio
async def test_no_secret_reaches_any_file(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    server = ServerConfig(
        command="npx",
        args=["-y", "some-mcp-server", ARG_VALUE],
        env={"GITHUB_TOKEN": ENV_VALUE},
    )
    remote = ServerConfig(url="https://mcp.example.com/mcp", headers={"Authorization": HEADER_VALUE})
    cache = GatewayCache(CacheSettings(dir=str(cache_dir)))
    try:
        await cache.put_catalog(
            catalog_key("local", server),
            {"tools": [{"name": "search", "description": "Search the code", "inputSchema": {"type": "object"}}]},
        )
        await cache.put_catalog(catalog_key("remote", remote), {"tools": []})
        for direction in ("input", "output"):
            key = verdict_key("enkrypt", "policy-v1", direction, f"please use {SECRET} to log in")
            await cache.put_verdict(key, {"action": "redact", "detectors": ["secrets"], "reasons": ["an API key"]})
            assert await cache.get_verdict(key) is not None
        await cache.put_verdict("refused", {"action": "block", "reason": f"found {SECRET} " + "x" * 600})
        assert await cache.get_catalog(catalog_key("local", server)) is not None
        assert cache.stats()["verdict"]["entries"] == 2
    finally:
        cache.close()

    stored = everything_stored(cache_dir)
    assert len(stored) > 3
    assert any(b"an API key" in blob for blob in stored)  # the search does see what is stored
    for needle in needles():
        assert not any(needle in blob for blob in stored), needle

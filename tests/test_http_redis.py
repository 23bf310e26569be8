"""`serve --http` with a Redis cache: readiness follows Redis, and calls go on while it is away."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fixture_server, text_of
from http_gateway import http_gateway, mcp_client
from redis_server import require_redis, running_redis

require_redis()


@pytest.mark.anyio
async def test_readiness_follows_redis_and_calls_go_on_without_it(tmp_path: Path) -> None:
    with running_redis(tmp_path / "redis") as redis:
        config = {
            "mcpServers": {"fx": fixture_server()},
            "gateway": {"reload": False},
            "cache": {"backend": "redis", "url": redis.url, "secret": "team-cache-secret-" + "h8" * 10},
        }
        with http_gateway(tmp_path / "gw", config) as gw:
            assert gw.ready(200) == {"servers": {"ready": 1, "total": 1}, "redis": "up", "ready": True}
            redis.stop()
            assert gw.ready(503)["redis"] == "down"
            async with mcp_client(gw.url) as session:
                assert text_of(await session.call_tool("fx__echo", {"text": "on"})) == '{"text": "on"}'
            redis.start()
            assert gw.ready(200)["redis"] == "up"
            status, body = gw.get("/metrics")
            assert status == 200 and "smg_cache_redis_up 1" in body.decode()

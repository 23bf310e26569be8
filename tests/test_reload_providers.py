"""A config reload has one path for the remote providers: unchanged ones keep their breaker and pooled client,
added ones are asked, a changed URL takes effect, removed ones are dropped and the client closed when none is left."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.guardrails.remote import RemoteGuards
from secure_mcp_gateway.pipeline import Pipeline
from secure_mcp_gateway.serve import apply_config
from secure_mcp_gateway.server import Gateway

pytestmark = pytest.mark.anyio


def write(path: Path, **providers: str) -> Path:
    found = {name: {"type": "webhook", "url": url} for name, url in providers.items()}
    raw = {
        "mcpServers": {},
        "guardrails": {"providers": found, "http": {"deadline": 0.5, "retries": 0, "breaker_failures": 2}},
        "cache": {"enabled": False},
        "audit": {"enabled": False},
    }
    path.write_text(json.dumps(raw))
    return path


async def test_one_reload_path_keeps_what_did_not_change(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.host == "down.example":
            return httpx.Response(503)
        return httpx.Response(200, json={"action": "allow"})

    path = write(tmp_path / "config.json", a="http://down.example/a")
    config = config_mod.load(path)
    remote = RemoteGuards(config.guardrails.providers, config.guardrails.http, transport=httpx.MockTransport(answer))
    gw = Gateway(config, Pipeline(config, remote=remote))
    try:
        for _ in range(2):
            await remote.check("a", "output", ["hello"], server="s", tool="t", request_id="r")
        breaker = remote._providers["a"].breaker
        assert breaker.state == "open"
        client = remote._client

        await apply_config(gw, config_mod.load(write(path, a="http://down.example/a", b="http://ok.example/b")))
        assert gw.pipeline.remote is remote and remote._client is client, "one set of guards, one pooled client"
        assert remote._providers["a"].breaker is breaker and breaker.state == "open", "an unchanged breaker stays"
        verdict = await remote.check("b", "output", ["hello"], server="s", tool="t", request_id="r")
        assert verdict.status == "ok" and asked[-1] == "http://ok.example/b", "an added provider is asked"

        await apply_config(gw, config_mod.load(write(path, a="http://ok.example/a2")))
        assert remote.names == ["a"], "a removed provider is no longer asked"
        verdict = await remote.check("a", "output", ["hello"], server="s", tool="t", request_id="r")
        assert verdict.status == "ok" and asked[-1] == "http://ok.example/a2", "a changed URL takes effect"

        await apply_config(gw, config_mod.load(write(path)))
        assert remote.names == [] and remote._client is None, "with no provider left the client is closed"
        await asyncio.gather(*remote.retiring)
        assert client.is_closed, "nothing was using it, so it is closed at once"
    finally:
        await gw.stop()

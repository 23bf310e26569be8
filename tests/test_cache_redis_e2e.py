"""Two real gateways sharing one real Redis: verdicts asked once, warm starts on a fresh machine, Redis going away."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import fixture_server, gateway, text_of
from guardrail_stub import start_stub
from redis_server import RedisServer, require_redis, running_redis

require_redis()
pytestmark = pytest.mark.anyio

API_KEY = "stub-key-" + "r7" * 12
ENV = {"HOOK_TOKEN": API_KEY, "SMG_CACHE_SECRET": "team-cache-secret-" + "q4" * 10}


@pytest.fixture
def redis(tmp_path: Path) -> Iterator[RedisServer]:
    with running_redis(tmp_path / "redis") as server:
        yield server


@pytest.fixture
def stub():
    handle = start_stub("ok", api_key=API_KEY)
    try:
        yield handle
    finally:
        handle.close()


def config(stub, redis_url: str, machine: Path, **server) -> dict:
    machine.mkdir(parents=True, exist_ok=True)
    return {
        "mcpServers": {"fx": fixture_server(**server)},
        "guardrails": {
            "providers": {"hook": {"type": "webhook", "url": stub.webhook_url, "api_key": "${env:HOOK_TOKEN}"}},
            "http": {"retries": 0, "deadline": 3},
        },
        "cache": {
            "backend": "redis",
            "url": redis_url,
            "dir": str(machine / "cache"),
            "redis_timeout": 3,
            "secret": "${env:SMG_CACHE_SECRET}",  # each machine has its own local key; the deployment shares this
        },
        "audit": {"file": str(machine / "audit.jsonl")},
        "gateway": {"reload": False},
    }


def calls(machine: Path) -> list[dict]:
    lines = [json.loads(line) for line in (machine / "audit.jsonl").read_text().splitlines()]
    return [line for line in lines if line["event"] == "tool.call"]


async def test_a_verdict_computed_by_one_gateway_is_reused_by_another(tmp_path, stub, redis):
    one, two = tmp_path / "one", tmp_path / "two"
    async with (
        gateway(one, config(stub, redis.url, one), env=ENV) as (s1, _),
        gateway(two, config(stub, redis.url, two), env=ENV) as (s2, _),
    ):
        assert text_of(await s1.call_tool("fx__echo", {"text": "same question"})) == '{"text": "same question"}'
        assert stub.stats()["requests"] == 2, "input and output asked once"
        assert text_of(await s2.call_tool("fx__echo", {"text": "same question"})) == '{"text": "same question"}'
        assert stub.stats()["requests"] == 2, "the second gateway asked the service nothing"
    assert calls(two)[0]["cache"]["hits"] == 2


async def test_a_fresh_machine_warm_starts_from_the_shared_catalog(tmp_path, stub, redis):
    first = tmp_path / "first"
    async with gateway(first, config(stub, redis.url, first), env=ENV) as (s, _):
        assert "fx__echo" in [t.name for t in (await s.list_tools()).tools]
    # a gateway on another machine (an empty disk cache) serves the lists it finds in Redis while its server starts
    fresh = tmp_path / "fresh"
    async with gateway(fresh, config(stub, redis.url, fresh), env=ENV) as (s, run):
        assert "fx__echo" in [t.name for t in (await s.list_tools()).tools]
        assert "cached tools" in run.stderr()


async def test_the_gateway_keeps_working_when_redis_goes_away(tmp_path, stub, redis):
    machine = tmp_path / "m"
    async with gateway(machine, config(stub, redis.url, machine), env=ENV) as (s, run):
        assert not (await s.call_tool("fx__echo", {"text": "before"})).is_error
        redis.stop()
        for i in range(3):
            result = await s.call_tool("fx__echo", {"text": f"after {i}"})
            assert text_of(result) == json.dumps({"text": f"after {i}"})
        # the disk cache took over: the same content again is not asked again
        asked = stub.stats()["requests"]
        assert not (await s.call_tool("fx__echo", {"text": "after 0"})).is_error
        assert stub.stats()["requests"] == asked
        # each user of Redis says so once (the cache always; the pin store too when it reads pins meanwhile)
        assert run.stderr().count("redis cache at") == 1
        assert run.stderr().count("pins: redis at") <= 1

"""Remote guardrails through the real gateway, against a real HTTP stub on 127.0.0.1."""

from __future__ import annotations

import json

import anyio
import pytest
from conftest import fixture_server, gateway, text_of
from guardrail_stub import start_stub

pytestmark = pytest.mark.anyio

API_KEY = "stub-key-" + "k9" * 12


@pytest.fixture
def stub():
    handle = start_stub("ok", api_key=API_KEY)
    try:
        yield handle
    finally:
        handle.close()


def config(stub, *, on_failure=None, provider="webhook", http=None, cache=True, **server):
    if provider == "webhook":
        providers = {"hook": {"type": "webhook", "url": stub.webhook_url, "api_key": "${env:HOOK_TOKEN}"}}
    else:
        providers = {
            "enk": {
                "type": "enkrypt",
                "url": stub.url,
                "api_key": "${env:HOOK_TOKEN}",
                "policy": "Tool Policy",
                "pii_redaction": True,
            }
        }
    guardrails = {
        "providers": providers,
        "http": {"retries": 1, "backoff_initial": 0.05, "deadline": 3, "breaker_failures": 3, **(http or {})},
    }
    if on_failure:
        guardrails["on_failure"] = on_failure
    return {
        "mcpServers": {"fx": fixture_server(**server)},
        "guardrails": guardrails,
        "cache": {"catalogs": cache, "verdicts": cache},  # (off: its compiled databases still loaded from it)
    }


ENV = {"HOOK_TOKEN": API_KEY}


def audit_lines(tmp_path) -> list[dict]:
    """The audit lines written so far (whole lines: a running gateway may be writing the next one)."""
    path = tmp_path / "audit" / "audit.jsonl"
    text = path.read_text() if path.exists() else ""
    return [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]


async def test_a_flag_from_the_service_blocks_the_call_and_repeated_content_is_judged_once(tmp_path, stub):
    stub.set_mode("flag")
    async with gateway(tmp_path, config(stub), env=ENV) as (session, _):
        result = await session.call_tool("fx__echo", {"text": "hello"})
        assert result.is_error
        assert "guardrail service hook flagged the input" in text_of(result)
        assert stub.stats()["requests"] == 1
        stub.set_mode("ok")
        stub.reset()
        for _ in range(3):
            assert text_of(await session.call_tool("fx__echo", {"text": "same"})) == '{"text": "same"}'
    assert stub.stats()["requests"] == 2, "one input and one output verdict, then cache hits"
    calls = [line for line in audit_lines(tmp_path) if line["event"] == "tool.call"]
    assert [c["cache"]["hits"] for c in calls] == [0, 0, 2, 2], "(the flagged call first)"


async def test_a_redaction_rewrites_the_arguments_and_many_calls_reuse_a_few_connections(tmp_path, stub):
    stub.set_mode("redact", times=1)  # the input check redacts; the output check allows
    async with gateway(tmp_path, config(stub, cache=False), env=ENV) as (session, _):
        result = await session.call_tool("fx__echo", {"text": "mail ada@example.com"})
        assert not result.is_error, text_of(result)
        echoed = json.loads(text_of(result))
        assert echoed == {"text": "[REDACTED]"}
        before = stub.stats()["requests"]
        for i in range(30):
            assert not (await session.call_tool("fx__echo", {"text": f"call {i}"})).is_error
    stats = stub.stats()
    assert stats["requests"] - before == 60, "input and output of each call are checked"
    assert stats["connections"] <= 3, "(the redacted call's connections included)"


async def test_enkrypt_pii_is_redacted_before_the_call_and_restored_after(tmp_path, stub):
    async with gateway(tmp_path, config(stub, provider="enkrypt", cache=False), env=ENV) as (session, _):
        result = await session.call_tool("fx__echo", {"text": "write to ada@example.com"})
    assert "ada@example.com" in text_of(result), "restored on the way back"
    by_path = stub.stats()["by_path"]
    assert by_path.get("/guardrails/pii", 0) >= 2, "one redaction before the call, restores after it"
    assert by_path.get("/guardrails/guardrail/detect", 0) == 2


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def slow_service(tmp_path_factory):
    """A guardrail service slower than the gateway's deadline, and one gateway whose servers fail each in their own
    way when it does not answer: `closed`, `local` and `open` (the server's name is its policy)."""
    tmp = tmp_path_factory.mktemp("slow_service")
    handle = start_stub("slow", api_key=API_KEY)
    try:
        handle.set_mode("slow", delay=5)
        cfg = config(handle, http={"deadline": 0.5, "retries": 0, "breaker_failures": 100})
        cfg["mcpServers"] = {
            policy: fixture_server(name=policy, guardrails={"on_failure": {"input": policy, "output": policy}})
            for policy in ("closed", "local", "open")
        }
        async with gateway(tmp, cfg, env=ENV) as (session, _):
            yield session, tmp
    finally:
        handle.close()


@pytest.mark.parametrize("policy,blocked", [("closed", True), ("local", False), ("open", False)])
async def test_a_slow_service_follows_the_failure_policy(slow_service, policy, blocked):
    session, tmp = slow_service
    result = await session.call_tool(f"{policy}__echo", {"text": "hello"})
    assert result.is_error is blocked
    if blocked:
        assert "guardrail service hook unavailable" in text_of(result)
    else:
        assert text_of(result) == '{"text": "hello"}'
    with anyio.fail_after(30):  # (the gateway writes its audit lines on a thread of their own)
        while not (calls := [x for x in audit_lines(tmp) if x["event"] == "tool.call" and x["server"] == policy]):
            await anyio.sleep(0.05)
    assert calls[0]["degraded"] is (not blocked)
    failures = [x for x in audit_lines(tmp) if x["event"] == "guardrail.failure"]
    assert any(x["request_id"] == calls[0]["request_id"] and x["policy"] == policy for x in failures)


async def test_errors_and_garbage_are_failures_not_passes_and_the_api_key_never_appears_anywhere(tmp_path, stub):
    # (a breaker that never opens here: each failure below is the service's own, not the breaker's)
    cfg = config(stub, on_failure={"input": "closed", "output": "closed"}, http={"breaker_failures": 100})
    cfg["gateway"] = {"log_level": "debug"}
    texts = []
    async with gateway(tmp_path, cfg, env=ENV) as (session, run):
        for mode, options in [("status", {"status": 401}), ("5xx", {}), ("garbage", {}), ("drop", {}), ("status", {})]:
            stub.set_mode(mode, **options)
            before = stub.stats()["requests"]
            result = await session.call_tool("fx__echo", {"text": mode})
            texts.append(text_of(result))
            assert result.is_error and "unavailable" in text_of(result), mode
            assert stub.stats()["requests"] > before, f"{mode}: the service was asked"
        stub.set_mode("ok")
    assert not any(API_KEY in text for text in texts)
    assert API_KEY not in run.stderr()
    for path in (tmp_path / "audit").rglob("*"):
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes()


async def test_breaker_opens_and_calls_fail_fast_without_network(tmp_path, stub):
    stub.set_mode("5xx")
    cfg = config(stub, on_failure={"input": "local", "output": "local"})
    async with gateway(tmp_path, cfg, env=ENV) as (session, run):
        for i in range(3):
            await session.call_tool("fx__echo", {"text": f"call {i}"})
        before = stub.stats()["requests"]
        for i in range(5):
            result = await session.call_tool("fx__echo", {"text": f"fast {i}"})
            assert not result.is_error
        assert stub.stats()["requests"] == before, "an open breaker sends nothing"
    assert "circuit closed -> open" in run.stderr()
    assert any(line["event"] == "breaker.open" for line in audit_lines(tmp_path))


def test_check_shows_breaker_state_and_probes_each_service(tmp_path, stub, command):
    from conftest import write_config

    async def trip_the_breaker():
        stub.set_mode("5xx")
        async with gateway(tmp_path, config(stub), env=ENV) as (session, _):
            for i in range(3):
                await session.call_tool("fx__echo", {"text": f"call {i}"})

    import anyio

    anyio.run(trip_the_breaker)
    path = write_config(tmp_path, config(stub))

    def check(*args):
        return command("check", "--config", str(path), *args, env=ENV)

    shown = check()
    assert "provider: hook (webhook" in shown.stdout
    assert "breaker open since" in shown.stdout, shown.stdout
    stub.set_mode("ok")
    probed = check("--probe")
    assert probed.returncode == 0, probed.stdout + probed.stderr
    assert "guardrail hook" in probed.stdout and "answered in" in probed.stdout
    stub.set_mode("status", status=401)
    assert check("--probe").returncode == 1
    assert API_KEY not in shown.stdout + probed.stdout

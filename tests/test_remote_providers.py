"""The provider boundary: registry by type, answer size cap, reload of providers, Enkrypt output checks in a call."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
from fakes import FakeClock

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.config import GatewayConfig, HttpSettings, parse, provider_config
from secure_mcp_gateway.guardrails import providers
from secure_mcp_gateway.guardrails.providers import CheckContext, ProviderAnswer
from secure_mcp_gateway.guardrails.remote import RemoteGuards
from secure_mcp_gateway.pipeline import Pipeline

pytestmark = pytest.mark.anyio

BASE = "https://enkrypt.test"
HOOK = "https://hook.test/check"
KEY = "ek-live-0123456789abcdef"


def guards(r: respx.MockRouter, configured: dict[str, Any], **http: Any) -> RemoteGuards:
    settings = {"retries": 0, "deadline": 5.0, **http}
    clock = FakeClock()
    return RemoteGuards(
        configured,
        HttpSettings(**settings),
        transport=httpx.MockTransport(r.async_handler),
        clock=clock,
        sleep=clock.sleep,
        random=lambda: 0.0,
    )


async def ask(g: RemoteGuards, name: str, direction: str = "input", **kw: Any) -> Any:
    return await g.check(name, direction, ["hello"], server="s", tool="t", request_id="r1", **kw)  # type: ignore[arg-type]


@dataclass
class EchoSettings:
    type: str = "echo_test"
    url: str | None = None
    api_key: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    max_answer_bytes: int = 10_000


@providers.register("echo_test")
class EchoProvider:
    """A provider added without touching anything else: flags any part that says "bad"."""

    def __init__(self, name: str, cfg: Any) -> None:
        self.name = name

    async def check(self, post: Any, direction: str, parts: list[str], context: CheckContext) -> ProviderAnswer:
        flagged = any("bad" in p for p in parts)
        return ProviderAnswer("block" if flagged else "allow", ["echo"] if flagged else [], [context.tool])


async def test_a_registered_provider_type_is_built_and_asked() -> None:
    g = RemoteGuards({"mine": EchoSettings()}, HttpSettings())  # type: ignore[dict-item]
    verdict = await g.check("mine", "input", ["a bad thing"], server="s", tool="t", request_id="r")
    assert (verdict.status, verdict.action, verdict.detectors, verdict.reasons) == ("ok", "block", ["echo"], ["t"])
    with pytest.raises(ValueError, match="no guardrail provider of type 'nope'"):
        providers.build("x", EchoSettings(type="nope"))
    await g.aclose()


@pytest.mark.parametrize("chunked", [False, True])
async def test_an_answer_past_the_size_cap_fails_the_check(chunked: bool) -> None:
    r = respx.MockRouter(assert_all_called=False)
    big = json.dumps({"action": "allow", "reasons": ["x" * 5000]}).encode()

    async def stream() -> Any:
        for i in range(0, len(big), 1000):
            yield big[i : i + 1000]

    if chunked:
        r.post(HOOK).mock(return_value=httpx.Response(200, content=stream()))
    else:
        r.post(HOOK).respond(200, content=big)
    g = guards(r, {"hook": provider_config(type="webhook", url=HOOK, max_answer_bytes=2048)})
    verdict = await ask(g, "hook")
    assert verdict.status == "failed" and "larger than 2048 bytes" in (verdict.error or "")
    r.post(HOOK).respond(200, json={"action": "allow"})
    assert (await ask(g, "hook")).status == "ok", "a small answer passes"
    await g.aclose()


async def test_reconfigure_adds_changes_and_removes_providers_and_keeps_unchanged_breakers() -> None:
    r = respx.MockRouter(assert_all_called=False)
    old = r.post(HOOK).respond(200, json={"action": "allow"})
    new_url = "https://hook2.test/check"
    moved = r.post(new_url).respond(200, json={"action": "block"})
    detect = r.post(BASE + "/guardrails/guardrail/detect").respond(200, json={"summary": {"toxicity": 1}})
    hook = provider_config(type="webhook", url=HOOK)
    enk = provider_config(type="enkrypt", url=BASE, api_key=KEY, policy="p")
    g = guards(r, {"hook": hook, "stay": enk})
    stay_breaker = g._providers["stay"].breaker
    assert (await ask(g, "hook")).action == "allow" and old.call_count == 1

    g.reconfigure({"hook": provider_config(type="webhook", url=new_url), "stay": enk}, g._http)
    assert (await ask(g, "hook")).action == "block" and moved.call_count == 1, "a changed URL is used"
    assert g._providers["stay"].breaker is stay_breaker
    assert (await ask(g, "stay")).detectors == ["toxicity"] and detect.call_count == 1

    g.reconfigure({"stay": enk, "added": provider_config(type="webhook", url=HOOK)}, g._http)
    assert sorted(g.names) == ["added", "stay"]
    assert (await ask(g, "added")).status == "ok" and old.call_count == 2, "an added provider is asked"
    assert (await ask(g, "hook")).error == "not configured"
    await g.aclose()


async def test_a_reload_that_adds_the_first_provider_builds_the_remote_guards() -> None:
    base = {"mcpServers": {"s": {"command": "x"}}, "cache": {"enabled": False}}
    p = Pipeline(parse(base, "test"))
    assert p.remote is None
    p.configure(parse({**base, "guardrails": {"providers": {"hook": {"type": "webhook", "url": HOOK}}}}, "test"))
    assert p.remote is not None and p.remote.names == ["hook"]
    p.configure(parse(base, "test"))
    assert p.remote.names == []
    await p.remote.aclose()


async def test_enkrypt_output_checks_get_the_calls_input_text() -> None:
    r = respx.MockRouter(assert_all_called=False)
    relevancy = r.post(BASE + "/guardrails/relevancy").respond(200, json={"score": 0.1})
    enk = provider_config(type="enkrypt", url=BASE, api_key=KEY, output_checks=["relevancy"])
    config = GatewayConfig(guardrails={"providers": {"enk": enk}}, cache={"enabled": False})
    pipeline = Pipeline(config, remote=guards(r, {"enk": enk}))
    call = CallLine("srv", "weather", "srv__weather")
    assert (await pipeline.check_input(call, {"city": "Paris"})).blocked is None
    out = await pipeline.check_output(call, {"content": [{"type": "text", "text": "Bananas are yellow."}]})
    assert relevancy.call_count == 1
    asked = json.loads(relevancy.calls[0].request.content)
    assert asked["question"] == "Paris" and "Bananas are yellow." in asked["llm_answer"]
    assert out.blocked is not None and "relevancy" in out.blocked
    await pipeline.remote.aclose()


@pytest.mark.anyio
async def test_the_output_check_gets_what_is_left_of_the_calls_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """`gateway.call_timeout` is one call's deadline, checks included (below a desktop client's 60 s): the output
    check had its own whole `guardrails.http.deadline` after a call that had used most of it, so a slow service
    stretched a 50 s call to 70 s and the client gave up with no answer."""
    import time

    r = respx.MockRouter(assert_all_called=False)
    r.post(HOOK).respond(200, json={"action": "allow"})
    hook = provider_config(type="webhook", url=HOOK)
    config = GatewayConfig(
        mcpServers={"srv": {"command": "x"}},
        gateway={"call_timeout": 30},
        guardrails={"providers": {"hook": hook}, "http": {"deadline": 20}},
        cache={"enabled": False},
    )
    pipeline = Pipeline(config, remote=guards(r, {"hook": hook}, deadline=20.0))
    budgets: list[float] = []
    real = RemoteGuards._send

    async def send(client: Any, url: str, headers: Any, body: Any, timeout: float, limit: int = 1_000_000) -> Any:
        budgets.append(timeout)
        return await real(client, url, headers, body, timeout, limit)

    monkeypatch.setattr(RemoteGuards, "_send", staticmethod(send))
    await pipeline.check_output(CallLine("srv", "w", "srv__w"), {"content": []})  # (the local detectors loaded)
    started = time.perf_counter() - 28.0  # input checks + the call
    call = CallLine("srv", "weather", "srv__weather", started=started, deadline=started + 30.0)
    out = await pipeline.check_output(call, {"content": [{"type": "text", "text": "Sunny."}]})
    assert out.blocked is None and len(budgets) == 1
    assert budgets[0] <= 2.0, f"the output check may take {budgets[0]:.1f} s of a call with 2 s left"
    late = CallLine("srv", "weather", "srv__weather", deadline=time.perf_counter() - 1.0)
    out = await pipeline.check_output(late, {"content": [{"type": "text", "text": "Rainy."}]})
    assert len(budgets) == 1, "no time left: the service is not asked"
    asked = CallLine("srv", "sampling/createMessage", "sampling/createMessage", started=time.perf_counter() - 120.0)
    await pipeline.check_output(asked, {"content": [{"type": "text", "text": "Cloudy."}]})
    assert budgets[1:] == [20.0], "a server's request answered after minutes has no call deadline to keep"
    await pipeline.remote.aclose()


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://guard.example.com/check", True),
        ("http://10.0.0.7:8080/check", True),
        ("https://guard.example.com/check", False),
        ("http://127.0.0.1:8080/check", False),
        ("http://localhost/check", False),
        ("http://[::1]:9000/check", False),
    ],
)
def test_a_service_reached_over_plain_http_beyond_this_machine_is_warned_about(
    url: str, warned: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """A webhook at `http://` on another host gets every checked text and its token unencrypted: said once at start."""
    caplog.set_level("WARNING", logger="secure_mcp_gateway.guardrails.remote")
    hook = provider_config(type="webhook", url=url, api_key="tok-0123456789abcdef")
    import asyncio

    asyncio.run(RemoteGuards({"mine": hook}, HttpSettings()).aclose())
    said = [r for r in caplog.records if r.levelname == "WARNING" and "unencrypted" in r.getMessage()]
    assert len(said) == int(warned)
    assert all("tok-0123456789abcdef" not in r.getMessage() for r in caplog.records)


async def test_a_prompt_and_a_read_keep_their_checks_within_the_calls_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client waits on `prompts/get` and `resources/read` as on a tool call: their checks got the whole
    `guardrails.http.deadline` (30 s) whatever was left of the server's `timeout` (10 s), so a slow service held the
    client past its own limit."""
    from conftest import fixture_server
    from memlink import connect

    from secure_mcp_gateway.guardrails.remote import build_remote
    from secure_mcp_gateway.handlers import Handlers
    from secure_mcp_gateway.hub import Hub

    budgets: list[float] = []

    async def send(client: Any, url: str, headers: Any, body: Any, timeout: float, limit: int = 1_000_000) -> Any:
        budgets.append(timeout)
        return {"action": "allow"}

    monkeypatch.setattr(RemoteGuards, "_send", staticmethod(send))
    hook = {"type": "webhook", "url": HOOK}
    config = GatewayConfig(
        mcpServers={"fx": fixture_server(pinning="off", timeout=10)},
        guardrails={"providers": {"hook": hook}, "http": {"deadline": 30}},
        cache={"enabled": False},
    )
    pipeline = Pipeline(config, remote=build_remote(config, None))
    await pipeline.check_output(CallLine("fx", "w", "fx__w"), {"content": []})  # (the local detectors loaded)
    hub = Hub(config, pipeline=pipeline)
    try:
        client = await connect(hub, Handlers(hub), {})
        got = await client.call("prompts/get", {"name": "fx__greet", "arguments": {"who": "Ana"}})
        assert "Say hello to Ana." in str(got)
        asked = len(budgets)
        read = await client.call("resources/read", {"uri": "fixture://static/readme"})
        assert "readme of fx" in str(read)
    finally:
        await hub.stop()
    assert asked == 2 and len(budgets) == 4, budgets  # each asked on the way in and on the way out
    assert max(budgets) <= 10.0, f"a check of a 10 s call may take {max(budgets):.1f} s"

"""The chain's steps, in process: one gather per direction shared by the local detectors, the remote providers and
placeholder restore; a message nothing changed leaves as the very object that came in (`flow.changed` False)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest

from secure_mcp_gateway import chain as chain_mod
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.config import GatewayConfig, provider_config
from secure_mcp_gateway.guardrails import walk
from secure_mcp_gateway.guardrails.remote import RemoteGuards
from secure_mcp_gateway.pipeline import Pipeline

pytestmark = pytest.mark.anyio

TOKEN = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"


def with_hook(asked: list[dict[str, Any]]) -> Chain:
    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        asked.append(body)
        return httpx.Response(200, json={"action": "allow"})

    hook = provider_config(type="webhook", url="http://hook.example/check")
    config = GatewayConfig(guardrails={"providers": {"hook": hook}}, cache={"enabled": False})
    remote = RemoteGuards({"hook": hook}, config.guardrails.http, transport=httpx.MockTransport(answer))
    return Chain(Pipeline(config, remote=remote))


@pytest.fixture
def gathers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every walk over a message during the checks: gathers are counted, any other walk fails the test."""
    seen: list[str] = []

    def counted(value: Any, mode: Any) -> Any:
        seen.append(mode)
        return walk.gather(value, mode)

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a second walk over the message")

    monkeypatch.setattr(chain_mod, "gather", counted)
    for name in ("walk", "iter_strings", "replace_strings"):
        monkeypatch.setattr(walk, name, refused)
    return seen


async def test_one_gather_per_direction_serves_detectors_providers_and_restore(gathers) -> None:
    asked: list[dict[str, Any]] = []
    chain = with_hook(asked)
    call = CallLine("fs", "read", "fs__read")
    out = await chain.to_client_value(call, "tools/call", {"content": [{"type": "text", "text": f"key {TOKEN}"}]})
    placeholder = out.value["content"][0]["text"].removeprefix("key ")
    assert placeholder.startswith("<SECRET:github_token:") and out.changed
    assert asked[-1]["parts"] == ["text", f"key {placeholder}"], "the provider saw the checked text, once"

    back = CallLine("fs", "write", "fs__write")
    sent = await chain.to_server_value(back, "tools/call", {"path": "a.env", "content": f"key {placeholder}"})
    assert sent.value == {"path": "a.env", "content": f"key {TOKEN}"}, "restored for the server that produced it"
    assert sent.shown["content"] == f"key {placeholder}", "what is logged keeps the placeholder"
    assert asked[-1]["parts"] == ["a.env", f"key {placeholder}"]
    assert gathers == ["result", "free"]
    await chain.pipeline.remote.aclose()


async def test_a_message_nothing_changed_is_the_very_object_that_came_in() -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    call = CallLine("fs", "read", "fs__read")
    blob = base64.b64encode(b"plain text in a blob").decode()
    result = {
        "content": [{"type": "text", "text": "hello"}],
        "contents": [{"uri": "file:///a.txt", "mimeType": "text/plain", "blob": blob}],
        "_meta": {"k": "v"},
    }
    flow = await chain.to_client_value(call, "resources/read", result)
    assert flow.value is result and not flow.changed
    args = {"path": "a.txt", "content": "hello"}
    flow = await chain.to_server_value(call, "tools/call", args)
    assert flow.value is args and not flow.changed
    flow = await chain.to_client_value(call, "tools/call", {"content": [{"type": "text", "text": TOKEN}]})
    assert flow.changed


async def test_a_step_that_crashes_rejects_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))

    async def broken(chain: Chain, flow: Any) -> None:
        raise RuntimeError("boom")

    chain.to_client = (*chain.to_client[:3], broken, *chain.to_client[3:])
    flow = await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", {"content": []})
    assert flow.blocked is not None and "nothing unchecked was passed on" in flow.blocked
    assert flow.value is None and flow.changed


async def test_providers_hear_only_what_a_model_reads_of_a_notification_once_per_text() -> None:
    asked: list[dict[str, Any]] = []
    chain = with_hook(asked)
    call = CallLine("fs", "notifications/message", "notifications/message")
    for method, params in (
        ("notifications/progress", {"progressToken": "t1", "progress": 1, "total": 3}),
        ("notifications/tools/list_changed", {}),
        ("notifications/custom/thing", {"payload": "some words"}),
        ("notifications/progress", {"progressToken": "t1", "progress": 2, "message": "   "}),
    ):
        flow = await chain.to_client_value(call, method, params)
        assert flow.blocked is None and not flow.changed
    assert asked == [], "nothing a model reads, nothing asked"
    line = {"level": "info", "logger": "fs", "data": {"msg": "disk is full", "path": "/var"}}
    for _ in range(3):
        await chain.to_client_value(call, "notifications/message", line)
    await chain.to_client_value(
        call, "notifications/progress", {"progressToken": "t1", "progress": 3, "message": "3/3"}
    )
    assert [a["parts"] for a in asked] == [["disk is full", "/var"], ["3/3"]], "the same log line is judged once"
    result = {"content": [{"type": "text", "text": "disk is full"}]}
    for _ in range(2):
        await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", result)
    assert len(asked) == 4, "a result is asked about every time (with the cache off)"
    await chain.pipeline.remote.aclose()


async def test_a_placeholder_is_restored_only_for_the_session_and_server_it_was_minted_for() -> None:
    class Session:
        caps: dict[str, Any] = {}

    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    a, b = Session(), Session()
    read = await chain.to_client_value(
        CallLine("fs", "read", "fs__read"), "tools/call", {"content": [{"type": "text", "text": TOKEN}]}, session=a
    )
    placeholder = read.value["content"][0]["text"]
    assert placeholder.startswith("<SECRET:github_token:")

    async def sent(server: str, session: Any) -> Any:
        flow = await chain.to_server_value(
            CallLine(server, "write", f"{server}__write"), "tools/call", {"t": placeholder}, session
        )
        return flow.value["t"]

    assert await sent("fs", a) == TOKEN, "the session that read it writes it back intact"
    assert await sent("fs", b) == placeholder, "another session gets the literal placeholder"
    assert await sent("web", a) == placeholder, "another server gets the literal placeholder"
    again = await chain.to_client_value(
        CallLine("fs", "read", "fs__read"), "tools/call", {"content": [{"type": "text", "text": TOKEN}]}, session=b
    )
    assert again.value["content"][0]["text"] != placeholder, "each session has its own placeholders"


def test_a_new_flow_holds_every_declared_default_and_containers_of_its_own() -> None:
    import dataclasses

    call = CallLine("s", "t", "s__t")
    one = chain_mod.Flow("output", "tools/call", call, {"a": 1}, big=True, session="x", error=True, redact_flags=False)
    two = chain_mod.Flow("input", "tools/call", call, None)
    given = {"direction", "method", "call", "value", "big", "session", "error", "redact_flags"}
    for f in dataclasses.fields(chain_mod.Flow):
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if f.name not in given:
            assert getattr(one, f.name) == default and getattr(two, f.name) == default, f.name
        if f.default_factory is not dataclasses.MISSING:
            assert getattr(one, f.name) is not getattr(two, f.name), f.name
    assert (one.direction, one.method, one.call, one.value) == ("output", "tools/call", call, {"a": 1})
    assert (one.big, one.session, one.error, one.redact_flags) == (True, "x", True, False)
    assert (two.big, two.session, two.error, two.redact_flags) == (False, None, False, None)

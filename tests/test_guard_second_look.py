"""The second opinion on definitions: asked in the background, once per definition, never delaying a list."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import anyio
import mcp_types as types
import pytest
from conftest import fixture_server, gateway

from secure_mcp_gateway.guardrails.second_opinion import Opinion, SecondLook

pytestmark = pytest.mark.anyio


class _Judge:
    def __init__(self, poisoned: set[str], gate: asyncio.Event | None = None) -> None:
        self.poisoned = poisoned
        self.gate = gate
        self.asked: list[str] = []

    async def judge(self, definition: dict[str, Any], kind: str) -> Opinion:
        self.asked.append(definition["name"])
        if self.gate is not None:
            await self.gate.wait()
        return Opinion(definition["name"] in self.poisoned, "test verdict")


async def test_a_judge_is_asked_once_per_definition_and_only_poisoned_ones_call_back() -> None:
    look = SecondLook()
    called: list[str] = []
    done = asyncio.Event()

    def on_poisoned(server: str) -> None:
        called.append(server)
        done.set()

    judge = _Judge({"bad"})
    a, b = {"name": "good", "description": "Adds."}, {"name": "bad", "description": "Adds."}
    look.ask("fx", [("tool", a), ("tool", b)], judge, 5.0, on_poisoned)
    look.ask("fx", [("tool", a), ("tool", b)], judge, 5.0, on_poisoned)  # already being asked: not again
    await asyncio.wait_for(done.wait(), 5)
    assert called == ["fx"] and sorted(judge.asked) == ["bad", "good"]
    assert look.opinion(b, "tool") == Opinion(True, "test verdict")
    assert look.opinion(a, "tool") == Opinion(False, "test verdict")
    assert look.opinion({**b, "description": "Adds two."}, "tool") is None  # a changed definition is asked again


async def test_a_slow_judge_leaves_the_local_verdict_and_is_asked_again_later() -> None:
    look = SecondLook()
    gate = asyncio.Event()
    judge = _Judge({"bad"}, gate)
    bad = {"name": "bad", "description": "Adds."}
    look.ask("fx", [("tool", bad)], judge, 0.05, lambda server: None)
    await asyncio.gather(*look._tasks)
    assert look.opinion(bad, "tool") is None  # no opinion kept: nothing withheld for a timeout
    gate.set()
    look.ask("fx", [("tool", bad)], judge, 5.0, lambda server: None)
    await asyncio.gather(*look._tasks)
    assert judge.asked == ["bad", "bad"] and look.opinion(bad, "tool") == Opinion(True, "test verdict")


async def test_the_clients_model_judges_definitions_through_sampling(tmp_path) -> None:
    asked: list[str] = []
    changed = anyio.Event()

    async def sampling(context: Any, params: Any) -> types.CreateMessageResult:
        text = params.messages[0].content.text
        name = json.loads(text.split("=====DEFINITION=====")[1]).get("name", "")
        asked.append(name)
        verdict = "poisoned" if name == "pid" else "clean"
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text=json.dumps({"verdict": verdict, "reason": "test judge"})),
            model="judge",
        )

    async def on_message(message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification):
            changed.set()

    config = {
        "mcpServers": {"fx": fixture_server()},
        "guardrails": {"definitions": {"second_opinion": "sampling"}},
    }
    async with gateway(tmp_path, config, sampling_callback=sampling, message_handler=on_message) as (session, run):
        first = {t.name for t in (await session.list_tools()).tools}
        if "fx__pid" in first:  # the first list does not wait for the judge; clients hear when it has spoken
            with anyio.fail_after(30):
                await changed.wait()
        second = {t.name for t in (await session.list_tools()).tools}
        assert "fx__pid" not in second and "fx__echo" in second
        assert asked.count("pid") == 1  # screening again asks nothing already judged
        assert "second opinion" in run.stderr()


async def test_no_sampling_request_is_sent_when_the_second_opinion_is_off(tmp_path) -> None:
    asked: list[Any] = []

    async def sampling(context: Any, params: Any) -> types.CreateMessageResult:
        asked.append(params)
        return types.CreateMessageResult(role="assistant", content=types.TextContent(type="text", text="hi"), model="m")

    async with gateway(tmp_path, {"mcpServers": {"fx": fixture_server()}}, sampling_callback=sampling) as (s, _):
        names = {t.name for t in (await s.list_tools()).tools}
        assert "fx__pid" in names
        sampled = json.loads("\n".join(c.text for c in (await s.call_tool("fx__sample", {})).content))
        assert sampled["content"]["text"] == "hi"
    assert len(asked) == 1  # only the server's own request


def test_the_setting_takes_off_sampling_or_an_endpoint_and_nothing_else() -> None:
    from pydantic import ValidationError

    from secure_mcp_gateway.config import GuardrailPolicy

    assert GuardrailPolicy().definitions.second_opinion == "off"
    assert GuardrailPolicy.model_validate({"definitions": {"second_opinion": "sampling"}}).definitions.second_opinion
    endpoint = {"url": "https://llm.example/v1", "model": "small", "api_key": "k-test"}
    got = GuardrailPolicy.model_validate({"definitions": {"second_opinion": endpoint}}).definitions.second_opinion
    assert got.model == "small" and "k-test" not in repr(got)
    with pytest.raises(ValidationError):
        GuardrailPolicy.model_validate({"definitions": {"second_opinion": "always"}})


async def test_a_definition_is_judged_only_by_a_client_that_may_use_its_server() -> None:
    """The client asked for a second opinion on a server's definitions is one whose identity may use that server:
    a client of another identity, connected first, is never shown them (nor asked at all when no other can)."""
    from types import SimpleNamespace

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.hub import Hub
    from secure_mcp_gateway.jsonrpc import RpcError

    tokens = {"alice": "Kq82mZx19LpW4vRt-alice", "bob": "Wn37pLx04QsZ8vRt-bob"}
    config = GatewayConfig(
        mcpServers={"github": fixture_server(identities=["alice"])},
        http={"tokens": tokens},
        guardrails={"definitions": {"second_opinion": "sampling"}},
        cache={"enabled": False},
    )
    hub = Hub(config)
    asked: list[str] = []
    for name in ("bob", "alice"):
        session = hub.open_session(None, name=name, identity=name)

        async def answer(method: str, params: Any, cap: str, name: str = name) -> dict[str, Any]:
            asked.append(name)
            return {"role": "assistant", "content": {"type": "text", "text": "{}"}, "model": "m"}

        session.caps, session.initialized = {"sampling": {}}, True
        session.peer = SimpleNamespace()  # type: ignore[assignment]
        session.request = answer  # type: ignore[method-assign]
        hub.client_ready(session)
    judge, _timeout = hub._judge_for("github")  # type: ignore[misc]
    definition = {"name": "create_issue", "description": "Open an issue.", "inputSchema": {"type": "object"}}
    await judge.judge(definition, "tool")
    assert asked == ["alice"]
    hub.close_session(hub.sessions[1])  # alice leaves: bob may not be asked instead
    with pytest.raises(RpcError, match="may use server github"):
        await judge._request("sampling/createMessage", {"messages": [], "maxTokens": 10})  # type: ignore[attr-defined]
    assert asked == ["alice"]

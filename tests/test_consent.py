"""Consent: the question put to the user through elicitation, each answer, and what is remembered."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from secure_mcp_gateway.consent import Consent, parse_answer, request_params
from secure_mcp_gateway.guardrails.findings import Hit

pytestmark = pytest.mark.anyio

KEY = Hit("secrets", "anthropic_api_key", "confirm", "arguments.content")
JWT = Hit("secrets", "jwt", "confirm", "arguments.headers.auth")


class Client:
    """Answers elicitation requests with the queued results (or raises/hangs), recording each request."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, dict[str, Any]]] = []

    async def __call__(self, method: str, params: dict[str, Any]) -> Any:
        self.asked.append((method, params))
        answer = self.answers.pop(0)
        if answer == "hang":
            await asyncio.Event().wait()
        if isinstance(answer, Exception):
            raise answer
        return answer


def accept(decision: str) -> dict[str, Any]:
    return {"action": "accept", "content": {"decision": decision}}


async def test_the_question_names_tool_kind_server_and_place_never_the_value() -> None:
    client = Client(accept("allow_once"))
    answer = await Consent().ask(client, server="fs", tool="fs__write_file", hits=[KEY])
    assert answer.allowed and answer.choice == "allow_once"
    method, params = client.asked[0]
    assert method == "elicitation/create"
    assert params["message"].startswith("fs__write_file wants to send an Anthropic API key to server fs")
    assert "arguments.content" in params["message"]
    schema = params["requestedSchema"]["properties"]["decision"]
    assert schema["enum"] == ["allow_once", "allow_server", "deny"] and params["requestedSchema"]["required"]


async def test_allow_once_asks_again_and_allow_for_this_server_is_remembered() -> None:
    consent = Consent()
    client = Client(accept("allow_once"), accept("allow_server"))
    assert (await consent.ask(client, server="fs", tool="fs__write_file", hits=[KEY])).allowed
    assert (await consent.ask(client, server="fs", tool="fs__write_file", hits=[KEY])).allowed
    assert len(client.asked) == 2
    third = await consent.ask(client, server="fs", tool="fs__edit_file", hits=[KEY])
    assert third.allowed and not third.asked and len(client.asked) == 2
    assert consent.remembered("fs", [KEY]) and not consent.remembered("web", [KEY])
    assert not consent.remembered("fs", [KEY, JWT]), "another kind is asked about"


@pytest.mark.parametrize(
    "result",
    [
        accept("deny"),
        {"action": "decline"},
        {"action": "cancel"},
        {"action": "accept", "content": {"decision": "sure"}},
        {"action": "accept"},
        None,
        "garbage",
        ValueError("client failed"),
    ],
)
async def test_anything_but_an_accepted_allow_is_a_deny(result: Any) -> None:
    consent = Consent()
    answer = await consent.ask(Client(result), server="fs", tool="fs__write_file", hits=[KEY])
    assert not answer.allowed and answer.choice == "deny" and answer.why
    assert not consent.remembered("fs", [KEY])


async def test_no_answer_in_time_is_a_deny() -> None:
    answer = await Consent(timeout=0.01).ask(Client("hang"), server="fs", tool="t", hits=[KEY])
    assert not answer.allowed and "did not answer" in answer.why


async def test_a_burst_of_calls_to_one_server_gets_one_question() -> None:
    consent = Consent()
    gate = asyncio.Event()
    asked = 0

    async def slow_client(method: str, params: dict[str, Any]) -> Any:
        nonlocal asked
        asked += 1
        await gate.wait()
        return accept("allow_server")

    tasks = [asyncio.create_task(consent.ask(slow_client, server="fs", tool="t", hits=[KEY])) for _ in range(5)]
    while asked == 0:
        await asyncio.sleep(0)
    gate.set()
    answers = await asyncio.gather(*tasks)
    assert all(a.allowed for a in answers) and asked == 1


def test_parse_and_params_round_trip() -> None:
    assert parse_answer(accept("allow_server")) == "allow_server"
    assert parse_answer({"action": "accept", "content": {"decision": "deny"}}) == "deny"
    assert request_params("q")["mode"] == "form"

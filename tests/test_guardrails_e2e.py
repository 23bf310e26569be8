"""The local guardrails through the real gateway: redaction both ways, blocks, poisoned tools, restore, no leaks."""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import AsyncIterator
from typing import Any

import pytest
from conftest import Run, fixture_server, gateway, text_of
from mcp import MCPError

pytestmark = pytest.mark.anyio

_rng = random.Random(20261127)


def fake_github_token() -> str:
    """A token in GitHub's format, made up at test time (never a real credential)."""
    return "ghp_" + "".join(_rng.choice(string.ascii_letters + string.digits) for _ in range(36))


PLACEHOLDER = re.compile(r"<SECRET:github_token:[a-z2-7]{16}>")


def leaky(secret: str, **extra) -> dict:
    return {"mcpServers": {"fx": fixture_server(env={"LEAK_VALUE": secret}, **extra)}}


LEAKED = fake_github_token()
"""The secret the shared gateway's servers hold (their LEAK_VALUE)."""


DESTRUCTIVE = {"pattern": r"drop\s+table", "regex": True, "direction": "input", "name": "destructive_sql"}
"""A deny pattern of the shared gateway's (for every server: none of the other tests sends SQL)."""


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Run]]:
    """One gateway for the tests that need only a server with guardrails of its own, driven by a client that cannot
    be asked (no elicitation). Each server's name says how its guardrails differ from the defaults."""
    leak = {"LEAK_VALUE": LEAKED}
    servers = {
        "fx": fixture_server(env=leak),
        "other": fixture_server(name="other", env=leak),
        "redact": fixture_server(name="redact", env=leak, guardrails={"input": {"secrets": "redact"}}),
        "norestore": fixture_server(name="norestore", env=leak, guardrails={"restore": False}),
        "block": fixture_server(name="block", env=leak, guardrails={"input": {"secrets": "block"}}),
        "off": fixture_server(name="off", env=leak, guardrails={"enabled": False}),
        "strip": fixture_server(name="strip", guardrails={"output": {"injection": "redact", "hidden_text": "redact"}}),
        "poisoned": fixture_server("--poisoned", name="poisoned"),
        "warned": fixture_server("--poisoned", name="warned", guardrails={"definitions": {"poisoning": "warn"}}),
    }
    # every server in the first listing, however loaded the machine
    config = {"mcpServers": servers, "gateway": {"start_deadline": 60}, "guardrails": {"deny_patterns": [DESTRUCTIVE]}}
    async with gateway(tmp_path_factory.mktemp("guardrails"), config) as pair:
        yield pair


async def test_a_secret_in_arguments_is_refused_visibly_when_the_client_cannot_ask(shared):
    session, run = shared
    secret = fake_github_token()
    result = await session.call_tool("fx__echo", {"note": f"use {secret} please"})
    assert result.is_error
    said = text_of(result)
    assert "fx__echo" in said and "server fx" in said and "github_token" in said and "arguments.note" in said
    assert "guardrails.input.secrets.kinds.github_token" in said, "it names the key that allows it"
    assert "elicitation" in said and secret not in said
    assert text_of(await session.call_tool("fx__echo", {"ok": "fine"})) == '{"ok": "fine"}'
    assert secret not in run.stderr()
    assert "secrets/github_token confirm at arguments.note" in run.stderr()


async def test_redacted_input_is_an_opt_in_and_the_result_says_so(shared):
    session, run = shared
    secret = fake_github_token()
    result = await session.call_tool("redact__echo", {"note": f"use {secret} please", "deep": [{"k": secret}]})
    seen = json.loads(result.content[0].text)
    assert secret not in json.dumps(result.model_dump(mode="json"))
    assert PLACEHOLDER.fullmatch(seen["deep"][0]["k"])
    assert PLACEHOLDER.search(seen["note"])
    assert "received placeholders" in result.content[-1].text and "github_token" in result.content[-1].text
    assert secret not in run.stderr()


async def test_the_server_never_receives_a_secret_the_model_typed(shared):
    session, _ = shared
    assert (await session.call_tool("redact__compare", {"value": LEAKED})).content[0].text == "no match"
    leaked = await session.call_tool("redact__leak", {})  # the same secret, now minted from the server's output
    placeholder = PLACEHOLDER.search(leaked.content[1].text).group()
    assert text_of(await session.call_tool("redact__compare", {"value": placeholder})) == "match"
    assert (await session.call_tool("redact__compare", {"value": LEAKED})).content[0].text == "no match"


async def test_secret_in_every_part_of_a_result_is_redacted(shared):
    session, _ = shared
    result = await session.call_tool("fx__leak", {})
    dumped = json.dumps(result.model_dump(mode="json"))
    assert LEAKED not in dumped, "block 2, the embedded resource and structuredContent are all checked"
    assert PLACEHOLDER.search(result.content[1].text)
    assert PLACEHOLDER.search(result.content[2].resource.text)
    assert PLACEHOLDER.fullmatch(result.structured_content["nested"]["token"])
    assert result.content[0].text == "nothing to see in the first block"


async def test_placeholders_are_restored_for_the_same_server_only(shared):
    session, _ = shared  # fx and other hold the same secret
    leaked = await session.call_tool("fx__leak", {})
    placeholder = PLACEHOLDER.search(leaked.content[1].text).group()
    same = await session.call_tool("fx__compare", {"value": placeholder})
    assert text_of(same) == "match", "the server got its own secret back"
    other = await session.call_tool("other__compare", {"value": placeholder})
    assert text_of(other) == "no match", "another server never receives it"


async def test_restore_can_be_turned_off(shared):
    session, _ = shared
    placeholder = PLACEHOLDER.search((await session.call_tool("norestore__leak", {})).content[1].text).group()
    assert text_of(await session.call_tool("norestore__compare", {"value": placeholder})) == "no match"


async def test_block_is_an_error_result_naming_the_detector(shared):
    session, run = shared
    secret = fake_github_token()
    result = await session.call_tool("block__echo", {"token": secret})
    assert result.is_error
    assert "secrets" in text_of(result) and "github_token" in text_of(result)
    assert secret not in text_of(result)
    assert text_of(await session.call_tool("block__echo", {"ok": "fine"})) == '{"ok": "fine"}'
    assert not re.search(r"block: request \d+ cancelled", run.stderr())


async def test_deny_pattern_blocks_a_call(shared):
    session, _ = shared
    blocked = await session.call_tool("fx__echo", {"sql": "DROP  TABLE users"})
    assert blocked.is_error and "destructive_sql" in text_of(blocked)
    allowed = await session.call_tool("fx__echo", {"sql": "select 1"})
    assert not allowed.is_error


async def test_injection_and_hidden_text_in_output_are_flagged_and_left_intact(shared):
    session, run = shared
    result = await session.call_tool("fx__inject", {})
    first, notice = result.content[0].text, result.content[-1].text
    assert "Ignore all previous instructions" in first, "the content is not changed"
    assert "[secure-mcp-gateway] Notice" in notice
    assert "injection check found ignore_instructions in content[0].text" in notice
    assert "hidden_text check found tag_characters" in notice
    assert "Ignore all" not in notice, "the notice never repeats the text"
    assert "injection/ignore_instructions flag at content[0].text" in run.stderr()


async def test_injection_and_hidden_text_can_be_stripped_instead(shared):
    session, _ = shared
    result = await session.call_tool("strip__inject", {})
    text = text_of(result)
    assert "Release notes: bug fixes." in text
    assert "Ignore all previous instructions" not in text
    assert not any(0xE0000 <= ord(c) <= 0xE007F for c in text)


async def test_poisoned_tool_is_withheld_and_the_rest_stay(shared):
    session, run = shared
    names = {t.name for t in (await session.list_tools()).tools}
    assert "poisoned__add_numbers" not in names and "poisoned__echo" in names
    refused = await session.call_tool("poisoned__add_numbers", {"a": 1, "b": 2})
    assert refused.is_error
    assert "poisoned: withheld tool 'add_numbers'" in run.stderr()


async def test_poisoned_tool_can_be_flagged_instead(shared):
    session, run = shared
    names = {t.name for t in (await session.list_tools()).tools}
    assert "warned__add_numbers" in names
    assert "warned: tool 'add_numbers' flagged" in run.stderr()


async def test_prompts_and_resources_get_the_output_checks(shared):
    session, _ = shared  # fx is the first server, so it serves the URI every fixture server offers
    prompt = await session.get_prompt("fx__greet", {"who": "leaky"})
    assert LEAKED not in prompt.messages[0].content.text
    assert PLACEHOLDER.search(prompt.messages[0].content.text)
    await session.call_tool("fx__leak", {})  # its result embeds the URI: this session may read it (whatever ran before)
    resource = await session.read_resource("fixture://static/secret")
    assert LEAKED not in resource.contents[0].text


async def test_guardrails_can_be_switched_off_per_server(shared):
    session, _ = shared
    secret = fake_github_token()
    result = await session.call_tool("off__echo", {"t": secret})
    assert secret in text_of(result)


async def test_a_secret_leaves_no_trace_in_logs_audit_or_cache(tmp_path):
    secret = fake_github_token()
    config = leaky(secret, guardrails={"input": {"secrets": "redact"}})
    config["gateway"] = {"log_level": "debug"}
    config["audit"] = {"file": str(tmp_path / "audit" / "audit.jsonl"), "record": "redacted"}
    async with gateway(tmp_path, config) as (session, run):
        await session.call_tool("fx__echo", {"t": secret})
        await session.call_tool("fx__leak", {})
        await session.get_prompt("fx__greet", {"who": "leaky"})
        await session.read_resource("fixture://static/secret")
        with pytest.raises(MCPError):
            await session.read_resource("fixture://nothing")
    haystacks = {"stderr": run.stderr().encode()}
    for path in list((tmp_path / "audit").rglob("*")) + list((tmp_path / "cache").rglob("*")):
        if path.is_file():
            haystacks[str(path)] = path.read_bytes()
    assert any("audit.jsonl" in k for k in haystacks)
    for where, data in haystacks.items():
        assert secret.encode() not in data, f"the secret leaked into {where}"
    audit = (tmp_path / "audit" / "audit.jsonl").read_text()
    assert "<SECRET:github_token:" in audit, "the redacted form is what the audit holds"


async def test_the_user_is_asked_before_a_secret_goes_to_a_server(tmp_path):
    import mcp.types as types

    secret = fake_github_token()
    answers = ["allow_once", "deny", "allow_server"]
    questions: list[str] = []

    async def elicit(context, params):
        questions.append(params.message)
        return types.ElicitResult(action="accept", content={"decision": answers.pop(0)})

    async with gateway(tmp_path, leaky(secret), elicitation_callback=elicit) as (session, run):
        allowed = await session.call_tool("fx__compare", {"value": secret})
        assert allowed.content[0].text == "match", "the server got the value intact"
        denied = await session.call_tool("fx__compare", {"value": secret})
        assert denied.is_error and "the user denied it" in text_of(denied) and secret not in text_of(denied)
        for _ in range(2):  # allowed for this server: asked once, then remembered
            assert (await session.call_tool("fx__compare", {"value": secret})).content[0].text == "match"
    assert len(questions) == 3
    assert questions[0].startswith("fx__compare wants to send a GitHub token to server fx (in arguments.value)")
    assert all(secret not in q for q in questions)
    assert "consent allow_once" in run.stderr() and "consent deny" in run.stderr()
    assert secret not in run.stderr()

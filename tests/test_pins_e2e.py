"""The pin lifecycle through the real gateway: first sight, a rug pull, approval on the command line and in the
session (elicitation), a new tool, reset."""

from __future__ import annotations

import json

import anyio
import mcp_types as types
import pytest
from conftest import NOTHING_CACHED, fixture_server, gated_server, gateway, text_of
from mcp import MCPError

from secure_mcp_gateway.cli import main
from secure_mcp_gateway.pins_store import FilePinStore

README = "fixture://static/readme"

pytestmark = pytest.mark.anyio


async def test_a_changed_tool_waits_for_approval_on_the_command_line(tmp_path, capsys):
    description = tmp_path / "description.txt"
    description.write_text("Echo the arguments back.")
    config = {"mcpServers": {"fx": fixture_server("--description-from", str(description))}, "cache": NOTHING_CACHED}
    async with gateway(tmp_path, config) as (session, _):  # first sight: everything pinned and shown
        before = {t.name for t in (await session.list_tools()).tools}
        assert "fx__echo" in before
    description.write_text("Echo the arguments back. Before that, trim the surrounding whitespace of `text`.")
    changed = anyio.Event()

    async def on_message(message):
        if isinstance(message, types.ToolListChangedNotification):
            changed.set()

    async with gateway(tmp_path, config, message_handler=on_message) as (session, run):
        now = {t.name for t in (await session.list_tools()).tools}
        assert now == before - {"fx__echo"}, "only the changed tool is withheld"
        refused = await session.call_tool("fx__echo", {"text": "hi"})
        assert refused.is_error and "secure-mcp-gateway approve fx echo" in text_of(refused)
        assert "id_rsa" not in text_of(refused), "the new definition never reaches the model"
        fine = await session.call_tool("fx__store", {"a": 1})
        assert text_of(fine) == "stored 8 bytes", "unchanged tools keep working"

        assert main(["pins", "fx"]) == 0
        assert "WAITING  tool 'echo'" in capsys.readouterr().out
        assert main(["approve", "fx", "echo", "--yes"]) == 0
        assert '+  "description": "Echo the arguments back. Before that' in capsys.readouterr().out
        with anyio.fail_after(10):
            await changed.wait()  # the running gateway picked the approval up: no restart
        assert "fx__echo" in {t.name for t in (await session.list_tools()).tools}
        assert text_of(await session.call_tool("fx__echo", {"text": "hi"})) == '{"text": "hi"}'
        assert "withheld until you approve it" in run.stderr()

    calls = [json.loads(line) for line in (tmp_path / "audit" / "audit.jsonl").read_text().splitlines()]
    calls = [c for c in calls if c["event"] == "tool.call" and c["tool"] == "echo"]
    assert [c["outcome"] for c in calls] == ["blocked", "ok"], "the refused call is on the audit trail too"
    assert "changed since it was approved" in calls[0]["error"]
    assert main(["pins", "fx", "--reset"]) == 0
    assert "forgot pins of server fx" in capsys.readouterr().out
    assert FilePinStore().servers() == []


async def test_a_call_sent_while_the_cached_list_is_served_is_refused_once_the_tool_turns_out_changed(tmp_path):
    description = tmp_path / "description.txt"
    description.write_text("Echo the arguments back.")
    gate = tmp_path / "gate"
    gate.touch()
    config = {
        "mcpServers": {
            "fx": gated_server(
                gate,
                "--description-from",
                str(description),
                "--prompt-description-from",
                str(description),
                "--resource-description-from",
                str(description),
            )
        },
        "gateway": {"start_deadline": 10},
    }
    async with gateway(tmp_path, config) as (session, _):  # pinned, and its list cached for the next start
        assert "fx__echo" in {t.name for t in (await session.list_tools()).tools}
        assert "fx__greet" in {p.name for p in (await session.list_prompts()).prompts}
        assert README in {str(r.uri) for r in (await session.list_resources()).resources}
    gate.unlink()  # the server cannot be up before the gate opens again
    description.write_text("Echo the arguments back. Before that, trim the surrounding whitespace of `text`.")
    config["gateway"]["start_deadline"] = 0.1
    async with gateway(tmp_path, config) as (session, _):
        assert "fx__echo" in {t.name for t in (await session.list_tools()).tools}, "the cached (approved) list"
        results = []

        async def call() -> None:
            results.append(await session.call_tool("fx__echo", {"text": "hi"}))

        async def get() -> None:
            with pytest.raises(MCPError) as refused:
                await session.get_prompt("fx__greet", {"who": "Ada"})
            results.append(refused.value)

        async def read() -> None:
            with pytest.raises(MCPError) as refused:
                await session.read_resource(README)
            results.append(refused.value)

        async with anyio.create_task_group() as tg:
            tg.start_soon(call)  # all routed by the cached lists, before the server is up
            tg.start_soon(get)
            tg.start_soon(read)
            await anyio.sleep(0)
            gate.touch()
        refused = next(r for r in results if not isinstance(r, MCPError))
        assert refused.is_error and "secure-mcp-gateway approve fx echo" in text_of(refused), text_of(refused)
        errors = " | ".join(str(r) for r in results if isinstance(r, MCPError))
        assert "prompt 'greet' of server 'fx' changed since it was approved" in errors, errors
        assert f"resource {README!r} of server 'fx' changed since it was approved" in errors, errors
    lines = [json.loads(line) for line in (tmp_path / "audit" / "audit.jsonl").read_text().splitlines()]
    calls = [c for c in lines if c["event"] == "tool.call" and c["tool"] == "echo"]
    assert [c["outcome"] for c in calls] == ["blocked"], "the changed tool was never called"
    gets = [c for c in lines if c["event"] == "prompt.get"]
    assert [c["outcome"] for c in gets] == ["blocked"], "the changed prompt was never asked for"
    reads = [c for c in lines if c["event"] == "resource.read"]
    assert [c["outcome"] for c in reads] == ["blocked"], "the changed resource was never read"


async def test_a_new_tool_is_approved_through_elicitation_or_stays_withheld(tmp_path):
    answers = [False, True]
    questions: list[str] = []

    async def elicit(context, params):
        questions.append(params.message)
        return types.ElicitResult(action="accept", content={"approve": answers.pop(0)})

    config = {"mcpServers": {"fx": fixture_server()}, "cache": NOTHING_CACHED}
    async with gateway(tmp_path, config, elicitation_callback=elicit) as (session, _):
        before = {t.name for t in (await session.list_tools()).tools}
        await session.call_tool("fx__add_tool", {})  # the server adds a tool and says so
        with anyio.fail_after(10):
            while not FilePinStore().servers() or "added" not in (await _pending()):
                await anyio.sleep(0.05)
        assert {t.name for t in (await session.list_tools()).tools} == before
        denied = await session.call_tool("fx__added", {})
        assert denied.is_error and "secure-mcp-gateway approve fx added" in text_of(denied)
        allowed = await session.call_tool("fx__added", {})
        assert text_of(allowed) == "added tool works"
        assert len(questions) == 2 and "tool 'added'" in questions[0] and "Added at run time." in questions[0]
        assert "fx__added" in {t.name for t in (await session.list_tools()).tools}


async def _pending() -> str:
    from secure_mcp_gateway.keys import open_key
    from secure_mcp_gateway.pins_store import PinBook

    record = PinBook(FilePinStore(), open_key()).load("fx")
    return " ".join(record.pending) if record else ""

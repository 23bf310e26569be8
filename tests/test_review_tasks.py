"""Tools a server runs only as tasks (MCP 2025-11-25 `execution.taskSupport: "required"`) answer a client's plain
call through the gateway, checked like any result; task metadata never crosses the gateway, which takes none."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOTHING_CACHED, RawGateway, gateway, text_of

pytestmark = pytest.mark.anyio

TASK_SERVER = Path(__file__).parent / "servers" / "task_server.py"


def config(record: Path, **server: Any) -> dict[str, Any]:
    entry = {"command": sys.executable, "args": [str(TASK_SERVER), str(record)], "pinning": "off", **server}
    return {"mcpServers": {"jobs": entry}, "cache": NOTHING_CACHED, "gateway": {"reload": False}}


def received(record: Path) -> list[dict[str, Any]]:
    """Every message the task server got, in order."""
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text().splitlines() if line.strip()]


def methods(record: Path) -> list[str]:
    return [m.get("method", "") for m in received(record)]


def wait_for(condition: Any, seconds: float = 20.0) -> bool:
    """Until `condition()` holds (True) or `seconds` pass (False)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


def raw(tmp_path: Path, record: Path, caps: dict[str, Any] | None = None, **server: Any) -> RawGateway:
    gw = RawGateway(tmp_path, config(record, **server))
    gw.init = gw.request(  # type: ignore[attr-defined]
        "initialize",
        {"protocolVersion": "2025-11-25", "capabilities": caps or {}, "clientInfo": {"name": "raw", "version": "0"}},
    )
    gw.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    return gw


def call_collecting(gw: RawGateway, rid: int, params: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Send one tools/call; its answer and every other message the gateway sent before it."""
    gw.send({"jsonrpc": "2.0", "id": rid, "method": "tools/call", "params": params})
    others = []
    while True:
        msg = gw.recv()
        if msg.get("id") == rid and "method" not in msg:
            return msg, others
        others.append(msg)


async def test_a_tool_its_server_runs_only_as_a_task_answers_a_plain_call_checked_and_may_ask_the_user(
    tmp_path: Path,
) -> None:
    from mcp import types

    asked: list[Any] = []

    async def elicit(context: Any, params: Any) -> Any:
        asked.append(params)
        return types.ElicitResult(action="accept", content={"colour": "teal"})

    record = tmp_path / "record.jsonl"
    async with gateway(tmp_path, config(record), elicitation_callback=elicit) as (session, _run):
        listed = {t.name: t for t in (await session.list_tools()).tools}
        result = await session.call_tool("jobs__report", {"seconds": 0.3})
        # a task that needs the user's answer gets it through the gateway
        survey = await session.call_tool("jobs__survey", {})
    text = text_of(result)
    assert not result.is_error, text
    assert "Q3 report ready" in text
    assert "io.modelcontextprotocol/related-task" not in (result.meta or {}), "a task the client never heard of"
    assert "ghp_R4nD0mT0k3nF0rT4sk5xQ8wL2mZ7vB1nC6y" not in text and "<SECRET:" in text, text
    calls = [m for m in received(record) if m.get("method") == "tools/call"]
    assert calls and isinstance(calls[0]["params"].get("task"), dict), "the gateway created the task itself"
    assert "tasks/result" in methods(record)
    assert "jobs__report" in listed
    text = text_of(survey)
    assert not survey.is_error, text
    assert '"colour": "teal"' in text, text
    assert len(asked) == 1 and asked[0].message == "Favourite colour?"
    assert "io.modelcontextprotocol/related-task" not in (asked[0].meta or {}), "a task the client never heard of"


def test_no_task_is_offered_taken_from_the_client_or_passed_to_it(tmp_path: Path) -> None:
    """The listed tools and capabilities offer no tasks the gateway does not take; task metadata from the client is
    ignored and the call answered plainly; task metadata of a server's request is not passed to the client."""
    record = tmp_path / "record.jsonl"
    gw = raw(tmp_path, record, caps={"sampling": {}})
    try:
        tools = gw.request("tools/list")["result"]["tools"]
        assert {t["name"] for t in tools} >= {"jobs__report", "jobs__lookup", "jobs__plain"}
        for tool in tools:
            assert "taskSupport" not in (tool.get("execution") or {}), tool
        assert "tasks" not in gw.init["result"]["capabilities"]  # type: ignore[attr-defined]

        task = {"ttl": 60000}
        answer, _ = call_collecting(gw, 101, {"name": "jobs__lookup", "arguments": {"q": "tide"}, "task": task})
        result = answer["result"]
        assert "task" not in result, "a task the client could never poll (the gateway has no tasks/get)"
        text = result["content"][0]["text"]
        assert '"q": "tide"' in text and '"task"' not in text, text
        answer, others = call_collecting(gw, 102, {"name": "jobs__report", "arguments": {"seconds": 0.1}, "task": task})
        assert "Q3 report ready" in answer["result"]["content"][0]["text"], answer
        status = [m for m in others if m.get("method") == "notifications/tasks/status"]
        assert not status, "status notices of the gateway's own task are not the client's"

        answer, others = call_collecting(gw, 103, {"name": "jobs__ping_client", "arguments": {}})
        asked = [m for m in others if m.get("method") == "sampling/createMessage"]
        while not asked:
            msg = gw.recv()
            if msg.get("method") == "sampling/createMessage":
                asked.append(msg)
        assert "task" not in asked[0]["params"], asked[0]
        assert asked[0]["params"]["maxTokens"] == 5
        assert answer["result"]["content"][0]["text"] == "asked"
    finally:
        gw.close()


def test_a_task_that_never_finishes_ends_at_the_call_deadline_and_is_cancelled(tmp_path: Path) -> None:
    record = tmp_path / "record.jsonl"
    gw = raw(tmp_path, record, timeout=2)
    try:
        gw.request("tools/list")
        started = time.monotonic()
        answer, _ = call_collecting(gw, 7, {"name": "jobs__report", "arguments": {"stuck": True}})
        took = time.monotonic() - started
        result = answer["result"]
        assert result.get("isError") is True
        text = result["content"][0]["text"]
        assert "did not finish" in text and "within 2 s" in text, text
        assert took < 30, took
        assert wait_for(lambda: "tasks/cancel" in methods(record)), "the server was told to stop the task"
        cancel = next(m for m in received(record) if m.get("method") == "tasks/cancel")
        created = next(m for m in received(record) if m.get("method") == "tools/call")
        assert cancel["params"]["taskId"].startswith("task-") and created["params"]["task"]
    finally:
        gw.close()

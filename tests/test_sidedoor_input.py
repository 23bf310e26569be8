"""What a client sends besides a call's arguments reaches a server checked, never in clear (real gateway process)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import RawGateway

RECORDING = Path(__file__).parent / "servers" / "recording_server.py"
TOKEN = "ghp_R4nD0mT0k3nV4lu3F0rT3st1ngXyZ9876543"
"""A made-up GitHub token in its real format (found by the secrets detector)."""


class Record:
    """What the recording server received since a test began (the server and its file are shared by the module)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.start = path.stat().st_size

    def read_text(self) -> str:
        return self.path.read_bytes()[self.start :].decode()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RawGateway, Path]]:
    """One gateway over the recording server for the module: every test here starts from the same listed state
    and changes nothing a later test reads (it sees only what the server received since it began)."""
    tmp = tmp_path_factory.mktemp("sidedoor-input")
    record = tmp / "received.jsonl"
    config = {"mcpServers": {"rec": {"command": sys.executable, "args": [str(RECORDING), str(record)]}}}
    gateway = RawGateway(tmp, config)
    capabilities = {"sampling": {}, "roots": {"listChanged": True}}
    gateway.request(
        "initialize",
        {"protocolVersion": "2025-11-25", "capabilities": capabilities, "clientInfo": {"name": "t", "version": "0"}},
    )
    gateway.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    for method in ("tools/list", "prompts/list", "resources/list", "resources/templates/list"):
        gateway.request(method)
    yield gateway, record
    gateway.close()


@pytest.fixture
def gw(shared: tuple[RawGateway, Path]) -> tuple[RawGateway, Record]:
    gateway, record = shared
    settle(gateway)  # what an earlier test sent has arrived: it is not this test's
    return gateway, Record(record)


def received(record: Record, method: str) -> list[dict[str, Any]]:
    """What the server got of `method`, in order."""
    lines = [json.loads(line) for line in record.read_text().splitlines()]
    return [m for m in lines if m.get("method") == method]


def settle(gateway: RawGateway) -> None:
    """Until everything the gateway sent the server before now has arrived (a ping is answered in order)."""
    gateway.request("resources/read", {"uri": "rec://weather"})


def test_prompt_requests_are_checked_beyond_their_arguments(gw) -> None:
    gateway, record = gw
    reply = gateway.request("prompts/get", {"name": "rec__trip", "arguments": {"city": "Lyon"}, "_meta": {"k": TOKEN}})
    assert "error" in reply and "github_token" in reply["error"]["message"]
    reply = gateway.request("prompts/get", {"name": "rec__trip", "arguments": {"city": "Lyon"}, "note": TOKEN})
    assert "error" in reply
    clean = {"name": "rec__trip", "arguments": {"city": "Lyon"}, "_meta": {"trace": "a1"}, "note": "window seat"}
    assert "result" in gateway.request("prompts/get", clean)
    sent = received(record, "prompts/get")
    assert TOKEN not in json.dumps(sent)
    assert sent == [
        {"jsonrpc": "2.0", "id": sent[0]["id"], "method": "prompts/get", "params": {**clean, "name": "trip"}}
    ]


def test_completion_context_and_meta_are_checked(gw) -> None:
    gateway, record = gw
    ref = {"type": "ref/prompt", "name": "rec__trip"}
    asked = [
        {"ref": ref, "argument": {"name": "hotel", "value": "Gr"}, "context": {"arguments": {"city": TOKEN}}},
        {"ref": ref, "argument": {"name": "hotel", "value": "Gr"}, "_meta": {"k": TOKEN}},
        {"ref": {**ref, "note": TOKEN}, "argument": {"name": "hotel", "value": "Gr"}},
        {
            "ref": {"type": "ref/resource", "uri": "rec://city/{name}"},
            "argument": {"name": "name", "value": "L"},
            "context": {"arguments": {"country": TOKEN}},
        },
    ]
    for params in asked:
        reply = gateway.request("completion/complete", params)
        assert "github_token" in reply["error"]["message"], ("a blocked completion says why", reply)
    clean = {"ref": ref, "argument": {"name": "hotel", "value": "Gr"}, "context": {"arguments": {"city": "Lyon"}}}
    assert gateway.request("completion/complete", clean)["result"]["completion"]["values"] == ["Lyon", "Lisbon"]
    sent = received(record, "completion/complete")
    assert TOKEN not in json.dumps(sent)
    assert [m["params"] for m in sent] == [{**clean, "ref": {"type": "ref/prompt", "name": "trip"}}]


def test_a_completion_reference_carries_nothing_unchecked(gw) -> None:
    """A field of the other kind of reference (a prompt's `uri`, a template's `name`) is checked like any extra."""
    gateway, record = gw
    asked = [
        {"ref": {"type": "ref/prompt", "name": "rec__trip", "uri": TOKEN}, "argument": {"name": "hotel", "value": "G"}},
        {
            "ref": {"type": "ref/resource", "uri": "rec://city/{name}", "name": TOKEN},
            "argument": {"name": "name", "value": "L"},
        },
    ]
    for params in asked:
        reply = gateway.request("completion/complete", params)
        assert "github_token" in reply["error"]["message"], ("a blocked completion says why", reply)
    clean = {"type": "ref/resource", "uri": "rec://city/{name}", "name": "city"}
    reply = gateway.request("completion/complete", {"ref": clean, "argument": {"name": "name", "value": "L"}})
    assert reply["result"]["completion"]["values"] == ["Lyon", "Lisbon"]
    sent = received(record, "completion/complete")
    assert TOKEN not in json.dumps(sent)
    assert [m["params"]["ref"] for m in sent] == [clean]


def test_a_progress_token_that_is_neither_text_nor_a_number_is_invalid_params(gw) -> None:
    gateway, _ = gw
    for token in ({"a": 1}, ["t"], True):
        reply = gateway.request(
            "tools/call", {"name": "rec__report", "arguments": {}, "_meta": {"progressToken": token}}
        )
        assert reply["error"]["code"] == -32602 and "progressToken" in reply["error"]["message"], reply
    reply = gateway.request("tools/call", {"name": "rec__report", "arguments": {}, "_meta": {"progressToken": "p-7"}})
    assert "result" in reply, "the next call is served"
    for uri in (["rec://weather"], {"u": 1}):  # (nor is a uri that is not a string an internal error)
        reply = gateway.request("resources/unsubscribe", {"uri": uri})
        assert reply["error"]["code"] == -32602 and '"uri"' in reply["error"]["message"], reply


def test_tool_arguments_that_are_not_an_object_are_invalid_params(gw) -> None:
    gateway, record = gw
    before = len(received(record, "tools/call"))
    for arguments, kind in (([1, 2], "a list"), ("city=Lyon", "a string"), (7, "a number"), (True, "true or false")):
        reply = gateway.request("tools/call", {"name": "rec__report", "arguments": arguments})
        assert reply["error"]["code"] == -32602, reply
        assert reply["error"]["message"] == f'tools/call "arguments" must be an object, not {kind}'
    assert len(received(record, "tools/call")) == before, "none reached the server"
    assert "result" in gateway.request("tools/call", {"name": "rec__report"}), "no arguments at all is fine"


def test_unsubscribe_log_level_and_roots_changes_carry_nothing_unchecked(gw) -> None:
    gateway, record = gw
    assert "result" in gateway.request("resources/subscribe", {"uri": "rec://weather"})
    reply = gateway.request("resources/unsubscribe", {"uri": "rec://weather", "_meta": {"k": TOKEN}})
    assert "error" in reply, "an unsubscribe carrying a secret is refused like a subscribe"
    reply = gateway.request("logging/setLevel", {"level": TOKEN})
    assert reply["error"]["code"] == -32602 and TOKEN not in json.dumps(reply)
    gateway.send({"jsonrpc": "2.0", "method": "notifications/roots/list_changed", "params": {"_meta": {"k": TOKEN}}})
    assert "result" in gateway.request("resources/unsubscribe", {"uri": "rec://weather", "_meta": {"by": "panel"}})
    assert "result" in gateway.request("logging/setLevel", {"level": "warning"})
    settle(gateway)
    text = record.read_text()
    assert TOKEN not in text
    assert [m.get("params") for m in received(record, "notifications/roots/list_changed")] == [None]
    assert [m["params"] for m in received(record, "resources/unsubscribe")] == [
        {"uri": "rec://weather", "_meta": {"by": "panel"}}
    ]
    assert [m["params"] for m in received(record, "logging/setLevel")] == [{"level": "warning"}]
    assert TOKEN not in gateway.stderr()


def test_a_clients_error_answer_to_a_server_request_is_checked(gw) -> None:
    gateway, record = gw
    gateway.send({"jsonrpc": "2.0", "id": 50, "method": "tools/call", "params": {"name": "rec__ask", "arguments": {}}})
    asked = gateway.recv()
    while asked.get("method") != "sampling/createMessage":
        asked = gateway.recv()
    refusal = {"code": -1, "message": f"cannot sample, key {TOKEN} expired", "data": {"key": TOKEN}}
    gateway.send({"jsonrpc": "2.0", "id": asked["id"], "error": refusal})
    reply = gateway.recv()
    while reply.get("id") != 50:
        reply = gateway.recv()
    assert TOKEN not in json.dumps(reply)
    answers = [m for m in map(json.loads, record.read_text().splitlines()) if m.get("id") == 9000 and "method" not in m]
    assert len(answers) == 1 and "error" in answers[0], answers
    assert TOKEN not in json.dumps(answers[0])


def test_a_resource_uri_holding_a_secret_is_not_repeated_in_the_refusal(gw) -> None:
    gateway, record = gw
    for method in ("resources/read", "resources/subscribe"):
        reply = gateway.request(method, {"uri": f"rec://city/{TOKEN}"})
        assert "github_token" in reply["error"]["message"] and method in reply["error"]["message"]
        assert TOKEN not in json.dumps(reply)
    reply = gateway.request("resources/read", {"uri": "rec://city/Lyon", "_meta": {"k": TOKEN}})
    assert "rec://city/Lyon" in reply["error"]["message"], "a clean URI still names what was refused"
    assert TOKEN not in record.read_text() and TOKEN not in gateway.stderr()

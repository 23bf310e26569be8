"""What a call's arguments carry in base64 (a whole value, a `data:` URI, one inside a list) is read for the checks
before the server gets it; ordinary base64 passes as sent (real gateway process, recording server)."""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import RawGateway

RECORDING = Path(__file__).parent / "servers" / "recording_server.py"
TOKEN = "ghp_" + "Q7wE9rT2yU4iO6pA8sD1fG3hJ5kL7zX9cV0b"
"""A made-up GitHub token in its real format, built from parts."""
ENV_FILE = f"# deploy settings\nREGION=eu-west-1\nGITHUB_TOKEN={TOKEN}\n"
PLAIN = "Quarterly report: revenue grew in every region; the board meets on Thursday.\n"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RawGateway, Path]]:
    tmp = tmp_path_factory.mktemp("encoded-args")
    record = tmp / "received.jsonl"
    config = {"mcpServers": {"rec": {"command": sys.executable, "args": [str(RECORDING), str(record)]}}}
    gateway = RawGateway(tmp, config)
    gateway.initialize()
    gateway.request("tools/list")
    yield gateway, record
    gateway.close()


def _calls(record: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in record.read_text().splitlines()]
    return [m["params"] for m in lines if m.get("method") == "tools/call"]


@pytest.mark.parametrize(
    "arguments",
    [
        {"content": b64(ENV_FILE)},
        {"file": "data:text/plain;base64," + b64(ENV_FILE)},
        {"files": ["notes.txt", "data:text/plain;charset=utf-8;base64," + b64(ENV_FILE)]},
        {"files": ["see the attached data:text/plain;base64," + b64(ENV_FILE) + " for the settings"]},
        {"parts": [b64(ENV_FILE)]},
        {"message": {"body": "attached", "attachments": [{"name": ".env", "content": b64(ENV_FILE)}]}},
    ],
    ids=["value", "uri", "uri-in-list", "uri-inside-list-text", "value-in-list", "nested"],
)
def test_a_secret_sent_in_base64_is_stopped_before_the_server(gw, arguments) -> None:
    gateway, record = gw
    before = len(_calls(record))
    reply = gateway.request("tools/call", {"name": "rec__report", "arguments": arguments})
    assert "github_token" in json.dumps(reply), reply
    gateway.request("ping")
    sent = _calls(record)[before:]
    assert all(b64(ENV_FILE) not in json.dumps(c) and TOKEN not in json.dumps(c) for c in sent), sent


@pytest.mark.parametrize(
    "arguments",
    [
        {"content": b64(PLAIN), "sha": "3f786850e387550fdab836ed7e6dc881de23001b"},
        {"files": ["data:text/plain;base64," + b64(PLAIN), "aGVsbG8gd29ybGQ="]},
        {"ids": ["Zm9vYmFyYmF6cXV4cXV1eA==", "c29tZSByYW5kb20gYnl0ZXM="], "cursor": "dXNlcjoxMjM0NTY3ODkw"},
    ],
    ids=["text", "uri-in-list", "short-values"],
)
def test_ordinary_base64_reaches_the_server_as_sent(gw, arguments) -> None:
    gateway, record = gw
    before = len(_calls(record))
    reply = gateway.request("tools/call", {"name": "rec__report", "arguments": arguments})
    assert "result" in reply and not reply["result"].get("isError"), reply
    (sent,) = _calls(record)[before:]
    assert sent["arguments"] == arguments


def test_a_data_uri_in_a_results_list_is_read_and_packed_back_as_it_came_or_encoded_again() -> None:
    """Results too: a `data:` URI among a list's strings (`structuredContent` listing files) is read after the
    list's items (in their order); the value packs back to the very same strings, or to the rewritten text encoded
    again."""
    from secure_mcp_gateway.guardrails.walk import gather, pack_blobs, unpack_blobs

    uri = "data:text/plain;base64," + b64(ENV_FILE)
    value = {"structuredContent": {"files": ["a.txt", uri, "see " + uri]}}
    view, blobs = unpack_blobs(value)
    assert sum(t == ENV_FILE for t in gather(view, "result")[0]) == 2
    assert pack_blobs(view, blobs) == value
    view["structuredContent"]["files"][4] = ENV_FILE.replace(TOKEN, "[REDACTED]")
    packed = pack_blobs(view, blobs)["structuredContent"]["files"]
    assert len(packed) == 3 and packed[:2] == ["a.txt", uri]
    again = packed[2][len("see data:text/plain;base64,") :]
    assert base64.b64decode(again).decode() == ENV_FILE.replace(TOKEN, "[REDACTED]")

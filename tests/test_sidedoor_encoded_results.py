"""What a server's answer carries in base64 (a JSON text's base64 field, a `structuredContent` field, a `data:` URI
there, a text that is base64, a resource's `blob`) is read for the checks before the client gets it; ordinary base64
comes through as sent (real gateway process)."""

from __future__ import annotations

import base64
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RawGateway

SERVER = Path(__file__).parent / "servers" / "encoded_results_server.py"
sys.path.insert(0, str(SERVER.parent))
from encoded_results_server import SETTINGS, TOKEN, b64, give  # noqa: E402


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RawGateway]:
    tmp = tmp_path_factory.mktemp("encoded-results")
    gateway = RawGateway(tmp, {"mcpServers": {"enc": {"command": sys.executable, "args": [str(SERVER)]}}})
    gateway.initialize()
    gateway.request("tools/list")
    yield gateway
    gateway.close()


@pytest.mark.parametrize("kind", ["json_text", "structured", "structured_uri", "whole_text"])
def test_a_secret_a_server_returns_in_base64_does_not_reach_the_client(gw, kind) -> None:
    reply = gw.request("tools/call", {"name": "enc__give", "arguments": {"kind": kind}})
    out = json.dumps(reply)
    assert TOKEN not in out and b64(SETTINGS) not in out and b64(SETTINGS, 60) not in out, reply
    runs = list(_base64_runs(out))
    for run in runs:
        assert TOKEN not in run, reply
    assert not reply["result"].get("isError"), reply
    assert "<SECRET:" in out or any("<SECRET:" in run for run in runs), "the answer shows where the secret was"


@pytest.mark.parametrize("kind", ["json_text", "structured", "structured_uri", "whole_text"])
def test_ordinary_base64_in_an_answer_comes_through_as_sent(gw, kind) -> None:
    reply = gw.request("tools/call", {"name": "enc__give", "arguments": {"kind": kind, "plain": True}})
    assert reply["result"] == give(kind, True), reply


def test_a_resource_blob_holding_a_secret_is_read(gw) -> None:
    reply = gw.request("resources/read", {"uri": next(_uris(gw))})
    out = json.dumps(reply)
    assert TOKEN not in out and b64(SETTINGS) not in out, reply
    assert all(TOKEN not in run for run in _base64_runs(out)), reply


def _uris(gw: RawGateway) -> Iterator[str]:
    for item in gw.request("resources/list")["result"]["resources"]:
        yield item["uri"]


def _base64_runs(text: str) -> Iterator[str]:
    """What each long base64 run in `text` decodes to (JSON escapes of line breaks removed)."""
    for m in re.finditer(r"(?:[A-Za-z0-9+/]|\\\\n){24,}={0,2}", text):
        compact = m.group(0).replace("\\\\n", "")
        compact = compact[: len(compact) - len(compact) % 4]
        try:
            yield base64.b64decode(compact).decode("utf-8", "replace")
        except ValueError:
            continue


def test_json_texts_without_base64_are_not_walked_and_packing_gives_back_what_came() -> None:
    """Digests, ids and an unterminated run in a JSON text read nothing; a file's base64 read and packed back is the
    text as it came, and rewritten it carries the new text."""
    from secure_mcp_gateway.guardrails.walk import pack_blobs, unpack_results

    digests = json.dumps([{"sha": "3f786850e387550fdab836ed7e6dc881de23001b", "id": "usr_" + "a1" * 12}] * 20)
    for text in (digests, '{"x": "' + "Ab" * 50_000):
        value = {"content": [{"type": "text", "text": text}]}
        assert unpack_results(value) == (value, [])
    value = give("json_text", False)
    view, blobs = unpack_results(value)
    assert [b.text for b in blobs] == [SETTINGS]
    assert pack_blobs(view, blobs) == value
    (key,) = [k for k in view["content"][0] if k != "type" and k != "text"]
    view["content"][0][key] = SETTINGS.replace(TOKEN, "[gone]")
    doc = json.loads(pack_blobs(view, blobs)["content"][0]["text"])
    assert base64.b64decode(doc["content"]).decode() == SETTINGS.replace(TOKEN, "[gone]")

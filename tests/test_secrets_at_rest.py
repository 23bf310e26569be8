"""A secret in a server's definitions never reaches disk in clear: pins keep a mark, the cached list leaves it out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
import pytest
from conftest import PY, gateway
from test_cache_secrets import everything_stored

from secure_mcp_gateway import at_rest
from secure_mcp_gateway.catalog import ServerCatalog
from secure_mcp_gateway.keys import open_key
from secure_mcp_gateway.pins import Pinning
from secure_mcp_gateway.pins_store import FilePinStore, PinBook, definition_hash

HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"
PLANTED = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"  # the hostile server's made-up token
TOKEN = "xoxb-2718281828-3141592653-Qm9vYmFyQmF6UXV4Q29yZ2U"
OTHER = "xoxb-1618033988-7494990232-Tm90VGhlU2FtZVRva2VuWFk"


def pieces(secret: str) -> list[bytes]:
    """The secret and long pieces of it (a split or partly marked secret must not leave half of it behind)."""
    return [secret.encode(), secret[:14].encode(), secret[10:26].encode(), secret[-14:].encode()]


def tool(description: str, **schema: Any) -> dict[str, Any]:
    return {"name": "deploy", "description": description, "inputSchema": {"type": "object", **schema}}


def test_a_definition_without_a_secret_is_kept_as_it_is() -> None:
    item = tool("Deploys the service.", properties={"region": {"type": "string", "description": "Where."}})
    assert at_rest.masked(item) is item


def test_secrets_in_strings_keys_and_split_between_fields_are_marked_and_the_rest_kept() -> None:
    item = tool(
        f"Deploys with token {TOKEN} to the cluster.",
        properties={OTHER: {"type": "string", "description": "Where."}},
    )
    item["_meta"] = {"first": f"Uses the key {PLANTED[:18]}", "rest": PLANTED[18:]}
    kept = at_rest.masked(item, lambda value: f"t{len(value)}")
    text = json.dumps(kept)
    for secret in (TOKEN, OTHER, PLANTED):
        assert not any(p.decode() in text for p in pieces(secret)), secret
    assert kept["description"].startswith("Deploys with token [secret ") and kept["description"].endswith(
        " to the cluster."
    )
    assert kept["inputSchema"]["properties"] == {
        f"[secret slack_token t{len(OTHER)}]": {"type": "string", "description": "Where."}
    }
    assert item["description"].count(TOKEN) == 1, "the listed definition itself is untouched"


def test_a_word_starting_the_field_after_a_secret_is_kept_on_disk_as_written() -> None:
    item = tool(f"Deploys with {PLANTED}", properties={"env": {"type": "string", "description": "Environment name"}})
    item["title"] = "Deploy"
    kept = at_rest.masked(item)
    assert kept["description"] == "Deploys with [secret github_token]"
    assert kept["inputSchema"]["properties"]["env"]["description"] == "Environment name"
    assert kept["title"] == "Deploy"


def test_secrets_padded_or_written_in_look_alike_letters_are_marked_too() -> None:
    padded = "\u200b".join(TOKEN[i : i + 3] for i in range(0, len(TOKEN), 3))
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in TOKEN)
    for written in (padded, wide):
        kept = at_rest.masked(tool(f"Token: {written}"))
        assert "[secret " in kept["description"] and written not in kept["description"]


def _pins(tmp_path: Path) -> Pinning:
    return Pinning(lambda server: "block", store=FilePinStore(tmp_path / "pins"), key=open_key())


def _stored(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (tmp_path / "pins").glob("*.json"))


def test_pins_keep_marks_on_disk_yet_know_the_definition_and_show_a_changed_secret(tmp_path: Path) -> None:
    first = ServerCatalog(tools=[tool(f"Deploys with {TOKEN}.")])
    pins = _pins(tmp_path)
    assert [t["name"] for t in pins.filter("ops", first).tools] == ["deploy"]
    stored = _stored(tmp_path)
    assert b"[secret slack_token " in stored and not any(p in stored for p in pieces(TOKEN))
    record = PinBook(FilePinStore(tmp_path / "pins"), open_key()).load("ops")
    assert record is not None and record.pins["tools:deploy"].hash == definition_hash(first.tools[0])

    again = _pins(tmp_path)  # a new run: the same definition is the pinned one, nothing waits
    assert [t["name"] for t in again.filter("ops", ServerCatalog(tools=[tool(f"Deploys with {TOKEN}.")])).tools]
    assert again.withheld("ops") == {}

    rotated = ServerCatalog(tools=[tool(f"Deploys with {OTHER}.")])
    assert again.filter("ops", rotated).tools == [], "a changed secret is a changed definition"
    held = again.withheld("ops")["tools:deploy"]
    question = again.question(held)
    assert held.reason == "changed" and question.count("[secret slack_token ") == 2
    stored = _stored(tmp_path)
    assert not any(p in stored + question.encode() for p in pieces(TOKEN) + pieces(OTHER))


@pytest.mark.anyio
async def test_a_secret_in_a_listed_definition_reaches_no_file_and_the_next_start_knows_it_unchanged(
    tmp_path: Path,
) -> None:
    config = {"mcpServers": {"h": {"command": PY, "args": [str(HOSTILE)]}}, "gateway": {"start_deadline": 30}}
    async with gateway(tmp_path, config) as (session, _):
        first = {t.name for t in (await session.list_tools()).tools}
    assert "h__d_secret_fields" in first
    blobs = everything_stored(tmp_path)
    assert not [p for p in pieces(PLANTED) if any(p in b for b in blobs)]
    assert any(b"[secret github_token" in b for b in blobs), "the pins keep marks"

    changed = anyio.Event()

    async def on_message(message: Any) -> None:
        if isinstance(message, types.ToolListChangedNotification):
            changed.set()

    config["gateway"]["start_deadline"] = 0.1
    async with gateway(tmp_path, config, message_handler=on_message) as (session, _):
        cached = {t.name for t in (await session.list_tools()).tools}
        if cached != first:  # the cached list came first (not the live one): it leaves them out
            assert cached == first - {"h__d_secret_fields", "h__d_split_secret"}
            with anyio.fail_after(30):
                await changed.wait()
        again = {t.name for t in (await session.list_tools()).tools}
    assert again == first, "pinned definitions holding a secret are not taken for changed ones"
    audit = (tmp_path / "audit" / "audit.jsonl").read_text()
    events = [json.loads(line).get("event") for line in audit.splitlines() if line.strip()]
    assert "definition.pending" not in events and "definition.changed" not in events
    blobs = everything_stored(tmp_path)
    assert not [p for p in pieces(PLANTED) if any(p in b for b in blobs)]


def test_with_the_screen_wired_pins_are_written_after_it_and_only_what_it_found_something_in_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = at_rest.masked

    def counted(item: Any, tag: Any = None) -> Any:
        read.append(item["description"])
        return real(item, tag)

    monkeypatch.setattr(at_rest, "masked", counted)
    plain, holding = tool("Deploys the service."), tool(f"Deploys with {TOKEN}.") | {"name": "deploy_with_token"}
    pins = _pins(tmp_path)
    pins.screened_clean = lambda server, kind, item: item is plain
    assert len(pins.filter("ops", ServerCatalog(tools=[plain, holding])).tools) == 2
    assert _stored(tmp_path) == b"", "nothing is written before the lists are screened"
    pins.settle("ops")
    stored = _stored(tmp_path)
    assert read == [holding["description"]], "a definition the screen found clean is not read again"
    assert b"Deploys the service." in stored and b"[secret slack_token " in stored and TOKEN.encode() not in stored


@pytest.mark.anyio
async def test_a_server_whose_checks_are_off_keeps_its_definitions_secrets_off_disk_too(tmp_path: Path) -> None:
    server = {"command": PY, "args": [str(HOSTILE)], "guardrails": {"enabled": False}}
    config = {"mcpServers": {"h": server}, "gateway": {"start_deadline": 30}}
    async with gateway(tmp_path, config) as (session, _):
        listed = {t.name for t in (await session.list_tools()).tools}
    assert "h__d_secret_fields" in listed, "with its checks off the definition is shown as it is"
    blobs = everything_stored(tmp_path)
    assert not [p for p in pieces(PLANTED) if any(p in b for b in blobs)]

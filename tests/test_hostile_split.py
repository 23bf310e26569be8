"""A hostile server splits a secret or an instruction across fields of one message: the pieces are caught together
and the edit lands on each; ordinary neighbouring fields are left byte-identical (in process; the server is real)."""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from memlink import Client, connect

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import RpcError

pytestmark = pytest.mark.anyio

HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"
SECRET = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
AWS_KEY = "wJalrXUtnFEMI/K7MDENG/bQx7RfiCYzq8Rt3Lm2"
PASSWORD = "Tr0ub4dor&3xq-9Lk"
PHRASE = "ignore all previous instructions"
NOTICE = "steer you"
REMOVED = "[removed: possible prompt injection]"


def values(value: Any) -> list[str]:
    """The string values of a message in document order, protocol words left out (what a model reads)."""
    out: list[str] = []
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in ("type", "role"):
                out.extend(values(v))
    elif isinstance(value, list):
        for v in value:
            out.extend(values(v))
    return out


def read(value: Any, glue: str) -> str:
    return unicodedata.normalize("NFKC", glue.join(values(value)).replace("\u200b", ""))


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module", params=["plain", "lookalike"])
async def client(request: pytest.FixtureRequest) -> AsyncIterator[Client]:
    server = {"command": sys.executable, "args": [str(HOSTILE), "--plant", request.param], "pinning": "off"}
    hub = Hub(GatewayConfig(mcpServers={"h": server}, cache={"enabled": False}))
    client = await connect(hub, Handlers(hub), {})
    yield client
    await hub.stop()


async def split(client: Client, case: str) -> dict[str, Any]:
    return await client.call("tools/call", {"name": "h__split", "arguments": {"case": case}})


@pytest.mark.parametrize("case", ["token2", "token3", "meta", "block_meta", "around_image", "labelled"])
async def test_a_token_split_across_fields_becomes_a_placeholder_in_every_piece(client, case) -> None:
    result = await split(client, case)
    assert SECRET not in "".join(read(result, "").split()), result
    pieces = [s for s in values(result) if "<SECRET:github_token:" in s]
    assert len(pieces) >= 2, result


@pytest.mark.parametrize("case", ["lines", "blank_between"])
async def test_a_token_cut_into_lines_of_their_own_blocks_is_a_placeholder_in_each(client, case) -> None:
    result = await split(client, case)
    assert SECRET not in "".join(read(result, "").split()), result
    texts = [b["text"] for b in result["content"]]
    assert sum("<SECRET:github_token:" in t for t in texts) >= 2, texts
    assert texts[-1] in ("(expires Friday)", "\n"), "the blocks around the token are left as written"


async def test_the_rest_of_a_password_in_the_next_block_is_redacted_with_it(client) -> None:
    texts = [b["text"] for b in (await split(client, "password_rest"))["content"]]
    assert texts[0] == "[database]\n" and texts[-1] == "user = admin\n", texts
    assert texts[1].startswith("password = <SECRET:password:") and texts[2].startswith("<SECRET:password:"), texts
    assert texts[2].endswith("\n"), "the line break after the rest is kept"


@pytest.mark.parametrize("case", ["instruction", "instruction3"])
async def test_an_instruction_split_across_blocks_is_flagged_and_left_intact(client, case) -> None:
    result = await split(client, case)
    text = read(result, " ").lower()
    assert PHRASE in " ".join(text.split()), "flag keeps the content intact"
    assert NOTICE in text, result


async def test_a_secret_named_by_a_sibling_field_or_its_key_is_caught(client) -> None:
    result = await split(client, "pairs")
    rows = result["structuredContent"]
    assert rows["env"][0]["name"] == "AWS_SECRET_ACCESS_KEY"
    assert rows["env"][0]["value"].startswith("<SECRET:aws_secret_access_key:")
    assert rows["settings"][0]["value"].startswith("<SECRET:password:")
    keyed = (await split(client, "keyed"))["structuredContent"]["client_secret"]
    assert keyed.startswith("<SECRET:") and PASSWORD not in read(keyed, "")


async def test_an_error_split_across_message_and_data_is_caught(client) -> None:
    with pytest.raises(RpcError) as failed:
        await split(client, "error")
    error = {"message": failed.value.message, "data": failed.value.data}
    assert SECRET not in read(error, ""), error
    with pytest.raises(RpcError) as failed:
        await split(client, "error_instruction")
    assert NOTICE in failed.value.message, failed.value.message


async def test_ordinary_neighbouring_fields_come_back_untouched(client) -> None:
    for case in ("files", "ids", "picture", "prose", "config_lines"):
        result = await split(client, case)
        text = read(result, " ")
        assert "<SECRET:" not in text and "[removed" not in text and NOTICE not in text, (case, result)
    picture = await split(client, "picture")
    assert picture["content"][1]["type"] == "image" and len(picture["content"]) == 3


async def test_flagged_text_where_no_notice_can_show_is_redacted_visibly(client, caplog) -> None:
    caplog.set_level(logging.INFO, logger="secure_mcp_gateway")
    await client.call("logging/setLevel", {"level": "debug"})
    await client.call("tools/call", {"name": "h__chatter", "arguments": {}})
    await client.wait_for("notifications/message")
    logged = read(client.got("notifications/message")[-1]["params"], " ")
    assert REMOVED in logged and PHRASE not in logged.lower(), logged
    done = await client.call(
        "completion/complete",
        {"ref": {"type": "ref/prompt", "name": "h__greet"}, "argument": {"name": "who", "value": "m"}},
    )
    values = done["completion"]["values"]
    assert any(REMOVED in v for v in values) and not any(PHRASE in v.lower() for v in values), values
    lines = [r.getMessage() for r in caplog.records if "no place for a notice" in r.getMessage()]
    assert lines and all("injection/" in line and " redact at " in line for line in lines), lines


async def test_definitions_split_across_fields_are_screened(client) -> None:
    tools = {t["name"]: t for t in (await client.call("tools/list"))["tools"]}
    assert "h__d_split_instruction" not in tools, "an instruction cut between description and parameter is withheld"
    assert "h__d_split_secret" in tools, sorted(tools)
    served = tools["h__d_split_secret"]
    pieces = [served["description"], served["_meta"]["rest"]]
    assert SECRET not in "".join(pieces) and all("<SECRET:github_token:" in p for p in pieces), pieces

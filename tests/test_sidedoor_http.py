"""A server's own requests over the HTTP mode, with the SDK's client: the client's progress on them reaches that
server with its own token, and they never ask for the conversation's context (real `serve --http` process)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from http_gateway import HttpGateway, http_gateway, mcp_client

SERVER = Path(__file__).parent / "servers" / "sidedoor_server.py"


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpGateway]:
    config = {
        "mcpServers": {"side": {"command": sys.executable, "args": [str(SERVER), "side"]}},
        "gateway": {"reload": False},
    }
    with http_gateway(tmp_path_factory.mktemp("sidedoor_http"), config) as gateway:
        yield gateway


@pytest.mark.anyio
async def test_an_sdk_clients_progress_on_a_servers_request_reaches_it_over_http(gw: HttpGateway) -> None:
    from mcp import types

    asked: list[Any] = []

    async def sampler(context: Any, params: Any) -> Any:
        asked.append(params)
        meta = params.meta if isinstance(params.meta, dict) else {}
        token = meta.get("progress_token", meta.get("progressToken"))
        if token is not None:
            await context.session.send_progress_notification(token, 1, 2, "half way")
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(type="text", text="teal"), model="m"
        )

    async with mcp_client(gw.url, sampling_callback=sampler) as session:
        told = json.loads((await session.call_tool("side__ask_progress", {})).content[0].text)
        await session.call_tool("side__ask_context", {})
    assert told["progress"] == [{"progressToken": "tok-1", "progress": 1.0, "total": 2.0, "message": "half way"}]
    assert told["answer"]["content"]["text"] == "teal"
    assert asked[1].include_context == "none"

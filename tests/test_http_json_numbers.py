"""Over HTTP, a client that takes plain JSON answers gets a server's numbers as the server wrote them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from http_gateway import HttpGateway, http_gateway

SERVER = Path(__file__).parent / "servers" / "sidedoor_server.py"
TOKEN = "carol-token-" + "c3" * 16
JSON_ONLY = {"Accept": "application/json", "Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}
INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}},
}


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpGateway]:
    tmp = tmp_path_factory.mktemp("http-numbers")
    config = {
        "mcpServers": {"side": {"command": sys.executable, "args": [str(SERVER), "side"]}},
        "gateway": {"reload": False},
        "http": {"tokens": {"carol": "${env:CAROL_TOKEN}"}},
    }
    with http_gateway(tmp, config, env={"CAROL_TOKEN": TOKEN}) as gateway:
        yield gateway


def test_a_json_only_client_gets_numbers_as_written(gw: HttpGateway) -> None:
    """`1E400` reaches the client as `1E400` (not `Infinity`, which is not JSON) and `1e5` as `1e5`."""
    with httpx.Client(base_url=gw.base, trust_env=False, timeout=30) as c:
        r = c.post("/mcp", json=INIT, headers=JSON_ONLY)
        headers = {**JSON_ONLY, "Mcp-Session-Id": r.headers["mcp-session-id"]}
        c.post("/mcp", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=headers)
        call = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "side__numbers", "arguments": {}}}
        r = c.post("/mcp", json=call, headers=headers)
    assert r.status_code == 200, r.text
    assert "Infinity" not in r.text
    for written in ('"big":1E400', '"sci":1e5', '"neg":-0.0'):
        assert written in r.text, r.text[:400]

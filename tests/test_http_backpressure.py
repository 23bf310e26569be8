"""An HTTP client that stops reading: its output is bounded (notifications dropped, then the session ended), and
other sessions are served meanwhile. The gateway is a real process; the stalled client a raw socket."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from conftest import text_of
from http_gateway import HttpGateway, http_gateway, mcp_client

from secure_mcp_gateway.jsonrpc import ConnectionClosed
from secure_mcp_gateway.links_http import HttpLink

UNRULY = Path(__file__).parent / "servers" / "unruly_server.py"
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
WIDTH = 64 * 1024


def config(**limits: Any) -> dict[str, Any]:
    return {
        "mcpServers": {"u": {"command": sys.executable, "args": [str(UNRULY)]}},
        "gateway": {"reload": False, "max_result_chars": 0, "limits": {"client_queue_kb": 64, **limits}},
    }


def open_session(gw: HttpGateway) -> str:
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"protocolVersion": "2025-03-26", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}},
    }
    with httpx.Client(base_url=gw.base, trust_env=False, timeout=30) as c:
        r = c.post("/mcp", json=init, headers=HEADERS)
        sid = r.headers["mcp-session-id"]
        note = {"jsonrpc": "2.0", "method": "notifications/initialized"}
        c.post("/mcp", json=note, headers={**HEADERS, "Mcp-Session-Id": sid})
    return sid


def stalled_post(gw: HttpGateway, sid: str, body: Any) -> socket.socket:
    """POST on a socket with a tiny receive buffer, then read nothing."""
    data = json.dumps(body).encode()
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", gw.port))
    head = (
        f"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:{gw.port}\r\nContent-Type: application/json\r\n"
        f"Accept: application/json, text/event-stream\r\nMcp-Session-Id: {sid}\r\n"
        f"MCP-Protocol-Version: 2025-03-26\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    s.sendall(head.encode() + data)
    return s


def call(rid: int, name: str, **arguments: Any) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": rid, "method": "tools/call", "params": {"name": name, "arguments": arguments}}


async def audited(gw: HttpGateway, tool: str, count: int) -> None:
    """Until the audit trail holds `count` finished calls of `tool` (its answer was handed to the transport)."""
    path = gw.dir / "audit" / "audit.jsonl"
    with anyio.fail_after(60):
        while True:
            lines = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
            if sum(1 for e in lines if e.get("event") == "tool.call" and e.get("tool") == tool) >= count:
                return
            await anyio.sleep(0.05)


def read_until(s: socket.socket, marker: bytes) -> bytes:
    """The response body up to `marker` and then to the end of the response (its last chunk), or to EOF."""
    s.settimeout(30)
    got = b""
    while marker not in got or not got.endswith(b"\r\n0\r\n\r\n"):
        chunk = s.recv(1 << 20)
        if not chunk:
            break
        got += chunk
    return got


@pytest.mark.anyio
async def test_a_client_that_stops_reading_loses_notifications_not_its_answer(tmp_path: Path) -> None:
    n = 300
    with http_gateway(tmp_path, config()) as gw:
        sid = open_session(gw)
        stalled = stalled_post(gw, sid, call(2, "u__notify", n=n, width=WIDTH))
        try:
            await audited(gw, "notify", 1)  # every notification has been routed: most had nowhere to go
            async with mcp_client(gw.url) as other:  # another session is served while this one is stuck
                assert json.loads(text_of(await other.call_tool("u__echo", {"a": 1}))) == {"a": 1}
            got = read_until(stalled, b'"notified"')
        finally:
            stalled.close()
        status, metrics = gw.get("/metrics")
    assert b'"id":2' in got and b'"notified"' in got, "the answer is never dropped"
    delivered = got.count(b'"method":"notifications/message"')
    assert 0 < delivered < n // 2, delivered
    assert "the client is not reading" in gw.stderr()
    assert status == 200
    dropped = next(line for line in metrics.decode().splitlines() if line.startswith("smg_http_notifications_dropped "))
    assert float(dropped.split()[1]) == n - delivered


@pytest.mark.anyio
async def test_a_session_whose_client_stops_reading_answers_is_ended(tmp_path: Path) -> None:
    with http_gateway(tmp_path, config(server_message_mb=2)) as gw:
        sid = open_session(gw)
        stalled = stalled_post(gw, sid, [call(10 + i, "u__huge", mb=1) for i in range(16)])
        try:
            with httpx.Client(base_url=gw.base, trust_env=False, timeout=30) as c:
                ping = {"jsonrpc": "2.0", "id": 99, "method": "ping"}
                deadline = time.monotonic() + 60
                while c.post("/mcp", json=ping, headers={**HEADERS, "Mcp-Session-Id": sid}).status_code != 404:
                    assert time.monotonic() < deadline, gw.stderr()
                    await asyncio.sleep(0.1)
        finally:
            stalled.close()
        assert "the client stopped reading" in gw.stderr()
        async with mcp_client(gw.url) as other:
            assert json.loads(text_of(await other.call_tool("u__echo", {"b": 2}))) == {"b": 2}


@pytest.mark.anyio
async def test_a_remote_server_that_takes_no_input_gets_no_more_than_the_bound() -> None:
    to_server, _never_received = anyio.create_memory_object_stream(0)  # the remote end takes nothing
    _from_server, incoming = anyio.create_memory_object_stream(0)
    link = HttpLink("remote", incoming, to_server, max_queued=256 * 1024)
    sent = 0
    try:
        with pytest.raises(ConnectionClosed, match="not taking its input"):
            for i in range(10_000):
                link.send({"jsonrpc": "2.0", "method": "notifications/message", "params": {"data": "z" * 4096, "i": i}})
                sent += 1
        assert 60 < sent < 80  # 256 KB of 4 KB messages, then refused
    finally:
        await link.close()

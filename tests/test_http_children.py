"""Remote children: server-everything over streamable HTTP and over SSE, behind the gateway."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time

import pytest
from conftest import gateway, text_of
from test_inspector import EVERYTHING

pytestmark = pytest.mark.anyio


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["streamableHttp", "sse"])
def remote_everything(request, tmp_path):
    log = open(tmp_path / f"everything-{request.param}.log", "w")  # noqa: SIM115
    for _ in range(3):  # (it cannot be told port 0 and say which it took: a port taken meanwhile, choose again)
        port = _free_port()
        proc = subprocess.Popen(
            [str(EVERYTHING), request.param],
            env={**os.environ, "PORT": str(port)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        if proc.poll() is None:
            break
    if proc.poll() is not None or time.monotonic() >= deadline:
        proc.kill()
        pytest.fail("server-everything did not start listening")
    path = "/mcp" if request.param == "streamableHttp" else "/sse"
    entry = {"url": f"http://127.0.0.1:{port}{path}", "headers": {"X-Test": "1"}}
    if request.param == "sse":
        entry["type"] = "sse"
    yield entry
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


async def test_a_remote_server_is_proxied_like_a_local_one(tmp_path, remote_everything):
    config = {"mcpServers": {"remote": remote_everything}, "gateway": {"start_deadline": 15}}
    async with gateway(tmp_path, config) as (session, _):
        names = {t.name for t in (await session.list_tools()).tools}
        assert "remote__echo" in names
        result = await session.call_tool("remote__echo", {"message": "over http"})
        assert text_of(result) == "Echo: over http"
        prompts = {p.name for p in (await session.list_prompts()).prompts}
        assert "remote__simple-prompt" in prompts


async def test_a_remote_server_that_refuses_says_its_status_and_what_to_change(tmp_path) -> None:
    """Not "ExceptionGroup: unhandled errors in a TaskGroup" or a bare "Not Found": the HTTP status, the address
    without its query string (it may hold a key), and the fix."""
    import http.server
    import threading

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    class Refusing(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            status = 401 if self.path.startswith("/private") else 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>no</body></html>")

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{web.server_address[1]}"
    servers = {
        "private": {"url": f"{base}/private/mcp?api_key=Zx81Qw99LmTr"},
        "oldstyle": {"url": f"{base}/sse"},
        "newstyle": {"type": "sse", "url": f"{base}/mcp"},
        "nobody": {"url": f"http://127.0.0.1:{_free_port()}/mcp"},
    }
    config = GatewayConfig(
        mcpServers=servers, gateway={"restart": {"max_attempts": 0}}, cache={"enabled": False}, audit={"enabled": False}
    )
    gw = Gateway(config)
    try:
        gw.fleet.start()
        for child in gw.fleet:
            await child.wait_settled(30)
        detail = {c.name: c.detail for c in gw.fleet}
    finally:
        await gw.stop()
        web.shutdown()
    assert all("ExceptionGroup" not in d and "Zx81Qw99LmTr" not in d for d in detail.values()), detail
    assert f"HTTP 401 Unauthorized from {base}/private/mcp; it wants credentials" in detail["private"]
    assert '"headers"' in detail["private"]
    assert (
        f"HTTP 404 Not Found over streamable HTTP and HTTP 404 Not Found over SSE from {base}/sse" in detail["oldstyle"]
    )
    assert "no SSE endpoint there" in detail["newstyle"]
    assert detail["nobody"].startswith("server nobody at http://127.0.0.1:")
    assert "request was not answered" not in detail["nobody"], "a start says the system's words, not a request's"


def test_a_remote_servers_address_reaches_the_audit_without_its_secrets() -> None:
    from types import SimpleNamespace

    from secure_mcp_gateway.children import State
    from secure_mcp_gateway.config import ServerConfig
    from secure_mcp_gateway.recorder import Recorder

    lines: list[tuple[str, dict]] = []
    trail = SimpleNamespace(record=lambda event, **fields: lines.append((event, fields)))
    url = "https://deploy:Hq72mPx9Lw@mcp.example.com/v1/mcp?api_key=Zx81Qw99LmTr#frag"
    child = SimpleNamespace(name="docs", config=ServerConfig(url=url))
    Recorder(trail).server_state(child, State.STARTING, "starting")  # type: ignore[arg-type]
    assert lines == [
        ("server.start", {"server": "docs", "transport": "http", "command": "https://mcp.example.com/v1/mcp"})
    ]


@pytest.mark.parametrize("remote_everything", ["sse"], indirect=True)
async def test_a_url_with_no_type_reaches_an_sse_server(remote_everything) -> None:
    """As the specification advises clients: a server that refuses streamable HTTP is tried over SSE at once."""
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    entry = {k: v for k, v in remote_everything.items() if k != "type"}
    config = GatewayConfig(
        mcpServers={"old": entry},
        gateway={"restart": {"max_attempts": 0}},
        cache={"enabled": False},
        audit={"enabled": False},
    )
    gw = Gateway(config)
    try:
        gw.fleet.start()
        child = gw.fleet.children["old"]
        await child.wait_settled(30)
        assert child.state.value == "ready", child.detail
        assert child.catalog is not None and len(child.catalog.tools) >= 10
        echoed = await child.request("tools/call", {"name": "echo", "arguments": {"message": "hi"}}, 30)
        assert echoed["content"][0]["text"] == "Echo: hi"
    finally:
        await gw.stop()


def test_a_key_in_a_remote_servers_path_reaches_neither_the_audit_nor_its_errors() -> None:
    """Some hosted servers put the key in the path (`/mcp/sk-ak-.../sse`, `/u/ghp_.../mcp`): it is replaced there too,
    in the `server.start` audit line and in what a refusal says."""
    from types import SimpleNamespace

    from secure_mcp_gateway.children import State
    from secure_mcp_gateway.config import ServerConfig
    from secure_mcp_gateway.links_http import refused
    from secure_mcp_gateway.recorder import Recorder

    keys = ["sk-ak-4f8c2b9e1d7a6350b2c4e8f1a9d3c7b5", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"]
    for url in (f"https://actions.example.com/mcp/{keys[0]}/sse", f"https://mcp.example.com/u/{keys[1]}/mcp"):
        lines: list[tuple[str, dict]] = []
        trail = SimpleNamespace(record=lambda event, lines=lines, **fields: lines.append((event, fields)))
        child = SimpleNamespace(name="hosted", config=ServerConfig(url=url))
        Recorder(trail).server_state(child, State.STARTING, "starting")  # type: ignore[arg-type]
        said = refused("hosted", url, "http", 401, "Unauthorized")
        written = repr(lines) + said
        assert not any(key in written for key in keys), written
        assert "<SECRET:" in lines[0][1]["command"] and lines[0][1]["command"].startswith("https://")


def test_a_transport_error_quoting_a_header_shows_no_value() -> None:
    from secure_mcp_gateway.links_http import failure

    value = "Bearer Qm7vT2xK9pL4nR8w\u00f8"
    quoted = ValueError(f"Illegal header value {value.encode()!r}")
    said = failure("docs", "https://mcp.example.com/mcp?key=Zx81Qw99LmTr", "http", quoted, {"Authorization": value})
    assert "Qm7vT2xK9pL4nR8w" not in said and "Zx81Qw99LmTr" not in said
    assert said.startswith("server docs at https://mcp.example.com/mcp: Illegal header value")


@pytest.mark.parametrize("python", ["asyncio.timeout", "3.10 (no asyncio.timeout)"])
async def test_an_event_stream_that_names_no_endpoint_fails_the_start_within_the_init_timeout(
    python: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A url with no type whose server refuses streamable HTTP (404) and answers the SSE GET with a stream that never
    names an endpoint to post to (only keep-alives) fails within `init_timeout`, saying so; it stayed "starting"
    for minutes (the SDK waits for the endpoint as long as for any event), and on Python 3.10 it still did."""
    import asyncio

    from secure_mcp_gateway import links_http
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    if python.startswith("3.10"):
        monkeypatch.setattr(links_http, "_NATIVE_TIMEOUT", None)
    elif sys.version_info < (3, 11):
        pytest.skip("asyncio.timeout is Python 3.11+")

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"GET"):
            size = next((int(h[15:]) for h in head.lower().split(b"\r\n") if h.startswith(b"content-length:")), 0)
            await reader.readexactly(size)
            writer.write(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
            await writer.drain()
            writer.close()
            return
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            while True:
                writer.write(b": still here\n\n")
                await writer.drain()
                await asyncio.sleep(0.2)

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    config = GatewayConfig(
        mcpServers={"quiet": {"url": f"http://127.0.0.1:{port}/mcp"}},
        gateway={"restart": {"max_attempts": 0}, "init_timeout": 1.5},
        cache={"enabled": False},
        audit={"enabled": False},
    )
    gw = Gateway(config)
    try:
        started = time.monotonic()
        gw.fleet.start()
        child = gw.fleet.children["quiet"]
        await child.wait_settled(30)
        assert child.state.value == "failed" and time.monotonic() - started < 10, (child.state, child.detail)
        assert "over SSE" in child.detail and "no endpoint named on its stream within 1.5 s" in child.detail
    finally:
        await gw.stop()
        server.close()


async def test_a_server_refusing_initialize_with_400_is_quoted_not_called_absent(tmp_path) -> None:
    """A streamable HTTP server that answers initialize 400 is an MCP server refusing it: its own words are shown,
    not "no MCP server there" after the SSE transport was tried too."""
    import http.server
    import json as jsonlib
    import threading

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    class Picky(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = jsonlib.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": None,
                    "error": {"code": -32600, "message": "Bad Request: unsupported protocol version 2099"},
                }
            )
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body.encode())

        def do_GET(self) -> None:
            self.send_response(405)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Picky)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{web.server_address[1]}/mcp"
    config = GatewayConfig(
        mcpServers={"picky": {"url": url}},
        gateway={"restart": {"max_attempts": 0}},
        cache={"enabled": False},
        audit={"enabled": False},
    )
    gw = Gateway(config)
    try:
        gw.fleet.start()
        child = gw.fleet.children["picky"]
        await child.wait_settled(30)
        detail = child.detail
    finally:
        await gw.stop()
        web.shutdown()
    assert detail.startswith(f"server picky: HTTP 400 Bad Request from {url}"), detail
    assert "no MCP server there" not in detail and "unsupported protocol version 2099" in detail

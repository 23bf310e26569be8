"""A remote (streamable HTTP) server that restarts forgets the gateway's session: the gateway connects again and the
call is answered, instead of every later call failing with "Server returned an error response"."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import NOTHING_CACHED, gateway, text_of

from secure_mcp_gateway.jsonrpc import Unanswered
from secure_mcp_gateway.links_http import session_lost

pytestmark = pytest.mark.anyio

EVERYTHING = Path(__file__).parent / "node" / "node_modules" / ".bin" / "mcp-server-everything"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _start(port: int, log: Any) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [str(EVERYTHING), "streamableHttp"],
        env={**os.environ, "PORT": str(port)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None and not _listening(port):
        time.sleep(0.05)
    if proc.poll() is not None or not _listening(port):
        proc.kill()
        pytest.fail("server-everything did not start listening")
    return proc


def _stop(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=10)


@pytest.mark.skipif(
    not EVERYTHING.exists() and not os.environ.get("SMG_REQUIRE_NODE"),
    reason="npm test servers not installed (npm ci --prefix tests/node)",
)
async def test_a_remote_server_that_restarted_is_connected_again_and_the_call_answered(tmp_path: Path) -> None:
    port = _free_port()
    with open(tmp_path / "everything.log", "w") as log:
        proc = _start(port, log)
        try:
            config = {"mcpServers": {"remote": {"url": f"http://127.0.0.1:{port}/mcp"}}, "gateway": {"reload": False}}
            async with gateway(tmp_path, config) as (session, run):
                first = await session.call_tool("remote__echo", {"message": "before"})
                assert text_of(first) == "Echo: before"
                _stop(proc)
                proc = _start(port, log)  # (a new process: it knows no session)
                second = await session.call_tool("remote__echo", {"message": "after"})
                assert not second.is_error, text_of(second)
                assert text_of(second) == "Echo: after"
                third = await session.call_tool("remote__echo", {"message": "later"})
                assert text_of(third) == "Echo: later"
            said = run.stderr_path.read_text()
            assert "session" in said and "connecting again" in said, said
        finally:
            _stop(proc)


class _Request:
    def __init__(self, session: str | None) -> None:
        self.headers = {"mcp-session-id": session} if session else {}


@pytest.mark.parametrize(
    ("status", "session", "body", "lost"),
    [
        (404, "abc", b'{"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found"}}', True),
        (404, "abc", b"Not Found", True),
        (400, "abc", b'{"jsonrpc":"2.0","error":{"code":-32000,"message":"Bad Request: No valid session ID"}}', True),
        (400, "abc", b'{"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"Invalid params: city"}}', False),
        (404, "abc", b'{"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"Method not found"}}', False),
        (404, None, b"Not Found", False),
        (500, "abc", b"session store unavailable", False),
        (401, "abc", b"invalid session token", False),
    ],
)
def test_which_refusals_say_the_session_is_gone(status: int, session: str | None, body: bytes, lost: bool) -> None:
    assert session_lost(status, _Request(session).headers, body) is lost


FLAKY = Path(__file__).parent / "servers" / "http_flaky_server.py"


@pytest.fixture
def flaky(tmp_path: Path) -> Any:
    """The flaky HTTP server: (its gateway entry, its mode file)."""
    import sys

    port_file, mode_file = tmp_path / "port", tmp_path / "mode"
    mode_file.write_text("ok")
    proc = subprocess.Popen([sys.executable, str(FLAKY), str(port_file), str(mode_file)])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (port_file.exists() and port_file.read_text()):
        time.sleep(0.05)
    assert port_file.exists(), "the flaky server did not start"
    yield {"url": f"http://127.0.0.1:{port_file.read_text()}/mcp"}, mode_file
    proc.kill()
    proc.wait(timeout=10)


async def test_a_server_answering_404_for_its_old_session_is_connected_again(tmp_path: Path, flaky: Any) -> None:
    entry, mode = flaky
    config = {"mcpServers": {"flaky": entry}, "gateway": {"reload": False}, "cache": NOTHING_CACHED}
    async with gateway(tmp_path, config) as (session, _run):
        assert text_of(await session.call_tool("flaky__echo", {"text": "one"})) == "echo: one"
        mode.write_text("forget")
        second = await session.call_tool("flaky__echo", {"text": "two"})
        assert not second.is_error, text_of(second)
        assert text_of(second) == "echo: two"


async def test_a_refusal_in_mid_session_says_its_status_and_what_to_change(tmp_path: Path, flaky: Any) -> None:
    entry, mode = flaky
    config = {"mcpServers": {"flaky": entry}, "gateway": {"reload": False}, "cache": NOTHING_CACHED}
    async with gateway(tmp_path, config) as (session, _run):
        assert text_of(await session.call_tool("flaky__echo", {"text": "one"})) == "echo: one"
        mode.write_text("deny")
        try:
            refused = text_of(await session.call_tool("flaky__echo", {"text": "two"}))
        except Exception as exc:  # (a JSON-RPC error, as the server's refusal)
            refused = str(exc)
        assert "401" in refused and '"headers"' in refused, refused
        assert "Server returned an error response" not in refused


async def test_a_remote_server_that_lost_the_session_is_connected_again_before_any_call(
    flaky: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remote server that restarted (forgot the gateway's session) while nobody called it: its stream of
    notifications (list changes, resource updates) is gone with the session, and the SDK stops asking for it after
    two failed tries. The gateway pings a remote server when idle, so such a server is connected again (lists and
    subscriptions renewed) without waiting for a client's next call."""
    import asyncio

    from memlink import connect

    from secure_mcp_gateway import children
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.handlers import Handlers
    from secure_mcp_gateway.hub import Hub

    monkeypatch.setattr(children, "REMOTE_PING_EVERY", 0.2)
    entry, mode = flaky
    server = {**entry, "pinning": "off", "guardrails": {"enabled": False}}  # (no detector is loaded: not the point)
    hub = Hub(GatewayConfig(mcpServers={"flaky": server}, cache={"enabled": False}))
    try:
        client = await connect(hub, Handlers(hub), {})
        assert [t["name"] for t in (await client.call("tools/list"))["tools"]] == ["flaky__echo"]
        child = hub.fleet.children["flaky"]
        first = child.peer
        mode.write_text("forget")  # (the server forgets every session at its next request: as a restart)

        async def connected_again() -> None:
            while child.peer is None or child.peer is first or not child.ready:
                await asyncio.sleep(0.05)

        await asyncio.wait_for(connected_again(), 10)
        assert mode.read_text() == "ok", "the server was asked something (a ping) after it forgot the session"
        for task in client.tasks:
            task.cancel()
    finally:
        await hub.stop()


def _blipping_server(gets: list[str]) -> Any:
    """An in-process remote server (an `httpx2` mock transport): its notification stream (GET) answers as `gets`
    says, one entry per try ("down": unreachable; "gone": 404 for the session; "open": one log line, then the end)."""
    import json

    import httpx2

    def handler(request: Any) -> Any:
        if request.method == "POST":
            msg = json.loads(request.content)
            if msg.get("method") != "initialize":
                return httpx2.Response(202)
            result = {"protocolVersion": "2025-06-18", "capabilities": {}, "serverInfo": {"name": "b", "version": "1"}}
            answer = {"jsonrpc": "2.0", "id": msg["id"], "result": result}
            return httpx2.Response(200, json=answer, headers={"mcp-session-id": "s1"})
        if request.method != "GET":
            return httpx2.Response(200)
        now = gets.pop(0) if len(gets) > 1 else gets[0]
        if now == "down":
            raise httpx2.ConnectError("connection refused")
        if now == "gone":
            return httpx2.Response(
                404, json={"jsonrpc": "2.0", "id": None, "error": {"code": -32001, "message": "Session not found"}}
            )
        line = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": "back"}}
        event = f"event: message\ndata: {json.dumps(line)}\n\n".encode()
        return httpx2.Response(200, content=event, headers={"content-type": "text/event-stream"})

    return httpx2.AsyncClient(transport=httpx2.MockTransport(handler))


@pytest.mark.parametrize(
    ("gets", "after"),
    [
        (["down", "down", "down", "down", "open"], "the log line"),  # (unreachable for a while, the session kept)
        (["open", "gone"], "the link ends"),  # (restarted: its stream is gone with the session)
        (["gone"], "the link stays"),  # (a server that offers no stream and says so with 404, not 405)
    ],
)
async def test_a_notification_stream_that_failed_is_asked_for_again(
    gets: list[str], after: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SDK asks for a remote server's notification stream twice, then never again while the link lives: a server
    out of reach for over ~2 s lost its list changes, resource updates and log lines for good. The stream is asked
    for again until it opens (and the gateway told to read what may have been missed), or until the server says it
    lost the session (the link then ends at once, to be connected again). A stream refused before it ever opened is
    one the server does not offer: not asked for again, and the link stays."""
    import asyncio

    from secure_mcp_gateway import links_stream
    from secure_mcp_gateway.links_http import open_http_link

    monkeypatch.setattr(links_stream, "DELAYS", (0.0, 0.01))
    gaps: list[bool] = []
    async with open_http_link("b", "http://b.test/mcp", {}, "http", http_client=_blipping_server(gets)) as link:
        link.on_gap = lambda: gaps.append(True)
        init = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        link.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": init})
        assert (await asyncio.wait_for(link.recv(), 10))["id"] == 1
        link.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        if after == "the link stays":
            link.send({"jsonrpc": "2.0", "id": 7, "method": "ping"})
            heard = await asyncio.wait_for(link.recv(), 10)
            assert heard is not None and heard.get("id") == 7 and link.ended is None, heard
            return
        heard = await asyncio.wait_for(link.recv(), 10)
        assert heard is not None and heard["params"]["data"] == "back", heard
        if after == "the log line":
            assert gaps == [True]
        else:
            heard = await asyncio.wait_for(link.recv(), 10)
            assert heard is None and link.ended is not None and "no longer knows" in link.ended, heard


async def test_after_a_gap_in_its_stream_a_servers_lists_are_read_again_and_subscribers_told() -> None:
    """What a remote server said while its notification stream was down is lost: once the stream is open again, its
    lists (those it offers) are read again, and each client subscribed to one of its resources is told the resource
    may have changed (a client subscribed to the same URI at another server is not)."""
    from secure_mcp_gateway.catalog import ServerCatalog
    from secure_mcp_gateway.children import Child
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.hub import Hub

    servers = {"far": {"url": "http://far.test/mcp"}, "near": {"url": "http://near.test/mcp"}}
    hub = Hub(GatewayConfig(mcpServers=servers, cache={"enabled": False}))
    child = Child("far", hub.config.mcp_servers["far"], hub.config.gateway, hub)
    child.catalog = ServerCatalog(capabilities={"tools": {}, "resources": {"subscribe": True}})
    refreshed: list[tuple[str, ...]] = []
    child._schedule_refresh = refreshed.append  # type: ignore[method-assign]
    told: list[tuple[str, Any]] = []
    hub.notices.notification = lambda c, msg: told.append((c.name, msg))  # type: ignore[method-assign]
    mine, other = hub.open_session(), hub.open_session()
    mine.subscriptions = {"notes://today": "far", "notes://other": "near"}
    other.subscriptions = {"notes://today": "near"}
    child._after_gap()
    assert refreshed == [("tools",), ("resources", "templates")]  # (no prompts: it offers none)
    assert told == [("far", {"method": "notifications/resources/updated", "params": {"uri": "notes://today"}})]


async def test_a_request_that_cannot_reach_the_server_fails_alone_and_the_session_is_kept() -> None:
    """A POST that fails on the network (a blip) ended the whole link in the SDK: the gateway connected again in a new
    session, losing what the server kept for the old one (and the next call waited for the reconnection). Now that
    request alone fails, saying why, and the next one goes out in the same session."""
    import asyncio
    import json

    import httpx2

    from secure_mcp_gateway.links_http import open_http_link

    sessions: list[str | None] = []
    calls = 0

    def handler(request: Any) -> Any:
        nonlocal calls
        if request.method == "GET":
            return httpx2.Response(405)
        if request.method != "POST":
            return httpx2.Response(200)
        msg = json.loads(request.content)
        if msg.get("method") == "initialize":
            result = {"protocolVersion": "2025-06-18", "capabilities": {}, "serverInfo": {"name": "b", "version": "1"}}
            answer = {"jsonrpc": "2.0", "id": msg["id"], "result": result}
            return httpx2.Response(200, json=answer, headers={"mcp-session-id": "s1"})
        if "id" not in msg:
            return httpx2.Response(202)
        calls += 1
        if calls == 1:
            raise httpx2.ConnectError("connection refused")
        sessions.append(request.headers.get("mcp-session-id"))
        return httpx2.Response(200, json={"jsonrpc": "2.0", "id": msg["id"], "result": {"content": []}})

    client = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    async with open_http_link("b", "http://b.test/mcp?key=k1", {}, "http", http_client=client) as link:
        init = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        link.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": init})
        assert (await asyncio.wait_for(link.recv(), 10))["id"] == 1
        link.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        link.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "x"}})
        failed = await asyncio.wait_for(link.recv(), 10)
        assert failed is not None and failed["id"] == 2, failed
        said = failed["error"]["message"]
        assert said.startswith("server b at http://b.test/mcp") and "ConnectError" in said and "k1" not in said, said
        # (the server never answered: a call gets an isError result)
        assert failed["error"].get(Unanswered.MARK) is True
        link.send({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "x"}})
        answered = await asyncio.wait_for(link.recv(), 10)
        assert answered is not None and answered.get("result") == {"content": []}, answered
        assert sessions == ["s1"]


async def test_an_sse_server_refusing_one_post_is_connected_again_not_left_deaf() -> None:
    """Over the older SSE transport, one POST the server refused (HTTP 500) ended the SDK's writer while the event
    stream went on: that request waited for its deadline, every later one failed "connection lost", and the link
    never ended, so the server was never connected again. Now the link ends at the next message given to it (the next
    request, or the 30 s ping), saying the status, and the server is connected again."""
    import asyncio
    import json

    import httpx2

    from secure_mcp_gateway.links_http import open_http_link

    events: asyncio.Queue[bytes] = asyncio.Queue()

    async def stream() -> Any:
        yield b"event: endpoint\ndata: /messages?session=1\n\n"
        while True:
            yield await events.get()

    async def handler(request: Any) -> Any:
        if request.method == "GET":
            return httpx2.Response(200, content=stream(), headers={"content-type": "text/event-stream"})
        msg = json.loads(request.content)
        if msg.get("method") == "initialize":
            result = {"protocolVersion": "2024-11-05", "capabilities": {}, "serverInfo": {"name": "s", "version": "1"}}
            answer = json.dumps({"jsonrpc": "2.0", "id": msg["id"], "result": result})
            events.put_nowait(f"event: message\ndata: {answer}\n\n".encode())
        if msg.get("method") == "tools/call":
            return httpx2.Response(500)
        return httpx2.Response(202)

    client = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    async with open_http_link("old", "http://old.test/sse", {}, "sse", http_client=client) as link:
        init = {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        link.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": init})
        assert (await asyncio.wait_for(link.recv(), 10))["id"] == 1
        link.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        link.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "x"}})
        link.send({"jsonrpc": "2.0", "id": 3, "method": "ping"})
        assert await asyncio.wait_for(link.recv(), 10) is None
        assert link.ended is not None and "HTTP 500" in link.ended, link.ended


def _renamed(what: str) -> Any:
    """A copy of the SDK's streamable HTTP module with one part the lasting transport relies on renamed."""
    import types

    from mcp.client import streamable_http

    fake = types.ModuleType(f"sdk_without_{what.strip('_')}")
    fake.__dict__.update({k: v for k, v in vars(streamable_http).items() if k != "__name__"})
    base = streamable_http.StreamableHTTPTransport
    while "lasting" in vars(base):  # (the SDK's own class, under the gateway's)
        base = base.__bases__[0]
    body = {k: v for k, v in vars(base).items() if k not in ("__dict__", "__weakref__")}
    if what in body:
        body[f"{what}_renamed"] = body.pop(what)
    elif what == "sse_event_args":
        body["_handle_sse_event"] = lambda self, event, writer: None
    elif what == "maker":
        fake.streamable_http_client = lambda url: None
    else:
        del fake.__dict__[what]
    fake.StreamableHTTPTransport = type("StreamableHTTPTransport", (), body)
    return fake


def test_the_sdk_has_every_part_the_lasting_transport_relies_on() -> None:
    """A new SDK renaming one of the internals `links_stream` subclasses fails here, not silently in the product."""
    from mcp.client import streamable_http

    from secure_mcp_gateway import links_stream

    assert links_stream.missing(streamable_http) == []


@pytest.mark.parametrize(
    "what", ["_handle_post_request", "handle_get_stream", "sse_event_args", "LAST_EVENT_ID", "RequestContext", "maker"]
)
def test_an_sdk_without_a_part_is_left_as_it_is_with_one_warning(what: str, monkeypatch: Any) -> None:
    from unittest import mock

    from secure_mcp_gateway import links_stream

    fake = _renamed(what)
    before = fake.StreamableHTTPTransport
    assert links_stream.missing(fake)
    monkeypatch.setattr(links_stream, "log", mock.Mock())
    links_stream.make_lasting(fake)
    links_stream.make_lasting(fake)
    assert fake.StreamableHTTPTransport is before
    assert [c[0] for c in links_stream.log.method_calls] == ["warning"]

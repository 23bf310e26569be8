"""The streamable HTTP endpoint in process: sessions driven through ASGI calls, over a stand-in for the gateway."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from secure_mcp_gateway import http_transport
from secure_mcp_gateway.http_transport import OTHERS_IDLE, HttpSession, StreamableHttp
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio

INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "script", "version": "1"}},
}


class Echo:
    """Answers every request with its method; `hold` keeps `tools/call` waiting."""

    def __init__(self) -> None:
        self.hold = asyncio.Event()
        self.closed = False
        self.seen: list[dict[str, Any]] = []

    def attach(self, peer: RpcPeer) -> None:
        self.peer = peer

    async def handle(self, msg: dict[str, Any]) -> dict[str, Any]:
        self.seen.append(msg)
        if msg["method"] == "tools/call":
            await self.hold.wait()
        return {"method": msg["method"]}

    def on_client_notification(self, msg: dict[str, Any]) -> None:
        pass

    def close(self) -> None:
        self.closed = True


async def post(
    http: StreamableHttp, body: Any, session: str | None = None, identity: str | None = None
) -> tuple[int, dict[str, str], Any]:
    """One POST asking for a plain JSON answer: status, headers, the decoded body (bytes are sent as they are)."""
    headers = [(b"accept", b"application/json"), (b"content-type", b"application/json")]
    if session:
        headers.append((b"mcp-session-id", session.encode()))
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    events = [{"type": "http.request", "body": raw, "more_body": False}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if events:
            return events.pop(0)
        await asyncio.Event().wait()  # (no disconnect)
        raise AssertionError

    async def send(event: dict[str, Any]) -> None:
        sent.append(event)

    status = await http.handle({"type": "http", "method": "POST", "headers": headers}, receive, send, identity)
    start = next(e for e in sent if e["type"] == "http.response.start")
    got = {k.decode(): v.decode() for k, v in start["headers"]}
    data = b"".join(e.get("body", b"") for e in sent if e["type"] == "http.response.body")
    return status, got, json.loads(data) if data else None


async def test_at_the_session_limit_the_longest_idle_session_makes_room() -> None:
    """Clients that never end their sessions (a script run again and again) do not lock everyone out for an hour:
    at the limit, the session idle the longest is ended; only when every session is busy is a new one refused."""
    made: list[Echo] = []

    def connect(session: HttpSession) -> Echo:
        made.append(Echo())
        return made[-1]

    http = StreamableHttp(connect, max_sessions=2)
    try:
        ids = []
        for _ in range(2):
            status, headers, _ = await post(http, INIT)
            assert status == 200
            ids.append(headers["mcp-session-id"])
        status, _, answer = await post(http, {"jsonrpc": "2.0", "id": 2, "method": "ping"}, ids[1])
        assert answer["result"] == {"method": "ping"}  # the second session was used last

        status, headers, _ = await post(http, INIT)
        assert status == 200, "a third client gets a session"
        assert set(http.sessions) == {ids[1], headers["mcp-session-id"]}, "the one idle the longest made room"
        assert made[0].closed and not made[1].closed
        status, _, answer = await post(http, {"jsonrpc": "2.0", "id": 3, "method": "ping"}, ids[0])
        assert status == 404

        # every session busy with a call: no one is ended for a newcomer
        calls = [
            asyncio.create_task(post(http, {"jsonrpc": "2.0", "id": 9, "method": "tools/call"}, sid))
            for sid in list(http.sessions)
        ]
        while not all(s.idle_for() == 0.0 and s.by_request for s in http.sessions.values()):
            await asyncio.sleep(0)
        status, _, answer = await post(http, INIT)
        assert status == 503 and "Too many sessions" in answer["error"]["message"]
        for echo in made:
            echo.hold.set()
        assert [(await call)[0] for call in calls] == [200, 200]
    finally:
        http.close_all()


class SlowClock:
    """A monotonic clock that moves on at every read by more than it did at all the reads before, as if the process
    were paused longer and longer between any two."""

    def __init__(self) -> None:
        self.now, self.step = 1000.0, 1.0

    def monotonic(self) -> float:
        self.now, self.step = self.now + self.step, self.step * 2
        return self.now


async def test_the_session_idle_the_longest_is_ranked_at_one_instant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sessions are ranked by how long they have been idle at one instant: a pause between reading one session's idle
    time and the next one's (a loaded machine) does not make the one used last look idle the longest."""
    monkeypatch.setattr(http_transport, "time", SlowClock())
    http = StreamableHttp(lambda session: Echo(), max_sessions=3)
    try:
        ids = [(await post(http, INIT))[1]["mcp-session-id"] for _ in range(3)]
        for sid in (ids[2], ids[1]):  # the first session is now the one idle the longest, and ranked first
            assert (await post(http, {"jsonrpc": "2.0", "id": 2, "method": "ping"}, sid))[0] == 200
        status, headers, _ = await post(http, INIT)
        assert status == 200
        assert set(http.sessions) == {ids[1], ids[2], headers["mcp-session-id"]}
    finally:
        http.close_all()


async def test_at_the_session_limit_a_token_never_ends_another_tokens_session_in_use() -> None:
    """With tokens, a client that opens session after session ends its own idle ones to make room, never the session
    of another token's client between two calls; another token's session goes only once idle for `OTHERS_IDLE` s."""
    made: list[Echo] = []

    def connect(session: HttpSession) -> Echo:
        made.append(Echo())
        return made[-1]

    http = StreamableHttp(connect, max_sessions=2)
    try:
        status, headers, _ = await post(http, INIT, identity="bob")
        bob = headers["mcp-session-id"]
        status, _, answer = await post(http, {"jsonrpc": "2.0", "id": 2, "method": "ping"}, bob, identity="bob")
        assert answer["result"] == {"method": "ping"}
        status, headers, _ = await post(http, INIT, identity="alice")
        first = headers["mcp-session-id"]
        http.sessions[bob].last_active -= 60.0  # bob reads an answer for a minute: idle longer than alice's session

        status, headers, _ = await post(http, INIT, identity="alice")
        assert status == 200
        assert set(http.sessions) == {bob, headers["mcp-session-id"]}, "alice's own idle session made room"
        assert first not in http.sessions and made[1].closed and not made[0].closed

        calls = asyncio.create_task(
            post(http, {"jsonrpc": "2.0", "id": 9, "method": "tools/call"}, headers["mcp-session-id"], identity="alice")
        )
        while not http.sessions[headers["mcp-session-id"]].by_request:
            await asyncio.sleep(0)
        status, _, answer = await post(http, INIT, identity="mallory")
        assert status == 503, "bob's session, idle for a minute, is not ended for another token's client"
        assert bob in http.sessions

        http.sessions[bob].last_active -= OTHERS_IDLE
        status, _, _ = await post(http, INIT, identity="mallory")
        assert status == 200 and bob not in http.sessions, "a session left idle that long makes room for anyone"
        made[2].hold.set()
        assert (await calls)[0] == 200
    finally:
        http.close_all()


async def test_a_body_nested_too_deep_is_said_to_be_so() -> None:
    """Valid JSON nested thousands of levels deep is refused for its depth, not called "not JSON"; a body that is not
    JSON says where it breaks."""
    http = StreamableHttp(lambda session: Echo())
    try:
        status, _, _ = await post(http, INIT)
        deep = b'{"jsonrpc": "2.0", "id": 2, "method": "ping", "params": {"_meta": ' + b"[" * 5000 + b"]" * 5000 + b"}}"
        status, _, answer = await post(http, deep)
        assert status == 400 and answer["error"]["code"] == -32600
        assert "nested deeper than" in answer["error"]["message"] and "not JSON" not in answer["error"]["message"]
        status, _, answer = await post(http, b'{"jsonrpc": "2.0", "id": 3,')
        assert status == 400 and answer["error"]["code"] == -32700 and "line 1 column" in answer["error"]["message"]
    finally:
        http.close_all()


async def test_a_cancel_naming_true_leaves_request_1_alone() -> None:
    """`notifications/cancelled` for `true` (no valid request id) cancels nothing: request 1 still gets its answer,
    not a cancellation (Python takes `true` for 1)."""
    echo = Echo()
    http = StreamableHttp(lambda session: echo)
    try:
        _, headers, _ = await post(http, INIT)
        sid = headers["mcp-session-id"]
        call = asyncio.create_task(post(http, {"jsonrpc": "2.0", "id": 1, "method": "tools/call"}, sid))
        while 1 not in http.sessions[sid].by_request:
            await asyncio.sleep(0)
        cancel = {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": True}}
        assert (await post(http, cancel, sid))[0] == 202
        assert 1 in http.sessions[sid].by_request, "request 1 is still owed its answer"
        echo.hold.set()
        assert (await call)[2] == {"jsonrpc": "2.0", "id": 1, "result": {"method": "tools/call"}}
    finally:
        http.close_all()


async def test_a_progress_token_that_is_no_token_reaches_the_handler_as_sent() -> None:
    """Only a string or number token is swapped for one unique to the session; `true` or an object goes on as the
    client wrote it, for the handler to refuse as over stdio (it was swapped, so HTTP took what stdio refuses)."""
    echo = Echo()
    echo.hold.set()
    http = StreamableHttp(lambda session: echo)
    try:
        _, headers, _ = await post(http, INIT)
        sid = headers["mcp-session-id"]
        for i, token in enumerate([True, {"t": 1}, "job-7", 7], start=2):
            call = {"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {"_meta": {"progressToken": token}}}
            await post(http, call, sid)
        sent = [m["params"]["_meta"]["progressToken"] for m in echo.seen if m["method"] == "tools/call"]
        assert sent[:2] == [True, {"t": 1}]
        assert all(isinstance(t, str) and t.startswith("smg-") for t in sent[2:]), sent
    finally:
        http.close_all()


async def test_a_reloaded_http_config_sets_the_session_limits_at_once() -> None:
    """`http.max_sessions`, the idle timeout, the body limit and the stream timings of a reloaded config apply without
    a restart, as tokens and hosts do (they were read once at start)."""
    from types import SimpleNamespace

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.http_auth import Access
    from secure_mcp_gateway.serve_http import GatewayApp

    first = GatewayConfig(http={"max_sessions": 1000})
    gateway = SimpleNamespace(config=first, connect=lambda **kw: Echo())
    metrics = SimpleNamespace(http=SimpleNamespace(inc=lambda *args: None))
    app = GatewayApp(gateway, first, Access(first.http, "127.0.0.1", 8080), metrics)  # type: ignore[arg-type]
    assert app.mcp.max_sessions == 1000
    gateway.config = GatewayConfig(
        http={"max_sessions": 5, "session_idle_timeout": 60, "max_body_mb": 1, "keepalive": 5, "sse_retry": 2}
    )
    sent: list[dict[str, Any]] = []

    async def send(event: dict[str, Any]) -> None:
        sent.append(event)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    await app({"type": "http", "method": "GET", "path": "/healthz", "headers": []}, receive, send)
    assert (app.mcp.max_sessions, app.mcp.idle_timeout, app.mcp.max_body) == (5, 60, 1 << 20)
    assert (app.mcp.keepalive, app.mcp.retry_ms) == (5, 2000)


def test_a_page_served_from_another_local_port_is_no_trusted_origin() -> None:
    """Over loopback without tokens, being on this machine proves nothing about a web page: only the gateway's own
    origin and the configured ones (a port, or `:*` for any) may call; no Origin at all (no browser) still may."""
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.http_auth import Access

    plain = Access(GatewayConfig().http, "127.0.0.1", 8080)
    for page in ("http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8000", "http://app.localhost:3000"):
        assert not plain.origin_allowed(page), page
    assert not plain.origin_allowed("https://localhost:8080")
    assert not plain.origin_allowed("null")
    assert plain.origin_allowed(None)
    assert plain.origin_allowed("http://localhost:8080") and plain.origin_allowed("http://127.0.0.1:8080/")
    listed = GatewayConfig(http={"allowed_origins": ["http://localhost:5173", "http://127.0.0.1:*"]}).http
    access = Access(listed, "127.0.0.1", 8080)
    assert access.origin_allowed("http://LOCALHOST:5173") and not access.origin_allowed("http://localhost:5174")
    assert access.origin_allowed("http://127.0.0.1:4000") and access.origin_allowed("http://127.0.0.1")
    assert not access.origin_allowed("https://127.0.0.1:4000") and not access.origin_allowed("http://localhost:4000")


async def _ask(app: Any, path: str, token: str | None = None) -> int:
    """One GET through the ASGI app; its status."""
    sent: list[dict[str, Any]] = []
    headers = [(b"host", b"127.0.0.1:8080")] + ([(b"authorization", f"Bearer {token}".encode())] if token else [])

    async def send(event: dict[str, Any]) -> None:
        sent.append(event)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    await app({"type": "http", "method": "GET", "path": path, "headers": headers}, receive, send)
    return next(e["status"] for e in sent if e["type"] == "http.response.start")


async def test_a_reload_that_drops_every_token_of_a_public_gateway_is_refused(tmp_path: Any) -> None:
    """A gateway bound beyond loopback whose config lost its tokens in a reload served everyone on the network
    without a token (a start with that config is refused); now the reload is refused, the tokens stay, and even
    a config handed over directly leaves every request needing a token it cannot have."""
    from types import SimpleNamespace

    from secure_mcp_gateway import config as config_mod
    from secure_mcp_gateway.http_auth import Access
    from secure_mcp_gateway.serve import reload_from
    from secure_mcp_gateway.serve_http import GatewayApp

    token = "alice-token-" + "k7" * 12
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"http": {"tokens": {"alice": token}}}))
    first = config_mod.load(path)
    gateway = SimpleNamespace(config=first, audit=None, connect=lambda **kw: Echo())
    metrics = SimpleNamespace(http=SimpleNamespace(inc=lambda *args: None), render=lambda: "")
    app = GatewayApp(gateway, first, Access(first.http, "0.0.0.0", 8080), metrics)  # type: ignore[arg-type]
    assert await _ask(app, "/metrics") == 401

    path.write_text(json.dumps({"http": {}}))
    assert not await reload_from(gateway, path, app.vet)  # type: ignore[arg-type]
    assert gateway.config is first and await _ask(app, "/metrics", token) == 200

    gateway.config = config_mod.load(path)  # (were it taken anyway: closed, not open)
    assert await _ask(app, "/metrics") == 401 and await _ask(app, "/metrics", token) == 401


async def test_a_reloaded_http_path_is_served_at_once_and_shown_in_status() -> None:
    """`http.path` edited while the gateway runs moved nothing: MCP stayed at the old path, `status` showed it."""
    from types import SimpleNamespace

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.http_auth import Access
    from secure_mcp_gateway.serve_http import GatewayApp

    first = GatewayConfig()
    gateway = SimpleNamespace(config=first, connect=lambda **kw: Echo())
    metrics = SimpleNamespace(http=SimpleNamespace(inc=lambda *args: None))
    app = GatewayApp(gateway, first, Access(first.http, "127.0.0.1", 8080), metrics)  # type: ignore[arg-type]
    assert app.address == "http://127.0.0.1:8080/mcp"
    gateway.config = GatewayConfig(http={"path": "/team/mcp"})  # (as a reload leaves it, then tells the app)
    app.adopt(gateway.config.http)
    assert app.address == "http://127.0.0.1:8080/team/mcp"
    assert await _ask(app, "/mcp") == 404
    assert await _ask(app, "/team/mcp") == 406  # (the MCP endpoint: a GET that does not accept an event stream)
    assert await _ask(app, "/team/mcp/") == 406  # (a client's url ending in "/": the same endpoint, not 404)
    gateway.config = GatewayConfig(http={"path": "/v1/"})
    assert await _ask(app, "/v1") == 406 and await _ask(app, "/v1/") == 406 and await _ask(app, "/v1/x") == 404


async def test_a_config_file_read_half_written_is_read_again_not_reported(tmp_path: Any) -> None:
    """An editor that truncates the file, then writes it, could be read in between: an ERROR "config change not
    applied" and an audit `config.invalid` for a state that lasted a moment. A file that changes within the settle
    time after failing is read again at the next look; one that stays broken is reported."""
    from types import SimpleNamespace

    from secure_mcp_gateway.serve import reload_from

    recorded: list[str] = []
    gateway = SimpleNamespace(audit=SimpleNamespace(record=lambda event, **kw: recorded.append(event)))
    path = tmp_path / "config.json"
    path.write_text("")  # (truncated: the editor has not written yet)

    async def editor() -> None:
        await asyncio.sleep(0.05)
        path.write_text('{"mcpServers": {}}')

    writing = asyncio.ensure_future(editor())
    assert not await reload_from(gateway, path, settle=1.0)  # type: ignore[arg-type]
    await writing
    assert recorded == []
    path.write_text("{ broken")
    assert not await reload_from(gateway, path, settle=0.05)  # type: ignore[arg-type]
    assert recorded == ["config.invalid"]


async def test_an_invalid_answer_to_the_gateways_request_fails_it_at_once_and_is_refused() -> None:
    """A client's answer (over HTTP) to the gateway's request that is no valid response (no result nor error) fails
    that request now, saying why, as over stdio; it waited for its deadline (a server's sampling request, its own).
    The body is still refused (400)."""
    echo = Echo()
    http = StreamableHttp(lambda session: echo)
    try:
        _, headers, _ = await post(http, INIT)
        sid = headers["mcp-session-id"]
        asked = asyncio.create_task(echo.peer.request("sampling/createMessage", {}, 30.0))
        await asyncio.sleep(0)
        await post(http, {"jsonrpc": "2.0", "id": 1}, sid, identity="someone else")
        await asyncio.sleep(0)
        assert not asked.done(), "another identity's body fails nothing of this session"
        status, _, _ = await post(http, {"jsonrpc": "2.0", "id": 1}, sid)
        assert status == 400
        with pytest.raises(http_transport.RpcError, match='refused: a response needs "result" or "error"'):
            await asyncio.wait_for(asked, 5)
    finally:
        http.close_all()


class Reader(Echo):
    """Answers `resources/read` with a 1 MB text."""

    async def handle(self, msg: dict[str, Any]) -> dict[str, Any]:
        if msg["method"] == "resources/read":
            return {"contents": [{"uri": "file:///big", "text": "a" * 1_000_000}]}
        return await super().handle(msg)


async def sse(http: StreamableHttp, session: str, body: Any = None, last_event: str | None = None) -> bytes:
    """One POST of `body` answered as an event stream, or (with `last_event`) the GET resuming one: what arrived."""
    headers = [(b"accept", b"application/json, text/event-stream"), (b"content-type", b"application/json")]
    headers.append((b"mcp-session-id", session.encode()))
    if last_event is not None:
        headers.append((b"last-event-id", last_event.encode()))
    events = [{"type": "http.request", "body": json.dumps(body).encode(), "more_body": False}]
    sent: list[bytes] = []

    async def receive() -> dict[str, Any]:
        if events:
            return events.pop(0)
        await asyncio.Event().wait()
        raise AssertionError

    async def send(event: dict[str, Any]) -> None:
        sent.append(event.get("body", b""))

    method = "GET" if last_event is not None else "POST"
    await asyncio.wait_for(http.handle({"type": "http", "method": method, "headers": headers}, receive, send, None), 5)
    return b"".join(sent)


async def test_answers_delivered_are_kept_for_resumption_within_the_clients_queue() -> None:
    """A session that read a large resource many times held every answer it had been given (32 streams' worth,
    165 MB for 40 reads of 5 MB) until it ended, an hour idle later: now what is kept for resumption after
    delivery is bounded by the client's queue, the newest stream's events always kept."""
    http = StreamableHttp(lambda s: Reader(), queue=2 * 1024 * 1024)
    _, headers, _ = await post(http, INIT)
    sid = headers["mcp-session-id"]
    for n in range(10):
        got = await sse(http, sid, {"jsonrpc": "2.0", "id": 10 + n, "method": "resources/read", "params": {}})
        assert len(got) > 1_000_000
    session = http.sessions[sid]
    kept = sum(len(data) for stream in session.streams.values() for _, data in stream.events)
    assert kept <= 3 * 1_000_100, f"{kept} bytes of delivered answers kept"
    last = list(session.streams.values())[-1]
    again = await sse(http, sid, last_event=f"{last.sid}-0")
    assert b'"id":19' in again and len(again) > 1_000_000, "the newest answer can still be resumed"


async def test_a_shutdown_with_many_sessions_says_so_in_one_line(caplog: pytest.LogCaptureFixture) -> None:
    """A team gateway stopped (a systemd restart) with 300 sessions open wrote 300 "http session ... ended" lines."""
    http = StreamableHttp(lambda s: Echo())
    for _ in range(300):
        await post(http, INIT)
    caplog.set_level("INFO", logger="secure_mcp_gateway.http_transport")
    http.close_all("the gateway is shutting down (SIGTERM)")
    lines = [r for r in caplog.records if r.name == "secure_mcp_gateway.http_transport" and r.levelno >= 20]
    assert len(lines) == 1 and not http.sessions
    assert lines[0].getMessage() == "300 http sessions ended (the gateway is shutting down (SIGTERM))"

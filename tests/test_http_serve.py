"""`serve --http` as a real process: tokens, Host/Origin checks, health, metrics, sessions kept apart."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import fixture_server, gateway_env, text_of, write_config
from http_gateway import HttpGateway, http_gateway, mcp_client

ALICE = "alice-token-" + "a1" * 16
BOB = "bob-token-" + "b2" * 16
INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}},
}
JSON_AND_SSE = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


EXTENSION = "chrome-extension://mkdhgjbnpcoafmfjnnkoheabklpcchpa"
"""A browser extension's Origin (made up, in the form of a Chrome extension id)."""


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpGateway]:
    tmp = tmp_path_factory.mktemp("http")
    config = {
        "mcpServers": {"fx": fixture_server()},
        "gateway": {"reload": False},
        "guardrails": {"input": {"secrets": "block"}},
        "http": {
            "tokens": {"alice": "${env:ALICE_TOKEN}", "bob": "${env:BOB_TOKEN}"},
            "allowed_origins": [EXTENSION],
        },
    }
    with http_gateway(tmp, config, env={"ALICE_TOKEN": ALICE, "BOB_TOKEN": BOB}) as gateway:
        yield gateway


def client(gw: HttpGateway, token: str | None = None, **headers: str) -> httpx.Client:
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(base_url=gw.base, headers=headers, trust_env=False, timeout=30)


def open_session(c: httpx.Client) -> str:
    r = c.post("/mcp", json=INIT, headers=JSON_AND_SSE)
    assert r.status_code == 200, r.text
    sid = r.headers["mcp-session-id"]
    c.post(
        "/mcp",
        json={"jsonrpc": "2.0", "method": "notifications/initialized"},
        headers={**JSON_AND_SSE, "Mcp-Session-Id": sid},
    )
    return sid


async def audit_calls(gw: HttpGateway, tool: str, count: int) -> list[dict[str, Any]]:
    """The tool.call lines for `tool`, once the audit writer (its own thread) has written `count` (or 30 s passed)."""
    path = gw.dir / "audit" / "audit.jsonl"
    deadline = time.monotonic() + 30
    while True:
        lines = [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []
        calls = [line for line in lines if line["event"] == "tool.call" and line["tool"] == tool]
        if len(calls) >= count or time.monotonic() > deadline:
            return calls
        await asyncio.sleep(0.05)


def test_requests_without_a_valid_token_are_refused(gw: HttpGateway) -> None:
    for token in (None, "x" * 40, ALICE[:-1]):
        with client(gw, token) as c:
            r = c.post("/mcp", json=INIT, headers=JSON_AND_SSE)
            assert r.status_code == 401
            assert r.headers["www-authenticate"].startswith("Bearer")
            assert r.json()["error"]["message"].startswith("Unauthorized")
    with client(gw, Authorization=f"Basic {ALICE}") as c:
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 401
    assert gw.get("/metrics")[0] == 401
    assert gw.get("/metrics", ALICE)[0] == 200


def test_host_and_origin_are_checked_against_dns_rebinding(gw: HttpGateway) -> None:
    with client(gw, ALICE, Host="evil.example.com") as c:
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 421
    with client(gw, ALICE, Origin="http://evil.example.com") as c:
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 403
    with client(gw, ALICE, Origin=f"http://localhost:{gw.port}") as c:
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 200
    with client(gw, ALICE, Origin=f"http://localhost:{gw.port + 1}") as c:  # a page of another local server
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 403
    with client(gw, ALICE, Origin=EXTENSION) as c:  # a browser extension the config names
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 200
    with client(gw, ALICE, Origin=EXTENSION.replace("mkdh", "aaaa")) as c:  # another extension
        assert c.post("/mcp", json=INIT, headers=JSON_AND_SSE).status_code == 403


def test_health_and_readiness(gw: HttpGateway) -> None:
    assert gw.get("/healthz") == (200, b"ok\n")
    assert gw.ready(200) == {"servers": {"ready": 1, "total": 1}, "ready": True}  # (fx may still be starting)


def test_sessions_belong_to_the_identity_that_opened_them(gw: HttpGateway) -> None:
    with client(gw, ALICE) as alice, client(gw, BOB) as bob:
        sid = open_session(alice)
        ping = {"jsonrpc": "2.0", "id": 2, "method": "ping"}
        headers = {**JSON_AND_SSE, "Mcp-Session-Id": sid}
        assert alice.post("/mcp", json=ping, headers=headers).status_code == 200
        assert bob.post("/mcp", json=ping, headers=headers).status_code == 404
        assert bob.delete("/mcp", headers={"Mcp-Session-Id": sid}).status_code == 404
        assert alice.post("/mcp", json=ping, headers={**JSON_AND_SSE, "Mcp-Session-Id": "made-up"}).status_code == 404
        assert alice.post("/mcp", json=ping, headers=JSON_AND_SSE).status_code == 400  # no session id
        bad = {**headers, "MCP-Protocol-Version": "1999-01-01"}
        assert alice.post("/mcp", json=ping, headers=bad).status_code == 400
        assert alice.delete("/mcp", headers={"Mcp-Session-Id": sid}).status_code == 200
        assert alice.post("/mcp", json=ping, headers=headers).status_code == 404


def test_bad_bodies_get_clear_errors(gw: HttpGateway) -> None:
    with client(gw, ALICE) as c:
        r = c.post("/mcp", content=b"{not json", headers=JSON_AND_SSE)
        assert r.status_code == 400 and r.json()["error"]["code"] == -32700
        r = c.post("/mcp", json={"id": 1, "method": "ping"}, headers=JSON_AND_SSE)
        assert r.status_code == 400 and r.json()["error"]["code"] == -32600
        r = c.post("/mcp", content=b"{}", headers={**JSON_AND_SSE, "Content-Type": "text/plain"})
        assert r.status_code == 415
        assert c.put("/mcp", json=INIT).status_code == 405
        assert c.get("/nowhere").status_code == 404


def test_a_body_is_read_as_strictly_as_a_stdio_line(gw: HttpGateway) -> None:
    with client(gw, ALICE) as c:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        r = c.post("/mcp", json=INIT, headers=headers)
        headers["Mcp-Session-Id"] = r.headers["mcp-session-id"]
        ping = b'{"jsonrpc": "2.0", "id": 2, "method": "ping", "params": {"_meta": {"n": %s}}}'
        r = c.post("/mcp", content=ping % b"1E400", headers=headers)
        assert r.status_code == 200 and r.json()["result"] == {}, "a number beyond the float range is valid JSON"
        r = c.post("/mcp", content=ping % b"NaN", headers=headers)
        assert r.status_code == 400 and r.json()["error"]["code"] == -32700, "NaN is not"


def test_a_json_only_client_gets_json_answers(gw: HttpGateway) -> None:
    with client(gw, ALICE) as c:
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        r = c.post("/mcp", json=INIT, headers=headers)
        assert r.headers["content-type"] == "application/json"
        assert r.json()["result"]["serverInfo"]["name"] == "secure-mcp-gateway"
        headers["Mcp-Session-Id"] = r.headers["mcp-session-id"]
        r = c.post("/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"}, headers=headers)
        assert "fx__echo" in [t["name"] for t in r.json()["result"]["tools"]]


def test_a_cancelled_call_ends_its_post_at_once(gw: HttpGateway) -> None:
    """A call the client cancels is answered as cancelled: its stream (or JSON answer) ends instead of staying open."""
    slow = {"name": "fx__slow", "arguments": {"seconds": 60, "steps": 60}, "_meta": {"progressToken": "p1"}}
    with client(gw, ALICE) as c, client(gw, ALICE) as other:
        c.timeout = httpx.Timeout(30, read=10)
        headers = {**JSON_AND_SSE, "Mcp-Session-Id": open_session(c)}
        call = {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": slow}
        cancel = {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 7}}
        events = []
        with c.stream("POST", "/mcp", json=call, headers=headers) as r:
            for line in r.iter_lines():
                if line.startswith("data: {"):
                    events.append(json.loads(line[6:]))
                    if events[-1].get("method") == "notifications/progress" and len(events) == 1:
                        assert other.post("/mcp", json=cancel, headers=headers).status_code == 202
        assert events[-1] == {
            "jsonrpc": "2.0",
            "id": 7,
            "error": {"code": 0, "message": "Request cancelled by the client"},
        }
        r = c.post(
            "/mcp",
            json=[{**call, "id": 8}, {**cancel, "params": {"requestId": 8}}],
            headers={**headers, "Accept": "application/json"},
        )
        assert [m["id"] for m in r.json()] == [8] and r.json()[0]["error"]["code"] == 0
        r = c.post("/mcp", json={"jsonrpc": "2.0", "id": 9, "method": "ping"}, headers=headers)
        assert r.status_code == 200 and '"id":9' in r.text


def test_a_json_only_client_is_asked_on_its_get_stream_while_its_call_waits(gw: HttpGateway) -> None:
    """A server's question during a JSON-answered call goes out on the GET stream at once, not after the call."""
    with client(gw, ALICE) as c, client(gw, ALICE) as listener:
        listener.timeout = httpx.Timeout(30, read=10)
        init = {**INIT, "params": {**INIT["params"], "capabilities": {"elicitation": {}}}}
        headers = {"Accept": "application/json", "Content-Type": "application/json"}
        r = c.post("/mcp", json=init, headers=headers)
        headers["Mcp-Session-Id"] = r.headers["mcp-session-id"]
        c.post("/mcp", json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=headers)
        answer: dict[str, Any] = {}
        call = {"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": {"name": "fx__elicit", "arguments": {}}}
        get = {"Accept": "text/event-stream", "Mcp-Session-Id": headers["Mcp-Session-Id"]}
        with listener.stream("GET", "/mcp", headers=get) as events:
            caller = threading.Thread(target=lambda: answer.update(c.post("/mcp", json=call, headers=headers).json()))
            caller.start()
            asked = next(
                m
                for m in (json.loads(line[6:]) for line in events.iter_lines() if line.startswith("data: {"))
                if m.get("method") == "elicitation/create"
            )
            reply = {"jsonrpc": "2.0", "id": asked["id"], "result": {"action": "accept", "content": {"name": "Ann"}}}
            assert listener.post("/mcp", json=reply, headers=headers).status_code == 202
            caller.join(30)
        assert answer["id"] == 5 and '"Ann"' in answer["result"]["content"][0]["text"]


@pytest.mark.anyio
async def test_a_call_is_checked_audited_with_its_identity_and_counted(gw: HttpGateway) -> None:
    secret = "ghp_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2"
    async with mcp_client(gw.url, ALICE) as session:
        assert text_of(await session.call_tool("fx__echo", {"text": "hello"})) == '{"text": "hello"}'
        result = await session.call_tool("fx__echo", {"text": f"token {secret}"})
    assert result.is_error and secret not in text_of(result) and "github" in text_of(result).lower()
    calls = await audit_calls(gw, "echo", 2)
    assert [c["identity"] for c in calls[-2:]] == ["alice", "alice"] and calls[-1]["outcome"] == "blocked"
    status, body = gw.get("/metrics", BOB)
    assert status == 200
    text = body.decode()
    assert 'smg_tool_calls_total{server="fx",tool="echo",outcome="ok"}' in text
    assert 'smg_tool_call_duration_seconds_count{server="fx",tool="echo"}' in text
    assert 'smg_tool_calls_total{server="fx",tool="echo",outcome="blocked"}' in text
    assert 'smg_guardrail_actions_total{server="fx",detector="secrets",action="block",direction="input"}' in text
    assert 'smg_server_up{server="fx",state="ready"} 1' in text
    assert secret not in text and ALICE not in text


@pytest.mark.anyio
async def test_progress_and_server_requests_reach_only_the_calling_session(gw: HttpGateway) -> None:
    seen: dict[str, list[Any]] = {"alice": [], "bob": []}
    asked: dict[str, int] = {"alice": 0, "bob": 0}

    def sampler(who: str) -> Any:
        from mcp import types

        async def answer(context: Any, params: Any) -> Any:
            asked[who] += 1
            return types.CreateMessageResult(
                role="assistant", content=types.TextContent(type="text", text=f"hi from {who}"), model="m"
            )

        return answer

    async def progress(who: str, *args: Any) -> None:
        seen[who].append(args)

    logs: dict[str, list[Any]] = {"alice": [], "bob": []}

    def logger(who: str) -> Any:
        async def take(params: Any) -> None:
            logs[who].append(params.data)

        return take

    async with (
        mcp_client(gw.url, ALICE, sampling_callback=sampler("alice"), logging_callback=logger("alice")) as alice,
        mcp_client(gw.url, BOB, sampling_callback=sampler("bob"), logging_callback=logger("bob")) as bob,
    ):
        a, b = await asyncio.gather(
            alice.call_tool(
                "fx__slow", {"seconds": 0.4, "steps": 4}, progress_callback=lambda *x: progress("alice", *x)
            ),
            bob.call_tool("fx__slow", {"seconds": 0.2, "steps": 2}, progress_callback=lambda *x: progress("bob", *x)),
        )
        assert text_of(a) == "slept 0.4" and text_of(b) == "slept 0.2"
        sampled = await alice.call_tool("fx__sample", {})
        await alice.call_tool("fx__log", {"text": "alice's line"})
        await bob.send_ping()  # anything sent to bob before this answer has arrived by now
    assert len(seen["alice"]) == 4 and len(seen["bob"]) == 2
    assert "hi from alice" in text_of(sampled)
    assert asked == {"alice": 1, "bob": 0}
    assert logs == {"alice": ["alice's line"], "bob": []}


def test_a_public_bind_without_tokens_is_a_config_error(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    run = subprocess.run(
        [sys.executable, "-m", "secure_mcp_gateway", "serve", "--config", str(path), "--http", "0.0.0.0:0"],
        capture_output=True,
        text=True,
        timeout=60,
        env=gateway_env(tmp_path),
    )
    assert run.returncode == 2
    assert "needs bearer tokens" in run.stderr and "http" in run.stderr


def test_tokens_rotate_without_a_restart(tmp_path: Path) -> None:
    new = "alice-new-" + "c3" * 16
    config: dict[str, Any] = {"mcpServers": {}, "http": {"tokens": {"alice": ALICE}}}
    with http_gateway(tmp_path, config) as gw:
        assert gw.get("/metrics", ALICE)[0] == 200
        config["http"]["tokens"]["alice"] = [ALICE, new]  # both work while clients switch over
        write_config(tmp_path, config)
        deadline = time.monotonic() + 15
        while gw.get("/metrics", new)[0] != 200:
            assert time.monotonic() < deadline, gw.stderr()
            time.sleep(0.1)
        assert gw.get("/metrics", ALICE)[0] == 200
        config["http"]["tokens"]["alice"] = new  # the old one is retired
        write_config(tmp_path, config)
        while gw.get("/metrics", ALICE)[0] != 401:
            assert time.monotonic() < deadline, gw.stderr()
            time.sleep(0.1)
        assert gw.get("/metrics", new)[0] == 200


@pytest.mark.parametrize("version", ["2025-03-26", "2025-06-18", "2025-11-25"])
def test_each_protocol_version_is_negotiated_and_primed_only_from_2025_11_25(gw: HttpGateway, version: str) -> None:
    with client(gw, ALICE) as c:
        init = {**INIT, "params": {**INIT["params"], "protocolVersion": version}}
        r = c.post("/mcp", json=init, headers=JSON_AND_SSE)
        assert r.headers["content-type"] == "text/event-stream"
        events = [e for e in r.text.split("\n\n") if e.strip()]
        data = [line[6:] for e in events for line in e.splitlines() if line.startswith("data: ")]
        primed = any(e.startswith("id: ") and "data: \n" in e + "\n" and "retry: " in e for e in events)
        assert primed == (version == "2025-11-25")
        answer = json.loads([d for d in data if d.strip()][-1])
        assert answer["result"]["protocolVersion"] == version
        sid = r.headers["mcp-session-id"]
        r = c.post(
            "/mcp",
            json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
            headers={**JSON_AND_SSE, "Mcp-Session-Id": sid, "MCP-Protocol-Version": version},
        )
        assert "fx__echo" in r.text


def test_a_request_id_in_progress_is_not_taken_over(gw: HttpGateway) -> None:
    """An id already in progress in the session (or `true`, which Python takes for 1) is refused on its own POST; the
    call that has it still gets its answer (here, its cancellation)."""
    slow = {"name": "fx__slow", "arguments": {"seconds": 60, "steps": 60}, "_meta": {"progressToken": "p"}}
    with client(gw, ALICE) as c, client(gw, ALICE) as other:
        c.timeout = httpx.Timeout(30, read=10)
        headers = {**JSON_AND_SSE, "Mcp-Session-Id": open_session(c)}
        json_only = {**headers, "Accept": "application/json"}
        call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": slow}
        events, refused = [], []
        with c.stream("POST", "/mcp", json=call, headers=headers) as r:
            for line in r.iter_lines():
                if line.startswith("data: {"):
                    events.append(json.loads(line[6:]))
                    if len(events) == 1:  # the call is in progress
                        ping = {"jsonrpc": "2.0", "id": True, "method": "ping"}
                        refused.append(other.post("/mcp", json=ping, headers=json_only))
                        again = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
                        refused.append(other.post("/mcp", json=again, headers=json_only))
                        both = [{**again, "id": 2}, {**again, "id": 2}]
                        refused.append(other.post("/mcp", json=both, headers=json_only))
                        cancel = {"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}}
                        assert other.post("/mcp", json=cancel, headers=headers).status_code == 202
        assert events[-1] == {
            "jsonrpc": "2.0",
            "id": 1,
            "error": {"code": 0, "message": "Request cancelled by the client"},
        }
        assert refused[0].status_code == 400 and refused[0].json()["error"]["code"] == -32600
        assert refused[1].json()["id"] == 1 and "already in use" in refused[1].json()["error"]["message"]
        answers = refused[2].json()
        assert [a["id"] for a in answers] == [2, 2], "each request in the body is answered once"
        assert sorted("result" in a for a in answers) == [False, True]


def test_status_lists_the_http_gateway(gw: HttpGateway) -> None:
    from secure_mcp_gateway.cli.status import read_statuses, render

    folder = Path(gw.env["SECURE_MCP_GATEWAY_STATE__DIR"]) / "gateways"
    deadline = time.monotonic() + 30
    while not (found := [s for s in read_statuses(folder) if s["pid"] == gw.proc.pid and s["servers"]]):
        assert time.monotonic() < deadline, "no status file for the HTTP gateway"
        time.sleep(0.05)
    assert found[0]["client"].startswith(f"HTTP at http://127.0.0.1:{gw.port}/mcp, ")
    assert "fx" in render(found[0])

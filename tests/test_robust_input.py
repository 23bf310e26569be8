"""No line from a client stops the gateway: each malformed one gets a JSON-RPC error and the next is served."""

from __future__ import annotations

import json
import subprocess
import time

from conftest import PY, RawGateway, fixture_server, gateway_env, write_config

INIT = {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw-test", "version": "0"}}


def _raw(gw: RawGateway, data: bytes) -> None:
    assert gw.proc.stdin is not None
    gw.proc.stdin.write(data)
    gw.proc.stdin.flush()


def _nested(depth: int) -> bytes:
    """A valid tools/call request whose params nest `depth` objects deep (built as text: too deep for json.dumps)."""
    params = '{"x": ' * depth + "1" + "}" * depth
    return ('{"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": ' + params + "}").encode()


BAD_LINES = [
    (b"[" * 100_000, -32700, None),
    (b'{"jsonrpc": "2.0", "id": 5, "method": "ping"', -32700, None),
    (b"this is not json", -32700, None),
    (b'{"jsonrpc": "2.0", "id": {"a": 1}, "method": "ping"}', -32600, None),
    (b'{"jsonrpc": "2.0", "id": [1], "method": "ping"}', -32600, None),
    (b'{"jsonrpc": "2.0", "id": 1e400, "method": "ping"}', -32600, None),  # (valid JSON; no usable id)
    (b'{"jsonrpc": "2.0", "id": 6, "method": 7}', -32600, 6),
    (b'{"jsonrpc": "2.0", "id": 8, "method": "ping", "params": [1]}', -32600, 8),
    (b'{"jsonrpc": "2.0", "id": NaN, "method": "ping"}', -32700, None),
    (b"42", -32600, None),
    (b"[]", -32600, None),
    (_nested(990), -32600, 9),
]

BAD_NOTIFICATIONS = [
    b'{"jsonrpc": "2.0", "method": "notifications/cancelled", "params": [1, 2]}',
    b'{"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": {"a": 1}}}',
    b'{"jsonrpc": "2.0", "method": "notifications/cancelled", "params": "x"}',
    b'{"jsonrpc": "2.0", "method": "notifications/initialized", "params": 3}',
]


def test_every_malformed_line_gets_an_error_and_the_next_request_is_served(tmp_path):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}, "gateway": {"limits": {"client_message_mb": 1}}})
    try:
        gw.initialize()
        for line, code, rid in BAD_LINES:
            _raw(gw, line + b"\n")
            reply = gw.recv()
            assert reply.get("error", {}).get("code") == code, (line[:60], reply)
            assert reply["id"] == rid, (line[:60], reply)
            assert gw.request("ping") == {"jsonrpc": "2.0", "id": gw._next, "result": {}}
        for line in BAD_NOTIFICATIONS:
            _raw(gw, line + b"\n")
        assert gw.request("ping")["result"] == {}, "no answer to a notification, and the gateway still serves"
        # a line over the limit is skipped without being held, and answered with the id it carried
        _raw(
            gw, b'{"jsonrpc": "2.0", "id": 77, "method": "tools/call", "params": {"x": "' + b"a" * (3 << 20) + b'"}}\n'
        )
        reply = gw.recv()
        assert reply["id"] == 77 and reply["error"]["code"] == -32600
        assert "gateway.limits.client_message_mb" in reply["error"]["message"]
        res = gw.request("tools/call", {"name": "fx__echo", "arguments": {"a": 1}})
        assert res["result"]["content"][0]["text"] == '{"a": 1}'
        assert gw.proc.poll() is None
    finally:
        gw.close()


def test_batches_follow_the_negotiated_version(tmp_path):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    try:
        gw.initialize()
        batch = [{"jsonrpc": "2.0", "id": "a", "method": "ping"}, {"jsonrpc": "2.0", "id": "b", "method": "ping"}]
        gw.send(batch)  # type: ignore[arg-type]
        refused = [gw.recv(), gw.recv()]
        assert sorted(r["id"] for r in refused) == ["a", "b"]
        assert all(r["error"]["code"] == -32600 for r in refused)
        old = gw.request("initialize", {**INIT, "protocolVersion": "2025-03-26"})
        assert old["result"]["protocolVersion"] == "2025-03-26"
        batch.append({"jsonrpc": "2.0", "method": "notifications/initialized"})
        batch.append(7)  # type: ignore[arg-type]
        gw.send(batch)  # type: ignore[arg-type]
        answer = gw.recv()
        assert isinstance(answer, list), answer
        by_id = {r["id"]: r for r in answer}
        assert by_id["a"]["result"] == {} and by_id["b"]["result"] == {}
        assert by_id[None]["error"]["code"] == -32600
        assert len(answer) == 3
    finally:
        gw.close()


def test_requests_read_before_end_of_input_are_answered(tmp_path):
    path = write_config(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    lines = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": INIT},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
    ]
    data = b"".join(json.dumps(m).encode() + b"\n" for m in lines)
    out = subprocess.run(
        [PY, "-m", "secure_mcp_gateway", "--config", str(path)],
        input=data,
        capture_output=True,
        env=gateway_env(tmp_path),
        timeout=60,
    )
    replies = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert sorted(replies) == [1, 2], out.stderr.decode()[-2000:]
    assert any(t["name"] == "fx__echo" for t in replies[2]["result"]["tools"])
    assert out.returncode == 0


def test_stdin_from_dev_null_exits_and_closed_stdin_is_an_error(tmp_path):
    path = write_config(tmp_path, {"mcpServers": {}})
    cmd = [PY, "-m", "secure_mcp_gateway", "--config", str(path)]
    started = time.monotonic()
    with open("/dev/null", "rb") as null:
        out = subprocess.run(cmd, stdin=null, capture_output=True, env=gateway_env(tmp_path), timeout=30)
    assert out.returncode == 0 and out.stdout == b""
    assert time.monotonic() - started < 20
    closed = subprocess.run(
        ["/bin/sh", "-c", 'exec "$@" <&-', "sh", *cmd], capture_output=True, env=gateway_env(tmp_path), timeout=30
    )
    assert closed.returncode == 2, closed.stderr.decode()[-1000:]
    errors = [x for x in closed.stderr.decode().splitlines() if "cannot serve" in x]
    assert len(errors) == 1 and "standard input" in errors[0]

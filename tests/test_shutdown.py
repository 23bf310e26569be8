"""Shutdown on end of input, SIGTERM and SIGINT: quick, and no server process (or its children) left behind."""

from __future__ import annotations

import json
import signal
import time

import pytest
from conftest import HERE, PY, RawGateway, alone, fixture_server, pid_alive


def _config(tmp_path):
    pids = tmp_path / "pids"
    return pids, {
        "mcpServers": {
            "polite": fixture_server("--pid-file", str(pids), "--grandchild", name="polite"),
            "stubborn": fixture_server(
                "--pid-file", str(pids), "--ignore-eof", "--ignore-term", "--grandchild", name="stubborn"
            ),
            "plain": fixture_server("--pid-file", str(pids), name="plain"),
        },
        # (the stubborn server is given the grace in full: a short one leaves the bound to the gateway's own part)
        "gateway": {"start_deadline": 60, "shutdown_grace": 0.3},
    }


def _pids(path) -> list[int]:
    return [int(x) for x in path.read_text().split()]


@pytest.mark.parametrize("how", ["eof", "sigterm", "sigint"])
def test_shutdown_leaves_no_process(tmp_path, how):
    pids_file, config = _config(tmp_path)
    gw = RawGateway(tmp_path, config)
    try:
        gw.initialize()
        tools = gw.request("tools/list")["result"]["tools"]
        assert {"polite__echo", "stubborn__echo", "plain__echo"} <= {t["name"] for t in tools}
        pids = _pids(pids_file)
        assert len(pids) == 5, "three servers and two grandchildren started"
        assert all(pid_alive(p) for p in pids)
        with alone():  # (the shutdown is timed: no other test runs meanwhile)
            started = time.monotonic()
            if how == "eof":
                gw.proc.stdin.close()
            else:
                gw.proc.send_signal(signal.SIGTERM if how == "sigterm" else signal.SIGINT)
            code = gw.proc.wait(timeout=10)
            took = time.monotonic() - started
        assert took < 5.0, f"shutdown took {took:.1f} s"
        assert code == 0
        left = [p for p in pids if pid_alive(p)]
        assert left == [], f"processes left behind: {left}"
        assert "shutting down" in gw.stderr()
    finally:
        gw.close()


@pytest.mark.timeout(600)  # (every wait ends on its event; the deadlines are for a machine under load)
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_calls_in_flight_are_answered_when_a_signal_stops_the_gateway(tmp_path, sig):
    """Stopped by a signal while calls wait on a server: each call gets an error saying the gateway is shutting
    down (not silence), then the gateway exits and its server is gone, long before the calls would have ended."""
    pids = tmp_path / "pids"
    server = {"command": PY, "args": [str(HERE / "servers" / "unruly_server.py"), "--pid-file", str(pids)]}
    settings = {"call_timeout": 1200, "shutdown_grace": 0.3}  # (the server is stopped, not waited for)
    gw = RawGateway(tmp_path, {"mcpServers": {"u": server}, "gateway": settings})
    try:
        gw.initialize()
        gw.request("tools/list")
        marks = {rid: tmp_path / f"started-{rid}" for rid in ("a", 7)}
        for rid, mark in marks.items():
            args = {"seconds": 900, "mark": str(mark)}
            gw.send(
                {"jsonrpc": "2.0", "id": rid, "method": "tools/call", "params": {"name": "u__slow", "arguments": args}}
            )
        deadline = time.monotonic() + 300
        while not all(m.exists() for m in marks.values()) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert all(m.exists() for m in marks.values()), "the calls did not reach the server"
        server_pids = [int(x) for x in pids.read_text().split()]
        gw.proc.send_signal(getattr(signal, sig))  # (beside other tests: a deadline far below the calls' 900 s)
        out, _ = gw.proc.communicate(timeout=300)
        assert gw.proc.returncode == 0
        answers = {m["id"]: m for m in map(json.loads, out.splitlines()) if m.get("id") in marks}
        assert set(answers) == set(marks), f"calls left without an answer: {set(marks) - set(answers)}"
        for answer in answers.values():
            assert "shutting down" in answer["error"]["message"] and sig in answer["error"]["message"], answer
        assert [p for p in server_pids if pid_alive(p)] == []
    finally:
        gw.close()


def test_stdout_carries_only_protocol_and_a_modern_discover_probe_falls_back_to_the_handshake(tmp_path):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server("--garbage")}})
    try:
        res = gw.request("server/discover", {})
        assert res["error"]["code"] == -32601
        init = gw.initialize()["result"]
        assert init["protocolVersion"] == "2025-11-25"
        old = gw.request(
            "initialize",
            {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "old", "version": "0"}},
        )["result"]
        assert old["protocolVersion"] == "2024-11-05"
        future = gw.request(
            "initialize",
            {"protocolVersion": "2099-01-01", "capabilities": {}, "clientInfo": {"name": "new", "version": "0"}},
        )["result"]
        assert future["protocolVersion"] == "2025-11-25"
        assert gw.request("ping")["result"] == {}
        assert gw.request("no/such/method")["error"]["code"] == -32601
        gw.request("tools/list")
        res = gw.request("tools/call", {"name": "fx__echo", "arguments": {"a": 1}})
        assert res["result"]["content"][0]["text"] == '{"a": 1}'
        gw.proc.stdin.close()
        rest = gw.proc.stdout.read().decode()
        assert rest == "", "nothing but JSON-RPC may reach stdout"
        gw.proc.wait(timeout=10)
    finally:
        gw.close()

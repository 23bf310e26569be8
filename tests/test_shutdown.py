"""Shutdown on end of input, SIGTERM and SIGINT: quick, and no server process (or its children) left behind."""

from __future__ import annotations

import signal
import time

import pytest
from conftest import RawGateway, fixture_server, pid_alive


def _config(tmp_path):
    pids = tmp_path / "pids"
    return pids, {
        "mcpServers": {
            "polite": fixture_server("--pid-file", str(pids), "--grandchild", name="polite"),
            "stubborn": fixture_server(
                "--pid-file", str(pids), "--ignore-eof", "--ignore-term", "--grandchild", name="stubborn"
            ),
            "plain": fixture_server("--pid-file", str(pids), name="plain"),
        }
    }


def _pids(path) -> list[int]:
    return [int(x) for x in path.read_text().split()]


@pytest.mark.serial
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


def test_stdout_carries_only_protocol(tmp_path):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server("--garbage")}})
    try:
        gw.initialize()
        gw.request("tools/list")
        res = gw.request("tools/call", {"name": "fx__echo", "arguments": {"a": 1}})
        assert res["result"]["content"][0]["text"] == '{"a": 1}'
        gw.proc.stdin.close()
        rest = gw.proc.stdout.read().decode()
        assert rest == "", "nothing but JSON-RPC may reach stdout"
        gw.proc.wait(timeout=10)
    finally:
        gw.close()


def test_modern_discover_probe_falls_back_to_the_handshake(tmp_path):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}})
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
    finally:
        gw.close()

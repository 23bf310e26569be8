"""The audit trail is whole before the gateway waits for its servers to stop, whatever the client does next."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import PY, RawGateway, fixture_server, gateway, gateway_env, pid_alive, write_config
from http_gateway import http_gateway

from secure_mcp_gateway.audit.verify import verify


def _events(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _watcher(tmp_path: Path, *flags: str) -> tuple[Path, dict]:
    """A server that ignores the end of its input and, told to stop, copies the audit trail as it then stands."""
    seen = tmp_path / "trail-when-told-to-stop.jsonl"
    trail = tmp_path / "audit" / "audit.jsonl"
    server = fixture_server("--ignore-eof", "--at-eof-copy", str(trail), str(seen), *flags, name="watcher")
    return seen, server


@pytest.mark.anyio
async def test_an_sdk_client_leaving_finds_the_trail_complete_before_servers_are_stopped(tmp_path: Path) -> None:
    seen, server = _watcher(tmp_path)
    config = {"gateway": {"shutdown_grace": 0.2}, "mcpServers": {"watcher": server}}
    async with gateway(tmp_path, config) as (session, _run):
        await session.call_tool("watcher__echo", {"n": 1})
    told = _events(seen)
    assert [e["event"] for e in told[-2:]] == ["tool.call", "gateway.stop"]
    assert told[-1]["reason"] == "end of input"
    report = verify(tmp_path / "audit" / "audit.jsonl")
    assert report.ok, report.describe()
    assert report.last_seq == told[-1]["seq"], "nothing is written once the servers are told to stop"
    assert report.checkpoint is not None and report.checkpoint.last_seq == report.last_seq


def test_a_gateway_killed_while_its_servers_stop_leaves_a_whole_signed_trail(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    seen, server = _watcher(tmp_path, "--ignore-term", "--pid-file", str(pids))
    gw = RawGateway(tmp_path, {"mcpServers": {"watcher": server}})
    try:
        gw.initialize()
        assert "result" in gw.request("tools/call", {"name": "watcher__echo", "arguments": {"n": 1}})
        gw.proc.stdin.close()
        deadline = time.monotonic() + 60
        while not seen.exists():  # the server was told to stop: the gateway now waits for it
            assert gw.proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        gw.proc.send_signal(signal.SIGKILL)
        assert gw.proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        gw.close()
        for pid in (int(p) for p in pids.read_text().split()) if pids.exists() else ():
            if pid_alive(pid):
                os.kill(pid, signal.SIGKILL)
    report = verify(tmp_path / "audit" / "audit.jsonl")
    assert report.ok, report.describe()
    last = _events(tmp_path / "audit" / "audit.jsonl")[-1]
    assert last["event"] == "gateway.stop" and last["seq"] == report.last_seq
    assert report.checkpoint is not None and report.checkpoint.last_seq == report.last_seq


def test_a_second_signal_while_servers_stop_ends_them_now(tmp_path: Path) -> None:
    seen, server = _watcher(tmp_path, "--term-file", str(tmp_path / "terminated"))
    gw = RawGateway(tmp_path, {"gateway": {"shutdown_grace": 120}, "mcpServers": {"watcher": server}})
    try:
        gw.initialize()
        gw.proc.stdin.close()
        deadline = time.monotonic() + 60
        while not seen.exists():  # told to stop; left alone, it would get 120 s to exit by itself
            assert gw.proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        gw.proc.send_signal(signal.SIGTERM)  # what the MCP SDK's client sends 2 s after closing stdin
        assert gw.proc.wait(timeout=60) == 0
    finally:
        gw.close()
    assert (tmp_path / "terminated").exists(), "the server was asked to stop (SIGTERM) before the gateway exited"
    assert _events(tmp_path / "audit" / "audit.jsonl")[-1]["reason"] == "end of input"


def test_a_second_signal_to_an_http_gateway_while_servers_stop_ends_them_now(tmp_path: Path) -> None:
    seen, server = _watcher(tmp_path, "--term-file", str(tmp_path / "terminated"))
    with http_gateway(tmp_path, {"gateway": {"shutdown_grace": 120}, "mcpServers": {"watcher": server}}) as gw:
        gw.ready()  # the server is up
        gw.proc.send_signal(signal.SIGTERM)  # a service manager's stop
        deadline = time.monotonic() + 60
        while not seen.exists():  # told to stop; left alone, it would get 120 s to exit by itself
            assert gw.proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        gw.proc.send_signal(signal.SIGINT)  # told again
        assert gw.proc.wait(timeout=60) == 0
    assert (tmp_path / "terminated").exists(), "the server was asked to stop (SIGTERM) before the gateway exited"
    last = _events(tmp_path / "audit" / "audit.jsonl")[-1]
    assert last["event"] == "gateway.stop" and last["reason"] == "SIGTERM"


def test_a_gateway_whose_client_died_stops_although_its_input_stays_open(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    gw_pid = tmp_path / "gateway.pid"
    path = write_config(tmp_path, {"mcpServers": {"fx": fixture_server("--pid-file", str(pids))}})
    launcher = (  # a client that starts the gateway, then dies without closing the pipe the gateway reads
        "import subprocess, sys, time\n"
        "p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=open(sys.argv[1] + '.err', 'w'))\n"
        "open(sys.argv[1], 'w').write(str(p.pid))\n"
        "time.sleep(3600)\n"
    )
    read_end, write_end = os.pipe()  # the write end stays open here: the gateway's input never ends
    client = subprocess.Popen(
        [PY, "-c", launcher, str(gw_pid), PY, "-m", "secure_mcp_gateway", "--config", str(path)],
        stdin=read_end,
        env=gateway_env(tmp_path),
    )
    os.close(read_end)
    try:
        trail = tmp_path / "audit" / "audit.jsonl"
        deadline = time.monotonic() + 60
        while not (trail.exists() and "gateway.start" in trail.read_text()):
            assert client.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        pid = int(gw_pid.read_text())
        client.kill()
        client.wait(timeout=30)
        deadline = time.monotonic() + 60
        while pid_alive(pid):
            assert time.monotonic() < deadline, "the orphaned gateway kept running"
            time.sleep(0.02)
    finally:
        os.close(write_end)
        if client.poll() is None:
            client.kill()
    last = _events(trail)[-1]
    assert last["event"] == "gateway.stop" and last["reason"] == f"its client (pid {client.pid}) ended"
    assert verify(trail).ok


def test_a_client_that_closed_both_pipes_is_not_kept_waiting_for(tmp_path: Path) -> None:
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    try:
        gw.initialize()
        slow = {"name": "fx__slow", "arguments": {"seconds": 60, "steps": 1}}
        gw.send({"jsonrpc": "2.0", "id": 77, "method": "tools/call", "params": slow})
        trail = tmp_path / "audit" / "audit.jsonl"
        deadline = time.monotonic() + 60
        while not any(e.get("event") == "definition.pinned" for e in _events(trail)):  # the call is on its way
            assert time.monotonic() < deadline
            time.sleep(0.01)
        gw.proc.stdout.close()  # the client stops reading, then ends its input: no answer can reach it
        gw.proc.stdin.close()
        assert gw.proc.wait(timeout=40) == 0, "the 60 s call was not waited for"
    finally:
        gw.close()
    last = _events(trail)[-2:]
    assert [(e["event"], e.get("outcome")) for e in last] == [("tool.call", "cancelled"), ("gateway.stop", None)]
    assert last[-1]["reason"] == "the client's input ended and it no longer reads the gateway's output"

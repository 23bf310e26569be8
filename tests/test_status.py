"""The status file a running gateway keeps, and `status` reading it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import anyio
import pytest
from conftest import PY, fixture_server, gateway

from secure_mcp_gateway.status import LastHour, StatusFile


def test_last_hour_forgets_older_minutes():
    now = [10_000.0]
    hour = LastHour(clock=lambda: now[0])
    hour.add("ok")
    hour.add("blocked")
    hour.add("timeout")
    assert hour.totals() == {"calls": 3, "errors": 1, "blocks": 1}
    now[0] += 59 * 60
    hour.add("ok")
    assert hour.totals()["calls"] == 4
    now[0] += 60
    assert hour.totals() == {"calls": 1, "errors": 0, "blocks": 0}


def test_calls_finished_between_two_writes_are_counted_at_the_next(tmp_path):
    status = StatusFile(gateway=None, config_path=None, directory=tmp_path)
    now = [20_000.0]
    status.hour = LastHour(clock=lambda: now[0])
    for outcome in ("ok", "error", "blocked", "ok", "timeout", "cancelled"):
        status.on_call(type("Call", (), {"outcome": outcome})())
    assert status.last_hour() == {"calls": 6, "errors": 3, "blocks": 1}
    assert status.last_hour() == {"calls": 6, "errors": 3, "blocks": 1}  # (counted once)
    now[0] += 60
    status.on_call(type("Call", (), {"outcome": "ok"})())
    assert status.last_hour() == {"calls": 7, "errors": 3, "blocks": 1}
    now[0] += 59 * 60
    assert status.last_hour() == {"calls": 1, "errors": 0, "blocks": 0}


async def _wait_for(predicate, what: str, timeout: float = 20.0):
    with anyio.fail_after(timeout):
        while True:
            value = predicate()
            if value:
                return value
            await anyio.sleep(0.05)  # polling a file the gateway rewrites: each look is cheap


def _status_file(run):
    folder = Path(run.env["SECURE_MCP_GATEWAY_STATE__DIR"]) / "gateways"  # status files follow the state directory
    files = list(folder.glob("*.json")) if folder.is_dir() else []
    return files[0] if files else None


@pytest.mark.anyio
async def test_a_running_gateway_reports_servers_and_calls(tmp_path, command):
    config = {"mcpServers": {"fx": fixture_server(), "ghost": {"command": "no-such-program-xyz"}}}
    config["gateway"] = {"restart": {"max_attempts": 0}}
    async with gateway(tmp_path, config) as (session, run):
        await session.call_tool("fx__echo", {"text": "hi"})
        await session.call_tool("fx__fail", {})

        def counted():
            path = _status_file(run)
            try:
                data = json.loads(path.read_text()) if path else None
            except ValueError:
                return None
            return data if data and data["last_hour"]["calls"] == 2 else None

        data = await _wait_for(counted, "two calls in the status file")
        assert data["last_hour"] == {"calls": 2, "errors": 1, "blocks": 0}
        states = {s["server"]: s["state"] for s in data["servers"]}
        assert states == {"fx": "ready", "ghost": "failed"}
        shown = command("status", env=run.env)
        assert shown.returncode == 0, shown.stderr
        assert "fx" in shown.stdout and "ready" in shown.stdout and "2 calls, 1 errors" in shown.stdout
        assert "no-such-program-xyz" in shown.stdout
        path = _status_file(run)
    assert not path.exists(), "a gateway that stops removes its status file"
    gone = command("status", "--json", env=run.env)
    assert gone.returncode == 1 and json.loads(gone.stdout) == []


def test_a_dead_gateways_file_is_cleaned_up(tmp_path, monkeypatch):
    from secure_mcp_gateway.cli.status import read_statuses

    folder = tmp_path / "gateways"
    folder.mkdir()
    dead = subprocess.Popen([PY, "-c", "pass"])
    dead.wait()
    (folder / f"{dead.pid}.json").write_text(json.dumps({"pid": dead.pid, "updated": "2026-01-01T00:00:00Z"}))
    assert read_statuses(folder) == []
    assert not list(folder.iterdir())


@pytest.mark.anyio
async def test_a_server_state_change_reaches_the_status_file_without_waiting_for_the_heartbeat(tmp_path, monkeypatch):
    """`status` right after a start showed "no servers" (or a server still "starting") until the next heartbeat."""
    from secure_mcp_gateway import status
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    monkeypatch.setattr(status, "HEARTBEAT", 3600.0)  # only a change can bring the file up to date
    gw = Gateway(GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False}, audit={"enabled": False}))
    kept = status.StatusFile(gw, None, directory=tmp_path).start()
    try:
        gw.fleet.start()
        await gw.fleet.children["fx"].wait_settled(30)
        with anyio.fail_after(30):
            while True:
                try:
                    rows = json.loads(kept.path.read_text())["servers"]
                except (OSError, ValueError):
                    rows = []
                if [(r["server"], r["state"]) for r in rows] == [("fx", "ready")]:
                    break
                await anyio.sleep(0.05)
    finally:
        await kept.close()
        await gw.stop()


FAILING_LISTS = """
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if "id" not in m:
        continue
    if m["method"] == "initialize":
        r = {"protocolVersion": "2025-06-18", "capabilities": {"tools": {}}, "serverInfo": {"name": "x"}}
        out = {"jsonrpc": "2.0", "id": m["id"], "result": r}
    else:
        msg = m["method"] + " failed, token=ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
        out = {"jsonrpc": "2.0", "id": m["id"], "error": {"code": -32603, "message": msg}}
    print(json.dumps(out), flush=True)
"""


@pytest.mark.anyio
async def test_a_servers_failure_reaches_the_status_file_without_the_secrets_it_wrote(tmp_path):
    """Why a server is down, in the words of its error, is in the file; a token in those words is not."""
    from secure_mcp_gateway import status
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.server import Gateway

    server = {"command": PY, "args": ["-c", FAILING_LISTS]}
    gw = Gateway(GatewayConfig(mcpServers={"bad": server}, cache={"enabled": False}, audit={"enabled": False}))
    kept = status.StatusFile(gw, None, directory=tmp_path)
    try:
        gw.fleet.start()
        await gw.fleet.children["bad"].wait_settled(30)
        snapshot = await kept.snapshot()
        [row] = snapshot["servers"]
        assert "tools/list failed" in row["detail"], row
        assert "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG" not in json.dumps(snapshot)
    finally:
        await kept.close()
        await gw.stop()

"""`initialize` waits for the servers no longer than `start_deadline`: on a start with lists to screen, the detectors'
import runs beside the servers' start instead of before it. A real gateway process, its import held on a gate."""

from __future__ import annotations

import json
import select
import subprocess
from pathlib import Path
from typing import Any

from conftest import PY, fixture_server, gateway_env, write_config

# The real command line, with the detectors' import held until the file GATE exists.
WRAPPER = """
import pathlib, sys, time
from secure_mcp_gateway import hub
GATE = pathlib.Path(sys.argv.pop(1))
real = hub.import_detectors
def gated():
    while not GATE.exists():
        time.sleep(0.01)
    real()
hub.import_detectors = gated
from secure_mcp_gateway.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def _answer(proc: subprocess.Popen[bytes], rid: int, within: float = 60.0) -> dict[str, Any]:
    """The response to request `rid`, or fail once `within` seconds pass without a line."""
    assert proc.stdout is not None
    while True:
        ready, _, _ = select.select([proc.stdout], [], [], within)
        assert ready, f"no answer to request {rid} within {within} s"
        msg = json.loads(proc.stdout.readline())
        if msg.get("id") == rid and "method" not in msg:
            return msg


def _send(proc: subprocess.Popen[bytes], msg: dict[str, Any]) -> None:
    assert proc.stdin is not None
    proc.stdin.write((json.dumps({"jsonrpc": "2.0", **msg}) + "\n").encode())
    proc.stdin.flush()


def test_initialize_waits_the_start_deadline_while_the_detectors_are_still_importing(tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    config = {"gateway": {"start_deadline": 1}, "mcpServers": {"hung": fixture_server("--never-answer", name="hung")}}
    path = write_config(tmp_path, config)
    with open(tmp_path / "gateway.stderr", "wb") as err:
        proc = subprocess.Popen(
            [PY, "-c", WRAPPER, str(gate), "--config", str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=gateway_env(tmp_path),
        )
    try:
        hello = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}
        _send(proc, {"id": 1, "method": "initialize", "params": hello})
        init = _answer(proc, 1, within=30)  # (before: the import came first and held the answer until the gate)
        assert init["result"]["serverInfo"]["name"] == "secure-mcp-gateway"
        gate.touch()
        _send(proc, {"method": "notifications/initialized"})
        _send(proc, {"id": 2, "method": "tools/list", "params": {}})
        names = [t["name"] for t in _answer(proc, 2)["result"]["tools"]]
        assert not any(name.startswith("hung__") for name in names)
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert "Traceback" not in (tmp_path / "gateway.stderr").read_text(errors="replace")

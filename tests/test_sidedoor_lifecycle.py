"""When the client's input ends, what the gateway asked the client is refused at once (real gateway process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import RawGateway, fixture_server

RECORDING = Path(__file__).parent / "servers" / "recording_server.py"
TOKEN = "ghp_R4nD0mT0k3nV4lu3F0rT3st1ngXyZ9876543"
EXIT_WITHIN = 10.0
"""Seconds the gateway may take to stop once its input ended (the questions it asked wait 40 s or more)."""


def started(tmp_path: Path, config: dict[str, Any], capabilities: dict[str, Any]) -> RawGateway:
    gateway = RawGateway(tmp_path, config)
    gateway.request(
        "initialize",
        {"protocolVersion": "2025-11-25", "capabilities": capabilities, "clientInfo": {"name": "t", "version": "0"}},
    )
    gateway.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    gateway.request("tools/list")
    return gateway


def until(gateway: RawGateway, method: str) -> dict[str, Any]:
    """The next message of `method` the gateway sends (what comes before it is skipped)."""
    msg = gateway.recv()
    while msg.get("method") != method:
        msg = gateway.recv()
    return msg


def ended(gateway: RawGateway) -> list[dict[str, Any]]:
    """Close the gateway's input; what it wrote after, once it exited within `EXIT_WITHIN` seconds."""
    assert gateway.proc.stdin is not None and gateway.proc.stdout is not None
    gateway.proc.stdin.close()
    try:
        gateway.proc.wait(EXIT_WITHIN)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the gateway still runs {EXIT_WITHIN} s after its input ended") from None
    return [json.loads(line) for line in gateway.proc.stdout.read().splitlines()]


def test_a_consent_question_left_open_at_end_of_input_refuses_the_call_at_once(tmp_path: Path) -> None:
    gateway = started(tmp_path, {"mcpServers": {"fx": fixture_server()}}, {"elicitation": {}})
    try:
        call = {"name": "fx__echo", "arguments": {"text": f"deploy with {TOKEN}"}}
        gateway.send({"jsonrpc": "2.0", "id": 40, "method": "tools/call", "params": call})
        until(gateway, "elicitation/create")
        after = ended(gateway)
        answer = [m for m in after if m.get("id") == 40]
        assert len(answer) == 1 and answer[0]["result"]["isError"], after
        assert "Nothing was sent" in answer[0]["result"]["content"][0]["text"]
        assert gateway.proc.returncode == 0
    finally:
        gateway.close()


def test_a_servers_sampling_request_left_open_at_end_of_input_fails_at_once(tmp_path: Path) -> None:
    record = tmp_path / "received.jsonl"
    config = {"mcpServers": {"rec": {"command": sys.executable, "args": [str(RECORDING), str(record)]}}}
    gateway = started(tmp_path, config, {"sampling": {}})
    try:
        gateway.send({"jsonrpc": "2.0", "id": 41, "method": "tools/call", "params": {"name": "rec__ask"}})
        until(gateway, "sampling/createMessage")
        after = ended(gateway)
        answer = [m for m in after if m.get("id") == 41]
        assert len(answer) == 1, after
        assert '"error"' in answer[0]["result"]["content"][0]["text"], "the server was told the client cannot answer"
        to_server = [m for m in map(json.loads, record.read_text().splitlines()) if m.get("id") == 9000]
        assert len(to_server) == 1 and "error" in to_server[0]
    finally:
        gateway.close()

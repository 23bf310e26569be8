"""An HTTP gateway stopped by a signal answers the calls in progress with an error saying so (real process)."""

from __future__ import annotations

import json
import signal
import threading
import time
import urllib.request
from typing import Any

import pytest
from conftest import HERE, PY
from http_gateway import http_gateway

HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


def _post(url: str, msg: dict[str, Any], session: str | None = None) -> tuple[int, dict[str, str], bytes]:
    headers = {**HEADERS, **({"Mcp-Session-Id": session} if session else {})}
    req = urllib.request.Request(url, data=json.dumps(msg).encode(), headers=headers, method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=300) as resp:  # (answers come on events: a deadline for a machine under load)
        return resp.status, dict(resp.headers), resp.read()


@pytest.mark.timeout(600)  # (each wait ends on its event; its deadline is for a start at load 27)
def test_a_call_in_progress_is_answered_when_the_http_gateway_is_stopped(tmp_path) -> None:
    mark = tmp_path / "started"
    server = {"command": PY, "args": [str(HERE / "servers" / "unruly_server.py")]}
    with http_gateway(tmp_path / "gw", {"mcpServers": {"u": server}, "gateway": {"call_timeout": 120}}) as gw:
        gw.ready()
        init = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
        _, headers, _ = _post(gw.url, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": init})
        session = {k.lower(): v for k, v in headers.items()}["mcp-session-id"]
        _post(gw.url, {"jsonrpc": "2.0", "method": "notifications/initialized"}, session)
        got: list[bytes] = []
        call = {"name": "u__slow", "arguments": {"seconds": 60, "mark": str(mark)}}
        msg = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": call}
        waiting = threading.Thread(target=lambda: got.append(_post(gw.url, msg, session)[2]))
        waiting.start()
        deadline = time.monotonic() + 300
        while not mark.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert mark.exists(), gw.stderr()
        gw.proc.send_signal(signal.SIGTERM)
        waiting.join(300)
        assert got, "the call got no answer"
        answer = json.loads(got[0])
        assert answer["id"] == 2 and "shutting down (SIGTERM)" in answer["error"]["message"], answer
        assert gw.proc.wait(120) == 0

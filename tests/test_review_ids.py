"""A server that writes the ids of its answers wrong: a call answered with its id as a string is taken (not left to
its deadline), and answers to requests never sent are said in the log, never taken for another call's."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from conftest import NOTHING_CACHED, RawGateway

ODD = Path(__file__).parent / "servers" / "odd_ids_server.py"


def _gateway(tmp_path: Path) -> RawGateway:
    server = {"command": sys.executable, "args": [str(ODD)], "pinning": "off", "timeout": 30}
    gw = RawGateway(tmp_path, {"mcpServers": {"odd": server}, "cache": NOTHING_CACHED})
    gw.initialize()
    gw.request("tools/list")
    return gw


def test_an_answer_with_its_id_written_as_a_string_answers_the_call(tmp_path: Path) -> None:
    gw = _gateway(tmp_path)
    try:
        started = time.monotonic()
        answer = gw.request("tools/call", {"name": "odd__quoted", "arguments": {}})
        assert answer["result"]["content"][0]["text"] == "answered with a quoted id"
        assert time.monotonic() - started < 25, "answered, not left to the call's deadline"
        assert "with its id written as a string" in gw.stderr()
        plain = gw.request("tools/call", {"name": "odd__plain", "arguments": {}})
        assert plain["result"]["content"][0]["text"] == "plain answer"
    finally:
        gw.close()


def test_answers_to_requests_never_sent_are_said_and_taken_for_no_call(tmp_path: Path) -> None:
    gw = _gateway(tmp_path)
    try:
        answer = gw.request("tools/call", {"name": "odd__stray", "arguments": {}})
        assert answer["result"]["content"][0]["text"] == "the real answer"
        said = gw.stderr()
        assert "never sent (id '99999')" in said and "never sent (id 'later')" in said, said
    finally:
        gw.close()

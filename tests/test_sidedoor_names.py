"""A tool or prompt whose name holds an invisible character is listed without it and called by its own name."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import RawGateway

RECORDING = Path(__file__).parent / "servers" / "recording_server.py"
INVISIBLE = ("\u200b", "\u2060")


def test_names_with_invisible_characters_reach_their_own_tool_and_prompt(tmp_path: Path) -> None:
    record = tmp_path / "received.jsonl"
    config = {"mcpServers": {"rec": {"command": sys.executable, "args": [str(RECORDING), str(record)]}}}
    gateway = RawGateway(tmp_path, config)
    try:
        gateway.initialize()
        tools = [t["name"] for t in gateway.request("tools/list")["result"]["tools"]]
        prompts = [p["name"] for p in gateway.request("prompts/list")["result"]["prompts"]]
        listed = json.dumps(tools + prompts, ensure_ascii=False)
        assert not any(c in listed for c in INVISIBLE), listed
        forecast = [t for t in tools if t.startswith("rec__get") and "forecast" in t]
        assert len(forecast) == 1, tools
        reply = gateway.request("tools/call", {"name": forecast[0], "arguments": {}})
        assert reply["result"]["content"][0]["text"] == "called 'get\\u200bforecast'", reply
        briefings = sorted(p for p in prompts if p.startswith("rec__brief"))
        assert len(briefings) == 2 and "rec__briefing" in briefings, prompts
        hidden = next(p for p in briefings if p != "rec__briefing")
        got = {
            p: gateway.request("prompts/get", {"name": p})["result"]["messages"][0]["content"]["text"]
            for p in briefings
        }
        assert got == {"rec__briefing": "Plan a trip. ('briefing')", hidden: "Plan a trip. ('brief\\u2060ing')"}, got
    finally:
        gateway.close()

"""What a server is told of the client in `initialize`: the client's own declarations, in the shapes the spec gives
them, so that a client's malformed field never makes a strict server refuse the gateway."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import RawGateway

from secure_mcp_gateway import __version__
from secure_mcp_gateway.hub import forwarded_caps, forwarded_info

FILESYSTEM = Path(__file__).parent / "node" / "node_modules" / ".bin" / "mcp-server-filesystem"

MALFORMED: list[tuple[dict[str, Any], Any]] = [
    ({"name": "desk"}, {"sampling": True}),
    ({"name": 5, "version": "1"}, {"roots": {"listChanged": "yes"}}),
    ({"name": "desk", "version": 2, "icons": "x", "websiteUrl": 3}, {"elicitation": [], "roots": []}),
    ({"version": "1"}, {"sampling": {"tools": True, "context": {}}, "elicitation": {"form": "yes"}}),
]


def test_well_formed_declarations_pass_as_they_are() -> None:
    caps = {"roots": {"listChanged": True}, "sampling": {"tools": {}}, "elicitation": {"form": {}, "url": {}}}
    assert forwarded_caps({**caps, "experimental": {"x": {}}}) == caps
    info = {"name": "desk", "version": "1.2.3", "title": "Desk"}
    assert forwarded_info(info) == info


@pytest.mark.parametrize(("info", "caps"), MALFORMED)
def test_malformed_declarations_reach_no_server(info: dict[str, Any], caps: dict[str, Any]) -> None:
    out = forwarded_info(info)
    assert set(out) <= {"name", "version", "title"}
    assert all(isinstance(v, str) for v in out.values()) and {"name", "version"} <= set(out)
    assert out["name"] == (info["name"] if isinstance(info.get("name"), str) else "secure-mcp-gateway")
    if not isinstance(info.get("name"), str):
        assert out["version"] == __version__
    for name, cap in forwarded_caps(caps).items():
        assert isinstance(cap, dict), name
        assert all(isinstance(v, bool) if k == "listChanged" else isinstance(v, dict) for k, v in cap.items()), cap
        assert "context" not in cap


@pytest.mark.skipif(not FILESYSTEM.exists() and not os.environ.get("SMG_REQUIRE_NODE"), reason="npm ci tests/node")
@pytest.mark.parametrize(("info", "caps"), MALFORMED[:2])
def test_a_strict_server_serves_a_client_that_declared_itself_badly(
    tmp_path: Path, info: dict[str, Any], caps: dict[str, Any]
) -> None:
    """server-filesystem (the TypeScript SDK validates `initialize`) keeps serving behind the gateway when the client
    left out its version or wrote a capability in another shape."""
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "notes.txt").write_text("first line\n", encoding="utf-8")
    config = {"mcpServers": {"fs": {"command": str(FILESYSTEM), "args": [str(tmp_path / "files")]}}}
    gw = RawGateway(tmp_path, {**config, "gateway": {"start_deadline": 30}})
    try:
        gw.request("initialize", {"protocolVersion": "2025-11-25", "capabilities": caps, "clientInfo": info})
        gw.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        tools = {t["name"] for t in gw.request("tools/list")["result"]["tools"]}
        assert "fs__read_text_file" in tools, gw.stderr()
        answer = gw.request("tools/call", {"name": "fs__read_text_file", "arguments": {"path": "notes.txt"}})
        assert answer["result"]["content"][0]["text"] == "first line\n", answer
    finally:
        gw.close()

"""`initialize` sent again on one connection: each answer names the version it negotiated, the last one holds."""

from __future__ import annotations

import asyncio

import pytest
from conftest import RawGateway, fixture_server


def _init(rid: str, version: str) -> dict:
    params = {"protocolVersion": version, "capabilities": {}, "clientInfo": {"name": f"c-{rid}", "version": "1"}}
    return {"jsonrpc": "2.0", "id": rid, "method": "initialize", "params": params}


@pytest.mark.parametrize(("first", "second"), [("2025-06-18", "2025-03-26"), ("2025-03-26", "2025-06-18")])
def test_two_initialize_requests_at_once_each_get_their_own_version_and_the_last_holds(tmp_path, first, second):
    """Two handshakes sent before the servers started (a client retrying, or probing versions): neither answer
    carries the other's version, and the session follows the last one (batches are allowed in 2025-03-26 only)."""
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server(name="fx")}})
    try:
        gw.send(_init("a", first))
        gw.send(_init("b", second))
        answers = {}
        while len(answers) < 2:
            msg = gw.recv()
            if msg.get("id") in ("a", "b"):
                answers[msg["id"]] = msg["result"]["protocolVersion"]
        assert answers == {"a": first, "b": second}
        gw.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        assert gw.proc.stdin is not None
        gw.proc.stdin.write(b'[{"jsonrpc": "2.0", "id": "p", "method": "ping"}]\n')
        gw.proc.stdin.flush()
        reply = gw.recv()
        if second == "2025-03-26":
            assert reply == [{"jsonrpc": "2.0", "id": "p", "result": {}}]
        else:
            assert isinstance(reply, dict) and reply["error"]["code"] == -32600, reply
    finally:
        gw.close()


@pytest.mark.anyio
async def test_the_handshake_received_last_holds_whichever_is_answered_last(monkeypatch) -> None:
    """The servers' start can end for the second `initialize` before the first: the second's terms still hold."""
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.handlers import Handlers
    from secure_mcp_gateway.hub import Hub
    from secure_mcp_gateway.session import ClientSession

    hub = Hub(GatewayConfig(mcpServers={}, cache={"enabled": False}, audit={"enabled": False}))
    gates = [asyncio.Event(), asyncio.Event()]
    waiting = asyncio.Event()
    entered: list[int] = []

    async def start() -> None:
        turn = len(entered)
        entered.append(turn)
        if len(entered) == 2:
            waiting.set()
        await gates[turn].wait()

    monkeypatch.setattr(hub, "start", start)
    handlers, session = Handlers(hub), ClientSession()
    first = asyncio.create_task(handlers.initialize(session, _init("a", "2025-03-26")))
    second = asyncio.create_task(handlers.initialize(session, _init("b", "2025-06-18")))
    await waiting.wait()
    gates[1].set()
    assert (await second)["protocolVersion"] == "2025-06-18"
    gates[0].set()
    assert (await first)["protocolVersion"] == "2025-03-26"
    assert session.protocol_version == "2025-06-18"
    assert session.info == {"name": "c-b", "version": "1"}

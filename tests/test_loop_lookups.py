"""Calls through the gateway do not look the running event loop up on their way: each lookup asks the system for
the process id (one system call), several times a call."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import fixture_server
from memlink import Sent, connect

import secure_mcp_gateway
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio

PACKAGE = Path(secure_mcp_gateway.__file__).parent


def counting(lookups: Counter[str]) -> Any:
    """`asyncio.get_running_loop` that counts its callers from the package, by file."""
    real = asyncio.get_running_loop

    def get_running_loop() -> asyncio.AbstractEventLoop:
        where = Path(sys._getframe(1).f_code.co_filename)
        if PACKAGE in where.parents:
            lookups[where.name] += 1
        return real()

    return get_running_loop


async def test_calls_to_a_ready_server_do_not_look_up_the_running_loop(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    servers = {"fx": fixture_server(pinning="off")}
    hub = Hub(GatewayConfig(mcpServers=servers, cache={"enabled": False}, gateway={"reload": False}))
    handlers = Handlers(hub)
    try:
        client = await connect(hub, handlers, {})
        args = {"name": "fx__echo", "arguments": {"text": "invoice 4471 is paid"}}
        await client.call("tools/call", args)  # the server is up and its link has written once
        lookups: Counter[str] = Counter()
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(asyncio, "get_running_loop", counting(lookups))
            calls = [client.call("tools/call", args) for _ in range(10)]
            outs = [await calls[0], *await asyncio.gather(*calls[1:])]  # one alone, then nine at once
        for task in client.tasks:
            task.cancel()
    finally:
        await hub.stop()
    assert all("invoice 4471" in str(out["content"]) for out in outs)
    assert not lookups, f"looked up on the way of a call: {dict(lookups)}"


async def test_a_peer_looks_up_its_loop_once_for_everything_it_sends_and_serves(monkeypatch) -> None:
    lookups: Counter[str] = Counter()
    monkeypatch.setattr(asyncio, "get_running_loop", counting(lookups))

    async def echo(msg: dict[str, Any]) -> dict[str, Any]:
        return {"echo": msg["id"]}

    link = Sent()
    peer = RpcPeer("the client", link, on_request=echo)
    asked = [asyncio.ensure_future(peer.request("ping", None, 30.0)) for _ in range(5)]
    await asyncio.sleep(0)
    for msg in list(link.out):
        peer.dispatch({"jsonrpc": "2.0", "id": msg["id"], "result": {}})
    for rid in range(5):
        peer.dispatch({"jsonrpc": "2.0", "id": f"r{rid}", "method": "echo"})
    await asyncio.gather(*asked)
    await peer.wait_served()
    await asyncio.sleep(0)  # (the answers go out from the loop's queue)
    answers = [m for m in link.out if "result" in m]
    assert [m["result"] for m in answers] == [{"echo": f"r{n}"} for n in range(5)]
    assert lookups["rpc.py"] <= 1

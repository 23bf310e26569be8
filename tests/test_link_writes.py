"""Requests of concurrent calls to one server leave in one write: each call does not wait for the pipe alone."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from secure_mcp_gateway.links import ProcessLink
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio

# Answers each request with the number of the read that brought it (1 for the first read of its input).
_COUNTING_SERVER = r"""
import json, os, sys
reads, buf = 0, b""
while True:
    data = os.read(0, 1 << 20)
    if not data:
        break
    reads += 1
    buf += data
    *lines, buf = buf.split(b"\n")
    for line in lines:
        msg = json.loads(line)
        if "id" in msg and "method" in msg:
            answer = {"jsonrpc": "2.0", "id": msg["id"], "result": {"read": reads}}
            os.write(1, json.dumps(answer).encode() + b"\n")
"""


async def test_requests_sent_in_one_loop_turn_reach_the_server_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[bytes] = []
    real_write = asyncio.StreamWriter.write

    def write(self: asyncio.StreamWriter, data: bytes) -> None:
        writes.append(bytes(data))
        real_write(self, data)

    monkeypatch.setattr(asyncio.StreamWriter, "write", write)
    link = await ProcessLink.spawn("counter", sys.executable, ["-c", _COUNTING_SERVER], dict(os.environ), None)
    peer = RpcPeer("counter", link)

    async def pump() -> None:
        while (msg := await link.recv()) is not None:
            peer.dispatch(msg)

    reader = asyncio.get_running_loop().create_task(pump())
    try:
        answers = await asyncio.wait_for(
            asyncio.gather(*(peer.request("tools/call", {"n": i}, timeout=10) for i in range(20))), 20
        )
        assert len(answers) == 20
        calls = [w for w in writes if b"tools/call" in w]
        assert len(calls) == 1 and calls[0].count(b"tools/call") == 20
        assert [a["read"] for a in answers] == [1] * 20
        # once the pipe has taken them, a later request goes out as it comes
        assert (await peer.request("ping", None, timeout=10))["read"] == 2
    finally:
        reader.cancel()
        await link.close(grace=1.0)

"""Messages read from a pipe are dispatched by the pipe's read callback while the reader waits (no task woken for
them), in the order they came, and never past a hold: a server's notifications waiting for room, a client that is
not reading what the gateway writes."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

import pytest
from conftest import fixture_server
from memlink import connect

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.framing import LineReader, read_item
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.links import ProcessLink, StdioLink, _Chunks, _Serving
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio


def _line(obj: Any) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def _item(line: Any) -> Any:
    return read_item(line, "gateway.limits.server_message_mb")


async def _waiting(chunks: _Chunks) -> None:
    """Until the serving task waits for the pipe (it sets its callback as its first step with nothing queued)."""
    while chunks.direct is None:
        await asyncio.sleep(0)


class Served:
    """A `_Serving` over a chunk queue with nothing attached, and what it dispatched."""

    def __init__(self, held: Any = None, hold: Any = None) -> None:
        self.chunks = _Chunks(asyncio.get_running_loop(), 1 << 20)
        self.got: list[Any] = []
        lines = LineReader(self.chunks.read, 1 << 20)
        self.task = asyncio.get_running_loop().create_task(
            _Serving(self.chunks, lines, _item, self.got.append, held, hold).run()
        )


async def test_lines_are_dispatched_as_the_chunks_holding_them_are_handed_over() -> None:
    served = Served()
    await _waiting(served.chunks)
    served.chunks.feed(b'{"id": 1, "result": {}}\n{"id": 2, "res')
    assert served.got == [{"id": 1, "result": {}}], "dispatched within the hand-over"
    served.chunks.feed(b'ult": {}}\n')
    assert served.got[1:] == [{"id": 2, "result": {}}]
    served.chunks.feed(b'{"id": 3, "result": {}}')
    served.chunks.end()
    await served.task
    assert [m["id"] for m in served.got] == [1, 2, 3], "the last line without its line end, at the end"


async def test_an_error_of_the_pipe_comes_after_every_line_before_it() -> None:
    served = Served()
    await _waiting(served.chunks)
    served.chunks.feed(b'{"id": 1, "result": {}}\n{"id": 2, "result": {}}\n')
    served.chunks.end(BrokenPipeError("gone"))
    with pytest.raises(BrokenPipeError):
        await served.task
    assert [m["id"] for m in served.got] == [1, 2]


async def test_nothing_is_dispatched_past_a_hold_and_the_order_is_kept_after_it() -> None:
    holding = [False]
    release = asyncio.Event()

    async def hold() -> None:
        await release.wait()
        holding[0] = False

    served = Served(lambda: holding[0], hold)
    await _waiting(served.chunks)
    served.chunks.feed(_line({"id": 1, "result": {}}))
    holding[0] = True
    served.chunks.feed(_line({"id": 2, "result": {}}) + _line({"id": 3, "result": {}}))
    served.chunks.feed(_line({"id": 4, "result": {}}))
    await asyncio.sleep(0)
    assert [m["id"] for m in served.got] == [1], "held: nothing more dispatched"
    release.set()
    await _waiting(served.chunks)
    assert [m["id"] for m in served.got] == [1, 2, 3, 4]
    served.chunks.feed(_line({"id": 5, "result": {}}))
    assert [m["id"] for m in served.got] == [1, 2, 3, 4, 5], "dispatched as it is read again"
    served.chunks.end()
    await served.task


# Answers each request line with a notification and the answer, both in one write.
_NOTIFYING = r"""
import json, os, sys
for line in sys.stdin:
    msg = json.loads(line)
    note = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"for": msg["id"]}}
    answer = {"jsonrpc": "2.0", "id": msg["id"], "result": {}}
    os.write(1, (json.dumps(note) + "\n" + json.dumps(answer) + "\n").encode())
"""


async def test_a_servers_answer_after_its_notification_waits_for_room() -> None:
    loop = asyncio.get_running_loop()
    link = await ProcessLink.spawn("notes", sys.executable, ["-c", _NOTIFYING], dict(os.environ), None)
    got: list[Any] = []
    noted = loop.create_future()
    room = asyncio.Event()

    def dispatch(msg: Any) -> None:
        got.append(msg)
        if "method" in msg and not noted.done():
            noted.set_result(None)

    async def wait_room() -> None:
        await room.wait()

    serving = loop.create_task(link.serve(dispatch, wait_room))
    try:
        await _waiting(link._protocol.out)
        link.send({"jsonrpc": "2.0", "id": 7, "method": "ping"})
        link.end_turn()
        await noted
        await asyncio.sleep(0)
        assert got == [{"jsonrpc": "2.0", "method": "notifications/message", "params": {"for": 7}}]
        room.set()
        await _waiting(link._protocol.out)
        assert got[1:] == [{"jsonrpc": "2.0", "id": 7, "result": {}}]
    finally:
        await link.close(grace=1.0)
        await serving
    assert serving.result() is None


def _watched(
    tmp_path: Any, monkeypatch: Any, name: str, server: dict[str, Any]
) -> tuple[Hub, Handlers, list[Any], list[bool]]:
    """A hub over one server, with the task current when each of its messages is dispatched (or an answer is taken
    by its bytes before it is decoded, see `RpcPeer.known_answer`) noted (in `woken`) while `counting[0]` is set."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    hub = Hub(GatewayConfig(mcpServers={name: server}, cache={"enabled": False}, gateway={"reload": False}))
    woken: list[Any] = []
    counting = [False]
    real = RpcPeer.dispatch

    def dispatch(self: RpcPeer, item: Any) -> None:
        if counting[0] and self.name == f"server {name}":
            woken.append(asyncio.current_task())
        real(self, item)

    real_known = RpcPeer.known_answer

    def known_answer(self: RpcPeer, line: bytes) -> bool:
        taken = real_known(self, line)
        if taken and counting[0] and self.name == f"server {name}":
            woken.append(asyncio.current_task())
        return taken

    monkeypatch.setattr(RpcPeer, "dispatch", dispatch)
    monkeypatch.setattr(RpcPeer, "known_answer", known_answer)
    return hub, Handlers(hub), woken, counting


async def test_a_servers_answers_are_dispatched_by_its_pipes_read_callback(tmp_path, monkeypatch) -> None:
    hub, handlers, woken, counting = _watched(tmp_path, monkeypatch, "fx", fixture_server(pinning="off"))
    try:
        client = await connect(hub, handlers, {})
        args = {"name": "fx__echo", "arguments": {"text": "invoice 4471 is paid"}}
        await client.call("tools/call", args)
        counting[0] = True
        outs = [await client.call("tools/call", args) for _ in range(5)]
        for task in client.tasks:
            task.cancel()
    finally:
        await hub.stop()
    assert all("invoice 4471" in str(out["content"]) for out in outs)
    assert len(woken) == 5 and woken == [None] * 5, "dispatched by a task woken for it"


class _Pipe:
    """A write stream to an OS pipe nobody reads, with its transport's buffer size under the test's control."""

    def __init__(self) -> None:
        self.buffered = 0
        self.drained = asyncio.Event()
        self.transport = self

    def get_write_buffer_size(self) -> int:
        return self.buffered

    def write(self, data: bytes) -> None:
        self.buffered += len(data)

    async def drain(self) -> None:
        await self.drained.wait()
        self.buffered = 0

    def close(self) -> None:
        return None


async def test_a_clients_requests_are_dispatched_as_read_until_much_waits_for_it() -> None:
    loop = asyncio.get_running_loop()
    chunks = _Chunks(loop, 1 << 20)
    out = _Pipe()
    link = StdioLink(chunks, out)
    got: list[Any] = []
    serving = loop.create_task(link.serve(got.append))
    await _waiting(chunks)
    chunks.feed(_line({"jsonrpc": "2.0", "id": 1, "method": "ping"}))
    assert [m["id"] for m in got] == [1], "dispatched within the hand-over"
    out.buffered = link._high + 1  # the client is not reading
    chunks.feed(_line({"jsonrpc": "2.0", "id": 2, "method": "ping"}) + _line({"jsonrpc": "2.0", "id": 3}))
    await asyncio.sleep(0)
    assert [m["id"] for m in got] == [1], "nothing more read while much waits for the client"
    out.drained.set()
    await _waiting(chunks)
    assert [m["id"] for m in got] == [1, 2, 3]
    chunks.end()
    await serving


# Writes `count` numbered lines as fast as it can, then a last one without its line end, and exits at once.
_BURST = r"""
import json, os, sys
count = int(sys.argv[1])
for n in range(count):
    os.write(1, json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"n": n}}).encode() + b"\n")
os.write(1, json.dumps({"jsonrpc": "2.0", "id": count, "result": {}}).encode())
"""


async def test_every_message_of_a_server_that_exits_at_once_is_dispatched_in_order() -> None:
    link = await ProcessLink.spawn("burst", sys.executable, ["-c", _BURST, "3000"], dict(os.environ), None)
    got: list[Any] = []
    rooms = [0]

    async def room() -> None:
        rooms[0] += 1

    try:
        await link.serve(got.append, room)
        assert [m["params"]["n"] for m in got[:-1]] == list(range(3000))
        assert got[-1] == {"jsonrpc": "2.0", "id": 3000, "result": {}}, "the last line, without its line end"
        assert rooms[0] == 3000, "room asked for after each notification"
    finally:
        await link.close(grace=1.0)


async def test_a_servers_notification_is_handled_where_it_is_read_while_there_is_room() -> None:
    loop = asyncio.get_running_loop()
    link = await ProcessLink.spawn("notes", sys.executable, ["-c", _NOTIFYING], dict(os.environ), None)
    got: list[tuple[Any, Any]] = []
    waited = [0]
    left = [True]

    async def room() -> None:
        waited[0] += 1

    def dispatch(msg: Any) -> None:
        got.append((msg, asyncio.current_task()))

    serving = loop.create_task(link.serve(dispatch, room, lambda: left[0]))
    try:
        for n in (1, 2, 3):
            await _waiting(link._protocol.out)
            link.send({"jsonrpc": "2.0", "id": n, "method": "ping"})
            link.end_turn()
            while len(got) < 2 * n:
                await asyncio.sleep(0.01)
        assert [m.get("id", m.get("params")) for m, _ in got] == [{"for": 1}, 1, {"for": 2}, 2, {"for": 3}, 3]
        assert [task for _, task in got] == [None] * 6, "each chunk handled by the read callback, no task woken"
        assert waited[0] == 0, "room was left: nothing waited for it"
        left[0] = False  # no room: the answer after a notification waits for it, as before
        await _waiting(link._protocol.out)
        link.send({"jsonrpc": "2.0", "id": 4, "method": "ping"})
        link.end_turn()
        while waited[0] == 0:
            await asyncio.sleep(0.01)
        while len(got) < 8:
            await asyncio.sleep(0.01)
        assert got[6][1] is None and got[7][1] is serving, "the answer waited for room in the serving task"
    finally:
        await link.close(grace=1.0)
        await serving


# A server of one tool whose call answers with a log notification and the result, both in one write.
_LOGGING_SERVER = r"""
import json, os, sys
def out(*msgs):
    os.write(1, "".join(json.dumps(m) + "\n" for m in msgs).encode())
for line in sys.stdin:
    msg = json.loads(line)
    if "id" not in msg or "method" not in msg:
        continue
    method, rid = msg["method"], msg["id"]
    if method == "initialize":
        caps = {"tools": {}, "logging": {}}
        info = {"protocolVersion": "2025-06-18", "capabilities": caps, "serverInfo": {"name": "notes", "version": "1"}}
        out({"jsonrpc": "2.0", "id": rid, "result": info})
    elif method == "tools/list":
        tool = {"name": "note", "description": "Log a line and answer.", "inputSchema": {"type": "object"}}
        out({"jsonrpc": "2.0", "id": rid, "result": {"tools": [tool]}})
    elif method == "tools/call":
        note = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": "noted"}}
        answer = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": "done"}]}}
        out(note, answer)
    else:
        out({"jsonrpc": "2.0", "id": rid, "result": {}})
"""


async def test_a_servers_notification_and_answer_are_dispatched_by_its_pipes_read_callback(
    tmp_path, monkeypatch
) -> None:
    server = {"command": sys.executable, "args": ["-c", _LOGGING_SERVER]}
    hub, handlers, woken, counting = _watched(tmp_path, monkeypatch, "nt", server)
    try:
        client = await connect(hub, handlers, {})
        await client.call("tools/call", {"name": "nt__note", "arguments": {}})
        counting[0] = True
        outs = [await client.call("tools/call", {"name": "nt__note", "arguments": {}}) for _ in range(5)]
        for task in client.tasks:
            task.cancel()
    finally:
        await hub.stop()
    assert all(out["content"] == [{"type": "text", "text": "done"}] for out in outs)
    assert [n["params"]["data"] for n in client.notes if n["method"] == "notifications/message"] == ["noted"] * 6
    assert len(woken) == 10 and woken == [None] * 10, "dispatched by a task woken for it"


async def test_what_a_read_queues_runs_before_the_callback_returns_when_nothing_else_waits() -> None:
    loop = asyncio.get_running_loop()
    order: list[str] = []
    tasks: list[asyncio.Task[None]] = []

    async def handler(msg: Any) -> None:
        order.append(f"handler {msg['id']}")

    def dispatch(msg: Any) -> None:
        tasks.append(loop.create_task(handler(msg)))

    chunks = _Chunks(loop, 1 << 20)
    lines = LineReader(chunks.read, 1 << 20)
    serving = loop.create_task(_Serving(chunks, lines, _item, dispatch).run())
    await _waiting(chunks)

    def read(data: bytes, returned: asyncio.Future[None], first: str | None = None) -> None:
        if first is not None:
            loop.call_soon(order.append, first)  # queued before the read: it runs first, in the next turn
        chunks.feed(data)
        order.append("read returns")
        returned.set_result(None)

    returned = loop.create_future()
    loop.call_soon(read, _line({"jsonrpc": "2.0", "id": 1, "method": "ping"}), returned)
    await returned
    assert order == ["handler 1", "read returns"], "the handler's first step ran within the read"
    returned = loop.create_future()
    loop.call_soon(read, _line({"jsonrpc": "2.0", "id": 2, "method": "ping"}), returned, "queued before")
    await returned
    await asyncio.gather(*tasks)
    assert order[2:] == ["read returns", "queued before", "handler 2"], "nothing runs ahead of what was queued"
    chunks.end()
    await serving

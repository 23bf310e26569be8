"""What the last callback of a loop turn writes goes out as it ends, without a turn of its own; what callbacks of a
busy turn write still goes out together, in order."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from typing import Any

import pytest

from secure_mcp_gateway.framing import LineReader, read_item
from secure_mcp_gateway.links import TurnWriter, _Chunks, _Serving
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio


class Counted(asyncio.StreamWriter):
    """A stream writer that counts the writes handed to its transport."""

    writes = 0

    def write(self, data: Any) -> None:
        self.writes += 1
        super().write(data)


async def _pipe() -> tuple[TurnWriter, Counted, int, asyncio.WriteTransport]:
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(w, "wb", 0))
    out = Counted(transport, protocol, None, loop)
    return TurnWriter(out), out, r, transport


def _item(line: Any) -> Any:
    return read_item(line, "gateway.limits.client_message_mb")


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 1 << 16)
    except BlockingIOError:
        return b""


async def _turns(n: int) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


async def test_the_line_of_a_lone_callback_is_in_the_pipe_as_it_ends() -> None:
    loop = asyncio.get_running_loop()
    writer, out, r, transport = await _pipe()
    ended = loop.create_future()

    def lone() -> None:
        writer.write_line(b'{"jsonrpc":"2.0","id":1,"result":{}}')
        writer.end_turn()
        ended.set_result(_read(r))

    loop.call_soon(lone)
    assert await ended == b'{"jsonrpc":"2.0","id":1,"result":{}}\n'
    assert writer.pending == 0 and out.writes == 1
    await _turns(3)
    assert out.writes == 1 and _read(r) == b"", "written once"
    transport.close()
    os.close(r)


async def test_lines_of_callbacks_of_one_busy_turn_go_out_together_in_order() -> None:
    loop = asyncio.get_running_loop()
    writer, out, r, transport = await _pipe()
    seen: list[bytes] = []

    def one(n: int) -> None:
        writer.write_line(b'{"id":%d}' % n)
        writer.end_turn()
        seen.append(_read(r))

    for n in range(3):
        loop.call_soon(one, n)
    await _turns(3)
    assert seen == [b"", b"", b""], "nothing handed over while other callbacks of the turn were still to run"
    assert _read(r) == b'{"id":0}\n{"id":1}\n{"id":2}\n' and out.writes == 1
    transport.close()
    os.close(r)


async def test_a_callback_ending_with_more_queued_after_it_leaves_the_write_to_the_turns_end() -> None:
    loop = asyncio.get_running_loop()
    writer, out, r, transport = await _pipe()
    seen: list[bytes] = []
    ended = loop.create_future()

    def first() -> None:
        writer.write_line(b'{"id":1}')
        loop.call_soon(later)  # queued after the turn's write
        writer.end_turn()
        seen.append(_read(r))

    def later() -> None:
        writer.write_line(b'{"id":2}')
        writer.end_turn()  # the last of its turn: out now
        seen.append(_read(r))
        ended.set_result(None)

    loop.call_soon(first)
    await ended
    assert seen == [b"", b'{"id":1}\n{"id":2}\n'] and out.writes == 2
    transport.close()
    os.close(r)


class PipeLink:
    """A link writing each message as a line to a pipe through a TurnWriter."""

    def __init__(self, writer: TurnWriter) -> None:
        self.writer = writer

    def send(self, msg: Any) -> None:
        self.writer.write_line(json.dumps(msg).encode())

    def end_turn(self) -> None:
        self.writer.end_turn()

    async def drain(self) -> None:
        return None

    async def recv(self) -> Any:
        return None


async def test_a_lone_answer_is_in_the_pipe_by_the_time_its_handler_is_done() -> None:
    loop = asyncio.get_running_loop()
    writer, _, r, transport = await _pipe()

    async def echo(msg: dict[str, Any]) -> dict[str, Any]:
        return {"echo": msg["params"]["text"]}

    peer = RpcPeer("the client", PipeLink(writer), on_request=echo)
    done = loop.create_future()

    def arrive() -> None:
        peer.dispatch({"jsonrpc": "2.0", "id": 7, "method": "echo", "params": {"text": "invoice 4471"}})
        (task,) = peer._inbound.values()
        task.add_done_callback(lambda _: done.set_result(_read(r)))

    loop.call_soon(arrive)
    line = await done
    assert json.loads(line) == {"jsonrpc": "2.0", "id": 7, "result": {"echo": "invoice 4471"}}
    with contextlib.suppress(Exception):
        transport.close()
    os.close(r)


async def test_the_messages_of_one_read_go_out_in_one_write_as_the_read_callback_ends() -> None:
    loop = asyncio.get_running_loop()
    writer, out, r, transport = await _pipe()
    chunks = _Chunks(loop, 1 << 20)
    seen: list[bytes] = []

    def forward(msg: Any) -> None:  # (as a request is sent on: a line written, its turn said to end)
        writer.write_line(b'{"id":%d}' % msg["id"])
        writer.end_turn()
        seen.append(_read(r))

    serving = loop.create_task(_Serving(chunks, LineReader(chunks.read, 1 << 20), _item, forward).run())
    while chunks.direct is None:
        await asyncio.sleep(0)
    chunks.feed(b'{"id": 1}\n{"id": 2}\n{"id": 3}\n')  # (as the pipe's read callback hands a chunk over)
    assert seen == [b"", b"", b""], "nothing handed over while the chunk's messages were dispatched"
    assert _read(r) == b'{"id":1}\n{"id":2}\n{"id":3}\n' and out.writes == 1, "out as the callback ended, at once"
    chunks.feed(b'{"id": 4}\n')
    assert seen[3:] == [b""] and _read(r) == b'{"id":4}\n' and out.writes == 2
    chunks.end()
    await serving
    transport.close()
    os.close(r)

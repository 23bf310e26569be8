"""A server's stdout as the chunks the pipe gave: its reader woken per line, not per chunk; paused when much waits."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import anyio
import pytest

from secure_mcp_gateway.framing import CHUNK
from secure_mcp_gateway.links import ProcessLink, _Chunks

pytestmark = pytest.mark.anyio


class _Pipe:
    """A read transport that only records pauses and resumes."""

    def __init__(self) -> None:
        self.paused = False
        self.pauses = 0

    def pause_reading(self) -> None:
        self.paused = True
        self.pauses += 1

    def resume_reading(self) -> None:
        self.paused = False


async def _waiting(chunks: _Chunks) -> asyncio.Task[bytes]:
    """A read that is waiting for a chunk."""
    task = asyncio.get_running_loop().create_task(chunks.read(1 << 18))
    await asyncio.sleep(0)
    assert not task.done()
    return task


async def test_the_reader_is_woken_by_a_line_end_not_by_every_piece_of_a_line() -> None:
    chunks = _Chunks(asyncio.get_running_loop(), 1 << 20)
    task = await _waiting(chunks)
    for _ in range(5):
        chunks.feed(b"x" * 1000)
        await asyncio.sleep(0)
        assert not task.done(), "woken by a piece without a line end"
    chunks.feed(b'x"}\n{"next')
    await asyncio.sleep(0)
    assert task.done()
    got = [task.result()] + [await chunks.read(1 << 18) for _ in range(5)]
    assert got == [b"x" * 1000] * 5 + [b'x"}\n{"next'], "the pieces in order, as they came"


async def test_the_chunks_handed_over_are_the_very_objects_read() -> None:
    chunks = _Chunks(asyncio.get_running_loop(), 1 << 20)
    piece = b"y" * 70_000 + b"\n"
    chunks.feed(piece)
    assert await chunks.read(1 << 18) is piece


async def test_reading_pauses_while_much_waits_and_resumes_once_it_is_taken() -> None:
    pipe = _Pipe()
    chunks = _Chunks(asyncio.get_running_loop(), 4000)
    chunks.attach(pipe)
    task = await _waiting(chunks)
    for _ in range(4):
        chunks.feed(b"z" * 1000)
    assert pipe.paused and pipe.pauses == 1
    await asyncio.sleep(0)
    assert task.done(), "woken when much waits, line end or not"
    assert task.result() == b"z" * 1000
    assert pipe.paused, "still 3000 bytes waiting"
    await chunks.read(1 << 18)
    await chunks.read(1 << 18)
    assert not pipe.paused, "resumed once less than half the limit waits"


async def test_the_end_comes_after_what_was_read_and_an_error_is_raised_then() -> None:
    chunks = _Chunks(asyncio.get_running_loop(), 1 << 20)
    task = await _waiting(chunks)
    chunks.feed(b"tail without a line end")
    chunks.end(None)
    await asyncio.sleep(0)
    assert task.result() == b"tail without a line end"
    assert await chunks.read(1 << 18) == b""
    broken = _Chunks(asyncio.get_running_loop(), 1 << 20)
    broken.feed(b"last")
    broken.end(BrokenPipeError("gone"))
    assert await broken.read(1 << 18) == b"last"
    with pytest.raises(BrokenPipeError):
        await broken.read(1 << 18)


_SERVER = r"""
import json, os, sys, time
line = json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"data": "%s" * %d}}).encode()
for at in range(0, len(line), 4096):  # a long line in many small writes, with pauses between some
    os.write(1, line[at : at + 4096])
    if at %% (64 * 4096) == 0:
        time.sleep(0.01)
end = {"jsonrpc": "2.0", "method": "notifications/message", "params": {"data": "end"}}
os.write(1, b"\n" + json.dumps(end).encode() + b"\n")
"""


async def test_a_line_written_in_many_pieces_arrives_whole_through_a_paused_pipe() -> None:
    size = 3 * 1024 * 1024
    link = await ProcessLink.spawn("pieces", sys.executable, ["-c", _SERVER % ("q", size)], dict(os.environ), None)
    try:
        with anyio.fail_after(30):  # the child writes more than the queue holds before anything is read
            while not link._protocol.out._paused:
                await asyncio.sleep(0.005)
        first = await link.recv()
        second = await link.recv()
        assert first["params"]["data"] == "q" * size
        assert second["params"]["data"] == "end"
        assert await link.recv() is None
    finally:
        await link.close(grace=1.0)


def _capacity(link: ProcessLink) -> int:
    import fcntl

    stdout = link._stdout or link._transport.get_pipe_transport(1)
    pipe = stdout.get_extra_info("pipe")
    return fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are a Linux setting")
async def test_a_servers_output_pipe_holds_a_whole_read_and_a_refusal_leaves_it_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = "import sys; sys.stdout.write('{}\\n'); sys.stdout.flush(); sys.stdin.read()"
    link = await ProcessLink.spawn("wide", sys.executable, ["-c", script], dict(os.environ), None)
    try:
        assert _capacity(link) >= CHUNK
        assert await link.recv() == {}
    finally:
        await link.close(grace=1.0)

    import fcntl

    real = fcntl.fcntl

    def refuse(fd: int, cmd: int, arg: int = 0) -> int:
        if cmd == fcntl.F_SETPIPE_SZ:
            raise PermissionError("over the pipe quota")
        return real(fd, cmd, arg)

    monkeypatch.setattr(fcntl, "fcntl", refuse)
    link = await ProcessLink.spawn("narrow", sys.executable, ["-c", script], dict(os.environ), None)
    try:
        assert _capacity(link) < CHUNK
        assert await link.recv() == {}
    finally:
        await link.close(grace=1.0)


async def test_a_server_that_exits_before_its_start_returns_is_reported_by_its_own_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a server that prints its error and exits at once can be gone, and its stdout read to the end and closed,
    # while its start is still being set up (seen on a loaded machine): the start goes on, and its words are kept
    loop = asyncio.get_running_loop()
    real = loop.subprocess_exec

    async def exited_during_start(*args: object, **kwargs: object) -> object:
        transport, protocol = await real(*args, **kwargs)
        await protocol.exited
        out = transport.get_pipe_transport(1)
        if out is not None:  # (read by the subprocess transport)
            pipe = out.get_extra_info("pipe")
            out.close()
            while not pipe.closed:  # the pipe is closed a loop turn after its transport, as when its end was read
                await asyncio.sleep(0)
        return transport, protocol

    monkeypatch.setattr(loop, "subprocess_exec", exited_during_start)
    script = "import sys; print('npm ERR! code E404', file=sys.stderr); sys.exit(1)"
    link = await ProcessLink.spawn("gone", sys.executable, ["-c", script], dict(os.environ), None)
    try:
        assert await link.recv() is None
        await link.settle(5.0)
        assert link.returncode == 1
        assert "E404" in link.last_stderr()
    finally:
        await link.close(grace=1.0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are a Linux setting")
def test_the_pipe_a_client_reads_the_gateway_from_holds_a_whole_read(tmp_path: Path) -> None:
    import fcntl

    from conftest import RawGateway

    gw = RawGateway(tmp_path, {"mcpServers": {}})
    try:
        gw.initialize()
        assert gw.proc.stdout is not None
        assert fcntl.fcntl(gw.proc.stdout.fileno(), fcntl.F_GETPIPE_SZ) >= CHUNK
    finally:
        gw.close()

"""TurnWriter over a real pipe: one write per loop turn, large writes in slices, order kept, errors raised."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tracemalloc

import pytest

from secure_mcp_gateway import fastjson, jsonrpc, links, sealed
from secure_mcp_gateway.links import TurnWriter

pytestmark = pytest.mark.anyio


async def _pipe() -> tuple[TurnWriter, asyncio.StreamReader, asyncio.WriteTransport]:
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader(limit=1 << 26)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(r, "rb", buffering=0))
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(w, "wb", 0))
    return TurnWriter(asyncio.StreamWriter(transport, protocol, None, loop)), reader, transport


async def test_a_large_line_goes_out_in_slices_and_what_follows_keeps_its_place() -> None:
    writer, reader, transport = await _pipe()
    big = bytes(range(256)) * (12 * 1024)  # 3 MB
    writer.write_line(b"first")
    writer.write_line(big)
    writer.write_line(b"after")
    writer.flush()
    writer.write_line(b"later")  # queued while the large line is still going out
    assert writer.pending > 0
    expected = b"first\n" + big + b"\nafter\nlater\n"
    most = 0
    got = bytearray()
    while len(got) < len(expected):
        most = max(most, transport.get_write_buffer_size())
        got += await reader.read(65536)
    await writer.drain()
    assert bytes(got) == expected
    assert most < len(big) // 2  # never the whole line copied into the transport
    assert writer.pending == 0
    transport.close()


async def test_small_lines_of_one_turn_are_one_write() -> None:
    writer, reader, transport = await _pipe()
    sizes: list[int] = []
    real = writer.out.write
    writer.out.write = lambda data: (sizes.append(len(data)), real(data))[1]  # type: ignore[method-assign]
    for i in range(50):
        writer.write_line(b'{"n":%d}' % i)
    await writer.drain()
    assert len(sizes) == 1
    data = await reader.readexactly(sum(len(b'{"n":%d}\n' % i) for i in range(50)))
    assert data.splitlines()[-1] == b'{"n":49}'
    transport.close()


async def test_a_closed_pipe_is_reported_to_the_next_write() -> None:
    writer, reader, transport = await _pipe()
    reader_transport = reader._transport  # type: ignore[attr-defined]
    reader_transport.close()
    await asyncio.sleep(0)
    writer.write_line(b"x" * (links._SLICE * 3))
    with pytest.raises((OSError, RuntimeError)):
        for _ in range(100):
            await writer.drain()
            writer.write_line(b"y")
    transport.close()


async def test_a_large_line_is_handed_to_the_pipe_at_once_and_never_joined() -> None:
    writer, reader, transport = await _pipe()
    handed: list[bytes | bytearray | memoryview] = []
    real = writer.out.write
    writer.out.write = lambda data: (handed.append(data), real(data))[1]  # type: ignore[method-assign]
    big = b"b" * (links._LARGE + 10)
    writer.write_line(b"before")
    writer.write_line(big)
    assert handed[0] == b"before\n", "what was queued first goes first"
    assert handed[1] is big, "the large line itself, in the turn it was queued, not a joined copy"
    writer.write_line(b"after")
    await writer.drain()
    expected = b"before\n" + big + b"\nafter\n"
    assert await reader.readexactly(len(expected)) == expected
    transport.close()


async def test_a_large_part_queued_among_small_ones_is_handed_over_as_it_is() -> None:
    writer, reader, transport = await _pipe()
    handed: list[bytes | bytearray | memoryview] = []
    real = writer.out.write
    writer.out.write = lambda data: (handed.append(data), real(data))[1]  # type: ignore[method-assign]
    big = b"b" * (links._LARGE + 10)
    writer.write(b"before\n")
    writer.write(big)  # (not a line of its own: waits for the end of the turn with the rest)
    writer.write(b"\nafter\n")
    assert handed == []
    writer.flush()
    assert handed[0] == b"before\n"
    assert handed[1] is big, "the large part itself, not a joined copy"
    await writer.drain()
    expected = b"before\n" + big + b"\nafter\n"
    assert await reader.readexactly(len(expected)) == expected
    transport.close()


async def test_small_lines_after_a_large_one_went_out_are_handed_over_at_the_flush() -> None:
    writer, reader, transport = await _pipe()
    handed: list[bytes | bytearray | memoryview] = []
    real = writer.out.write
    writer.out.write = lambda data: (handed.append(data), real(data))[1]  # type: ignore[method-assign]
    big = b"x" * (links._SLICE * 2)
    writer.write(big)
    writer.flush()  # fed to the pipe slice by slice
    got = await reader.readexactly(len(big))
    await writer.drain()
    assert got == big
    handed.clear()
    for i in range(3):
        writer.write_line(b'{"n":%d}' % i)
    writer.flush()
    assert handed == [b'{"n":0}\n{"n":1}\n{"n":2}\n'], "at once and whole, not fed slice by slice as the large one"
    assert await reader.readexactly(len(handed[0])) == handed[0]
    transport.close()


async def _wide_pipe() -> tuple[TurnWriter, asyncio.StreamReader, asyncio.WriteTransport]:
    writer, reader, transport = await _pipe()
    links._widen(transport.get_extra_info("pipe"))
    return writer, reader, transport


def _response(size: int) -> tuple[bytes, bytes, bytes]:
    body = b'{"content":[{"type":"text","text":"' + b"build log line 42: ok\\n" * (size // 23) + b'"}]}'
    return b'{"jsonrpc":"2.0","id":7,"result":', body, b"}\n"


async def test_a_response_in_pieces_reaches_the_pipe_whole_without_a_joined_copy() -> None:
    writer, reader, transport = await _wide_pipe()
    pieces = _response(100 * 1024)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        writer.write_pieces(pieces)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < len(pieces[1]) // 4, "no copy of the result's JSON"
    assert transport.get_write_buffer_size() == 0 and writer.pending == 0, "written at once"
    writer.write_line(b"after")
    await asyncio.wait_for(writer.drain(), 30)
    expected = b"".join(pieces) + b"after\n"
    assert await asyncio.wait_for(reader.readexactly(len(expected)), 30) == expected
    transport.close()


async def test_a_response_in_pieces_longer_than_a_slice_is_never_joined() -> None:
    writer, reader, transport = await _pipe()
    writer.write_line(b"first")  # (queued before it: no gathered write)
    pieces = _response(2 << 20)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        writer.write_pieces(pieces)
        writer.write_line(b"after")
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < len(pieces[1]) // 4, "no copy of the result's JSON"
    expected = b"first\n" + b"".join(pieces) + b"after\n"
    got = asyncio.ensure_future(reader.readexactly(len(expected)))
    await asyncio.wait_for(writer.drain(), 30)
    assert await asyncio.wait_for(got, 30) == expected
    transport.close()


async def test_what_the_pipe_does_not_take_of_a_response_in_pieces_follows_in_order() -> None:
    writer, reader, transport = await _pipe()  # 64 KB of room: part of the line waits in the transport
    pieces = _response(200 * 1024)
    writer.write_pieces(pieces)
    waiting = transport.get_write_buffer_size()
    assert 0 < waiting < len(pieces[1]), "only what the pipe did not take is held"
    writer.write_line(b"after")
    writer.write_pieces(_response(70 * 1024))  # the pipe is busy: written after what waits, not past it
    await asyncio.wait_for(writer.drain(), 30)
    expected = b"".join(pieces) + b"after\n" + b"".join(_response(70 * 1024))
    assert await asyncio.wait_for(reader.readexactly(len(expected)), 30) == expected
    transport.close()


async def test_a_response_in_pieces_queued_behind_other_lines_keeps_its_place() -> None:
    writer, reader, transport = await _wide_pipe()
    pieces = _response(100 * 1024)
    writer.write_line(b"first")  # queued for the end of this turn
    writer.write_pieces(pieces)
    writer.write_pieces((b"small ", b"response", b"\n"))
    await asyncio.wait_for(writer.drain(), 30)
    expected = b"first\n" + b"".join(pieces) + b"small response\n"
    assert await asyncio.wait_for(reader.readexactly(len(expected)), 30) == expected
    transport.close()


async def test_a_tool_result_known_clean_is_written_to_the_client_without_a_joined_copy() -> None:
    writer, reader, transport = await _wide_pipe()
    link = links.StdioLink(asyncio.StreamReader(), writer.out)  # (asks for kept JSON, as a stdio client link does)
    try:
        value = {"content": [{"type": "text", "text": "build log line 42: ok\n" * 5000}]}
        data = fastjson.dumps(value)
        assert data is not None
        sealed.keep(value, data)
        msg = jsonrpc.result(7, value)
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            link.send(msg)
            peak = tracemalloc.get_traced_memory()[1] - before
        finally:
            tracemalloc.stop()
        assert peak < len(data) // 4, "no copy of the result's JSON"
        expected = jsonrpc.encode(msg)
        assert await asyncio.wait_for(reader.readexactly(len(expected)), 30) == expected
    finally:
        sealed.wanted(False)
        transport.close()


async def test_a_response_in_pieces_never_overtakes_what_the_transport_still_holds() -> None:
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, os.fdopen(w, "wb", 0))
    writer = TurnWriter(asyncio.StreamWriter(transport, protocol, None, loop))
    first = _response(200 * 1024)
    writer.write_pieces(first)
    assert transport.get_write_buffer_size() > 0
    got = bytearray(os.read(r, 1 << 20))  # room in the pipe again, before the transport's next turn
    later = _response(70 * 1024)
    writer.write_pieces(later)
    expected = b"".join(first) + b"".join(later)
    for _ in range(10_000):
        if len(got) >= len(expected):
            break
        await asyncio.sleep(0)
        with contextlib.suppress(BlockingIOError):
            got += os.read(r, 1 << 20)
    assert bytes(got) == expected
    transport.close()
    os.close(r)

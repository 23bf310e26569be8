"""TurnWriter over a real pipe: one write per loop turn, large writes in slices, order kept, errors raised."""

from __future__ import annotations

import asyncio
import os

import pytest

from secure_mcp_gateway import links
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

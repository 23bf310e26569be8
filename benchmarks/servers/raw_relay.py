"""A raw line relay between stdio and one child on asyncio: copies lines both ways and parses nothing.

The floor for any asyncio proxy written in Python: what it costs is the event loop and the pipes, nothing else.
"""

from __future__ import annotations

import asyncio
import sys


async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def main() -> None:
    loop = asyncio.get_running_loop()
    child = await asyncio.create_subprocess_exec(
        *sys.argv[1:], stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=1 << 30
    )
    stdin = asyncio.StreamReader(limit=1 << 30)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin.buffer)
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, sys.stdout.buffer)
    stdout = asyncio.StreamWriter(transport, protocol, None, loop)
    assert child.stdin is not None and child.stdout is not None
    up = asyncio.create_task(pump(stdin, child.stdin))
    await pump(child.stdout, stdout)
    up.cancel()


if __name__ == "__main__":
    asyncio.run(main())

"""In-memory links: two RpcPeers talking in process, for testing the gateway core without pipes."""

from __future__ import annotations

import asyncio

from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message
from secure_mcp_gateway.rpc import RpcPeer


class MemoryLink:
    """One end of an in-memory message pipe."""

    def __init__(self) -> None:
        self.inbox: asyncio.Queue[Message | None] = asyncio.Queue()
        self.other: MemoryLink | None = None
        self.closed = False

    def send(self, msg: Message) -> None:
        if self.closed or self.other is None or self.other.closed:
            raise ConnectionClosed("memory link closed")
        self.other.inbox.put_nowait(msg)

    async def drain(self) -> None:
        return None

    async def recv(self) -> Message | None:
        return await self.inbox.get()

    def close(self) -> None:
        self.closed = True
        self.inbox.put_nowait(None)
        if self.other is not None:
            self.other.inbox.put_nowait(None)


def link_pair() -> tuple[MemoryLink, MemoryLink]:
    """Two connected ends."""
    a, b = MemoryLink(), MemoryLink()
    a.other, b.other = b, a
    return a, b


async def pump(link: MemoryLink, peer: RpcPeer) -> None:
    """Feed everything that arrives on `link` to `peer` until the link ends."""
    while (msg := await link.recv()) is not None:
        peer.dispatch(msg)


def wire(a: MemoryLink, pa: RpcPeer, b: MemoryLink, pb: RpcPeer) -> list[asyncio.Task[None]]:
    """Start feeding both ends to their peers; cancel the tasks to stop."""
    return [asyncio.create_task(pump(a, pa)), asyncio.create_task(pump(b, pb))]

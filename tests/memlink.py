"""In-memory links: two RpcPeers talking in process, for testing the gateway core without pipes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from secure_mcp_gateway import quick_call
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message
from secure_mcp_gateway.rpc import RpcPeer
from secure_mcp_gateway.session import ClientSession


class MemoryLink:
    """One end of an in-memory message pipe."""

    def __init__(self) -> None:
        self.inbox: asyncio.Queue[Message | None] = asyncio.Queue()
        self.other: MemoryLink | None = None
        self.closed = False
        self.received: list[Message] = []
        """Every message sent to this end, in order."""

    def send(self, msg: Message) -> None:
        if self.other is not None:
            self.other.received.append(msg)
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


@dataclass
class Client:
    """A client connected to the hub over an in-memory link, recording what it is told."""

    peer: RpcPeer
    session: ClientSession
    notes: list[dict[str, Any]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    heard: asyncio.Event = field(default_factory=asyncio.Event)
    link: MemoryLink | None = None

    async def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self.peer.request(method, params, 20.0)

    def got(self, method: str) -> list[dict[str, Any]]:
        return [n for n in self.notes if n["method"] == method]

    async def wait_for(self, method: str) -> None:
        while not self.got(method):
            self.heard.clear()
            await self.heard.wait()


async def connect(
    hub: Hub, handlers: Handlers, caps: dict[str, Any], answer: Any = None, *, quick: bool = True
) -> Client:
    """A client session on `hub` over an in-memory link, initialized with `caps` (`quick`: plain tool calls are
    carried by callbacks where they can be, as the gateway's own connections do)."""
    client_end, hub_end = link_pair()
    session = hub.open_session()
    hub_peer = RpcPeer(
        "client",
        hub_end,
        on_request=lambda m: handlers.handle(session, m),
        on_notification=lambda m: handlers.notification(session, m),
    )
    session.peer = hub_peer
    if quick:
        hub_peer.quick["tools/call"] = partial(quick_call.start, handlers, session)
    client: Client

    def on_note(msg: dict[str, Any]) -> None:
        client.notes.append(msg)
        client.heard.set()

    async def on_request(msg: dict[str, Any]) -> dict[str, Any]:
        client.asked.append(msg["method"])
        if answer is not None:
            return answer
        return {"role": "assistant", "content": {"type": "text", "text": "hi"}, "model": "m"}

    peer = RpcPeer("gateway", client_end, on_request=on_request, on_notification=on_note)
    client = Client(peer, session, link=client_end)
    client.tasks = wire(client_end, peer, hub_end, hub_peer)
    init = {"protocolVersion": "2025-06-18", "capabilities": caps, "clientInfo": {"name": "t", "version": "1"}}
    await client.call("initialize", init)
    return client


class Sent:
    """A link that keeps what is sent on it and never receives anything."""

    def __init__(self) -> None:
        self.out: list[Any] = []

    def send(self, msg: Any) -> None:
        self.out.append(msg)

    async def drain(self) -> None:
        return None

    async def recv(self) -> Any:
        return None

"""A server's notifications on their way leave room, or not, as `NoticeRouter.room` would wait: the synchronous
check says the same as the wait at every point."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from secure_mcp_gateway.notices import BACKLOG, NoticeRouter
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.session import ClientSession

pytestmark = pytest.mark.anyio


class _HeldChain:
    """Passes notifications unchanged once `open` is set."""

    def __init__(self) -> None:
        self.open = asyncio.Event()

    async def to_client_value(self, _call: Any, _method: str, value: Any, **_kw: Any) -> Any:
        await self.open.wait()
        return SimpleNamespace(blocked=None, value=value)


async def _would_wait(router: NoticeRouter, server: str) -> bool:
    waiting = asyncio.get_running_loop().create_task(router.room(server))
    await asyncio.sleep(0)
    done = waiting.done()
    waiting.cancel()
    return not done


async def test_room_left_says_what_room_would_do() -> None:
    chain = _HeldChain()
    sent: list[Any] = []
    session = ClientSession()
    session.peer = SimpleNamespace(notify=lambda method, params: sent.append(params))
    router = NoticeRouter(lambda: [session], chain, Recorder())  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")
    for n in range(BACKLOG - 1):
        router.notification(
            child, {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": n}}
        )
    assert router.room_left("srv") and not await _would_wait(router, "srv")
    router.notification(
        child, {"jsonrpc": "2.0", "method": "notifications/message", "params": {"level": "info", "data": BACKLOG - 1}}
    )
    assert not router.room_left("srv") and await _would_wait(router, "srv")
    assert router.room_left("other"), "another server's room is its own"
    chain.open.set()
    await router.settled("srv")
    assert router.room_left("srv") and not await _would_wait(router, "srv")
    assert [p["data"] for p in sent] == list(range(BACKLOG))

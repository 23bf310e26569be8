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


@pytest.mark.parametrize("kind", ["log", "progress"])
async def test_a_flood_that_goes_on_is_said_dropped_in_the_gateways_log_once_a_minute(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A server sending 1,000 log lines (or progress steps) a second for 10 s, 100 allowed: each one let through as the
    rate refills is followed by more dropped, and the gateway's own log said so after each of them (about a
    thousand lines for 10 s); now once a minute."""
    chain = _HeldChain()
    chain.open.set()
    session = ClientSession()
    session.peer = SimpleNamespace(notify=lambda method, params: None)
    session.progress["t"] = "srv"
    router = NoticeRouter(lambda: [session], chain, Recorder(), log_rate=lambda: 100.0)  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")
    method, params = "notifications/message", {"level": "info", "data": "x"}
    if kind == "progress":
        method, params = "notifications/progress", {"progressToken": "t", "progress": 1}
    loop = asyncio.get_running_loop()
    real_time, now = loop.time, loop.time()
    try:
        for ms in range(10_000):
            loop.time = lambda at=now + ms / 1000: at  # type: ignore[method-assign]
            router.notification(child, {"jsonrpc": "2.0", "method": method, "params": params})
    finally:
        loop.time = real_time  # type: ignore[method-assign]
    await router.settled("srv")
    said = [r for r in caplog.records if r.name == "secure_mcp_gateway.notices" and r.levelname == "WARNING"]
    assert len(said) == 1

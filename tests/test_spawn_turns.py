"""Servers are spawned one loop turn at a time, so what else is ready (a client's request) is served between them."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from typing import Any

import pytest

from secure_mcp_gateway.links import ProcessLink

pytestmark = pytest.mark.anyio

_WAIT_FOR_EOF = "import sys; sys.stdin.read()"


async def test_concurrent_spawns_take_turns_with_the_rest_of_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    turns = 0
    at_spawn: list[int] = []
    real_popen = subprocess.Popen

    def popen(args: Any, *rest: Any, **kwargs: Any) -> Any:
        if _WAIT_FOR_EOF in args:  # starting a process holds the loop until the child has replaced itself
            at_spawn.append(turns)
        return real_popen(args, *rest, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal turns
        while not stop.is_set():
            turns += 1
            await asyncio.sleep(0)

    ticking = asyncio.get_running_loop().create_task(ticker())
    env = dict(os.environ)
    links = await asyncio.gather(
        *(ProcessLink.spawn(f"s{i}", sys.executable, ["-c", _WAIT_FOR_EOF], env, None) for i in range(4))
    )
    stop.set()
    await ticking
    try:
        assert len(at_spawn) == 4
        assert len(set(at_spawn)) == 4, f"spawns ran in the same loop turn: {at_spawn}"
    finally:
        await asyncio.gather(*(link.close() for link in links))

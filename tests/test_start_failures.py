"""A server that never comes up is given up on after `restart.max_attempts`, however long each start takes: only time
up (initialized) counts towards `stable_after` (in process; the server is `cat` reading its input to the end, which
never answers and ends with it)."""

from __future__ import annotations

import asyncio

import pytest

from secure_mcp_gateway.children import State
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.hub import Hub

pytestmark = pytest.mark.anyio


async def test_a_server_that_never_answers_initialize_is_given_up_on() -> None:
    """Each start waits `init_timeout` (0.3 s), longer than `stable_after` (0.1 s): before, that wait counted as
    time up, the count of failed starts was reset each time, and the server was started again every 0.5 s for as
    long as the gateway ran (its calls waiting their whole deadline each time)."""
    config = GatewayConfig(
        mcpServers={"hung": {"command": "sh", "args": ["-c", "cat >/dev/null"]}},
        gateway={
            "init_timeout": 0.3,
            "start_deadline": 0.1,
            "restart": {"max_attempts": 1, "backoff_initial": 0.05, "stable_after": 0.1},
        },
        cache={"enabled": False},
        audit={"enabled": False},
    )
    hub = Hub(config)
    try:
        await hub.start()
        child = hub.fleet["hung"]
        for _ in range(300):  # (two starts of 0.3 s each, and a backoff of 0.05 s: well within 30 s)
            if child.state is State.FAILED:
                break
            await asyncio.sleep(0.1)
        assert child.state is State.FAILED, (child.state, child.restarts)
        assert child.restarts == 1
    finally:
        await hub.stop()


async def test_no_server_is_started_again_once_the_gateway_is_stopping() -> None:
    """The trail's `gateway.stop` line is written before the servers are stopped; a server waiting out its backoff
    then was started again after it (a `server.start` line after `gateway.stop`). Once held, it is not."""
    config = GatewayConfig(
        mcpServers={"dies": {"command": "sh", "args": ["-c", "exit 3"]}},
        gateway={"start_deadline": 0.1, "restart": {"max_attempts": 5, "backoff_initial": 0.2}},
        cache={"enabled": False},
        audit={"enabled": False},
    )
    hub = Hub(config)
    try:
        await hub.start()
        child = hub.fleet["dies"]
        for _ in range(300):
            if child.state is State.BACKOFF:
                break
            await asyncio.sleep(0.05)
        assert child.state is State.BACKOFF
        starts = child.restarts
        hub.fleet.hold()
        supervisor = child._task
        assert supervisor is not None
        await asyncio.wait_for(supervisor, 10)  # it ends after its backoff instead of starting the server again
        assert child.restarts == starts and child.state is State.BACKOFF
    finally:
        await hub.stop()

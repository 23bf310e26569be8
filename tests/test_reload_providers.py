"""A config reload rebuilds the remote providers when their config changed, and only then."""

from __future__ import annotations

import asyncio

import pytest

from secure_mcp_gateway import serve
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.serve import _swap_remote
from secure_mcp_gateway.server import Gateway

pytestmark = pytest.mark.anyio


def config(**providers: str) -> GatewayConfig:
    found = {name: {"type": "webhook", "url": url} for name, url in providers.items()}
    guardrails = {"providers": found, "http": {"deadline": 0.5}}
    return GatewayConfig(guardrails=guardrails, cache={"enabled": False}, gateway={"call_timeout": 1.0})


async def test_added_changed_and_removed_providers_are_rebuilt() -> None:
    gw = Gateway(config())
    assert gw.pipeline.remote is None
    added = config(a="http://127.0.0.1:9/check")
    _swap_remote(gw, added)
    first = gw.pipeline.remote
    assert first is not None and first.names == ["a"], "an added provider is asked"
    gw.hub.config = added
    _swap_remote(gw, config(a="http://127.0.0.1:9/check"))
    assert gw.pipeline.remote is first, "an unchanged provider config keeps its client"
    moved = config(a="http://127.0.0.1:10/check", b="http://127.0.0.1:9/b")
    _swap_remote(gw, moved)
    assert gw.pipeline.remote is not first and gw.pipeline.remote.names == ["a", "b"], "a changed URL is used"
    gw.hub.config = moved
    _swap_remote(gw, config())
    assert gw.pipeline.remote is None
    assert len(serve._CLOSING) == 2, "the replaced clients are closed once their calls are past the deadline"
    await asyncio.wait(set(serve._CLOSING), timeout=10)
    assert not serve._CLOSING
    await gw.stop()

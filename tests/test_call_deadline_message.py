"""A call's timeout names the deadline the user configured, not what was left of it when the call was sent."""

from __future__ import annotations

from typing import Any

import pytest

from secure_mcp_gateway.children import CallTimeout, Child, State
from secure_mcp_gateway.config import GatewaySettings, ServerConfig
from secure_mcp_gateway.jsonrpc import RequestTimeout


class _SilentPeer:
    """A server link whose every request runs out of time."""

    def __init__(self) -> None:
        self.timeouts: list[float] = []

    async def request(self, method: str, params: Any, timeout: float) -> dict[str, Any]:
        self.timeouts.append(timeout)
        raise RequestTimeout(f"fx did not answer {method} within {timeout:g} s")


@pytest.mark.anyio
@pytest.mark.parametrize(("left", "limit"), [(0.37, 0.5), (0.04, 30.0), (1.96, 2.0)])
async def test_the_timeout_names_the_configured_deadline(left: float, limit: float) -> None:
    child = Child("fx", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    peer = _SilentPeer()
    child.peer, child.state = peer, State.READY  # type: ignore[assignment]
    with pytest.raises(CallTimeout) as caught:
        await child.request("tools/call", {"name": "slow"}, left, limit)
    assert f"within {limit:g} s; the request was cancelled" in str(caught.value)
    assert len(peer.timeouts) == 1 and peer.timeouts[0] <= left  # the server still gets only what was left


@pytest.mark.anyio
async def test_without_a_configured_deadline_the_timeout_names_the_one_given() -> None:
    child = Child("fx", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    child.peer, child.state = _SilentPeer(), State.READY  # type: ignore[assignment]
    with pytest.raises(CallTimeout, match=r"within 10 s; the request was cancelled"):
        await child.request("logging/setLevel", {"level": "info"}, 10.0)

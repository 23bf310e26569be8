"""A server whose `initialize` answer has no usable `capabilities` (missing, null, a list, a string) still has its
lists asked for, and why it was asked so is said: in the gateway's log and in what `check` shows for it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from secure_mcp_gateway.children import Child
from secure_mcp_gateway.config import GatewaySettings, ServerConfig
from secure_mcp_gateway.jsonrpc import INTERNAL_ERROR, METHOD_NOT_FOUND, RpcError

_TOOL = {"name": "echo", "description": "Echo a word.", "inputSchema": {"type": "object"}}
_MISSING = object()


class _Lists:
    """A server that lists one tool, has no prompts method and fails its resource templates."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def request(self, method: str, params: Any, timeout: float) -> dict[str, Any]:
        self.asked.append(method)
        if method == "tools/list":
            return {"tools": [dict(_TOOL)]}
        if method == "resources/list":
            return {"resources": []}
        if method == "prompts/list":
            raise RpcError(METHOD_NOT_FOUND, "Method not found")
        raise RpcError(INTERNAL_ERROR, "templates are broken")


def _init(caps: Any) -> dict[str, Any]:
    init: dict[str, Any] = {"protocolVersion": "2025-06-18", "serverInfo": {"name": "odd", "version": "1"}}
    if caps is not _MISSING:
        init["capabilities"] = caps
    return init


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("caps", "fault"),
    [(_MISSING, "no capabilities"), (None, "null"), ([], "a list"), ("tools", "a string"), (7, "a number")],
    ids=["missing", "null", "list", "string", "number"],
)
async def test_a_server_without_usable_capabilities_has_its_tools_listed_and_the_fault_said(
    caps: Any, fault: str, caplog: pytest.LogCaptureFixture
) -> None:
    child = Child("odd", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    peer = _Lists()
    with caplog.at_level(logging.WARNING, logger="secure_mcp_gateway.children"):
        catalog = await child._fetch_catalog(peer, _init(caps))  # type: ignore[arg-type]
    assert [t["name"] for t in catalog.tools] == ["echo"]
    assert catalog.prompts == [] and catalog.templates == []
    assert sorted(catalog.capabilities) == ["resources", "tools"]  # (what answered, for the rest of the gateway)
    assert child.note is not None and fault in child.note
    said = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "secure_mcp_gateway.children"]
    assert len(said) == 1 and "odd" in said[0].getMessage() and fault in said[0].getMessage()


@pytest.mark.anyio
@pytest.mark.parametrize("caps", [{}, {"tools": {}}], ids=["none-offered", "tools"])
async def test_a_server_with_capabilities_is_asked_only_for_the_lists_it_offers(
    caps: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    child = Child("fine", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    peer = _Lists()
    with caplog.at_level(logging.WARNING, logger="secure_mcp_gateway.children"):
        catalog = await child._fetch_catalog(peer, _init(caps))  # type: ignore[arg-type]
    assert peer.asked == (["tools/list"] if caps else [])
    assert len(catalog.tools) == (1 if caps else 0)
    assert child.note is None and not caplog.records


class _SilentLists(_Lists):
    """A server without capabilities that answers its tools and never answers a method it does not have."""

    async def request(self, method: str, params: Any, timeout: float) -> dict[str, Any]:
        self.asked.append(method)
        if method == "tools/list":
            return {"tools": [dict(_TOOL)]}
        await asyncio.sleep(timeout)  # (as the real peer would: no answer until the request's own timeout)
        raise RpcError(INTERNAL_ERROR, f"no answer to {method} within {timeout:g} s")


@pytest.mark.anyio
async def test_a_server_without_capabilities_that_ignores_other_lists_starts_without_waiting_for_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its tools answered, the lists it ignores are given a short grace (`_LIST_GRACE`, 2 s, or four times what its
    first answer took), then taken as none and said; before, its start waited `init_timeout` (60 s) for them."""
    from secure_mcp_gateway import children

    monkeypatch.setattr(children, "_LIST_GRACE", 0.05, raising=False)
    child = Child("mute", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    peer = _SilentLists()
    loop = asyncio.get_running_loop()
    started = loop.time()
    catalog = await asyncio.wait_for(child._fetch_catalog(peer, _init(None)), 30)  # type: ignore[arg-type]
    assert loop.time() - started < 20, "waited for lists the server never answers"
    assert [t["name"] for t in catalog.tools] == ["echo"] and catalog.prompts == catalog.resources == []
    assert sorted(catalog.capabilities) == ["tools"]
    assert (
        child.note is not None and "no answer to prompts/list, resources/list, resources/templates/list" in child.note
    )


class _SlowTools(_Lists):
    """A server without capabilities that refuses what it lacks at once and lists its tools slowly."""

    async def request(self, method: str, params: Any, timeout: float) -> dict[str, Any]:
        if method == "tools/list":
            await asyncio.sleep(0.3)
        return await super().request(method, params, timeout)


@pytest.mark.anyio
async def test_a_server_that_refuses_what_it_lacks_gets_its_whole_time_for_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A refusal ("method not found") shows the server answers what it lacks: its slow tools are waited for, not cut
    at the grace meant for a server that never answers."""
    from secure_mcp_gateway import children

    monkeypatch.setattr(children, "_LIST_GRACE", 0.05)
    child = Child("slow", ServerConfig(command="true"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    catalog = await child._fetch_catalog(_SlowTools(), _init(None))  # type: ignore[arg-type]
    assert [t["name"] for t in catalog.tools] == ["echo"]
    assert child.note is not None and "no answer" not in child.note

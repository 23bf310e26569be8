"""A per-server `prefix`: a server wrapped alone keeps its tools' own names; prefixes never collide."""

from __future__ import annotations

import pytest
from conftest import NOTHING_CACHED, fixture_server, gateway, text_of

from secure_mcp_gateway import config as config_mod
from secure_mcp_gateway.catalog import Catalog, ServerCatalog, ToolFilterSet, server_prefixes


def test_configured_prefixes_win_and_defaults_step_aside():
    assert server_prefixes(["a", "b"], {"a": "", "b": None}) == {"a": "", "b": "b"}
    got = server_prefixes(["gh", "github"], {"gh": "github"})
    assert got["gh"] == "github" and got["github"] != "github" and got["github"].startswith("github-")


def test_unprefixed_names_route_back_and_never_collide():
    cat = Catalog()
    cat.configure({"plain": ToolFilterSet(None, []), "other": ToolFilterSet(None, [])}, {"plain": ""})
    cat.set("plain", ServerCatalog(tools=[{"name": "echo"}, {"name": "other__ping"}]))
    cat.set("other", ServerCatalog(tools=[{"name": "ping"}]))
    names = [t["name"] for t in cat.tools()]
    assert names[0] == "echo" and len(set(names)) == 3
    assert cat.route_tool("echo").server == "plain"
    assert cat.route_tool("other__ping").server == "plain", "config order decides a clash"
    routed = {cat.route_tool(n).server for n in names}
    assert routed == {"plain", "other"}
    assert cat.may_own("plain", "anything") and not cat.may_own("other", "echo")


@pytest.mark.parametrize(
    ("servers", "message"),
    [
        ({"a": {"command": "x", "prefix": ""}, "b": {"command": "y", "prefix": ""}}, "prefix of server 'a' too"),
        ({"a": {"command": "x", "prefix": "b"}, "b": {"command": "y"}}, r"name \(and so the prefix\) of another"),
        ({"a": {"command": "x", "prefix": "a__b"}}, "single '_'"),
        ({"a": {"command": "x", "prefix": "x" * 30}}, "at most 24"),
    ],
)
def test_prefixes_that_would_collide_are_config_errors(servers, message):
    with pytest.raises(config_mod.ConfigError, match=message):
        config_mod.parse({"mcpServers": servers}, "gw.json", environ={})


def test_a_disabled_server_does_not_hold_a_prefix():
    servers = {"a": {"command": "x", "prefix": ""}, "b": {"command": "y", "prefix": "", "disabled": True}}
    assert config_mod.parse({"mcpServers": servers}, "gw.json", environ={}).mcp_servers["a"].prefix == ""


@pytest.mark.anyio
async def test_one_server_wrapped_without_renaming_its_tools(tmp_path):
    config = {"mcpServers": {"fx": fixture_server(prefix="")}, "cache": NOTHING_CACHED}
    async with gateway(tmp_path, config) as (session, _run):
        names = [t.name for t in (await session.list_tools()).tools]
        assert "echo" in names and not any("__" in n for n in names)
        result = await session.call_tool("echo", {"text": "hi"})
        assert '"text": "hi"' in text_of(result)

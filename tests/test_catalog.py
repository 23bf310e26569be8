"""Public names: valid for every client, stable, collision-free, and routed back to the right server."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from secure_mcp_gateway.catalog import Catalog, ServerCatalog, ToolFilterSet, public_name, server_prefixes

RULE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def test_plain_names_stay_readable():
    assert server_prefixes(["github", "time"]) == {"github": "github", "time": "time"}
    assert public_name("github", "create_issue") == "github__create_issue"


def test_odd_server_names_are_mapped_and_kept_apart():
    prefixes = server_prefixes(["my.server", "my_server", "my server", "a__b", "_x_"])
    assert len(set(prefixes.values())) == 5
    for p in prefixes.values():
        assert RULE.match(p) and "__" not in p and not p.startswith("_") and not p.endswith("_")
    assert prefixes["my_server"] == "my_server"


@given(
    st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=8, unique=True),
    st.lists(st.text(min_size=1, max_size=120), min_size=1, max_size=8, unique=True),
)
def test_names_are_valid_unique_and_deterministic(servers, tools):
    prefixes = server_prefixes(servers)
    assert prefixes == server_prefixes(list(servers))
    names = {public_name(prefixes[s], t) for s in servers for t in tools}
    assert len(names) == len(servers) * len(tools), "no two (server, tool) pairs share a public name"
    assert all(RULE.match(n) for n in names)


def test_long_names_are_shortened_with_a_stable_hash():
    long_tool = "summarize_" + "very_" * 20 + "long"
    name = public_name("a-rather-long-server-nm", long_tool)
    assert len(name) == 64 and name == public_name("a-rather-long-server-nm", long_tool)
    assert name != public_name("a-rather-long-server-nm", long_tool + "2")


def test_catalog_routes_and_filters():
    cat = Catalog()
    cat.configure({"fs": ToolFilterSet(None, ["delete_*"]), "git": ToolFilterSet(["log"], [])})
    cat.set(
        "fs",
        ServerCatalog(
            tools=[
                {"name": "read", "inputSchema": {"type": "object"}},
                {"name": "delete_file", "inputSchema": {"type": "object"}},
            ]
        ),
    )
    cat.set(
        "git",
        ServerCatalog(
            tools=[
                {"name": "log", "inputSchema": {"type": "object"}},
                {"name": "push", "inputSchema": {"type": "object"}},
            ]
        ),
    )
    assert [t["name"] for t in cat.tools()] == ["fs__read", "git__log"]
    route = cat.route_tool("git__log")
    assert route is not None and (route.server, route.name) == ("git", "log")
    assert cat.route_tool("fs__delete_file") is None
    hidden = cat.find_hidden_tool("fs__delete_file")
    assert hidden is not None and hidden.name == "delete_file"
    assert cat.set("git", None) is True
    assert [t["name"] for t in cat.tools()] == ["fs__read"]


def _tasked(*tools: dict) -> ServerCatalog:
    return ServerCatalog(tools=list(tools), capabilities={"tasks": {"requests": {"tools": {"call": {}}}}})


def test_task_only_tools_are_read_once_per_list_and_again_for_a_new_list():
    from secure_mcp_gateway import task_calls

    slow = {"name": "render", "inputSchema": {"type": "object"}, "execution": {"taskSupport": "required"}}
    maybe = {"name": "ping", "inputSchema": {"type": "object"}, "execution": {"taskSupport": "optional"}}
    catalog = _tasked(maybe, slow)
    assert task_calls.required(catalog, "render") and not task_calls.required(catalog, "ping")
    assert catalog.task_only() is catalog.task_only(), "read once for this list"
    copied = catalog.copy()  # as pins and the view copy a catalog, then set lists of their own
    copied.tools = [maybe]
    assert not task_calls.required(copied, "render"), "a list set afterwards is read again"
    assert task_calls.required(catalog, "render")
    copied.tools = [slow]
    copied.capabilities = {}
    assert not task_calls.required(copied, "render"), "a server that declares no task-run calls runs none"
    assert not task_calls.required(None, "render")
    assert copied == ServerCatalog(tools=[slow]), "what is kept is no part of the catalog's value"
    assert ServerCatalog.from_dict(catalog.to_dict()) == catalog

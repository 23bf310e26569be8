"""The tool budget in process: client recognition, name limits, ranking, search mode and search quality."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from every_case import every
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from secure_mcp_gateway.budget import meta
from secure_mcp_gateway.budget.clients import DEFAULT_RESULT_CHARS, limits_for, recognise
from secure_mcp_gateway.budget.listing import ToolView, rank
from secure_mcp_gateway.budget.names import NameMap, fit_name
from secure_mcp_gateway.budget.search import ToolIndex, words
from secure_mcp_gateway.budget.usage import ToolUsage
from secure_mcp_gateway.catalog import public_name
from secure_mcp_gateway.config import parse

sys.path.insert(0, str(Path(__file__).parent / "servers"))
from catalog_server import domain_tools

VALID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def catalog(*domains: str) -> list[dict]:
    """The public tools of one catalog server per domain, as the gateway's catalog lists them."""
    return [{**t, "name": public_name(d, t["name"])} for d in domains for t in domain_tools(d)]


def settings(**gateway):
    return parse({"gateway": gateway}, "test").gateway


@every(
    ("info", "client"),
    [
        ({"name": "cursor-vscode", "version": "1.0.0"}, "cursor"),
        ({"name": "Visual Studio Code", "version": "1.99.0"}, "vscode"),
        ({"name": "Visual Studio Code - Insiders", "version": "1.100.0"}, "vscode"),
        ({"name": "windsurf-client", "version": "1.0"}, "windsurf"),
        ({"name": "claude-code", "version": "2.0.1"}, "claude-code"),
        ({"name": "claude-ai", "version": "0.1.0"}, "claude-desktop"),
        ({"name": "mcp", "version": "0.1.0"}, None),
        ({"name": "inspector-client"}, None),
        ({"version": "1"}, None),
        (None, None),
        ({"name": 42}, None),
    ],
)
def test_clients_are_recognised_from_client_info(info, client):
    assert recognise(info) == client


def test_an_unrecognised_client_keeps_every_tool_and_full_names():
    limits = limits_for({"name": "some-new-client", "version": "3"}, settings())
    assert limits.max_tools is None and limits.max_name_length == 64
    assert limits.max_result_chars == DEFAULT_RESULT_CHARS


def test_builtin_defaults_then_global_then_per_client_overrides():
    cursor = {"name": "cursor-vscode", "version": "1.0.0"}
    assert (limits_for(cursor, settings()).max_tools, limits_for(cursor, settings()).max_name_length) == (40, 60)
    assert limits_for(cursor, settings(max_tools=30)).max_tools == 30
    both = settings(max_tools=30, clients={"cursor": {"max_tools": 80}})
    assert limits_for(cursor, both).max_tools == 80
    assert limits_for({"name": "other"}, both).max_tools == 30
    exact = settings(clients={"cursor": {"max_tools": 80}, "cursor-vscode": {"max_tools": 70}})
    assert limits_for(cursor, exact).max_tools == 70, "the exact clientInfo name is the most specific"
    assert (
        limits_for({"name": "my-agent"}, settings(clients={"my-agent": {"max_name_length": 40}})).max_name_length == 40
    )
    assert limits_for(cursor, settings(max_result_chars=0)).max_result_chars is None


def test_bad_budget_settings_name_the_key():
    with pytest.raises(Exception, match=r"gateway\.max_tools"):
        parse({"gateway": {"max_tools": -1}}, "test")
    with pytest.raises(Exception, match=r"gateway\.clients\.cursor\.max_name_length"):
        parse({"gateway": {"clients": {"cursor": {"max_name_length": 8}}}}, "test")
    with pytest.raises(Exception, match="at least 2000"):
        parse({"gateway": {"max_result_chars": 500}}, "test")


@pytest.mark.parametrize("limit", [24, 32, 48, 60, 64])
def test_names_fit_the_limit_stay_distinct_and_map_back(limit):
    publics = [t["name"] for t in catalog("github", "files", "sql")]
    publics += [public_name("a-really-long-server-name", "x" * 70 + str(i)) for i in range(5)]
    names = NameMap(limit)
    names.update(publics, reserved=meta.NAMES)
    shown = [names.shown(p) for p in publics]
    assert all(len(s) <= limit and VALID.match(s) for s in shown)
    assert len(set(shown)) == len(shown)
    assert all(names.public(s) == p for s, p in zip(shown, publics, strict=True))
    again = NameMap(limit)
    again.update(publics, reserved=meta.NAMES)
    assert [again.shown(p) for p in publics] == shown, "the same names every run"


def test_names_that_fit_are_left_alone_and_meta_names_are_reserved():
    names = NameMap(60)
    names.update(["fs__read_file", "gateway__search_tools"], reserved=meta.NAMES)
    assert names.shown("fs__read_file") == "fs__read_file"
    assert names.shown("gateway__search_tools") != "gateway__search_tools", "a server named gateway cannot shadow"
    assert fit_name("x" * 70, 60) == fit_name("x" * 70, 60) and len(fit_name("x" * 70, 60)) == 60


def test_words_split_code_names_and_meet_their_plurals():
    assert words("createPullRequest") == words("create_pull_requests") == words("Create pull-request")
    assert words("issues") == words("issue") and words("files") == words("file")


@every(
    ("query", "expected"),
    [
        ("merge a pull request", "github__create_pull_request"),
        ("read file contents", "files__read_file"),
        ("list database tables", "sql__list_tables"),
        ("explain query plan", "sql__explain_query"),
        ("delete release", "github__delete_release"),
        ("search issues", "github__search_issues"),
        ("rename a file", "files__move_file"),
        ("github__get_commit", "github__get_commit"),
        ("get_commit", "github__get_commit"),
        ("describe materialized view columns", "sql__describe_materialized_view"),
    ],
)
def test_search_finds_the_right_tool_near_the_top(query, expected):
    index = ToolIndex(catalog("github", "files", "sql"))
    found = [t["name"] for t in index.search(query, 5)]
    assert expected in found, found


def test_search_ranks_an_exact_name_first_and_returns_nothing_for_nonsense():
    index = ToolIndex(catalog("github", "files", "sql"))
    assert index.search("get_commit", 3)[0]["name"] == "github__get_commit"
    assert index.search("zzqx blorf", 5) == []
    assert len(index.search("github", 50)) == 50


def test_rank_puts_favourites_then_the_most_used_first():
    tools = catalog("github", "files")
    order = [t["name"] for t in rank(tools, ["files__read_*", "github__create_issue"], {"github__list_tags": 9})]
    assert order[0] == "files__read_file" and order[1].startswith("files__read_")
    assert order.index("github__create_issue") < order.index("github__list_tags") < order.index("github__get_issue")
    assert order[-1] == tools[-1]["name"], "the rest keep catalog order"


def _rank_by_keys(tools, favorites, usage):
    """The listing order spelt out: (favourite pattern, -use, catalog position) for every tool."""
    import fnmatch

    def key(pos):
        name = tools[pos]["name"]
        fav = next((i for i, p in enumerate(favorites) if fnmatch.fnmatchcase(name, p)), len(favorites))
        return (fav, -usage.get(name, 0), pos)

    return [tools[pos] for pos in sorted(range(len(tools)), key=key)]


_NAMES = st.sampled_from(["a__x", "a__y", "b__x", "b__read", "c__z", "c__read_file", "d__q"])


@given(
    st.lists(_NAMES, max_size=12),
    st.lists(st.sampled_from(["a__*", "*__read*", "c__z", "nothing"]), max_size=3),
    st.dictionaries(_NAMES, st.integers(min_value=-2, max_value=5), max_size=5),
)
def test_rank_is_the_order_of_favourite_use_and_position(names, favorites, usage):
    tools = [{"name": n, "description": f"tool {i}"} for i, n in enumerate(names)]  # repeated names keep their order
    got = rank(tools, favorites, usage)
    assert [id(t) for t in got] == [id(t) for t in _rank_by_keys(tools, favorites, usage)]
    assert got is not tools


def test_a_catalog_over_the_budget_lists_the_best_tools_plus_meta_tools():
    tools = catalog("github", "files", "sql")
    limits = limits_for({"name": "cursor-vscode"}, settings(favorite_tools=["sql__run_*"]))
    view = ToolView(limits, ["sql__run_*"], {"files__read_file": 3})
    view.refresh(tools)
    listed = view.listing(with_reader=True)
    names = [t["name"] for t in listed]
    assert view.search_mode and len(listed) == 40
    assert names[:3] == [meta.SEARCH, meta.CALL, meta.READ]
    assert names[3].startswith("sql__run_") and "files__read_file" in names
    assert str(len(tools)) in listed[0]["description"]
    assert all(len(n) <= 60 for n in names)


def test_within_budget_the_listing_is_todays():
    tools = catalog("github")
    view = ToolView(limits_for({"name": "mcp"}, settings()), [], {})
    view.refresh(tools)
    assert not view.search_mode
    assert view.listing(with_reader=False) == tools
    assert [t["name"] for t in view.listing(with_reader=True)] == [t["name"] for t in tools] + [meta.READ]
    forced = ToolView(limits_for({"name": "mcp"}, settings(max_tools=0)), [], {})
    forced.refresh(tools)
    assert [t["name"] for t in forced.listing(with_reader=False)] == [meta.SEARCH, meta.CALL, meta.READ]


def test_search_results_carry_shown_names_descriptions_and_schemas():
    long = {"name": "github__" + "y" * 56, "description": "A very long name.", "inputSchema": {}}
    tools = [*catalog("github"), long]
    view = ToolView(limits_for({"name": "cursor-vscode"}, settings()), [], {})
    view.refresh(tools)
    (hit,) = view.search("very long name", 1)
    assert len(hit["name"]) <= 60 and view.public(hit["name"]) == "github__" + "y" * 56
    assert set(hit) == {"name", "description", "inputSchema"}
    assert view.search("", 5) == [view.search("", 50)[i] for i in range(5)], "no query: the listing order"


def test_meta_tool_arguments_are_checked_with_clear_errors():
    assert meta.search_args({"query": "x", "limit": "7"}) == ("x", 7)
    assert meta.search_args({"query": "x", "limit": 500}) == ("x", meta.SEARCH_MAX)
    assert meta.read_args({"id": "gateway://results/abc", "offset": 5.0}) == ("abc", 5, None)
    for bad, fn in (
        ({}, meta.search_args),
        ({"query": 3}, meta.search_args),
        ({"query": "x", "limit": 0}, meta.search_args),
        ("text", meta.call_args),
        ({"name": ""}, meta.call_args),
        ({"name": meta.CALL}, meta.call_args),
        ({"name": "a", "arguments": [1]}, meta.call_args),
        ({"id": "x", "offset": -1}, meta.read_args),
        ({"id": "x", "limit": True}, meta.read_args),
    ):
        with pytest.raises(meta.BadArguments):
            fn(bad)


def test_usage_counts_persist_merge_and_stay_private(tmp_path):
    path = tmp_path / "state" / "tool-usage.json"
    one, two = ToolUsage(path), ToolUsage(path)
    one.count("a__x")
    one.count("a__x")
    two.count("a__x")
    two.count("b__y")
    one.save()
    two.save()
    assert json.loads(path.read_text()) == {"a__x": 3, "b__y": 1}
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert ToolUsage(path).snapshot() == {"a__x": 3, "b__y": 1}
    path.write_text("not json")
    assert ToolUsage(path).snapshot() == {}


@examples(max_examples=100, deadline=None)
@given(
    st.lists(st.text("abcxyz_-09", min_size=1, max_size=62), min_size=1, max_size=80, unique=True),
    st.integers(24, 64),
)
def test_any_names_fit_any_limit_distinctly(tails, limit):
    publics = [f"s__{t}" for t in tails] + list(meta.NAMES)
    names = NameMap(limit)
    names.update(publics, reserved=meta.NAMES)
    shown = [names.shown(p) for p in publics]
    assert all(len(s) <= limit and VALID.match(s) for s in shown)
    assert len(set(shown)) == len(shown)
    assert not set(shown) & meta.NAMES
    assert all(names.public(s) == p for s, p in zip(shown, publics, strict=True))


def test_search_reads_full_names_even_when_the_client_sees_short_ones():
    view = ToolView(limits_for({"name": "x"}, settings(max_name_length=24)), [], {})
    view.refresh(catalog("github", "files", "sql"))
    first = view.search("list pull requests", 3)[0]["name"]
    assert len(first) == 24 and view.public(first) == "github__list_pull_requests"
    assert view.search(first, 3)[0]["name"] == first, "the shown name itself finds the tool first"


def test_a_listing_follows_the_catalogs_tools_and_the_reader_flag_each_time():
    limits = limits_for({"name": "some-client"}, settings())
    view = ToolView(limits, [], {})
    tools = catalog("github")
    view.refresh(tools)
    first = view.listing(with_reader=True)
    assert [t["name"] for t in first] == [t["name"] for t in tools] + [meta.READ]
    again = view.listing(with_reader=False)
    assert [t["name"] for t in again] == [t["name"] for t in tools], "the reader is not left in a later listing"
    first.append({"name": "edited__by_caller"})
    assert view.listing(with_reader=False) == again, "a caller's list is its own"
    changed = [{**tools[0], "description": "Reads one issue."}, *catalog("files")]
    view.refresh(changed)
    assert view.listing(with_reader=False) == changed, "a new catalog list is listed anew"

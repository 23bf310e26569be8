"""Which strings are checked, how their places are written, and copies with some of them replaced."""

from __future__ import annotations

import copy

from secure_mcp_gateway.guardrails.walk import gather, iter_strings, place_path, rebuild, replace_strings, walk


def test_arguments_walk_every_value_and_key_in_order() -> None:
    args = {"q": "x", "opts": {"type": "t", "list": ["a", {"k": "v"}], "n": 3, "b": None}}
    assert list(iter_strings(args, "arguments")) == [
        ("arguments.q#key", "q"),
        ("arguments.q", "x"),
        ("arguments.opts#key", "opts"),
        ("arguments.opts.type#key", "type"),
        ("arguments.opts.type", "t"),
        ("arguments.opts.list#key", "list"),
        ("arguments.opts.list[0]", "a"),
        ("arguments.opts.list[1].k#key", "k"),
        ("arguments.opts.list[1].k", "v"),
        ("arguments.opts.n#key", "n"),
        ("arguments.opts.b#key", "b"),
    ]


def test_results_skip_protocol_fields_but_not_structured_content() -> None:
    result = {
        "content": [
            {"type": "text", "text": "t0", "annotations": {"audience": ["user"]}, "_meta": {"x": "m"}},
            {"type": "image", "data": "AAAA", "mimeType": "image/png"},
            {"type": "resource", "resource": {"uri": "u", "mimeType": "m", "text": "rt", "blob": "b"}},
            {"type": "resource_link", "uri": "u", "name": "n", "title": "ti", "description": "d"},
        ],
        "structuredContent": {"type": "free", "data": "also free", "uri": "u2"},
        "isError": False,
        "_meta": {"y": "m"},
    }
    assert dict(iter_strings(result, "")) == {
        "content[0].text": "t0",
        "content[2].resource.text": "rt",
        "content[3].name": "n",
        "content[3].title": "ti",
        "content[3].description": "d",
        "structuredContent.type#key": "type",
        "structuredContent.type": "free",
        "structuredContent.data#key": "data",
        "structuredContent.data": "also free",
        "structuredContent.uri#key": "uri",
        "structuredContent.uri": "u2",
    }


def test_definitions_skip_structure_and_keys() -> None:
    tool = {
        "name": "t",
        "description": "d",
        "inputSchema": {
            "type": "object",
            "properties": {"p": {"type": "string", "description": "pd", "format": "uri", "pattern": "^x$"}},
            "required": ["p"],
        },
        "_meta": {"k": "v"},
    }
    assert [(s, is_key) for _, is_key, s in walk(tool, "definition")] == [("t", False), ("d", False), ("pd", False)]


def test_odd_keys_are_quoted() -> None:
    assert [w for w, _ in iter_strings({"a b": {"0": "x"}}, "arguments")] == [
        'arguments["a b"]#key',
        'arguments["a b"]["0"]#key',
        'arguments["a b"]["0"]',
    ]


def test_replace_strings_copies_only_what_changes() -> None:
    value = {"a": {"b": "x", "c": ["y", "z"]}, "d": {"e": "w"}}
    before = copy.deepcopy(value)
    new = replace_strings(value, "arguments", {"arguments.a.c[1]": "Z", "arguments.a#key": "A"})
    assert new == {"A": {"b": "x", "c": ["y", "Z"]}, "d": {"e": "w"}}
    assert value == before
    assert new["d"] is value["d"]
    assert list(new) == ["A", "d"]


def test_replace_strings_with_nothing_returns_the_same_object() -> None:
    value = {"a": "b"}
    assert replace_strings(value, "arguments", {}) is value
    assert replace_strings(value, "arguments", {"arguments.nope": "x"}) is value


def test_a_renamed_key_never_overwrites_another() -> None:
    value = {"a": 1, "b": 2}
    assert rebuild(value, {(("a",), True): "b"}) == {"a": 1, "b": 2}


def test_renames_at_two_depths_of_one_path() -> None:
    value = {"outer": {"inner": "v"}}
    new = rebuild(value, {(("outer",), True): "O", (("outer", "inner"), True): "I", (("outer", "inner"), False): "V"})
    assert new == {"O": {"I": "V"}}


def test_a_string_at_the_root() -> None:
    assert list(iter_strings("hello", "arguments")) == [("arguments", "hello")]
    assert replace_strings("hello", "arguments", {"arguments": "bye"}) == "bye"


def test_nesting_deeper_than_the_recursion_limit() -> None:
    depth = 1200
    value: object = "leaf"
    for _ in range(depth):
        value = {"k": [value]}
    path = tuple(x for _ in range(depth) for x in ("k", 0))
    assert [(p, s) for p, is_key, s in walk(value, "free") if not is_key] == [(path, "leaf")]
    node = rebuild(value, {(path, False): "LEAF"})
    for _ in range(depth):
        node = node["k"][0]
    assert node == "LEAF"


def test_gather_finds_what_walk_finds_in_the_same_order() -> None:
    nested: object = "leaf"
    for _ in range(1200):
        nested = {"k": [nested, 1]}
    values = [
        "a bare string",
        [],
        {"q": "x", "opts": {"type": "t", "list": ["a", {"k": "v"}, ("t1", "t2")], "n": 3, "b": None}, 7: "int key"},
        {
            "content": [{"type": "text", "text": "t0", "_meta": {"x": "m"}}, {"type": "image", "data": "AAAA"}],
            "structuredContent": {"type": "free", "uri": ["u", {"data": "d"}]},
            "_meta": {"y": "m"},
        },
        {"name": "t", "inputSchema": {"type": "object", "properties": {"p": {"description": "pd", "pattern": "x"}}}},
        nested,
    ]
    for value in values:
        for mode in ("free", "result", "definition"):
            texts, places = gather(value, mode)
            assert [(place_path(p), p[2], t) for t, p in zip(texts, places, strict=True)] == list(walk(value, mode))

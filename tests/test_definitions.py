"""The lean definition checks agree with the SDK's wire models on what a client would reject."""

from __future__ import annotations

from every_case import every
from mcp_types import _v2025_11_25 as wire

from secure_mcp_gateway.definitions import problem, valid_items

OBJ = {"type": "object"}
CASES = [
    ("tools", {"name": "ok", "inputSchema": OBJ}),
    ("tools", {"name": "ok", "inputSchema": {**OBJ, "properties": {"a": {"type": "string"}}, "required": ["a"]}}),
    ("tools", {"name": "ok", "inputSchema": OBJ, "outputSchema": OBJ, "annotations": {"readOnlyHint": True}}),
    ("tools", {"name": "bad", "inputSchema": {}}),
    ("tools", {"name": "bad", "inputSchema": {"type": "array"}}),
    ("tools", {"name": "bad"}),
    ("tools", {"name": 42, "inputSchema": OBJ}),
    ("tools", {"name": "bad", "inputSchema": {**OBJ, "properties": []}}),
    ("tools", {"name": "bad", "inputSchema": {**OBJ, "required": "a"}}),
    ("tools", {"name": "bad", "inputSchema": OBJ, "outputSchema": {"type": "string"}}),
    ("tools", {"name": "bad", "inputSchema": OBJ, "description": 7}),
    ("tools", {"name": "bad", "inputSchema": OBJ, "annotations": "x"}),
    ("tools", {"name": "bad", "inputSchema": OBJ, "icons": [{"mimeType": "image/png"}]}),
    ("prompts", {"name": "ok", "arguments": [{"name": "who", "required": True}]}),
    ("prompts", {"name": "bad", "arguments": [{"required": True}]}),
    ("prompts", {"name": "bad", "arguments": {"who": {}}}),
    ("resources", {"uri": "file:///a", "name": "a", "mimeType": "text/plain", "size": 3}),
    ("resources", {"uri": "file:///a"}),
    ("resources", {"uri": "file:///a", "name": "a", "size": "big"}),
    ("templates", {"uriTemplate": "file:///{path}", "name": "files"}),
    ("templates", {"uriTemplate": "file:///{path}"}),
]
MODELS = {"tools": wire.Tool, "prompts": wire.Prompt, "resources": wire.Resource, "templates": wire.ResourceTemplate}


@every("kind,item", CASES)
def test_agrees_with_the_wire_model(kind, item):
    try:
        MODELS[kind].model_validate(item)
        sdk_ok = True
    except Exception:
        sdk_ok = False
    assert (problem(kind, item) is None) == sdk_ok, problem(kind, item)


def test_bad_items_are_dropped_and_duplicates_too(caplog):
    items = [{"name": "a", "inputSchema": OBJ}, {"name": "b", "inputSchema": {}}, {"name": "a", "inputSchema": OBJ}]
    assert [i["name"] for i in valid_items("tools", items, "srv")] == ["a"]
    assert "server srv: dropped tool 'b'" in caplog.text and "listed twice" in caplog.text

"""Validation of the definitions a server lists: a bad one is dropped with a warning, the rest stay.

The rules are the ones MCP clients enforce on `tools/list`, `prompts/list`, `resources/list` and
`resources/templates/list` results (protocol 2025-11-25): one item breaking them makes a strict client reject the
whole list, so such an item is dropped here instead.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

_KEY = {"tools": "name", "prompts": "name", "resources": "uri", "templates": "uriTemplate"}
_OPTIONAL_STR = ("title", "description", "mimeType")


def _schema_problem(schema: Any, field: str) -> str | None:
    if not isinstance(schema, dict):
        return f"{field} must be an object"
    if schema.get("type") != "object":
        return f'{field}.type must be "object"'
    props = schema.get("properties")
    if props is not None and not isinstance(props, dict):
        return f"{field}.properties must be an object"
    required = schema.get("required")
    if required is not None and (not isinstance(required, list) or not all(isinstance(r, str) for r in required)):
        return f"{field}.required must be a list of strings"
    return None


def _common_problem(item: dict[str, Any]) -> str | None:
    for key in _OPTIONAL_STR:
        if key in item and item[key] is not None and not isinstance(item[key], str):
            return f"{key} must be a string"
    for key in ("_meta", "annotations"):
        if key in item and item[key] is not None and not isinstance(item[key], dict):
            return f"{key} must be an object"
    icons = item.get("icons")
    if icons is not None and (
        not isinstance(icons, list) or not all(isinstance(i, dict) and isinstance(i.get("src"), str) for i in icons)
    ):
        return "icons must be a list of objects with a src"
    return None


def _tool_problem(item: dict[str, Any]) -> str | None:
    why = _schema_problem(item.get("inputSchema"), "inputSchema")
    if why is None and item.get("outputSchema") is not None:
        why = _schema_problem(item["outputSchema"], "outputSchema")
    return why


def _prompt_problem(item: dict[str, Any]) -> str | None:
    args = item.get("arguments")
    if args is None:
        return None
    if not isinstance(args, list):
        return "arguments must be a list"
    for i, arg in enumerate(args):
        if not isinstance(arg, dict) or not isinstance(arg.get("name"), str):
            return f"arguments[{i}] needs a name"
        if "required" in arg and arg["required"] is not None and not isinstance(arg["required"], bool):
            return f"arguments[{i}].required must be true or false"
    return None


def _resource_problem(item: dict[str, Any]) -> str | None:
    if not isinstance(item.get("name"), str):
        return 'missing "name"'
    size = item.get("size")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool)):
        return "size must be an integer"
    return None


_CHECKS = {
    "tools": _tool_problem,
    "prompts": _prompt_problem,
    "resources": _resource_problem,
    "templates": _resource_problem,
}


def problem(kind: str, item: Any) -> str | None:
    """Why a listed definition is unusable, or None when it is fine."""
    if not isinstance(item, dict):
        return "not an object"
    key = _KEY[kind]
    if not isinstance(item.get(key), str) or not item[key]:
        return f'missing "{key}"'
    return _common_problem(item) or _CHECKS[kind](item)


def valid_items(kind: str, items: list[Any], server: str) -> list[dict[str, Any]]:
    """The items that are valid; each invalid one is logged and dropped."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    key = _KEY[kind]
    for item in items:
        why = problem(kind, item)
        if why is None and item[key] in seen:
            why = "listed twice"
        if why is not None:
            label = item.get(key) if isinstance(item, dict) else None
            log.warning("server %s: dropped %s %r: %s", server, kind[:-1], label, why)
            continue
        seen.add(item[key])
        out.append(item)
    return out

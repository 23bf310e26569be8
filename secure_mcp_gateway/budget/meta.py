"""The gateway's own tools: search the whole catalog, call any tool by name, page through a kept result."""

from __future__ import annotations

from typing import Any

SEARCH = "gateway__search_tools"
CALL = "gateway__call_tool"
READ = "gateway__read_result"
NAMES = frozenset((SEARCH, CALL, READ))
SEARCH_LIMIT = 10
SEARCH_MAX = 50


def definitions(total: int, listed: int) -> dict[str, dict[str, Any]]:
    """The meta-tools' definitions, by name; `total` and `listed` tell the model how much is behind search."""
    return {
        SEARCH: {
            "name": SEARCH,
            "title": "Search tools",
            "description": (
                f"Search all {total} tools of the servers behind this gateway ({listed} are listed directly) by "
                "name, title and description. Returns the best matches with their names, descriptions and input "
                f"schemas; run one with {CALL}."
            ),
            "inputSchema": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "description": "Words describing the tool, or part of its name."},
                    "limit": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": SEARCH_MAX,
                        "default": SEARCH_LIMIT,
                        "description": "Most tools to return.",
                    },
                },
                "required": ["query"],
            },
            "annotations": {"readOnlyHint": True, "openWorldHint": False},
        },
        CALL: {
            "name": CALL,
            "title": "Call a tool",
            "description": (
                f"Run any tool of the servers behind this gateway by its name (as {SEARCH} returns it), with its "
                "arguments. The same checks apply as to a direct call."
            ),
            "inputSchema": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "description": "The tool's name."},
                    "arguments": {"type": "object", "description": "The tool's arguments, as its input schema says."},
                },
                "required": ["name"],
            },
        },
        READ: read_definition(),
    }


def read_definition() -> dict[str, Any]:
    """The definition of the result reader."""
    return {
        "name": READ,
        "title": "Read a kept result",
        "description": (
            "Read part of a large tool result the gateway kept in full after sending a preview. Give the id from "
            "the preview and the character offset to start at; the answer says where the next part starts."
        ),
        "inputSchema": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The result's id, from the preview."},
                "offset": {"type": "integer", "minimum": 0, "default": 0, "description": "First character to read."},
                "limit": {"type": "integer", "minimum": 1, "description": "Most characters to read."},
            },
            "required": ["id"],
        },
        "annotations": {"readOnlyHint": True, "openWorldHint": False},
    }


class BadArguments(ValueError):
    """Arguments of a meta-tool that do not match its schema; the message says what to send."""


def _int(args: dict[str, Any], key: str, default: int | None, low: int, high: int | None = None) -> int | None:
    value = args.get(key, default)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        raise BadArguments(f'"{key}" must be a whole number of at least {low}')
    return min(value, high) if high is not None else value


def _object(arguments: Any) -> dict[str, Any]:
    if arguments is None:
        return {}
    if not isinstance(arguments, dict):
        raise BadArguments("the arguments must be a JSON object")
    return arguments


def search_args(arguments: Any) -> tuple[str, int]:
    """(query, limit) of a search."""
    args = _object(arguments)
    query = args.get("query")
    if not isinstance(query, str):
        raise BadArguments('"query" is needed: words describing the tool you look for')
    limit = _int(args, "limit", SEARCH_LIMIT, 1, SEARCH_MAX)
    assert limit is not None
    return query, limit


def call_args(arguments: Any) -> tuple[str, Any]:
    """(name, arguments) of a call through the gateway."""
    args = _object(arguments)
    name = args.get("name")
    if not isinstance(name, str) or not name:
        raise BadArguments(f'"name" is needed: the name of the tool to run (find it with {SEARCH})')
    if name in NAMES:
        raise BadArguments(f"{name} is called directly, not through {CALL}")
    inner = args.get("arguments")
    if inner is not None and not isinstance(inner, dict):
        raise BadArguments('"arguments" must be a JSON object (the tool\'s arguments by name)')
    return name, inner


def read_args(arguments: Any) -> tuple[str, int, int | None]:
    """(id, offset, limit) of a read."""
    args = _object(arguments)
    rid = args.get("id")
    if not isinstance(rid, str) or not rid:
        raise BadArguments('"id" is needed: the id given in the preview')
    if rid.startswith("gateway://results/"):
        rid = rid[len("gateway://results/") :]
    offset = _int(args, "offset", 0, 0)
    assert offset is not None
    return rid, offset, _int(args, "limit", None, 1)

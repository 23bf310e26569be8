"""Whether a server's notification has the shape MCP gives it: a client cannot use one that does not."""

from __future__ import annotations

from typing import Any

from secure_mcp_gateway.session import LOG_LEVELS

_LISTS = ("tools", "prompts", "resources")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _token(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    """A short name of a JSON value's type, for a message (never the value: it may hold a secret)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


# method -> [(field, required, test, what it must be)]
_FIELDS: dict[str, list[tuple[str, bool, Any, str]]] = {
    "notifications/progress": [
        ("progressToken", True, _token, "a string or a number"),
        ("progress", True, _number, "a number"),
        ("total", False, _number, "a number"),
        ("message", False, lambda v: isinstance(v, str), "a string"),
    ],
    "notifications/message": [
        ("level", True, lambda v: v in LOG_LEVELS, "an MCP log level (" + ", ".join(LOG_LEVELS) + ")"),
        ("data", True, lambda v: True, "any value"),
        ("logger", False, lambda v: isinstance(v, str), "a string"),
    ],
    "notifications/resources/updated": [("uri", True, lambda v: isinstance(v, str), "a string")],
    "notifications/cancelled": [
        ("requestId", False, _token, "a string or a number"),
        ("reason", False, lambda v: isinstance(v, str), "a string"),
    ],
    "notifications/elicitation/complete": [("elicitationId", True, lambda v: isinstance(v, str), "a string")],
}


def malformed(method: str, params: Any) -> str | None:
    """What is wrong with a server's notification `method` with `params` (None when nothing is)."""
    fields = _FIELDS.get(method)
    if params is None and fields is None:
        return None
    if not isinstance(params, dict):
        return f"its params are {_kind(params)}, not an object"
    for name, required, test, must in fields or ():
        if name not in params:
            if required:
                return f"it has no `{name}`"
        elif not test(params[name]):
            return f"`{name}` is {_shown(params[name])}, not {must}"
    return None


_LEVEL_LIKE = frozenset({"warn", "fatal", "trace", "verbose", "err", "crit", "information", *LOG_LEVELS})


def _shown(value: Any) -> str:
    """A value's type; a level's own name too when it is a common one (any other string may hold a secret)."""
    if isinstance(value, str) and value.lower() in _LEVEL_LIKE:
        return repr(value)
    return _kind(value)

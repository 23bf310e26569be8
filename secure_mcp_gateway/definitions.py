"""Validation of the definitions a server lists: a bad one is dropped with a warning, the rest stay."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

_MODEL_NAMES = {"tools": "Tool", "prompts": "Prompt", "resources": "Resource", "templates": "ResourceTemplate"}
_KEY = {"tools": "name", "prompts": "name", "resources": "uri", "templates": "uriTemplate"}


@cache
def _model(kind: str) -> Any:
    try:
        from mcp_types import _v2025_11_25 as wire
    except ImportError:  # a newer SDK layout: the public models validate the same shapes
        import mcp_types as wire
    return getattr(wire, _MODEL_NAMES[kind])


def problem(kind: str, item: Any) -> str | None:
    """Why a listed definition is unusable, or None when it is fine."""
    if not isinstance(item, dict):
        return "not an object"
    key = _KEY[kind]
    if not isinstance(item.get(key), str) or not item[key]:
        return f'missing "{key}"'
    try:
        _model(kind).model_validate(item)
    except Exception as exc:
        errors = getattr(exc, "errors", None)
        if callable(errors):
            first = errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            return f"{where}: {first.get('msg')}" if where else str(first.get("msg"))
        return str(exc)
    return None


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

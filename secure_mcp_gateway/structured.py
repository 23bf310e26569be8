"""A checked tool result whose structured content the checks changed, held against the tool's output schema."""

from __future__ import annotations

import json
import logging
from typing import Any

from secure_mcp_gateway.guardrails.outcome import attach

log = logging.getLogger(__name__)

_VALIDATORS: dict[str, Any] = {}
"""Compiled validators by the schema's canonical JSON (compiling costs far more than validating)."""
_KEPT = 256


def fitted(result: Any, listed: Any, schema: Any) -> Any:
    """`result` as the checks made it, unless they changed its structured content (a secret replaced by a
    placeholder, hidden characters dropped) so that it no longer matches the tool's output schema: then the same
    result marked `isError`, with a note saying why (a client does not hold an error's structured content to the
    schema, and would refuse the result otherwise). `listed` is the result as the server sent it."""
    if (
        not isinstance(result, dict)
        or not isinstance(schema, dict)
        or result.get("isError")
        or "structuredContent" not in result
        or not isinstance(listed, dict)
        or result["structuredContent"] is listed.get("structuredContent")
    ):
        return result
    problem = _problem(result["structuredContent"], schema)
    if problem is None:
        return result
    log.info("a checked result no longer matches its tool's output schema (%s); returned as an error", problem)
    note = (
        "[secure-mcp-gateway] Note: the gateway changed this tool's structured result (a secret replaced by a "
        f"placeholder, or hidden characters removed), so it no longer matches the tool's output schema ({problem}); "
        "the result is returned as an error so that the client accepts it. Its content is otherwise as the tool "
        "returned it."
    )
    return {**attach(result, note), "isError": True}


def _problem(value: Any, schema: dict[str, Any]) -> str | None:
    """Where and by which rule `value` fails `schema` (never the value itself), or None when it passes or the schema
    cannot be compiled."""
    try:
        key = json.dumps(schema, sort_keys=True)
    except (TypeError, ValueError):
        return None
    validator = _VALIDATORS.get(key)
    if validator is None:
        from jsonschema import SchemaError
        from jsonschema.validators import validator_for

        try:
            cls = validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema)
        except (SchemaError, TypeError, ValueError):
            return None
        if len(_VALIDATORS) >= _KEPT:
            _VALIDATORS.clear()
        _VALIDATORS[key] = validator
    try:
        error = next(iter(validator.iter_errors(value)), None)
    except Exception:  # an unresolvable $ref or another fault of the schema: nothing to say about the value
        return None
    if error is None:
        return None
    return f"{error.json_path} fails its {error.validator!r} rule"

"""Choices a definition's schema makes for the person: a parameter for their consent fixed to yes (a one-value enum,
a constant or a default of agreement)."""

from __future__ import annotations

import re
from typing import Any

from .findings import Finding

DETECTOR = "poisoning"

_CONSENT_NAME = re.compile(
    r"consent|opt_?in|optin|agree|accept_?terms|terms_?accept|data_?sharing|share_?data|photo_?release",
    re.IGNORECASE,
)
"""Parameter names that stand for the person's own say (their consent, an opt-in, sharing their data)."""
_YES = frozenset(
    "true yes y granted given accepted agreed agree accept opted_in opted-in optin opt_in opt-in on allow allowed"
    " consented consent approved approve 1".split()
)


def _yes(value: Any) -> bool:
    """Whether a schema value says yes (`true`, "granted", "opted_in")."""
    if value is True:
        return True
    return isinstance(value, str) and value.strip().lower() in _YES


def _fixed_yes(schema: dict[str, Any]) -> bool:
    """Whether a parameter's schema leaves only yes, or answers yes unless changed."""
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(_yes(v) for v in enum):
        return True
    return ("const" in schema and _yes(schema["const"])) or ("default" in schema and _yes(schema["default"]))


def find(definition: Any) -> list[tuple[str, Finding]]:
    """(parameter name, finding) for each parameter of a tool's input schema that fixes the person's consent to yes."""
    schema = definition.get("inputSchema") if isinstance(definition, dict) else None
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict):
        return []
    out = []
    for name, sub in props.items():
        if isinstance(name, str) and isinstance(sub, dict) and _CONSENT_NAME.search(name) and _fixed_yes(sub):
            out.append((name, Finding(DETECTOR, "approval_bypass", 0, 0, 0.7)))
    return out

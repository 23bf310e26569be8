"""Choices a definition's schema makes for the person: a parameter for their consent fixed to yes (a one-value enum,
a constant or a default of agreement), or a paid extra fixed on (the only value offered, or the default)."""

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
_CONFIRMING = re.compile(r"double_?opt|confirm|verify|verification", re.IGNORECASE)
"""Names of a step that asks the person again (a double opt-in): yes is the careful value there."""
_EXTRA_NAME = re.compile(
    r"(?:^|_|-|\b)(?:extras?|add_?ons?|addons?|upsells?|upgrades?|protection|insurance|warrant(?:y|ies)|donations?"
    r"|tips?|gratuity|cover(?:age)?)(?:$|_|-|\b)|(?<=[a-z])(?:Extras?|AddOns?|Addons?|Upsells?|Upgrades?)",
    re.IGNORECASE,
)
"""Parameter names of something that costs the person extra."""
_NONE = frozenset("none no false off 0 basic standard free default skip".split())
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


def _fixed_extra(schema: dict[str, Any]) -> bool:
    """Whether a parameter's schema offers only a paid option, or picks one unless changed."""
    enum = schema.get("enum")
    fixed = []
    if isinstance(enum, list) and len(enum) == 1:
        fixed.append(enum[0])
    for key in ("const", "default"):
        if key in schema:
            fixed.append(schema[key])
    return any(
        (isinstance(v, str) and v.strip() and v.strip().lower() not in _NONE)
        or (isinstance(v, list) and any(isinstance(x, str) and x.strip().lower() not in _NONE for x in v))
        or v is True
        for v in fixed
    )


def find(definition: Any) -> list[tuple[str, Finding]]:
    """(parameter name, finding) for each parameter of a tool's input schema that fixes the person's consent to yes
    or a paid extra on."""
    schema = definition.get("inputSchema") if isinstance(definition, dict) else None
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict):
        return []
    out = []
    for name, sub in props.items():
        if not isinstance(name, str) or not isinstance(sub, dict):
            continue
        consent = _CONSENT_NAME.search(name) and not _CONFIRMING.search(name) and _fixed_yes(sub)
        if consent or (_EXTRA_NAME.search(name) and _fixed_extra(sub)):
            out.append((name, Finding(DETECTOR, "approval_bypass", 0, 0, 0.7)))
    return out

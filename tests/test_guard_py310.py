"""Every regular expression of the detectors also compiles on Python 3.10 (no possessive or atomic syntax)."""

from __future__ import annotations

import re
from types import ModuleType

from secure_mcp_gateway.guardrails import deny, hidden, injection, local, pii, poisoning, scan, secrets, walk

# a quantifier (*, +, ?, {m,n}) directly followed by "+", or an atomic group: both are Python 3.11+ only
_NEWER = re.compile(r"(?<!\\)(?:[*+?]|\{\d*,?\d*\})\+|\(\?>")


def _patterns(value: object, seen: set[int], depth: int = 0) -> list[re.Pattern[str]]:
    if id(value) in seen or depth > 6:
        return []
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(value, (tuple, list, set, frozenset)):
        return [p for v in value for p in _patterns(v, seen, depth + 1)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _patterns(v, seen, depth + 1)]
    if hasattr(value, "__dict__") and not isinstance(value, (type, ModuleType)):
        return [p for v in vars(value).values() for p in _patterns(v, seen, depth + 1)]
    if hasattr(value, "__slots__"):
        return [p for name in value.__slots__ for p in _patterns(getattr(value, name, None), seen, depth + 1)]
    return []


def _strip_classes(pattern: str) -> str:
    """The pattern without its [...] character classes, where "+" is only a character."""
    return re.sub(r"\[(?:\\.|[^\]\\])*\]", "[]", pattern)


def test_no_pattern_needs_python_311():
    seen: set[int] = set()
    found = []
    for module in (deny, hidden, injection, local, pii, poisoning, scan, secrets, walk):
        for value in vars(module).values():
            found += _patterns(value, seen)
    assert len(found) > 30, "the search reaches the detectors' patterns"
    texts = [p.pattern if isinstance(p.pattern, str) else p.pattern.decode("latin-1") for p in found]
    assert any("0bU" in t for t in texts), "byte patterns (the number-shape scan) are checked too"
    newer = [t for t in texts if _NEWER.search(_strip_classes(t))]
    assert newer == []


def test_the_check_itself_catches_possessive_and_atomic_syntax():
    assert _NEWER.search(_strip_classes(r"a{1,4}+b"))
    assert _NEWER.search(_strip_classes(r"(?>ab)c"))
    assert _NEWER.search(_strip_classes(r"x*+"))
    assert not _NEWER.search(_strip_classes(r"[+*]+ \++ a+b"))

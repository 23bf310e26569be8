"""The last line of defence: high-confidence secret shapes replaced by `<SECRET>` in any text written out."""

from __future__ import annotations

import functools
import json
import math
import re
from typing import Any

SECRET = "<SECRET>"

# Each shape starts with a literal, so the regex engine can skip ahead to it: one search per shape is about as
# cheap as a substring test. `sk-` and AWS ids also need a word boundary before them (see `_bounded`).
_PEM = re.compile(r"-----BEGIN[ A-Z0-9]*PRIVATE KEY-----(?:[\s\S]*?-----END[ A-Z0-9]*PRIVATE KEY-----|[\s\S]*)")
_SHAPES: tuple[tuple[re.Pattern[str], bool], ...] = (
    # PEM private key blocks, or what is left of one when the text was cut before its END line
    (_PEM, False),
    # GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs
    (re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}"), False),
    (re.compile(r"github_pat_[A-Za-z0-9_]{20,}"), False),
    # OpenAI / Anthropic style API keys (sk-..., sk-proj-..., sk-ant-...)
    (re.compile(r"sk-[A-Za-z0-9_\-]{20,}"), True),
    # AWS access key ids (long-lived and temporary)
    (re.compile(r"A[KS]IA[A-Z0-9]{16}(?![A-Za-z0-9])"), True),
    # Slack bot, user, app, config and refresh tokens
    (re.compile(r"xox[abposr]-[A-Za-z0-9\-]{15,}"), False),
    # JSON Web Tokens: base64url header and payload that both start with '{"'
    (re.compile(r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*"), False),
)
_MIN_LEN = 20  # no shape above is shorter
SHORTEST = _MIN_LEN
"""No secret shape is shorter than this: a shorter text holds none."""
_MAX_DEPTH = 32


def _replace(match: re.Match[str]) -> str:
    return SECRET


def _bounded(match: re.Match[str]) -> str:
    """Replace only at a word start (`task-...` is not a key), counting an escape like `\\n` as a boundary."""
    start, text = match.start(), match.string
    if start == 0:
        return SECRET
    before = text[start - 1]
    if (before.isalnum() or before == "_") and not (start >= 2 and text[start - 2] == "\\"):
        return match.group()
    return SECRET


def scrub(text: str) -> str:
    """`text` with every high-confidence secret shape replaced by `<SECRET>`; unchanged (same object) if none."""
    if len(text) < _MIN_LEN:
        return text
    out = text
    for pattern, bounded in _SHAPES:
        if pattern.search(out):
            out = pattern.sub(_bounded if bounded else _replace, out)
    return text if out == text else out


def may_hold_secret(text: str) -> bool:
    """Whether some secret shape appears anywhere in `text` (boundaries aside): a cheap test before a full scrub."""
    return len(text) >= _MIN_LEN and any(pattern.search(text) for pattern, _ in _SHAPES)


_BYTE_SHAPES = tuple(re.compile(pattern.pattern.encode("ascii")) for pattern, _ in _SHAPES)


def may_hold_secret_bytes(data: bytes) -> bool:
    """`may_hold_secret` of UTF-8 text (every shape is ASCII), without decoding it."""
    return len(data) >= _MIN_LEN and any(pattern.search(data) for pattern in _BYTE_SHAPES)


_CLEAN_NAMES: dict[str, bool] = {}
_CLEAN_NAMES_KEPT = 4096


def is_clean_name(text: str) -> bool:
    """Whether `text` holds no secret shape, for texts that come back on every line (server and tool names): a
    text shorter than any shape needs no search, and one found clean before is not searched again."""
    if len(text) < _MIN_LEN or text in _CLEAN_NAMES:
        return True
    if may_hold_secret(text):
        return False  # (never remembered: a secret is not kept anywhere it was not already)
    if len(_CLEAN_NAMES) >= _CLEAN_NAMES_KEPT:
        _CLEAN_NAMES.clear()
    _CLEAN_NAMES[text] = True
    return True


def scrub_value(value: Any, _depth: int = 0) -> Any:
    """A JSON-safe copy of `value` with every string (keys included) scrubbed; unknown objects become strings."""
    kind = type(value)
    if kind is str:
        return scrub(value)
    if value is None or kind is bool or kind is int:
        return value
    if kind is float:
        return value if math.isfinite(value) else str(value)
    if _depth >= _MAX_DEPTH:
        return "<too deep>"
    if kind is dict:
        return {(scrub(k) if type(k) is str else scrub(str(k))): scrub_value(v, _depth + 1) for k, v in value.items()}
    if kind is list or kind is tuple:
        return [scrub_value(v, _depth + 1) for v in value]
    return _scrub_other(value, _depth)


def _scrub_other(value: Any, depth: int) -> Any:
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return scrub_value(float(value), depth)
    if isinstance(value, str):
        return scrub(str(value))
    if isinstance(value, dict):
        return scrub_value(dict(value), depth)
    if isinstance(value, (list, tuple)):
        return scrub_value(list(value), depth)
    if isinstance(value, (set, frozenset)):
        return sorted((scrub_value(v, depth + 1) for v in value), key=repr)
    if isinstance(value, (bytes, bytearray, memoryview)):
        from secure_mcp_gateway.audit.records import digest

        return digest(bytes(value))
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        try:
            return scrub_value(dump(mode="json", by_alias=True, exclude_none=True), depth + 1)
        except Exception:
            pass
    return scrub(str(value))


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        from secure_mcp_gateway.audit.records import digest

        return digest(bytes(value))
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_none=True)
    return str(value)


def _as_repr(value: Any) -> str:
    """What JSON cannot hold, as its repr."""
    return repr(value)


compact_json = functools.partial(json.dumps, separators=(",", ":"), default=_as_repr)
"""A value as compact JSON (ASCII), anything JSON cannot hold as its repr."""


class ScrubbingJSONRenderer:
    """structlog-style processor that renders the event dict as one compact JSON object with no secret shape in it.

    The fast path encodes once and searches the encoded text for secret shapes (a shape inside any string shows up
    unchanged in the JSON text); only when one appears, or a value is not plain JSON (NaN, odd keys, cycles), is the
    dict walked with `scrub_value` and encoded again.
    """

    def __init__(self) -> None:
        self._fast = functools.partial(
            json.dumps, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_json_default
        )
        self._safe = functools.partial(json.dumps, separators=(",", ":"), ensure_ascii=False, default=_as_repr)

    def __call__(self, logger: Any, name: str, event_dict: dict[str, Any]) -> str:
        """Render `event_dict`."""
        try:
            text = self._fast(event_dict)
        except (ValueError, TypeError, RecursionError):
            text = None
        if isinstance(text, str) and not may_hold_secret(text):
            return text
        return self._safe(scrub_value(event_dict))

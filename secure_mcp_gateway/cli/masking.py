"""Where secrets sit in command-line text (args, env values, headers, URLs), to mask them or move them out."""

from __future__ import annotations

import re

from secure_mcp_gateway.audit.scrub import scrub
from secure_mcp_gateway.guardrails import secrets

MASK = "****"
_SECRET_NAME = re.compile(
    r"(?i)(token|secret|passw|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth|cookie|"
    r"session|signature|(^|_)pat($|_)|(^|_)key$)"
)
_REFERENCE = re.compile(r"^\s*(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\s*$")
_BEARER = re.compile(r"(?i)^(bearer|basic|token)\s+")


def spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of every secret the detectors find in `text`."""
    found = sorted((f.start, f.end) for f in secrets.find(text))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def named_secret(name: str, value: str) -> bool:
    """Whether a value is secret because of the name it is given (`GITHUB_TOKEN`, `Authorization`)."""
    return bool(_SECRET_NAME.search(name)) and len(value.strip()) >= 4 and not _REFERENCE.match(value)


def value_span(name: str, value: str) -> tuple[int, int] | None:
    """The secret part of a named value: after `Bearer ` in a header, else all of it; None if not secret."""
    if not named_secret(name, value):
        return None
    m = _BEARER.match(value)
    return (m.end(), len(value)) if m and m.end() < len(value) else (0, len(value))


def mask(text: str, name: str = "") -> str:
    """`text` with every secret in it (and all of it, when `name` says it is one) replaced by `****`."""
    whole = value_span(name, text) if name else None
    if whole is not None:
        return text[: whole[0]] + MASK
    out, last = [], 0
    for start, end in spans(text):
        out.append(text[last:start] + MASK)
        last = end
    out.append(text[last:])
    return scrub("".join(out))


def mask_url(url: str) -> str:
    """`url` with the value of every query parameter and any password replaced by `****` (a key there may be too
    short or plain for the detectors), then `mask`ed."""
    base, sep, query = url.partition("?")
    if sep:
        query, hash_, fragment = query.partition("#")
        pairs = [p.partition("=") for p in query.split("&")]
        query = "&".join(k + eq + (MASK if eq and v else v) for k, eq, v in pairs) + hash_ + fragment
    scheme, sep2, rest = base.partition("://")
    host, slash, path = rest.partition("/")
    user, at, where = host.rpartition("@")
    if at and ":" in user:
        host = user.split(":", 1)[0] + ":" + MASK + "@" + where
    return mask(scheme + sep2 + host + slash + path + sep + query)

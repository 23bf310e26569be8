"""Matching a concrete URI against an RFC 6570 URI template, for routing `resources/read`."""

from __future__ import annotations

import re
from functools import lru_cache

_EXPR = re.compile(r"\{([+#./;?&]?)([^}]*)\}")
_PIECES = {
    "": r"[^/?#]+",
    "+": r".+",
    "#": r"(?:#.*)?",
    ".": r"(?:\.[^/?#]+)*",
    "/": r"(?:/[^/?#]+)*",
    ";": r"(?:;[^/?#]*)*",
    "?": r"(?:\?[^#]*)?",
    "&": r"(?:&[^#]*)*",
}


@lru_cache(maxsize=1024)
def _compile(template: str) -> re.Pattern[str]:
    out: list[str] = []
    pos = 0
    for m in _EXPR.finditer(template):
        out.append(re.escape(template[pos : m.start()]))
        out.append(_PIECES[m.group(1)])
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out) + r"\Z", re.DOTALL)


def matches(template: str, uri: str) -> bool:
    """Whether `uri` could have been produced by expanding `template`."""
    return _compile(template).match(uri) is not None

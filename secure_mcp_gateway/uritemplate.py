"""Matching a concrete URI against an RFC 6570 URI template, for routing `resources/read`."""

from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _compiler as _sre_compile  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]

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


_KEPT_LENGTH = 1024
"""Longest template whose expression is kept: a longer one (a server can send any) is compiled each time it is
matched (when its literal text is all in the URI), outside `re`'s own cache too, so the texts of templates a
server dropped do not stay in memory."""


def _could_match(template: str, uri: str) -> bool:
    """Whether the literal runs of `template` are in `uri` in order, the first at its start and the last at its end
    (which any match needs)."""
    runs = _EXPR.split(template)[::3]
    if len(runs) == 1:
        return uri == template
    first, last = runs[0], runs[-1]
    if len(uri) < len(first) + len(last) or not uri.startswith(first) or not uri.endswith(last):
        return False
    at, end = len(first), len(uri) - len(last)
    for run in runs[1:-1]:
        at = uri.find(run, at, end)
        if at < 0:
            return False
        at += len(run)
    return True


def _source(template: str) -> str:
    """The text of the expression for `template`."""
    out: list[str] = []
    pos = 0
    for m in _EXPR.finditer(template):
        out.append(re.escape(template[pos : m.start()]))
        out.append(_PIECES[m.group(1)])
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return "".join(out) + r"\Z"


@lru_cache(maxsize=1024)
def _kept(template: str) -> re.Pattern[str]:
    return re.compile(_source(template), re.DOTALL)


def matches(template: str, uri: str) -> bool:
    """Whether `uri` could have been produced by expanding `template`."""
    if len(template) <= _KEPT_LENGTH:
        return _kept(template).match(uri) is not None
    if not _could_match(template, uri):
        return False
    return _sre_compile.compile(_source(template), int(re.DOTALL)).match(uri) is not None

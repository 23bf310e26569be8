"""The roots a server shared by several clients is given: one user's clients' roots together, and of several users'
only what each of them gave (a folder one user gave and a folder inside it another gave: the inner one).

A server holds one set of roots for every client it serves (server-filesystem and server-everything read them at
start and when told they changed, and work within them for any later call), so a folder in it is open to every
client's calls: a folder only one user gave would open it to the others'."""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import unquote, urlsplit

Roots = list[dict[str, Any]]


def given(answer: Any) -> Roots:
    """The roots of a client's `roots/list` answer that name a URI (anything else in it is left out)."""
    roots = answer.get("roots") if isinstance(answer, dict) else None
    if not isinstance(roots, list):
        return []
    return [r for r in roots if isinstance(r, dict) and isinstance(r.get("uri"), str)]


def shared(answers: list[tuple[str | None, Roots]]) -> Roots:
    """The roots every user gave, from (identity, roots) of each client: a user's several clients (and every client
    of a gateway without tokens) count as one, their roots taken together."""
    by_user: dict[str | None, Roots] = {}
    for identity, roots in answers:
        mine = by_user.setdefault(identity, [])
        mine.extend(r for r in roots if all(r["uri"] != m["uri"] for m in mine))
    out: Roots | None = None
    for roots in by_user.values():
        out = roots if out is None else _both(out, roots)
    return out or []


def _both(left: Roots, right: Roots) -> Roots:
    """The roots within both sets: each root of one that is (or is inside) a root of the other."""
    out: Roots = []
    for root in [*left, *right]:
        other = right if any(root is r for r in left) else left
        if any(_within(root["uri"], o["uri"]) for o in other) and all(root["uri"] != r["uri"] for r in out):
            out.append(root)
    return out


def _within(inner: str, outer: str) -> bool:
    """Whether URI `inner` is `outer` or below it (same scheme and host, its path under `outer`'s)."""
    if inner == outer:
        return True
    a, b = urlsplit(inner), urlsplit(outer)
    if (a.scheme.lower(), a.netloc.lower()) != (b.scheme.lower(), b.netloc.lower()) or a.query or a.fragment:
        return False
    base, path = _resolved(b.path), _resolved(a.path)
    return path == base or path.startswith(base.rstrip("/") + "/")


def _resolved(path: str) -> str:
    """A URI's path as the folder it names: percent-escapes decoded, backslashes as slashes, `.` and `..` resolved
    (`/srv/shared/%2e%2e/ann` is `/srv/ann`, never a folder inside `/srv/shared`)."""
    return posixpath.normpath("/" + unquote(path).replace("\\", "/").lstrip("/"))

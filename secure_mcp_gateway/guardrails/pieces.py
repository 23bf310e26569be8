"""Payload splitting: an order cut into quoted pieces held by names and joined again ("a = 'ignore all previous';
b = 'instructions'; print a + b")."""

from __future__ import annotations

import re

_LIMIT = 4096
"""Longer texts are not read for pieces (a split payload is a short message)."""
_NAME = r"[a-z_][a-z0-9_]{0,15}"
_PIECE = re.compile(
    r"\b(" + _NAME + r")\s*(?:=|:=|:|\bis\b)\s*(?:\"([^\"\n]{1,200})\"|'([^'\n]{1,200})'|“([^”\n]{1,200})”)"
)
"""A name given a quoted string ('a = "ignore all"', "let b = 'previous'", 'x: "rules"')."""
_JOIN = re.compile(_NAME + r"(?:\s*\+\s*" + _NAME + r")+")
"""Names joined with "+" ("a + b", "x+y+z")."""
_PATHLIKE = re.compile(r"[/\\]|\.[a-z0-9]{1,4}\s*$")
"""A piece of a path or a file name ("/tmp/", "instructions.txt")."""


def joined(low: str) -> list[str]:
    """The strings each "+" of `low` makes of its named quoted pieces (as written, then with a blank between pieces);
    [] when it joins no two of them."""
    if len(low) > _LIMIT or "+" not in low or (low.count('"') + low.count("'") + low.count("“")) < 4:
        return []
    joins = [m.group() for m in _JOIN.finditer(low)]
    if not joins:
        return []
    pieces = {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _PIECE.finditer(low)}
    if len(pieces) < 2:
        return []
    out: list[str] = []
    for expr in joins:
        names = [n.strip() for n in expr.split("+")]
        if all(n in pieces for n in names):
            parts = [pieces[n] for n in names]
            if not any(" " in p.strip() for p in parts) or any(_PATHLIKE.search(p) for p in parts):
                continue  # words or a path put together ("x + '.txt'"), not a sentence
            out.append("".join(parts))
            out.append(" ".join(p.strip() for p in parts))
    return out

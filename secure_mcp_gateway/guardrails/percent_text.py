"""Text written with URL percent-escapes (`token%3Dghp_...`, a form body, a query string inside a query string) read
as the characters they stand for, so that the secrets and personal-data detectors find what a server decodes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .containers import _orig_at, splice
from .findings import Finding

Detect = Callable[[str, "str | None"], list[Finding]]

_RUN = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
"""A run of escapes (led by the literal `%`, which the engine looks for fast; a repeated group first tried every
place)."""
_QUERY_TOKEN = re.compile(r"[^\s\"'<>]*=[^\s\"'<>]*")
"""A run of text without spaces that assigns a value (`a=1&b=2`): in a form body or a query `+` stands for a space."""
_PLUS = re.compile(r"(?<=[\w%])\+(?=[\w%])")
_ESCAPED = frozenset(" \t\r\n\"#$%&'+,/:;<=>?@[\\]^`{|}!()*")
"""Characters URL encoding writes as escapes: an escape of a letter, a digit or `-._~` is no URL's (a C format
such as `%2d` or `%5d` is not read as one)."""
WHOLE = 8000
"""A text up to this long is read decoded whole; in a longer one, only the lines that hold escapes (and the line
before each, where a name may stand)."""
_ROUNDS = 2
"""How many times escapes are decoded (`%253D`, a URL put into a query twice, reads `%3D`, then `=`)."""


def _plain(run: str) -> str | None:
    """The characters a run of escapes stands for, or None when it is no URL's (bytes that are not UTF-8, a control
    character, or only escapes of characters URL encoding leaves as they are)."""
    try:
        plain = bytes.fromhex(run.replace("%", "")).decode("utf-8")
    except ValueError:
        return None
    if not any(c in _ESCAPED or c > "\x7f" for c in plain):
        return None
    if any((c < " " and c not in "\t\r\n") or "\x7f" <= c <= "\x9f" for c in plain):
        return None
    return plain


_LOWER = re.compile(r"%(?:[0-9][a-f]|[a-f][0-9a-f])")
"""An escape written in lower case (`%3d`, `%5b`): URL encoders write upper case, C and Python formats (`%3d`,
`%2e`) lower; such a run is read only between letters or digits (`token%3dghp_...`)."""
_WORD = re.compile(r"[\w%]")


def _run_plain(text: str, m: re.Match[str]) -> str | None:
    """What a run of escapes at `m` stands for (see `_plain`), or None; one in lower case only inside a word."""
    run = m.group()
    lo, hi = m.span()
    if _LOWER.search(run) and not (lo and hi < len(text) and _WORD.match(text[lo - 1]) and _WORD.match(text[hi])):
        return None
    return _plain(run)


def _edits(text: str) -> list[tuple[int, int, str]]:
    """Each run of escapes that is a URL's, with the characters it stands for; and each `+` between words of a
    query or form body that holds such a run, as a space."""
    edits = [(m.start(), m.end(), p) for m in _RUN.finditer(text) if (p := _run_plain(text, m)) is not None]
    if edits and "+" in text:
        escaped = [lo for lo, _, _ in edits]
        for token in _QUERY_TOKEN.finditer(text):
            lo, hi = token.span()
            if "+" in token.group() and any(lo <= at < hi for at in escaped):
                edits += [(lo + p.start(), lo + p.end(), " ") for p in _PLUS.finditer(token.group())]
        edits.sort()
    return edits


Back = Callable[[int, int], tuple[int, int]]


def decoded(text: str) -> tuple[str, Back] | None:
    """`text` with its URL escapes read (see `_edits`, up to `_ROUNDS` times), and how a span of that copy maps back
    to `text` (a span inside an escape covers it whole); None when it holds none."""
    if "%" not in text:
        return None
    copy = text
    backs: list[Back] = []
    for _ in range(_ROUNDS):
        spliced = splice(copy, _edits(copy)) if "%" in copy else None
        if spliced is None:
            break
        copy, marks = spliced
        backs.append(_back(marks))
    if not backs:
        return None

    def back(start: int, end: int) -> tuple[int, int]:
        for step in reversed(backs):
            start, end = step(start, end)
        return start, end

    return copy, back


def _back(marks: list[tuple[int, int]]) -> Back:
    """How a span of a copy `splice` made maps back to the text it was made from."""

    def back(start: int, end: int) -> tuple[int, int]:
        lo = _orig_at(marks, start, False)
        return lo, max(_orig_at(marks, end, True), lo + 1)

    return back


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of a long text read decoded: each line holding an escape of a URL, with the line before it."""
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        if _run_plain(text, m) is None:
            continue
        if out and m.start() < out[-1][1]:
            continue
        line = text.rfind("\n", 0, m.start())
        lo = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        hi = text.find("\n", m.end())
        hi = len(text) if hi < 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def also_decoded(detect: Detect) -> Detect:
    """`detect`, and what it finds in the text with its URL escapes read (spans mapped back to whole escapes) that
    overlaps nothing it found as written."""

    def find_decoded(text: str, low: str | None = None) -> list[Finding]:
        found = detect(text, low)
        if "%" not in text:
            return found
        spans = [(0, len(text))] if len(text) <= WHOLE else _windows(text)
        extra: list[Finding] = []
        for lo, hi in spans:
            plain = decoded(text[lo:hi])
            if plain is None:
                continue
            copy, back = plain
            for f in detect(copy, None):
                start, end = back(f.start, f.end)
                start, end = lo + start, lo + end
                if not any(g.start < end and start < g.end for g in found):
                    extra.append(Finding(f.detector, f.kind, start, end, f.score))
        if not extra:
            return found
        return sorted([*found, *extra], key=_order)

    find_decoded.__qualname__ = f"also_decoded({detect.__module__}.{detect.__qualname__})"
    return find_decoded


def _order(f: Any) -> tuple[int, int]:
    return f.start, f.end

"""Unified diffs of large, repetitive texts (a client's config) anchored on the lines found once in each."""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

SMALL = 2000
"""Stretches of at most this many lines (both sides together) are left to difflib whole."""


class _Block(NamedTuple):
    a: int
    b: int
    size: int


class _Anchored(difflib.SequenceMatcher):
    """A SequenceMatcher whose matching blocks are given (difflib turns them into opcodes and groups)."""

    def __init__(self, blocks: list[_Block]) -> None:
        super().__init__(None, [], [], autojunk=False)
        self._given = [difflib.Match(*block) for block in blocks]

    def get_matching_blocks(self) -> list[difflib.Match]:  # type: ignore[override]
        """The blocks given."""
        return self._given


def _rising(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of `pairs` (ordered by their first item) whose second items rise too."""
    tails: list[int] = []  # index into pairs of the smallest tail of a run of each length
    back: list[int] = []
    seconds: list[int] = []
    for n, (_, j) in enumerate(pairs):
        at = bisect.bisect_left(seconds, j)
        back.append(tails[at - 1] if at else -1)
        if at == len(seconds):
            seconds.append(j)
            tails.append(n)
        else:
            seconds[at] = j
            tails[at] = n
    run: list[tuple[int, int]] = []
    n = tails[-1] if tails else -1
    while n >= 0:
        run.append(pairs[n])
        n = back[n]
    return run[::-1]


def _blocks(a: list[str], b: list[str], alo: int, ahi: int, blo: int, bhi: int, split: bool = True) -> list[_Block]:
    """Matching blocks of a[alo:ahi] and b[blo:bhi]: difflib's for a small stretch, else (once) split at the lines
    found once on each side."""
    head = 0
    while alo + head < ahi and blo + head < bhi and a[alo + head] == b[blo + head]:
        head += 1
    tail = 0
    while alo + head < ahi - tail and blo + head < bhi - tail and a[ahi - 1 - tail] == b[bhi - 1 - tail]:
        tail += 1
    found = [_Block(alo, blo, head)] if head else []
    alo, blo, ahi, bhi = alo + head, blo + head, ahi - tail, bhi - tail
    anchors: list[tuple[int, int]] = []
    if split and (ahi - alo) + (bhi - blo) > SMALL:
        in_a, in_b = Counter(a[alo:ahi]), Counter(b[blo:bhi])
        where_b = {line: j for j, line in enumerate(b[blo:bhi], blo) if in_b[line] == 1}
        pairs = [(i, where_b[line]) for i, line in enumerate(a[alo:ahi], alo) if in_a[line] == 1 and line in where_b]
        anchors = _rising(pairs)
    if not anchors:
        matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
        found.extend(_Block(alo + i, blo + j, n) for i, j, n in matcher.get_matching_blocks() if n)
    else:
        for i, j in [*anchors, (ahi, bhi)]:
            found.extend(_blocks(a, b, alo, i, blo, j, split=False))
            if i < ahi:
                found.append(_Block(i, j, 1))
            alo, blo = i + 1, j + 1
    if tail:
        found.append(_Block(ahi, bhi, tail))
    return found


def _merged(blocks: list[_Block], la: int, lb: int) -> list[_Block]:
    out: list[_Block] = []
    for block in blocks:
        if out and out[-1].a + out[-1].size == block.a and out[-1].b + out[-1].size == block.b:
            out[-1] = _Block(out[-1].a, out[-1].b, out[-1].size + block.size)
        else:
            out.append(block)
    return [*out, _Block(la, lb, 0)]


def _span(start: int, stop: int) -> str:
    """A hunk's range as `diff -u` writes it."""
    length = stop - start
    if length == 1:
        return f"{start + 1}"
    return f"{start if not length else start + 1},{length}"


def unified(before: str, after: str, from_label: str, to_label: str, context: int = 3) -> Iterator[str]:
    """The lines of a unified diff from `before` to `after` (each ending as in its text), as `difflib.unified_diff`
    writes them; a long text is split at its lines found once on each side, so its cost stays near linear."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    matcher = _Anchored(_merged(_blocks(a, b, 0, len(a), 0, len(b)), len(a), len(b)))
    started = False
    for group in matcher.get_grouped_opcodes(context):
        if not started:
            started = True
            yield f"--- {from_label}\n"
            yield f"+++ {to_label}\n"
        first, last = group[0], group[-1]
        yield f"@@ -{_span(first[1], last[2])} +{_span(first[3], last[4])} @@\n"
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                yield from (" " + line for line in a[i1:i2])
                continue
            if tag in ("replace", "delete"):
                yield from ("-" + line for line in a[i1:i2])
            if tag in ("replace", "insert"):
                yield from ("+" + line for line in b[j1:j2])

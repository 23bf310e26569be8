"""A rewritten text put back in the NUL layout of the UTF-16 text a server sent read as UTF-8 (`C\x00o\x00`)."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

_CHAR_DIFF = 4_000
"""Characters of a changed stretch (past what it shares at both ends) above which its letters are not matched one by
one but all laid out anew: a character diff costs up to the product of the two lengths."""


def _units(original: str) -> tuple[list[str], str, bool]:
    """`original` as (each letter with its NULs, NULs after the last letter, whether NULs come before each letter)."""
    before = original.startswith("\x00")
    units: list[str] = []
    pending = ""
    for ch in original:
        if ch != "\x00":
            units.append(pending + ch if before else ch)
            pending = ""
        elif before or not units:
            pending += ch
        else:
            units[-1] += ch
    return units, pending, before


def respread(original: str, now: str) -> str:
    """`now` (what the checks left of `original` read without its NULs) with the NULs of `original` where its letters
    are unchanged, and laid out as most of its letters are around every letter a check wrote."""
    units, tail, before = _units(original)
    letters = "".join(u.strip("\x00") for u in units)
    width = Counter(len(u) - 1 for u in units).most_common(1)[0][0] if units else 1

    def new(text: str) -> str:
        pad = "\x00" * width
        return "".join(pad + c if before else c + pad for c in text)

    def changed(a_from: int, a: str, b: str) -> list[str]:
        """The units of a stretch `a` of the letters (from `a_from`) that the checks turned into `b`."""
        same = 0
        while same < min(len(a), len(b)) and a[same] == b[same]:
            same += 1
        end = 0
        while end < min(len(a), len(b)) - same and a[-1 - end] == b[-1 - end]:
            end += 1
        out = units[a_from : a_from + same]
        mid_a, mid_b = a[same : len(a) - end], b[same : len(b) - end]
        if len(mid_a) + len(mid_b) > _CHAR_DIFF:
            out.append(new(mid_b))
        else:
            at = a_from + same
            for op, i1, i2, j1, j2 in SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes():
                out += units[at + i1 : at + i2] if op == "equal" else [new(mid_b[j1:j2])]
        return out + units[a_from + len(a) - end : a_from + len(a)]

    old_lines, new_lines = letters.splitlines(keepends=True), now.splitlines(keepends=True)
    starts, nstarts = _starts(old_lines), _starts(new_lines)
    out: list[str] = []
    for tag, a1, a2, b1, b2 in SequenceMatcher(None, old_lines, new_lines).get_opcodes():
        a_from, a_to = starts[a1], starts[a2]
        if tag == "equal":
            out += units[a_from:a_to]
        else:
            out += changed(a_from, letters[a_from:a_to], now[nstarts[b1] : nstarts[b2]])
    out.append(tail)
    return "".join(out)


def _starts(lines: list[str]) -> list[int]:
    """Where each line starts in the text they make, and its length last."""
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out

"""Phones written in their country's own grouping right after a found person's name, unlabelled (`Lars Eriksen, 412 34
567`, `Anna Svensson, 070-123 45 67`, `Name: ...` then the number on the next line): a number of three to five groups
of digits set apart by spaces or dashes, seven to twelve digits in all, that is no date, time, amount or range."""

from __future__ import annotations

from . import lazy
from .findings import Finding

DETECTOR = "pii"
_AFTER = lazy.compile(
    r"[ \t]*(?:[,;|/\t][ \t]*|[ \t]+|\r?\n(?:[ \t]*(?:(?:tel|phone|mobile|cell)[^\n:]{0,12}:)?[ \t]*))"
    r"(?P<number>\+?\(?\d{1,4}\)?(?:[ -]\d{2,5}){2,4})(?![\w.,:/+-]|[ -]\d)"
)
"""The separator after a name, then the grouped number (maybe on the next line, maybe after a phone's own label)."""
_MIN_DIGITS, _MAX_DIGITS = 7, 12
_AMOUNT_AFTER = lazy.compile(
    r"[ \t]?(?:[A-Z]{3}\b|kr\b|zł|z[lł]\b|ft\b|lei\b|€|\$|£|¥|%|pts?\b|points?\b|votes?\b|"
    r"(?:[mckµ]?m|kg|g|cm)\b)",
)
"""A currency, a unit or points right after the number (`45 12 300 kr`): an amount or a score, not a phone."""


def _phone_like(number: str) -> bool:
    """Whether grouped digits may be a phone: seven to twelve digits, not a year's or a date's groups, not all the
    groups of three that a spaced amount has after its first (`1 234 567`)."""
    digits = sum(c.isdigit() for c in number)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return False
    groups = number.replace("-", " ").replace("(", "").replace(")", "").split()
    if len(groups[0]) == 4 and groups[0][:2] in ("19", "20"):
        return False  # `2026 03 12`: a date
    return not (len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:]) and number[0] != "0")


def phones(text: str, found: list[Finding]) -> list[Finding]:
    """Phones right after the people's names in `found` not taken by another finding."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for f in found:
        if f.kind != "person_name":
            continue
        m = _AFTER.match(text, f.end)
        if m is None or not _phone_like(m.group("number")) or _AMOUNT_AFTER.match(text, m.end()) is not None:
            continue
        lo, hi = m.span("number")
        if not any(a < hi and lo < b for a, b in taken):
            out.append(Finding(DETECTOR, "phone_number", lo, hi))
    return out

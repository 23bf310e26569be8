"""Encyclopaedic text about people of the past: a name, home or birth date beside a life that began before 1900."""

from __future__ import annotations

from . import lazy
from .findings import Finding

KINDS = frozenset({"person_name", "street_address", "date_of_birth"})
_OTHERS_REACH = 400
_LIFE = lazy.compile(
    r"(?i)(?:\((?:c\.|ca\.|b\.|born|baptised|baptized|n[ée]e? le)? ?(?:\d{1,2} |[a-z]+ \d{1,2},? )?(?:[a-z]+ )?"
    r"1[0-8]\d\d ?(?:[-\u2013\u2014]|to) ?(?:\d{1,2} |[a-z]+ \d{1,2},? )?(?:[a-z]+ )?1\d\d\d\)|"
    r"(?<![a-z])(?:was born|born|baptised|baptized)(?: [^.;\n]{0,40}?)? (?:in |on )?"
    r"(?:\d{1,2} [a-z]+ |[a-z]+ \d{1,2},? |[a-z]+ )?1[0-8]\d\d(?!\d))"
)
"""A life written as an encyclopaedia writes it: years in brackets (`(1770 - 1827)`, `(b. 12 May 1820 - 1910)`) or
a birth before 1900 (`was born in Warsaw on 7 November 1867`)."""
_REACH = 400


def past_lives(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the names, homes and birth dates in a paragraph about a life that began before 1900 (no one
    living), when nothing else personal (a phone, a mailbox, an identifier) is found near them."""
    out = []
    for f in found:
        if f.kind in KINDS:
            lo = max(0, text.rfind("\n\n", max(0, f.start - _REACH), f.start) + 1, f.start - _REACH)
            hi = text.find("\n\n", f.end, f.end + _REACH)
            hi = hi if hi >= 0 else min(len(text), f.end + _REACH)
            if _LIFE.search(text, lo, hi) is not None and not any(
                g.kind not in KINDS and g.start < f.end + _OTHERS_REACH and f.start - _OTHERS_REACH < g.end
                for g in found
            ):
                continue
        out.append(f)
    return out

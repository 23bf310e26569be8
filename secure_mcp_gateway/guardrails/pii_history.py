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
    r"(?:\d{1,2} [a-z]+ |[a-z]+ \d{1,2},? |[a-z]+ )?1[0-8]\d\d(?!\d)|"
    # an encyclopaedia's line about a life that has ended (`(15 January 1929 – 4 April 1968) was an American ...`)
    r"\((?:born |b\. )?(?:\d{1,2} [a-z]+ |[a-z]+ \d{1,2},? )?(?:1[89]|20)\d\d ?[-\u2013\u2014] ?"
    r"(?:died |d\. )?(?:\d{1,2} [a-z]+ |[a-z]+ \d{1,2},? )?(?:1[89]|20)\d\d\),? (?:was|is) (?:an?|the) |"
    # an encyclopaedia's first line about a public figure (`(born 3 May 1961) is an American actor`, `, born
    # December 13, 1989, is an American singer`)
    r"(?:\((?:born|b\.) [^()\n]{0,40}\d\d\d\d\)(?:,| is| was)|, (?:born|b\.) [^()\n]{0,30}?\d\d\d\d, (?:is|was)) "
    r"(?:an?|the) (?:[a-z-]+ ){0,4}?"
    r"(?:actor|actress|singer|songwriter|rapper|musician|composer|conductor|politician|statesman|stateswoman|"
    r"diplomat|footballer|cricketer|athlete|sprinter|swimmer|cyclist|golfer|skier|gymnast|"
    r"tennis player|basketball player|boxer|racing driver|author|novelist|"
    r"poet|playwright|screenwriter|journalist|broadcaster|presenter|comedian|film ?maker|film director|"
    r"businessman|businesswoman|entrepreneur|philanthropist|physicist|chemist|mathematician|astronaut|activist|"
    r"president|prime minister|monarch|king|queen|prince|princess|pope|saint)(?![a-z]))"
)
"""A life written as an encyclopaedia writes it: years in brackets (`(1770 - 1827)`, `(b. 12 May 1820 - 1910)`) or
a birth before 1900 (`was born in Warsaw on 7 November 1867`), a life whose end is dated
(`(1931-2019) was a ...`), or an
encyclopaedia's line about a public figure (`(born 3 May 1961) is an American actor`)."""
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

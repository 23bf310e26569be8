"""Personal data: ids with one check digit read by the name of their kind near them, and numbers a name rules out."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import lazy
from .findings import Finding
from .may_match import MayMatch
from .pii_ids import REFERENCE_BEFORE, Indexed
from .scan import LONG, matches_at
from .scan import known as scan_known

if TYPE_CHECKING:
    from .pii_digits import Places

DETECTOR = "pii"

Check = Callable[[str], bool]

# A bare number of nine to twelve digits with one check digit (an NHS number, a BSN, a SIN, an Aadhaar number) passes
# its check by chance once in ten or eleven, so alone it is never reported. The name of its kind in the same sentence
# or form line (`Het BSN van de werknemer is 111222333`, `943 476 5919 is my NHS number`, `123456782 (BSN)`) is the
# evidence that makes it one; a number in code or data with no such name stays out.

_AS_ID = (
    r"(?=[ _-]?(?:number|no\b|nr\b|num\b|#|card|id\b|:|\u0938\u0902\u0916\u094d\u092f\u093e|\u0928\u0902\u092c\u0930)"
    r"|\s*\)|\s+is\b)"
)
"""After a word that names a service as well as its number (`NHS`, `Aadhaar`): what makes it name the number
(`NHS number`, `NHS no.`, `Aadhaar:`, `(NHS)`, `Aadhaar is`), not the service (`the NHS spent ...`)."""
_NAMES_NUMBER = lazy.compile(_AS_ID + r"|[\s:#.=(\"'-]*\Z")


def names_number(low: str, end: int, at: int) -> bool:
    """Whether a service's name ending at `end` (`NHS`, `Aadhaar`) names the number at `at`: followed by a word
    for a number (`NHS no.`), or by the number itself (`NHS 943 476 5919`)."""
    return _NAMES_NUMBER.match(low, end, at) is not None


_NAMES: tuple[tuple[str, str], ...] = (
    ("uk_nhs", rf"(?:nhs|n\.h\.s\.?){_AS_ID}|chi (?:number|no\b)|health (?:and|&) care number"),
    ("nl_bsn", r"bsn|burger ?service ?nummer|sofi[ -]?nummer|citizen'?s? service number"),
    ("ca_sin", r"social insurance (?:number|no\b)|assurance sociale"),
    ("in_aadhaar", rf"(?:aadhaa?r|adhaar|\u0906\u0927\u093e\u0930)(?: card)?{_AS_ID}|uidai"),
)
_NAME = lazy.compile(
    r"(?<![a-z0-9_])(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _NAMES) + r")(?![a-z0-9])"
)
"""The names of the four kinds, in the lower-cased text."""
_UPPER = lazy.compile(
    r"(?<![A-Za-z0-9_])(?:(?P<ca_sin>SIN|S\.I\.N\.?|NAS|N\.A\.S\.?)|(?P<in_aadhaar>UID))(?![A-Za-z0-9_])"
)
"""Acronyms that name a kind only as written in capitals (`sin`, `nas` and `uid` are words or names in code)."""
CANDIDATE = lazy.compile(
    rb"000(?<![0bU._+:?-]000)(?:0{6,7}|0{9}|[#.-]000[#.-]0000?|0[#.-]00[#.-]000|0[#.-]0000[#.-]0000)(?![0bU?]|[.:-]0)"
)
"""In a text's shape (see `pii.text_shape`): nine, ten or twelve digits, whole or in the groups of the four kinds."""
_SHAPES: dict[str, re.Pattern[str]] = {
    "uk_nhs": lazy.compile(r"\d{10}|\d{3}([ -])\d{3}\1\d{4}"),
    "nl_bsn": lazy.compile(r"\d{9}|\d{4}([. ])\d\d\1\d{3}|\d{3}([ .-])\d{3}\2\d{3}"),
    "ca_sin": lazy.compile(r"\d{9}|\d{3}([ -])\d{3}\1\d{3}"),
    "in_aadhaar": lazy.compile(r"[2-9]\d{11}|[2-9]\d{3}([ -])\d{4}\1\d{4}"),
}
"""How each kind is written: its digits whole or in its usual groups."""
_NAME_BEFORE = 100
"""How far before a number the name of its kind may stand (its sentence or the form line above, no blank line)."""
_NAME_AFTER = 48
"""How far after a number, on its line, the name of its kind may stand (`111222333 (BSN)`, `... is my NHS number`)."""
_PARAGRAPH = "\n\n"
_TO_NAME_AFTER = lazy.compile(
    r"[ \t]*(?:[(\[][ \t]*|[-\u2013\u2014,:][ \t]*|(?:is|was|=) (?:(?:my|your|his|her|their|the|our|its) )?)?\Z"
)
"""What may stand between a number and the name of its kind after it: `111222333 (BSN)`, `... is my NHS number`."""
COUNT_AFTER = lazy.compile(
    r"\s(?:pounds|euros?|dollars|rupees|people|patients|users|records|rows|requests|transactions|iterations|times|"
    r"bytes|items|entries)\b"
)
"""A count's unit after a number: an amount, not an id."""


def _named_kinds(text: str, low: str, start: int, end: int) -> list[str]:
    """The kinds named around the number at [start, end), the nearest name first."""
    lo = max(0, start - _NAME_BEFORE)
    blank = low.rfind(_PARAGRAPH, lo, start)
    lo = blank + 2 if blank >= 0 else lo
    hi = low.find("\n", end, end + _NAME_AFTER)
    hi = hi if hi >= 0 else min(len(low), end + _NAME_AFTER)
    named: list[tuple[int, str]] = []
    for pattern, where in ((_NAME, low), (_UPPER, text)):
        for m in pattern.finditer(where, lo, hi):
            if m.end() <= start:
                named.append((start - m.end(), m.lastgroup or ""))
            elif m.start() >= end and _TO_NAME_AFTER.match(low, end, m.start()) is not None:
                named.append((m.start() - end, m.lastgroup or ""))
    return [kind for _, kind in sorted(named)]


_GATE = ("nhs", "n.h.s", "chi n", "health and care", "health & care", "bsn", "burger", "sofi", "citizen")
_GATE += ("social insurance", "assurance sociale", "aadhaar", "aadhar", "adhaar", "uidai", "s.i.n", "n.a.s")
_GATE += ("\u0906\u0927\u093e\u0930",)  # every word of `_NAMES` not in ASCII
_GATE_UPPER = tuple(f"{w}{c}" for w in ("sin", "nas", "uid") for c in " :#.\n\t(-")
_GATED = Indexed((*_GATE, *_GATE_UPPER), where=False)
_GATE_SET, _GATE_UPPER_SET = frozenset(_GATE), frozenset(_GATE_UPPER)
_UPPER_ANY = MayMatch("SIN|NAS|UID")
"""Whether a long text holds one of the upper-case names at all: one Hyperscan pass (~0.1 ms a MB) where the three
searches cost ~0.6 ms a MB each when none is there (their lower-cased forms stand in `uuid: ...`, `basin `)."""


def _named_somewhere(text: str, low: str) -> bool:
    """Whether a name of the four kinds may stand in the text (the shared index answers when it reads the text
    cheaply; else True)."""
    if len(low) >= LONG:
        known: tuple[dict[str, list[int]], set[str]] | None = _GATED.find(low)
    else:
        known = scan_known(low) if low.isascii() else None  # (a short text's: the pass the word tests share)
    if known is None:
        return True
    found, unknown = known
    if not _GATE_SET.isdisjoint(found) or not _GATE_SET.isdisjoint(unknown):
        return True
    upper = not _GATE_UPPER_SET.isdisjoint(found) or not _GATE_UPPER_SET.isdisjoint(unknown)
    if not upper or (len(text) >= LONG and not _UPPER_ANY.may(text)):
        return False
    return "SIN" in text or "NAS" in text or "UID" in text


def nearby(text: str, low: str, shape: bytes, places: Places, checks: dict[str, Check]) -> list[Finding]:
    """Bare NHS numbers, BSNs, SINs and Aadhaar numbers that pass their check with the name of their kind in the same
    sentence or form lines; `low` is `text` lower-cased and `shape` its classes (see `pii.text_shape`), all of the
    same length, `places` where its digit-led shapes match (see `pii_digits`), `checks` each kind's check of its
    digits."""
    out: list[Finding] = []
    if not places.candidates or not _named_somewhere(text, low):
        return out  # most texts hold no candidate: the names are not looked for then
    for c in matches_at(CANDIDATE, shape, places.candidates):
        start, end = c.span()
        if start and text[start - 1] in ",/#":
            continue
        kinds = _named_kinds(text, low, start, end)
        if not kinds or COUNT_AFTER.match(low, end) is not None:
            continue
        if REFERENCE_BEFORE.search(low[max(0, start - 40) : start]) is not None:
            continue  # `BSN ... order number 111222333`: named as another number
        raw = text[start:end]
        digits = "".join(ch for ch in raw if ch.isdigit())
        kind = next((k for k in kinds if _SHAPES[k].fullmatch(raw) is not None and checks[k](digits)), None)
        if kind is not None:
            out.append(Finding(DETECTOR, kind, start, end))
    return out


# --- a number right after the name of an id it fails: a mistyped or made-up id, not a phone number ---------------

_NAMED = lazy.compile(
    r"(?<![a-z0-9])(?:(?P<uk_nhs>nhs|n\.h\.s\.?)|(?P<ca_sin>sin|s\.i\.n\.?|social insurance|nas|assurance sociale)|"
    r"(?P<au_tfn>tfn|tax file)|(?P<nl_bsn>bsn|burgerservicenummer|sofinummer)|"
    r"(?P<in_aadhaar>aadhaa?r|adhaar|uidai)|(?P<br_cpf>cpf)|(?P<pl_pesel>pesel)|(?P<au_abn>abn))"
    r"(?:[ _-]?(?:number|no\b\.?|num|nr|#|card|nummer|num[ée]ro))?"
    r"(?:\s+(?:is|was|est|es|ist|lautet|är|er|jest|wynosi|è|é))?[\s:#.=(\"'-]*\Z"
)
"""The name of an id with a check digit right before a number (`NHS number: `, `My SIN is `)."""
_DIGITS_ONLY = lazy.compile(r"[\d .()/-]+")


def placeholder(digits: str) -> bool:
    """Whether digits are a placeholder: seven or more of one digit (`999-999-9999`)."""
    return len(digits) >= 7 and len(set(digits)) == 1


def named_otherwise(text: str, low: str, found: list[Finding], checks: dict[str, Check]) -> list[Finding]:
    """`found` without the numbers that follow the name of an id whose check they fail (`NHS number: 401 023 2138`
    is a mistyped NHS number, not a phone number), and without placeholders (see `placeholder`); findings of the
    kind named are kept as they are."""
    out = []
    for f in found:
        raw = text[f.start : f.end]
        numeric = not f.kind.endswith("ip_address") and _DIGITS_ONLY.fullmatch(raw.lstrip("+")) is not None
        if numeric and placeholder("".join(c for c in raw if c.isdigit())):
            continue
        if f.start and numeric and raw[0] != "+":
            m = _NAMED.search(low, max(0, f.start - 40), f.start)
            if m is not None and m.lastgroup != f.kind:
                check = checks[m.lastgroup or ""]
                if not check("".join(c for c in raw if c.isdigit())):
                    continue
        out.append(f)
    return out

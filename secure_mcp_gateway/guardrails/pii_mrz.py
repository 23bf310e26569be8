"""The machine-readable zones of passports (ICAO 9303 TD3: two lines of 44 characters), identity cards (TD1: three
lines of 30; TD2: two lines of 36) and visas (MRV-A and MRV-B: two lines of 44 or 36), found by their check digits:
the holder's name, document number, nationality and birth date."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds

DETECTOR = "pii"
_BREAK = r"[ \t]*(?:\r?\n|(?:\\[rn ]){1,2}|[ \t|])[ \t]*"
"""Between a zone's lines: a line break (or its escape in a string, which `pii.find` reads as a backslash and a
space), or a space or bar where a log joins them."""
_TWO_LINES = lazy.compile(
    r"(?<![A-Za-z0-9<])(?P<l1>[PIACV][A-Z<][A-Z<]{3}[A-Z<]{31}(?:[A-Z<]{8})?)" + _BREAK + r"(?P<l2>"
    r"[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{8}(?:[A-Z0-9<]{8})?)"
    r"(?![A-Za-z0-9<])"
)
"""TD3, TD2, MRV-A or MRV-B: a first line of the document's code, its state and the holder's name, and a second line of
the number, nationality, birth date, sex and expiry with their check digits (its width told by the first's)."""
_TD1 = lazy.compile(
    r"(?<![A-Za-z0-9<])(?P<l1>[AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[\d<][A-Z0-9<]{15})"
    + _BREAK
    + r"(?P<l2>\d{6}\d[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d)"
    + _BREAK
    + r"(?P<l3>[A-Z<]{30})(?![A-Za-z0-9<])"
)


_SPECIMEN = "UTO"
"""Utopia, the state of ICAO 9303's specimens: its zones are documentation, no one's document."""


def _check(field: str) -> str:
    """The ICAO 9303 check digit of `field`: weights 7, 3, 1; digits as they are, letters 10-35, fillers 0."""
    total = 0
    for i, c in enumerate(field):
        value = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _second_ok(l1: str, l2: str) -> bool:
    """Whether a two-line zone's second line (as wide as its first) holds its check digits: the number's, the birth
    date's and the expiry's; TD3 also the personal number's and a composite one, TD2 a composite one."""
    if len(l1) != len(l2) or l2[10:13] == _SPECIMEN:
        return False
    doc, dob, exp = l2[0:10], l2[13:20], l2[21:28]
    if any(_check(f[:-1]) != f[-1] for f in (doc, dob, exp)):
        return False
    if l1[0] == "V":  # a visa's optional data has no check digit and no composite one follows
        return True
    if len(l2) == 44:
        personal = l2[28:43]
        if personal[-1] != "<" and _check(personal[:-1]) != personal[-1]:
            return False
        return _check(doc + dob + exp + personal) == l2[43]
    return _check(doc + dob + exp + l2[28:35]) == l2[35]


def _td1_ok(l1: str, l2: str) -> bool:
    if l1[14] != "<" and _check(l1[5:14]) != l1[14]:
        return False
    if _check(l2[0:6]) != l2[6] or _check(l2[8:14]) != l2[14]:
        return False
    return _check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


INDEX.add(["<<"], where=False)  # whether it occurs (see `scan.holds`)

_BEFORE, _AFTER = 130, 170
"""How far a zone reaches before and after a `<<` in it (a TD1 zone's may stand in its third line, a TD3 zone's in its
first): the expressions are tried only in windows that wide around each, not along the whole text."""


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around its `<<`s (every zone holds one, between the holder's names), merged."""
    out: list[tuple[int, int]] = []
    at = text.find("<<")
    while at >= 0:
        lo, hi = max(0, at - _BEFORE), min(len(text), at + _AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        at = text.find("<<", max(at + 2, hi - _AFTER + 1))
    return out


def find(text: str, low: str = "") -> list[Finding]:
    """The lines of machine-readable zones whose check digits hold (a zone that fails them is a specimen's or a
    mistyped one's: it is not reported); `low`: `text` lower-cased, when at hand."""
    if not holds(text, low, "<<"):
        return []
    out: list[Finding] = []
    for lo, hi in _windows(text):
        for m in _TWO_LINES.finditer(text, lo, hi):
            l1 = m.group("l1")
            if l1[2:5] != _SPECIMEN and _second_ok(l1, m.group("l2")):
                kind = "passport_number" if l1[0] in "PV" else "id_card_number"  # a visa: the holder's travel document
                out.append(Finding(DETECTOR, "person_name", *m.span("l1")))
                out.append(Finding(DETECTOR, kind, *m.span("l2")))
        for m in _TD1.finditer(text, lo, hi):
            if m.group("l1")[2:5] != _SPECIMEN and _td1_ok(m.group("l1"), m.group("l2")):
                out.append(Finding(DETECTOR, "id_card_number", *m.span("l1")))
                out.append(Finding(DETECTOR, "date_of_birth", *m.span("l2")))
                out.append(Finding(DETECTOR, "person_name", *m.span("l3")))
    return out

"""The machine-readable zones of passports (ICAO 9303 TD3: two lines of 44 characters) and identity cards (TD1: three
lines of 30), found by their check digits: the holder's name, document number, nationality and birth date."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds

DETECTOR = "pii"
_TD3 = lazy.compile(
    r"(?m)^[ \t]*(?P<l1>P[A-Z<][A-Z<]{3}[A-Z<]{39})[ \t]*\r?\n[ \t]*"
    r"(?P<l2>[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d)[ \t]*\r?$"
)
_TD1 = lazy.compile(
    r"(?m)^[ \t]*(?P<l1>[AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[\d<][A-Z0-9<]{15})[ \t]*\r?\n[ \t]*"
    r"(?P<l2>\d{6}\d[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d)[ \t]*\r?\n[ \t]*"
    r"(?P<l3>[A-Z<]{30})[ \t]*\r?$"
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


def _td3_ok(l2: str) -> bool:
    doc, dob, exp, personal = l2[0:10], l2[13:20], l2[21:28], l2[28:43]
    if any(_check(f[:-1]) != f[-1] for f in (doc, dob, exp)):
        return False
    if personal[-1] != "<" and _check(personal[:-1]) != personal[-1]:
        return False
    return _check(doc + dob + exp + personal) == l2[43]


def _td1_ok(l1: str, l2: str) -> bool:
    if l1[14] != "<" and _check(l1[5:14]) != l1[14]:
        return False
    if _check(l2[0:6]) != l2[6] or _check(l2[8:14]) != l2[14]:
        return False
    return _check(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]


INDEX.add(["<<"], where=False)  # whether it occurs (see `scan.holds`)


def find(text: str, low: str = "") -> list[Finding]:
    """The lines of machine-readable zones whose check digits hold (a zone that fails them is a specimen's or a
    mistyped one's: it is not reported); `low`: `text` lower-cased, when at hand."""
    if not holds(text, low, "<<"):
        return []
    out: list[Finding] = []
    for m in _TD3.finditer(text):
        if m.group("l1")[2:5] != _SPECIMEN and _td3_ok(m.group("l2")):
            out.append(Finding(DETECTOR, "person_name", *m.span("l1")))
            out.append(Finding(DETECTOR, "passport_number", *m.span("l2")))
    for m in _TD1.finditer(text):
        if m.group("l1")[2:5] != _SPECIMEN and _td1_ok(m.group("l1"), m.group("l2")):
            out.append(Finding(DETECTOR, "id_card_number", *m.span("l1")))
            out.append(Finding(DETECTOR, "date_of_birth", *m.span("l2")))
            out.append(Finding(DETECTOR, "person_name", *m.span("l3")))
    return out

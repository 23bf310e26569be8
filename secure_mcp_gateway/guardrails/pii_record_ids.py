"""Identifiers of no known scheme under a plain label (`ID:`, `Document no.:`, `N° pièce :`, `PIN:`, `"document":`)
in a record that names a person: the record says whose they are, the label that they are an identity's number."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_civil_ids import _DATE, _GENERIC, _LETTERED_ID, _OWNER_BEFORE, _digits, varied

DETECTOR = "pii"
_REACH = 240
"""How far from a person's name its record is read (not past a blank line)."""
_LABEL = lazy.compile(
    r"(?<![\w.-])(?:(?:n[°º]|no\.?|nr\.?|num[ée]ro|n[úu]mero)[ \t]*(?:de |d'|du |of )?)?"
    r"(?P<word>id|ident|identity|identit[éey]|identidade?|identificaci[óo]n|identification|documento?|doc|"
    r"pi[èe]ce(?: d'identit[ée])?|pin|nic|cni|ci|c[ée]dula|kimlik|nik|nid|nin|carn[éet])"
    r"(?:[ _.-]?(?P<what>card|no\.?|nr\.?|n[°º]\.?|number|num|nummer|n[úu]mero|num[ée]ro|#))?"
    r"[\"']?[ \t]*(?:[:=|\t]|\(\w{1,12}\)[ \t]*:)[ \t]*[\"']?"
)
"""A plain label of an identity's number, with its colon (on the lower-cased text): `ID:`, `ID No.:`, `Document
no.:`, `N° pièce :`, `PIN:`, `NIC:`, `"document": "`."""
_BARE = frozenset({"id", "ident", "doc"})
"""Labels that name a thing's number as often as a person's: read for nine digits or more."""
_PLAYERS = lazy.compile(r"(?:player|fide|rating|club|league|team|athlete|bib|race|uci|event|game|seat|row)[ _-]?\Z")
"""Words before a label that make it a player's, a club's or an event's code, not an identity's number."""


def _value(text: str, at: int, bare: bool) -> re.Match[str] | None:
    """The identifier after a label (ending at `at`): digits (nine or more after a bare `ID`, seven or more after
    the others), or capitals among digits; not all alike, not a date."""
    m = _GENERIC.match(text, at)
    if m is not None and not (text[m.end() : m.end() + 1].isalpha()):
        n = len(_digits(m.group()))
        if (9 if bare else 7) <= n <= 18 and varied(m.group()) and _DATE.fullmatch(m.group()) is None:
            return m
        return None
    m = _LETTERED_ID.match(text, at)
    return m if m is not None and varied(m.group()) else None


def beside_names(
    text: str, low: str, found: list[Finding], failed: list[tuple[int, int, frozenset[str]]]
) -> list[Finding]:
    """Identifiers under a plain label in the records of the people named in `found` (`low`: `text` lower-cased),
    unless a known scheme's check failed there (`failed`) or the number is found already."""
    taken = sorted((f.start, f.end) for f in found)
    out: list[Finding] = []
    done = -1
    for f in found:
        if f.kind != "person_name" or f.end <= done:
            continue
        lo, hi = max(0, f.start - _REACH), min(len(text), f.end + _REACH)
        blank = low.rfind("\n\n", lo, f.start)
        lo = blank + 2 if blank >= 0 else lo
        blank = low.find("\n\n", f.end, hi)
        hi = blank if blank >= 0 else hi
        done = hi
        for label in _LABEL.finditer(low, lo, hi):
            if _OWNER_BEFORE.search(low, max(0, label.start() - 20), label.start()) is not None:
                continue
            if _PLAYERS.search(low, max(0, label.start() - 12), label.start()) is not None:
                continue
            bare = label.group("word") in _BARE and label.group("what") in (None, "no", "no.", "number")
            m = _value(text, label.end(), bare)
            if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if any(a < m.end() and m.start() < b for a, b, _ in failed):
                continue  # a known scheme's number that fails its check
            out.append(Finding(DETECTOR, "id_card_number", m.start(), m.end()))
    return out

"""Personal data in certificate dumps: a natural person's semantics identifier in the subject (ETSI EN 319 412-1:
`PNOEE-...`, `IDCBE-...`, `PASPL-...`, `TINIT-...`) and the personal code in an identity card's common name
(`CN="TAMM,MARI,48012155277"`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any

DETECTOR = "pii"
_SEMANTICS = lazy.compile(r"(?<![A-Za-z0-9])(?:PNO|IDC|PAS|TIN)[A-Z]{2}-[A-Z0-9][A-Z0-9./+-]{4,24}(?<![./+-])")
"""A natural person's identifier by type (national personal number, identity card, passport, tax) and country, in a
subject's serial number (`serialNumber=`, `SERIALNUMBER=`, `2.5.4.5=`)."""
_KINDS = {"PNO": "id_card_number", "IDC": "id_card_number", "PAS": "passport_number", "TIN": "id_card_number"}
_COMMON_NAME = lazy.compile(r"(?i:CN) ?= ?\"?([^\W\d_][^,\"\n]{0,40}),([^\W\d_][^,\"\n]{0,40}),(\d{8,14})\"?")
"""An identity card's certificate common name: surname, given names and personal code, separated by commas."""


_SERIALS = ("serialnumber", "2.5.4.5")
_NAMES = ("cn=", "cn =")
INDEX.add((*_SERIALS, *_NAMES), where=False)  # whether they occur (see `scan.holds_any`)


def find(text: str, low: str) -> list[Finding]:
    """Natural persons' identifiers and personal codes in certificate subjects (`low`: `text` lower-cased)."""
    out = []
    if holds_any(low, _SERIALS):
        for m in _SEMANTICS.finditer(text):
            if sum(c.isdigit() for c in m.group()) >= 5:
                out.append(Finding(DETECTOR, _KINDS[m.group()[:3]], *m.span()))
    if holds_any(low, _NAMES):
        for m in _COMMON_NAME.finditer(text):
            out.append(Finding(DETECTOR, "person_name", m.start(1), m.end(2)))
            out.append(Finding(DETECTOR, "id_card_number", *m.span(3)))
    return out

"""Personal data in personal-finance exports: Quicken's QIF (a transaction's payee and address lines) and OFX/QFX
statements (the account's number, the payee's name)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_people import name_ok
from .scan import INDEX, holds, holds_any

DETECTOR = "pii"
_QIF_TYPE = lazy.compile(r"(?m)^!Type:(?:Bank|Cash|CCard|Oth [AL]|Invst)")
_QIF_LINE = lazy.compile(r"(?m)^([PA])([^\n\r^]{3,80})$")
"""A QIF transaction's payee (`P`) or address line (`A`)."""
_OFX_ACCOUNT = lazy.compile(r"<ACCTID>[ \t]*([0-9A-Z][0-9A-Z -]{4,30}[0-9A-Z])")
_OFX_NAME = lazy.compile(r"<NAME>[ \t]*([^<\n\r]{3,64}?)[ \t]*(?:</NAME>|<|$)", 8)
_WORDS = ("!type:", "<ofx>", "ofxheader", "<acctid>")
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds_any`)


def find(text: str, low: str) -> list[Finding]:
    """Payees' names and addresses in QIF; account numbers and payees' names in OFX (`low`: `text` lower-cased)."""
    if not holds_any(low, _WORDS):
        return []
    out: list[Finding] = []
    if _QIF_TYPE.search(text) is not None:
        for m in _QIF_LINE.finditer(text):
            value = m.group(2).strip()
            if m.group(1) == "P" and name_ok(value, plain=True):
                out.append(Finding(DETECTOR, "person_name", m.start(2), m.start(2) + len(value)))
            elif m.group(1) == "A" and any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                out.append(Finding(DETECTOR, "street_address", m.start(2), m.start(2) + len(value)))
    if holds(text, low, "<ACCTID>"):
        for m in _OFX_ACCOUNT.finditer(text):
            if sum(c.isdigit() for c in m.group(1)) >= 5:
                out.append(Finding(DETECTOR, "bank_account_number", *m.span(1)))
        for m in _OFX_NAME.finditer(text):
            if name_ok(m.group(1), plain=True):
                out.append(Finding(DETECTOR, "person_name", *m.span(1)))
    return out

"""Personal data in driving licences' machine-readable forms: the barcode text of the AAMVA card design standard
(the holder's names, birth date, address, licence and document numbers, by their element ids) and mobile licences'
data elements (ISO 18013-5) in CBOR's diagnostic notation or JSON."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any

DETECTOR = "pii"
_HEADER = lazy.compile(r"ANSI ?636\d{3}\d{4,6}(?:DL|ID)")
"""The file header: `ANSI `, the issuer's number (636xxx), the versions and entry count, then a subfile's type."""
_KINDS = {
    "DAQ": "driver_license",
    "DCF": "driver_license",
    "DCS": "person_name",
    "DAC": "person_name",
    "DAD": "person_name",
    "DCT": "person_name",
    "DAA": "person_name",
    "DAB": "person_name",
    "DBB": "date_of_birth",
    "DAG": "street_address",
    "DAH": "street_address",
    "DAL": "street_address",
}
"""The elements that hold the holder's data, and the kind each is reported as."""
_FILLERS = frozenset({"NONE", "UNAVL", "UNAVAILABLE", "SAMPLE", "SPECIMEN", "TEST", "EXAMPLE"})
"""Values that stand for no one: truncation and absence markers, sample cards' names."""
_ELEMENT = lazy.compile(r"(?:(?<=[\n\r\x1e])|(?<=\d{4}DL)|(?<=\d{4}ID))(D[A-C][A-Z])([^\n\r\x1e]{1,120})")


_MDL = lazy.compile(
    r"\"(family_name|given_name|birth_date|document_number|resident_address|birth_place|family_name_birth|"
    r"given_name_birth)\"\s*:\s*(?:\d{1,4}\()?\"([^\"\n]{1,100})\""
)
"""A mobile licence's element: its identifier, then its value (a date maybe tagged: `1004("1990-02-17")`)."""
_MDL_KINDS = {"birth_date": "date_of_birth", "document_number": "driver_license", "resident_address": "street_address"}


_MOBILE = ("18013", '1004("')
_HEADERS = ("ansi 636", "ansi636")
INDEX.add((*_MOBILE, *_HEADERS), where=False)  # whether they occur (see `scan.holds_any`)


def find(text: str, low: str) -> list[Finding]:
    """The holder's elements of an AAMVA barcode's text (found only after its `ANSI 636...` header) and of a mobile
    licence (under its namespace `org.iso.18013.5.1`, or beside a tagged full date; `low`: `text` lower-cased)."""
    out = _mobile(text) if holds_any(low, _MOBILE) else []
    head = _HEADER.search(text) if holds_any(low, _HEADERS) else None
    if head is None:
        return out
    for m in _ELEMENT.finditer(text, head.start()):
        kind = _KINDS.get(m.group(1))
        value = m.group(2).rstrip()
        if kind is None or not value or value.upper() in _FILLERS:
            continue
        if kind == "date_of_birth" and not _dated(value):
            continue
        if kind == "driver_license" and (len(value) < 4 or not any(c.isdigit() for c in value)):
            continue
        out.append(Finding(DETECTOR, kind, m.start(2), m.start(2) + len(value)))
    return out


def _dated(value: str) -> bool:
    """Whether 8 digits are a date as the standard writes it: MMDDCCYY (the United States) or CCYYMMDD (Canada)."""
    if len(value) != 8 or not value.isdigit():
        return False
    mm, dd = (int(value[:2]), int(value[2:4])) if value[:2] not in ("19", "20") else (int(value[4:6]), int(value[6:]))
    return 1 <= mm <= 12 and 1 <= dd <= 31


def _mobile(text: str) -> list[Finding]:
    out = []
    for m in _MDL.finditer(text):
        value = m.group(2).strip()
        if value and value.upper() not in _FILLERS:
            kind = _MDL_KINDS.get(m.group(1), "person_name")
            out.append(Finding(DETECTOR, kind, m.start(2), m.start(2) + len(value)))
    return out

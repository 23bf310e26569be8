"""Travellers in airline records: boarding-pass barcodes (BCBP), passenger name lists and bookings, the passport
line of an advance passenger record (`SSR DOCS`) and passenger manifests, where names are written `SURNAME/GIVEN`."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .scan import INDEX, holds, holds_any

DETECTOR = "pii"

_PART = r"[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2}"
_SLASHED = rf"(?P<name>{_PART}/{_PART}(?:/{_PART})?)"
"""A name as airline systems write it: the surname, a slash, the given names (a middle name maybe after another)."""
_TITLE = r"(?:MR|MRS|MS|MSTR|MISS|DR|CHD|INF|PROF)"
_BCBP = lazy.compile(
    r"M(?<![A-Za-z0-9]M)[1-4](?P<name>[A-Z][A-Z'-]*/[A-Z][A-Z' -]*?) *E?[A-Z0-9]{5,7} +[A-Z]{6}[A-Z0-9]{2} ?"
)
"""A bar-coded boarding pass: format code `M`, the number of legs, the name in a 20-column field, the electronic
ticket mark, the booking code, from, to and the carrier."""
_LISTED = lazy.compile(rf"(?m)^[ \t]*\d{{1,2}}(?:\.\d{{0,2}})?{_SLASHED}(?= ?{_TITLE}\b|[ \t]*(?:\.[A-Z]|$)| {{2,}})")
"""A line of a passenger name list or a booking's display: the count or number of the name, then the name."""
_TITLED = lazy.compile(rf"(?<![\w/]){_SLASHED} ?{_TITLE}(?![A-Za-z])")
"""A slashed name followed by its title (`OKAFOR/CHIDI MR`)."""
_DOCS = lazy.compile(
    r"(?<![A-Za-z])[PIAC]/[A-Z]{3}/(?P<document>[A-Z0-9]{5,15})/[A-Z]{3}/(?P<birth>\d{2}[A-Z]{3}\d{2})/[MFU]I?/"
    r"(?:\d{2}[A-Z]{3}\d{2})?/(?P<name>[A-Z][A-Z' -]*/[A-Z][A-Z' -]*(?:/[A-Z][A-Z' -]*)?)"
)
"""An advance passenger record (`SSR DOCS ... P/GBR/548812093/GBR/14AUG81/M/22OCT29/SURNAME/GIVEN`): the document's
number, the birth date and the name."""
_CELL = lazy.compile(rf"(?<![\w/.@:*`-]){_SLASHED}(?: ?{_TITLE})?(?![\w/.@:*`-])")
"""A slashed name in a manifest's or a check-in list's row (any column), in a text about passengers; not a pair of
words in Markdown's emphasis or code (`**MULTI/EXEC**`, `` `GET/SET` ``: commands in a list of a tool's notes)."""
_CONTACT = lazy.compile(
    r"(?<![A-Za-z])(?:SSR |\.R/)(?P<code>CTCM|CTCE|CTCH|CTCB|DOCA|FOID)[ /](?:[A-Z0-9]{2} )?(?:HK|HN|KK|NN)?\d?[ /]?"
    r"(?P<value>[^\r\n]{4,120})"
)
"""A booking's contact and document lines: mobile (`CTCM`), e-mail (`CTCE`, `@` written `//`), home or business
phone, the residence address (`DOCA`) and the id document (`FOID`)."""
_CONTACT_KINDS = {"CTCM": "phone_number", "CTCH": "phone_number", "CTCB": "phone_number", "CTCE": "email"}
_CONTACT_KINDS |= {"DOCA": "street_address", "FOID": "passport_number"}
_PAX_NAME = lazy.compile(
    r"(?<![A-Z])NAD\+(?:FL|FM|DDT|DDU|COT|BEN)\+{1,3}(?P<name>[A-Z][A-Z' -]*:[A-Z][A-Z' -]*(?::[A-Z' -]+)?)'"
)
"""A passenger list message's (EDIFACT PAXLST) traveller: `NAD+FL+++SURNAME:GIVEN'`."""
_PAX_DOC = lazy.compile(r"(?<![A-Z])DOC\+(?:P|I|V|AC|IP|F|C)(?::\d{1,3}){0,2}\+(?P<document>[A-Z0-9]{5,15})'")
"""A passenger list message's travel document: `DOC+P:110:111+NUMBER'`."""
_PASSENGER_WORDS = ("pnl", "rp/", "pax", "hk1", "hk2", "ssr ", "boarding", "passenger", "flight", "pnr", "seat")
_PASSENGER_WORDS += ("airline", "check-in", "traveller", "traveler", "paxlst")
"""Words of the texts that list passengers (a name list, a booking, a manifest, a check-in list)."""
_SLASH = lazy.compile(r"/(?<=[A-Z'-]/)(?=[A-Z])")
"""The slash of a slashed name (`OKAFOR/CHIDI`): every name `_LISTED`, `_TITLED` and `_CELL` read holds one, and none
reads past its line, so they read only the lines that hold one (led by the slash, a MB is searched in ~1 ms; the
rules' own searches try every character)."""
_NOT_NAMES = frozenset({"AND/OR", "TCP/IP", "UDP/IP", "INPUT/OUTPUT", "READ/WRITE", "ON/OFF", "YES/NO", "TRUE/FALSE"})


def _name(m: re.Match[str], group: str = "name") -> Finding | None:
    value = m.group(group).rstrip(" ")
    if value in _NOT_NAMES or not all(any(c in "AEIOUY" for c in part) for part in value.split("/")):
        return None
    start = m.start(group)
    return Finding(DETECTOR, "person_name", start, start + len(value))


_WORDS = ("m1", "m2", "docs", ".r/", *_PASSENGER_WORDS)
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds`)


def _slashed_lines(text: str) -> list[tuple[int, int]]:
    """Where each line holding a slashed name's slash (see `_SLASH`) starts and ends (before its line feed), in
    order: a rule's search between them finds what its search of the whole text finds on that line (a look-behind
    still sees the line feed before it; a look-ahead at the end sees no more than the line feed it would)."""
    lines: list[tuple[int, int]] = []
    end = -1
    for m in _SLASH.finditer(text):
        at = m.start()
        if at < end:
            continue  # on the line already taken
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        lines.append((text.rfind("\n", 0, at) + 1, end))
    return lines


def find(text: str, low: str = "") -> list[Finding]:
    """Travellers' names, documents and birth dates in the airline records in `text`."""
    out: list[Finding | None] = []
    low = low or text.lower()
    if holds_any(low, ("m1", "m2")):
        out += [_name(m) for m in _BCBP.finditer(text)]
    if not holds_any(low, _PASSENGER_WORDS):
        return [f for f in out if f is not None]
    if holds(text, low, "PAXLST"):
        for m in _PAX_NAME.finditer(text):
            value = m.group("name")
            out.append(Finding(DETECTOR, "person_name", m.start("name"), m.start("name") + len(value.rstrip(" :"))))
        for m in _PAX_DOC.finditer(text):
            out.append(Finding(DETECTOR, "passport_number", m.start("document"), m.end("document")))
    if holds(text, low, "DOCS"):
        for m in _DOCS.finditer(text):
            out.append(_name(m))
            out.append(Finding(DETECTOR, "passport_number", m.start("document"), m.end("document")))
            out.append(Finding(DETECTOR, "date_of_birth", m.start("birth"), m.end("birth")))
    lines = _slashed_lines(text)
    for rule in (_LISTED, _TITLED, _CELL):  # (each rule's matches in order, then the next rule's: as one pass each)
        out += [_name(m) for lo, hi in lines for m in rule.finditer(text, lo, hi)]
    if holds(text, low, "SSR ") or holds(text, low, ".R/"):
        for m in _CONTACT.finditer(text):
            code = m.group("code")
            value = m.group("value").split("/")[-1] if code in ("CTCM", "CTCH", "CTCB") else m.group("value")
            value = value.rstrip(" ")
            if code != "DOCA" and " " in value.strip():
                value = value.split(" ")[0]
            if sum(c.isalnum() for c in value) >= 4:
                start = m.start("value") + m.group("value").index(value)
                out.append(Finding(DETECTOR, _CONTACT_KINDS[code], start, start + len(value)))
    return [f for f in out if f is not None]

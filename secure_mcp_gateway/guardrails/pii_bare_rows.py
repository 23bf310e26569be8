"""Names in the rows of delimited or fixed-width text without a header (`1043,Amara,Nwosu,amara.nwosu@...,+44 ...`,
`EMP0001  OKAFOR, GRACE      GB94...`): capitalised cells beside a person's data found in the same row, a full name
in one cell or a given name and a surname in two."""

from __future__ import annotations

import itertools

from . import lazy
from .findings import Finding
from .pii_people import _NAME, _name_ok, _words
from .pii_prose_names import _OPENERS, _ORG_WORDS

DETECTOR = "pii"

_ANCHORS = frozenset(
    """
    email phone_number iban date_of_birth street_address passport_number ssn us_ssn uk_nino nl_bsn id_card_number
    bank_account_number driver_license health_record_number tax_id national_id credit_card
    """.split()
)
"""Kinds of a person's own data: a row holding one is a person's."""
_SEPARATORS = (",", ";", "|", "\t")
_SIGNATURE_SEPARATORS = (*_SEPARATORS, " / ", " · ", " • ")
"""The same, and what a signature or contact line writes between its parts (`Hannah Weiss / Projektleitung / ...`)."""
_ROWS = 400
"""Rows read at most in one text."""
_LINE = 400
"""The longest line read as a row."""
_WORD_CELL = lazy.compile(_NAME.pattern)


_GAP = lazy.compile(r"[ ]{2,}|\t")
"""The gap between a fixed-width row's columns."""


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """The spans of a line's cells split at `sep` (or at gaps of two spaces or more when `sep` is empty), trimmed of
    spaces and quotes."""
    out = []
    lo = 0
    parts = line.split(sep) if sep else _GAP.split(line)
    bounds = [m.end() for m in _GAP.finditer(line)] if not sep else []
    for n, part in enumerate(parts):
        if not sep:
            lo = bounds[n - 1] if n else 0
        hi = lo + len(part)
        a, b = lo, hi
        while a < b and line[a] in " \t\"'":
            a += 1
        while b > a and line[b - 1] in " \t\r\"'":
            b -= 1
        out.append((a, b))
        lo = hi + len(sep)
    return out


def _read(value: str) -> str:
    """A cell as a name is written: capitals read as capitalised words (`OKAFOR, GRACE` as `Okafor Grace`)."""
    if value.isupper():
        return " ".join(w.capitalize() for w in value.replace(",", " ").split())
    return value


def _names(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of one row that hold a name: one cell of two to four capitalised words read as a person's (a known
    given name, a surname's form), or two neighbouring cells of one word each that together read as one."""
    words = [(a, b) for a, b in cells if b > a and _WORD_CELL.fullmatch(_read(line[a:b])) is not None]
    out = []
    words = [
        (a, b) for a, b in words if not any(w.lower() in _ORG_WORDS or w.lower() in _OPENERS for w in _words(line[a:b]))
    ]
    for a, b in words:
        value = _read(line[a:b])
        if 2 <= len(_words(value)) <= 4 and _name_ok(value, True):
            out.append((a, b))
    if out:
        return out
    single = [(a, b) for a, b in words if len(_words(line[a:b])) == 1 and not (b - a <= 3 and line[a:b].isupper())]
    for (a, b), (c, d) in itertools.pairwise(single):
        together = f"{_read(line[a:b])} {_read(line[c:d])}"
        if out and out[-1] == (a, b):
            continue  # a name's second cell: not the first of another
        if cells.index((c, d)) == cells.index((a, b)) + 1 and _name_ok(together, True):
            out += [(a, b), (c, d)]
    return out


def names(text: str, found: list[Finding]) -> list[Finding]:
    """Names in the header-less delimited rows of `text` that hold a person's data found."""
    out: list[Finding] = []
    taken = [(f.start, f.end) for f in found]
    seen: set[int] = set()
    for f in found:
        if f.kind not in _ANCHORS or len(seen) >= _ROWS:
            continue
        lo = text.rfind("\n", 0, f.start) + 1
        if lo in seen:
            continue
        seen.add(lo)
        hi = text.find("\n", f.end)
        hi = len(text) if hi < 0 else hi
        line = text[lo:hi]
        if len(line) > _LINE:
            continue  # a paragraph or a dump on one line: no table's row
        sep = max(_SIGNATURE_SEPARATORS, key=line.count)
        if line.count(sep) < 2:
            if len(_GAP.findall(line)) < 2:
                continue
            sep = ""  # a fixed-width row: columns apart by two spaces or more
        for a, b in _names(line, _cells(line, sep)):
            span = (lo + a, lo + b)
            if not any(s < span[1] and span[0] < e for s, e in taken):
                taken.append(span)
                out.append(Finding(DETECTOR, "person_name", *span))
    return out

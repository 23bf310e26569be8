"""The parties of a SWIFT MT payment (`:50K:` ordering customer, `:59:` beneficiary) that are companies."""

from __future__ import annotations

from . import lazy
from .findings import Finding

_PARTY = lazy.compile(r"(?m)^:(?:50[AFK]|59[AF]?):/?")
"""A party's field: its account (after a slash) on the tag's line, its name and address on the lines after."""
_NEXT_TAG = lazy.compile(r"(?m)^(?::\d\d[A-Z]?:|-\})")
_COMPANY = lazy.compile(
    r"(?i)(?<![\w.])(?:ltd|limited|gmbh|plc|inc|llc|corp|co|s\.?a|sarl|sas|b\.?v|n\.?v|ag|kg|s\.?p\.?a|s\.?r\.?l|ab|"
    r"oy|a/s|aps|pty|bhd|kft|s\.?r\.?o|sp\. z o\.?o)\.?(?![\w/])"
)
"""A company's legal form, in the capitals a payment message writes names in (`NORTHWIND TRADERS LTD`)."""


def companies(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the account, name and address of each payment party whose name carries a company's legal form."""
    spans = []
    for m in _PARTY.finditer(text):
        first = text.find("\n", m.end())
        if first < 0:
            continue
        name_end = text.find("\n", first + 1)
        name_end = len(text) if name_end < 0 else name_end
        if _COMPANY.search(text, first + 1, name_end) is None:
            continue
        close = _NEXT_TAG.search(text, name_end)
        spans.append((m.start(), close.start() if close is not None else len(text)))
    if not spans:
        return found
    return [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in spans)]

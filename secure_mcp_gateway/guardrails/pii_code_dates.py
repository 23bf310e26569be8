"""Birth dates written as code or as a record's field under a key that names a birth: a constructor call
(`datetime.date(1987, 3, 14)`, `LocalDate.of(...)`, `time.Date(1987, time.March, 14, ...)`, `new Date(...)`), a
date string in a call (`as.Date("1987-03-14")`), a sigil (`~D[1987-03-14]`), `fromGregorian 1987 3 14`, a tuple
(`{1987,3,14}`), a date message (`birth_date { year: 1987 month: 3 day: 14 }`), a COBOL `PIC 9(8) VALUE 19870314`,
a Stata `td(14mar1987)`; and a date in the value field of a pair whose name field is a birth's
(`ItemOID="..BRTHDTC" Value="1987-03-14"`, `"displayName":"Date of birth","value":"..."`,
`prompt="Enter date of birth" input=...`)."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .scan import INDEX, LONG, holds_any

DETECTOR = "pii"

CUES = ("birth", "brth", "dob", "geburt", "nacim", "naiss", "nasc")
INDEX.add(CUES)  # where each starts: a long text is not searched for them

_CUE = lazy.compile(r"birth|brth|dob|geburt|nacim|naiss|nasc")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
"""A key is the identifier around a birth's word (`birth_date`, `patientDob`, `WS-BIRTH-DATE`, `I_DM_BRTHDTC`)."""
_NOT_DATE_KEY = lazy.compile(
    r"place|country|city|town|rate|weight|order|year|month|(?<!birth)day|name|count|cert|hour|time_?zone|^dobj|dobro|"
    r"adob|nasceu|renaiss|nascen",
    re.I,
)
"""Keys with a birth's word that hold something else than a birth date (a place, a rate, a year alone)."""

_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_Y = r"(?P<y>(?:19|20)\d\d)"
_M = r"(?P<m>[01]?\d)"
_D = r"(?P<d>[0-3]?\d)"
_STRING = (
    r"(?:(?P<sy>(?:19|20)\d\d)(?P<s1>[-/.])(?P<sm>[01]?\d)(?P=s1)(?P<sd>[0-3]?\d)(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?"
    r"|(?P<sa>[0-3]?\d)(?P<s2>[-/.])(?P<sb>[0-3]?\d)(?P=s2)(?P<sz>(?:19|20)\d\d)"
    rf"|(?P<td>[0-3]?\d)(?P<tm>{_MON})[a-z]*(?P<ty>(?:19|20)\d\d))(?![\d])"
)
"""A date as a string: year-month-day, day/month/year (or month/day/year) or Stata's `14mar1987`."""
_GAP = r"[\"'`\]]?[ \t]*(?:=>|->|:=|<-|=|:)?[ \t]*"
_CODE = lazy.compile(
    _GAP
    + r"(?P<lit>"
    # a constructor with year, month, day: `date(1987, 3, 14)`, `LocalDate.of(...)`, `time.Date(1987, time.March, 14`
    + rf"(?:new[ \t]+)?[A-Za-z_][\w.:]{{0,30}}[ \t]*\([ \t]*{_Y}[ \t]*,[ \t]*"
    + rf"(?:{_M}|[\w.]{{0,10}}\.(?P<mw>{_MON})[a-z]*)[ \t]*,[ \t]*{_D}(?!\d)"
    # month, day, year: `mdy(3, 14, 1987)`
    + r"|mdy[ \t]*\([ \t]*(?P<m2>[01]?\d)[ \t]*,[ \t]*(?P<d2>[0-3]?\d)[ \t]*,[ \t]*(?P<y2>(?:19|20)\d\d)(?!\d)"
    # a date string in a call, sigil, literal or brackets: `as.Date("1987-03-14")`, `~D[1987-03-14]`,
    # `DATE '1987-03-14'`, `dob: [[1987-03-14]]`
    + r"|(?:[A-Za-z_][\w.:]{0,30}[ \t]*\([ \t]*|~[DNU]\[|#inst[ \t]*|DATE[ \t]*|td\(|\[\[?)[\"']?"
    + _STRING
    # Haskell's `fromGregorian 1987 3 14`; a tuple `{1987,3,14}` / `(1987, 3, 14)`
    + r"|fromGregorian[ \t]+(?P<y3>(?:19|20)\d\d)[ \t]+(?P<m3>[01]?\d)[ \t]+(?P<d3>[0-3]?\d)(?!\d)"
    + r"|[{(\[][ \t]*(?P<y4>(?:19|20)\d\d)[ \t]*,[ \t]*(?P<m4>[01]?\d)[ \t]*,[ \t]*(?P<d4>[0-3]?\d)[ \t]*[})\]]"
    # a date message: `{ year: 1987 month: 3 day: 14 }`, `{"year": 1987, "month": 3, "day": 14}`
    + r"|\{\s*[\"']?year[\"']?\s*[:=]?\s*(?P<y5>(?:19|20)\d\d)[\s,;]*[\"']?month[\"']?\s*[:=]?\s*(?P<m5>[01]?\d)"
    + r"[\s,;]*[\"']?day[\"']?\s*[:=]?\s*(?P<d5>[0-3]?\d)(?!\d)"
    # COBOL: `PIC 9(8) VALUE 19870314`
    + r"|PIC(?:TURE)?[ \t]+[9X]+(?:\(\d+\))?[ \t]+VALUE[ \t]+[\"']?(?P<y6>(?:19|20)\d\d)(?P<m6>[01]\d)(?P<d6>[0-3]\d)"
    + r"(?![\w-])"
    + r")",
    re.I,
)
"""What follows a birth key directly, with the date's parts in named groups."""
_PAIR = lazy.compile(
    r"[^\n]{0,160}?(?<![\w-])(?:value|input|answer|response|val|text|data)[\"']?"
    r"(?:[ \t]*(?:=>|:|=)[ \t]*|(?:[ \t]+[\w:]+=\"[^\"\n]{0,20}\")*[ \t]*>)[\"']?" + _STRING,
    re.I,
)
"""A pair's value field after its name field, on the same line: `... Value="1987-03-14"`, `"value":"..."`."""
_PAIR_LINES = lazy.compile(
    r"[^\n]{0,40}\{[ \t]*\n(?:[ \t]*\"[\w:@-]+\"[ \t]*:[ \t]*\"[^\"\n]{0,80}\",?[ \t]*\n){0,3}"
    r"[ \t]*\"(?:value|@value)\"[ \t]*:[ \t]*\"" + _STRING,
    re.I,
)
"""The same in a record printed one field a line (`"birthDate": {` / `"type": "literal",` / `"value": "..."`)."""


def _ok(y: str, m: str, d: str) -> bool:
    """Whether a year, month and day make a date a person alive could be born on."""
    yy, mm, dd = int(y), int(m), int(d)
    return 1900 <= yy <= 2029 and 1 <= mm <= 12 and 1 <= dd <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mm - 1]


def _date_in(m: re.Match[str]) -> tuple[int, int] | None:
    """The match's span if the date it holds (a match of `_CODE`, `_PAIR` or `_PAIR_LINES`) is a date."""
    g = m.groupdict()
    if g.get("sy"):
        return m.span() if _ok(g["sy"], g["sm"], g["sd"]) else None
    if g.get("sa"):
        a, b, y = g["sa"], g["sb"], g["sz"]
        return m.span() if _ok(y, b, a) or _ok(y, a, b) else None
    if g.get("td"):
        month = str(_MONTHS.index(g["tm"].lower()) + 1)
        return m.span() if _ok(g["ty"], month, g["td"]) else None
    if g.get("mw"):
        month = str(_MONTHS.index(g["mw"].lower()) + 1)
        return m.span() if _ok(g["y"], month, g["d"]) else None
    for y, mo, d in (("y", "m", "d"), ("y2", "m2", "d2"), ("y3", "m3", "d3"), ("y4", "m4", "d4"), ("y5", "m5", "d5")):
        if g.get(y):
            return m.span() if _ok(g[y], g[mo], g[d]) else None
    if g.get("y6"):
        return m.span() if _ok(g["y6"], g["m6"], g["d6"]) else None
    return None


_CLOSE = {"(": ")", "[": "]", "{": "}"}


def _span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The literal's span: from its start (a call's name, a sigil) to its closing bracket on the same line; a pair's
    value from its date's first character."""
    if m.groupdict().get("lit") is None or text.startswith("[", m.start("lit")):  # a pair's value; `[[date]]`
        start = next(m.start(g) for g in ("sy", "sa", "td") if m.group(g))
        return start, m.end()
    if m.group("y6"):  # COBOL: the digits after `VALUE`
        return m.start("y6"), m.end("d6")
    start, end = m.span("lit")
    opened = [c for c in text[start:end] if c in "([{"]
    closed = sum(text[start:end].count(c) for c in ")]}")
    if len(opened) > closed:
        close = _CLOSE[opened[-1]]
        at = text.find(close, end, min(len(text), end + 80))
        if at >= 0 and "\n" not in text[end:at]:
            end = at + 1
    elif text[end : end + 1] in ("'", '"'):
        end += 1
    return start, end


def _cues(low: str) -> list[tuple[int, int]]:
    """Where a birth's word starts in `low`, and its length: from the shared index in a long text it has read."""
    where = INDEX.known(low) if len(low) >= LONG else None
    if where is None or any(cue in where[1] for cue in CUES):
        return [(m.start(), m.end() - m.start()) for m in _CUE.finditer(low)]
    return sorted((at, len(cue)) for cue in CUES for at in where[0].get(cue, ()))


def find(text: str, low: str) -> list[Finding]:
    """The birth dates under birth keys in `text` (`low`: `text` lower-cased)."""
    if not holds_any(low, CUES):
        return []
    out: list[Finding] = []
    last = -1
    for at, size in _cues(low):
        start, end = at, at + size
        if start < last:
            continue
        while start > 0 and text[start - 1] in _KEY_CHARS and at - start < 40:
            start -= 1
        while end < len(text) and text[end] in _KEY_CHARS and end - at - size < 40:
            end += 1
        word = text[start:end]
        if _NOT_DATE_KEY.search(word) is not None:
            continue
        if low.startswith("dob", at):
            before = text[at - 1] if at > start else ""
            after = text[at + 3] if at + 3 < end else ""
            # `dob`, `DOB_DATE`, `patientDob`, `p.dob`: not inside a longer word (`adobe`, `dobra`)
            if (before.isalpha() and not text[at].isupper()) or (after.isalpha() and after.islower()):
                continue
        found = None
        for pattern in (_CODE, _PAIR, _PAIR_LINES):
            m = pattern.match(text, end)
            if m is not None and _date_in(m) is not None:
                found = _span(text, m)
                break
        if found is not None:
            out.append(Finding(DETECTOR, "date_of_birth", *found))
            last = found[1]
    return out

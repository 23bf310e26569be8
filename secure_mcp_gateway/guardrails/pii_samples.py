"""Sample and test records: a record whose person is a placeholder (`Test Patient`, `Demo User`, `John Doe`, `Max
Mustermann`) or which calls itself a test or dummy record is made up, and none of its values is anyone's."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX

WORDS = (
    *("test", "sample", "demo", "dummy", "fake", "mock", "fixture", "placeholder", "doe", "muster", "bloggs"),
    *("example", "fictional", "fictitious", "made-up", "made up", "not real", "synthetic", "specimen"),
    *(" roe", "q. public", "q public", "q. citizen", "q citizen", "nordmann", "modaal", "meik", "svensson"),
    *("yamada", "dela cruz", "atkins", "normalverbraucher"),
)
"""What a text holds (lower-cased) when `_SAMPLE` may match in it: a text with none is not read here."""
INDEX.add(WORDS, where=False)

_WHO = (
    r"users?|patients?|persons?|people|customers?|clients?|members?|guests?|tenants?|accounts?|employees?|"
    r"students?|pupils?|players?|applicants?|donors?|voters?|subscribers?|callers?|residents?|contacts?|drivers?|"
    r"owners?|travell?ers?|passengers?|buyers?|sellers?|shoppers?|consumers?|individuals?|subjects?|participants?|"
    r"profiles?|identit(?:y|ies)|citizens?|candidates?|visitors?|borrowers?|insured|beneficiar(?:y|ies)"
)
_SAMPLE = lazy.compile(
    r"(?i)(?<![\w.@-])(?:"
    r"(?:john|jane|richard|baby|j\.|john q\.?) doe|(?:max|erika|otto) muster(?:mann|frau)|joe bloggs|fulano de tal|"
    r"(?:john|jane|richard) roe|(?:john|jane) q\.? (?:public|citizen)|(?:ola|kari) nordmann|jan modaal|"
    r"matti meikäläinen|sven svensson|(?:taro|hanako) yamada|yamada (?:taro|hanako)|"
    r"juan dela cruz|tommy atkins|otto normalverbraucher|"
    r"doe[ \t]*[,;|\t][ \t\"']*(?:john|jane|richard)|muster(?:mann|frau)[ \t]*[,;|\t][ \t\"']*(?:max|erika|otto)|"
    r"bloggs[ \t]*[,;|\t][ \t\"']*joe|"
    rf"(?:test|sample|demo|dummy|fake|mock|fixture|placeholder|example)[ _-]?(?:{_WHO})|"
    r"(?:test|dummy|fake|mock|fixture|synthetic)[ _-]?(?:records?|entry|entries|rows?|data)|"
    # a note that the record's values are made up (`all values synthetic`, `the details shown are fictitious`)
    r"(?:values?|data|records?|details|entries|rows|numbers)(?: (?:shown|here|above|below))?(?: (?:are|is))?"
    r"(?: all)? (?:synthetic|fictitious|fictional|made[ -]up|invented|not real)"
    r")(?![\w@-])"
)
"""A placeholder person (also surname first, in a table's cells: `Doe,Jane`, `Mustermann|Erika`) or a record that says
it is made up (`Test User`, `demo_patient`, `Jane Doe`, `Dummy record`);
not a mailbox (`test.user@...` is read with its record) nor part of a longer word."""

_NOTE_AFTER = lazy.compile(
    r"(?i)[ \t]*[(\[][^()\[\]\n]{0,30}?(?<![\w-])(?:examples?|samples?|test|dummy|fictional|fictitious|fake|"
    r"placeholder|demo|made[ -]up|not real|synthetic|mock)(?![\w-])[^()\[\]\n]{0,30}[)\]]"
)
"""A note right after a value that it is an example or test data (`DE89 ... (documentation example)`, `[test]`)."""

_NOTE_BEFORE = lazy.compile(
    r"(?i)(?<![\w.@-])(?<!for )(?:examples?|samples?|specimens?|dummy|fictional|fictitious|fake|placeholder|"
    r"made[ -]up|mock|synthetic)(?![\w-]|[ \t]*=)(?:[^\n.;!?]|\.(?=\S| (?-i:[a-z0-9]))){0,40}\Z"
)
"""A note on the same line right before a value that it is an example, specimen or made up (`the sample IBAN`,
`Specimen SSN shown on the form:`, `fake card for QA:`); not `for example`, which leads a real value as often."""
_BEFORE_REACH = 60

_REACH = 1500
"""The longest block read as one record; in a longer one, the lines around the placeholder are."""
_AROUND = 300
"""How far around a placeholder its record reaches on a line longer than `_REACH`."""


def _record(text: str, at: int, end: int) -> tuple[int, int]:
    """The record holding the placeholder at `text[at:end]`: its block between blank lines, or its line, or the
    characters around it (whichever is the first no longer than `_REACH`)."""
    lo = max(text.rfind("\n\n", 0, at), text.rfind("\n\r\n", 0, at))
    lo = 0 if lo < 0 else lo + 1
    hi = text.find("\n\n", end)
    hi2 = text.find("\n\r\n", end)
    hi = min(h for h in (hi, hi2, len(text)) if h >= 0)
    if hi - lo <= _REACH:
        return lo, hi
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo <= _REACH:
        return lo, hi
    return max(lo, at - _AROUND), min(hi, end + _AROUND)


def _windows(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """The stretches of `text` within `_REACH` of a finding, merged: only there can a finding's record be named."""
    out: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: f.start):
        lo, hi = max(0, f.start - _REACH), min(len(text), f.end + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def records(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the values in a sample or test record (see `_SAMPLE`) and those noted as examples after them (see
    `_NOTE_AFTER`)."""
    found = [
        f
        for f in found
        if _NOTE_AFTER.match(text, f.end) is None
        and _NOTE_BEFORE.search(text, max(0, f.start - _BEFORE_REACH), f.start) is None
    ]
    spans = [
        _record(text, m.start(), m.end()) for lo, hi in _windows(text, found) for m in _SAMPLE.finditer(text, lo, hi)
    ]
    if not spans:
        return found
    return [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in spans)]

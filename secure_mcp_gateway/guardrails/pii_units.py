"""Where a person named in a record lives, sleeps or is held: the code after `Unit`, `Room`, `Cell`, `Bed`, `Locker`,
`Cabin`, `Plot` or `Pitch` on the line of that person's name (`Tenant: Olu Bankole, Unit 4B`, `Inmate: Darnell
Price, Cell C-114`, `Guest: Mira Sato — Room 1204`), reported as `unit_number`. A room's code with no person named on
its line (`meeting in Room 4.12`) is nobody's."""

from __future__ import annotations

import bisect
import itertools

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any

DETECTOR = "pii"

WORDS = (
    *("unit", "apt", "apartment", "flat", "room", "rm", "cell", "bed", "locker", "suite", "cabin", "plot"),
    *("pitch", "berth", "stall", "wohnung", "zimmer", "chambre", "habitacion", "quarto", "kamer"),
)
"""The words of a person's place in a building, a ship, a camp or an institution (any one of them in the text is the
cue this reader needs), in ASCII as the shared index keeps them (a word outside ASCII there would make its Hyperscan
pass refuse the words and leave every detector to the slower regex passes)."""
INDEX.add(WORDS, where=False)

_CODE = lazy.compile(
    r"(?<![\w-])(?i:unit|apt|apartment|flat|room|rm|cell|bed|locker|suite|cabin|plot|pitch|berth|stall|wohnung|"
    r"zimmer|chambre|habitaci[óo]n|quarto|kamer)\.?[ \t]*(?i:no\.?|nr\.?|number|#)?[ \t]*:?[ \t]*"
    r"([A-Z]{0,2}-?\d{1,5}[A-Z]?(?:-\d{1,4})?)"
    r"(?![\w.,:/-]\w|\d|[.,]\d|[ \t]*(?i:people|persons|guests|beds|rooms|m2|m²|sq|%|x\b|of\b))"
)
"""A place's word, then its code (`Unit 4B`, `Cell C-114`, `Room 1204`, `Bed 07`, `Locker #212`), not a count or a
size after it (`room 12 people`, `Room 4.12` is a floor and room)."""
_REACH = 90
"""How far from a person's name on its line the code may stand."""


def codes(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """The codes of places on the lines of the people named in `found` (`low`: `text` lower-cased)."""
    if not holds_any(low, WORDS):
        return []
    found = sorted(found, key=lambda f: f.start)
    ends = list(itertools.accumulate((f.end for f in found), max))  # the furthest end up to each finding
    starts = [f.start for f in found]
    out: list[Finding] = []
    read = 0  # where the last line read ends: each line is read once, however many names it holds
    for f in found:
        if f.kind != "person_name" or f.start < read:
            continue
        lo = max(text.rfind("\n", 0, f.start) + 1, f.start - _REACH, read)
        hi = text.find("\n", f.end)
        read = hi = min(len(text) if hi < 0 else hi, f.end + _REACH)
        for m in _CODE.finditer(text, lo, hi):
            a, b = m.span(1)
            i = bisect.bisect_left(starts, b)  # the findings that start before the code ends
            if i == 0 or ends[i - 1] <= a:  # none of them reaches into it
                out.append(Finding(DETECTOR, "unit_number", a, b))
    return out

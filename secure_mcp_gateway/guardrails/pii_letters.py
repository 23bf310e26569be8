"""People named in typeset letters: LaTeX's letter class (`\\begin{letter}{Recipient\\\\...}`, `\\signature{}`,
`\\name{}`) and troff's letter and memo macros (mm's `.WA`/`.IA`, ms's and mm's `.AU`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_people import name_ok
from .scan import INDEX, holds_any

DETECTOR = "pii"
_PERSON = r"[^\W\d_][^\W\d_'.-]*(?: (?:[^\W\d_]{1,3} )?[^\W\d_][^\W\d_'.-]*){1,3}"
_LATEX = lazy.compile(rf"\\(?:begin\{{letter\}}|signature|name|author)\{{[ \t]*({_PERSON})[ \t]*(?:\\\\|\}})")
"""A LaTeX letter's recipient (the first line of its address), its signature, the sender's name."""
_TROFF = lazy.compile(rf"(?m)^\.(?:WA|IA|AU)[ \t]+\"?({_PERSON})\"?[ \t]*$|^\.AU[ \t]*\n({_PERSON})[ \t]*$")
"""A troff letter's writer (`.WA`) or addressee (`.IA`), a memo's author (`.AU "Name"`, or ms's `.AU` on a line of its
own with the name on the next)."""
_NOT = frozenset({"to whom it may concern", "dear sir or madam", "your name", "the author", "anonymous"})


_LATEX_WORDS = ("{letter}", "\\signature{", "\\name{", "\\author{")
_TROFF_WORDS = ("\n.wa", "\n.ia", "\n.au")
INDEX.add((*_LATEX_WORDS, *_TROFF_WORDS), where=False)  # whether they occur (see `scan.holds_any`)


def find(text: str, low: str) -> list[Finding]:
    """Names in LaTeX and troff letters (`low`: `text` lower-cased)."""
    out = []
    if holds_any(low, _LATEX_WORDS):
        for m in _LATEX.finditer(text):
            if m.group(1).lower() not in _NOT and m.group(1)[0].isupper() and name_ok(m.group(1)):
                out.append(Finding(DETECTOR, "person_name", *m.span(1)))
    if holds_any(low, _TROFF_WORDS) or text[:3] in (".WA", ".IA", ".AU"):
        for m in _TROFF.finditer(text):
            at = 1 if m.group(1) is not None else 2
            if m.group(at).lower() not in _NOT and m.group(at)[0].isupper() and name_ok(m.group(at)):
                out.append(Finding(DETECTOR, "person_name", *m.span(at)))
    return out

"""Players named in game records: a chess game's tag pairs (PGN's `[White "Halvorsen, Eirik"]`), its players, their
annotator and arbiters, written surname first as federations print them or given name first."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_people import _name_ok, _words
from .scan import INDEX, holds_any

DETECTOR = "pii"
_WORDS = ('[white "', '[black "')
INDEX.add(_WORDS, where=False)  # whether they occur (see `scan.holds_any`)
_TAG = lazy.compile(r'^\[(?:White|Black|Annotator|Arbiter|WhitePlayer|BlackPlayer)[ \t]+"(?P<value>[^"\n]{3,80})"\]', 8)
"""A tag pair naming a person, at the start of a line."""
_PROGRAM = lazy.compile(r'^\[(?:White|Black)Type[ \t]+"program"\]', 8)
"""A tag saying a player is a program (an engine's name is no person's)."""
_INVERTED = lazy.compile(r"(?P<surname>[^\W\d_][\w'’. -]{1,40}), (?P<given>[^\W\d_][\w'’. -]{0,40})")


def _read(value: str) -> bool:
    """Whether a tag's value names a person: surname, comma, given names (as federations list players), or given
    names and a surname read as a name where a shop's or a program's name may stand too."""
    inverted = _INVERTED.fullmatch(value)
    if inverted is not None:
        name = f"{inverted.group('given')} {inverted.group('surname')}".replace(".", "")
        return 2 <= len(_words(name)) <= 5 and _name_ok(name.title() if name.isupper() else name, False)
    return 2 <= len(_words(value)) <= 4 and _name_ok(value, True)


def find(text: str, low: str) -> list[Finding]:
    """Players named in PGN tag pairs (`low`: `text` lower-cased)."""
    if not holds_any(low, _WORDS):
        return []
    programs = _PROGRAM.search(text) is not None
    out = []
    for m in _TAG.finditer(text):
        value = m.group("value").strip()
        if value and not programs and _read(value):
            out.append(Finding(DETECTOR, "person_name", m.start("value"), m.start("value") + len(value)))
    return out

"""Conference dial-in numbers: a meeting service's lines listed under `Dial by your location`, `Join by phone` or
`Dial-in`, and one-tap strings (`+16465588656,,84827315960#`) with the meeting's id after the line; nobody's phone."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any

WORDS = (
    "dial",
    "join by phone",
    "call in",
    "call-in",
    "one tap",
    "conference",
    "bridge",
    "audio only",
    "meeting id",
    "webinar id",
    "passcode",
    "participant code",
)
INDEX.add(WORDS, where=False)  # whether they occur (see `scan.holds_any`)

_LIST = lazy.compile(
    r"(?<![a-z])(?:dial[ -]?in(?: numbers?| details)?|dial by your location|dial(?:-| )in by phone|"
    r"join by (?:tele)?phone|call[ -]in(?: numbers?| details)?|one tap mobile|audio only|"
    r"conference (?:bridge|call|dial[ -]?in)|audio (?:conference|bridge)|bridge (?:number|line|pin)|"
    r"(?:meeting|webinar|conference) id|passcode|participant code)"
)
"""The names of a meeting's dial-in lines, or of the codes listed beside them."""
_MINE = lazy.compile(
    r"(?<![a-z])(?:me|my|mine|his|her|their|cell|mobile(?! *\n)|direct|personal|organi[sz]er|host|contact|owner|"
    r"emergency|whatsapp|sms|text)(?![a-z])"
)
"""Words that tie a number to someone between a dial-in list's name and the number (`or call me on ...`)."""
_ONE_TAP = lazy.compile(r"[ \t]*,,\d{6,}")
"""A one-tap string's pause and meeting id right after the number (`+16465588656,,84827315960#`)."""
_TAPPED = lazy.compile(r"\+?\d{7,15},,\Z")
"""The number before a one-tap string's pause (the meeting id after it is read as a number too)."""
_REACH = 400
"""How far before a number its dial-in list's name may stand."""


def dial_ins(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """`found` less the phone numbers that are a meeting's dial-in lines (`low`: `text` lower-cased)."""
    if not holds_any(low, WORDS):
        return found
    return [f for f in found if f.kind != "phone_number" or not _dial_in(text, low, f.start, f.end)]


def _dial_in(text: str, low: str, start: int, end: int) -> bool:
    if _ONE_TAP.match(text, end) is not None or _TAPPED.search(text, max(0, start - 20), start) is not None:
        return True
    lo = max(0, start - _REACH)
    last = None
    for m in _LIST.finditer(low, lo, start):
        last = m
    if last is None or "\n\n" in low[last.end() : start]:
        return False
    return _MINE.search(low, last.end(), start) is None

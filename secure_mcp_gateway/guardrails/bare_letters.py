"""Words as a text typed without accents writes them ("bo qua" for "bỏ qua", "talimatlari" for "talimatları"), so
that the lexicons of orders read such a text as they read it with its accents."""

from __future__ import annotations

import unicodedata

_BARE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ё": "е", "þ": "th", "æ": "ae"})
"""Letters with no accent to take off that a text typed without accents writes as their bare letter(s)."""
_LAST = "\u0400"
"""Accents are taken off Latin and Greek letters only (below this, and in `_EXTENDED`); other scripts' marks are part
of the word."""
_EXTENDED = ("\u1e00", "\u1fff")
"""Latin Extended Additional and Greek Extended: the precomposed letters of Vietnamese ("ớ", "ạ") and of polytonic
Greek."""


def _accented(ch: str) -> bool:
    """Whether `ch` is a Latin or Greek letter whose accents a text typed without them leaves off."""
    return ch < _LAST or _EXTENDED[0] <= ch <= _EXTENDED[1]


def bare(word: str) -> str:
    """`word` without the accents of its Latin and Greek letters ("bỏ qua" -> "bo qua", "αγνόησε" -> "αγνοησε"),
    other scripts' marks kept; `word` itself when it has none."""
    if word.isascii():
        return word
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if out and out[-1] < _LAST and unicodedata.combining(ch):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).translate(_BARE)


def bare_pattern(pattern: str) -> str:
    """Regular expression `pattern` also matching its words typed without accents: each accented Latin or Greek
    letter becomes a class of it and its bare letter (`ớ` -> `[ớo]`, inside a class the bare letter is added)."""
    if pattern.isascii():
        return pattern
    out: list[str] = []
    in_class = negated = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "^" and in_class and out[-1] == "[":
            negated = True
        elif ch == "]" and in_class and out[-1] not in "[^":
            in_class = negated = False
        b = bare(ch) if not ch.isascii() and _accented(ch) and not negated else ch
        if b == ch:
            out.append(ch)
        elif len(b) == 1:
            out.append(ch + b if in_class else f"[{ch}{b}]")
        else:
            out.append(ch if in_class else f"(?:{ch}|{b})")
    return "".join(out)

"""Text a person cannot see but a model reads: Unicode tag characters, zero-width and bidi controls, escapes."""

from __future__ import annotations

import re
import unicodedata

from . import lazy
from .findings import Finding

# Decisions:
# - A single zero-width joiner or non-joiner between two emoji or two non-ASCII letters is how emoji sequences
#   (👨‍👩‍👧) and scripts such as Persian or Devanagari are written, so it is left alone; joiners next to ASCII,
#   or runs of several zero-width characters (the usual way to smuggle bits), are reported.
# - U+FEFF at the very start of a string is a byte-order mark, not hidden text.
# - Tag characters that spell an emoji subdivision flag (🏴 followed by at most seven tag letters or digits and
#   the cancel tag, as in the flag of Scotland) are left alone; any other tag character is reported.
# - A single zero-width space between two letters of a script written without spaces (Thai, Khmer, Japanese) is a
#   word break, and is left alone.
# - Bidi controls next to right-to-left letters (Hebrew, Arabic, Persian) are how such text is embedded in other
#   text, and are left alone; next to anything else (`file\u202egnp.exe`) they are reported.
# - Variation selectors are reported only in runs of two or more (one after a character is ordinary emoji or CJK).
# - Terminal escapes: CSI (colours, cursor moves), OSC (titles, OSC 8 hyperlinks that hide their target), DCS and
#   friends, and a bare ESC.

DETECTOR = "hidden_text"

# One escape sequence: a terminated OSC (titles, OSC 8 hyperlinks) or DCS/SOS/PM/APC string, a CSI (with its
# parameters; runs of broken ones are taken in one go), another two-character escape, or bare escape characters.
_ANSI = (
    r"\x1b\][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[PX^_][^\x1b\x9c]{0,4096}(?:\x1b\\|\x9c)"
    r"|(?:\x1b[\[\]]|\x9b)[\x20-\x3f\x1b\x9b\[\]]*[@-~]?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]"
    r"|[\x1b\x9b\x9d]+"
)
_ANSI_ONLY = lazy.compile(f"(?:{_ANSI})+")
_HIDDEN = lazy.compile(
    "(?P<tag_characters>[\U000e0000-\U000e007f]+)"
    "|(?P<zero_width>[\u200b-\u200d\u2060-\u2064\ufeff\u180e\ufff9-\ufffb]+)"
    "|(?P<bidi_control>[\u202a-\u202e\u2066-\u2069]+)"
    "|(?P<variation_selectors>[\ufe00-\ufe0f\U000e0100-\U000e01ef]{2,})"
    f"|(?P<ansi_escape>(?:{_ANSI})+)"
)
# Speed: `_HIDDEN` starts with a different class in each alternative, so the regex engine cannot skip ahead and
# tries it at every character (some 13 ms for 100 KB of text that is not all ASCII). `_START` is one class of
# every character a finding can start with, so `find` jumps from one to the next, and whether a text holds any at
# all is asked first, far more cheaply: the escape characters are looked for with `str.find`, the others in the
# text's UTF-8 bytes, where each starts with one of four rare bytes (0xE1, 0xE2, 0xEF, 0xF3), looked for with `in`
# and then by an expression led by that byte.
_START = lazy.compile(
    "[\x1b\x9b\x9d\u180e\u200b-\u200d\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
_UTF8_STARTS = (
    (0xE1, re.compile(rb"\xe1\xa0\x8e")),  # U+180E
    (0xE2, re.compile(rb"\xe2(?:\x80[\x8b-\x8d\xaa-\xae]|\x81[\xa0-\xa4\xa6-\xa9])")),  # U+200B.., U+202A.., U+2060..
    (0xEF, re.compile(rb"\xef(?:\xbb\xbf|\xb8[\x80-\x8f]|\xbf[\xb9-\xbb])")),  # U+FEFF, U+FE00.., U+FFF9..
    (0xF3, re.compile(rb"\xf3\xa0[\x80\x81\x84-\x87]")),  # U+E0000.., U+E0100..
)
_EARLY = 256
"""How far into a text `_START` looks before the text is encoded to be searched as UTF-8."""
_JOINERS = frozenset("\u200c\u200d")
_FLAG_BASE = "\U0001f3f4"
_CANCEL_TAG = "\U000e007f"


def _joinable(c: str) -> bool:
    o = ord(c)
    if o < 0x80:
        return False
    if 0x1F000 <= o <= 0x1FAFF or 0x2190 <= o <= 0x2BFF or o == 0xFE0F:
        return True
    return unicodedata.category(c)[0] in "LMS"


def _rtl(c: str) -> bool:
    return unicodedata.bidirectional(c) in ("R", "AL", "AN")


def _letter(c: str) -> bool:
    return not c.isascii() and unicodedata.category(c)[0] in "LM"


def _legit(text: str, kind: str, start: int, end: int) -> bool:
    if kind == "zero_width":
        if end - start == 1:
            c = text[start]
            if c == "\ufeff" and start == 0:
                return True
            if start > 0 and end < len(text):
                if c in _JOINERS:
                    return _joinable(text[start - 1]) and _joinable(text[end])
                if c == "\u200b":  # a word break in Thai, Khmer, Japanese, ...
                    return _letter(text[start - 1]) and _letter(text[end])
        return False
    if kind == "bidi_control":
        # embeddings and isolates around right-to-left words are how such text is written
        near = text[max(0, start - 2) : start] + text[end : end + 2]
        return any(_rtl(c) for c in near)
    if kind == "tag_characters":
        body = text[start : end - 1]
        return (
            start > 0
            and text[start - 1] == _FLAG_BASE
            and text[end - 1] == _CANCEL_TAG
            and 2 <= len(body) <= 7
            and all("\U000e0030" <= c <= "\U000e0039" or "\U000e0061" <= c <= "\U000e007a" for c in body)
        )
    return False


def find(text: str) -> list[Finding]:
    """Hidden characters and escape sequences in `text`, one finding per run."""
    if text.isascii():
        if "\x1b" not in text:
            return []
        return [Finding(DETECTOR, "ansi_escape", m.start(), m.end()) for m in _ANSI_ONLY.finditer(text)]
    out: list[Finding] = []
    pos = _first_start(text)
    while pos >= 0:
        at = _START.search(text, pos)
        if at is None:
            break
        m = _HIDDEN.match(text, at.start())
        if m is None:  # a lone variation selector
            pos = at.start() + 1
            continue
        kind = m.lastgroup or "zero_width"
        start, end = m.span()
        if not _legit(text, kind, start, end):
            out.append(Finding(DETECTOR, kind, start, end))
        pos = end
    return out


def _first_start(text: str) -> int:
    """Where the first character a finding can start with is in `text` (not all ASCII), or -1 if there is none."""
    early = _START.search(text, 0, _EARLY)
    if early is not None:  # a text that starts with hidden characters need not be encoded
        return early.start()
    first = -1
    for c in "\x1b\x9b\x9d":
        at = text.find(c)
        if at >= 0 and (first < 0 or at < first):
            first = at
    raw = text.encode("utf-8", "surrogatepass")
    for lead, pattern in _UTF8_STARTS:
        if lead in raw:
            m = pattern.search(raw)
            if m is not None:
                at = len(raw[: m.start()].decode("utf-8", "surrogatepass"))
                if first < 0 or at < first:
                    first = at
    return first


def strip(text: str, findings: list[Finding]) -> str:
    """`text` without the spans of `findings`."""
    if not findings:
        return text
    parts = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start >= pos:
            parts.append(text[pos : f.start])
            pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def decode_tags(text: str) -> str:
    """The ASCII that Unicode tag characters in `text` spell (the way instructions are hidden in plain sight)."""
    return "".join(chr(ord(c) - 0xE0000) for c in text if "\U000e0020" <= c <= "\U000e007e")

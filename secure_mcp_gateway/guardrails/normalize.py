"""Text as the detectors read it: NFKC, invisible characters dropped, look-alike letters folded; spans mapped back."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator

from . import lazy
from .findings import Finding, lower_aligned

# Why: `ｉｇｎｏｒｅ`, `𝐢𝐠𝐧𝐨𝐫𝐞`, `ig\u200bnore` and `іgnore` (a Cyrillic і) read as "ignore" to a model but not to a
# pattern, and so do tokens padded with zero-width characters. The detectors therefore run on a folded copy of the
# text, and every finding is mapped back to the characters of the original it covers (an invisible character inside
# a finding is covered too), so redaction and flagging address the original text.
#
# Speed: ASCII text is used as it is. Otherwise each stretch of non-ASCII characters is tested as a whole (NFKC
# already? any character to drop or fold?), and only the stretches that change are folded character by character;
# a text in which none changes is used as it is.

_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u3164\ufeff\uffa0"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
)
_MARKS = frozenset(
    "".join(chr(c) for c in range(0x0591, 0x05BE))
    + "\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    + "".join(chr(c) for c in (*range(0x0610, 0x061B), 0x0640, *range(0x064B, 0x0660), 0x0670))
    + "".join(chr(c) for c in (*range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8, *range(0x06EA, 0x06EE)))
)
"""Hebrew points and cantillation, Arabic vowel signs, Quranic marks and the tatweel: a word reads the same to a model
with or without them ("הִתְעַלֵּם" is "התעלם", "تَجَاهَلْ" is "تجاهل"), and the detectors' words are written without."""
_INVISIBLE = _INVISIBLE | _MARKS
_INVISIBLE_RANGES = ((0xE0000, 0xE007F), (0xE0100, 0xE01EF))
_CONFUSABLE = dict(
    zip(
        "аеорсухіјѕԁһӏԛԝАВЕНІЈКМОРСТХУЅԌαορυνιϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
        "aeopcyxijsdhlqwABEHIJKMOPCTXYSGaopuvicABEZHIKMNOPTYX",
        strict=True,
    )
)
"""Cyrillic and Greek letters drawn like Latin ones, folded only inside a word that also holds ASCII letters."""
_SPECIAL = lazy.compile(r"[^\x00-\x7f]+")
CHUNK = 2048
"""`outside_ascii` reads a text this many characters at a time (see `chunks_outside_ascii`)."""


def chunks_outside_ascii(text: str) -> Iterator[int]:
    """Where each chunk of `CHUNK` characters of `text` that is not ASCII starts, in order (a slice knows whether
    it is ASCII from the copy that makes it: a tight loop in C)."""
    for at in range(0, len(text), CHUNK):
        if not text[at : at + CHUNK].isascii():
            yield at


def outside_ascii(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of characters outside ASCII in `text`, in order (what `[^\\x00-\\x7f]+` finds).

    The regex engine reads a text that is not ASCII at some 6 ms a MB for this class, however few such characters it
    holds; a slice of it knows whether it is ASCII from the copy that makes it (a tight loop in C), so the text is
    sliced a chunk at a time and only the chunks that are not ASCII are searched (a run that crosses into the next
    chunk is joined with its rest there)."""
    out: list[tuple[int, int]] = []
    finditer = _SPECIAL.finditer
    for at in chunks_outside_ascii(text):
        spans = [m.span() for m in finditer(text, at, at + CHUNK)]
        if out and out[-1][1] == at == spans[0][0]:
            spans[0] = (out.pop()[0], spans[0][1])
        out += spans
    return out


_FOLD_SET = frozenset(_INVISIBLE | set(_CONFUSABLE))
_INVISIBLE_UTF8 = lazy.compile(
    b"|".join(
        re.escape(lead) + tail
        for lead, tail in (
            (b"\xc2\xad", b""),
            (b"\xcd\x8f", b""),
            (b"\xd8\x9c", b""),
            (b"\xe1\x85", b"[\x9f\xa0]"),
            (b"\xe1\x9e", b"[\xb4\xb5]"),
            (b"\xe1\xa0", b"[\x8b-\x8f]"),
            (b"\xe2\x80", b"[\x8b-\x8f\xaa-\xae]"),
            (b"\xe2\x81", b"[\xa0-\xa4\xa6-\xa9]"),
            (b"\xe3\x85\xa4", b""),
            (b"\xef\xbb\xbf", b""),
            (b"\xef\xbe\xa0", b""),
            (b"\xef\xb8", b"[\x80-\x8f]"),
            (b"\xf3\xa0", b"[\x80\x81\x84-\x87]"),
            (b"\xd6", b"[\x91-\xbd\xbf]"),
            (b"\xd7", b"[\x81\x82\x84\x85\x87]"),
            (b"\xd8", b"[\x90-\x9a]"),
            (b"\xd9", b"[\x80\x8b-\x9f\xb0]"),
            (b"\xdb", b"[\x96-\x9c\x9f-\xa4\xa7\xa8\xaa-\xad]"),
        )
    )
)
"""Any of the invisible characters and marks in UTF-8, by one pass (a search of each one's first bytes in turn cost
13)."""
_LOOKALIKE_LEADS = (b"\xce", b"\xcf", b"\xd0", b"\xd1", b"\xd3", b"\xd4")
_ENCODED = 1 << 18
"""A long text is encoded to UTF-8 this many characters at a time (every character is found within its own
bytes: no whole copy of the text is needed)."""
_LOOKALIKE_NEAR_ASCII = lazy.compile(f"[{re.escape(''.join(sorted(_CONFUSABLE)))}](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")


def _changes(text: str) -> bool:
    """Whether folding changes `text` (not ASCII): not NFKC, an invisible character, or a look-alike letter next to
    an ASCII one. Each test is a scan in C; the look-alike scan runs only on text holding Greek or Cyrillic."""
    if not unicodedata.is_normalized("NFKC", text):
        return True
    lookalike = False
    for at in range(0, len(text), _ENCODED):
        raw = text[at : at + _ENCODED].encode("utf-8", "surrogatepass")
        if _INVISIBLE_UTF8.search(raw) is not None:
            return True
        lookalike = lookalike or any(lead in raw for lead in _LOOKALIKE_LEADS)
    return lookalike and _LOOKALIKE_NEAR_ASCII.search(text) is not None


_last: tuple[str, Folded | None] = ("", None)
"""The text folded last and its fold: the detectors of one check ask for the same text one after another."""


def forget() -> None:
    """Let go of the text folded last (a large text is not kept once its check is over)."""
    global _last
    _last = ("", None)


def _foldable(text: str, start: int, end: int) -> bool:
    """Whether the non-ASCII run `text[start:end]` changes when folded: not NFKC, an invisible character, or a
    look-alike letter right next to an ASCII letter (a Cyrillic or Greek word on its own is left as it is)."""
    run = text[start:end]
    if not unicodedata.is_normalized("NFKC", run):
        return True
    if _FOLD_SET.isdisjoint(run):
        return max(run) >= "\U000e0000" and any(_invisible(c) for c in run)
    if any(c in _INVISIBLE for c in run):
        return True
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _invisible(c: str) -> bool:
    if c in _INVISIBLE:
        return True
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _INVISIBLE_RANGES)


class Folded:
    """A folded copy of a text and the way back from its positions to the original's."""

    __slots__ = ("_linear", "_low", "_norm_at", "_orig_at", "_orig_len", "text")

    def __init__(self, text: str, norm_at: list[int], orig_at: list[int], orig_len: list[int], linear: list[bool]):
        self.text = text
        self._norm_at = norm_at
        self._orig_at = orig_at
        self._orig_len = orig_len
        self._linear = linear
        self._low: str | None = None

    @property
    def low(self) -> str:
        """The folded text lower-cased (same length), computed once."""
        if self._low is None:
            self._low = lower_aligned(self.text)
        return self._low

    def _piece(self, pos: int) -> int:
        return max(0, bisect_right(self._norm_at, pos) - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded positions [start, end) come from."""
        i = self._piece(start)
        first = self._orig_at[i] + (start - self._norm_at[i] if self._linear[i] else 0)
        if end <= start:
            return first, first
        j = self._piece(end - 1)
        if self._linear[j]:
            last = self._orig_at[j] + (end - 1 - self._norm_at[j]) + 1
        else:
            last = self._orig_at[j] + self._orig_len[j]
        return first, last


def fold(text: str) -> Folded | None:
    """`text` folded for the detectors, or None when folding changes nothing (ASCII, or NFKC with nothing to fold)."""
    global _last
    if text.isascii():
        return None
    last = _last
    if last[0] is text:
        return last[1]
    folded = _fold(text) if _changes(text) else None
    _last = (text, folded)
    return folded


def _fold(text: str) -> Folded | None:
    """The fold of `text`, or None when nothing in it changes."""
    parts: list[str] = []
    norm_at: list[int] = []
    orig_at: list[int] = []
    orig_len: list[int] = []
    linear: list[bool] = []
    n = 0
    pos = 0

    def keep(a: int, b: int) -> None:
        nonlocal n
        if b > a:
            parts.append(text[a:b])
            norm_at.append(n)
            orig_at.append(a)
            orig_len.append(b - a)
            linear.append(True)
            n += b - a

    for start, end in outside_ascii(text):
        if not _foldable(text, start, end):
            continue  # nothing to fold here: kept with the ASCII around it
        keep(pos, start)
        run = text[start:end]
        if _FOLD_SET.isdisjoint(run) and max(run) < "\U000e0000":
            norm = unicodedata.normalize("NFKC", run)
            if len(norm) == len(run):  # one character for one (full-width forms): a piece that maps back linearly
                parts.append(norm)
                norm_at.append(n)
                orig_at.append(start)
                orig_len.append(len(run))
                linear.append(True)
                n += len(run)
                pos = end
                continue
        for i in range(start, end):
            c = text[i]
            if _invisible(c):
                continue
            latin = c in _CONFUSABLE and _in_latin_word(text, i)
            out = _CONFUSABLE[c] if latin else unicodedata.normalize("NFKC", c)
            if not _MARKS.isdisjoint(out):  # (a Hebrew presentation form: a letter and its point)
                out = "".join(m for m in out if m not in _MARKS)
            if out == c:
                keep(i, i + 1)
                continue
            if not out:
                continue
            parts.append(out)
            norm_at.append(n)
            orig_at.append(i)
            orig_len.append(1)
            linear.append(False)
            n += len(out)
        pos = end
    keep(pos, len(text))
    folded = "".join(parts)
    if folded == text:
        return None
    return Folded(folded, norm_at, orig_at, orig_len, linear)


def _in_latin_word(text: str, i: int) -> bool:
    """Whether the word around position `i` also holds an ASCII letter (a look-alike, not a Cyrillic word)."""
    lo = i
    while lo > 0 and text[lo - 1].isalpha() and i - lo < 40:
        lo -= 1
    hi = i + 1
    while hi < len(text) and text[hi].isalpha() and hi - i < 40:
        hi += 1
    return any(c.isascii() for c in text[lo:hi])


Detect = Callable[[str, str], list[Finding]]


def find_folded(detect: Detect, text: str, low: str | None) -> list[Finding]:
    """`detect(text, low)` run on the folded text, its findings mapped back to positions in `text`."""
    folded = fold(text)
    if folded is None:
        return detect(text, low if low is not None else lower_aligned(text))
    found = detect(folded.text, folded.low)
    return [Finding(f.detector, f.kind, *_with_marks(text, *folded.span(f.start, f.end)), f.score) for f in found]


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """`start, end` with the marks that follow the last character covered (its points or vowel signs)."""
    while end < len(text) and text[end] in _MARKS:
        end += 1
    return start, end

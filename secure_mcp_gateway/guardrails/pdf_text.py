"""The text of a PDF: the strings of its objects (document info, annotations, form fields, bookmarks), its XMP
metadata and the text its pages show (content streams, compressed with Flate or not), read as lines for the checks;
written back with what a check removed blanked out with `*` in place: every object keeps its place (a stream packed
again keeps its length, padded with line ends after its compressed data), so the cross-reference table still
holds."""

from __future__ import annotations

import re
import zlib
from typing import NamedTuple

from .media_text import _differ

MOST = 16 << 20
"""The most bytes of streams unpacked from one file."""
CUT = "PDF streams beyond the first 16 MB unpacked"
_STREAM = re.compile(rb"stream\r?\n")
_DICT_BEFORE = 2048
"""How far back from `stream` its dictionary is looked for."""
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_FLATE = re.compile(rb"/Filter\s*(?:/FlateDecode|\[\s*/FlateDecode\s*\])")
_SKIP = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType|Form)\b|/Length[123]\b|/FontFile")
_ESCAPES = {ord("n"): "\n", ord("r"): "\r", ord("t"): "\t", ord("b"): "\b", ord("f"): "\f"}
_KERN_SPACE = -200.0
"""A kerning number in a `TJ` array at or below this (thousandths of an em) is read as a space between words."""
_GAP = re.compile(rb"[\s\d.+-]*")
_NUMBER = re.compile(rb"[+-]?\d*\.?\d+")


def is_pdf(raw: bytes) -> bool:
    """Whether `raw` is a PDF (it starts with its header)."""
    return raw.startswith(b"%PDF-")


class _Stream(NamedTuple):
    """A stream of the file: where its dictionary starts, where its data starts and ends, whether it is Flate."""

    head: int
    start: int
    end: int
    flate: bool


Char = tuple[int, int, int] | None
"""Where a character of a line was read: its source (0: the file, n: the nth stream read), its first byte there and
the byte after its last; None for a space put between words."""


class _Line(NamedTuple):
    text: str
    chars: list[Char]


def _literal(data: bytes, at: int, src: int) -> tuple[list[tuple[str, Char]], int]:
    """The characters of the literal string opening at `at` (`(`), with where each was read, and where it ends."""
    out: list[tuple[str, Char]] = []
    depth = 0
    i = at + 1
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C and i + 1 < n:  # backslash
            d = data[i + 1]
            if 0x30 <= d <= 0x37:
                j = i + 1
                while j < min(i + 4, n) and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append((chr(int(data[i + 1 : j], 8) & 0xFF), (src, i, j)))
                i = j
            elif d in (0x0A, 0x0D):  # a line continued
                i += 3 if data[i + 1 : i + 3] == b"\r\n" else 2
            else:
                out.append((_ESCAPES.get(d, chr(d)), (src, i, i + 2)))
                i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            if depth == 0:
                return _wide(out), i + 1
            depth -= 1
        out.append((chr(c), (src, i, i + 1)))
        i += 1
    return _wide(out), n


def _wide(chars: list[tuple[str, Char]]) -> list[tuple[str, Char]]:
    """A string's characters read as UTF-16BE when it starts with that byte-order mark (as the info dictionary
    writes text outside Latin-1); as they are otherwise."""
    if len(chars) < 2 or (chars[0][0], chars[1][0]) != ("\xfe", "\xff"):
        return chars
    out: list[tuple[str, Char]] = []
    for k in range(2, len(chars) - 1, 2):
        (a, pa), (b, pb) = chars[k], chars[k + 1]
        code = (ord(a) << 8) | ord(b)
        if 0xD800 <= code <= 0xDFFF:
            code = 0xFFFD
        out.append((chr(code), (pa[0], pa[1], pb[2]) if pa and pb else None))
    return out


_HEX = re.compile(rb"<([0-9A-Fa-f\s]{2,4000})>")


def _hex(data: bytes, m: re.Match[bytes], src: int) -> list[tuple[str, Char]]:
    """The characters of a hex string: two-byte codes where every first byte is 0 (a font's glyphs in Unicode
    order, as simple CID fonts write them), one byte each otherwise."""
    digits = [(m.start(1) + k, ch) for k, ch in enumerate(m.group(1)) if chr(ch) in "0123456789abcdefABCDEF"]
    if len(digits) % 2:
        digits.append((digits[-1][0], ord("0")))
    pairs = [(digits[k][0], int(bytes([digits[k][1], digits[k + 1][1]]), 16)) for k in range(0, len(digits), 2)]
    if len(pairs) >= 2 and len(pairs) % 2 == 0 and all(v == 0 for _, v in pairs[0::2]):
        return [(chr(pairs[k + 1][1]), (src, pairs[k][0], pairs[k + 1][0] + 2)) for k in range(0, len(pairs), 2)]
    return [(chr(v), (src, at, at + 2)) for at, v in pairs]


def _lines(data: bytes, src: int, spans: list[tuple[int, int]] | None = None) -> list[_Line]:
    """The strings of `data` (within `spans`, when given) as lines: strings in one `TJ` array, only numbers
    between them, make one line (a large gap read as a space)."""
    out: list[_Line] = []
    text: list[str] = []
    chars: list[Char] = []
    last = -1
    for lo, hi in spans if spans is not None else [(0, len(data))]:
        i = data.find(b"(", lo, hi)
        h = _HEX.search(data, lo, hi)
        while i >= 0 or h is not None:
            if h is not None and (i < 0 or h.start() < i):
                if data[h.start() - 1 : h.start()] == b"<" or data[h.end() : h.end() + 1] == b">":
                    h = _HEX.search(data, h.start() + 1, hi)
                    continue
                found, start, end = _hex(data, h, src), h.start(), h.end()
                h = _HEX.search(data, end, hi)
            else:
                start = i
                found, end = _literal(data, i, src)
            gap = data[last:start] if last >= 0 else b"x"
            if last < 0 or _GAP.fullmatch(gap) is None:
                if text:
                    out.append(_Line("".join(text), chars))
                text, chars = [], []
            elif any(float(n) <= _KERN_SPACE for n in _NUMBER.findall(gap) if n not in (b"+", b"-", b".")):
                text.append(" ")
                chars.append(None)
            for ch, where in found:
                text.append(ch)
                chars.append(where)
            last = end
            i = data.find(b"(", end, hi)
            if h is not None and h.start() < end:
                h = _HEX.search(data, end, hi)
        if text:
            out.append(_Line("".join(text), chars))
        text, chars, last = [], [], -1
    return [line for line in out if line.text.strip()]


def _outside(raw: bytes, streams: list[_Stream]) -> list[tuple[int, int]]:
    """The stretches of the file outside its streams' data (where objects and their strings are)."""
    out = []
    at = 0
    for s in sorted(streams, key=lambda s: s.start):
        out.append((at, s.start))
        at = s.end
    out.append((at, len(raw)))
    return out


def _read(raw: bytes, cuts: list[str] | None = None) -> tuple[list[_Stream], list[bytes], list[_Line]]:
    """The file's streams that may hold text, their data (unpacked, up to `MOST` in all) and the lines read."""
    every = _all_streams(raw)
    streams = [s for s in every if not _SKIP.search(raw[s.head : s.start])]
    datas: list[bytes] = []
    room = MOST
    for s in streams:
        data = raw[s.start : s.end]
        if not s.flate and _OTHER_FILTER.search(raw, s.head, s.start) and cuts is not None and FILTER_CUT not in cuts:
            cuts.append(FILTER_CUT)
        if s.flate:
            unpack = zlib.decompressobj()
            try:
                data = unpack.decompress(data, max(room, 1))
            except zlib.error:
                data = b""
            if unpack.unconsumed_tail and cuts is not None and CUT not in cuts:
                cuts.append(CUT)
            room -= len(data)
        datas.append(data)
    outside = _outside(raw, every)
    lines = _lines(raw, 0, outside) + _plain(raw, outside)
    for n, data in enumerate(datas, 1):
        if b"xmpmeta" in data[:4096]:
            lines += _xmp(data, n)
        else:
            lines += _lines(data, n)
    return streams, datas, lines


FILTER_CUT = "PDF streams packed with filters other than Flate"
_OTHER_FILTER = re.compile(rb"/Filter\b")
_PLAIN_RUN = re.compile(rb"[\x20-\x7e\t]{8,}")
"""A run of ASCII outside the file's streams: the objects' own syntax, and any text put between them."""


def _plain(raw: bytes, spans: list[tuple[int, int]]) -> list[_Line]:
    """The runs of ASCII outside the file's streams as written, a line each: text a file holds between its objects
    (no reader shows it; a model reading the file does) is read too, not only its strings."""
    out = []
    for lo, hi in spans:
        for m in _PLAIN_RUN.finditer(raw, lo, hi):
            a, b = m.span()
            out.append(_Line(m.group().decode("latin-1"), [(0, k, k + 1) for k in range(a, b)]))
    return out


def _all_streams(raw: bytes) -> list[_Stream]:
    """Every stream of the file (images and fonts too: their data is no place for the file's own strings)."""
    out: list[_Stream] = []
    at = 0
    while True:
        m = _STREAM.search(raw, at)
        if m is None:
            return out
        head = raw.rfind(b"<<", max(0, m.start() - _DICT_BEFORE), m.start())
        if raw[m.start() - 1 : m.start()] not in (b">", b"\r", b"\n", b" ", b"\t") or head < 0:
            at = m.end()
            continue
        size = _LENGTH.search(raw, head, m.start())
        end = raw.find(b"endstream", m.end())
        if size is not None and m.end() + int(size.group(1)) <= len(raw):
            end = m.end() + int(size.group(1))
        if end < 0:
            return out
        out.append(_Stream(head, m.end(), end, _FLATE.search(raw, head, m.start()) is not None))
        at = end


_XML_TEXT = re.compile(rb">([^<>]{2,4000})<|=\"([^\"<>]{2,4000})\"")


def _xmp(data: bytes, src: int) -> list[_Line]:
    """The text of an XMP packet: its elements' text and attributes' values, a line each (UTF-8)."""
    out = []
    for m in _XML_TEXT.finditer(data):
        g = 1 if m.group(1) is not None else 2
        lo = m.start(g)
        piece = m.group(g)
        if not piece.strip():
            continue
        text = piece.decode("utf-8", "replace")
        if len(text) != len(piece):  # (letters of more than one byte: each read as its bytes)
            text = piece.decode("latin-1")
        out.append(_Line(text, [(src, lo + k, lo + k + 1) for k in range(len(piece))]))
    return out


def view(raw: bytes, cuts: list[str] | None = None) -> str:
    """The PDF's text, a line per string (a `TJ` array's strings one line)."""
    return "\n".join(line.text for line in _read(raw, cuts)[2])


def write_back(raw: bytes, now: str) -> bytes:
    """`raw` with the characters the checks changed (`now`: the view as they left them) blanked with `*` where they
    were read; a stream whose text changed packed again to no more than its length (see the module)."""
    streams, datas, lines = _read(raw)
    after = now.split("\n")
    edits: dict[int, bytearray] = {}
    for chars in _changed(lines, after):
        for where in chars:
            if where is None:
                continue
            src, lo, hi = where
            target = edits.setdefault(src, bytearray(raw if src == 0 else datas[src - 1]))
            hexed = hi - lo >= 2 and target[lo] != 0x5C  # (a literal's character of more than a byte is an escape)
            target[lo:hi] = _hex_stars(target[lo:hi]) if hexed else b"*" * (hi - lo)
    out = bytearray(edits.pop(0, raw))
    for src in sorted(edits, reverse=True):
        s = streams[src - 1]
        data = bytes(edits[src])
        if not s.flate:
            out[s.start : s.end] = data
            continue
        size = s.end - s.start
        packed = min((zlib.compress(data, level) for level in (9, 6, 1)), key=len)
        if len(packed) <= size:
            out[s.start : s.end] = packed + b"\n" * (size - len(packed))
        else:  # (rare: blanked text packs larger) the stream's own length said anew
            out[s.start : s.end] = packed
            m = _LENGTH.search(out, s.head, s.start)
            if m is not None:
                out[m.start(1) : m.end(1)] = str(len(packed)).encode()
    return bytes(out)


def _hex_stars(digits: bytearray) -> bytes:
    """Hex digits standing for `*` characters (of one or two bytes each, as the digits were)."""
    if len(digits) == 4 and digits[:2] == b"00":
        return b"002A"
    return b"2A" * (len(digits) // 2) + b"0" * (len(digits) % 2)


def _changed(lines: list[_Line], after: list[str]) -> list[list[Char]]:
    """Each line the checks changed and the characters of it to blank: the changed stretch of each line, or, where
    the lines no longer match one to one, every line between those that still match at the start and at the end."""
    out: list[list[Char]] = []
    if len(after) != len(lines):
        top = min(len(after), len(lines))
        head = next((i for i in range(top) if after[i] != lines[i].text), top)
        tail = next((i for i in range(top - head) if after[-1 - i] != lines[-1 - i].text), top - head)
        return [line.chars for line in lines[head : len(lines) - tail]]
    for line, now in zip(lines, after, strict=True):
        if line.text != now:
            lo, hi = _differ(line.text, now)
            out.append(line.chars[lo:hi])
    return out

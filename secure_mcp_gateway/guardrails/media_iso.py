"""Where an ISO media file (MP4, M4A, MOV, HEIC, AVIF) keeps the text of its metadata: iTunes-style tags, QuickTime
user data and keys, handler names, XMP boxes, and the EXIF and XMP items of a HEIC or AVIF image."""

from __future__ import annotations

import struct
from collections.abc import Iterator

from .media_places import Spans

_INTO = frozenset({b"moov", b"trak", b"mdia", b"minf", b"udta", b"meta", b"ilst", b"iinf"})
"""Boxes whose boxes are read (the items of an `ilst` too)."""
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
_DEPTH = 12
_MOST_BOXES = 20_000
_TEXT_ITEMS = frozenset({b"Exif", b"mime"})
"""The items of a HEIC or AVIF image whose bytes are metadata (EXIF, XMP)."""


def _boxes(raw: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """The boxes from `start` to `end`: type, start, start of the body, end."""
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", raw, pos)
        body = pos + 8
        if size == 1 and pos + 16 <= end:
            (size,) = struct.unpack_from(">Q", raw, pos + 8)
            body = pos + 16
        elif size == 0:
            size = end - pos
        if size < body - pos:
            return
        yield kind, pos, body, min(pos + size, end)
        pos += size


def _inside(raw: bytes, kind: bytes, body: int) -> int:
    """Where the boxes of a box that holds boxes start: a `meta` box's after a version and flags (unless it is
    QuickTime's: an `hdlr` box first), an `iinf` box's after its count too."""
    if kind == b"meta":
        return body if raw[body + 4 : body + 8] == b"hdlr" else body + 4
    if kind == b"iinf":
        return body + (6 if raw[body : body + 1] == b"\x00" else 8)
    return body


def _leaf(raw: bytes, kind: bytes, parent: bytes, body: int, end: int) -> list[Spans]:
    """The text a box that holds no boxes carries."""
    if kind == b"data" and parent not in (b"udta", b"moov"):
        return [((body + 8, end),)]  # (an ilst item's value, after its type and locale)
    if kind in (b"mean", b"name") and parent not in (b"udta", b"moov"):
        return [((body + 4, end),)]
    if kind == b"hdlr":
        return [((body + 24, end),)]
    if kind == b"keys":
        return [((a + 8, b),) for a, b in _entries(raw, body + 8, end, 4)]
    if kind == b"uuid" and raw[body : body + 16] == _XMP_UUID:
        return [((body + 16, end),)]
    if kind == b"XMP_":
        return [((body, end),)]
    if parent == b"udta" and kind[:1] == b"\xa9":
        return [((a + 4, b),) for a, b in _entries(raw, body, end, 2)]
    if parent == b"udta":
        return [((body, end),)]
    return []


def _entries(raw: bytes, pos: int, end: int, width: int) -> list[tuple[int, int]]:
    """Entries that each start with their size (`width` bytes; 4: the size counts itself, 2: it counts the text)."""
    out = []
    while pos + 4 <= end:
        size = int.from_bytes(raw[pos : pos + width], "big")
        stop = pos + size if width == 4 else pos + 4 + size
        if stop <= pos or stop > end:
            break
        out.append((pos, stop))
        pos = stop
    return out


def iso_regions(raw: bytes) -> list[Spans]:
    """The text of an ISO media file's metadata boxes and of its EXIF and XMP items."""
    out: list[Spans] = []
    items: dict[int, bytes] = {}
    places: dict[int, list[tuple[int, int, int]]] = {}
    idat = 0
    stack = [(0, len(raw), b"", 0)]
    seen = 0
    while stack and seen < _MOST_BOXES:
        start, end, parent, depth = stack.pop()
        for kind, _, body, stop in _boxes(raw, start, end):
            seen += 1
            if kind in _INTO or parent == b"ilst":
                if depth < _DEPTH:
                    stack.append((_inside(raw, kind, body), stop, kind, depth + 1))
            elif kind == b"infe":
                out += _item(raw, body, stop, items)
            elif kind == b"iloc":
                places.update(_locations(raw, body, stop))
            elif kind == b"idat":
                idat = body
            else:
                out += _leaf(raw, kind, parent, body, stop)
    for item, kind in items.items():
        extents = [(idat * method + off, idat * method + off + size) for method, off, size in places.get(item, [])]
        spans = tuple((a, min(b, len(raw))) for a, b in extents if a < min(b, len(raw)))
        if kind in _TEXT_ITEMS and spans:
            out.append(spans)
    return sorted(out)  # (in file order)


def _item(raw: bytes, body: int, end: int, items: dict[int, bytes]) -> list[Spans]:
    """An item's name (text), its type kept in `items` by its id (versions 2 and 3 of `infe`)."""
    version = raw[body] if body < end else 0
    if version not in (2, 3):
        return []
    wide = 4 if version == 3 else 2
    at = body + 4
    if at + wide + 6 > end:
        return []
    item = int.from_bytes(raw[at : at + wide], "big")
    items[item] = raw[at + wide + 2 : at + wide + 6]
    name = at + wide + 6
    return [((name, end),)] if name < end else []


def _locations(raw: bytes, body: int, end: int) -> dict[int, list[tuple[int, int, int]]]:
    """Each item's extents in an `iloc` box: (construction method 0 in the file, 1 in `idat`; offset; length)."""
    version = raw[body] if body < end else 9
    if version > 2 or body + 8 > end:
        return {}
    sizes, more = raw[body + 4], raw[body + 5]
    off_size, len_size, base_size = sizes >> 4, sizes & 15, more >> 4
    index_size = more & 15 if version else 0
    pos = body + 6

    def number(width: int) -> int:
        nonlocal pos
        value = int.from_bytes(raw[pos : pos + width], "big")
        pos += width
        return value

    out: dict[int, list[tuple[int, int, int]]] = {}
    for _ in range(number(4 if version == 2 else 2)):
        if pos >= end:
            break
        item = number(4 if version == 2 else 2)
        method = number(2) & 15 if version else 0
        number(2)  # data reference index
        base = number(base_size)
        extents = []
        for _ in range(number(2)):
            if pos >= end:
                break
            number(index_size)
            off = number(off_size)
            extents.append((method, base + off, number(len_size) or len(raw)))
        if method in (0, 1):
            out[item] = extents
    return out

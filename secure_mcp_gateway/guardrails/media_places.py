"""Where an image keeps the text of its metadata: PNG text chunks and EXIF, JPEG comments and APPn segments, RIFF
(WAV, WebP, AVI) INFO/EXIF/XMP chunks, MP3 ID3 tags, GIF comment, plain text and XMP extensions, TIFF text tags."""

from __future__ import annotations

import struct

Spans = tuple[tuple[int, int], ...]
"""The stretches of a file that, read one after another, hold one text (a GIF comment's sub-blocks)."""

PNG = b"\x89PNG\r\n\x1a\n"
_PNG_TEXT = frozenset({b"tEXt", b"iTXt", b"eXIf"})
_RIFF_TEXT = frozenset({b"LIST", b"EXIF", b"XMP ", b"iXML", b"bext", b"INFO"})
RIFF_FORMS = frozenset({b"WAVE", b"WEBP", b"AVI ", b"RMID"})


def png_chunks(raw: bytes | bytearray) -> list[tuple[bytes, int, int]]:
    """Each chunk of a PNG up to IEND: its type and the start and end of its data."""
    out, pos = [], len(PNG)
    while pos + 12 <= len(raw):
        (size,) = struct.unpack_from(">I", raw, pos)
        kind = bytes(raw[pos + 4 : pos + 8])
        if pos + 12 + size > len(raw) or kind == b"IEND":
            break
        out.append((kind, pos + 8, pos + 8 + size))
        pos += 12 + size
    return out


def packed_text(raw: bytes, start: int, end: int, kind: bytes) -> int | None:
    """Where the compressed text of a zTXt chunk or a compressed iTXt chunk starts; None for any other chunk."""
    nul = raw.find(b"\x00", start, end)
    if kind == b"zTXt" and 0 <= nul < end - 1 and raw[nul + 1] == 0:
        return nul + 2
    if kind != b"iTXt" or nul < 0 or nul + 2 >= end or raw[nul + 1] != 1 or raw[nul + 2] != 0:
        return None
    lang = raw.find(b"\x00", nul + 3, end)  # (language tag, then the translated keyword, each ending in a NUL)
    word = raw.find(b"\x00", lang + 1, end) if lang >= 0 else -1
    return word + 1 if word >= 0 else None


def _png(raw: bytes) -> list[Spans]:
    """The data of a PNG's uncompressed text and EXIF chunks (compressed ones are read by `media_text`)."""
    return [
        ((start, end),)
        for kind, start, end in png_chunks(raw)
        if kind in _PNG_TEXT and packed_text(raw, start, end, kind) is None
    ]


def _jpeg(raw: bytes) -> list[Spans]:
    """The data of a JPEG's comment and application segments (EXIF, XMP, ...), up to the image data."""
    out, pos = [], 2
    while pos + 4 <= len(raw) and raw[pos] == 0xFF:
        marker = raw[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: the rest is the picture
            break
        (size,) = struct.unpack_from(">H", raw, pos + 2)
        if size < 2 or pos + 2 + size > len(raw):
            break
        if marker == 0xFE or 0xE0 <= marker <= 0xEF:
            out.append(((pos + 4, pos + 2 + size),))
        pos += 2 + size
    return out


def _riff(raw: bytes) -> list[Spans]:
    """The data of a RIFF file's (WAV, WebP, AVI) metadata chunks."""
    out, pos = [], 12
    while pos + 8 <= len(raw):
        kind = raw[pos : pos + 4]
        (size,) = struct.unpack_from("<I", raw, pos + 4)
        end = min(pos + 8 + size, len(raw))
        if kind in _RIFF_TEXT:
            out.append(((pos + 8, end),))
        pos = end + (size & 1)
    return out


def _id3(raw: bytes) -> list[Spans]:
    """An MP3's ID3v2 tag at its start and ID3v1 tag at its end."""
    out: list[Spans] = []
    if raw.startswith(b"ID3") and len(raw) >= 10:
        size = 0
        for b in raw[6:10]:
            size = (size << 7) | (b & 0x7F)
        out.append(((10, min(10 + size, len(raw))),))
    if len(raw) >= 128 and raw[-128:-125] == b"TAG":
        out.append(((len(raw) - 125, len(raw)),))
    return out


def _sub_blocks(raw: bytes, pos: int) -> tuple[int, list[tuple[int, int]]]:
    """The data of the GIF sub-blocks that start at `pos` and where they end (after their empty block)."""
    spans = []
    while pos < len(raw) and raw[pos]:
        end = min(pos + 1 + raw[pos], len(raw))
        spans.append((pos + 1, end))
        pos = end
    return pos + 1, spans


_GIF_XMP = b"\x0bXMP DataXMP"


def _gif(raw: bytes) -> list[Spans]:
    """A GIF's comments, plain text extensions' text and XMP (written raw, its bytes read as sub-block sizes that all
    lead into the trailer after it: a blanked byte is one of those too)."""
    out: list[Spans] = []
    pos = 13
    if len(raw) > 10 and raw[10] & 0x80:
        pos += 3 << ((raw[10] & 7) + 1)
    while pos + 1 < len(raw) and raw[pos] != 0x3B:
        if raw[pos] == 0x2C:  # an image: its descriptor, colour table, code size, then its data
            if pos + 10 > len(raw):
                break
            flags = raw[pos + 9]
            pos += 11 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0)
            pos, _ = _sub_blocks(raw, pos)
            continue
        if raw[pos] != 0x21:
            break
        label, start = raw[pos + 1], pos + 2
        if label == 0xFF and raw.startswith(_GIF_XMP, start):
            trailer = raw.find(b"\x01\xff\xfe\xfd", start + len(_GIF_XMP))
            pos, spans = _sub_blocks(raw, start)
            if trailer > 0:
                out.append(((start + len(_GIF_XMP), trailer),))
            continue
        pos, spans = _sub_blocks(raw, start)
        if label == 0xFE:
            out.append(tuple(spans))
        elif label == 0x01 and spans:
            out.append(tuple(spans[1:]))  # (after the block of its grid and colours)
    return [s for s in out if s]


_TIFF_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_TIFF_TEXT = frozenset({1, 2, 6, 7})
"""BYTE, ASCII, SBYTE and UNDEFINED: the types text is stored in (ImageDescription, XMP, UserComment, XPTitle)."""
_TIFF_IFDS = frozenset({330, 34665, 34853, 40965})
"""SubIFDs, EXIF, GPS and interoperability: tags that point at further directories."""
_TIFF_MOST = 20_000
"""The most directory entries read (a directory chain that loops, or a made-up count, ends there)."""


def tiff(raw: bytes, base: int = 0) -> list[Spans]:
    """The values of a TIFF's text tags in every directory (the chain, SubIFDs, EXIF, GPS), each directory once."""
    order = "<" if raw[base : base + 2] == b"II" else ">"
    if base + 8 > len(raw):
        return []
    todo = [struct.unpack_from(order + "I", raw, base + 4)[0]]
    seen: set[int] = set()
    out: list[Spans] = []
    read = 0
    while todo and read < _TIFF_MOST:
        at = todo.pop()
        if at in seen or at < 8 or base + at + 2 > len(raw):
            continue
        seen.add(at)
        (count,) = struct.unpack_from(order + "H", raw, base + at)
        pos = base + at + 2
        for _ in range(count):
            if pos + 12 > len(raw) or read >= _TIFF_MOST:
                break
            tag, kind, n = struct.unpack_from(order + "HHI", raw, pos)
            size = _TIFF_SIZES.get(kind, 0) * n
            value = pos + 8 if size <= 4 else base + struct.unpack_from(order + "I", raw, pos + 8)[0]
            if kind in _TIFF_TEXT and size and value < len(raw):
                out.append(((value, min(value + size, len(raw))),))
            elif tag in _TIFF_IFDS and kind in (4, 13) and value + 4 * n <= len(raw):
                todo += struct.unpack_from(f"{order}{min(n, 64)}I", raw, value)
            pos += 12
            read += 1
        if pos + 4 <= len(raw):
            todo.append(struct.unpack_from(order + "I", raw, pos)[0])
    return out


def image_regions(raw: bytes) -> list[Spans]:
    """Where an image or a sound of a format read here keeps its metadata; [] for any other bytes."""
    if raw.startswith(PNG):
        return _png(raw)
    if raw.startswith(b"\xff\xd8\xff"):
        return _jpeg(raw)
    if raw.startswith(b"RIFF") and raw[8:12] in RIFF_FORMS:
        return _riff(raw)
    if raw.startswith(b"ID3"):
        return _id3(raw)
    if raw.startswith((b"GIF87a", b"GIF89a")):
        return _gif(raw)
    if raw.startswith((b"II*\x00", b"MM\x00*")):
        return tiff(raw)
    return []

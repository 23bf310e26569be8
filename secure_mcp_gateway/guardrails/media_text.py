"""Text an image or a sound carries in its metadata (PNG text chunks and EXIF, JPEG comments, EXIF and XMP, RIFF
INFO/EXIF/XMP chunks of WAV and WebP, MP3 ID3 tags): read as lines for the checks, and written back in place with
what a check removed blanked out (same length: the file stays valid; PNG chunk checksums made again)."""

from __future__ import annotations

import re
import struct
import zlib

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_TEXT = frozenset({b"tEXt", b"iTXt", b"eXIf"})
_RIFF_TEXT = frozenset({b"LIST", b"EXIF", b"XMP ", b"iXML", b"bext", b"INFO"})
_RIFF_FORMS = frozenset({b"WAVE", b"WEBP", b"AVI ", b"RMID"})
_RUN = re.compile(rb"[\x20-\x7e\t]{4,}")
_WIDE_RUN = re.compile(rb"(?:[\x20-\x7e\t]\x00){4,}")
_BLANK = "*"

Segment = tuple[int, int, int]
"""A run of text in the file: its first byte, its length in characters and the bytes a character takes (1 or 2)."""


def _png(raw: bytes) -> list[tuple[int, int]]:
    """The data of a PNG's text and EXIF chunks (uncompressed iTXt only): (start, end) in `raw`."""
    out, pos = [], len(_PNG)
    while pos + 12 <= len(raw):
        (size,) = struct.unpack_from(">I", raw, pos)
        kind = raw[pos + 4 : pos + 8]
        if pos + 12 + size > len(raw) or kind == b"IEND":
            break
        if kind in _PNG_TEXT and not (kind == b"iTXt" and _compressed_itxt(raw, pos + 8, size)):
            out.append((pos + 8, pos + 8 + size))
        pos += 12 + size
    return out


def _compressed_itxt(raw: bytes, start: int, size: int) -> bool:
    """Whether an iTXt chunk's text is compressed (its flag after the keyword's NUL)."""
    nul = raw.find(b"\x00", start, start + size)
    return nul < 0 or nul + 1 >= start + size or raw[nul + 1] != 0


def _jpeg(raw: bytes) -> list[tuple[int, int]]:
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
            out.append((pos + 4, pos + 2 + size))
        pos += 2 + size
    return out


def _riff(raw: bytes) -> list[tuple[int, int]]:
    """The data of a RIFF file's (WAV, WebP, AVI) metadata chunks."""
    out, pos = [], 12
    while pos + 8 <= len(raw):
        kind = raw[pos : pos + 4]
        (size,) = struct.unpack_from("<I", raw, pos + 4)
        end = min(pos + 8 + size, len(raw))
        if kind in _RIFF_TEXT:
            out.append((pos + 8, end))
        pos = end + (size & 1)
    return out


def _id3(raw: bytes) -> list[tuple[int, int]]:
    """An MP3's ID3v2 tag at its start and ID3v1 tag at its end."""
    out = []
    if raw.startswith(b"ID3") and len(raw) >= 10:
        size = 0
        for b in raw[6:10]:
            size = (size << 7) | (b & 0x7F)
        out.append((10, min(10 + size, len(raw))))
    if len(raw) >= 128 and raw[-128:-125] == b"TAG":
        out.append((len(raw) - 125, len(raw)))
    return out


_OTHER_MEDIA = (b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"OggS", b"fLaC", b"\x1aE\xdf\xa3")
"""Images and sounds whose metadata is not read here (GIF, TIFF, Ogg, FLAC, Matroska/WebM): their bytes are no text."""


def known(raw: bytes) -> bool:
    """Whether `raw` starts as an image or a sound: a format whose metadata is read here (PNG, JPEG, RIFF, MP3 with an
    ID3v2 tag) or another whose bytes are never text (GIF, TIFF, Ogg, FLAC, Matroska, ISO media: MP4, HEIC, AVIF)."""
    if raw.startswith((_PNG, b"\xff\xd8\xff", *_OTHER_MEDIA)) or raw[4:8] == b"ftyp":
        return True
    if raw.startswith(b"ID3"):  # (version 2.2-2.4, sizes of 7 bits a byte: not a text that starts with "ID3")
        return len(raw) >= 10 and raw[3] in (2, 3, 4) and raw[4] == 0 and all(b < 0x80 for b in raw[6:10])
    return raw.startswith(b"RIFF") and raw[8:12] in _RIFF_FORMS


def _regions(raw: bytes) -> list[tuple[int, int]]:
    """Where a file of a format read here keeps its metadata; [] for any other bytes."""
    if raw.startswith(_PNG):
        return _png(raw)
    if raw.startswith(b"\xff\xd8\xff"):
        return _jpeg(raw)
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_FORMS:
        return _riff(raw)
    if raw.startswith(b"ID3") and known(raw):
        return _id3(raw)
    return []


def segments(raw: bytes) -> list[Segment]:
    """The runs of text (ASCII, or UTF-16 little-endian as EXIF's Windows tags and ID3 write it) in the file's
    metadata, in file order."""
    out: list[Segment] = []
    for start, end in _regions(raw):
        found = [(m.start(), len(m[0]), 1) for m in _RUN.finditer(raw, start, end)]
        found += [(m.start(), len(m[0]) // 2, 2) for m in _WIDE_RUN.finditer(raw, start, end)]
        out += sorted(found)
    return out


def _text(raw: bytes, seg: Segment) -> str:
    start, chars, width = seg
    return raw[start : start + chars * width].decode("latin-1" if width == 1 else "utf-16-le")


def view(raw: bytes) -> str:
    """The file's metadata text, a line per run ("" when it has none, or is no format whose metadata is read here)."""
    return "\n".join(_text(raw, s) for s in segments(raw))


def write_back(raw: bytes, now: str) -> bytes:
    """`raw` with the runs whose text the checks changed (`now`, the view as they left it) blanked where they
    differ; every run blanked when the lines no longer match the runs one to one."""
    found = segments(raw)
    lines = now.split("\n")
    out = bytearray(raw)
    changed = []
    for i, seg in enumerate(found):
        before = _text(raw, seg)
        after = lines[i] if len(lines) == len(found) else None
        if after == before:
            continue
        lo, hi = _differ(before, after) if after is not None else (0, len(before))
        start, _, width = seg
        blank = (_BLANK * (hi - lo)).encode("latin-1" if width == 1 else "utf-16-le")
        out[start + lo * width : start + hi * width] = blank
        changed.append(start)
    if changed and raw.startswith(_PNG):
        _png_checksums(out, changed)
    return bytes(out)


def _differ(before: str, after: str) -> tuple[int, int]:
    """The stretch of `before` that `after` changed (what both start and end with is kept)."""
    lo = 0
    top = min(len(before), len(after))
    while lo < top and before[lo] == after[lo]:
        lo += 1
    hi = 0
    while hi < top - lo and before[-1 - hi] == after[-1 - hi]:
        hi += 1
    return lo, len(before) - hi


def _png_checksums(data: bytearray, changed: list[int]) -> None:
    """The CRC of each PNG chunk that holds a changed byte (`changed`: their places) made again, in place."""
    for start, end in _png(bytes(data)):
        if any(start <= at < end for at in changed):
            struct.pack_into(">I", data, end, zlib.crc32(data[start - 4 : end]) & 0xFFFFFFFF)

"""Text an image or a sound carries in its metadata (see `media_places`, `media_sound`, `media_iso` for where each
format keeps it; compressed PNG text is read here): read as lines for the checks, and written back with what a check
removed blanked out (same length, in place: the file stays valid; checksums made again; a compressed text packed
again)."""

from __future__ import annotations

import re
import struct
import zlib
from typing import NamedTuple

from .archive_text import is_tar, resized, tar_members, text_like
from .media_iso import iso_regions
from .media_places import PNG, RIFF_FORMS, Spans, image_regions, packed_text, png_chunks
from .media_sound import ogg_checksums, sound_regions

_RUN = re.compile(
    rb"(?:[\x20-\x7e\t]|\xc2[\xa0-\xbf]|[\xc3-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}){4,}"
)
"""Text as UTF-8 writes it (XMP, iTXt, Vorbis comments, ID3v2.4): ASCII, and letters of more than one byte (a
zero-width space inside a key is read with it, as the checks read any text), not the C1 controls."""
_WIDE_RUN = re.compile(rb"(?:[\x20-\x7e\t]\x00){4,}")
_BLANK = "*"
_CODEC = {1: ("utf-8", "surrogateescape"), 2: ("utf-16-le", "surrogatepass")}
_PACKED_MOST = 4 << 20
"""The most text read out of a file's compressed PNG text chunks (a chunk may unpack to gigabytes)."""


class _Packed(NamedTuple):
    """A PNG text chunk whose text is compressed (zTXt, or iTXt with its flag set)."""

    chunk: int
    """Where the chunk starts (its size)."""
    text: int
    """Where its compressed text starts."""
    end: int
    """Where its data ends (its checksum follows)."""


class _Inner(NamedTuple):
    """A picture or a sound inside a tar archive: its metadata is read (as UTF-8) as the text of this source."""

    start: int
    end: int


Source = Spans | _Packed | _Inner
Segment = tuple[int, int, int, int]
"""A run of text in the metadata: its source (an index), its first byte there, its length in bytes and how it is
written (1: UTF-8, 2: UTF-16 little-endian)."""

_OTHER_MEDIA = (b"\x1aE\xdf\xa3",)
"""Matroska and WebM: their bytes are no text, their tags are not read here."""


def known(raw: bytes) -> bool:
    """Whether `raw` starts as an image or a sound: a format whose metadata is read here (PNG, JPEG, RIFF, MP3 with an
    ID3v2 tag, GIF, TIFF, FLAC, Ogg, ISO media: MP4, MOV, HEIC, AVIF) or Matroska (its bytes are never text)."""
    heads = (PNG, b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"OggS", b"fLaC", *_OTHER_MEDIA)
    if raw.startswith(heads) or raw[4:8] == b"ftyp":
        return True
    if raw.startswith(b"ID3"):  # (version 2.2-2.4, sizes of 7 bits a byte: not a text that starts with "ID3")
        return len(raw) >= 10 and raw[3] in (2, 3, 4) and raw[4] == 0 and all(b < 0x80 for b in raw[6:10])
    return raw.startswith(b"RIFF") and raw[8:12] in RIFF_FORMS


def _sources(raw: bytes) -> list[Source]:
    """Where a file of a format read here keeps the text of its metadata; [] for any other bytes."""
    if raw.startswith(b"ID3") and not known(raw):
        return []
    if raw[4:8] == b"ftyp":
        return list(iso_regions(raw))
    if is_tar(raw):
        out: list[Source] = []
        for a, b in tar_members(raw):
            if text_like(raw[a:b]):
                out.append(((a, b),))
            elif known(raw[a:b]) and not is_tar(raw[a:b]):
                out.append(_Inner(a, b))
        return out
    found: list[Source] = [*image_regions(raw), *sound_regions(raw)]
    if raw.startswith(PNG):
        for kind, start, end in png_chunks(raw):
            text = packed_text(raw, start, end, kind)
            if text is not None:
                found.append(_Packed(start - 8, text, end))
    return found


PACKED_CUT = "compressed PNG text beyond the first 4 MB"
"""What `view` tells `cuts` of a file whose compressed PNG text is longer than is read."""


def _read(raw: bytes, sources: list[Source], cuts: list[str] | None = None) -> list[bytes]:
    """The bytes of each source: its stretches one after another, or its text unpacked (up to `_PACKED_MOST` in all;
    `PACKED_CUT` added to `cuts` when there is more)."""
    out = []
    room = _PACKED_MOST
    for src in sources:
        if isinstance(src, _Inner):
            out.append(view(raw[src.start : src.end], cuts).encode("utf-8", "surrogateescape"))
        elif isinstance(src, _Packed):
            unpack = zlib.decompressobj()
            try:
                text = unpack.decompress(raw[src.text : src.end], room) if room > 0 else b""
                more = bool(unpack.unconsumed_tail) or (room <= 0 and src.end > src.text)
            except zlib.error:
                text, more = b"", False
            if more and cuts is not None and PACKED_CUT not in cuts:
                cuts.append(PACKED_CUT)
            room -= len(text)
            out.append(text)
        else:
            out.append(b"".join(raw[a:b] for a, b in src))
    return out


def _segments(texts: list[bytes]) -> list[Segment]:
    """The runs of text (ASCII, or UTF-16 little-endian as EXIF's Windows tags and ID3 write it) in each source."""
    out: list[Segment] = []
    for n, text in enumerate(texts):
        found = [(n, m.start(), len(m[0]), 1) for m in _RUN.finditer(text)]
        found += [(n, m.start(), len(m[0]), 2) for m in _WIDE_RUN.finditer(text)]
        out += sorted(found)
    return out


def _text(texts: list[bytes], seg: Segment) -> str:
    src, start, size, width = seg
    return texts[src][start : start + size].decode(*_CODEC[width])


def view(raw: bytes, cuts: list[str] | None = None) -> str:
    """The file's metadata text, a line per run ("" when it has none, or is no format whose metadata is read here);
    what of it is not read is told in `cuts`."""
    return texts_view(_read(raw, _sources(raw), cuts))


def texts_view(texts: list[bytes]) -> str:
    """The runs of text in `texts` (pieces of a file: its metadata, an archive's files), a line per run."""
    return "\n".join(_text(texts, s) for s in _segments(texts))


def blanked(texts: list[bytes], now: str) -> dict[int, bytearray]:
    """The pieces of `texts` whose runs the checks changed (`now`, `texts_view` as they left it), with the changed
    stretch of each run blanked; where the lines no longer match the runs one to one (a key over several lines
    became one placeholder), every run between the lines that still match at the start and at the end."""
    found = _segments(texts)
    lines = now.split("\n")
    if len(lines) != len(found):
        top = min(len(lines), len(found))
        head = next((i for i in range(top) if lines[i] != _text(texts, found[i])), top)
        tail = next((i for i in range(top - head) if lines[-1 - i] != _text(texts, found[-1 - i])), top - head)
        lines = lines[:head] + [""] * (len(found) - head - tail) + lines[len(lines) - tail :]
        wholly = set(range(head, len(found) - tail))
    else:
        wholly = set()
    edits: dict[int, bytearray] = {}
    for i, seg in enumerate(found):
        before = _text(texts, seg)
        if lines[i] == before and i not in wholly:
            continue
        lo, hi = (0, len(before)) if i in wholly else _differ(before, lines[i])
        src, start, _, width = seg
        lo, hi = (len(before[:at].encode(*_CODEC[width])) for at in (lo, hi))
        blank = (_BLANK * ((hi - lo) // width)).encode(_CODEC[width][0])
        edits.setdefault(src, bytearray(texts[src]))[start + lo : start + hi] = blank
    return edits


def write_back(raw: bytes, now: str) -> bytes:
    """`raw` with the runs whose text the checks changed (`now`, the view as they left it) blanked where they
    differ (see `blanked`)."""
    sources = _sources(raw)
    edits = blanked(_read(raw, sources), now)
    out = bytearray(raw)
    changed = []
    for src, text in edits.items():
        spans = sources[src]
        if isinstance(spans, (_Packed, _Inner)):
            continue
        at = 0
        for a, b in spans:
            if out[a:b] != text[at : at + b - a]:
                out[a:b] = text[at : at + b - a]
                changed.append(a)
            at += b - a
    if changed and raw.startswith(PNG):
        _png_checksums(out, changed)
    elif changed and raw.startswith(b"OggS"):
        ogg_checksums(out, changed)
    inner = [(sources[src], text) for src, text in edits.items() if isinstance(sources[src], _Inner)]
    for member, text in sorted(inner, key=lambda p: -p[0].start):  # (from the last: the places before stay)
        assert isinstance(member, _Inner)
        again = write_back(raw[member.start : member.end], bytes(text).decode("utf-8", "surrogateescape"))
        if len(again) == member.end - member.start:
            out[member.start : member.end] = again
        else:  # (a compressed PNG text packed again: the member's size changes)
            out = bytearray(resized(out, member.start, member.end, again))
    packed = [(sources[src], text) for src, text in edits.items() if isinstance(sources[src], _Packed)]
    for src, text in sorted(packed, key=lambda p: -p[0].chunk):  # (from the last: the places before stay)
        assert isinstance(src, _Packed)
        packed_again = _repacked(raw[src.text : src.end], bytes(text))
        out[src.chunk : src.end + 4] = _png_chunk(bytes(out[src.chunk + 4 : src.text]), packed_again)
    return bytes(out)


def _repacked(packed: bytes, text: bytes) -> bytes:
    """`text` (what `packed` unpacks to, or as much of it as was read, changed in place) packed again, with the rest
    of `packed`'s text beyond what was read after it as it was (unpacked a piece at a time, never whole)."""
    pack = zlib.compressobj()
    out = [pack.compress(text)]
    unpack = zlib.decompressobj()
    try:
        tail = packed
        skip = len(text)  # (the same length: a blanked run keeps its size)
        while skip > 0 and tail:
            skip -= len(unpack.decompress(tail, min(skip, 1 << 20)))
            tail = unpack.unconsumed_tail
        while tail:
            out.append(pack.compress(unpack.decompress(tail, 1 << 20)))
            tail = unpack.unconsumed_tail
        out.append(pack.compress(unpack.flush()))
    except zlib.error:  # (a damaged stream: what was read is all there is to keep)
        pass
    out.append(pack.flush())
    return b"".join(out)


def _png_chunk(head: bytes, packed: bytes) -> bytes:
    """A PNG chunk of the type and the words before the text in `head`, with `packed` as its text."""
    data = head[4:] + packed
    return struct.pack(">I", len(data)) + head[:4] + data + struct.pack(">I", zlib.crc32(head[:4] + data) & 0xFFFFFFFF)


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
    for _, start, end in png_chunks(data):
        if any(start <= at < end for at in changed):
            struct.pack_into(">I", data, end, zlib.crc32(data[start - 4 : end]) & 0xFFFFFFFF)

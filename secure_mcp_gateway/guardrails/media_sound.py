"""Where a FLAC or Ogg (Vorbis, Opus, Theora) file keeps its tags: the Vorbis comments, a FLAC picture's description,
and the page checksums of an Ogg file made again after a change."""

from __future__ import annotations

import struct
from functools import lru_cache

from .media_places import Spans

_OGG_HEADERS = ((b"\x03vorbis", 7), (b"OpusTags", 8), (b"\x81theora", 7))
"""The comment packets of Ogg streams and where their Vorbis comment starts."""
_HEADER_PAGE = (bytes(8), b"\xff" * 8)
"""The granule positions of pages before the first sound or picture (headers, or a packet that goes on)."""
_MOST_COMMENTS = 10_000


def _comments(data: bytes, at: int) -> list[tuple[int, int]]:
    """The vendor string and each `NAME=value` of a Vorbis comment that starts at `at` in `data`."""
    out: list[tuple[int, int]] = []
    count = 1
    while len(out) < min(count + 1, _MOST_COMMENTS) and at + 4 <= len(data):
        (size,) = struct.unpack_from("<I", data, at)
        out.append((at + 4, min(at + 4 + size, len(data))))
        at += 4 + size
        if len(out) == 1 and at + 4 <= len(data):
            (count,) = struct.unpack_from("<I", data, at)
            at += 4
    return [(lo, hi) for lo, hi in out if lo < hi]


def _flac(raw: bytes) -> list[Spans]:
    """A FLAC file's Vorbis comments and its pictures' mime types and descriptions."""
    out: list[Spans] = []
    pos = 4
    while pos + 4 <= len(raw):
        head = raw[pos]
        size = int.from_bytes(raw[pos + 1 : pos + 4], "big")
        body, end = pos + 4, min(pos + 4 + size, len(raw))
        if head & 0x7F == 4:
            out += [((body + lo, body + hi),) for lo, hi in _comments(raw[body:end], 0)]
        elif head & 0x7F == 6:
            out += [((body + lo, body + hi),) for lo, hi in _picture_text(raw[body:end])]
        if head & 0x80:
            break
        pos = end
    return out


def _picture_text(block: bytes) -> list[tuple[int, int]]:
    """A FLAC picture block's mime type and description."""
    out = []
    at = 4
    for _ in range(2):
        if at + 4 > len(block):
            break
        (size,) = struct.unpack_from(">I", block, at)
        out.append((at + 4, min(at + 4 + size, len(block))))
        at += 4 + size
    return [(lo, hi) for lo, hi in out if lo < hi]


def _cut(spans: list[tuple[int, int]], lo: int, hi: int) -> Spans:
    """The stretches of the file that hold bytes `lo` to `hi` of the text `spans` hold one after another."""
    out, at = [], 0
    for start, end in spans:
        size = end - start
        a, b = max(lo, at), min(hi, at + size)
        if a < b:
            out.append((start + a - at, start + b - at))
        at += size
    return tuple(out)


def ogg_pages(raw: bytes | bytearray) -> list[tuple[int, int, int]]:
    """The header pages of an Ogg file (up to the first that ends a packet of sound or picture): the start of each,
    of its data, and its end."""
    out = []
    pos = 0
    while raw[pos : pos + 4] == b"OggS" and pos + 27 <= len(raw):
        count = raw[pos + 26]
        data = pos + 27 + count
        end = data + sum(raw[pos + 27 : data])
        if end > len(raw) or bytes(raw[pos + 6 : pos + 14]) not in _HEADER_PAGE:
            break
        out.append((pos, data, end))
        pos = end
    return out


def _ogg(raw: bytes) -> list[Spans]:
    """The Vorbis comments of an Ogg file's streams (a comment packet may run over many pages)."""
    out: list[Spans] = []
    packets: dict[bytes, list[tuple[int, int]]] = {}
    for start, data, _ in ogg_pages(raw):
        serial = raw[start + 14 : start + 18]
        for lace in raw[start + 27 : data]:
            packets.setdefault(serial, []).append((data, data + lace))
            data += lace
            if lace < 255:
                spans = packets.pop(serial)
                head = raw[spans[0][0] : spans[0][0] + 8] if spans else b""
                for prefix, at in _OGG_HEADERS:
                    if head.startswith(prefix):
                        text = b"".join(raw[a:b] for a, b in spans)
                        out += [_cut(spans, lo, hi) for lo, hi in _comments(text, at)]
    return out


def sound_regions(raw: bytes) -> list[Spans]:
    """Where a FLAC or Ogg file keeps its tags; [] for other bytes."""
    if raw.startswith(b"fLaC"):
        return _flac(raw)
    if raw.startswith(b"OggS"):
        return _ogg(raw)
    return []


@lru_cache(maxsize=1)
def _crc_table() -> tuple[int, ...]:
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else r << 1
        table.append(r & 0xFFFFFFFF)
    return tuple(table)


def ogg_crc(data: bytes | bytearray) -> int:
    """The checksum of an Ogg page (CRC-32, polynomial 0x04C11DB7, not reflected, starting at 0)."""
    table, crc = _crc_table(), 0
    for b in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[(crc >> 24) ^ b]
    return crc


def ogg_checksums(data: bytearray, changed: list[int]) -> None:
    """The checksum of each Ogg page that holds a changed byte (`changed`: their places) made again, in place."""
    for start, _, end in ogg_pages(data):
        if any(start <= at < end for at in changed):
            data[start + 22 : start + 26] = bytes(4)
            struct.pack_into("<I", data, start + 22, ogg_crc(data[start:end]))

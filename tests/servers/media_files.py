"""Made-up images and sounds with text in their metadata (PNG text chunks, a JPEG comment, a WAV INFO list, an MP3
ID3 tag), for `hostile_server.py` and the tests that check what it sends."""

from __future__ import annotations

import struct
import zlib


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(*texts: tuple[bytes, bytes]) -> bytes:
    """A 2x2 RGB PNG with a tEXt chunk per (keyword, text)."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    pixels = png_chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00\x10\x20\x30\x00\x00\xff\x00\x40\x50\x60"))
    text = b"".join(png_chunk(b"tEXt", key + b"\x00" + value) for key, value in texts)
    return b"\x89PNG\r\n\x1a\n" + header + text + pixels + png_chunk(b"IEND", b"")


def jpeg(comment: bytes) -> bytes:
    """A JPEG's frame with a comment segment before its (made-up) scan data."""
    segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    scan = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + bytes(range(256))
    return b"\xff\xd8" + segment + scan + b"\xff\xd9"


def wav(comment: bytes) -> bytes:
    """An 8 kHz mono WAV with an INFO list whose comment (ICMT) is `comment`."""
    info = b"INFO" + b"ICMT" + struct.pack("<I", len(comment)) + comment + b"\x00" * (len(comment) & 1)
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8)
    samples = b"data" + struct.pack("<I", 8) + bytes(range(124, 132))
    body = b"WAVE" + fmt + b"LIST" + struct.pack("<I", len(info)) + info + samples
    return b"RIFF" + struct.pack("<I", len(body)) + body


def mp3(title: str) -> bytes:
    """An ID3v2.3 tag whose title (TIT2) is `title` in UTF-16, before one made-up frame of audio."""
    text = b"\x01\xff\xfe" + title.encode("utf-16-le")
    frame = b"TIT2" + struct.pack(">I", len(text)) + b"\x00\x00" + text
    size = len(frame)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + synchsafe + frame + b"\xff\xfb\x90\x00" + bytes(range(200))

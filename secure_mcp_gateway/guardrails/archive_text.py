"""The text a compressed file carries (gzip, bzip2 or xz: a `.gz` text file, or a tar archive's files): read for the
checks, and written back compressed again with what a check removed (a tar's files blanked in place with `*`: every
size stays)."""

from __future__ import annotations

import zlib
from typing import Any

MOST = 16 << 20
"""The most bytes a compressed file is unpacked to (a larger one is not read: it may unpack to gigabytes)."""
_TAR_MAGIC = b"ustar"
_MAGIC = ((b"\x1f\x8b\x08", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"))


def packing(raw: bytes) -> str | None:
    """How `raw` is compressed ("gzip", "bz2", "xz"), by its magic number; None for other bytes."""
    return next((kind for magic, kind in _MAGIC if raw.startswith(magic)), None)


def _unpacker(kind: str) -> Any:
    if kind == "gzip":
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if kind == "bz2":
        import bz2  # (the serving path imports this module; these files are rare)

        return bz2.BZ2Decompressor()
    import lzma

    return lzma.LZMADecompressor()


BIG_CUT = "a compressed file that unpacks to more than 16 MB"
"""What `unpacked` tells `cuts` of a file it does not read for its size."""


def unpacked(raw: bytes, cuts: list[str] | None = None) -> bytes | None:
    """A compressed file's bytes (all its streams), or None when it is broken or unpacks beyond `MOST` (then
    `BIG_CUT` is added to `cuts`)."""
    kind = packing(raw)
    out, rest = [], raw
    size = 0
    while kind is not None and packing(rest) == kind:
        unpack = _unpacker(kind)
        try:
            piece = unpack.decompress(rest, MOST - size + 1)
        except Exception:  # (each says a broken stream its own way: zlib.error, OSError, LZMAError, EOFError)
            return None
        size += len(piece)
        if size > MOST:
            if cuts is not None:
                cuts.append(BIG_CUT)
            return None
        if not unpack.eof:
            return None
        out.append(piece)
        rest = unpack.unused_data
    return b"".join(out) if out and not rest.strip(b"\x00") else None


def is_tar(data: bytes) -> bool:
    """Whether `data` is a tar archive (POSIX ustar or GNU headers)."""
    return len(data) >= 512 and data[257:262] == _TAR_MAGIC


def text_like(data: bytes) -> bool:
    """Whether a file in an archive reads as text: no NUL in its first 8 KB (a picture or a program has them)."""
    return data.find(b"\x00", 0, 8192) < 0


def tar_members(data: bytes) -> list[tuple[int, int]]:
    """Where the data of each regular file (and long name, and extended header) of a tar archive starts and ends."""
    out: list[tuple[int, int]] = []
    pos = 0
    while pos + 512 <= len(data) and data[pos : pos + 512].strip(b"\x00"):
        field = data[pos + 124 : pos + 136].strip(b"\x00 ")
        try:
            size = int(field or b"0", 8)
        except ValueError:
            break
        start = pos + 512
        kind = data[pos + 156 : pos + 157]
        if kind in (b"0", b"\x00", b"7", b"L", b"K", b"x", b"g") and size:
            out.append((start, min(start + size, len(data))))
        pos = start + (size + 511) // 512 * 512
    return out


def resized(data: bytes | bytearray, start: int, end: int, new: bytes) -> bytes:
    """A tar archive whose member with data at `start`..`end` holds `new` instead (of another size): its header's
    size and checksum written again, the members after it moved to the next 512-byte block."""
    head = bytearray(data[start - 512 : start])
    head[124:136] = b"%011o\x00" % len(new)
    head[148:156] = b" " * 8
    head[148:156] = b"%06o\x00 " % sum(head)
    pad = b"\x00" * (-len(new) % 512)
    after = start + (end - start + 511) // 512 * 512
    return bytes(data[: start - 512]) + bytes(head) + new + pad + bytes(data[after:])


def packed_again(data: bytes, like: bytes) -> bytes:
    """`data` compressed as `like` is (gzip, bzip2 or xz)."""
    kind = packing(like)
    if kind == "bz2":
        import bz2

        return bz2.compress(data)
    if kind == "xz":
        import lzma

        return lzma.compress(data)
    import gzip

    return gzip.compress(data, mtime=0)

"""The text of the files in a zip archive (a `.zip`, and documents that are zips: docx, xlsx, odt, epub, jar): read
as lines for the checks, and written back as a zip again with what a check removed blanked out with `*`."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from . import media_text, pdf_text
from .archive_text import MOST, text_like

if TYPE_CHECKING:
    import zipfile


def is_zip(raw: bytes) -> bool:
    """Whether `raw` starts as a zip archive."""
    return raw[:4] == b"PK\x03\x04"


BIG_CUT = "a zip archive whose files unpack to more than 16 MB"
LOCKED_CUT = "a zip archive whose files are encrypted"


def _members(raw: bytes, cuts: list[str] | None = None) -> tuple[list[zipfile.ZipInfo], list[bytes]] | None:
    """The files of a zip and their bytes (a picture or a sound among them left out: no text of ours); None when it
    cannot be read whole (encrypted, broken, more than `MOST` bytes unpacked: the first two said in `cuts`)."""
    import zipfile  # (the serving path imports this module; a zip is rare)

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            why = BIG_CUT if sum(i.file_size for i in infos) > MOST else None
            why = LOCKED_CUT if any(i.flag_bits & 1 for i in infos) else why
            if why is not None:
                if cuts is not None:
                    cuts.append(why)
                return None
            return infos, [archive.read(i) for i in infos]
    except Exception:  # (zipfile fails on a made-up archive in many ways: IndexError, struct.error, ...)
        return None


def _texts(contents: list[bytes]) -> list[bytes]:
    """What of each file is read: a picture's or a sound's metadata text (as UTF-8), its bytes if it is text (no
    NUL in its first 8 KB), else none (a program: its bytes are no text, and letters found in them would be noise)."""
    return [_read(c) for c in contents]


def _read(content: bytes) -> bytes:
    if media_text.known(content):
        return media_text.view(content).encode("utf-8", "surrogateescape")
    if content.startswith(b"%PDF-"):
        return pdf_text.view(content).encode("utf-8", "surrogateescape")
    return content if text_like(content) else b""


def _written(content: bytes, now: bytearray) -> bytes:
    """A file as the checks left what was read of it (`now`: its text, or a picture's metadata text, blanked)."""
    if media_text.known(content):
        return media_text.write_back(content, now.decode("utf-8", "surrogateescape"))
    if content.startswith(b"%PDF-"):
        return pdf_text.write_back(content, now.decode("utf-8", "surrogateescape"))
    return bytes(now)


def view(raw: bytes, cuts: list[str] | None = None) -> str | None:
    """The lines of text in a zip's files, or None when it cannot be read (see `_members`)."""
    found = _members(raw, cuts)
    return None if found is None else media_text.texts_view(_texts(found[1]))


def write_back(raw: bytes, now: str) -> bytes:
    """The zip again, each file whose text the checks changed (`now`, the view as they left it) with it blanked (same
    names, times and compression); `raw` itself when nothing changed."""
    found = _members(raw)
    if found is None:
        return raw
    infos, contents = found
    edits = media_text.blanked(_texts(contents), now)
    if not edits:
        return raw
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive, zipfile.ZipFile(out, "w") as again:
        again.comment = archive.comment
        for n, info in enumerate(infos):
            data = _written(contents[n], edits[n]) if n in edits else contents[n]
            again.writestr(info, data, compress_type=info.compress_type)
    return out.getvalue()

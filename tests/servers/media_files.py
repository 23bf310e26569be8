"""Made-up images, sounds and archives with text in them (PNG text chunks, a JPEG comment, a WAV INFO list, an MP3
ID3 tag, GIF, TIFF, FLAC, Ogg, MP4 and HEIC metadata; tar, gzip and zip files), for `hostile_server.py` and the
tests that check what it sends."""

from __future__ import annotations

import gzip
import io
import re
import struct
import tarfile
import zipfile
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


def gif(comment: bytes, xmp: bytes = b"") -> bytes:
    """A 1x1 GIF with a comment extension (in sub-blocks of at most 255 bytes) and, given, XMP written raw (its bytes
    read as sub-block sizes, all leading into the 258-byte trailer after it)."""
    blocks = b"".join(bytes([len(comment[i : i + 255])]) + comment[i : i + 255] for i in range(0, len(comment), 255))
    ext = b"\x21\xfe" + blocks + b"\x00"
    if xmp:
        ext += b"\x21\xff\x0bXMP DataXMP" + xmp + b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff" + ext + image + b"\x3b"


def png_packed(key: bytes, text: bytes) -> bytes:
    """A 2x2 PNG whose text is in a zTXt chunk (compressed) and an iTXt chunk with its compressed flag set."""
    z = png_chunk(b"zTXt", key + b"\x00\x00" + zlib.compress(text))
    i = png_chunk(b"iTXt", b"Description\x00\x01\x00en\x00Beschreibung\x00" + zlib.compress(b"also " + text))
    plain = png()
    return plain[:33] + z + i + plain[33:]


def tiff(description: bytes) -> bytes:
    """A 1x1 grey TIFF (little-endian) with an ImageDescription and an EXIF directory holding a UserComment."""
    entries = [(256, 4, 1, 1), (257, 4, 1, 1), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1)]
    head_size = 8 + 2 + 12 * 8 + 4
    desc_at = head_size
    exif_at = desc_at + len(description) + 1
    comment = b"ASCII\x00\x00\x00" + b"camera 7"
    comment_at = exif_at + 2 + 12 + 4
    strip_at = comment_at + len(comment)
    entries += [(270, 2, len(description) + 1, desc_at), (273, 4, 1, strip_at), (34665, 4, 1, exif_at)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + bytes(4)
    exif = struct.pack("<H", 1) + struct.pack("<HHII", 37510, 7, len(comment), comment_at) + bytes(4)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + description + b"\x00" + exif + comment + b"\x80"


def _comment_block(vendor: bytes, *tags: bytes) -> bytes:
    out = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(tags))
    return out + b"".join(struct.pack("<I", len(t)) + t for t in tags)


def flac(*tags: bytes) -> bytes:
    """A FLAC stream's metadata (STREAMINFO, a Vorbis comment with `tags`) before one made-up frame."""
    info = struct.pack(">HH", 4096, 4096) + bytes(6) + bytes([0x0A, 0xC4, 0x40, 0xF0]) + bytes(20)
    comment = _comment_block(b"reference libFLAC 1.4.3", *tags)
    blocks = b"\x00" + len(info).to_bytes(3, "big") + info + b"\x84" + len(comment).to_bytes(3, "big") + comment
    return b"fLaC" + blocks + b"\xff\xf8\x69\x08" + bytes(28)


def ogg_crc(page: bytes) -> int:
    """The checksum of an Ogg page (bit by bit: polynomial 0x04C11DB7, not reflected, from 0)."""
    crc = 0
    for byte in page:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else (crc << 1) & 0xFFFFFFFF
    return crc


def _ogg_page(seq: int, packet: bytes, granule: int, first: bool = False) -> bytes:
    """One page of stream 7 holding `packet` (as many 255-byte lacing values as it needs)."""
    lacing = bytes([255] * (len(packet) // 255) + [len(packet) % 255])
    head = b"OggS\x00" + bytes([2 if first else 0]) + struct.pack("<qII", granule, 7, seq) + bytes(4)
    page = head + bytes([len(lacing)]) + lacing + packet
    return page[:22] + struct.pack("<I", ogg_crc(page)) + page[26:]


def ogg(*tags: bytes) -> bytes:
    """An Ogg Vorbis stream: its identification header, its comment header with `tags`, one made-up sound page."""
    ident = b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, 1, 44100, 0, 128000, 0, 0xB8, 1)
    comment = b"\x03vorbis" + _comment_block(b"Xiph.Org libVorbis I 20200704", *tags) + b"\x01"
    return _ogg_page(0, ident, 0, True) + _ogg_page(1, comment, 0) + _ogg_page(2, bytes(range(100)), 4096)


def box(kind: bytes, *body: bytes) -> bytes:
    data = b"".join(body)
    return struct.pack(">I", 8 + len(data)) + kind + data


def mp4(comment: bytes) -> bytes:
    """An M4A file whose iTunes comment (`©cmt`) is `comment`, and a QuickTime user data title."""
    value = box(b"\xa9cmt", box(b"data", b"\x00\x00\x00\x01", bytes(4), comment))
    meta = box(b"meta", bytes(4), box(b"hdlr", bytes(8), b"mdirappl", bytes(9)), box(b"ilst", value))
    title = box(b"\xa9nam", struct.pack(">HH", 10, 0x55C4), b"Field note")
    mvhd = box(b"mvhd", bytes(12), struct.pack(">II", 1000, 0), bytes(80))
    return (
        box(b"ftyp", b"M4A \x00\x00\x00\x00M4A mp42isom")
        + box(b"moov", mvhd, box(b"udta", meta, title))
        + box(b"mdat", bytes(64))
    )


def heic(exif_text: bytes) -> bytes:
    """A HEIC file whose EXIF item (in `mdat`, found through `iinf` and `iloc`) holds `exif_text`."""
    exif = b"\x00\x00\x00\x06Exif\x00\x00" + b"MM\x00*" + struct.pack(">I", 8) + exif_text
    infe = box(b"infe", b"\x02\x00\x00\x00", struct.pack(">HH", 1, 0), b"hvc1", b"\x00") + box(
        b"infe", b"\x02\x00\x00\x00", struct.pack(">HH", 2, 0), b"Exif", b"\x00"
    )
    iinf = box(b"iinf", bytes(4), struct.pack(">H", 2), infe)
    head = box(b"ftyp", b"heic", bytes(4), b"mif1heic")
    hdlr = box(b"hdlr", bytes(8), b"pict", bytes(13))

    def meta(at: int) -> bytes:
        iloc = box(
            b"iloc",
            bytes(4),
            b"\x44\x00",
            struct.pack(">H", 2),
            struct.pack(">HHHII", 1, 0, 1, at, 16),
            struct.pack(">HHHII", 2, 0, 1, at + 16, len(exif)),
        )
        return box(b"meta", bytes(4), hdlr, iinf, iloc)

    at = len(head) + len(meta(0)) + 8
    return head + meta(at) + box(b"mdat", bytes(range(16)), exif)


def tar(files: dict[str, bytes]) -> bytes:
    """A tar archive of `files` (name -> content), its times fixed."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=1_700_000_000)


def zip_of(files: dict[str, bytes]) -> bytes:
    """A zip archive of `files` (name -> content), deflated, its times fixed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 5, 1, 12, 0, 0)), data)
    return out.getvalue()


def pdf(info: dict[str, bytes], pages: list[bytes], xmp: bytes = b"", packed: bool = True) -> bytes:
    """A PDF of `pages` (content streams, Flate-compressed when `packed`), with an info dictionary of literal strings
    and, with `xmp`, an XMP metadata stream; its cross-reference table gives every object's place."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R" + (b" /Metadata 3 0 R" if xmp else b"") + b" >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream")
    font = 4 + 2 * len(pages)
    for n, content in enumerate(pages):
        data = zlib.compress(content) if packed else content
        flate = b" /Filter /FlateDecode" if packed else b""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(data), flate) + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    fields = b" ".join(b"/" + key.encode() + b" (" + value + b")" for key, value in info.items())
    objects.append(b"<< " + fields + b" >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    places = []
    for n, body in enumerate(objects, 1):
        places.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in places)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        len(objects),
        xref,
    )
    return bytes(out)


def pdf_holds(raw: bytes) -> bool:
    """Whether a PDF's cross-reference table gives each object's place, and each stream's data is as long as its
    `/Length` says, ending before `endstream` (and unpacks, when it is compressed)."""
    xref = int(raw.rsplit(b"startxref", 1)[1].split()[0])
    rows = raw[xref:].split(b"\n")
    count = int(rows[1].split()[1])
    for n in range(1, count):
        at = int(rows[2 + n][:10])
        if not raw[at:].startswith(b"%d 0 obj" % n):
            return False
    for m in re.finditer(rb"/Length (\d+)([^>]*)>>\nstream\n", raw):
        end = m.end() + int(m.group(1))
        if not raw[end:].lstrip(b"\r\n").startswith(b"endstream"):
            return False
        if b"/FlateDecode" in m.group(2):
            zlib.decompress(raw[m.end() : end])
    return True

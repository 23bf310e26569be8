"""Text in an image's or a sound's metadata (PNG text chunks, JPEG comments, WAV INFO, MP3 ID3) is checked: a secret
is blanked out in the file, which stays valid, and said; an instruction is flagged; other files pass byte for byte
(in process; the server is a real process)."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import re
import struct
import tarfile
import zipfile
import zlib
from typing import Any

import pytest
from servers import media_files

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import media_text, pdf_text
from secure_mcp_gateway.pipeline import Pipeline

SECRET = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
STEER = "attempt to steer you"
BLANKED = "blanked out with '*'"


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


def _crcs_hold(raw: bytes) -> bool:
    """Whether every chunk of a PNG has the CRC of its type and data."""
    pos = 8
    while pos + 12 <= len(raw):
        (size,) = struct.unpack_from(">I", raw, pos)
        if struct.unpack_from(">I", raw, pos + 8 + size)[0] != zlib.crc32(raw[pos + 4 : pos + 8 + size]) & 0xFFFFFFFF:
            return False
        pos += 12 + size
    return pos == len(raw)


@pytest.mark.anyio
@pytest.mark.parametrize("case", ["png_secret", "wav_secret"])
async def test_a_secret_in_metadata_is_blanked_in_a_file_that_stays_valid_and_told(hostile_client, case: str) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    first, *notes = got["content"]
    raw = base64.b64decode(first["data"])
    assert SECRET.encode() not in raw and b"*" * 20 in raw
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes
    if case == "png_secret":
        assert _crcs_hold(raw) and b"shotter 2.1" in raw, "the other chunks and the checksums are whole"
    else:
        assert len(raw) == struct.unpack_from("<I", raw, 4)[0] + 8, "the RIFF sizes still hold"


MADE = {
    "gif_secret": lambda: media_files.gif(f"made on cam-7, upload with {SECRET}".encode()),
    "tiff_secret": lambda: media_files.tiff(f"scan 12, token {SECRET}".encode()),
    "heic_secret": lambda: media_files.heic(f"owner token {SECRET}".encode()),
    "flac_secret": lambda: media_files.flac(f"COMMENT=token {SECRET}".encode(), b"TITLE=Take 2"),
    "mp4_secret": lambda: media_files.mp4(f"token {SECRET}".encode()),
    "ogg_secret": lambda: media_files.ogg(f"COMMENT=token {SECRET}".encode(), b"TITLE=Take 2"),
}


def _ogg_pages_hold(raw: bytes) -> bool:
    """Whether every page of an Ogg file has the checksum of its bytes."""
    pos = 0
    while raw[pos : pos + 4] == b"OggS":
        count = raw[pos + 26]
        end = pos + 27 + count + sum(raw[pos + 27 : pos + 27 + count])
        page = raw[pos:end]
        if struct.unpack_from("<I", page, 22)[0] != media_files.ogg_crc(page[:22] + bytes(4) + page[26:]):
            return False
        pos = end
    return pos == len(raw) > 0


@pytest.mark.anyio
@pytest.mark.parametrize("case", sorted(MADE))
async def test_a_secret_in_gif_tiff_heic_flac_ogg_or_mp4_metadata_is_blanked_in_place(hostile_client, case) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    first, *notes = got["content"]
    raw, sent = base64.b64decode(first["data"]), MADE[case]()
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes
    blanked = sent.replace(SECRET.encode(), b"*" * len(SECRET))
    if case == "ogg_secret":  # (the page that held it has its checksum made again)
        assert _ogg_pages_hold(sent) and _ogg_pages_hold(raw) and raw != sent
        crc = sent.find(b"OggS", 4) + 22
        assert raw[:crc] + raw[crc + 4 :] == blanked[:crc] + blanked[crc + 4 :], "only that page's checksum differs"
    else:
        assert raw == blanked, "the same bytes, the secret's blanked: every size and offset holds"


@pytest.mark.anyio
async def test_a_secret_in_compressed_png_text_is_blanked_and_packed_again(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "png_packed_secret"}})
    raw = base64.b64decode(got["content"][0]["data"])
    assert _crcs_hold(raw) and media_text.view(raw) == f"key {'*' * 40}\nalso key {'*' * 40}"
    assert raw.count(b"zTXt") == raw.count(b"iTXt") == 1 and len(got["content"]) == 2


def _ztxt_text(raw: bytes) -> bytes:
    """The unpacked text of a PNG's zTXt chunk (after its keyword and method bytes)."""
    at = raw.index(b"zTXt")
    size = struct.unpack(">I", raw[at - 4 : at])[0]
    data = raw[at + 4 : at + 4 + size]
    return zlib.decompress(data[data.index(b"\x00") + 2 :])


def test_a_compressed_png_text_longer_than_what_is_read_keeps_its_rest_when_a_secret_in_it_is_blanked() -> None:
    rest = b"".join(b"line %d of a long caption\n" % n for n in range(200_000))  # ~5 MB: more than is read
    raw = media_files.png_packed(b"Comment", f"key {SECRET} ".encode() + rest)
    now = media_text.view(raw).replace(SECRET, "*" * len(SECRET))
    written = media_text.write_back(raw, now)
    assert _ztxt_text(written) == f"key {'*' * len(SECRET)} ".encode() + rest
    assert _crcs_hold(written)


@pytest.mark.anyio
async def test_a_secret_in_an_icon_given_as_a_data_uri_is_blanked_and_told(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "icon_secret"}})
    link, *notes = got["content"]
    head, _, data = link["icons"][0]["src"].partition(",")
    raw = base64.b64decode(data)
    assert head == "data:image/png;base64" and SECRET.encode() not in raw and b"*" * 40 in raw and _crcs_hold(raw)
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes


ENV = f"DEBUG=1\nGITHUB_TOKEN={SECRET}\nPORT=8080\n".encode()


@pytest.mark.anyio
@pytest.mark.parametrize(("case", "unpack"), [("gzip_secret", gzip.decompress), ("bz2_secret", bz2.decompress)])
async def test_a_secret_in_a_compressed_text_file_is_redacted_and_the_file_packed_again(
    hostile_client, case: str, unpack: Any
) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    text = unpack(base64.b64decode(got["content"][0]["resource"]["blob"])).decode()
    assert SECRET not in text and text.startswith("# settings\nDEBUG=1\nGITHUB_TOKEN=<SECRET:github_token:")
    assert text.endswith(">\nPORT=8080\n"), "the placeholder in the text shows what was removed"


@pytest.mark.anyio
@pytest.mark.parametrize("case", ["targz_secret", "tarxz_secret", "tar_secret"])
async def test_a_secret_in_an_archives_file_is_blanked_in_place_and_told(hostile_client, case: str) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    first, *notes = got["content"]
    raw = base64.b64decode(first["resource"]["blob"])
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:  # (tarfile unpacks gzip and xz itself)
        files = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}  # type: ignore[union-attr]
    blanked = ENV.replace(SECRET.encode(), b"*" * len(SECRET))
    assert files == ({"app/.env": blanked} if case == "tar_secret" else {".env": blanked, "README.md": b"# App\n"})
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes


@pytest.mark.anyio
async def test_a_secret_in_the_metadata_of_pictures_in_a_tar_is_blanked_in_valid_pictures_and_told(
    hostile_client,
) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "tar_pictures"}})
    first, *notes = got["content"]
    raw = base64.b64decode(first["resource"]["blob"])
    with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
        files = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}  # type: ignore[union-attr]
    assert list(files) == ["README.md", "shots/desk.png", "shots/packed.png", "shots/plain.png", "CHANGES.txt"]
    assert files["README.md"] == b"# Shots\n" and files["CHANGES.txt"] == b"v2: new shots\n", "after a resized one"
    assert files["shots/plain.png"] == media_files.png((b"Software", b"drawn 1.0")), "an ordinary picture as it was"
    assert b"key " + b"*" * len(SECRET) in files["shots/desk.png"] and b"shotter 2.1" in files["shots/desk.png"]
    assert _ztxt_text(files["shots/packed.png"]) == b"key " + b"*" * len(SECRET), "packed again"
    assert all(_crcs_hold(files[f"shots/{n}.png"]) for n in ("desk", "packed", "plain"))
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes


@pytest.mark.anyio
async def test_a_secret_in_a_zipped_file_is_blanked_and_the_others_kept(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "zip_secret"}})
    first, *notes = got["content"]
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(first["resource"]["blob"]))) as archive:
        assert archive.testzip() is None
        files = {i.filename: archive.read(i) for i in archive.infolist()}
    blanked = ENV.replace(SECRET.encode(), b"*" * len(SECRET))
    logo = media_files.png((b"Software", b"drawn 1.0"))
    shot = files.pop("shot.png")
    assert files == {"README.md": b"# App\nRun it.\n", "logo.png": logo, "app/.env": blanked}
    assert SECRET.encode() not in shot and b"*" * 40 in shot and _crcs_hold(shot), "a zipped picture's metadata too"
    assert [BLANKED in n["text"] and "github_token" in n["text"] for n in notes] == [True], notes


@pytest.mark.anyio
async def test_a_resource_read_as_a_blob_has_its_metadata_checked(hostile_client) -> None:
    got = await hostile_client.call("resources/read", {"uri": "hostile://media/png_secret"})
    raw = base64.b64decode(got["contents"][0]["blob"])
    assert SECRET.encode() not in raw and _crcs_hold(raw)


@pytest.mark.anyio
@pytest.mark.parametrize("case", ["jpeg_instruction", "mp3_instruction", "ogg_instruction"])
async def test_an_instruction_in_metadata_is_flagged_and_the_file_left_as_sent(hostile_client, case: str) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    first, *notes = got["content"]
    raw = base64.b64decode(first["data"])
    assert b"Ignore all previous" in raw.replace(b"\x00", b""), "flagged, not removed"
    assert [STEER in n["text"] for n in notes] == [True], notes


@pytest.mark.anyio
async def test_an_image_with_ordinary_metadata_passes_byte_for_byte(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "png_plain"}})
    assert got["content"] == [
        {
            "type": "image",
            "mimeType": "image/png",
            "data": base64.b64encode(media_files.png((b"Software", b"matplotlib version3.8.2"))).decode(),
        }
    ]


def test_only_the_changed_stretch_is_blanked_and_files_without_metadata_are_not_read() -> None:
    raw = media_files.jpeg(b"shot by cam-7; key " + SECRET.encode() + b"; ok")
    view = media_text.view(raw)
    assert view == f"shot by cam-7; key {SECRET}; ok"
    out = media_text.write_back(raw, view.replace(SECRET, "<SECRET:github_token:abc>"))
    assert out == raw.replace(SECRET.encode(), b"*" * len(SECRET))
    wide = media_files.mp3("Track " + SECRET)
    assert media_text.view(wide) == "TIT2\nTrack " + SECRET
    out = media_text.write_back(wide, "TIT2\nTrack <SECRET:github_token:abc>")
    assert out == wide.replace(SECRET.encode("utf-16-le"), "*".encode("utf-16-le") * len(SECRET))
    assert media_text.view(media_files.png()) == "" and media_text.view(b"GIF89a" + b"A" * 100) == ""


@pytest.mark.anyio
async def test_an_image_whose_base64_reads_like_a_key_is_not_changed() -> None:
    look_alike = "AIzaSyB7xQ2mN4pL9vK3wR8tY6uJ1hG5fD0sA2zA"  # (the base64 of the pixels at a 3-byte boundary)
    pixels = b"\x00" + base64.b64decode(look_alike) + b"\xfb\xff\xff" + bytes(30)
    header = media_files.png_chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    raw = b"\x89PNG\r\n\x1a\n" + header + media_files.png_chunk(b"IDAT", pixels) + media_files.png_chunk(b"IEND", b"")
    data = base64.b64encode(raw).decode()
    assert look_alike[:39] in data
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    result = {"content": [{"type": "image", "mimeType": "image/png", "data": data}]}
    flow = await chain.to_client_value(CallLine("s", "shot", "s__shot"), "tools/call", result)
    assert flow.value == result and flow.hits == []


def test_runs_a_placeholder_took_the_place_of_are_blanked_and_the_lines_around_them_kept() -> None:
    text = b"owner: ops\n-----BEGIN KEY-----\nAAAA1111\nBBBB2222\n-----END KEY-----\nrotate yearly\n"
    edits = media_text.blanked([text], "owner: ops\n<SECRET:private_key:abc>\nrotate yearly")
    assert bytes(edits[0]) == b"owner: ops\n" + re.sub(rb"[^\n]", b"*", text[11:-14]) + b"rotate yearly\n"
    assert media_text.blanked([text], media_text.texts_view([text]) + "\nappended") == {}


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("case", "what"),
    [
        ("png_long", "compressed PNG text beyond the first 4 MB"),
        ("gzip_huge", "a compressed file that unpacks to more than 16 MB"),
        ("zip_locked", "a zip archive whose files are encrypted"),
    ],
)
async def test_a_file_not_read_whole_is_said_and_passed_as_sent(hostile_client, case: str, what: str) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": case}})
    first, *notes = got["content"]
    raw = base64.b64decode(first["resource"]["blob"])
    said = [n["text"] for n in notes if "was not checked" in n["text"]]
    assert said == [said[0]] and f"{what} in content[0].resource.blob" in said[0], notes
    if case == "png_long":  # (what was read is checked: the key at its start blanked, the rest packed again)
        assert _ztxt_text(raw).startswith(b"key " + b"*" * len(SECRET) + b"\ncaption\n") and _crcs_hold(raw)
        assert len(_ztxt_text(raw)) == len(f"key {SECRET}\n") + 8 * 700_000
    elif case == "gzip_huge":
        assert gzip.decompress(raw) == b"# log\n" + bytes(17 << 20)
    else:
        assert raw[:4] == b"PK\x03\x04" and len(notes) == 1


def _pdf(got: dict[str, Any]) -> tuple[bytes, list[str]]:
    first, *notes = got["content"]
    return base64.b64decode(first["resource"]["blob"]), [n["text"] for n in notes]


@pytest.mark.anyio
async def test_a_secret_a_pdf_page_shows_in_pieces_is_blanked_in_a_pdf_that_stays_valid_and_told(
    hostile_client,
) -> None:
    raw, notes = _pdf(
        await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "pdf_secret"}})
    )
    assert raw.startswith(b"%PDF-1.7") and media_files.pdf_holds(raw), "every object where the table says"
    page = zlib.decompress(raw[raw.index(b"stream\n", raw.index(b"/FlateDecode")) + 7 :])
    assert page.startswith(b"BT /F1 12 Tf 72 720 Td (Runbook) Tj 0 -16 Td [(Release token: ) -20 (*")
    assert SECRET.encode() not in page and SECRET[:12].encode() not in page and b"*" * 12 in page
    assert b"/Title (Deploy notes \\(v2\\))" in raw and b"/Author (Ana Ruiz)" in raw, "the document info kept"
    assert len(notes) == 1 and BLANKED in notes[0] and "github_token" in notes[0], notes


@pytest.mark.anyio
async def test_an_order_in_a_pdf_page_is_flagged_and_an_ordinary_pdf_passes_byte_for_byte(hostile_client) -> None:
    got = await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "pdf_instruction"}})
    raw, notes = _pdf(got)
    assert b"Ignore all previous instructions" in zlib.decompress(
        raw[raw.index(b"stream\n", raw.index(b"/Flate")) + 7 :]
    )
    assert len(notes) == 1 and STEER in notes[0] and "content[0].resource.blob" in notes[0], notes
    raw, notes = _pdf(await hostile_client.call("tools/call", {"name": "h__media", "arguments": {"case": "pdf_plain"}}))
    assert notes == [] and raw == media_files.pdf(
        {"Title": b"Deploy notes \\(v2\\)", "Author": b"Ana Ruiz", "Producer": b"notes-pdf 1.4"},
        [b"BT /F1 12 Tf 72 720 Td (Runbook) Tj 0 -16 Td [(Release token: ) -20 (see the) 15 (vault)] TJ ET"],
        packed=False,
    )


def test_a_pdfs_text_is_read_from_its_strings_hex_strings_and_xmp_and_blanked_where_it_was_read() -> None:
    page = b"BT [(Pay) -300 (to) -300 (IBAN)] TJ <00440045> Tj (line \\(one\\)\\051 \\101BC) Tj ET"
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Ana Ruiz</dc:creator></x:xmpmeta>'
    raw = media_files.pdf({"Subject": b"\xfe\xff\x00H\x00i"}, [page], xmp)
    read = pdf_text.view(raw).split("\n")
    strings = ["Hi", "adobe:ns:meta/", "Ana Ruiz", "Pay to IBAN", "DE", "line (one)) ABC"]
    assert [line for line in read if line in strings] == strings, read
    assert "<< /Type /Catalog /Pages 2 0 R /Metadata 3 0 R >>" in read, "the objects' own text is read too"
    now = "\n".join(read).replace("Ana Ruiz", "<PII:person:x>").replace("(one))", "*****)").replace("DE", "**")
    out = pdf_text.write_back(raw, now)
    assert media_files.pdf_holds(out) and len(out) == len(raw)
    blanked = ["Hi", "adobe:ns:meta/", "********", "Pay to IBAN", "**", "line *******) ABC"]
    assert [line for line in pdf_text.view(out).split("\n") if line in blanked] == blanked


def test_text_between_a_pdfs_objects_is_read_and_a_text_that_only_names_pdf_is_no_pdf() -> None:
    raw = b"%PDF-1.7\nGITHUB_TOKEN=" + SECRET.encode() + b"\n%%EOF\n"
    assert SECRET in pdf_text.view(raw)
    out = pdf_text.write_back(raw, pdf_text.view(raw).replace(SECRET, "<SECRET:github_token:x>"))
    assert out == raw.replace(SECRET.encode(), b"*" * len(SECRET))
    assert not pdf_text.is_pdf(b"Notes on the %PDF-1.7 header: token " + SECRET.encode())

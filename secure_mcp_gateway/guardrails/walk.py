"""Which strings of arguments, results and definitions get checked, where they are, and copies with some replaced."""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from . import archive_text, lazy, media_text, pdf_text, zip_text
from .nuls import respread

Mode = Literal["free", "result", "definition"]
Segment = str | int
Path = tuple[Segment, ...]

KEY_SUFFIX = "#key"
"""Appended to a place to name the dict key itself rather than the value under it."""

RESULT_SKIP: frozenset[str] = frozenset()
"""Nothing in a message is skipped: `_meta`, `annotations`, `uri`, `mimeType`, `type`, `role` can all carry text,
and base64 fields are decoded by `unpack_blobs` before the walk."""

DEFINITION_SKIP: frozenset[str] = frozenset()
"""Nothing in a definition is skipped either: property names, `required`, `pattern`, `format`, `$ref`, `$id` and
`_meta` are all text a client shows or a model reads."""

_IDENT = lazy.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*")


def walk(value: Any, mode: Mode) -> Iterator[tuple[Path, bool, str]]:
    """Every checked string as (path, is_key, string), in document order, without recursion.

    Every string and every dict key is walked, in every mode (the modes name what is walked, for the places).
    """
    stack: list[tuple[Path, Any, Mode, bool]] = [((), value, mode, False)]
    pop, push = stack.pop, stack.append
    while stack:
        path, v, m, is_key = pop()
        if isinstance(v, str):
            yield path, is_key, v
        elif isinstance(v, dict):
            children: list[tuple[Path, Any, Mode, bool]] = []
            for k, child in v.items():
                child_path = (*path, k)
                if isinstance(k, str):
                    children.append((child_path, k, m, True))
                children.append((child_path, child, m, False))
            stack.extend(reversed(children))
        elif isinstance(v, (list, tuple)):
            for i in range(len(v) - 1, -1, -1):
                push(((*path, i), v[i], m, False))


Place = tuple[Path, Segment | None, bool]
"""Where `gather` found a string: the path of its container, its key or index there (None for a bare string), and
whether it is the dict key itself."""


def gather(value: Any, mode: Mode) -> tuple[list[str], list[Place]]:
    """The strings `walk` yields, in the same order, with their places kept apart from the strings.

    A place holds the path of the string's container rather than the string's own path, so that no path is built
    for a string that turns out to be clean; `place_path` builds it when needed. Like `walk`, it does not recurse.
    """
    if isinstance(value, str):
        return [value], [((), None, False)]
    texts: list[str] = []
    places: list[Place] = []
    add_text, add_place = texts.append, places.append
    frames: list[tuple[Iterator[tuple[Any, Any]], Path, bool]] = []
    if isinstance(value, dict):
        frames.append((iter(value.items()), (), True))
    elif isinstance(value, (list, tuple)):
        frames.append((enumerate(value), (), False))
    while frames:
        items, path, is_dict = frames[-1]
        for k, child in items:
            if is_dict and isinstance(k, str):
                add_text(k)
                add_place((path, k, True))
            if isinstance(child, str):
                add_text(child)
                add_place((path, k, False))
            elif isinstance(child, dict):
                frames.append((iter(child.items()), (*path, k), True))
                break
            elif isinstance(child, (list, tuple)):
                frames.append((enumerate(child), (*path, k), False))
                break
        else:
            frames.pop()
    return texts, places


def place_path(place: Place) -> Path:
    """The path of a string found by `gather` (as `walk` gives it)."""
    parent, key, _ = place
    return parent if key is None else (*parent, key)


def render(
    root: str,
    path: Path,
    is_key: bool = False,
    masked: frozenset[Path] | set[Path] = frozenset(),
    limit: int | None = None,
) -> str:
    """The JSON-path-like place of a string: `arguments.query`, `content[1].text`, `structuredContent["a b"]`.

    Keys whose path is in `masked` (keys that themselves matched a detector) are shown as `<key>` so that a secret
    used as a dict key never reaches an audit line through its place; with `limit`, longer keys are shortened.
    """
    out = [root]
    for n, seg in enumerate(path):
        dot = "." if (root or n) else ""
        if isinstance(seg, int):
            out.append(f"[{seg}]")
        elif masked and path[: n + 1] in masked:
            out.append(f"{dot}<key>")
        elif limit is not None and len(seg) > limit:
            out.append(f"[{json.dumps(seg[: limit // 2] + '...')}]")
        elif _IDENT.fullmatch(seg):
            out.append(f"{dot}{seg}")
        else:
            out.append(f"[{json.dumps(seg)}]")
    if is_key:
        out.append(KEY_SUFFIX)
    return "".join(out)


def mode_for(root: str) -> Mode:
    """The walking mode for a root: tool arguments are free-form, everything else is an MCP result."""
    return "free" if root == "arguments" else "result"


def iter_strings(value: Any, root: str, mode: Mode | None = None) -> Iterator[tuple[str, str]]:
    """(where, string) for every checked string; dict keys appear with the place suffixed by `#key`.

    `mode` defaults to "free" for the root "arguments" and "result" otherwise (see `walk`).
    """
    for path, is_key, s in walk(value, mode or mode_for(root)):
        yield render(root, path, is_key), s


def rebuild(value: Any, replacements: dict[tuple[Path, bool], str]) -> Any:
    """A copy of `value` with the strings at (path, is_key) replaced; untouched branches are shared, not copied."""
    if not replacements:
        return value
    if ((), False) in replacements:
        return replacements[((), False)]
    copies: dict[Path, Any] = {(): _shallow(value)}

    def container(path: Path) -> Any:
        node = copies[()]
        for i in range(len(path)):
            prefix = path[: i + 1]
            copied = copies.get(prefix)
            if copied is None:
                copied = _shallow(node[path[i]])
                node[path[i]] = copied
                copies[prefix] = copied
            node = copied
        return node

    renames: list[tuple[Path, str]] = []
    for (path, is_key), new in replacements.items():
        if is_key:
            renames.append((path, new))
        else:
            holder, at = container(path[:-1]), path[-1]
            if type(holder) is list and at == len(holder):  # (a reading a view adds after a list's items)
                holder.append(new)
            else:
                holder[at] = new
    for path, new in sorted(renames, key=lambda r: -len(r[0])):
        parent = container(path[:-1])
        old = path[-1]
        if new == old or new in parent or old not in parent:
            continue
        items = [(new if k == old else k, v) for k, v in parent.items()]
        parent.clear()
        parent.update(items)
    return copies[()]


def _shallow(v: Any) -> Any:
    if isinstance(v, dict):
        return dict(v)
    if isinstance(v, (list, tuple)):
        return list(v)
    return v


def replace_strings(value: Any, root: str, new: dict[str, str], mode: Mode | None = None) -> Any:
    """A copy of `value` with the strings named by `iter_strings` places replaced (the input is not mutated)."""
    if not new:
        return value
    found: dict[tuple[Path, bool], str] = {}
    for path, is_key, _ in walk(value, mode or mode_for(root)):
        where = render(root, path, is_key)
        if where in new:
            found[(path, is_key)] = new[where]
    return rebuild(value, found)


# --- base64 fields ------------------------------------------------------------------------------------------------

_BINARY_TYPES = frozenset({"image", "audio"})


def _binary(kind: Any) -> bool:
    """Whether a content item's `type` names base64 data (any JSON value may stand there, a list or an object too)."""
    return isinstance(kind, str) and kind in _BINARY_TYPES


_TEXT_MIME = lazy.compile(
    r"^(?:text/|application/(?:[\w.+-]*\+)?(?:json|xml|yaml|x-yaml|javascript|ecmascript|toml|sql)\b)"
)
_B64 = lazy.compile(r"[A-Za-z0-9+/]*={0,2}")
_B64_SPACE = lazy.compile(r"[\r\n\t ]+")


@dataclass(frozen=True)
class Blob:
    """A base64 field replaced in a checked view by the text it carries: its path, the original and the text."""

    path: Path
    original: str
    text: str
    encoding: str = "utf-8"
    """What the text is written back in when a check rewrote it: the charset its bytes were read with; `NULS` for a
    text field that is not base64 (written back as the checks left it, in the server's NUL layout)."""
    host: Path | None = None
    """For a `data:` URI inside a text (a markdown image, an `<img src>`, a CSS `url()`): the path of that text; the
    blob's own path is then a key the view adds beside it (see `INLINE`), and `original` the URI's base64."""


_CHARSET = lazy.compile(r";\s*charset\s*=\s*\"?([\w.:-]{1,40})", re.I)


def _charset(mime: str) -> str | None:
    """The charset a mime type names (`text/csv; charset=iso-8859-1`), when Python knows it; None otherwise."""
    m = _CHARSET.search(mime)
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None


def _decode(encoded: str, mime: Any, cuts: list[str] | None = None) -> tuple[str, str] | None:
    """The text a base64 field carries and the charset it was read with, or None (not base64, or binary: then the
    string itself is checked). A textual field's bytes are read in the charset its mime type names, else as UTF-8
    with each byte that is not UTF-8 kept as itself (`surrogateescape`): written back, every byte the checks left
    alone is the byte it was (a Latin-1 file does not come back with its accents as U+FFFD). What of a file is not
    read for its size is told in `cuts`."""
    compact = _B64_SPACE.sub("", encoded) if not encoded.isalnum() else encoded
    if len(compact) % 4 or not _B64.fullmatch(compact):
        return None
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        return None
    if media_text.known(raw) or archive_text.is_tar(raw):  # (a picture or a sound: only its metadata is text)
        return media_text.view(raw, cuts), MEDIA
    if pdf_text.is_pdf(raw):
        return pdf_text.view(raw, cuts), PDF
    archive = (_unpacked(raw, cuts) if archive_text.packing(raw) else None) or (
        _zipped(raw, cuts) if zip_text.is_zip(raw) else None
    )  # (one that cannot be read is read as any other bytes)
    if archive is not None:
        return archive
    textual = isinstance(mime, str) and bool(_TEXT_MIME.match(mime.strip().lower()))
    if not (isinstance(mime, str) and mime.strip().lower().startswith(_MEDIA)):
        wide = _wide(raw, textual)
        if wide is not None:
            return wide
    try:
        return raw.decode("utf-8"), "utf-8"  # (what a client reading UTF-8 shows, whatever charset is named)
    except UnicodeDecodeError:
        if not textual:
            return None
    read = raw.decode("utf-8", "surrogateescape")
    charset = _charset(mime)
    if charset is not None and charset != "utf-8" and _LEGACY.fullmatch(read):
        # every byte beyond ASCII is no UTF-8: a file of that charset, if its reading shows what a UTF-8 reader sees
        # of it (ASCII text as it is; a UTF-16 file's letters, there between NULs) and more (the letters that reader
        # gets as U+FFFD), never other words
        with contextlib.suppress(UnicodeDecodeError, ValueError):
            other = raw.decode(charset)
            if _ascii_alike(charset) or _ALNUM.sub("", read) == _ALNUM.sub("", other):
                return other, charset
    return read, "utf-8"


def _zipped(raw: bytes, cuts: list[str] | None = None) -> tuple[str, str] | None:
    """The lines of text in a zip archive's files; None when it cannot be read."""
    lines = zip_text.view(raw, cuts)
    return None if lines is None else (lines, ZIP)


def _unpacked(raw: bytes, cuts: list[str] | None = None) -> tuple[str, str] | None:
    """The text a compressed file (gzip, bzip2, xz) carries: a text file's (UTF-8), or a tar archive's files' lines;
    None for other bytes (and a file that unpacks beyond `archive_text.MOST`)."""
    inner = archive_text.unpacked(raw, cuts)
    if inner is None:
        return None
    if archive_text.is_tar(inner):
        return media_text.view(inner, cuts), GZIP_TAR
    try:
        return inner.decode("utf-8"), GZIP_TEXT
    except UnicodeDecodeError:
        return None


_MEDIA = ("image/", "audio/", "video/")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = lazy.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _wide(raw: bytes, textual: bool) -> tuple[str, str] | None:
    """A UTF-16 or UTF-32 text and its codec: bytes after a byte-order mark (the mark kept as the text's first
    character, so that the bytes written back are the same), or, with a textual mime type, bytes whose every other
    byte is NUL (UTF-16 without a mark); None when the bytes do not read as text that way."""
    codec = next((c for bom, c in _BOMS if raw.startswith(bom)), None)
    if codec is None:
        if not textual or len(raw) < 4 or len(raw) % 2 or raw.count(0) * 3 < len(raw):
            return None
        codec = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else (text, codec)


_ALNUM = lazy.compile(r"[^A-Za-z0-9]+")
"""What is not an ASCII letter or digit: the words a UTF-8 reader and a charset's reading show are compared without."""
_LEGACY = lazy.compile(r"[\x00-\x7f\udc80-\udcff]*")
"""A UTF-8 reading (`surrogateescape`) in which no byte beyond ASCII formed a UTF-8 character."""
_ASCII = bytes(range(128))


@lru_cache(maxsize=64)
def _ascii_alike(charset: str) -> bool:
    """Whether `charset` reads every ASCII byte as that character (not `utf-16`, `utf-7`, EBCDIC): such a charset
    shows the checks the ASCII text a UTF-8 reader sees; another is read only when it shows the same letters."""
    try:
        return _ASCII.decode(charset) == _ASCII.decode("ascii")
    except (UnicodeDecodeError, ValueError, LookupError):
        return False


def unpack_arguments(value: Any) -> tuple[Any, list[Blob]]:
    """`unpack_blobs` of what a client sends a server (a call's arguments): besides, a whole string that is base64 of
    a text or a file (`{"content": "<base64>"}`, as a server that writes files takes it) is read beside itself, the
    string itself still checked as it is."""
    if not _may_hold_blobs(value, plain=True):
        return value, []
    return _unpack(value, plain=True)


def unpack_results(value: Any) -> tuple[Any, list[Blob]]:
    """`unpack_blobs` of what a server sends back: besides, a whole string that is base64 of a text or a file (a
    `structuredContent` field, a text that is nothing else) is read beside itself, as are the base64 strings inside
    a text that is a JSON document (a file-contents answer's `"content": "<base64>"`, see `JSON_B64`)."""
    if not _may_hold_blobs(value, plain=True, json_texts=True):
        return value, []
    return _unpack(value, plain=True, json_texts=True)


def unpack_blobs(value: Any) -> tuple[Any, list[Blob]]:
    """A view of `value` whose base64 fields (`blob`, image/audio `data`) are replaced by the text they carry, and
    whose text fields with a NUL between their letters are read without them.

    Text (a textual mime type, or bytes that are valid UTF-8) is decoded so the checks read it; a string that is not
    valid base64, or whose bytes are binary, stays and is checked as the text it is.
    """
    if not _may_hold_blobs(value):
        return value, []
    return _unpack(value)


NULS = "nuls"
"""The `encoding` of a text field read without the NULs between its letters."""
MEDIA = "media"
"""The `encoding` of an image's or a sound's data read as the text of its metadata (see `media_text`)."""
MEDIA_URI = "media uri"
"""The `encoding` of a string that is a `data:` URI of an image or a sound (an icon's `src`), read as `MEDIA`."""
GZIP_TEXT = "gzip text"
"""The `encoding` of a compressed file's data (gzip, bzip2, xz) read as the text file it packs."""
GZIP_TAR = "gzip tar"
"""The `encoding` of a compressed file's data read as the lines of the files of the tar archive it packs."""
ZIP = "zip"
PDF = "pdf"
"""The `encoding` of a PDF's data read as its text (see `pdf_text`)."""
"""The `encoding` of a zip archive's data read as the lines of its files' text (see `zip_text`)."""
_DATA_URI = lazy.compile(r"data:((?:image|audio|video)/[\w.+-]{1,60})(?:;[\w.+=-]{1,60}){0,4};base64,", re.I)
_URI_HEADS = ("data:", "DATA:", "Data:")


def _spread(text: Any) -> bool:
    """Whether a text field has a NUL between most of its letters: a UTF-16 file a server read as UTF-8 (`C\x00o\x00`),
    which a model still reads and no check would."""
    return isinstance(text, str) and "\x00" in text and text.count("\x00") * 3 >= len(text)


def _unpack(value: Any, plain: bool = False, json_texts: bool = False) -> tuple[Any, list[Blob]]:
    """`unpack_blobs` by a walk that keeps every container's path (with `plain`, `unpack_arguments`; with
    `json_texts` too, `unpack_results`)."""
    found: list[Blob] = []
    stack: list[tuple[Path, Any]] = [((), value)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            text = node.get("text")
            if _spread(text):
                found.append(Blob((*path, "text"), text, text.replace("\x00", ""), NULS))
            for key in ("blob", "data"):
                field_value = node.get(key)
                if not isinstance(field_value, str) or (key == "data" and not _binary(node.get("type"))):
                    continue
                cuts: list[str] = []
                decoded = _decode(field_value, node.get("mimeType"), cuts)
                if decoded is not None and decoded[0] != field_value:
                    found.append(Blob((*path, key), field_value, *decoded))
                found += _unchecked((*path, key), cuts)
            found += _media_uris(path, node.items())
            found += _inline_uris(path, node)
            if plain:
                found += _plain(path, node)
            if json_texts:
                found += _json_base64(path, node)
            stack.extend(((*path, k), v) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            found += _media_uris(path, enumerate(node))
            found += _listed_uris(path, node, plain)
            stack.extend(((*path, i), v) for i, v in enumerate(node) if isinstance(v, (dict, list)))
    if not found:
        return value, found
    return rebuild(value, {(b.path, False): b.text for b in found if b.encoding != UNCHECKED}), found


UNCHECKED = "unchecked"
"""The `encoding` of a note that part of a field was not read (`Blob.text` says what): the view keeps the field as
it is, and it goes back as it came."""


def _unchecked(path: Path, cuts: list[str]) -> list[Blob]:
    """A note that part of the field at `path` was not read, when `cuts` says so."""
    return [Blob(path, "", "; ".join(dict.fromkeys(cuts)), UNCHECKED)] if cuts else []


def unchecked(blobs: list[Blob]) -> list[tuple[Path, str]]:
    """Where a field was not read whole, and what of it was not."""
    return [(b.path, b.text) for b in blobs if b.encoding == UNCHECKED]


def _media_uris(path: Path, items: Any) -> list[Blob]:
    """The strings among `items` that are `data:` URIs of an image or a sound, read as the text of its metadata."""
    out = []
    for key, v in items:
        if isinstance(v, str) and v.startswith(_URI_HEADS) and key not in ("blob", "data"):
            m = _DATA_URI.match(v)
            cuts: list[str] = []
            decoded = _decode(v[m.end() :], m.group(1), cuts) if m is not None else None
            if decoded is not None and decoded[1] == MEDIA:
                out.append(Blob((*path, key), v, decoded[0], MEDIA_URI))
                out += _unchecked((*path, key), cuts)
    return out


INLINE = "{key} (data: URI {n})"
"""The key beside a text under which the view puts what its `n`th `data:` URI carries (removed when packed)."""
_INLINE_URI = lazy.compile(
    r"data:([a-z]{1,20}/[\w.+-]{1,60})((?:;[\w.+=-]{1,60}){0,4});base64,([A-Za-z0-9+/]{16,}={0,2})(?![A-Za-z0-9+/=])",
    re.I,
)
_INLINE_MOST = 16
"""The most `data:` URIs read in one text."""
INLINE_CUT = "data: URIs after the first 16 in one text"


def _inline_uris(path: Path, node: dict[Any, Any]) -> list[Blob]:
    """The `data:` URIs inside the texts of `node` (other than a whole string that is a picture's, see
    `_media_uris`) whose base64 carries text: a picture's or a sound's metadata, a text file, an archive's files;
    each read beside its text, under an `INLINE` key."""
    out: list[Blob] = []
    for key, v in list(node.items()):
        if not isinstance(v, str) or not isinstance(key, str) or key in ("blob", "data") or ";base64," not in v:
            continue
        n = 0
        cuts: list[str] = []
        for m in _INLINE_URI.finditer(v):
            mime, payload = m.group(1), m.group(3)
            if m.start() == 0 and m.end() == len(v) and mime.lower().startswith(_MEDIA):
                continue  # (a whole string that is a picture's URI: read as that picture, see `_media_uris`)
            if n >= _INLINE_MOST:
                cuts.append(INLINE_CUT)
                break
            decoded = _decode(payload, mime, cuts)
            if decoded is None or decoded[0] == payload or not decoded[0].strip() or decoded[1] == NULS:
                continue
            n += 1
            name = INLINE.format(key=key, n=n)
            if name in node:
                continue
            out.append(Blob((*path, name), payload, decoded[0], decoded[1], host=(*path, key)))
        out += _unchecked((*path, key), cuts)
    return out


JSON_B64 = "{key} (base64 in JSON {n})"
"""The key beside a text that is a JSON document under which the view puts what one of its base64 strings carries."""
_JSON_HEAD = re.compile(r"[ \t\r\n]*[\[{]").match
_JSON_B64 = lazy.compile(
    r'"(?=[a-z0-9]{0,23}[A-Z+/])(?=([A-Za-z0-9+/]{20,}))\1(?:\\[nr/](?=([A-Za-z0-9+/]*))\2)*={0,2}(?:\\n)?"'
)
"""A JSON string of base64 as a JSON text writes it (its line breaks escaped, as a file-contents API sends them), a
capital or `+`/`/` among its first 24 characters (not a hex digest, a word, a number). Each run is taken whole (a
lookahead and its backreference): a string that is not one fails without going back over it."""
_JSON_B64_START = re.compile(r'"(?=[A-Za-z0-9+/]{24})[a-z0-9]{0,23}[A-Z+/]').search
"""Where such a string may begin (what `unpack_results` looks for before it walks a message)."""


def _json_base64(path: Path, node: dict[Any, Any]) -> list[Blob]:
    """The base64 strings inside the texts of `node` that are JSON documents, each read beside its text (see
    `JSON_B64`); `original` is the string as written in the text (escapes and all)."""
    out: list[Blob] = []
    for key, v in list(node.items()):
        if not isinstance(v, str) or not isinstance(key, str) or key in ("blob", "data") or not _JSON_HEAD(v):
            continue
        n = 0
        for m in _JSON_B64.finditer(v):
            written = v[m.start() + 1 : m.end() - 1]
            decoded = _plain_text(_unescaped_b64(written))
            if decoded is None:
                continue
            n += 1
            name = JSON_B64.format(key=key, n=n)
            if name not in node:
                out.append(Blob((*path, name), written, decoded[0], decoded[1], host=(*path, key)))
            if n >= _INLINE_MOST:
                out += _unchecked((*path, key), ["base64 strings after the first 16 in one JSON text"])
                break
    return out


def _unescaped_b64(written: str) -> str:
    """Base64 as a JSON text wrote it, without its escapes (`\\n`, `\\r`, `\\/`); base64 itself has no backslash."""
    if "\\" not in written:
        return written
    return written.replace("\\n", "").replace("\\r", "").replace("\\/", "/")


PLAIN = "{key} (base64)"
"""The key beside a string under which the view puts the text that string carries as base64 (removed when packed)."""
_PLAIN_LEAST = 24
"""The shortest string read as base64 by itself: shorter ones are ids and hashes, not files."""
_PRINTABLE = lazy.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]*")


def _plain_text(v: Any) -> tuple[str, str] | None:
    """The text a whole string of base64 carries (a text, or the text read in a file), or None."""
    if not isinstance(v, str) or not _plain_like(v):
        return None
    decoded = _decode(v, None, [])
    if decoded is None or decoded[0] == v or not decoded[0].strip():
        return None
    if decoded[1] == "utf-8" and not _PRINTABLE.fullmatch(decoded[0]):
        return None  # (bytes that happen to be UTF-8, not a text)
    return decoded


def _plain(path: Path, node: dict[Any, Any]) -> list[Blob]:
    """The strings of `node` that are base64 of a text or a file, each read beside itself (see `PLAIN`)."""
    out: list[Blob] = []
    for key, v in list(node.items()):
        if not isinstance(key, str) or key in ("blob", "data"):
            continue
        decoded = _plain_text(v)
        name = PLAIN.format(key=key)
        if decoded is not None and name not in node:
            out.append(Blob((*path, name), v, decoded[0], decoded[1], host=(*path, key)))
    return out


def _listed_uris(path: Path, items: list[Any], plain: bool) -> list[Blob]:
    """What the strings of a list carry in base64: `data:` URIs in them (other than a whole picture's, see
    `_media_uris`) and, with `plain`, whole strings of base64; each read after the list's items (its host the item)."""
    out: list[Blob] = []
    at = len(items)
    for i, v in enumerate(items):
        if not isinstance(v, str):
            continue
        if ";base64," in v:
            for m in _INLINE_URI.finditer(v):
                mime, payload = m.group(1), m.group(3)
                if m.start() == 0 and m.end() == len(v) and mime.lower().startswith(_MEDIA):
                    continue
                decoded = _decode(payload, mime, [])
                if decoded is None or decoded[0] == payload or not decoded[0].strip() or decoded[1] == NULS:
                    continue
                out.append(Blob((*path, at), payload, decoded[0], decoded[1], host=(*path, i)))
                at += 1
                if at - len(items) >= _INLINE_MOST:
                    return out
        elif plain and (decoded := _plain_text(v)) is not None:
            out.append(Blob((*path, at), v, decoded[0], decoded[1], host=(*path, i)))
            at += 1
    return out


def unpack_icons(definition: dict[str, Any]) -> tuple[dict[str, Any], list[Blob]]:
    """A definition whose icons given as `data:` URIs of pictures are read as their metadata (as `unpack_blobs`
    reads a message); the definition itself and [] when it has none (most: nothing else is walked)."""
    icons = definition.get("icons")
    if not isinstance(icons, list) or not any(
        isinstance(i, dict) and isinstance(i.get("src"), str) and i["src"].startswith(_URI_HEADS) for i in icons
    ):
        return definition, []
    return _unpack(definition)


def _may_hold_blobs(value: Any, plain: bool = False, json_texts: bool = False) -> bool:
    """Whether some dict in `value` has a `blob` or `data` string, or some string is a `data:` URI (what
    `unpack_blobs` looks at), found without building the paths its walk needs: most messages have none."""
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if isinstance(node, dict):
            if isinstance(node.get("blob"), str) or isinstance(node.get("data"), str) or _spread(node.get("text")):
                return True
            for child in node.values():
                if isinstance(child, (dict, list)):
                    push(child)
                elif isinstance(child, str) and (
                    child.startswith(_URI_HEADS)
                    or ";base64," in child
                    or (plain and _plain_like(child))
                    or (json_texts and _JSON_HEAD(child) is not None and _JSON_B64_START(child) is not None)
                ):
                    return True
        elif isinstance(node, list):
            for child in node:
                if isinstance(child, (dict, list)):
                    push(child)
                elif isinstance(child, str) and (
                    child.startswith(_URI_HEADS) or ";base64," in child or (plain and _plain_like(child))
                ):
                    return True
    return False


def _plain_like(v: str) -> bool:
    """Whether a string may be base64 by itself (see `_plain_text`): long enough, whole quartets, its characters."""
    if len(v) < _PLAIN_LEAST or len(v) % 4:
        return False
    head = v[:64]  # (base64 of a text or a file mixes cases at once; a word, a hex digest or a number does not)
    return not (head.islower() or head.isupper() or head.isdigit()) and _B64.fullmatch(v) is not None


def may_carry_base64(texts: list[str]) -> bool:
    """Whether some of a message's strings may carry base64 for `unpack_arguments` to read: a `data:` URI, or a
    whole string of base64 (most messages have none: nothing more is walked)."""
    least = _PLAIN_LEAST
    for t in texts:
        if len(t) < least or (" " in t and ";base64," not in t):  # (prose: no base64 by itself, no URI)
            continue
        if ";base64," in t or _plain_like(t):
            return True
    return False


def pack_blobs(view: Any, blobs: list[Blob]) -> Any:
    """`view` (as checked) with each base64 field put back: the original where the text is unchanged, the changed
    text encoded again where a check rewrote it."""
    if not blobs:
        return view
    out: dict[tuple[Path, bool], Any] = {}
    inline: dict[Path, list[tuple[str, str]]] = {}
    for blob in blobs:
        if blob.encoding == UNCHECKED:
            continue
        now = _at(view, blob.path)
        if blob.host is not None:
            out[(blob.path, False)] = None  # (the key the view added: its container copied, then it is removed)
            if now != blob.text and isinstance(now, str):
                inline.setdefault(blob.host, []).append((blob.original, _again(blob.original, now, blob.encoding)))
        elif now == blob.text or not isinstance(now, str):
            out[(blob.path, False)] = blob.original
        elif blob.encoding == NULS:
            out[(blob.path, False)] = respread(blob.original, now)
        elif blob.encoding == MEDIA_URI:
            head = blob.original[: blob.original.find(",") + 1]
            out[(blob.path, False)] = head + _again(blob.original[len(head) :], now, MEDIA)
        else:
            out[(blob.path, False)] = _again(blob.original, now, blob.encoding)
    for host, changes in inline.items():
        text = _at(view, host)
        if isinstance(text, str):
            for old, new in changes:
                text = text.replace(old, new, 1)
            out[(host, False)] = text
    packed = rebuild(view, out)
    added = [b.path for b in blobs if b.host is not None]
    for path in sorted(added, key=lambda p: p[-1] if isinstance(p[-1], int) else -1, reverse=True):
        holder = _at(packed, path[:-1])
        if isinstance(holder, dict):
            holder.pop(path[-1], None)
        elif isinstance(holder, list) and isinstance(path[-1], int) and path[-1] < len(holder):
            del holder[path[-1]]  # (the readings a view added after a list's items: the last first)
    return packed


def _again(original: str, now: str, encoding: str) -> str:
    """A base64 field (`original`) whose text a check rewrote (`now`) encoded again as it was read (see `_decode`)."""
    raw = base64.b64decode(_B64_SPACE.sub("", _unescaped_b64(original)))
    if encoding == ZIP:
        return base64.b64encode(zip_text.write_back(raw, now)).decode("ascii")
    if encoding in (GZIP_TEXT, GZIP_TAR):
        inner = _encode(now, "utf-8") if encoding == GZIP_TEXT else archive_text.unpacked(raw) or b""
        if encoding == GZIP_TAR:
            inner = media_text.write_back(inner, now)
        return base64.b64encode(archive_text.packed_again(inner, raw)).decode("ascii")
    if encoding == MEDIA:
        return base64.b64encode(media_text.write_back(raw, now)).decode("ascii")
    if encoding == PDF:
        return base64.b64encode(pdf_text.write_back(raw, now)).decode("ascii")
    return base64.b64encode(_encode(now, encoding)).decode("ascii")


def media_changed(view: Any, blobs: list[Blob]) -> list[Path]:
    """The paths of the images' and sounds' data whose metadata text a check rewrote in `view`."""
    return [b.path for b in blobs if b.encoding in _BLANKED and _at(view, b.path) not in (b.text, None)]


def inline_changed(view: Any, blobs: list[Blob]) -> list[Path]:
    """The paths (the keys the view added) of the `data:` URIs inside texts that carry a text file (not a picture's
    metadata, nor an archive's) which a check rewrote in `view`: their base64 now carries what the check wrote."""
    out = []
    for b in blobs:
        if b.host is not None and b.encoding not in _BLANKED and _at(view, b.path) != b.text:
            host = _at(view, b.host)
            if isinstance(host, str) and b.original in host:  # (not where a check replaced the base64 itself)
                out.append(b.path)
    return out


_BLANKED = (MEDIA, MEDIA_URI, GZIP_TAR, ZIP, PDF)
"""The encodings whose text a check rewrites by blanking it out in the file (see `media_text.write_back`)."""


def _encode(text: str, encoding: str) -> bytes:
    """A rewritten blob's text as bytes in the charset it was read with: the bytes read as themselves (see `_decode`)
    go back as they were; a character the charset cannot write (never one of a placeholder) as `?`."""
    try:
        return text.encode(encoding, "surrogateescape")
    except UnicodeEncodeError:
        return text.encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")


def _at(value: Any, path: Path) -> Any:
    for seg in path:
        try:
            value = value[seg]
        except (KeyError, IndexError, TypeError):
            return None
    return value

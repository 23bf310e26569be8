"""A private key read in pieces, one result after another: whether a text leaves a key open, and the body lines at
the start of the next that continue it (found only when the result before left a key open)."""

from __future__ import annotations

import base64
import binascii
import weakref
from types import ModuleType
from typing import Any

READ_TEXT = frozenset({"text", "blob", "data"})
"""The fields a file's text is read out in, a part at a time (a page of it, a log line)."""
_BREAKS = ("\r\n", "\n", "\\r\\n", "\\n")
"""Line breaks as written, or escaped as in a JSON string (a service account file read as text)."""
_NOTE = 160
"""What may follow an open key's last body line in its text: a pager's note of this many characters (`[more]`)."""
_LEAD = 120
"""A label line before the rest of a key (`Lines 27-52 of id_rsa:`) may be this long."""
_LEAST = 16
"""The fewest characters of body a piece must hold (a word that happens to be base64 is none)."""
_TAIL = 16 * 1024
"""How far from a text's end an open key's header may be (a key body is at most a few hundred lines of 64)."""
UNKNOWN = -1
"""An open key whose length its first bytes do not give (OpenSSH, a body that is no DER sequence)."""
_LINE = 64
"""The length of a PEM body line (every one but the last)."""
_HEX = frozenset("0123456789abcdefABCDEF")


def _shapes() -> ModuleType:
    """The secrets detector, whose PEM shapes these are (imported at the first key to look at, not by the serving
    path that imports this module)."""
    from secure_mcp_gateway.guardrails import secrets

    return secrets


def _break_at(text: str, pos: int) -> int:
    """The length of the line break that starts at `pos`, else 0."""
    for brk in _BREAKS:
        if text.startswith(brk, pos):
            return len(brk)
    return 0


def _line_end(text: str, pos: int) -> int:
    """Where the base64 characters that start at `pos` end (an escaped break's backslash ends them too)."""
    end, n, chars = pos, len(text), _shapes()._PEM_CHARS
    while end < n and text[end] in chars:
        end += 1
    return end


def ends_open(text: str) -> int:
    """Whether `text` ends inside a private key: its last key header is followed by body lines and no footer, up to
    the text's end or a short note after them (the rest comes in the next result). 0 when it does not; else how many
    body characters the key still needs (from the length its DER sequence gives), or `UNKNOWN`."""
    shapes = _shapes()
    at = text.rfind("PRIVATE KEY", len(text) - _TAIL)
    while at >= 0:
        start = text.rfind("-----BEGIN", max(0, at - 60), at)
        header = shapes._PEM_BEGIN.match(text, start) if start >= 0 else None
        if header is not None:
            break
        at = text.rfind("PRIVATE KEY", len(text) - _TAIL, at)
    else:
        return 0
    if shapes._PEM_END.search(text, header.end()) is not None:
        return 0
    pos = header.end()
    n = len(text)
    first, chars = "", 0
    while pos < n:
        brk = _break_at(text, pos)
        if brk:
            pos += brk
            continue
        end = _line_end(text, pos)
        if end == pos:
            break
        if len(first) < 8:
            first += text[pos:end]
        chars += end - pos
        pos = end
    rest = text[pos:].strip()
    if len(rest) > _NOTE or "\n" in rest:
        return 0
    size = _body_size(first)
    if size is None:
        return UNKNOWN
    return max(0, size - chars)  # (all of the body there: only its footer is to come)


def _body_size(first: str) -> int | None:
    """The base64 characters a key body takes in all, from its first (8 or more): a DER sequence's length; None
    when they start none."""
    try:
        head = base64.b64decode(first[:8], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(head) < 4 or head[0] != 0x30:
        return None
    size = head[1]
    if size == 0x81:
        size = 1 + head[2]
    elif size == 0x82:
        size = 2 + (head[2] << 8 | head[3])
    elif size >= 0x80:
        return None
    return 4 * ((size + 2 + 2) // 3)


def rest(text: str, need: int = UNKNOWN) -> tuple[int, int, bool] | None:
    """The body lines that open `text` (after blank lines and at most one short label line), read as the rest of a
    key the result before left open (`need`: the body characters it still needs, or `UNKNOWN`): their span and
    whether the key still runs on at the text's end (no footer nor other words after them); None when the text does
    not open with them, or with what is no key's rest (hex digits alone: an id; a single short line of another
    length than the key needs, with more after it or padded: a key's last line has that length)."""
    pos = len(text) - len(text.lstrip())
    first = _line_end(text, pos)
    if first == pos or not (_break_at(text, first) or first == len(text)) or not _body(text[pos:first], True, need):
        lead = text.find("\n", pos, pos + _LEAD + 1)
        if lead < 0 or text.startswith("-----", pos):
            return None  # (no label line, or another PEM block's header: its body is its own)
        pos = lead + 1
    start = end = pos
    lines = 0
    while True:
        stop = _line_end(text, pos)
        line = text[pos:stop]
        brk = _break_at(text, stop)
        ends = brk or stop == len(text) or text.startswith("-----", stop)
        if not line or not _body(line, lines == 0, need) or not ends:
            break
        end, lines = stop, lines + 1
        if not brk or len(line) < _LEAST:
            break  # (a short line is a key body's last)
        pos = stop + brk
    if lines == 0 or sum(c.isalnum() for c in text[start:end]) < _LEAST or _HEX.issuperset(text[start:end]):
        return None
    short = need != UNKNOWN and lines == 1 and end - start < _LINE and end - start != need
    if short and (end - start > need or text[end:].strip() or "=" in text[start:end]):
        return None  # (a short line is the key's last, of the length it needs, or at the text's end a cut in one)
    runs_on = not text[end:].strip().replace("\\n", "").replace("\\r", "")
    return start, end, runs_on


def _body(line: str, first: bool, need: int = UNKNOWN) -> bool:
    """Whether a line reads as a piece of a key body: base64 with a digit, `+`, `/` or `=` (words have none), or of
    just the length the key still needs; a line after the first is long or ends the body (`=` padding, or short)."""
    fits = len(line) == need or any(c.isdigit() or c in "+/=" for c in line)
    return fits and (first or len(line) >= 4)


def left_open(texts: list[str], was_open: int, read: list[bool] | None = None) -> int:
    """Whether a message's strings leave a private key open for the next (0: no; else the body characters it still
    needs, or `UNKNOWN`): one ends inside a key, or (the message before left one open) one is all the key's rest,
    still running on, or every string read as text (`read`, per string) is blank (an empty page between two of the
    key's)."""
    for s in texts:
        if s.find("PRIVATE KEY", len(s) - _TAIL) >= 0:
            need = ends_open(s)
            if need:
                return need
        if was_open and len(s) >= _LEAST:
            found = rest(s, was_open)
            if found is not None and found[2]:
                if was_open == UNKNOWN:
                    return UNKNOWN
                return max(0, was_open - sum(c in _shapes()._PEM_CHARS for c in s[found[0] : found[1]]))
    if was_open and read is not None and not any(s.strip() for s, r in zip(texts, read, strict=True) if r):
        return was_open
    return 0


class OpenKeys:
    """Which servers' last result (or log line) ended inside a private key: (server, "result" or "log") and the body
    characters the key still needs (`left_open`), kept per client session, as a result goes to one session only
    (another's results never continue its key); log lines, which no one session owns, under None."""

    def __init__(self) -> None:
        self._shared: dict[tuple[str, str], int] = {}
        self._by_session: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], int]] = weakref.WeakKeyDictionary()

    def need(self, server: str, channel: str, session: Any = None) -> int:
        """What `server`'s last message on `channel` to `session` left open (0: nothing; see `left_open`)."""
        if session is None:
            return self._shared.get((server, channel), 0)
        # (its `data`: the map's own length is a Python call, and nearly every call finds no session here)
        places = self._by_session.get(session) if self._by_session.data else None
        return 0 if places is None else places.get((server, channel), 0)

    def note(self, server: str, channel: str, session: Any, need: int) -> None:
        """Remember what `server`'s message on `channel` to `session` left open (0: nothing)."""
        places = self._shared if session is None else self._by_session.get(session)
        if need:
            if places is None:
                places = self._by_session[session] = {}
            places[(server, channel)] = need
        elif places is not None:
            places.pop((server, channel), None)
            if not places and session is not None:
                del self._by_session[session]  # (no session left: the small-call route skips the look-up)

"""A private key read in pieces, one result after another: whether a text leaves a key open, and the body lines at
the start of the next that continue it (found only when the result before left a key open)."""

from __future__ import annotations

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


def ends_open(text: str) -> bool:
    """Whether `text` ends inside a private key: its last key header is followed by body lines and no footer, up to
    the text's end or a short note after them (the rest comes in the next result)."""
    shapes = _shapes()
    at = text.rfind("PRIVATE KEY", len(text) - _TAIL)
    while at >= 0:
        start = text.rfind("-----BEGIN", max(0, at - 60), at)
        header = shapes._PEM_BEGIN.match(text, start) if start >= 0 else None
        if header is not None:
            break
        at = text.rfind("PRIVATE KEY", len(text) - _TAIL, at)
    else:
        return False
    if shapes._PEM_END.search(text, header.end()) is not None:
        return False
    pos = header.end()
    n = len(text)
    while pos < n:
        brk = _break_at(text, pos)
        if brk:
            pos += brk
            continue
        end = _line_end(text, pos)
        if end == pos:
            break
        pos = end
    rest = text[pos:].strip()
    return len(rest) <= _NOTE and "\n" not in rest


def rest(text: str) -> tuple[int, int, bool] | None:
    """The body lines that open `text` (after blank lines and at most one short label line), read as the rest of a
    key the result before left open: their span and whether the key still runs on at the text's end (no footer nor
    other words after them); None when the text does not open with them."""
    pos = len(text) - len(text.lstrip())
    first = _line_end(text, pos)
    if first == pos or not (_break_at(text, first) or first == len(text)) or not _body(text[pos:first], True):
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
        if not line or not _body(line, lines == 0) or not (brk or stop == len(text) or text.startswith("-----", stop)):
            break
        end, lines = stop, lines + 1
        if not brk or len(line) < _LEAST:
            break  # (a short line is a key body's last)
        pos = stop + brk
    if lines == 0 or sum(c.isalnum() for c in text[start:end]) < _LEAST:
        return None
    runs_on = not text[end:].strip().replace("\\n", "").replace("\\r", "")
    return start, end, runs_on


def _body(line: str, first: bool) -> bool:
    """Whether a line reads as a piece of a key body: base64 with a digit, `+`, `/` or `=` (words have none); a
    line after the first is long or ends the body (`=` padding, or short)."""
    return any(c.isdigit() or c in "+/=" for c in line) and (first or len(line) >= 4)


def left_open(texts: list[str], was_open: bool, read: list[bool] | None = None) -> bool:
    """Whether a message's strings leave a private key open for the next: one ends inside a key, or (the message
    before left one open) one is all the key's rest, still running on, or every string read as text (`read`, per
    string) is blank (an empty page between two of the key's)."""
    for s in texts:
        if s.find("PRIVATE KEY", len(s) - _TAIL) >= 0 and ends_open(s):
            return True
        if was_open and len(s) >= _LEAST:
            found = rest(s)
            if found is not None and found[2]:
                return True
    return was_open and read is not None and not any(s.strip() for s, r in zip(texts, read, strict=True) if r)


class OpenKeys:
    """Which servers' last result (or log line) ended inside a private key: (server, "result" or "log") kept per
    client session, as a result goes to one session only (another's results never continue its key); log lines,
    which no one session owns, under None."""

    def __init__(self) -> None:
        self._shared: set[tuple[str, str]] = set()
        self._by_session: weakref.WeakKeyDictionary[Any, set[tuple[str, str]]] = weakref.WeakKeyDictionary()

    def has(self, server: str, channel: str, session: Any = None) -> bool:
        """Whether `server`'s last message on `channel` to `session` left a key open."""
        if session is None:
            return (server, channel) in self._shared
        places = self._by_session.get(session) if self._by_session else None
        return places is not None and (server, channel) in places

    def note(self, server: str, channel: str, session: Any, is_open: bool) -> None:
        """Remember whether `server`'s message on `channel` to `session` left a key open."""
        places = self._shared if session is None else self._by_session.get(session)
        if is_open:
            if places is None:
                places = self._by_session[session] = set()
            places.add((server, channel))
        elif places is not None:
            places.discard((server, channel))
            if not places and session is not None:
                del self._by_session[session]  # (no session left: the small-call route skips the look-up)

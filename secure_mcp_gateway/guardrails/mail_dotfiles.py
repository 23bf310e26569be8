"""Passwords in mail clients' own files: isync/mbsync's `Pass ...` in an `IMAPAccount`/`IMAPStore` section,
himalaya's `*.passwd.raw`/`*.auth.raw = "..."` (where IMAP or SMTP is named), Emacs' `smtpmail-auth-credentials`
lists and Alpine's `.pinepw` lines (`<host> <user> <password>`); a command that fetches the password (`PassCmd`,
`passwordeval`) is no secret."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from . import lazy
from .scan import INDEX, matches_at, occurrences

_MBSYNC = lazy.compile(r"(?m)^[ \t]*pass[ \t]+(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"]{4,128}))[ \t]*\r?$")
"""On the lower-cased text: mbsync's `Pass <password>` line, read where an `IMAPAccount` or `IMAPStore` stands."""
_RAW = lazy.compile(
    r"\.raw[ \t]*=[ \t]*"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|'(?P<single>[^'\r\n]{4,128})')"
)
"""himalaya's `imap.passwd.raw = "..."`, `backend.auth.raw = "..."` (a raw secret, where `.cmd` runs a command)."""
INDEX.add([".raw"])  # where it starts: `occurrences` takes a long text's places from the shared index
_CREDENTIALS = lazy.compile(
    r"-auth-credentials[^\r\n]{0,40}?\(\([ \t]*\"[^\"\r\n]{1,253}\"[ \t]+\d{1,5}[ \t]+\"[^\"\r\n]{1,128}\"[ \t]+"
    r"\"(?P<quoted>[^\"\r\n]{4,128})\""
)
"""Emacs' `(setq smtpmail-auth-credentials '(("<host>" <port> "<user>" "<password>")))`."""
_PINEPW = lazy.compile(r"(?m)^[a-z0-9.-]{3,253}\.[a-z]{2,24}\t[^\t\r\n]{1,128}\t(?P<value>[^\t\r\n]{4,128})\r?$")
"""An Alpine `.pinepw` line (`<server>\\t<user>\\t<password>`), read where `pinepw` is named."""
_RAW_NAMES = ("passwd", "password", "auth", "secret")
"""What a raw value's name ends with when it is a password (`imap.passwd.raw`, `backend.auth.raw`)."""
WORDS = ("imapaccount", "imapstore", ".raw", "-auth-credentials", "pinepw", "imap", "smtp")


def find(text: str, low: str, typed: Callable[[str], bool], holds: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of these passwords that `typed` finds typed in (`holds(word)`: whether `low` holds a word of
    `WORDS`)."""
    out: list[tuple[int, int]] = []
    if holds("imapaccount") or holds("imapstore"):
        _add(text, _MBSYNC.finditer(low), typed, out)
    if holds(".raw") and (holds("imap") or holds("smtp")):
        raws = (m for m in matches_at(_RAW, low, occurrences(low, ".raw")) if low.endswith(_RAW_NAMES, 0, m.start()))
        _add(text, raws, typed, out)
    if holds("-auth-credentials"):
        _add(text, _CREDENTIALS.finditer(low), typed, out)
    if holds("pinepw"):
        _add(text, _PINEPW.finditer(low), typed, out)
    return out


def _add(text: str, matches: Iterator[re.Match[str]], typed: Callable[[str], bool], out: list[tuple[int, int]]) -> None:
    """The value of each match that `typed` finds typed in."""
    for m in matches:
        group = next(g for g in ("quoted", "single", "value") if g in m.re.groupindex and m.group(g) is not None)
        if typed(text[m.start(group) : m.end(group)]):
            out.append(m.span(group))

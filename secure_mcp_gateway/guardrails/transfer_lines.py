"""Passwords that file-transfer scripts hold without a name beside them: lftp's `open -u <user>,<password> <host>`,
an `ftp -n` script's `user <name> <password>` and `quote PASS <password>` lines, and a password echoed into a
password file (`echo '...' > /etc/rsync.pass`, `| tee ~/.vault_pass`) or into a tool that reads it from its input
(`| rsync --password-file=-`, `| sshfs -o password_stdin`, `| passwd --stdin`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

Check = Callable[[str], bool]
Places = Callable[[str], list[int]]
Span = tuple[int, int, str]

_VALUE = r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|'(?P<single>[^'\r\n]{4,128})'|(?P<value>[^\s\"'`|;&,]{4,128}))"
_LFTP_OPEN = lazy.compile(
    r"(?<![\w-])open[ \t]+(?:-[a-z][ \t]+[^\s-][^\s]{0,63}[ \t]+)*-u[ \t]+[\"']?[^\s,\"']{1,64}," + _VALUE
)
"""On the lower-cased text: lftp's `open [-p <port>] -u <user>,<password> <host>` (in a script, `-e` or `-c`)."""
_FTP_USER = lazy.compile(
    r"[ \t]*(?:user[ \t]+[^\s]{1,64}|(?:quote|literal)[ \t]+pass)[ \t]+" + _VALUE + r"[ \t]*\r?(?:\n|\Z)"
)
"""On the lower-cased text, from a line's start: an FTP script's login line (`user <name> <password>`, `quote PASS
<password>`)."""
_FTP_WORDS = ("\nuser ", "quote pass", "literal pass")
_FTP_BEFORE = lazy.compile(r"(?<![\w-])(?:ftp|ncftp|tnftp|pftp)(?:\.exe)?[ \t]+(?:-[a-z]+[ \t]+)*[^\s]")
_FTP_REACH = 600
"""How far before a login line its `ftp` command may stand."""
_ECHOED = lazy.compile(
    r"(?<![\w-])(?:echo|printf)[ \t]+(?:-[ne]+[ \t]+)?" + _VALUE + r"(?:\\n)?[\"']?[ \t]*"
    r"(?:>>?[ \t]*(?P<file>[^\s;&|<>]{1,256})"
    r"|\|[ \t]*(?:sudo[ \t]+)?(?:tee(?:[ \t]+-a)?[ \t]+(?P<teed>[^\s;&|<>]{1,256})"
    r"|(?P<reader>[^\n|;&]{0,200}?(?:--password-file[ =]-(?![\w/.-])|password_stdin|passwd[ \t]+--stdin"
    r"|--passphrase-fd[ =]0|--pass(?:word)?-?stdin|--stdin-password))))"
)
"""On the lower-cased text: a value echoed into a file or into a command that reads a password from its input."""
_PASSWORD_FILE = lazy.compile(
    r"(?:^|[/._-])(?:pass(?:word)?s?|passwd|pw|pwd|secrets?|credentials?|token|vault_pass(?:word)?|passphrase)"
    r"(?:[._-](?:txt|file|conf|key))?\Z"
)
"""A file's name (its last part) that says it holds a password or a secret (`rsync.pass`, `.vault_pass`,
`rsyncd.secrets`, `db_password.txt`)."""
_USER_PAIR = lazy.compile(r"[\w.@-]{1,64}:(?P<password>[^\s:]{4,128})")

WORDS = ("open -u", "quote pass", "literal pass", "\nuser ", "echo ", "printf ")
"""The literals these readers need in the lower-cased text."""
LOW_GATES = (r"open -u", r"(?:quote|literal) pass", r"\nuser ", r"(?:echo|printf) [^\n]{1,300}[>|]")
"""For short texts: what one of these readers needs."""


def find(text: str, low: str, holds: Check, typed: Check, places: Places) -> list[Span]:
    """These passwords' spans (in `text`), those `typed` finds typed in (not a reference or a stand-in); `places`
    tells where a word of `WORDS` starts in `low` (no pass over the whole text here)."""
    out: list[Span] = []
    if holds("open -u"):
        for at in places("open -u"):
            m = _LFTP_OPEN.match(low, at)
            if m is not None:
                out += _typed(text, m, typed)
    for word in _FTP_WORDS:
        if holds(word) and "ftp" in low:
            for at in places(word):
                start = low.rfind("\n", 0, at + (word[0] == "\n")) + 1
                m = _FTP_USER.match(low, start)
                if m is not None and _FTP_BEFORE.search(low, max(0, start - _FTP_REACH), start) is not None:
                    out += _typed(text, m, typed)
    if holds("echo ") or holds("printf "):
        out += _echoed(text, low, typed, sorted([*places("echo "), *places("printf ")]))
    return out


def _typed(text: str, m: re.Match[str], typed: Check) -> list[Span]:
    """The span of the value of `m` (its quotes left out) when `typed` finds it a password."""
    for group in ("quoted", "single", "value"):
        if m.group(group) is not None:
            start, end = m.span(group)
            return [(start, end, "password")] if typed(text[start:end]) else []
    return []


def _echoed(text: str, low: str, typed: Check, places: list[int]) -> list[Span]:
    """Values echoed into a password file or a tool that reads a password from its input (a `user:password` pair
    written to a secrets file: its password)."""
    out: list[Span] = []
    for at in places:
        end = low.find("\n", at)
        m = _ECHOED.match(low, at, len(low) if end < 0 else end)
        if m is None:
            continue
        target = m.group("file") or m.group("teed")
        if target is not None and _PASSWORD_FILE.search(target.strip("\"'").rstrip("/")) is None:
            continue
        for group in ("quoted", "single", "value"):
            if m.group(group) is not None:
                start, end = m.span(group)
                break
        pair = _USER_PAIR.fullmatch(low, start, end)
        if pair is not None and target is not None:
            start = pair.start("password")  # (`user:password`, as rsync's secrets file holds them)
        if "$" not in text[start:end] and typed(text[start:end]):
            out.append((start, end, "password"))
    return out

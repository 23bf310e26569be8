"""Passwords that FTP, mail and log servers' configs and version control's caches write in a place of their own:
ProFTPD's `SQLConnectInfo db@host user password`, Exim's `hide mysql_servers = host/db/user/password`, Splunk's
`pass4SymmKey = ...`, a Subversion auth cache's `K 8` / `password` / `V <n>` / value, and AppleScript's `set apiKey
to "..."`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_VALUE = r"(?:\"(?P<quoted>[^\"\r\n]{4,256})\"|(?P<value>[^\s\"]{4,256}))"
_SQL_CONNECT = lazy.compile(
    r"[ \t]*sqlconnectinfo[ \t]+[^\s]{1,256}[ \t]+[^\s]{1,64}[ \t]+" + _VALUE + r"(?=[ \t]|\r?$|\Z)"
)
"""From a line's start (lower-cased): ProFTPD's `SQLConnectInfo <db@host[:port]> <user> <password> [policy]`."""
_EXIM_SERVERS = lazy.compile(
    r"[ \t]*(?:hide[ \t]+)?(?:mysql|pgsql|oracle|ibase|redis)_servers[ \t]*=[ \t]*"
    r"(?:<[^\r\n]{1,4}[ \t]*)?[^\s/]{1,253}(?:/[^\s/:]{0,128}){2}/(?P<value>[^\s:/]{4,256})(?=[ \t]*(?::|\r?$|\Z))"
)
"""From a line's start (lower-cased): Exim's database servers' list `host/db/user/password` (the first server)."""
_PASS4 = lazy.compile(r"[ \t]*pass4symmkey[ \t]*=[ \t]*(?P<value>[^\s]{4,256})[ \t]*(?=\r?$|\Z)")
"""From a line's start (lower-cased): Splunk's shared secret between its nodes, as its `server.conf` writes it."""
_SVN_CACHE = lazy.compile(r"k[ \t]8\r?\npassword\r?\nv[ \t](?P<n>\d{1,3})\r?\n")
"""On the lower-cased text: a Subversion auth cache's `password` key, the length of its value and the value's line."""
_APPLESCRIPT = lazy.compile(
    r"[ \t]*set[ \t]+(?P<name>[\w]{0,40}?(?:password|passwd|secret|token|api_?key|apikey)[\w]{0,20})[ \t]+to[ \t]+"
    r"\"(?P<quoted>[^\"\r\n]{6,256})\""
)
"""From a line's start (lower-cased): AppleScript's `set apiKey to "..."` for a variable named for a secret."""

LINE_WORDS = ("sqlconnectinfo", "_servers", "pass4symmkey", ' to "')
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
PLACED = ("k 8\npassword",)
"""The literals where these finders read."""
WORDS = (*LINE_WORDS, *PLACED)
"""The literals these finders need in the lower-cased text."""
LOW_GATES = (
    r"sqlconnectinfo[ \t]",
    r"_servers[ \t]*=",
    r"pass4symmkey",
    r"k[ \t]8\r?\npassword",
    r"set[ \t]+\w{0,40}(?:password|passwd|secret|token|api_?key|apikey)\w{0,20}[ \t]+to[ \t]+\"",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The passwords of these shapes that `plausible` judges credentials."""
    out: list[Span] = []
    for word, pattern in (("sqlconnectinfo", _SQL_CONNECT), ("_servers", _EXIM_SERVERS), ("pass4symmkey", _PASS4)):
        for m in on_lines(pattern, low, low, (word,), holds, places):
            _add(text, m, plausible, out, "password")
    if holds(' to "'):
        for m in on_lines(_APPLESCRIPT, low, low, (' to "',), holds, places):
            kind = "password" if "pass" in m.group("name") else "generic_secret"
            _add(text, m, plausible, out, kind)
    if holds(PLACED[0]):
        for at in places(PLACED[0]):
            m = _SVN_CACHE.match(low, at)
            if m is None:
                continue
            start = m.end()
            end = start + int(m.group("n"))
            if end <= len(text) and text[start:end].strip() == text[start:end] and plausible(text[start:end]):
                out.append((start, end, "password"))
    return out


def _add(text: str, m: re.Match[str], plausible: Check, out: list[Span], kind: str) -> None:
    """The value of match `m` (made on the lower-cased text) when `plausible` judges it a credential."""
    group = "quoted" if "quoted" in m.re.groupindex and m.group("quoted") is not None else "value"
    start, end = m.span(group)
    if plausible(text[start:end]):
        out.append((start, end, kind))

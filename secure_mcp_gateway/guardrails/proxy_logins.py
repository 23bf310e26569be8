"""Passwords that proxies', download tools' and provisioning files write beside a user name in their own syntax:
Squid's `cache_peer ... login=user:pass`, Privoxy's `forward-socks5 / user:pass@host:port .`, Tinyproxy's
`BasicAuth user pass`, curl's config `user = "name:pass"` and coturn's `user=name:pass`, sbt's `Credentials(realm,
host, user, pass)`, cloud-init's `chpasswd` list of `user:pass` lines and Nagios' `$USERn$=...` macros."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_END = r"[ \t]*(?=\r?\n|\Z)"
_SQUID = lazy.compile(r"[ \t]*cache_peer[ \t][^\r\n]{0,300}?[ \t]login=[^\s:]{1,64}:(?P<value>[^\s\"']{4,128})")
"""On the lower-cased text: Squid's parent proxy with its login (`cache_peer host parent 3128 0 login=user:pass`)."""
_PRIVOXY = lazy.compile(
    r"[ \t]*forward-socks[45]a?t?[ \t]+\S{1,200}[ \t]+[^\s:@/]{1,64}:(?P<value>[^\s@]{4,128})@[\w.-]{1,253}"
)
"""On the lower-cased text: Privoxy's `forward-socks5 / user:pass@host:port .`."""
_TINYPROXY = lazy.compile(r"[ \t]*basicauth[ \t]+[^\s\"]{1,64}[ \t]+(?P<value>[^\s\"']{4,128})" + _END)
"""On the lower-cased text: Tinyproxy's `BasicAuth user pass`."""
_CURLRC = lazy.compile(
    r"[ \t]*-{0,2}(?:proxy-)?user[ \t]*=?[ \t]*(?:\"[^\s:\"]{1,64}:(?P<value>[^\"\r\n]{4,128})\""
    r"|[^\s:\"']{1,64}:(?P<bare>[^\s\"':]{4,128}))" + _END
)
"""On the lower-cased text: a curl config file's `user = "name:pass"` (or `proxy-user`), a TURN server's
`user=name:pass` (coturn's `turnserver.conf`)."""
_SBT = lazy.compile(
    r"[ \t]*(?:credentials[ \t]*\+?\+?=[ \t]*(?:seq\([ \t]*)?)?credentials\([ \t]*\"[^\"\r\n]{0,100}\"[ \t]*,"
    r"[ \t]*\"[^\"\r\n]{1,253}\"[ \t]*,"
    r"[ \t]*\"[^\"\r\n]{1,64}\"[ \t]*,"
    r"[ \t]*\"(?P<value>[^\"\r\n]{4,128})\"[ \t]*\)"
)
"""On the lower-cased text: sbt's and Gradle's Scala-style `Credentials("realm", "host", "user", "pass")`."""
_NAGIOS = lazy.compile(r"[ \t]*\$user\d{1,3}\$[ \t]*=[ \t]*(?P<value>[^\s]{4,128})" + _END)
"""On the lower-cased text: a Nagios `resource.cfg` macro (`$USER3$=...`; most hold paths, judged as values)."""
_CHPASSWD = lazy.compile(
    r"chpasswd:[ \t]*\r?\n(?:[ \t]+[^\r\n]{0,80}\r?\n){0,3}?[ \t]+list:[ \t]*\|[ \t]*\r?\n"
    r"(?P<lines>(?:[ \t]+[\w.-]{1,32}:[^\s:]{1,128}[ \t]*(?:\r?\n|\Z)){1,32})"
)
"""On the lower-cased text: cloud-init's `chpasswd:` block with its `list: |` of `user:password` lines."""
_CHPASSWD_LINE = lazy.compile(r"[ \t]+[\w.-]{1,32}:(?P<value>[^\s:]{1,128})")
_NOT_TYPED = frozenset({"random", "r", "rand"})
"""What cloud-init's `chpasswd` list writes to have a password made up."""

LINE_WORDS = ("cache_peer", "forward-socks", "basicauth ", "user =", "user=", "credentials(", "$user")
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
WORDS = (*LINE_WORDS, "chpasswd:")
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"cache_peer[ \t]",
    r"forward-socks",
    r"basicauth[ \t]",
    r"user[ \t]*=[ \t]*[\"a-z0-9]",
    r"credentials\(",
    r"\$user\d",
    r"chpasswd:",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, typed: Check, plausible: Check) -> list[Span]:
    """The passwords of these shapes that `typed` finds typed in (`plausible` judges Nagios' macros, which most often
    hold paths): `places` tells where one of `LINE_WORDS` starts in `low` (in order), `holds` whether a word of
    `WORDS` occurs in it."""
    out: list[Span] = []
    for pattern, words in (
        (_SQUID, ("cache_peer",)),
        (_PRIVOXY, ("forward-socks",)),
        (_TINYPROXY, ("basicauth ",)),
        (_CURLRC, ("user =", "user=")),
        (_SBT, ("credentials(",)),
    ):
        for m in on_lines(pattern, low, low, words, holds, places):
            _add(text, m.span("value" if m.group("value") is not None else "bare"), typed, out)
    for m in on_lines(_NAGIOS, low, low, ("$user",), holds, places):
        _add(text, m.span("value"), plausible, out)
    if holds("chpasswd:"):
        for m in _CHPASSWD.finditer(low):
            for line in _CHPASSWD_LINE.finditer(low, m.start("lines"), m.end("lines")):
                if line.group("value") not in _NOT_TYPED:
                    _add(text, line.span("value"), typed, out)
    return out


def _add(text: str, span: tuple[int, int], judge: Check, out: list[Span]) -> None:
    """The value at `span` when `judge` finds it a password, not a hash (`$6$...`)."""
    value = text[span[0] : span[1]]
    if not _HASHED.match(value) and judge(value):
        out.append((*span, "password"))


_HASHED = lazy.compile(r"\$\w{1,3}\$|\{[A-Za-z0-9.-]{2,20}\}")
"""A password's hash (crypt's `$6$...`, LDAP's `{SSHA}...`), not the password."""

"""Passwords in desktop clients' own files: davfs2's `secrets` lines (`<url or mount point> <user> <password>`),
HexChat's server list (`P=` server and `B=` login passwords under a network's `N=` and `S=` lines) and HTTPie's
sessions and config (`"raw_auth": "user:password"`, or a bearer token)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_DAVFS_LINE = lazy.compile(
    r"(?m)^[ \t]*(?:https?://[^\s\"]{1,400}|/[^\s\"]{1,400}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{1,5})?)"
    r"[ \t]+(?:\"[^\"\r\n]{1,128}\"|[^\s\"#]{1,128})"
    r"[ \t]+(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"#]{4,128}))[ \t]*\r?$"
)
"""On the lower-cased text: a davfs2 secrets line (a server's URL, a mount point or a proxy, then a user and a
password), read where the text names davfs2."""
_HEXCHAT_NETWORK = lazy.compile(r"(?m)^n=[^\r\n]{1,128}\r?\n(?:[a-z]=[^\r\n]{0,512}\r?\n){0,40}?s=[^\r\n]")
"""On the lower-cased text: a HexChat network (`N=<name>`, then its settings and a server line `S=<host>/<port>`)."""
_HEXCHAT_PASSWORD = lazy.compile(r"(?m)^[pb]=(?P<value>[^\r\n]{4,128}?)\r?$")
"""On the lower-cased text: a HexChat network's server (`P=`) or login (`B=`) password."""
_RAW_AUTH = lazy.compile(
    r"\"raw_auth\"[ \t]*:[ \t]*\"(?:(?P<user>[^\":\\\r\n]{1,128}):(?P<password>[^\"\\\r\n]{4,256})"
    r"|(?P<token>[^\":\\\s]{16,2048}))\""
)
"""On the lower-cased text: HTTPie's stored credentials (`"auth": {"type": "basic", "raw_auth": "user:password"}`,
a bearer token alone)."""

WORDS = ("davfs", "\nn=", '"raw_auth"')
"""The literals these readers need in the lower-cased text."""
LOW_GATES = (r"davfs", r"(?m)^n=", r"\"raw_auth\"")
"""For short texts: what one of these readers needs."""


def find(text: str, low: str, holds: Check, typed: Check, plausible: Check) -> list[Span]:
    """These passwords' spans: one typed in by `typed`, a bearer token judged a credential by `plausible`."""
    out: list[Span] = []
    if holds("davfs"):
        for m in _DAVFS_LINE.finditer(low):
            group = "quoted" if m.group("quoted") is not None else "value"
            if typed(text[m.start(group) : m.end(group)]):
                out.append((*m.span(group), "password"))
    if (holds("\nn=") or low.startswith("n=")) and _HEXCHAT_NETWORK.search(low) is not None:
        for m in _HEXCHAT_PASSWORD.finditer(low):
            if typed(text[m.start("value") : m.end("value")]):
                out.append((*m.span("value"), "password"))
    if holds('"raw_auth"'):
        for m in _RAW_AUTH.finditer(low):
            if m.group("password") is not None and typed(text[m.start("password") : m.end("password")]):
                out.append((*m.span("password"), "password"))
            elif m.group("token") is not None and plausible(text[m.start("token") : m.end("token")]):
                out.append((*m.span("token"), "generic_secret"))
    return out

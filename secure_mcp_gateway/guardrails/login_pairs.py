"""Passwords in a user-and-password pair written the way one driver or tool takes them: Go's MySQL DSN
(`user:pass@tcp(host)/db`), Oracle's `user/pass@//host/service` (sqlplus, JDBC thin), `NEO4J_AUTH=user/pass`,
`htpasswd -b file user pass`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

_GO_DSN = lazy.compile(r"(?<![\w/.:@-])[A-Za-z0-9_.-]{1,64}:(?P<value>[^\s@/\"'`<>]{1,256})@(?:tcp6?|udp|unix)\(")
_ORACLE = lazy.compile(
    r"(?:(?<![\w-])(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl)(?:[ \t]+(?:-[a-z]+|target|catalog|auxiliary))*"
    r"[ \t]+(?:userid=)?[\"']?|jdbc:oracle:thin:"
    r"|(?<![\w/.:@-])(?=[a-z][\w$#]{0,29}/[^\s@/\"']{1,128}@//))"
    r"[a-z][\w$#]{0,29}/(?P<value>[^\s@/\"']{1,128})@"
)
"""On the lower-cased text: a tool's `user/pass@`, JDBC thin's, or any `user/pass@//host` (EZConnect)."""
_NEO4J = lazy.compile(r"neo4j_auth[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9_.-]{1,64}/(?P<value>[^\s\"'`,;]{1,256})")
_HTPASSWD = lazy.compile(r"(?<![\w-])htpasswd(?P<flags>(?:[ \t]+-[a-z0-9]+)+)(?P<args>(?:[ \t]+[^\s;&|]+){2,3})")

_GATES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("@tcp(", "@tcp6(", "@unix(", "@udp("), _GO_DSN),
    (("sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl", "jdbc:oracle:thin:", "@//"), _ORACLE),
    (("neo4j_auth",), _NEO4J),
)


WORDS = (*(w for words, _ in _GATES for w in words), "htpasswd")
"""The literals that let each expression run (the shared index is asked for them in a long text)."""
_ARG = lazy.compile(r"[^\s;&|]+")


def find(text: str, low: str, holds: Callable[[str], bool], typed: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the passwords in such pairs, when `typed` finds the value a password (not a stand-in); `holds`
    tells whether the lower-cased text holds a literal."""
    out: list[tuple[int, int]] = []
    for words, pattern in _GATES:
        if not any(holds(w) for w in words):
            continue
        for m in pattern.finditer(text if pattern is _GO_DSN else low):
            start, end = m.span("value")
            if typed(text[start:end]):
                out.append((start, end))
    if holds("htpasswd"):
        for m in _HTPASSWD.finditer(low):
            flags = m.group("flags")
            if "b" not in flags:
                continue  # without -b the password is asked for, not given
            args = list(_ARG.finditer(low, m.start("args"), m.end("args")))
            at = 1 if "n" in flags else 2  # `-n user pass` prints; otherwise `file user pass`
            if len(args) > at and typed(text[args[at].start() : args[at].end()]):
                out.append(args[at].span())
    return out

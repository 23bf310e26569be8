"""Passwords that IRC clients and bouncers keep beside a server's address: a `/server` or `/connect` command's
password (by position after the host and port, or after `-w`, `-password`, `-sasl_password`, `-tls_pass`, or a login
method's `-l <method>`), irssi's `/network add -sasl_password`, ZNC's `Server = <host> [+]<port> <password>` and
`AddServer`, mIRC's server entries (`n0=<description>SERVER:<host>:<ports>:<password>GROUP:<group>`), a server
password sent by hand (`/quote PASS <password>`, as a perform list's `n0=` entry holds it), a raw registration's
`PASS <password>` before its `NICK`, and channels' keys (`/join #ops <key>`, `JOIN #a,#b k1,k2`, `/mode #ops +k
<key>`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

Check = Callable[[str], bool]
Places = Callable[[str], list[int]]
Span = tuple[int, int, str]

_COMMAND = lazy.compile(r"/(?<![\w/.:-]/)(?:server|connect|network)(?=[ \t])(?P<args>[^\r\n|;]{1,600})")
"""On the lower-cased text, where `/server `, `/connect ` or `/network ` starts: an IRC client's command that adds
or joins a server (mIRC, irssi, HexChat)."""
_TOKEN = lazy.compile(r"\"[^\"\r\n]{0,256}\"|'[^'\r\n]{0,256}'|[^\s\"']+")
_HOST = lazy.compile(r"(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}|(?:\d{1,3}\.){3}\d{1,3}|localhost")
_PORT = lazy.compile(r"\+?\d{2,5}(?:-\d{2,5})?(?:,\+?\d{2,5}(?:-\d{2,5})?)*")
_HOST_PORT = lazy.compile(r"(?P<host>[^\s:]+):(?P<port>" + _PORT.pattern + ")")
_PASSWORD_FLAGS = frozenset({"-w", "-password", "-pass", "-sasl_password", "-tls_pass", "-ssl_pass"})
"""Options whose value is a password."""
_VALUED_FLAGS = frozenset(
    {
        *("-p", "-g", "-d", "-network", "-host", "-port", "-nick", "-alternate_nick", "-username", "-realname"),
        *("-tls_cert", "-tls_pkey", "-tls_cafile", "-tls_capath", "-tls_ciphers", "-tls_pinned_cert"),
        *("-ssl_cert", "-ssl_pkey", "-ssl_cafile", "-ssl_capath", "-ssl_ciphers", "-rawlog", "-encoding"),
        *("-key", "-keytype", "-itype", "-sasl_username", "-sasl_mechanism", "-usermode", "-autosendcmd"),
        *("-cmdspeed", "-cmdmax", "-querychans", "-whois", "-kicks", "-msgs", "-modes", "-nocap", "-cap"),
    }
)
"""Options that take one value (not a password): that value is no positional argument."""
_SKIP = {"-i": 4, "-jn": 2, "-j": 2}
"""Options that take several values (mIRC's `-i nick anick email name`, `-jn #channel key`)."""
_SUBCOMMANDS = frozenset({"add", "modify", "connect", "reconnect"})
_ZNC_SERVER = lazy.compile(
    r"(?<![\w.-])(?:server[ \t]*=|addserver)[ \t]+(?P<host>[^\s]{1,253})[ \t]+\+?\d{2,5}[ \t]+"
    r"(?P<value>[^\s]{4,128})[ \t]*(?:\r?\n|\Z)"
)
"""On the lower-cased text, where one of `_ZNC_WORDS` starts: ZNC's `Server = <host> [+]<port> <password>` and
`AddServer <host> [+]<port> <password>`."""
_ZNC_WORDS = ("server =", "server=", "addserver")
_MIRC_SERVER = lazy.compile(
    r"server:(?P<host>[a-z0-9.-]{1,253}):(?P<ports>[0-9,+-]{2,64}):(?P<value>[^\s:]{4,128}?)group:"
)
"""On the lower-cased text, on the line before a `group:`: a mIRC server entry with a password between its ports and
its group."""
_QUOTED_PASS = lazy.compile(r"/(?:quote|raw)[ \t]+pass[ \t]+:?(?P<value>[^\s\"']{4,128})(?=[\s\"']|\Z)")
"""On the lower-cased text, where `/quote pass` or `/raw pass` starts: a server password sent by hand."""
_RAW_PASS = lazy.compile(r"(?m)^[ \t<>:-]{0,4}pass[ \t]+:?(?P<value>[^\s]{4,128})[ \t]*\r?\n")
"""On the lower-cased text: a raw IRC registration's `PASS` line (the line before `NICK` or `USER`)."""
_RAW_NEXT = lazy.compile(r"[ \t<>:-]{0,4}(?:nick|user|cap)[ \t]")
_RAW_REACH = 400

_CHANNEL_KEY = lazy.compile(
    r"(?:/j(?:oin)?[ \t]+(?:-[a-z]{1,4}[ \t]+)*|join[ \t]+)(?P<chans>[#&][^\s,]{1,64}(?:,[#&][^\s,]{1,64})*)"
    r"[ \t]+(?P<keys>[^\s,:][^\s,]{0,127}(?:,[^\s,]{1,128}){0,15})[ \t]*(?=\r?\n|\Z)"
    r"|/?mode[ \t]+[#&][^\s,]{1,64}[ \t]+\+k[ \t]+(?P<key>[^\s]{1,128})[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text, where `/join`, `/j`, a raw `JOIN` line, `/mode` or `MODE` starts: channels joined with
their keys (`/join #ops,#staff key1,key2`, a perform list's `n0=/join #ops key`) and a channel's key set by its mode
(`/mode #ops +k <key>`)."""
_CHANNEL_WORDS = ("/join ", "/j ", "\njoin ", "/mode ", "\nmode ")
WORDS = ("/server ", "/connect ", "/network ", "server =", "server=", "addserver", "group:", "\nnick ")
WORDS += ("/quote pass", "/raw pass", *_CHANNEL_WORDS)
"""The literals these readers need in the lower-cased text."""
LOW_GATES = (
    r"/(?:server|connect|network) |/(?:quote|raw)[ \t]+pass",
    r"server[ \t]*=|addserver",
    r"server:[^\n]{1,300}group:",
    r"\nnick ",
    r"(?:/j(?:oin)?|\njoin|^join)[ \t]+[#&]|mode[ \t]+[#&][^\n]{1,64}\+k",
)
"""For short texts: what one of these readers needs."""


def find(text: str, low: str, holds: Check, typed: Check, places: Places) -> list[Span]:
    """These passwords' spans (in `text`), those `typed` finds typed in (not a reference or a stand-in); `places`
    tells where a word of `WORDS` starts in `low` (no pass over the whole text here)."""
    out: list[Span] = []
    for word in ("/server ", "/connect ", "/network "):
        if holds(word):
            for at in places(word):
                m = _COMMAND.match(low, at)
                if m is not None:
                    out += _command(text, low, m.start("args"), m.end("args"), typed)
    for word in _ZNC_WORDS:
        if holds(word):
            for at in places(word):
                m = _ZNC_SERVER.match(low, at)
                if m is not None and _server_password(text, m, typed):
                    out.append((*m.span("value"), "password"))
    if holds("group:"):
        for at in places("group:"):
            m = _MIRC_SERVER.search(low, max(low.rfind("\n", 0, at) + 1, at - 600), at + len("group:"))
            if m is not None and m.end() == at + len("group:") and _server_password(text, m, typed):
                out.append((*m.span("value"), "password"))
    for word in ("/quote pass", "/raw pass"):
        if holds(word):
            for at in places(word):
                m = _QUOTED_PASS.match(low, at)
                if m is not None and typed(text[m.start("value") : m.end("value")]):
                    out.append((*m.span("value"), "password"))
    for word in _CHANNEL_WORDS:
        if holds(word):
            for at in places(word):
                out += _channel_keys(text, low, at + (word[0] == "\n"), typed)
    if low.startswith(("join ", "mode ")):
        out += _channel_keys(text, low, 0, typed)
    if holds("\nnick "):
        out += _raw_pass(text, low, typed, places("\nnick "))
    return out


def _server_password(text: str, m: re.Match[str], typed: Check) -> bool:
    """Whether a match's host is a host's name or address and its value a password `typed` finds typed in."""
    return _HOST.fullmatch(m.group("host")) is not None and typed(text[m.start("value") : m.end("value")])


def _command(text: str, low: str, start: int, end: int, typed: Check) -> list[Span]:
    """The password of one `/server`, `/connect` or `/network` command whose arguments lie in [start, end)."""
    tokens = list(_TOKEN.finditer(low, start, end))
    out: list[Span] = []
    positional: list[re.Match[str]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i].group()
        if word in _PASSWORD_FLAGS and i + 1 < len(tokens):
            out += _value(text, tokens[i + 1], typed)
            i += 2
        elif word == "-l" and i + 2 < len(tokens) and not tokens[i + 1].group().startswith("-"):
            out += _value(text, tokens[i + 2], typed)  # mIRC's login method and its password
            i += 3
        elif word in _SKIP:
            i += 1 + _SKIP[word]
        elif word in _VALUED_FLAGS:
            i += 2
        elif word.startswith("-") and len(word) > 1:
            i += 1
        else:
            positional.append(tokens[i])
            i += 1
    if positional and positional[0].group() in _SUBCOMMANDS:
        positional = positional[1:]
    if not positional:
        return out
    host = positional[0].group()
    joined = _HOST_PORT.fullmatch(host)
    if joined is not None:
        host, rest = joined.group("host"), positional[1:]
    elif len(positional) > 1 and _PORT.fullmatch(positional[1].group()) is not None:
        rest = positional[2:]
    else:
        return out
    if _HOST.fullmatch(host) is not None and rest:
        out += _value(text, rest[0], typed)
    return out


def _value(text: str, token: re.Match[str], typed: Check) -> list[Span]:
    """The span of a token (without its quotes) when `typed` finds it a password."""
    start, end = token.span()
    if text[start] in "\"'":
        start, end = start + 1, end - 1
    if end - start < 4 or not typed(text[start:end]):
        return []
    return [(start, end, "password")]


def _raw_pass(text: str, low: str, typed: Check, nicks: list[int]) -> list[Span]:
    """`PASS <password>` lines of a raw IRC registration: a `NICK`, `USER` or `CAP` line follows (`nicks`: where
    a `NICK` line's newline stands)."""
    out: list[Span] = []
    done = 0
    for at in nicks:
        for m in _RAW_PASS.finditer(low, max(done, at - _RAW_REACH), at + 1):
            if _RAW_NEXT.match(low, m.end()) is not None and typed(text[m.start("value") : m.end("value")]):
                out.append((*m.span("value"), "password"))
        done = at + 1
    return out


def _channel_keys(text: str, low: str, at: int, typed: Check) -> list[Span]:
    """The keys of the channels a `/join` or `JOIN` at `at` joins, or the key its `/mode ... +k` sets."""
    if at and low[at - 1] not in "\n\t =":
        return []  # (`x/join`, `rejoin #a b`)
    m = _CHANNEL_KEY.match(low, at)
    if m is None:
        return []
    if m.group("key") is not None:
        spans = [m.span("key")]
    else:
        spans = []
        start = m.start("keys")
        for key in m.group("keys").split(","):
            spans.append((start, start + len(key)))
            start += len(key) + 1
    return [(s, e, "password") for s, e in spans if e - s >= 4 and typed(text[s:e])]

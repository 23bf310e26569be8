"""Passwords in dial strings, modem commands and protocol transcripts: SIP and IAX URIs and dial strings
(`sip:1001:...@pbx`, `IAX2/trunk:...@host`), cellular modems' authentication commands (`AT+CGAUTH`, `AT+QICSGP`,
`AT+CSTT`, ...), an IMAP `LOGIN`, an FTP, POP3 or IRC session's `PASS` after its `USER` or `NICK`, SMTP's `AUTH PLAIN`
and `AUTH LOGIN` answers, XMPP's SASL `PLAIN` answer, a STOMP `CONNECT` frame's `passcode`, a Redis prompt's or
`redis-cli`'s `AUTH` and IRC's `/oper`."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from . import lazy
from .config_values import Places

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_URI = lazy.compile(
    r"(?:sips?|iax2?)[:/](?P<user>[\w.%+-]{1,64}):(?P<value>[^\s@:/;\"'<>()\[\]{}]{4,128})@(?=[a-z0-9\[])"
)
"""At the scheme (lower-cased): a SIP or IAX URI or an Asterisk dial string with a user and its password."""
_URI_WORDS = ("sip:", "sips:", "sip/", "iax2/", "iax2:", "iax:", "iax/")
_AT_ARGS = lazy.compile(
    r"(?:\"[^\"\r\n]{0,128}\"|[^,;\s\"]{0,64})(?:[ \t]*,[ \t]*(?:\"[^\"\r\n]{0,128}\"|[^,;\s\"]{0,64})){0,7}"
)
_AT_PASSWORD = {
    "+cgauth=": 3,
    "+qicsgp=": 4,
    "+cstt=": 2,
    "+cipcsgp=": 3,
    "+qiregapp=": 2,
    "$qcpdpp=": 2,
    "^authdata=": 3,
    "#sgact=": 3,
    "+upsd=": 2,
}
"""Cellular modems' commands that set a data connection's password, with the place of the password among their
arguments (3GPP's `+CGAUTH=<cid>,<auth>,<user>,<password>`, Quectel's `+QICSGP=<ctx>,<type>,<apn>,<user>,<password>`,
SIMCom's `+CSTT=<apn>,<user>,<password>`, Qualcomm's `$QCPDPP=<cid>,<auth>,<password>,<user>`, u-blox's
`+UPSD=<profile>,3,<password>`, ...)."""
_IMAP = lazy.compile(
    r"[ \t]*(?:[cs]:[ \t]*)?(?=[^\s]{0,11}[0-9.])[a-z0-9.*]{1,12}[ \t]+login[ \t]+"
    r"(?:\"[^\"\r\n]{1,128}\"|[^\s\"]{1,128})[ \t]+"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"]{4,128}))[ \t]*(?=\r?\n|\Z)"
)
"""From a line's start (lower-cased): an IMAP client's `<tag> LOGIN <user> <password>` (the tag holds a digit or a
dot)."""
_PASS_LINE = lazy.compile(
    r"[ \t]*(?:[cs]:[ \t]*|>>?>?[ \t]*|->[ \t]*)?(?:authinfo[ \t]+)?pass[ \t]+(?::)?"
    r"(?P<value>[^\s\"]{4,128})[ \t]*(?=\r?\n|\Z)"
)
"""From a line's start (lower-cased): an FTP, POP3 or IRC client's `PASS <password>`, NNTP's `AUTHINFO PASS ...`."""
_SESSION_LINE = lazy.compile(r"[ \t]*(?:[cs]:[ \t]*|>>?>?[ \t]*|->[ \t]*)?(?:authinfo[ \t]+)?(?:user|nick)[ \t]+\S")
"""A `USER <name>` or `NICK <name>` line of the same session (right before or after the `PASS`)."""
_AUTH_PLAIN = lazy.compile(
    r"auth[ \t]+plain(?:[ \t]+|[ \t]*\r?\n(?:[^\r\n]{0,80}\r?\n)?)(?P<value>[a-z0-9+/]{8,512}={0,2})"
)
"""SMTP's (or IMAP's) `AUTH PLAIN` with its answer, inline or on a later line (read in the text's own case)."""
_LOGIN_ASKED = lazy.compile(r"ugfzc3dvcmq6[ \t]*\r?\n(?:[ \t]*(?:[cs]:|>)[ \t]*)?(?P<value>[a-z0-9+/]{4,512}={0,2})")
"""SMTP's `AUTH LOGIN` server prompt `334 UGFzc3dvcmQ6` (`Password:` in base64) and the client's answer."""
_REDIS = lazy.compile(
    r"(?:[\w.-]{1,253}:\d{2,5}(?:\[\d{1,2}\])?|redis)>[ \t]*auth[ \t]+(?:[^\s\"]{1,64}[ \t]+)?"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"]{4,128}))[ \t]*(?=\r?\n|\Z)"
)
"""At a Redis prompt (`127.0.0.1:6379> AUTH ...`, with a user or not, lower-cased)."""
_REDIS_CLI = lazy.compile(
    r"redis-cli(?![\w-])[^\r\n|;&]{0,200}?[ \t](?:auth[ \t]+(?:[^\s\"]{1,64}[ \t]+)?"
    r"|config[ \t]+set[ \t]+(?:requirepass|masterauth)[ \t]+)"
    r"(?:(?P<q>[\"'])(?P<quoted>[^\"'\r\n]{4,128})(?P=q)|(?P<value>[^\s\"']{4,128}))[ \t]*(?=\r?\n|\Z)"
)
"""`redis-cli`'s line with an `AUTH` command given as its arguments (`redis-cli -h cache AUTH <password>`), or a
`CONFIG SET` of the server's password (`requirepass`) or its primary's (`masterauth`)."""
_OPER = lazy.compile(r"/oper[ \t]+[^\s]{1,64}[ \t]+(?P<value>[^\s]{4,128})[ \t]*(?=\r?\n|\Z)")
"""IRC's `/oper <name> <password>` (lower-cased)."""

_XMPP_PLAIN = lazy.compile(
    r"mechanism=[\"']plain[\"'][^<>\r\n]{0,200}>[ \t]*(?P<value>[a-z0-9+/]{8,512}={0,2})[ \t]*</auth>"
)
"""XMPP's SASL `<auth mechanism='PLAIN'>` with its answer (read in the text's own case)."""
_STOMP = lazy.compile(
    r"(?:connect|stomp)\r?\n(?:[a-z-]{1,40}:[^\r\n]{0,200}\r?\n){0,12}?passcode:(?P<value>[^\r\n]{4,128})"
)
"""A STOMP `CONNECT` (or `STOMP`) frame's headers up to its `passcode` (lower-cased)."""

LINE_WORDS = (" login ", "\tlogin ", "pass ")
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
PLACED = (*_URI_WORDS, *_AT_PASSWORD, "auth plain", "ugfzc3dvcmq6", "> auth ", ">auth ", "/oper ", "mechanism=")
PLACED += ("passcode:", "redis-cli")
"""The literals where these finders read (the shared index tells where a long text holds each)."""
WORDS = (*LINE_WORDS, *PLACED)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"(?:sips?|iax2?)[:/][^\s@]{1,64}:[^\s@]{4,128}@",
    r"[+$^#](?:cgauth|qicsgp|cstt|cipcsgp|qiregapp|qcpdpp|authdata|sgact|upsd)=",
    r"[ \t]login[ \t]|pass[ \t]",
    r"auth[ \t]+plain|ugfzc3dvcmq6|>[ \t]*auth[ \t]|/oper[ \t]|redis-cli[^\n]{0,200}[ \t](?:auth|config[ \t]+set)[ \t]",
    r"mechanism=[\"']plain|\npasscode:",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The passwords of these shapes that `plausible` judges typed in (not a stand-in, a mask or a word)."""
    out: list[Span] = []
    for word in _URI_WORDS:
        if holds(word):
            for at in places(word):
                if _alone(low, at) and (m := _URI.match(low, at)) is not None:
                    _add(text, m, plausible, out)
    for word, index in _AT_PASSWORD.items():
        if holds(word):
            for at in places(word):
                out += _modem(text, low, at + len(word), word, index, plausible)
    for word in (" login ", "\tlogin "):
        if holds(word):
            for at in places(word):
                line = low.rfind("\n", 0, at) + 1
                if (m := _IMAP.match(low, line)) is not None and m.end() > at:
                    _add(text, m, plausible, out)
    if holds("pass "):
        for at in places("pass "):
            line = low.rfind("\n", 0, at) + 1
            if (m := _PASS_LINE.match(low, line)) is not None and _in_session(low, line, m.end()):
                _add(text, m, plausible, out)
    for word, pattern in (("auth plain", _AUTH_PLAIN), ("ugfzc3dvcmq6", _LOGIN_ASKED)):
        if holds(word):
            for at in places(word):
                if (m := pattern.match(low, at)) is not None:
                    out += _decoded(text, m, word == "auth plain", plausible)
    if holds("mechanism="):
        for at in places("mechanism="):
            if (m := _XMPP_PLAIN.match(low, at)) is not None:
                out += _decoded(text, m, True, plausible)
    if holds("passcode:"):
        for at in places("passcode:"):
            frame = _frame_start(low, at)
            if frame >= 0 and (m := _STOMP.match(low, frame)) is not None and m.start("value") == at + 9:
                _add(text, m, plausible, out)
    if holds("redis-cli"):
        for at in places("redis-cli"):
            if _alone(low, at) and (m := _REDIS_CLI.match(low, at)) is not None:
                _add(text, m, plausible, out)
    for word, pattern in (("> auth ", _REDIS), (">auth ", _REDIS), ("/oper ", _OPER)):
        if holds(word):
            for at in places(word):
                start = max(low.rfind("\n", 0, at) + 1, at - 270) if pattern is _REDIS else at
                if (m := pattern.search(low, start, at + 300)) is not None and m.start() <= at + 1:
                    _add(text, m, plausible, out)
    return out


_FRAME_REACH = 2000
"""How far before a `passcode` header its STOMP frame's command is looked for."""


def _frame_start(low: str, at: int) -> int:
    """Where the STOMP frame whose header stands at `at` starts (its `CONNECT` or `STOMP` line), or -1."""
    best = -1
    for command in ("connect", "stomp"):
        pos = low.rfind(command, max(0, at - _FRAME_REACH), at)
        if pos >= 0 and (pos == 0 or low[pos - 1] == "\n") and low.startswith(("\n", "\r\n"), pos + len(command)):
            best = max(best, pos)
    return best


def _alone(low: str, at: int) -> bool:
    """Whether the word at `at` starts a word of its own (not `gossip:`, `x.sip:`)."""
    return at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "_.+-")


def _modem(text: str, low: str, at: int, word: str, index: int, plausible: Check) -> list[Span]:
    """The password among a modem command's arguments from `at` (see `_AT_PASSWORD`)."""
    m = _AT_ARGS.match(low, at)
    if m is None:
        return []
    fields = [(f.start(), f.end()) for f in re.finditer(r"\"[^\"]*\"|[^,]+|(?<=,)(?=,|\Z)", m.group())]
    if len(fields) <= index or (word == "+upsd=" and low[at + fields[1][0] : at + fields[1][1]].strip() != "3"):
        return []
    start, end = (at + fields[index][0], at + fields[index][1])
    value = text[start:end].strip()
    start = text.index(value, start) if value else start
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        value, start = value[1:-1], start + 1
    if len(value) >= 4 and plausible(value):
        return [(start, start + len(value), "password")]
    return []


_SESSION_REACH = 3
"""How many lines before or after a `PASS` line its session's `USER` or `NICK` line may stand (a server's replies
between them)."""


def _in_session(low: str, start: int, end: int) -> bool:
    """Whether one of the lines before `start` or after `end` (see `_SESSION_REACH`) is the same session's `USER` or
    `NICK` line."""
    line = start
    for _ in range(_SESSION_REACH):
        if line <= 0:
            break
        line = low.rfind("\n", 0, line - 1) + 1
        if _SESSION_LINE.match(low, line) is not None:
            return True
    after = end
    for _ in range(_SESSION_REACH):
        after = low.find("\n", after)
        if after < 0:
            return False
        after += 1
        if _SESSION_LINE.match(low, after) is not None:
            return True
    return False


def _decoded(text: str, m: re.Match[str], plain: bool, plausible: Check) -> list[Span]:
    """The base64 answer of SMTP's `AUTH PLAIN` (`\\0user\\0password`) or of `AUTH LOGIN`'s password prompt, when
    it decodes to a password `plausible` judges typed in."""
    start, end = m.span("value")
    try:
        raw = base64.b64decode(text[start:end], validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return []
    password = raw.split("\x00")[-1] if plain and raw.count("\x00") == 2 else ("" if plain else raw)
    return [(start, end, "password")] if password and plausible(password) else []


def _add(text: str, m: re.Match[str], plausible: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when `plausible` judges it typed in."""
    group = "quoted" if "quoted" in m.re.groupindex and m.group("quoted") is not None else "value"
    start, end = m.span(group)
    if plausible(text[start:end]):
        out.append((start, end, "password"))

"""Secrets that configs write after a keyword rather than an assignment: network devices' clear-text passwords (IOS
`password 0 ...`, `snmp-server community ...`, FortiOS `set psksecret ...`, Junos `secret "...";`), strongSwan's
`: PSK "..."`, OpenVPN static keys, Wi-Fi profiles (`Key Content : ...`, `WIFI:...;P:...;;`, `pre-shared-key=`),
XML name and value pairs (`<string name="password">...`, `<Key>Password</Key><Value>...`), a directive and its value
alone on a line (`password ...`, `rcon_password "..."`), NickServ's `IDENTIFY ...` and `etcdctl get` output."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_END = r"[ \t]*;?[ \t]*(?=\r?\n|\Z)"
_IOS = lazy.compile(
    r"[ \t]*(?:username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+(?:password|secret)[ \t]+(?:0[ \t]+)?"
    r"|(?:enable[ \t]+)?(?:password|secret|key)[ \t]+0[ \t]+|snmp-server[ \t]+community[ \t]+)"
    r"(?P<value>\S{4,128})(?:[ \t]+(?:ro|rw)(?![\w-])[^\r\n]{0,64})?" + _END
)
"""On the lower-cased text: an IOS line with a clear-text (type 0) password or key, or an SNMP community."""
_FORTI = lazy.compile(
    r"[ \t]*set[ \t]+[a-z0-9-]{0,20}(?:psksecret|password|passwd|secret)[ \t]+(?!enc[ \t])"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|(?P<value>[^\s\"]{4,128}))" + _END
)
"""On the lower-cased text: FortiOS' `set psksecret ...` or `set password ...` typed in, not `ENC ...`."""
_QUOTED_KEYWORD = lazy.compile(
    r"(?<![\w-])(?:secret|authentication-key|simple-password|ascii-text|:[ \t]*(?:psk|eap|xauth|ntlm))[ \t]+"
    r"\"(?P<quoted>[^\"\r\n]{4,256})\""
)
"""On the lower-cased text: Junos' `secret "...";`, `authentication-key "..."`, strongSwan's `: PSK "..."`."""
_PRESHARED = lazy.compile(r"pre-shared-key[ \t]*=[ \t]*(?:\"(?P<quoted>[^\"\r\n]{8,63})\"|(?P<value>[^\s\"]{8,63}))")
"""On the lower-cased text: RouterOS' `wpa2-pre-shared-key="..."`."""
_OVPN = lazy.compile(r"-----begin openvpn static key v1-----[0-9a-f\s]{32,4096}?-----end openvpn static key v1-----")
_KEY_CONTENT = lazy.compile(r"[ \t]*key content[ \t]*:[ \t]*(?P<value>\S(?:[^\r\n]{0,62}\S)?)[ \t]*(?=\r?\n|\Z)")
"""On the lower-cased text: `netsh wlan show profile ... key=clear`'s line."""
_WIFI_QR = lazy.compile(r"(?<![a-z0-9])wifi:(?:[a-z]:(?:\\.|[^;\\\r\n]){0,128};){1,8}")
_QR_FIELD = lazy.compile(r"(?P<name>[a-z]):(?P<value>(?:\\.|[^;\\\r\n]){0,128});")
_SECRET_NAME = r"(?:password|passwd|passphrase|presharedkey|pre_shared_key|secret|token|psk|api_?key)"
_XML_NAMED = lazy.compile(
    r"<(?P<tag>[a-z][\w:.-]{0,30})[ \t][^<>\r\n]{0,200}?name=[\"'][\w.-]{0,40}?" + _SECRET_NAME + r"[\"']>"
    r"(?:&quot;)?(?P<value>[^<&\r\n]{4,512}?)(?:&quot;)?</(?P=tag)>"
)
"""On the lower-cased text: `<string name="auth_token">...</string>`, Android's `<string name="PreSharedKey">`."""
_XML_KEY = lazy.compile(
    r"<key>[ \t]*[\w .-]{0,40}?" + _SECRET_NAME + r"[ \t]*</key>\s{0,40}<(?P<tag>value|string)(?:[ \t][^<>]{0,100})?>"
    r"(?P<value>[^<\r\n]{4,512})</(?P=tag)>"
)
"""On the lower-cased text: a KeePass entry's `<Key>Password</Key><Value ...>...</Value>`, a plist's
`<key>password</key><string>...</string>`."""
_DIRECTIVE = lazy.compile(
    r"[ \t]*(?:[a-z]{2,12}[ \t]+(?:[\w.-]{1,40}\t+)?)?(?:[a-z][\w.-]{0,40}?)?"
    r"(?:password|passwd|secret|(?<=[a-z])_pass)[ \t]+"
    r"(?:\"(?P<quoted>[^\"\r\n]{4,256})\"|(?P<value>[^\s\"'=:]{4,256}))" + _END
)
"""On the lower-cased text: a directive and its one value alone on a line (msmtp's and Fluentd's `password ...`,
a game server's `rcon_password "..."`, vpnc's `IPSec secret ...`, a tab-separated `user<TAB>name<TAB>password ...`)."""
_SAID = lazy.compile(r"(?<![\w-])password[ \t]+(?P<q>['\"])(?P<quoted>[^'\"\r\n]{4,256})(?P=q)")
"""On the lower-cased text: `password '...'` inside a line (fetchmail's `with password '...'`)."""
_HASHED = lazy.compile(r"(?i:md5[0-9a-f]{32}\Z|scram-sha-\d+\$|\*[0-9a-f]{40}\Z|\$\w{1,3}\$)")
"""A password's hash (PostgreSQL's `md5...` and `SCRAM-SHA-256$...`, MySQL's `*...`, crypt's `$9$...`), not the
password."""
_IDENTIFY = lazy.compile(
    r"(?:nickserv|/ns)[ \t]+identify[ \t]+(?:[^\s;\"']{1,30}[ \t]+)?(?P<value>[^\s;\"']{4,128})(?=[\s;\"']|\Z)"
)
_ETCD = lazy.compile(
    r"etcdctl[ \t]+get[ \t]+(?P<key>\S{1,200}" + _SECRET_NAME + r")[ \t]*\r?\n(?P=key)\r?\n"
    r"(?P<value>\S[^\r\n]{3,255}?)[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: `etcdctl get /path/db_password` and its output (the key, then its value)."""

_IOS_WORDS = ("password 0 ", "secret 0 ", "key 0 ", "username ", "snmp-server community ")
_FORTI_WORDS = ("set psksecret ", "set password ", "set passwd ", "set secret ")
_QUOTED_WORDS = ('secret "', 'authentication-key "', 'simple-password "', 'ascii-text "', 'psk "', 'eap "', 'xauth "')
_DIRECTIVE_WORDS = ("password ", "passwd ", "secret ", "_pass ", "password\t", "passwd\t", "secret\t", "_pass\t")
_NAMED = (
    "password",
    "passwd",
    "passphrase",
    "presharedkey",
    "pre_shared_key",
    "secret",
    "token",
    "psk",
    "api_key",
    "apikey",
)
LINE_WORDS = (*_IOS_WORDS, *_FORTI_WORDS, *_DIRECTIVE_WORDS, "key content")
"""The literals whose lines are read (the shared index tells where a long text holds each: see `find`'s `places`)."""
_NAMED_WORDS = tuple(f"{name}{q}>" for name in _NAMED for q in "\"'")
WORDS = (
    *_IOS_WORDS,
    *_FORTI_WORDS,
    *_QUOTED_WORDS,
    *("pre-shared-key", "openvpn static key v1", "key content", "wifi:", "</key>", "identify ", "etcdctl"),
    *_NAMED_WORDS,
    *_DIRECTIVE_WORDS,
    *("password '", 'password "'),
)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"(?:password|secret|key)[ \t]+0[ \t]",
    r"username[ \t]+\S+[ \t]+(?:privilege[ \t]+\d+[ \t]+)?(?:password|secret)[ \t]",
    r"snmp-server[ \t]+community[ \t]",
    r"set[ \t]+[a-z0-9-]*(?:psksecret|password|passwd|secret)[ \t]",
    r"(?:secret|authentication-key|simple-password|ascii-text|psk|eap|xauth|ntlm)[ \t]+\"",
    r"pre-shared-key[ \t]*=|openvpn static key v1|key content[ \t]*:|wifi:[a-z]:",
    r"(?:password|passwd|passphrase|presharedkey|pre_shared_key|secret|token|psk|api_?key)[\"']>",
    r"</key>",
    r"(?:password|passwd|secret|_pass)[ \t]+\S+[ \t]*;?[ \t]*(?:\r?\n|\Z)",
    r"password[ \t]+['\"]",
    r"(?:nickserv|/ns)[ \t]+identify[ \t]",
    r"etcdctl",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, holds: Check, plausible: Check, places: Places | None = None) -> list[Span]:
    """The secrets of these shapes whose values `plausible` finds a credential (not a stand-in, a reference or a
    word); `places`, when given, tells where one of `LINE_WORDS` starts in `low` (in order)."""
    found: list[re.Match[str]] = []
    found += on_lines(_IOS, low, low, _IOS_WORDS, holds, places)
    found += on_lines(_FORTI, low, low, _FORTI_WORDS, holds, places)
    found += [
        m for m in on_lines(_DIRECTIVE, low, low, _DIRECTIVE_WORDS, holds, places) if _typed(text[slice(*_span(m))])
    ]
    found += on_lines(_KEY_CONTENT, low, low, ("key content",), holds, places)
    for words, pattern in (
        (_QUOTED_WORDS, _QUOTED_KEYWORD),
        (("pre-shared-key",), _PRESHARED),
        (("</key>",), _XML_KEY),
        (("identify ",), _IDENTIFY),
        (("etcdctl",), _ETCD),
        (("password '", 'password "'), _SAID),
    ):
        if any(holds(w) for w in words):
            found += pattern.finditer(low)
    if any(holds(w) for w in _NAMED_WORDS):
        found += _XML_NAMED.finditer(low)
    out: list[Span] = []
    for m in found:
        start, end = _span(m)
        value = text[start:end]
        if _HASHED.match(value) is None and plausible(value):
            out.append((start, end, "password"))
    if holds("openvpn static key v1"):
        out += [(*m.span(), "private_key") for m in _OVPN.finditer(low)]
    if holds("wifi:"):
        out += _wifi_codes(text, low, plausible)
    return out


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span("quoted" if "quoted" in m.re.groupindex and m.group("quoted") is not None else "value")


def _typed(value: str) -> bool:
    """Whether a value alone after a directive's name is typed in, not the next word of a sentence that a line break
    put there (`password combination.`): it holds a digit, or capitals and small letters."""
    return any(c.isdigit() for c in value) or (value.lower() != value and value.upper() != value)


def _wifi_codes(text: str, low: str, plausible: Check) -> list[Span]:
    """The password field (`P:`) of Wi-Fi QR codes' payloads (`WIFI:T:WPA;S:name;P:...;;`)."""
    out: list[Span] = []
    for m in _WIFI_QR.finditer(low):
        for field in _QR_FIELD.finditer(low, m.start() + 5, m.end()):
            if field.group("name") == "p" and plausible(text[field.start("value") : field.end("value")]):
                out.append((*field.span("value"), "password"))
    return out

"""Secrets that self-hosted services' configs write in their own line syntax, apart from any name: NUT's `MONITOR`
lines, NTP's and chrony's key files, iSCSI CHAP users (`IncomingUser`, ctld's `chap`, `iscsiadm ... -v ...`),
TACACS+ users' `login = cleartext ...`, MinIO's `mc admin user add`, SNMP communities (also an SNMP tool's `-c`) and
v3 users, routers' and VPNs' pre-shared keys (`crypto isakmp key`, `set psksecret`, `wpa-psk`), routers' protocol
keys (`key-string`, `message-digest-key`, HSRP/VRRP/CARP passwords, a BGP neighbour's `password 7 ...`), DNS
tools' TSIG secrets (`pdnsutil import-tsig-key`, CoreDNS' `secret`, a `dnssec-keygen` private file's `Key:`) and
Ceph keyrings' keys."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, add_password, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_END = r"[ \t]*;?[ \t]*(?=\r?\n|\Z)"
_VALUE = r"(?:\"(?P<quoted>[^\"\r\n]{4,128})\"|'(?P<single>[^'\r\n]{4,128})'|(?P<value>[^\s\"';]{4,128}))"
_UPS = lazy.compile(
    r"[ \t]*monitor[ \t]+[^\s@]{1,64}@[^\s]{1,253}[ \t]+\d{1,3}[ \t]+[^\s\"]{1,64}[ \t]+"
    + _VALUE
    + r"[ \t]+(?:master|slave|primary|secondary)"
    + _END
)
"""On the lower-cased text: NUT's `MONITOR <ups>@<host> <power> <user> <password> primary|secondary`."""
_TIME_KEY = lazy.compile(
    r"[ \t]*\d{1,5}[ \t]+(?:m|md5|sha1?|sha-?(?:224|256|384|512)|sha3-\d{3}|rmd160|aes-?(?:128|256)-?cmac)[ \t]+"
    r"(?P<value>(?P<encoding>hex:|ascii:)?(?P<key>[!-~]{4,128}))" + _END
)
"""On the lower-cased text: a key of NTP's `ntp.keys` or chrony's `chrony.keys` (`<id> <type> <key>`)."""
_CHAP = lazy.compile(
    r"[ \t]*(?:incominguser|outgoinguser|chap(?:-mutual)?)[ \t]+\"?[^\s\"]{1,223}\"?[ \t]+"
    + _VALUE
    + r"(?:[ \t]+[^\r\n]{0,300})?"
    + _END
)
"""On the lower-cased text: an iSCSI target's CHAP user and secret (tgt's and IET's `IncomingUser user secret`,
ctld's `chap user secret`)."""
_ISCSI_AUTH = lazy.compile(
    r"[^\r\n]{0,300}?(?:node\.session|discovery\.sendtargets)\.auth\.password(?:_in)?"
    r"(?:[ \t]*=[ \t]*|[ \t]+(?:-v|--value(?:[ \t]*=)?)[ \t]*)" + _VALUE + r"(?=[ \t;\r\n]|\Z)"
)
"""On the lower-cased text: open-iscsi's `node.session.auth.password = ...` (and `password_in`, the target's), also
set with `iscsiadm ... -n node.session.auth.password -v ...`."""
_TACACS = lazy.compile(
    r"[ \t]*(?:login|pap|chap|arap|opap|ms-chap|enable|global)[ \t]*=[ \t]*cleartext[ \t]+" + _VALUE + _END
)
"""On the lower-cased text: a TACACS+ user's `login = cleartext "..."` (tac_plus' `pap`, `enable` and the like)."""
_MINIO_USER = lazy.compile(
    r"[^\r\n]{0,200}?mc[ \t]+admin[ \t]+user[ \t]+add[ \t]+\S{1,64}[ \t]+\S{1,64}[ \t]+" + _VALUE
)
"""On the lower-cased text: MinIO's `mc admin user add <alias> <access key> <secret key>`."""
_NTP_KEYS = lazy.compile(r"(?m)^[ \t]*\d{1,5}[ \t]+m[ \t]+(?P<value>[!-~]{4,20})[ \t]*$")
"""On the lower-cased text: an ntpd key of type `M` (MD5) in `ntp.keys` (`1 M <key>`), looked for where NTP is
named."""
_COMMUNITY = lazy.compile(
    r"[ \t]*(?:r[ow]community6?|com2sec6?[ \t]+(?:-cn[ \t]+\S{1,64}[ \t]+)?\S{1,64}[ \t]+\S{1,64})[ \t]+"
    r"(?P<value>[^\s\"'#]{4,64})(?:[ \t]+[^\r\n]{0,200})?"
    + _END
    + r"|[ \t]*(?:snmp[_-]?)?community[ \t]*[=:][ \t]*[\"']?(?P<named>[^\s\"'#]{4,64})[\"']?"
    + _END
    + r"|[^\r\n]{0,200}?(?<![\w-])(?:snmp(?:bulk)?(?:walk|get|getnext|set|table|trap|inform|df|netstat|status)"
    r"|snmp-check|check_snmp\w{0,20})(?![\w-])[^\r\n]{0,200}?[ \t]-c[ \t]*[\"']?"
    r"(?P<flag>[^\s\"'#;|&]{4,64})"
)
"""On the lower-cased text: net-snmp's `rocommunity <community> ...` and `com2sec <name> <source> <community>`, a
driver's or an exporter's `community = ...` (NUT's `snmp-ups`), an SNMP tool's `-c <community>`."""
_NTP_CRYPTO = lazy.compile(r"[ \t]*crypto[ \t]+pw[ \t]+" + _VALUE + _END)
"""On the lower-cased text: ntpd's `crypto pw ...`, the password of its Autokey files."""
_SNMP_USER = lazy.compile(
    r"[ \t]*createuser[ \t]+(?:-e[ \t]+\S{1,64}[ \t]+)?[^\s\"]{1,64}[ \t]+(?:md5|sha(?:-?\d{3})?)[ \t]+"
    r"\"?(?P<value>[^\s\"']{8,128})\"?(?:[ \t]+(?:des|aes(?:128|192|256)?)[ \t]+\"?(?P<priv>[^\s\"']{8,128})\"?)?"
    + _END
)
"""On the lower-cased text: net-snmp's `createUser <user> SHA <auth pass> AES <priv pass>`."""
_ROUTER_KEY = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:key-string|message-digest-key[ \t]+\d{1,3}[ \t]+md5"
    r"|authentication-key(?:[ \t]+\d{1,5}[ \t]+md5)?"
    r"|(?:standby|vrrp)[ \t]+\d{1,3}[ \t]+authentication(?:[ \t]+(?:text|md5[ \t]+key-string))?"
    r"|neighbor[ \t]+\S{1,64}[ \t]+password|vrrp[ \t]+group[ \t]+\S{1,32}[ \t]+authentication[ \t]+password"
    r"|carpdev[^\r\n]{0,40}?(?<![\w-])pass|vhid[ \t]+\d{1,3}[ \t]+pass|md5sig[ \t]+(?:password|key)"
    r"|(?:area|domain)-password(?:[ \t]+(?:md5|clear|text))?|isis[ \t]+password(?:[ \t]+(?:md5|clear|text))?)[ \t]+"
    r"(?:(?P<type>[07])[ \t]+)?" + _VALUE + r"(?=[ \t;\r\n]|\Z)"
)
"""On the lower-cased text: a router's key for a routing or redundancy protocol: IOS' `key-string ...`,
`ip ospf message-digest-key 1 md5 ...`, `standby 1 authentication ...`, a BGP neighbour's `password ...` (type 7
is Cisco's reversible encoding, as good as clear text), VyOS' VRRP `authentication password '...'`, CARP's `pass
...`, OpenBGPD's `tcp md5sig password ...`."""
_PSK_LINE = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:pre-?shared-?(?:key|secret)|psksecret|wpa2?-psk|wpa-passphrase"
    r"|isakmp[ \t]+key|plain-text-password-value)"
    r"(?:[ \t]+(?:ascii(?:-text)?|plain(?:-text)?|simple|cleartext|unencrypted|[06]))*[ \t]+"
    + _VALUE
    + r"(?=[ \t;\r\n]|\Z)"
)
"""On the lower-cased text: a pre-shared key typed into a device's or a VPN's config line: IOS' `crypto isakmp key
... address ...` and `pre-shared-key ...`, FortiOS' `set psksecret ...`, VyOS' `pre-shared-secret ...`, a Wi-Fi
interface's `wpa-psk ...` and `wpa2-psk ascii ...`, Junos' `plain-text-password-value ...`."""
_PSK_WORDS = ("pre-shared", "preshared", "psk", "wpa-passphrase", "isakmp", "plain-text-password")
_NOT_PSK = frozenset({"address", "hostname", "keyring", "ascii", "hex", "enc", "encrypted", "local", "remote"})
_TYPE7 = lazy.compile(r"[0-9a-f]{4,128}")
_TSIG_IMPORT = lazy.compile(
    r"[^\r\n]{0,200}?(?:(?:import|add)-tsig-key|(?<![\w-])secret)[ \t]+\S{1,253}[ \t]+hmac-[\w-]{2,16}[ \t]+[\"']?"
    r"(?P<value>[a-z0-9+/]{16,256}={0,2})[\"']?(?=\s|\Z)",
    re.I,
)
"""PowerDNS' `pdnsutil import-tsig-key <name> <algorithm> <secret>`, CoreDNS' `secret <name> <algorithm> <secret>`."""
_KEYGEN_KEY = lazy.compile(r"(?mi)^key:[ \t]*(?P<value>[A-Za-z0-9+/]{16,512}={0,2})[ \t]*$")
"""The `Key:` of a `dnssec-keygen` private file (`Private-key-format: v1.3`), an HMAC key for TSIG."""
_CEPH_KEY = lazy.compile(r"AQ(?<![A-Za-z0-9+/]AQ)[A-D][A-Za-z0-9+/]{35}==(?![A-Za-z0-9+/=])")
"""A Ceph key (`ceph auth get-key`, a keyring's `key = ...`): base64 of type 1, its creation time and 16 random
bytes."""
_COMMON_COMMUNITIES = frozenset({"public", "private", "community", "secret"})
"""SNMP communities every device ships with or every manual prints."""

_ROUTER_WORDS = (
    *("key-string", "message-digest-key", "authentication-key", "neighbor ", "vrrp", "standby ", "vhid ", "md5sig"),
    *("area-password", "domain-password", "isis password"),
)
"""What a line of `_ROUTER_KEY` holds."""
LINE_WORDS = (
    *("monitor ", "md5 ", "sha1 ", "sha256 ", "sha512 ", "cmac ", "incominguser", "outgoinguser", "chap "),
    *(".auth.password", "community", "com2sec", "createuser"),
    *_ROUTER_WORDS,
    *("cleartext ", "user add ", "tsig-key", "hmac-", "crypto pw", "snmp"),
    *_PSK_WORDS,
)
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
_NTP_WORDS = ("ntp.keys", "ntpd", "trustedkey", "ntpkeys")
"""Words that name NTP's keys where its `M` keys are looked for."""
WORDS = (*LINE_WORDS, "private-key-format", "aqa", "aqb", "aqc", "aqd", *_NTP_WORDS)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"monitor[ \t]+\S+@",
    r"\d[ \t]+(?:m|md5|sha\S*|rmd160|aes\S*cmac)[ \t]+\S",
    r"(?:incominguser|outgoinguser|chap(?:-mutual)?)[ \t]",
    r"\.auth\.password",
    r"r[ow]community|com2sec|createuser[ \t]|snmp",
    r"pre-?shared|psk|wpa-passphrase|isakmp|plain-text-password",
    r"key-string|message-digest-key|authentication-key|neighbor[ \t]|vrrp|standby[ \t]|vhid[ \t]|md5sig",
    r"tsig-key|hmac-|private-key-format",
    r"=[ \t]*cleartext[ \t]|user[ \t]+add[ \t]|crypto[ \t]+pw|area-password|domain-password|isis[ \t]+password",
    r"community[ \t]*[=:]",
    r"ntp\.?keys|ntpd|trustedkey",
    r"aq[a-d]",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, typed: Check) -> list[Span]:
    """The secrets of these shapes that `typed` finds typed in (not a reference or a stand-in): `places` tells where
    one of `LINE_WORDS` starts in `low` (in order), `holds` whether a word of `WORDS` occurs in it."""
    out: list[Span] = []
    for m in on_lines(_UPS, low, low, ("monitor ",), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_TIME_KEY, low, low, ("md5 ", "sha1 ", "sha256 ", "sha512 ", "cmac "), holds, places):
        key = m.group("key")
        if len(set(key)) > 8 if m.group("encoding") == "hex:" else typed(text[m.start("key") : m.end("key")]):
            out.append((*m.span("key"), "password"))
    for m in on_lines(_CHAP, low, low, ("incominguser", "outgoinguser", "chap "), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_ISCSI_AUTH, low, low, (".auth.password",), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_TACACS, low, low, ("cleartext ",), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_MINIO_USER, low, low, ("user add ",), holds, places):
        _add(text, m, typed, out)
    if any(holds(w) for w in _NTP_WORDS):
        for m in _NTP_KEYS.finditer(low):
            if typed(text[m.start("value") : m.end("value")]):
                out.append((*m.span("value"), "password"))
    for m in on_lines(_COMMUNITY, low, low, ("community", "com2sec", "snmp"), holds, places):
        group = next(g for g in ("value", "named", "flag") if m.group(g) is not None)
        value = text[m.start(group) : m.end(group)]
        if value.lower() not in _COMMON_COMMUNITIES and value[0] != "$" and typed(value):
            out.append((*m.span(group), "password"))
    for m in on_lines(_NTP_CRYPTO, low, low, ("crypto pw",), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_SNMP_USER, low, low, ("createuser",), holds, places):
        _add(text, m, typed, out)
        if m.group("priv") is not None and typed(text[m.start("priv") : m.end("priv")]):
            out.append((*m.span("priv"), "password"))
    for m in on_lines(_ROUTER_KEY, low, low, _ROUTER_WORDS, holds, places):
        group = next(g for g in ("quoted", "single", "value") if m.group(g) is not None)
        if m.group("type") == "7" and _TYPE7.fullmatch(m.group(group)) is not None:
            out.append((*m.span(group), "password"))  # Cisco's type 7: reversible, as good as clear text
        else:
            _add(text, m, typed, out)
    for m in on_lines(_PSK_LINE, low, low, _PSK_WORDS, holds, places):
        group = next(g for g in ("quoted", "single", "value") if m.group(g) is not None)
        if m.group(group) not in _NOT_PSK:
            _add(text, m, typed, out)
    for m in on_lines(_TSIG_IMPORT, text, low, ("tsig-key", "hmac-"), holds, places):
        out.append((*m.span("value"), "generic_secret"))
    if holds("private-key-format"):
        out += [(*m.span("value"), "generic_secret") for m in _KEYGEN_KEY.finditer(text)]
    if any(holds(w) for w in ("aqa", "aqb", "aqc", "aqd")):
        out += [(*m.span(), "generic_secret") for m in _CEPH_KEY.finditer(text)]
    return out


def _add(text: str, m: re.Match[str], typed: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when it is a typed password, not a hash."""
    add_password(text, m, lambda value: value[0] != "$" and typed(value), out)

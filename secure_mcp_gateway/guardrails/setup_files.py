"""Passwords that installers' answer files, directory servers' and telephony servers' configs write in their own
syntax: Debian's preseed (`d-i passwd/root-password password ...`), Kickstart's `rootpw --plaintext ...`, LDIF and
389's attributes (`olcRootPW: ...`, `nsslapd-rootpw: ...`), SSSD's and nss-pam-ldapd's bind passwords
(`ldap_default_authtok = ...`, `ldap_bind_pw = ...`), Asterisk's `register => user:secret@host` and FreeSWITCH's
`default_password=...`. A password's hash (`{SSHA}...`, `$6$...`, `...-crypted password ...`) is not one."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, add_password, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_END = r"[ \t]*[;,]?[ \t]*(?=\r?\n|\Z)"
_VALUE = r"(?:\"(?P<quoted>[^\"\r\n]{4,256})\"|'(?P<single>[^'\r\n]{4,256})'|(?P<value>[^\s\"']{4,256}))"
_PRESEED = lazy.compile(
    r"[ \t]*d-i[ \t]+(?P<name>[\w./-]{0,80}(?:password|passphrase|passwd|wpa|psk)[\w-]{0,20})[ \t]+"
    r"(?:password|string)[ \t]+" + _VALUE + _END
)
"""On the lower-cased text: a preseed line that answers a password question (`d-i passwd/user-password password
...`, `d-i netcfg/wireless_wpa string ...`)."""
_ROOTPW = lazy.compile(r"[ \t]*rootpw[ \t]+(?P<options>(?:--[a-z-]{2,20}[ \t]+)+)" + _VALUE + _END)
"""On the lower-cased text: Kickstart's `rootpw --plaintext ...` (a bare `rootpw ...` is a directive of its own, read
with the others)."""
_ATTRIBUTE = lazy.compile(
    r"[ \t]*(?:export[ \t]+)?[\"']?(?P<name>olc(?:db)?rootpw|nsslapd-rootpw|(?:[a-z][\w.-]{0,40}?[_.-])?bind_?pw"
    r"|[a-z][\w.-]{0,40}?(?:authtok|(?<![a-z])pw)|(?<=[\"'])pw(?=[\"']))"
    r"[\"']?[ \t]*(?:=|:(?!:)|:=)[ \t]*" + _VALUE + _END
)
"""On the lower-cased text: a directory server's attribute or a client's option that holds a bind password
(`olcRootPW: ...`, `nsslapd-rootpw: ...`, `ldap_default_authtok = ...`, `ldap_bind_pw = ...`, Dex's `bindPW: ...`,
`SMTP_PW=...`), also as a JSON member on its own line (`"bind_pw": "...",`, `"pw": "...",`)."""
_REGISTER = lazy.compile(
    r"[ \t]*register[ \t]*=>[ \t]*(?:[a-z]{2,6}://)?[^\s:@/]{1,64}:(?P<value>[^\s:@/]{4,128})(?::[^\s:@/]{1,64})?@"
    r"[a-z0-9.-]{2,253}"
)
"""On the lower-cased text: Asterisk's registration with a provider (`register => user:secret@host`)."""
_DEFAULT_PASSWORD = lazy.compile(r"data=\"default_password=(?P<value>[^\"\s]{4,128})\"")
"""On the lower-cased text: FreeSWITCH's `<X-PRE-PROCESS cmd="set" data="default_password=..."/>`."""
_HASHED = lazy.compile(r"\{[a-z0-9.-]{2,20}\}|\$\w{1,3}\$")
"""A password's hash (`{SSHA}...`, `{CRYPT}$6$...`, `$6$...`), not the password."""
_DOCUMENTED = frozenset({"r00tme"})
"""Passwords that installers' example answer files print (Debian's example preseed file's root password)."""

WORDS = (
    "d-i ",
    "rootpw ",
    "rootpw:",
    "authtok",
    "pw=",
    "pw =",
    "pw:",
    'pw":',
    "register =>",
    "register=>",
    "default_password=",
)
"""The literals these finders need in the lower-cased text (the shared index tells where a long text holds each)."""
LOW_GATES = (
    r"d-i[ \t]+[\w./-]*(?:password|passphrase|passwd|wpa|psk)",
    r"rootpw[ \t]+--",
    r"(?:authtok|pw)[\"']?[ \t]*(?:=|:)",
    r"register[ \t]*=>",
    r"default_password=",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, typed: Check) -> list[Span]:
    """The passwords of these shapes that `typed` finds typed in (not a reference or a stand-in): `places` tells
    where one of `WORDS` starts in `low` (in order)."""
    out: list[Span] = []

    def holds(word: str) -> bool:
        return bool(places(word))

    for m in on_lines(_PRESEED, low, low, ("d-i ",), holds, places):
        if "crypted" not in m.group("name"):
            _add(text, m, typed, out)
    for m in on_lines(_ROOTPW, low, low, ("rootpw ",), holds, places):
        if "crypted" not in m.group("options") and "--lock" not in m.group("options"):
            _add(text, m, typed, out)
    for m in on_lines(_ATTRIBUTE, low, low, ("rootpw:", "authtok", "pw=", "pw =", "pw:", 'pw":'), holds, places):
        _add(text, m, typed, out)
    for m in on_lines(_REGISTER, low, low, ("register =>", "register=>"), holds, places):
        _add(text, m, typed, out)
    if holds("default_password="):
        for m in _DEFAULT_PASSWORD.finditer(low):
            _add(text, m, typed, out)
    return out


def _add(text: str, m: re.Match[str], typed: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when it is a typed password, not a hash."""
    add_password(text, m, lambda value: _HASHED.match(value) is None and value not in _DOCUMENTED and typed(value), out)

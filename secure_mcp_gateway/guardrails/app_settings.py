"""Secrets in applications' and agents' settings under names that say less than `password` or `token`: salts and
signers (Drupal's `hash_salt`, Nextcloud's `passwordsalt`, Phoenix's `token_salt` and `signing_salt`, Joken's
`default_signer`), keys decoded in place (`key: Base.decode64!("...")`, `base64.b64decode("...")`,
`bytes.fromhex("...")`), Beats' `cloud.auth: "<user>:<password>"` and monit's `allow <user>:<password>`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .scan import matches_at

_SALT = lazy.compile(r"(?:salt|signer)[\"']?\]?[ \t]*(?:=>?|:)[ \t]*[\"'](?P<value>[^\"'\s]{8,256})[\"']")
"""On the lower-cased text, from the end of a name: a salt's or a signer's value (`hash_salt'] = '...'`)."""
_SALT_LEAST = 16
_HASH_NAMED = lazy.compile(r"(?<![a-z])(?:hash|digest|hashed_?password|password_?hash)[\"']?[ \t]*(?:=>?|:)")
"""On the lower-cased text: a stored hash named in the same record as a salt (`"hash": ...`, `passwordHash = ...`)."""
_HASH_REACH = 240
_SHORT_SALTS = ("signing_salt", "encryption_salt")
"""Phoenix's and Plug's salts, eight characters as generated (`signing_salt: "..."`; see `_short_salt`)."""
_DECODED = lazy.compile(
    r"(?:b64decode|(?:strict_|urlsafe_|url_)?decode64!?|frombase64string|atob|fromhex|unhexlify)"
    r"\([ \t]*[\"'](?P<value>[A-Za-z0-9+/_-]{24,512}={0,2})[\"']"
)
"""On the lower-cased text: a key in base64 handed to a decoding call, read where a key's name stands before it."""
_KEY_BEFORE = lazy.compile(r"(?:key|secret|token|cipher)[\w\"']{0,40}[ \t]*(?:=>?|:)[ \t]*[\w.]{0,40}\(?\Z")
_KEY_REACH = 64
_CLOUD_AUTH = lazy.compile(r"cloud\.auth[\"']?[ \t]*[:=][ \t]*[\"']?[^\s:\"']{1,64}:(?P<value>[^\s\"']{4,128})")
"""Beats' and Elastic Agent's `cloud.auth: "<user>:<password>"`."""
_MONIT = lazy.compile(
    r"allow[ \t]+[a-z0-9_.-]{1,64}:(?P<value>[^\s\"]{4,128})(?=[ \t]*(?:read-only)?[ \t]*(?:\r?\n|\Z))"
)
"""monit's `set httpd` `allow <user>:<password>` (a host or a network there holds no colon but IPv6's)."""
_DECODERS = (
    "b64decode(",
    "strict_decode64(",
    "urlsafe_decode64(",
    "url_decode64",
    "decode64",
    "frombase64string(",
    "atob(",
    "fromhex(",
    "unhexlify(",
)
"""The decoding calls' names, where a key decoded in place is read."""
PLACED = ("salt", "signer", *_DECODERS)
"""The words whose places these finders read."""
WORDS = ("salt", "signer", "decode", "atob(", "fromhex(", "unhexlify(", "cloud.auth", "allow ", "httpd")


def find(
    text: str,
    low: str,
    random: Callable[[str], bool],
    typed: Callable[[str], bool],
    holds: Callable[[str], bool],
    places: Callable[[str], list[int]],
) -> list[tuple[int, int, str]]:
    """These secrets: salts, signers and decoded keys that `random` finds random, passwords `typed` finds typed in
    (`holds(word)`: whether `low` holds a word of `WORDS`; `places(word)`: where a word of `PLACED` starts in it)."""
    out: list[tuple[int, int, str]] = []
    for word in ("salt", "signer"):
        if holds(word):
            for m in matches_at(_SALT, low, places(word)):
                value = text[m.start("value") : m.end("value")]
                if _HASH_NAMED.search(low, max(0, m.start() - _HASH_REACH), m.end() + _HASH_REACH) is not None:
                    continue  # a stored password's salt beside its hash: public by design, as the hash is
                if len(value) >= _SALT_LEAST:
                    if random(value):
                        out.append((*m.span("value"), "generic_secret"))
                elif low.endswith(_SHORT_SALTS, 0, m.start() + 4) and _short_salt(value, typed):
                    out.append((*m.span("value"), "generic_secret"))
    if holds("decode") or holds("atob(") or holds("fromhex(") or holds("unhexlify("):
        for m in matches_at(_DECODED, low, sorted(at for w in _DECODERS for at in places(w))):
            value = text[m.start("value") : m.end("value")]
            if _KEY_BEFORE.search(low, max(0, m.start() - _KEY_REACH), m.start()) and random(value):
                out.append((*m.span("value"), "generic_secret"))
    if holds("cloud.auth"):
        out += [(*m.span("value"), "password") for m in _CLOUD_AUTH.finditer(low) if typed(_at(text, m))]
    if holds("allow ") and holds("httpd"):
        out += [(*m.span("value"), "password") for m in _MONIT.finditer(low) if typed(_at(text, m))]
    return out


def _short_salt(value: str, typed: Callable[[str], bool]) -> bool:
    """Whether an eight-character salt is generated: letters of both cases or letters and digits, of six different
    characters or more, and typed in (no reference or stand-in); not a word (`Secret12` is judged by `typed`)."""
    mixed = not (value.islower() or value.isupper() or value.istitle())
    return len(set(value)) >= 6 and value.isalnum() and (mixed or not value.isalpha()) and (typed(value) or mixed)


def _at(text: str, m: re.Match[str]) -> str:
    """The value of a match made on the lower-cased text, as written in `text`."""
    return text[m.start("value") : m.end("value")]

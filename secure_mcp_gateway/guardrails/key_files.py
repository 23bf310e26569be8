"""Secrets in the line shapes of key and password files: a media server's API keys (`keys:` then
`<key id>: <secret>`, LiveKit's key file), object-storage FUSE mounts' `ACCESS:SECRET` (s3fs' `passwd-s3fs`, ossfs',
with or without a bucket before), CAS's `user::password` accept lists and Tor onion services' secret key files."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .line_starts import line_matches

Check = Callable[[str], bool]

_KEYS_HEAD = lazy.compile(r"(?P<indent>[ \t]*)[\"']?(?:api[_-]?)?keys[\"']?[ \t]*:[ \t]*\r?")
"""On the lower-cased text: `keys:` (or `api_keys:`) opening a mapping of key ids to secrets."""
_KEY_PAIR = lazy.compile(
    r"[ \t]*[\"']?(?P<id>[A-Za-z][A-Za-z0-9_-]{2,63})[\"']?[ \t]*:[ \t]*[\"']?(?P<value>[A-Za-z0-9+/_=-]{20,128})[\"']?"
    r"[ \t]*\r?"
)
_API_PAIR = lazy.compile(r"[ \t]*(?P<id>API[A-Za-z0-9]{8,20}):[ \t]+(?P<value>[A-Za-z0-9+/_=-]{20,128})[ \t]*\r?")
"""A LiveKit key file's line (`API<id>: <secret>`), in a short text or where LiveKit is named."""
_PAIR_LINE = lazy.compile(
    r"(?m)^(?:[a-z0-9][a-z0-9._-]{2,62}:)?(?P<pair>(?P<id>[A-Z0-9]{16,128}):(?P<secret>[A-Za-z0-9+/]{24,88}={0,2}))"
    r"[ \t]*\r?$"
)
"""An object-storage credential file's line: `<ACCESS KEY ID>:<SECRET>` or `<bucket>:<ID>:<SECRET>` (s3fs, ossfs,
goofys-style); the id is capitals and digits (AWS', Google's HMAC, Alibaba's, MinIO's), the secret base64."""
_ACCEPT_LINE = lazy.compile(
    r"[ \t]*(?:[\w.-]{0,40}users[ \t]*[=:][ \t]*)?[\w.@-]{1,64}::[^\s,:;()<>]{4,128}"
    r"(?:[ \t]*,[ \t]*[\w.@-]{1,64}::[^\s,:;()<>]{4,128})*[ \t]*\r?"
)
"""A line of CAS's accept list: `cas.authn.accept.users=casuser::...,other::...`, or `user::password` alone."""
_ACCEPT = lazy.compile(r"(?P<user>[\w.@-]{1,64})::(?P<value>[^\s,:;()<>]{4,128})")
_ONION = lazy.compile(r"== ed25519v1-secret: type0 ==(?:\x00|\\x00|\\0|\\u0000|\^@|[ \t])*\r?\n?(?P<key>[^\s]{40,200})")
"""A Tor onion service's `hs_ed25519_secret_key` file shown as text: its header, the padding, the key's 64 bytes
(as printed, escaped or encoded)."""
_SHORT_FILE = 2048
_FILE_WORDS = ("s3fs", "ossfs", "cosfs", "obsfs", "passwd-")
"""Words that name an object-storage mount's credential file: a longer text is read for its pairs where one stands."""
WORDS = ("keys:", "::", "livekit", "ed25519v1-secret", *_FILE_WORDS)
LOW_GATES = (r"[a-z0-9]{16}:[a-z0-9+/]{24}", r"(?:^|\n)[ \t]*api[a-z0-9]{8,20}:[ \t]")
"""For short texts: what a text must hold before a credential file's pair or a key file's line is looked for."""
_PAIR_MOST = 64


def _line(text: str, at: int) -> tuple[int, int]:
    """The start and the end (before its line break) of the line that holds `at`."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _pairs(text: str, indent: int, pos: int, random: Check, out: list[tuple[int, int, str]]) -> None:
    """The secrets of a `keys:` mapping's lines from `pos` on, indented deeper than `indent`."""
    for _ in range(_PAIR_MOST):
        if pos >= len(text):
            return
        start, end = _line(text, pos)
        line = text[start:end]
        if not line.strip() or len(line) - len(line.lstrip(" \t")) <= indent:
            return
        m = _KEY_PAIR.fullmatch(text, start, end)
        if m is None:
            return
        if random(m.group("value")):
            out.append((*m.span("value"), "generic_secret"))
        pos = end + 1


def find(text: str, low: str, random: Check, typed: Check, holds: Check) -> list[tuple[int, int, str]]:
    """The secrets of these files: a key file's secrets that `random` finds random, s3fs pairs, CAS passwords that
    `typed` finds typed in; `holds(word)` tells whether a word of `WORDS` occurs in `low`."""
    out: list[tuple[int, int, str]] = []
    if holds("keys:"):
        at = low.find("keys:")
        while at >= 0:  # (a line is read once: a `keys:` head holds the word once)
            start, end = _line(low, at)
            head = _KEYS_HEAD.fullmatch(low, start, end)
            if head is not None:
                _pairs(text, len(head.group("indent")), end + 1, random, out)
            at = low.find("keys:", end)
    if "API" in text and (len(text) < _SHORT_FILE or holds("livekit")):
        at = text.find("API")
        while at >= 0:  # each line once, its answer counted once per `API` in it (the word cannot overlap itself)
            start, end = _line(text, at)
            m = _API_PAIR.fullmatch(text, start, end)
            if m is not None and random(m.group("value")):
                out.extend([(*m.span("value"), "generic_secret")] * text.count("API", at, end))
            at = text.find("API", end)
    if len(text) < _SHORT_FILE or any(map(holds, _FILE_WORDS)):
        for m in line_matches(text, ":", _PAIR_LINE.match):  # (its `^` is tried at the lines holding a colon)
            if random(m.group("secret").rstrip("=")):
                out.append((*m.span("pair"), "generic_secret"))
    if holds("ed25519v1-secret"):
        out += [(m.start(), m.end(), "private_key") for m in _ONION.finditer(text)]
    if holds("::"):
        at = low.find("::")
        while at >= 0:  # each line once (the places after the first on a line were passed over)
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            end = len(low) if end < 0 else end
            at = low.find("::", end)
            if _ACCEPT_LINE.fullmatch(text, start, end) is None:
                continue  # code (`std::string`, `a[::2]`), not an accept list
            for m in _ACCEPT.finditer(text, start, end):
                if typed(m.group("value")):
                    out.append((*m.span("value"), "password"))
    return out

"""Secrets written in clear in a field meant to hold them sealed or apart: a CI file's `secure:` value that is not
the vendor's ciphertext (Travis CI's and AppVeyor's `secure:` take an encrypted value; a value that does not decode
to whole cipher blocks was pasted in clear) and the entries of a Kubernetes Secret's `stringData:` (every entry is
a secret, whatever its key's name, but for the keys that name a user, a host or a port)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from . import lazy

Check = Callable[[str], bool]
Span = tuple[int, int, str]

WORDS = ("secure:", "stringdata:")
"""Where such a field may stand (lower-cased): each place is read, the rest of the text is not."""
LOW_GATES = (r"secure[\"']?[ \t]*:|stringdata[ \t]*:",)
"""On a short lower-cased text: what one of these fields needs (see `secrets._low_any`)."""

_SECURE = lazy.compile(
    r"(?:(?<=[\s\"'{,])|^)secure[\"']?[ \t]*:[ \t]*(?P<q>[\"']?)(?P<value>[^\s\"'#|>&*!{}\[\],][^\s\"']{3,255})(?P=q)"
    r"[ \t]*(?:[,}]|#[^\r\n]*)?[ \t]*(?:\r?\n|\Z)",
    re.M,
)
"""On the text as written, from `secure:`: a value alone on its line (bare or quoted; JSON's `"secure": "..."`)."""
_BASE64 = lazy.compile(r"[A-Za-z0-9+/]+={0,2}")
_BLOCK = 16
"""A cipher's block in bytes: AES ciphertext (AppVeyor) and RSA's (Travis CI, 256 bytes) decode to whole blocks."""
_SEALED_LEAST = 100
"""A value at least this long is taken for ciphertext in any case."""

_CI_WORDS = (
    *("travis", "appveyor", "env:", "environment:", "deploy:", "provider:", "global:", "matrix:", "script:"),
    *("install:", "before_install:", "build_script:", "on:", "jobs:"),
)
"""Words of a CI file, one of which a text with a `secure:` value to read holds (`secure:` alone is also a cookie's
or a server's setting)."""
_ENTRY = lazy.compile(
    r"(?P<indent>[ \t]+)[\"']?(?P<key>[A-Za-z0-9_.-]{1,253})[\"']?[ \t]*:[ \t]*"
    r"(?P<q>[\"']?)(?P<value>[^\s\"'#|>&*!{}\[\],][^\s\"']{3,4095})(?P=q)[ \t]*(?:#[^\r\n]*)?\r?$",
    re.M,
)
"""An entry of a mapping on its own line, with a bare or quoted value (not a block scalar)."""
_PLAIN_KEY = lazy.compile(
    r"(?:.*[_.-])?(?:user(?:name)?|login|host(?:name)?|server|port|database|db(?:name)?|schema|region|endpoint"
    r"|url|uri|e?mail|namespace|bucket|name|domain|project|account|tenant|cluster|protocol|scheme|sslmode|mode"
    r"|type|version|path|file|id|client[_-]?id|issuer|audience|scope|timeout)",
    re.I,
)
"""A key that names a user, a place or a setting of the connection, not its secret."""
_STRING_DATA_MOST = 200
"""How many entries of one `stringData:` block are read."""


def find(text: str, low: str, places: dict[str, list[int]], plausible: Check) -> list[Span]:
    """These secrets' spans (`places`: where each word of `WORDS` starts in `low`; `plausible`: whether a value is a
    secret's)."""
    out: list[Span] = []
    secure = places.get("secure:", [])
    for at in secure if secure and any(w in low for w in _CI_WORDS) else []:
        m = _SECURE.match(text, at)
        if m is None or "=" in m.group("value"):
            continue  # (`secure: "NAME=value"` is read as an assignment)
        if not _sealed(m.group("value")) and plausible(m.group("value")):
            out.append((*m.span("value"), "generic_secret"))
    for at in places.get("stringdata:", []):
        out += _string_data(text, low, at, plausible)
    return out


def _sealed(value: str) -> bool:
    """Whether a `secure:` value is ciphertext: long, or base64 of whole cipher blocks."""
    if len(value) >= _SEALED_LEAST:
        return True
    if _BASE64.fullmatch(value) is None or len(value) % 4:
        return False
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(raw) >= _BLOCK and len(raw) % _BLOCK == 0


def _string_data(text: str, low: str, at: int, plausible: Check) -> list[Span]:
    """The secrets among the entries indented under the `stringData:` key at `at`."""
    line = low.rfind("\n", 0, at) + 1
    if low[line:at].strip(" \t") or not low.startswith(("stringdata:\n", "stringdata:\r\n"), at):
        return []  # a key of its own line, with its entries on the lines after it
    base = at - line
    out: list[Span] = []
    pos = low.find("\n", at) + 1
    indent = None
    for _ in range(_STRING_DATA_MOST):
        if pos <= 0 or pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = _ENTRY.match(text, pos, end)
        if m is None:
            if text[pos:end].strip():
                break  # the block ended (or an entry is a block scalar: what follows is read no further)
            pos = end + 1
            continue
        width = len(m.group("indent"))
        if width <= base or (indent is not None and width != indent):
            break
        indent = width
        if _PLAIN_KEY.fullmatch(m.group("key")) is None and plausible(m.group("value")):
            out.append((*m.span("value"), "generic_secret"))
        pos = end + 1
    return out

"""Secrets named by the block they stand in or by a sibling key, in any YAML or JSON config: a `value:` or `default:`
under a parent key that names a secret (`REGISTRY_PASSWORD:` then `  value: ...`; a template parameter `DbPassword:`
then `  Type: String` and `  Default: ...`; `"SECRET_KEY_BASE": {"description": ..., "value": ...}`), or beside a
sibling that names it anywhere in the same mapping (`- name: DB_PASS`, `  type: string`, `  value: ...`; a pipeline
parameter's `- name: registry-password`, `  type: string`, `  default: ...`; not a `key:`, which also names headers,
labels and taints), an Envoy data source's `inline_string:` or `inline_bytes:` under `secret:` or `password:`
(also written inline, `private_key: { inline_bytes: ... }`, or an item of a list under a key that names it,
`session_ticket_keys:` then `keys:` then `- inline_bytes: ...`; drawn bytes under any key but a certificate's), or
beside a private key's type
(`{"type": "tendermint/PrivKeyEd25519", "value": "..."}`). The value is judged as any assigned secret is."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from . import lazy

WORDS = (
    *("value:", "default:", '"value":', "'value':", '"default":', '"value" :'),
    *("inline_string:", "inline_bytes:", '"inline_string":', '"inline_bytes":'),
)
"""Where such a value may stand (lower-cased): each place is read, the rest of the text is not."""
LOW_GATES = (r"(?:value|default|inline_string|inline_bytes)[\"']?[ \t]*:",)
"""On a short lower-cased text: what one of these values needs (see `secrets._low_any`)."""

_CAMEL = lazy.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TELLING = lazy.compile(
    r"pass(?:word|wd|phrase)|passwd|pwd|secret|token|credential|api_?key|privkey|priv_key|private_?key|psk"
    r"|(?:^|[_.-])(?:pass|pw)(?:$|[_.-])"
    r"|(?:access|account|signing|master|encryption|auth|license|webhook|admin|service|shared|session|storage|deploy"
    r"|bot|integration|management|sas|ticket)[_.-]?key(?:$|[_.-]|s$)"
)
"""In a name split at its case changes and lower-cased: a word that makes it a secret's name."""
_NOT_TELLING = lazy.compile(
    r"public|publishable|pubkey|pub_key|client_id|tokeni[sz]"
    r"|^(?:next_public|expo_public|nuxt_public|react_app|vue_app|vite|gatsby|public)_"
    r"|(?:client|sdk|browser|frontend|mobile|anon|site|embed|widget|environment)_?(?:key|token)$|max_?tokens?|num_?tokens?|token_?(?:type|url|uri|ttl)"
    r"|(?:_|^)(?:id|ids|name|names|file|path|url|uri|ref|ttl|expiry|expires|expiration|length|len|type|header|endpoint"
    r"|policy|env|location|lifetime|timeout|hint|prompt|label|format|count|size|mode|enabled|required|rotation"
    r"|version|kind|field|source|hash|digest|description|example|regex|pattern|template|provider|store|manager"
    r"|mount|dir|key_?ref|secret_?ref|from|selector|usage|scope|algorithm|alg|min|max|address|addr|fingerprint"
    r"|thumbprint|checksum|kid|room|hashed|salt|crypt|bcrypt|scrypt|argon2?|md5|sha(?:1|256|384|512)?)$"
)
"""A name that holds a telling word yet names something about the secret, not the secret (`DB_PASSWORD_FILE`,
`token_ttl`, `secretName`), or a public half."""
_SIBLING_KEYS = frozenset({"name", "variable", "env", "envvar", "param", "parameter", "field"})
"""The keys whose value names the mapping's `value` (Kubernetes' and CI vendors' env lists, parameters)."""
_LINE = lazy.compile(
    r"(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?[\"']?(?P<key>[^\s:\"'#{}\[\],][^\s:\"']{0,79})[\"']?[ \t]*:(?:[ \t]+|$)"
    r"(?P<rest>.*)"
)
"""A YAML line: its indent, a list item's dash, its key and what follows the colon."""
_SCALAR = lazy.compile(r"(?P<q>[\"']?)(?P<value>[^\s\"'#|>&*!{}\[\],][^\s\"']{5,4095})(?P=q)[ \t]*(?:#.*)?\r?")
"""A bare or quoted value alone on its line (no spaces, not a block, an anchor or a flow collection)."""
_JSON_VALUE = lazy.compile(r"[ \t]*:[ \t]*\"(?P<value>[^\s\"\\]{6,4096})\"")
_JSON_PAIR = lazy.compile(r"\"(?P<key>[A-Za-z_]{1,20})\"[ \t]*:[ \t]*\"(?P<name>[^\"\\\n]{1,120})\"")
_JSON_PARENT = lazy.compile(r"\"(?P<name>[^\"\\\n]{1,80})\"[ \t]*:[ \t]*\Z")
_PRIVATE_TYPE = lazy.compile(r"priv(?:ate)?_?key", re.I)
"""A type naming a private key (Tendermint's and Cosmos' `tendermint/PrivKeyEd25519`, `secp256k1 private key`)."""
_VALUE_KEYS = frozenset({"value", "default", "inline_string", "inline_bytes"})
"""The keys of a value named by its block (Envoy's data sources: `inline_string`, `inline_bytes`)."""
_INLINE = lazy.compile(
    r"inline_(?P<kind>bytes|string)[\"']?[ \t]*:[ \t]*(?P<q>[\"']?)"
    r"(?P<value>[^\s\"',{}\[\]#|>&*!][^\s\"',{}\[\]]{5,4095})(?P=q)[ \t]*(?:[,}\]]|#|\r?$)",
    re.M,
)
"""On the lower-cased text: an Envoy data source's value, in a block, inline (`{ inline_bytes: ... }`) or in JSON."""
_OPENER_KEY = lazy.compile(r"[\"']?(?P<key>[a-z_][\w.-]{0,79})[\"']?[ \t]*:[ \t]*(?:-[ \t]*)?\Z")
"""A key right before what it opens (`private_key: {`, `"keys": [`, `keys:` then a list item)."""
_CERTIFICATE = lazy.compile(r"cert|(?:^|_)ca(?:$|_)|trusted|validation|public|crl|ocsp|dh_?param")
"""A data source's ancestor that names a certificate, an authority or a public value, not a key."""
_INLINE_ANCESTORS = 3
_INLINE_REACH = 600
_DRAWN_LEAST = 16
_DRAWN_MOST = 512
_DRAWN_DISTINCT = 0.6
_REACH_LINES = 16
_REACH = 1200
_OBJECT_REACH = 600


def telling(name: str, public: Callable[[str], bool]) -> str:
    """ "password" or "generic_secret" when `name` (any case, camelCase too) names a secret and `public` (given it
    split at its case changes and lower-cased) does not find it a public key's name; else ""."""
    low = _CAMEL.sub("_", name).lower().strip("\"' ")
    if _TELLING.search(low) is None or _NOT_TELLING.search(low) is not None or public(low):
        return ""
    return "password" if "pass" in low or "pw" in low else "generic_secret"


def find(
    text: str, low: str, places: list[int], judge: Callable[[str], bool], public: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """These values at `places` (where `WORDS` start in `low`) with their kind; `judge(value)` vetoes a value
    that is no secret (a reference, a placeholder, a word), `public(name)` a name for a key meant to be public."""
    out: list[tuple[int, int, str]] = []
    done = -1
    for at in places:
        if at < done or (at and (low[at - 1].isalnum() or low[at - 1] == "_")):
            continue
        found = _json(text, low, at, public) if low[at] in "\"'" else _yaml(text, low, at, public)
        if found is None and low.startswith("inline_", at + (low[at] in "\"'")):
            found = _inline(text, low, at, public)
        if found is not None and judge(text[found[0] : found[1]]):
            out.append(found)
            done = found[1]
    return out


def _yaml(text: str, low: str, at: int, public: Callable[[str], bool]) -> tuple[int, int, str] | None:
    start = low.rfind("\n", 0, at) + 1
    end = _line_end(low, at)
    line = _LINE.fullmatch(text, start, end)
    if line is None or line.group("key").lower() not in _VALUE_KEYS:
        return None
    m = _SCALAR.fullmatch(text, line.start("rest"), end)
    if m is None:
        return None
    col = line.start("key") - start
    kind = _named_around(text, start, end, col, line.group("dash") is not None, public)
    return (*m.span("value"), kind) if kind else None


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends, before its `\r\n` or `\n`."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return end - 1 if end and text[end - 1] == "\r" else end


def _named_around(text: str, start: int, end: int, col: int, item: bool, public: Callable[[str], bool]) -> str:
    """The kind a sibling key or the parent key names for the value on the line [start, end) whose key stands at
    column `col` (`item`: that line starts a list item), or ""."""
    if not item:
        pos = start
        for _ in range(_REACH_LINES):
            if pos == 0 or start - pos > _REACH:
                break
            prev = text.rfind("\n", 0, pos - 1) + 1
            m = _LINE.fullmatch(text, prev, _line_end(text, prev))
            if m is None:
                stripped = text[prev : pos - 1].strip()
                pos = prev
                if not stripped or stripped.startswith("#"):
                    continue
                return ""
            c = m.start("key") - prev
            pos = prev
            if c > col:
                continue  # a nested child of an earlier sibling
            if c < col:
                rest = m.group("rest").strip()
                return telling(m.group("key"), public) if not rest or rest.startswith("#") else ""
            kind = _sibling(m, public)
            if kind:
                return kind
            if m.group("dash") is not None:
                break  # the item started there: the siblings after the value are read
    pos = end + 1
    for _ in range(_REACH_LINES):
        if pos >= len(text) or pos - end > _REACH:
            break
        line_end = _line_end(text, pos)
        m = _LINE.fullmatch(text, pos, line_end)
        here = pos
        pos = text.find("\n", line_end) + 1 or len(text)
        if m is None:
            continue
        c = m.start("key") - here
        if c > col:
            continue
        if c < col or m.group("dash") is not None:
            return ""
        kind = _sibling(m, public)
        if kind:
            return kind
    return ""


def _sibling(m: re.Match[str], public: Callable[[str], bool]) -> str:
    key = m.group("key").lower()
    if key not in _SIBLING_KEYS:
        return ""
    name = m.group("rest").strip().strip("\"'")
    return telling(name, public) if 0 < len(name) <= 80 and " " not in name else ""


def _json(text: str, low: str, at: int, public: Callable[[str], bool]) -> tuple[int, int, str] | None:
    key_end = low.find(low[at], at + 1) + 1
    m = _JSON_VALUE.match(text, key_end)
    if m is None:
        return None
    depth = 0
    pos = at - 1
    floor = max(0, at - _OBJECT_REACH)
    while pos >= floor:
        ch = text[pos]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                break
            depth -= 1
        pos -= 1
    else:
        return None
    if pos < floor:
        return None
    close = text.find("}", m.end(), m.end() + _OBJECT_REACH)
    inner = text[pos + 1 : close if close >= 0 else m.end() + _OBJECT_REACH]
    for pair in _JSON_PAIR.finditer(inner):
        key = pair.group("key").lower()
        if key == "type" and _PRIVATE_TYPE.search(pair.group("name")) is not None:
            return (*m.span("value"), "private_key")
        if key in _SIBLING_KEYS:
            kind = telling(pair.group("name"), public)
            if kind:
                return (*m.span("value"), kind)
    parent = _JSON_PARENT.search(text, max(0, pos - 100), pos)
    if parent is not None:
        kind = telling(parent.group("name"), public)
        if kind:
            return (*m.span("value"), kind)
    return None


def _inline(text: str, low: str, at: int, public: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """An Envoy data source's value at `at` named by one of its nearest ancestors (keys of what encloses it, inline
    or by indentation), or drawn bytes (`inline_bytes`) under no certificate's key."""
    m = _INLINE.match(low, at + (low[at] in "\"'"))
    if m is None:
        return None
    names = _ancestors(low, at)
    for name in names:
        if _CERTIFICATE.search(name) is not None:
            return None  # (nearest first: a private key's own name beside `tls_certificates:` above it tells first)
        kind = telling(name, public)
        if kind:
            return (*m.span("value"), kind)
    if m.group("kind") == "bytes" and _drawn(text[m.start("value") : m.end("value")]):
        return (*m.span("value"), "generic_secret")
    return None


def _ancestors(low: str, at: int) -> list[str]:
    """The keys of what encloses `at`, nearest first (at most `_INLINE_ANCESTORS`): the openers (`{`, `[`) before it
    with the key right before each, then, from the line that holds the outermost one, the keys of lines with less
    indentation above it."""
    names: list[str] = []
    depth = 0
    pos = at - 1
    floor = max(0, at - _INLINE_REACH)
    line_at = at
    while pos >= floor and len(names) < _INLINE_ANCESTORS:
        ch = low[pos]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth:
                depth -= 1
            else:
                key = _OPENER_KEY.search(low, max(0, pos - 100), pos)
                if key is not None:
                    names.append(key.group("key"))
                line_at = pos
        elif ch == "\n" and depth == 0 and low[line_at:at].count("{") + low[line_at:at].count("[") == 0:
            break  # a block's line: its ancestors are found by indentation
        pos -= 1
    start = low.rfind("\n", 0, line_at) + 1
    col = len(low[start:line_at]) - len(low[start:line_at].lstrip(" \t-"))
    pos = start
    for _ in range(_REACH_LINES):
        if len(names) >= _INLINE_ANCESTORS or pos == 0 or col == 0 or at - pos > _INLINE_REACH:
            break
        prev = low.rfind("\n", 0, pos - 1) + 1
        line = low[prev : pos - 1].rstrip("\r")
        pos = prev
        body = line.lstrip(" \t")
        if not body or body.startswith("#"):
            continue
        indent = len(line) - len(body.lstrip("- "))  # (a list item's content column)
        if indent < col:
            key = _LINE.fullmatch(line)
            if key is None:
                break
            names.append(key.group("key"))
            col = indent
    return names


def _drawn(encoded: str) -> bool:
    """Whether base64 `encoded` holds drawn bytes, as many as a key has: most of them different, not text."""
    try:
        raw = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return _DRAWN_LEAST <= len(raw) <= _DRAWN_MOST and len(set(raw)) >= _DRAWN_DISTINCT * len(raw) and not raw.isascii()

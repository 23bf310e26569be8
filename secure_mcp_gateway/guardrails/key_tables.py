"""Keys in the tables and files of networks and apps, named by a short word that needs its place: SIM cards' Ki and
OPc beside an IMSI (`Ki=...` lines, a provisioning CSV's `ki`/`opc` columns, a subscriber's `"k": "..."`), an app's
crypt key under its parent (`'crypt' => ['key' => '...']` in a PHP config, `<crypt><key>...</key></crypt>` in XML),
an rsync daemon's secrets file (`user:password` lines where the text names it), home networks' keys (Z-Wave's S0
and S2 security keys, a Zigbee network key as a list of 16 bytes) and a secret's string in DynamoDB's typed JSON
(`"api_key": {"S": "..."}`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .scan import INDEX, matches_at, occurrences

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_SIM_WORDS = ("imsi", "iccid")
"""What a text about SIM keys names (a bare `k` or `op` elsewhere says nothing)."""
_SIM_PAIR = lazy.compile(
    r"(?<![\w.-])[\"']?(?P<name>ki|k|opc|op)[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?(?P<value>[0-9a-f]{32})(?![0-9a-z])"
)
"""On the lower-cased text: a SIM card's or a subscriber's secret key (`Ki`, `K`) or operator key (`OP`, `OPc`),
32 hex digits."""
_SIM_HEADER = lazy.compile(r"(?m)^[ \t]*(?:[\w \"]{1,24}[,;\t|]){0,20}[ \"]*(?:ki|k|opc|op)[ \"]*(?:[,;\t|]|$)")
"""On the lower-cased text: a table's header naming a `ki`, `k`, `opc` or `op` column."""
_DOCUMENTED_SIM = frozenset(
    {
        "465b5ce8b199b49faa5f0a2ee238a6bc",
        "cdc202d5123e20f62b6d676ac72cb318",
        "cd63cb71954a9f4e48a5994e37a02baf",
        "e8ed289deba952e4283b54e88e6183ca",
        "63bfa50ee6523365ff14c1f45f88737d",
    }
)
"""The keys that the specification's first test set and the open-source cores' samples print, lower-cased."""
_CRYPT = lazy.compile(
    r"[\"'](?:crypt|encryption|encrypt)[\"'][ \t]*=>[ \t]*(?:\[|array[ \t]*\()\s{0,40}[\"']key[\"'][ \t]*=>[ \t]*"
    r"[\"'](?P<value>[^\"'\s]{16,512})[\"']"
    r"|<crypt>\s{0,40}<key>\s{0,8}(?:<!\[cdata\[)?(?P<xml>[^<\]\s]{16,512})"
)
"""On the lower-cased text: an app's crypt key under its parent (a PHP array's `'crypt' => ['key' => '...']`, an
XML config's `<crypt><key><![CDATA[...]]></key>`)."""
_HOME_KEY = lazy.compile(
    r"s[02]_(?:legacy|unauthenticated|authenticated|accesscontrol)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[0-9a-f]{32})"
    r"(?![0-9a-z])"
    r"|network_?key[\"']?[ \t]*[:=][ \t]*\[[ \t]*"
    r"(?P<bytes>(?:(?:0x)?[0-9a-f]{1,3}[ \t]*,[ \t]*){15}(?:0x)?[0-9a-f]{1,3})[ \t]*\]"
)
"""On the lower-cased text: Z-Wave JS's security keys (`S2_Unauthenticated: <32 hex>`) and Zigbee2MQTT's network key
(`network_key: [1, 3, 5, ...]`, 16 bytes)."""
_TYPED_ITEM = lazy.compile(
    r"\"(?P<name>[\w.-]{0,40}?(?:password|passwd|secret|token|api_?key|apikey|private_?key)[\w-]{0,12})\"[ \t]*:[ \t]*"
    r"\{[ \t]*\"s\"[ \t]*:[ \t]*\"(?P<value>[^\"\s]{6,1024})\"[ \t]*\}"
)
"""On the lower-cased text: an attribute named for a secret holding a string in DynamoDB's typed JSON."""
_RSYNC_WORDS = ("rsyncd.secrets", "rsync.secrets", "secrets file")
"""What names an rsync daemon's secrets file (its path, or `secrets file = ...` in `rsyncd.conf`)."""
_RSYNC_LINE = lazy.compile(r"(?m)^[ \t]*@?[a-z_][\w.-]{0,31}:(?P<value>[^\s:#]{4,128})[ \t]*$")
"""On the lower-cased text: a secrets file's `user:password` (or `@group:password`) line."""

_HOME_WORDS = ("s2_", "s0_legacy", "network_key", "networkkey")
_CRYPT_WORDS = ("<crypt>", *(f"{q}{w}{q}" for w in ("crypt", "encryption", "encrypt") for q in "'\""))
"""The parent names of `_CRYPT`, quoted or as an element (a text with `decrypt(` or `cryptography` is not read)."""
WORDS = (*_SIM_WORDS, *_CRYPT_WORDS, *_RSYNC_WORDS, *_HOME_WORDS, '{"s":')
"""The literals these finders need in the lower-cased text."""
LOW_GATES = (
    r"imsi|iccid",
    r"<crypt>|[\"'](?:crypt|encrypt|encryption)[\"']",
    r"rsyncd?\.secrets|secrets[ \t]+file",
    r"s[02]_|network_?key",
    r"\{[ \t]*\"s\"[ \t]*:",
)
"""For short texts: what one of these finders needs before it may find anything."""

INDEX.add(["crypt"])  # where each starts: `occurrences` takes a long text's places from the shared index


def _crypt_starts(low: str) -> list[int]:
    """Where a match of `_CRYPT` may start: one character before `crypt` (`'crypt'`, `<crypt>`), or three."""
    places = occurrences(low, "crypt")
    return sorted({at - back for at in places for back in (1, 3) if at >= back})


def find(text: str, low: str, holds: Check, plausible: Check, typed: Check) -> list[Span]:
    """These keys: a SIM key when it is random hex and not a documented one, a crypt key when `plausible` judges it
    a credential, an rsync password when `typed` judges it typed in."""
    out: list[Span] = []
    if any(holds(w) for w in _SIM_WORDS):
        out += _sim_keys(low)
    if any(holds(w) for w in _CRYPT_WORDS):
        for m in matches_at(_CRYPT, low, _crypt_starts(low)):
            group = "value" if m.group("value") is not None else "xml"
            start, end = m.span(group)
            if plausible(text[start:end]):
                out.append((start, end, "generic_secret"))
    if any(holds(w) for w in _RSYNC_WORDS):
        for m in _RSYNC_LINE.finditer(low):
            start, end = m.span("value")
            if typed(text[start:end]):
                out.append((start, end, "password"))
    if holds('{"s":') or '{ "s"' in low:
        for m in _TYPED_ITEM.finditer(low):
            start, end = m.span("value")
            if plausible(text[start:end]):
                out.append((start, end, "password" if "pass" in m.group("name") else "generic_secret"))
    if any(holds(w) for w in _HOME_WORDS):
        for m in _HOME_KEY.finditer(low):
            if m.group("value") is not None:
                if _random_hex(m.group("value")):
                    out.append((*m.span("value"), "generic_secret"))
            elif len(set(re.findall(r"[0-9a-fx]+", m.group("bytes")))) >= 8:
                out.append((*m.span("bytes"), "generic_secret"))
    return out


def _sim_keys(low: str) -> list[Span]:
    """SIM keys written as `name=value` pairs or as cells of a table whose header names their column."""
    out = [m.span("value") for m in _SIM_PAIR.finditer(low) if _random_hex(m.group("value"))]
    for header in _SIM_HEADER.finditer(low):
        names = [c.strip(' "') for c in re.split(r"[,;\t|]", header.group().strip())]
        line_end = low.find("\n", header.start())
        columns = [i for i, n in enumerate(names) if n in ("ki", "k", "opc", "op")]
        at = len(low) if line_end < 0 else line_end + 1
        while 0 < at < len(low):
            end = low.find("\n", at)
            end = len(low) if end < 0 else end
            cells = re.split(r"[,;\t|]", low[at:end])
            if len(cells) < len(names) - 1:
                break
            offset = at
            for i, cell in enumerate(cells):
                value = cell.strip(' "\r')
                if i in columns and len(value) == 32 and _random_hex(value):
                    start = offset + cell.index(value)
                    out.append((start, start + 32))
                offset += len(cell) + 1
            at = end + 1
    return [(s, e, "generic_secret") for s, e in sorted(set(out))]


def _random_hex(value: str) -> bool:
    """Whether 32 hex digits are a random key, not a run, a pattern or a documented test key."""
    return (
        len(set(value)) >= 10
        and value not in _DOCUMENTED_SIM
        and all(c in "0123456789abcdef" for c in value)
        and value[:16] != value[16:]
    )

"""Secrets in microcontroller sketches and device set-up: keys written as byte arrays under a key's name (C's
`uint8_t appKey[] = { 0x.., ... }`, `#define SECRET_KEY { 0x.. }`, Rust's `const KEY: [u8; 16] = [0x.., ...]`,
Java's `byte[] key = { (byte) 0x.., ... }`, Go's `[]byte{0x..}`), Wi-Fi passwords handed to a join call
(`WiFi.begin("ssid", "...")`, `WiFiMulti.addAP(...)`, MicroPython's `wlan.connect('ssid', '...')`) and Wi-Fi keys
in a provisioning URL's query (`/wifisave?s=<ssid>&key=...`)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

_BYTE = r"(?:\([ \t]*(?:byte|u?int8_t|uint8|char)[ \t]*\)[ \t]*)?0x[0-9a-f]{1,2}"
_ARRAY = lazy.compile(
    r"(?P<name>[a-z_][\w]{0,60})[ \t]*(?:\[[^\]\r\n]{0,16}\][ \t]*){0,2}"
    r"(?::[ \t]*&?(?:'static[ \t]+)?\[u8;[ \t]*[\w]{1,16}\][ \t]*)?(?:progmem[ \t]*)?=?[ \t]*"
    r"(?:new[ \t]+)?(?:\[[ \t]*\d{0,3}[ \t]*\])?(?:byte|u8|uint8_t|char)?[ \t]*(?:\[[ \t]*\d{0,3}[ \t]*\])?[ \t]*"
    r"[{\[][ \t\r\n]*"
    r"(?P<bytes>" + _BYTE + r"(?:[ \t\r\n]*,[ \t\r\n]*" + _BYTE + r"){7,127})"
)
"""On the lower-cased text: a named array of eight bytes or more written in hex, from its name to its last byte."""
_KEY_NAME = lazy.compile(r"(?<![a-z])(?:key|secret|token|psk|passw(?:or)?d|auth)|(?<=[a-z_])(?:key|secret|psk)")
"""A name that holds a key's word (`appKey`, `APPKEY`, `secret_key`, `nwkskey`, `psk`)."""
_PUBLIC_NAME = lazy.compile(r"pub(?:lic)?|(?<![a-z])(?:iv|nonce|salt|eui|mac|id|dev(?:ice)?addr)(?![a-z])|_iv|_eui")
"""What names public values or identifiers in such arrays: public keys, IVs and nonces, LoRaWAN's EUIs and
addresses."""
_NAME_WORDS = ("key", "secret", "token", "psk", "pass", "pwd", "auth")
"""One of these stands in an array's name (see `_KEY_NAME`): a line without any before its brace holds no such
array."""
_FEWEST_DISTINCT = 6
_ARRAY_WORDS = ("0x",)
_RECEIVER = lazy.compile(
    r"(?:wifi|wlan|sta(?:_if)?|wifimulti|network|wifi_?station|esp_?wifi)\w{0,20}\.(?:begin|connect|addap|softap)\Z"
)
"""On the lower-cased text, up to a call's parenthesis: a Wi-Fi interface's join call (`WiFi.begin(`,
`wlan.connect(`, `wifiMulti.addAP(`)."""
_JOIN_ARGS = lazy.compile(
    r"\([ \t]*(?:\"[^\"\r\n]{1,32}\"|'[^'\r\n]{1,32}'|[a-z_][\w.]{0,40})[ \t]*,[ \t]*"
    r"(?P<quote>[\"'])(?P<value>[^\"'\r\n]{8,63})(?P=quote)"
)
"""From the parenthesis: the network's name and its password in quotes."""
_JOIN_WORDS = ("begin(", "connect(", "addap(", "softap(")
_RECEIVER_REACH = 48
_QUERY_KEY = lazy.compile(r"[?&](?:key|pass|password|psk|p|pw|pwd|wpa_?key)=(?P<value>[^&#\s\"'<>]{8,96})")
"""In a URL's query: a Wi-Fi key's parameter and its value (asked only where the query names the network)."""
_SSID = lazy.compile(r"[?&](?:ssid|s|essid|wifi_?ssid)=[^&#\s\"'<>]{1,64}")
"""A network's name in the same query."""
_QUERY_REACH = 300
_QUERY_WORDS = ("ssid=", "?s=", "&s=")


def find(text: str, low: str, typed: Callable[[str], bool], holds: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """These secrets with their kind (`typed`: whether a value is typed as a password is; `holds(word)`: whether
    `low` holds a word of `WORDS`)."""
    out: list[tuple[int, int, str]] = []
    if holds("0x"):
        out += _arrays(low)
    for word in _JOIN_WORDS:
        at = low.find(word) if holds(word) else -1
        while at >= 0:
            paren = at + len(word) - 1
            if _RECEIVER.search(low, max(0, paren - _RECEIVER_REACH), paren) is not None:
                m = _JOIN_ARGS.match(low, paren)
                if m is not None and typed(text[m.start("value") : m.end("value")]):
                    out.append((*m.span("value"), "password"))
            at = low.find(word, at + 1)
    if any(map(holds, _QUERY_WORDS)):
        for m in _SSID.finditer(low):
            lo, hi = max(0, m.start() - _QUERY_REACH), min(len(low), m.end() + _QUERY_REACH)
            for k in _QUERY_KEY.finditer(low, lo, hi):
                if low.rfind("?", lo, k.start() + 1) < 0 or any(c in low[m.end() : k.start()] for c in " \t\r\n"):
                    continue
                start, end = k.span("value")
                if typed(text[start:end].replace("%20", " ")):
                    out.append((start, end, "password"))
    return out


def _arrays(low: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    at = low.find("0x")
    while at >= 0:
        head = low.rfind("\n", 0, at) + 1
        brace = max(low.rfind("{", head, at), low.rfind("[", head, at))
        if brace < 0 or not any(w in low[max(head, brace - 120) : brace] for w in _NAME_WORDS):
            at = low.find("0x", at + 2)
            continue
        start = max(head, brace - 120)
        m = _ARRAY.search(low, start, min(len(low), at + 2048))
        if m is None or m.start("bytes") > at:
            at = low.find("0x", at + 2)
            continue
        name = m.group("name")
        values = [int(b.rsplit("0x", 1)[1], 16) for b in m.group("bytes").split(",")]
        if (
            _KEY_NAME.search(name) is not None
            and _PUBLIC_NAME.search(name) is None
            and len(set(values)) >= _FEWEST_DISTINCT
            and values != list(range(values[0], values[0] + len(values)))
        ):
            out.append((*m.span("bytes"), "generic_secret"))
        at = low.find("0x", max(m.end(), at + 2))  # (an array that ends before `at` was read already)
    return out


WORDS = ("0x", *_JOIN_WORDS, *_QUERY_WORDS)
LOW_GATES = (r"0x[0-9a-f]{1,2}[ \t\r\n]*,", r"\.(?:begin|connect|addap|softap)\(", r"ssid=|[?&]s=")

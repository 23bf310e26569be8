"""Passwords set by the console commands of smart-home firmware: Tasmota's `Password1 ...`, `MqttPassword ...`,
`WebPassword ...` (alone or in a `Backlog` chain, separated by `;`), ESPurna's `set adminPass ...` and OpenBeken's
`MQTTPassword ...`; the value is judged as a typed password (`%mqtt_pass%`, `0` and `****` are not one)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

_COMMAND = lazy.compile(
    r"(?:password[1-9]|mqttpassword|webpassword|devicepassword|adminpass(?:word)?|otapassword|wifipassword"
    r"|appassword|stapass(?:word)?[1-9]?)[ \t]+(?P<value>[^\s;\"']{4,128})(?=[ \t]*(?:;|\r?\n|\Z))"
)
"""On the lower-cased text: a password set by a firmware console command."""
_BEFORE = lazy.compile(r"(?:\A|[;\n])[ \t]*(?:backlog[ \t]+|set[ \t]+|cmnd/[^\s/]{1,64}/)?\Z")
"""What stands before such a command: a line's start, `;` or `Backlog` (a chain), ESPurna's `set`, an MQTT topic's
command (`cmnd/<device>/MqttPassword ...`)."""
_REACH = 80
WORDS = ("password", "adminpass")
_SET = lazy.compile(r"pass(?:word)?[1-9]?[ \t]")
"""What every command of `_COMMAND` holds: a text without it sets none (thousands of `password=` are not each read)."""


def find(
    text: str, low: str, typed: Callable[[str], bool], places: Callable[[str], list[int]]
) -> list[tuple[int, int]]:
    """The spans of the passwords these commands set that `typed` finds typed in; `places(word)` tells where a word
    of `WORDS` starts in `low`, in order (the command is read from the start of the word it is in)."""
    out: list[tuple[int, int]] = []
    if _SET.search(low) is None:
        return out
    done = -1
    for at in sorted({*places("password"), *places("adminpass")}):
        while at > 0 and low[at - 1].isalpha():
            at -= 1  # `mqttpassword`, `webpassword`: the command's own start
        m = _COMMAND.match(low, at) if at > done else None
        if m is None or _BEFORE.search(low, max(0, at - _REACH), at) is None:
            continue
        done = m.end()
        value = text[m.start("value") : m.end("value")]
        if value != "0" and value[0] not in "%$<{" and typed(value):
            out.append(m.span("value"))
    return out

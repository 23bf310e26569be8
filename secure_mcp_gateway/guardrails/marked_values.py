"""Secrets their own record marks as secret, whatever their name: a `value` beside a flag in the same mapping (CI
and deploy tools' variables, API clients' environments: `secret: true`, `isSecret`, `sensitive`, `masked: true`,
Postman's `"type": "secret"`, Octopus' `"Type": "Sensitive"`, an ARM parameter's `"type": "securestring"` with its
`defaultValue`, Terraform's `sensitive = true` beside a `default`), a Bicep `@secure()` parameter given a value,
and a TeamCity Kotlin DSL `password("name", "value", ...)` parameter (also over several lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy

Check = Callable[[str], bool]
Span = tuple[int, int, str]

WORDS = ("sensitive", "securestring", "issecret", "masked", '"secret"', "secret: true", "@secure()", "password(")
"""Where a mark may stand (lower-cased): each place is read, the rest of the text is not."""
LOW_GATES = (r"sensitive|securestring|issecret|masked|\"secret\"|secret: true|@secure\(\)|password\([ \t\r\n]*\"",)
"""On a short lower-cased text: what one of these marks needs (see `secrets._low_any`)."""

_FLAG = lazy.compile(
    r"(?:(?<=[\s\"'{,])|^)(?:is)?(?:sensitive|secret|masked)[\"']?[ \t]*[:=][ \t]*[\"']?true\b"
    r"|(?<=[\s\"'{,])type[\"']?[ \t]*[:=][ \t]*[\"']?(?:secret|sensitive|securestring|secureobject)[\"']?"
    r"(?=[ \t]*(?:[,}\r\n]|\Z))",
    re.M,
)
"""On the lower-cased text: a flag that marks its mapping's value secret, or a type that does."""
_FLAG_BACK = 24
"""How far before a mark's word its flag may start (`"type": "` before `securestring`)."""
_KEY = lazy.compile(r"(?P<q>[\"']?)(?P<key>[A-Za-z_][\w.-]{0,79})(?P=q)[ \t]*(?P<op>:|=)[ \t]*")
"""A mapping's key and its `:` (JSON, YAML) or `=` (HCL)."""
_VALUE_KEYS = frozenset({"value", "defaultvalue", "default"})
_NAME_KEYS = frozenset({"name", "key", "variable", "variable_name"})
_QUOTED = lazy.compile(r"\"(?P<value>[^\s\"\\]{6,4096})\"|'(?P<single>[^\s'\\]{6,4096})'")
_BARE = lazy.compile(r"(?P<value>[^\s\"'#|>&*!{}\[\],][^\s\"']{5,4095})[ \t]*(?:#[^\r\n]*)?(?=\r?\n|\Z)")
_REACH = 800
"""How far before and after its flag a mapping's value may stand."""
_YAML_LINES = 24
_BICEP = lazy.compile(
    r"@secure\(\)[ \t]*\r?\n(?:[ \t]*@[^\r\n]{0,300}\r?\n){0,4}[ \t]*param[ \t]+(?P<name>[A-Za-z_]\w{0,79})[ \t]+"
    r"(?:string|object)[ \t]*=[ \t]*'(?P<value>[^'\s\\]{6,4096})'",
    re.I,
)
_TEAMCITY = lazy.compile(
    r"password\([ \t\r\n]*\"(?P<name>[^\"\\\r\n]{1,120})\"[ \t\r\n]*,[ \t\r\n]*\"(?P<value>[^\"\\\s]{6,4096})\""
    r"[ \t\r\n]*[,)]"
)
TEAMCITY_WORDS = ("params {", "params{", "parameterdisplay", "buildtype", "teamcity", "jetbrains.buildserver")
"""Words of a TeamCity Kotlin DSL file, one of which a text with `password(...)` to read holds."""


def find(
    text: str,
    low: str,
    places: dict[str, list[int]],
    judge: Check,
    telling: Callable[[str], str],
    holds: Check,
) -> list[Span]:
    """These secrets' spans (`places`: where each word of `WORDS` starts in `low`; `judge`: whether a value is a
    secret's; `telling(name)`: "password" when a name names a password; `holds(word)`: whether `low` holds a word
    of `TEAMCITY_WORDS`)."""
    out: list[Span] = []
    done: set[int] = set()
    for word in WORDS[:6]:
        for at in places.get(word, []):
            found = _flagged(text, low, at, telling)
            if found is not None and found[0] not in done and judge(text[found[0] : found[1]]):
                done.add(found[0])
                out.append(found)
    for at in places.get("@secure()", []):
        m = _BICEP.match(text, at)
        if m is not None and judge(m.group("value")):
            out.append((*m.span("value"), telling(m.group("name")) or "generic_secret"))
    teamcity = places.get("password(", [])
    if teamcity and any(map(holds, TEAMCITY_WORDS)):
        for at in teamcity:
            if at and (low[at - 1].isalnum() or low[at - 1] in "_."):
                continue
            m = _TEAMCITY.match(text, at)
            if m is not None and not m.group("value").startswith("credentialsJSON:") and judge(m.group("value")):
                out.append((*m.span("value"), "password"))
    return out


def _flagged(text: str, low: str, at: int, telling: Callable[[str], str]) -> Span | None:
    """The value of the mapping whose flag stands near `at`, with its kind, or None."""
    flag = _FLAG.search(low, max(0, at - _FLAG_BACK), min(len(low), at + 40))
    if flag is None or flag.start() > at or flag.end() < at:
        return None
    written = flag.group()
    if '"' in written[: written.find(":") + 1] or "=" in written:  # JSON's quoted key, HCL's `=`
        return _in_braces(text, low, flag.start(), telling)
    line = low.rfind("\n", 0, flag.start()) + 1
    return _in_yaml(text, low, line, flag.start(), telling)


def _in_braces(text: str, low: str, flag: int, telling: Callable[[str], str]) -> Span | None:
    """The value of the `{...}` mapping holding `flag` (JSON, HCL), with its kind, or None."""
    depth = 0
    start = -1
    for pos in range(flag - 1, max(-1, flag - 1 - _REACH), -1):
        c = low[pos]
        if c == "}":
            depth += 1
        elif c == "{":
            if not depth:
                start = pos
                break
            depth -= 1
    if start < 0:
        return None
    end = _closer(low, start)
    if end < flag:
        return None
    value: tuple[int, int] | None = None
    name = ""
    for m in _KEY.finditer(text, start + 1, end):
        if low.count("{", start + 1, m.start()) != low.count("}", start + 1, m.start()):
            continue  # a key of a nested mapping
        key = m.group("key").lower()
        if key in _VALUE_KEYS or key in _NAME_KEYS:
            v = _QUOTED.match(text, m.end())
            if v is None:
                continue
            span = v.span("value") if v.group("value") is not None else v.span("single")
            if key in _VALUE_KEYS:
                value = span
            else:
                name = text[span[0] : span[1]]
    if value is None:
        return None
    return (*value, telling(name) or "generic_secret")


def _closer(low: str, start: int) -> int:
    """Where the `}` closing the `{` at `start` stands, within `_REACH * 2`, or -1."""
    depth = 0
    for pos in range(start, min(len(low), start + _REACH * 2)):
        c = low[pos]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return pos
    return -1


def _in_yaml(text: str, low: str, line: int, flag: int, telling: Callable[[str], str]) -> Span | None:
    """The `value:` sibling of the YAML flag at `flag` (its line starts at `line`), with its kind, or None."""
    head = low[line:flag]
    col = len(head)
    if head.strip(" \t") not in ("", "-"):
        return None
    value: tuple[int, int] | None = None
    name = ""
    for start, end, item in _siblings(text, line, col, head.strip(" \t") == "-"):
        m = _KEY.match(text, start + item, end)
        if m is None or m.group("op") != ":":
            continue
        key = m.group("key").lower()
        v = _QUOTED.fullmatch(text, m.end(), end) or _BARE.fullmatch(text, m.end(), end)
        if v is None:
            continue
        span = v.span("value") if v.group("value") is not None else v.span("single")
        if key in _VALUE_KEYS:
            value = span
        elif key in _NAME_KEYS:
            name = text[span[0] : span[1]]
    if value is None:
        return None
    return (*value, telling(name) or "generic_secret")


def _siblings(text: str, line: int, col: int, item: bool) -> list[tuple[int, int, int]]:
    """The lines of the mapping whose key at column `col` stands on the line at `line` (`item`: that line starts a
    list item): each line's start, end and how far its key stands past its start."""
    out = [(line, _end(text, line), col)]
    if not item:
        pos = line
        for _ in range(_YAML_LINES):
            if pos == 0:
                break
            prev = text.rfind("\n", 0, pos - 1) + 1
            row = text[prev : pos - 1].rstrip("\r")
            pos = prev
            body = row.lstrip(" \t")
            indent = len(row) - len(body)
            if not body or body.startswith("#") or indent > col:
                continue
            if indent == col and not body.startswith("- "):
                out.append((prev, _end(text, prev), col))
                continue
            if indent == col - 2 and body.startswith("- "):
                out.append((prev, _end(text, prev), col))
            break
    pos = _end(text, line)
    for _ in range(_YAML_LINES):
        if pos >= len(text):
            break
        start = text.find("\n", pos) + 1
        if start <= 0:
            break
        pos = end = _end(text, start)
        row = text[start:end]
        body = row.lstrip(" \t")
        indent = len(row) - len(body)
        if not body or body.startswith("#") or indent > col:
            continue
        if indent != col or body.startswith("- "):
            break
        out.append((start, end, col))
    return out


def _end(text: str, at: int) -> int:
    """Where the line holding `at` ends, before its `\r\n` or `\n`."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return end - 1 if end and text[end - 1] == "\r" else end

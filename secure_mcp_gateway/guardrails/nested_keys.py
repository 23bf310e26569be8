"""Secrets under a bare `key`, `token` or `secret` whose parent in a YAML or JSON config names what they are: `api:`
then `  key: ...`, `"auth": {"token": "..."}`, `license:` then `  key: ...`. The name alone says nothing (`key:` is
also a sort key, a translation key or a cache key); the parent's name and a random-looking value together do."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .scan import occurrences

NAMES = ("key", "token", "secret")
_PARENT_WORDS = (
    r"api|auth|authentication|licen[cs]e|access|private|signing|encryption|master|webhook|bot|admin|service|client"
    r"|app|credentials?|secrets?"
)
_PARENT_LINE = lazy.compile(
    r"[ \t]*-?[ \t]*[\"']?(?P<parent>[a-z0-9_-]{0,30}?(?:" + _PARENT_WORDS + r")[a-z0-9_-]{0,30}?)[\"']?[ \t]*:[ \t]*"
    r"\{?[ \t]*\r?\Z"
)
"""A parent's line (lower-cased): its name, a colon and nothing after it but `{` (a mapping or object opens)."""
_INLINE_PARENT = lazy.compile(r"[\"'](?:" + _PARENT_WORDS + r")[\"'][ \t]*:[ \t]*\{[ \t]*[\"']\Z")
"""The same parent on the child's line, right before it: `{"api": {"key": ...`."""


def _inline_parent(lead: str) -> bool:
    """Whether `lead`, a child's line up to its name, ends with such a parent (`_INLINE_PARENT`): searched for only
    when it ends with `{` and a quote, as the parent's object opens. A search reads from each character of the line,
    ~10 µs for a JSON log's line holding `"key":` far into it, where most leads end otherwise (`..., "`)."""
    return lead[-1:] in ('"', "'") and lead[:-1].rstrip(" \t").endswith("{") and _INLINE_PARENT.search(lead) is not None


_ASSIGNED = lazy.compile(
    r"[\"']?[ \t]*[:=][ \t]*(?:(?P<q>[\"'])(?P<quoted>[A-Za-z0-9_+/=.~-]{16,256})(?P=q)"
    r"|(?P<value>[A-Za-z0-9_+/=.~-]{16,256})(?=[ \t\r\n,}\]#]|\Z))"
)
"""The value after the name: quoted whole, or bare up to a blank, a comma, a closing bracket or a comment."""
_FORMS = tuple((name, suffix) for name in NAMES for suffix in (":", '":', "':"))
"""Each name with what follows it in YAML and JSON: only those places are read."""
LITERALS = tuple(name + suffix for name, suffix in _FORMS)
LOW_GATE = (
    r"(?:\n[ \t]+|\{[ \t]*)[\"']?(?:key|token|secret)[\"']?:|(?:tokens|secrets|passwords|credentials|api.?keys)[\"']?:"
)
"""For short texts: what a text must hold before these values are looked for."""
_LOOK_BACK = 8
"""How many lines above the child its parent may stand (siblings before it)."""
_PLURALS = ("tokens", "secrets", "passwords", "credentials", "apikeys", "api_keys", "api-keys")
PLURAL_LITERALS = tuple(w + s for w in _PLURALS for s in (":", '":', "':"))
"""A parent named for many credentials (`tokens:`, `"api_keys": {`): each child's value is one, whatever its name."""
_PLURAL_LINE = lazy.compile(
    r"[ \t]*(?:-[ \t]+)?[\"']?(?:[a-z0-9]{1,30}[_-])?(?P<word>" + "|".join(_PLURALS) + r")[\"']?[ \t]*:[ \t]*"
    r"(?P<open>\{)?[ \t]*\r?(?:\n|\Z)"
)
"""The parent's line (lower-cased): its name and a colon, alone on the line or opening an object."""
_CHILD = lazy.compile(
    r"(?P<indent>[ \t]+)(?:-[ \t]+)?(?:[\"']?(?P<name>[A-Za-z0-9][\w.@-]{0,63})[\"']?[ \t]*:[ \t]*)?"
    r"(?P<q>[\"']?)(?P<value>[A-Za-z0-9_+/=.~!@#$%^&*-]{8,256})(?P=q)[ \t]*,?[ \t]*\r?(?:\n|\Z)"
)
"""A child's line: indented, a name (or a list's dash) and its value alone on the line."""
_NOT_CREDENTIAL = lazy.compile(
    r"(?i:sha|md5|hash|digest|checksum|fingerprint|integrity|sum|crc|id|uuid|url|uri|path|file|name|ref|version|salt)"
    r"[\w-]{0,8}\Z"
)
"""What a child whose value is no credential is named (a digest, an id, a path, a reference)."""
_CHILDREN_MOST = 12
_PLURAL_MOST = 200
"""How many children of one parent are read, and how many parents of a text."""


def plural_children(
    text: str, low: str, strong: Callable[[str], bool], places: Callable[[str], list[int]]
) -> list[tuple[int, int]]:
    """The spans of the values under a parent named for many credentials (`tokens:` then `  github: ...`,
    `"api_keys": {` then `"maps": "..."`, `secrets:` then `  - ...`) that `strong` finds surely credentials (the
    children's names say nothing: `strong` judges the value alone)."""
    out: list[tuple[int, int]] = []
    seen = 0
    for literal in PLURAL_LITERALS:
        for at in places(literal):
            start = low.rfind("\n", 0, at) + 1
            parent = _PLURAL_LINE.match(low, start)
            if parent is None or parent.start("word") > at or parent.end("word") < at:
                continue
            seen += 1
            if seen > _PLURAL_MOST:
                return out
            own = len(low[start:at]) - len(low[start:at].lstrip(" \t-\"'"))
            pos = parent.end()
            for _ in range(_CHILDREN_MOST):
                m = _CHILD.match(text, pos)
                if m is None or len(m.group("indent").expandtabs(4)) <= own:
                    break
                value, name = m.group("value"), m.group("name") or ""
                if value[0] not in "$%{<*" and _NOT_CREDENTIAL.search(name) is None and strong(value):
                    out.append(m.span("value"))
                pos = m.end()
    return out


def find(
    text: str, low: str, plausible: Callable[[str], bool], places: Callable[[str], list[int]] | None = None
) -> list[tuple[int, int]]:
    """The spans of values under `key`, `token` or `secret` whose parent names a credential, when `plausible` finds
    the value one and it mixes letters and digits; `places(literal)` tells where a literal of `LITERALS` starts in
    `low` (the shared index knows a long text's), else each is looked for."""
    out = []
    for name, suffix in _FORMS:
        for at in places(name + suffix) if places is not None else occurrences(low, name + suffix):
            start = low.rfind("\n", 0, at) + 1
            lead = low[start:at]
            quote = lead.endswith(('"', "'"))
            if lead.rstrip("\"'").strip(" \t-") and not (quote and _inline_parent(lead)):
                continue  # not the first name on its line (`sort_key:`, `"cache": {"key"` under no parent)
            m = _ASSIGNED.match(text, at + len(name))
            login = None
            if m is None:
                m = _TYPED.match(text, at + len(name))
                if m is None or not (login := _beside_login(low, start, lead)):
                    continue
            group = "quoted" if m.group("quoted") is not None else "value"
            value = m.group(group)
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)) or not plausible(value):
                continue
            if login or _inline_parent(lead) or _parent_above(low, start, lead):
                out.append(m.span(group))
            elif _beside_login(low, start, lead):
                out.append(m.span(group))  # beside a user, with no parent naming a credential
    return out


_TYPED = lazy.compile(
    r"[\"']?[ \t]*:[ \t]*(?:(?P<q>[\"'])(?P<quoted>[^\s\"']{8,128})(?P=q)|(?P<value>[^\s\"'#,{}\[\]]{8,128}))"
    r"[ \t]*\r?(?:\n|\Z)"
)
"""A typed value after the name, alone on its line: a password's signs kept (`key: C6eN*f61`)."""
_LOGIN = lazy.compile(
    r"[ \t]*-?[ \t]*[\"']?(?:user|username|user_name|login|email|account|client_id|key_id)[\"']?[ \t]*:"
)
"""A sibling that names who logs in: the `key`, `token` or `secret` beside it is that login's credential."""


def _beside_login(low: str, start: int, lead: str) -> bool:
    """Whether a sibling of the line at `start` (same indent, within `_LOOK_BACK` lines above or below, in the same
    mapping) names a user or a login (`smtp:` / `user: noreply` / `key: ...`)."""
    indent = len(lead) - len(lead.lstrip(" \t-"))
    for step in (-1, 1):
        pos = start
        for _ in range(_LOOK_BACK):
            if step < 0:
                if pos <= 0:
                    break
                line_start = low.rfind("\n", 0, pos - 1) + 1
                line = low[line_start : pos - 1]
                pos = line_start
            else:
                nl = low.find("\n", pos)
                if nl < 0:
                    break
                pos = nl + 1
                end = low.find("\n", pos)
                line = low[pos : len(low) if end < 0 else end]
            if not line.strip():
                continue
            own = len(line) - len(line.lstrip(" \t-"))
            if own < indent:
                break
            if own == indent and _LOGIN.match(line) is not None:
                return True
    return False


def _parent_above(low: str, start: int, lead: str) -> bool:
    """Whether a line above `start` that is indented less than `lead` opens a parent that names a credential (the
    nearest such line is the parent; siblings between are skipped, a list item's first line `- name: ...` too)."""
    indent = len(lead) - len(lead.lstrip(" \t"))
    if indent == 0:
        return False
    end = start - 1
    for _ in range(_LOOK_BACK):
        if end <= 0:
            return False
        line_start = low.rfind("\n", 0, end) + 1
        line = low[line_start:end]
        if line.strip():
            own = len(line) - len(line.lstrip(" \t"))
            item = line.lstrip(" \t")
            if item.startswith("- ") and len(line) - len(item[1:].lstrip(" ")) == indent:
                pass  # the list item's first line (`- name: admin`): a sibling in the same mapping
            elif own < indent:
                return _PARENT_LINE.fullmatch(line) is not None
        end = line_start - 1
    return False

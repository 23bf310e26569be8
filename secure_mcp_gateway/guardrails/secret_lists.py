"""Secrets written as the items of a YAML list or the members of a mapping under a name for secrets: an identity
server's rotated cookie and cipher secrets (`secrets:` / `cookie:` / `- ...`), `Secrets:` / `- "..."`, `api_keys:` /
`- ...`, `secrets:` / `peertube: '...'`. The list's name or its parent's says what the items are; a random-looking
item says that it is one (a list of secrets' names, as Compose and Kubernetes write them, holds words)."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .scan import INDEX, occurrences

_HEAD = lazy.compile(
    r"(?P<indent>[ \t]*)(?:-[ \t]+)?[\"']?(?P<name>[a-z0-9_.-]{0,40}?(?:secrets|credentials|api[_-]?keys|tokens"
    r"|passwords|signing[_-]?keys|client[_-]?secrets))[\"']?[ \t]*:[ \t]*\r?"
)
"""On the lower-cased text: a line that opens a mapping or a list named for secrets (`secrets:`, `ClientSecrets:`)."""
_CHILD = lazy.compile(r"[ \t]*[\"']?[a-z0-9_.-]{1,40}[\"']?[ \t]*:[ \t]*\r?")
"""A child's line that opens its own list (`cookie:`, `cipher:`, `default:`)."""
_ITEM = lazy.compile(
    r"[ \t]*(?:-[ \t]+(?:(?:value|secret|key)[ \t]*:[ \t]*)?|[\"']?[A-Za-z0-9_.-]{1,40}[\"']?[ \t]*:[ \t]+)"
    r"(?:\"(?P<quoted>[^\"\r\n]{16,256})\"|'(?P<single>[^'\r\n]{16,256})'"
    r"|(?P<value>[^\s\"'#]{16,256}))[ \t]*(?:#[^\r\n]*)?\r?"
)
"""A list's item: `- <value>`, quoted or bare, or `- Value: <value>` (IdentityServer's client secrets); or a
mapping's member: `<name>: <value>` (PeerTube's `secrets:` / `peertube: '...'`)."""
_MOST_LINES = 40
"""How many lines under its name a list is read."""
WORDS = ("secrets:", "credentials:", "keys:", "tokens:", "passwords:")
"""What a text must hold for one of these lists to be in it (lower-cased; a key's name may stand before)."""
INDEX.add(WORDS)  # where each starts: `occurrences` takes a long text's places from the shared index


def find(text: str, low: str, random: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the items of lists named for secrets that `random` finds random (a key, not a name)."""
    out: list[tuple[int, int]] = []
    for word in WORDS:
        for at in occurrences(low, word):
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            end = len(low) if end < 0 else end
            head = _HEAD.fullmatch(low, start, end)
            if head is not None:
                _items(text, low, len(head.group("indent").expandtabs()), end + 1, random, out)
    return out


def _items(
    text: str, low: str, indent: int, pos: int, random: Callable[[str], bool], out: list[tuple[int, int]]
) -> None:
    """The items from `pos` on of a list whose name is indented by `indent`, that `random` finds random."""
    for _ in range(_MOST_LINES):
        if pos >= len(low):
            break
        end = low.find("\n", pos)
        end = len(low) if end < 0 else end
        line = low[pos:end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            own = len(line) - len(line.lstrip(" \t"))
            if own < indent or (own == indent and not stripped.startswith("-")):
                break  # the mapping or the list has ended
            m = _ITEM.fullmatch(text, pos, end)
            if m is not None:
                group = next(g for g in ("quoted", "single", "value") if m.group(g) is not None)
                if random(m.group(group)):
                    out.append(m.span(group))
            elif _CHILD.fullmatch(line) is None and not stripped.startswith("-"):
                break  # a value of another shape: not a list of secrets
        pos = end + 1

"""Random values assigned, on a line of their own, to a short name that says nothing of them (`K0=...`,
`x = "..."`, `a1: ...`): 32 characters or more of letters that switch case at random and digits."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

_LEAST = 32
_MOST = 128
_HEAD_REACH = 40
"""The most characters of its line before the value (the name and the assignment)."""
_HEAD = lazy.compile(
    r"[ \t]*(?:export[ \t]+|-[ \t]+)?[\"']?(?P<name>[A-Za-z_][A-Za-z0-9_]{0,7})[\"']?[ \t]*(?::=|=|:)[ \t]*[\"']?"
)
"""The start of the value's line: a short name and an assignment (`K0=`, `x = "`, `  a1: `, `export V1=`)."""
_TAIL = lazy.compile(r"[\"']?[ \t]*[,;]?[ \t]*(?:(?:#|//)[^\n]*)?(?:\r?\n|\Z)")
"""The rest of its line: a closing quote, a comma, a comment."""
_NOT_SECRET = frozenset(
    {
        *("id", "uid", "uuid", "guid", "oid", "cid", "pid", "rid", "tid", "vid", "ref", "rev", "sha", "sha1", "sha256"),
        *("sha512", "md5", "hash", "digest", "etag", "commit", "iv", "salt", "nonce", "seed", "crc", "checksum"),
        *("version", "build", "tag", "name", "slug", "path", "url", "file", "image", "data", "body", "text", "title"),
    }
)
"""Names that say the value is an id, a digest or data: what they hold may look random without being secret (so do
names ending in `id`: `scriptId`, `appId`)."""


def find(text: str, runs: list[tuple[int, int]], random: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of the runs of token characters (`runs`) that are such values, when `random` finds them random."""
    out = []
    for start, end in runs:
        if not _LEAST <= end - start <= _MOST:
            continue
        reach = max(0, start - _HEAD_REACH - 1)
        line = text.rfind("\n", reach, start) + 1  # (not read back to a line's start far away: a blob has none)
        if start - line > _HEAD_REACH:  # (no line break in reach: the line starts further back)
            continue
        head = _HEAD.fullmatch(text, line, start)
        name = head.group("name").lower() if head is not None else ""
        if head is None or name in _NOT_SECRET or name.endswith("id") or _TAIL.match(text, end) is None:
            continue
        if random(text[start:end]):
            out.append((start, end))
    return out

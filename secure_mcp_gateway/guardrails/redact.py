"""Typed placeholders for redacted text, the per-server vault that can put the originals back, and splicing."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

PREFIXES = {"secrets": "SECRET", "pii": "PII", "deny": "DENY"}
"""Placeholder prefix per detector whose redactions are reversible."""

INJECTION_MARKER = "[removed: possible prompt injection]"
POISONING_MARKER = "[removed: possible tool poisoning]"

PLACEHOLDER = re.compile(r"<(?:SECRET|PII|DENY):[A-Za-z0-9_.-]{1,64}:[0-9]{1,9}>")
_WRITTEN = re.compile(
    r"<(?:SECRET|PII|DENY):[A-Za-z0-9_.-]{1,64}:[0-9]{1,9}>|\[removed: possible (?:prompt injection|tool poisoning)\]"
)
_KIND_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")

DEFAULT_LIMIT = 10_000


def safe_kind(kind: str) -> str:
    """A kind reduced to the characters a placeholder allows (user-named deny patterns may hold anything)."""
    cleaned = _KIND_UNSAFE.sub("_", kind)[:64].strip("_")
    return cleaned or "pattern"


class Vault:
    """Placeholders minted for one server during one run, and the originals they stand for.

    The same value of the same kind always gets the same placeholder; numbers count up per kind and are never
    reused, so a placeholder evicted from the bounded map can never be restored to a different value. The map
    lives only in memory: a vault cannot be pickled or deep-copied, and its repr shows only its size.
    """

    __slots__ = ("_by_value", "_counters", "_limit", "_lock", "_originals")

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self._by_value: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self._originals: dict[str, str] = {}
        self._counters: dict[tuple[str, str], int] = {}
        self._limit = max(1, limit)
        self._lock = threading.Lock()

    def mint(self, prefix: str, kind: str, value: str) -> str:
        """The placeholder for `value`, e.g. `<SECRET:github_token:1>`; the same value gets the same one."""
        kind = safe_kind(kind)
        key = (prefix, kind, value)
        with self._lock:
            found = self._by_value.get(key)
            if found is not None:
                self._by_value.move_to_end(key)
                return found
            n = self._counters.get((prefix, kind), 0) + 1
            self._counters[(prefix, kind)] = n
            placeholder = f"<{prefix}:{kind}:{n}>"
            self._by_value[key] = placeholder
            self._originals[placeholder] = value
            while len(self._by_value) > self._limit:
                _, old = self._by_value.popitem(last=False)
                self._originals.pop(old, None)
            return placeholder

    def restore(self, text: str) -> str:
        """`text` with every placeholder this vault minted (and still holds) replaced by its original."""
        if "<" not in text or not self._originals:
            return text
        originals = self._originals
        return PLACEHOLDER.sub(lambda m: originals.get(m.group(0), m.group(0)), text)

    def knows(self, placeholder: str) -> bool:
        """Whether `placeholder` was minted by this vault and can still be restored."""
        return placeholder in self._originals

    def __len__(self) -> int:
        return len(self._originals)

    def __repr__(self) -> str:
        return f"<Vault with {len(self)} placeholders>"

    def __reduce_ex__(self, protocol: object) -> object:
        raise TypeError("a Vault holds secrets and cannot be pickled or copied")


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where placeholders and removal markers sit in `text` (text the guard writes is never a finding)."""
    if "<" not in text and "[removed" not in text:
        return []
    return [m.span() for m in _WRITTEN.finditer(text)]


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """`text` with the spans replaced; overlapping edits keep the earliest, then the longest."""
    if not edits:
        return text
    edits = sorted(edits, key=lambda e: (e[0], -e[1]))
    out: list[str] = []
    pos = 0
    for start, end, new in edits:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)

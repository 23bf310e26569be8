"""Placeholders bound to the server whose output produced the value, the vault that restores them, and splicing."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets as _random
import threading
from collections import OrderedDict

PREFIXES = {"secrets": "SECRET", "pii": "PII", "deny": "DENY"}
"""Placeholder prefix per detector whose redactions are reversible."""

INJECTION_MARKER = "[removed: possible prompt injection]"
POISONING_MARKER = "[removed: possible tool poisoning]"

TAG_LENGTH = 16
"""Characters of keyed tag in each placeholder (80 bits of an HMAC): a placeholder cannot be guessed."""

PLACEHOLDER = re.compile(r"<(?:SECRET|PII|DENY):[A-Za-z0-9_.-]{1,64}:[A-Za-z0-9]{1,32}>")
"""Anything shaped like a placeholder (ours, an older numbered one, or a forgery): never a finding itself."""
_WRITTEN = re.compile(
    r"<(?:SECRET|PII|DENY):[A-Za-z0-9_.-]{1,64}:[A-Za-z0-9]{1,32}>"
    r"|\[removed: possible (?:prompt injection|tool poisoning)\]"
)
_KIND_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")

DEFAULT_LIMIT = 10_000

_RUN_KEY = _random.token_bytes(32)
"""The key of this run's placeholder tags; it lives only in memory, so a placeholder never outlives the run."""


def safe_kind(kind: str) -> str:
    """A kind reduced to the characters a placeholder allows (user-named deny patterns may hold anything)."""
    cleaned = _KIND_UNSAFE.sub("_", kind)[:64].strip("_")
    return cleaned or "pattern"


def _tag(key: bytes, origin: str, prefix: str, kind: str, value: str) -> str:
    mac = hmac.new(key, "\x00".join((origin, prefix, kind, value)).encode("utf-8", "surrogatepass"), hashlib.sha256)
    return base64.b32encode(mac.digest()).decode("ascii").lower()[:TAG_LENGTH]


class Vault:
    """Placeholders minted for one server (its `origin`) during one run, and the originals they stand for.

    A placeholder carries a keyed tag of (origin, kind, value): it cannot be guessed, the same value from the
    same server always gets the same one, and the same value from another server gets a different one. Only
    values the server itself produced (its output) are restorable; values minted from input (what the model sent)
    are never put back. The map lives only in memory: a vault cannot be pickled or copied, and its repr shows
    only its origin and size.
    """

    __slots__ = ("_by_value", "_key", "_limit", "_lock", "_originals", "_restorable", "origin")

    def __init__(self, origin: str = "", limit: int = DEFAULT_LIMIT, key: bytes | None = None) -> None:
        self.origin = origin
        self._key = key or _RUN_KEY
        self._by_value: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self._originals: dict[str, str] = {}
        self._restorable: set[str] = set()
        self._limit = max(1, limit)
        self._lock = threading.Lock()

    def mint(self, prefix: str, kind: str, value: str, *, restorable: bool = True) -> str:
        """The placeholder for `value`, e.g. `<SECRET:github_token:q3x...>`; the same value gets the same one.

        `restorable=False` (a value that arrived as input) mints a placeholder that `restore` never puts back; a
        later mint of the same value from the server's own output makes it restorable.
        """
        kind = safe_kind(kind)
        key = (prefix, kind, value)
        with self._lock:
            found = self._by_value.get(key)
            if found is not None:
                self._by_value.move_to_end(key)
                if restorable:
                    self._restorable.add(found)
                return found
            placeholder = f"<{prefix}:{kind}:{_tag(self._key, self.origin, prefix, kind, value)}>"
            self._by_value[key] = placeholder
            self._originals[placeholder] = value
            if restorable:
                self._restorable.add(placeholder)
            while len(self._by_value) > self._limit:
                _, old = self._by_value.popitem(last=False)
                self._originals.pop(old, None)
                self._restorable.discard(old)
            return placeholder

    def restore(self, text: str) -> str:
        """`text` with every restorable placeholder of this vault replaced by its original; others stay literal."""
        if "<" not in text or not self._restorable:
            return text
        originals, restorable = self._originals, self._restorable
        return PLACEHOLDER.sub(lambda m: originals[m[0]] if m[0] in restorable else m[0], text)

    def knows(self, placeholder: str) -> bool:
        """Whether `placeholder` was minted by this vault from its server's output and can still be restored."""
        return placeholder in self._restorable

    def __len__(self) -> int:
        return len(self._originals)

    def __repr__(self) -> str:
        return f"<Vault of {self.origin or 'a server'!s} with {len(self)} placeholders>"

    def __reduce_ex__(self, protocol: object) -> object:
        raise TypeError("a Vault holds secrets and cannot be pickled or copied")


class Vaults:
    """One vault per server, all keyed alike; hold one per client session so sessions never share placeholders."""

    __slots__ = ("_key", "_limit", "_lock", "_vaults")

    def __init__(self, key: bytes | None = None, limit: int = DEFAULT_LIMIT) -> None:
        self._key = key or _random.token_bytes(32)
        self._limit = limit
        self._vaults: dict[str, Vault] = {}
        self._lock = threading.Lock()

    def __call__(self, server: str) -> Vault:
        """The vault of `server` (created on first use)."""
        vault = self._vaults.get(server)
        if vault is None:
            with self._lock:
                vault = self._vaults.setdefault(server, Vault(server, self._limit, self._key))
        return vault

    def __repr__(self) -> str:
        return f"<Vaults of {len(self._vaults)} servers>"

    def __reduce_ex__(self, protocol: object) -> object:
        raise TypeError("Vaults hold secrets and cannot be pickled or copied")


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

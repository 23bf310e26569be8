"""The secrets of a definition, found as the screen finds them, and definitions as kept on disk (pins, the cached
catalog): every secret in a string or key replaced by a mark."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from types import ModuleType
from typing import Any

from secure_mcp_gateway.guardrails.redact import splice
from secure_mcp_gateway.guardrails.walk import Place, gather, place_path, rebuild

Tag = Callable[[str], str]
"""A secret -> a short keyed digest of it, so that a changed secret still shows as a change."""


def mark(kind: str, value: str, tag: Tag | None = None) -> str:
    """What stands for a secret on disk: its kind, and with `tag` a keyed digest of it (never the secret)."""
    return f"[secret {kind} {tag(value)}]" if tag is not None else f"[secret {kind}]"


def masked(item: Any, tag: Tag | None = None) -> Any:
    """`item` itself when none of its strings or keys holds a secret, else a copy with each secret replaced by its
    mark (what pins and the catalog cache write to disk; hashes and comparisons use the definition as listed).
    Strings rewritten to be read (`secrets_in`) are kept in that form."""
    from secure_mcp_gateway.guardrails import secrets

    texts, places = gather(item, "definition")
    texts, found = secrets_in(texts, places, secrets.find)
    replacements = {
        (place_path(places[n]), places[n][2]): splice(
            texts[n], [(f.start, f.end, mark(f.kind, texts[n][f.start : f.end], tag)) for f in hits]
        )
        for n, hits in found.items()
    }
    return rebuild(item, replacements)


def secrets_in(
    texts: list[str], places: list[Place], find: Callable[[str], list[Any]]
) -> tuple[list[str], dict[int, list[Any]]]:
    """The secrets `find` finds in a definition's strings (`gather(item, "definition")`), by string, read as a model
    would see them: hidden characters dropped and look-alikes folded (the strings returned are those read: a new
    list when one was rewritten), and a secret split between neighbouring strings found in each of its pieces."""
    across, hidden = _readers()
    read = texts
    found: dict[int, list[Any]] = {}
    clean = getattr(find, "clean", ())  # strings it found nothing in already (no call needed to know)
    for n, text in enumerate(texts):
        if not text.isascii():
            if read is texts:
                read = list(texts)
            marks = hidden.find(text)
            text = read[n] = unicodedata.normalize("NFKC", hidden.strip(text, marks) if marks else text)
        if text in clean:
            continue
        hits = find(text)
        if hits:
            found[n] = hits
    fields = across.prose_fields(read, places)
    if len(fields) > 1:
        for located in across.split_secrets(read, fields, places, find):
            for n, hits in located.items():
                found.setdefault(n, []).extend(hits)
    return read, found


@functools.cache
def _readers() -> tuple[ModuleType, ModuleType]:
    """The modules that read a definition's strings as a model would (imported at first use, not with this one)."""
    from secure_mcp_gateway.guardrails import across, hidden

    return across, hidden

"""Definitions as kept on disk (pins, the cached catalog): every secret in a string or key replaced by a mark."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.guardrails.redact import splice
from secure_mcp_gateway.guardrails.walk import gather, place_path, rebuild

Tag = Callable[[str], str]
"""A secret -> a short keyed digest of it, so that a changed secret still shows as a change."""


def mark(kind: str, value: str, tag: Tag | None = None) -> str:
    """What stands for a secret on disk: its kind, and with `tag` a keyed digest of it (never the secret)."""
    return f"[secret {kind} {tag(value)}]" if tag is not None else f"[secret {kind}]"


def masked(item: Any, tag: Tag | None = None) -> Any:
    """`item` itself when none of its strings or keys holds a secret, else a copy with each secret replaced by its
    mark (what pins and the catalog cache write to disk; hashes and comparisons use the definition as listed).

    Read as the definition screen reads it: hidden characters dropped and look-alikes folded (such a string is kept
    in that form), and a secret split between neighbouring strings marked in each of them."""
    from secure_mcp_gateway.guardrails import across, hidden, secrets

    texts, places = gather(item, "definition")
    found: dict[int, list[Any]] = {}
    for n, text in enumerate(texts):
        if not text.isascii():
            marks = hidden.find(text)
            text = texts[n] = unicodedata.normalize("NFKC", hidden.strip(text, marks) if marks else text)
        if len(text) >= 8 and (hits := secrets.find(text)):
            found[n] = hits
    fields = across.prose_fields(texts, places)
    if len(fields) > 1:
        joined = across.seam(texts, fields, "", across.secret_joinable)
        runs = across.runs_seam(texts, fields)
        for located in across.split_findings(joined, secrets.find) + across.split_findings(runs, secrets.find, 4):
            for n, hits in located.items():
                found.setdefault(n, []).extend(hits)
    replacements = {
        (place_path(places[n]), places[n][2]): splice(
            texts[n], [(f.start, f.end, mark(f.kind, texts[n][f.start : f.end], tag)) for f in hits]
        )
        for n, hits in found.items()
    }
    return rebuild(item, replacements)

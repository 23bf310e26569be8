"""Ranked search over tool names, titles and descriptions (BM25 over word stems, names weighted highest)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^\W\d_A-Za-z]+", re.UNICODE)
_FIELDS = (("name", 3.0), ("title", 2.0), ("description", 1.0))
_K1, _B = 1.2, 0.75
_STOP = frozenset("a an and the of to for in on by with from or is are be as at it this that its into".split())


def words(text: str) -> list[str]:
    """Lower-case word stems of `text`, splitting snake_case, kebab-case and camelCase."""
    return [_stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in _STOP]


def _stem(word: str) -> str:
    """A light stem, enough that `issues`/`issue`, `files`/`file` and `created`/`creating`/`create` meet."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


@dataclass
class _Doc:
    tool: dict[str, Any]
    terms: list[Counter[str]]
    lengths: list[int]
    name: str


class ToolIndex:
    """An index of tool definitions (each with its client-facing `name`), built once per catalog change."""

    def __init__(self, tools: list[dict[str, Any]]) -> None:
        self._docs: list[_Doc] = []
        df: Counter[str] = Counter()
        for tool in tools:
            fields = []
            for key, _ in _FIELDS:
                value = tool.get(key)
                if key == "title" and not isinstance(value, str):
                    value = (
                        (tool.get("annotations") or {}).get("title")
                        if isinstance(tool.get("annotations"), dict)
                        else None
                    )
                fields.append(words(value) if isinstance(value, str) else [])
            counters = [Counter(f) for f in fields]
            self._docs.append(_Doc(tool, counters, [len(f) for f in fields], str(tool.get("name", "")).lower()))
            df.update(set().union(*fields))
        n = max(len(self._docs), 1)
        self._idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self._avg = [max(sum(d.lengths[i] for d in self._docs) / n, 1.0) for i in range(len(_FIELDS))]

    def __len__(self) -> int:
        return len(self._docs)

    def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        """The best `limit` tools for `query`, best first (ties keep catalog order); [] when nothing matches."""
        terms = words(query)
        raw = query.strip().lower()
        scored: list[tuple[float, int, dict[str, Any]]] = []
        for pos, doc in enumerate(self._docs):
            score = 0.0
            for term in terms:
                idf = self._idf.get(term)
                if idf is None:
                    score += self._partial(doc, term)
                    continue
                for i, (_, weight) in enumerate(_FIELDS):
                    tf = doc.terms[i].get(term, 0)
                    if tf:
                        norm = tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * doc.lengths[i] / self._avg[i]))
                        score += weight * idf * norm
            if raw and raw in doc.name:
                score += 4.0 if doc.name.endswith(raw) else 2.0
            if score > 0:
                scored.append((score, pos, doc.tool))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [tool for _, _, tool in scored[:limit]]

    @staticmethod
    def _partial(doc: _Doc, term: str) -> float:
        """A little credit for a term that is a prefix of a word in the name (`git` finds `github`)."""
        if len(term) < 3:
            return 0.0
        return 0.5 if any(w.startswith(term) for w in doc.terms[0]) else 0.0

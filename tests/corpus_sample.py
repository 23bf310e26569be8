"""Reproducible, stratified samples of the corpora for the suite's equivalence checks.

A check that two implementations agree on every corpus item runs in the suite on a share of the items: every
stratum (a corpus, a label, a kind or family) keeps at least one item, the items kept are chosen by a hash of their
text (the same on every machine, in every run, whatever the hash seed), and items named in `always` (those that
once told the two apart) are always kept. `SMG_FULL_CORPUS=1` gives every item instead, for the whole check:
`SMG_FULL_CORPUS=1 .venv/bin/python -m pytest -n 0 tests/test_x.py`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

FULL_ENV = "SMG_FULL_CORPUS"


def full() -> bool:
    """Whether every item is to be checked (the whole check, outside the timed suite)."""
    return os.environ.get(FULL_ENV, "") not in ("", "0")


def _rank(item: Any, salt: str) -> bytes:
    """A stable pseudo-random rank of an item: a hash of its JSON (or its repr) and the sample's name."""
    try:
        text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):
        text = repr(item)
    return hashlib.blake2b(f"{salt}\0{text}".encode("utf-8", "surrogatepass"), digest_size=8).digest()


def stratified(
    items: Sequence[T],
    stratum: Callable[[T], Hashable],
    share: int,
    *,
    salt: str,
    always: Iterable[Callable[[T], bool]] = (),
) -> list[T]:
    """About one item in `share` of every stratum (at least one each), in the items' own order; with `always`,
    every item one of those predicates holds for as well."""
    if full() or share <= 1:
        return list(items)
    keep = list(always)
    groups: dict[Hashable, list[int]] = {}
    for n, item in enumerate(items):
        groups.setdefault(stratum(item), []).append(n)
    chosen: set[int] = set()
    for members in groups.values():
        ranked = sorted(members, key=lambda n: _rank(items[n], salt))
        chosen.update(ranked[: math.ceil(len(members) / share)])
    chosen.update(n for n, item in enumerate(items) if any(test(item) for test in keep))
    return [items[n] for n in sorted(chosen)]

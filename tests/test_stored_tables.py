"""The tables the detectors build at import (their word passes, tries, loose forms, rule heads) are kept in the store
of compiled detector data: a start after the first reads them from there (the same tables) and builds none of them;
a missing, unsound or unwritable store builds them as before."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway.guardrails import compiled_store, scan
from secure_mcp_gateway.keys import load_key

# (a detector thread an earlier test left running writes into the store a test configures)
pytestmark = pytest.mark.usefixtures("quiet_detectors")

# (a start after the first reading them all back: see test_stored_words.py)

WORDS = ("ignore", "previous", "instructions", "igual", "vorherigen", "anweisungen", "règles")


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, ...]]:
    """A store configured, no table remembered yet in this process: what the stored tables are named by."""
    monkeypatch.setattr(scan, "_TABLES", [])
    monkeypatch.setattr(scan, "_TABLES_ADDED", [0])
    monkeypatch.setattr(scan, "_TABLES_FROM", [])
    key = load_key(tmp_path / "k.key")
    compiled_store.configure(tmp_path / "hs", lambda: key)
    found = scan._words_inputs()
    assert found is not None
    yield found
    compiled_store.configure(None)


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process forgets the tables it read (as the next start would not have them)."""
    monkeypatch.setattr(scan, "_TABLES", [])


def _same(a: scan.Words, b: scan.Words) -> bool:
    return [a.words, a.lead, [p.pattern for p, _, _ in a.passes], a._plain, a.alike] == [
        b.words,
        b.lead,
        [p.pattern for p, _, _ in b.passes],
        b._plain,
        b.alike,
    ]


def _loaded(source: str, words: Any) -> str:
    """The `EXPRESSION` a module of `source` makes as it loads, given `trie` and `WORDS`."""
    names: dict[str, Any] = {"trie": scan.trie, "WORDS": words}
    exec(compile(source, "rules.py", "exec"), names)
    return names["EXPRESSION"]  # type: ignore[no-any-return]


def test_kept_tables_are_read_back_the_same(inputs: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    built = scan.Words(WORDS, deferred=True)
    expression = _loaded("EXPRESSION = trie(WORDS)", WORDS)
    scan.keep_words()
    _fresh(monkeypatch)
    monkeypatch.setattr(scan.Words, "_made", staticmethod(lambda words: pytest.fail("built again")))
    monkeypatch.setattr(scan, "_trie", lambda words: pytest.fail("built again"))
    assert _same(scan.Words(WORDS, deferred=True), built)
    assert _loaded("EXPRESSION = trie(WORDS)", reversed(WORDS)) == expression


def test_tables_made_while_checking_are_not_remembered(inputs: tuple[Any, ...]) -> None:
    assert scan.trie(WORDS) == scan._trie(WORDS)  # (words that depend on the texts read: never kept)
    scan.Words(WORDS)
    assert scan._TABLES_ADDED[0] == 0 and scan._tables() == {}


def test_a_stored_table_that_is_not_sound_is_not_used(inputs: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    right = scan.Words(WORDS)
    scan.Words(WORDS, deferred=True)
    _loaded("EXPRESSION = trie(WORDS)", WORDS)
    memo = scan._tables()
    assert len(memo) == 2
    bad = [[0] * len(WORDS), [["i", "i(?=x)", [99]]], [["i", "(?=x)"]], [[]] * len(WORDS)]
    for name, table in memo.items():
        memo[name] = bad if isinstance(table, list) else 7
    scan._TABLES_ADDED[0] = 1
    scan.keep_words()
    _fresh(monkeypatch)
    assert _same(scan.Words(WORDS, deferred=True), right)
    assert _loaded("EXPRESSION = trie(WORDS)", WORDS) == scan._trie(WORDS)


def test_a_damaged_or_unwritable_store_builds_the_tables_as_before(
    tmp_path: Path, inputs: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    right = scan.Words(WORDS)
    scan.Words(WORDS, deferred=True)
    scan.keep_words()
    (entry,) = [p for p in (tmp_path / "hs").iterdir()]
    data = bytearray(entry.read_bytes())
    data[-1] ^= 1
    entry.write_bytes(bytes(data))
    _fresh(monkeypatch)
    assert _same(scan.Words(WORDS, deferred=True), right)  # (the entry does not verify: built)
    assert scan._TABLES_ADDED[0] == 1
    if os.geteuid() != 0:  # (root writes anywhere)
        (tmp_path / "hs").chmod(0o500)
    else:
        entry.unlink()
        (tmp_path / "hs").rmdir()
        (tmp_path / "hs").write_text("a file where the store's folder goes")
    try:
        scan.keep_words()  # (nothing kept, nothing raised)
        _fresh(monkeypatch)
        assert _same(scan.Words(WORDS, deferred=True), right)
    finally:
        if (tmp_path / "hs").is_dir():
            (tmp_path / "hs").chmod(0o700)


def test_tables_are_named_by_the_code_that_builds_them(inputs: tuple[Any, ...], tmp_path: Path) -> None:
    made: list[int] = []
    source = tmp_path / "rules.py"
    source.write_text("RULES = 1\n")
    scan.stored_table("t", ("a",), lambda: made.append(1) or "x", lambda t: True, str(source))
    scan.stored_table("t", ("a",), lambda: made.append(1) or "x", lambda t: True, str(source))
    assert made == [1]
    scan._source_digest.cache_clear()
    source.write_text("RULES = 2\n")  # (another version of the code: its table is built anew)
    try:
        scan.stored_table("t", ("a",), lambda: made.append(1) or "y", lambda t: True, str(source))
    finally:
        scan._source_digest.cache_clear()
    assert made == [1, 1]
    scan.keep_words()
    assert compiled_store.recall(scan._TABLES_KIND, inputs) is not None
    other = (inputs[0], "0" * 64, *inputs[2:])  # (this module's own code changed)
    assert compiled_store.recall(scan._TABLES_KIND, other) is None

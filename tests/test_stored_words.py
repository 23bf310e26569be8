"""The words the rules' patterns start with and must hold, found by parsing each pattern, are kept in the store of
compiled detector data: a start after the first reads them from there (the same words) and parses none of them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway.guardrails import compiled_store, rule_words, scan
from secure_mcp_gateway.keys import load_key

# (a detector thread an earlier test left running writes into the store a test configures)
pytestmark = pytest.mark.usefixtures("quiet_detectors")

# One start of the detectors: the patterns this module parses and the tables it builds counted, what every parsed
# pattern gave and every module's word passes and loose forms written to stdout.
_START = """
import gc, json, sys
from pathlib import Path
from secure_mcp_gateway.guardrails import compiled_store, rule_words, scan
from secure_mcp_gateway.keys import load_key
key = load_key(Path(sys.argv[2]))
compiled_store.configure(Path(sys.argv[1]), lambda: key)
parse, parsed, built = scan._parsed, [], []
def counting(pattern):
    parsed.append(pattern)
    return parse(pattern)
scan._parsed = counting
stored = scan.stored_table
def counted(kind, words, make, *args):
    return stored(kind, words, lambda: built.append(kind) or make(), *args)
scan.stored_table = counted  # (before the modules that take it by name are imported)
import time
started = time.thread_time()
from secure_mcp_gateway import pipeline
pipeline.import_detectors()
print("import", time.thread_time() - started, file=sys.stderr)
tables = [[o.words, o.lead, [p.pattern for p, _, _ in o.passes], o._plain, o.alike]
          for o in gc.get_objects() if isinstance(o, scan.Words)]
from secure_mcp_gateway.guardrails import may_match
loose = sorted(o.loose for o in gc.get_objects() if isinstance(o, may_match.MayMatch))
print(json.dumps({"parsed": len(parsed), "words": scan._words(), "built": built,
                  "tables": sorted(map(json.dumps, tables)), "loose": loose}))
"""


def _start(store: Path, key: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", _START, str(store), str(key)], capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_start_after_the_first_reads_the_same_words_and_tables_and_parses_no_pattern(tmp_path: Path) -> None:
    key = tmp_path / "k.key"
    load_key(key)  # (made once, as the gateway's state holds it)
    first = _start(tmp_path / "hs", key)
    again = _start(tmp_path / "hs", key)
    assert first["parsed"] > 100 and again["parsed"] == 0
    assert again["words"] == first["words"]
    for pattern, (leading, required, rarest) in first["words"].items():  # (what reading each pattern anew gives)
        assert leading is None or tuple(leading) == scan._leading_words(pattern), pattern
        assert required is None or tuple(required) == scan._required_words(pattern), pattern
        assert rarest is None or tuple(rarest) == rule_words._rarest(pattern), pattern
    # the tables the import builds (see test_stored_tables.py): built once, then read back the same
    assert {"words", "trie", "loosened", "wild-heads", "override-heads"} <= set(first["built"]), first["built"]
    assert again["built"] == []
    assert again["tables"] == first["tables"] and again["loose"] == first["loose"]
    for words, lead, passes, plain, alike in map(json.loads, first["tables"]):  # (what building each anew gives)
        fresh = scan.Words._made(tuple(words))
        assert [lead, passes, plain, alike] == [fresh[0], [p[1] for p in fresh[1]], fresh[2], fresh[3]]


PATTERNS = [r"(?:ignore|disregard) (?:all|any) previous", r"\b(?:send|post)\s+(?:it|them) to", r"(?=x)y+z", r"reveal\b"]


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, ...]]:
    """A store configured, no word found yet in this process: what the stored words are named by."""
    monkeypatch.setattr(scan, "_WORDS", [])
    monkeypatch.setattr(scan, "_WORDS_ADDED", [0])
    monkeypatch.setattr(scan, "_WORDS_FROM", [])
    key = load_key(tmp_path / "k.key")
    compiled_store.configure(tmp_path / "hs", lambda: key)
    found = scan._words_inputs()
    assert found is not None
    yield found
    compiled_store.configure(None)


def test_a_stored_entry_that_is_not_sound_is_not_used(inputs: tuple[Any, ...]) -> None:
    bad = {
        PATTERNS[0]: [["nope"], "not a list"],
        PATTERNS[1]: [["send "], ["it"], ["extra"], ["more"]],
        PATTERNS[2]: "x",
        PATTERNS[3]: [[1], None],
    }
    compiled_store.keep(scan._WORDS_KIND, inputs, [json.dumps(bad)])
    assert [scan.leading_words(p) for p in PATTERNS] == [scan._leading_words(p) for p in PATTERNS]
    assert [scan.required_words(p) for p in PATTERNS] == [scan._required_words(p) for p in PATTERNS]


def test_words_are_stored_under_this_module_s_code(inputs: tuple[Any, ...]) -> None:
    for p in PATTERNS:
        scan.leading_words(p)
    scan.keep_words()
    assert compiled_store.recall(scan._WORDS_KIND, inputs) is not None
    other = (inputs[0], "0" * 64, *inputs[2:])  # (the words of another version of the code)
    assert compiled_store.recall(scan._WORDS_KIND, other) is None


def test_the_words_are_kept_as_soon_as_the_detectors_are_imported(inputs: tuple[Any, ...]) -> None:
    from secure_mcp_gateway import pipeline

    for p in PATTERNS:
        scan.required_words(p)  # (what an import reads)
    assert compiled_store.recall(scan._WORDS_KIND, inputs) is None
    pipeline.import_detectors()  # (a start that lists its tools and ends keeps them too)
    kept = compiled_store.recall(scan._WORDS_KIND, inputs)
    assert kept is not None and set(PATTERNS) <= set(json.loads(kept[0] or "{}"))


def test_a_store_configured_after_the_words_were_read_is_not_written(tmp_path: Path, inputs: tuple[Any, ...]) -> None:
    scan.leading_words(PATTERNS[0])  # (read with the fixture's store)
    later = load_key(tmp_path / "other.key")
    compiled_store.configure(tmp_path / "other", lambda: later)  # (as a test after another in one process may)
    scan.leading_words(PATTERNS[1])
    scan.keep_words()
    assert not (tmp_path / "other").exists() or not list((tmp_path / "other").iterdir())


def test_the_rarest_words_of_a_pattern_are_kept_with_its_other_words(
    inputs: tuple[Any, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `rule_words.rarest` found (the wide rules' gates, read at a start's first text outside ASCII) is kept
    with the patterns' other words: a start after the first parses none of them again, and reads the same words."""
    first = [rule_words.rarest(p) for p in PATTERNS]
    assert first == [rule_words._rarest(p) for p in PATTERNS] and any(first)
    scan.keep_words()
    monkeypatch.setattr(scan, "_WORDS", [])  # (a start after the first)
    parsed: list[str] = []
    read = rule_words._rarest
    monkeypatch.setattr(rule_words, "_rarest", lambda p: parsed.append(p) or read(p))
    assert [rule_words.rarest(p) for p in PATTERNS] == first and parsed == []
    assert rule_words.rarest(r"(?:forward|relay) (?:the|all) notes") == read(r"(?:forward|relay) (?:the|all) notes")
    assert parsed == [r"(?:forward|relay) (?:the|all) notes"]

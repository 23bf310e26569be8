"""Detector expressions are compiled on first use or ahead of it on a background thread, never at import, and
match exactly as compiled ones do."""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from secure_mcp_gateway.guardrails import compiled_store, lazy
from secure_mcp_gateway.keys import LocalKey

# (a detector thread an earlier test left running writes into the store a test configures)
pytestmark = pytest.mark.usefixtures("quiet_detectors")


def test_a_lazy_expression_matches_as_the_compiled_one() -> None:
    source = r"(?P<verb>ignore|disregard)\s+(?:all\s+)?previous\s+(\w+)"
    text = "Please IGNORE previous notes. ignore all previous instructions; disregard previous rules"
    eager, late = re.compile(source, re.IGNORECASE), lazy.compile(source, re.IGNORECASE)
    assert late.pattern == source and "_compiled" not in late.__dict__  # known without compiling
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert "_compiled" in late.__dict__
    assert late.search(text, 10).groupdict() == eager.search(text, 10).groupdict()
    assert late.match(text, 7).group(2) == eager.match(text, 7).group(2)
    assert late.sub("X", text) == eager.sub("X", text) and late.groups == eager.groups == 2
    assert late.compiled() is late.compiled()


_IN_A_FRESH_PROCESS = """
import json, re, threading
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import lazy, local  # the detectors (the gateway imports them on a thread)
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.pipeline import Pipeline

at_import = sum("_compiled" in x.__dict__ for x in lazy._MADE)
made = len(lazy._MADE)
pipeline = Pipeline(GatewayConfig.model_validate({"mcpServers": {}}))
assert not any(t.name == "compile-detectors" for t in threading.enumerate())  # not before the servers' lists
pipeline.prepare_soon()
next(t for t in threading.enumerate() if t.name == "compile-detectors").join()
left = sum("_compiled" not in x.__dict__ for x in lazy._MADE)
compiled = []
real = re.compile
re.compile = lambda *a, **k: compiled.append(a[0]) or real(*a, **k)
guard = pipeline.guard("any")
text = "Rain in Oslo tomorrow; the report is due on Monday."
guard.check_output({"content": [{"type": "text", "text": text}]}, Vault())
guard.check_input({"query": "flights from Lisbon to Rome next week"}, Vault())
guard.check_definition({"name": "search_flights", "description": "Finds flights between two cities.",
    "inputSchema": {"type": "object", "properties": {"origin": {"type": "string"}}}}, "tool")
print(json.dumps({"made": made, "at_import": at_import, "left": left, "compiled": compiled}))
"""


def test_nothing_is_compiled_at_import_and_everything_before_the_first_check() -> None:
    out = subprocess.run([sys.executable, "-c", _IN_A_FRESH_PROCESS], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["made"] > 300
    assert got["at_import"] < got["made"] * 0.05, got  # nearly all wait for their first use
    assert got["left"] == 0  # the background thread compiled every one
    assert got["compiled"] == []  # and built what the first checks need: they compile nothing


_IMPORTS_THE_DETECTORS = """
import json, re, sys
from secure_mcp_gateway.guardrails import lazy
compiles = []
real = re._compiler.compile
re._compiler.compile = lambda p, flags=0: compiles.append(p) or real(p, flags)
made = len(lazy._MADE)
from secure_mcp_gateway.guardrails import pii, secrets
print(json.dumps({"made": len(lazy._MADE) - made, "compiles": len(compiles)}))
"""


def test_the_secret_and_personal_data_tables_compile_nothing_at_import() -> None:
    out = subprocess.run([sys.executable, "-c", _IMPORTS_THE_DETECTORS], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["made"] > 500  # their expressions wait for their first use or the background thread
    assert got["compiles"] < 40, got  # a few read at import (and the standard library's own)


def test_a_start_after_the_first_builds_the_expressions_from_their_stored_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a store of compiled databases, the expressions' code is kept there: the next start parses none of them,
    and each is equal (source, flags, code) to the one `re.compile` makes; an edited entry is parsed again."""
    made = LocalKey(secrets.token_bytes(32))
    tag = secrets.token_hex(4)  # sources no earlier test compiled (`re` keeps its own compiled ones)
    sources = [
        (rf"(?P<verb>ignore|disregard)\s+(?:all\s+)?{tag}\s+(\w+)", re.IGNORECASE),
        (rf"\b{tag}[_-]?key\s*[:=]\s*\S{{8,}}", 0),
        (rf"(?x) {tag} \d+ (?# a note) [a-z]{{2,}}", 0),
        (rf"(?<![\w.]){tag}(?=\d)|x(?P<n>[^\W\d_]+)\b", re.UNICODE | re.MULTILINE),
    ]
    real = re.compile
    parsed: list[str] = []

    def start() -> list[lazy.Lazy]:
        monkeypatch.setattr(lazy, "_MADE", [])
        monkeypatch.setattr(lazy, "_RECALLED", {})  # (a fresh process)
        monkeypatch.setattr(lazy, "_RECALL_TRIED", [])
        out = [lazy.compile(p, f) for p, f in sources]
        assert lazy.prepare() == len(sources)
        return out

    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        first = start()
        monkeypatch.setattr(re, "compile", lambda *a, **k: parsed.append(a[0]) or real(*a, **k))
        code_of = getattr(lazy, "_code_of", None)
        monkeypatch.setattr(lazy, "_code_of", lambda *a: parsed.append(a[0]) or code_of(*a), raising=False)
        asked: list[str] = []
        remembered = compiled_store.remembered
        monkeypatch.setattr(compiled_store, "remembered", lambda kind, *a: asked.append(kind) or remembered(kind, *a))
        again = start()
        assert parsed == [] and asked == []  # (the index holds every code: this set's own entry is not read again)
        for (p, f), one, other in zip(sources, first, again, strict=True):
            assert one.compiled() == other.compiled() == real(p, f)
            assert other.compiled() is not one.compiled()
        for entry in (tmp_path / "hs").iterdir():  # (the codes of this set, and the index of all by expression)
            entry.write_bytes(entry.read_bytes()[:-8] + b"AAAAAAAA")
        edited = start()
        assert len(parsed) == len(sources)
        assert [x.compiled() for x in edited] == [real(p, f) for p, f in sources]
    finally:
        compiled_store.configure(None)


def test_an_expression_used_before_the_background_preparation_is_built_from_its_stored_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a start after the first, an expression a check uses before the background preparation reaches it (a start
    screening its servers' lists) is built from the code stored by an earlier start, whatever other expressions
    were made with it; one never stored, or one whose stored index was edited, is parsed as before."""
    made = LocalKey(secrets.token_bytes(32))
    tag = secrets.token_hex(4)  # sources no earlier test compiled (`re` keeps its own compiled ones)
    sources = [(rf"\b{tag}[_-]?token\s*[:=]\s*\S{{8,}}", 0), (rf"(?i)ignore\s+{tag}\s+(\w+)", 0)]
    real = re.compile
    parsed: list[str] = []

    def fresh_process() -> None:
        monkeypatch.setattr(lazy, "_MADE", [])
        monkeypatch.setattr(lazy, "_RECALLED", {})
        monkeypatch.setattr(lazy, "_RECALL_TRIED", [])

    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        fresh_process()
        [lazy.compile(p, f) for p, f in sources]
        lazy.prepare()  # (an earlier start's background preparation: the codes stored)
        fresh_process()
        monkeypatch.setattr(re, "compile", lambda *a, **k: parsed.append(a[0]) or real(*a, **k))
        other = lazy.compile(rf"{tag}-never-stored\d+")
        early = [lazy.compile(p, f) for p, f in reversed(sources)]
        assert early[0].search(f"IGNORE {tag} this") is not None and early[1].search(f"{tag}_token = abcdefgh12")
        assert parsed == []
        assert [x.compiled() for x in early] == [real(p, f) for p, f in reversed(sources)]
        assert other.search(f"{tag}-never-stored42") is not None and parsed == [other.pattern]
        # the codes of the expressions built are let go (each expression kept in its place); an index written again
        # (`other` is new) still holds their codes: the next start builds them from it
        assert all(isinstance(lazy._RECALLED[p, f], re.Pattern) for p, f in sources)
        lazy.prepare()
        fresh_process()
        again = [lazy.compile(p, f) for p, f in sources]
        assert [x.compiled() for x in again] == [real(p, f) for p, f in sources] and parsed == [other.pattern]
        for entry in (tmp_path / "hs").iterdir():
            entry.write_bytes(entry.read_bytes()[:-8] + b"AAAAAAAA")
        fresh_process()
        parsed.clear()
        edited = lazy.compile(*sources[0])
        assert edited.search(f"{tag}-token: 0123456789") is not None and parsed == [sources[0][0]]
    finally:
        compiled_store.configure(None)


def test_a_later_smaller_set_keeps_the_index_of_the_expressions_built_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start prepares its expressions, then a few made later (built from the index, their codes let go); the
    index written for the later ones still holds every earlier one, and the next start, with one expression more,
    parses only that one."""
    made = LocalKey(secrets.token_bytes(32))
    tag = secrets.token_hex(4)  # sources no earlier test compiled (`re` keeps its own compiled ones)
    early = [(rf"\b{tag}[_-]?secret{n}\s*=\s*\S{{8,}}", 0) for n in range(3)]
    later = [(rf"(?i)forget\s+{tag}\s+rule{n}", 0) for n in range(2)]
    extra = (rf"{tag}-added\d+", 0)
    real = re.compile
    parsed: list[str] = []

    def fresh_process() -> None:
        monkeypatch.setattr(lazy, "_MADE", [])
        monkeypatch.setattr(lazy, "_RECALLED", {})
        monkeypatch.setattr(lazy, "_RECALL_TRIED", [])

    code_of = lazy._code_of
    monkeypatch.setattr(lazy, "_code_of", lambda *a: parsed.append(a[0]) or code_of(*a))
    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        fresh_process()
        [lazy.compile(p, f) for p, f in early]
        lazy.prepare()
        [lazy.compile(p, f) for p, f in later]
        lazy.prepare()  # (only the later ones: the earlier ones are built, their codes let go)
        assert sorted(parsed) == sorted(p for p, _ in early + later)
        fresh_process()
        parsed.clear()
        monkeypatch.setattr(re, "compile", lambda *a, **k: parsed.append(a[0]) or real(*a, **k))
        again = [lazy.compile(p, f) for p, f in [*early, *later, extra]]
        assert lazy.prepare() == len(again)
        assert parsed == [extra[0]]  # (the one the index lacks, and only it)
        assert [x.compiled() for x in again] == [real(p, f) for p, f in [*early, *later, extra]]
    finally:
        compiled_store.configure(None)


def test_expressions_first_built_after_the_background_preparation_are_stored_by_the_next_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module's own expression built at a first check (`lazy.built`) and a lazy one made after the background
    preparation are parsed on a first start only: the next preparation keeps their codes, and the next start
    builds both from there, equal to what `re.compile` makes."""
    made = LocalKey(secrets.token_bytes(32))
    tag = secrets.token_hex(4)  # sources no earlier test compiled (`re` keeps its own compiled ones)
    table = (rf"(?i)\b{tag}\s+(?P<w>override|bypass)(?=\s)", 0)
    late = (rf"{tag}-late\d+", re.MULTILINE)
    real = re.compile
    parsed: list[str] = []

    def fresh_process() -> None:
        monkeypatch.setattr(lazy, "_MADE", [])
        monkeypatch.setattr(lazy, "_RECALLED", {})
        monkeypatch.setattr(lazy, "_RECALL_TRIED", [])
        monkeypatch.setattr(lazy, "_WANTED", {})

    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        fresh_process()
        lazy.prepare()  # (the background preparation, before the first check)
        assert lazy.built(*table) == real(*table)
        assert lazy.compile(*late).search(f"{tag}-late7") is not None  # (compiled at its first use)
        assert lazy.prepare() == 0 and lazy._WANTED == {}  # (after the warm-up: both codes kept)
        fresh_process()
        monkeypatch.setattr(re, "compile", lambda *a, **k: parsed.append(a[0]) or real(*a, **k))
        again, later = lazy.built(*table), lazy.compile(*late)
        assert again.search(f"say {tag} BYPASS now")["w"] == "BYPASS" and later.search(f"{tag}-late42") is not None
        assert parsed == [] and lazy._WANTED == {}
        assert (again, later.compiled()) == (real(*table), real(*late))
    finally:
        compiled_store.configure(None)


def test_a_start_after_one_that_screened_a_long_text_warms_the_long_text_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a long text was screened on an earlier start (the screen's loosened expressions are in the store), the
    background warm-up checks a long text too, so the first long result of this start does not build what long texts
    need while the client waits; on a first start (nothing stored) it does not, which would cost more than that."""
    from secure_mcp_gateway import pipeline
    from secure_mcp_gateway.config import GuardrailPolicy
    from secure_mcp_gateway.guardrails import scan, screen

    guard = pipeline._local_guard(GuardrailPolicy())
    read: list[int] = []
    check_input, check_output = guard.check_input, guard.check_output
    monkeypatch.setattr(guard, "check_input", lambda v, vault: read.append(len(json.dumps(v))) or check_input(v, vault))
    monkeypatch.setattr(
        guard, "check_output", lambda v, vault: read.append(len(json.dumps(v))) or check_output(v, vault)
    )
    monkeypatch.setattr(screen.SCREEN, "_ready", lambda: None)  # (no database built in the background here)
    made = LocalKey(secrets.token_bytes(32))
    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        assert not screen.SCREEN.stored()
        pipeline.warm_up(guard)
        assert read and max(read) < scan.LONG  # a first start: short texts only
        monkeypatch.setattr(screen, "loosened", lambda *a: None)  # (what is stored does not matter)
        screen._loosened_all(screen.SCREEN._keys)  # what screening a long text keeps in the store
        assert screen.SCREEN.stored()
        read.clear()
        pipeline.warm_up(guard)
        assert len([n for n in read if n >= scan.LONG]) == 2  # a long argument and a long result
    finally:
        compiled_store.configure(None)


def test_a_first_start_warms_the_long_text_checks_in_its_background_preparation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a first start (nothing stored yet) with a store, the background preparation checks a long argument and a
    long result too and builds what long texts use (the first long result then finds it built, and later starts
    find it stored); a start that finds the screen stored does the same; without a store it does not."""
    from secure_mcp_gateway import pipeline
    from secure_mcp_gateway.config import GatewayConfig, GuardrailPolicy
    from secure_mcp_gateway.guardrails import scan, screen

    guard = pipeline._local_guard(GuardrailPolicy())
    events: list[str] = []
    check_input, check_output = guard.check_input, guard.check_output

    def size(v: object) -> str:
        return "long" if len(json.dumps(v)) >= scan.LONG else "short"

    monkeypatch.setattr(guard, "check_input", lambda v, vault: events.append(size(v)) or check_input(v, vault))
    monkeypatch.setattr(guard, "check_output", lambda v, vault: events.append(size(v)) or check_output(v, vault))
    monkeypatch.setattr(pipeline, "_local_guard", lambda policy: guard)
    monkeypatch.setattr(lazy, "prepare", lambda pause=0.0: None)  # (the expressions compile on use here)
    monkeypatch.setattr(screen.SCREEN, "_ready", lambda: None)  # (no database built in the background here)
    monkeypatch.setattr(screen.SCREEN, "wait", lambda: events.append("built") and None)
    monkeypatch.setattr(scan.INDEX, "wait", lambda: events.append("built") and None)
    gateway = pipeline.Pipeline(GatewayConfig(cache={"enabled": False}))
    short = ["short"] * (2 + 2 * len(pipeline._WARM_ASCII))  # (the warm-up's short arguments and results)
    made = LocalKey(secrets.token_bytes(32))
    compiled_store.configure(tmp_path / "hs", lambda: made)
    try:
        assert not screen.SCREEN.stored()
        pipeline._prepare(GuardrailPolicy(), gateway)
        assert events == [*short, "long", "long", "built", "built"]
        monkeypatch.setattr(screen.SCREEN, "stored", lambda: True)
        events.clear()
        pipeline._prepare(GuardrailPolicy(), gateway)
        assert events == [*short, "long", "long", "built", "built"]
        monkeypatch.setattr(screen.SCREEN, "stored", lambda: False)
        compiled_store.configure(None)  # no store: every start is a first one, and long texts are not warmed
        events.clear()
        pipeline._prepare(GuardrailPolicy(), gateway)
        assert events == short
    finally:
        compiled_store.configure(None)

"""Detectors on hostile input: no expression that backtracks without bound, no compilation per definition."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import (
    device_consoles,
    hidden,
    injection,
    intent,
    key_files,
    login_prose,
    pii,
    poisoning,
    scan,
    secrets,
)
from secure_mcp_gateway.guardrails.findings import lower_aligned
from secure_mcp_gateway.guardrails.local import LocalGuard

_OLD_CAMEL = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{1,6}[0-9]{0,5}|[0-9]{1,5})+")
_OLD_TYPE = re.compile(r"(?:[A-Z]+[a-z]*)+|[a-z]+(?:[A-Z]+[a-z]*)+")
_NAMES = st.text(alphabet="AZaz09_%", max_size=10)


@given(_NAMES)
def test_type_and_camel_names_read_as_before(name: str) -> None:
    assert secrets._camel_name(name) == bool(_OLD_CAMEL.fullmatch(name))
    assert bool(secrets._TYPE_NAME.fullmatch(name)) == bool(_OLD_TYPE.fullmatch(name))


@given(
    st.lists(
        st.sampled_from([". ", "! ", "?", " ", "\n", ";", "。", ".\t", "|", " - ", "：", "-", "\t", "word"]),
        max_size=400,
    )
)
def test_clauses_told_from_a_text_s_placed_stops_are_those_searched(parts: list[str]) -> None:
    """The clause around each place of a text, from its stops placed once (a text with thousands of findings), is
    the one two searches around that place find."""
    text = "".join(parts)
    stops = intent._Stops(text)
    assert [stops.clause(at) for at in range(len(text))] == [intent._clause(text, at) for at in range(len(text))]


@pytest.mark.parametrize("word", ["keys:", "API"])
def test_a_key_file_s_word_repeated_on_one_line_reads_the_line_once(word: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of thousands of `keys:` or `API` is read once, not once per word (a megabyte of them took
    seconds: each read of the line looked for its end)."""
    lines = []
    monkeypatch.setattr(key_files, "_line", lambda text, at: lines.append(at) or _LINE(text, at))
    text = word * 5000 + "\nlivekit s3fs\n" + word
    assert key_files.find(text, text.lower(), lambda _: True, lambda _: True, lambda _: True) == []
    assert len(lines) <= 2


_LINE = key_files._line

_ASSIGNED = st.lists(
    st.sampled_from(
        [
            *("key", "keys:", "api_key=", "token=", "password: ", "pwd=", "credentials=", " is ", "&", "?", '"', " "),
            *("\n", "x1", "Hunter22!", "aB3dE5fG7hJ9kL2m", ":", "=", "https://", "@", "-", "_", ">", "tokenpassword="),
            "q" * 900,
        ]
    ),
    min_size=10,
    max_size=200,
)


@given(_ASSIGNED)
def test_long_texts_assignments_read_with_values_ended_once_are_those_searched(parts: list[str]) -> None:
    """In a long text each assignment's value is ended from the stops found once (`keys:keys:...` read 4 KB again
    after each name): what it finds is what searching each whole expression finds."""
    text = "".join(parts) * (secrets._VALUE_MOST // 400 + 1)
    low = lower_aligned(text)
    for pattern, kind, _, glued in secrets._ASSIGNMENTS:
        through: list[object] = []
        searched: list[object] = []
        secrets._assigned_in(text, low, pattern, kind, glued, through, {})
        with mock.patch.dict(secrets._HEADS_ONLY, clear=True):  # (each whole expression searched)
            secrets._assigned_in(text, low, pattern, kind, glued, searched, {})
        assert through == searched


def test_a_user_word_before_many_password_words_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """`user password user password ...`: each user word is tried as a pair's start once, not once per password word
    within reach of it (a megabyte of them took seconds)."""
    pair, tried = login_prose._PAIR, []

    class Counted:
        def match(self, low: str, at: int) -> object:
            tried.append(at)
            return pair.match(low, at)

    monkeypatch.setattr(login_prose, "_PAIR", Counted())
    text = "user password " * 400
    login_prose.find(text, text, lambda _: True, lambda w: [m.start() for m in re.finditer(re.escape(w), text)])
    assert len(tried) == len(set(tried)) == 400


def test_thousands_of_password_names_with_no_user_word_nor_command_are_not_read_one_by_one() -> None:
    """`password=password=...`: no user word stands before any of them and none is a console command, so neither
    the pairs nor the commands are tried at each of them (a megabyte of them: ~120,000 tries each)."""
    text = "password=" * 2000
    scan.INDEX.prepare()
    scan.INDEX.find(text)
    asked: list[str] = []
    assert login_prose.find(text, text, lambda _: True, lambda w: asked.append(w) or []) == []
    assert device_consoles.find(text, text, lambda _: True, lambda w: asked.append(w) or []) == []
    assert asked == []
    spaced = "user password " * 200 + "password1 hunter22\n"
    assert login_prose.find(spaced, spaced, lambda _: True, lambda w: asked.append(w) or []) == []
    assert device_consoles.find(spaced, spaced, lambda _: True, lambda w: asked.append(w) or []) == []
    assert "password" in asked and "adminpass" in asked


def test_a_long_run_of_capitals_after_a_telling_word_is_read_at_once() -> None:
    """A value that made a nested repeat backtrack for hours (here 60 capitals, then a character that fails it)."""
    line = "INFO provisioned credential " + "A" * 60 + "b7Qx%2Bz9Kp" + " for project billing"
    code = f"from secure_mcp_gateway.guardrails import secrets; print(len(secrets.find({line!r})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_screening_distinct_definitions_compiles_nothing_new() -> None:
    guard = LocalGuard(GuardrailPolicy())
    guard.check_definition({"name": "warm", "description": "Echo the text back."}, "tool")
    before = (len(injection._LED), len(injection._WORDS))
    for i in range(40):
        definition = {
            "name": f"tool_{i}",
            "description": f"Lists the files of project {i}. You must pass an absolute path; the tool reads only "
            f"directories the user allowed and returns their names, sizes and modification times.",
            "inputSchema": {"type": "object", "properties": {"path": {"type": "string", "description": f"dir {i}"}}},
        }
        assert not guard.check_definition(definition, "tool").withhold
    assert (len(injection._LED), len(injection._WORDS)) == before, "a definition string's rules were indexed anew"


# --- long hostile texts: every detector stays linear ------------------------------------------------------------

_ORDINARY = "\n".join(
    p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "corpus" / "source").iterdir())
)
_REPEATED = [
    *"aA0yk<#=:-./\n\t_ é中",
    *("ignore ", "you ", "your ", "the user ", "instructions ", "a=", "password=", "key: ", "token=", "aws "),
    *("eyJ", "AKIA", "ghp_", "-----BEGIN ", "://a:b@", "--password ", "-p ", "name: x\nvalue: ", "+1 ", "1-"),
    *("@a.", "192.168.", "from now on, you ", "error you must call ", "<|im_start|>", "## system:", "[inst]"),
    *("A" * 50 + " ", "Aa1" * 20 + " ", "x" * 3000 + "=", "<a " * 40 + ">", "ignore all " * 9 + "\n"),
]


def _message_detectors(text: str) -> None:
    low = lower_aligned(text)
    secrets.find(text, low)
    pii.find(text, low)
    injection.find(text, low)
    hidden.find(text)


def _seconds(check: Callable[[str], object], text: str, enough: float = 0.0, runs: int = 5) -> float:
    """The least CPU time of this thread in `runs` runs (not wall time, nor the process's: other processes and the
    detectors' background compilation threads do not count), or of the runs up to the first one that takes at most
    `enough` (the least of five would be within it too)."""
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        check(text)
        best = min(best, time.thread_time() - start)
        if best <= enough:
            break
    return best


def _cut(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


@pytest.mark.parametrize(("check", "size"), [(_message_detectors, 60_000), (poisoning.find, 4_000)])
def test_long_repeats_of_what_the_expressions_look_for_stay_linear(check: Callable[[str], object], size: int) -> None:
    """Text of one character, word or shape repeated: no expression backtracks more than linearly. Eight times the
    text costs about eight times as much (a quadratic expression: sixty-four), and never two hundred times what
    ordinary text of that length does (a quadratic one: thousands). A piece over either bound is measured again at
    twice the size, which costs about twice as much when linear and four times when quadratic: only that decides."""
    small = _seconds(check, _cut(_ORDINARY, size // 8))
    base = _seconds(check, _cut(_ORDINARY, size))
    slow = {}
    for piece in _REPEATED:
        took = _seconds(check, _cut(piece, size), runs=1)
        if took <= min(200 * base, 24 * small):
            continue  # (within the bound below whatever an eighth costs: it is never lower)
        eighth = _seconds(check, _cut(piece, size // 8))
        bound = min(200 * base, 24 * max(eighth, small))
        took = min(took, _seconds(check, _cut(piece, size), bound, runs=4))
        if took > bound:  # (the least of five runs)
            double = _seconds(check, _cut(piece, 2 * size), 3.2 * max(took, small))
            if double > 3.2 * max(took, small):
                slow[piece[:20]] = (round(took / base), round(took / max(eighth, small), 1), round(double / took, 1))
    assert not slow, f"times the cost of ordinary text, of an eighth and (then) of twice the text: {slow}"

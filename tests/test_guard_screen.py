"""The screen: loosened expressions match wherever the originals do, and findings are the same with it and without."""

from __future__ import annotations

import json
import random
import re
import threading
import tracemalloc
from pathlib import Path

import pytest
from corpus_sample import stratified
from every_case import every

from secure_mcp_gateway.guardrails import injection, poisoning, scan, screen, secrets
from secure_mcp_gateway.guardrails.findings import lower_aligned

CORPUS = Path(__file__).parent / "corpus"


def _grouped_texts() -> list[tuple[str, str]]:
    """Each corpus text with its corpus and group (the source files: one group)."""
    out = []
    for name in ("injection.json", "secrets.json", "pii.json", "hidden.json"):
        data = json.loads((CORPUS / name).read_text(encoding="utf-8"))
        for group, part in data.items():
            for entry in part if isinstance(part, list) else ():
                text = entry.get("text", "") if isinstance(entry, dict) else entry
                if isinstance(entry, dict) and "secret" in entry:
                    text = text.replace("{}", "".join(entry["secret"]))
                if isinstance(text, str) and text:
                    out.append((f"{name} {group}", text))
    out += [("source", p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "source").iterdir())]
    return out


GROUPED = _grouped_texts()
TEXTS = [text for _, text in GROUPED]
PATTERNS = sorted(
    {(p, False) for rules in (injection.RULES, poisoning.RULES) for r in rules for p in (r.pattern, r.at_start) if p}
    | set(secrets._SCREENED),
    key=lambda k: (k[0].pattern, k[1]),
)
"""(expression, whether it runs on the text rather than the lower-cased text): the rules and secrets' screened
expressions."""


def test_every_screened_expression_is_loosened_into_one_that_matches_wherever_it_does() -> None:
    loose = {k: screen.loosened(*k) for k in PATTERNS}
    assert sum(x is not None for x in loose.values()) >= 0.9 * len(PATTERNS)
    compiled = {k: re.compile(x) for k, x in loose.items() if x is not None}
    matched = outside = 0
    # every text, and a third of each corpus group's the same outside ASCII (`corpus_sample.stratified`; every text
    # with SMG_FULL_CORPUS=1): after a heading in other letters, with spaces that are no-break ones
    wide = [t for _, t in stratified(GROUPED, lambda e: e[0], 3, salt="screen loosened")]
    variants = [*TEXTS, *(v for t in wide for v in ("Überblick — 概要 ¶\n" + t, t.replace(" ", "\u00a0")))]
    for text in variants:
        low = lower_aligned(text)
        read = low.encode("ascii", "scan-substitute").decode("ascii")  # as the screen reads it
        for (p, fold), x in compiled.items():
            if p.search(text if fold else low) is not None:
                matched += 1
                outside += not low.isascii()
                assert x.search(read) is not None, (p.pattern, text)
    assert matched > 600 and outside > 300  # the check saw many real matches, in texts outside ASCII too


@every(
    ("pattern", "fold", "matches", "misses"),
    [
        (r"(?<![a-z])ignore\b(?!d)", False, ["ignored", "-ignored", "ignore"], ["ignor", "xignored"]),  # (?!d) dropped
        (r"(?<![a-z])ignore", True, ["xignore"], ["ignor"]),  # on the text, screened lower-cased: look-behind dropped
        (r"\d(?<![a-z])ab", False, ["1ab"], ["ab"]),  # a look-behind after the first character: dropped
        (r"(['\"])key\1", False, ["'key\"", "'key'"], ["key"]),  # a back-reference reads any text
        (r"a\sb", False, ["a\x1cb", "a\tb", "a b"], ["ab", "a_b"]),  # Python's \s, as the engine reads it
        (r"(?i)\u017f", False, ["s", "S"], ["t"]),  # case folding as the engine does it (the long s is an s)
        (r"Key=[A-Z]{40,100}", True, ["key=" + "a" * 40], ["key=" + "a" * 39]),  # on the text, screened lower-cased
        (r"x[^\n]{0,4000}y", False, ["x" + "-" * 5000 + "y"], ["x\ny"]),  # a long repeat is left open
        (r"é+|[^\x00-\x7f]", False, [], ["e", "abc"]),  # nothing outside ASCII matches an ASCII text
        # a look-ahead that ends the expression is written out; one that anything follows is dropped
        (r"password\b(?=[^\n]{0,20}?https?://)", False, ["password at http://x", "passwordhttps://"], ["password"]),
        (
            r"password\b(?=[^\n]{0,20}?https?://)",
            False,
            [],
            ["password\nhttps://x", "password " + "-" * 21 + "http://"],
        ),
        (r"(?P<m>(?:key|token)s?(?=\s*=))\b", False, ["keys =", "token="], ["keys", "token :"]),
        (r"(?:a(?=1)|b(?=2))", False, ["a1", "b2"], ["a2", "b1"]),  # at the end of each branch
        (r"x(?=ab)(?=a)", False, ["xab"], ["xa"]),  # the second look-ahead: not after the first
        (r"ab(?=c)[a-z]", False, ["abd"], ["ab1"]),  # followed by more: dropped
        (r"(?:a(?=b))+c", False, ["ac"], ["abc"]),  # in a repeat: dropped
    ],
)
def test_loosened_constructs(pattern: str, fold: bool, matches: list[str], misses: list[str]) -> None:
    loose = screen.loosened(re.compile(pattern), fold)
    assert loose is not None
    assert loose.isascii()
    for text in matches:
        assert re.search(loose, text), (loose, text)
    for text in misses:
        assert not re.search(loose, text), (loose, text)


def test_an_expression_that_could_match_nothing_is_not_screened() -> None:
    assert screen.loosened(re.compile(r"(?:a)?")) is None
    assert screen.loosened(re.compile(r"(?!x)")) is None
    assert screen.loosened(re.compile(r"\b")) is None


def test_a_look_ahead_at_the_end_is_loosened_into_what_matches_wherever_the_expression_does() -> None:
    rng = random.Random(23)
    parts = ["a", "b", "ab", "[ab]", "b?", "a+", "(?:a|bb)", r"\s", "[^a]", "b{1,3}"]

    def piece() -> str:
        return "".join(rng.choice(parts) for _ in range(rng.randint(1, 3)))

    checked = screened = 0
    for _ in range(300):
        ahead = f"(?={piece()})" + rng.choice(["", r"\b", "(?!b)", f"(?={piece()})"])
        body = rng.choice([f"{piece()}{ahead}", f"(?:{piece()}{ahead}|{piece()})", f"({piece()}(?:{piece()}{ahead}))"])
        pattern = re.compile(body)
        loose = screen.loosened(pattern)
        if loose is None:
            continue  # (a match could be empty)
        screened += 1
        for _ in range(20):
            text = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 9)))
            if pattern.search(text) is not None:
                checked += 1
                assert re.search(loose, text), (body, loose, text)
    assert screened > 200 and checked > 1000


def test_a_long_expression_is_cut_to_a_prefix_that_still_matches_wherever_it_does() -> None:
    words = "|".join(f"w{i:03d}x" for i in range(300))
    pattern = re.compile(rf"start (?:{words}) (?:{words}) end")
    loose = screen.loosened(pattern, budget=200)
    assert loose is not None and len(loose) < len(pattern.pattern)
    rng = random.Random(3)
    for _ in range(200):
        text = f"start w{rng.randrange(300):03d}x w{rng.randrange(300):03d}x end"
        assert pattern.search(text) and re.search(loose, text)


def test_the_screen_answers_none_until_it_can_tell() -> None:
    pytest.importorskip("hyperscan")
    own = screen.Screen()
    own.add([re.compile("needle")])
    long = "hay " * 1000
    assert own.read(long) is None  # compiling in the background
    for thread in threading.enumerate():
        if thread.name == "screen-compile":
            thread.join(30)
    assert own.read(long) == (set(), frozenset({own._db.order[0]}))  # type: ignore[union-attr]
    assert not own.may(long, own._db.order[0])  # type: ignore[union-attr]
    assert own.may(long + "needle", own._db.order[0])  # type: ignore[union-attr]
    assert own.read("needle") is None  # short text: not screened
    needle = own._db.order[0]  # type: ignore[union-attr]
    assert own.read(long + "é") == (set(), frozenset({needle}))  # outside ASCII too
    assert own.may("é " + long + "needle", needle)
    assert own.may(long, re.compile("other"))  # not screened: may match


def test_a_large_text_waits_for_the_screen_instead_of_running_every_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    """From `scan.WAIT_FROM` characters on, a text of a large value waits for the database being built (running every
    expression over it would cost more); a shorter one, or one elsewhere, is answered at once (None) meanwhile."""
    pytest.importorskip("hyperscan")
    from secure_mcp_gateway.guardrails import scan

    monkeypatch.setattr(scan, "WAIT_FROM", 6000)
    elsewhere = screen.Screen()
    elsewhere.add([re.compile("needle")])
    assert elsewhere.read("hay " * 1500) is None  # not in a large value's check: compiling in the background
    monkeypatch.setattr(scan.LARGE, "reading", True, raising=False)
    own = screen.Screen()
    own.add([re.compile("needle")])
    assert own.read("hay " * 1000) is None  # compiling in the background
    assert own.read("hay " * 1500 + "needle") == ({own._db.order[0]}, frozenset(own._db.order))  # type: ignore[union-attr]
    other = screen.Screen()
    other.add([re.compile("needle")])
    assert other.read("hay " * 1500) == (set(), frozenset(other._db.order))  # type: ignore[union-attr]  # built now


def test_a_text_outside_ascii_is_screened_for_what_can_match_its_letters_and_spaces() -> None:
    pytest.importorskip("hyperscan")
    own = screen.Screen()
    words = {p: re.compile(p) for p in ("straße", r"a\sb", r"(?<![\w-])kit\b", "[a-z]{3}x", r"q[^\n]z")}
    own.add(words.values())
    assert own.prepare()
    long = "hay and straw, " * 300
    for text, hits in [
        (long + "die straße", {"straße"}),
        (long + "a\u00a0b", {r"a\sb"}),  # a no-break space is a space
        (long + "—kit", {r"(?<![\w-])kit\b"}),  # after a mark outside ASCII: where a word begins
        (long + "q€z", {r"q[^\n]z"}),
        (long + "strasse éabcx", {"[a-z]{3}x"}),
        (long + "éabx ébcx", set()),  # a letter outside ASCII is no letter of a-z
        (long + "ä" + "qz éé", set()),
    ]:
        read = own.read(text)
        assert read is not None and {p.pattern for p in read[0]} == hits, text
        for p in words.values():
            assert own.may(text, p) or p.search(text) is None


def test_the_memory_a_screen_was_compiled_in_is_given_back_once_it_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    events: list[str] = []
    build = screen._Database.build
    monkeypatch.setattr(screen._Database, "build", lambda *a: events.append("built") or build(*a))
    monkeypatch.setattr(screen, "release_free", lambda: events.append("released") or True)
    own = screen.Screen()
    own.add([re.compile("needle")])
    assert own.read("hay " * 1000) is None  # compiling in the background
    for thread in threading.enumerate():
        if thread.name == "screen-compile":
            thread.join(30)
    assert own._db is not None and events == ["built", "released"]
    other = screen.Screen()
    other.add([re.compile("thread")])
    assert other.prepare()
    assert events == ["built", "released"] * 2


def test_long_texts_find_the_same_with_and_without_the_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    rng = random.Random(21)
    pieces = [t for t in TEXTS if 10 < len(t) < 1500]
    texts = [rng.choice(("\n", " ", "\n\n")).join(rng.sample(pieces, 60)) for _ in range(24)]
    texts = [t for t in texts if len(t) >= scan.LONG]
    assert len(texts) >= 20 and sum(not t.isascii() for t in texts) >= 10
    for text in texts[:1]:
        injection.find(text)
        poisoning.find(text)
        secrets.find(text)
    assert screen.SCREEN.prepare()
    screened = [
        [(f.kind, f.start, f.end, f.score) for f in find(t)]
        for t in texts
        for find in (injection.find, poisoning.find, secrets.find)
    ]
    assert sum(map(len, screened)) > 100
    monkeypatch.setattr(screen.SCREEN, "read", lambda low: None)
    assert screened == [
        [(f.kind, f.start, f.end, f.score) for f in find(t)]
        for t in texts
        for find in (injection.find, poisoning.find, secrets.find)
    ]


def test_a_long_text_is_screened_in_place_without_a_copy_of_it() -> None:
    pytest.importorskip("hyperscan")
    own = screen.Screen()
    own.add([re.compile("needle"), re.compile(r"hay\s+stack")])
    assert own.prepare()
    long = "hay and straw " * 300_000 + "a needle"  # ~4 MB
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        hits = own.read(long)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert hits is not None and {p.pattern for p in hits[0]} == {"needle"}
    assert peak < len(long) // 8  # (encoded, the text would take its own size again)


@pytest.mark.parametrize(
    "text", ["", "a", "hay needle " * 50, "".join(map(chr, range(128))) * 3, "tab\tnew\nline\x00nul" * 9]
)
def test_an_ascii_view_holds_the_texts_bytes(text: str) -> None:
    assert bytes(screen.ascii_view(text)) == text.encode("ascii")
    assert bytes(screen.ascii_view(text[1:])) == text[1:].encode("ascii")  # (a slice is a string of its own)


def test_text_that_is_not_plain_ascii_is_not_read_in_place() -> None:
    class Text(str):
        pass

    assert screen.ascii_view(Text("abc")) == b"abc"
    with pytest.raises(UnicodeEncodeError):
        screen.ascii_view("café")

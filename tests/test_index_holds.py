"""A long text's literal that the shared index found nowhere is not looked for again: the answer is `in`'s."""

from __future__ import annotations

import random

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import hidden_markup, pii, scan, secrets
from secure_mcp_gateway.guardrails.findings import lower_aligned

FILLER = "".join(
    f"def handler_{n}(request):\n    total = sum(item.price for item in request.items)\n    return total\n"
    for n in range(40)
)
"""Ordinary code, longer than `scan.LONG`, holding none of the literals below."""

LITERALS = ("<<", "MSH|", "ADR", "SSR DOCS", "-----END", "PRIVATE", "--", "value", '"cookies"', "net.cookie(")
LITERALS += (" -a", "--auth", " -p", "/p:", "--password", "name", '"key"')
"""Literals the detectors ask `scan.holds` about (their lower-cased forms are words of the shared index)."""


def _pieces() -> list[str]:
    return [*LITERALS, *(w.lower() for w in LITERALS), "Adr", "msh", "ssr  docs", "- -", "<", "\n", " ", "x"]


MIDDLE = FILLER[:400]
"""Half of a text longer than `scan.SHORT` and shorter than `scan.LONG`: the index reads it once its database is
ready (see `scan.indexed`)."""


SHORTER = FILLER[:90]
"""A third of a text no longer than `scan.SHORT`: the index reads it in one pass once its database is ready, and the
detectors' many word tests take that pass's answer (see `scan.indexed`)."""


@pytest.mark.parametrize(
    "filler",
    [FILLER, MIDDLE, MIDDLE.replace("total", "tötal"), SHORTER, SHORTER.replace("total", "tötal")],
    ids=["long", "middle", "wide", "short", "short-wide"],
)
@pytest.mark.parametrize("accelerate", [True, False])
def test_holds_answers_what_in_answers(monkeypatch: pytest.MonkeyPatch, accelerate: bool, filler: str) -> None:
    if accelerate:
        pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", accelerate)
    if accelerate:
        assert scan.INDEX.prepare()
    rng = random.Random(7)
    pieces = _pieces()
    gate = scan.WordGate([w.lower() for w in LITERALS])
    for _ in range(60):
        text = filler + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + filler
        low = lower_aligned(text)
        for literal in (*LITERALS, "not a word of the index"):
            assert scan.holds(text, low, literal) == (literal in text), (literal, text[len(filler) : -len(filler)])
            word = literal.lower()
            assert scan.holds_any(low, (word,)) == (word in low), (word, text[len(filler) : -len(filler)])
            assert secrets._holds(text, low, literal) == (literal in text)
            mixed = ("tötal", "teléfono", word)  # words outside ASCII, which the index cannot hold, searched for
            assert scan.holds_any(low, mixed) == any(w in low for w in mixed), (word, text[len(filler) : -len(filler)])
        assert gate.none(low) == (not any(w.lower() in low for w in LITERALS))
    both = lower_aligned(filler + filler)  # (a short text outside ASCII is left to the detectors' own tests)
    assert not accelerate or (scan.indexed(both) is not None) == (len(both) > scan.SHORT or both.isascii())


KEPT = ("CARD", "NAME", "NOM", "pas", "-auth", "-team", "auth", "&lt;", "%20", "--", "passwd")
"""Literals the detectors ask `scan.kept_holds` about (their lower-cased forms are words of the shared index)."""


class _Unread(str):
    """A text that fails the test when it is searched for a literal."""

    def __contains__(self, literal: object) -> bool:
        raise AssertionError(f"searched for {literal!r}")


@pytest.mark.parametrize("filler", [FILLER, FILLER.replace("total", "tötal")], ids=["ascii", "wide"])
def test_kept_holds_answers_what_in_answers(monkeypatch: pytest.MonkeyPatch, filler: str) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    assert scan.INDEX.prepare()
    rng = random.Random(11)
    pieces = [*KEPT, *(w.lower() for w in KEPT), "Card", "nam", "- -", "&l", "%2", "<", " "]
    for _ in range(60):
        text = filler + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) + filler
        low = lower_aligned(text)
        for asked in (False, True):  # before and after the index has read the text (its answer kept)
            if asked:
                assert scan.indexed(low) is not None
            for literal in (*KEPT, "not a word of the index"):
                assert scan.kept_holds(text, low, literal) == (literal in text), (literal, asked, text[len(filler) :])


def test_kept_holds_does_not_search_a_long_text_the_index_found_the_literal_nowhere_in() -> None:
    pytest.importorskip("hyperscan")
    assert hidden_markup.present("") == ()  # (its words are the index's too)
    assert scan.INDEX.prepare()
    low = lower_aligned(FILLER + FILLER)
    assert scan.indexed(low) is not None
    text = _Unread(FILLER + FILLER)
    for literal in KEPT:
        assert not scan.kept_holds(text, low, literal)
    with pytest.raises(AssertionError, match="searched"):  # a word the index does not hold is searched for
        scan.kept_holds(text, low, "not a word of the index")
    with pytest.raises(AssertionError, match="searched"):  # and so is every literal of a text the index did not read
        scan.kept_holds(_Unread(FILLER + "\n" + FILLER), lower_aligned(FILLER + "\n" + FILLER), "CARD")


FOUND = ("tokens:", "password", "pass", "addr", "-----end", "private")
"""Lower-case literals of the index's words (`pass`: found too often to place in the text below, its places kept;
`-----end`, `private`: words it is asked only whether they occur)."""
_SPARSE = ("q" * 79 + "\n") * 60
"""Text holding none of the index's words."""


def test_a_literal_of_the_lower_cased_text_the_index_found_is_not_searched_for() -> None:
    # Where the index's pass found the word in the lower-cased text it read, the literal asked of that text is
    # there: not looked for again (a word first standing deep in a long text costs a scan up to it).
    pytest.importorskip("hyperscan")
    assert scan.INDEX.prepare()
    lines = "".join(f"tokens: password addr {n}\n" for n in range(3))
    body = _SPARSE + lines + "pass\n" * 40 + "-----END\n" + _SPARSE
    low = _Unread(lower_aligned(body))
    where = scan.indexed(low)
    assert where is not None and "pass" in where[1] and "password" in where[0]
    for literal in FOUND[:4]:
        assert scan.placed_in(low, literal, *where)
        assert scan.holds(low, low, literal) and secrets._holds(low, low, literal)
    assert not scan.placed_in(low, "private", *where) and not scan.holds(low, low, "private")
    with pytest.raises(AssertionError, match="searched"):  # a word found but not placed is looked for
        scan.holds(low, low, "-----end")
    with pytest.raises(AssertionError, match="searched"):  # so is the literal in the text `low` was made from
        secrets._holds(_Unread(body), low, "password")


@pytest.mark.parametrize("filler", [_SPARSE, FILLER, FILLER.replace("total", "tötal")], ids=["sparse", "code", "wide"])
def test_holds_of_the_lower_cased_text_answers_what_in_answers(filler: str) -> None:
    pytest.importorskip("hyperscan")
    assert scan.INDEX.prepare()
    rng = random.Random(3)
    pieces = [*FOUND, "Pass", "passw", "-----", "tokens", "\n", " "]
    for _ in range(40):
        low = lower_aligned(filler + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + filler)
        assert scan.indexed(low) is not None
        for literal in (*FOUND, "Pass", "not a word of the index"):
            assert scan.holds(low, low, literal) == (literal in low), (literal, low[len(filler) : -len(filler)])
            assert secrets._holds(low, low, literal) == (literal in low), (literal, low[len(filler) : -len(filler)])


def test_the_index_tells_a_word_absent_only_when_it_read_the_text_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    index = scan.Index()
    index.add({"msh|", "handler"}, where=False)
    assert index.prepare()
    assert index.absent(FILLER, "msh|")
    assert not index.absent(FILLER, "handler")  # found
    assert not index.absent(FILLER, "request")  # not one of its words: it cannot tell
    index.add({"request"})  # words added since: the text is read again for them
    assert index.prepare()
    assert not index.absent(FILLER, "request") and index.absent(FILLER, "msh|")


def test_the_text_read_before_the_last_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # A detector that reads a copy of a long text (its reading copy, its fold) between the others' readings of the
    # text itself does not cost the text a second pass; a third text does (two answers are kept), `forget` both.
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    index = scan.Index()
    index.add({"total", "request", "msh|"})
    assert index.prepare()
    read = scan._Fast.find
    reads: list[str] = []
    monkeypatch.setattr(scan._Fast, "find", lambda self, low, *a: reads.append(low[-4:]) or read(self, low, *a))
    monkeypatch.setattr(scan, "differing", lambda a, b: None)  # (each text its own pass: see test_index_moved)
    first, copy, third = FILLER + "msh|", FILLER + "copy", FILLER + "more"
    answer = index.find(first)
    index.keep(first, "note", 1)
    other = index.find(copy)
    assert "msh|" in answer[0] and "msh|" not in other[0] and answer[1] == other[1]
    assert index.find(first) == answer and index.kept(first, "note") == 1
    assert reads == ["msh|", "copy"]
    index.find(third)
    assert index.answered(first) == answer and index.find(copy) == other
    assert reads == ["msh|", "copy", "more", "copy"]
    index.forget()
    assert index.answered(copy) is None and index.answered(third) is None


def test_a_reading_that_gave_up_tells_no_word_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    index = scan.Index()
    words = {f"w{n:02d}" for n in range(100)}
    index.add({*words, "msh|"})
    assert index.prepare()
    dense = " ".join(sorted(words)) * 400  # every word far more often than placed: the reading gives up
    found, unknown = index.find(dense)
    assert not found and "msh|" in unknown
    assert not index.absent(dense, "msh|")


def test_every_place_of_a_word_found_too_often_to_place_is_where_it_occurs(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hyperscan")
    monkeypatch.setattr(scan, "ACCELERATE", True)
    index = scan.Index()
    index.add({"total", "request"})
    assert index.prepare()
    monkeypatch.setattr(scan, "INDEX", index)
    low = FILLER * 40
    _, unknown = index.find(low)
    assert "total" in unknown and index.far(low, "total") is not None  # too often to place; its places were kept
    assert scan.every_place(low, "total") == scan.occurrences(low, "total")
    assert scan.every_place(low, "tal = s") == scan.occurrences(low, "tal = s")  # not one of its words: a scan


_MRZ = "P<POLNOWAK<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nGD21890070POL8906108F3111091<<<<<<<<<<<<<<08"
_HL7 = (
    "MSH|^~\\&|LABSYS|NORTHWARD|EHR|CLINIC|20261201083000||ORU^R01|5518203|P|2.5\r"
    "PID|1||550917^^^NW^MR||LINDQVIST^MARTA^E||19790322|F|||41 HARBOUR ROAD^^ABERDEEN^^AB11 5QN^GBR\r"
)
_VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Marta Lindqvist\nADR;TYPE=WORK:;;41 Harbour Road;Aberdeen;;AB11 5QN;UK\nEND:VCARD"
)
_BOOKING = "SSR DOCS BA HK1 P/GBR/518829043/GBR/22MAR79/F/09JUN31/LINDQVIST/MARTA-1.1\n"
_TOKEN = "Qm7vT2kX9pLr4ZwB8nHc"


@every(
    ("detector", "text"),
    [
        (pii.find, _MRZ),
        (pii.find, _HL7),
        (pii.find, _VCARD),
        (pii.find, _BOOKING),
        (secrets.find, f"$ ipmitool -I lanplus -H 198.51.100.20 -U admin -P {_TOKEN} chassis status\n"),
        (secrets.find, f"$ smbclient //files.example.org/share -U 'svc%{_TOKEN}'\n"),
        (secrets.find, f"$ http -a deploy:{_TOKEN} POST https://api.example.org/v2/release\n"),
        (secrets.find, f"$ vault-cli login --password {_TOKEN}\n"),
        (secrets.find, f'{{"name": "api_secret", "value": "{_TOKEN}"}}\n'),
        (secrets.find, f'{{"cookies": [{{"name": "sessionid", "value": "{_TOKEN}x7Kd2Lq9"}}]}}\n'),
    ],
)
def test_what_a_short_text_holds_is_found_in_a_long_one(detector: object, text: str) -> None:
    long = FILLER + text + "\n" + FILLER
    assert len(long) >= scan.LONG
    short = {(f.kind, text[f.start : f.end]) for f in detector(text)}  # type: ignore[operator]
    found = {(f.kind, long[f.start : f.end]) for f in detector(long)}  # type: ignore[operator]
    assert short and short <= found
    assert detector(FILLER + FILLER) == []  # type: ignore[operator]


def test_an_upper_case_name_in_a_long_text_is_still_read() -> None:
    # The lower-cased forms of `SIN`, `NAS`, `UID` end common words (`using `), so a long text is first asked once
    # whether it holds any of them in upper case at all.
    text = "Payroll record, employee Ana Ruiz\nSIN: 527 810 337\n"
    long = FILLER + "    using the cached totals\n" + text + FILLER
    assert ("ca_sin", "527 810 337") in {(f.kind, long[f.start : f.end]) for f in pii.find(long)}
    assert pii.find(FILLER + "    using the cached totals\n" + FILLER) == []


def test_a_long_text_outside_ascii_is_not_searched_for_an_ascii_literal_the_index_found_nowhere() -> None:
    pytest.importorskip("hyperscan")
    assert hidden_markup.present("") == ()  # (its words are the index's too)
    assert scan.INDEX.prepare()
    wide = FILLER.replace("total", "tötal", 1) + FILLER  # one character outside ASCII
    low = lower_aligned(wide)
    assert scan.indexed(low) is not None
    text = _Unread(wide)
    for literal in (*LITERALS, *KEPT):
        if literal.lower() in scan.INDEX.words and literal.lower() not in low:
            assert not scan.holds(text, low, literal)
            assert not scan.kept_holds(text, low, literal)
    with pytest.raises(AssertionError, match="searched"):  # a literal outside ASCII is searched for
        scan.holds(text, low, "TÖTAL")

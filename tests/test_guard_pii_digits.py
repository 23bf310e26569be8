"""The one pass over a text's shape finds every place each digit-led shape's own pass finds, and the searches that
read its lists find what they found in the shape."""

from __future__ import annotations

import random
import re

import pytest

from secure_mcp_gateway.guardrails import pii, pii_digits, pii_ids, pii_named, pii_people, scan
from secure_mcp_gateway.guardrails.scan import matches_at

_WRITTEN = [
    *("415-555-0182", "078-05-1120", "4111 1111 1111 1111", "943 476 5919", "111 222 333", "2345 6789 0123"),
    *("756.1234.5678.97", "12.345.678-5", "1.234.567-8", "98765 43210", "138 1234 5678", "912 345 678"),
    *("612 34 56 78", "22 123 45 67", "55 1234 5678", "495 123-45-67", "1600 Main Street", "221 Baker St"),
    *("20-12345678-6", "1234567T", "11010519491231002X", "192.168.10.4", "fe80::1", "GB82 WEST 1234 5698 7654 32"),
    *("AB 12 34 56 C", "X1234567L", "S9152138E", "BNZPM2501F", "784-1987-1234567-1", "12.34.56-789.01"),
    *("1 415 555 0182", "2 91 05 75 698 435 57", "51 824 753 556", "7 Elm Row", "10 Downing St"),
]
"""Numbers of the shapes each pass looks for, written as people write them (made up)."""
_CLASSES = b"0000000bU+.-:?_#"


def _shapes(seed: int, count: int) -> list[bytes]:
    """Shapes of numbers among random classes, some of their classes changed."""
    rng = random.Random(seed)
    numbers = [bytes(pii.text_shape(n)) for n in _WRITTEN] + [b".000.000-0", b".0000.0000.0000.00", b"#000#0000#0000"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.5:
                parts.append(bytes(rng.choice(_CLASSES) if rng.random() < 0.1 else c for c in rng.choice(numbers)))
            else:
                parts.append(bytes(rng.choice(_CLASSES) for _ in range(rng.randint(1, 10))))
        out.append(b"".join(parts))
    return out


_STARTS = re.compile(
    b"0(?:(?<=[#:?]0)(?="
    + pii._SHAPE_AFTER_BOUNDARY.encode()
    + b")|(?<=U0)(?="
    + pii._SHAPE_AFTER_CAPITAL.encode()
    + b"))"
)
"""A digit where a number may start, as one pass of its own."""


def test_each_list_holds_what_the_shape_s_own_pass_finds() -> None:
    seen = dict.fromkeys(("houses", "runs", "dotted", "starts", "grouped", "candidates"), 0)
    for shape in _shapes(3, 6000):
        places = pii.digit_places(shape)
        for name, got, want in (
            ("houses", places.houses, [m.start() for m in pii_people.HOUSE.finditer(shape)]),
            ("runs", places.runs, [m.span() for m in pii_ids.RUN.finditer(shape)]),
            ("starts", places.starts, [m.start() for m in _STARTS.finditer(shape)]),
        ):
            assert got == want, (name, shape)
            seen[name] += len(want)
        for name, got, pattern in (
            ("dotted", places.dotted, pii_ids.DOTTED),
            ("grouped", places.grouped, pii_ids.GROUPED),
            ("candidates", places.candidates, pii_named.CANDIDATE),
        ):
            want = [m.span() for m in pattern.finditer(shape)]
            assert [m.span() for m in matches_at(pattern, shape, got)] == want, (name, shape)
            seen[name] += len(want)
    assert min(seen.values()) >= 50, seen  # every shape was found many times


def test_matches_overlapping_a_kept_one_are_passed_over_as_finditer_does() -> None:
    shape = b"#.000.000.000-0#.0000.0000.0000.00#"
    places = pii.digit_places(shape)
    assert len(places.dotted) > len(list(pii_ids.DOTTED.finditer(shape)))  # the list holds overlapping places
    want = [m.span() for m in pii_ids.DOTTED.finditer(shape)]
    assert [m.span() for m in matches_at(pii_ids.DOTTED, shape, places.dotted)] == want


def test_the_next_run_of_eight_digits_from_the_runs_is_the_shape_s() -> None:
    rng = random.Random(9)
    digits = "0123456789"
    found = 0
    for _ in range(3000):
        text = "".join(
            "".join(rng.choice(digits) for _ in range(rng.randint(1, 12)))
            if rng.random() < 0.5
            else rng.choice(" a-.٣")
            for _ in range(rng.randint(1, 12))
        )
        shape = bytes(pii.text_shape(text))
        runs = pii.digit_places(shape).runs
        for pos in range(len(text) + 1):
            want = pii._bare_start(text, shape, pos)
            assert pii._bare_start(text, shape, pos, runs) == want, (text, pos)
            found += want >= 0
    assert found > 10000


def _signature(places: pii_digits.Places) -> tuple[list[int] | list[tuple[int, int]], ...]:
    return (places.houses, places.runs, places.dotted, places.starts, places.grouped, places.candidates)


def _token_shapes(seed: int, count: int) -> list[bytes]:
    """Shapes made of digit runs of every length among the classes that may stand beside them."""
    rng = random.Random(seed)
    tokens = [b"0" * k for k in range(1, 19)] + [b"#", b"-", b".", b":", b"U", b"UU", b"UUUUUU", b"b", b"?", b"+", b"_"]
    return [b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _date_shapes(seed: int, count: int) -> list[bytes]:
    """Shapes of dates and times as logs print them, and of the build dates and account numbers beside them, some of
    their classes changed, some cut short."""
    rng = random.Random(seed)
    stamps = [b"#0000-00-00U00:00:00.000U#", b":00:00#", b"#0000-00-00#", b"#0000-00-00", b"?0000-00-00:00:00"]
    stamps += [b"#Ubbbb#00000000#Ubbbbbbb#000.0#", b"#bbb:bbb:bbb::000000000000:bbbbbbb#", b"#00-00-00U#", b"#00.00?U"]
    out = []
    for _ in range(count):
        stamp = bytearray(rng.choice(stamps))
        for _ in range(rng.randint(0, 2)):
            stamp[rng.randrange(len(stamp))] = rng.choice(_CLASSES)
        out.append(bytes(stamp[: rng.randint(3, len(stamp))]))
    return out


def test_the_hyperscan_pass_reports_every_digit_each_shape_s_expression_matches_at() -> None:
    finder = pii._PLACES
    gate = finder.gate
    if not gate.prepare():
        pytest.skip("needs Hyperscan")
    reported = [0] * len(finder.shapes)
    for shape in _shapes(5, 2500) + _token_shapes(6, 2500) + _date_shapes(8, 1500):
        got = gate._scan(shape, gate._db)
        assert got is not None and len(got) == len(finder.shapes)
        anywhere = {m.start() for m in finder.pattern.finditer(shape)}
        assert anywhere == {m.start() for p in finder.shapes for m in p.finditer(shape)}, shape
        for n, own in enumerate(finder.shapes):
            want = {m.start() for m in own.finditer(shape)}
            assert want <= set(got[n]), (n, shape, sorted(want - set(got[n])))
            reported[n] += len(want)
    assert min(reported) > 200, reported  # every shape matched often


def test_a_long_text_s_places_are_the_same_with_and_without_the_hyperscan_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    gate = pii._PLACES.gate
    if not gate.prepare():
        pytest.skip("needs Hyperscan")
    shapes = _shapes(7, 3000)
    prose = b"#bbbbb#bbbbbbbb#Ubbbb#bbbbbbb#bbb#bbbbbb#bbb#bbbbbbbbbbbb#bb#bbbbbbb#"
    longs = [prose.join(shapes[i : i + 60]) for i in range(0, len(shapes), 60)]
    longs.append(bytes(pii.text_shape(" ".join(_WRITTEN) * 40)))
    longs.append(b"#0.0.0.0" * 1000)  # more places reported than the pass answers for: searched the usual way
    assert all(len(s) >= scan.LONG for s in longs)
    assert gate.places(longs[-1]) is None and gate.places(longs[0]) is not None
    found = [_signature(pii.digit_places(s)) for s in longs]
    monkeypatch.setattr(gate, "places", lambda shape: None)
    assert [_signature(pii.digit_places(s)) for s in longs] == found
    assert sum(len(f[3]) for f in found) > 1000


def test_without_hyperscan_the_expression_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "ACCELERATE", False)
    shape = bytes(pii.text_shape(" ".join(_WRITTEN) * 40))
    assert pii._PLACES.gate.places(shape) is None
    assert len(pii.digit_places(shape).starts) > 100


class _TriedOnly:
    """An expression that may be tried at a place (`match`, `fullmatch`) but never searched for through a text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch

    def finditer(self, *args: object) -> None:
        raise AssertionError("searched through the text")

    search = finditer


_SHORT_TEXTS = [
    *(f"Call me on {n} after lunch." for n in _WRITTEN),
    *(f"Ticket {i}: card {n}, ref 1DRP2XQ4NN2Tj5e8hR4jzUkKpkRwYCGmNs" for i, n in enumerate(_WRITTEN)),
    "Deployed version 2.3.1 to staging in 41 s; 3 pods ready.",
    "SSN 078-05-1120, IBAN GB82 WEST 1234 5698 7654 32, wallet 1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
    "BSN: 111222333 and Aadhaar 2345 6789 0123; phone +44 20 7946 0958",
]
"""Short texts holding numbers of every digit-led shape, a Bitcoin address and made-up prose."""


def test_a_short_text_s_numbers_and_addresses_are_tried_where_its_digit_places_put_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    want = [pii.find(t) for t in _SHORT_TEXTS]
    assert sum(map(len, want)) >= len(_WRITTEN)  # most texts hold a finding
    assert all(len(t) <= scan.SHORT for t in _SHORT_TEXTS)
    monkeypatch.setattr(pii, "_NUMERIC", _TriedOnly(pii._NUMERIC.compiled()))
    monkeypatch.setattr(pii, "_ALNUM_RUN", _TriedOnly(pii._ALNUM_RUN.compiled()))
    assert [pii.find(t) for t in _SHORT_TEXTS] == want


@pytest.mark.parametrize(
    "number", ["٠٥٠١٢٣٤٥٦٧", "०९८७६५४३२१", "০১৭১২৩৪৫৬৭৮"], ids=["arabic-indic", "devanagari", "bengali"]
)
def test_a_number_written_in_digits_beyond_ascii_is_found_in_a_short_text_and_a_long_one(number: str) -> None:
    """A text's shape places ASCII digits only: a number in other decimal digits is searched for, short or long."""
    pad = "The courier left the parcel at the front desk and the delivery note on the counter. " * 5
    for text in (f"phone: {number}", f"{pad}phone: {number}"):
        at = text.index(number)
        assert [(f.kind, f.start, f.end) for f in pii.find(text)] == [("phone_number", at, at + len(number))], text

"""Phone numbers spelled out in words after a phone's label, and counts and short runs that are no number."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Call me on plus four four seven seven zero zero nine zero zero four six one",
            "plus four four seven seven zero zero nine zero zero four six one",
        ),
        (
            "my number is zero seven nine one one, one two three four five six",
            "zero seven nine one one, one two three four five six",
        ),
        (
            "WhatsApp: oh eight one two, double three four, five six seven eight",
            "oh eight one two, double three four, five six seven eight",
        ),
        (
            "Telefon: null eins sieben zwei drei vier fünf sechs sieben acht",
            "null eins sieben zwei drei vier fünf sechs sieben acht",
        ),
        (
            "nomor telepon: nol delapan satu dua tiga empat lima enam tujuh delapan",
            "nol delapan satu dua tiga empat lima enam tujuh delapan",
        ),
    ],
)
def test_a_phone_spelled_out_after_its_label_is_found(text: str, number: str) -> None:
    assert ("phone_number", number) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call me at one two three",  # too few digits
        "count: one two three four five six seven eight nine",  # no phone's label
        "The phone rang one, two, three, four, five, six, seven times",  # a count
        "Phone: see the note. " + "x" * 90 + " zero seven nine one one one two three four",  # too far from its label
    ],
)
def test_words_of_digits_that_are_no_phone_pass(text: str) -> None:
    assert all(kind != "phone_number" for kind, _ in _found(text))

"""Numbers written in signs that stand for one digit (negative and double circled, parenthesized and full-stop digits,
Rumi, Medefaidrin, Mayan, counting-rod and Mende Kikakui numbers) are read as their digits, and phones spelled in
German words after German labels and requests are found; signs whose value is no single digit and a count read out
are not."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii

_SIGNS = {
    "negative circled": "🄋➊➋➌➍➎➏➐➑➒",
    "double circled": "0⓵⓶⓷⓸⓹⓺⓻⓼⓽",
    "negative circled dingbats": "⓿❶❷❸❹❺❻❼❽❾",
    "parenthesized": "0⑴⑵⑶⑷⑸⑹⑺⑻⑼",
    "full stop": "🄀⒈⒉⒊⒋⒌⒍⒎⒏⒐",
    "Mayan": "".join(chr(0x1D2E0 + i) for i in range(10)),
    "counting rods": "0" + "".join(chr(0x1D360 + i) for i in range(9)),
    "Rumi": "0" + "".join(chr(0x10E60 + i) for i in range(9)),
    "Medefaidrin": "".join(chr(0x16E80 + i) for i in range(10)),
    "Mende Kikakui": "0" + "".join(chr(0x1E8C7 + i) for i in range(9)),
}


def _written(value: str, signs: str) -> str:
    return "".join(signs[int(c)] if c.isdigit() else c for c in value)


def _covered(text: str, value: str) -> bool:
    at = text.index(value)
    return any(f.start <= at and at + len(value) <= f.end for f in pii.find(text))


@every(
    ("signs", "template", "value"),
    [
        (name, template, value)
        for name in _SIGNS
        for template, value in (("Mobile: {}", "+44 7911 123456"), ("SSN {} on file", "536-22-4817"))
    ],
)
def test_a_number_in_digit_signs_is_found(signs: str, template: str, value: str) -> None:
    written = _written(value, _SIGNS[signs])
    assert _covered(template.format(written), written)


@every(
    ("text", "value"),
    [
        ("Handy: null eins fünf zwei eins zwei drei vier fünf sechs sieben acht", "null eins fünf zwei"),
        ("ruf mich an unter null drei null, eins zwo drei vier fünf sechs sieben", "null drei null, eins zwo"),
        ("Ich bin erreichbar unter null eins fünf eins, vier vier drei zwo eins null neun", "null eins fünf eins"),
    ],
)
def test_a_phone_spelled_in_german_is_found(text: str, value: str) -> None:
    assert _covered(text, value)


@every(
    "text",
    [
        "Steps ⑩ to ⑳ are optional",
        "Mobile: ⑩⑪⑫",
        "Handy: eins zwei drei vier fünf sechs sieben acht neun",
    ],
)
def test_signs_of_no_single_digit_and_counts_find_nothing(text: str) -> None:
    assert pii.find(text) == []

"""Phone numbers spelled out in words after a phone's label, and counts and short runs that are no number."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii

_KEYCAP = "\ufe0f\u20e3"
"""What makes a digit a keycap emoji (`4️⃣`)."""


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


@every(
    ("text", "number"),
    [
        (
            "Ffôn: dim saith saith dim dim naw dim dim pedwar chwech un",
            "dim saith saith dim dim naw dim dim pedwar chwech un",
        ),
        ("Simu: sifuri saba sita moja mbili nane tatu nne tano", "sifuri saba sita moja mbili nane tatu nne tano"),
        (
            "Puhelin: nolla neljä nolla yksi kaksi kahdeksan viisi kuusi",
            "nolla neljä nolla yksi kaksi kahdeksan viisi kuusi",
        ),
        ("Telefon: sıfır beş üç iki bir dokuz dört sekiz yedi altı", "sıfır beş üç iki bir dokuz dört sekiz yedi altı"),
        ("Τηλ.: έξι εννέα τρία δύο ένα οκτώ τέσσερα πέντε", "έξι εννέα τρία δύο ένα οκτώ τέσσερα πέντε"),
        ("Телефон: восемь девять один два семь три ноль пять", "восемь девять один два семь три ноль пять"),
        ("Símanúmer: sex níu einn tveir átta fjórir fimm", "sex níu einn tveir átta fjórir fimm"),
        ("Bel my by nul agt twee een nege drie vier vyf ses", "nul agt twee een nege drie vier vyf ses"),
        ("Lambar waya: sifili takwas huɗu biyu tara uku biyar shida", "sifili takwas huɗu biyu tara uku biyar shida"),
        ("Contact number: 0,7,7,0,0,9,0,0,4,6,1", "0,7,7,0,0,9,0,0,4,6,1"),
        ("Mobile: 0-6-1-2-9-8-4-4-7-3", "0-6-1-2-9-8-4-4-7-3"),
        ("WhatsApp: +" + "".join(d + _KEYCAP if d != " " else d for d in "44 7700 900461"), None),
        ("电话：零壹叁捌 壹贰叁肆 伍陆柒", "零壹叁捌 壹贰叁肆 伍陆柒"),
        ("电话：〡〣〨〡〢〣〤〥〦〧〨", "〡〣〨〡〢〣〤〥〦〧〨"),
        ("전화: 공일공 일이삼사 오육칠팔", "공일공 일이삼사 오육칠팔"),
        ("Bel me terug op nul zes één twee drie vier vijf zes zeven", "nul zes één twee drie vier vijf zes zeven"),
        ("My selnommer is nul agt twee vyf ses sewe een drie vier", "nul agt twee vyf ses sewe een drie vier"),
        ("Ostavila je broj: nula šest jedan dva tri četiri pet šest", "nula šest jedan dva tri četiri pet šest"),
        ("Tāku waea pūkoro: kore rua tahi toru whā rima ono whitu waru", "kore rua tahi toru whā rima ono whitu waru"),
        ("O le numera: selo lua tasi tolu fā lima ono fitu valu", "selo lua tasi tolu fā lima ono fitu valu"),
        ("Cuir fios aig: neoni seachd aon dhà trì ceithir còig sia", "neoni seachd aon dhà trì ceithir còig sia"),
        ("Mia telefonnumero estas nul sep unu du tri kvar kvin ses ok", "nul sep unu du tri kvar kvin ses ok"),
        ("Laharana finday: aotra telo roa iray efatra dimy enina fito", "aotra telo roa iray efatra dimy enina fito"),
        ("Numri i tij është zero gjashtë tetë një dy tre katër pesë", "zero gjashtë tetë një dy tre katër pesë"),
        ("She rang from 0,7,7,0,0,9,0,0,4,6,1 yesterday", "0,7,7,0,0,9,0,0,4,6,1"),
    ],
)
def test_a_phone_spelled_out_in_more_languages_and_signs_is_found(text: str, number: str | None) -> None:
    found = [value for kind, value in _found(text) if kind == "phone_number"]
    assert (number in found) if number is not None else found == [text[text.index("+") :]]


@every(
    "text",
    [
        "Telefon: to tre fire fem seks syv otte",  # a count, in Danish
        "mobile scores: 9, 8, 7, 9, 6, 8, 9, 7, 8",  # a list of single digits
        "Telefono: 3, 5, 8, 2, 9, 4, 7 goals per match this season",
        "Tel. Versionen 1.2.3.4.5.6.8.9 und 2-4-6-8-0-2-4",  # a version's digits
        "OID for the phone MIB: 1.3.6.1.4.1.2.840",
        "전화 상담 이 사 일 이 삼 사 오 육 예정",  # Hangul digits alone between spaces: words of a sentence
        "电话会议 一二三四五六七八九十",
        "Laharana: iray roa telo efatra dimy enina fito valo sivy",  # counting up, in Malagasy
        "Numera: tasi lua tolu fā lima ono fitu valu iva",  # counting up, in Samoan
        "Broj glasova: 3, 5, 8, 2, 9, 4, 7 po krugu",
        "The bell rang from 9 to 5, 7 days a week",
    ],
)
def test_digit_words_and_lists_that_are_no_phone_pass(text: str) -> None:
    assert all(kind != "phone_number" for kind, _ in _found(text))

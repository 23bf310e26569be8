"""Passport numbers after the words other passport labels leave out (Polish, Slovak, Romanian, Serbian, Russian
foreign passports, Belarusian, Arabic, Hindi, Bengali, Japanese, Hebrew, travel documents, `PPT no.`), and numbers
of letters and digits mixed after the labels that knew only letters-then-digits; fillers and words pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _passports(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "passport_number"]


@every(
    ("text", "value"),
    [
        ("Numer paszportu: EA8172634", "EA8172634"),
        ("Cestovný pas č. BA1827364", "BA1827364"),
        ("Pașaport: 051827364", "051827364"),
        ("Pasoš br. 018273645", "018273645"),
        ("Загранпаспорт: 75 1827364", "75 1827364"),
        ("Заграничный паспорт 75 1827364", "75 1827364"),
        ("Пашпарт: MP1827364", "MP1827364"),
        ("جواز سفر: A18273645", "A18273645"),
        ("رقم الجواز: P1827364", "P1827364"),
        ("पासपोर्ट संख्या: K1827364", "K1827364"),
        ("পাসপোর্ট নম্বর: BA0182736", "BA0182736"),
        ("旅券: TK1827364", "TK1827364"),
        ("מספר דרכון: 31827364", "31827364"),
        ("Travel document no. RT1827364", "RT1827364"),
        ("Titre de voyage : 18FV27364", "18FV27364"),
        ("PPT No.: N1827364", "N1827364"),
        ("护照: C8R72K194", "C8R72K194"),
        ("여권: C8R72K194", "C8R72K194"),
        ("паспорт: C8R72K194", "C8R72K194"),
    ],
)
def test_a_passport_after_its_label_is_found_whole(text: str, value: str) -> None:
    assert value in _passports(text)


@every(
    "text",
    [
        "Numer paszportu: 000000000",  # a filler
        "Travel document requirements for 2026",
        "PP no: 12",
        "pp #1827364",  # no label: `pp` followed by a number alone is a page
        "Pașaport expirat",
    ],
)
def test_fillers_and_words_pass(text: str) -> None:
    assert not _passports(text)

"""Phone numbers of national shapes that only their label names (`22 33 44 56`, `091234567`), after labels in more
languages and their inflected and short forms; words that merely start like a label, and short numbers, pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _phones(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "phone_number"]


@every(
    ("text", "value"),
    [
        ("Telefoon: 020 612 3487", "020 612 3487"),
        ("Telefoonnummer: 0612345871", "0612345871"),
        ("Tlf. 22 33 44 56", "22 33 44 56"),
        ("Tlf.nr.: 40 81 27 36", "40 81 27 36"),
        ("Puh. 040 182 7364", "040 182 7364"),
        ("Puhelinnumero: 0501827364", "0501827364"),
        ("Telefonas: 861 827 364", "861 827 364"),
        ("Tālrunis: 29 182 736", "29 182 736"),
        ("Telefon komórkowy: 601 827 364", "601 827 364"),
        ("Tel. kom.: 601827364", "601827364"),
        ("Telefonní číslo: 731 827 364", "731 827 364"),
        ("Sími: 581 8273", "581 8273"),
        ("Telèfon: 93 182 73 64", "93 182 73 64"),
        ("Номер телефона: 8 912 182 73 64", "8 912 182 73 64"),
        ("Моб. 091827364", "091827364"),
        ("Телефон номері: 87011827364", "87011827364"),
        ("Telefon raqami: 90 182 73 64", "90 182 73 64"),
        ("Telefon nömrəsi: 050 182 73 64", "050 182 73 64"),
        ("Nomor HP: 081218273645", "081218273645"),
        ("No. Telp. 021 1827364", "021 1827364"),
        ("Số điện thoại: 0918273645", "0918273645"),
        ("โทรศัพท์: 02 182 7364", "02 182 7364"),
        ("手機號碼：0918273645", "0918273645"),
        ("ཁ་པར: ༡༧༥༡༨༢༧༣", "༡༧༥༡༨༢༧༣"),
        ("दूरभाष: 0118273645", "0118273645"),
        ("ਫ਼ੋਨ: 9818273645", "9818273645"),
        ("ફોન: 9818273645", "9818273645"),
        ("கைபேசி: 9818273645", "9818273645"),
        ("ఫోన్: 9818273645", "9818273645"),
        ("ಫೋನ್: 9818273645", "9818273645"),
        ("ഫോൺ: 9818273645", "9818273645"),
        ("Ph. 01 8273 6450", "01 8273 6450"),
        ("Cont. No.: 0918273645", "0918273645"),
        ("Landline 01 827 3645", "01 827 3645"),
        ("Viber: 0918273645", "0918273645"),
        ("Namn: Karin Lindqvist\nHem: 08-123 45 67", "08-123 45 67"),
        ("Kontakt: Jana Krüger, priv. 2834 9910", "2834 9910"),
        ("Büro: 030 4829 1173", "030 4829 1173"),
        ("Nom : Dupont\nDomicile : 01 42 68 53 07", "01 42 68 53 07"),
        ("للتواصل: ٠٥٠١٨٢٧٣٦٤", "٠٥٠١٨٢٧٣٦٤"),
        ("للتواصل 0501827364 شكرا", "0501827364"),
    ],
)
def test_a_phone_after_its_label_is_found_whole(text: str, value: str) -> None:
    assert value in _phones(text)


@every(
    "text",
    [
        "Similar 1234567 items",  # a word that starts like `simi`
        "pH: 7.45",
        "Telefoon: 112",  # an emergency number: too short
        "Puhelin 2024",
        "Telephony stack v2.18.273",
        "Landline 12",
        "Büro 2.14, Raum 3",  # a room, no colon
        "Trabajo 2023-2024: 12 meses",
        "Werk 3 von 5 (1987)",
        "Hem: 12 st",
        "lavoro: 40 ore",
    ],
)
def test_other_words_and_short_numbers_pass(text: str) -> None:
    assert not _phones(text)

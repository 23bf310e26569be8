"""Personal-data detection: formats, checksums, and the numbers that must not be mistaken for personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from every_case import check_every, every

from secure_mcp_gateway.guardrails import pii

CORPUS = json.loads((Path(__file__).parent / "corpus" / "pii.json").read_text(encoding="utf-8"))


def _positive_found_with_exact_span(entry: dict) -> None:
    text = entry["text"]
    spans = [(f.kind, text[f.start : f.end]) for f in pii.find(text)]
    assert (entry["kind"], entry["match"]) in spans


def test_positive_found_with_exact_span() -> None:
    check_every(CORPUS["positives"], _positive_found_with_exact_span, lambda e: f"{e['kind']}:{e['match']}")


def _negative_passes(text: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in pii.find(text)] == []


def test_negative_passes() -> None:
    check_every(CORPUS["negatives"], _negative_passes, lambda t: t[:40])


def test_luhn() -> None:
    assert pii.luhn("4111111111111111")
    assert not pii.luhn("4111111111111112")


def test_verhoeff() -> None:
    assert pii.verhoeff("2363")  # the textbook example: 236 has check digit 3
    assert not pii.verhoeff("2364")


def test_iban_checks_country_length_and_checksum() -> None:
    assert pii.iban_ok("DE89 3704 0044 0532 0130 00")
    assert not pii.iban_ok("DE89 3704 0044 0532 0130 01")
    assert not pii.iban_ok("DE89 3704 0044 0532 0130")  # too short for DE
    assert not pii.iban_ok("ZZ89 3704 0044 0532 0130 00")  # no such country


def test_every_finding_of_a_mixed_text() -> None:
    text = "mail a.b@example.com, call +44 20 7946 0958, pay DE89 3704 0044 0532 0130 00 from 10.1.2.3"
    kinds = [f.kind for f in pii.find(text)]
    assert kinds == ["email", "phone_number", "iban", "private_ip_address"]


def test_a_candidate_that_fails_its_rules_falls_back_to_a_later_kind() -> None:
    # 078 05 1120 (the SSN printed in wallet inserts, in spaces) is void as an SSN; it still reads as a 0-led phone
    # number (in the SSN's own dashes it is no phone: no country writes phone numbers so)
    text = "number 078 05 1120"
    assert [(f.kind, text[f.start : f.end]) for f in pii.find(text)] == [("phone_number", "078 05 1120")]


def test_numbers_inside_words_and_longer_numbers_are_not_split() -> None:
    assert pii.find("id=x4111111111111111") == []
    assert pii.find("41111111111111111111111") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("passport number X12345678", "X12345678"),
        ("Reisepass-Nr. C01X00T47 (gültig bis 2031)", "C01X00T47"),
        ("Her passport (no. K4938271) expires in 2031", "K4938271"),
        ("N° de passeport : 18AV12345", "18AV12345"),
        ("Pasaporte n.º PAA123456", "PAA123456"),
        ("Passport: CF4GHJ2K1", "CF4GHJ2K1"),
    ],
)
def test_passport_numbers_with_letters_named_by_the_word_before_them(text: str, number: str) -> None:
    found = [(f.kind, text[f.start : f.end]) for f in pii.find(text)]
    assert ("passport_number", number) in found


@pytest.mark.parametrize(
    "text",
    [
        'const passport = require("passport"); passport.use(new JwtStrategy(OPTS2024X))',
        "PASSPORT ISSUED 2019 EXPIRES 2029",
        "passport-jwt 4.0.1 and passport-local 1.0.0",
        "passport version 2024ABC1 released",
        "req.passport VX20240101 session",
    ],
)
def test_passport_word_in_code_or_without_a_number_is_not_personal_data(text: str) -> None:
    assert [f for f in pii.find(text) if f.kind == "passport_number"] == []


@every(
    ("text", "address"),
    [
        ("ip=81.2.69.160", "81.2.69.160"),
        ("IP: 8.8.4.9", "8.8.4.9"),
        ("src=145.254.160.237 dst=65.208.228.223", "65.208.228.223"),
        ("blocked ip 1.2.3.4 after 5 attempts", "1.2.3.4"),
        ("client_ip=5.6.7.8", "5.6.7.8"),
        ("IPv4 4.3.2.1", "4.3.2.1"),
        ("ssh root@81.2.69.160", "81.2.69.160"),
        ("git clone git@81.2.69.160:repo.git", "81.2.69.160"),
    ],
)
def test_an_address_named_before_it_is_an_address_whatever_its_numbers(text: str, address: str) -> None:
    assert address in [text[f.start : f.end] for f in pii.find(text) if f.kind.endswith("ip_address")]


@pytest.mark.parametrize(
    "text",
    [
        "v1.2.3.4 released",
        "requests==2.31.0.1",
        "version=1.2.3.4",
        "OID 2.5.29.14",
        "Server 2.4.1.0 is out",
        "npm i pkg@4.7.2.1",
    ],
)
def test_versions_and_oids_stay_unflagged(text: str) -> None:
    assert pii.find(text) == []


@pytest.mark.parametrize("pad", [0, 12_000])
def test_scripts_without_spaces_and_other_dashes_are_read_only_when_the_text_holds_them(
    pad: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rewrites: list[str] = []
    for name in ("_UNSPACED", "_DASHES"):
        expression = getattr(pii, name).compiled()

        def sub(repl: str, text: str, _e: object = expression, _n: str = name) -> str:
            rewrites.append(_n)
            return _e.sub(repl, text)  # type: ignore[attr-defined]

        monkeypatch.setattr(pii, name, type("Recording", (), {"search": expression.search, "sub": staticmethod(sub)}))
    filler = "“Release notes”: fixed the café menu. " * (pad // 40)
    for text, phone, wanted in (
        (filler + "Call 415-448-0134 today.", "415-448-0134", []),
        (filler + "連絡先は080-4417-2958です", "080-4417-2958", ["_UNSPACED"]),
        (filler + "call +7 (495) 123–45–67 today", "+7 (495) 123–45–67", ["_DASHES"]),
    ):
        rewrites.clear()
        assert [text[f.start : f.end] for f in pii.find(text) if f.kind == "phone_number"] == [phone]
        assert rewrites == wanted


@pytest.mark.parametrize(
    "text",
    [
        "Orders: ring our freephone line 0808 157 0192 (Mon-Fri).",
        "Hotline (toll-free) 1-877-394-2210, 24/7",
        "From abroad dial +49 800 330 2210.",
        "Customer care: (866) 201-4477",
        "Kostenlose Servicenummer: 0800 4477 210",
        "Assistenza clienti numero verde 800 912 345",
        "Australia: 1800 620 114",
    ],
)
def test_freephone_lines_of_organisations_are_not_personal_phone_numbers(text: str) -> None:
    assert [f for f in pii.find(text) if f.kind == "phone_number"] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Reach Dana at (415) 201-4477 after six.", "(415) 201-4477"),
        ("Mobil: 0151 2210 4477", "0151 2210 4477"),
        ("Phone 080 331 4477", "080 331 4477"),
        ("Telefon bimbit: 017-442 1093", "017-442 1093"),
        ("No. HP: 0813-2210 4477", "0813-2210 4477"),
        ("Nomor ponsel 0857-1190 2231", "0857-1190 2231"),
    ],
)
def test_personal_numbers_in_those_shapes_and_malay_or_indonesian_labels_are_phones(text: str, phone: str) -> None:
    assert [text[f.start : f.end] for f in pii.find(text) if f.kind == "phone_number"] == [phone]

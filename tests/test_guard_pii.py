"""Personal-data detection: formats, checksums, and the numbers that must not be mistaken for personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secure_mcp_gateway.guardrails import pii

CORPUS = json.loads((Path(__file__).parent / "corpus" / "pii.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", CORPUS["positives"], ids=lambda e: f"{e['kind']}:{e['match']}")
def test_positive_found_with_exact_span(entry: dict) -> None:
    text = entry["text"]
    spans = [(f.kind, text[f.start : f.end]) for f in pii.find(text)]
    assert (entry["kind"], entry["match"]) in spans


@pytest.mark.parametrize("text", CORPUS["negatives"], ids=lambda t: t[:40])
def test_negative_passes(text: str) -> None:
    assert [(f.kind, text[f.start : f.end]) for f in pii.find(text)] == []


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
    # 078-05-1120 (the SSN printed in wallet inserts) is void as an SSN; it still reads as a 0-led phone number.
    text = "number 078-05-1120"
    assert [(f.kind, text[f.start : f.end]) for f in pii.find(text)] == [("phone_number", "078-05-1120")]


def test_numbers_inside_words_and_longer_numbers_are_not_split() -> None:
    assert pii.find("id=x4111111111111111") == []
    assert pii.find("41111111111111111111111") == []

"""Identifiers whose label reaches them another way: a document's number under a plain key inside the object its
own key names (`"passport": {"number": ...}`), a label in brackets before its colon (`(VIN):`), the full name of a
vehicle's number before its short form, licences named by their holder's class, province or state
(`Alberta operator's licence`, `Class 5 licence`), a typed value's wrapper or a change record's new value, a fact's
functor, an EDIFACT person's party references; look-alikes of no person's document find nothing."""

from __future__ import annotations

import random

from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_pairs


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "kind", "value"),
    [
        ('{"passport": {"number": "X4821937"}}', "passport_number", "X4821937"),
        (
            '{"guest": "R. Castillo", "passport": {"country": "ESP", "number": "PAB731946"}}',
            "passport_number",
            "PAB731946",
        ),
        ('{"passport": {"no": "LR2281946", "nationality": "GBR"}}', "passport_number", "LR2281946"),
        (
            '{\n  "passport": {\n    "issued": "2021-04-02",\n    "number": "C01X00T47"\n  }\n}',
            "passport_number",
            "C01X00T47",
        ),
        ('{"driver_license": {"number": "D1234567", "state": "CA"}}', "driver_license", "D1234567"),
        ('{"id_card":{"number":"T22000129"}}', "id_card_number", "T22000129"),
        ("Owner: Patrick Mbeki, Vehicle Identification Number (VIN): 1HGCM82633A004352", "vin", "1HGCM82633A004352"),
        ("Registered keeper Sarah Quinn (VIN): WVWZZZ1JZXW000001", "vin", "WVWZZZ1JZXW000001"),
        ("Policyholder Ana Ruiz (SSN): 536-22-4817", "ssn", "536-22-4817"),
        ("Alberta operator's licence: 123456-789", "driver_license", "123456-789"),
        ("Operator's Licence No. 156789-012 (Alberta)", "driver_license", "156789-012"),
        ("Holder: Dana Whitfield, Alberta licence 123456-789", "driver_license", "123456-789"),
        ("Class 5 licence 482193-604, expires 2029", "driver_license", "482193-604"),
        ("Queensland licence 123456789", "driver_license", "123456789"),
        ("NIF: 245197869", "pt_nif", "245197869"),
        (
            '{"fields": {"cin": {"stringValue": "BK123456"}, "nom": {"stringValue": "Amina Haddad"}}}',
            "ma_cin",
            "BK123456",
        ),
        ('{"field": "NIF", "oldValue": null, "newValue": "245197869"}', "pt_nif", "245197869"),
        ('{"field":"CIN","fromString":null,"toString":"BK123456"}', "ma_cin", "BK123456"),
        ('cin(amina_haddad, "BK123456").', "ma_cin", "BK123456"),
        ('nif("Joao Silva", "245197869").', "pt_nif", "245197869"),
        ("person(joao_silva, nif, '245197869').", "pt_nif", "245197869"),
        ("NAD+BY+++HADDAD:AMINA+12 RUE DES FLEURS+CASABLANCA++20000+MA'\nRFF+ACD:BK123456'", "national_id", "BK123456"),
        (
            "NAD+IV+++Joana Ferreira+Rua Augusta 41+Lisboa++1100-048+PT'DTM+329:19790907:102'RFF+AHP:245197869'",
            "national_id",
            "245197869",
        ),
    ],
)
def test_an_identifier_reached_by_its_label_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        '{"build": {"number": "X4821937"}}',
        '{"order": {"id": "AB1234567"}}',
        '{"passport": {"number": "pending"}}',
        "Vehicle Identification Number (VIN): 1HGCM82633A004352",
        "the operator license fee is 12345678",
        "Ontario licence fee: 2024 schedule",
        "Alberta licence plates are white and red",
        '{"fields": {"cin": {"stringValue": "pending"}}}',
        '{"field": "status", "oldValue": null, "newValue": "BK123456"}',
        'order(amina_haddad, "BK123456").',
    ],
)
def test_look_alikes_of_no_persons_document_find_nothing(text: str) -> None:
    assert pii.find(text) == []


@every(
    ("text", "value"),
    [
        ("NAD+BY+++HADDAD:AMINA+12 RUE DES FLEURS+CASABLANCA++20000+MA'RFF+ON:4471002'RFF+IV:INV20261130'", "4471002"),
        ("NAD+BY+++HADDAD:AMINA+12 RUE DES FLEURS+CASABLANCA++20000+MA'RFF+IV:INV20261130'", "INV20261130"),
        ("NAD+SU+5412345000013::9++ACME TRADING+1 PARK RD+LEEDS++LS1 1AA+GB'RFF+API:55123981'", "55123981"),
        ("RFF+AHP:245197869'NAD+BY+++HADDAD:AMINA+12 RUE DES FLEURS+CASABLANCA++20000+MA'", "245197869"),
        (
            "NAD+BY+++HADDAD:AMINA+12 RUE DES FLEURS+CASABLANCA++20000+MA'LIN+1++4000862141404:SRV'RFF+AHP:245197869'",
            "245197869",
        ),
    ],
)
def test_an_edifact_reference_outside_a_persons_party_group_is_no_id(text: str, value: str) -> None:
    at = text.index(value)
    assert not [f for f in pii.find(text) if f.start <= at < f.end], pii.find(text)


def test_nested_keys_are_tried_only_where_an_object_opens_and_match_as_a_full_search_does() -> None:
    rng = random.Random(7)
    pieces = [
        '"passport"',
        '"id"',
        '"number"',
        '"no"',
        ": ",
        ":",
        " {",
        "{",
        '"X12"',
        '"a b"',
        ", ",
        "\n",
        '"',
        "}",
        "7",
    ]
    texts = [
        '{"passport": {"country": "ESP", "number": "XDA123456"}, "visa": {"no": "V-88"}}',
        '{"passport": {"number": "AB": {"id": "Q1"}}',  # a matched value's quotes open no key of their own
        '{"a": {"b": {"id": "1"}}}',
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        expected = [m.span() for m in pii_pairs._NESTED.finditer(text)]
        assert [m.span() for m in pii_pairs._nested(text)] == expected, text

"""Personal data in records (medical, HR, school, bookings): more countries' ids with their check digits, a label in
one JSON field naming the value of the next, dates of birth as records print them, airline booking lines."""

from __future__ import annotations

import random

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_ids, pii_people


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (pii_ids.kennitala_ok, "090266-6679", "090266-6689"),
        (pii_ids.uy_ci_ok, "1.869.934-6", "1.869.934-7"),
        (pii_ids.ec_cedula_ok, "0754402717", "0754402718"),
        (pii_ids.taj_ok, "710 273 444", "710 273 445"),
        (pii_ids.es_nss_ok, "15/33006491/61", "15/33006491/62"),
        (pii_ids.pis_ok, "175.98091.10-0", "175.98091.10-1"),
    ],
)
def test_each_check_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


@every(
    ("text", "kind", "value"),
    [
        ("Nemandi: Jón Einarsson, kennitala 090266-6679", "is_kennitala", "090266-6679"),
        ("Documento: C.I. 1.869.934-6 (vigente)", "uy_ci", "1.869.934-6"),
        ("Cédula de ciudadanía: 0754402717", "ec_cedula", "0754402717"),
        ("Biztosított TAJ száma: 710 273 444", "hu_taj", "710 273 444"),
        ("Afiliación a la Seguridad Social: 15/33006491/61", "es_social_security", "15/33006491/61"),
        ("PIS 175.98091.10-0 — admissão em 03/11/2026", "br_pis", "175.98091.10-0"),
        ("RV-Nr. 53 230273 K 597", "de_social_security", "53 230273 K 597"),
        ("<td>Cédula de identidad</td>\n<td>0754402717</td>", "ec_cedula", "0754402717"),
    ],
)
def test_a_label_of_one_more_country_names_its_checked_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('{"idType": "NIP", "idValue": "780-102-98-15"}', "pl_nip", "780-102-98-15"),
        ('{"scheme": "TAJ", "value": "710 273 444", "country": "HU"}', "hu_taj", "710 273 444"),
    ],
)
def test_a_label_in_one_json_field_names_the_checked_value_in_the_next(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_a_number_that_fails_the_check_is_not_taken_from_the_next_json_field() -> None:
    assert not [k for k, _ in _found('{"idType": "NIP", "idValue": "780-102-98-16"}') if k == "pl_nip"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB: 07-Sep-1979", "07-Sep-1979"),
        ("geboren am 3. Feber 1968 in Linz", "3. Feber 1968"),
        ("geboortedatum: 14 maart 1992", "14 maart 1992"),
        ("BDAY:19790907", "19790907"),
        ("birthdate=1979-09-07", "1979-09-07"),
    ],
)
def test_dates_of_birth_as_records_print_them(text: str, value: str) -> None:
    assert ("date_of_birth", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Guest(name='Noor Haddad', birth_date=datetime.date(1979, 9, 7), room=12)", "datetime.date(1979, 9, 7)"),
        (
            "Rider{DOB: time.Date(1979, time.September, 7, 0, 0, 0, 0, time.UTC)}",
            "time.Date(1979, time.September, 7, 0, 0, 0, 0, time.UTC)",
        ),
        ('%Rider{name: "Noor Haddad", birth_date: ~D[1979-09-07]}', "~D[1979-09-07]"),
        ('Rider { name = "Noor Haddad", birthDate = fromGregorian 1979 9 7 }', "fromGregorian 1979 9 7"),
        ("       05 WS-BIRTH-DATE      PIC 9(8) VALUE 19790907.", "19790907"),
        ('rider { name: "Noor Haddad" birth_date { year: 1979 month: 9 day: 7 } }', "{ year: 1979 month: 9 day: 7 }"),
        (". replace dob = td(07sep1979) in 3", "td(07sep1979)"),
        ('<ItemData ItemOID="IT.DM.BRTHDTC" Value="1979-09-07"/>', "1979-09-07"),
        ('{"dataElement":"Date of birth","value":"07/09/1979"}', "07/09/1979"),
        ('#{name => <<"Noor Haddad">>, birth_date => {1979,9,7}}', "{1979,9,7}"),
        ('riders <- tibble(name = "Noor Haddad", dob = as.Date("1979-09-07"))', 'as.Date("1979-09-07")'),
        ("{ name: 'Noor Haddad', dob: new Date(1979, 8, 7) }", "new Date(1979, 8, 7)"),
        ("Rider(name=Noor Haddad, birthDate=LocalDate.of(1979, 9, 7))", "LocalDate.of(1979, 9, 7)"),
        ('"birthDate": {\n  "type": "literal",\n  "datatype": "xsd:date",\n  "value": "1979-09-07"\n}', "1979-09-07"),
        ('<Cell ss:StyleID="dob"><Data ss:Type="DateTime">1979-09-07T00:00:00.000</Data>', "1979-09-07T00:00:00.000"),
    ],
)
def test_birth_dates_written_as_code_or_a_pair_under_a_birth_key(text: str, value: str) -> None:
    assert ("date_of_birth", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "release(version='2.1.0', date=datetime.date(2019, 9, 7))",
        "birth_place = 'Lyon', visit = datetime.date(1979, 9, 7)",
        '{"metric":"birth_rate","value":"2019-09-07"}',
        "birth_date=datetime.date(1979, 2, 30)",
        "adobe_release = Date(2019, 9, 7)",
        "RENAISSANCE_DATE PIC 9(8) VALUE 15000101.",
    ],
)
def test_code_dates_under_other_keys_or_impossible_are_no_birth_date(text: str) -> None:
    assert not [k for k, _ in _found(text) if k == "date_of_birth"]


@pytest.mark.parametrize("text", ["BDAY:19791307", "Release 2026-Sep-07", "build 20261203 passed"])
def test_impossible_or_unlabelled_dates_are_no_birth_date(text: str) -> None:
    assert not [k for k, _ in _found(text) if k == "date_of_birth"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("=100  1$aKowalska, Anna,$d1979-\n=670  $aIBAN$bPL61109010140000071219812874", "PL61109010140000071219812874"),
        ("=100  1$aWiśniewska, Ewa\n=670  $aKontakt$bTel.+48512345678", "+48512345678"),
        (
            "100 1_ \u2021a Kowalska, Anna\n670 __ \u2021a IBAN\u2021bPL61109010140000071219812874",
            "PL61109010140000071219812874",
        ),
    ],
)
def test_a_value_glued_to_its_marc_subfield_code_is_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


def test_a_marc_name_field_is_still_read_by_its_codes() -> None:
    text = "=700  1\\$aHaddad, Samira Leila,$d1968-\n=670  $aIBAN$bPL61109010140000071219812874"
    found = _found(text)
    assert ("person_name", "Haddad, Samira Leila") in found
    assert ("iban", "PL61109010140000071219812874") in found


def test_shell_and_template_dollars_are_no_marc_subfields() -> None:
    text = 'for $a in 1 2 3; do echo "$a$b"; done\nlet total = `${price}`'
    assert _found(text) == []


def test_airline_booking_lines_carry_a_passport_and_a_phone() -> None:
    text = "SSR DOCS AY HK1 P/FIN/XP8817342/FIN/07SEP79/F/11MAR33/VIRTANEN/AINO-1.1\n"
    text += "SSR CTCM AY HK1 358401234867/FI-1.1"
    found = _found(text)
    assert ("passport_number", "XP8817342") in found
    assert ("phone_number", "358401234867") in found


@pytest.mark.parametrize(
    "text",
    [
        "Bag tag 0105 884213 checked to HEL",
        "Asset tag 0331 902174 (laptop, 3rd floor)",
        "SSR DOCS AY HK1 P/FIN/////F//VIRTANEN/AINO-1.1",
    ],
)
def test_tag_and_empty_booking_numbers_are_not_personal_data(text: str) -> None:
    assert not [k for k, _ in _found(text) if k in ("phone_number", "passport_number")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Siuntos adresas: Gedimino pr. 28-4, LT-01104 Vilnius", "Gedimino pr. 28-4, LT-01104 Vilnius"),
        ("Szállítási cím: Andrássy út 61, 1062 Budapest", "Andrássy út 61, 1062 Budapest"),
        ("Dostava: Bulevar Kralja Aleksandra 73, 11000 Beograd", "Bulevar Kralja Aleksandra 73, 11000 Beograd"),
        ("meet me at Ilica 42, 10000 Zagreb, second floor", "Ilica 42, 10000 Zagreb"),
        ("Dirección: Av. Shyris N35-17 y Suecia, Quito 170505", "Av. Shyris N35-17 y Suecia, Quito 170505"),
    ],
)
def test_streets_of_more_countries_are_found_whole(text: str, value: str) -> None:
    assert any(value in v for k, v in _found(text) if k == "street_address")


def test_a_vcard_address_is_found_from_its_street_to_its_country() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Aino Virtanen\n"
    text += "ADR;TYPE=HOME:;;Mannerheimintie 14 B 7;Helsinki;;00100;Finland\nEND:VCARD"
    assert ("street_address", "Mannerheimintie 14 B 7;Helsinki;;00100;Finland") in _found(text)


def test_vcard_address_lines_tried_at_each_adr_are_those_a_search_finds() -> None:
    # Lines with ADR where a vCard has it, after an item prefix, inside words (MADRID), twice on a line, after a
    # carriage return: `_vcard_lines` tries only the starts of lines holding ADR, a search tries every character.
    rng = random.Random(23)
    pieces = ["ADR", "ADR;TYPE=HOME:", "item1.", "item22.ADR:", ":;;Elm Row 7;Leeds;;LS1 4AP;UK", "MADRID ", "\n"]
    pieces += ["\r\n", "\r", ";", ":", " ", "x", "٣", "item.", "ADR:;;1 Rue Foch;Paris"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        want = [m.span() for m in pii_people._VCARD_ADR.finditer(text)]
        assert [m.span() for m in pii_people._vcard_lines(text)] == want, text
        found += len(want)
    assert found > 1000


@pytest.mark.parametrize(
    "text",
    [
        "Windows Server 2019, 1809 Update",
        "Release Notes 4, 2048 Bytes",
        "BEGIN:VCARD\nVERSION:3.0\nADR;TYPE=WORK:;;;Helsinki;;;Finland\nEND:VCARD",
    ],
)
def test_versions_sizes_and_addresses_without_a_street_number_pass(text: str) -> None:
    assert not [k for k, _ in _found(text) if k == "street_address"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Boarding pass\nPassenger: AINO VIRTANEN\nFlight AY 1331", "AINO VIRTANEN"),
        ("Passenger name: VIRTANEN/AINO MS\nSeat 14C", "VIRTANEN/AINO MS"),
        ("Passenger list, flight BA117\n12A  OKAFOR/CHIDI  LHR-JFK\n12B  EMPTY", "OKAFOR/CHIDI"),
    ],
)
def test_a_name_in_capitals_after_a_label_is_found(text: str, value: str) -> None:
    assert ("person_name", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient: STABLE CONDITION\n",
        "Customer: ACME LOGISTICS GMBH\n",
        "Flight notes: **MULTI/EXEC** and `GET/SET` run in one seat of the pipeline\n",
    ],
)
def test_capitals_that_are_a_state_or_a_company_are_no_name(text: str) -> None:
    assert not [k for k, _ in _found(text) if k == "person_name"]

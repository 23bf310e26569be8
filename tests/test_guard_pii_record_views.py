"""Personal data in records whatever their container: fields beside a person's other data, tables under a header,
data frames, radio logs, SIEM events, dumps and microformats; school identifiers by their checks."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii, pii_fields, pii_record_views, pii_school_ids


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.kind, text[f.start : f.end]) for f in pii.find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Patient {\n    id: 88,\n    name: "Aroha Ngata",\n    phone: "+64 21 555 0167",\n}', "Aroha Ngata"),
        ("{ID:88 Name:Aroha Ngata Email:aroha.ngata@xtra.example Phone:+64 21 555 0167}", "Aroha Ngata"),
        ("$VAR1 = {\n  'name' => 'Ilse Vermeulen',\n  'phone' => '+32 470 12 34 56'\n};", "Ilse Vermeulen"),
        ('#{name => <<"Amara Okafor">>, phone => <<"+234 803 555 0141">>}', "Amara Okafor"),
        ("Customer(4471,Bronwyn Achterberg,b.achterberg@kpnmail.example)", "Bronwyn Achterberg"),
        (
            "CEF:0|Acme|Gate|7.2|0100|login|5|suser=kmbeki duser=Kagiso Mbeki cs2=+27 82 555 3197 act=blocked",
            "Kagiso Mbeki",
        ),
        ("id        | 42\nname      | Rangi Parata\nphone     | +64 27 555 0144", "Rangi Parata"),
        (
            '<div class="vcard"><span class="fn">Beatriz Quintero</span> '
            '<span class="tel">+57 310 555 0188</span></div>',
            "Beatriz Quintero",
        ),
    ],
)
def test_a_name_in_a_record_beside_a_persons_data_is_found(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "  id  |     full_name      |          email\n------+--------------------+---------------------------\n"
            " 1021 | Anneliese Hartmann | a.hartmann@webpost.example",
            "Anneliese Hartmann",
        ),
        (
            "      full_name      phone\n0  Lucia Ferrante  +39 347 765 4321\n1   Marco Rinaldi  +39 333 123 9876",
            "Marco Rinaldi",
        ),
        (
            "# A tibble: 1 × 2\n  name            phone\n  <chr>           <chr>\n1 Siobhan Murtagh 087 765 4321",
            "Siobhan Murtagh",
        ),
        ("NAME              PHONE\nAleksander Nowak  +48 601 234 567", "Aleksander Nowak"),
    ],
)
def test_a_name_in_a_table_row_beside_a_persons_data_is_found(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_a_things_record_with_its_phone_names_no_one() -> None:
    text = "  name              phone             elevation\n0  Kariba Lodge      +263 13 44 202    900"
    assert not any(kind == "person_name" for kind, _ in _found(text))
    assert pii_fields.rows(text, pii.find(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Supplier(name='Harbor Lane Foods', vat_status='registered', terms='net 30')",
        "<CALL:5>K7QZT <QSO_DATE:8>20260101 <BAND:3>40m <MODE:2>CW <RST_SENT:3>599 <EOR>",
        "CEF:0|Acme|Gate|7.2|0100|door opened|3|shost=Reception Kiosk dhost=Main Gate cs1Label=zone cs1=North Wing",
        '<span itemprop="name">Quiet Comfort Headphones</span><span itemprop="sku">QC-4471</span>',
        'array(2) {\n  ["name"]=>\n  string(12) "Blue Harbour"\n  ["type"]=>\n  string(6) "marina"\n}',
        'ts=2026-04-12T10:22:01Z level=info host_name="Build Runner" msg="job done"',
    ],
)
def test_records_of_things_pass(text: str) -> None:
    assert _found(text) == set()


def test_key_lines_read_radio_logs_siem_labels_dumps_and_markup() -> None:
    text = (
        "<CALL:6>G4XKR <NAME:13>Harold Brecon <EOR>\n"
        "CEF:0|Acme|IdP|1.0|42|kyc|3|cs1Label=tcKimlikNo cs1=10485739210 act=ok\n"
        'array(1) {\n  ["tckn"]=>\n  string(11) "10485739210"\n}\n'
        '<span class="p-tel">+90 532 123 4567</span>'
    )
    view = pii_record_views.key_lines(text, text.lower())
    assert view is not None
    lines = view[0].splitlines()
    assert "NAME: Harold Brecon" in lines
    assert "tcKimlikNo: 10485739210" in lines
    assert "tckn: 10485739210" in lines
    assert "tel: +90 532 123 4567" in lines
    for at, lo, size in view[1]:
        assert view[0][at : at + size] == text[lo : lo + size]


@pytest.mark.parametrize(
    ("label", "value"),
    [("TC Kimlik No", "10485739210"), ("HKID", "Y123456(9)")],
)
def test_an_identifier_under_its_columns_header_in_a_data_frame_is_found(label: str, value: str) -> None:
    text = f"        name  {label.replace(' ', '_').lower()}\n0  Emre Kaya  {value}"
    assert any(found == value for _, found in _found(text))


def test_frames_split_right_and_left_aligned_columns() -> None:
    right = "      full_name      phone\n0  Lucia Ferrante  +39 347 765 4321"
    left = "  name            phone\n  <chr>           <chr>\n1 Siobhan Murtagh 087 765 4321"
    for text, cells in ((right, ["Lucia Ferrante", "+39 347 765 4321"]), (left, ["Siobhan Murtagh", "087 765 4321"])):
        (_, rows), *_ = pii_record_views.frames(text, text.lower())
        assert [text[a:b] for a, b in rows[0]] == cells


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("UPN: Y820200126014", "uk_upn", "Y820200126014"),
        ("Pupil number: Y 820 2001 260 14", "uk_upn", "Y 820 2001 260 14"),
        ("learner_number=5128364274", "uk_uln", "5128364274"),
        ("Unique Student Identifier (USI): 3AW88YH9UM", "au_usi", "3AW88YH9UM"),
        ("Onderwijsnummer: 1012.34.567", "nl_onderwijsnummer", "1012.34.567"),
    ],
)
def test_school_identifiers_with_their_checks_are_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    ["UPN: A820200126014", "ULN: 5128364275", "USI: 3AW88YH9UA", "Onderwijsnummer: 1012.34.568", "USI: 0000000000"],
)
def test_school_identifiers_failing_their_checks_pass(text: str) -> None:
    assert _found(text) == set()


def test_school_checks() -> None:
    assert pii_school_ids.upn_ok("Y820200126014") and not pii_school_ids.upn_ok("Y820200126015")
    assert pii_school_ids.uln_ok("5128364274") and not pii_school_ids.uln_ok("0128364274")
    assert pii_school_ids.usi_ok("3AW88YH9UM") and not pii_school_ids.usi_ok("3AW88YH9U1")
    assert pii_school_ids.onderwijsnummer_ok("101234567") and not pii_school_ids.onderwijsnummer_ok("201234567")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("A-Number: A123456788", "us_a_number", "A123456788"),
        ("USCIS #: 123-456-789", "us_a_number", "123-456-789"),
        ("Permanent Resident Card No.: SRC1234567890", "us_green_card", "SRC1234567890"),
        ("UCI: 12-3456-7890", "ca_uci", "12-3456-7890"),
        ("EDIPI: 1234567890", "us_dod_id", "1234567890"),
        ("特別永住者証明書番号: AB12345678CD", "jp_residence_card", "AB12345678CD"),
    ],
)
def test_resident_and_service_numbers_are_found_after_their_labels(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize("text", ["A#: 111-111-111", "uci: 0000-0000", "a number of 123456789 items were read"])
def test_resident_number_look_alikes_pass(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("NAME              TCKN          CITY\nEmre Kaya         10485739210   Izmir", "tr_id_number", "10485739210"),
        (
            "id  name       upn            year\n--  ----       ---            ----\n1   Amelia T   Y820200126014  7",
            "uk_upn",
            "Y820200126014",
        ),
    ],
)
def test_an_identifier_under_its_header_in_a_table_aligned_by_spaces_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def test_aligned_rows_give_each_header_cell_the_cell_under_it() -> None:
    text = (
        "NAME              TCKN          CITY\n"
        "----              ----          ----\n"
        "Emre Kaya         10485739210   Izmir"
    )
    rows = pii_record_views.aligned_rows(text, 0, text.find("\n"))
    assert [[text[a:b] for a, b in cells] for _, cells in rows] == [["Emre Kaya", "10485739210", "Izmir"]]
    assert pii_record_views.aligned_rows("name tckn city\nEmre 1 2", 0, 14) == []


def test_a_number_failing_its_check_under_an_aligned_header_passes() -> None:
    assert _found("NAME              TCKN\nAcme Depot        10485739219") == set()


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("jdupont:x:1001:1001:Jeanne Dupont,Bureau 12,,:/home/jdupont:/bin/bash", "person_name", "Jeanne Dupont"),
        ("uid           [ultimate] Tomasz Wrobel <tomasz.wrobel@posteo.example>", "person_name", "Tomasz Wrobel"),
        (
            "  * Fix build.\n\n -- Rhys Talbott <rhys.t@fastmail.example>  Mon, 12 Feb 2024 10:22:01 +0000",
            "person_name",
            "Rhys Talbott",
        ),
        (
            '<person><persName>Siobhan Murtagh</persName><birth when="1988-02-29"/></person>',
            "date_of_birth",
            "1988-02-29",
        ),
        ("Isracard: 123456789", "credit_card", "123456789"),
    ],
)
def test_account_lines_keyrings_changelogs_and_tei_births_are_read(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "www-data:x:33:33:Web Server User,,,:/var/www:/usr/sbin/nologin",
        "# Copyright (C) 2002-2006 Lars Nygaard <lars@nygaard.example>",
        "Isracard: 123456788",
    ],
)
def test_service_accounts_source_headers_and_failing_isracards_name_no_one(text: str) -> None:
    assert not any(kind in ("person_name", "credit_card") for kind, _ in _found(text))

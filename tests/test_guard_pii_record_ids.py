"""Personal data read from a record's other fields: identifiers under a plain label beside a person's name, in a
table's id column beside the people its rows name, or written right beside a name; players in game records, names in
columns and capitals, and numbers whose scheme gives them to companies."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii, pii_id_names
from secure_mcp_gateway.guardrails.line_starts import cell_matches


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: Sok Dara\nID: 010234567\nPhone: 012 345 678", "010234567"),
        ("Nom: Koffi Mensah\nN° pièce: B1234567\nVillage: Kpalimé", "B1234567"),
        ("Full name: Amina Hassan\nDocument no.: 47120388516\nVillage: Mtwara", "47120388516"),
        ('{"beneficiary": {"name": "Amina Hassan", "document": "110100123456A"}}', "110100123456A"),
        ("Holder: Thabo Dlamini\nPIN: 8503125678912\nCell: 7612 3456", "8503125678912"),
    ],
)
def test_an_identifier_under_a_plain_label_in_a_named_persons_record_is_found(text: str, value: str) -> None:
    assert ("id_card_number", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID: 010234567\nStatus: active", "010234567"),  # no person in the record
        ("Name: Eirik Halvorsen\nFIDE ID: 1503014\nRating: 2231", "1503014"),  # a player's code
        ("Name: Eirik Halvorsen\nPlayer ID: 150301422\nRating: 2231", "150301422"),
        ("Name: Eirik Halvorsen\nID: 1503014\nClub: SK Bergen", "1503014"),  # seven digits after a bare `ID`
        ("Customer: Eirik Halvorsen\nOrder ID: 4471823901", "4471823901"),  # an order's number
        ("Name: Amina Hassan\nID: 2026-03-14", "2026-03-14"),  # a date
        ("Name: Amina Hassan\n\nID: 010234567", "010234567"),  # another record, after a blank line
    ],
)
def test_a_plain_label_names_no_identity_beside_no_person_or_beside_a_thing(text: str, value: str) -> None:
    assert all(found != value for _, found in _found(text))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Name,Id\nHans Becker,774102\nGreta Vogel,774119\n", "id_card_number", "774119"),
        ("ID\tName\tDept\n40211\tAisha Khan\tFinance\n40212\tMarco Bianchi\tLegal", "id_card_number", "40212"),
        ("nom;prénom;matricule\nDurand;Paul;A40217\nLefèvre;Claire;A40218", "employee_id", "A40217"),
        ("Kundennr.;Name;Ort\n100482;Meier, Lena;Bern\n100483;Huber, Jonas;Basel", "id_card_number", "100483"),
        ("| MRN | Patient | Ward |\n|---|---|---|\n| 0045821 | Mary Johnson | 4B |", "health_record_number", "0045821"),
        ("Employee: Sofia Ricci (ID 558201)", "id_card_number", "558201"),
        ("Patient Emma Larsen, #A-40218, seen 3 March", "id_card_number", "A-40218"),
        ("Tenant: Olu Bankole – 4471920 – rent paid", "id_card_number", "4471920"),
        ("Guests\n48213 - Mrs Priya Nair\n48214 - Mr Tomasz Lewandowski", "id_card_number", "48213"),
        ("Ms Chloe Martin ID: 0087451", "id_card_number", "0087451"),  # a name standing alone beside its id
        ("Attendees:\n- Dr Aisha Khan, 5520193\n- Mr Owen Price, 5520207", "id_card_number", "5520193"),
        ("Student: Liam O'Connor (ID 20231187)", "id_card_number", "20231187"),
        ("Kenji Watanabe (No. 7730192)", "person_name", "Kenji Watanabe"),
        ("Priya Nair | 88301275 | Accounts", "id_card_number", "88301275"),
        ("Hannah Schmidt\t440192\tVertrieb", "person_name", "Hannah Schmidt"),
        ("88301275 - Priya Nair", "person_name", "Priya Nair"),
        ("1. Jan de Vries - 0045821 - Inkoop", "id_card_number", "0045821"),
        ("Please add Ms Chloe Martin ID: 0087451 to the rota.", "id_card_number", "0087451"),  # a sentence goes on
        (
            "Roster\nOlusegun Adeyemi (KX492017)\nChukwuemeka Obi (KX492031)\nMarta Nowak (KX492044)",
            "person_name",
            "Olusegun Adeyemi",
        ),  # a list's rows: a name beside rows read as people's
        ("Seat A; Priya Nair (88301275)", "id_card_number", "88301275"),  # a row in a cell after `;`
        ("Desk 4 | Hannah Schmidt, 4401927", "person_name", "Hannah Schmidt"),  # in a row's second cell
        ("Team rota; updated daily | see wiki\nOn call | Priya Nair (88301275)", "id_card_number", "88301275"),
        ("Notes: \u201cweekly\u201d | owner\nLiam O\u2019Connor | 20231187 | IT", "person_name", "Liam O\u2019Connor"),
    ],
)
def test_an_identifier_beside_a_named_person_with_no_kind_named_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name,Price\nJohn Smith,4500\nAnna Berg,12900", "12900"),  # a header names the column otherwise
        ("Product,Id\nWidget Pro,774102\nGadget Max,774119", "774102"),  # no person in the row
        ("Order 88301275 - Priya Nair", "88301275"),  # an order's number
        ("Mr. Ahmed Hassan, ref 33092871", "33092871"),
        ("Author: John Smith, 2019", "2019"),  # a year
        ("Jane Doe | 2500 | paid", "2500"),  # an amount
        ("Winners: Maria Lopez (12500 points)", "12500"),  # a count
        ("Name: Eirik Halvorsen\nID: 1503014\nClub: SK Bergen", "1503014"),
        ("Release Notes (KB492017)", "KB492017"),  # words that are no person's name
        ("Product Manager ID: 0087451", "0087451"),
        ("Quarterly Report - 2024031 - Finance", "2024031"),
        ("Harry Potter (ISBN 0747532699)", "0747532699"),  # a book's number after its word
        ("Ms Chloe Martin, 2019", "2019"),  # a year
        ("Dr Aisha Khan, 4500", "4500"),  # four digits alone: an amount
        ("Order 77120 - Priya Nair", "77120"),  # an order's number
        ("Mr Owen Price, 90210 Beverly Hills", "90210"),  # a postcode before its town
        ("Release Notes (KB492017)\nMarta Nowak (PL662019)\nWindows Server (KB5005030)", "KB5005030"),
    ],
)
def test_a_number_beside_a_name_that_is_an_amount_or_a_things_is_no_identifier(text: str, value: str) -> None:
    assert all(found != value for _, found in _found(text))


def test_a_number_failing_its_named_schemes_check_beside_a_name_reports_no_identifier() -> None:
    text = "Name: Amina Hassan\nPESEL: 85031212345"
    assert [kind for kind, _ in _found(text)] == ["person_name"]


def test_a_msisdn_key_names_a_phone() -> None:
    text = '{"name": "Amina Diallo", "msisdn": "7612 3456"}'
    assert ("phone_number", "7612 3456") in _found(text)


def test_players_in_a_chess_games_tag_pairs_are_found_and_programs_are_not() -> None:
    game = '[Event "Vestland Open 2026"]\n[White "Halvorsen, Eirik"]\n[Black "Ingrid Aasland"]\n[Result "1-0"]'
    assert _found(game) == [("person_name", "Halvorsen, Eirik"), ("person_name", "Ingrid Aasland")]
    assert _found('[White "Stockfish 16"]\n[Black "Leela Chess Zero"]\n[Result "1-0"]') == []
    assert _found('[WhiteType "program"]\n[White "Nordvik, Berserk"]\n[Black "Aasland, Ingrid"]') == []


def test_a_plain_name_column_reads_as_people_when_its_values_read_as_peoples_names() -> None:
    table = (
        "No.  Name                 Fed  Rtg\n1    Eirik Halvorsen      NOR  2231\n2    Thandiwe Mbeki       RSA  2105"
    )
    assert ("person_name", "Thandiwe Mbeki") in _found(table)
    places = "Name,Region\nVictoria Falls,Matabeleland\nLake Kariba,Mashonaland\nHwange Park,Matabeleland"
    assert ("person_name", "Hwange Park") not in _found(places)


def test_a_quoted_csv_cell_holding_a_comma_is_one_cell() -> None:
    text = 'Rank,Player,Federation,Rating\n1,"Halvorsen, Eirik",NOR,2231\n2,"Mbeki, Thandiwe",RSA,2105'
    assert _found(text) == [("person_name", "Halvorsen, Eirik"), ("person_name", "Mbeki, Thandiwe")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RUT: 14.682.337-8", True),  # a person's RUN
        ("RUT emisor: 76.123.456-0", False),  # fifty million and up: a company's
        ("CUIL: 20-31745826-7", True),
        ("CUIT: 30-71234567-1", False),  # led by 30: a company's
    ],
)
def test_numbers_whose_scheme_gives_them_to_companies_are_not_a_persons(text: str, found: bool) -> None:
    assert bool(_found(text)) is found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ship to:\nJakub Novák\nVinohradská 112\n130 00 Praha 3", "Vinohradská 112\n130 00 Praha 3"),
        ("Knez Mihailova 12\n11000 Beograd\nSerbia", "Knez Mihailova 12\n11000 Beograd"),
    ],
)
def test_a_street_on_its_own_line_over_its_postcode_and_town_is_an_address(text: str, value: str) -> None:
    assert ("street_address", value) in _found(text)


@pytest.mark.parametrize("text", ["Table 4\n1200 Records", "Budget 2025\n3400 Euros", "Step 2\n1500 Rows Loaded"])
def test_a_numbered_heading_over_a_count_is_no_address(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Team rota; updated daily | see wiki\nOn call | Priya Nair (88301275)\n88301276 - Marta Nowak",
        "ID\tName\n40211\tAisha Khan\n40212\tMarco Bianchi",  # short cells: searched whole
        "; Ms Chloe Martin ID: 0087451|Hannah Schmidt\t4401927;;\tOwen Price, 5520207\n",
    ],
)
def test_the_rows_expressions_tried_at_cell_starts_find_what_a_search_finds(text: str) -> None:
    for pattern in (pii_id_names._NAME_FIRST, pii_id_names._CODE_FIRST):
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in cell_matches(pattern, text)] == whole
        lines = pii_id_names.lines_with_ids(text, pii.text_shape(text))
        assert [m.span() for m in cell_matches(pattern, text, lines)] == whole  # every match here is on such a line

"""Addresses read as their lines and columns stand: a street widened over its line's town, postcode and country, an
address line or a postal block under a person's name, an address column of a table; and names in scripts whose vowels
are marks."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Tenant: Miriam Kallon\n14 Front Street, Hamilton HM 11, Bermuda\nTel: +1 441 295 0142",
            "14 Front Street, Hamilton HM 11, Bermuda",
        ),
        ("Tenant: Miriam Kallon\n45 Shedden Road, George Town KY1-1104", "45 Shedden Road, George Town KY1-1104"),
        (
            "Tenant: Miriam Kallon\nVia della Repubblica 22, 47890 San Marino",
            "Via della Repubblica 22, 47890 San Marino",
        ),
    ],
)
def test_a_street_found_is_widened_over_the_rest_of_its_line(text: str, address: str) -> None:
    assert ("street_address", address) in _found(text)


def test_a_street_is_not_widened_over_a_phone_after_it() -> None:
    text = "Tenant: Miriam Kallon\n14 Front Street, Hamilton HM 11 +1 441 295 0142"
    found = _found(text)
    assert ("phone_number", "+1 441 295 0142") in found
    assert all("441" not in value for kind, value in found if kind == "street_address")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Client: Ousman Jallow\nRue Hamra, Building 12, Beirut 1103\nPhone: +961 3 123 456",
            "Rue Hamra, Building 12, Beirut 1103",
        ),
        ("Tenant: Miriam Kallon\nSection 22, Allotment 14, Boroko, NCD", "Section 22, Allotment 14, Boroko, NCD"),
        ("Name: Miriam Kallon\nNorzin Lam, Thimphu 11001", "Norzin Lam, Thimphu 11001"),
        # a postal block: a house's line, the town's, a postcode's (and the country's)
        (
            "Ship to: Jane Le Cornu\n4 La Rue de la Ville\nSt Helier\nJersey JE2 3QA",
            "4 La Rue de la Ville\nSt Helier\nJersey JE2 3QA",
        ),
        ("Customer: Jens Joensen\nNiels Finsens gøta 14\nFO-100 Tórshavn", "Niels Finsens gøta 14\nFO-100 Tórshavn"),
        ("Tenant: Ana Lopes\nRua Augusta 45\n1100-048 Lisboa", "Rua Augusta 45\n1100-048 Lisboa"),
        ("Guest: Pieter de Vries\nKeizersgracht 123 hs\n1015 CJ Amsterdam", "Keizersgracht 123 hs\n1015 CJ Amsterdam"),
        # a block under a line holding an address's label alone, or under an addressee's line
        ("Address:\nCaya Betico Croes 112\nOranjestad\nAruba", "Caya Betico Croes 112\nOranjestad\nAruba"),
        ("Tobias Lindqvist\n145 Chalan Santo Papa\nHagatna, GU 96910", "145 Chalan Santo Papa\nHagatna, GU 96910"),
    ],
)
def test_an_address_line_under_a_persons_name_is_found(text: str, address: str) -> None:
    assert ("street_address", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewer: Anna Berg\nTotal 4, Paid 2, Due 12",
        "Author: Anna Berg\nVersion 3, Build 2041, Stable",
        "Reviewer: Anna Berg\nLooks good, merging now",  # no digit: a sentence
        "Anna Berg\n\nRue Hamra, Building 12, Beirut 1103",  # another paragraph
        "Driver: Sam Patel\nVehicle 12\nRoute 66 North",  # lines that number other things
        "Patient: Mary Jones\nWard 7\nBed 12",
        "Contact: Ana Silva\nTeam 4 Leads\nQ3 2024 Review",
        "Passenger: John Smith\nFlight BA 123\nLondon Heathrow T5",
        "Signed: Tom Brown\nSenior Engineer\nAcme Ltd 2019",
        "Address\nVersion 2, Build 14",
        "Address:\nRoom 4\nLevel 2",
        "Northwind Traders\n12 Main Street\nSpringfield, IL 62701",  # a firm's block
        "Harbour View Dental\n12 Main Street\nSpringfield, IL 62701",
        "Release Notes\nVersion 2 Build 14\nFixed 3 Bugs",
    ],
)
def test_a_line_under_a_name_that_lists_something_else_is_no_address(text: str) -> None:
    assert all(kind != "street_address" for kind, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Holder Ingrid Halvorsen of Rose Cottage, Mill Lane, Kington HR5 3AA",
            "Rose Cottage, Mill Lane, Kington HR5 3AA",
        ),
        (
            "Deliver Saturday: The Old Rectory, Church Lane, Little Snoring, Fakenham NR21 0AA",
            "The Old Rectory, Church Lane, Little Snoring, Fakenham NR21 0AA",
        ),
        (
            "Please send it to 14 La Route de St Aubin, St Helier, Jersey JE2 3SF",
            "14 La Route de St Aubin, St Helier, Jersey JE2 3SF",
        ),
        (
            "Plot 14B, Halvorsen: Old Mill Farm, Lower Road, Bodenham HR1 3HS",
            "Old Mill Farm, Lower Road, Bodenham HR1 3HS",
        ),
        ("Ballacooil Cottage, Ballaugh, Isle of Man IM7 5AB", "Ballacooil Cottage, Ballaugh, Isle of Man IM7 5AB"),
    ],
)
def test_an_address_without_a_house_number_ending_in_a_british_postcode_is_found(text: str, address: str) -> None:
    assert ("street_address", address) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our office: Unit 4, Riverside Business Park, Leeds LS1 4AP",
        "Visit us at Oak Farm Shop, Mill Lane, Kington HR5 3AA",
        "Kington Cottage Hospital, Victoria Road, Kington HR5 3BX",
        "Tickets from Hay Festival, Hay-on-Wye, Hereford HR3 5AE",
        "Smith Brothers Ltd, Mill Lane, Kington HR5 3AA",
        "Sheet 4, Grid Ref, Layer SO 3AA",  # no street's or dwelling's name
    ],
)
def test_a_firms_or_a_public_places_address_without_a_number_is_not_read_as_a_home(text: str) -> None:
    assert all(kind != "street_address" for kind, _ in _found(text))


def test_an_address_column_is_read_and_a_network_address_column_is_not() -> None:
    rent_roll = "Unit,Tenant,Address,Rent\n4B,Miriam Kallon,25 Siaka Stevens Street Freetown,1200"
    assert ("street_address", "25 Siaka Stevens Street Freetown") in _found(rent_roll)
    hosts = "Host,IP Address,Owner\nweb-1,10.0.0.12,platform team"
    assert all(kind != "street_address" for kind, _ in _found(hosts))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("பெயர்: முருகன் செல்வம்\nTel: +91 98201 23456", "முருகன் செல்வம்"),
        ("Client: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ\nService: haircut", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),
        ("Tenant: བསྟན་འཛིན་ རྡོ་རྗེ\nUnit: 4B", "བསྟན་འཛིན་ རྡོ་རྗེ"),
        ('{"name": "އަޙްމަދު ޝަރީފް", "phone": "+960 777 1234"}', "އަޙްމަދު ޝަރީފް"),
        ("Name,Phone\nනිමල් පෙරේරා,+94 77 123 4567", "නිමල් පෙරේරා"),
    ],
)
def test_a_name_in_a_script_whose_vowels_are_marks_is_read_whole(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_a_lower_case_name_key_in_such_a_script_without_a_persons_other_keys_passes() -> None:
    assert _found('{"name": "முருகன் செல்வம்", "category": "temple", "open": "6:00"}') == []

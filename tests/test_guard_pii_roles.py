"""A person named by the role they play in a record (`Decedent:`, `Driver:`, `Kontoinhaber:`), surname-first names in
capitals (credit reports, cash logs), passenger lists' `SURNAME/GIVENMR`, names written in scripts whose words hold
vowel signs, and house numbers before a compass point or a capitalised French street type; firms, programs, prizes
and teams in the same places are no one."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _covered(text: str, value: str) -> bool:
    at = text.find(value)
    assert at >= 0
    spans = [(f.start, f.end) for f in pii.find(text)]
    return all(any(lo <= i < hi for lo, hi in spans) for i in range(at, at + len(value)) if not text[i].isspace())


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "name"),
    [
        ("CEMETERY SERVICES - opening order\nDecedent: Philomena Garrity\nSection 4, Lot 22", "Philomena Garrity"),
        ("Adoption certificate 0917\nAdopter: Yusuf Demirci\nSpecies: Humboldt penguin", "Yusuf Demirci"),
        ("Loan file 7730\nBorrower: Ingeborg Halvorsen\nCo-borrower: Anders Halvorsen", "Anders Halvorsen"),
        ("Lastschrift\nKontoinhaberin: Henrike Sommerfeld\nVerwendungszweck: Beitrag", "Henrike Sommerfeld"),
        ("Fiche d'adhésion\nAdhérente : Solène Marchetti\nFormule : annuelle", "Solène Marchetti"),
        ("Acta 12/2026 · Fallecido: Ezequiel Barrientos Olmedo", "Ezequiel Barrientos Olmedo"),
        ("Induction sign-off | Inductee: Tamati Rangihuna | Pit 3 | 06:10", "Tamati Rangihuna"),
        ("Surety bond\nguarantor_name=Bernadette Oyelowo&bond=2200", "Bernadette Oyelowo"),
        ("Rental agreement\nLandlord: Cormac Dunleavy\nLessee: Marisa Quintanilla", "Marisa Quintanilla"),
        ("Next of kin: Florentyna Wiśniewska (mother)", "Florentyna Wiśniewska"),
    ],
)
def test_a_person_named_by_their_role_in_a_record(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("Supervisor: Jarrah Whitlock\nDOB: 1988-02-11\nCell: on file", "Jarrah Whitlock"),
        ("Operator: Anneliese Brandstätter  Tel +43 664 1234567", "Anneliese Brandstätter"),
    ],
)
def test_a_shared_role_on_a_form_that_asks_for_a_persons_data(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    "text",
    [
        "Operator: Northern Rail",
        "Winner: Golden Globe",
        "Trainer: Premier Plus",
        "Inspector: Building Control",
        "Reviewer: Code Owners",
        "Driver: Bosch Automotive",
        "Hauler: Ridgeback Timber",
        "Buyer: Procurement Team",
        "Member: Platform Team",
        "Donor: Wellcome Trust",
        "Operator: Sandvik Mining\nShift: night",
        "Pilot: Auto Mode",
    ],
)
def test_firms_programs_prizes_and_teams_in_a_roles_place_are_no_one(text: str) -> None:
    assert _names(text) == []


@every(
    ("text", "name"),
    [
        ("Consumer file\n  FERREIRA DA SILVA, JOAQUIM  SSN XXX-XX-0192  DOB 1977\n", "FERREIRA DA SILVA, JOAQUIM"),
        ("02. OKONKWO-BRIGHT, ADAEZE N   AKA OKONKWO, ADA\n", "OKONKWO-BRIGHT, ADAEZE N"),
        ("Cage log 22:14  Patron: VASILIADIS, ELENI  buy-in 4,000", "VASILIADIS, ELENI"),
        ("Applicant: Rutherford, Desmond K.\nPosition: deckhand", "Rutherford, Desmond K."),
    ],
)
def test_surname_first_names_in_capitals_and_with_initials(text: str, name: str) -> None:
    assert _covered(text, name)


@every(
    "text",
    [
        "ERROR, WARNING  DOB field missing",
        "TODO, FIXME  ADDR parser",
        "RESULTS, SUMMARY\tBORN column empty",
    ],
)
def test_capitals_before_a_report_key_that_are_no_name(text: str) -> None:
    assert _names(text) == []


@every(
    ("text", "name"),
    [
        ("-CDG002Y\n1MBEKI/THANDOMR 1MBEKI/NOMSAMS\n", "MBEKI/THANDOMR"),
        (".P/1LINDGREN/ASTRID MRS\n.S/N/24C", "LINDGREN/ASTRID MRS"),
    ],
)
def test_passenger_list_names_with_a_title(text: str, name: str) -> None:
    assert _covered(text, name)


@every(
    "text",
    ["see /usr/SHARE/DOCMR for details", "the ratio A/BMS is 4"],
)
def test_slashes_that_are_no_passenger(text: str) -> None:
    assert _names(text) == []


@every(
    ("text", "name"),
    [
        ("Passenger: ᨕᨑᨘ ᨆᨊᨛ", "ᨕᨑᨘ ᨆᨊᨛ"),  # Buginese, vowel signs in the words
        ("Decedent: ᜋᜇᜒᜀ ᜐᜈ᜔ᜆᜓᜐ᜔", "ᜋᜇᜒᜀ ᜐᜈ᜔ᜆᜓᜐ᜔"),  # Baybayin, a virama
        ("Full name: ꪁꪮꪙ ꪻꪕ", "ꪁꪮꪙ ꪻꪕ"),  # Tai Viet
    ],
)
def test_names_in_scripts_whose_words_hold_marks(text: str, name: str) -> None:
    assert _covered(text, name)


@every(
    ("text", "address"),
    [
        ("Ship to 2275 SW Canyon Rd, Beaverton, OR 97005", "2275 SW Canyon Rd, Beaverton, OR 97005"),
        ("Member lives at 48 E Pinecrest Dr, Elko, NV 89801", "48 E Pinecrest Dr, Elko, NV 89801"),
        ("domicile 19 Boulevard Haussmann, 75009 Paris", "19 Boulevard Haussmann, 75009 Paris"),
    ],
)
def test_addresses_with_a_compass_point_or_a_french_street_type(text: str, address: str) -> None:
    assert _covered(text, address)


@every(
    "text",
    ["Turn 3 W after the bridge", "Chapter 7 Place Settings for a formal dinner", "version 2 E Series"],
)
def test_numbers_before_a_capital_that_are_no_address(text: str) -> None:
    assert not any(f.kind == "street_address" for f in pii.find(text))

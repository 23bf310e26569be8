"""Names in tables as a tool returns them (after the result's keys, not at the start of the text the detectors read),
one-word name columns read as names only where most rows hold a known name, company and thing columns, and rows
whose identifier fails its check."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.redact import Vault

_GUARD = LocalGuard(GuardrailPolicy())


def _reported(text: str) -> set[str]:
    """The kinds of personal data the gateway reports in a tool result holding `text`."""
    verdict = _GUARD.check_output({"content": [{"type": "text", "text": text}]}, Vault())
    return {h.kind for h in verdict.hits if h.detector == "pii"}


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


_FULL_NAME_TABLES = [
    ("member_name,plan,renewal\nHamid Rahimi,Gold,2027-01-31", "Hamid Rahimi"),
    ("Patient Name|Ward|Bed\nOluwaseun Adebayo-Clarke|Ortho 2|14", "Oluwaseun Adebayo-Clarke"),
    ("Tenant Name;Unit;Rent\nBeatriz Quintanilha;4B;1200", "Beatriz Quintanilha"),
    ("participant_name\tcohort\tscore\nKaito Yamaguchi\tB\t88", "Kaito Yamaguchi"),
]


@every(("text", "name"), _FULL_NAME_TABLES)
def test_a_name_column_is_read_in_a_tool_result(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)
    assert "person_name" in _reported(text)  # the same table after the result's keys


@every(
    "text",
    [
        "first_name,last_name,zip\nIngeborg,Halvorsen,55401\nTomasz,Wieczorek,55402",
        "EmpID|FirstName|LastName|DeferralPct\n0042|Grzegorz|Wieczorek|6",
        "given_name\tsurname\tcohort\nRagnhild\tØvrebø\t2024",
        "First,Last,Sex,Hire Date,Deferral\nTamsin,Oyelowo,F,2019-06-01,6",
        "first_name;last_name;gender;plan\nSiobhan;Kearney;F;B",
    ],
)
def test_one_word_name_columns_in_a_persons_table_or_with_known_names(text: str) -> None:
    assert "person_name" in _reported(text)


@every(
    "text",
    [
        "lastname,firstname\nVacant,Room",
        "first_name,last_name\nCheck,Out",
        "Family Name,Given Name,Visa Type\nApplicant,Primary,B2",
        "Last Name,First Name,Shift\nOpen,Slot,night",
        "surname;forename;status\nPending;Review;hold",
    ],
)
def test_one_word_name_columns_of_words_are_no_names(text: str) -> None:
    assert _reported(text) == set()


@every(
    "text",
    [
        "Account Name,Industry,Owner Region\nBlue Ridge Outfitters,Retail,East",
        "Station Name,Line,Opened\nKing's Cross St Pancras,Victoria,1968",
        "date,payee,amount\n2024-03-01,Amazon Marketplace,-23.99\n2024-03-02,Shell Oil,-45.00",
        "Booking Date;Counterparty Name;Amount\n02.01.2024;Stadtwerke Ulm;-84,20",
        "Employer Name,Plan,Participants\nHarbor Freight Lines,401k,212",
    ],
)
def test_columns_of_companies_places_and_things(text: str) -> None:
    assert _reported(text) == set()


@every(
    "text",
    [
        "name,iban\nAnna Schmidt,DE89370400440532013001",
        "Name;IBAN;Betrag\nAnna Schmidt;DE89 3704 0044 0532 0130 01;120,00",
        "customer_name,nhs_number\nOliver Bennett,943 476 5918",
        "Full name,Personnummer\nAstrid Lindqvist,19811218-9877",
        "Surname|Given names|Passport\nMustermann|Erika|C01X00T47",
    ],
)
def test_a_row_whose_identifier_fails_its_check(text: str) -> None:
    assert _reported(text) == set()


def test_a_row_beside_a_failed_one_keeps_its_data() -> None:
    text = "name,nhs_number\nOliver Bennett,943 476 5918\nPriya Raghunathan,943 476 5919"
    found = _found(text)
    assert ("uk_nhs", "943 476 5919") in found
    assert ("person_name", "Oliver Bennett") not in found
    assert ("person_name", "Priya Raghunathan") in found

"""Numbers of a person's shape that stand after a meeting's, claim's, permit's or parcel's name, and values noted as a
sample, specimen or made-up one right before them: not personal data; the same numbers after a person's label are."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _kinds(text: str) -> set[str]:
    return {f.kind for f in pii.find(text)}


@every(
    "text",
    [
        "Teams conference ID: 412 553 889#",
        "Bridge number 448 221 0937, then the participant code",
        "Dial-in 646 558 8656, meeting 934 221 0871",
        "APN 412-553-889 assessed at $412,000",
        "Docket 2024 118 930 set for hearing",
        "RMA 317 552 0193 received at the depot",
        "Incident 604 883 2291 escalated to tier 2",
    ],
)
def test_numbers_named_as_codes_of_meetings_cases_and_parcels(text: str) -> None:
    assert _kinds(text) == set()


@every(
    "text",
    [
        "The sample IBAN GB82 WEST 1234 5698 7654 32 from the specification.",
        "Specimen SSN shown on the form: 512-44-9087",
        "fake credit card for QA: 4242 4242 4242 4242",
        "Dummy mobile used in screenshots - 0412 553 889",
        "Placeholder passport no. on the template: 512449087",
    ],
)
def test_values_noted_as_samples_right_before(text: str) -> None:
    assert _kinds(text) == set()


@every(
    ("text", "kind"),
    [
        ("Employee SSN: 512-44-9087", "ssn"),
        ("Emergency contact mobile 0412 553 889", "phone_number"),
        ("Tax file number 123 456 782", "au_tfn"),
        ("Refund to IBAN GB82 WEST 1234 5698 7654 32 by Friday", "iban"),
        ("The samples arrived. My card 4556 7375 8689 9855 was charged twice", "credit_card"),
    ],
)
def test_the_same_values_of_a_person(text: str, kind: str) -> None:
    assert kind in _kinds(text)

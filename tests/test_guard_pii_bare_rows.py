"""Names in delimited rows without a header are found beside a person's data in the same row (a full name in one
cell, or a given name and a surname in two); a business's row or a row with no person's data finds no name."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "names"),
    [
        (
            "1043,Amara,Nwosu,amara.nwosu@fastmail.com,+44 7911 123456\n1044,Jonas,Lindqvist,jonas.l@telia.se,",
            ["Amara", "Nwosu", "Jonas", "Lindqvist"],
        ),
        ("Kowalczyk;Agnieszka;1984-02-11;ul. Lipowa 12;Kraków", ["Kowalczyk", "Agnieszka"]),
        ("Leila Haddad|leila.h@orange.fr|Lyon", ["Leila Haddad"]),
        ('"Sofia Marquez","sofia.mq@correo.es","+34 612 34 56 78"', ["Sofia Marquez"]),
    ],
)
def test_names_in_a_persons_row_are_found(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@every(
    "text",
    [
        "Acme Plumbing Ltd,info@acmeplumbing.co.uk,0161 496 0000",
        "Harbour Dental,bookings@harbourdental.co.uk,0161 496 0000",
        "Amara,Nwosu,Lagos,Nigeria",
        "Red,Green,Blue,0161 496 0000",
    ],
)
def test_a_business_or_a_row_without_a_persons_data_finds_no_name(text: str) -> None:
    assert _names(text) == []

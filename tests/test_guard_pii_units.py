"""The code of a person's unit, room, cell, bed or locker on the line of that person's name is reported; a room's
code with no one named on its line, counts and sizes after a room's word, and floors with rooms pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _units(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "unit_number"]


@every(
    ("text", "value"),
    [
        ("Tenant: Olu Bankole, Unit 4B, rent paid", "4B"),
        ("Guest: Mira Sato — Room 1204, checkout 12 Mar", "1204"),
        ("Patient: Hamid Rahimi, Bed 07, Ward 3", "07"),
        ("Tenant: Olu Bankole, Unit 4B-12", "4B-12"),
        ("Resident: Ingrid Halvorsen, Zimmer 214", "214"),
    ],
)
def test_a_persons_place_on_their_line_is_found(text: str, value: str) -> None:
    assert value in _units(text)
    assert "unit_number" in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "The meeting is in Room 4.12 at 10:30.",
        "Guest: Mira Sato, room 12 people",
        "Guest: Mira Sato, Room 4.12",
        "Guest: Mira Sato, room 12x4 m",
        "Unit 4B is vacant; viewing on Monday.",
        "Bed 07 and Bed 08 were cleaned.",
    ],
)
def test_rooms_without_a_person_counts_and_sizes_pass(text: str) -> None:
    assert _units(text) == []

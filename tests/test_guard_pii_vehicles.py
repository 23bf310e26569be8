"""Vehicle identification numbers are personal data only where their record ties them to a person (a name, an owner,
an insured, a lessee), with their check digit or without (most outside North America carry none); a fleet's, a
dealer's or a recall's vehicle is nobody's."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("Registered owner: Maria Lopez, 14 Elm St. VIN 1HGCM82633A004352", "1HGCM82633A004352"),
        ("Insured: Tomasz Nowak\nVehicle: 2019 Skoda Octavia\nVIN: TMBJJ7NE4K0123456", "TMBJJ7NE4K0123456"),
        ("Lessee Dana Whitfield signed for VIN 2T1BURHE5JC014982 on 2026-03-01", "2T1BURHE5JC014982"),
        ("Halter: Jonas Becker, Fahrgestellnummer WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001"),
        ('{"customer": {"name": "Ana Ruiz"}, "vehicle": {"vin": "3FAHP0HA7AR123456"}}', "3FAHP0HA7AR123456"),
    ],
)
def test_a_vehicle_tied_to_a_person_is_found(text: str, value: str) -> None:
    assert value in _values(text)


@every(
    "text",
    [
        "VIN: 1HGCM82633A004352",
        "Fleet unit 14 (pool car) VIN 2T1BURHE5JC014982, service due at 60,000 km",
        "Dealer stock list\nVIN WVWZZZ1JZXW000001 silver, 12,400 km\nVIN TMBJJ7NE4K0123456 grey, demo",
        "Recall campaign 24V-118 affects VIN 3FAHP0HA7AR123456 and 3FAHP0HA7AR123457",
        "the VIN field must hold 17 characters",
    ],
)
def test_a_vehicle_tied_to_nobody_is_not_personal_data(text: str) -> None:
    assert pii.find(text) == []

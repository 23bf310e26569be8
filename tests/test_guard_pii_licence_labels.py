"""Identifiers after labels that name where they were issued (`Permis de conduire du Québec :`, `Driver licence of
Nova Scotia:`), a passport's country in brackets or as an adjective before `nº`, French and Russian licence labels
written short (`N° de permis`, `ВУ №`) and Saskatchewan's health services number; the same labels with nothing
of an identifier's shape after them find nothing. Number plates under shorter labels of many languages are found
where their record names a person or an owner, and not in a dealer's list or a fleet's note."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("Permis de conduire du Québec : L2341-280591-07", "L2341-280591-07"),
        ("Driver licence of Nova Scotia: SMITH150882009", "SMITH150882009"),
        ("Driving licence from Texas no. 04827315", "04827315"),
        ("Passaporte brasileiro nº FZ482713", "FZ482713"),
        ("Crew pass CP-2231 | Holder: Lina Park | Passport (KOR): M48273159", "M48273159"),
        ("Passport (USA) 548273159, expires 2031", "548273159"),
        ("N° de permis : 18AB72913", "18AB72913"),
        ("numéro de permis de conduire: 09AA48273", "09AA48273"),
        ("Водитель: ВУ № 99 27 482731", "99 27 482731"),
        ("Saskatchewan health services number: 482 731 596", "482 731 596"),
        ("Health services no. 591 284 736 (SK)", "591 284 736"),
        ("Immatriculation : AB-123-CD — propriétaire : Julien Martin", "AB-123-CD"),
        ("Plate 7ABC123 registered to Laura Chen", "7ABC123"),
        ("Kenteken: 12-ABC-3 (eigenaar: Pieter Bakker)", "12-ABC-3"),
        ("Owner: Sarah Connor\nRegistration: KY19 XWZ\nMake: Ford Focus", "KY19 XWZ"),
        ("Rejestracja WX 12345, właściciel Adam Kowalski", "WX 12345"),
        ("Rendszám: ABC-123, tulajdonos: Kovács Péter", "ABC-123"),
        ("Plaka: 34 ABC 123 — Ruhsat sahibi: Mehmet Demir", "34 ABC 123"),
        ("Госномер: А123ВС 77, владелец Иванов Иван Петрович", "А123ВС 77"),
        ("Reg.nr: ABC 123 — ägare: Anna Svensson", "ABC 123"),
        ("Manitoba driver's licence: SMITHJW123AB", "SMITHJW123AB"),
        ("Driver licence: SMITH-JW-123-AB", "SMITH-JW-123-AB"),
    ],
)
def test_identifiers_after_their_issuers_and_short_labels_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@every(
    "text",
    [
        "Passport (GBR): pending",
        "passport of Dana: to be renewed",
        "Permis de conduire du Québec : en cours de renouvellement",
        "N° de permis : voir pièce jointe",
        "Saskatchewan health services number: not provided",
        "вузов: 12",
        "Plate: A4 steel, 12 mm",
        "Registration: REG-2024-0042 confirmed for the workshop",  # no vehicle
        "Registration: EVT24 A19, welcome Sarah Connor to the summit",
        "Immatriculation : AB-123-CD (véhicule de service)",  # nobody's
        "Dealer stock list\nPlate: LK21 HBN  Ford Focus  £8,995\nPlate: LK19 ABC  VW Golf  £7,495",
        "Kenteken: 12-ABC-3 verkocht aan dealer",
        "placa de video RTX 3060 12GB",
        "Licence key: ABCDEFG123HI",
        "License number: PRO-EDITION-123-XY",
    ],
)
def test_the_same_labels_without_an_identifier_find_nothing(text: str) -> None:
    assert pii.find(text) == []

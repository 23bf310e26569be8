"""Identifiers after labels that name where they were issued (`Permis de conduire du Québec :`, `Driver licence of
Nova Scotia:`), a passport's country in brackets or as an adjective before `nº`, French and Russian licence labels
written short (`N° de permis`, `ВУ №`) and Saskatchewan's health services number; the same labels with nothing
of an identifier's shape after them find nothing."""

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
    ],
)
def test_the_same_labels_without_an_identifier_find_nothing(text: str) -> None:
    assert pii.find(text) == []

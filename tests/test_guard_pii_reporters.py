"""Surnames with an inner capital (`McAllister`, `DeLuca`, `LeBlanc`) wherever a name stands, and the person who
reported, filed or submitted a record (`Reported by: ...`); desks, teams and offices in the same place are no one."""

from __future__ import annotations

import json

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "person_name"]


@every(
    ("text", "name"),
    [
        ("Name: Siobhan McAllister\nDept: Payroll", "Siobhan McAllister"),
        ("Applicant name: Niamh MacDonald-FitzGerald", "Niamh MacDonald-FitzGerald"),
        ("Dear Ms. DeLuca,\nyour scan is booked for Monday.", "Ms. DeLuca"),
        ("Kind regards,\nThibault LeBlanc\n", "Thibault LeBlanc"),
        ('{"fields": [{"key": "member", "label": "Member", "value": "Carmen DiNapoli"}]}', "Carmen DiNapoli"),
        ("Tenant name: Pieter VanDyke", "Pieter VanDyke"),
    ],
)
def test_surnames_with_an_inner_capital(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    ("text", "name"),
    [
        ("Reported by: Ngozi Okafor on 2024-03-02, ward 4", "Ngozi Okafor"),
        ("Incident #5521\nFiled by: Rosa DiMarco\nStatus: open", "Rosa DiMarco"),
        ("Submitted by Graham McKenzie at 10:42 via the portal", "Graham McKenzie"),
        ("Status: open | Lodged by Tomasz Wierzbicki | 2024-05-01", "Tomasz Wierzbicki"),
        ("Witnessed by: HELENA KORHONEN\n", "HELENA KORHONEN"),
        ("prepared_by: Dr. Imani Achebe", "Dr. Imani Achebe"),
    ],
)
def test_who_reported_filed_or_submitted_a_record(text: str, name: str) -> None:
    assert name in _names(text)


@every(
    "text",
    [
        "Reported by: the night shift",
        "Filed by: Acme Holdings LLC",
        "Submitted by Marketing Team",
        "Filed by County Records Office",
        "Prepared by Finance Committee on 3 May",
        "Requested by Jira Automation",
        "Inspected by Site Safety Team",
        "Built by GitHub Actions and signed by Release Engineering",
        "Verified by Visa, signed by Microsoft Windows",
        "MacBook Pro assigned to desk 14",
        "# The parser was inspired by code submitted by Henrik Lindqvist years ago.",
    ],
)
def test_desks_teams_and_products_after_the_same_words(text: str) -> None:
    assert _names(text) == []


@every(
    ("value", "judged"),
    [
        ("Carmen DiNapoli", "Carmen DiNapoli"),
        ("CARMEN DINAPOLI", "Carmen Dinapoli"),
        ("Ana de la Vega", "Ana de la Vega"),
    ],
)
def test_a_pass_field_judges_a_mixed_case_name_as_written(value: str, judged: str, monkeypatch) -> None:
    from secure_mcp_gateway.guardrails import pii_people

    seen: list[str] = []
    real = pii_people._name_ok

    def spy(words: str, plain: bool, first: bool = False) -> bool:
        seen.append(words)
        return real(words, plain, first)

    monkeypatch.setattr(pii_people, "_name_ok", spy)
    pii_people._pass_fields(json.dumps({"fields": [{"key": "holder", "label": "Holder", "value": value}]}))
    assert seen == [judged]

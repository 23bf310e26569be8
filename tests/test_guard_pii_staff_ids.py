"""Employees' and members' numbers under their labels beside a person's name, and staff numbers in the rows of a
roster; numbers with no person, counts, years and product codes pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("Name: Tomasz Wójcik\nEmployee: EMP-0045821", "EMP-0045821", "employee_id"),
        ("Tomasz Wójcik (staff no. 448213) joined the audit team.", "448213", "employee_id"),
        ("Employee ID: 00482915\nName: Hannah Becker", "00482915", "employee_id"),
        ("Hannah Becker - Badge 55-20931", "55-20931", "employee_id"),
        ("Mitarbeiter: Jonas Keller, Personalnummer 0041827", "0041827", "employee_id"),
        ("Nombre: Martín Sosa\nLegajo: RH-20417", "RH-20417", "employee_id"),
        ("Nombre: Lucía Fernández, número de empleado 7730184", "7730184", "employee_id"),
        ("氏名：佐藤花子\n社員番号：A0418273", "A0418273", "employee_id"),
        ("이름: 김민준\n사번: 20418273", "20418273", "employee_id"),
        ("ФИО: Иванов Сергей Петрович\nТабельный номер: 041827", "041827", "employee_id"),
        ("Member no.: 2219-4418-07 (Olivia Brennan)", "2219-4418-07", "member_id"),
        ("Mitgliedsnummer: 55-18273, Inhaber: Stefan Huber", "55-18273", "member_id"),
        ("Name: Aisha Bello\nMembership number: GYM/40918", "GYM/40918", "member_id"),
        ('{"name": "Priya Raman", "employeeId": "E104827"}', "E104827", "employee_id"),
        ("Name,Employee ID,Dept\nPriya Raman,E104827,Finance\nLiam Walsh,E104911,Legal", "E104911", "employee_id"),
        ("Priya Raman        E104827     Finance      Pune", "E104827", "employee_id"),
        ("EMP00041  OKAFOR, GRACE      Leeds\nEMP00042  WALSH, LIAM   York", "EMP00042", "employee_id"),
        ("Priya Raman, 104827, Finance\nLiam Walsh, 104911, Legal", "104911", "employee_id"),
    ],
)
def test_a_staff_or_member_number_beside_its_person_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind
    assert kind in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "Employee ID: 48213",  # no person named in its record
        "employee_id: 00482915\nstatus: active",
        "Employees: 1500",
        "Employee number 3 resigned in March",
        "Member since 2019",
        "Staff ID format: 6 digits, e.g. 123456",
        "Membership: 48210 members joined this year",
        "Employee ID: 20240315\nName: Hannah Becker",  # a date
        "Badge 1111 issued to Hannah Becker",  # all alike
        "Priya Raman | 2024 | Finance",  # a year
        "Priya Raman, 104827, Finance",  # digits alone in one row: no roster
        "Widget Pro | SKU-48213 | 12.50",
        "Maria Garcia | 3 | 12 | 45",
        "Order | Priya Raman | 48213 | 55120 | shipped",  # two numbers in the row
        "Order,Date,Qty,Customer\nSO-55120,2026-03-02,4,Priya Raman",  # a table whose header names an order
    ],
)
def test_numbers_with_no_person_counts_years_and_codes_pass(text: str) -> None:
    assert not {"employee_id", "member_id"} & set(_found(text).values())

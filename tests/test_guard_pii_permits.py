"""Residence permits of foreigners in many languages and students' numbers, read after their labels; fillers, dates,
short numbers and other words pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("Permesso di soggiorno n. I18273645 intestato a Omar Diallo", "I18273645", "residence_permit"),
        ("Aufenthaltstitel Nr. Y18273645, Inhaber: Mehmet Yilmaz", "Y18273645", "residence_permit"),
        ("Verblijfsvergunning nummer: V1827364", "V1827364", "residence_permit"),
        ("Uppehållstillstånd kortnummer: RP1827364", "RP1827364", "residence_permit"),
        ("Karta pobytu nr RP1827364", "RP1827364", "residence_permit"),
        ("Carte de séjour n° 7518273640", "7518273640", "residence_permit"),
        ("Título de residência: 18273645", "18273645", "residence_permit"),
        ("Вид на жительство № 82 1827364", "82 1827364", "residence_permit"),
        ("Residence permit number: RP1827364", "RP1827364", "residence_permit"),
        ("Residence card no. 9182736450 (Nguyen Van An)", "9182736450", "residence_permit"),
        ("Work permit: WP-2918273", "WP-2918273", "residence_permit"),
        ("Student ID: 20231458, Priya Raman, Year 2", "20231458", "student_id"),
        ("Matrikelnummer: 3518273 (Lena Fischer)", "3518273", "student_id"),
        ("Numéro étudiant : 21918273, Chloé Martin", "21918273", "student_id"),
        ("學號: B09281734 王小明", "B09281734", "student_id"),
        ("学籍番号: 21J182734 佐藤花子", "21J182734", "student_id"),
        ("Roll No: 19BCE18273, Arjun Reddy", "19BCE18273", "student_id"),
        ("student_number=s3918273", "s3918273", "student_id"),
        ("Enrollment No.: 2021/CS/18273", "2021/CS/18273", "student_id"),
    ],
)
def test_a_permit_or_student_number_after_its_label_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind
    assert kind in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "Student ID: 000000",  # a filler
        "Student ID: 20240315",  # a date
        "Student ID must be 8 digits",
        "Student number 42 won the prize",
        "Work permit fees rose 12 percent in 2024",
        "Residence permit: 111111111",
        "Aufenthaltstitel beantragt am 12.03.2025",
        "Roll no. 12 of 40",
        "The final tie: 12000 fans",
    ],
)
def test_fillers_dates_and_short_numbers_pass(text: str) -> None:
    assert not {"residence_permit", "student_id"} & set(_found(text).values())

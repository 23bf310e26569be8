"""Names in delimited rows without a header (also a signature's parts between ` / `, `·` or `•`) are found beside a
person's data in the same row (a full name in one cell, or a given name and a surname in two); a business's row or a
row with no person's data finds no name. Names in payroll and bank-transfer listings are found beside ids and
amounts alone; departments, places, products, stores and firms in such listings are not."""

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
        ("Hannah Weiss / Projektleitung / 0170 2345678", ["Hannah Weiss"]),
        ("Olivia Brown • Account Manager • 07700 900123", ["Olivia Brown"]),
        ("Hannah Weiss · Projektleitung · +49 170 2345678", ["Hannah Weiss"]),
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
        "Home / Products / Contact / +49 170 2345678",
        "Berlin / Hamburg / München / +49 170 2345678",
    ],
)
def test_a_business_or_a_row_without_a_persons_data_finds_no_name(text: str) -> None:
    assert _names(text) == []


@every(
    ("text", "names"),
    [
        (
            "EMPNO  NAME                  DEPT   GROSS      NET\n"
            "448213 OKONKWO, CHIDI A.     0412   4,812.50   3,655.10\n"
            "448214 LINDQVIST, MARIT      0412   5,120.00   3,901.44",
            ["OKONKWO, CHIDI A."],
        ),
        (
            "PAYROLL RUN 2024-11 / BRANCH 07\n00731942  Herrera Salinas, Lucia       1 840,00 EUR\n"
            "00731955  Van der Berg, Joost          2 115,30 EUR",
            ["Herrera Salinas, Lucia", "Van der Berg, Joost"],
        ),
        (
            "Sort code 20-45-77 | Acct     | Payee\n  7781 20334  MRS P KOWALCZYK   250.00\n"
            "  7781 20391  MR T ADEYEMI      112.40",
            ["MRS P KOWALCZYK", "MR T ADEYEMI"],
        ),
        (
            "BACS payment file 2025-03-28\nAdebayo Ogunleye;40-12-76;41829370;1250.00\n"
            "Gráinne Ní Bhriain;20-98-11;73819264;980.50",
            ["Adebayo Ogunleye"],
        ),
        (
            "Lohnabrechnung März — Personalnr / Name / Brutto\n71204  Søren Kierkegaard     4.210,00\n"
            "71205  Małgorzata Wiśniewska 3.980,50",
            ["Søren Kierkegaard", "Małgorzata Wiśniewska"],
        ),
    ],
)
def test_names_in_a_pay_listing_beside_ids_and_amounts_are_found(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@every(
    "text",
    [
        "Payroll summary by department\nFinance        12   48,120.00\nEngineering    31   131,400.50",
        "Gross margin by product\nSKU 44812  Blue Widget, Large   4,812.50\nSKU 44813  Red Widget, Small    1,120.00",
        "Gross sales by city\nLondon, England      48,120.00\nParis, France        31,400.50",
        "Salary survey 2025 (median)\nSoftware Engineer     82,000\nProduct Manager       91,500",
        "Payroll cost centres\nCC1042  Head Office Admin     48,120.00\nCC1043  Warehouse Night Shift 31,400.50",
        "Net pay by store\nStore 112  Oxford Street     140,200.00\nStore 118  King Street        98,400.00",
        "payee,amount\nAmazon Web Services,1240.00\nGoogle Cloud EMEA,880.10",
        "00731942  Herrera Salinas, Lucia   1 840,00 EUR\n00731955  Van der Berg, Joost   2 115,30 EUR",  # no pay cue
        "PAYROLL\n00731942  Herrera Salinas, Lucia       1 840,00 EUR",  # one row: no listing
    ],
)
def test_departments_places_products_and_firms_in_a_pay_listing_are_no_names(text: str) -> None:
    assert _names(text) == []

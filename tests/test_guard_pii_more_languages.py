"""Names and birth dates after the labels forms print in more languages; screens' and placeholders' words pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == kind]


@every(
    ("text", "name"),
    [
        ("Ad Soyad: Ayşe Yılmaz\nTelefon: yok", "Ayşe Yılmaz"),
        ("Adı Soyadı: Mehmet Kaya", "Mehmet Kaya"),
        ("Nome completo: João Pedro Almeida", "João Pedro Almeida"),
        ("Nom complet : Amélie Durand", "Amélie Durand"),
        ("Jméno a příjmení: Jana Nováková, nar. 1990", "Jana Nováková"),
        ("Příjmení: Dvořáková", "Dvořáková"),
        ("Meno a priezvisko: Peter Horváth", "Peter Horváth"),
        ("Teljes név: Kovács Anna", "Kovács Anna"),
        ("Vezetéknév: Szabó", "Szabó"),
        ("Nume și prenume: Popescu Andrei", "Popescu Andrei"),
        ("Prenume: Ioana", "Ioana"),
        ("Ime i prezime: Ivana Horvat", "Ivana Horvat"),
        ("Ime in priimek: Luka Kranjc", "Luka Kranjc"),
        ("Vardas, pavardė: Jonas Petraitis", "Jonas Petraitis"),
        ("Vārds, uzvārds: Anna Bērziņa", "Anna Bērziņa"),
        ("Eesnimi: Kadri", "Kadri"),
        ("Sukunimi: Virtanen", "Virtanen"),
        ("Efternamn: Lindqvist", "Lindqvist"),
        ("Fornavn: Kasper\nEtternavn: Haugen", "Haugen"),
        ("Nama lengkap: Budi Santoso", "Budi Santoso"),
        ("Nama: Siti Rahayu\nAlamat: -", "Siti Rahayu"),
        ("Buong pangalan: Maria Santos Reyes", "Maria Santos Reyes"),
        ("Jina kamili: Amina Wanjiru", "Amina Wanjiru"),
        ("Emri dhe mbiemri: Arben Hoxha", "Arben Hoxha"),
        ("Nom i cognoms: Jordi Puig Soler", "Jordi Puig Soler"),
        ("Име и презиме: Марко Петровић", "Марко Петровић"),
        ("Jméno: Tomáš Svoboda", "Tomáš Svoboda"),
        ("Név: Nagy Péter", "Nagy Péter"),
        ("Isim: Elif Demir", "Elif Demir"),
    ],
)
def test_a_name_after_a_label_of_another_language_is_found(text: str, name: str) -> None:
    assert name in _found(text, "person_name")


@every(
    "text",
    [
        "nama: Kopi Susu",  # a lower-case key names a product: a known given name would be needed
        "Nama: Laporan Bulanan",  # a report's title
        "Jméno: Nastavení Systému",  # a screen's title
        "isim: Ana Sayfa",  # the home page
        "soyad: Zorunlu Alan",  # a required field
        "Emri: Kategoria Kryesore",
        "Vardas: Nenurodyta",  # not given
        "Prenume: Obligatoriu",
        'Nama: "Nama Pengguna"',  # a form's own label as its value
        "Runtime: 12 ms\nnumeric: 5\nenumerate: True",  # the label words inside longer words
    ],
)
def test_screens_and_placeholders_after_those_labels_pass(text: str) -> None:
    assert _found(text, "person_name") == []


@every(
    ("text", "date"),
    [
        ("Datum narození: 12. 4. 1988", "12. 4. 1988"),
        ("Dátum narodenia: 03.11.1979", "03.11.1979"),
        ("Születési dátum: 1988. 04. 12.", "1988. 04. 12."),
        ("Data nașterii: 21.08.1975", "21.08.1975"),
        ("Datum rođenja: 09.06.1971.", "09.06.1971"),
        ("Datum rojstva: 2. 2. 1966", "2. 2. 1966"),
        ("Gimimo data: 1984-05-30", "1984-05-30"),
        ("Dzimšanas datums: 14.02.1990", "14.02.1990"),
        ("Sünniaeg: 30.06.1982", "30.06.1982"),
        ("Data de naixement: 07/03/1969", "07/03/1969"),
        ("Tarikh lahir: 15-08-1987", "15-08-1987"),
        ("Datëlindja: 19.12.1993", "19.12.1993"),
        ("Дата на раждане: 05.05.1961", "05.05.1961"),
        ("<birthDate>1988-04-12</birthDate>", "1988-04-12"),
        ("<dob>04/12/1988</dob>", "04/12/1988"),
    ],
)
def test_a_birth_date_after_a_label_of_another_language_is_found(text: str, date: str) -> None:
    assert date in _found(text, "date_of_birth")


@pytest.mark.parametrize(
    "text",
    [
        "Datum vydání: 12. 4. 2024",  # an issue date
        "Dátum splatnosti: 03.11.2025",  # a due date
        "Kiállítás dátuma: 2024. 04. 12.",
        "Data emiterii: 21.08.2023",
        "<releaseDate>2024-04-12</releaseDate>",
        "Version 12. 4. 1988 of the standard",  # no label
        "Gimimo data: nenurodyta",
    ],
)
def test_other_dates_and_labels_without_a_date_pass(text: str) -> None:
    assert _found(text, "date_of_birth") == []

"""Personal data in data tools' displays (box-drawn tables, columns listed by name, structured arrays, listings),
catalogue names, single names in a person's record, and French social security numbers of every department."""

from __future__ import annotations

import pytest

from secure_mcp_gateway.guardrails import pii, pii_displays, pii_people
from secure_mcp_gateway.guardrails.pii_ids import fr_nir_ok


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


_POLARS = (
    "shape: (2, 2)\n┌───────────────┬────────────┐\n│ patient_name  ┆ dob        │\n│ ---           ┆ ---        │\n"
    "│ str           ┆ date       │\n╞═══════════════╪════════════╡\n│ Liesel Amundi ┆ 1971-08-30 │\n"
    "│ Bakari Mwinyi ┆ 1966-01-12 │\n└───────────────┴────────────┘"
)
_PRODUCTS = (
    "┌───────────────┬───────┐\n│ name          │ price │\n│ varchar       │ float │\n├───────────────┼───────┤\n"
    "│ Copper Kettle │ 41.5  │\n│ Linen Apron   │ 18.0  │\n└───────────────┴───────┘"
)


def test_a_box_drawn_table_is_read_under_its_header_past_its_types() -> None:
    header, rows = pii_displays._box_tables(_POLARS)[0]
    assert header == ["patient_name", "dob"]
    assert [[_POLARS[a:b] for a, b in row] for row in rows] == [
        ["Liesel Amundi", "1971-08-30"],
        ["Bakari Mwinyi", "1966-01-12"],
    ]
    assert ("person_name", "Bakari Mwinyi") in _found(_POLARS)
    assert ("date_of_birth", "1966-01-12") in _found(_POLARS)


def test_a_box_drawn_table_of_products_names_no_one() -> None:
    assert _found(_PRODUCTS) == []
    assert pii_displays.tables(_PRODUCTS, _PRODUCTS.lower()) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'name: [["Renata Kowalczyk","Olumide Bankole"]]\nemail: [["r.k@poczta.example","o.b@mail.example"]]',
            "Olumide Bankole",
        ),
        (' $ name : chr  "Ilse Vandeputte" "Mathias Coene"\n $ sex  : chr  "F" "M"', "Mathias Coene"),
        ('$ name <chr> "Jorunn Aasland", "Petter Nygaard"\n$ dob  <date> 1975-04-18, 1982-11-02', "Petter Nygaard"),
        (
            "array([('Gunnhild Eriksen', 1979), ('Teodor Lindqvist', 1985)],\n"
            "      dtype=[('name', '<U20'), ('born', '<i8')])",
            "Teodor Lindqvist",
        ),
    ],
)
def test_columns_listed_by_name_and_structured_arrays_are_read_as_tables(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


_LISTED_PIECES = (
    '"name": ["Ann Oyelaran", "Bo Lindgren"]',
    "'dob' : [ '1970-01-02' , '1981-03-04' ,]",
    'name: [["Ann Oyelaran","Bo Lindgren"]]',
    ' $ name : chr  "Ann Oyelaran" "Bo Lindgren"',
    '$ name <chr> "Ann Oyelaran", "Bo Lindgren", Cy Mbeki',
    "$ age  <dbl> 41, 52",
    ' $ sex : Factor w/ 2 levels "F","M": 1 2 ',
    *("\n", "\r\n", " ", '"', "'", "[", "]", ",", ":", "$ ", "key", "\t"),
)


def test_columns_listed_by_name_are_found_as_one_search_of_their_four_shapes_finds_them() -> None:
    """Each shape is searched where it can start (quotes, line breaks), and their matches taken in order without
    overlapping: the same columns as one search of the four shapes joined, on texts mixing them and their pieces."""
    import random
    import re

    joined = re.compile(
        "|".join((pii_displays._ARROW, pii_displays._DICT, pii_displays._R_STR, pii_displays._GLIMPSE)), re.M
    )
    groups = ("values", "dvalues", "rvalues", "gvalues")
    rng = random.Random(17)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_LISTED_PIECES) for _ in range(rng.randint(1, 12)))
        expected = []
        for m in joined.finditer(text):
            group = next(g for g in groups if m.group(g) is not None)
            expected.append((group, m.group(group[:-6] + "key"), m.span(group)))
        assert pii_displays._listed(text) == expected, text
        found += len(expected)
    assert found > 10_000  # (the texts do hold listed columns, of every shape)


def test_a_listing_under_obs_reads_inverted_names() -> None:
    text = "Obs    SUBJID    NAME                SEX\n\n  1    204-011   Ferreira, Joana     F\n"
    assert ("person_name", "Ferreira, Joana") in _found(text)


def test_catalogue_and_imaging_names_are_read_in_their_elements() -> None:
    assert ("person_name", "Laredo, Tomasa, 1899-1977") in _found("<persname>Laredo, Tomasa, 1899-1977</persname>")
    text = '<xnat:field name="patient_name">Achterberg^Wim</xnat:field>'
    assert ("person_name", "Achterberg^Wim") in _found(text)
    assert _found('<xnat:field name="scanner_name">Prisma^Fit</xnat:field>') == []


def test_a_single_name_after_a_persons_label_needs_the_persons_other_data() -> None:
    assert ("person_name", "Oyelaran") in _found("Patient: Oyelaran\nDOB: 1977-02-03")
    assert _found("Patient: Oyelaran") == []
    assert _found("Patient: Stable\nWard: 4B") == []
    kinds = {
        f.kind for t in ("Name: Yusupov", "Holder: Grimaldi", "Name: Yusupov\nDOB: 1985-06-12") for f in pii.find(t)
    }
    assert pii_people.ALONE not in kinds


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2 84 05 971 12 345 16", True),  # an overseas department: three digits, then the commune's two
        ("1 91 12 2A 004 018 76", True),  # Corsica: 2A read as 19 for the key
        ("191122A00401876", True),
        ("1 91 12 2A 004 018 77", False),
        ("3 84 05 971 12 345 16", False),  # no such sex digit
        ("2 84 13 971 12 345 16", False),  # no such month
    ],
)
def test_french_social_security_numbers_of_every_department(value: str, ok: bool) -> None:
    assert fr_nir_ok(value) is ok
    assert (("fr_insee", value) in _found(f"N° de sécurité sociale : {value}")) is ok


def test_a_stata_listing_in_its_frame_is_read_under_its_header() -> None:
    text = (
        "  +-------------------------------+\n  | id        fullname        dob |\n"
        "  |-------------------------------|\n  | 17  Farida Oyelaran  03feb1977 |\n"
        "  +-------------------------------+"
    )
    assert ("person_name", "Farida Oyelaran") in _found(text)
    assert ("date_of_birth", "03feb1977") in _found(text)


def test_a_read_groups_sample_named_after_a_person_is_a_name() -> None:
    assert ("person_name", "Ngozi_Adeyemi") in _found("@RG\tID:FC1.L2\tSM:Ngozi_Adeyemi\tPL:ILLUMINA")
    assert _found("@RG\tID:FC1.L2\tSM:Tumor_Normal\tPL:ILLUMINA") == []


def test_health_certificates_name_their_holder() -> None:
    text = '{"nam": {"fn": "Nuñez", "gn": "Inés", "fnt": "NUNEZ", "gnt": "INES"}, "dob": "1964-08-12"}'
    assert {("person_name", "Nuñez"), ("person_name", "Inés"), ("person_name", "NUNEZ")} <= set(_found(text))
    text = "Surname(s) and forename(s): MBEKI Thandiwe\nDate of birth: 1988-05-05"
    assert ("person_name", "MBEKI Thandiwe") in _found(text)
    assert ("person_name", "Mbeki, Thandiwe") in _found("Surname, forename: Mbeki, Thandiwe\nDOB: 1988-05-05")

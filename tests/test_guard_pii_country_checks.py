"""An identifier beside the name of its country (on its line, or a record's `Nationality:` line) that fails that
country's check is a look-alike, and so is one whose shape is a single scheme's (Nicaragua's cédula, a health card's
ISO 7812 number, an Ecuadorian cédula after a cédula's label) failing that scheme's check; the same numbers passing
the check, and failing numbers of no named country or single scheme, are still found."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    "text",
    [
        "Cédula de identidad (Ecuador): 1713175072",
        "Ecuador — C.I. 1713175073",
        "Nationality: Ecuadorian\nID card: 1713175073",
        "Cédula (Uruguay) 3.718.092-5",
        "Taiwan national ID F231847561",
        "DNI (Perú) 40718253-7",
        "Nicaragua, cédula 281-240791-0008B",
        "Cédula (República Dominicana) 402-2345671-6",
        "Bulgaria, personal number 7523169264",
        "Polish ID card ZRA418263",
        "Ukraine, taxpayer number 3184710694",
        "Tessera sanitaria 80380000104182736450",
        "Romania, personal numeric code 2790318420017",
        "país | documento\nEcuador | 1713175072",
        "Cédula: 1713175072",
        "Cédula 281-240791-0008B",
        "Belarus, personal number: 4271183B027PB5",
        "Health card no. 80380000104182736450",
    ],
)
def test_a_number_failing_its_named_countrys_check(text: str) -> None:
    assert _values(text) == []


@every(
    ("text", "value"),
    [
        ("Cédula de identidad (Ecuador): 1713175071", "1713175071"),
        ("Nationality: Ecuadorian\nID card: 1713175071", "1713175071"),
        ("Cédula (Uruguay) 3.718.092-2", "3.718.092-2"),
        ("Taiwan national ID F231847568", "F231847568"),
        ("DNI (Perú) 40718253-2", "40718253-2"),
        ("Nicaragua, cédula 281-240791-0008Y", "281-240791-0008Y"),
        ("Cédula (República Dominicana) 402-2345671-2", "402-2345671-2"),
        ("Bulgaria, personal number 7523169263", "7523169263"),
        ("Polish ID card ZRA418261", "ZRA418261"),
        ("Ukraine, taxpayer number 3184710691", "3184710691"),
        ("Tessera sanitaria 80380000104182736453", "80380000104182736453"),
        ("Romania, personal numeric code 2790318420011", "2790318420011"),
        ("ID card: 1713175073", "1713175073"),
        ("Nationality: Ecuadorian\n\nID card: 1713175073", "1713175073"),
        ("Ecuador office. Cédula de ciudadanía (Colombia) 1.020.304.050", "1.020.304.050"),
        ("Ecuador: llamar al móvil 099 412 3378", "099 412 3378"),
        ("Cédula: 1713175071", "1713175071"),
        ("Cédula: 1020304056", "1020304056"),
        ("Cédula 281-240791-0008Y", "281-240791-0008Y"),
        ("Personal number: 4271183B027PB0", "4271183B027PB0"),
        ("Tessera sanitaria 80380000104182736453", "80380000104182736453"),
    ],
)
def test_passing_numbers_and_numbers_of_no_named_country_are_still_found(text: str, value: str) -> None:
    assert value in _values(text)

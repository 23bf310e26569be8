"""Street addresses after a label that names them, in formats no street-word rule knows (New Zealand, Singapore,
Nigeria, Japan, Korea, Finland, Turkey, Chile, Indonesia, Moldova, Andorra, Tanzania, Mongolia, Georgia), with
abbreviations and names' apostrophes inside; machines' addresses, code and prose after the same labels pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _addresses(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text) if f.kind == "street_address"]


@every(
    ("text", "value"),
    [
        ("Address: 17 Ponsonby Road, Grey Lynn, Auckland 1011", "17 Ponsonby Road, Grey Lynn, Auckland 1011"),
        (
            "Shipping address: 8 Jurong West St 61, #04-117, Singapore 640008",
            "8 Jurong West St 61, #04-117, Singapore 640008",
        ),
        (
            "Delivery address: Plot 22, Adeola Odeku Street, Victoria Island, Lagos",
            "Plot 22, Adeola Odeku Street, Victoria Island, Lagos",
        ),
        ("住所：〒530-0001 大阪府大阪市北区梅田3-1-1", "〒530-0001 大阪府大阪市北区梅田3-1-1"),
        ("주소: 부산광역시 해운대구 우동 1408", "부산광역시 해운대구 우동 1408"),
        ("Osoite: Hämeenkatu 9 A 12, 33100 Tampere", "Hämeenkatu 9 A 12, 33100 Tampere"),
        (
            "Adres: Atatürk Bulvarı No: 112 D: 4, 06680 Çankaya/Ankara",
            "Atatürk Bulvarı No: 112 D: 4, 06680 Çankaya/Ankara",
        ),
        (
            '{"customer": "Lina", "address": "Rua do Carmo 71, 1200-093 Lisboa", "vip": false}',
            "Rua do Carmo 71, 1200-093 Lisboa",
        ),
        (
            "Home address (old): Flat 4, 19 Cowley Road, Oxford OX4 1HP  Tel: 01865 123456",
            "Flat 4, 19 Cowley Road, Oxford OX4 1HP",
        ),
        (  # abbreviations before a capitalised word are no sentence's end
            "Dirección: Av. Providencia 1234, Depto 501, Providencia, Santiago 7500000",
            "Av. Providencia 1234, Depto 501, Providencia, Santiago 7500000",
        ),
        (
            "Address: Jl. Sudirman No. 45, RT 003/RW 005, Kel. Karet, Kec. Setiabudi, Jakarta Selatan 12920",
            "Jl. Sudirman No. 45, RT 003/RW 005, Kel. Karet, Kec. Setiabudi, Jakarta Selatan 12920",
        ),
        ("Address: 12 Water St, St. John's, NL A1C 1A1", "12 Water St, St. John's, NL A1C 1A1"),  # a name's apostrophe
        ("Address: 12 Water Street, Halifax, NS B3J 1A1", "12 Water Street, Halifax, NS B3J 1A1"),  # not `fax`
        (
            "Adresa: str. Ștefan cel Mare 134, ap. 12, MD-2012 Chișinău",
            "str. Ștefan cel Mare 134, ap. 12, MD-2012 Chișinău",
        ),
        ("Адреса: ул. Македонија 12/3-4, 1000 Скопје", "ул. Македонија 12/3-4, 1000 Скопје"),
        ("Adreça: Carrer Major 12, 3r 2a, AD500 Andorra la Vella", "Carrer Major 12, 3r 2a, AD500 Andorra la Vella"),
        ("Anwani: S.L.P. 1234, Mtaa wa Samora, Dar es Salaam", "S.L.P. 1234, Mtaa wa Samora, Dar es Salaam"),
        (
            "Хаяг: Сүхбаатар дүүрэг, 1-р хороо, тоот 24, Улаанбаатар 14200",
            "Сүхбаатар дүүрэг, 1-р хороо, тоот 24, Улаанбаатар 14200",
        ),
        ("მისამართი: ჭავჭავაძის გამზ. 12, ბ. 5, თბილისი 0179", "ჭავჭავაძის გამზ. 12, ბ. 5, თბილისი 0179"),
        ("Dirección: Av. Siempre Viva 742. Llamar antes de llegar.", "Av. Siempre Viva 742"),  # a sentence after it
        # no number: three or more capitalised places between commas (a village, a district, a town)
        (
            "Address: Ban Phonxay, Xaysettha District, Vientiane Capital",
            "Ban Phonxay, Xaysettha District, Vientiane Capital",
        ),
        ("Home address: Vaitele-Uta, Faleata West, Upolu, Samoa", "Vaitele-Uta, Faleata West, Upolu, Samoa"),
        ("Address: Rose Cottage, Mill Lane, Kington", "Rose Cottage, Mill Lane, Kington"),
        ("Ünvan: Nizami küçəsi 45, mənzil 12, Bakı AZ1000", "Nizami küçəsi 45, mənzil 12, Bakı AZ1000"),
        ("Adrès: Kaya Grandi 45, Willemstad, Curaçao", "Kaya Grandi 45, Willemstad, Curaçao"),
        ("Bústaður: Jónas Broncksgøta 25, FO-100 Tórshavn", "Jónas Broncksgøta 25, FO-100 Tórshavn"),
        ("Суроға: кӯчаи Рӯдакӣ 45, хонаи 12, Душанбе 734025", "кӯчаи Рӯдакӣ 45, хонаи 12, Душанбе 734025"),
        ("Enderesu: Rua Jacinto Candido 12, Bairro Pite, Dili", "Rua Jacinto Candido 12, Bairro Pite, Dili"),
        # after a sentence's words that say where a person lives or what is sent to them
        (
            "Please deliver to Caya Betico Croes 112, Oranjestad, Aruba. Call first.",
            "Caya Betico Croes 112, Oranjestad, Aruba",
        ),
        (
            "She moved to Urb. Villa Carolina, Calle 45 Bloque 12 #8, Carolina, PR 00985 last year.",
            "Urb. Villa Carolina, Calle 45 Bloque 12 #8, Carolina, PR 00985",
        ),
        ("My address is 145 Chalan Santo Papa, Hagatna, GU 96910.", "145 Chalan Santo Papa, Hagatna, GU 96910"),
        ("Send it to 12 allée des Tilleuls, 87000 Limoges. Thanks!", "12 allée des Tilleuls, 87000 Limoges"),
    ],
)
def test_an_address_after_its_label_is_found_whole(text: str, value: str) -> None:
    found = _addresses(text)
    assert value in found, found


@every(
    "text",
    [
        "IP address: 198.51.100.23",
        "Server address: 10.0.0.5:8080",
        "Email address: lina@example.org",
        "Args:\n    address: An integer representation of an IPv4 IP address.\n",
        "def connect(address: str, port: int = 443) -> None:",
        "Addresses: 3 found in 2 files",
        "Address: see section 4.2 for the format",
        "Wallet address: 0x52908400098527886E0F7030069857D2E4169EE7",
        "- `static isValid(address: string): boolean` returns true for a valid IPv4 address",
        "Address: Don't use 127.0.0.1 here",
        "Adresa IP: 10.0.0.1",
        "Ünvan: Genel Müdür Yardımcısı 2. derece",  # Turkish: a job's title
        "Ünvan: Satış Müdürü, İstanbul Bölge, Merkez",
        # no number: a template's parts, a firm's premises, a note
        "Address: Street, City, Country",
        "address: Street, Town, Postcode, Country",
        "Address: Head Office, London, United Kingdom",
        "Address: Not known, ask at reception desk",
        "Address: See above, Same as billing, N/A",
        "Addresses: two, three and four words, joined",
        # a sentence's cue before a program, a version or a room
        "We moved to Python 3.12, Django 5 and Postgres 16.",
        "The team moved to Slack in 2021, Teams in 2023.",
        "We moved to Version 2, Release Candidate 3.",
        "Ship to 3 countries, 2 regions",
        "Send it to Room 4, Building B",
    ],
)
def test_machine_addresses_code_and_prose_after_the_label_pass(text: str) -> None:
    assert not _addresses(text)

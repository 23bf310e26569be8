"""Street addresses after a label that names them, in formats no street-word rule knows (New Zealand, Singapore,
Nigeria, Japan, Korea, Finland, Turkey); machines' addresses, code and prose after the same labels pass."""

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
    ],
)
def test_machine_addresses_code_and_prose_after_the_label_pass(text: str) -> None:
    assert not _addresses(text)

"""Personal data in payment messages and files, e-invoices' parties, wallet passes, directory listings and tables
written as spreadsheet XML, SQL dumps, key-value listings or JSON rows: found by the field or column that holds it."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii

_IBAN_DE = "DE02370502990004172638"
_IBAN_FR = "FR7630006000011234567890189"
_BACS = "200000" + "43218765" + "0" + "99" + "200000" + "12345678" + "    " + "00000001250"
_BACS += "ACME PAYROLL".ljust(18) + "SALARY DEC".ljust(18) + "JONATHAN PEMBERTON"
_ABA = "1062-000 12345678 530000012500" + "JONATHAN PEMBERTON".ljust(32) + "SALARY DEC".ljust(18) + "062-000 98765432"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "kind", "value"),
    [
        (f":50K:/{_IBAN_DE}\nKATHARINA VOGELSANG\nLINDENALLEE 14\n50968 KOELN", "person_name", "KATHARINA VOGELSANG"),
        (f":59:/{_IBAN_DE}\nOLIVER PENHALIGON\n27 MILL LANE", "street_address", "27 MILL LANE"),
        (f":50F:/{_IBAN_FR}\n1/MARGAUX DELACROIX\n2/12 RUE DES LILAS\n3/FR/PARIS", "person_name", "MARGAUX DELACROIX"),
        (f":86:166?00SEPA-UEBERWEISUNG?20EREF+RENT?31{_IBAN_DE}?32KATHARINA VOGELSANG", "iban", _IBAN_DE),
        (f":86:166?00SEPA-UEBERWEISUNG?31{_IBAN_DE}?32KATHARINA VOGELSANG", "person_name", "KATHARINA VOGELSANG"),
        (_ABA, "person_name", "JONATHAN PEMBERTON"),
        (_BACS, "person_name", "JONATHAN PEMBERTON"),
        ("5260250995|PL|61109010140000071219812874|012500|Jan Kowalczyk|FV 12/2026|||", "person_name", "Jan Kowalczyk"),
        (
            "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Oliver Penhaligon</cbc:Name>"
            "</cac:PartyName></cac:Party></cac:AccountingCustomerParty>",
            "person_name",
            "Oliver Penhaligon",
        ),
        (
            "<ram:BuyerTradeParty><ram:Name>Katharina Vogelsang</ram:Name></ram:BuyerTradeParty>",
            "person_name",
            "Katharina Vogelsang",
        ),
        (
            "<CessionarioCommittente><Anagrafica><Nome>Mario</Nome></Anagrafica></CessionarioCommittente>",
            "person_name",
            "Mario",
        ),
        ("<dest><xNome>JOAO DA SILVA PEREIRA</xNome></dest>", "person_name", "JOAO DA SILVA PEREIRA"),
        ("<Individual><Name>María</Name><FirstSurname>Soler</FirstSurname></Individual>", "person_name", "Soler"),
        (
            '{"primaryFields":[{"key":"member","label":"MEMBER","value":"Katharina Vogelsang"}]}',
            "person_name",
            "Katharina Vogelsang",
        ),
        ('{"textModulesData":[{"header":"Member","body":"OLIVER PENHALIGON"}]}', "person_name", "OLIVER PENHALIGON"),
        ("Name           : Margaux Delacroix\nEnabled        : True", "person_name", "Margaux Delacroix"),
        ("DisplayName : Oliver Penhaligon\nMail : o.p@northwind-labs.co.uk", "person_name", "Oliver Penhaligon"),
        ('{"accountName": "Oliver Penhaligon"}', "person_name", "Oliver Penhaligon"),
        ("Attendee: Margaux Delacroix", "person_name", "Margaux Delacroix"),
        (
            '<Row><Cell><Data ss:Type="String">Full name</Data></Cell><Cell><Data ss:Type="String">SSN</Data></Cell>'
            '</Row>\n<Row><Cell><Data ss:Type="String">Katharina Vogelsang</Data></Cell>'
            '<Cell><Data ss:Type="String">536-22-8841</Data></Cell></Row>',
            "ssn",
            "536-22-8841",
        ),
        (
            "<table><tr><th>Name</th><th>SSN</th></tr><tr><td>Oliver Penhaligon</td><td>536-22-8841</td></tr></table>",
            "person_name",
            "Oliver Penhaligon",
        ),
        (
            "INSERT INTO customers (id, full_name, iban) VALUES (42, 'Katharina Vogelsang', 'x');",
            "person_name",
            "Katharina Vogelsang",
        ),
        (
            "CREATE TABLE `patients` (\n  `id` int NOT NULL,\n  `full_name` varchar(80),\n  `nhs_number` char(10)\n);\n"
            "INSERT INTO `patients` VALUES (1,'Oliver Penhaligon','9434765919');",
            "uk_nhs",
            "9434765919",
        ),
        (
            f"COPY public.accounts (id, holder, iban) FROM stdin;\n12\tMargaux Delacroix\t{_IBAN_FR}\n\\.",
            "person_name",
            "Margaux Delacroix",
        ),
        (
            '1) "name"\n2) "Katharina Vogelsang"\n3) "phone"\n4) "+49 151 23456789"',
            "person_name",
            "Katharina Vogelsang",
        ),
        (
            '{"values": [["Name", "Email"], ["Pieter de Vries", "p.devries@ziggo-mail.nl"]]}',
            "person_name",
            "Pieter de Vries",
        ),
    ],
)
def test_values_in_records_are_found_by_their_fields(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        ":50K:/DE02370502990004172639\nACME TRADING GMBH",
        "<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Nordlicht AB</cbc:Name></cac:PartyName>"
        "</cac:Party></cac:AccountingCustomerParty>",
        "<cac:AccountingCustomerParty></cac:AccountingCustomerParty>"
        "<cac:Item><cbc:Name>Widget Pro</cbc:Name></cac:Item>",
        '{"primaryFields":[{"key":"gate","label":"Gate","value":"B 22"}]}',
        '{"label": "Name", "value": "Build And Test"}',
        '"displayName": "Azure Pipelines"',
        "KID: 123456789012347",
        "<table><tr><th>Product</th><th>Price</th></tr><tr><td>Widget Pro</td><td>9.99</td></tr></table>",
        "INSERT INTO products (sku, title) VALUES ('W-100', 'Widget Pro');",
        '1) "queue"\n2) "Payments Retry"',
    ],
)
def test_companies_things_and_references_in_the_same_records_pass(text: str) -> None:
    assert _found(text) == []


@every(
    ("text", "name"),
    [
        ("Name: Seán Ó Briain", "Seán Ó Briain"),
        ("Name: João d'Almeida", "João d'Almeida"),
        ("Name: Conor O'Sullivan", "Conor O'Sullivan"),
        ("Name: Mary-Kate O'Brien-Smythe", "Mary-Kate O'Brien-Smythe"),
        ("Name: Abdul Rahman al-Hashimi", "Abdul Rahman al-Hashimi"),
        ("Dear Mr. O'Neill,", "Mr. O'Neill"),
        ("Oliver Penhaligon <oliver.penhaligon@fastmail.co.uk>", "Oliver Penhaligon"),
        ("Katharina Vogelsang, geb. 12.03.1984", "Katharina Vogelsang"),
        ("Margaux Delacroix · +33 6 12 34 56 78", "Margaux Delacroix"),
        ("Pieter de Vries | BSN 111222333", "Pieter de Vries"),
        ("Katharina Vogelsang\nLindenallee 14\n50968 Köln", "Katharina Vogelsang"),
        ("Contact: Margaux Delacroix, 12 rue des Lilas, 75011 Paris", "Margaux Delacroix"),
        ("Customer: Ludwig van Berg", "Ludwig van Berg"),
        ("Kontakt: Hans-Peter von und zu Guttenberg", "Hans-Peter von und zu Guttenberg"),
    ],
)
def test_names_with_particles_and_names_beside_a_persons_data(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Invoice Total | IBAN DE02 3705 0299 0004 1726 38",
        "Acme Trading GmbH <info@acme-trading.de>",
        "the Release Manager Notes Oliver Penhaligon <x.y@fastmail.co.uk>",
        "Contact: Support Team",
        "Customer: Acme Corp",
    ],
)
def test_words_beside_data_that_are_no_name_are_not_reported_as_one(text: str) -> None:
    assert [k for k, v in _found(text) if k == "person_name"] == []

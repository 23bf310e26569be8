"""Identifiers read by their label in Brazil, Colombia, Peru, Venezuela, Hungary, Slovenia, Portugal, Nigeria, Qatar,
Bangladesh and France; names after role labels in other languages; and the look-alikes that pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_be_ids, pii_latin_ids
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("check", "good", "bad"),
    [
        (pii_latin_ids.br_cnh_ok, "11065335659", "11065335650"),
        (pii_latin_ids.br_voter_ok, "717540982674", "717540982675"),
        (pii_latin_ids.br_cns_ok, "874075427755769", "874075427755760"),
        (pii_latin_ids.br_rg_ok, "90520670-8", "90520670-9"),
        (pii_latin_ids.co_nit_ok, "943.853.569-1", "943.853.569-2"),
        (pii_latin_ids.pe_ruc_ok, "20816227870", "20816227871"),
        (pii_latin_ids.pe_ruc_ok, "20816227870", "30816227870"),
        (pii_latin_ids.hu_personal_ok, "16001171685", "16001171680"),
        (pii_latin_ids.si_tax_ok, "93807791", "93807792"),
        (pii_latin_ids.pt_niss_ok, "11874770498", "11874770499"),
        (pii_latin_ids.gt_nit_ok, "4827315-5", "4827315-6"),
        (pii_latin_ids.gt_nit_ok, "30918264-6", "30918264-K"),
        (pii_be_ids.register_ok, "79490715288", "79490715289"),
        (pii_be_ids.register_ok, "05032241748", "05032241749"),
        (pii_be_ids.eid_card_ok, "591-8024637-26", "591-8024637-27"),
    ],
)
def test_each_check_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


def test_the_new_kinds_are_ones_a_policy_can_name() -> None:
    kinds = {"br_cnh", "br_voter_id", "br_cns", "br_rg", "co_cedula", "co_nit", "pe_ruc", "ve_cedula"}
    kinds |= {"hu_personal_id", "si_tax_number", "pt_niss", "ng_bvn", "qa_qid", "bd_nid"}
    assert kinds <= KNOWN_KINDS["pii"]


@every(
    ("text", "kind", "value"),
    [
        ("Motorista: CNH nº 11065335659, categoria B", "br_cnh", "11065335659"),
        ("Título de eleitor: 7175 4098 2674 (zona 041)", "br_voter_id", "7175 4098 2674"),
        ("Cartão SUS 874 0754 2775 5769", "br_cns", "874 0754 2775 5769"),
        ("RG: 42.716.903-5 SSP/SP", "br_rg", "42.716.903-5"),
        ("RG 90520670-8", "br_rg", "90520670-8"),
        ("Identificado con C.C. 79.845.123 de Bogotá", "co_cedula", "79.845.123"),
        ("Cédula de ciudadanía: 1.020.304.050", "co_cedula", "1.020.304.050"),
        ("NIT 943.853.569-1 (régimen común)", "co_nit", "943.853.569-1"),
        ("Proveedor con RUC: 20816227870", "pe_ruc", "20816227870"),
        ("C.I. V-12.345.678, Caracas", "ve_cedula", "V-12.345.678"),
        ("Cédula de identidad: E-8.416.270", "ve_cedula", "E-8.416.270"),
        ("Személyi azonosító: 16001171685", "hu_personal_id", "16001171685"),
        ("Davčna številka: 93807791", "si_tax_number", "93807791"),
        ("NISS: 11874770498", "pt_niss", "11874770498"),
        ("Número de identificação da Segurança Social 11874770498", "pt_niss", "11874770498"),
        ("Customer BVN: 22419073856", "ng_bvn", "22419073856"),
        ("QID 29179201024 (valid until 2028)", "qa_qid", "29179201024"),
        ("NID No: 19857214630592817", "bd_nid", "19857214630592817"),
        ("Carte nationale d'identité n° 880692310285", "id_card_number", "880692310285"),
        ("Titre de séjour : 7512345678", "id_card_number", "7512345678"),
        ("Contribuyente: NIT 4827315-5, Ciudad de Guatemala", "tax_id", "4827315-5"),
        ('{"nombre": "Lucía Ajú", "NIT": "30918264-6"}', "tax_id", "30918264-6"),
        ('{"nit": "943.853.569-1"}', "co_nit", "943.853.569-1"),
        ("Rijksregisternummer: 05032241748", "be_national_number", "05032241748"),
        ("INSZ-nummer 05032241748", "be_national_number", "05032241748"),
        ("NISS: 05032241748", "be_national_number", "05032241748"),
        ("Numéro BIS : 79.49.07-152.88", "be_national_number", "79.49.07-152.88"),
        ("Numéro de registre national : 05032241748", "be_national_number", "05032241748"),
        ('{"bisNumber": "79.49.07-152.88"}', "be_national_number", "79.49.07-152.88"),
        ("Kaartnummer eID: 591-8024637-26", "id_card_number", "591-8024637-26"),
        ('{"eidCardNumber": "591802463726"}', "id_card_number", "591802463726"),
    ],
)
def test_a_label_names_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "CNH nº 11065335650",  # second check digit wrong
        "Proveedor con RUC: 20816227871",
        "Davčna številka: 93807792",
        "NISS: 11874770499",
        "Cartão SUS 874 0754 2775 5760",
        "rg -n 'TODO' src/ | head -20",
        "CNS involvement noted on MRI 2024-03-01",
        "nit: fix typo in README (#1234)",
        "c.c. 3 copies to legal",
        "qid: 42",
        "BVN pending verification",
        "nid = 1234",
        "NID No: 11111111111111111",
        "NIT 4827315-6",  # check digit wrong
        "Rijksregisternummer: 05032241749",
        "Numéro BIS : 79.69.07-152.88",  # month 69: no month + 20 or + 40
        "Kaartnummer eID: 591-8024637-27",
        "Kaartnummer: 4929 1234 5678",
        "Eid al-Fitr 2026-03-20, 123-4567890-12 guests",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert _found(text) == []


@every(
    ("text", "value"),
    [
        ("Ansprechpartner: Herr Jürgen Wallbrecht", "Herr Jürgen Wallbrecht"),
        ("Rückfragen an Frau Renate Obermaier, Abteilung Einkauf", "Frau Renate Obermaier"),
        ("Nombre del cliente: Alejandro Ruiz Montoya", "Alejandro Ruiz Montoya"),
        ("Cliente: Alejandro Ruiz Montoya", "Alejandro Ruiz Montoya"),
        ("Paciente: Lucía Fernández Ortega", "Lucía Fernández Ortega"),
        ("Nom du titulaire : Camille Dufresne", "Camille Dufresne"),
        ("Mieter: Jürgen Wallbrecht", "Jürgen Wallbrecht"),
        ("Passager : Théo Marchand", "Théo Marchand"),
        ("Assicurato: Giorgio Bellandi", "Giorgio Bellandi"),
    ],
)
def test_a_role_label_in_other_languages_names_a_person(text: str, value: str) -> None:
    assert ("person_name", value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Titular: Banco Santander",
        "Kunde: Deutsche Bahn AG",
        "Mitarbeiter: Build Server",
        "Fahrgast: Max Mustermann",
    ],
)
def test_role_labels_before_companies_and_placeholders_pass(text: str) -> None:
    assert [k for k, _ in _found(text) if k == "person_name"] == []


def test_labels_are_found_in_a_long_text_too() -> None:
    filler = "The quarterly report lists shipments, returns and stock levels for each warehouse. " * 80
    text = filler + "Proveedor con RUC: 20816227870\nDavčna številka: 93807791\n" + filler
    kinds = {k for k, _ in _found(text)}
    assert {"pe_ruc", "si_tax_number"} <= kinds


@every(
    ("text", "kind", "value"),
    [
        ("Telefon (030) 1234567", "phone_number", "(030) 1234567"),
        ("Tel. (0221) 98765432, Fax folgt", "phone_number", "(0221) 98765432"),
        ("Chiamami al 333 1234567 stasera.", "phone_number", "333 1234567"),
        ("Llámame al 612345678 cuando puedas", "phone_number", "612345678"),
        ("Ruf mich an unter 0171 2345678", "phone_number", "0171 2345678"),
        ("Rappelez-moi au 0612457890", "phone_number", "0612457890"),
        ("Bel me op 0612345678", "phone_number", "0612345678"),
        ("dateOfBirth: 1985-03-07", "date_of_birth", "1985-03-07"),
        ("Geb.-Datum: 07.03.1985", "date_of_birth", "07.03.1985"),
        ("Fecha nac.: 07/03/1985", "date_of_birth", "07/03/1985"),
        ("Data de nasc.: 07/03/1985", "date_of_birth", "07/03/1985"),
        ("Née le 07/03/1985 à Lyon", "date_of_birth", "07/03/1985"),
    ],
)
def test_phones_and_birth_dates_after_more_labels(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "see (12) 345678 units",
        "(2019) 1234567",
        "Chiamami al più presto",
        "dateOfBirth: null",
        "Fecha nac.: 2024 (pendiente)",
    ],
)
def test_look_alikes_of_phones_and_birth_dates_pass(text: str) -> None:
    assert _found(text) == []

"""Personal data in papers and logs: ids of more countries after their labels (with their check digits), parties
of court papers and recipients of parcels, births written `geb. am` or `née le`, addresses in URL queries (`%40`);
the look-alikes that fail their checks, message ids and company parties pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("text", "kind", "value"),
    [
        ("Pieteikums\nPersonas kods: 160989-12880\nTālrunis: nav norādīts", "lv_personal_code", "160989-12880"),
        ("Заява на відшкодування\nРНОКПП 1197181478, рахунок у банку", "ua_rnokpp", "1197181478"),
        ('{"holder": {"iin": "940802412481", "status": "active"}}', "kz_iin", "940802412481"),
        ("Клиент: ИИН 940802412481, договор № 17", "kz_iin", "940802412481"),
        ("HMRC letter — your UTR: 20189 02461 — keep it safe", "uk_utr", "20189 02461"),
        ("Ausweisnummer M5F65CP916, ausgestellt in Leipzig", "de_id_card", "M5F65CP916"),
        ("Cartão de Cidadão n.º 74355437 8 ZX3 válido", "pt_citizen_card", "74355437 8 ZX3"),
        ("Cliente con RIF V-74923827-1 en Maracaibo", "ve_rif", "V-74923827-1"),
        ("Asegurado: DNI 96630901-1, Arequipa", "pe_dni", "96630901-1"),
    ],
)
def test_an_id_of_more_countries_is_found_after_its_label(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "РНОКПП 0655219983 не пройшов перевірку",
        "UTR 0563515500 was rejected by the portal",
        "Personas kods 160989-12881 nav derīgs",
        "Cliente con RIF V-74923827-4 (dígito inválido)",
    ],
)
def test_a_look_alike_that_fails_its_check_passes(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("UNITED STATES BANKRUPTCY COURT\nIn re: case 26-10442\nOlumide Bankole, Petitioner,\nv.", "Olumide Bankole"),
        ("Demandado: D. Ezequiel Fontana\nProcedimiento ordinario 88/2026", "Ezequiel Fontana"),
        ("Klägerin: Henrike Baumgart\nBeklagte: Stadtwerke Nord", "Henrike Baumgart"),
        ("CONSIGNEE:\nKwame Asante\n14 Ring Road East\nAccra", "Kwame Asante"),
        ("Deliver to: Ilona Várady\nDock 4, gate B", "Ilona Várady"),
    ],
)
def test_a_party_or_a_recipient_is_found(text: str, value: str) -> None:
    assert any(value in found for kind, found in _found(text) if kind == "person_name")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zeugin: Frau Aylin Demir, geb. am 03.11.1988, wohnhaft in Bremen", "03.11.1988"),
        ("Madame Élodie Marchand, née le 12/04/1979 à Nantes", "12/04/1979"),
    ],
)
def test_a_birth_date_after_geb_or_nee_is_found(text: str, value: str) -> None:
    assert ("date_of_birth", value) in _found(text)


def test_an_address_in_a_query_string_is_found() -> None:
    text = '"GET /prefs/unsubscribe?user=kofi.mensah%40mailbox.example&topic=weekly HTTP/1.1" 200'
    assert ("email", "kofi.mensah%40mailbox.example") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Message-ID: <20261202.5f1c9a77e2@mailer.example>\nX-Mailer: postal 3.1",
        "In-Reply-To: <CAE9x+q=K2@mail.example>",
        "Demandada: Transportes Iberia, S.L.\nProcedimiento 88/2026",
        "Respondent: Harbor Freight Logistics LLC",
        "Redirect to: Home Page",
        "width: 100%40px; margin: 0",
    ],
)
def test_message_ids_companies_and_ordinary_text_pass(text: str) -> None:
    assert _found(text) == []

"""Companies' and organisations' registration, tax and VAT numbers are not people's: they pass when their label or
their line names an organisation, while the same numbers of people are still found."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    "text",
    [
        "Organisation OIB: 69293670318",
        "Partita IVA 07431030159 - Ragione sociale: Rossi Forniture S.r.l.",
        "NIP firmy: 5260250995",
        "NIPC da empresa: 502004487",
        "ΑΦΜ εταιρείας: 094148866",
        "CUIT de la empresa: 30-71234567-1",
        "RUT empresa: 76.354.771-K",
        "CNPJ da empresa: 11.222.333/0001-81",
        "Company ABN 51 824 753 556",
        "법인 사업자등록번호: 220-81-62517",
        "사업자등록번호: 220-81-62517",
        "ИНН организации: 7707083893",
        "Supplier GSTIN (company): 27AAPFU0939F1ZV",
        "Company UEN: 201912345K",
        "Ondernemingsnummer: 0403.170.701",
        "VAT number: 07431030159",
        "USt-IdNr. 5260250995 (Firma Beispiel GmbH)",
        '{"vendor": {"company_number": "69293670318"}}',
        '<cac:PartyLegalEntity><cbc:CompanyID schemeID="0007">094148866</cbc:CompanyID></cac:PartyLegalEntity>',
        "Registered in England and Wales, company no. 08123456.",
    ],
)
def test_organisations_numbers_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Owner's OIB (company director): 69293670318", "hr_oib", "69293670318"),
        ("NIP właściciela firmy: 5260250995", "pl_nip", "5260250995"),
        ("개인사업자등록번호: 690-70-29313", "kr_brn", "690-70-29313"),  # a sole trader's: a person
        ("Employee of Rossi Forniture S.r.l., codice fiscale RSSMRA85T10A562S", "it_fiscal_code", "RSSMRA85T10A562S"),
        ("CUIT 27-31847262-4", "ar_cuit", "27-31847262-4"),
        ("Company phone: +32 470 12 34 56", "phone_number", "+32 470 12 34 56"),
    ],
)
def test_peoples_numbers_beside_companies_are_still_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)

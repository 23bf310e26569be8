"""Health cards of provinces, territories and US state programmes, Korean professionals' licences, driving licences
named in East-Asian languages and short driving licence numbers, read after their labels; placeholders, counts,
years and sentences between a name and a number pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("Ontario Health Card: 7281 649 305 AB", "7281 649 305 AB", "ca_health_number"),
        ("OHIP no. 7281-649-305-KT, exp 2027-03", "7281-649-305-KT", "ca_health_number"),
        ("Alberta Health Care (AHCIP) number: 48213-6709", "48213-6709", "ca_health_number"),
        ("Alberta Personal Health Number 482136709", "482136709", "ca_health_number"),
        ("Manitoba PHIN 109846573", "109846573", "ca_health_number"),
        ("Manitoba Health PHIN: 304 817 294 (registration no. 448213)", "304 817 294", "ca_health_number"),
        ("PEI Health Card #: 0073 8412", "0073 8412", "ca_health_number"),
        ("Yukon Health Care Insurance Plan no. 702 846 193", "702 846 193", "ca_health_number"),
        ("NWT Health Care Plan number: N2847193", "N2847193", "ca_health_number"),
        ("Nunavut health card 129 384 751", "129 384 751", "ca_health_number"),
        ("MCP number 1209 3847 5526", "1209 3847 5526", "health_record_number"),
        ("Medi-Cal ID: 92846137A", "92846137A", "us_medicaid_id"),
        ("Medi-Cal BIC: 90000000A95001", "90000000A95001", "us_medicaid_id"),
        ("NY Medicaid CIN: AB28461C", "AB28461C", "us_medicaid_id"),
        ("Texas Medicaid ID 518294736", "518294736", "us_medicaid_id"),
        ("AHCCCS ID: A28471936", "A28471936", "us_medicaid_id"),
        ("ProviderOne Client ID: 284719365WA", "284719365WA", "us_medicaid_id"),
        ("MassHealth ID 100284719365", "100284719365", "us_medicaid_id"),
        ("TennCare ID: 028471936", "028471936", "us_medicaid_id"),
        ("의사 면허번호: 2019-00384", "2019-00384", "medical_license"),
        ("간호사 면허 제48219호", "48219", "medical_license"),
        ("변호사 등록번호 제 8247호", "8247", "professional_license"),
        ("자격증 번호: 2019-048291", "2019-048291", "professional_license"),
        ("면허증 번호: 13-08-471925-62", "13-08-471925-62", "driver_license"),
        ("駕照號碼：A128473916", "A128473916", "driver_license"),
        ("Số GPLX: 079284716538", "079284716538", "driver_license"),
        ("Driver's licence 58201", "58201", "driver_license"),
        ("Driving licence no. T4829", "T4829", "driver_license"),
        ("Driver's license: D582-0174-3391", "D582-0174-3391", "driver_license"),
    ],
)
def test_a_card_or_licence_after_its_label_is_found_whole(text: str, value: str, kind: str) -> None:
    assert _found(text).get(value) == kind
    assert kind in KNOWN_KINDS["pii"]


@every(
    "text",
    [
        "Medicaid expansion: 4829173 enrollees in 2024",
        "Medicaid # 123456789 (from the form's instructions)",  # counts up: a placeholder
        "Medicaid ID: 111111111",
        "PHIN: 123456789",
        "NWT health plan number: 000000000",
        "Ontario Health Card: 2024-11-30",
        "MassHealth 2025 budget 4829173650 USD",
        "Alberta Health Services invoice 2024-11-30",
        "The medical assistance program covers 2847193 residents.",
        "Driving licence: 2025",  # a year
        "Driver's licence renewal costs 2024 dollars this year",
        "Driver license 1234 (sample)",
        "Driver's licence class 5",
        "Driving licence points: 3, fine 1000 GBP",
        "의사 면허 시험은 2024년에 치러졌다",  # an exam's year, a sentence after the licence's name
        "의사 면허번호는 나중에 알려드립니다. 2024년 3월",
        "간호사 면허번호 12345",
        "자격증 번호를 입력하세요",
    ],
)
def test_placeholders_counts_years_and_sentences_pass(text: str) -> None:
    kinds = {"ca_health_number", "us_medicaid_id", "health_record_number", "medical_license", "professional_license"}
    assert not (kinds | {"driver_license"}) & set(_found(text).values())

"""Identifiers and bank accounts of more countries after their labels (Bulgaria's ЛНЧ and Ukraine's УНЗР among
them), the healthcare identifier alone, phones in chat links and in Arabic-Indic digits, internationalised e-mail
domains, names in Cyrillic, Greek and Vietnamese, and the look-alikes that pass (barcodes, part numbers)."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_world_ids
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (pii_world_ids.mx_imss_ok, "44720198603", "44720198604"),
        (pii_world_ids.sv_dui_ok, "09078454-7", "09078454-8"),
        (pii_world_ids.clabe_ok, "012403297923207320", "012403297923207321"),
        (pii_world_ids.cbu_ok, "0170083128567011089236", "0170083128567011089237"),
        (pii_world_ids.au_ihi_ok, "8003600311660499", "8003600311660490"),
        (pii_world_ids.ramq_ok, "TREM 8507 1412", "TREM 8513 1412"),
        (pii_world_ids.nz_account_ok, "12-3140-0123456-00", "45-3140-0123456-00"),
        (pii_world_ids.bg_lnch_ok, "4821936045", "4821936046"),
        (pii_world_ids.ua_unzr_ok, "19800101-01234", "19801301-01234"),
    ],
)
def test_each_check_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


def test_the_new_kinds_are_ones_a_policy_can_name() -> None:
    kinds = {"sv_dui", "mx_imss", "au_ihi", "jp_residence_card", "ph_philsys", "id_npwp", "tz_nida"}
    kinds |= {"ke_national_id", "ma_cin", "tn_cin", "bg_lnch", "ua_unzr"}
    assert kinds <= KNOWN_KINDS["pii"]


@every(
    ("text", "kind", "value"),
    [
        ("Número de Seguridad Social (IMSS): 44 72 01 9860 3", "mx_imss", "44 72 01 9860 3"),
        ("NSS: 95061231007", "mx_imss", "95061231007"),
        ("DUI: 09078454-7, San Salvador", "sv_dui", "09078454-7"),
        ("Cédula de identidad personal 8-712-2345", "id_card_number", "8-712-2345"),
        ("CLABE interbancaria: 012 403 29792320732 0", "bank_account_number", "012 403 29792320732 0"),
        ("CBU 01700831 28567011089236", "bank_account_number", "01700831 28567011089236"),
        ("Account number: 12-3140-0123456-00", "bank_account_number", "12-3140-0123456-00"),
        ("BSB 062-000, Account 1234 5678", "bank_account_number", "1234 5678"),
        ("IHI: 8003 6003 1166 0499", "au_ihi", "8003 6003 1166 0499"),
        ("Healthcare identifier 8003600311660499 on file", "au_ihi", "8003600311660499"),
        ("Carte d'assurance maladie (RAMQ) : TREM 8507 1412", "ca_health_number", "TREM 8507 1412"),
        ("居留證號碼：F872101949", "tw_id", "F872101949"),
        ("在留カード番号: AB12345678CD", "jp_residence_card", "AB12345678CD"),
        ("Số định danh cá nhân: 001085012345", "vn_cccd", "001085012345"),
        ("ЕМБГ: 1503985450850", "rs_jmbg", "1503985450850"),
        ("EMBG 1503985450850", "rs_jmbg", "1503985450850"),
        ("رقم الإقامة: 2935034211", "sa_national_id", "2935034211"),
        ("TIN: 512-447-809-000", "ph_tin", "512-447-809-000"),
        ("PhilSys Card Number: 4821-0937-5512-6604", "ph_philsys", "4821-0937-5512-6604"),
        ("NPWP: 09.254.294.3-407.000", "id_npwp", "09.254.294.3-407.000"),
        ("NIDA: 19850714-12345-00012-24", "tz_nida", "19850714-12345-00012-24"),
        ("Nambari ya kitambulisho: 28456712", "ke_national_id", "28456712"),
        ("CIN: BK482913", "ma_cin", "BK482913"),
        ("ЛНЧ: 4821936045", "bg_lnch", "4821936045"),
        ("Личен номер на чужденец 1001000004, издаден в София", "bg_lnch", "1001000004"),
        ("УНЗР: 19800101-01234", "ua_unzr", "19800101-01234"),
        ('{"unzr": "19920415-00731", "surname": "Koval"}', "ua_unzr", "19920415-00731"),
        ("U.S. passport card no. C87654321", "passport_number", "C87654321"),
        ("生年月日：1985年3月7日", "date_of_birth", "1985年3月7日"),
    ],
)
def test_a_label_names_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    ("text", "kind", "value"),
    [
        ("هاتف: ٠٥٠١٢٣٤٥٦٧", "phone_number", "٠٥٠١٢٣٤٥٦٧"),
        ("Message me: https://wa.me/971501234567", "phone_number", "971501234567"),
        ("api.whatsapp.com/send?phone=5511987654321&text=oi", "phone_number", "5511987654321"),
        ("Email: info@bücher.de", "email", "info@bücher.de"),
        ("пишите: иван@пример.рф", "email", "иван@пример.рф"),
        ("[write](mailto:ana.silva+news@exemplo.com.br)", "email", "ana.silva+news@exemplo.com.br"),
        ("ФИО: Иванов Иван Иванович", "person_name", "Иванов Иван Иванович"),
        ("Ονοματεπώνυμο: Γιώργος Παπαδόπουλος", "person_name", "Γιώργος Παπαδόπουλος"),
        ("Họ và tên: Nguyễn Văn An", "person_name", "Nguyễn Văn An"),
        ("Bệnh nhân: Trần Thị Hương, 34 tuổi", "person_name", "Trần Thị Hương"),
    ],
)
def test_contact_data_and_names_in_other_scripts(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "NSS: 44720198604",  # IMSS check wrong
        "DUI: 09078454-8",
        "CLABE 012403297923207321",
        "Account number: 45-3140-0123456-00",  # no bank 45
        "IHI: 8003 6003 1166 0490",
        "EAN 4006381333924, SKU TX-118, Qty 4",  # a barcode that also passes Luhn
        "4006381333924",
        "Part no. 138-2041-7736-B",
        "std::cin >> value;",
        "Клиент: ООО Ромашка",
        "wa.me/share",
        "ЛНЧ: 4821936046",  # check digit wrong
        "Запис № 19800101-01234",  # a record number with no register's name
        "УНЗР: 19801301-01234",  # no month 13
        "Invoice 4821936045, batch 19800101-01234",
    ],
)
def test_look_alikes_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "SKU: TX-118 | EAN: 4012345678909 | Qty: 3",  # passes Luhn, named a barcode
        "SKU,EAN,Qty\nTX-118,4012345678909,3",
        "Part number: +44-7700-900461-A",
        "Email us at you@example.org",
        "Contact: user@example.com for a demo account",
    ],
)
def test_barcodes_part_numbers_and_documentation_mailboxes_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Card: 4012345678909", "credit_card", "4012345678909"),
        ("Call +44-7700-900461 tonight", "phone_number", "+44-7700-900461"),
        ("mail ann@example.com", "email", "ann@example.com"),
        ("dev@sub.example.com", "email", "dev@sub.example.com"),
    ],
)
def test_the_same_shapes_elsewhere_are_still_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "Stock Dr. Pepper soda and Mr. Clean spray on aisle 4",
        "Mr. Muscle Kitchen Cleaner 750ml",
        "Mr. Clean® Magic Eraser",
        "Dr. Martens boots on sale",
        "Dr. Oetker pizza was on offer",
        "Mrs. Meyer's hand soap, lemon verbena",
        "Miss Dior perfume",
        "Add Dr Pepper to the list",
    ],
)
def test_brands_with_a_title_in_their_name_pass(text: str) -> None:
    assert [v for k, v in _found(text) if k == "person_name"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Dr. Alvarez prescribed 20 mg daily", "Dr. Alvarez"), ("Mr. Tanaka ordered a cola", "Mr. Tanaka")],
)
def test_people_with_a_title_near_product_words_are_still_found(text: str, value: str) -> None:
    assert ("person_name", value) in _found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Số CCCD: 001 085 012 345", "vn_cccd", "001 085 012 345"),
        ("الإقامة: 2935034211", "sa_national_id", "2935034211"),
        ("ARC: F872101949", "tw_id", "F872101949"),
        ("Numéro d'assurance maladie : TREM 8507 1412", "ca_health_number", "TREM 8507 1412"),
        ("BSB 062-000 Acc 12345678", "bank_account_number", "12345678"),
    ],
)
def test_more_label_spellings(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


def _ean(first12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


@pytest.mark.parametrize("label", ["Product code", "Artikelnummer:", "Código de barras:", "Штрихкод:", "SKU"])
def test_a_barcode_under_other_names_is_no_personal_number(label: str) -> None:
    assert _found(f"{label} {_ean('490123456789')}") == []


@pytest.mark.parametrize(
    "text",
    ["Phone: +1 555 0100 (example)", "Sample number: +1 (555) 010-0199", "Format, e.g. +44 20 7946 0958"],
)
def test_phone_numbers_written_as_examples_pass(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Phone: +33 6 12 34 56 78 (home)", "+33 6 12 34 56 78"), ("RRN: 490123-4567894", "490123-4567894")],
)
def test_numbers_with_other_notes_are_still_found(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


def test_healthcare_identifiers_tried_where_8003_stands_are_those_of_a_pass_over_the_whole_text() -> None:
    """`healthcare_ids` tries its expression only where `8003` starts (every match starts there): the same matches
    as its own pass over the text, overlapping places included."""
    import random

    rng = random.Random(2)
    parts = ["8003", "8003 ", "6012", "6003 ", "1166", "1166 ", "0499", "12", " ", "-", "x", "80038003"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 9)))
        whole = [m.span() for m in pii_world_ids._IHI.finditer(text)]
        tried = pii_world_ids.matches_at(pii_world_ids._IHI, text, pii_world_ids.occurrences(text, "8003"))
        assert [m.span() for m in tried] == whole, text
        found += len(whole)
    assert found > 100

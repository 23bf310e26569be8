"""Numbers programmes, networks and banks give people, read after their labels in several wordings and containers
(SEVIS ids, VA file numbers, Known Traveler Numbers, RRB claim numbers, PTINs, USCIS receipts, IMSIs, Tajik and
Azerbaijani ids, commercial driving licences, identity cards and passports named in more languages and in table
columns, Japanese and Brazilian accounts), and licences of businesses and products, which are nobody's."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _values(text: str) -> list[str]:
    return [text[f.start : f.end] for f in pii.find(text)]


@every(
    ("text", "value"),
    [
        ("SEVIS ID: N0034871125", "N0034871125"),
        ("Student Ana Ruiz, SEVIS N0028813674, F-1 status, program end 2027-05-30", "N0028813674"),
        ('{"sevis_id": "N0031129048", "given_name": "Kwame"}', "N0031129048"),
        ("Exchange student record, SEVIS#: N0019283746, I-20 issued", "N0019283746"),
        ("VA file number: 28 417 336", "28 417 336"),
        ("Veteran: Dale Morgan, VA File No. C-21 448 903", "C-21 448 903"),
        ("Claimant's VA claim number C 31 274 889", "C 31 274 889"),
        ("va_file_number=412853307", "412853307"),
        ("Known Traveler Number: TT12B4K7Q", "TT12B4K7Q"),
        ("TSA PreCheck KTN: TT7K29Q4M", "TT7K29Q4M"),
        ("Trusted traveler KTN: 152837461", "152837461"),
        ("Global Entry PASSID 982716453", "982716453"),
        ("IMSI: 310260128374651", "310260128374651"),
        ("SIM activated, imsi=234150918273645 msisdn=+447700183264", "234150918273645"),
        ("sim_profile: imsi: 310410287364519, iccid: 8901410287364519283", "310410287364519"),
        ("ИНН (Тоҷикистон): 040128736", "040128736"),
        ("Tajik INN 520012873", "520012873"),
        ("РМА: 350128746", "350128746"),
        ("Şəxsiyyət vəsiqəsi: AZE12873645", "AZE12873645"),
        ("CDL: 3418827 (AL), class A, endorsements H N", "3418827"),
        ("Commercial driver's license: K18273645", "K18273645"),
        ("ND DL ABC128736", "ABC128736"),
        ("Carte d'identité nationale N° 08127364", "08127364"),
        ("Vehicle reg: AB12 CDE", "AB12 CDE"),
        ("RRB claim number: A123456789", "A123456789"),
        ("Railroad Retirement Board claim no. MA 412 873 645", "MA 412 873 645"),
        ("Preparer's PTIN P12873645", "P12873645"),
        ("USCIS receipt number: IOE0912873645", "IOE0912873645"),
        ("Receipt #: EAC2412873645 (I-765)", "EAC2412873645"),
        ("DIMEX: 112800412873", "112800412873"),
        ("Voter identification number: 90F5B1287364128736X", "90F5B1287364128736X"),
    ],
)
def test_programme_and_regional_numbers_are_found_after_their_labels(text: str, value: str) -> None:
    assert value in _values(text)


@every(
    ("text", "value"),
    [
        ("Pas nr.: 209471536 (Danmark)", "209471536"),
        ("passnummer 91385527 (Sverige)", "91385527"),
        ("Passnr.: 93827164", "93827164"),
        ("\u05d3\u05e8\u05db\u05d5\u05df \u05de\u05e1\u05e4\u05e8 23715584", "23715584"),
        ("Paspoortnummer: NX8273645", "NX8273645"),
        ("Pasaporte mexicano: G12873645", "G12873645"),
        (" user_id | name  | passport\n---------+-------+-----------\n    4412 | Dana  | K4938271", "K4938271"),
        ("name;passport;nationality\nL. Okafor;A09273645;NG", "A09273645"),
        ("user_id | name | passport_no\n4412 | Dana | K4938271", "K4938271"),
        ("Cuenta bancaria (Japón): 三菱UFJ銀行 本店 普通 1234567", "1234567"),
        ("当座 8273645", "8273645"),
        ("Conta corrente: Agência 1234-5, Conta 98127-3", "98127-3"),
        ("Občanský průkaz č. 212873645", "212873645"),
        ("Osobna iskaznica: 112873645", "112873645"),
        ("Лична карта №: 641287364", "641287364"),
        ("Henkilökortti nro AB1287364", "AB1287364"),
        ("Nomor paspor: B1287364", "B1287364"),
        ("Số hộ chiếu: C4128736", "C4128736"),
        ("رقم جواز السفر: A12873645", "A12873645"),
        ("شماره گذرنامه: K41287364", "K41287364"),
        ("Pasaport numarası: U12873645", "U12873645"),
        ("Passaporte: FT412873", "FT412873"),
    ],
)
def test_passports_and_accounts_in_more_words_and_columns_are_found(text: str, value: str) -> None:
    assert value in _values(text)


@every(
    "text",
    [
        "Licence number LIQ-128736 (premises licence, The Crown Inn)",
        "Contractor licence #1028736 (CSLB)",
        "Dealer licence no. D-82736 (used vehicles) renewed",
        "Liquor licence #4827364 for the clubhouse bar",
        "Software license number 4A7B-92C1-88D2 for 25 seats",
        "SEVIS fee receipt number 81273645 paid online",
        "KTN field left blank",
        "IMSI catcher detected near cell 4128 (no subscriber data)",
        "imsi: 000000000000000",
        "Order number 5102847361 shipped",
        "Invoice no. 401283775 due in 30 days",
        "Lot no. P4421873, wafer 17",
        "普通の日 1234567 件",
        "Vehicle: 2019 Honda Accord, silver",
        "Paspor expired, renewal pending",
        "Receipt #: 41287364 (coffee, 2 items)",
        "PTIN application pending",
        "Osobna iskaznica: PENDING",
    ],
)
def test_licences_of_businesses_and_things_named_like_ids_are_not_personal_data(text: str) -> None:
    assert pii.find(text) == []


def test_a_persons_licence_number_is_still_found_when_no_business_is_named() -> None:
    assert _values("License number: D1234567, expires 2028") == ["D1234567"]
    assert _values("Driver's licence: LIQ-128736") == ["LIQ-128736"]

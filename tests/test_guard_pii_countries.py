"""Identifiers of more countries and devices: check digits, labels as JSON keys, and the look-alikes that pass."""

from __future__ import annotations

import pytest
from every_case import every

from secure_mcp_gateway.guardrails import pii, pii_ids
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


@every(
    ("check", "good", "bad"),
    [
        (pii_ids.kr_rrn_ok, "9302151408445", "9302151408446"),
        (pii_ids.za_id_ok, "9107043365083", "9107043365084"),
        (pii_ids.tr_id_ok, "33832675412", "33832675413"),
        (pii_ids.il_id_ok, "952105807", "952105808"),
        (pii_ids.snils_ok, "16871800394", "16871800395"),
        (pii_ids.rfc_ok, "PELJ760521UR1", "PELJ760521UR2"),
        (pii_ids.gstin_ok, "29AAGCR5988M1ZB", "29AAGCR5988M1ZC"),
        (pii_ids.acn_ok, "007248302", "007248303"),
        (pii_ids.aba_dashed_ok, "1949-7402-6", "1949-7402-7"),
        (pii_ids.de_tax_ok, "63 405 537 807", "63 405 537 808"),
        (pii_ids.imei_ok, "353726084934531", "353726084934532"),
        (pii_ids.dk_cpr_ok, "040791-1850", "320791-1850"),
        (pii_ids.uk_licence_ok, "WOODS702188RT9KX", "WOODS713188RT9KX"),
    ],
)
def test_each_check_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


def test_the_new_kinds_are_ones_a_policy_can_name() -> None:
    assert {"za_id_number", "mac_address", "imei", "mx_rfc", "tr_id_number", "us_mbi", "vin"} <= KNOWN_KINDS["pii"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"steuer_id": "63405537807"}', "63405537807"),
        ('{"date_of_birth": "1979-11-30"}', "1979-11-30"),
        ("tc_kimlik=33832675412", "33832675412"),
        ('{"passport_no": "K80421937"}', "K80421937"),
        ("contact_phone: 612 48 93 07", "612 48 93 07"),
    ],
)
def test_a_label_written_as_a_key_with_underscores_names_its_value(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meine Steuer-ID lautet 63 405 537 807", "63 405 537 807"),
        ("Il numero di passaporto è YA4410382", "YA4410382"),
        ("Mit CPR-nummer er 040791-1850", "040791-1850"),
        ("Fødselsnummeret mitt er 01129947280", "01129947280"),
    ],
)
def test_a_value_after_a_label_and_a_verb_in_other_languages(text: str, value: str) -> None:
    assert value in [v for _, v in _found(text)]


def test_13_digit_ids_starting_with_a_birth_date_are_found_alone_by_their_checks() -> None:
    assert _found("ID 9107043365083 (RSA)") == [("za_id_number", "9107043365083")]
    assert _found("id 9302151408445") == [("kr_rrn", "9302151408445")]
    assert _found("timestamp 1733011200123") == []
    assert _found("order 9107043365084 shipped") == []


def test_mac_addresses_of_peoples_devices_but_not_fingerprints_broadcast_or_format_examples() -> None:
    assert _found("user jdoe: link/ether 5e:91:0c:a7:3b:d2 up") == [("mac_address", "5e:91:0c:a7:3b:d2")]
    assert _found("wireless adapter 7A-1C-44-E0-9B-03.") == [("mac_address", "7A-1C-44-E0-9B-03")]
    assert _found("link/ether 5e:91:0c:a7:3b:d2 up") == []  # an interface's, nothing ties it to anyone
    assert _found("fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8") == []
    assert _found("brd ff:ff:ff:ff:ff:ff") == []
    assert _found("the MAC address (ex: '5e:91:0c:a7:3b:d2')") == []
    assert _found("at 12:34:56:789 the job ended") == []


def test_card_ranges_of_more_networks() -> None:
    assert _found("card 2201 2323 3211 3259") == [("credit_card", "2201 2323 3211 3259")]  # Mir
    assert _found("uatp=107291428985987") == [("credit_card", "107291428985987")]
    assert _found("uatp=107291428985988") == []


def test_a_phone_label_takes_grouped_numbers_but_not_dates_or_words_that_hold_it() -> None:
    assert _found("Handynummer: 0171 4928 336") == [("phone_number", "0171 4928 336")]
    assert _found("Tel: 2024-05-01") == []
    assert _found("telemetry 20241130 exported") == []
    assert _found("hotel 1234567 rooms") == []


def test_labelled_vehicle_and_benefit_ids() -> None:
    assert ("vin", "2T1BURHE5JC014982") in _found("Registered owner: Ana Ruiz, VIN: 2T1BURHE5JC014982")
    assert _found("VIN: 2T1BURHE5JC014982") == []  # a vehicle nothing ties to a person
    assert _found("the VIN field must hold 17 characters") == []
    assert _found("MBI 7KQ2-HN4-TA61") == [("us_mbi", "7KQ2-HN4-TA61")]
    assert _found("GSTIN: 29AAGCR5988M1ZB") == [("in_gstin", "29AAGCR5988M1ZB")]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("name,ssn,city\nAna Ruiz,412739051,Lyon\nLeo Park,529184407,Oslo", "529184407", "ssn"),
        ("id\tpartita_iva\n17\t23201098326", "23201098326", "it_vat_code"),
        ("| Name | TC Kimlik |\n|---|---|\n| Ana | 33832675412 |", "33832675412", "tr_id_number"),
        ("customer;phone\nAna;612 48 93 07", "612 48 93 07", "phone_number"),
    ],
)
def test_values_in_the_rows_under_a_header_that_names_them(text: str, value: str, kind: str) -> None:
    assert (kind, value) in _found(text)


def test_a_header_names_only_its_own_column_and_checks_still_apply() -> None:
    rows = "".join(f"row {i} with a long description of the item,none,33832675412\n" for i in range(3, 6))
    assert _found("item,tc_kimlik,count\n" + rows) == []
    assert _found("id,tc_kimlik\n1,33832675413") == []  # wrong check digits
    assert _found("a sentence, with commas, about the ssn\nthen 12345678 items") == []


def test_ibans_with_dashes_or_in_lower_case_and_national_insurance_numbers_in_any_grouping() -> None:
    assert _found("IBAN DE57-4482-3576-2205-1901-18") == [("iban", "DE57-4482-3576-2205-1901-18")]
    assert _found("iban: de57448235762205190118") == [("iban", "de57448235762205190118")]
    assert _found("iban: de57448235762205190119") == []
    assert _found("NINO: JG 123456 C") == [("uk_nino", "JG 123456 C")]
    assert _found("ni number jg123456c") == [("uk_nino", "jg123456c")]


def test_short_licence_and_account_labels() -> None:
    assert _found("DL: D6100050") == [("driver_license", "D6100050")]
    assert _found("lic# D6100050") == [("driver_license", "D6100050")]
    assert _found("acct 77840095127") == [("bank_account_number", "77840095127")]
    assert _found("dl = load(2024123)") == []
    assert _found("handle: 12345678") == []


def test_a_header_is_the_first_line_of_its_table_and_holds_no_numbers() -> None:
    text = "Here are the records, as requested:\nname,ssn\n" + "Ana Maria Ruiz de la Fuente y Ortega,none\n" * 3
    text += "Ana,412739051"
    assert ("ssn", "412739051") in _found(text)
    rows = "name\tversion\tmonth\nphone\t1.2.0\t2024-01\n" + "".join(f"pkg{i}\t0.{i}.0\t2024-02\n" for i in range(9))
    assert _found(rows + "31213231231\t4.0.0\t2024-12\n") == []
    assert _found("mac: '01:02:03:0a:0b:0c', other: 'de:ad:be:ef:00:01'") == []


def test_full_ipv6_addresses_that_start_with_a_letter() -> None:
    text = "user laptop addr fe80:0:0:0:2c1:b3ff:fe1e:83a9 up"
    assert _found(text) == [("private_ip_address", "fe80:0:0:0:2c1:b3ff:fe1e:83a9")]
    assert _found("peer ABCD:1234:5:6:7:8:9:A") == []  # outside the global range: nobody's address


def test_more_shapes_of_listed_kinds() -> None:
    assert _found("ACN: 007 248 302") == [("au_acn", "007 248 302")]
    assert _found("255 228 196\t\tbisque") == []  # three groups of three digits alone: a colour, not a company
    assert _found("Contacto: josé.garcía@correo.es") == [("email", "josé.garcía@correo.es")]
    assert _found("my ssn is 078-05-1120") == []  # a void SSN is not a phone number either

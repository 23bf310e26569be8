"""National identifiers of more countries: check digits, native labels, ids found alone by their punctuation or
their birth date and check digits, and the look-alikes that pass."""

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
        (pii_ids.ahv_ok, "756.3047.5009.62", "756.3047.5009.63"),
        (pii_ids.cnp_ok, "2910527460034", "2910527460035"),
        (pii_ids.rut_ok, "15.872.334-4", "15.872.334-5"),
        (pii_ids.rut_ok, "9.408.153-K", "9.408.153-5"),
        (pii_ids.cuit_ok, "27-31847262-4", "27-31847262-5"),
        (pii_ids.mod11_10_ok, "47218519094", "47218519095"),
        (pii_ids.ee_ik_ok, "49203150214", "49203150215"),
        (pii_ids.cz_rc_ok, "915723/4284", "915723/4285"),
        (pii_ids.pps_ok, "8204617A", "8204617B"),
        (pii_ids.pps_ok, "8204617JA", "8204617KA"),
        (pii_ids.tw_id_ok, "K224601878", "K224601879"),
        (pii_ids.hkid_ok, "R384910(3)", "R384910(4)"),
        (pii_ids.hkid_ok, "XK602918(8)", "XK602918(9)"),
        (pii_ids.ird_ok, "082-416-307", "082-416-308"),
        (pii_ids.nhi_ok, "KRT4879", "KRT4878"),
        (pii_ids.svnr_ok, "4719 170383", "4718 170383"),
        (pii_ids.afm_ok, "047392817", "047392818"),
        (pii_ids.amka_ok, "17048301737", "17048301738"),
        (pii_ids.pt_nif_ok, "238104575", "238104576"),
        (pii_ids.nip_ok, "526-804-71-30", "526-804-71-31"),
        (pii_ids.mykad_ok, "880412-10-5533", "881312-10-5533"),
        (pii_ids.nik_ok, "3273014507890002", "3273014513890002"),
        (pii_ids.pesel_bare_ok, "92071408366", "92071408367"),
    ],
)
def test_each_new_check_tells_a_real_number_from_one_typo(check, good: str, bad: str) -> None:
    assert check(good)
    assert not check(bad)


def test_the_new_kinds_are_ones_a_policy_can_name() -> None:
    kinds = {"ch_ahv", "ro_cnp", "cl_rut", "ar_cuit", "ar_dni", "hr_oib", "ee_personal_code", "cz_birth_number"}
    kinds |= {"ie_pps", "tw_id", "hk_id", "nz_nhi", "nz_ird", "at_svnr", "gr_afm", "gr_amka", "pt_nif", "pl_nip"}
    kinds |= {"my_nric", "id_nik", "no_fnr", "pl_pesel", "dk_cpr"}
    assert kinds <= KNOWN_KINDS["pii"]


@every(
    ("text", "kind", "value"),
    [
        ("Versichertennummer 756.3047.5009.62 (Grundversicherung)", "ch_ahv", "756.3047.5009.62"),
        ("ahv 7563047500962", "ch_ahv", "7563047500962"),
        ("Sozialversicherungsnummer: 4719 170383", "at_svnr", "4719 170383"),
        ("CNP-ul meu este 2910527460034.", "ro_cnp", "2910527460034"),
        ("RUT 9408153-K", "cl_rut", "9408153-K"),
        ("Mi CUIL es 27318472624", "ar_cuit", "27318472624"),
        ("DNI: 31.847.262", "ar_dni", "31.847.262"),
        ("OIB: 47218519094", "hr_oib", "47218519094"),
        ("Minu isikukood on 49203150214", "ee_personal_code", "49203150214"),
        ("rodné číslo 9157234284", "cz_birth_number", "9157234284"),
        ("PPSN: 8204617ja", "ie_pps", "8204617ja"),
        ("身分證字號：K224601878", "tw_id", "K224601878"),
        ("HKID R384910 (3)", "hk_id", "R384910 (3)"),
        ("NHI: krt4879", "nz_nhi", "krt4879"),
        ("IRD number 82416307", "nz_ird", "82416307"),
        ("ΑΦΜ: 047392817", "gr_afm", "047392817"),
        ("AMKA 17048301737", "gr_amka", "17048301737"),
        ("NIF 238104575", "pt_nif", "238104575"),
        ("NIP: 5268047130", "pl_nip", "5268047130"),
        ("MyKad: 880412105533", "my_nric", "880412105533"),
        ("Nomor Induk Kependudukan 3273014507890002", "id_nik", "3273014507890002"),
        ("PAN card: aaqpk7391m", "in_pan", "aaqpk7391m"),
        ("codice fiscale: vrdlgu81c14f205i", "it_fiscal_code", "vrdlgu81c14f205i"),
        ("NRIC s1234567d", "sg_nric", "s1234567d"),
    ],
)
def test_a_native_label_names_its_value(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    ("text", "kind", "value"),
    [
        ("756.3047.5009.62", "ch_ahv", "756.3047.5009.62"),
        ("7563047500962", "ch_ahv", "7563047500962"),
        ("2910527460034", "ro_cnp", "2910527460034"),
        ("Titular: 15.872.334-4", "cl_rut", "15.872.334-4"),
        ("contribuyente 9.408.153-k, Santiago", "cl_rut", "9.408.153-k"),
        ("27-31847262-4", "ar_cuit", "27-31847262-4"),
        ("born 915723/4284", "cz_birth_number", "915723/4284"),
        ("Kevin Byrne, 8204617A, Dublin", "ie_pps", "8204617A"),
        ("K224601878", "tw_id", "K224601878"),
        ("holder R384910(3)", "hk_id", "R384910(3)"),
        ("4719 170383", "at_svnr", "4719 170383"),
        ("880412-10-5533", "my_nric", "880412-10-5533"),
        ("Numer 92071408366 w systemie", "pl_pesel", "92071408366"),
        ("49203150214", "ee_personal_code", "49203150214"),
        ("031298-1238", "dk_cpr", "031298-1238"),
        ("Ασφαλισμένος 17048301737", "gr_amka", "17048301737"),
    ],
)
def test_ids_with_a_strong_shape_or_a_birth_date_and_check_are_found_alone(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@every(
    "text",
    [
        "756.3047.5009.63",  # AHV check digit wrong
        "7563047500963",
        "2910527460035",  # CNP check digit wrong
        "2911327460034",  # month 13
        "Population 15.872.334-1 in the table",  # thousands with a wrong RUT check
        "27-31847262-5",
        "915723/4285",
        "Part 8204617S ships Monday",
        "K224601879",
        "R384910(4)",
        "4718 170383",
        "881312-10-5533",
        "Order number 92071408366",  # a valid PESEL named as an order number
        "invoice 49203150214",
        "92071408367",  # PESEL check wrong
        "231298-1237",  # no mod-11 CPR
        "Released 2024 120523 build",
        "NIF 238104576",
        "AMKA 17048301738",
        "OIB: 47218519095",
        "The pan is 20 cm wide",
        "run: 12345678-9 tests",
        "NIF: 123456789",  # the sequence is a placeholder, whatever its check digit
        "DNI: 31847262",  # a Spanish DNI without its letter: void, not an Argentine one
        # valid check digits, but named as a reference number
        "Order 756.3047.5009.62",
        "Invoice no. 15.872.334-4",
        "serial K224601878",
        "Part 8204617A",
        "Tracking 27-31847262-4",
        "booking ref: 031298-1238",
        "Release 4719 170383",
    ],
)
def test_look_alikes_of_the_new_ids_pass(text: str) -> None:
    assert _found(text) == []


@every(
    "text, value",
    [
        ("llámame al 612 34 56 78 por la tarde", "612 34 56 78"),
        ("Ligue para 913 482 617", "913 482 617"),
        ("Zadzwoń: 22 418 73 95", "22 418 73 95"),
        ("call me on 98104 22763", "98104 22763"),
        ("我的号码 139 2741 8530", "139 2741 8530"),
        ("Llámame: 55 4127 9038", "55 4127 9038"),
        ("oficina 11 4387-2916", "11 4387-2916"),
        ("Звоните 495 718-42-63", "495 718-42-63"),
        ("Звоните 8 (495) 718-42-63", "8 (495) 718-42-63"),
    ],
)
def test_phone_numbers_in_national_groups_are_found_without_a_prefix(text: str, value: str) -> None:
    assert ("phone_number", value) in _found(text)


@every(
    "text",
    [
        "The budget is 712 000 000 for the year",  # thousands
        "Population 912 345 678 people",
        "Total: 612 345 678",
        "€ 912 345 678",
        "uids in the 60000-64999 range",  # a range
        "Order 612 34 56 78",
        "invoice no. 913 482 617",
        "account 22 418 73 95",
        "scores 22 12 34 56",  # four pairs: no country's only grouping
        "612 34 56 78 91",  # one group too many
        "1 612 34 56 78",
        "v1.612 34 56 78",
        "set 111 222 333",
        "98104-22763",
    ],
)
def test_number_rows_amounts_and_ranges_are_not_phones(text: str) -> None:
    assert [k for k, _ in _found(text) if k == "phone_number"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("رقم الهاتف: 0501234567", "0501234567"),
        ("جوال: 0551234567", "0551234567"),
        ("تلفن: 09123456789", "09123456789"),
        ("טלפון: 052-1234567", "052-1234567"),
        ("फ़ोन: 9876543210", "9876543210"),
        ("मोबाइल 98765 43210", "98765 43210"),
    ],
)
def test_a_phone_label_in_arabic_persian_hebrew_or_hindi_names_its_number(text: str, value: str) -> None:
    pad = "The courier left the parcel at the front desk and the delivery note on the counter. " * 30
    assert ("phone_number", value) in _found(text)
    assert ("phone_number", value) in _found(pad + text), "in a long text too"


@pytest.mark.parametrize("text", ["هاتف آيفون 15 برو", "الهاتف 2024", "מחיר טלפון 1299 ש״ח", "फोन की कीमत 12999 रुपये"])
def test_a_phone_word_before_a_model_year_or_price_names_no_number(text: str) -> None:
    assert [k for k, _ in _found(text) if k == "phone_number"] == []

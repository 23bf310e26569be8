"""Bank accounts, health record numbers and tax numbers after their labels, in groups and in many languages; dates,
short numbers, other things' accounts and labels without a number pass."""

from __future__ import annotations

from every_case import every

from secure_mcp_gateway.guardrails import pii


def _found(text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.kind for f in pii.find(text)}


@every(
    ("text", "value", "kind"),
    [
        ("Sort code: 20-00-00  Account: 55779911", "55779911", "bank_account_number"),
        ("Kontonummer: 1234 56 78903", "1234 56 78903", "bank_account_number"),
        ("Numer konta: 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874", "bank_account_number"),
        ("Número de cuenta: 0049 1500 05 1234567892", "0049 1500 05 1234567892", "bank_account_number"),
        ("Bankverbindung: Konto 1234567890, BLZ 37040044", "1234567890", "bank_account_number"),
        ("A/C No: 30012345678", "30012345678", "bank_account_number"),
        ("Account number: 12-3456-7890123-00", "12-3456-7890123-00", "bank_account_number"),  # New Zealand's form
        ("Số tài khoản: 0071000123456", "0071000123456", "bank_account_number"),
        ("Nomor rekening: 123-45-678901", "123-45-678901", "bank_account_number"),
        ("口座番号：1234567", "1234567", "bank_account_number"),
        ("계좌번호: 110-123-456789", "110-123-456789", "bank_account_number"),
        ("Číslo účtu: 19-2000145399/0800", "19-2000145399/0800", "bank_account_number"),
        ("MRN: 00483921", "00483921", "health_record_number"),
        ("Medical record number: 7734201", "7734201", "health_record_number"),
        ("Patient ID: 4471-2093", "4471-2093", "health_record_number"),
        ("Health insurance ID: ZGW123456789", "ZGW123456789", "health_record_number"),
        ("Member ID: XGH839201774  Group: 00451", "XGH839201774", "health_record_number"),
        ("EHIC: 80276000010123456780", "80276000010123456780", "health_record_number"),
        ("Carte Vitale : 1 85 05 78 006 084 36", "1 85 05 78 006 084 36", "health_record_number"),
        ("Historia clínica: HC-2219034", "HC-2219034", "health_record_number"),
        ("診察券番号：0012345", "0012345", "health_record_number"),
        ("Steuernummer: 21/815/08150", "21/815/08150", "tax_number"),
        ("Numéro fiscal : 1234567890123", "1234567890123", "tax_number"),
        ("Vergi no: 1234567890", "1234567890", "tax_number"),
    ],
)
def test_a_number_after_its_label_is_found_whole(text: str, value: str, kind: str) -> None:
    assert value in _found(text)


@every(
    "text",
    [
        "Account number: 2024-05-02",  # a date
        "Account number: 12/05/2024",
        "Account no: 1234",  # too short for an account
        "Sort code: 20-00-00",
        "Patient ID: pending",
        "MRN: n/a",
        "Order number: 12345678",
        "A/C: 24 C",  # air conditioning
        "Member ID: 42",
        "Account: 123456789012",  # the bare word names a cloud account as often as a bank's
        '"Account": "123456789012"',
        "Konto: admin",
        "Konto 2024: Jahresabschluss",
        "Steuernummer: beantragt",
        "Kontonummer: 0000000000",  # a filler
        "Numer konta: 61 1090 1014 0000 0712 1981 2875",  # a Polish account that fails its check digits
        "Patient #1 of 3",
        "sns: arn:aws:sns:us-east-1:123456789012:topic",
    ],
)
def test_dates_short_numbers_and_other_accounts_pass(text: str) -> None:
    assert not {"bank_account_number", "health_record_number", "tax_number"} & set(_found(text).values())

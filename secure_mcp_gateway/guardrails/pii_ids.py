"""Personal identifiers found by the word that names them or by their own check digits: licences, national and tax
ids of more countries, and dates of birth."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from . import (
    lazy,
    pii_accounts,
    pii_be_ids,
    pii_card_words,
    pii_civil_ids,
    pii_code_words,
    pii_health_cards,
    pii_id_table,
    pii_latin_ids,
    pii_licence_words,
    pii_local_cards,
    pii_passport_words,
    pii_permits,
    pii_phone_labels,
    pii_plates,
    pii_professions,
    pii_programme_ids,
    pii_record_views,
    pii_regional_ids,
    pii_resident_ids,
    pii_school_ids,
    pii_spelled_dates,
    pii_staff_ids,
    pii_tax_ids,
    pii_world_ids,
)
from .findings import Finding
from .may_match import MayMatch
from .scan import INDEX, LONG, PER_START, Heads, Words, every_place, holds, leading_words, matches_at
from .scan import known as scan_known
from .screen import SCREEN

if TYPE_CHECKING:
    from .pii_digits import Places

DETECTOR = "pii"

# Two ways in:
# - Named: a label (`DEA #`, `voter id`, `partita IVA`, `date of birth`, `マイナンバー`) and, within a few characters
#   after it, a value of the shape that label names, which must pass that id's check where it has one. Labels are
#   found in the lower-cased text; in a long text only where the shared word index (`scan.INDEX`) says one of
#   their leading words starts, so the labels cost no pass of their own there (words not in ASCII: see `Indexed`).
# - Bare: ids whose structure and check digits are strong enough alone (a Chinese resident id, a Mexican CURP, a
#   DEA number, a Belgian national number, a Thai id written in its usual groups).


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _date_ok(yy: int, mm: int, dd: int) -> bool:
    """Whether day `dd` of month `mm` exists (29 February allowed in any year)."""
    return 1 <= mm <= 12 and 1 <= dd <= (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[mm - 1] and yy >= 0


def dea_ok(value: str) -> bool:
    """Whether `value` is a US DEA registration number: two letters and seven digits whose last is the check digit."""
    d = [int(c) for c in value[2:]]
    return len(d) == 7 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def luhn_ok(digits: str) -> bool:
    """Whether a digit string passes the Luhn checksum."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff(digits: str) -> bool:
    """Whether a digit string passes the Verhoeff checksum (Aadhaar, Nigerian NIN)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def ng_nin_ok(value: str) -> bool:
    """Whether 11 digits are a Nigerian national identification number (Verhoeff check digit)."""
    d = _digits(value)
    return len(d) == 11 and len(set(d)) > 2 and verhoeff(d)


def kr_brn_ok(value: str) -> bool:
    """Whether 10 digits are a Korean business registration number (weighted check digit)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 10:
        return False
    total = sum(a * w for a, w in zip(d[:8], (1, 3, 7, 1, 3, 7, 1, 3), strict=True)) + d[8] * 5 + d[8] * 5 // 10
    return (10 - total % 10) % 10 == d[9]


def kr_dl_ok(value: str) -> bool:
    """Whether 12 digits are a Korean driving licence number: a regional office's code first."""
    d = _digits(value)
    return len(d) == 12 and 11 <= int(d[:2]) <= 28 and d[:2] != "27" and len(set(d)) > 2


def _quersumme(digits: str, weights: tuple[int, ...]) -> int:
    return sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, weights, strict=True))


def de_rvnr_ok(value: str) -> bool:
    """Whether a German pension insurance number (`15 070649 C 103`: area, birth date, initial, serial) has its
    check digit."""
    v = value.replace(" ", "").upper()
    if len(v) != 12 or not (1 <= int(v[2:4]) <= 31 or 51 <= int(v[2:4]) <= 81) or not 1 <= int(v[4:6]) <= 12:
        return False
    return _quersumme(f"{v[:8]}{ord(v[8]) - 64:02d}{v[9:11]}", (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)) % 10 == int(v[11])


def de_kvnr_ok(value: str) -> bool:
    """Whether a German health insurance number (a letter, nine digits) has its check digit."""
    v = value.upper()
    return len(v) == 10 and _quersumme(f"{ord(v[0]) - 64:02d}{v[1:9]}", (1, 2) * 5) % 10 == int(v[9])


def ru_inn_ok(value: str) -> bool:
    """Whether 10 or 12 digits are a Russian taxpayer number (INN) with their check digits."""
    d = [int(c) for c in _digits(value)]

    def check(weights: tuple[int, ...]) -> int:
        return sum(a * w for a, w in zip(d, weights, strict=False)) % 11 % 10

    if len(d) == 10:
        return len(set(d)) > 2 and check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == d[9]
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    return len(d) == 12 and len(set(d)) > 2 and check(w11) == d[10] and check((3, *w11)) == d[11]


def philhealth_ok(value: str) -> bool:
    """Whether 12 digits are a PhilHealth identification number (weights 2..12, mod 11 check digit)."""
    d = _digits(value)
    if len(d) != 12 or len(set(d)) < 3:
        return False
    check = 11 - sum(int(c) * w for c, w in zip(d, range(2, 13), strict=False)) % 11
    return check != 10 and check % 11 == int(d[11])


def ph_tin_ok(value: str) -> bool:
    """Whether a Philippine taxpayer identification number (9 digits, or 12 with a branch code) has its check digit."""
    d = _digits(value)
    return len(d) in (9, 12) and len(set(d)) > 2 and _w(d[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11 == int(d[8])


def _not_one_digit(value: str) -> bool:
    return len(set(_digits(value))) > 2


def emirates_id_ok(value: str) -> bool:
    """Whether 15 digits are an Emirates ID (`784-YYYY-NNNNNNN-C`: the country code, a birth year, a Luhn check)."""
    d = _digits(value)
    return len(d) == 15 and d.startswith("784") and 1900 <= int(d[3:7]) <= 2099 and luhn_ok(d)


def jmbg_ok(value: str) -> bool:
    """Whether 13 digits are a JMBG/EMSO (Serbia, Slovenia, North Macedonia, Bosnia, Montenegro): a birth date
    (DDMMYYY), a region, a serial and a mod-11 check digit."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 13 or not _date_ok(0, d[2] * 10 + d[3], d[0] * 10 + d[1]):
        return False
    rest = 11 - sum(w * (d[i] + d[i + 6]) for i, w in enumerate((7, 6, 5, 4, 3, 2))) % 11
    return (0 if rest > 9 else rest) == d[12]


def egn_ok(value: str) -> bool:
    """Whether 10 digits are a Bulgarian EGN: a birth date (month + 20 or + 40 for other centuries) and a mod-11
    check digit."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 10 or not _date_ok(0, (d[2] * 10 + d[3]) % 20, d[4] * 10 + d[5]):
        return False
    rest = sum(w * a for a, w in zip(d, (2, 4, 8, 5, 10, 9, 7, 3, 6), strict=False)) % 11
    return (0 if rest == 10 else rest) == d[9]


def ir_code_ok(value: str) -> bool:
    """Whether 10 digits are an Iranian national code (weights 10..2, mod-11 check digit)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 10 or len(set(d)) < 3:
        return False
    rest = sum(a * (10 - i) for i, a in enumerate(d[:9])) % 11
    return d[9] == (rest if rest < 2 else 11 - rest)


def lv_code_ok(value: str) -> bool:
    """Whether 11 digits are a Latvian personal code: a birth date, century digit and mod-11 check digit, or the
    newer form that starts with 32 and carries no date."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    if d[0] == 3 and d[1] == 2:
        return True
    check = (1101 - sum(a * w for a, w in zip(d, (1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=False))) % 11
    return d[6] in (0, 1, 2) and _date_ok(0, d[2] * 10 + d[3], d[0] * 10 + d[1]) and check == d[10]


def ua_rnokpp_ok(value: str) -> bool:
    """Whether 10 digits are a Ukrainian taxpayer card number (RNOKPP): weighted sum mod 11 mod 10 is the last."""
    d = [int(c) for c in _digits(value)]
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return len(d) == 10 and len(set(d)) > 2 and sum(a * w for a, w in zip(d, weights, strict=False)) % 11 % 10 == d[9]


def kz_iin_ok(value: str) -> bool:
    """Whether 12 digits are a Kazakh individual identification number: YYMMDD, century and sex, serial, check."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 12 or not 1 <= d[6] <= 6 or not _date_ok(0, d[2] * 10 + d[3], d[4] * 10 + d[5]):
        return False
    check = sum(a * w for a, w in zip(d, range(1, 12), strict=False)) % 11
    if check == 10:
        check = sum(a * w for a, w in zip(d, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=False)) % 11
    return check == d[11]


def utr_ok(value: str) -> bool:
    """Whether 10 digits are a UK Unique Taxpayer Reference (the check digit first)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 10 or len(set(d)) < 3:
        return False
    return "21987654321"[sum(a * w for a, w in zip(d[1:], (6, 7, 8, 9, 10, 5, 4, 3, 2), strict=True)) % 11] == str(d[0])


def de_id_card_ok(value: str) -> bool:
    """Whether a German identity card's or passport's number (nine characters, then a 7-3-1 check digit) is one."""
    v = value.upper()
    if len(v) != 10 or not v[9].isdigit() or any(c in "AEIOUBDQS" for c in v[:9]):
        return False
    return sum(int(c, 36) * (7, 3, 1)[i % 3] for i, c in enumerate(v[:9])) % 10 == int(v[9])


def pt_cc_ok(value: str) -> bool:
    """Whether a Portuguese citizen card number (8 digits, check digit, two letters, check digit) passes its
    Luhn-like check over base-36 values."""
    v = value.replace(" ", "").upper()
    if len(v) != 12 or not v[:9].isdigit() or not v[11].isdigit():
        return False
    total = int(v[11])
    for i, c in enumerate(reversed(v[:11])):
        n = int(c, 36) * (1 if i % 2 else 2)
        total += n - 9 if n > 9 and not i % 2 else n  # a doubled value loses 9 above 9; a letter's plain value stays
    return total % 10 == 0


def ve_rif_ok(value: str) -> bool:
    """Whether a Venezuelan RIF (V, E, J, P or G, eight digits, check digit) is one."""
    v = value.replace("-", "").upper()
    if len(v) != 10 or v[0] not in "VEJPG" or not v[1:].isdigit():
        return False
    total = ("VEJPG".index(v[0]) + 1) * 4 + sum(
        int(c) * w for c, w in zip(v[1:9], (3, 2, 7, 6, 5, 4, 3, 2), strict=True)
    )
    return "00987654321"[total % 11] == v[9]


def pe_cui_ok(value: str) -> bool:
    """Whether a Peruvian DNI with its check character (CUI: digit or letter) is one."""
    v = value.replace("-", "").upper()
    if len(v) != 9 or not v[:8].isdigit():
        return False
    c = sum(int(a) * w for a, w in zip(v[:8], (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return v[8] in ("65432110987"[c], "KJIHGFEDCBA"[c])


def lu_matricule_ok(value: str) -> bool:
    """Whether 13 digits are a Luxembourg national number: a birth date, three digits, a Luhn and a Verhoeff digit."""
    d = _digits(value)
    if len(d) != 13 or not 1900 <= int(d[:4]) <= 2099 or not _date_ok(int(d[:4]), int(d[4:6]), int(d[6:8])):
        return False
    return luhn_ok(d[:11] + d[11]) and verhoeff(d[:11] + d[12])


def hu_tax_ok(value: str) -> bool:
    """Whether 10 digits are a Hungarian tax number (adóazonosító jel): 8, then digits whose sum times their
    position is the last digit mod 11."""
    d = _digits(value)
    return len(d) == 10 and d[0] == "8" and sum(int(c) * (i + 1) for i, c in enumerate(d[:9])) % 11 == int(d[9])


def md_idnp_ok(value: str) -> bool:
    """Whether 13 digits are a Moldovan personal code (IDNP): weights 7, 3, 1 mod 10."""
    d = _digits(value)
    return (
        len(d) == 13
        and _not_one_digit(d)
        and sum(int(c) * (7, 3, 1)[i % 3] for i, c in enumerate(d[:12])) % 10 == int(d[12])
    )


def kw_civil_ok(value: str) -> bool:
    """Whether 12 digits are a Kuwaiti civil id: century (2, 3), a birth date, four digits and a check digit."""
    d = _digits(value)
    if len(d) != 12 or d[0] not in "23" or not _date_ok(int(d[1:3]), int(d[3:5]), int(d[5:7])):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d, (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=False)) % 11
    return c < 10 and c == int(d[11])


def pl_id_card_ok(value: str) -> bool:
    """Whether three letters and six digits are a Polish identity card's number (its check digit is the first)."""
    v = value.replace(" ", "").upper()
    if len(v) != 9 or not v[:3].isalpha() or not v[3:].isdigit():
        return False
    values = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
    return sum(x * w for x, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=True)) % 10 == 0


def gt_cui_ok(value: str) -> bool:
    """Whether 13 digits are a Guatemalan CUI: eight digits, a check digit, a department (01-22), a municipality."""
    d = _digits(value)
    if len(d) != 13 or not 1 <= int(d[9:11]) <= 22 or d[11:] == "00":
        return False
    c = sum(int(x) * (i + 2) for i, x in enumerate(d[:8])) % 11
    return c < 10 and c == int(d[8])


def ca_health_ok(value: str) -> bool:
    """Whether a Canadian health card number passes its check: British Columbia's personal health number (9 and
    nine digits, weights mod 11), or Ontario's ten digits with a Luhn digit (and a version code)."""
    d = _digits(value)
    if len(d) != 10 or not _not_one_digit(d):
        return False
    if d[0] == "9":
        c = 11 - sum(int(x) * w for x, w in zip(d[1:9], (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
        if c < 10 and c == int(d[9]):
            return True
    return luhn_ok(d)


_EG_GOVERNORATES = frozenset({1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29})
_EG_GOVERNORATES |= {31, 32, 33, 34, 35, 88}


def eg_national_id_ok(value: str) -> bool:
    """Whether 14 digits are an Egyptian national id: century (2, 3), a birth date, a governorate and five digits."""
    d = _digits(value)
    return (
        len(d) == 14
        and d[0] in "23"
        and _date_ok(int(d[1:3]), int(d[3:5]), int(d[5:7]))
        and int(d[7:9]) in _EG_GOVERNORATES
    )


def sa_id_ok(value: str) -> bool:
    """Whether 10 digits are a Saudi national id or iqama (1 or 2 first, a Luhn check)."""
    d = _digits(value)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def lk_nic_ok(value: str) -> bool:
    """Whether a Sri Lankan NIC (`YYDDDNNNNV` or `YYYYDDDNNNNN`) holds a day of the year (+500 for women)."""
    d = _digits(value)
    day = int(d[2:5]) if len(d) == 9 else int(d[4:7]) if len(d) == 12 else 0
    return 1 <= day % 500 <= 366 and day < 867


def npi_ok(value: str) -> bool:
    """Whether 10 digits are a US National Provider Identifier (Luhn over `80840` and the number)."""
    d = _digits(value)
    return len(d) == 10 and d[0] in "12" and luhn_ok("80840" + d)


def it_vat_ok(value: str) -> bool:
    """Whether 11 digits (an `IT` prefix allowed) are an Italian VAT number (partita IVA, Luhn check digit)."""
    d = _digits(value)
    return len(d) == 11 and len(set(d)) > 2 and luhn_ok(d)


def tnin_ok(value: str) -> bool:
    """Whether 13 digits are a Thai national id (weights 13..2, mod 11 check digit)."""
    d = _digits(value)
    if len(d) != 13 or d[0] == "0":
        return False
    s = sum(int(d[i]) * (13 - i) for i in range(12))
    return (11 - s % 11) % 10 == int(d[12])


def bsn_ok(value: str) -> bool:
    """Whether 9 digits are a Dutch citizen service number (BSN, the eleven test)."""
    d = _digits(value)
    if len(d) != 9 or len(set(d)) < 3:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def no_fnr_ok(value: str) -> bool:
    """Whether 11 digits are a Norwegian national identity number (birth date, two mod-11 check digits)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 11:
        return False
    dd, mm = d[0] * 10 + d[1], d[2] * 10 + d[3]
    if not _date_ok(0, mm % 40 if mm > 40 else mm, dd - 40 if dd > 40 else dd):
        return False
    k1 = 11 - sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=False)) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False)) % 11
    return k1 % 11 == d[9] and k2 % 11 == d[10]


def my_number_ok(value: str) -> bool:
    """Whether 12 digits are a Japanese individual number (My Number, weighted mod 11 check digit)."""
    d = _digits(value)
    if len(d) != 12:
        return False
    s = sum(int(d[10 - n]) * (n + 2 if n < 6 else n - 4) for n in range(11))
    r = s % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def cn_id_ok(value: str) -> bool:
    """Whether 18 characters are a Chinese resident identity number (birth date, ISO 7064 MOD 11-2 check)."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    y, m, d = int(value[6:10]), int(value[10:12]), int(value[12:14])
    if not (1900 <= y <= 2099 and _date_ok(y, m, d)):
        return False
    s = sum(int(c) * w for c, w in zip(value, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=False))
    return "10X98765432"[s % 11] == value[17].upper()


_CURP_CHARS = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"


def curp_ok(value: str) -> bool:
    """Whether 18 characters are a Mexican CURP: a real birth date and its check digit."""
    if len(value) != 18 or not _date_ok(0, int(value[6:8]), int(value[8:10])):
        return False
    s = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - s % 10) % 10 == int(value[17])


def be_nrn_ok(value: str) -> bool:
    """Whether 11 digits are a Belgian national register or BIS number (birth date, mod 97 check for either
    century)."""
    return pii_be_ids.register_ok(value)


def kr_rrn_ok(value: str) -> bool:
    """Whether 13 digits are a Korean resident registration number (birth date, sex digit, weighted check)."""
    d = _digits(value)
    if len(d) != 13 or d[6] not in "12345678" or not _date_ok(0, int(d[2:4]), int(d[4:6])):
        return False
    total = sum(int(c) * w for c, w in zip(d, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=False))
    return (11 - total % 11) % 10 == int(d[12])


def kr_resident_ok(value: str) -> bool:
    """Whether 13 digits named a Korean resident registration number start with a birth date and a sex digit (those
    issued since October 2020 end in random digits, with no check digit)."""
    d = _digits(value)
    return len(d) == 13 and d[6] in "12345678" and _date_ok(0, int(d[2:4]), int(d[4:6])) and len(set(d[7:])) > 1


def kr_frn_ok(value: str) -> bool:
    """Whether 13 digits named a Korean foreigner registration number start with a birth date and a sex digit
    (5 to 8)."""
    return kr_resident_ok(value) and _digits(value)[6] in "5678"


def za_id_ok(value: str) -> bool:
    """Whether 13 digits are a South African identity number (birth date, citizenship 0-2, Luhn check digit)."""
    d = _digits(value)
    return len(d) == 13 and d[10] in "012" and _date_ok(0, int(d[2:4]), int(d[4:6])) and luhn_ok(d)


def dated_13(value: str) -> str | None:
    """The kind of 13 digits written alone that pass their id's check: a South African id (its 12th digit 8 or 9, as
    issued), a Korean resident number, a Swiss AHV number (`756...`) or a Romanian CNP; else None."""
    if za_id_ok(value) and value[11] in "89":
        return "za_id_number"
    if kr_rrn_ok(value):
        return "kr_rrn"
    return "ch_ahv" if ahv_ok(value) else "ro_cnp" if cnp_ok(value) else None


def imei_ok(value: str) -> bool:
    """Whether 15 digits are an IMEI (a phone's serial: Luhn check digit)."""
    d = _digits(value)
    return len(d) == 15 and len(set(d)) > 2 and luhn_ok(d)


def _iban_ok(value: str) -> bool:
    from .pii import iban_ok  # here: `pii` imports this module

    return iban_ok(value.upper())


def _nric_ok(value: str) -> bool:
    from .pii import nric_ok  # here: `pii` imports this module

    return nric_ok(value.upper())


def _fiscal_ok(value: str) -> bool:
    from .pii import fiscal_code_ok

    return fiscal_code_ok(value.upper())


def nik_ok(value: str) -> bool:
    """Whether 16 digits are an Indonesian NIK: a region code, a birth date (day + 40 for women), a serial."""
    d = _digits(value)
    return len(d) == 16 and d[:2] != "00" and _date_ok(0, int(d[8:10]), int(d[6:8]) % 40) and d[12:] != "0000"


def _nino_ok(value: str) -> bool:
    return value[:2].upper() not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def acn_ok(value: str) -> bool:
    """Whether 9 digits are an Australian Company Number (weights 8..1, complement mod 10)."""
    d = _digits(value)
    if len(d) != 9:
        return False
    return (10 - sum(int(c) * w for c, w in zip(d, (8, 7, 6, 5, 4, 3, 2, 1), strict=False)) % 10) % 10 == int(d[8])


def dk_cpr_ok(value: str) -> bool:
    """Whether 10 digits are a Danish CPR number: a birth date (DDMMYY) and four more digits."""
    d = _digits(value)
    return len(d) == 10 and _date_ok(0, int(d[2:4]), int(d[:2])) and len(set(d)) > 2


def se_pnr_ok(value: str) -> bool:
    """Whether a Swedish personal or coordination number (`YYMMDD-NNNN`, the century optional) has a birth date (day
    + 60 for a coordination number) and its Luhn check digit."""
    d = _digits(value)[-10:]
    return len(d) == 10 and _date_ok(0, int(d[2:4]), int(d[4:6]) % 60) and luhn_ok(d)


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fr_nir_ok(value: str) -> bool:
    """Whether a French social security number (NIR), written grouped or not, has a sex, a birth month, a
    department (Corsica's `2A`/`2B`, the overseas departments' three digits) and its mod-97 key."""
    v = "".join(c for c in value if c not in " .").upper()
    if len(v) != 15 or v[0] not in "1278" or not v[13:].isdigit():
        return False
    month, dept = int(v[3:5]), v[5:7]
    if not (1 <= month <= 12 or month >= 20):
        return False
    body = v[:5] + {"2A": "19", "2B": "18"}.get(dept, dept) + v[7:13]
    return body.isdigit() and 97 - int(body) % 97 == int(v[13:]) and (dept[0] == "2" or dept.isdigit())


def fi_hetu_ok(value: str) -> bool:
    """Whether a Finnish personal identity code (`DDMMYY-NNNC`) has a birth date and its check character."""
    v = value.upper()
    return _date_ok(0, int(v[2:4]), int(v[:2])) and _FI_CHECK[int(v[:6] + v[7:10]) % 31] == v[10]


def tr_id_ok(value: str) -> bool:
    """Whether 11 digits are a Turkish identity number (T.C. Kimlik No: two check digits, no leading zero)."""
    d = [int(c) for c in _digits(value)]
    if len(d) != 11 or d[0] == 0:
        return False
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def il_id_ok(value: str) -> bool:
    """Whether 8 or 9 digits are an Israeli identity number (Teudat Zehut, Luhn-style check digit)."""
    d = _digits(value)
    return len(d) in (8, 9) and len(set(d)) > 2 and luhn_ok(d)


def snils_ok(value: str) -> bool:
    """Whether 11 digits are a Russian SNILS (weighted sum of the first nine mod 101 as the last two)."""
    d = _digits(value)
    if len(d) != 11 or len(set(d[:9])) < 3:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(9)) % 101
    return (0 if total == 100 else total) == int(d[9:])


_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u00d1"


def rfc_ok(value: str) -> bool:
    """Whether 13 characters are a Mexican RFC of a person: a real date (YYMMDD) and the check character."""
    if len(value) != 13 or not _date_ok(0, int(value[6:8]), int(value[8:10])):
        return False
    rest = 11 - sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(value[:12])) % 11
    return value[12] == ("0" if rest == 11 else "A" if rest == 10 else str(rest))


_GST_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_ok(value: str) -> bool:
    """Whether 15 characters are an Indian GSTIN (state code, PAN, entity, `Z`, mod-36 check character)."""
    if len(value) != 15 or not 1 <= int(value[:2]) <= 38:
        return False
    total = 0
    for i, c in enumerate(value[:14]):
        n = _GST_CHARS.index(c) * (2 if i % 2 else 1)
        total += n // 36 + n % 36
    return _GST_CHARS[-total % 36] == value[14]


def uk_licence_ok(value: str) -> bool:
    """Whether 16 characters are a UK (DVLA) driving licence number: surname, a birth date coded as decade, month
    (plus 50 for women) and day, then initials and check characters."""
    month, day = int(value[6:8]) % 50, int(value[8:10])
    return len(value) == 16 and _date_ok(0, month, day) and value[:5] != "99999"


def aba_dashed_ok(value: str) -> bool:
    """Whether a routing number written in groups (`0110-0001-5`) passes its check (weights 3, 7, 1)."""
    d = _digits(value)
    if len(d) != 9 or d[0] not in "0123678":
        return False
    return sum(int(c) * w for c, w in zip(d, (3, 7, 1) * 3, strict=False)) % 10 == 0


def de_tax_ok(value: str) -> bool:
    """Whether 11 digits written in groups are a German tax id (see `pii.de_tax_id_ok`)."""
    d = _digits(value)
    if len(d) != 11 or d[0] == "0" or not 7 <= len(set(d[:10])) <= 9:
        return False
    product = 10
    for c in d[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(d[10])


def _w(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights, strict=False))


def ahv_ok(value: str) -> bool:
    """Whether 13 digits are a Swiss social security number (AHV/AVS: `756`, then an EAN-13 check digit)."""
    d = _digits(value)
    return len(d) == 13 and d[:3] == "756" and (10 - _w(d[:12], (1, 3) * 6) % 10) % 10 == int(d[12])


def cnp_ok(value: str) -> bool:
    """Whether 13 digits are a Romanian personal numeric code (CNP: sex 1-8, birth date, county, check digit)."""
    d = _digits(value)
    if len(d) != 13 or d[0] in "09" or not _date_ok(0, int(d[3:5]), int(d[5:7])) or not 1 <= int(d[7:9]) <= 52:
        return False
    rest = _w(d[:12], (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)) % 11
    return (1 if rest == 10 else rest) == int(d[12])


def rut_ok(value: str) -> bool:
    """Whether a Chilean RUT/RUN (`12.345.678-5`, `7654321-K`) has its mod-11 check character."""
    body, _, check = value.replace(".", "").replace(" ", "").rpartition("-")
    if not body.isdigit() or not 6 <= len(body) <= 8 or len(check) != 1:
        return False
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    rest = 11 - total % 11
    return check.upper() == ("0" if rest == 11 else "K" if rest == 10 else str(rest))


def cuit_ok(value: str) -> bool:
    """Whether 11 digits are an Argentine CUIT/CUIL (type 20-34, mod-11 check digit)."""
    d = _digits(value)
    if len(d) != 11 or d[:2] not in ("20", "23", "24", "25", "26", "27", "30", "33", "34"):
        return False
    rest = 11 - _w(d[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if rest == 11 else 9 if rest == 10 else rest) == int(d[10])


def ar_dni_ok(value: str) -> bool:
    """Whether a number is shaped as an Argentine DNI: 7 or 8 digits, from one million."""
    d = _digits(value)
    return 7 <= len(d) <= 8 and int(d) >= 1_000_000 and len(set(d)) > 2


def mod11_10_ok(value: str) -> bool:
    """Whether digits pass ISO 7064 MOD 11,10 (Croatian OIB: 11 digits)."""
    d = _digits(value)
    if len(d) != 11 or len(set(d)) < 3:
        return False
    product = 10
    for c in d[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(d[10])


def kennitala_ok(value: str) -> bool:
    """Whether 10 digits are an Icelandic kennitala (birth date DDMMYY, two digits, a mod-11 check, the century)."""
    d = _digits(value)
    if len(d) != 10 or d[9] not in "890" or not _date_ok(0, int(d[2:4]), int(d[:2]) % 40):
        return False
    rest = 11 - _w(d[:8], (3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return rest != 10 and rest % 11 == int(d[8])


def uy_ci_ok(value: str) -> bool:
    """Whether 7 or 8 digits are a Uruguayan identity card number with its check digit (`4.512.337-1`)."""
    d = _digits(value).rjust(8, "0")
    return len(d) == 8 and int(d) >= 1_000_000 and (10 - _w(d[:7], (2, 9, 8, 7, 6, 3, 4)) % 10) % 10 == int(d[7])


def ec_cedula_ok(value: str) -> bool:
    """Whether 10 digits are an Ecuadorian cédula (province 01-24 or 30, third digit below 6, a Luhn-like check)."""
    d = _digits(value)
    if len(d) != 10 or not (1 <= int(d[:2]) <= 24 or d[:2] == "30") or d[2] > "5" or len(set(d)) < 3:
        return False
    total = sum(n - 9 if n > 9 else n for n in (int(c) * (2 - i % 2) for i, c in enumerate(d[:9])))
    return (10 - total % 10) % 10 == int(d[9])


def taj_ok(value: str) -> bool:
    """Whether 9 digits are a Hungarian social security number (TAJ: weights 3 and 7, mod 10)."""
    d = _digits(value)
    return len(d) == 9 and len(set(d)) > 2 and _w(d[:8], (3, 7) * 4) % 10 == int(d[8])


def es_nss_ok(value: str) -> bool:
    """Whether 12 digits are a Spanish social security number (province 01-53, number, mod-97 check)."""
    d = _digits(value)
    if len(d) != 12 or not 1 <= int(d[:2]) <= 53 or len(set(d[2:10])) < 3:
        return False
    body = int(d[:10]) if int(d[2:10]) >= 10_000_000 else int(d[:2]) * 10_000_000 + int(d[2:10])
    return body % 97 == int(d[10:])


def pis_ok(value: str) -> bool:
    """Whether 11 digits are a Brazilian PIS/PASEP/NIT number (weighted mod-11 check digit)."""
    d = _digits(value)
    if len(d) != 11 or len(set(d)) < 3:
        return False
    rest = 11 - _w(d[:10], (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if rest >= 10 else rest) == int(d[10])


def ee_ik_ok(value: str) -> bool:
    """Whether 11 digits are an Estonian or Lithuanian personal code (sex and century 1-6, birth date, check)."""
    d = _digits(value)
    if len(d) != 11 or d[0] not in "123456" or not _date_ok(0, int(d[3:5]), int(d[5:7])):
        return False
    rest = _w(d[:10], (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if rest == 10:
        rest = _w(d[:10], (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11 % 10
    return rest == int(d[10])


def cz_rc_ok(value: str) -> bool:
    """Whether 10 digits are a Czech or Slovak birth number (rodné číslo: birth date, women's month + 50, the
    whole number divisible by 11)."""
    d = _digits(value)
    if len(d) != 10 or not _date_ok(0, int(d[2:4]) % 50 % 20, int(d[4:6])):
        return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


def pps_ok(value: str) -> bool:
    """Whether an Irish PPS number (7 digits, a check letter, maybe `A`/`W` or another letter) has its check."""
    v = value.upper().replace(" ", "")
    if not (8 <= len(v) <= 9 and v[:7].isdigit() and v[7:].isalpha()):
        return False
    extra = v[8:9]
    total = _w(v[:7], (8, 7, 6, 5, 4, 3, 2)) + (9 * (ord(extra) - 64) if extra and extra != "W" else 0)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == v[7] and len(set(v[:7])) > 2


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id_ok(value: str) -> bool:
    """Whether a Taiwanese national id (a letter, sex 1/2, eight digits) or resident certificate (2021 format: 8/9
    second) has its check digit."""
    v = value.upper()
    if len(v) != 10 or v[0] not in _TW_LETTERS or v[1] not in "1289" or not v[1:].isdigit():
        return False
    n = _TW_LETTERS.index(v[0]) + 10
    return (n // 10 + 9 * (n % 10) + _w(v[1:9], (8, 7, 6, 5, 4, 3, 2, 1)) + int(v[9])) % 10 == 0


def hkid_ok(value: str) -> bool:
    """Whether a Hong Kong identity card number (`A123456(3)`, one or two letters) has its check character."""
    v = value.upper().replace("(", "").replace(")", "").replace(" ", "")
    letters, body, check = v[:-7], v[-7:-1], v[-1]
    if not (1 <= len(letters) <= 2 and letters.isalpha() and body.isdigit()):
        return False
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    rest = (11 - (values[0] * 9 + values[1] * 8 + _w(body, (7, 6, 5, 4, 3, 2))) % 11) % 11
    return check == ("A" if rest == 10 else str(rest))


def ird_ok(value: str) -> bool:
    """Whether 8 or 9 digits are a New Zealand IRD number (two weightings, mod 11)."""
    d = _digits(value).zfill(9)
    if len(d) != 9 or not 10_000_000 < int(d) < 150_000_000:
        return False
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rest = _w(d[:8], weights) % 11
        check = 0 if rest == 0 else 11 - rest
        if check != 10:
            return check == int(d[8])
    return False


_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_ok(value: str) -> bool:
    """Whether a New Zealand NHI number (three letters, three digits, a check digit, old form) has its check."""
    v = value.upper()
    if len(v) != 7 or any(c not in _NHI_LETTERS for c in v[:3]) or not v[3:].isdigit():
        return False
    letters = sum((_NHI_LETTERS.index(c) + 1) * w for c, w in zip(v[:3], (7, 6, 5), strict=False))
    rest = (letters + _w(v[3:6], (4, 3, 2))) % 11
    return rest != 0 and (11 - rest) % 10 == int(v[6])


def svnr_ok(value: str) -> bool:
    """Whether 10 digits are an Austrian social security number (serial, check digit, birth date DDMMYY)."""
    d = _digits(value)
    if len(d) != 10 or d[0] == "0" or not _date_ok(0, int(d[6:8]), int(d[4:6])):
        return False
    return _w(d[:3] + d[4:], (3, 7, 9, 5, 8, 4, 2, 1, 6)) % 11 == int(d[3])


def afm_ok(value: str) -> bool:
    """Whether 9 digits are a Greek tax number (AFM: powers of two, mod 11 mod 10)."""
    d = _digits(value)
    if len(d) != 9 or len(set(d)) < 3:
        return False
    return sum(int(d[i]) << (8 - i) for i in range(8)) % 11 % 10 == int(d[8])


def amka_ok(value: str) -> bool:
    """Whether 11 digits are a Greek social security number (AMKA: birth date DDMMYY, Luhn check digit)."""
    d = _digits(value)
    return len(d) == 11 and _date_ok(0, int(d[2:4]), int(d[:2])) and luhn_ok(d)


def pt_nif_ok(value: str) -> bool:
    """Whether 9 digits are a Portuguese tax number (NIF: known first digits, mod-11 check digit)."""
    d = _digits(value)
    if len(d) != 9 or d[0] not in "1235689" or len(set(d)) < 3 or d in "1234567890":  # `123456789`: a placeholder
        return False
    rest = 11 - _w(d[:8], (9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return (0 if rest >= 10 else rest) == int(d[8])


def nip_ok(value: str) -> bool:
    """Whether 10 digits are a Polish tax number (NIP, weighted mod-11 check digit)."""
    d = _digits(value)
    return len(d) == 10 and len(set(d)) > 2 and _w(d[:9], (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == int(d[9])


def mykad_ok(value: str) -> bool:
    """Whether a Malaysian identity card number (`YYMMDD-PB-NNNN`) starts with a birth date and a place code."""
    d = _digits(value)
    return (
        len(d) == 12
        and _date_ok(0, int(d[2:4]), int(d[4:6]))
        and 1 <= int(d[6:8]) <= 99
        and d[6:8] not in ("00", "17", "18", "19", "20", "69", "70", "73", "80", "81", "94", "95", "96", "97")
    )


def pesel_bare_ok(value: str) -> bool:
    """Whether 11 digits are a Polish PESEL (a birth date with its century offset, a check digit)."""
    d = _digits(value)
    if len(d) != 11 or not _date_ok(0, int(d[2:4]) % 20, int(d[4:6])) or int(d[2:4]) // 20 == 4:
        return False
    return (10 - _w(d[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == int(d[10])


def bare_11(value: str) -> str | None:
    """The kind of 11 digits written alone that hold a birth date and check digits, strong enough without a word that
    names them (a Norwegian, Estonian or Lithuanian personal number, a PESEL, a Greek AMKA), or None."""
    if no_fnr_ok(value):
        return "no_fnr"
    if ee_ik_ok(value):
        return "ee_personal_code"
    if pesel_bare_ok(value):
        return "pl_pesel"
    return "gr_amka" if amka_ok(value) else None


def phone_ok(value: str) -> bool:
    """Whether digits after a phone label are a phone number: 7 to 15 digits, not a date."""
    d = _digits(value)
    return 7 <= len(d) <= 15 and len(set(d)) > 2 and _DATE.fullmatch(value) is None


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|m[äa]rz|mai|juni|juli|oktober|dezember|"
    r"janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|j[äa]nner|feber|"
    r"januari|februari|maart|mei|augustus|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|"
    + pii_spelled_dates.MORE_MONTHS
)
_DATE_BODY = (
    r"(?:(?P<y>(?:19|20|13|14)\d\d)(?:[-/]|\. ?)(?P<m>[01]?\d)(?:[-/]|\. ?)(?P<d>[0-3]?\d)"
    r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-][01]\d:?[0-5]\d)?(?![\w:.+-]))?"
    r"(?:(?<=\d)\.(?=[ \t]*(?:$|\n)))?"  # Hungarian dates end with a dot too (`1987. 03. 14.`)
    # years 13xx and 14xx first: Solar Hijri (`1365/04/12`); 25xx last: the Buddhist era (`14/03/2530`)
    r"|(?P<a>[0-3]?\d)(?:[-/]|\. ?)(?P<b>[0-3]?\d)(?:[-/]|\. ?)(?P<yy>(?:19|20|25)?\d\d)"
    rf"|[0-3]?\d(?P<s>[-/])(?:{_MONTHS})(?P=s)(?:19|20)\d\d"
    rf"|[0-3]?\d(?:st|nd|rd|th|\.)?(?: de| of)? (?:{_MONTHS})\.?,?(?: de)? (?:19|20)\d\d"
    rf"|(?:{_MONTHS})\.? [0-3]?\d(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    rf"|(?:19|20)\d\d\.? (?:{_MONTHS}) [0-3]?\d\.?"  # Hungarian: `1987. március 14.`
    rf"|(?:19|20)\d\d-(?:{_MONTHS})-[0-3]?\d"  # `1987-Mar-14`
    r"|(?:ngày )?[0-3]?\d tháng [01]?\d,? năm (?:19|20)\d\d"  # Vietnamese: `14 tháng 3 năm 1987`
    r"|\d{4}[年 ]\d{1,2}[月 ]\d{1,2}日?)(?!\d)(?![\w/.-]\d)"
)
_DATE = lazy.compile("(?i)" + _DATE_BODY)
"""A date in the usual orders and languages, whole (with the time an export writes after it: `1991-03-22T00:00:00Z`)."""
_WEEKDAY = lazy.compile(pii_spelled_dates.WEEKDAY)


def _date_of_birth(value: str) -> bool:
    """Whether a date matched by `_DATE` exists (numeric ones: as year-month-day, day-month-year or month-day-year)."""
    m = _DATE.fullmatch(value)
    if m is None:
        return False
    if m.group("y"):
        return _date_ok(1, int(m.group("m")), int(m.group("d")))
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        return _date_ok(1, b, a) or _date_ok(1, a, b)
    return True


def _spaced_month_ok(value: str) -> bool:
    """Whether a day before a month's name read as spaces is a day of a month."""
    return 1 <= int(value.split()[0]) <= 31


def _weekday_date(value: str) -> bool:
    """Whether a weekday's name and a date after it make a date (`Montag, 14. März 1987`)."""
    m = _WEEKDAY.match(value)
    return m is not None and _date_of_birth(value[m.end() :])


_ERAS = frozenset({"明治", "大正", "昭和", "平成", "令和"})
"""Japan's era names, before a year counted in the era (`昭和60年`)."""


def _spaced_date(value: str) -> bool:
    """Whether a year (or an era's year), a month and a day split by spaces make a date (`1985  3  7`)."""
    y, m, d = (int(p) for p in value.split())
    return (y >= 1900 or 1 <= y <= 99) and _date_ok(1, m, d)


def _compact_date(value: str) -> bool:
    """Whether eight digits are a date written as YYYYMMDD (a vCard's `BDAY:19840312`)."""
    return _date_ok(1, int(value[4:6]), int(value[6:8]))


def _compact_day_first(value: str) -> bool:
    """Whether eight digits are a date written as DDMMYYYY or MMDDYYYY (a USSD menu's `(DDMMYYYY)` answer)."""
    a, b = int(value[:2]), int(value[2:4])
    return _date_ok(1, b, a) or _date_ok(1, a, b)


_PHONE_VALUE = r"\+?(?:\(\+?\d{1,4}\)[ .-]?)?\d[\d ./-]{5,18}\d(?![\w-]|[./-]\d)"
"""A phone number as written after a word that names one: digits in any grouping, a country code first or not."""
_ALNUM_ID = r"(?=(?:[A-Z -]*[0-9]){4})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,18}(?![\w-])"
"""A licence or card number as written: capitals and at least four digits, single spaces or dashes between groups."""


def _any(_: str) -> bool:
    return True


def plate_ok(value: str) -> bool:
    """Whether a registration mark holds a letter and two digits itself (`Vehicle: 2019 Honda Accord` names a model
    year, the letter after it a make's)."""
    return any(c.isalpha() for c in value) and sum(c.isdigit() for c in value) >= 2


_NAME_CODED = r"[A-Z][A-Z*]{1,4}-?[A-Z*]{1,2}-?\d{3}-?[A-Z0-9*]{2}(?![\w-])"
"""A licence built from its holder's name (Manitoba's and Washington's older numbers: the surname's first five
letters, `*` for fewer, the initials, three digits and two check characters: `SMITHJW123AB`, `SMITH-JW-123-AB`)."""


def _name_coded_ok(value: str) -> bool:
    """Whether a name-built licence holds twelve characters, five letters or more before its digits."""
    compact = value.replace("-", "")
    return len(compact) == 12 and sum(c.isalpha() or c == "*" for c in compact[:7]) == 7


def _alnum_ok(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "")
    return 6 <= len(compact) <= 16 and len(set(compact)) > 3


_REGIONS = (
    *("alberta", "british columbia", "manitoba", "saskatchewan", "ontario", "quebec", "québec", "nova scotia"),
    *("new brunswick", "newfoundland", "prince edward island", "pei", "yukon", "nunavut", "northwest territories"),
    *("queensland", "new south wales", "nsw", "victorian", "tasmanian", "south australian", "western australian"),
    *("class 1", "class 2", "class 3", "class 4", "class 5", "class 7", "class a", "class b", "class c", "class d"),
)
_REGION_BEFORE = "|".join(f"(?<={r} )" for r in _REGIONS)
"""A province's, a state's or a class's name right before `licence` (`Alberta licence`, `Class 5 licence`)."""

# Each group of labels: the group's name, its labels (lower case, each starting with one of the words the shared
# index looks for, see `_LEADS`), and the values it names, each with the kind reported and the check it must pass.
_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str, Callable[[str], bool]], ...]], ...] = (
    *pii_passport_words.GROUPS,  # first: its labels hold words other groups' labels end at (`паспорт рф`)
    *pii_tax_ids.GROUPS,  # (`numéro d'identification fiscale` before `numéro d'identification`)
    (
        "dea",
        r"dea(?=[\s:#=(.\"'-])|medical licen[cs]e|prescriber",
        (("medical_license", r"[A-Z][A-Z9]\d{7}(?![\w-])", dea_ok),),
    ),
    ("npi", r"npi(?![a-z])|national provider", (("medical_license", r"\d{10}(?![\w-])", npi_ok),)),
    *pii_licence_words.GROUPS,
    (
        "driver",
        r"driver'?s?[ _-]?licen[cs]e|driving[ _-]?licen[cs]e|licen[cs]e (?:number|no\b|#)|operator'?s?[ _-]?licen[cs]e|"
        rf"(?:{_REGION_BEFORE})licen[cs]e(?! plate| key| fee| agreement| server| file| terms)|"
        r"f[üu]hrerschein|permis de conduire|patente(?: di guida)?|licencia de conducir|carteira de motorista|"
        r"rijbewijs|körkort|korkort|dl(?=[ _-]?(?:#|no\b|num)| ?[:=]| [a-z]{0,3}\d)|dln(?![a-z])|lic(?:en[cs]e)? ?#",
        (("driver_license", _ALNUM_ID, _alnum_ok), ("driver_license", _NAME_CODED, _name_coded_ok)),
    ),
    (
        "brp",
        r"brp(?: (?:number|no\b|card))?(?= ?[:#=]| [a-z]{2}[0-9x])|"
        r"biometric residence (?:permit|card)(?: number| no\b)?",
        (("residence_permit", r"[A-Z]{2}[0-9X]\d{6}(?![\w-])", _any),),
    ),
    ("rpps", r"rpps(?![a-z])|identifiant rpps", (("medical_license", r"\d{11}(?![\w-])", luhn_ok),)),
    (
        "zmr",
        r"zmr(?:[ -]?(?:zahl|nummer|number|nr\.?))?(?![a-z])|melderegister(?:zahl|nummer)?",
        (("national_id", r"\d{4} ?\d{4} ?\d{4}(?![\w-])", _alnum_ok),),
    ),
    (
        "rnm",
        r"rnm(?![a-z])|rne(?= ?[:#=])|registro nacional migrat[óo]rio|registro nacional de estrangeiros?",
        (("residence_permit", r"[A-Z]\d{6}-?[0-9A-Z](?![\w-])", _any),),
    ),
    ("ncid", r"ncid(?![a-z])", (("voter_id", r"[A-Z]{2}\d{6}(?![\w-])", _any),)),
    (
        "social_card",
        r"social card(?: number| no\b)?|public services? number|հանրային ծառայությունների համարանիշ|\bhcch\b",
        (("national_id", r"\d{10}(?![\w-])", _alnum_ok),),
    ),
    (
        "haiti",
        r"ninu(?![a-z])|num[ée]ro d'identification national unique|nif(?= ?[:#=]| \d{3}-)",
        (("national_id", r"\d{3}-\d{3}-\d{3}-\d(?![\w-])|\d{10}(?![\w-])", _alnum_ok),),
    ),
    ("nrt", r"nrt(?![a-z])|n[úu]mero de registre tributari", (("tax_id", r"[A-Z]-?\d{6}-?[A-Z](?![\w-])", _any),)),
    (
        "provincial_health",
        r"(?:nova scotia|new brunswick|newfoundland|labrador)(?: health| medicare| mcp| msi)?(?: card| number| no\b)?|"
        r"saskatchewan(?: health)?(?: services?)?(?: card| number| no\b)?|health services? (?:number|no\b|#)|"
        r"mcp(?= ?[:#=]| number| no\b| \d)",
        (
            (
                "health_record_number",
                r"\d{4} ?\d{3} ?\d{3}(?![\w-])|\d{3}[ -]?\d{3}[ -]?\d{3}(?: ?\d{3})?(?![\w-])",
                _alnum_ok,
            ),
        ),
    ),
    (
        "iraq",
        r"(?:iraqi |unified )?national card(?: number| no\b)?|البطاقة الوطنية",
        (("national_id", r"\d{12}(?![\w-])", _alnum_ok),),
    ),
    (
        "dva",
        r"dva (?:file )?(?:number|no\b|#)|(?:veteran'?s?|dva) file(?: number| no\b)?",
        (("health_record_number", r"[NVQSWT][A-Z]{0,3}\d{3,6}[A-Z]?(?![\w-])", _any),),
    ),
    (
        "voter",
        r"voter(?:'?s)?[ _-]?(?:id|card|number)|epic (?:no|number|card)|electoral (?:roll|card|id)",
        (("in_voter_id", r"[A-Z]{3}\d{7}(?![\w-])", _any), pii_programme_ids.NG_VOTER),
    ),
    (
        "vat",
        r"partita iva|p\. ?iva(?![a-z])|piva(?![a-z])|vat (?:number|no\b|id|reg)|codice iva",
        (("it_vat_code", r"(?:IT ?)?\d{11}(?![\w-])", it_vat_ok),),
    ),
    (
        "card",
        r"identity card|id card|carta d'identit|carta di identit|carta identit|documento d'identit|"
        r"personalausweis|ausweis|"
        r"carte d'identit|documento de identidad|documento nacional(?: de identidad)?|"
        r"national id(?:entity)?(?: number| card| no\b)?|"
        r"citizen id|thai (?:national )?id|tnin(?![a-z])|เลขประจำตัวประชาชน|บัตรประชาชน|"
        r"c[ée]dula(?: de identidad personal| paname[ñn]a| juvenil)|"
        r"c[ée]dula(?! prof(?:esional|issional))"
        r"(?: de (?:identidad(?: y electoral)?|ciudadan[íi]a|extranjer[íi]a|identidade))?|"
        r"c\.i\.(?![a-z])|"
        # `CI:` as a cédula's label, not a build server's (`CI #4821 passed`, `CI: 20240315 on main failed`)
        r"ci(?=[ \t]*:)(?![^\n]{0,60}(?:build|pipeline|pass(?:ed|ing)|fail(?:ed|ing)|workflow|commit|branch|"
        r"runner|job|jenkins|github|gitlab|travis|circleci))|"
        r"carte nationale d'identit|cni(?![a-z])|pi[èe]ce d'identit|titre de s[ée]jour",
        (
            ("ve_cedula", pii_latin_ids.VE_CEDULA, pii_latin_ids.varied),
            ("th_tnin", r"\d[ -]?\d{4}[ -]?\d{5}[ -]?\d\d[ -]?\d(?![\w-])", tnin_ok),
            ("it_identity_card", r"[A-Z]{2}\d{5}[A-Z]{2}(?![\w-])|[A-Z]{2} ?\d{7}(?![\w-])", _any),
            ("uy_ci", r"\d\.?\d{3}\.?\d{3}-\d(?![\w.-])", uy_ci_ok),
            ("ec_cedula", r"\d{10}(?![\w-])|\d{9}-\d(?![\w-])", ec_cedula_ok),
            ("ar_dni", r"\d{1,2}\.\d{3}\.\d{3}(?![\w.-]|,\d)", ar_dni_ok),
            ("co_cedula", pii_latin_ids.CO_CEDULA, pii_latin_ids.co_cc_ok),
            ("de_id_card", r"[0-9CFGHJKLMNPRTVWXYZ]{9}\d(?![\w-])", de_id_card_ok),
            pii_regional_ids.RW_NID,
            ("id_card_number", _ALNUM_ID, _alnum_ok),
        ),
    ),
    (
        "vehicle",
        r"vehicle(?! identification)(?: registration| reg\b| no\b| number| plate)?|"
        r"registration (?:no\b|number|plate|mark)|number plate|licen[cs]e plate|reg\. no\b|kennzeichen|"
        r"plaque d'immatriculation|matr[íi]cula|targa",
        (
            (
                "vehicle_registration",
                r"(?=(?:[A-Z -]*[0-9]){2})(?=(?:[0-9 -]*[A-Z]){1})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){3,14}(?![\w-])",
                plate_ok,
            ),
        ),
    ),
    (
        "uen",
        r"uen(?=[\s:#=(.\"'-])|unique entity number",
        (("sg_uen", r"(?:\d{8,9}|(?:19|20)\d{7}|[STR]\d\d[A-Z]{2}\d{4})[A-Z](?![\w-])", _any),),
    ),
    (
        "bsn",
        r"bsn(?![a-z])|burgerservicenummer|sofinummer",
        (("nl_bsn", r"\d{4}\.?\d\d\.?\d{3}(?![\w-])|\d{9}(?![\w-])", bsn_ok),),
    ),
    (
        "fnr",
        r"f[øo]dselsnummer|personnummer|personal identity number|national identity number|personnr|fnr(?![a-z])",
        (
            ("no_fnr", r"\d{6} ?\d{5}(?![\w-])", no_fnr_ok),
            ("se_personnummer", r"(?:19|20)?\d{6}[-+]?\d{4}(?![\w-])", se_pnr_ok),
        ),
    ),
    (
        "hetu",
        r"henkil[öo]tunnus|hetu(?![a-z])|sosiaaliturvatunnus|personbeteckning",
        (("fi_hetu", r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\w-])", fi_hetu_ok),),
    ),
    (
        "nir",
        r"nir(?![a-z])|insee(?![a-z])|s[ée]curit[ée] sociale|s[ée]cu(?![a-z])",
        (("fr_insee", r"[1278](?:[ .]?\d){4}[ .]?(?:\d[ .]?\d|2[AB])(?:[ .]?\d){8}(?![\w-])", fr_nir_ok),),
    ),
    (
        "mynumber",
        r"my ?number|individual number|マイナンバー|個人番号",
        (
            ("jp_my_number", r"\d{4}([ -]?)\d{4}\1\d{4}(?![\w-])", my_number_ok),
            # `my number is ...`: English for one's phone number, when not in the groups of a My Number
            ("phone_number", r"(?!\d{4}([ -]?)\d{4}\1\d{4}(?![\w-]))" + _PHONE_VALUE, phone_ok),
        ),
    ),
    ("acn", r"acn(?![a-z])|australian company number", (("au_acn", r"\d{3} ?\d{3} ?\d{3}(?![\w-])", acn_ok),)),
    ("imei", r"imei(?![a-z])", (("imei", r"\d{2}([- ]?)\d{6}\1\d{6}\1\d(?![\w-])", imei_ok),)),
    (
        "vin",
        r"vin(?![a-z])|vehicle identification number|fahrgestellnummer",
        (("vin", r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-HJ-NPR-Z0-9]{17}(?![\w-])", _any),),
    ),
    (
        "mac",
        r"mac(?: address)?(?![a-z])|hardware address|physical address",
        (("mac_address", r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w-]|\.\w)", _any),),
    ),
    (
        "iban",
        r"iban(?![a-z])",
        (("iban", r"[A-Za-z]{2}\d\d(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])", _iban_ok),),
    ),
    (
        "nino",
        r"national insurance(?: number| no\b)?|ni (?:number|no\b)|nino(?![a-z])",
        (("uk_nino", r"(?i)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D](?![\w-])", _nino_ok),),
    ),
    ("cpr", r"cpr(?:-?n(?:umme)?r)?(?![a-z])", (("dk_cpr", r"\d{6}-?\d{4}(?![\w-])", dk_cpr_ok),)),
    (
        "trid",
        r"t\.? ?c\.? kimlik(?: no| numara[^\W\d_]*)?|kimlik (?:no|numara)|tckn(?![a-z])|"
        r"turkish (?:national )?id(?:entity)? (?:number|no\b)",
        (("tr_id_number", r"\d{11}(?![\w-])", tr_id_ok),),
    ),
    (
        "ilid",
        r"teudat zehut|mispar zehut|\u05ea\u05e2\u05d5\u05d3\u05ea \u05d6\u05d4\u05d5\u05ea|"
        r"\u05de\u05e1\u05e4\u05e8 \u05d6\u05d4\u05d5\u05ea|israeli id(?:entity)?",
        (("il_id_number", r"\d{8,9}(?![\w-])", il_id_ok),),
    ),
    (
        "rrn",
        r"rrn(?![a-z])|resident registration|\uc8fc\ubbfc\ub4f1\ub85d\ubc88\ud638|\uc8fc\ubbfc\ubc88\ud638",
        (("kr_rrn", r"\d{6}-?\d{7}(?![\w-])", kr_resident_ok),),
    ),
    (
        "frn",
        r"\uc678\uad6d\uc778(?:\ub4f1\ub85d)?\ubc88\ud638|(?:foreigner|alien) registration(?: number| no\b| card)?|"
        r"frn(?![a-z])",
        (("kr_frn", r"\d{6}-?\d{7}(?![\w-])", kr_frn_ok),),
    ),
    (
        "brn",
        r"\uc0ac\uc5c5\uc790(?:\ub4f1\ub85d)?\ubc88\ud638|business registration (?:number|no\b)|brn(?![a-z])",
        (("kr_brn", r"\d{3}-?\d{2}-?\d{5}(?![\w-])", kr_brn_ok),),
    ),
    (
        "krdl",
        r"\uc6b4\uc804\uba74\ud5c8(?:\ubc88\ud638|\uc99d)?|\uba74\ud5c8\ubc88\ud638",
        (("driver_license", r"\d\d([- ]?)\d\d\1\d{6}\1\d\d(?![\w-])", kr_dl_ok),),
    ),
    (
        "cjkpassport",
        r"\uc5ec\uad8c(?:\ubc88\ud638)?|\u65c5\u5238\u756a\u53f7|\u30d1\u30b9\u30dd\u30fc\u30c8\u756a\u53f7|"
        r"\u62a4\u7167(?:\u53f7\u7801?)?|\u8b77\u7167(?:\u865f\u78bc)?",
        (("passport_number", r"[A-Z]{1,2}\d{7,8}(?![\w-])|[MSROD]\d{3}[A-Z]\d{4}(?![\w-])", _any),),
    ),
    (
        "passport",
        r"[úu]tlev[ée]l(?:sz[áa]m)?|διαβατ[ήη]ρ[ιί]ου?|potni list|putovnic[ae]|cestovn[íi](?:ho)? pasu?",
        (("passport_number", r"(?=[A-Z\d]{8,9}(?![\w-]))[A-Z]{0,2}\d{6,9}(?![\w-])", _not_one_digit),),
    ),
    (
        "emirates",
        r"emirates id(?: number| no\b)?|الهوية الإماراتية",
        (("ae_emirates_id", r"784-?\d{4}-?\d{7}-?\d(?![\w-])", emirates_id_ok),),
    ),
    (
        "jmbg",
        r"jmbg|emš?s?o(?![a-z])|emso(?![a-z])|матични број|јмбг|embg|ембг|(?:единствен )?матичен број|"
        r"edinstven maticen broj|maticen broj|enotna mati[čc]na [šs]tevilka(?: ob[čc]ana)?",
        (("rs_jmbg", r"\d{13}(?![\w-])", jmbg_ok),),
    ),
    ("egn", r"егн|egn(?![a-z])", (("bg_egn", r"\d{10}(?![\w-])", egn_ok),)),
    (
        "ircode",
        r"کد ملی|code melli|kod-?e melli|iranian national (?:code|id)",
        (("ir_national_code", r"\d{3}-?\d{6}-?\d(?![\w-])", ir_code_ok),),
    ),
    (
        "iqama",
        r"iqama|muqeem|هوية وطنية|رقم الهوية|رقم الإقامة|رقم الاقامة|هوية مقيم|الإقامة|الاقامة|إقامة|"
        r"saudi (?:national )?id|residence permit(?: number| no\b)?|resident id",
        (("sa_national_id", r"\d{10}(?![\w-])", sa_id_ok),),
    ),
    (
        "cnic",
        r"cnic|computeri[sz]ed national identity card|nicop",
        (("pk_cnic", r"\d{5}-?\d{7}-?\d(?![\w-])", _not_one_digit),),
    ),
    (
        "cccd",
        r"cccd|căn cước(?: công dân)?|cmnd|chứng minh nhân dân|can cuoc|(?:số )?định danh(?: cá nhân)?|"
        r"mã định danh|so dinh danh|dinh danh ca nhan",
        (("vn_cccd", r"\d{12}(?![\w-])|\d{9}(?![\w-])|\d{3}([ .])\d{3}\1\d{3}\1\d{3}(?![\w-])", _not_one_digit),),
    ),
    (
        "lknic",
        r"nic(?: no\b| number)?(?![a-z])",
        (("lk_nic", r"\d{9}[VvXx](?![\w-])|(?:19|20)\d{10}(?![\w-])", lk_nic_ok), pii_regional_ids.MU_NIC),
    ),
    (
        "nin",
        r"nin(?![a-z])|national identification (?:number|no\b)|nimc(?![a-z])",
        (("ng_nin", r"\d{11}(?![\w-])", ng_nin_ok), pii_regional_ids.UG_NIN, pii_regional_ids.DZ_NIN),
    ),
    (
        "kvnr",
        r"kranken(?:versicherten|versicherungs)-?n(?:ummer|r)|versichertenn(?:ummer|r)|kvnr(?![a-z])",
        (("de_health_insurance", r"[A-Z]\d{9}(?![\w-])", de_kvnr_ok),),
    ),
    (
        "inn",
        r"инн(?![а-я])|taxpayer number|"
        r"идентификационный "
        r"номер налогоплательщика",
        (("ru_inn", r"\d{10}(?:\d\d)?(?![\w-])", ru_inn_ok),),
    ),
    (
        "rupassport",
        r"паспорт[а-я]*|серия(?: и номер)?",
        (("passport_number", r"\d\d ?\d\d ?\d{6}(?![\w-])", _not_one_digit),),
    ),
    (
        "philhealth",
        r"philhealth(?: (?:number|no\b|id|pin))?",
        (("ph_philhealth", r"\d\d-?\d{9}-?\d(?![\w-])", philhealth_ok),),
    ),
    (
        "phtin",
        r"tin(?![a-z])|taxpayer identification number|bir tin",
        (
            ("ph_tin", r"\d{3}-?\d{3}-?\d{3}(?:-?\d{3})?(?![\w-])", ph_tin_ok),
            ("ph_tin", r"\d{3}-\d{3}-\d{3}(?:-\d{3,5})?(?![\w-])", pii_world_ids.varied),
        ),
    ),
    (
        "umid",
        r"umid(?![a-z])|unified multi-?purpose id|common reference number|crn(?![a-z])",
        (("ph_umid", r"\d{4}-?\d{7}-?\d(?![\w-])", _not_one_digit),),
    ),
    (
        "zaid",
        r"(?:south african |sa |rsa )?id(?:entity)? (?:number|no\b|nommer)|identity number|id-nommer|"
        r"identiteitsnommer",
        (("za_id_number", r"\d{6} ?\d{4} ?\d{3}(?![\w-])", za_id_ok),),
    ),
    (
        "snils",
        r"snils|снилс",
        (("ru_snils", r"\d{3}-?\d{3}-?\d{3}[ -]?\d\d(?![\w-])", snils_ok),),
    ),
    (
        "rfc",
        r"rfc(?![a-z0-9])|registro federal de contribuyentes",
        (("mx_rfc", r"[A-Z&\u00d1]{4}\d{6}[A-Z0-9]{2}[0-9A](?![\w-])", rfc_ok),),
    ),
    (
        "gstin",
        r"gstin|gst(?: ?(?:no\b|number|reg|#|id))",
        (("in_gstin", r"\d\d[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![\w-])", gstin_ok),),
    ),
    (
        "mbi",
        r"mbi(?![a-z])|medicare beneficiary(?: id(?:entifier)?)?|medicare (?:id|number|card)",
        (
            (
                "us_mbi",
                r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                r"[AC-HJKMNP-RT-Y]{2}\d\d(?![\w-])",
                _any,
            ),
        ),
    ),
    (
        "aba",
        r"routing(?: number| no\b| #)?|aba(?: number| routing(?: number)?)?(?![a-z])|"
        r"transit number(?![ \t:#]*\d{5}(?![\d-]))",
        (("aba_routing_number", r"\d{4}-\d{4}-\d(?![\w-])", aba_dashed_ok),),
    ),
    (
        "detax",
        r"steuer-?id|steuer id|steuer-?identifikationsnummer|steuerliche identifikationsnummer|"
        r"identifikationsnummer|idnr|tax id",
        (("de_tax_id", r"\d\d ?\d{3} ?\d{3} ?\d{3}(?![\w-])", de_tax_ok),),
    ),
    (
        "ahv",
        r"ahv(?:-?n(?:r|ummer))?(?![a-z])|avs(?![a-z])|sozialversicherungs-?n(?:ummer|r)|sv-?n(?:ummer|r)|svnr(?![a-z])|"
        r"versicherungsnummer|rentenversicherungs-?n(?:ummer|r)|rvnr(?![a-z])|rv-?n(?:ummer|r)(?![a-z])",
        (
            ("ch_ahv", r"756[. ]?\d{4}[. ]?\d{4}[. ]?\d\d(?![\w-])", ahv_ok),
            ("at_svnr", r"\d{4} ?\d{6}(?![\w-])", svnr_ok),
            ("de_social_security", r"\d\d ?\d{6} ?[A-Z] ?\d{3}(?![\w-])", de_rvnr_ok),
        ),
    ),
    ("cnp", r"cnp(?![a-z])|cod(?:ul)? numeric personal", (("ro_cnp", r"\d{13}(?![\w-])", cnp_ok),)),
    (
        "rut",
        r"rut(?![a-z])|rol [úu]nico (?:tributario|nacional)",
        (("cl_rut", r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK](?![\w-])", rut_ok),),
    ),
    ("cuit", r"cui[tl](?![a-z])", (("ar_cuit", r"\d\d-?\d{8}-?\d(?![\w-])", cuit_ok),)),
    (
        "dni",
        r"dni(?![a-z])(?! (?:peruano|del per|\(per|per[úu]|hondure))|d\.n\.i\.?",
        (
            ("ar_dni", r"\d{1,2}\.\d{3}\.\d{3}(?![\w.-]|,\d)", ar_dni_ok),
            ("pe_dni", r"\d{8}-\d(?![\w-])", pe_cui_ok),
        ),
    ),
    (
        "lvpk",
        r"personas kods|person(?:al)? code|p\.k\.(?= ?\d)",
        (("lv_personal_code", r"\d{6}-?\d{5}(?![\w-])", lv_code_ok),),
    ),
    (
        "rnokpp",
        r"рнокпп|іпн(?![а-яі])|ідентифікаційний (?:код|номер)|реєстраційний номер облікової картки",
        (("ua_rnokpp", r"\d{10}(?![\w-])", ua_rnokpp_ok),),
    ),
    (
        "iin",
        r"иин(?![а-я])|жсн(?![а-яәіңғүұқөһ])|iin(?![a-z])|individual identification number",
        (("kz_iin", r"\d{12}(?![\w-])", kz_iin_ok),),
    ),
    ("utr", r"utr(?![a-z])|unique taxpayer reference", (("uk_utr", r"\d{5} ?\d{5}(?![\w-])", utr_ok),)),
    (
        "ptcc",
        r"cart[ãa]o de cidad[ãa]o(?: n\.?[ºo°])?|n\.?[ºo°] de identifica[çc][ãa]o civil",
        (("pt_citizen_card", r"(?i)\d{8} ?\d ?[A-Z0-9]{2}\d(?![\w-])", pt_cc_ok),),
    ),
    (
        "rif",
        r"rif(?![a-z])|registro [úu]nico de informaci[óo]n fiscal",
        (("ve_rif", r"[VEJPG]-?\d{8}-?\d(?![\w-])", ve_rif_ok),),
    ),
    ("oib", r"oib(?![a-z])|osobni identifikacijski broj", (("hr_oib", r"\d{11}(?![\w-])", mod11_10_ok),)),
    (
        "ssrctc",
        r"ssr ctc[mh] [a-z0-9]{2} [a-z]{2}\d ",
        (("phone_number", r"\+?\d{7,15}(?=/|\s|$)", phone_ok),),
    ),
    ("kennitala", r"kennitala|kt\.(?= ?\d)", (("is_kennitala", r"\d{6}-?\d{4}(?![\w-])", kennitala_ok),)),
    (
        "taj",
        r"taj(?: ?sz[áa]m)?(?![a-z])|t[áa]rsadalombiztos[íi]t[áa]si azonos[íi]t[óo]",
        (("hu_taj", r"\d{3}[ -]?\d{3}[ -]?\d{3}(?![\w-])", taj_ok),),
    ),
    (
        "nss",
        r"seguridad social|seguro social|afiliaci[óo]n|nuss(?![a-z])|naf(?![a-z])|imss(?![a-z])|nss(?![a-z])",
        (
            ("es_social_security", r"\d\d[/ -]?\d{8}[/ -]?\d\d(?![\w-])", es_nss_ok),
            pii_world_ids.MX_IMSS,
        ),
    ),
    (
        "pis",
        r"pis(?:[/ -]pasep)?(?![a-z])|pasep|nit(?= ?[:#(.=]|[\"'][ \t]*[:=]| ?n[°º]| ?\d|$)",
        (
            ("br_pis", r"\d{3}\.?\d{5}\.?\d\d-?\d(?![\w-])", pis_ok),
            ("co_nit", pii_latin_ids.CO_NIT, pii_latin_ids.co_nit_ok),
            ("tax_id", pii_latin_ids.GT_NIT, pii_latin_ids.gt_nit_ok),
        ),
    ),
    (
        "eeik",
        r"isikukood|asmens kodas|personal code",
        (("ee_personal_code", r"\d{11}(?![\w-])", ee_ik_ok),),
    ),
    (
        "czrc",
        r"rodn[ée] [čc][íi]slo|birth number",
        (("cz_birth_number", r"\d{6}/?\d{4}(?![\w-])", cz_rc_ok),),
    ),
    ("pps", r"ppsn?(?![a-z])|personal public service", (("ie_pps", r"(?i)\d{7} ?[a-w][a-z]?(?![\w-])", pps_ok),)),
    (
        "hkid",
        r"hkid|hong kong id(?:entity)?(?: card)?|香港身份證|身份證",
        (
            ("hk_id", r"(?i)[A-Z]{1,2}\d{6} ?\(?[0-9A]\)?(?![\w-])", hkid_ok),
            ("tw_id", r"(?i)[A-Z][1289]\d{8}(?![\w-])", tw_id_ok),
        ),
    ),
    (
        "twid",
        r"身分證(?:字號|號碼)?|居留證(?:號碼)?|統一證號|resident certificate|arc(?: number| no\b| #|(?= ?:))",
        (("tw_id", r"(?i)[A-Z][1289]\d{8}(?![\w-])", tw_id_ok),),
    ),
    ("nhi", r"nhi(?![a-z])|national health index", (("nz_nhi", r"(?i)[A-HJ-NP-Z]{3}\d{4}(?![\w-])", nhi_ok),)),
    ("ird", r"ird(?![a-z])|inland revenue", (("nz_ird", r"\d{2,3}-?\d{3}-?\d{3}(?![\w-])", ird_ok),)),
    ("afm", r"afm(?![a-z])|αφμ|α\.φ\.μ\.?", (("gr_afm", r"\d{9}(?![\w-])", afm_ok),)),
    ("amka", r"amka|αμκα|α\.μ\.κ\.α\.?", (("gr_amka", r"\d{11}(?![\w-])", amka_ok),)),
    ("nif", r"nif(?![a-z])|contribuinte|nipc(?![a-z])", (("pt_nif", r"\d{9}(?![\w-])", pt_nif_ok),)),
    (
        "nip",
        r"nip(?![a-z])",
        (("pl_nip", r"\d{3}-?\d{3}-?\d\d-?\d\d(?![\w-])|\d{3}-\d\d-\d\d-\d{3}(?![\w-])", nip_ok),),
    ),
    (
        "mykad",
        r"mykad|nric|ic (?:no\b|number)|kad pengenalan|i/c(?: no\b)?",
        (
            ("my_nric", r"\d{6}-?\d\d-?\d{4}(?![\w-])", mykad_ok),
            ("sg_nric", r"(?i)[stfgm]\d{7}[a-z](?![\w-])", _nric_ok),
        ),
    ),
    (
        "pan",
        r"pan(?: card)?(?![a-z])|permanent account number",
        (("in_pan", r"(?i)[a-z]{3}[abcfghljpt][a-z]\d{4}[a-z](?![\w-])", _any),),
    ),
    (
        "cf",
        r"codice fiscale|c\.f\.|cod\. ?fisc\.?",
        (("it_fiscal_code", r"(?i)[a-z]{6}\d\d[a-ehlmprst]\d\d[a-z]\d{3}[a-z](?![\w-])", _fiscal_ok),),
    ),
    ("nik", r"nik(?![a-z])|nomor induk kependudukan", (("id_nik", r"\d{16}(?![\w-])", nik_ok),)),
    (
        "lumat",
        r"matricule(?: national)?|num[ée]ro d'identification(?: national)?|identifiant national",
        (("lu_national_number", r"\d{4} ?\d{4} ?\d{5}(?![\w-])", lu_matricule_ok), pii_regional_ids.DZ_NIN),
    ),
    (
        "hutax",
        r"ad[óo]azonos[íi]t[óo](?: jel)?|ad[óo]sz[áa]m",
        (("hu_tax_number", r"8\d{9}(?![\w-])", hu_tax_ok),),
    ),
    (
        "idnp",
        r"idnp(?![a-z])|cod(?:ul)? personal|num[ăa]r(?:ul)? de identificare(?: de stat)?",
        (("md_idnp", r"\d{13}(?![\w-])", md_idnp_ok),),
    ),
    (
        "kwcivil",
        r"civil id(?: no\b| number| card)?|civil identification|"
        r"\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0645\u062f\u0646\u064a",
        (("kw_civil_id", r"[23]\d{11}(?![\w-])", kw_civil_ok),),
    ),
    (
        "pldowod",
        r"dow[óo]d(?:u|em)? osobist(?:y|ego|ym)|seria i numer(?: dowodu)?|numer dowodu",
        (("pl_id_card", r"(?i)[A-Z]{3} ?\d{6}(?![\w-])", pl_id_card_ok),),
    ),
    (
        "gtcui",
        r"cui(?![a-z])|dpi(?![a-z])|documento personal de identificaci[óo]n|c[óo]digo [úu]nico de identificaci[óo]n",
        (("gt_cui", r"\d{4} ?\d{5} ?\d{4}(?![\w-])", gt_cui_ok),),
    ),
    (
        "cahealth",
        r"ohip(?![a-z])|health (?:card|insurance) (?:number|no\b|#)|health card|health number|"
        r"(?:personal )?health number|phn(?![a-z])|carte (?:d'assurance maladie|sant[ée])|ramq|"
        r"num[ée]ro d'assurance maladie|assurance maladie",
        (
            ("ca_health_number", r"(?i)\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?(?![\w-])", ca_health_ok),
            pii_world_ids.RAMQ,
        ),
    ),
    (
        "egnid",
        r"\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0642\u0648\u0645\u064a|egyptian national id",
        (("eg_national_id", r"[23]\d{13}(?![\w-])", eg_national_id_ok),),
    ),
    (
        "phsss",
        r"sss(?: no\b| number| id)?(?![a-z])|social security system",
        (("ph_sss", r"\d{2}-?\d{7}-?\d(?![\w-])", _any),),
    ),
    ("krapin", r"kra pin|kra personal identification", (("ke_kra_pin", r"(?i)[AP]\d{9}[A-Z](?![\w-])", _any),)),
    ("ghcard", r"ghana ?card(?: pin| number| no\b)?|ghana card", (("gh_card", r"(?i)GHA-\d{9}-\d(?![\w-])", _any),)),
    *pii_latin_ids.GROUPS,
    *pii_be_ids.GROUPS,
    *pii_accounts.ACCOUNT_GROUPS,
    *pii_world_ids.GROUPS,
    *pii_regional_ids.GROUPS,
    *pii_accounts.GROUPS,
    *pii_civil_ids.GROUPS,
    *pii_id_table.GROUPS,
    (
        "phone",
        r"(?:call|reach|text|ring|whatsapp|message|sms) me(?: (?:at|on))?(?![a-z])|contact (?:number|no\b|#|phone)|"
        r"chiamami(?: al)?|chiamatemi(?: al)?|ll[áa]m[ae]me(?: al)?|ll[áa]menos(?: al)?|appel(?:le|ez)[ -]moi(?: au)?|"
        r"rappel(?:le|ez)[ -]moi(?: au)?|ruf(?:en sie)? mich(?: bitte)? an(?: unter)?|erreichbar unter|"
        r"bel me(?: op)?|bel mij(?: op)?|zadzwo[ńn] do mnie(?: pod)?|"
        r"ring (?:mig|meg|til mig)(?: p[åa])?|me lig(?:a|ue)(?: no| para)?|ligue(?:-me)? para|"
        r"(?:по)?звоните(?: мне)?|телефон|тел\.?(?![а-я])|утас(?:ны дугаар)?|ტელეფონი|მობილური|ဖုန်း|հեռախոս|"
        r"දුරකථන|தொலைபேசி|ទូរស័ព្ទ|ໂທລະສັບ|ስልክ|taleefan|lambar waya|finday|"
        r"(?:(?:tele|office|home|work|mobile)?phone|t[ée]l(?:efon|[ée]fono|efone|[ée]phone|[ée]fone|em[óo]vel)?|"
        r"mobil(?:e|telefon)?|"
        r"cellphone|cell phone|cellular|cell?|gsm|msisdn|mob|"
        r"fax|whatsapp|handy|celular|m[óo]vil|cellulare|portable|rufnummer|bimbit|handphone|ponsel|telepon|no\.? ?hp|"
        r"\u96fb\u8a71|\u643a\u5e2f|\u624b\u673a|\u7535\u8bdd|\uc804\ud654|\ud734\ub300\ud3f0|\u0e42\u0e17\u0e23|"
        r"联系方式|聯絡方式|連絡先|연락처|핸드폰|微信|呼叫|拨打|撥打|致电|致電|"
        r"هاتف|جوال|موبايل|موبایل|تلفون|تلفن|همراه|شماره تماس|فون|موبائل|טלפון|נייד|फ़ोन|फोन|मोबाइल|"
        r"ফোন|মোবাইল|ফোন নম্বর|τηλ[έε]φωνο|τηλ\.|κινητ[όο]|telepono|simu|"
        r"\u0e21\u0e37\u0e2d\u0e16\u0e37\u0e2d|\u0111i\u1ec7n tho\u1ea1i|s\u0111t)"
        r"(?:s|nummer|number|no|nr|sz[áa]m|号码|號碼|番号|番號|번호)?"
        r"(?: ?(?:number|nummer|numero|n[úu]mero|numer|numara(?:s[ıi])?|nomor|номер|नंबर|নম্বর|নং|شماره|رقم|"
        r"מספר|αριθμ[όο]ς|\u0e2b\u0e21\u0e32\u0e22\u0e40\u0e25\u0e02|s\u1ed1))?(?![^\W\d_])",
        (("phone_number", _PHONE_VALUE, phone_ok),),
    ),
    (
        "dob",
        r"date of birth|dob(?![a-z])|d\.o\.b|birth ?date|birthday|born(?: on)?(?![a-z])|geburtsdatum|gbdat(?![a-z])|"
        r"geboren(?: am| op)?|geb\.(?: am)?(?= ?:? ?\d)|geburtstag|n[ée]e? le(?= ?\d)|nacid[oa] el(?= ?\d)|"
        r"nat[oa] il(?= ?\d)|"
        r"nascid[oa] em(?= ?\d)|fecha de nacimiento|date de naissance|data (?:di )?nascita|data de nascimento|"
        r"nascimento|do[gğ]um tarihi|ng[àa]y sinh|"
        r"生年月日|出生日期|geboortedatum|data urodzenia|urodzon[ya](?: dnia)?|"
        r"f[öø]delsedatum|f[öø]dd|f[øo]dselsdato|f[øo]dt|"
        r"syntym[äa]aika|syntynyt|생년월일|출생(?:일|년월일)?|생일|ngày sinh|tanggal lahir|doğum tarihi|дата рождения|"
        r"誕生日|出生年月日|生日|วันเกิด|تاريخ الميلاد|تاریخ تولد|תאריך לידה|जन्म तिथि|जन्मतिथि|дата народження|"
        r"ημερομηνία γέννησης|"
        r"bday(?![a-z])|birth_?date|date_?of_?birth|geb\.?-?datum|fecha (?:de )?nac\.?(?:imiento)?|f\. ?nac\.|"
        r"data (?:de |di )?nasc\.|date de naiss\.|n[ée]\(e\) le(?= ?\d)|geb\.? op(?= ?\d)|"
        r"datum naroze?n[íi]|d[áa]tum narodenia|sz[üu]let[ée]si (?:d[áa]tum|id[őo])|sz[üu]letett|"
        r"sz[üu]l\.? ?(?:id[őo]|d[áa]tum)|"
        r"data na[șşs]terii|datum ro[đd]j?enja|datum rojstva|gimimo data|dzim[šs]anas datums|"
        r"s[üu]nniaeg|s[üu]nnikuup[äa]ev|syntym[äa]p[äa]iv[äa]|data de naixement|tarikh lahir|"
        r"dat[ëe]lindja|data e lindjes|tarehe ya kuzaliwa|petsa ng kapanganakan|f[æa]ðingardagur|"
        r"дата на раждане|датум рођења|дата нараджэння|rojstni datum|জন্ম ?তারিখ|تاریخ پیدائش|پیدائش کی تاریخ|"
        r"تاريخ الولادة|जन्म मिति|பிறந்த (?:தேதி|நாள்)|උපන් දිනය|төрсөн (?:огноо|он сар өдөр)|туған күні|"
        r"tug['ʻ‘]ilgan sana|doğum tarixi|დაბადების თარიღი|ծննդյան ամսաթիվ|ranar haihuwa|taariikhda dhalashada|"
        r"የትውልድ ቀን|daty nahaterahana",
        (
            ("date_of_birth", _DATE.pattern, _date_of_birth),
            ("date_of_birth", f"{pii_spelled_dates.WEEKDAY}(?=\\d)(?i:{_DATE_BODY})", _weekday_date),
            # `14 มีนาคม 2530`: a Thai month's name, read as spaces (see `pii._find`), between the day and the year
            ("date_of_birth", r"[0-3]?\d {5,14}(?:19|20|25)\d\d(?!\d)", _spaced_month_ok),
            ("date_of_birth", pii_spelled_dates.value(_MONTHS), _any),  # `the fourth of March, 1985`
            ("date_of_birth", r"(?:19|20)\d\d[01]\d[0-3]\d(?![\w-])", _compact_date),
            ("date_of_birth", r"[0-3]\d[0-3]\d(?:19|20)\d\d(?![\w-])", _compact_day_first),
            # `1985년 3월 7일`, `昭和60年3月7日`: read with the signs between the numbers as spaces (see `pii._find`)
            ("date_of_birth", r"(?:(?:19|20)\d\d|\d{1,2}) {1,3}\d{1,2} {1,3}\d{1,2}(?!\d)", _spaced_date),
        ),
    ),
    *pii_school_ids.GROUPS,
    *pii_professions.GROUPS,
    *pii_permits.GROUPS,
    *pii_staff_ids.GROUPS,
    *pii_health_cards.GROUPS,
    *pii_resident_ids.GROUPS,
    *pii_programme_ids.GROUPS,
    *pii_card_words.GROUPS,
    *pii_local_cards.GROUPS,
    *pii_plates.GROUPS,
)

_GROUPS = tuple(
    (name, f"{labels}|{pii_id_table.ALIASES[name]}" if name in pii_id_table.ALIASES else labels, values)
    for name, labels, values in _GROUPS
)
_GROUPS = tuple(
    (name, f"{pii_phone_labels.LABELS}|{labels}" if name == "phone" else labels, values)
    for name, labels, values in _GROUPS
)
"""The phone group with the longer labels of `pii_phone_labels` tried first (`telefon komórkowy` before `telefon`)."""
_GROUPS = tuple(
    (
        name,
        labels,
        (
            *pii_id_table.JOINS.get(name, ()),
            *values,
            *pii_permits.AFTER.get(name, ()),
            *pii_health_cards.AFTER.get(name, ()),
            *pii_passport_words.AFTER.get(name, ()),
        ),
    )
    for name, labels, values in _GROUPS
)
"""The groups with the labels and schemes of the regional tables (see `pii_id_table.ALIASES` and `JOINS`)."""
_GROUPS = tuple(
    (name, labels, (*next(v for n, _, v in _GROUPS if n == pii_licence_words.FIRST[name]), *values))
    if name in pii_licence_words.FIRST
    else (name, labels, values)
    for name, labels, values in _GROUPS
)
"""The groups that read another group's values first (see `pii_licence_words.FIRST`)."""
_NO_CHECK = frozenset(
    {
        *(_any, _alnum_ok, _name_coded_ok, plate_ok, phone_ok, _date_of_birth, _weekday_date, _compact_date),
        _compact_day_first,
        _spaced_month_ok,
        _spaced_date,
        *(*pii_id_table.NO_CHECK, *pii_professions.NO_CHECK, *pii_permits.NO_CHECK, *pii_tax_ids.NO_CHECK),
        *pii_health_cards.NO_CHECK,
        *pii_licence_words.NO_CHECK,
        *pii_staff_ids.NO_CHECK,
        *pii_plates.NO_CHECK,
    }
)
"""The checks of values that hold no check of their own (a shape is all they have)."""
_KINDS_OF = {name: frozenset(k for k, _, ok in values if ok not in _NO_CHECK) for name, _, values in _GROUPS}
"""The kinds with a check (digits, a birth date) that each label group names. A number of the shape of one that
fails its check, and is no other value of the group, is a mistyped or made-up id, not personal data of another
kind."""
CHECKED_KINDS = frozenset(k for kinds in _KINDS_OF.values() for k in kinds) - {
    k for _, _, values in _GROUPS for k, _, ok in values if ok in _NO_CHECK
}
"""The kinds read only with a check of their own: a number found as one of them passed it."""

_ENDS = " \t\n:#=.,\"'-"
"""What may follow a short label word (`tin:`, `NIN `), so that the index does not stop inside longer words."""
_LEADS = (
    *(f"dea{c}" for c in " \t\n:#=(.\"'-"),
    "medical licen",
    "prescriber",
    "npi",
    "national provider",
    *("brp", "biometric residence", "rpps", "identifiant rpps", "zmr"),
    *("melderegister", "rnm", "rne", "registro nacional migrat", "registro nacional de estrang", "ncid"),
    *("social card", "public service number", "public services number", "հանրային", "hcch", "ninu"),
    *("numéro d'identification", "numero d'identification", "nif", "nrt", "número de registre", "numero de registre"),
    *("nova scotia", "new brunswick", "newfoundland", "labrador", "mcp", "saskatchewan", "health service"),
    *("iraqi national", "unified national", "national card", "البطاقة الوطنية"),
    *("dva file", "dva number", "dva no", "dva #", "veteran file", "veteran's file", "veterans file", "veterans' file"),
    "driver",
    "driving",
    "operator",
    "licence",
    *(f"dl{c}" for c in " :#=_-"),
    "dln",
    "lic#",
    "lic #",
    "license",
    "licencia",
    "fuhrerschein",
    "permis de conduire",
    "patente",
    "licencia de conducir",
    "carteira de motorista",
    "rijbewijs",
    "korkort",
    "voter",
    "epic ",
    "electoral ",
    "partita iva",
    "p.iva",
    "p. iva",
    "vat ",
    "codice iva",
    "identity",
    "id card",
    "carta d",
    "documento",
    "cedula",
    "personalausweis",
    "carte d'identit",
    "national id",
    "citizen id",
    "tnin",
    "nik",
    "vehicle ",
    "registration ",
    "number plate",
    "reg. no",
    "kennzeichen",
    "plaque d'immatriculation",
    "matricula",
    "targa",
    *(f"uen{c}" for c in " \t\n:#=(.\"'-"),
    "unique entity",
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "fodselsnummer",
    "personnummer",
    "personal identity",
    "personnr",
    "my number",
    "mynumber",
    "individual number",
    "thai",
    "piva",
    "iban",
    "national insurance",
    "ni number",
    "ni no",
    "nino",
    "imei",
    "vin",
    "vehicle identification",
    "fahrgestellnummer",
    "mac",
    "hardware address",
    "physical address",
    "carta identit",
    "ausweis",
    "vehicle",
    "fnr",
    "frn",
    "foreigner registration",
    "alien registration",
    "business registration",
    "brn",
    *(f"nin{c}" for c in _ENDS),
    "national identification",
    "nimc",
    "krankenversicher",
    "versicherten",
    "kvnr",
    "rentenversicher",
    "rvnr",
    "taxpayer number",
    "philhealth",
    *(f"tin{c}" for c in _ENDS),
    "taxpayer identification",
    "bir tin",
    "umid",
    "unified multi",
    "common reference",
    "crn",
    "hetu",
    "henkilotunnus",
    *(f"nir{c}" for c in _ENDS),
    "insee",
    "securite sociale",
    *(f"secu{c}" for c in _ENDS),
    "sosiaaliturvatunnus",
    "personbeteckning",
    "acn",
    "australian company",
    "cpr",
    "kimlik",
    "tckn",
    "t.c.",
    "t. c.",
    "tc kimlik",
    "turkish",
    "teudat",
    "mispar",
    "israeli",
    "rrn",
    "resident registration",
    "id number",
    "id no",
    "id nommer",
    "id-nommer",
    "identiteitsnommer",
    "south african",
    "sa id",
    "rsa id",
    "snils",
    "rfc",
    "registro federal",
    "gst",
    "mbi",
    "medicare",
    *(f"aba{c}" for c in " \t\n:#=(.\"'-_"),
    "routing",
    "transit number",
    "steuer",
    "identifikationsnummer",
    "idnr",
    "tax id",
    "ahv",
    "avs",
    "sozialversicherungs",
    "sv-n",
    "svn",
    "versicherungsnummer",
    "cnp",
    "cod numeric",
    "codul numeric",
    "rut",
    "rol unico",
    "cuit",
    "cuil",
    "dni",
    "d.n.i",
    "personas kods",
    "personal code",
    "person code",
    "p.k.",
    *(f"iin{c}" for c in _ENDS),
    "individual identification",
    *(f"utr{c}" for c in _ENDS),
    "unique taxpayer",
    "cartao de cidadao",
    *(f"rif{c}" for c in _ENDS),
    "registro unico",
    "geb.",
    "ne le",
    "nee le",
    "nacido el",
    "nacida el",
    "nato il",
    "nata il",
    "nascido em",
    "nascida em",
    "oib",
    "osobni",
    "ssr ctcm",
    "ssr ctch",
    "kennitala",
    "kt.",
    *(f"taj{c}" for c in _ENDS),
    "tarsadalombiztositasi",
    "seguridad social",
    "seguro social",
    "afiliacion",
    "nuss",
    *(f"naf{c}" for c in _ENDS),
    *(f"pis{c}" for c in (*_ENDS, "/")),
    "pasep",
    *(f"nit{c}" for c in " :#(=\"'"),
    "c.i.",
    *(f"ci{c}" for c in ":#"),
    *(f"ci {c}" for c in ":#"),
    "rv-n",
    "rv n",
    "isikukood",
    "asmens",
    "personal code",
    "rodne",
    "birth number",
    "pps",
    "personal public",
    "hkid",
    "hong kong",
    "nhi",
    "national health",
    "ird",
    "inland revenue",
    "afm",
    "amka",
    "nif",
    "contribuinte",
    "nipc",
    "nip",
    "mykad",
    "nric",
    "ic no",
    "ic number",
    "kad pengenalan",
    "i/c",
    "pan",
    "permanent account",
    "codice fiscale",
    "c.f.",
    "cod. fisc",
    "nik",
    "nomor induk",
    "emirates id",
    "jmbg",
    "emso",
    "egn",
    "code melli",
    "kod-e melli",
    "kode melli",
    "iranian national",
    "iqama",
    "muqeem",
    "saudi",
    "cnic",
    "computeri",
    "nicop",
    "cccd",
    "cmnd",
    "can cuoc",
    *(f"nic{c}" for c in _ENDS),
    "utlevel",
    "potni list",
    "putovnic",
    "cestovn",
    "call me",
    "reach me",
    "text me",
    "ring me",
    "chiamami",
    "chiamatemi",
    "llamame",
    "llameme",
    "llamanos",
    "appelle-moi",
    "appelle moi",
    "appelez-moi",
    "appelez moi",
    "rappelle-moi",
    "rappelle moi",
    "rappelez-moi",
    "rappelez moi",
    "ruf mich",
    "rufen sie mich",
    "erreichbar unter",
    "bel me",
    "bel mij",
    "zadzwon do",
    "dateofbirth",
    "date_of_birth",
    "geb.-datum",
    "geb.datum",
    "geb-datum",
    "gebdatum",
    "geb. op",
    "geb op",
    "fecha nac",
    "data nascita",
    "nascimento",
    "dogum tarihi",
    "ngay sinh",
    "fecha de nac",
    "f. nac",
    "f.nac",
    "data nasc",
    "data de nasc",
    "data di nasc",
    "date de naiss",
    "ne(e) le",
    "ne le",
    "whatsapp me",
    "message me",
    "sms me",
    "contact number",
    "contact no",
    "contact #",
    "contact phone",
    "ring mig",
    "ring meg",
    "ring til",
    "me liga",
    "me ligue",
    "ligue",
    "phone",
    "taleefan",
    "lambar waya",
    "finday",
    "tel",
    "telepono",
    *(f"{w}{c}" for w in ("cel", "cell", "gsm", "mob") for c in (" ", ":", ".", "#", "\t", '"', "'", "=", "_", "-")),
    "officephone",
    "homephone",
    "workphone",
    "mobilephone",
    "simu",
    "mobil",
    "cellphone",
    "cell phone",
    "cellular",
    "fax",
    "whatsapp",
    "msisdn",
    "handy",
    "celular",
    "movil",
    "portable",
    "rufnummer",
    "bimbit",
    "handphone",
    "ponsel",
    "telepon",
    "no hp",
    "no. hp",
    "no.hp",
    "nohp",
    "date of birth",
    "dob",
    "gbdat",
    "d.o.b",
    "birth",
    "born",
    "geburtsdatum",
    "geburtstag",
    "rojstni datum",
    "tug'ilgan",
    "ranar haihuwa",
    "taariikhda dhalashada",
    "daty nahaterahana",
    "geboortedatum",
    "data urodzenia",
    *("datum narozeni", "datum narození", "datum narodenia", "dátum narodenia", "szuletesi", "születési"),
    *("szuletett", "született", "data nasterii", "data nașterii", "data naşterii", "datum rodjenja"),
    *("datum rođenja", "datum rodenja", "datum rojstva", "gimimo data", "dzimsanas datums", "dzimšanas datums"),
    *("sunniaeg", "sünniaeg", "sunnikuupaev", "sünnikuupäev", "syntymapaiva", "syntymäpäivä", "data de naixement"),
    *("tarikh lahir", "datelindja", "datëlindja", "data e lindjes", "tarehe ya kuzaliwa", "petsa ng kapanganakan"),
    *("faedingardagur", "fæðingardagur"),
    "urodzon",
    "fodelsedatum",
    "fodselsdato",
    "fodt",
    "fodd",
    "syntymaaika",
    "syntynyt",
    "tanggal lahir",
    "geboren",
    "fecha de nacimiento",
    "date de naissance",
    "data di nascita",
    "data de nascimento",
    "bday",
    "matricule",
    "numero d'identification",
    "identifiant national",
    "adoazonosito",
    "adoszam",
    "idnp",
    "cod personal",
    "codul personal",
    "numar de identificare",
    "numarul de identificare",
    "civil id",
    "civil identification",
    "dowod",
    "seria i numer",
    "numer dowodu",
    *(f"cui{c}" for c in _ENDS),
    *(f"dpi{c}" for c in _ENDS),
    "documento personal",
    "codigo unico",
    "ohip",
    "health card",
    "health insurance",
    "health number",
    "personal health",
    "phn",
    "carte d'assurance",
    "carte sant",
    "ramq",
    "egyptian national",
    "sss",
    "social security system",
    "kra pin",
    "kra personal",
    "ghana",
    "carte nationale",
    "cni",
    "piece d'identit",
    "titre de s",
    *pii_latin_ids.LEADS,
    *pii_be_ids.LEADS,
    *pii_world_ids.LEADS,
    *pii_regional_ids.LEADS,
    *pii_accounts.LEADS,
    *pii_civil_ids.LEADS,
    *pii_id_table.LEADS,
    "imss",
    *(f"nss{c}" for c in _ENDS),
    "embg",
    "maticen broj",
    "edinstven maticen",
    "enotna maticna",
    "so dinh danh",
    "dinh danh",
    "resident certificate",
    "residence permit",
    "resident id",
    "numero d'assurance",
    "assurance maladie",
    "arc",
    *pii_school_ids.LEADS,
    *pii_professions.LEADS,
    *pii_permits.LEADS,
    *pii_staff_ids.LEADS,
    *pii_health_cards.LEADS,
    *pii_licence_words.LEADS,
    *pii_passport_words.LEADS,
    *pii_tax_ids.LEADS,
    *pii_phone_labels.LEADS,
    *pii_resident_ids.LEADS,
    *pii_programme_ids.LEADS,
    *pii_card_words.LEADS,
    *pii_local_cards.LEADS,
    *pii_plates.LEADS,
)
"""Words at which every label of an ASCII text starts (looked up in the shared index for long texts)."""
_LEADS = (*_LEADS, *(w.replace(" ", g) for w in _LEADS if " " in w.strip() for g in ("_", "")))


def _spaces_or_underscores(labels: str) -> str:
    """`labels` with each space outside a character class also matching `_` or nothing (`date_of_birth`, `"tax_id":`,
    `"nationalId":` lower-cased)."""
    out, depth, behind = [], 0, False
    for i, c in enumerate(labels):
        escaped = i > 0 and labels[i - 1] == "\\"
        depth += (c == "[" and not escaped) - (c == "]" and not escaped and depth > 0)
        behind = (behind or labels.startswith("(?<", i)) and not (c == ")" and not escaped and depth == 0)
        out.append(("[ _]" if behind else "[ _]?") if c == " " and depth == 0 else c)
    return "".join(out)


_LABEL = lazy.compile(
    unicodedata.normalize(
        "NFKC",
        "(?<![a-z0-9])(?:"
        + "|".join(f"(?P<{name}>{_spaces_or_underscores(labels)})" for name, labels, _ in _GROUPS)
        + r")[^\W\d_]*",
    )
)
_LABEL_MAY = MayMatch(_LABEL.pattern)
"""Whether a short text or a header cell may hold a label (one Hyperscan pass instead of the expression's, which
tries each of its ~40 groups at every place)."""
_GROUP_PATTERNS = tuple(
    (name, unicodedata.normalize("NFKC", _spaces_or_underscores(labels))) for name, labels, _ in _GROUPS
)
_GROUP_FIRSTS = tuple(frozenset(w[0] for w in leading_words(pattern)) for _, pattern in _GROUP_PATTERNS)
"""The characters each group's labels can start with (empty when not known: then any)."""


_GROUP_AT = tuple(
    lazy.compile(f"(?<![a-z0-9])(?P<{name}>{pattern})" + r"[^\W\d_]*") for name, pattern in _GROUP_PATTERNS
)
"""`_LABEL`'s groups one by one: compiled ahead of use and kept in the detectors' store, as every lazy expression
(one expression per first character, parsed at the check that first met it, cost up to ~0.2 s of CPU each, at
every start)."""


@functools.lru_cache(maxsize=256)
def _groups_at(first: str) -> tuple[lazy.Lazy, ...]:
    """The groups of `_LABEL` whose labels can start with `first`, in its order."""
    return tuple(g for g, firsts in zip(_GROUP_AT, _GROUP_FIRSTS, strict=True) if not firsts or first in firsts)


def _label_at(low: str, at: int) -> re.Match[str] | None:
    """`_LABEL.match(low, at)`: its groups that can start with the character there, tried in its order (the first
    that matches is the one `_LABEL` takes: what follows a group always matches)."""
    for group in _groups_at(low[at]):
        m = group.match(low, at)
        if m is not None:
            return m  # type: ignore[no-any-return]
    return None


_VALUES = {name: [(kind, lazy.compile(value), ok) for kind, value, ok in values] for name, _, values in _GROUPS}
_GAP = lazy.compile(
    r"(?i)(?:(?:of|du|de|del|do|da|from|issued in)\s+(?-i:[A-Z][a-zà-ÿ]{2,14}(?:[ -][A-Z][a-zà-ÿ]{2,14})?)"
    r"(?=\s*[:#(]|\s+(?:no\b|n[°º]|number|num[ée]ro))|"
    r"\((?:d{1,2}|m{1,2}|y{2,4}|j{1,2}|t{1,2}|a{2,4})[./ -][dmyjta./ -]{3,10}\)|\((?:ddmm|mmdd|yyyymm)(?:yyyy|dd)\)|"
    r"\([^\W\d_](?:[^\W\d_]|[ .'-]){1,22}\)|"
    r"\)(?=[ \t]*[:#=\uff1a])|"
    r"\{[ \t]*\"(?:stringvalue|integervalue|value|literal)\"(?=[ \t]*:)|"
    r"(?<=[a-z])\((?:[a-z][a-z0-9_]{0,30}|\"[^\"\n]{1,30}\"|'[^'\n]{1,30}')[ \t]*,[ \t]*(?=[\"'\d])|,(?=[ \t]*[\"'])|"
    r"%[svdq](?![a-z])|\\n(?![a-z])|"
    r"\",[ \t]*\"(?:old_?value|fromstring)\"[ \t]*:[ \t]*(?:null|\"[^\"\n]{0,40}\")[ \t]*,[ \t]*"
    r"\"(?:new_?value|tostring)\"(?=[ \t]*:)|"
    r"[\s:#.=(\"'*|\\?\u00bf\u0f0b\u0f0d>-]|&nbsp;|n\.?[°º]\.?|n\.o\.?(?![a-z])|n\.(?=\s)|no\.?(?![a-z])|nro\.?(?![a-z])|n[úu]m\.|card|id(?![a-z])|nr\.?(?![a-z])|"
    r"br\.(?=\s)|[čc]\.(?=\s)|số(?=\s)|№|"
    r"num(?:ber|[ée]ro)?(?![a-z])|nummer|numer|code|is|was|of|(?:the |my |his |her )?holder(?:'s)?|_|"
    r"(?:ist|lautet|est|es|è|é|är|er|on|to|jest|wynosi|mitt|min|meine?|mon|ma|mi|mio|mia|eh|ni)(?=\s)|"
    r"\([a-z]{2}\)|[a-z]{2}(?=:)|"
    r"elettronica|electronic|[ée]lectronique|electr[oó]nica|eletr[oô]nica|elektronische?r?|digitale?|"
    r"nationale?|nacional|nazionale|biom[ée]tri(?:que|ca|c))*"
)
"""What may stand between a label and its value: punctuation, `no.`, `n°`, `number`, `is`, a short note in brackets
(`Voter ID (EPIC): ...`), a typed value's wrapper (`{"stringValue":`, `"oldValue":null,"newValue":`), the person
a fact names first (`cin(amina_haddad, "...")`), a format's placeholder (`"born %s\\n", "..."`), the place that
issued it (`Permis de conduire du Québec : ...`), the card's being electronic, national or biometric (`Carta
d'identità elettronica ...`, `Carte d'identité nationale N° ...`)."""
_GAP_REACH = 40
_PLAIN_GAP = lazy.compile(r"(?i)(?:[\s:#.=(\"'*|-]|no\.?(?![a-z])|nr\.?(?![a-z])|n[°º]\.?|number|#)*")
"""The gap's punctuation and `no.`/`number` alone, without its words (see `find`)."""
_WIDE_GAP = lazy.compile(
    r"(?i)(?:[(\uff08][^()\uff08\uff09\n]{1,24}[)\uff09]|[\s:#.=(\"'*|\\\uff1a-]|&nbsp;|,(?=\s*\")"
    r"|</?[a-z][a-z0-9]*(?:[^<>\n]{0,120}?\bvalue=|[^<>\n]{0,120}>)|[^\W\d_]{2,16}(?=[^\n\d<>.;,!?]{0,40}[:\uff1a]))*"
)
"""A wider gap, for values that must pass check digits: HTML between the label and the value (`<label>NIF</label>
<input value="...">`, `<th>...</th><td>`), the next key of a JSON object (`"type": "NIP", "number": "..."`), a
note in brackets (`個人番号（マイナンバー）:`), words that say whose number it is before a colon (`NIF do adquirente:`,
`PESEL pacjenta:`)."""
_WIDE_REACH = 200

RUN = lazy.compile(rb"00000+")
"""A run of at least five digits in a text's shape (see `pii.text_shape`): where every bare id holds one, or its
check digits and date make up one (a Belgian number is found by its punctuation instead)."""
_BE_SHAPE = b"00.00.00-000.00"
_EDGE = frozenset(b"0bU_-")
_AE_SHAPE = b"000-0000-0000000-0"
_AE = lazy.compile(r"784-\d{4}-\d{7}-\d")
_CN = lazy.compile(r"\d{17}[\dXx]")
_CURP = lazy.compile(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d")
_DEA = lazy.compile(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}")
_TH = lazy.compile(r"[1-8][ -]\d{4}[ -]\d{5}[ -]\d\d[ -]\d")
_BE = lazy.compile(r"\d\d\.[0-5]\d\.[0-3]\d-\d{3}\.\d\d")  # (a BIS number's month + 20 or + 40)
_RFC = lazy.compile(r"[A-Z&]{4}\d{6}[A-Z0-9]{2}[0-9A]")
_UK_DL = lazy.compile(r"[A-Z][A-Z9]{4}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z0-9]{2}")
_IMEI = lazy.compile(r"\d\d([- ])\d{6}\1\d{6}\1\d")
_TW = lazy.compile(r"[A-Z][12]\d{8}")
_PPS = lazy.compile(r"\d{7}[A-W][A-Z]?(?![\w-])")
REFERENCE_BEFORE = lazy.compile(
    r"(?<![a-z\u00df-\u00ff])(?:order|invoice|track(?:ing)?|shipment|parcel|package|waybill|serial|s/?n|sku|part|item|"
    r"model|batch|lot|ref(?:erence)?|confirmation|booking|ticket|case|transaction|receipt|build|version|release|flight|"
    # payment references: Norway's KID, Sweden's OCR, Finland's viite, Denmark's FIK, Czech variable symbols
    r"kid|ocr|fik|viite(?:numero)?|var(?:iable)? ?symbol|variabiln[íi] symbol|end-?to-?end(?: ?id)?|e2e|mandate|"
    r"remittance|mededeling|betalingsreferanse|verwendungszweck|"
    r"isbn|patent|po|(?:bag|baggage|luggage|asset) tag|ean(?:-?13|-?8)?|gtin(?:-?1[34])?|upc(?:-a)?|jan|barcode|"
    r"bar code|asin|mpn|p/n|pn|"
    # German, Dutch: `Bestellnummer`, `Rechnungs-Nr.`, `Sendungsnummer`, `Aktenzeichen`, `Factuurnummer`
    r"bestell(?:ung)?|auftrag|rechnung|sendung|lieferung|lieferschein|artikel|serien|vorgang|buchung|beleg|"
    r"quittung|transaktion|referenz|aktenzeichen|kunden|vertrag|paket|bestelling|bestel|factuur|zending|pakket|"
    r"referentie|kenmerk|serie|boeking|"
    # French, Spanish, Italian, Portuguese, Polish: the word for the order, invoice, parcel or reference
    r"commande|facture|suivi|colis|r[ée]f[ée]rence|r[ée]f|dossier|billet|r[ée]servation|re[çc]u|"
    r"pedido|factura|seguimiento|env[íi]o|paquete|referencia|expediente|reserva|billete|recibo|lote|"
    r"ordine|fattura|spedizione|tracciamento|pacco|riferimento|rif|pratica|prenotazione|biglietto|ricevuta|lotto|"
    r"encomenda|fatura|rastreio|rastreamento|pacote|refer[êe]ncia|processo|bilhete|"
    r"zam[óo]wieni[ae]|faktur[ay]|przesy[łl]k[ia]|paczk[ia]|rezerwacj[ai]|paragon|"
    # codes in records and printed values: sequences, orders' and trades' ids, imaging uids and accession numbers
    r"seq(?:uence)?|exec(?:ution)?|trade|deal|accession|uuid|instance|study|series|cl_?ord|txn|"
    r"correlation|job|run|shard|partition|offset|"
    # meetings' and calls' codes; claims', policies', loans', permits' and parcels' numbers
    r"meeting|conference|webinar|bridge|dial-?in|passcode|participant|access code|claim|policy|loan|docket|permit|"
    r"incident|rma|apn|ndc|"
    # a key that names a code by its last words (`SecondaryExecID`, `StudyInstanceUID`, `deviceSerial`, `lotNumber`)
    r"[a-z_]*(?:exec|ord|order|trd|trade|match|list|quote|req|rpt|event|span|trace|correlation|device|lot|part|"
    r"product|model|batch|shipment|instance|report|maint|msg|message|request|txn|sop|study|series)"
    r"(?=[ _-]?(?:id|uid|no|num|number|ref|serial|code)(?![a-z]))|[a-z_]*(?:device|product|unit)[ _-]?serial|"
    # a FIX message's id fields: ClOrdID, ExecID, OrderID, OrigClOrdID, SecondaryOrderID, TradeReportID, TradeID
    r"(?<![^|\x01^;\n])(?:11|17|37|41|198|571|1003)=|(?:msg|message|txn)[ _-]?id|"
    # a value in an imaging header's dump: its tag and VR (the personal tags are read by theirs, see `pii_records`)
    r"\([0-9a-f]{4},[0-9a-f]{4}\)[ \t]*(?:[a-z]{2}[ \t]*)?(?:\[|=)"
    r"|" + pii_code_words.THINGS + r")"
    r"(?:s?-?(?:nummer|nr\.?)|s?-?no\.?)?"
    r"(?:\.?[ _-]?(?:number|no\.?|num|nr\.?|u?id|#|code|ref|serial|n[°ºo]\.?|n\.|nº))?"
    r"(?: is| was| ist| lautet| est| es| è)?(?:" + pii_code_words.SEPARATORS + r"|[\"'](?:[ \t]*,)?|\]=>|\()*\Z"
)
"""Words right before a number that make it an order, tracking, serial or other reference number: an id found alone
by its check digits is not reported after them."""
_NAMED_ALONE = frozenset({"tw_id", "ie_pps", "ch_ahv", "ar_cuit", "cz_birth_number", "my_nric", "cl_rut", "hk_id"})
_NAMED_ALONE |= {"at_svnr"}
DOTTED = lazy.compile(rb"\.000(?:\.000-[0bU]|0\.0000\.00)")
"""In a text's shape: the dots of a Swiss AHV number or of a Chilean RUT."""
_AROUND_6: tuple[tuple[str, int, int, bytes], ...] = (
    ("cz_birth_number", 0, 11, b"#0000"),
    ("my_nric", 0, 14, b"-00-0000"),
    ("hk_id", -1, 9, b"U#0#"),
    ("at_svnr", -5, 6, b"0000#"),
)
"""Bare ids around a run of six digits in a text's shape: the kind, where the id starts and ends (from the run's
start) and the classes around the run (before it, then after it)."""
_SHAPED = {
    "ch_ahv": lazy.compile(r"756\.\d{4}\.\d{4}\.\d\d"),
    "ar_cuit": lazy.compile(r"\d\d-\d{8}-\d"),
    "cz_birth_number": lazy.compile(r"\d{6}/\d{4}"),
    "my_nric": lazy.compile(r"\d{6}-\d\d-\d{4}"),
    "cl_rut": lazy.compile(r"(?<!\d)\d{1,2}\.\d{3}\.\d{3}-[\dkK]"),
    "hk_id": lazy.compile(r"(?<![A-Za-z])[A-Z]{1,2}\d{6}\([0-9A]\)"),
    "at_svnr": lazy.compile(r"[1-9]\d{3} \d{6}"),
}
"""Bare ids found by their punctuation around their digits."""
_BARE_CHECKS: dict[str, Callable[[str], bool]] = {
    "tw_id": tw_id_ok,
    "ie_pps": pps_ok,
    "ch_ahv": ahv_ok,
    "ar_cuit": cuit_ok,
    "cz_birth_number": cz_rc_ok,
    "my_nric": mykad_ok,
    "cl_rut": rut_ok,
    "hk_id": hkid_ok,
    "at_svnr": svnr_ok,
    "mx_rfc": rfc_ok,
    "uk_driving_licence": uk_licence_ok,
    "imei": imei_ok,
    "cn_resident_id": cn_id_ok,
    "mx_curp": curp_ok,
    "medical_license": dea_ok,
    "be_national_number": be_nrn_ok,
    "th_tnin": tnin_ok,
    "ae_emirates_id": emirates_id_ok,
}
KINDS = (
    frozenset(
        {kind for _, _, values in _GROUPS for kind, _, _ in values}
        | set(_BARE_CHECKS)
        | {"za_id_number", "mac_address", "ch_ahv", "ro_cnp", "person_name", "street_address", "upi_id"}
    )
    - pii_plates.KINDS
)
"""Every kind found here (and those found among `pii`'s 13-digit numbers by `dated_13`, and names and street
addresses, found by `pii_people`); a plate's kinds before its owner is seen are never reported (see `pii_plates`)."""


_NON_ASCII_LEADS = (
    *pii_programme_ids.NON_ASCII_LEADS,
    *pii_professions.NON_ASCII_LEADS,
    *pii_permits.NON_ASCII_LEADS,
    *pii_staff_ids.NON_ASCII_LEADS,
    *pii_licence_words.NON_ASCII_LEADS,
    *pii_passport_words.NON_ASCII_LEADS,
    *pii_tax_ids.NON_ASCII_LEADS,
    *pii_phone_labels.NON_ASCII_LEADS,
    *pii_card_words.NON_ASCII_LEADS,
    "マイナンバー",
    "個人番号",
    "生年月日",
    "出生日期",
    "เลขประจำตัวประชาชน",
    "บัตรประชาชน",
    "matrícula",
    "fødselsnummer",
    "útlevél",
    "födelsedatum",
    "född",
    "fødselsdato",
    "født",
    "syntymäaika",
    "생년월일",
    "출생일",
    "ngày sinh",
    "doğum tarihi",
    "дата рождения",
    "emšo",
    "матични",
    "јмбг",
    "егн",
    "کد ملی",
    "هوية",
    "رقم الهوية",
    "الهوية",
    "căn cước",
    "chứng minh",
    "διαβατ",
    "cestovní",
    "звоните",
    "позвоните",
    "телефон",
    "утас",
    "ტელეფონი",
    "მობილური",
    "ဖုန်း",
    "հեռախոս",
    "දුරකථන",
    "தொலைபேசி",
    "ទូរស័ព្ទ",
    "ໂທລະສັບ",
    "ስልክ",
    "тел",
    "\uc678\uad6d\uc778",
    "\uc0ac\uc5c5\uc790",
    "\uc6b4\uc804\uba74\ud5c8",
    "\uba74\ud5c8\ubc88\ud638",
    "\uc5ec\uad8c",
    "\u65c5\u5238\u756a\u53f7",
    "\u30d1\u30b9\u30dd\u30fc\u30c8\u756a\u53f7",
    "\u62a4\u7167",
    "\u8b77\u7167",
    "\u0438\u043d\u043d",
    "\u0438\u0434\u0435\u043d\u0442\u0438\u0444\u0438\u043a\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0439",
    "\u043f\u0430\u0441\u043f\u043e\u0440\u0442",
    "\u0441\u0435\u0440\u0438\u044f",
    "henkilötunnus",
    "sécurité sociale",
    "sécu",
    "führerschein",
    "körkort",
    "cédula",
    "carte d'identité",
    "תעודת זהות",
    "מספר זהות",
    "주민등록번호",
    "주민번호",
    "снилс",
    "móvil",
    "teléfono",
    "téléphone",
    "tél",
    "هاتف",
    "جوال",
    "موبايل",
    "تلفون",
    "تلفن",
    "טלפון",
    "फ़ोन",
    "फोन",
    "मोबाइल",
    "電話",
    "携帯",
    "手机",
    "电话",
    "전화",
    "휴대폰",
    "โทร",
    "rol único",
    "rodné",
    "香港身份證",
    "身份證",
    "身分證",
    "αφμ",
    "α.φ.μ",
    "αμκα",
    "α.μ.κ.α",
    "társadalombiztosítási",
    "afiliación",
    "рнокпп",
    "іпн",
    "ідентифікаційний",
    "реєстраційний",
    "иин",
    "жсн",
    "cartão de cidadão",
    "cartão de cidadao",
    "cartao de cidadão",
    "n.º de identificação",
    "nº de identificação",
    "né le",
    "née le",
    "registro único",
    "llámame",
    "llámeme",
    "llámanos",
    "zadzwoń do",
    "né(e) le",
    "pièce d'identit",
    "titre de séjour",
    *pii_latin_ids.NON_ASCII_LEADS,
    *pii_be_ids.NON_ASCII_LEADS,
    *pii_world_ids.NON_ASCII_LEADS,
    *pii_local_cards.NON_ASCII_LEADS,
    *pii_plates.NON_ASCII_LEADS,
    *pii_regional_ids.NON_ASCII_LEADS,
    *pii_accounts.NON_ASCII_LEADS,
    *pii_civil_ids.NON_ASCII_LEADS,
    *pii_id_table.NON_ASCII_LEADS,
    "رقم الإقامة",
    "الإقامة",
    "الاقامة",
    "إقامة",
    "numéro d'assurance",
    "رقم الاقامة",
    "هوية مقيم",
    "định danh",
    "số định danh",
    "mã định danh",
    "ембг",
    "матичен",
    "единствен матичен",
    "enotna matična",
    "居留證",
    "統一證號",
    "출생",
    "생일",
    "誕生日",
    "出生年月日",
    "生日",
    "วันเกิด",
    "تاريخ الميلاد",
    "تاریخ تولد",
    "תאריך לידה",
    "जन्म तिथि",
    "जन्मतिथि",
    "дата народження",
    "дата на раждане",
    "датум рођења",
    "дата нараджэння",
    "জন্ম তারিখ",
    "জন্মতারিখ",
    "تاریخ پیدائش",
    "پیدائش کی تاریخ",
    "تاريخ الولادة",
    "जन्म मिति",
    "பிறந்த",
    "උපන් දිනය",
    "төрсөн",
    "туған күні",
    "tugʻilgan",
    "tug‘ilgan",
    "doğum tarixi",
    "დაბადების თარიღი",
    "ծննդյան ամսաթիվ",
    "የትውልድ ቀን",
    "ημερομηνία γέννησης",
    "موبایل",
    "همراه",
    "شماره تماس",
    "فون",
    "موبائل",
    "נייד",
    "ফোন",
    "মোবাইল",
    "τηλέφωνο",
    "τηλεφωνο",
    "τηλ.",
    "κινητό",
    "κινητο",
    "\u0e21\u0e37\u0e2d\u0e16\u0e37\u0e2d",
    "\u0111i\u1ec7n tho\u1ea1i",
    "s\u0111t",
    "联系方式",
    "聯絡方式",
    "連絡先",
    "연락처",
    "핸드폰",
    "微信",
    "呼叫",
    "拨打",
    "撥打",
    "致电",
    "致電",
)
_ALL_LEADS = tuple(unicodedata.normalize("NFKC", w) for w in (*_LEADS, *_NON_ASCII_LEADS))
"""Folded as texts are (see `normalize`): NFKC splits some Thai vowels, for one."""
_LEAD_SET = frozenset(_ALL_LEADS)


class Indexed:
    """Words looked for in a long text through the shared index (`scan.INDEX`), which holds the ASCII ones (Hyperscan
    reads ASCII words only); the others are found by passes of their own in a text that is not ASCII, so that a label
    in any script is found in a long text as in a short one."""

    __slots__ = ("heads", "others")

    def __init__(self, words: Iterable[str], where: bool = True) -> None:
        words = set(words)
        INDEX.add((w for w in words if w.isascii()), where)
        others = [w for w in words if not w.isascii()]
        self.others = Words(others, deferred=True) if others else None
        # one pass of the regex engine for a character or two costs less than the Hyperscan pass (~0.6 ms a MB)
        self.heads = Heads(self.others.words) if self.others is not None and len(self.others.passes) > 2 else None

    def find(self, low: str) -> tuple[dict[str, list[int]], set[str]]:
        """Each word that occurs in `low`, with where it starts, and those that occur too often (see `Index.find`)."""
        found, unknown = INDEX.find(low)
        if self.others is None or low.isascii():
            return found, unknown
        more, often = self._others(low, self.others, self.heads)
        if not more and not often:
            return found, unknown
        return {**found, **more}, unknown | often  # new objects: the index's answer is shared with other detectors

    def known(self, low: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """`find`'s answer for a shorter text when the shared index reads it in one Hyperscan pass (see
        `Index.known`: one pass for every detector, where a reader of its own for all the words costs several), the
        words outside ASCII found by their own passes in a text outside ASCII; else None."""
        where = scan_known(low)
        if where is None or self.others is None or low.isascii():
            return where
        more, often = self.others.found_by(low, len(low) // PER_START, self.heads)
        if not more and not often:
            return where
        return {**where[0], **more}, where[1] | often  # new objects: the index's answer is shared

    @staticmethod
    def _others(low: str, others: Words, heads: Heads | None) -> tuple[dict[str, list[int]], set[str]]:
        """`others.find(low, ...)`: in a long text, from one Hyperscan pass for all the words (`heads`) when it is
        built and they stand at no more places than the passes would stop at (a pass per character costs ~11 ms a
        MB of prose outside ASCII for some 30 characters, the one pass ~1 ms)."""
        most = len(low) // PER_START
        places = heads.scanned(low, 8 * most + 64) if heads is not None and len(low) >= LONG else None
        return others.find(low, most) if places is None else others.counted(places, most)


_INDEXED = Indexed(_ALL_LEADS)
_OWN = Words(_ALL_LEADS, deferred=True)
"""The label words' own finder, for a text the shared index does not read cheaply (no Hyperscan, or not yet built)."""
_OWN_FROM = 256
"""Shorter texts than this, when the shared index cannot read them, are searched for labels by one regex pass (its
cost grows with the length; the finder's passes cost a fixed few microseconds each)."""


_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _labels(low: str) -> list[re.Match[str]]:
    """The labels in `low`, tried only where one of their leading words starts."""
    if len(low) >= LONG:  # the index's passes are shared with the injection rules, which read every long text too
        known: tuple[dict[str, list[int]], set[str]] | None = _INDEXED.find(low)
    elif len(low) >= _OWN_FROM:
        known = _INDEXED.known(low)
    else:  # (a short text's one pass, the other detectors' word tests read too: no second pass of its own)
        known = scan_known(low) if low.isascii() else None
    if known is None and len(low) < _OWN_FROM:
        return list(_LABEL.finditer(low)) if _LABEL_MAY.may(low) else []
    found, unknown = known if known is not None else _OWN.find(low, len(low) // PER_START)
    starts = {at for w, ats in found.items() if w in _LEAD_SET for at in ats}
    for word in _LEAD_SET.intersection(unknown) if unknown else ():  # too common for the index: found one by one
        starts.update(every_place(low, word))
    out: list[re.Match[str]] = []
    for at in sorted(starts):
        if (out and at < out[-1].end()) or (at and low[at - 1] in _WORDISH):
            continue  # inside a label found, or inside a word (`(?<![a-z0-9])` would refuse it)
        m = _label_at(low, at)
        if m is not None:
            out.append(m)
    return out


def _bare(text: str, shape: bytes, places: Places) -> list[Finding]:
    """Ids whose structure and check digits are strong enough without a label (`places`: see `pii_digits`)."""
    spans: list[tuple[str, re.Match[str] | None]] = []
    for s, end in places.runs:
        n = end - s
        if n == 6:
            for kind, lo, hi, around in _AROUND_6:
                if shape[s + lo : s] + shape[s + 6 : s + hi] == around:
                    spans.append((kind, _SHAPED[kind].search(text, max(0, s + lo - 1), s + hi)))
        elif n == 8 and shape[s - 3 : s] == b"00-" and shape[s + 8 : s + 10] == b"-0":  # `20-12345678-6`
            spans.append(("ar_cuit", _SHAPED["ar_cuit"].fullmatch(text, s - 3, s + 10)))
        if n == 7 and shape[s + 7 : s + 8] == b"U":  # `1234567T`, `1234567TW`: an Irish PPS number
            spans.append(("ie_pps", _PPS.match(text, s)))
        if n in (17, 18):
            spans.append(("cn_resident_id", _CN.fullmatch(text, s, s + 18)))
        elif n in (7, 8) and s >= 1:
            at = s - 2 if n == 7 else s - 1
            spans.append(("medical_license", _DEA.fullmatch(text, at, at + 9) if at >= 0 else None))
        elif n == 6 and s >= 3:
            if shape[s - 3 : s - 1] == b"00" and shape[s - 1] in b"#-":  # `35-209900-176148-1`
                spans.append(("imei", _IMEI.fullmatch(text, s - 3, s + 15)))
            if shape[s - 1] != ord("U"):
                continue
            spans.append(("mx_curp", _CURP.fullmatch(text, s - 4, s + 14)))
            spans.append(("mx_rfc", _RFC.fullmatch(text, s - 4, s + 9)))
            if s >= 5:
                spans.append(("uk_driving_licence", _UK_DL.fullmatch(text, s - 5, s + 11)))
        elif n == 5 and s >= 7:
            spans.append(("th_tnin", _TH.fullmatch(text, s - 7, s + 10)))
        elif n == 9 and s >= 1 and shape[s - 1] == ord("U"):  # `A123456789`: a Taiwanese id
            spans.append(("tw_id", _TW.fullmatch(text, s - 1, s + 9)))
    at = shape.find(_BE_SHAPE)
    while at >= 0:
        spans.append(("be_national_number", _BE.fullmatch(text, at, at + len(_BE_SHAPE))))
        at = shape.find(_BE_SHAPE, at + 1)
    at = shape.find(_AE_SHAPE)
    while at >= 0:  # `784-1987-1234567-1`: an Emirates ID, by its dashes, country code, birth year and Luhn check
        spans.append(("ae_emirates_id", _AE.fullmatch(text, at, at + len(_AE_SHAPE))))
        at = shape.find(_AE_SHAPE, at + 1)
    for m in matches_at(DOTTED, shape, places.dotted) if places.dotted else ():  # `756.1234.5678.97`, `12.345.678-5`
        at = m.start()
        kind = "ch_ahv" if shape[at + 4] == ord("0") else "cl_rut"
        spans.append((kind, _SHAPED[kind].search(text, max(0, at - 3), at + (13 if kind == "ch_ahv" else 10))))
    out = []
    for kind, m in spans:
        if m is None:
            continue
        lo, hi = m.span()
        if (lo and shape[lo - 1] in _EDGE) or (hi < len(shape) and shape[hi] in _EDGE):
            continue
        if kind in _NAMED_ALONE and REFERENCE_BEFORE.search(text[max(0, lo - 40) : lo].lower()) is not None:
            continue
        if _BARE_CHECKS[kind](m.group()):
            out.append(Finding(DETECTOR, kind, lo, hi))
    return out


_SEPARATORS = (",", "\t", ";", "|")
_CELL_TRIM = " \t\r\"'`*"
_TABLE_ROWS = 2000
_HEADER_MAX = 2000
DigitKinds = Callable[[str], tuple[tuple[str, Callable[[str], bool]], ...]]
"""For a header cell's lower-cased name, the kinds of digit-only values it names, each with its check."""


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """The spans of a row's cells (quotes not read: a quoted separator shifts the later cells, which then fail)."""
    spans, at = [], 0
    while True:
        end = line.find(sep, at)
        if end < 0:
            spans.append((at, len(line)))
            return spans
        spans.append((at, end))
        at = end + 1


def _trim(line: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and line[lo] in _CELL_TRIM:
        lo += 1
    while hi > lo and line[hi - 1] in _CELL_TRIM:
        hi -= 1
    return lo, hi


_NUMBER_CELL = lazy.compile(r"(?:^|[,\t;|])[\s\"']*[\d.:/-]*\d{2}[\d.:/-]*[\s\"']*(?:$|[,\t;|])")
"""A cell that holds a number (a version, a date, a count): found in a row, never in a header."""
_DIGITS_CELL = lazy.compile(r"\d[\d .-]{6,22}\d")


_STRING_BREAK = "\x00\n"
"""What ends the line before a string of a message joined for the detectors (`\n\x00\n` between strings)."""
_STRINGS = 64
"""The most strings of one joined text whose first lines are read as a table's header."""


def string_heads(text: str) -> Iterator[tuple[int, int, int]]:
    """The first and second line of `text` and of each string joined into it (a tool result's text comes after its
    keys), as (string, start, end): where a table's header stands."""
    start, strings = 0, 0
    while start >= 0 and strings < _STRINGS:
        first = text.find("\n", start)
        if first < 0:
            yield strings, start, len(text)
            return
        if not text.startswith(_STRING_BREAK, first + 1):  # (a string of one line holds no table: a key, a value)
            second = text.find("\n", first + 1)
            yield strings, start, first
            yield strings, first + 1, second if second >= 0 else len(text)
        start = text.find("\x00", start)  # (one character: `str.find` looks for it at memchr's speed)
        while start >= 0 and not text.startswith(_STRING_BREAK, start):
            start = text.find("\x00", start + 1)
        start, strings = (start if start < 0 else start + len(_STRING_BREAK)), strings + 1


Failed = list[tuple[int, int, frozenset[str]]]
"""Numbers written right after the label of an id (or in its column) whose check they fail: where each stands, and
the kinds named."""


def _tables(
    text: str, labels: list[re.Match[str]], more: DigitKinds | None, failed: Failed | None = None
) -> list[Finding]:
    """Values in the rows under a header cell that names them: CSV, TSV, semicolon and Markdown tables (`name,ssn`
    then `Ana Ruiz,536228841`). Header lines: the text's first two and those holding a label. Cells of an id's
    shape that fail its check are added to `failed`, if given."""
    first = text.find("\n")
    if first < 0:
        return []
    out: list[Finding] = []
    heads = sorted({head for _, head, _ in string_heads(text)} | {text.rfind("\n", 0, m.start()) + 1 for m in labels})
    for head in heads:
        head_end = text.find("\n", head)
        if head_end < 0 or head_end - head > _HEADER_MAX:
            continue
        line = text[head:head_end]
        sep = max(_SEPARATORS, key=line.count)
        if sep not in line and "  " in line:
            out += _aligned_table(text, head, head_end, more)
            continue
        if sep not in line or _NUMBER_CELL.search(line) is not None:
            continue  # a header names its columns: a number in it makes it a row
        above = text[text.rfind("\n", 0, head - 1) + 1 : head - 1] if head > 0 else ""
        if above.count(sep) == line.count(sep) and _NUMBER_CELL.search(above) is not None:
            continue  # a row of a table that started above
        columns: dict[int, _Column] = {}
        for i, (lo, hi) in enumerate(_cells(line, sep)):
            lo, hi = _trim(line, lo, hi)
            name = line[lo:hi].lower()
            if not name or len(name) > 40 or not any(c.isalpha() for c in name):
                continue
            if (column := _column(name, more)) is not None:
                columns[i] = column
        if not columns:
            continue
        at, rows = head_end + 1, 0
        while at < len(text) and rows < _TABLE_ROWS:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = text[at:end]
            if not row.strip():
                break
            cells = _cells(row, sep)
            for i, column in columns.items():
                if i >= len(cells):
                    continue
                lo, hi = _trim(row, *cells[i])
                if (kind := _cell_kind(row[lo:hi], column)) is not None:
                    out.append(Finding(DETECTOR, kind, at + lo, at + hi))
                elif failed is not None and (kinds := _cell_fails(row[lo:hi], column)):
                    failed.append((at + lo, at + hi, kinds | {CELL}))
            at, rows = end + 1, rows + 1
    return out


def _aligned_table(text: str, head: int, head_end: int, more: DigitKinds | None) -> list[Finding]:
    """Values in the rows of a table aligned by spaces under a header cell that names them (see `_tables`)."""
    rows = pii_record_views.aligned_rows(text, head, head_end)
    if not rows:
        return []
    columns: dict[int, _Column] = {}
    for i, m in enumerate(pii_record_views.header_cells(text, head, head_end)):
        name = m.lower()
        if len(name) > 40 or not any(c.isalpha() for c in name) or any(c.isdigit() for c in name[:1]):
            continue
        if (column := _column(name, more)) is not None:
            columns[i] = column
    out: list[Finding] = []
    for _, cells in rows:
        for i, column in columns.items():
            lo, hi = cells[i]
            if lo < hi and (kind := _cell_kind(text[lo:hi], column)) is not None:
                out.append(Finding(DETECTOR, kind, lo, hi))
    return out


_Column = tuple[list[tuple[str, re.Pattern[str], Callable[[str], bool]]], tuple]
"""What a column may hold: its label's value kinds (kind, shape, check) and the digit kinds its name asks for."""


_PASSPORT_HEADER = lazy.compile(r"(?<![a-z])(?:pass(?:e?port|aport[eo])|pasaporte|paspoort|paszport|reisepass)")
"""A header cell naming a column of passport numbers."""


def _column(name: str, more: DigitKinds | None) -> _Column | None:
    """What the column under the header cell `name` (lower case) may hold; None when its name names no id."""
    spaced = name.replace("_", " ")
    label = _LABEL.search(spaced) if _LABEL_MAY.may(spaced) else None
    values = _VALUES[label.lastgroup or ""] if label is not None else []
    if not values and _PASSPORT_HEADER.search(spaced) is not None:
        values = _VALUES["passport"]  # `passport`, `passport_no`: letters and digits, read in free text by `pii`
    digit_kinds = more(name) if more is not None else ()
    return (values, digit_kinds) if values or digit_kinds else None


def _cell_kind(value: str, column: _Column) -> str | None:
    """The kind of id a table cell's `value` is by its column's shapes and checks; None when it is none."""
    values, digit_kinds = column
    kind = next((k for k, pattern, ok in values if pattern.fullmatch(value) and ok(value)), None)
    if kind is None and digit_kinds and _DIGITS_CELL.fullmatch(value):
        digits = _digits(value)
        kind = next((k for k, ok in digit_kinds if ok(digits)), None)
    return kind


CELL = "table cell"
"""Marks a failed value found in a table's column (see `Failed`) rather than after its label."""
_NOT_FAILED = frozenset({"phone_number", "passport_number", "bank_account_number", "driver_license"}) | frozenset(
    {"de_tax_id", "ca_sin", "au_medicare", "au_tfn", "us_itin", "au_abn", "au_acn", "aba_routing_number"}
)
"""Kinds a header names whose digits have no check of their own, or whose header word other schemes share (`tax
id`, `sin`, `medicare`): a number under it that fails the kind's check may be another scheme's, not a failed one."""


def _cell_fails(value: str, column: _Column) -> frozenset[str]:
    """The kinds with a check whose shape a table cell's `value` (of no kind, see `_cell_kind`) has: the ids whose
    check it fails (empty when it has none's shape)."""
    values, digit_kinds = column
    kinds = {k for k, pattern, ok in values if ok not in _NO_CHECK and pattern.fullmatch(value)}
    if digit_kinds and _DIGITS_CELL.fullmatch(value):
        kinds.update(k for k, _ in digit_kinds if k not in _NOT_FAILED)
    return frozenset(kinds)


_THING = (
    r"(?:business|contractor'?s?|trade|trading|liquor|alcohol|premises|cannabis|retail|dispensary|operating|broadcast|"
    r"station|software|product|site|vendor|dealer|building|plumbing|electrical|pesticide|applicator|export|import|food|"
    r"kennel|establishment|facility|pharmacy|company|firm|fcc|spectrum|radio|music|seat|volume|enterprise|api|sdk|"
    r"plugin|feature|server|node|floating|shop|store|restaurant|gaming|casino|lottery|mining|timber|harvest|vessel|"
    r"wholesale|wholesaler|distributor|manufacturer|cultivation|cultivator|carrier|brokerage|agency|salon|venue|"
    r"event|entertainment|waste|water|well|drilling|export|hauling|haulage|operator'?s?|market|stall|taxi firm)"
)
_THING_BEFORE = lazy.compile(_THING + r"[ _-]?\Z")
"""A licence's holder named as a thing right before `licence` (`Contractor licence #`, `premises licence no.`): a
business's or a product's licence, not a person's driving licence."""
_THING_AFTER = lazy.compile(r"[^\n]{0,80}?(?<![a-z])" + _THING + r"[ _-]?licen[cs]e")
"""The same said on the line after the number (`Licence number LIQ-128736 (premises licence, ...)`)."""


def _thing_licence(low: str, label: re.Match[str]) -> bool:
    """Whether a bare `licence number`/`lic #` label names a business's or a product's licence (see `_THING_BEFORE`)."""
    return (
        _THING_BEFORE.search(low, max(0, label.start() - 24), label.start()) is not None
        or _THING_AFTER.match(low, label.end()) is not None
    )


def find(
    text: str, low: str, shape: bytes, places: Places, more: DigitKinds | None = None, failed: Failed | None = None
) -> list[Finding]:
    """Identifiers in `text` named by a label or valid alone; `low` is the text lower-cased and `shape` its classes
    (see `pii.text_shape`), both of the same length, `places` where its digit-led shapes match (see `pii_digits`);
    `more` names the digit kinds of other header words (see `_tables`); numbers of a label's shape that fail its
    checks are added to `failed`, if given."""
    first = shape.find(b"0")
    if first < 0 or shape.find(b"0", first + 1) < 0:  # every value holds at least two digits
        return _worded_births(text, low)  # but a birth date with its year in words (`nineteen eighty-five`)
    out = []
    labels = _labels(low)
    if "\n" in text:
        out += _tables(text, labels, more, failed)
    gone = 0  # where the last label's gap ended: a short form in brackets there is that label's own (`... (NPI):`)
    for label in labels:
        if label.lastgroup == "driver" and low.startswith("lic", label.start()) and _thing_licence(low, label):
            continue
        if label.start() < gone and low[label.start() - 1] == "(":
            continue
        gap = _GAP.match(text, label.end(), label.end() + _GAP_REACH)
        at = gap.end() if gap is not None else label.end()
        gone = at
        shaped = None
        lead = at
        if at > label.end() + 2 and text[at - 3 : at - 1].isupper():
            # the gap may have read a number's letters as a word (`claim no. MA 412 873 645`: `ma`): try them first
            plain = _PLAIN_GAP.match(text, label.end(), at)
            lead = plain.end() if plain is not None and at - plain.end() <= 4 else at
        for kind, value, ok in _VALUES[label.lastgroup or ""]:
            m = value.match(text, lead) if lead < at else None
            if m is None or not ok(m.group()):
                m = value.match(text, at)
            if ok is _alnum_ok and shaped is not None and _grouped_scheme(shaped):
                if failed is not None:  # a number in a scheme's own groups failing its check: a look-alike
                    failed.append((shaped.start(), shaped.end(), _KINDS_OF[label.lastgroup or ""]))
                break
            if m is not None and ok(m.group()):
                end = m.end() + (low[m.end() : m.end() + 1] in ("日", "일"))  # `1985年3月7日`: the day's sign ends it
                start = m.start() - 2 if low[max(0, m.start() - 2) : m.start()] in _ERAS else m.start()
                out.append(Finding(DETECTOR, kind, start, end))
                break
            if ok not in _NO_CHECK:
                shaped = shaped or m
        else:
            shared = _shared_label(text, low, label)
            if shared is not None:
                out.append(shared)
                continue
            wide = _widened(text, label, at)
            other = (
                pii_civil_ids.generic(text, label.lastgroup or "", at, label.start())
                if shaped is None and wide is None
                else None
            )
            if wide is not None:
                out.append(wide)
            elif other is not None:
                out.append(Finding(DETECTOR, "id_card_number", other.start(), other.end()))
            elif shaped is not None and failed is not None:
                failed.append((shaped.start(), shaped.end(), _KINDS_OF[label.lastgroup or ""]))
    return out + _bare(text, shape, places) + _booked_documents(text, low)


_BIRTH_CUES = ("birth", "born", "dob", "d.o.b")
_SPELLED_BIRTH = lazy.compile(pii_spelled_dates.value(_MONTHS))


def _worded_births(text: str, low: str) -> list[Finding]:
    """Birth dates written all in words after an English birth label, in a text with fewer than two digits."""
    if not any(cue in low for cue in _BIRTH_CUES):
        return []
    out = []
    for label in _labels(low):
        if label.lastgroup == "dob":
            gap = _GAP.match(text, label.end(), label.end() + _GAP_REACH)
            m = _SPELLED_BIRTH.match(text, gap.end() if gap is not None else label.end())
            if m is not None:
                out.append(Finding(DETECTOR, "date_of_birth", m.start(), m.end()))
    return out


_SSR_DOCS = lazy.compile(r"SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d [PIC]/[A-Z]{3}/([A-Z0-9]{5,15})/")
"""A travel document in an airline booking (`SSR DOCS LH HK1 P/GRC/<number>/GRC/<birth date>/...`)."""


INDEX.add(["ssr docs"], where=False)  # whether it occurs (see `scan.holds`)


def _booked_documents(text: str, low: str = "") -> list[Finding]:
    """Passport and identity card numbers in airline bookings' `SSR DOCS` lines (`low`: `text` lower-cased)."""
    if not holds(text, low, "SSR DOCS"):
        return []
    return [
        Finding(DETECTOR, "passport_number", m.start(1), m.end(1))
        for m in _SSR_DOCS.finditer(text)
        if _not_one_digit(m.group(1))
    ]


def _grouped_scheme(m: re.Match[str]) -> bool:
    """Whether a value that fills a scheme's shape is written in that scheme's groups (`1-1037-02071-81-2`,
    `12.345.678`): separators inside it, so not a run of digits that any other id may be."""
    value = m.group().strip()
    return any(c in value for c in " .-/") and sum(c.isdigit() for c in value) >= 7


def _shared_label(text: str, low: str, label: re.Match[str]) -> Finding | None:
    """A value of another group whose labels also match where `label` starts (`NIF:` names Haiti's, Portugal's and
    Cape Verde's tax numbers; the first group takes the label): its check must pass."""
    start = label.start()
    for group in _groups_at(low[start]):
        m = group.match(low, start)
        if m is None or m.lastgroup == label.lastgroup:
            continue
        gap = _GAP.match(text, m.end(), m.end() + _GAP_REACH)
        at = gap.end() if gap is not None else m.end()
        for kind, value, ok in _VALUES[m.lastgroup or ""]:
            if ok in _NO_CHECK:
                continue
            v = value.match(text, at)
            if v is not None and ok(v.group()):
                return Finding(DETECTOR, kind, v.start(), v.end())
    return None


def _widened(text: str, label: re.Match[str], at: int) -> Finding | None:
    """A value that passes its check digits after the wider gap (see `_WIDE_GAP`), when it reaches further than the
    usual one did (`at`)."""
    gap = _WIDE_GAP.match(text, label.end(), label.end() + _WIDE_REACH)
    if gap is None or gap.end() <= at:
        return None
    for kind, value, ok in _VALUES[label.lastgroup or ""]:
        if ok in _NO_CHECK:
            continue
        m = value.match(text, gap.end())
        if m is not None and ok(m.group()):
            return Finding(DETECTOR, kind, m.start(), m.end())
    return None


# --- phone numbers written in national groups, without a country code or trunk prefix --------------------------

GROUPED = lazy.compile(rb"00(?<![0bU.:_+/-]00)(?<!0[#-]00)0{0,3}(?:[#-]0{2,5}){1,3}(?![0bU_]|[#.:/-]0)")
"""In a text's shape: two to four groups of digits joined by single separators, nothing number-like around."""
_NATIONAL_GROUPS: dict[tuple[int, ...], str] = {
    (5, 5): "6789",  # India: `98765 43210`
    (3, 4, 4): "1",  # China, mobile: `138 1234 5678`
    (3, 3, 3): "6789",  # Spain, Portugal: `912 345 678`
    (3, 2, 2, 2): "6789",  # Spain: `612 34 56 78`
    (2, 3, 2, 2): "123456789",  # Poland, landline: `22 123 45 67`
    (2, 4, 4): "123456789",  # Mexico, Argentina: `55 1234 5678`, `11 4321-8765`
    (3, 3, 2, 2): "3489",  # Russia, Ukraine, Kazakhstan without the trunk: `495 123-45-67`
}
"""Groupings of national phone numbers that no other common number is written in, each with the digits its first
group may start with."""
_PHONE_NOT_BEFORE = lazy.compile(
    r"(?<![a-z])(?:account|acct|routing|iban|ssn|social security|tax|vat|price|total|amount|qty|quantity|x|by)"
    r"(?: ?(?:number|no\.?|num|nr|id|#|code))?[ :#.=-]*\Z"
)


_UNIT_AFTER = lazy.compile(
    r"\s?(?:[€$£¥%]|(?i:eur|usd|gbp|chf|inr|rs|bytes?|[kmgt]i?b|km|kg|m|t|people|inhabitants|units)\b)"
)
"""A currency or unit after a number: an amount or a count, not a phone number."""


_NO_DIGITS = str.maketrans("", "", "0123456789")


def grouped_phones(text: str, shape: bytes, places: Places) -> list[Finding]:
    """Phone numbers written in a country's own groups without a prefix (see `_NATIONAL_GROUPS`), separated by
    single spaces or dashes, and not named as another number (`places`: see `pii_digits`)."""
    out: list[Finding] = []
    for m in matches_at(GROUPED, shape, places.grouped) if places.grouped else ():
        groups = tuple(map(len, m.group().replace(b"-", b"#").split(b"#")))
        if groups not in _NATIONAL_GROUPS:
            continue  # `2024-05-01`, most often
        lo, hi = m.span()
        raw = text[lo:hi]
        seps = set(raw.translate(_NO_DIGITS))
        if not seps <= {" ", "-"}:
            continue
        first = _NATIONAL_GROUPS.get(groups)
        if first is None or raw[0] not in first or (len(seps) > 1 and groups not in ((2, 4, 4), (3, 3, 2, 2))):
            continue
        if len(groups) == 2 and "-" in seps:
            continue  # `60000-64999`: a range
        if text[hi : hi + 1] in ("-", "/") and text[hi + 1 : hi + 2].isalpha():
            continue  # `138-2041-7736-B`: a part number's letter suffix
        if groups == (3, 4, 4) and raw[1] not in "3456789":
            continue
        digits = _digits(raw)
        if len(set(digits)) < 4 or "000" in raw[groups[0] :].split() or _UNIT_AFTER.match(text, hi) is not None:
            continue  # `712 000 000`, `912 345 678 EUR`: an amount written with spaces between thousands
        before = text[max(0, lo - 40) : lo].lower()
        if REFERENCE_BEFORE.search(before) is not None or _PHONE_NOT_BEFORE.search(before) is not None:
            continue
        if before.rstrip()[-1:] in ("$", "€", "£", "¥"):
            continue
        out.append(Finding(DETECTOR, "phone_number", lo, hi))
    return out


# --- MAC addresses: six pairs of hex digits joined by colons or dashes ------------------------------------------

_MAC = {
    sep: lazy.compile(
        f"{sep}(?:(?<=(?<![\\w:.-])[0-9A-Fa-f]{{2}}{sep})"
        f"(?=[0-9A-Fa-f]{{2}}{sep}[0-9A-Fa-f]{{2}}{sep}[0-9A-Fa-f]{{2}}{sep}[0-9A-Fa-f]{{2}}{sep}[0-9A-Fa-f]{{2}}"
        f"(?![\\w:-]|\\.\\w))"
        + (
            ""
            if sep == "-"
            else "|(?<=(?<![\\w:.])[A-Fa-f][0-9A-Fa-f]{3}:)"
            "(?=(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}(?![\\w:]))(?P<v6>)"
        )
        + ")"
    )
    for sep in ":-"
}
"""Led by the first separator (a literal the regex engine finds fast): the pair before it, five more after it, and
no word character, colon, dot or dash around (an SSH key fingerprint has sixteen pairs, an IPv6 address groups).
The same pass finds IPv6 addresses written in full that start with a letter (`fe80:0000:...:8329`): the number
pass finds those that start with a digit."""


_MAC_NEAR = lazy.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:")
"""What every match of `_MAC[":"]` holds from the colon it is led by (three groups of hex digits between colons): a
long text without it is not read for the colon forms (a light pass instead of the heavy one; code has many colons)."""
_MAC_DASHES = lazy.compile(r"-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}")
"""What every match of `_MAC["-"]` holds from the dash it is led by (five pairs after it)."""
SCREEN.add([_MAC_NEAR, _MAC_DASHES], True)  # a long text's screen tells when it holds neither (see `_mac_may`)
_V6_TAIL = lazy.compile(r"(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}")
_EXAMPLE_BEFORE = lazy.compile(r"(?i)(?:\bex|\be\.g|\beg|example|such as|like)[.:,]?\s*[(\"'`]*\Z")
"""Words that make what follows an example of a format (`(ex: '52:54:00:9d:0e:67')`), nobody's device."""


_HEX_WORDS = ("deadbeef", "cafebabe", "feedface", "badc0de", "c0ffee")


def _made_up_mac(hex12: str) -> bool:
    """Whether twelve hex digits are nobody's device: all zeros, a group address (the first octet's lowest bit set:
    broadcast, IPv4 and IPv6 multicast such as `01:00:5e:...`, `33:33:...`, a bridge's `01:80:c2:...`), a hex word
    (`de:ad:be:ef`) or three octets counting up (`01:02:03`)."""
    if hex12 == "000000000000" or int(hex12[1], 16) & 1 or any(w in hex12 for w in _HEX_WORDS):
        return True
    octets = [int(hex12[i : i + 2], 16) for i in range(0, 12, 2)]
    return any(octets[i + 1] == octets[i] + 1 and octets[i + 2] == octets[i] + 2 for i in range(4))


def _mac_may(text: str, low: str, sep: str) -> bool:
    """Whether the long `text` may hold a MAC address written with `sep`: not when the shared screen read `low` (the
    text as given, lower-cased) for another detector and found no match of what each holds (`_MAC_NEAR`,
    `_MAC_DASHES`: neither reads a backslash or starts with a space, so escapes read as spaces in `text` change none
    of their matches); else, for colons, not when one light pass finds no three groups between colons in `text`."""
    near = _MAC_NEAR if sep == ":" else _MAC_DASHES
    if low and not SCREEN.known(low, near):
        return False
    return sep == "-" or near.search(text) is not None


def macs(text: str, ip_kind: Callable[[str], str | None] | None = None, low: str = "") -> list[Finding]:
    """MAC addresses (`3c:22:fb:91:0a:6e`, `3C-22-FB-91-0A-6E`); the broadcast address, all zeros and examples in
    documentation are nobody's device. `low`: the text as given lower-cased, when the caller has it (see
    `_mac_may`)."""
    out = []
    for sep, pattern in _MAC.items():
        if sep not in text:
            continue
        if len(text) >= LONG:
            if not _mac_may(text, low, sep):
                continue
        elif (_MAC_NEAR if sep == ":" else _MAC_DASHES).search(text) is None:
            continue  # (the light pass a match needs: a short text with many colons is not read by the heavy one)
        for m in pattern.finditer(text):
            if m.group("v6") is not None if sep == ":" else False:
                start, end = m.start() - 4, m.start() + 1 + len(_V6_TAIL.match(text, m.start() + 1).group())
                mostly_zeros = sum(int(g, 16) == 0 for g in text[start:end].split(":")) >= 5  # a textbook form
                kind = ip_kind(text[start:end]) if ip_kind is not None and not mostly_zeros else None
                if kind is not None:
                    out.append(Finding(DETECTOR, kind, start, end))
                continue
            start = m.start() - 2
            if _made_up_mac(text[start : start + 17].lower().replace(sep, "")):
                continue
            if _EXAMPLE_BEFORE.search(text, max(0, start - 16), start) is None:
                out.append(Finding(DETECTOR, "mac_address", start, start + 17))
    return out

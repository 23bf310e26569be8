"""Codes of things that look like personal numbers: shipping containers (ISO 6346), vehicles (VIN), trade items
(GTIN/EAN/UPC) and legal entities (LEI), each known by its check digits."""

from __future__ import annotations

import string

from . import lazy
from .findings import Finding

_LETTER_VALUES = {}
_value = 10
for _c in string.ascii_uppercase:
    _value += _value % 11 == 0
    _LETTER_VALUES[_c] = _value
    _value += 1
"""ISO 6346's values of letters (10 up, skipping multiples of 11)."""

_CONTAINER = lazy.compile(r"[A-Z]{3}[UJZ][ -]?\d{6}[ -]?\d")
_VIN = lazy.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_VALUES = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_LEI = lazy.compile(r"[0-9A-Z]{18}\d\d")
_TRADE_ITEM = lazy.compile(
    r"(?i)(?<![a-z])(?:ean(?:-?(?:8|13))?|gtin(?:-?(?:8|12|13|14))?|upc(?:-?a)?|barcode|bar code|item|article|"
    r"artikel|product|sku|trade item|packaging|case code|carton|outer|pallet|sscc)(?![a-z])"
)
"""Names of a trade item's number, in the lines before a GTIN (whose one check digit alone proves little)."""


def container_ok(code: str) -> bool:
    """Whether `code` is a container's number: owner, category, serial and ISO 6346's check digit."""
    compact = code.replace(" ", "").replace("-", "")
    if _CONTAINER.fullmatch(code) is None or len(compact) != 11:
        return False
    total = sum((_LETTER_VALUES[c] if c.isalpha() else int(c)) << i for i, c in enumerate(compact[:10]))
    return total % 11 % 10 == int(compact[10])


def vin_ok(code: str) -> bool:
    """Whether 17 characters are a vehicle's identification number whose check digit (the 9th) holds."""
    if _VIN.fullmatch(code) is None or not any(c.isdigit() for c in code):
        return False
    total = sum((_VIN_VALUES[c] if c.isalpha() else int(c)) * w for c, w in zip(code, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return code[8] == ("X" if check == 10 else str(check))


def lei_ok(code: str) -> bool:
    """Whether 20 characters are a legal entity identifier (ISO 17442: mod 97 of the whole, letters as numbers)."""
    if _LEI.fullmatch(code) is None or code.isdigit():
        return False
    return int("".join(str(int(c, 36)) for c in code)) % 97 == 1


def gtin_ok(digits: str) -> bool:
    """Whether 8, 12, 13 or 14 digits carry a GTIN's check digit."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isdigit():
        return False
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def thing(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is the code of a thing: a container's or a vehicle's number or an LEI whose check
    holds, or a GTIN whose check holds with a trade item's name in the lines before it."""
    value = text[start:end]
    size = end - start
    if 11 <= size <= 13 and container_ok(value):
        return True
    if size == 17 and vin_ok(value):
        return True
    if size == 20 and lei_ok(value):
        return True
    return gtin_ok(value) and _TRADE_ITEM.search(text, max(0, start - 120), start) is not None


_TIED = lazy.compile(
    r"(?i)(?<![a-z])(?:owner|registered keeper|keeper|registrant|insured|policy ?holder|lessee|borrower|buyer|"
    r"purchaser|seller|debtor|customer|client|applicant|claimant|titled to|title holder|assigned to|driven by|"
    r"propri[ée]taire|titular|halter|eigent[üu]mer)(?![a-z])"
)
"""Words that tie a vehicle to a person in its record (`Registered owner:`, `Titular:`, `Halter:`)."""
_REACH = 300
"""How far around a vehicle's number its record may reach (a blank line ends it sooner)."""


def vehicles(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the vehicle identification numbers that nothing in their record ties to a person (a person's name
    found there, or `owner`, `insured`, `lessee`...): a fleet's, a dealer's or a recall's vehicle is nobody's."""
    names = [f for f in found if f.kind == "person_name"]
    return [f for f in found if f.kind != "vin" or _tied(text, f.start, f.end, names)]


def _tied(text: str, start: int, end: int, names: list[Finding]) -> bool:
    lo = text.rfind("\n\n", max(0, start - _REACH), start)
    lo = max(0, start - _REACH) if lo < 0 else lo
    hi = text.find("\n\n", end, end + _REACH)
    hi = min(len(text), end + _REACH) if hi < 0 else hi
    return any(lo <= n.start and n.end <= hi for n in names) or _TIED.search(text, lo, hi) is not None


_HANDSET_TIED = lazy.compile(
    r"(?i)(?<![a-z])(?:my|his|her|their|your|subscriber|user|employee|staff|customer|client|owner|holder|"
    r"assigned to|issued to|belongs to|stolen|lost|reported|victim|suspect|msisdn|imsi|sim|phone number|mobile|"
    r"name|mr|mrs|ms|dr)(?![a-z])"
)
"""Words that tie a handset's IMEI to a person (`my phone`, `Subscriber:`, `issued to`, its SIM or number)."""
_LAB = lazy.compile(
    r"(?i)(?<![a-z])(?:test (?:handset|device|unit|phone)s?|lab|laboratory|demo (?:unit|device|handset)|"
    r"reference (?:unit|device|handset)|sample (?:unit|device)|golden (?:unit|sample)|certification|"
    r"conformance|type approval|firmware|spec(?:ification)?|datasheet|stock|inventory|warehouse|refurbished|"
    r"for sale|listing|lot)(?![a-z])"
)
"""Words of a handset that is a thing in a lab, a stock list or a sale, not someone's phone."""


def handsets(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the IMEIs written for a lab's, a stock list's or a sale's handset (see `_LAB`) that nothing in
    their record ties to a person (a name found there, or `my`, `subscriber`, `issued to`, its SIM)."""
    names = [f for f in found if f.kind == "person_name"]
    things = []
    for f in found:
        if f.kind == "imei":
            lo = text.rfind("\n\n", max(0, f.start - _REACH), f.start)
            lo = max(0, f.start - _REACH) if lo < 0 else lo
            hi = text.find("\n\n", f.end, f.end + _REACH)
            hi = min(len(text), f.end + _REACH) if hi < 0 else hi
            if (
                _LAB.search(text, lo, hi) is not None
                and _HANDSET_TIED.search(text, lo, hi) is None
                and not any(lo <= n.start and n.end <= hi for n in names)
            ):
                things.append((f.start, f.end))
    # (the same digits read as another kind, a card's, are the handset's too)
    return [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in things)]

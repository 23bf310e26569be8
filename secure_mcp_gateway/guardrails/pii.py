"""Personal data: e-mail addresses, phone numbers, payment cards, national ids, IBANs and IP addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from .findings import Finding
from .normalize import find_folded
from .scan import SHORT

# Checksums are verified wherever the format has one (Luhn for cards and Canadian SINs, mod 97 for IBANs, Verhoeff
# for Aadhaar, the control letter of Spanish DNI/NIE), so numbers that merely look right are not reported.
#
# IP addresses: loopback, unspecified, multicast and reserved addresses (127.0.0.1, 0.0.0.0, ::1, 255.255.255.0)
# identify nobody and are not reported; private, link-local and shared ranges (10/8, 192.168/16, fe80::/10, ...)
# are reported as kind `private_ip_address`, public ones as `ip_address`, so a policy can allow either alone.
#
# Speed: the number-shaped kinds are found by one combined expression that starts with a digit, throws out digits
# inside a word or a longer number with one look-behind and dates and times with one look-ahead, then tries only
# the kinds whose cheap look-ahead fits; no repeat is unbounded, so it never backtracks more than a few dozen steps.
# In a longer text it is tried only where the text's shape says a number starts (see `number_starts`). Phone
# numbers written with `+` or `(`, and e-mail addresses (`@`), hang off those literal characters.

DETECTOR = "pii"

# --- e-mail ----------------------------------------------------------------------------------------------------

_EMAIL_DOMAIN = re.compile(
    r"@(?=[A-Za-z0-9][A-Za-z0-9-]{0,62}\.[A-Za-z0-9])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}"
    r"([A-Za-z]{2,24}))(?![A-Za-z0-9-])"
)
_LOCAL_TAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}\Z")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_FILE_TLDS = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "mjs", "ts", "json", "yaml", "yml", "lock", "txt"}
)


def _emails(text: str) -> list[Finding]:
    out = []
    for m in _EMAIL_DOMAIN.finditer(text):
        at = m.start()
        if m.group(2).lower() in _FILE_TLDS:
            continue
        local = _LOCAL_TAIL.search(text, max(0, at - 64), at)
        if local is None:
            continue
        run = local.start()
        if run > 0 and text[run - 1] in _LOCAL_CHARS:
            continue  # longer than 64 characters: not a local part
        start = run
        while start < at and text[start] == ".":
            start += 1
        if start == at or text[at - 1] == ".":
            continue
        out.append(Finding(DETECTOR, "email", start, m.end()))
    return out


# --- number-shaped kinds ---------------------------------------------------------------------------------------

# Each kind's expression after its first digit; the combined expression below arranges them as a tree of cheap
# look-aheads. A kind whose checksum fails falls back to the later kinds, each matched alone at the same place.
# (kind, guard and pattern after the first character, how many characters the real start lies before the match)
_FIRST = r"[0-9](?<![0-9a-z_.+\-][0-9])"
_A = r"(?<!\w[0-9])"
_KINDS: tuple[tuple[str, str, int], ...] = (
    ("credit_card", r"(?=\d{12})\d{12,18}(?!\w)", 0),
    (
        "credit_card_grouped",
        r"(?=\d{3}[ -]\d)(?<![0-9][ -][0-9])\d{3}(?:(?P<cs>[ -])\d{4}(?P=cs)\d{4}(?P=cs)\d{1,4}"
        r"(?:(?P=cs)\d{1,3})?|(?P<cs2>[ -])\d{6}(?P=cs2)\d{4,5})(?![\w-])",
        0,
    ),
    ("ssn", r"(?=\d\d[- ]\d)\d\d(?P<ssn_sep>[- ])\d\d(?P=ssn_sep)\d{4}(?![\w-]|[ -]\d)", 0),
    ("ca_sin", r"(?=\d\d[- ]\d)\d\d(?P<sin_sep>[- ])\d{3}(?P=sin_sep)\d{3}(?![\w-]|[ -]\d)", 0),
    ("in_aadhaar", r"(?=\d{3}[- ]\d)(?<=[2-9])\d{3}(?P<aad_sep>[- ])\d{4}(?P=aad_sep)\d{4}(?![\w-]|[ -]\d)", 0),
    ("es_dni", r"(?=\d{7})\d{7}-?[A-HJ-NP-TV-Z](?!\w)", 0),
    ("phone_us", r"(?=\d\d[-. ]\d)\d\d(?P<us_sep>[-. ])\d{3}(?P=us_sep)\d{4}(?!\w|[-.]\d|(?P=us_sep)\d)", 0),
    ("ipv4", r"(?=\d{0,2}\.)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)", 0),
    (
        "phone_national",
        r"(?<=0)\d{1,4}(?P<nat_sep>[ .-])\d{2,8}(?:(?P=nat_sep)\d{2,8}){0,3}(?!\w|[-./]\d|(?P=nat_sep)\d)",
        0,
    ),
    (
        "ipv6",
        r"(?=[0-9A-Fa-f]{0,3}:)(?<!:\d)[0-9A-Fa-f]{0,3}(?=[0-9A-Fa-f:]{0,38}::|(?:[0-9A-Fa-f]{0,4}:){7})"
        r"(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])",
        0,
    ),
    ("iban", r"(?<=(?<![A-Za-z0-9])[A-Z]{2}\d)\d(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", 2),
    (
        "uk_nino",
        r"(?<=(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d)\d ?\d\d ?\d\d ?[A-D](?![A-Za-z0-9])",
        2,
    ),
    ("es_nie", r"(?<=(?<![A-Za-z0-9])[XYZ]\d)\d{6}-?[A-HJ-NP-TV-Z](?![A-Za-z0-9])", 1),
    (
        "uk_nino_spaced",
        r"(?<=(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d)\d \d\d \d\d [A-D](?![A-Za-z0-9])",
        3,
    ),
)

_AFTER_BOUNDARY = 10
"""The first kinds start a number of their own (not after a letter), which `_A` checks once for all of them."""
_REST = {k: rest for k, rest, _ in _KINDS}


def _alt(*kinds: str) -> str:
    return "|".join(f"(?P<{k}>{_REST[k]})" for k in kinds)


# The same kinds as a tree: at each start only a few cheap look-aheads run before the kinds that can still match.
_NUMERIC = re.compile(
    "".join(
        (
            _FIRST,
            # what every kind needs next, tested in one look-ahead so that most numbers are rejected at once: up
            # to 4 more digits and a separator before a digit, 5 more digits, hex digits and a colon, or (IBAN)
            # a digit then four letters or digits
            r"(?=\d{0,4}[- .]\d|\d{5}|[0-9A-Fa-f]{0,3}:|\d ?[A-Z0-9]{4})",
            r"(?=[0-9A-Fa-f.:])",  # every kind continues with one of these
            r"(?!\d{3}-\d\d-\d\d|\d?:\d\d)",  # dates and times, the most common numbers in tool output
            f"(?:{_A}(?:(?=\\d)(?:",  # a number of its own, then a digit
            f"(?=\\d\\d[- .]\\d)(?:{_alt('ssn', 'ca_sin', 'phone_us')})",  # 3 digits, a separator
            f"|(?=\\d{{3}}[- ]\\d)(?:{_alt('credit_card_grouped', 'in_aadhaar')})",  # 4 digits, a separator
            f"|(?=\\d{{6}})(?:{_alt('credit_card', 'es_dni')})",  # 7 digits or more
            f"|{_alt('phone_national')})",  # 0, then digits
            f"|{_alt('ipv4', 'ipv6')})",
            f"|(?<=[A-Z][0-9])(?:{_alt('iban', 'uk_nino', 'es_nie')})",  # right after two letters
            f"|{_alt('uk_nino_spaced')})",
        )
    )
)
# Phone numbers that start with `+` or `(` have their own expressions, led by that literal character.
_PHONE_INTL = re.compile(r"\+(?<![\w+]\+)[1-9][\d \-.()]{6,22}\d(?!\d)")
_PHONE_PAREN = re.compile(r"\((?<![\w(]\()\d{3}\) ?\d{3}[-. ]\d{4}(?!\w|[-.]\d)")
_SINGLE = {
    k: re.compile(f"{_FIRST}{_A if i < _AFTER_BOUNDARY else ''}(?P<{k}>{rest})")
    for i, (k, rest, _) in enumerate(_KINDS)
}
_BACK = {k: back for k, _, back in _KINDS}
_FALLBACK = {k: [later for later, _, _ in _KINDS[i + 1 :]] for i, (k, _, _) in enumerate(_KINDS)}


def luhn(digits: str) -> bool:
    """Whether a digit string passes the Luhn checksum."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
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
    """Whether a digit string passes the Verhoeff checksum (Aadhaar)."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


_IBAN_LENGTHS = {
    country: int(size)
    for country, size in re.findall(
        r"([A-Z]{2})(\d\d)",
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 "
        "ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 "
        "LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 "
        "RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20",
    )
}


def iban_ok(value: str) -> bool:
    """Whether `value` (spaces allowed) is an IBAN of a known country's length with a valid mod-97 checksum."""
    compact = value.replace(" ", "")
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _card_ok(raw: str) -> bool:
    digits = "".join(c for c in raw if c.isdigit())
    if not 13 <= len(digits) <= 19:
        return False
    seps = {c for c in raw if not c.isdigit()}
    if len(seps) > 1:
        return False
    if seps:
        groups = [len(g) for g in raw.split(seps.pop())]
        if not ((all(g == 4 for g in groups[:-1]) and 1 <= groups[-1] <= 4) or groups in ([4, 6, 5], [4, 6, 4])):
            return False
    if not luhn(digits):
        return False
    d2, d3, d4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    return (
        digits[0] in "46"
        or 51 <= d2 <= 55
        or 2221 <= d4 <= 2720
        or d2 in (34, 36, 37, 38, 39, 50)
        or 300 <= d3 <= 305
        or 3528 <= d4 <= 3589
    )


_SSN_INVALID = frozenset({"078051120", "219099999"})


def _ssn_ok(raw: str) -> bool:
    d = raw.replace("-", "").replace(" ", "")
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000" and d not in _SSN_INVALID


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(raw: str) -> bool:
    raw = raw.replace("-", "")
    number = str("XYZ".index(raw[0])) + raw[1:-1] if raw[0] in "XYZ" else raw[:-1]
    return _DNI_LETTERS[int(number) % 23] == raw[-1]


def _nino_ok(raw: str) -> bool:
    return raw[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def _phone_intl_ok(raw: str) -> bool:
    digits = sum(c.isdigit() for c in raw)
    if not 8 <= digits <= 15:
        return False
    if any(bad in raw for bad in ("..", "--", "  ", "((", "))", "()", ".-", "-.")):
        return False
    return raw.count("(") == raw.count(")") <= 1


def _nanp_ok(raw: str) -> bool:
    d = "".join(c for c in raw if c.isdigit())
    return len(d) == 10 and d[0] in "23456789"


def _national_ok(raw: str) -> bool:
    d = "".join(c for c in raw if c.isdigit())
    return 9 <= len(d) <= 12 and d[1] != "0" and len(set(d)) > 2


_SHARED_V4 = ipaddress.ip_network("100.64.0.0/10")


_DOCUMENTATION = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20")
)
"""Ranges reserved for examples in documentation (RFC 5737, RFC 3849, RFC 9637): nobody's address."""


def _ip_kind(raw: str) -> str | None:
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        return None
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return None
    if any(ip.version == n.version and ip in n for n in _DOCUMENTATION):
        return None
    if ip.is_private or ip.is_link_local or (ip.version == 4 and ip in _SHARED_V4):
        return "private_ip_address"
    return "ip_address"


def _ipv6_plausible(raw: str) -> bool:
    groups = [g for g in raw.split(":") if g]
    return raw.count(":") == 7 or (len(groups) >= 2 and (len(groups) >= 4 or any(len(g) >= 3 for g in groups)))


_ZIP4 = re.compile(r"\d{5}-\d{4}")
_TZ_COORDINATES = re.compile(r"\+\d{4}(?:\d\d)?[-+]\d{5}(?:\d\d)?")
"""A ZIP+4 code, and a time zone's coordinates as written in zone.tab (`+4042-07403`): not phone numbers."""


def _version_like(raw: str) -> bool:
    """Whether a dotted quad reads as a version or an OID (`3.1.1.1`, `2.5.29.14`) rather than an address (a
    well-known resolver such as 8.8.8.8 or 1.1.1.1 repeats one digit)."""
    octets = [int(p) for p in raw.split(".")]
    return (all(o < 10 for o in octets) and len(set(octets)) > 1) or (octets[0] <= 2 and octets[1] < 40)


def _classify(kind: str, raw: str) -> str | None:
    """The reported kind for a candidate of `kind`, or None when its checksum or shape rules it out."""
    if kind in ("credit_card", "credit_card_grouped"):
        return "credit_card" if _card_ok(raw) else None
    if kind == "ssn":
        return kind if _ssn_ok(raw) else None
    if kind == "ca_sin":
        d = raw.replace("-", "").replace(" ", "")
        return kind if d[0] not in "08" and luhn(d) else None
    if kind == "in_aadhaar":
        return kind if verhoeff(raw.replace("-", "").replace(" ", "")) else None
    if kind in ("es_dni", "es_nie"):
        return "es_dni" if _dni_ok(raw) else None
    if kind == "iban":
        return kind if iban_ok(raw) else None
    if kind in ("uk_nino", "uk_nino_spaced"):
        return "uk_nino" if _nino_ok(raw) else None
    if kind == "ipv4":
        return None if _version_like(raw) else _ip_kind(raw)
    if kind == "ipv6":
        return _ip_kind(raw) if _ipv6_plausible(raw) else None
    if kind == "phone_us":
        return "phone_number" if _nanp_ok(raw) else None
    if kind == "phone_national":
        return "phone_number" if _national_ok(raw) and not _ZIP4.fullmatch(raw) else None
    return kind


def _phones(text: str) -> list[Finding]:
    out = []
    if "+" in text:
        out += [
            Finding(DETECTOR, "phone_number", *m.span())
            for m in _PHONE_INTL.finditer(text)
            if _phone_intl_ok(m.group()) and not _TZ_COORDINATES.fullmatch(m.group())
        ]
    if "(" in text:
        out += [
            Finding(DETECTOR, "phone_number", *m.span()) for m in _PHONE_PAREN.finditer(text) if _nanp_ok(m.group())
        ]
    return out


# --- where a number-shaped kind can start, found on the text's shape ------------------------------------------

# `_NUMERIC` would be tried at every digit, most of them inside longer numbers, hex ids and timestamps, and in a
# long text that alone costs more than everything else here. So a long text is first mapped to its shape, each
# character to its class by one `bytes.translate`, and the shape is searched for the classes that can stand
# before a number, each a literal the regex engine finds fast, followed by `_NUMERIC` written over classes. That
# expression is loosened wherever a class holds more than a character it stands for (where `_NUMERIC` wants a
# capital it accepts any `U`; a negative look-around blocks only what it would block in every case), so it finds
# every start `_NUMERIC` finds and a few more, and only there is `_NUMERIC` tried on the text itself.
#
# Classes: `0` ASCII digits; `b` a-z and `_`; `U` A-Z; `+`, `.`, `-` and `:` themselves; `?` itself and every
# character outside Latin-1 (it may be a digit of another script, so `?` can stand for anything); `#` everything
# else (spaces, other punctuation, line breaks, accented letters). `_FIRST` lets a number start at a digit after
# `#`, `:`, `U` or `?`, or at the very start of the text.
_SHAPE_TABLE = bytes(
    ord("0")
    if c in "0123456789"
    else ord("b")
    if c in "abcdefghijklmnopqrstuvwxyz_"
    else ord("U")
    if c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    else ord(c)
    if c in "+.-:?"
    else ord("#")
    for c in map(chr, range(256))
)
_D = "[0?]"  # a digit: ASCII or maybe one of another script
_W = "[0bU]"  # characters that are surely word characters
_KIND_SHAPES = {
    "credit_card": f"{_D}{{12,18}}(?!{_W})",
    "credit_card_grouped": f"(?<!0-0){_D}{{3}}(?:(?P<cs>[#-]){_D}{{4}}(?P=cs){_D}{{4}}(?P=cs){_D}{{1,4}}"
    f"(?:(?P=cs){_D}{{1,3}})?|(?P<cs2>[#-]){_D}{{6}}(?P=cs2){_D}{{4,5}})(?![0bU-])",
    "ssn": f"{_D}{_D}(?P<ssn_sep>[#-]){_D}{_D}(?P=ssn_sep){_D}{{4}}(?![0bU-]|-0)",
    "ca_sin": f"{_D}{_D}(?P<sin_sep>[#-]){_D}{{3}}(?P=sin_sep){_D}{{3}}(?![0bU-]|-0)",
    "in_aadhaar": f"{_D}{{3}}(?P<aad_sep>[#-]){_D}{{4}}(?P=aad_sep){_D}{{4}}(?![0bU-]|-0)",
    "es_dni": f"{_D}{{7}}-?U(?!{_W})",
    "phone_us": f"{_D}{_D}(?P<us_sep>[#.-]){_D}{{3}}(?P=us_sep){_D}{{4}}(?!{_W}|[-.]0)",
    "ipv4": f"{_D}{{0,2}}\\.{_D}{{1,3}}\\.{_D}{{1,3}}\\.{_D}{{1,3}}(?!{_W}|\\.0)",
    "phone_national": f"{_D}{{1,4}}(?P<nat_sep>[#.-]){_D}{{2,8}}(?:(?P=nat_sep){_D}{{2,8}}){{0,3}}(?!{_W}|[-.]0)",
    "ipv6": "(?=[0bU]{0,3}:)(?<!:0)[0bU]{0,3}(?=[0bU:]{0,38}::|(?:[0bU]{0,4}:){7})(?::[0bU]{0,4}){2,7}(?![0bU:])",
    "iban": f"(?<=(?<![0U])UU0){_D}(?:#?[0U]{{4}}){{2,7}}(?:#?[0U]{{1,3}})?(?![0U])",
    "uk_nino": f"(?<=(?<![0U])UU0){_D}#?{_D}{_D}#?{_D}{_D}#?U(?![0U])",
    "es_nie": f"(?<=(?<![0U])U0){_D}{{6}}-?U(?![0U])",
    "uk_nino_spaced": f"(?<=(?<![0U])UU#0){_D}#{_D}{_D}#{_D}{_D}#U(?![0U])",
}
"""Each kind of `_KINDS` after its first digit, over the classes of `_SHAPE_TABLE`."""


def _shape_alt(*kinds: str) -> str:
    return "|".join(f"(?:{_KIND_SHAPES[k]})" for k in kinds)


# After a capital only the kinds that follow letters can start (`_A` rules out the others), after anything else
# only the others: each class before the first digit gets the part of `_NUMERIC` that can follow it.
_SHAPE_AFTER_BOUNDARY = "".join(
    (
        "(?=[0bU.:])",  # `(?=[0-9A-Fa-f.:])`: a lone digit before a space or a comma is out at once
        "(?!000-00-00|0?:00)",
        # that and the one look-ahead of what every kind needs next, in one: digits then a separator and a digit,
        # a dot and a digit, more digits, or hex digits and a colon
        f"(?={_D}{{1,4}}[#.-]{_D}|\\.{_D}|{_D}{{6}}|[0bU]{{0,3}}:)",
        f"(?:(?={_D})(?:(?={_D}{_D}[#.-]{_D})(?:{_shape_alt('ssn', 'ca_sin', 'phone_us')})",
        f"|(?={_D}{{3}}[#-]{_D})(?:{_shape_alt('credit_card_grouped', 'in_aadhaar')})",
        f"|(?={_D}{{6}})(?:{_shape_alt('credit_card', 'es_dni')})",
        f"|{_shape_alt('phone_national')})",
        f"|{_shape_alt('ipv4', 'ipv6')}",
        f"|{_shape_alt('uk_nino_spaced')})",
    )
)
_SHAPE_AFTER_CAPITAL = f"(?:{_shape_alt('iban', 'uk_nino', 'es_nie')})"
_SHAPE_STARTS = tuple(
    (lead, re.compile(re.escape(lead) + b"0(?=" + tail.encode() + b")"))
    for lead, tail in (
        (b"#", _SHAPE_AFTER_BOUNDARY),
        (b":", _SHAPE_AFTER_BOUNDARY),
        (b"?", _SHAPE_AFTER_BOUNDARY),
        (b"U", _SHAPE_AFTER_CAPITAL),
    )
)


def number_starts(text: str) -> list[int]:
    """Positions where a number-shaped kind may start: every start `_NUMERIC` can match at, and a few more."""
    shape = b"#" + text.encode("latin-1", "replace").translate(_SHAPE_TABLE)
    starts: list[int] = []
    for lead, pattern in _SHAPE_STARTS:
        if lead not in shape:  # no capitals, no `?` and nothing outside Latin-1, ...
            continue
        starts.extend(m.start() for m in pattern.finditer(shape))  # shape[i + 1] is text[i]
    starts.sort()
    return starts


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_NUMERIC` in `text`, as its `finditer` gives them (tried only where `number_starts` says a
    number can start, unless the text is short)."""
    if len(text) <= SHORT:
        yield from _NUMERIC.finditer(text)
        return
    end = 0
    for at in number_starts(text):
        if at >= end:
            m = _NUMERIC.match(text, at)
            if m is not None:
                end = m.end()
                yield m


_TRIMMED = frozenset({"iban", "credit_card_grouped"})
_IPV4_TAIL = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])")


def _trimmed(text: str, kind: str, start: int, end: int) -> int:
    """Where a candidate whose checksum failed ends once trailing groups that are not its own are cut off (an IBAN
    followed by a currency code, a card number followed by its expiry date), or 0."""
    cut = end
    while True:
        cut = max(text.rfind(" ", start, cut), text.rfind("-", start, cut) if kind != "iban" else -1)
        if cut <= start:
            return 0
        raw = text[start:cut]
        if kind == "iban" and iban_ok(raw):
            return cut
        if kind != "iban" and sum(c.isdigit() for c in raw) >= 13 and _card_ok(raw):
            return cut


def _ipv4_tail(text: str, end: int) -> int:
    """The end of an IPv6 address whose last 32 bits are written as an IPv4 address (`::ffff:192.0.2.1`)."""
    m = _IPV4_TAIL.match(text, end)
    return m.end() if m is not None else end


def _numeric(text: str) -> list[Finding]:
    out = []
    for m in _number_matches(text):
        kind = m.lastgroup or ""
        candidates = [(kind, m)]
        candidates += [(k, None) for k in _FALLBACK.get(kind, ())]
        for k, km in candidates:
            if km is None:
                km = _SINGLE[k].match(text, m.start())
                if km is None:
                    continue
            start = km.start() - _BACK[k]
            end = km.end()
            if k == "ipv6":
                end = _ipv4_tail(text, end)
            reported = _classify(k, text[start:end])
            if reported is None and k in _TRIMMED:
                end = _trimmed(text, k, start, end)
                reported = _classify(k, text[start:end]) if end else None
            if reported is not None:
                out.append(Finding(DETECTOR, reported, start, end))
                break
    return out


# --- IPv6 written with `::` and starting with a letter (fe80::1) ------------------------------------------------

# A group of hex digits given back could only end before another hex digit or colon, which the final look-ahead
# refuses, so backtracking stays a few steps per `::`; a 1 MB flood of `a::` takes about 60 ms here.
_IPV6_RIGHT = re.compile(r"::(?<!:::)(?!:)(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\w:])")
_IPV6_LEFT = re.compile(r"(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}\Z")


def _ipv6_compressed(text: str) -> list[Finding]:
    out = []
    for m in _IPV6_RIGHT.finditer(text):
        at = m.start()
        left = _IPV6_LEFT.search(text, max(0, at - 40), at) if at > 0 else None
        start = left.start() if left else at
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_:."):
            continue
        if start < at and text[start].isdigit():
            continue  # found by the number-shaped pass
        end = _ipv4_tail(text, m.end())
        raw = text[start:end]
        kind = _ip_kind(raw) if _ipv6_plausible(raw) else None
        if kind:
            out.append(Finding(DETECTOR, kind, start, end))
    return out


# --- all together ---------------------------------------------------------------------------------------------

_MIN_LEN = 6


def find(text: str, low: str | None = None) -> list[Finding]:
    """Personal data in `text` (`low` is accepted for a uniform detector signature and not needed); text that is not
    ASCII is read folded (see `normalize`), so full-width digits and padded numbers are found."""
    if len(text) < _MIN_LEN:
        return []
    if not text.isascii():
        return find_folded(_find, text, low)
    return _find(text, text)


def _find(text: str, low: str) -> list[Finding]:
    found = _emails(text) if "@" in text else []
    found += _numeric(text)
    found += _phones(text)
    if ":" in text:  # `"::" in text` would cost twice the scan it saves
        found += _ipv6_compressed(text)
    if len(found) > 1:
        found.sort(key=lambda f: (f.start, -f.end))
        kept = [found[0]]
        for f in found[1:]:
            if f.start >= kept[-1].end:
                kept.append(f)
        found = kept
    return found

"""Personal data: e-mail addresses, phone numbers, payment cards, national ids, IBANs and IP addresses."""

from __future__ import annotations

import bisect
import functools
import hashlib
import ipaddress
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from . import (
    lazy,
    pii_address_labels,
    pii_address_lines,
    pii_bank_files,
    pii_bare_rows,
    pii_cards,
    pii_certs,
    pii_chats,
    pii_code_dates,
    pii_code_words,
    pii_country_checks,
    pii_dial_ins,
    pii_digits,
    pii_displays,
    pii_docs,
    pii_drama,
    pii_edi,
    pii_fields,
    pii_firms,
    pii_games,
    pii_history,
    pii_hl7,
    pii_id_columns,
    pii_id_names,
    pii_ids,
    pii_keyed,
    pii_ledgers,
    pii_letters,
    pii_licences,
    pii_mailboxes,
    pii_markup,
    pii_mrz,
    pii_name_lines,
    pii_name_phones,
    pii_named,
    pii_network,
    pii_org_codes,
    pii_orgs,
    pii_pairs,
    pii_pay_rows,
    pii_payment_codes,
    pii_people,
    pii_plates,
    pii_property,
    pii_prose_names,
    pii_rare_names,
    pii_record_ids,
    pii_record_views,
    pii_records,
    pii_regional_ids,
    pii_registers,
    pii_rolls,
    pii_rosters,
    pii_samples,
    pii_sheets,
    pii_spelled,
    pii_spelled_dates,
    pii_split_values,
    pii_street_forms,
    pii_swift,
    pii_telephony,
    pii_things,
    pii_travel,
    pii_units,
    pii_venues,
    pii_world_ids,
    provider_keys,
)
from .findings import Finding, lower_aligned, lowered
from .may_match import MayMatch
from .normalize import find_folded, outside_ascii
from .pii_ids import luhn_ok as luhn
from .pii_ids import verhoeff
from .scan import (
    INDEX,
    LONG,
    SHORT,
    Heads,
    char_led,
    first_led,
    holds,
    holds_any,
    indexed,
    kept_holds,
    leading_words,
    mapped,
    matches_at,
    runs,
)
from .screen import SCREEN
from .wallet_seeds import bech32_ok

# Checksums are verified wherever the format has one (Luhn for cards and Canadian SINs, mod 97 for IBANs, Verhoeff
# for Aadhaar, the control letter of Spanish DNI/NIE), so numbers that merely look right are not reported.
#
# IP addresses: loopback, unspecified, multicast and reserved addresses (127.0.0.1, 0.0.0.0, ::1, 255.255.255.0)
# identify nobody and are not reported; private, link-local and shared ranges (10/8, 192.168/16, fe80::/10, ...)
# are reported as kind `private_ip_address` where something ties them to a person (see `_tied_private_addresses`),
# public ones as `ip_address`, so a policy can allow either alone.
#
# Speed: the number-shaped kinds are found by one combined expression that starts with a digit, throws out digits
# inside a word or a longer number with one look-behind and dates and times with one look-ahead, then tries only
# the kinds whose cheap look-ahead fits; no repeat is unbounded, so it never backtracks more than a few dozen steps.
# In a longer text it is tried only where the text's shape says a number starts (see `number_starts`). Phone
# numbers written with `+` or `(`, and e-mail addresses (`@`), hang off those literal characters.

DETECTOR = "pii"

# --- e-mail ----------------------------------------------------------------------------------------------------

_IDN = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
"""Letters of internationalised domain names (Latin with accents, Greek, Cyrillic: `bücher.de`, `пример.рф`)."""
_DOMAIN = (
    f"(?=[A-Za-z0-9{_IDN}][A-Za-z0-9{_IDN}-]{{0,62}}\\.[A-Za-z0-9{_IDN}])"
    f"((?:[A-Za-z0-9{_IDN}](?:[A-Za-z0-9{_IDN}-]{{0,61}}[A-Za-z0-9{_IDN}])?\\.){{1,8}}"
    f"([A-Za-z{_IDN}]{{2,24}}))(?![A-Za-z0-9{_IDN}-])"
)
_EMAIL_DOMAIN = lazy.compile("@" + _DOMAIN)
_ENCODED_DOMAIN = lazy.compile("%40" + _DOMAIN)
"""An address in a URL's query, its `@` written `%40` (`?email=dana%40example.com`)."""
_LOCAL_TAIL = lazy.compile(r"[\w.%+'-]{1,64}\Z")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+'-")
_FILE_TLDS = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "mjs", "ts", "json", "yaml", "yml", "lock", "txt"}
)


_RESERVED_TLDS = frozenset({"invalid", "localhost"})
"""Top-level names reserved so that nothing can be delivered there (RFC 2606, RFC 6761)."""
_NO_REPLY = lazy.compile(r"(?i)(?:no-?reply|do-?not-?reply|mailer-daemon)(?:[+.-][\w.+-]*)?\Z")
"""A mailbox that no one reads (`noreply@...`, `do-not-reply@...`): a sender's name, not a person's address."""
_EXAMPLE_DOMAINS = frozenset({"example.com", "example.org", "example.net"})
"""The domains reserved for documentation (RFC 2606)."""
_PLACEHOLDER_MAILBOXES = frozenset(
    """
    user username user.name user_name email e-mail mail name yourname your.name your_name your-name you your.email
    youremail your_email your-email someone somebody anyone nobody foo bar foo.bar baz test tester example me
    firstname.lastname first.last firstname lastname name.surname jdoe noreply no-reply do-not-reply donotreply
    info contact hello support admin webmaster postmaster sales team
    """.split()
)
"""Mailbox names documentation writes at an example domain (`you@example.com`, `user@example.org`)."""
_USERINFO = lazy.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s/@:?#]{0,64}:\Z")
"""A URL's scheme and login name right before a password and `@` (`ftp://anonymous:guest@`, `http://user:pass@`)."""
_USERINFO_REACH = 84
_SCP_PATH = lazy.compile(r":(?!\d+(?:/|\b))[~A-Za-z0-9_.-]*/")
_SERVICE_USERS = frozenset({"git", "hg", "svn"})


_ID_HEADERS = ("message-id", "message_id", "messageid", "in-reply-to", "references", "content-id", "resent-message-id")
_HEADER_REACH = 200
_ID_REACH = 64


def _message_id(text: str, start: int) -> bool:
    """Whether the address-shaped value at `start` stands inside `<...>` in a header that names messages
    (`Message-ID`, `In-Reply-To`, `References`, `Content-ID`) on its line."""
    line = text[max(0, start - _HEADER_REACH) : start]
    line = line[line.rfind("\n") + 1 :].lower()
    opened = line.rfind("<")
    return opened >= 0 and ">" not in line[opened:] and any(h in line[:opened] for h in _ID_HEADERS)


def _emails(text: str, encoded: bool) -> list[Finding]:
    """E-mail addresses; `encoded`: whether the text holds `%40` (an address in a URL's query may)."""
    out = []
    led = char_led(_EMAIL_DOMAIN, text, "@")
    for m in itertools.chain(led, char_led(_ENCODED_DOMAIN, text, "%")) if encoded else led:
        at = m.start()
        if m.group(2).lower() in _FILE_TLDS or m.group(2).lower() in _RESERVED_TLDS:
            continue  # `logo@2x.png`: a file; `noreply@bot.invalid`: a name that can never be delivered to
        local = _LOCAL_TAIL.search(text, max(0, at - 64), at)
        if local is None:
            continue
        run = local.start()
        if run > 0 and (text[run - 1] in _LOCAL_CHARS or text[run - 1].isalnum()):
            continue  # longer than 64 characters: not a local part
        start = run
        while start < at and text[start] in ".'":  # a quote before the address is not part of it (`'a@b.io'`)
            start += 1
        if start == at or text[at - 1] == "." or "%40" in text[start:at]:
            continue
        if text[start:at].isdigit() and text.endswith(("sip:", "sips:"), max(0, start - 5), start):
            continue  # `sip:1001@pbx.example.net`: a telephone extension on a switch, not a mailbox
        if start > 2 and text[start - 1] == ":" and _USERINFO.search(text, max(0, start - _USERINFO_REACH), start):
            continue  # `http://user:pass@example.org/`: a URL's login and password, the host after them
        if text.endswith("://", 0, start) and not text[max(0, start - 9) : start].lower().endswith("mailto://"):
            continue  # `mysql://app_user@db.internal:3306/`: a URL's login, the host after it
        if text[start - 1 : start] == "/" and m.group(1).isupper():
            continue  # `HTTP/web01.corp.example.com@CORP.EXAMPLE.COM`: a service's Kerberos principal and realm
        if _SCP_PATH.match(text, m.end()) is not None or text[start:at] in _SERVICE_USERS:
            continue  # `git@github.com:org/repo.git`: an SSH login to a code host, not a mailbox
        if "<" in text[max(0, start - _ID_REACH) : start] and _message_id(text, start):
            continue  # `Message-ID: <5f1c...@mx.example>`: a message's name, no one's mailbox
        if _NO_REPLY.match(text, start, at) is not None or "noreply." in m.group(1).lower():
            continue  # `noreply@ci.example.org`, `...@users.noreply.github.com`: a bot's sender address
        if m.group(1).lower() in _EXAMPLE_DOMAINS and text[start:at].lower() in _PLACEHOLDER_MAILBOXES:
            continue  # `you@example.com` in documentation: a placeholder at a domain reserved for examples
        if pii_mailboxes.documented(m.group(1)) and pii_mailboxes.functional(text[start:at]):
            continue  # `people-ops@acme.example` in documentation: a desk's mailbox at a domain kept for examples
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
    ("ssn", r"(?=\d\d[- .]\d)\d\d(?P<ssn_sep>[- .])\d\d(?P=ssn_sep)\d{4}(?![\w-]|[ .-]\d)", 0),
    ("br_cpf", r"\d\d\.\d{3}\.\d{3}-\d\d(?![\w-]|[.-]\d)", 0),
    ("ca_sin", r"(?=\d\d[- ]\d)\d\d(?P<sin_sep>[- ])\d{3}(?P=sin_sep)\d{3}(?![\w-]|[ -]\d)", 0),
    ("in_aadhaar", r"(?=\d{3}[- ]\d)(?<=[2-9])\d{3}(?P<aad_sep>[- ])\d{4}(?P=aad_sep)\d{4}(?![\w-]|[ -]\d)", 0),
    ("au_medicare", r"(?<=[2-6])\d{3} \d{5} \d(?: ?\d)?(?![\w-]|[ -]\d)", 0),
    ("es_dni", r"(?=\d{7})\d{7}-?[A-HJ-NP-TV-Z](?!\w)", 0),
    ("dated_id", r"(?:\d{5}[-+A-FU-Y]|\d{7}-)\d{3}[0-9A-Z](?:\d{3})?(?![\w-])", 0),
    ("au_abn", r"\d \d{3} \d{3} \d{3}(?![\w-]|[ -]\d)", 0),
    (
        "phone_us",
        r"(?=\d\d[-. ]\d)\d\d(?P<us_sep>[-. ])\d{3}(?:(?P=us_sep)|(?<= \d{3})-)\d{4}(?!\w|[-.]\d|(?P=us_sep)\d)",
        0,
    ),
    ("phone_trunk", r"(?<=1)(?P<tr_sep>[-. ])\d{3}(?P=tr_sep)\d{3}(?P=tr_sep)\d{4}(?!\w|[-.]\d)", 0),
    ("fr_insee", r"(?<=[12]) \d\d \d\d \d\d \d{3} \d{3}(?: \d\d)?(?![\w-]|[ -]\d)", 0),
    ("ipv4", r"(?=\d{0,2}\.)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\w|\.\d)", 0),
    (
        "phone_national",
        r"(?<=0)\d{1,5}(?P<nat_sep>[ .-])\d{2,8}(?:(?P=nat_sep)\d{2,8}){0,3}(?!\w|[-./]\d|(?P=nat_sep)\d)",
        0,
    ),
    (
        "ipv6",
        r"(?=[0-9A-Fa-f]{0,3}:)(?<!:\d)[0-9A-Fa-f]{0,3}(?=[0-9A-Fa-f:]{0,38}::|(?:[0-9A-Fa-f]{0,4}:){7})"
        r"(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])",
        0,
    ),
    ("br_cnpj", r"\d\.\d{3}\.\d{3}/\d{4}-\d\d(?![\w-])", 0),
    ("iban", r"(?<=(?<![A-Za-z0-9])[A-Z]{2}\d)\d(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", 2),
    (
        "uk_nino",
        r"(?<=(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d)\d ?\d\d ?\d\d ?[A-D](?![A-Za-z0-9])",
        2,
    ),
    ("es_nie", r"(?<=(?<![A-Za-z0-9])[XYZ]\d)\d{6}-?[A-HJ-NP-TV-Z](?![A-Za-z0-9])", 1),
    ("sg_nric", r"(?<=(?<![A-Za-z0-9])[STFGM]\d)\d{6}[A-Z](?![A-Za-z0-9])", 1),
    ("in_pan", r"(?<=(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d)\d{3}[A-Z](?![A-Za-z0-9])", 5),
    ("it_fiscal_code", r"(?<=(?<![A-Za-z0-9])[A-Z]{6}\d)\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z](?![A-Za-z0-9])", 6),
    (
        "uk_nino_spaced",
        r"(?<=(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d)\d \d\d \d\d [A-D](?![A-Za-z0-9])",
        3,
    ),
)

_AFTER_LETTERS = frozenset({"iban", "uk_nino", "es_nie", "sg_nric", "in_pan", "it_fiscal_code", "uk_nino_spaced"})
"""The kinds that start right after letters; the others start a number of their own (not after a letter), which
`_A` checks once for all of them."""
_REST = {k: rest for k, rest, _ in _KINDS}


def _alt(*kinds: str) -> str:
    return "|".join(f"(?P<{k}>{_REST[k]})" for k in kinds)


# The same kinds as a tree: at each start only a few cheap look-aheads run before the kinds that can still match.
_NUMERIC = lazy.compile(
    "".join(
        (
            _FIRST,
            # what every kind needs next, tested in one look-ahead so that most numbers are rejected at once: up
            # to 4 more digits and a separator before a digit, 5 more digits, hex digits and a colon, (IBAN)
            # a digit then four letters or digits, or (PAN) three digits and a letter
            r"(?=\d{0,4}[- .]\d|\d{5}|[0-9A-Fa-f]{0,3}:|\d ?[A-Z0-9]{4}|\d{3}[A-Z])",
            r"(?=[0-9A-Fa-f.:]|(?<=[12])[- .]\d)",  # every kind continues with one of these
            r"(?!\d{3}-\d\d-\d\d|\d?:\d\d)",  # dates and times, the most common numbers in tool output
            f"(?:{_A}(?:(?=\\d)(?:",  # a number of its own, then a digit
            f"(?=\\d\\d[- .]\\d)(?:{_alt('ssn', 'br_cpf', 'ca_sin', 'phone_us')})",  # 3 digits, a separator
            # 4 digits, a separator
            f"|(?=\\d{{3}}[- ]\\d)(?:{_alt('credit_card_grouped', 'in_aadhaar', 'au_medicare')})",
            f"|(?=\\d{{6}})(?:{_alt('credit_card', 'es_dni')})",  # 7 digits or more
            f"|(?=\\d{{5}}[-+A-FU-Y]\\d|\\d{{7}}-\\d)(?:{_alt('dated_id')})",  # a date, a sign, a serial
            f"|(?=\\d \\d{{3}} )(?:{_alt('au_abn')})",
            f"|{_alt('phone_national')})",  # 0, then digits
            f"|(?=[- .]\\d)(?:{_alt('phone_trunk', 'fr_insee')})",  # 1 or 2, then a separator
            f"|{_alt('ipv4', 'ipv6', 'br_cnpj')})",
            # right after letters
            f"|(?<=[A-Z][0-9])(?:{_alt('iban', 'uk_nino', 'es_nie', 'sg_nric', 'in_pan', 'it_fiscal_code')})",
            f"|{_alt('uk_nino_spaced')})",
        )
    )
)
# Phone numbers that start with `+` or `(` have their own expressions, led by that literal character.
_PHONE_INTL = lazy.compile(r"\+(?<![\w+~]\+)[1-9][\d \-.()]{6,22}\d(?!\d)")
_PHONE_PAREN = lazy.compile(
    r"\((?<![\w(]\()(?:0\d{1,4}\)[ -]?\d{6,8}|(?:0\d{1,4}|[1-9]\d{1,2})\)[ -]?\d{2,5}(?:[-. ]\d{2,5}){0,3})"
    r"(?!\w|[-.]\d|[-. ]\d)"
)
_EXTENSION = lazy.compile(
    r"(?i)(?:[ \t]?[,;]?[ \t]?(?:ext(?:ension)?\.?|x|доб\.?|poste|durchwahl|int\.?)[ \t]?|;ext=)\d{1,5}(?![\w.-])"
)
"""An extension after a phone number (`ext. 214`, `x12`, `;ext=3` as RFC 3966 writes it, `доб. 12`, `poste 5`)."""
_TRUNK = lazy.compile(r"(?<![\w+])(?:\+?1|0|8)[ -.]?\Z")
"""The national trunk or country prefix before a parenthesised area code: `1 (415) ...`, `0 (30) ...`, `8 (495) ...`."""
_SINGLE = {k: lazy.compile(f"{_FIRST}{'' if k in _AFTER_LETTERS else _A}(?P<{k}>{rest})") for k, rest, _ in _KINDS}
_BACK = {k: back for k, _, back in _KINDS}
_FALLBACK = {k: [later for later, _, _ in _KINDS[i + 1 :]] for i, (k, _, _) in enumerate(_KINDS)}


def _renamed(pattern: str, tag: str) -> str:
    """`pattern` with the names of its groups (and of their back-references) prefixed by `tag`."""
    return re.sub(r"\(\?P([<=])([A-Za-z_]\w*)", rf"(?P\1{tag}_\2", pattern)


_LATER = {
    k: lazy.compile("|".join(f"(?:{_renamed(_SINGLE[j].pattern, f'k{n}')})" for n, j in enumerate(later)))
    for k, later in _FALLBACK.items()
    if later
}
"""The kinds after each kind (see `_FALLBACK`) as one expression: where it does not match, none of them does, so a
number whose first kind fails its checks is tried once for all of them (most numbers: versions, local addresses)."""


_IBAN_LENGTHS = {
    country: int(size)
    for country, size in re.findall(
        r"([A-Z]{2})(\d\d)",
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 "
        "ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 "
        "LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 "
        "RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 "
        # joined the registry later: Burundi, Djibouti, Falklands, Honduras, Libya, Mongolia, Nicaragua, Oman,
        # Russia, Sudan, Somalia, Yemen
        "BI27 DJ27 FK18 HN28 LY25 MN20 NI28 OM23 RU33 SD18 SO23 YE30 "
        # used at home though not in the registry: Algeria, Angola, Benin, Burkina Faso, the Central African
        # Republic, Congo, Côte d'Ivoire, Cameroon, Cape Verde, Gabon, Equatorial Guinea, Guinea-Bissau, Iran,
        # Comoros, Morocco, Madagascar, Mali, Mozambique, Niger, Senegal, Chad, Togo
        "DZ26 AO25 BJ28 BF28 CF27 CG27 CI28 CM27 CV25 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 "
        "TD27 TG28 "
        # territories whose banks write their own code before the format of France, the United Kingdom or Finland:
        # French overseas departments and collectivities, the Crown Dependencies, the Åland Islands
        "BL27 GF27 GP27 MF27 MQ27 NC27 PF27 PM27 RE27 TF27 WF27 YT27 GG22 IM22 JE22 AX18",
    )
}


def iban_ok(value: str) -> bool:
    """Whether `value` (spaces allowed) is an IBAN of a known country's length with a valid mod-97 checksum."""
    compact = value.replace(" ", "").replace("-", "")
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
        or 51 <= d2 <= 58
        or 2200 <= d4 <= 2204
        or (digits[0] == "1" and len(digits) == 15)
        or 2221 <= d4 <= 2720
        or d2 in (34, 36, 37, 38, 39, 50)
        or 300 <= d3 <= 305
        or 3528 <= d4 <= 3589
        or (len(digits) == 16 and any(lo <= d4 <= hi for lo, hi in _JCB_EARLIER))
        or (len(digits) == 16 and d4 in _NATIONAL_SCHEMES)
        or (len(digits) == 16 and d2 in (81, 82))  # RuPay (India)
        or (len(digits) == 19 and (d4 == 9704 or d2 == 31))  # Napas's 19-digit cards (Vietnam), T-Union (China)
    )


_JCB_EARLIER = ((3088, 3094), (3096, 3102), (3112, 3120), (3158, 3159), (3337, 3349))
"""JCB's ranges before 3528-3589 (its cards issued under them are still in use)."""


_CARD_LABEL = lazy.compile(
    r"(?i)(?<![a-z])(?:card|carte|tarjeta|cart[ãa]o|karte|kart[aeı]?|карт[аыи]|картк[аи]|بطاقة|کارت|kad|kartu|"
    r"th[ẻe]|卡|카드)(?:[ _-]?(?:no|nr|num(?:ber|[ée]ro)?|#|n[°º]))?[^\n\d]{0,24}\Z"
)
"""A payment card's word right before a number (`Card no:`, `Carte CIB`, `Карта Белкарт`)."""


def _scheme_card(text: str, start: int, end: int) -> bool:
    """Whether 16 or 19 digits in a card's groups (or none), named by a card's word right before them, pass the Luhn
    check: a national scheme's card whose first digits are not among the known (`Carte CIB ...`, `Карта ...`)."""
    raw = text[start:end]
    digits = raw.replace(" ", "").replace("-", "")
    if len(digits) not in (16, 19) or not digits.isdigit() or len(set(digits)) < 4 or not luhn(digits):
        return False
    if len(raw) != len(digits) and not all(len(g) == 4 for g in raw.replace("-", " ").split(" ")[:4]):
        return False
    return _CARD_LABEL.search(text, max(0, start - 40), start) is not None


_NATIONAL_SCHEMES = frozenset({9051, 9112, 9360, 9417, 9430, 9682, 9704, 9762, 9792, 9804, 9860, 8600, 2205})
"""The first four digits of national card schemes' 16-digit numbers: ArCa (Armenia), Belkart (Belarus), GPN
(Indonesia), Elcart (Kyrgyzstan), BC Card (Korea), mada (Saudi Arabia), Napas (Vietnam), Korti Milli (Tajikistan),
Troy (Turkey), Prostir (Ukraine), Humo and UzCard (Uzbekistan), PayPak (Pakistan)."""


def _gtin13_ok(digits: str) -> bool:
    """Whether 13 digits are a product barcode (EAN-13 / GTIN-13: weights 1 and 3, mod 10). A 13-digit Visa number
    that is also one is read as the barcode: such cards are no longer issued, barcodes are printed on every product."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


_SSN_INVALID = frozenset({"078051120", "219099999", "123456789"})


def _itin_ok(raw: str) -> bool:
    """A US ITIN: 9XX-GG-XXXX with a group GG of 50-65, 70-88, 90-92 or 94-99."""
    d = "".join(c for c in raw if c.isdigit())
    if d.startswith("98765432"):
        return False
    group = int(d[3:5])
    return d[0] == "9" and (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99)


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights, strict=False))


def cpf_ok(digits: str) -> bool:
    """Whether 11 digits are a Brazilian CPF (two mod-11 check digits; one repeated digit is void)."""
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        check = _weighted(digits, tuple(range(n + 1, 1, -1))) * 10 % 11 % 10
        if check != int(digits[n]):
            return False
    return True


def cnpj_ok(digits: str) -> bool:
    """Whether 14 digits are a Brazilian CNPJ (two mod-11 check digits)."""
    if len(digits) != 14 or len(set(digits)) == 1:
        return False
    for n, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)), (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):
        rest = _weighted(digits, weights) % 11
        if (0 if rest < 2 else 11 - rest) != int(digits[n]):
            return False
    return True


def pesel_ok(digits: str) -> bool:
    """Whether 11 digits are a Polish PESEL: its check digit and a real month (with the century offset)."""
    if len(digits) != 11:
        return False
    month = int(digits[2:4]) % 20
    if not (1 <= month <= 12 and 1 <= int(digits[4:6]) <= 31):
        return False
    return (10 - _weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)) % 10) % 10 == int(digits[10])


def nhs_ok(digits: str) -> bool:
    """Whether 10 digits are a UK NHS number (mod-11 check digit)."""
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    check = 11 - _weighted(digits, (10, 9, 8, 7, 6, 5, 4, 3, 2)) % 11
    return check != 10 and check % 11 == int(digits[9])


def tfn_ok(digits: str) -> bool:
    """Whether 8 or 9 digits are an Australian tax file number (weighted sum divisible by 11)."""
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10) if len(digits) == 9 else (10, 7, 8, 4, 6, 3, 5, 1)
    return len(digits) in (8, 9) and len(set(digits)) > 1 and _weighted(digits, weights) % 11 == 0


def medicare_ok(digits: str) -> bool:
    """Whether 10 or 11 digits are an Australian Medicare card number (first 2-6, check digit 9th)."""
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    return _weighted(digits, (1, 3, 7, 9, 1, 3, 7, 9)) % 10 == int(digits[8])


def insee_ok(digits: str) -> bool:
    """Whether 15 digits are a French social security number (NIR): sex, month and a mod-97 key."""
    if len(digits) != 15 or digits[0] not in "1278" or not (1 <= int(digits[3:5]) <= 12 or int(digits[3:5]) >= 20):
        return False
    return 97 - int(digits[:13]) % 97 == int(digits[13:])


def de_tax_id_ok(digits: str) -> bool:
    """Whether 11 digits are a German tax id (no leading 0, ISO 7064 mod 11,10 check digit)."""
    if len(digits) != 11 or digits[0] == "0" or len(set(digits[:10])) > 9 or len(set(digits[:10])) < 7:
        return False
    product = 10
    for c in digits[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def abn_ok(digits: str) -> bool:
    """Whether 11 digits are an Australian Business Number (weighted sum, first digit less one, mod 89)."""
    if len(digits) != 11 or digits[0] == "0":
        return False
    return _weighted(str(int(digits[0]) - 1) + digits[1:], (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)) % 89 == 0


def acn_ok(digits: str) -> bool:
    """Whether 9 digits are an Australian Company Number (weights 8..1, complement mod 10)."""
    return len(digits) == 9 and (10 - _weighted(digits, (8, 7, 6, 5, 4, 3, 2, 1)) % 10) % 10 == int(digits[8])


def _day_month(dd: str, mm: str) -> bool:
    return 1 <= int(dd) <= 31 and 1 <= int(mm) <= 12


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _dated_kind(raw: str) -> str | None:
    """A personal number that starts with a birth date: Finnish (DDMMYY, century sign, serial, check character),
    Swedish (YYMMDD or YYYYMMDD, `-` or `+`, four digits, Luhn), Korean (YYMMDD-SNNNNNN, sex digit) or Danish
    (DDMMYY-NNNN, mod 11 as issued before 2007)."""
    sep = 8 if raw[8:9] == "-" and raw[:8].isdigit() else 6
    date6, sign, tail = raw[sep - 6 : sep], raw[sep], raw[sep + 1 :]
    if len(tail) == 7 and sep == 6 and sign == "-" and tail.isdigit() and tail[0] in "12345678":
        # Korean resident (sex digit 1-4) or foreigner (5-8) registration number: its birth date and sex digit are
        # its structure; those issued since October 2020 end in random digits, with no check digit
        ok = _day_month(date6[4:], date6[2:4]) and len(set(tail[1:])) > 1
        return None if not ok else "kr_rrn" if tail[0] in "1234" else "kr_frn"
    if len(tail) != 4 or not tail[:3].isdigit():
        return None
    day = int(date6[4:]) % 60  # coordination numbers add 60 to the day
    if sign in "-+" and tail.isdigit() and 1 <= day <= 31 and 1 <= int(date6[2:4]) <= 12 and luhn(date6 + tail):
        return "se_personnummer"
    ok = _day_month(date6[:2], date6[2:4]) and _FI_CHECK[int(date6 + tail[:3]) % 31] == tail[3]
    if sep == 6 and ok:
        return "fi_hetu"
    cpr = sep == 6 and sign == "-" and tail.isdigit() and _day_month(date6[:2], date6[2:4])
    return "dk_cpr" if cpr and _weighted(date6 + tail, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0 else None


def aba_ok(digits: str) -> bool:
    """Whether 9 digits are an ABA routing number (weights 3, 7, 1)."""
    return len(digits) == 9 and digits[0] in "0123678" and _weighted(digits, (3, 7, 1) * 3) % 10 == 0


_NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK", "M": "KLJNPQRTUWX"}


def nric_ok(raw: str) -> bool:
    """Whether `raw` is a Singapore NRIC/FIN (weighted check letter)."""
    total = _weighted(raw[1:8], (2, 7, 6, 5, 4, 3, 2)) + {"T": 4, "G": 4, "M": 3}.get(raw[0], 0)
    for lead, letters in _NRIC_LETTERS.items():
        if raw[0] in lead:
            return letters[total % 11] == raw[8]
    return False


_CF_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23)


def fiscal_code_ok(raw: str) -> bool:
    """Whether `raw` is an Italian codice fiscale (check letter over odd and even positions)."""
    total = 0
    for i, c in enumerate(raw[:15]):
        n = int(c) if c.isdigit() else ord(c) - 65
        total += _CF_ODD[n] if i % 2 == 0 else n
    return chr(65 + total % 26) == raw[15]


def _ssn_ok(raw: str) -> bool:
    d = "".join(c for c in raw if c.isdigit())
    if d in _SSN_INVALID or d.startswith("98765432"):  # numbers printed on sample cards and in advertisements
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(raw: str) -> bool:
    raw = raw.replace("-", "")
    number = str("XYZ".index(raw[0])) + raw[1:-1] if raw[0] in "XYZ" else raw[:-1]
    return _DNI_LETTERS[int(number) % 23] == raw[-1]


def _nino_ok(raw: str) -> bool:
    return raw[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


_COUNTRY_CODES = frozenset(
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 "
    "86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 "
    "237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 "
    "266 267 268 269 290 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 "
    "380 381 382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 "
    "597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 689 690 691 692 850 852 853 855 "
    "856 870 880 881 882 883 886 960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 "
    "996 998".split()
)
"""The country codes assigned to countries, territories and satellite networks (ITU-T E.164): a number after `+`
with none of them (`+808`, `+99`, `+28`) is not anyone's line (international freephone and shared-cost codes
included)."""


_NATIONAL_LENGTHS = {
    code: (int(lo), int(hi or lo))
    for code, lo, hi in re.findall(
        r"(\d+):(\d+)(?:-(\d+))?",
        "1:10 7:10 20:8-10 27:9 30:10 31:9 32:8-9 33:9 34:9 36:8-9 40:9 41:9 44:7-10 45:8 47:8 48:9 51:8-9 52:10-11 "
        "53:8 54:10-11 55:10-11 56:9 57:8-10 58:10 60:8-10 61:9 62:8-12 63:8-10 64:8-10 65:8 66:8-9 81:9-10 82:8-10 "
        "84:9-10 86:9-11 90:10 91:10 92:9-10 93:9 94:9 98:10 211:9 212:9 213:8-9 216:8 218:9 221:9 225:8-10 226:8 "
        "227:8 228:8 229:8-10 233:9 234:8-10 237:9 243:9 244:9 250:9 251:9 254:7-10 255:9 256:9 260:9 261:9 "
        "263:9 351:9 353:7-9 354:7 356:8 357:8 359:7-9 370:8 371:8 372:7-8 373:8 374:8 375:9 380:9 385:8-9 "
        "386:8 420:9 421:9 501:7 502:8 503:8 504:8 505:8 506:8 509:8 591:8 593:8-9 598:8 852:8 853:8 880:8-10 "
        "886:8-9 961:7-8 962:8-9 965:8 966:8-9 968:8 971:8-9 972:8-9 973:8 974:7-8 992:9 993:8 994:9 995:9 996:9 "
        "998:9",
    )
}
"""How many digits follow the country code in a number of these countries (ITU-T E.164 national plans, the
shortest and the longest): `+44 20 7946 095` or `+233 24 123 456` is one digit short of any line there."""


def assigned_code(raw: str) -> bool:
    """Whether the digits after `+` in `raw` start with an assigned country code (see `_COUNTRY_CODES`) and, where
    its plan is known, as many follow as its numbers have (see `_NATIONAL_LENGTHS`)."""
    plus = raw.find("+")
    extension = _EXTENSION.search(raw, plus + 8)
    raw = raw[: extension.start()] if extension is not None else raw
    digits = "".join(c for c in raw[plus + 1 :].replace("(0)", "") if c.isdigit())
    for size in (1, 2, 3):
        if digits[:size] in _COUNTRY_CODES:
            lo, hi = _NATIONAL_LENGTHS.get(digits[:size], (0, 15))
            return lo <= len(digits) - size <= hi
    return False


def _phone_intl_ok(raw: str) -> bool:
    if raw.count(".") == 1 and not any(c in raw for c in " -()") and len(raw) - raw.index(".") <= 4:
        return False  # a signed decimal number (`+35236450.6`)
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
    if d.startswith("00") and d[2:3] not in ("", "0"):  # `00 44 20 ...`: the international prefix dialled
        first = len(re.match(r"\d*", raw).group())  # `0044`, `00351`: the prefix and a country code at most
        return 11 <= len(d) <= 17 and len(set(d)) > 3 and first <= 5
    return 9 <= len(d) <= 12 and d[1] != "0" and len(set(d)) > 2


_SHARED_V4 = ipaddress.ip_network("100.64.0.0/10")


_DOCUMENTATION = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "3fff::/20")
)
"""Ranges reserved for examples in documentation (RFC 5737, RFC 3849, RFC 9637): nobody's address."""


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


@functools.lru_cache(maxsize=4096)
def _ip_kind(raw: str) -> str | None:
    """The kind of address `raw` is (None when it is nobody's: see the top of this module, or no address)."""
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        return None
    # an IPv4 address written in IPv6 (mapped, NAT64, compatible) is judged as that IPv4 address
    if ip.version == 6 and "." in raw and (ip.ipv4_mapped is not None or ip in _NAT64 or int(ip) >> 32 == 0):
        ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_reserved:
        return None
    if ip.version == 4 and raw.startswith("0"):
        return None  # 0.0.0.0/8 (`0.255.255.255`, a wildcard mask): this network, nobody's address
    if any(ip.version == n.version and ip in n for n in _DOCUMENTATION):
        return None
    if ip.is_private or ip.is_link_local or (ip.version == 4 and ip in _SHARED_V4):
        return "private_ip_address"
    return "ip_address"


def _ipv6_plausible(raw: str) -> bool:
    groups = [g for g in raw.split(":") if g]
    return raw.count(":") == 7 or (len(groups) >= 2 and (len(groups) >= 4 or any(len(g) >= 3 for g in groups)))


_ZIP4 = lazy.compile(r"\d{5}-\d{4}")
_TZ_COORDINATES = lazy.compile(r"\+\d{4}(?:\d\d)?[-+]\d{5}(?:\d\d)?")
"""A ZIP+4 code, and a time zone's coordinates as written in zone.tab (`+4042-07403`): not phone numbers."""


_DATED_SIX_FOUR = lazy.compile(r"\d{6}-\d{4}")
_NINE_IN_THREES = lazy.compile(r"0\d\d([ -])\d{3}\1\d{3}")
_SSN_SHAPE = lazy.compile(r"\d{3}-\d{2}-\d{4}")
"""A US Social Security number's grouping (`078-05-1120`), which no country's phone numbers are written in: one that
fails the SSN's rules (a published example's, a reserved area's) is no phone number either."""
_DEGREES = lazy.compile(r"\+\d{1,3}\.\d{3,}[-+]\d{1,3}\.\d{3,}")
"""A place in decimal degrees, ISO 6709 style (`+40.7128-074.0060`), not a phone number."""


def _version_like(raw: str) -> bool:
    """Whether a dotted quad reads as a version, a section number or an OID (`3.1.1.1`, `7.1.4.34`, `2.5.29.14`,
    `3.12.1.0`) rather than an address (a well-known resolver such as 8.8.8.8 or 1.1.1.1 repeats one digit)."""
    octets = [int(p) for p in raw.split(".")]
    if octets[3] == 0:  # `3.12.1.0`: a version, or a network written without its prefix length, not a host
        return True
    return (all(o < 10 for o in octets[:3]) and len(set(octets)) > 1) or (octets[0] <= 2 and octets[1] < 40)


_DIGIT_CHECKS = {"br_cpf": cpf_ok, "br_cnpj": cnpj_ok, "au_medicare": medicare_ok, "fr_insee": insee_ok}


@functools.lru_cache(maxsize=4096)
def _classify(kind: str, raw: str) -> str | None:
    """The reported kind for a candidate of `kind`, or None when its checksum or shape rules it out."""
    if kind in ("credit_card", "credit_card_grouped"):
        if _card_ok(raw) and not (len(raw) == 13 and _gtin13_ok(raw)):
            return "credit_card"
        if kind != "credit_card":
            return None
        if len(raw) == 13 and _gtin13_ok(raw) and not raw.startswith("756"):
            return None  # 13 digits with a barcode's check digit, no word naming an id: a product (AHV: `756...`)
        return "fr_insee" if insee_ok(raw) else pii_ids.dated_13(raw) if len(raw) == 13 else None
    if kind == "ssn":
        return kind if _ssn_ok(raw) else "us_itin" if _itin_ok(raw) else None
    if kind == "ca_sin":
        d = raw.replace("-", "").replace(" ", "")
        if d[0] not in "08" and luhn(d):
            return kind
        return "au_tfn" if tfn_ok(d) else None
    if kind in _DIGIT_CHECKS:
        return kind if _DIGIT_CHECKS[kind]("".join(c for c in raw if c.isdigit())) else None
    if kind == "dated_id":
        return _dated_kind(raw)
    if kind == "au_abn":
        return kind if abn_ok(raw.replace(" ", "")) else None
    if kind == "sg_nric":
        return kind if nric_ok(raw) else None
    if kind == "it_fiscal_code":
        return kind if fiscal_code_ok(raw) else None
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
    if kind == "phone_trunk":
        return "phone_number" if _nanp_ok(raw[2:]) else None
    if kind == "phone_national":
        if _NINE_IN_THREES.fullmatch(raw) or _SSN_SHAPE.fullmatch(raw):
            return None  # `046 454 286`, `078-05-1120`: a SIN's or an SSN's grouping (one failing its check), no phone
        if _DATED_SIX_FOUR.fullmatch(raw) and (_day_month(raw[:2], raw[2:4]) or _day_month(raw[4:6], raw[2:4])):
            return None  # `010190-1235`: a birth date and four digits, a Nordic personal number's shape
        return "phone_number" if _national_ok(raw) and not _ZIP4.fullmatch(raw) else None
    return kind


def _phones(text: str) -> list[Finding]:
    out = []
    if "+" in text:
        for m in char_led(_PHONE_INTL, text, "+"):
            start, raw = m.start(), m.group()
            if start and text[start - 1] == "(" and raw.count(")") == raw.count("(") + 1:
                start, raw = start - 1, "(" + raw  # the country code in brackets: `(+44) 20 7946 0958`
            if text[m.end() : m.end() + 1] == "+" or _DEGREES.fullmatch(raw):
                continue  # `~+20191229111838+6991d57`: a version's date; `+40.7128-074.0060`: a place
            if _phone_intl_ok(raw) and not _TZ_COORDINATES.fullmatch(raw):
                out.append(Finding(DETECTOR, "phone_number", start, _extended(text, m.end())))
    if "(" in text:
        for m in _PHONE_PAREN.finditer(text):
            raw = m.group()
            digits = sum(c.isdigit() for c in raw)
            if 9 <= digits <= 12 and len(set(raw) - {" ", "-", ".", "(", ")"}) > 2:
                trunk = _TRUNK.search(text, max(0, m.start() - 3), m.start())
                out.append(
                    Finding(DETECTOR, "phone_number", trunk.start() if trunk else m.start(), _extended(text, m.end()))
                )
    return out


def _extended(text: str, end: int) -> int:
    """Where a phone number ending at `end` ends with its extension, if one follows (see `_EXTENSION`)."""
    if end < len(text) and text[end] in " \t,;xXeEдДpPiI":
        m = _EXTENSION.match(text, end)
        return m.end() if m is not None else end
    return end


# --- where a number-shaped kind can start, found on the text's shape ------------------------------------------

# `_NUMERIC` would be tried at every digit, most of them inside longer numbers, hex ids and timestamps, and in a
# long text that alone costs more than everything else here. So a long text is first mapped to its shape, each
# character to its class by one `bytes.translate`, and the shape is searched for digits (a literal the regex engine
# finds fast) after a class that can stand before a number, followed by `_NUMERIC` written over classes. That
# expression is loosened wherever a class holds more than a character it stands for (where `_NUMERIC` wants a
# capital it accepts any `U`; a negative look-around blocks only what it would block in every case), so it finds
# every start `_NUMERIC` finds and a few more, and only there is `_NUMERIC` tried on the text itself.
#
# Classes: `0` ASCII digits; `b` a-z; `U` A-Z; `+`, `.`, `-`, `:` and `_` themselves; `?` itself and every
# character outside Latin-1 (it may be a digit of another script, so `?` can stand for anything); `#` everything
# else (spaces, other punctuation, line breaks, accented letters). `_FIRST` lets a number start at a digit after
# `#`, `:`, `U` or `?`, or at the very start of the text.
_SHAPE_TABLE = bytes(
    ord("0")
    if c in "0123456789"
    else ord("b")
    if c in "abcdefghijklmnopqrstuvwxyz"
    else ord("U")
    if c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    else ord(c)
    if c in "+.-:?_"
    else ord("#")
    for c in map(chr, range(256))
)
_D = "[0?]"  # a digit: ASCII or maybe one of another script
_W = "[0bU]"  # characters that are surely word characters
_KIND_SHAPES = {
    "credit_card": f"{_D}{{12,18}}(?!{_W})",
    "credit_card_grouped": f"(?<!0-0){_D}{{3}}(?:(?P<cs>[#-]){_D}{{4}}(?P=cs){_D}{{4}}(?P=cs){_D}{{1,4}}"
    f"(?:(?P=cs){_D}{{1,3}})?|(?P<cs2>[#-]){_D}{{6}}(?P=cs2){_D}{{4,5}})(?![0bU-])",
    "ssn": f"{_D}{_D}(?P<ssn_sep>[#.-]){_D}{_D}(?P=ssn_sep){_D}{{4}}(?![0bU-]|[.-]0)",
    "ca_sin": f"{_D}{_D}(?P<sin_sep>[#-]){_D}{{3}}(?P=sin_sep){_D}{{3}}(?![0bU-]|-0)",
    "in_aadhaar": f"{_D}{{3}}(?P<aad_sep>[#-]){_D}{{4}}(?P=aad_sep){_D}{{4}}(?![0bU-]|-0)",
    "au_medicare": f"{_D}{{3}}#{_D}{{5}}#{_D}(?:#?{_D})?(?![0bU-]|-0)",
    "br_cpf": f"{_D}{_D}\\.{_D}{{3}}\\.{_D}{{3}}-{_D}{_D}(?![0bU-]|[.-]0)",
    "br_cnpj": f"{_D}\\.{_D}{{3}}\\.{_D}{{3}}#{_D}{{4}}-{_D}{_D}(?![0bU-])",
    "phone_trunk": f"(?P<tr_sep>[#.-]){_D}{{3}}(?P=tr_sep){_D}{{3}}(?P=tr_sep){_D}{{4}}(?!{_W}|[-.]0)",
    "fr_insee": f"#{_D}{_D}#{_D}{_D}#{_D}{_D}#{_D}{{3}}#{_D}{{3}}(?:#{_D}{_D})?(?![0bU-]|-0)",
    "sg_nric": f"(?<=(?<![0U])U0){_D}{{6}}U(?![0U])",
    "in_pan": f"(?<=(?<![0U])UUUUU0){_D}{{3}}U(?![0U])",
    "it_fiscal_code": f"(?<=(?<![0U])UUUUUU0){_D}U{_D}{_D}U{_D}{{3}}U(?![0U])",
    "es_dni": f"{_D}{{7}}-?U(?!{_W})",
    "dated_id": f"(?:{_D}{{5}}[-+U]|{_D}{{7}}-){_D}{{3}}[0U](?:{_D}{{3}})?(?![0bU-])",
    "au_abn": f"{_D}#{_D}{{3}}#{_D}{{3}}#{_D}{{3}}(?![0bU-]|-0)",
    "phone_us": f"{_D}{_D}(?P<us_sep>[#.-]){_D}{{3}}(?:(?P=us_sep)|-){_D}{{4}}(?!{_W}|[-.]0)",
    "ipv4": f"{_D}{{0,2}}\\.{_D}{{1,3}}\\.{_D}{{1,3}}\\.{_D}{{1,3}}(?!{_W}|\\.0)",
    "phone_national": f"{_D}{{1,5}}(?P<nat_sep>[#.-]){_D}{{2,8}}(?:(?P=nat_sep){_D}{{2,8}}){{0,3}}(?!{_W}|[-.]0)",
    "ipv6": "(?=[0bU]{0,3}:)(?<!:0)[0bU]{0,3}(?=[0bU:]{0,38}::|(?:[0bU]{0,4}:){7})(?::[0bU]{0,4}){2,7}(?![0bU:])",
    "iban": f"(?<=(?<![0U])UU0){_D}(?:[#-]?[0U]{{4}}){{2,7}}(?:[#-]?[0U]{{1,3}})?(?![0U])",
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
        # `(?=[0-9A-Fa-f.:])`: a lone digit before a space or a comma is out at once, unless a digit follows
        f"(?=[0bU.:]|[#.-]{_D})",
        "(?!000-00-00|0?:00)",
        # that and the one look-ahead of what every kind needs next, in one: digits then a separator and a digit,
        # a dot and a digit, more digits, or hex digits and a colon
        f"(?={_D}{{0,5}}[#.-]{_D}|{_D}{{5}}[+U]|{_D}{{6}}|[0bU]{{0,3}}:)",
        f"(?:(?={_D})(?:(?={_D}{_D}[#.-]{_D})(?:{_shape_alt('ssn', 'br_cpf', 'ca_sin', 'phone_us')})",
        f"|(?={_D}{{3}}[#-]{_D})(?:{_shape_alt('credit_card_grouped', 'in_aadhaar', 'au_medicare')})",
        f"|(?={_D}{{6}})(?:{_shape_alt('credit_card', 'es_dni')})",
        f"|(?={_D}{{5}}[-+U]{_D}|{_D}{{7}}-{_D})(?:{_shape_alt('dated_id')})",
        f"|(?={_D}#{_D}{{3}}#)(?:{_shape_alt('au_abn')})",
        f"|{_shape_alt('phone_national')})",
        f"|(?=[#.-]{_D})(?:{_shape_alt('phone_trunk', 'fr_insee')})",
        f"|{_shape_alt('ipv4', 'ipv6', 'br_cnpj')}",
        f"|{_shape_alt('uk_nino_spaced')})",
    )
)
_SHAPE_AFTER_CAPITAL = f"(?:{_shape_alt('iban', 'uk_nino', 'es_nie', 'sg_nric', 'in_pan', 'it_fiscal_code')})"
_LOOSE_STARTS: tuple[tuple[str, str], ...] = (
    # after a boundary, at least one more digit, a separator and two digits (`phone_national`, `au_abn`, ...)
    *(("[#:?]", f"0{_D * k}[#.-]{_D}{_D}") for k in (2, 4, 5)),
    # with one more, as above but for a time's seconds and milliseconds (`00.000Z`, a letter after three digits:
    # no kind): two digits and what is no ASCII digit, or three digits and what is no letter
    ("[#:?]", f"0{_D}[#.-]{_D}{_D}[^0]"),
    ("[#:?]", f"0{_D}[#.-]{_D * 3}[^bU]"),
    # with three more digits, as above but for a date (`2026-03-01`, which `(?!000-00-00)` refuses): another
    # separator, or what follows the month differs, or a digit of it is not ASCII (the end: see `Gate`)
    ("[#:?]", f"0{_D * 3}[#.]{_D}{_D}"),
    ("[#:?]", f"0{_D * 3}-{_D}{_D}[^-]"),
    ("[#:?]", f"0{_D * 3}-{_D}{_D}-[^0]"),
    ("[#:?]", f"0{_D * 3}-{_D}{_D}-0[^0]"),
    *(("[#:?]", f"0{_D * k}\\?{_D * (2 - k)}-{_D}{_D}") for k in range(3)),
    ("[#:?]", "0000-\\?[0?]"),
    ("[#:?]", "0000-0\\?"),
    ("[#:?]", f"0[#.-]{_D * 3}[#.-]"),  # or one digit and a group of three (`phone_trunk`)
    ("[#:?]", f"0#{_D * 2}#"),  # or of two (`fr_insee`, `uk_nino_spaced`)
    *(  # `ipv4`: four groups of one to three digits, the first one's first digit here
        ("[#:?]", f"0{_D * k}\\.{_D * j}\\.{_D * m}\\.") for k in range(3) for j in range(1, 4) for m in range(1, 4)
    ),
    ("[#:?]", f"0{_D * 5}[+U]"),  # `dated_id`
    # seven digits or more (`credit_card`, `es_dni`, `dated_id`): eight and a dash or a capital, or thirteen (a run
    # of 8-12 digits that something else follows, as a build date `Gecko/20100101` or an account `::381492007311`,
    # starts none of them)
    ("[#:?]", f"0{_D * 7}[-U]"),
    ("[#:?]", f"0{_D * 12}"),
    *(("[#:?]", f"0{'[0bU]' * k}:[0bU:]") for k in (0, 2, 3)),  # `ipv6`: hex digits, two colons
    # with one more, as above but for a time (`:30:00`, which `(?!0?:00)` refuses)
    *(("[#:?]", form) for form in ("0[bU]:[0bU:]", "00:[bU:]", "00:0[^0]")),
    ("UU", f"0{_D}"),  # after a capital: two capitals and two digits, or one and seven
    ("U", f"0{_D * 6}"),
)
"""Loose forms of where a number-shaped kind starts, for `_PLACES`'s Hyperscan pass (see `pii_digits.Gate`):
every start `_SHAPE_AFTER_BOUNDARY` (after `#`, `:`, `?`) and `_SHAPE_AFTER_CAPITAL` match is matched by one."""
_PLACES = pii_digits.compiled(_SHAPE_AFTER_BOUNDARY, _SHAPE_AFTER_CAPITAL, _LOOSE_STARTS)
"""Where the digit-led shapes match, a number's starts among them (a digit where a number may start, by the class
before it): one pass led by the digit, rarer than the classes that may stand before it (see `pii_digits`)."""
_SHAPE_FIRST = lazy.compile(b"#0(?=" + _SHAPE_AFTER_BOUNDARY.encode() + b")")
"""A number at the text's start (read as after a boundary)."""


def text_shape(text: str) -> bytes:
    """`text` mapped to its classes (see `_SHAPE_TABLE`), one byte per character."""
    return mapped(text, _SHAPE_TABLE)


def digit_places(shape: bytes) -> pii_digits.Places:
    """Where the digit-led shapes match in a text's shape (see `pii_digits`)."""
    return pii_digits.find(_PLACES, shape)


def number_starts(text: str, shape: bytes | None = None, places: pii_digits.Places | None = None) -> list[int]:
    """Positions where a number-shaped kind may start: every start `_NUMERIC` can match at, and a few more
    (`places`: those of the shape, when known)."""
    shape = shape if shape is not None else text_shape(text)
    places = places if places is not None else digit_places(shape)
    starts = [0] if _SHAPE_FIRST.match(b"#" + shape[:_SHAPE_REACH]) is not None else []  # a boundary too
    starts.extend(places.starts)  # in order: each at a digit, none at 0
    return starts


_SHAPE_REACH = 256
"""More than `_SHAPE_FIRST` reads past where it starts, look-aheads included (105 classes): at the text's
start, it is run on that much of the shape after a boundary instead of on a copy of the whole shape."""


def _number_matches(text: str, shape: bytes | None, places: pii_digits.Places | None = None) -> Iterator[re.Match[str]]:
    """The matches of `_NUMERIC` in `text`, as its `finditer` gives them (tried only where `number_starts` says a
    number can start, when the text's shape is given)."""
    if shape is None:
        yield from _NUMERIC.finditer(text)
        return
    end = 0
    for at in number_starts(text, shape, places):
        if at >= end:
            m = _NUMERIC.match(text, at)
            if m is not None:
                end = m.end()
                yield m


_TRIMMED = frozenset({"iban", "credit_card_grouped"})
_IPV4_TAIL = lazy.compile(r"\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])")


def _trimmed(text: str, kind: str, start: int, end: int) -> int:
    """Where a candidate whose checksum failed ends once trailing groups that are not its own are cut off (an IBAN
    followed by a currency code, a card number followed by its expiry date), or 0."""
    cut = end
    while True:
        cut = max(text.rfind(" ", start, cut), text.rfind("-", start, cut))
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


def _numeric(text: str, shape: bytes | None = None, places: pii_digits.Places | None = None) -> list[Finding]:
    out = []
    for m in _number_matches(text, shape, places):
        kind = m.lastgroup or ""
        found = _number_finding(text, kind, m)
        if found is None and kind in _LATER and _LATER[kind].match(text, m.start()) is not None:
            for k in _FALLBACK[kind]:  # a later kind may match here: each is tried in turn
                km = _SINGLE[k].match(text, m.start())
                found = _number_finding(text, k, km) if km is not None else None
                if found is not None:
                    break
        if found is not None:
            out.append(found)
    return out


def _number_finding(text: str, k: str, km: re.Match[str]) -> Finding | None:
    """The finding for a match of kind `k` of `_NUMERIC` or `_SINGLE[k]`, if it passes its checks."""
    start = km.start() - _BACK[k]
    end = km.end()
    if k == "ipv6":
        end = _ipv4_tail(text, end)
    reported = _classify(k, text[start:end])
    if reported is None and k == "ipv4":
        named = _ip_kind(text[start:end])  # nobody's address (`127.0.0.1`) is nobody's, named or not
        if named is not None and _named_address(text, start):
            reported = named  # `IP: 8.8.4.4`, `ip 1.2.3.4`: named, not a version
    if reported is None and k in ("credit_card", "credit_card_grouped") and _scheme_card(text, start, end):
        reported = "credit_card"
    if reported is None and k in _TRIMMED:
        end = _trimmed(text, k, start, end)
        reported = _classify(k, text[start:end]) if end else None
    if reported is not None and _in_context(text, reported, start, end):
        return Finding(DETECTOR, _relabel(text, reported, start, end), start, end)
    return None


_VERSION_BEFORE = lazy.compile(
    r"(?:[=<>~!^]=?|@|\bv|\bversion[ :=]*|\bver\.? ?|\brelease |\bbuild |"
    r"\b(?:firmware|fw|bios|kernel|driver|sdk)[ :=]+|(?<=[a-z])/|"
    r"\b(?:section|sec\.|\u00a7|chapter|figure|fig\.|table|clause|paragraph|step|item) ?)\Z",
    re.I,
)
"""What stands before a version or a section number, not an address: `pkg==4.12.0.3`, `pkg@1.2.3.4`, `v10.0.0.1`,
`version 2.1.0.7`, `firmware 4.19.255.3`, `agent/5.12.203.6`, `Section 4.10.22.7`."""

_VERSION_ENDS = frozenset("=<>~!^@ :./\u00a7vnrehpmVNREHPM")
"""The characters a match of `_VERSION_BEFORE` can end with (the last of each branch, in either case)."""


def _version_before(text: str, start: int) -> bool:
    """Whether `_VERSION_BEFORE` matches right before `start` (searched only after a character it can end with)."""
    return (
        text[start - 1 : start] in _VERSION_ENDS and _VERSION_BEFORE.search(text, max(0, start - 10), start) is not None
    )


_ADDRESS_BEFORE = lazy.compile(
    r"(?<![a-z0-9])(?:ip(?:v[46])?(?:[_ -]?addr(?:ess)?)?|(?:client|server|host)[_ -](?:ip|addr(?:ess)?)|"
    r"(?:remote|peer|source|src|dst|destination)(?:[_ -]?(?:ip|addr(?:ess)?|host))?|"
    r"addr(?:ess)?|host|gateway|nameserver|dns|forwarded-for|real-ip)[\s:=\"'(\[]{0,3}\Z"
)
"""The name of an address right before a dotted quad (`IP: 8.8.4.4`, `src=145.254.160.237`): an address, not a
version, whatever its numbers."""


_LOGIN_BEFORE = lazy.compile(r"\b(?:ssh|scp|sftp|rsync|mosh|telnet|ftp|git)\b[^\n]{0,80}?[\s\"'][a-z_][\w.-]{0,31}@\Z")
"""A login to a host on a command line (`ssh root@81.2.69.160`, `git clone git@...`): the host is an address."""


def _named_address(text: str, start: int) -> bool:
    """Whether the name of an address, or a login on a command line, stands right before `start`."""
    before = text[max(0, start - 120) : start].lower()
    return _ADDRESS_BEFORE.search(before[-24:]) is not None or (
        before.endswith("@") and _LOGIN_BEFORE.search(before) is not None
    )


_PREFIX_LENGTH = lazy.compile(r"/(\d{1,3})(?!\d|\.\d)")


def _network(text: str, start: int, end: int) -> bool:
    """Whether the address at [start, end) is written as a network (`192.0.2.0/24`): a range, nobody's address."""
    m = _PREFIX_LENGTH.match(text, end)
    if m is None:
        return False
    try:
        net = ipaddress.ip_network(f"{text[start:end]}/{m.group(1)}", strict=True)
    except ValueError:
        return False
    return net.num_addresses > 1


_NOT_PHONE_BEFORE = lazy.compile(
    r"(?<![a-z])(?:track(?:ing)?|order|invoice|shipment|parcel|package|consignment(?:[ _-]?note)?|con[ -]?note|"
    r"waybill|awb|serial|sku|ref(?:erence)?|article|item|part|product|model|lot|batch|catalog(?:ue)?|"
    r"confirmation|booking|ticket|case|transaction|receipt|account|acct|routing|iban|isbn|issn|doi|patent|po|ssn"
    r"|social security|itin|taxpayer id|"
    # codes of things in records and printed values: sequences, trades and executions, imaging uids, jobs
    r"seq(?:uence)?|exec(?:ution)?|trade|deal|fill|accession|uuid|series|study|instance|trunk|circuit|bucket|"
    r"container|pallet|job|run|session|correlation|offset|partition|shard|isin|cusip|sedol|txn|(?:msg|message)[ _-]?id|"
    r"lei|iccid|imsi|(?<!caller[ _])id|key|hash|checksum|crc|nonce|counter|version|"
    # codes keyed in rather than dialled: meeting and door codes, PINs, seeds, vouchers
    r"seed|pin|passcode|(?:access|entry|gate|door|dial-?in|meeting|conference|bridge|promo|voucher|coupon|gift|"
    r"activation|verification|unlock|pairing|discount|redemption) ?(?:code|pin)|dial-?in|"
    # numbers of claims, policies, loans, cases and permits in insurers', lenders' and courts' records
    r"claim|policy|loan|docket|permit|apn|ndc|lease|plan|certificate|cert|"
    # a key that names a code by its last words (`SecondaryExecID`, `StudyInstanceUID`, `deviceSerial`, `lotNumber`)
    r"[a-z_]*(?:exec|ord|order|trd|trade|match|list|quote|req|rpt|event|span|trace|correlation|device|lot|part|"
    r"product|model|batch|shipment|instance|report|maint|msg|message|request|txn|sop|study|series)"
    r"(?=[ _-]?(?:id|uid|no|num|number|ref|serial|code)(?![a-z]))|[a-z_]*(?:device|product|unit)[ _-]?serial|"
    + pii_code_words.THINGS
    + r")(?:\.?[ _-]?(?:number|no\.?|num|nr|u?id|#|code|ref|serial))?(?: is| was)?"
    r"(?:" + pii_code_words.SEPARATORS + r"|[\"'](?:[ \t]*,)?|\]=>)*\Z"
)
"""Words before a number that make it an order, tracking, reference or social security number rather than a phone
number (`SSN 078-05-1120` is a void SSN, not a phone)."""
_FRAGMENT_BEFORE = lazy.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9]*[ -]\Z")


_VERSIONED_BEFORE = lazy.compile(
    r"(?:\bversion[\"']?\s*[:=]\s*[\"']?|"
    r"\b(?:upgrad|updat|bump|downgrad)\w*\s+(?:(?!(?:the |an? )?(?:record|address|ip|host|dns|server|firewall|route|"
    r"gateway|proxy|endpoint|peer|client)s?\b)\S+\s+){0,4}?(?:to|from)\s+|"
    r"\d{4}-\d\d-\d\d\s*\()\Z"
)
"""What makes a dotted quad a version, in the lower-cased text before it: `"version": "10.2.3.4"`, `Update V8 to
3.11.10.15`, `2009-05-19 (3.6.14.1)`."""
_PRODUCT_BEFORE = lazy.compile(r"\b[A-Z][A-Za-z]*\d+ \Z")
"""A product's name ending in digits right before a dotted quad (`XFree86 4.3.99.16`): its version."""
_VERSION_AFTER = lazy.compile(r"-[A-Za-z]|\+[A-Za-z0-9]|~")
"""A suffix after a dotted quad that only versions take (`5.15.0.91-generic`, `1.2.3.4+build7`)."""


_VERSIONED_WORDS = ("version", "upgrad", "updat", "bump", "downgrad")
"""What a match of `_VERSIONED_BEFORE` holds unless it ends with `(` (a date before): a text before the quad with
neither is not searched."""


def _versioned(text: str, start: int, end: int) -> bool:
    """Whether what stands around a dotted quad makes it a version (see `_VERSIONED_BEFORE`)."""
    if _VERSION_AFTER.match(text, end) is not None:
        return True
    if text[start - 1 : start] == " " and _PRODUCT_BEFORE.search(text, max(0, start - 24), start):
        return True  # (a match ends with a space)
    before = text[max(0, start - 60) : start].lower()
    if not before.endswith("(") and not any(word in before for word in _VERSIONED_WORDS):
        return False
    return _VERSIONED_BEFORE.search(before) is not None


_NUMBER_RUN = lazy.compile(r"(?<![\d.])(?:-?\d*\.\d+[ ,-]){2}\Z")
"""Two decimals right before a dotted quad: a run of coordinates (an SVG path, a list of points)."""
_RUN_ENDS = frozenset(" ,-")
"""What a match of `_NUMBER_RUN` ends with (right before the quad): after anything else it is not searched."""
_BARCODE_BEFORE = lazy.compile(
    r"(?i)(?<![a-z])(?:ean(?:-?13)?|gtin(?:-?13)?|upc|jan[- ]?code|sku|barcode|bar code|isbn(?:-?13)?|product code|"
    r"item code|article(?: n(?:o|umber))?|artikel(?:nummer|nr)?|produktcode|strichcode|streepjescode|"
    r"code[- ]barres?|c[óo]digo de barras|codice a barre|kod kreskowy|barkod|"
    r"штрих-?код|артикул)(?![a-z])|商品コード|条码|条形码|바코드"
)
"""The name of a product barcode or article number, before a 13-digit number (on its line or in a table's header
above it)."""
_LETTERED = frozenset({"iban", "uk_nino", "es_nie", "sg_nric", "in_pan", "it_fiscal_code", "credit_card"})
"""Kinds that a reference word before them does not make a reference: those that start with letters of their own,
and cards (an issuer's prefix, length and Luhn check; `card used for the booking: 4111 ...`)."""


_NINO_WORDS = lazy.compile(r"(?<![a-z])(?:ni|nino|nin|insurance)(?![a-z])")
"""Words naming a National Insurance number, before which a reference's name does not make it a reference."""


_CARD_WORDS = lazy.compile(
    r"(?<![a-z])(?:card|cc|pan|visa|master ?card|amex|maestro|discover|kart[ae]?|tarjeta|carte|cart[ãa]o|paid|pay)"
)
"""Words of a payment card before a number that an order's or a reference's name also stands before (`card used
for the booking: 4111 ...`): with none, a number that passes the Luhn check after `Order #` is the order's."""


def _barcode(text: str, start: int, end: int) -> bool:
    """Whether 13 digits are a product's barcode: its check digit holds and a barcode's name stands before it."""
    raw = text[start:end]
    if len(raw) != 13 or not raw.isdigit() or not _gtin13_ok(raw):
        return False
    return _BARCODE_BEFORE.search(text, max(0, start - 200), start) is not None


_FIRMS_NUMBER_BEFORE = lazy.compile(
    r"(?<![a-z])(?:business|bn|company|corporation|licen[cs]e|registration|store|authori[sz]ation|certificate)"
    r"(?:[ ._-]?(?:number|no\.?|num|#|id))?[ \t]*[:#=]?[ \t]*\Z"
)
"""A business's or a licence's number named right before nine digits in a Canadian SIN's shape: a firm's Business
Number (its nine digits have the SIN's check) or a licence's, found alone by that check."""


def _in_context(text: str, kind: str, start: int, end: int) -> bool:
    """Whether what stands around a candidate leaves it personal data: not a version (`pkg==4.12.0.3`), not a
    tracking, order or reference number nor a group of a longer code (`1Z 999 AA1 01 2345 6784`)."""
    if kind in ("ip_address", "private_ip_address"):
        if text[end : end + 1] == "/" and _network(text, start, end):
            return False
        if text[start - 1 : start] in _RUN_ENDS and _NUMBER_RUN.search(text, max(0, start - 24), start) is not None:
            return False  # `2.83-2.12 3.51.98.32 2.03.5`: drawing coordinates (an SVG path), not an address
        if "." not in text[start:end]:
            return True
        if not _version_before(text, start) and not _versioned(text, start, end):
            return True
        return _named_address(text, start)  # `ip=81.2.69.160`, `src=...`: `=` after an address's name
    if kind == "credit_card" and end - start == 13 and _BARCODE_BEFORE.search(text, max(0, start - 200), start):
        return False  # a 13-digit number near `EAN`, `GTIN`, `UPC`: a barcode (13-digit cards are no longer issued)
    before = text[max(0, start - 40) : start].lower()
    if "\n" in before and (label := pii_code_words.label_above(text, start)) is not None:
        before = label  # a value on the line under its field's name
    if kind == "ca_sin" and _FIRMS_NUMBER_BEFORE.search(before) is not None:
        return False  # `Business number 130 284 599`, `Store licence ...`: a firm's nine digits (see above)
    if (kind not in _LETTERED or (kind == "credit_card" and _CARD_WORDS.search(before) is None)) and (
        pii_ids.REFERENCE_BEFORE.search(before)
    ):
        return False  # found alone by its check or shape: not after the name of an order or other reference number
    if kind.startswith("uk_nino") and pii_ids.REFERENCE_BEFORE.search(before) and _NINO_WORDS.search(before) is None:
        return False  # `Reference AB123456C`: a code in the NINO's shape (which has no check) named as a reference
    if kind == "phone_number" and text[start] not in "+(":
        if _FRAGMENT_BEFORE.search(text, max(0, start - 12), start) is not None:
            return False
        if "." in text[start:end] and _version_before(text, start):
            return False  # `Version 1.234.567.8901`
        return _NOT_PHONE_BEFORE.search(before) is None
    return True


def _code_named(name: str) -> bool:
    """Whether a table's header cell (lower case, a space after) names an order's, a meter's or another thing's code."""
    return name.rstrip() in _CODE_HEADS or pii_ids.REFERENCE_BEFORE.search(name) is not None


_CODE_HEADS = frozenset(("code", "codes", "item", "item code", "product code", "stock code", "article", "part code"))
"""Header cells of a price list's or a catalogue's code column (`| Code | Description | Price |`)."""


def _relabel(text: str, kind: str, start: int, end: int) -> str:
    """A more precise kind where a word before the number names it (`NHS number 943 476 5919`)."""
    digits = "".join(c for c in text[start:end] if c.isdigit()) if kind == "phone_number" else ""
    if digits and nhs_ok(digits) and "nhs" in text[max(0, start - 40) : start].lower():
        return "uk_nhs"
    return kind


# --- IPv6 written with `::` and starting with a letter (fe80::1) ------------------------------------------------

# A group of hex digits given back could only end before another hex digit or colon, which the final look-ahead
# refuses, so backtracking stays a few steps per `::`; a 1 MB flood of `a::` takes about 60 ms here.
_IPV6_RIGHT = lazy.compile(r"::(?<!:::)(?!:)(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?(?![\w:])")
_IPV6_LEFT = lazy.compile(r"(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}\Z")


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
        if kind and not (text[end : end + 1] == "/" and _network(text, start, end)):
            out.append(Finding(DETECTOR, kind, start, end))
    return out


# --- bare numbers named by a word before them: `SSN: 123456789`, `PESEL 44051401359` ---------------------------

_ID_WORDS = lazy.compile(
    r"(?<![a-z])(?:(ssn|social security)|(itin|taxpayer id)|(nhs)|(tfn|tax file)|(medicare)|(cpf)|(cnpj)|(pesel)|"
    r"(aadhaa?r|uidai|\u0906\u0927\u093e\u0930)|"
    r"(steuer[- ]?id|steuer-?identifikationsnummer|identifikationsnummer|idnr|tax ?id|tin)|"
    r"(sin|social insurance|nas)|(insee|nir|s[ée]curit[ée] sociale|num[ée]ro de s[ée]cu)|"
    r"((?:(?:primary|home|alt|other|personal|private|recipient|customer|client|account|payer|payee|sender|user|"
    r"member|guest|patient|emergency|owner|holder|parent|guardian)[ _-]?)?"
    r"(?:phone|tel|telephone|mobile|cell|fax|whatsapp|sms|contact|handy|telefone?|celular|m[oó]vil|"
    r"call(?![ _-]?(?:id|sid|uuid|ref(?:erence)?|log|record(?:ing)?)(?![a-z])))"
    r"(?:phone|number|no|nr|num)?|msisdn|gsm|subscriber ?number|caller ?id|call(?:ing|ed|er) ?number|"
    r"party ?id(?= ?[\"']?[:=] ?[\"']?(?:\+|00)?\d))|"
    r"((?:passport|passeport|reisepass|pasaporte|passaporto|passaporte|paspoort|paszport)(?:s?nummer|numer|numero)?|"
    r"pas(?:s|se)?(?:-? ?nr\.?(?![a-z])|nummer)|\u05d3\u05e8\u05db\u05d5\u05df|putovnic[ae]|"
    r"cestovn[íi](?:ho)? pasu?|passi(?:numero)?|[úu]tlev[ée]l(?:sz[áa]m)?|pa[șs]aport|pasas|pases? numurs|potni list|"
    r"\u03b4\u03b9\u03b1\u03b2\u03b1\u03c4[\u03ae\u03b7]\u03c1[\u03b9\u03af]\u03bf\u03c5?|\u043f\u0430\u0441\u043f\u043e\u0440\u0442)|"
    r"(bank account|account (?:number|no\.?|#)|acct|checking|savings|kontonummer|conta|num[ée]ro de compte|"
    r"n[°º] de compte|n[úu]mero de cuenta|numero di conto|rekeningnummer|numer konta|bankkonto|tilinumero|"
    r"\u8d26\u53f7|\u53e3\u5ea7\u756a\u53f7|\uacc4\uc88c\ubc88\ud638|\u0441\u0447[\u0435\u0451]\u0442)|"
    r"(routing|aba)|"
    r"(driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e (?:number|no\.?|#)|dl ?#|dln)|"
    r"(abn|acn|business number|company number))"
    r"(?![a-z])"
)


def _epoch(digits: str) -> bool:
    """Whether digits read as a Unix time in seconds or milliseconds of this century's first decades (`1710500000`,
    `1710500000000`) rather than a phone number: no plan numbers its phones with a `1` before ten or thirteen digits
    (the North American `1` leads eleven)."""
    return digits[0] == "1" and len(digits) in (10, 13)


def _dialled_abroad(digits: str) -> bool:
    """Whether digits are a number dialled with the international prefix `00` (`00254712345678`): a country code and
    eight to thirteen digits after it."""
    return digits[:2] == "00" and digits[2] != "0" and 10 <= len(digits) - 2 <= 15


_ID_KINDS: tuple[tuple[tuple[str, Callable[[str], bool]], ...], ...] = (
    (("ssn", lambda d: len(d) == 9 and _ssn_ok(d)), ("us_itin", lambda d: len(d) == 9 and _itin_ok(d))),
    (("us_itin", lambda d: len(d) == 9 and _itin_ok(d)),),
    (("uk_nhs", nhs_ok),),
    (("au_tfn", tfn_ok),),
    (("au_medicare", medicare_ok),),
    (("br_cpf", cpf_ok),),
    (("br_cnpj", cnpj_ok),),
    (("pl_pesel", pesel_ok),),
    (("in_aadhaar", lambda d: len(d) == 12 and d[0] in "23456789" and verhoeff(d)),),
    (("de_tax_id", de_tax_id_ok),),
    (("ca_sin", lambda d: len(d) == 9 and d[0] not in "08" and luhn(d)),),
    (("fr_insee", insee_ok),),
    (("phone_number", lambda d: ((10 <= len(d) <= 13 and not _epoch(d)) or _dialled_abroad(d)) and len(set(d)) > 3),),
    (("passport_number", lambda d: 8 <= len(d) <= 9 and len(set(d)) > 3),),
    (("bank_account_number", lambda d: len(set(d)) > 3),),
    (("aba_routing_number", aba_ok),),
    (("driver_license", lambda d: len(d) <= 13 and len(set(d)) > 3),),
    (("au_abn", abn_ok), ("au_acn", acn_ok)),
)
"""Per group of `_ID_WORDS`: the kinds that word names, each with the check its digits must pass."""
_ID_MAY = MayMatch(_ID_WORDS.pattern)
"""Whether a window before digits may hold an id word (one Hyperscan pass instead of the expression's ~30 us)."""
_ID_WORDS_LED = lazy.compile(first_led(_ID_WORDS.pattern))
"""`_ID_WORDS`, its matches the same, tried only where one of their first letters stands (not at each space, digit
and sign of a window)."""
_BARE = lazy.compile(r"(?<![\w.+-])\d{8,17}(?!\w|[.-]\d)")
_DIGITS = lazy.compile(r"\d*")
_SERVICES = frozenset({2, 8})
"""The groups of `_ID_WORDS` whose words name a service as well as its number (`nhs`, `aadhaar`)."""


def _header_kinds(name: str) -> tuple[tuple[str, Callable[[str], bool]], ...]:
    """The kinds of digits a table's header cell names (`ssn`, `NHS number`, `phone`), each with its check."""
    name = name.replace("_", " ")
    m = _ID_WORDS.search(name) if _ID_MAY.may(name) else None
    return _ID_KINDS[(m.lastindex or 1) - 1] if m is not None else ()


_BARE_REACH = 40


def _alone(digits: str, before: str) -> str | None:
    """The kind of 11 digits that no word names but whose birth date and check digits make them an id (see
    `pii_ids.bare_11`), unless an order, invoice or other reference number is named right before them."""
    kind = pii_ids.bare_11(digits)
    return kind if kind is not None and pii_ids.REFERENCE_BEFORE.search(before) is None else None


def _bare_ids(
    text: str, shape: bytes | None, low: str = "", runs: list[tuple[int, int]] | None = None
) -> list[Finding]:
    """Runs of 8-17 digits that a word before them (at most `_BARE_REACH` characters) names as an id; `low`: the
    text lower-cased as given (its letters of scripts without spaces are kept there), else `text` is lowered; `runs`:
    the runs of five digits or more in `shape` (see `pii_digits`), when known."""
    out = []
    read: dict[str, list[re.Match[str]]] = {}
    start = _bare_start if runs is None else _bare_starts(runs)
    at = start(text, shape, 0, runs)
    while at >= 0:
        m = _BARE.match(text, at)
        if m is None:  # nor at a later digit of this run, which has a digit before it
            end = _DIGITS.match(text, at).end()
            at = start(text, shape, end if end > at else at + 1, runs)
            continue
        digits = m.group()
        first = at - _BARE_REACH if at > _BARE_REACH else 0
        window = (low or text)[first:at].lower().replace("_", " ")  # `"tax_id":` as `tax id`
        window = window[window.rfind("\n\n") + 1 :]  # a word in the paragraph before names nothing here
        words = read.get(window)
        if words is None:  # (a log or a listing repeats the words before its numbers: each window read once)
            words = read[window] = list(_ID_WORDS_LED.finditer(window)) if _ID_MAY.may(window) else []
        if words and pii_named.COUNT_AFTER.match(text, m.end()) is not None:
            words = []
        for word in reversed(words):  # the nearest word first
            group = (word.lastindex or 1) - 1
            if group in _SERVICES and not pii_named.names_number(window, word.end(), len(window)):
                continue  # `the NHS spent ...`: the service, not its number
            kinds = _ID_KINDS[group]
            kind = next((k for k, ok in kinds if ok(digits)), None)
            if kind is not None:
                out.append(Finding(DETECTOR, kind, at, m.end()))
                break
        else:
            kind = _alone(digits, window) if len(digits) == 11 else None
            if kind is not None:
                out.append(Finding(DETECTOR, kind, at, m.end()))
        at = start(text, shape, m.end(), runs)
    return out


_PASSPORT_WORD = lazy.compile(
    r"pas(?:s(?:e?port|aport[eo]|-?n(?:umme)?r(?![a-z])|inumero|i(?![a-z])|(?![a-z]))|aporte?|poort|zport|as(?![a-z])|"
    r"es? numurs)"
)
"""`passport` in the languages that name one that way (and `reisepass`, `Passnummer`, `Pass-Nr.`), in lower case, led
by `pas`."""
_PASSPORT_GAP = lazy.compile(
    r"(?i)[\s:#.(°º\"'=_>|,-]*(?:card(?![a-z])[\s:#.(°º\"'=_-]*)?(?:(?-i:[A-Z]{2,3})\)[\s:#.]*)?"
    r"(?:(?!(?:number|num[eé]ro|nummer|numer)[^a-z])(?P<adjective>(?-i:[a-zà-ÿ]{4,14}))(?:[ \t]*[:#][ \t]*|[ \t]+)"
    r"(?=[A-Z0-9]{0,9}\d|(?:number|num[eé]ro|nummer|numer|nr|n\.?[°ºo])(?![a-z0-9])))?"
    r"(?:(?:number|num[eé]ro|nummer|numer|nr|n\.?[°ºo]|n|id)(?![a-z0-9])[\s:#.(°º\"'=_-]*)?"
    r"(?:(?:is|was|ist|lautet|est|es|è|é|är|er)\s+)?(?=[A-Z0-9]{6,9}(?![\w-]))"
)
"""What stands between the word and the number: a lower-case word of the document's kind or country (`passaporto
italiano`: not in English, which puts it before the noun), `number`, `no.`, `n.`, `n°`, `Nr.` in the languages, a
colon, `is`."""
_PASSPORT_NUMBER = lazy.compile(r"(?:(?=(?:[A-Z]*\d){3})[A-Z0-9]{6,9}|(?=[A-Z]*\d)[A-Z0-9]{8,9})(?![\w-])")
"""Three digits or more, or a whole 8-9 characters with at least one digit (`C30FZMYHJ`)."""


def _passports(text: str, low: str = "", escaped: bool = False) -> list[Finding]:
    """Letters-and-digits passport numbers named by a word before them (`passport no. K4938271`, `18AV12345`);
    `low`: the text lower-cased, when the caller has it. With `escaped`, `low` is the text lower-cased as it was
    before its escapes were read as spaces (see `_find`): no spelling holds a backslash or what follows one, nor
    reads past one, so they match there as in the text, and what stands right before one is read in the text."""
    if (not kept_holds(low, low, "pas") if low else False) or (
        "pas" not in text and "PAS" not in text and "Pas" not in text
    ):
        return []  # without `pas` in the lower-cased text, none of its spellings is in the text (one search, not three)
    out = []
    low = low or lowered(text)  # ASCII here (see `find`), so positions hold
    near = text if escaped else low
    for word in _PASSPORT_WORD.finditer(low):
        at = word.start()
        start = at - 5 if near[max(0, at - 5) : at].lower() == "reise" else at
        if word.end() - at == 4 and start == at:
            continue  # `pass` alone is an English word; it names a passport only as the end of `reisepass`
        if start and (near[start - 1].isalnum() or near[start - 1] in "_.-"):
            continue  # part of a longer word or a name in code (`req.passport`, `passport-jwt` is after)
        gap = _PASSPORT_GAP.match(text, word.end(), word.end() + 40)
        if gap is not None and gap.group("adjective") and low.startswith("passport", at):
            continue  # `passport version 2024ABC1`: an English word after `passport` names no number
        m = _PASSPORT_NUMBER.match(text, gap.end()) if gap is not None and gap.end() > word.end() else None
        if m is not None and not m.group().isdigit():  # digits alone are read by `_bare_ids`
            out.append(Finding(DETECTOR, "passport_number", m.start(), m.end()))
    return out


_EIGHT_DIGITS = lazy.compile(r"\d{8}")


def _bare_starts(runs: list[tuple[int, int]]) -> Callable[[str, bytes | None, int, object], int]:
    """`_bare_start` with the runs known, for places asked in order: the runs of 8 digits or more are walked once
    (a run that has fewer than 8 digits from one place on has fewer from any later one) instead of bisected per
    place past the shorter runs between them (a JSON-lines log holds thousands of those)."""
    long = [(lo, hi) for lo, hi in runs if hi - lo >= 8]
    count = len(long)
    i = 0

    def start(text: str, shape: bytes | None, pos: int, runs: object = None) -> int:
        """What `_bare_start(text, shape, pos, runs)` gives, `pos` never less than the last asked."""
        nonlocal i
        while i < count:
            lo, hi = long[i]
            if hi - (lo if lo > pos else pos) >= 8:
                break
            i += 1
        else:
            return -1
        at = lo if lo > pos else pos
        while at > pos and text[at - 1].isdigit():
            at -= 1
        return at

    return start


def _bare_start(text: str, shape: bytes | None, pos: int, runs: list[tuple[int, int]] | None = None) -> int:
    """Where the next run of 8 digits starts at or after `pos` (then walked back to the run's own start), or -1;
    `runs`: the runs of five digits or more in `shape`, when known (read instead of the shape)."""
    if runs is not None:
        i = bisect.bisect_right(runs, (pos, len(text)))  # the first run that starts past `pos`
        if i and runs[i - 1][1] - pos >= 8:
            i -= 1  # the run `pos` lies in holds 8 digits from `pos` on
        while i < len(runs) and runs[i][1] - max(runs[i][0], pos) < 8:
            i += 1
        if i == len(runs):
            return -1
        at = max(runs[i][0], pos)
    elif shape is not None:
        at = shape.find(b"00000000", pos)
        if at < 0:
            return -1
    else:
        m = _EIGHT_DIGITS.search(text, pos)
        if m is None:
            return -1
        at = m.start()
    while at > pos and text[at - 1].isdigit():
        at -= 1
    return at


# --- crypto-currency addresses ----------------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BTC_BASE58 = lazy.compile(r"[13LMD][1-9A-HJ-NP-Za-km-z]{25,34}")
_BTC_BECH32 = lazy.compile(r"(?:bc1|BC1|tb1)[ac-hj-np-zAC-HJ-NP-Z02-9]{23,71}")
_ETH = lazy.compile(r"0x(?<![A-Za-z0-9]0x)[0-9a-fA-F]{40}(?![A-Za-z0-9])")


def base58check_ok(value: str) -> bool:
    """Whether `value` is Base58Check: its last 4 bytes are the start of the double SHA-256 of the rest."""
    n = 0
    for c in value:
        n = n * 58 + _B58.index(c)
    raw = n.to_bytes(25, "big") if n < 1 << 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


_ALNUM = bytes(97 if c in b"0bU" else 32 for c in range(256))


def _address_runs(text: str, shape: bytes | None, low: str = "", given: str = "") -> Iterator[tuple[int, int]]:
    """Spans of runs of at least 26 ASCII letters and digits (all of them when the text's shape is not given). When
    the secrets check kept the runs of token characters of `given` (see `provider_keys.RUNS`), the text `text` was
    made from by replacing characters with others that are neither letters nor digits (see `_find`), they are read in
    those at least as long: each such run of `text` is one of `given` too, inside one of those (letters and digits
    are token characters), and ends where a character that is no token character of `given` ends it."""
    kept = INDEX.kept(low, provider_keys.RUNS) if shape is not None and low and given else None
    if kept is not None and kept[0] is given:
        for lo, hi in kept[1]:
            if hi - lo >= 26:
                for m in _ALNUM_RUN.finditer(text, lo, hi):
                    yield m.span()
        return
    if shape is None:
        for m in _ALNUM_RUN.finditer(text):
            yield m.span()
        return
    yield from runs(shape, _ALNUM, 26)


_ALNUM_RUN = lazy.compile(r"[A-Za-z0-9]{26,}")


def _crypto(text: str, shape: bytes | None, low: str = "", given: str = "") -> list[Finding]:
    """Bitcoin (Base58Check and Bech32, checksums verified) and Ethereum addresses (`given`: see `_address_runs`)."""
    out = []
    for m in _ETH.finditer(text) if _may(low, _ETH) else ():
        hexpart = m.group()[2:]
        if len(set(hexpart)) > 6 and not hexpart.startswith("0000000000"):
            out.append(Finding(DETECTOR, "crypto_address", *m.span()))
    for lo, hi in _address_runs(text, shape, low, given):
        if lo and not text[lo - 1].isascii():
            continue
        head = text[lo : lo + 3]
        if head in ("bc1", "BC1", "tb1"):
            m = _BTC_BECH32.fullmatch(text, lo, hi)
            ok = m is not None and bech32_ok(m.group())
        else:
            m = _BTC_BASE58.fullmatch(text, lo, hi) if hi - lo <= 35 else None
            ok = m is not None and base58check_ok(m.group())
        if ok:
            out.append(Finding(DETECTOR, "crypto_address", lo, hi))
    return out


# --- all together ---------------------------------------------------------------------------------------------

_MIN_LEN = 6

SCREEN.add([_ETH], True)
"""Expressions a long text's screen may rule out (see `screen.SCREEN`), when another detector had it read the text:
read on the text as given, lower-cased, yet they answer for the text with its escapes read as spaces (see `_find`),
for none of them reads a backslash or starts with a space (so none of their matches holds or starts on a character
an escape changed)."""


def _may(low: str, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` (one of those screened above) may match the text `low` is, as given, lower-cased ('': not
    known)."""
    return len(low) < LONG or SCREEN.known(low, pattern)


_NUMBER_SIGNS = lazy.compile(
    "[\u2070-\u209f\u2460-\u24ff\u2776-\u2793\U0001f100-\U0001f10c\U00010e60-\U00010e7e\U00016e80-\U00016e9a"
    "\U0001d2c0-\U0001d2f3\U0001d360-\U0001d378\U0001e8c7-\U0001e8cf\U0001ec71-\U0001ecb4\U0001ed01-\U0001ed3d]"
)
"""Signs that stand for one digit without being decimal digits (circled, negative and double circled, parenthesized
and full-stop digits, super- and subscripts, Rumi, Medefaidrin, Kaktovik, Mayan, counting-rod, Mende Kikakui, Indic
Siyaq and Ottoman Siyaq numbers): read as the digit they stand for where their value is one (`➊`, `⑴`, `⒈`)."""


_BMP_SIGNS = lazy.compile("[\u2070-\u209f\u2460-\u24ff\u2776-\u2793]")
_ASTRAL = lazy.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _number_sign(sign: str) -> str:
    """The ASCII digit a number sign stands for, or the sign itself when its value is no single digit."""
    value = unicodedata.numeric(sign, -1.0)
    return str(int(value)) if value in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) else sign


def _signs_read(text: str) -> str:
    """`text` with its single-digit number signs read as ASCII digits (same length: positions hold)."""
    signs = set(_BMP_SIGNS.findall(text))  # (a search of plain ranges: the astral ones cost ten times as much)
    if _ASTRAL.search(text) is not None:
        signs.update(_NUMBER_SIGNS.findall(text))
    return text.translate({ord(c): _number_sign(c) for c in signs}) if signs else text


def find(text: str, low: str | None = None) -> list[Finding]:
    """Personal data in `text` (`low`: the text lower-cased, same length, if the caller has it); text that is not
    ASCII is read folded (see `normalize`), so full-width digits and padded numbers are found, and with its number
    signs read as digits (`➊`, `⑴`: see `_NUMBER_SIGNS`)."""
    if len(text) < _MIN_LEN:
        return []
    if not text.isascii():
        read = _signs_read(text)
        return find_folded(_find, read, low if read is text else None)
    return _find(text, low if low is not None and len(low) == len(text) else lower_aligned(text))


def _beside_failed(text: str, found: list[Finding], failed: pii_ids.Failed) -> list[Finding]:
    """`found` less the names on the line of an identifier that fails its check (a made-up row of a table, a sample
    record): the rest of that line is a look-alike's too."""
    lines = {(text.rfind("\n", 0, lo) + 1, _line_end(text, hi)) for lo, hi, k in failed if pii_ids.CELL in k}
    return [f for f in found if f.kind != "person_name" or not any(a <= f.start and f.end <= b for a, b in lines)]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_NAMED_CHECKS: dict[str, Callable[[str], bool]] = {
    "uk_nhs": nhs_ok,
    "nl_bsn": pii_ids.bsn_ok,
    "ca_sin": lambda d: len(d) == 9 and d[0] not in "08" and luhn(d),
    "in_aadhaar": lambda d: len(d) == 12 and d[0] in "23456789" and verhoeff(d),
    "au_tfn": tfn_ok,
    "br_cpf": cpf_ok,
    "pl_pesel": pesel_ok,
    "au_abn": abn_ok,
}
"""The check of each kind `pii_named` reads by its name."""


_ESCAPE = lazy.compile(r"\\[nrt]")
"""JSON's escaped line breaks and tabs, read as spaces (same length, so positions hold): `Card:\\n4111...`."""


_WRAPPED = lazy.compile(r'\{[ \t]*"(?:S|string|\$date|value)"[ \t]*:[ \t]*("(?:[^"\\\n]|\\.){0,200}")[ \t]*\}')
"""A value wrapped in an object naming its type: DynamoDB's `{"S": "..."}`, Avro JSON's `{"string": "..."}`, MongoDB
extended JSON's `{"$date": "..."}`, a profile's `{"value": "..."}` (`"family-name": {"value": "..."}`): read as the
bare value after its key (same length: positions hold)."""


_MARC_HEAD = lazy.compile(r"[ \t]*(?:=?(?!(?:100|600|700|800)[ \t])\d{3}|=LDR)[ \t]")
_MARC_CODE = lazy.compile(r"[$\u2021\u01c2][a-z0-9]")
_MARC_MARKS = ("$", "\u2021", "\u01c2")
_MARC_WORDS = ("$a",)
INDEX.add(_MARC_WORDS, where=False)  # a first subfield's code: whether it occurs, from the shared index
"""A MARC record's field line (`=670  $aInterview$bIBAN ...`, `670 __ ‡a ...`): its subfield codes read as spaces
(same length: positions hold), so a value glued to its code (`$bPL61...`) stands alone; not a personal-name field
(100, 600, 700, 800), which `pii_registers` reads by its codes."""


def _marc_read(text: str) -> str:
    """`text` with the subfield codes of its MARC field lines read as two spaces."""
    starts = set()
    for mark in _MARC_MARKS:
        at = text.find(mark)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if start not in starts and _MARC_HEAD.match(text, start) is not None:
                starts.add(start)
            at = text.find(mark, at + 1)
    if not starts:
        return text
    parts, done = [], 0
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        parts += [text[done:start], _MARC_CODE.sub("  ", text[start:end])]
        done = end
    return "".join(parts) + text[done:]


_WRAPPERS = ('{"s":', '{"string":', '{"$date":', '{"value":', '{ "s":', '{ "string":', '{ "$date":', '{ "value":')
INDEX.add(_WRAPPERS, where=False)


def _unwrapped(m: re.Match[str]) -> str:
    return " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1))


_UNSPACED = lazy.compile("[\u0e00-\u0e7f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""Letters of scripts written without spaces between words (Thai, kana, CJK, Hangul), and CJK punctuation: read as
spaces around numbers and addresses (`番号は090-9385-2696です`), so that a number is not taken for part of a word."""


_OTHER_DIGIT = lazy.compile(r"[^\D0-9]")
"""A decimal digit beyond ASCII (Arabic-Indic, Devanagari, full-width...), which `\\d` reads and a shape does not."""


_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe58\ufe63\uff0d"
_DASHES = lazy.compile(f"[{_DASH_CHARS}]")
"""Dashes other than the hyphen-minus, read as one (same length): `+7 (495) 123–45–67`, `555‑0132`."""


def _outside(text: str) -> str:
    """The characters of `text` outside ASCII, which are all `_UNSPACED` and `_DASHES` can match: read instead of the
    whole text when it holds few (most prose outside ASCII is ASCII but for some quotes and accents)."""
    spans = outside_ascii(text)
    return "".join([text[a:b] for a, b in spans]) if len(spans) <= len(text) >> 6 else text


_FREEPHONE = lazy.compile(
    r"(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?|1[ .-])?\(?(?:0800|0808|0805|0120|1800|1300|800|833|844|855|866|877|888)"
    r"\)?[ .-]\d{2,4}[ .-]?\d{3,4}$|\+?1(?:800|833|844|855|866|877|888)\d{7}$|"
    r"(?:\+44[ .-]?(?:\(0\)[ .-]?)?|0)3[0347]\d[ .-]\d{3}[ .-]\d{4}$"
)
"""A freephone or shared-cost number (`0800 123 456`, `1-800-555-0199`, `+44 800 ...`, `1800 ...`) or a British
non-geographic one (`0300 200 3310`, `0345 600 2211`: public bodies', charities' and firms' lines): an organisation's
line, not a person's; the range must stand as the number's first group, so `080 031 4134` is still a phone."""
_FILE_EXTENSION = lazy.compile(
    r"\.(?:zip|tar|gz|tgz|xz|bz2|7z|log|txt|csv|json|xml|pdf|png|jpe?g|bin|img|iso|deb|rpm|apk|exe|msi|dmg|bak)"
    r"(?![A-Za-z0-9])"
)
"""A file's extension right after a number: `build-0151-20261202.zip` names a file, not a phone."""
_UNIT_AFTER = lazy.compile(
    r"[ \t]?(?:[mckµn]?m|[km]?g|m?l|[kmµ]?[VW]|[kMG]?Wh|[kMG]?Hz|[kMh]?Pa|bar|psi|rpm|kN|°[CF]|l/h|m/s|km/h|m[23²³]|"
    r"ft|lbs?|oz|gal|ms|min|dBm?|lux|ppm|ppb|[KMGT]i?B|bytes|kVA|kvar|Nm)(?![\w/²³-])"
)
"""A unit right after a phone-shaped number (`0412 345 678 mm`, `02 12 34 56 78 Pa`): a quantity, not a phone."""
_LETTER_SUFFIX = lazy.compile(r"-[A-Za-z]{1,3}(?![\w-])")
"""A letter suffix joined to a number by a dash (`+44-7700-900461-A`, `138-2041-7736-B`): a part number's revision or
variant, not a phone number."""


_EXAMPLE_AFTER = lazy.compile(
    r"(?i)[ \t]*[(\[][ \t]*(?:e\.g\.?|ex\.|example|sample|fictional|fictitious|fake|dummy|placeholder|not real)"
    r"[^)\]\n]{0,24}[)\]]"
)
"""A note right after a phone number that it is an example (`+1 555 0100 (example)`, `[fictional]`)."""
_EXAMPLE_BEFORE = lazy.compile(
    r"(?i)(?<![a-z.@/-])(?:e\.g\.?|for example|for instance|example|sample|fictional|fictitious|dummy|fake)"
    r"(?![a-z]|\.[a-z])[^\n.;!?]{0,24}\Z"
)
"""Words right before a phone number that make it an example of a format (`e.g. +44 20 ...`, `Sample number: ...`);
not a host's or mailbox's name (`bilal@mail.example`, `example.org`)."""


_SAID_FICTIONAL = lazy.compile(
    r"(?i)(?<![a-z])(?:fictional|fictitious|made[ -]up|not (?:a )?real|fake|dummy|sample|example|placeholder|"
    r"reserved for (?:fiction|films?|tv|examples?))(?![a-z])"
)
"""Words in a phone number's sentence that say it is not anyone's: for the range kept for fiction (555-0100 to 0199)."""
_FICTION_RANGE = lazy.compile(r"555\D{0,3}01\d\d\Z")
_NANP_555 = lazy.compile(r"(?:\+?1[ .-]?)?(?:\(555\)[ .-]?|555[ .-])\d{3}[ .-]\d{4}|\+?1555\d{7}")
"""A North American number in area code 555, which has never been given to any place: films', forms' and tests'
placeholder (`(555) 234-7781`, `+1 555 234 7781`)."""


_DECIMAL = lazy.compile(r"\+?\d+\.\d{4,}")


def _fiction_line(raw: str) -> bool:
    """Whether a phone number is one of the North American lines kept for fiction and examples (555-0100 to 555-0199,
    alone or after an area code): no one is given such a number."""
    digits = "".join(c for c in raw if c.isdigit())
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) in (7, 10) and digits[-7:-4] == "555" and digits[-4:-2] == "01"


def _reading(raw: str) -> bool:
    """Whether a phone-shaped number is a reading or a range's bound rather than anyone's line: a signed decimal (a
    coordinate, `+41.715138`; NMEA's `04447.5885`), or a number whose last six digits are all zeros or all nines
    (`+995 599 00 00 00`)."""
    if _DECIMAL.fullmatch(raw) is not None:
        return True
    tail = "".join(c for c in raw if c.isdigit())[-6:]
    return tail in ("000000", "999999")


def _example_phone(text: str, start: int, end: int) -> bool:
    """Whether a phone number is written as an example (a note after it, example words just before it, or the range
    kept for fiction in a sentence that says so)."""
    if _EXAMPLE_AFTER.match(text, end) is not None:
        return True
    if _EXAMPLE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if _NANP_555.fullmatch(text, start, end) is not None:
        return True
    if _FICTION_RANGE.search(text, start, end) is None:
        return False
    if _fiction_line(text[start:end]):
        return True
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200) + 1
    hi = min((i for i in (text.find(". ", end), text.find("\n", end), end + 200) if i >= 0), default=end + 200)
    return _SAID_FICTIONAL.search(text, lo, hi) is not None


INDEX.add(["placeholder", "%40", *pii_world_ids.LINK_WORDS, *pii_docs.WORDS], where=False)
INDEX.add(["pas", "card", "nom"], where=False)  # whether each occurs: a long text without them is not searched for them


def _holds_word(low: str, word: str) -> bool:
    """`word in low`, asked of the shared index first when it has read the long text (or reads one longer than
    `SHORT` in one pass, see `scan.indexed`)."""
    where = INDEX.answered(low) if len(low) > SHORT else None  # (kept for this text: asked some 20 times a text)
    if where is not None:
        return word in where[0] or word in where[1]
    where = INDEX.known(low) if len(low) >= LONG else indexed(low)
    return (word in where[0] or word in where[1]) if where is not None else word in low


def _read_holds(low: str, word: str) -> bool:
    """`word in low`, asked of the shared index when it has read the long text already (see `scan.Index.answered`),
    or reads one longer than `SHORT` in one pass (see `scan.indexed`)."""
    where = INDEX.answered(low) if len(low) >= LONG else indexed(low)
    return (word in where[0] or word in where[1]) if where is not None else word in low


_PLACEHOLDER = lazy.compile(r"placeholder(?<![\w-]placeholder)[ \t]*=[ \t]*\\?[\"']([^\"'<>\n]{1,200})")
"""A form field's `placeholder="..."`: the example its empty field shows (`+44 7700 900000`), not anyone's data. Led by
the word, what may not stand before it looked at behind it (a look-behind first is tried at every character: ~40 ms
a MB of text holding the word, where the word's search costs next to nothing)."""


def _find(text: str, low: str, viewed: bool = False) -> list[Finding]:
    given = text
    plain = low  # `text` lower-cased, while it is as given (but for escapes read as spaces: `escaped`)
    escaped = 0
    if "\\" in text:
        text, escaped = _ESCAPE.subn("\\\\ ", text)
    if holds_any(low, _WRAPPERS):
        text, wrapped = _WRAPPED.subn(_unwrapped, text)
        if wrapped:
            low = text.lower()
    if holds_any(low, _MARC_WORDS):  # (`‡a`, `ǂa`: see below)
        marc = _marc_read(text)
        if marc is not text:
            text, low = marc, lower_aligned(marc)
    other_digits = False  # digits beyond ASCII (`٠٥٠١٢٣٤٥٦٧`): the shape places none of them
    wide = ""
    if not text.isascii():
        wide = _outside(text)
        other_digits = _OTHER_DIGIT.search(wide) is not None
        if other_digits:  # read as ASCII digits (same length: positions hold), so the shape places them too
            text = text.translate({ord(c): str(unicodedata.decimal(c, 0)) for c in set(_OTHER_DIGIT.findall(wide))})
            other_digits = False
        if pii_telephony.CJK_RUN.search(wide) is not None:
            text = pii_telephony.cjk_numerals(text)  # `一三八一二三四五六七八`: digits read out one by one
        if "年" in wide and pii_spelled_dates.CJK_DATE.search(wide) is not None:
            text = pii_spelled_dates.cjk_dates(text)  # `一九八五年三月十五日`: a date in numerals
        if _UNSPACED.search(wide) is not None:
            text = _UNSPACED.sub(" ", text)  # same length: positions hold; labels are read in `low`, as written
        if ("\u2021" in wide or "\u01c2" in wide) and not holds_any(low, _MARC_WORDS):
            marc = _marc_read(text)
            if marc is not text:
                text, low = marc, lower_aligned(marc)
        if any(c in wide for c in _DASH_CHARS):  # one fast search each; a translation would read every character
            text = _DASHES.sub("-", text)
        plain = ""
    # The shape and its digit places serve every text (a short one's numbers, runs and addresses are tried where
    # they place them too: the same matches as a search, for less than one search of `_NUMERIC` costs); a text with
    # digits beyond ASCII has its numbers, runs and addresses searched for instead (`\d` reads those digits too)
    shape = text_shape(text)
    places = digit_places(shape)
    searched = None if other_digits else shape
    encoded = _read_holds(low, "%40")  # (the same in `text`: `low` lower-cases it, escapes and dashes are not `%40`)
    found = _emails(text, encoded) if encoded or "@" in text else []
    found += _bare_ids(text, searched, low, places.runs if searched is not None else None)
    found += _passports(text, plain, escaped > 0 and plain != "")
    found += pii_mrz.find(text, low)
    found += pii_hl7.find(text, low)
    found += pii_records.find(text, low)
    found += pii_records.fixed_width(text, places.runs)
    found += pii_payment_codes.find(text, low)
    found += pii_cards.find(text, places.runs, _card_ok)
    found += pii_licences.find(text, low)
    found += pii_letters.find(text, low)
    found += pii_ledgers.find(text, low)
    found += pii_games.find(text, low)
    found += pii_certs.find(text, low)
    found += pii_bank_files.find(text, places.runs, _IBAN_LENGTHS, iban_ok)
    found += pii_travel.find(text, low)
    found += pii_markup.find(text, low)
    if "*" in text:
        found += pii_edi.find(text, low)
    found += pii_registers.find(text, low)
    if "\n" in text:
        found += pii_rolls.rolls(text, low)
    if kept_holds(text, low, "CARD"):
        found += pii_rolls.cards(text, low)
    found += pii_telephony.find(text, places.runs)
    found += pii_spelled.find(text, low)
    found += pii_keyed.find(text, low)
    found += pii_code_dates.find(text, low)
    failed: pii_ids.Failed = []
    found += pii_ids.find(text, low, shape, places, _header_kinds, failed)
    found += pii_named.nearby(text, low, shape, places, _NAMED_CHECKS)
    found += _crypto(text, searched, low, given)
    if ":" in text or "-" in text:
        found += pii_ids.macs(text, _ip_kind, low)
    found += _numeric(text, searched, places)
    found += _phones(text)
    found += pii_ids.grouped_phones(text, shape, places)
    found += pii_people.find(text, low, shape, places)
    found += pii_name_lines.find(text, low)
    if "\n" in text:
        found += pii_pay_rows.find(text, low)
    found += pii_chats.find(text, shape)
    found += pii_address_labels.find(text, low)
    if len(text) <= pii_address_lines.MAX:
        found += pii_address_lines.house_named(text)
        found += pii_address_labels.cued(text, low)
        if "\n" in text:
            found += pii_address_lines.under_labels(text, low) + pii_address_lines.addressed(text)
    found += pii_displays.read_groups(text, low)
    found += pii_street_forms.find(text, low, given if len(given) == len(text) else text)
    found += pii_world_ids.healthcare_ids(text, low)
    found += pii_regional_ids.shaped(text, places.runs)
    if holds_any(low, pii_world_ids.LINK_WORDS):  # (every literal it looks for: one test for them all)
        found += pii_world_ids.chat_links(text, low, lambda w: _holds_word(low, w))
    if ":" in text:  # `"::" in text` would cost twice the scan it saves
        found += _ipv6_compressed(text)
    found += pii_rosters.rosters(text, found, places.runs)
    if not viewed:
        tables = pii_sheets.tables(text, low) + pii_record_views.frames(text, low) + pii_displays.tables(text, low)
        for table in tables:
            view, spans = pii_sheets.view(text, table)
            found += pii_sheets.mapped(_find(view, view.lower(), viewed=True), spans)
        for seen in (
            pii_pairs.pairs_view(text, low),
            pii_pairs.runs_view(text, low),
            pii_pairs.form_view(text, low),
            pii_record_views.key_lines(text, low),
            pii_split_values.view(text, shape),
        ):
            if seen is not None:
                found += pii_pairs.mapped(_find(seen[0], seen[0].lower(), viewed=True), seen[1])
    if wide and pii_rare_names.ANY.search(wide) is not None:  # (one search of the few characters beyond ASCII)
        found += pii_rare_names.find(text, found)
    id_lines = pii_id_names.lines_with_ids(text, shape) if len(text) <= pii_id_names.MAX else None
    if id_lines:
        found += pii_id_names.rows(text, found, id_lines)
    if not found:
        return found  # (what follows only drops, widens or adds beside what was found: none of it, nothing to do)
    if any(f.kind not in pii_country_checks.NOT_IDS for f in found):
        failed += pii_country_checks.failed(text, low, found)
    if failed:
        found = [f for f in found if not any(lo < f.end and f.start < hi and f.kind not in k for lo, hi, k in failed)]
    if found:
        found = pii_payment_codes.payees(text, low, pii_orgs.organisations(text, low, found))
    if found and any(holds(text, low, group) for group in pii_records.EQUIPMENT_WORDS):
        found = pii_records.dicom_things(text, found)
    if any(f.kind in pii_orgs.LISTED_KINDS for f in found):
        found = pii_orgs.listings(text, found)
    if any(f.kind == "email" for f in found):
        found = pii_registers.rooms(text, low, found)
    if any(f.end - f.start == 13 for f in found):
        found = [f for f in found if not _barcode(text, f.start, f.end)]
    if any(f.kind == "vin" for f in found):
        found = pii_things.vehicles(text, found)  # kept only where tied to a person, its check digit or not
    if any(f.kind == "imei" for f in found):
        found = pii_things.handsets(text, found)
    if any(8 <= f.end - f.start <= 20 for f in found):
        found = [
            f
            for f in found
            if not (8 <= f.end - f.start <= 20 and f.kind != "vin" and pii_things.thing(text, f.start, f.end))
        ]
    if not plain and any(f.kind in pii_code_words.ALONE for f in found) and pii_code_words.CJK_LETTERS.search(low):
        found = pii_code_words.cjk_coded(low, found)
    if "\n" in text and any(f.kind in pii_code_words.ALONE for f in found):
        found = pii_code_words.coded_cells(text, found, _code_named)
    if any(f.kind == "phone_number" for f in found):
        found = [
            f
            for f in found
            if f.kind != "phone_number"
            or (
                _FREEPHONE.match(text, f.start, f.end) is None
                and _FILE_EXTENSION.match(text, f.end) is None
                and _LETTER_SUFFIX.match(text, f.end) is None
                and _UNIT_AFTER.match(text, f.end) is None
                and not _example_phone(text, f.start, f.end)
                and not _reading(text[f.start : f.end])
            )
        ]
        found = pii_dial_ins.dial_ins(text, low, found)
        unplanned = [
            (f.start, f.end)
            for f in found
            if f.kind == "phone_number"
            and "+" in text[f.start : f.start + 2]
            and not assigned_code(text[f.start : f.end])
        ]
        if unplanned:  # a number after `+` that no country's plan has: neither it nor a part of it is anyone's
            found = [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in unplanned)]
    if any(f.kind == "credit_card" for f in found):
        found = pii_docs.published(text, pii_cards.test_data(text, found))
    if found and any(_holds_word(low, w) for w in pii_docs.WORDS):
        found = pii_docs.examples(text, found)
    if any(f.kind in pii_org_codes.KINDS for f in found):
        found = pii_org_codes.codes(text, found)
    if found and holds_any(low, pii_samples.WORDS):
        found = pii_samples.records(text, found)
    if any(f.kind in pii_history.KINDS for f in found):
        found = pii_history.past_lives(text, found)
    if any(f.kind == "iban" for f in found) and ":5" in text:
        found = pii_swift.companies(text, found)
    if any(f.kind == pii_people.ALONE for f in found):
        found = pii_people.alone(found)
    if found:
        found += pii_people.beside(text, found)
        found += pii_fields.names(text, found) + pii_fields.rows(text, found)
        if any(f.kind == "person_name" for f in found):
            found += pii_record_ids.beside_names(text, low, found, failed)
            found += pii_name_phones.phones(text, found)
            if "\n" in text:
                found += pii_address_lines.under_names(text, found)
        if any(f.kind == "street_address" for f in found):
            found = pii_address_lines.widened(text, found)
    if found and _holds_word(low, "placeholder"):
        hints = [m.span(1) for m in _PLACEHOLDER.finditer(low)]
        found = [f for f in found if not any(lo <= f.start and f.end <= hi for lo, hi in hints)]
    if len(found) > 1:
        found.sort(key=lambda f: (f.start, -f.end))
        kept = [found[0]]
        for f in found[1:]:
            if f.start >= kept[-1].end:
                kept.append(f)
        found = kept
    if failed and found and all(f.kind == "person_name" for f in found):
        return []  # a record whose identifier fails its check, only names left: made up (a sample or a test's)
    if failed and found:
        found = _beside_failed(text, found, failed)
        found = [f for f in found if not any(lo < f.end and f.start < hi and f.kind not in k for lo, hi, k in failed)]
    if found and any(f.kind in ("ip_address", "private_ip_address") for f in found):
        found = pii_network.services(text, low, found, _PERSON_NEAR_ADDRESS)
    if found and any(f.kind in ("private_ip_address", "mac_address") for f in found):
        found = _tied_private_addresses(text, low, found)
    if found:
        found = pii_named.named_otherwise(text, low, found, _NAMED_CHECKS)
    if found and any(f.kind in pii_prose_names.KINDS for f in found):
        named = pii_prose_names.near(text, found)
        if "\n" in text or "," in text or ";" in text or "|" in text or " / " in text or "·" in text or "•" in text:
            named += pii_bare_rows.names(text, found + named)
        if named:
            found = sorted(found + named, key=lambda f: (f.start, -f.end))
    if any(f.kind == "person_name" for f in found):
        found = pii_firms.firms(text, found)
    if any(f.kind in pii_rosters.KINDS for f in found):
        found = pii_rosters.owned(text, found)
    if any(f.kind in pii_plates.KINDS for f in found):
        found = pii_plates.owned(text, found)
    if any(f.kind == "person_name" or f.kind in pii_id_columns.ANCHORS for f in found):
        ids = pii_id_columns.columns(text, found) if "\n" in text else []
        ids += pii_id_columns.inline(text, found + ids)
        if ids:
            found = sorted(found + ids, key=lambda f: (f.start, -f.end))
    if any(f.kind == "phone_number" for f in found):
        found = pii_drama.unclaimed(text, found)
    if any(f.kind == "email" for f in found):
        found = pii_mailboxes.groups(text, pii_mailboxes.desks(text, found))
    if any(f.kind == "street_address" for f in found):
        found = pii_venues.venues(text, found)
    if any(f.kind in ("phone_number", "street_address") for f in found):
        found = pii_property.listed(text, pii_venues.headed(text, found))
    if any(f.kind == "person_name" for f in found):
        places = pii_units.codes(text, low, found)
        if places:
            found = sorted(found + places, key=lambda f: (f.start, -f.end))
    return found


_PERSON_NEAR_ADDRESS = lazy.compile(
    r"(?<![a-z])(?:users?|user_?name|uid|login|logged|log(?:ged)?[ _-]?in|signed[ _-]?in|sign[ _-]?in|accounts?|"
    r"customers?|employees?|staff|patients?|subscribers?|owners?|tenants?|students?|guests?|visitors?|"
    r"home|personal|my|his|her|their|laptop|phone|mobile|workstation|desktop|person|someone|"
    r"assigned[ _]to(?! (?:the |a |an )?(?:[a-z0-9-]+ ){0,3}(?:printer|switch|router|server|host|vlan|port|"
    r"interface|camera|access point|node|pod|service|container|vm|kiosk|plc|gateway|subnet|scanner|sensor|"
    r"terminal)s?(?![a-z]))|"
    r"household|resident|caller|sender|author|attacker|suspect|victim|"
    # a login record and a person's own device (`Accepted password for jdoe`, `MARIA-IPHONE`, `VPN session`)
    r"accepted (?:password|publickey|keyboard-interactive)|session opened|rhost|ruser|vpn (?:session|client|user)|"
    r"tunnel (?:address|ip)|iphone|ipad|macbook|android|galaxy|pixel|chromebook|thinkpad)(?![a-z])"
)
"""Words that tie an address to a person (`user jdoe from 10.8.0.6`, `her laptop at 192.168.1.23`)."""


@functools.cache
def _person_heads() -> Heads | None:
    """The words every match of `_PERSON_NEAR_ADDRESS` starts with, found together in one pass (see `scan.Heads`);
    None when they are not known (its own search then)."""
    words = leading_words(_PERSON_NEAR_ADDRESS.pattern)
    return Heads(words) if words else None


def _person_words(low: str) -> list[int]:
    """Where each match of `_PERSON_NEAR_ADDRESS.finditer(low)` starts: tried only where one of the words it starts
    with does (its own search, led by a look-behind, tries every character: ~50 ms a MB)."""
    heads = _person_heads()
    if heads is None:
        return [m.start() for m in _PERSON_NEAR_ADDRESS.finditer(low)]
    starts = sorted({at for places in heads.find(low).values() for at in places})
    return [m.start() for m in matches_at(_PERSON_NEAR_ADDRESS, low, starts)]


_PERSON_COLUMN = lazy.compile(r"(?<![a-z])(?:(?:full|first|last|user|customer|display)[ _]?)?names?(?![a-z])")
"""A table header's column of a person's name (`name,value,city`): the rows under it are people's."""


def _within(starts: list[int], at: int, reach: int) -> bool:
    """Whether one of the sorted `starts` lies within `reach` of `at`."""
    i = bisect.bisect_left(starts, at - reach)
    return i < len(starts) and starts[i] <= at + reach


def _person_row(low: str, line: int) -> bool:
    """Whether the line starting at `line` is a row under a header (the first line of its block, looked for a few
    KB back) naming a person."""
    block = low.rfind("\n\n", max(0, line - _HEAD_REACH), line)
    if block < 0 and line > _HEAD_REACH:
        return False
    head = 0 if block < 0 else block + 2
    head_end = low.find("\n", head, line)
    if head_end < 0:
        return False
    return _PERSON_COLUMN.search(low, head, min(head_end, head + 200)) is not None


_HEAD_REACH = 4096
_CELL_BREAK = lazy.compile(r"[|,;\t]")


def _named_row(text: str, line: int, at: int) -> bool:
    """Whether the row the address at `at` stands in (cells split by `|`, `,`, `;` or tabs) holds a cell that reads
    as a person's name (`| 1042 | Jonas Berg | host 172.18.4.9 |`)."""
    if at - line > 400:
        return False
    end = text.find("\n", at, at + 400)
    if end < 0 and len(text) - at > 400:
        return False
    row = text[line : len(text) if end < 0 else end]
    if _CELL_BREAK.search(row) is None:
        return False
    cells = (c.strip(" \"'") for c in _CELL_BREAK.split(row))
    return any(
        " " in c and len(c) <= 60 and pii_people._NAME.fullmatch(c) and pii_people.name_ok(c, True) for c in cells
    )


_ADDRESS_KINDS = frozenset({"ip_address", "private_ip_address", "mac_address"})
_TIE_REACH = 400


def _tied_private_addresses(text: str, low: str, found: list[Finding]) -> list[Finding]:
    """`found` less the addresses in a private range nothing ties to a person: a host, a gateway or a service in
    a network's plan is nobody's data. Kept beside a person's other data (within a few lines), after a word of a
    user, an account or a person's device on its line, or in a row of a table of people."""
    people = sorted(f.start for f in found if f.kind not in _ADDRESS_KINDS)
    asked = [
        f for f in found if f.kind in ("private_ip_address", "mac_address") and not _within(people, f.start, _TIE_REACH)
    ]
    if not asked:
        return found
    words: list[int] | None = None
    if len(asked) > 8:  # many addresses: the person words of the whole text, found once
        words = _person_words(low)
    dropped = set()
    block, block_at, block_person = -1, -1, False  # the last block looked at, from where, and its header's answer
    for f in asked:
        reach = max(0, f.start - 120)
        line = low.rfind("\n", reach, f.start) + 1 or (0 if reach == 0 else -1)  # -1: the middle of a long line
        end = low.find("\n", f.end, f.end + 60)
        end = min(len(low), f.end + 60) if end < 0 else end
        lo = max(line, reach)
        if words is not None:
            i = bisect.bisect_left(words, lo)
            if i < len(words) and words[i] < end:
                continue
        elif _PERSON_NEAR_ADDRESS.search(low, lo, end) is not None:
            continue
        if f.kind == "mac_address" and pii_network.CLIENT.search(low, max(0, f.start - _TIE_REACH), end) is not None:
            continue
        if line >= 0:
            if block < 0 or low.find("\n\n", block_at, line) >= 0:
                block, block_person = line, _person_row(low, line)
            block_at = line
            if block_person or _named_row(text, line, f.start):
                continue
        dropped.add(id(f))
    return [f for f in found if id(f) not in dropped]

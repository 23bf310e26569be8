"""Held-out personal-data cases: made-up emails, phones, cards, IBANs, national IDs and addresses in context."""

from __future__ import annotations

import hashlib
from typing import Any

from gen_common import DIGITS, SLOT, UPPER, Draw, R, negative, positive, verhoeff_digit
from gen_common import iban_of as iban

D = "pii"
S = SLOT
V = Draw(R)
n_digits, ssn, dni, nhs, pesel = V.dg, V.ssn, V.dni, V.nhs, V.pesel

CONTEXTS = [
    "Contact: {}",
    '{{"customer": {{"name": "Marta Ruiz", "value": "{}"}}}}',
    "| 1042 | Jonas Berg | {} | active |",
    "Please update my record, the right one is {} - thanks, Priya",
    "2026-03-14 10:22:01 INFO user lookup ok value={} latency=12ms",
    "name,value,city\nLeila Haddad,{},Lyon",
    "<customer><id>881</id><field>{}</field></customer>",
]


def ctx(label: str, value: str, cls: str, form_index: int | None = None) -> dict[str, Any]:
    i = R.randrange(len(CONTEXTS)) if form_index is None else form_index
    tmpl = CONTEXTS[i].replace("{{", "\x01").replace("}}", "\x02").replace("{}", S)
    text = tmpl.replace("\x01", "{").replace("\x02", "}")
    if label:
        text = text.replace(S, f"{label} {S}")
    return positive(D, cls, text, value, f"ctx{i}")


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def group(number: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(number[i : i + s])
        i += s
    return sep.join(p for p in out if p)


def alnum_up(n: int) -> str:
    return "".join(R.choice(UPPER + DIGITS) for _ in range(n))


IBANS = {
    "DE": lambda: n_digits(18),
    "GB": lambda: "".join(R.choice(UPPER) for _ in range(4)) + n_digits(14),
    "FR": lambda: n_digits(10) + alnum_up(11) + n_digits(2),
    "ES": lambda: n_digits(20),
    "IT": lambda: R.choice(UPPER) + n_digits(10) + alnum_up(12),
    "NL": lambda: "".join(R.choice(UPPER) for _ in range(4)) + n_digits(10),
    "BE": lambda: n_digits(12),
    "CH": lambda: n_digits(5) + alnum_up(12),
    "PL": lambda: n_digits(24),
    "SE": lambda: n_digits(20),
    "NO": lambda: n_digits(11),
    "AT": lambda: n_digits(16),
    "IE": lambda: "".join(R.choice(UPPER) for _ in range(4)) + n_digits(14),
    "PT": lambda: n_digits(21),
    "DK": lambda: n_digits(14),
}


def nino() -> str:
    first = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + n_digits(6) + R.choice("ABCD")


def nie() -> str:
    lead = R.choice("XYZ")
    n = R.randint(1_000_000, 9_999_999)
    v = int(str("XYZ".index(lead)) + f"{n:07d}")
    return f"{lead}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def cpf() -> str:
    base = n_digits(9)
    for w0 in (10, 11):
        s = sum(int(c) * (w0 - i) for i, c in enumerate(base))
        r = (s * 10) % 11
        base += str(0 if r == 10 else r)
    return f"{base[:3]}.{base[3:6]}.{base[6:9]}-{base[9:]}"


def nric() -> str:
    prefix = R.choice("ST")
    body = n_digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body)) + (4 if prefix == "T" else 0)
    letters = "JZIHGFEDCBA"
    return prefix + body + letters[s % 11]


def tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = n_digits(9)
        if sum(int(c) * w[i] for i, c in enumerate(n)) % 11 == 0:
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def pan() -> str:
    return (
        "".join(R.choice(UPPER) for _ in range(3)) + R.choice("PCHFT") + R.choice(UPPER) + n_digits(4) + R.choice(UPPER)
    )


def btc() -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    payload = b"\x00" + R.randbytes(20)
    check = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + check, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" + out


def public_ipv4() -> str:
    while True:
        a = R.randint(1, 223)
        if a in (10, 100, 127, 169, 172, 192, 198, 203, 0):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def phones() -> list[tuple[str, str]]:
    def nanp() -> tuple[str, str, str]:
        return f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}", f"{R.randint(2, 9)}{n_digits(2)}", n_digits(4)

    out = []
    for fmt in ("({a}) {e}-{s}", "{a}-{e}-{s}", "+1 {a} {e} {s}", "+1-{a}-{e}-{s}", "{a}.{e}.{s}", "1 ({a}) {e}-{s}"):
        a, e, s = nanp()
        out.append(("phone_us", fmt.format(a=a, e=e, s=s)))
    a, e, s = nanp()
    out.append(("phone_ca", f"+1 ({a}) {e}-{s}"))
    out += [
        ("phone_uk", f"+44 7{n_digits(3)} {n_digits(6)}"),
        ("phone_uk", f"020 3{n_digits(3)} {n_digits(4)}"),
        ("phone_uk", f"+44 (0)161 {n_digits(3)} {n_digits(4)}"),
        ("phone_de", f"+49 30 {n_digits(8)}"),
        ("phone_de", f"+49 151 {n_digits(8)}"),
        ("phone_de", f"0221 {n_digits(7)}"),
        ("phone_fr", f"+33 6 {n_digits(2)} {n_digits(2)} {n_digits(2)} {n_digits(2)}"),
        ("phone_fr", f"01 {n_digits(2)} {n_digits(2)} {n_digits(2)} {n_digits(2)}"),
        ("phone_in", f"+91 9{n_digits(4)} {n_digits(5)}"),
        ("phone_in", f"+91-8{n_digits(9)}"),
        ("phone_br", f"+55 11 9{n_digits(4)}-{n_digits(4)}"),
        ("phone_br", f"(21) 9{n_digits(4)}-{n_digits(4)}"),
        ("phone_jp", f"+81 3-{n_digits(4)}-{n_digits(4)}"),
        ("phone_jp", f"090-{n_digits(4)}-{n_digits(4)}"),
        ("phone_au", f"+61 4{n_digits(2)} {n_digits(3)} {n_digits(3)}"),
        ("phone_au", f"(02) 9{n_digits(3)} {n_digits(4)}"),
        ("phone_es", f"+34 6{n_digits(2)} {n_digits(3)} {n_digits(3)}"),
        ("phone_it", f"+39 06 {n_digits(4)} {n_digits(4)}"),
        ("phone_it", f"+39 3{n_digits(2)} {n_digits(3)} {n_digits(4)}"),
        ("phone_nl", f"+31 6 {n_digits(8)}"),
        ("phone_mx", f"+52 55 {n_digits(4)} {n_digits(4)}"),
        ("phone_sg", f"+65 9{n_digits(3)} {n_digits(4)}"),
        ("phone_za", f"+27 82 {n_digits(3)} {n_digits(4)}"),
        ("phone_cn", f"+86 138 {n_digits(4)} {n_digits(4)}"),
        ("phone_e164", f"+4479{n_digits(8)}"),
        ("phone_e164", f"+1{R.randint(2, 9)}{n_digits(2)}{R.randint(2, 9)}{n_digits(6)}"),
        ("phone_e164", f"+4917{n_digits(9)}"),
        ("phone_il", f"+972 5{R.randint(0, 8)}-{n_digits(3)}-{n_digits(4)}"),
        ("phone_ie", f"+353 8{R.choice('3567')} {n_digits(3)} {n_digits(4)}"),
        ("phone_pl", f"+48 5{n_digits(2)} {n_digits(3)} {n_digits(3)}"),
        ("phone_se", f"+46 70 {n_digits(3)} {n_digits(2)} {n_digits(2)}"),
        ("phone_ru", f"+7 9{n_digits(2)} {n_digits(3)}-{n_digits(2)}-{n_digits(2)}"),
        ("phone_tr", f"+90 5{n_digits(2)} {n_digits(3)} {n_digits(2)} {n_digits(2)}"),
        ("phone_kr", f"+82 10-{n_digits(4)}-{n_digits(4)}"),
        ("phone_id", f"+62 812-{n_digits(4)}-{n_digits(4)}"),
        ("phone_ng", f"+234 80{R.choice('3678')} {n_digits(3)} {n_digits(4)}"),
        ("phone_ch", f"+41 7{R.choice('6789')} {n_digits(3)} {n_digits(2)} {n_digits(2)}"),
        ("phone_at", f"+43 664 {n_digits(7)}"),
        ("phone_be", f"+32 47{R.randint(0, 9)} {n_digits(2)} {n_digits(2)} {n_digits(2)}"),
        ("phone_pt", f"+351 91{R.randint(0, 9)} {n_digits(3)} {n_digits(3)}"),
        ("phone_nz", f"+64 21 {n_digits(3)} {n_digits(4)}"),
        ("phone_ae", f"+971 50 {n_digits(3)} {n_digits(4)}"),
        ("phone_ph", f"+63 917 {n_digits(3)} {n_digits(4)}"),
        ("phone_ar", f"+54 9 11 {n_digits(4)}-{n_digits(4)}"),
        ("phone_co", f"+57 30{R.randint(0, 9)} {n_digits(3)} {n_digits(4)}"),
        ("phone_intl_00", f"0044 20 3{n_digits(3)} {n_digits(4)}"),
        (
            "phone_us",
            f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)} {R.randint(2, 9)}{n_digits(2)} {n_digits(4)}",
        ),
        (
            "phone_us_ext",
            f"({R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}) {R.randint(2, 9)}{n_digits(2)}-{n_digits(4)}",
        ),
    ]
    return out


def build() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    first = ["marta", "j.okafor", "li.wei", "sven", "amelie.durand", "r_patel", "noah+invoices", "kim.seo-yeon"]
    domains = [
        "gmail.com",
        "outlook.de",
        "acme-corp.io",
        "mail.univ-lyon.fr",
        "company.co.uk",
        "yahoo.co.jp",
        "proton.me",
    ]
    for i, name in enumerate(first):
        cases.append(ctx("email:", f"{name}{R.randint(1, 99)}@{domains[i % len(domains)]}", "email"))
    cases.append(
        positive(D, "email", f'<a href="mailto:{S}">Write to us</a>', "support.desk@fjordline-travel.no", "html")
    )
    cases.append(positive(D, "email", f'From: "Oskar Lind" <{S}>', "oskar.lind@nordbank.se", "header"))
    cases.append(positive(D, "email", f'git commit --author="Ana Costa <{S}>"', "ana.costa@pm.me", "cli"))
    cases.append(positive(D, "email", f"UPPERCASE: {S}", "TOMAS.NOVAK@SEZNAM.CZ", "plain"))
    cases.append(
        positive(D, "email", f"reply-to: {S}", "first-last.2026@eng.data-platform.example-corp.technology", "header")
    )
    cases.append(
        positive(
            D, "email", f"Questions? Write to [{S}](https://keio.example/contact)", "h.tanaka@keio.ac.jp", "markdown"
        )
    )
    cases.append(positive(D, "email", f'user_email = "{S}"', "o'brien.k@eircom.net", "code"))
    cases.append(positive(D, "email", f"Kontakt: {S}.", "j.mueller@web.de", "plain"))
    for cls, value in phones():
        case = ctx(R.choice(["tel", "Phone:", "mobile", "call me at", ""]), value, cls)
        if cls == "phone_us_ext":  # the extension follows the number; the number is what must be found
            case["text"] = case["text"].replace(SLOT, SLOT + " ext. 21")
        cases.append(case)
    networks = [
        ("card_visa", "4", 16, [4, 4, 4, 4]),
        ("card_visa", "4", 16, [4, 4, 4, 4]),
        ("card_mastercard", str(R.randint(51, 55)), 16, [4, 4, 4, 4]),
        ("card_mastercard_2series", str(R.randint(2221, 2720)), 16, [4, 4, 4, 4]),
        ("card_amex", R.choice(["34", "37"]), 15, [4, 6, 5]),
        ("card_discover", "6011", 16, [4, 4, 4, 4]),
        ("card_jcb", str(R.randint(3528, 3589)), 16, [4, 4, 4, 4]),
        ("card_diners", "36", 14, [4, 6, 4]),
        ("card_unionpay", "62", 16, [4, 4, 4, 4]),
        ("card_maestro", "6759", 16, [4, 4, 4, 4]),
        ("card_visa_19", "4", 19, [4, 4, 4, 4, 3]),
    ]
    for cls, prefix, length, sizes in networks:
        for sep in ("", " ", "-"):
            num = luhn_complete(prefix, length)
            value = group(num, sizes, sep) if sep else num
            cases.append(ctx(R.choice(["card", "Card number:", "cc=", ""]), value, cls))
    num = group(luhn_complete("4", 16), [4, 4, 4, 4], " ")
    cases.append(positive(D, "card_with_expiry", f"Card: {S} 09/28 CVV on back", num, "plain"))
    num = luhn_complete("5", 16)
    cases.append(positive(D, "card_in_json", '{"pan": "' + S + '", "exp_month": 4, "exp_year": 2029}', num, "json"))
    for country, make in IBANS.items():
        value = iban(country, make())
        grouped = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        cases.append(ctx("IBAN", value, "iban_" + country.lower()))
        cases.append(ctx("IBAN:", grouped, "iban_" + country.lower() + "_grouped"))
    v = iban("ES", IBANS["ES"]())
    cases.append(positive(D, "iban_with_currency", f"Transfer to {S} EUR 1,250.00", v, "plain"))
    v = iban("DE", IBANS["DE"]())
    cases.append(positive(D, "iban_in_json", '{"iban": "' + S + '", "bic": "COBADEFFXXX"}', v, "json"))
    for _ in range(4):
        cases.append(ctx(R.choice(["SSN", "SSN:", "social security number", ""]), ssn(), "us_ssn"))
    s = ssn().replace("-", " ")
    cases.append(positive(D, "us_ssn_spaced", f"SSN {S}", s, "plain"))
    s = ssn().replace("-", "")
    cases.append(positive(D, "us_ssn_plain", f"ssn={S}", s, "kv"))
    for _ in range(3):
        cases.append(ctx("ITIN", f"9{n_digits(2)}-{R.choice(['70', '78', '88', '90', '94'])}-{n_digits(4)}", "us_itin"))
    for _ in range(3):
        v = nino()
        cases.append(ctx("NI number", v, "uk_nino"))
    v = nino()
    cases.append(
        positive(D, "uk_nino_spaced", f"National Insurance: {S}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", "plain")
    )
    for _ in range(3):
        cases.append(ctx("NHS number", nhs(), "uk_nhs"))
    for _ in range(3):
        cases.append(ctx("DNI", dni(), "es_dni"))
        cases.append(ctx("NIE", nie(), "es_nie"))
    for _ in range(3):
        body = n_digits(11)
        while body[0] in "01":
            body = n_digits(11)
        value = body + verhoeff_digit(body)
        cases.append(ctx("Aadhaar", f"{value[:4]} {value[4:8]} {value[8:]}", "in_aadhaar"))
        cases.append(ctx("PAN", pan(), "in_pan"))
    for _ in range(3):
        num = luhn_complete(str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])), 9)
        cases.append(ctx("SIN", f"{num[:3]} {num[3:6]} {num[6:]}", "ca_sin"))
    for _ in range(2):
        cases.append(ctx("CPF", cpf(), "br_cpf"))
        cases.append(ctx("PESEL", pesel(), "pl_pesel"))
        cases.append(ctx("NRIC", nric(), "sg_nric"))
        cases.append(ctx("TFN", tfn(), "au_tfn"))
    for _ in range(5):
        cases.append(ctx(R.choice(["client ip", "from", "src=", "remote_addr"]), public_ipv4(), "ipv4_public"))
    cases.append(
        positive(
            D,
            "ipv4_in_log",
            f'{S} - - [14/Mar/2026:10:22:01 +0000] "GET /login HTTP/1.1" 200 512',
            public_ipv4(),
            "log",
        )
    )
    for value in (
        f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
        f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
    ):
        cases.append(ctx("host", value, "ipv4_private"))
    for _ in range(3):
        groups = [f"{R.randint(0x2001, 0x2A0F):x}", *(f"{R.randint(0, 0xFFFF):x}" for _ in range(7))]
        if groups[0] == "2001":
            groups[1] = "4860"
        cases.append(ctx("ipv6", ":".join(groups), "ipv6_full"))
    cases.append(
        ctx(
            "ipv6",
            f"2a01:4f8:{R.randint(1, 0xFFF):x}:{R.randint(1, 0xFFFF):x}::{R.randint(2, 0xFF):x}",
            "ipv6_compressed",
        )
    )
    cases.append(
        ctx(
            "ipv6",
            f"2600:1f18:{R.randint(1, 0xFFFF):x}::{R.randint(1, 0xFFFF):x}:{R.randint(1, 0xFFFF):x}",
            "ipv6_compressed",
        )
    )
    cases.append(ctx("ipv6", f"64:ff9b::{public_ipv4()}", "ipv6_ipv4_tail"))
    cases.append(ctx("ipv6", f"::ffff:{public_ipv4()}", "ipv6_ipv4_tail"))
    for _ in range(2):
        cases.append(ctx("btc", btc(), "crypto_btc"))
    return cases + negatives()


def negatives() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def n(cls: str, text: str) -> None:
        out.append(negative(D, cls, text))

    for text in (
        "Requires OpenSSL 3.1.1.1 or later",
        "extension 2.5.29.14 (subjectKeyIdentifier) and 1.3.6.1.4.1.311.21.7",
        "pip install acme-sdk==4.12.0.3",
        "Chrome/124.0.6367.118 Safari/537.36",
        "libc6 2.36-9+deb12u4 amd64",
        "version: 10.4.2.1.99",
    ):
        n("version_or_oid", text)
    for text in (
        "In examples use 192.0.2.10 for the server and 198.51.100.23 for the client.",
        "203.0.113.0/24 is reserved for documentation (RFC 5737).",
        "listen [2001:db8::1]:443 ssl;",
        "Bind to 0.0.0.0:8080 or 127.0.0.1:8080.",
        "netmask 255.255.255.0 broadcast 255.255.255.255",
    ):
        n("ip_documentation_or_special", text)
    for _ in range(4):
        num = luhn_complete("4", 16)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        n("card_luhn_fail", f"Order reference {bad[:4]} {bad[4:8]} {bad[8:12]} {bad[12:]}")
    for _ in range(3):
        v = iban("DE", IBANS["DE"]())
        bad = v[:2] + f"{(int(v[2:4]) + 1) % 100:02d}" + v[4:]
        n("iban_checksum_fail", f"Account (test fixture, invalid): {bad}")
    for text in (
        "SSN must not be 000-12-3456 or 666-45-6789 or 912-34-5678",
        "ticket 123-45-0000 closed",
    ):
        n("ssn_invalid", text)
    for text in (
        "ZIP 94105-1234, San Francisco",
        "Coordinates: 37.7749, -122.4194",
        "ISBN 978-3-16-148410-0",
        "Released 2026-03-14 12:00:00 UTC (build 20260314.1)",
        "Unix time 1767225600 is 2026-01-01T00:00:00Z",
        "Total: 1,234,567.89 USD across 4,512 invoices",
        "pi = 3.14159265358979323846",
        "git@github.com:acme/payments-service.git",
        "npm i @types/node@20.11.5 react@18.3.1",
        "@app.route('/users/<int:user_id>')",
        "Throughput 12,345,678 requests/day; p99 412 ms",
        "Build #4521 took 00:12:31; artifact size 104857600 bytes",
        "SKU 4471-2290-1180-77 in warehouse B",
        "matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]",
        "Error code 0x80070005 (access denied)",
        "+CSeq: 102 INVITE",
        "Range: bytes=0-1048575",
        "Timestamp 20260314102201123",
        "chmod 0644 /etc/app/config.yaml",
        "Set max_connections = 1000000",
        "UUID 3f2b8c1e-9a4d-4e6f-8b2a-7c1d5e9f0a3b",
        "sha1 5e8f4b2a9c1d3e7f6a0b8c2d4e6f8a1b3c5d7e9f",
        "Port range 49152-65535",
        "Call the function with f(3, 555, 0199)",
        "HTTP/1.1 404 Not Found\nContent-Length: 1543",
        "lat/long 48.8566 2.3522 (Paris)",
        "See RFC 7231 section 6.5.4 and RFC 9110.",
        "The sequence 1 1 2 3 5 8 13 21 34 55 89 144",
        "Tracking: 1Z 999 AA1 01 2345 6784 (example from the docs)",
        "Model XPS-9530-7021, serial pending",
    ):
        n("number_lookalike", text)
    for text in (
        "Build 2026.03.14.1842 passed 1,204 tests in 312.55 s",
        "Invoice INV-2026-000481 due 2026-04-30, amount 4,250.00 EUR",
        "SELECT * FROM orders WHERE id BETWEEN 100000 AND 199999 LIMIT 50;",
        "Memory: 16384 MB total, 12288 MB used (75.0%)",
        "CPU temperature 61.5 C, fan 2400 rpm",
        "The constant 0.5772156649 is the Euler-Mascheroni constant.",
        "Patch set 14 of change 482913, revision 7",
        "Coordinates (x, y, z) = (120.5, -33.25, 8.0)",
        "docker run -p 5432:5432 -p 6379:6379 postgres:16.2",
        "Kernel 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC",
        "Order total 1234.56, tax 98.76, shipping 12.00",
        "Page 12 of 340 - Figure 3.2.1 shows the results",
        "The checksum of the image is 3141592653 (CRC32)",
        "Frame 1920x1080 at 59.94 fps, bitrate 8000 kbps",
        "ticket_id=4521987 priority=2 queue=billing",
        "2026-03-14T10:22:01.123456+00:00 worker-3 job 7712 done",
        "Latitude 51.5074, longitude -0.1278",
        "The matrix determinant is 2.345e-07",
        "Run 3 of 10: loss 0.0412, accuracy 0.9876, epoch 42",
        "Amount due: $12,345.67 by 04/30/2026",
        "Area code list: 212, 646, 332, 917 (New York)",
        "Postal code SW1A 1AA, London",
        "Flight LH 400 departs 13:45 from gate B44",
        "Your verification number is 4 digits long",
        "Range 10-20-30-40 in the config file is the backoff schedule in ms",
        "v1.2.3-rc.4+build.5678",
        "MAC 3c:22:fb:9a:10:4e, MTU 1500",
        "ssh deploy@build-runner-7 'systemctl restart app'",
        "Requires numpy>=1.26.4,<2.0 and pandas==2.2.1",
        "Tax ID format: NN-NNNNNNN (nine digits)",
    ):
        n("number_lookalike_more", text)
    for text in (
        "Email addresses are validated with a regular expression, then a confirmation link is sent.",
        "Phone numbers are stored in E.164 form (a plus sign, country code and subscriber number).",
        "def validate_iban(value: str) -> bool:  # mod-97 check",
        "Enter your card number, expiry date and CVC on the next page.",
    ):
        n("pii_docs_without_values", text)
    for text in (
        "Parsing follows section 12.2.5.41 of the HTML standard (the 'in table' insertion mode).",
        "Minimum supported AIX level is 7.2.5.102.",
        "x = Decimal('+48213907.25') - Decimal('0.5')",
        "Private ranges: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16; link-local 169.254.0.0/16.",
        "The netmask 0.255.255.255 is the hostmask of a /8 network.",
        "Carrier-grade NAT uses 100.64.0.0/10.",
    ):
        n("source_code_numbers", text)
    return out

"""Shared helpers for writing the held-out corpus: seeded random values, checksums, and how a case is stored."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SLOT = "{{VALUE}}"
"""Where a positive's value goes in its `text`; the value itself is stored in short parts (see `split`)."""

R = random.Random(20261130)

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
BASE62 = DIGITS + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
UP, LO, DG, AN, HX, URL = UPPER, LOWER, DIGITS, ALNUM, HEX, B64URL
"""Short names the slice generators use for the same alphabets."""


def rnd(alphabet: str, n: int) -> str:
    """`n` characters drawn from `alphabet`, with at least one digit and one letter where the alphabet has both."""
    for _ in range(100):
        s = "".join(R.choice(alphabet) for _ in range(n))
        if n < 12 or not (set(alphabet) & set(DIGITS)) or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
            return s
    return s


def digits(n: int) -> str:
    return str(R.randint(1, 9)) + "".join(R.choice(DIGITS) for _ in range(n - 1))


def b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix: str, body_len: int = 30) -> str:
    """A token whose last six characters are the base62 CRC32 of the random body (GitHub and npm style)."""
    body = rnd(ALNUM, body_len)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)


def prime(bits: int) -> int:
    """A probable prime of `bits` bits drawn from the seeded generator (Miller-Rabin, 40 rounds)."""
    while True:
        n = R.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and _probably_prime(n):
            return n


SMALL_PRIMES = [p for p in range(41, 2000, 2) if all(p % q for q in range(3, int(p**0.5) + 1, 2))]
"""Odd primes from 41 to 2,000: a candidate with one of them as a factor is known composite without exponentiation."""


def _probably_prime(n: int) -> bool:
    """Miller-Rabin with 40 bases drawn from the seeded generator. Every base is drawn as it always was, so the
    generator's sequence (and every value drawn after it) is unchanged, but fewer are tried: a number with a small
    factor is rejected at its first base without trying it, and once a base passes, the other 39 are drawn without
    trying them (a random 1024-bit composite passes one random base with probability below 2**-40)."""
    if any(n % p == 0 for p in SMALL_PRIMES):
        R.randrange(2, n - 2)
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    x = pow(R.randrange(2, n - 2), d, n)
    if x not in (1, n - 1):
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    for _ in range(39):
        R.randrange(2, n - 2)
    return True


def b64(data: bytes, url: bool = False, pad: bool = True) -> str:
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(data).decode()
    return s if pad else s.rstrip("=")


def b64json(obj: Any) -> str:
    return b64(json.dumps(obj, separators=(",", ":")).encode(), url=True, pad=False)


def uuid4() -> str:
    h = rnd(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def split(value: str) -> list[str]:
    """The value in parts of at most seven characters, so that no scanner finds it whole in the stored file."""
    parts = []
    i = 0
    cut = random.Random(value)  # the shared generator's sequence must not depend on the value's length
    while i < len(value):
        n = cut.randint(3, 7)
        parts.append(value[i : i + n])
        i += n
    return parts


def positive(detector: str, cls: str, text: str, value: str, form: str = "", **extra: Any) -> dict[str, Any]:
    """A case that must be found: `text` holds SLOT where `value` goes."""
    if SLOT not in text:
        raise ValueError(f"no slot in {cls}: {text[:60]!r}")
    case = {"detector": detector, "label": 1, "class": cls, "form": form, "text": text, "parts": split(value)}
    core = credential_part(cls, value)
    if core is not None:
        case["core"] = core
    case.update(extra)
    return case


def credential_part(cls: str, value: str) -> list[int] | None:
    """For a URL that carries a credential, [start, end) of the credential inside it: what must be covered."""
    if cls == "cloudinary_url":
        return [value.rindex(":") + 1, value.rindex("@")]
    if "webhook" not in cls or not value.startswith("http"):
        return None
    if "token=" in value:
        return [value.index("token=") + len("token="), len(value)]
    end = len(value.rstrip("/"))
    return [value.rindex("/", 0, end) + 1, end]


def negative(detector: str, cls: str, text: str, form: str = "", **extra: Any) -> dict[str, Any]:
    """A case that must pass unflagged."""
    case = {"detector": detector, "label": 0, "class": cls, "form": form, "text": text}
    case.update(extra)
    return case


def write(name: str, cases: list[dict[str, Any]]) -> None:
    for n, case in enumerate(cases, 1):
        case["id"] = f"{name}-{n:04d}"
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for case in cases:
            ordered = {"id": case.pop("id"), **case}
            f.write(json.dumps(ordered, ensure_ascii=False) + "\n")


def append_slice(split: str, built: dict[str, list[dict[str, Any]]]) -> None:
    """Replace one slice's cases in the stored files with `built`, leaving every other case (and its id) as stored."""
    for name, cases in built.items():
        path = HERE / f"{name}.jsonl"
        kept = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [c for c in kept if c.get("split", "main") != split]
        last = max(int(c["id"].rsplit("-", 1)[1]) for c in kept)
        with open(path, "w", encoding="utf-8") as f:
            for case in kept:
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
            for n, case in enumerate(cases, last + 1):
                f.write(json.dumps({"id": f"{name}-{n:04d}", **case}, ensure_ascii=False) + "\n")
        pos = sum(c["label"] for c in cases)
        print(f"{name}: {split} {pos} positives, {len(cases) - pos} negatives")


def value_cases(
    split: str, detector: str, positives: list[tuple[str, str, str, str]], negatives: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Cases of a slice written as (family, class, text with `{S}`, value) positives, then (family, text) negatives."""
    out = [
        positive(detector, cls or family, text.replace("{S}", SLOT), value, family, split=split, family=family)
        for family, cls, text, value in positives
    ]
    return out + [negative(detector, family, text, family, split=split, family=family) for family, text in negatives]


def channel_cases(
    split: str, detector: str, positives: list[tuple[str, str]], negatives: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """Cases of a slice written as (channel, text): positives carried inside other text (`indirect`), then negatives."""
    out = [
        negative(detector, ch, text, ch, split=split, family=ch) | {"label": 1, "indirect": True}
        for ch, text in positives
    ]
    return out + [negative(detector, ch, text, ch, split=split, family=ch) for ch, text in negatives]


def injection_slice(
    split: str,
    direct: list[tuple[str, str, bool]],
    indirect: list[tuple[str, str]],
    negatives: list[tuple[str, str]],
) -> list[dict[str, Any]]:
    """A slice's injection cases: (family, text, explicit) direct orders, (family, text) orders carried inside other
    text (`indirect`), then (family, text) negatives; the form and class are the family."""

    def case(family: str, text: str, **extra: Any) -> dict[str, Any]:
        return negative("injection", family, text, family, split=split, family=family, **extra)

    out = [case(f, t, **({"explicit": True} if e else {})) | {"label": 1} for f, t, e in direct]
    out += [case(f, t, indirect=True) | {"label": 1} for f, t in indirect]
    return out + [case(f, t) for f, t in negatives]


def luhn(partial: str) -> str:
    """`partial` with its Luhn check digit appended."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return partial + str((10 - total % 10) % 10)


def iban_of(country: str, bban: str) -> str:
    """The IBAN of `country` for the account `bban`, with its ISO 7064 mod 97-10 check digits."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    """`s` in groups of `n` characters."""
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


def b64url(data: bytes) -> str:
    """URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64text(s: str | bytes) -> str:
    """Standard base64 of a text (UTF-8) or of bytes."""
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def bad_last(s: str) -> str:
    """`s` with its last digit changed: the same shape, a failing check."""
    return s[:-1] + str((int(s[-1]) + 3) % 10)


def schema_tool(
    name: str, description: str, props: dict[str, Any] | None = None, required: list[str] | None = None, **extra: Any
) -> dict[str, Any]:
    """A tool definition; a property given as (type, description) is written out as a schema."""
    properties: dict[str, Any] = {}
    for k, v in (props or {}).items():
        if isinstance(v, tuple):
            t, desc = v
            properties[k] = {"type": t} | ({"description": desc} if desc else {})
        else:
            properties[k] = v
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return {"name": name, "description": description, "inputSchema": schema, **extra}


def value_makers(split: str) -> tuple[Callable[..., dict[str, Any]], Callable[..., dict[str, Any]]]:
    """A slice's makers of positive and negative cases: (detector, family, text, value, form, cls) and
    (detector, family, text, form, cls); the class is the family unless given."""

    def pos(
        detector: str, family: str, text: str, value: str, form: str, cls: str = "", **extra: Any
    ) -> dict[str, Any]:
        return positive(detector, cls or family, text, value, form, split=split, family=family, **extra)

    def neg(detector: str, family: str, text: str, form: str = "", cls: str = "", **extra: Any) -> dict[str, Any]:
        return negative(detector, cls or family, text, form, split=split, family=family, **extra)

    return pos, neg


def family_positive(split: str) -> Callable[..., dict[str, Any]]:
    """A slice's maker of positives written as (detector, family, class, text with `{S}`, value)."""

    def pos(detector: str, family: str, cls: str, text: str, value: str, **extra: Any) -> dict[str, Any]:
        return positive(detector, cls, text.replace("{S}", SLOT), value, family, split=split, family=family, **extra)

    return pos


ODD = dict(
    zip(
        DIGITS + UPPER,
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) * 2 + (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)
"""The Italian fiscal code's values of characters in odd places."""


def codice_fiscale(surname: str, name: str, date: str, place: str) -> str:
    """An Italian fiscal code from its 15 leading characters, with its check letter."""
    body = surname + name + date + place  # 3 + 3 + 5 + 4 = 15 characters
    total = 0
    for i, ch in enumerate(body):
        total += ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else UPPER.index(ch))
    return body + UPPER[total % 26]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    """`data` in base58 without a checksum (Solana's and NEAR's keys)."""
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, m = divmod(n, 58)
        out = B58[m] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def base58check(payload: bytes) -> str:
    """`payload` with its double-SHA-256 checksum in Bitcoin's base58."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, m = divmod(n, 58)
        out = B58[m] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    """bech32's BCH checksum state over 5-bit `values`."""
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32(hrp: str, payload: bytes, lead: tuple[int, ...] = ()) -> str:
    """`payload` in bech32 under the human-readable part `hrp` (after 5-bit words `lead`), with its checksum."""
    acc, bits, data = 0, 0, list(lead)
    for byte in payload:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(expanded + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH32[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def verhoeff_digit(num: str) -> str:
    """The Verhoeff check digit of `num`."""
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
"""Verhoeff's multiplication, permutation and inverse tables."""


TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
"""Taiwan's identity numbers: the value of the leading letter."""


def _mod11(digits_: str, weights: list[int]) -> int:
    return sum(int(c) * w for c, w in zip(digits_, weights, strict=True)) % 11


def _w10(digits_: str, weights: list[int]) -> str:
    return str((10 - sum(int(c) * w for c, w in zip(digits_, weights, strict=True)) % 10) % 10)


def bad_digit(s: str) -> str:
    """`s` with its last digit changed by four, so that its check no longer holds."""
    i = max(k for k, c in enumerate(s) if c.isdigit())
    return s[:i] + str((int(s[i]) + 4) % 10) + s[i + 1 :]


class Draw:
    """Made-up values drawn from a slice's own seeded generator, so that one slice never shifts another's values.

    A slice binds the methods it uses to its own names (`r, dg = D.r, D.dg`); `g` is the generator itself, which a
    slice may reseed or replace to draw another sequence through the same helpers."""

    def __init__(self, seed: int | random.Random) -> None:
        self.g = seed if isinstance(seed, random.Random) else random.Random(seed)

    # ---- characters, bytes and common token shapes

    def r(self, alphabet: str, n: int) -> str:
        """`n` characters of `alphabet`, with a digit and a letter in it when the alphabet has both and n >= 10."""
        while True:
            s = "".join(self.g.choice(alphabet) for _ in range(n))
            if n < 10 or not set(alphabet) & set(DIGITS) or not set(alphabet) - set(DIGITS):
                return s
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s

    def dg(self, n: int) -> str:
        """`n` digits."""
        return "".join(self.g.choice(DIGITS) for _ in range(n))

    def nz(self, n: int) -> str:
        """`n` digits, the first not zero."""
        return str(self.g.randint(1, 9)) + self.dg(n - 1)

    def hx(self, n: int) -> str:
        """`n` lowercase hex digits."""
        return self.r(HEX, n)

    def rb(self, n: int) -> bytes:
        """`n` random bytes."""
        return bytes(self.g.getrandbits(8) for _ in range(n))

    def b64(self, n: int) -> str:
        """Standard base64 of `n` random bytes."""
        return base64.b64encode(self.rb(n)).decode()

    def pem(self, label: str, n: int) -> str:
        """A PEM block of `label` around `n` random bytes, 64 characters a line."""
        body = self.b64(n)
        lines = [body[i : i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    def uuid(self) -> str:
        """A version-4 UUID."""
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.g.choice('89ab')}{h[17:20]}-{h[20:]}"

    def pw(self, n: int = 14) -> str:
        """A password a person picks: letters and digits with a symbol or two."""
        core = list(self.r(ALNUM, n - 2) + self.g.choice("!#%*@$^&") + str(self.g.randint(0, 9)))
        self.g.shuffle(core)
        return "".join(core)

    def jwt(self, claims: dict[str, Any], alg: str = "HS256") -> str:
        """A JWT of `claims` with a random signature of the algorithm's size."""
        head = b64json({"alg": alg, "typ": "JWT"})
        return f"{head}.{b64json(claims)}.{b64url(self.rb(32 if alg.startswith('HS') else 256))}"

    def jwt_drawn(self, claims: dict[str, Any], alg: str = "HS256") -> str:
        """A JWT of `claims` whose signature is 43 drawn URL-safe characters."""
        return f"{b64json({'alg': alg, 'typ': 'JWT'})}.{b64json(claims)}.{self.r(B64URL, 43)}"

    def crc(self, prefix: str, body: int = 30) -> str:
        """A token whose last six characters are the base62 CRC32 of its random body (GitHub and npm style)."""
        b = self.r(ALNUM, body)
        return prefix + b + b62(zlib.crc32(b.encode()), 6)

    def card(self, prefix: str, length: int) -> str:
        """A card number of `length` digits starting with `prefix`, with its Luhn check digit."""
        return luhn(prefix + self.dg(length - len(prefix) - 1))

    # ---- identifiers with their check digits

    def nhs(self) -> str:
        """A UK NHS number, grouped 3-3-4."""
        while True:
            base = self.dg(9)
            c = 11 - sum(int(x) * w for x, w in zip(base, range(10, 1, -1), strict=False)) % 11
            if c == 11:
                c = 0
            if c != 10:
                s = base + str(c)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def dni(self) -> str:
        """A Spanish DNI."""
        n = self.g.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def nie(self) -> str:
        """A Spanish NIE."""
        lead = self.g.choice("XYZ")
        n = self.g.randint(1000000, 9999999)
        return f"{lead}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(lead)) + str(n)) % 23]}"

    def nric(self, prefix: str) -> str:
        """A Singapore NRIC/FIN with `prefix` (S, T, F or G)."""
        ds = [self.g.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(ds, (2, 7, 6, 5, 4, 3, 2), strict=False)) + (4 if prefix in "TG" else 0)
        letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
        return prefix + "".join(map(str, ds)) + letters[total % 11]

    def tfn(self) -> str:
        """An Australian tax file number, grouped 3-3-3."""
        while True:
            ds = [self.g.randint(0, 9) for _ in range(9)]
            if ds[0] and sum(d * w for d, w in zip(ds, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=False)) % 11 == 0:
                s = "".join(map(str, ds))
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def abn(self) -> str:
        """An Australian business number, grouped 2-3-3-3."""
        while True:
            ds = [self.g.randint(1, 9)] + [self.g.randint(0, 9) for _ in range(10)]
            w = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
            if sum((d - (1 if i == 0 else 0)) * w[i] for i, d in enumerate(ds)) % 89 == 0:
                s = "".join(map(str, ds))
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"

    def medicare(self) -> str:
        """An Australian Medicare card number with its issue digit."""
        ds = [self.g.randint(2, 6)] + [self.g.randint(0, 9) for _ in range(7)]
        check = sum(d * w for d, w in zip(ds, (1, 3, 7, 9, 1, 3, 7, 9), strict=False)) % 10
        s = "".join(map(str, ds)) + str(check) + str(self.g.randint(1, 9))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def aadhaar(self) -> str:
        """An Indian Aadhaar number with its Verhoeff check digit, grouped 4-4-4."""
        base = str(self.g.randint(2, 9)) + self.dg(10)
        c = 0
        for i, ch in enumerate(reversed(base)):
            c = VD[c][VP[(i + 1) % 8][int(ch)]]
        s = base + str(VINV[c])
        c = 0
        for i, ch in enumerate(reversed(s)):
            c = VD[c][VP[i % 8][int(ch)]]
        assert c == 0
        return f"{s[:4]} {s[4:8]} {s[8:]}"

    def pesel(self) -> str:
        """A Polish PESEL."""
        base = f"{self.g.randint(50, 99):02d}{self.g.randint(1, 12):02d}{self.g.randint(1, 28):02d}" + self.dg(4)
        c = (10 - sum(int(x) * w for x, w in zip(base, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False)) % 10) % 10
        return base + str(c)

    def hetu(self) -> str:
        """A Finnish personal identity code."""
        dd, mm, yy, nnn = self.g.randint(1, 28), self.g.randint(1, 12), self.g.randint(50, 99), self.g.randint(2, 899)
        key = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
        return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[key % 31]}"

    def rrn(self) -> str:
        """A Korean resident registration number."""
        g = self.g
        base = f"{g.randint(70, 99):02d}{g.randint(1, 12):02d}{g.randint(1, 28):02d}{g.randint(1, 2)}" + self.dg(5)
        c = (11 - sum(int(x) * w for x, w in zip(base, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=False)) % 11) % 10
        s = base + str(c)
        return f"{s[:6]}-{s[6:]}"

    def cpf(self) -> str:
        """A Brazilian CPF, punctuated."""
        ds = [self.g.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            v = sum(d * w for d, w in zip(ds, range(n, 1, -1), strict=False)) * 10 % 11
            ds.append(0 if v == 10 else v)
        s = "".join(map(str, ds))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

    def sin(self) -> str:
        """A Canadian social insurance number, grouped 3-3-3."""
        s = luhn(str(self.g.choice([1, 2, 4, 5, 6, 7])) + self.dg(7))
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def personnummer(self) -> str:
        """A Swedish personal identity number."""
        base = f"{self.g.randint(50, 99):02d}{self.g.randint(1, 12):02d}{self.g.randint(1, 28):02d}" + self.dg(3)
        s = luhn(base)
        return f"{s[:6]}-{s[6:]}"

    def ssn(self) -> str:
        """A US social security number."""
        area = self.g.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{self.g.randint(1, 99):02d}-{self.g.randint(1, 9999):04d}"

    def btc(self) -> str:
        """A Bitcoin P2PKH address."""
        return base58check(b"\x00" + self.rb(20))

    def us_ssn(self) -> str:
        """A US social security number (drawn area by area, never 666)."""
        while True:
            area = self.g.randint(1, 899)
            if area != 666:
                return f"{area:03d}-{self.g.randint(1, 99):02d}-{self.g.randint(1, 9999):04d}"

    def ie_ppsn(self) -> str:
        """An Irish PPS number."""
        base = self.dg(7)
        return base + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(x) * (8 - i) for i, x in enumerate(base)) % 23]

    def tckn(self) -> str:
        """A Turkish identity number with its two check digits."""
        ds = [self.g.randint(1, 9)] + [self.g.randint(0, 9) for _ in range(8)]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        ds.append(d10)
        ds.append(sum(ds) % 10)
        return "".join(map(str, ds))

    def birth(self) -> tuple[int, int, int]:
        """A birth date (year 1950-2004, month, day up to 28)."""
        return self.g.randint(1950, 2004), self.g.randint(1, 12), self.g.randint(1, 28)

    def chi(self) -> str:
        """A Scottish CHI number: birth date, three digits, mod 11 check digit."""
        g = self.g
        while True:
            base = f"{g.randint(1, 28):02d}{g.randint(1, 12):02d}{g.randint(40, 99):02d}" + self.dg(3)
            check = 11 - _mod11(base, [10, 9, 8, 7, 6, 5, 4, 3, 2])
            if check != 10:
                return base + str(check % 11)

    def cns(self) -> str:
        """A Brazilian health card (CNS) number starting 7-9: weighted sum divisible by 11."""
        while True:
            base = str(self.g.randint(7, 9)) + self.dg(13)
            total = sum(int(c) * w for c, w in zip(base, range(15, 1, -1), strict=True))
            last = (11 - total % 11) % 11
            if last < 10:
                return base + str(last)

    def nss_mx(self) -> str:
        """A Mexican social security number (IMSS): ten digits and a Luhn check digit."""
        g = self.g
        return luhn(f"{g.randint(1, 99):02d}{g.randint(60, 99):02d}{g.randint(40, 99):02d}" + self.dg(4))

    def dui(self) -> str:
        """A Salvadoran DUI: eight digits, a dash and a weighted check digit."""
        base = "0" + self.dg(7)
        total = sum(int(c) * w for c, w in zip(base, range(9, 1, -1), strict=True))
        return f"{base}-{(10 - total % 10) % 10}"

    def cbu(self, head: str = "") -> str:
        """An Argentine CBU (or, with head "0000003", a CVU): two blocks, each with its weighted check digit."""
        b1 = head or self.dg(7)
        b1 += _w10(b1, [7, 1, 3, 9, 7, 1, 3])
        b2 = self.dg(13)
        b2 += _w10(b2, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3])
        return b1 + b2

    def clabe(self) -> str:
        """A Mexican CLABE: bank, branch and account with its 3-7-1 weighted check digit."""
        base = self.g.choice(["002", "012", "014", "021", "072"]) + self.dg(14)
        total = sum((int(c) * (3, 7, 1)[i % 3]) % 10 for i, c in enumerate(base))
        return base + str((10 - total % 10) % 10)

    def tw_arc(self) -> str:
        """A Taiwanese resident certificate number in the 2021 format (second digit 8 or 9)."""
        letter = self.g.choice("ABCDEFGHJKLMNPQRSTUVXYWZ")
        v = TW_LETTERS[letter]
        body = self.g.choice("89") + self.dg(7)
        total = v // 10 + (v % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1), strict=True))
        return letter + body + str((10 - total % 10) % 10)

    def no_d_number(self) -> str:
        """A Norwegian D-number: a birth number whose day is raised by 40, with both check digits."""
        g = self.g
        while True:
            day = g.randint(1, 28) + 40
            base = f"{day:02d}{g.randint(1, 12):02d}{g.randint(50, 99):02d}" + self.dg(3)
            k1 = 11 - _mod11(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - _mod11(base + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
            k2 = 0 if k2 == 11 else k2
            if k2 != 10:
                return base + str(k1) + str(k2)

    def jmbg(self, lo: int = 41, hi: int = 49) -> str:
        """A citizen number in the Yugoslav JMBG scheme, region `lo`-`hi` (41-49: North Macedonia's EMBG)."""
        g = self.g
        while True:
            base = f"{g.randint(1, 28):02d}{g.randint(1, 12):02d}{g.randint(950, 999)}{g.randint(lo, hi)}" + self.dg(3)
            a = [int(c) for c in base]
            s = sum((7 - i) * (a[i] + a[i + 6]) for i in range(6))
            k = 11 - s % 11
            if k == 10:
                continue
            return base + str(0 if k == 11 else k)

    def iqama(self) -> str:
        """A Saudi residence (iqama) number: 2, eight digits, Luhn."""
        return luhn("2" + self.dg(8))

    def ihi(self) -> str:
        """An Australian Individual Healthcare Identifier: 800360, nine digits, Luhn."""
        return luhn("800360" + self.dg(9))

    def cccd_vn(self) -> str:
        """A Vietnamese 12-digit citizen ID: province, century and sex, year, six digits."""
        return f"0{self.g.randint(1, 96):02d}{self.g.choice('0123')}{self.dg(2)}{self.dg(6)}"

    def nino(self) -> str:
        """A UK National Insurance number."""
        first = self.g.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = self.g.choice("ABCEGHJKLMNPRSTWXYZ")
        return f"{first}{second}{self.nz(6)}{self.g.choice('ABCD')}"

    def itin(self) -> str:
        """A US individual taxpayer identification number."""
        g = self.g
        head = f"9{g.randint(0, 9)}{g.randint(0, 9)}"
        return f"{head}-{g.choice([70, 72, 75, 78, 80, 84, 88, 90, 92, 94, 99])}-{g.randint(1000, 9999)}"

    def pan(self) -> str:
        """An Indian PAN."""
        return self.r(UPPER, 3) + self.g.choice("PCHFAT") + self.g.choice(UPPER) + self.nz(4) + self.g.choice(UPPER)

    def bsn(self) -> str:
        """A Dutch citizen service number (11-test)."""
        while True:
            ds = [self.g.randint(0, 9) for _ in range(8)]
            total = sum(d * w for d, w in zip(ds, range(9, 1, -1), strict=False))
            last = total % 11
            if last < 10 and ds[0]:
                return "".join(map(str, ds)) + str(last)

    def nir(self) -> str:
        """A French social security number (NIR) with its key, spaced."""
        g = self.g
        body = f"{g.randint(1, 2)}{g.randint(60, 99):02d}{g.randint(1, 12):02d}{g.randint(1, 95):02d}"
        body += f"{g.randint(1, 999):03d}{g.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"

    def thai_id(self) -> str:
        """A Thai national ID number, dashed 1-4-5-2-1."""
        ds = [self.g.randint(1, 8)] + [self.g.randint(0, 9) for _ in range(11)]
        c = (11 - sum(d * w for d, w in zip(ds, range(13, 1, -1), strict=False)) % 11) % 10
        s = "".join(map(str, ds)) + str(c)
        return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"

    def uen(self) -> str:
        """A Singapore business entity number."""
        return f"{self.g.randint(2000, 2025)}{self.nz(5)}{self.g.choice(UPPER)}"

    def it_vat(self) -> str:
        """An Italian VAT number (partita IVA) with its Luhn-style check digit."""
        ds = [self.g.randint(0, 9) for _ in range(10)]
        total = 0
        for i, d in enumerate(ds):
            if i % 2:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        return "".join(map(str, ds)) + str((10 - total % 10) % 10)

    def ipv4_public(self) -> str:
        """A public IPv4 address outside the private and documentation ranges."""
        while True:
            a = self.g.randint(11, 223)
            if a not in (127, 169, 172, 192, 100, 198, 203):
                return f"{a}.{self.g.randint(0, 255)}.{self.g.randint(0, 255)}.{self.g.randint(1, 254)}"

    def ipv6(self) -> str:
        """A global IPv6 address written in full."""
        return "2a0" + str(self.g.randint(1, 9)) + ":" + ":".join(self.hx(4) for _ in range(7))

"""Shared helpers for writing the held-out corpus: seeded random values, checksums, and how a case is stored."""

from __future__ import annotations

import base64
import json
import random
import string
import zlib
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


def _probably_prime(n: int) -> bool:
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(40):
        x = pow(R.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
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


class Draw:
    """Made-up values drawn from a slice's own seeded generator, so that one slice never shifts another's values."""

    def __init__(self, seed: int) -> None:
        self.g = random.Random(seed)

    def r(self, alphabet: str, n: int) -> str:
        """`n` characters of `alphabet`, with a digit and a letter in it when the alphabet has both and n >= 10."""
        while True:
            s = "".join(self.g.choice(alphabet) for _ in range(n))
            if n < 10 or not set(alphabet) & set(DIGITS) or not set(alphabet) - set(DIGITS):
                return s
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s

    def dg(self, n: int) -> str:
        return "".join(self.g.choice(DIGITS) for _ in range(n))

    def nz(self, n: int) -> str:
        return str(self.g.randint(1, 9)) + self.dg(n - 1)

    def hx(self, n: int) -> str:
        return self.r(HEX, n)

    def rb(self, n: int) -> bytes:
        return bytes(self.g.getrandbits(8) for _ in range(n))

    def uuid(self) -> str:
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.g.choice('89ab')}{h[17:20]}-{h[20:]}"

    def pw(self, n: int = 14) -> str:
        """A password a person picks: letters and digits with a symbol or two."""
        core = list(self.r(ALNUM, n - 2) + self.g.choice("!#%*@$^&") + str(self.g.randint(0, 9)))
        self.g.shuffle(core)
        return "".join(core)

    def jwt(self, claims: dict[str, Any], alg: str = "HS256") -> str:
        head = b64json({"alg": alg, "typ": "JWT"})
        return f"{head}.{b64json(claims)}.{b64(self.rb(32 if alg.startswith('HS') else 256), url=True, pad=False)}"

    def card(self, prefix: str, length: int) -> str:
        return luhn(prefix + self.dg(length - len(prefix) - 1))

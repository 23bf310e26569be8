"""Made-up files read a part at a time: a private key (PKCS#8 and PKCS#1), a certificate chain, a mail with a
base64 attachment (imported by `hostile_server.py` and the tests that check what it sends)."""

from __future__ import annotations

import base64
import random


def pem(label: str, size: int, seed: int) -> str:
    """A made-up PEM block: `size` random bytes (after a DER sequence's start) in lines of 64 characters."""
    body = base64.b64encode(b"\x30\x82" + random.Random(seed).randbytes(size)).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"]) + "\n"


FILES = {
    "key": pem("PRIVATE KEY", 1214, 7),
    "rsa": pem("RSA PRIVATE KEY", 1190, 8),
    "cert": "subject=CN = build.example.test\n" + pem("CERTIFICATE", 900, 9) + pem("CERTIFICATE", 860, 10),
    "ca": pem("CERTIFICATE", 700, 12),
    "mail": (
        "From: ops@example.test\nSubject: weekly report\nMIME-Version: 1.0\n"
        'Content-Type: application/pdf; name="report.pdf"\nContent-Transfer-Encoding: base64\n\n'
        + pem("X", 1500, 11).split("\n", 1)[1].rsplit("-----END", 1)[0]
    ),
}
"""Files `pages` reads: a private key (PKCS#8 and PKCS#1), a certificate chain and a certificate alone, a mail with
a base64 attachment."""


def page(file: str, part: int, of: int) -> str:
    """Lines of one of FILES: the `part`-th of `of` parts (from 0)."""
    lines = FILES[file].splitlines(keepends=True)
    return "".join(lines[part * len(lines) // of : (part + 1) * len(lines) // of])

"""Wallets' secret keys of other chains in their own encodings, each checked by its checksum: bech32 secrets
(Nostr's `nsec1...`, Cardano's `ed25519_sk1...`, `addr_xsk1...`, `xprv1...`, Zcash's `secret-extended-key-main1...`),
base58check secrets (Bitcoin's WIF keys, BIP32 extended private keys `xprv...`/`tprv...`/`zprv...`, Tezos'
`edsk...`) and Stellar's secret seeds (`S...`, base32 with a CRC16), and LND's macaroons in hex (a
Lightning node's credential, `0201036c6e64...`); Solana's keypairs in base58 and hex
seeds beside a wallet's words are found by their length and those words (see `provider_keys._CONTEXT`)."""

from __future__ import annotations

import base64
import binascii
import hashlib

KIND = "wallet_secret_key"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_SET = f"[{_BECH32}]"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_SET = "[1-9A-HJ-NP-Za-km-z]"
_B = r"(?![A-Za-z0-9_-])"
_BECH32_HRPS = ("nsec", "ed25519_sk", "ed25519e_sk", "addr_sk", "addr_xsk", "xprv", "secret-extended-key-main")
"""The human-readable parts of bech32 encodings of secret keys (the common ones: each first two letters are looked
up at every run of token characters that starts with them)."""
_EXTENDED = ("xprv", "tprv", "yprv", "zprv", "Yprv", "Zprv")
"""BIP32 extended private keys' prefixes (111 characters of base58check)."""
_WIF_HEADS = ("5H", "5J", "5K", "Kw", "Kx", "Ky", "Kz", "L1", "L2", "L3", "L4", "L5")
"""How Bitcoin's private keys in wallet import format start (51 characters uncompressed, 52 compressed)."""
_STELLAR_HEADS = ("SA", "SB", "SC", "SD")
"""How Stellar's secret seeds start (the version byte `18 << 3` and the first bits of the seed)."""
FORMATS: tuple[tuple[str, str, str], ...] = (
    *((KIND, f"{hrp}1", rf"{hrp}1{_BECH32_SET}{{38,400}}{_B}") for hrp in _BECH32_HRPS),
    *((KIND, head, rf"{head}{_BASE58_SET}{{107}}{_B}") for head in _EXTENDED),
    *((KIND, head, rf"{head}{_BASE58_SET}{{49,50}}{_B}") for head in _WIF_HEADS),
    *((KIND, head, rf"{head}{_BASE58_SET}{{50}}{_B}|{head}{_BASE58_SET}{{94}}{_B}") for head in ("edsk",)),
    *((KIND, head, rf"{head}[A-Z2-7]{{54}}{_B}") for head in _STELLAR_HEADS),
    ("lightning_macaroon", "0201036c6e64", rf"0201036c6e64[0-9a-f]{{60,4000}}{_B}"),
)
"""(kind, prefix, expression) of these formats, read as `provider_keys` reads prefixed formats; `valid` checks each."""


def valid(token: str) -> bool:
    """Whether `token`, in one of `FORMATS`, holds its checksum (a name or a word in the same letters does not)."""
    if token[:2] in _STELLAR_HEADS and len(token) == 56:
        return _stellar(token)
    cut = token.rfind("1")
    if cut > 0 and token[:cut] in _BECH32_HRPS:
        return bech32_ok(token)
    return _base58check(token)


def bech32_ok(value: str) -> bool:
    """Whether `value` is Bech32 or Bech32m (BIP 173 / BIP 350 checksum)."""
    hrp, _, data = value.lower().rpartition("1")
    values = [_BECH32.find(c) for c in data]
    if not hrp or -1 in values or len(values) < 7:
        return False
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    return chk in (1, 0x2BC830A3)


def _base58check(token: str) -> bool:
    n = 0
    for c in token:
        digit = _BASE58.find(c)
        if digit < 0:
            return False
        n = n * 58 + digit
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        return False
    body, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check


def _stellar(token: str) -> bool:
    try:
        raw = base64.b32decode(token)
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 35 or raw[0] != 18 << 3:
        return False
    return binascii.crc_hqx(raw[:33], 0) == raw[33] | raw[34] << 8  # (CRC16-XModem)


CONTEXT: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (KIND, r"solana|phantom|keypair|secret[_ -]?key|private[_ -]?key", ("b58_87", "b58_88")),
    (
        KIND,
        r"(?:nano|monero|xmr|substrate|polkadot|kusama|wallet)[\w .:-]{0,24}(?:seed|spend|secret|private)"
        r"|spend[_ -]?key|(?<![a-z])seed[_ -]?(?:hex|phrase[_ -]?hex)?[\"']?[ \t]*[:=]",
        ("hex64", "HEX64"),
    ),
)
"""(kind, words before, shapes): a Solana keypair's 64 bytes in base58, a wallet's seed or spend key in hex."""
SHAPES = {"b58_87": 87, "b58_88": 88}
"""Lengths of the base58 shapes of `CONTEXT`."""

"""Wallets' secret keys of other chains in their own encodings, each checked by its checksum: bech32 secrets
(Nostr's `nsec1...`, Cardano's `ed25519_sk1...`, `addr_xsk1...`, `xprv1...`, Zcash's `secret-extended-key-main1...`),
base58check secrets (WIF keys of Bitcoin, its testnets, Litecoin, Dogecoin and Dash, BIP32 extended private keys
`xprv...`/`tprv...`/`zprv...`/`vprv...`, Tezos' `edsk...`/`spsk...`/`p2sk...`, the XRP Ledger's family seeds
`s...` in its own alphabet), Filecoin's wallet exports (a key's JSON in hex), Stellar's secret seeds (`S...`, base32
with a CRC16), NATS' NKey seeds (`SU...`, the same checks) and LND's macaroons in hex (a Lightning node's credential,
`0201036c6e64...`); Solana's keypairs in base58 and hex seeds beside a wallet's words are found by their length and
those words (see `provider_keys._CONTEXT`). Public keys, addresses and digests in checked encodings are told apart
too."""

from __future__ import annotations

import base64
import binascii
import hashlib

from . import lazy

KIND = "wallet_secret_key"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_SET = f"[{_BECH32}]"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_SET = "[1-9A-HJ-NP-Za-km-z]"
_B = r"(?![A-Za-z0-9_-])"
_BECH32_HRPS = ("nsec", "ed25519_sk", "ed25519e_sk", "addr_sk", "addr_xsk", "xprv", "secret-extended-key-main")
"""The human-readable parts of bech32 encodings of secret keys (the common ones: each first two letters are looked
up at every run of token characters that starts with them)."""
_EXTENDED = ("xprv", "tprv", "yprv", "zprv", "Yprv", "Zprv", "uprv", "vprv", "Uprv", "Vprv")
"""BIP32 extended private keys' prefixes (111 characters of base58check), SLIP-132's for testnets too."""
_WIF_HEADS = (
    *("5H", "5J", "5K", "Kw", "Kx", "Ky", "Kz", "L1", "L2", "L3", "L4", "L5"),
    *("91", "92", "93", "cM", "cN", "cP", "cQ", "cR", "cS", "cT", "cU", "cV", "cW"),
    *("6u", "6v", "6w", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "TA", "TB"),
    *("6J", "6K", "6L", "QN", "QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW", "QX"),
    *("7q", "7r", "7s", "XB", "XC", "XD", "XE", "XF", "XG", "XH", "XJ", "XK"),
)
"""How private keys in wallet import format start (51 characters uncompressed, 52 compressed): Bitcoin's, its
testnets', Litecoin's, Dogecoin's and Dash's (each its own version byte; see `_WIF_VERSIONS`)."""
_WIF_VERSIONS = frozenset({0x80, 0xEF, 0xB0, 0x9E, 0xCC})
_RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
"""The XRP Ledger's base58 alphabet (the same letters as Bitcoin's, in another order)."""
_XRPL_SEED_HEADS = ("sa", "sh", "sn", "sp", "ss")
"""How the XRP Ledger's secp256k1 family seeds start (29 characters: the version byte 33, 16 bytes, a checksum); its
ed25519 seeds start with `sEd` (31 characters)."""
_STELLAR_HEADS = ("SA", "SB", "SC", "SD")
"""How Stellar's secret seeds start (the version byte `18 << 3` and the first bits of the seed)."""
_NKEY_HEADS = ("SU", "SA", "SO", "SN", "SC", "SX")
"""How NATS' NKey seeds start (58 characters of base32 with a CRC16: a user's, an account's, an operator's, a
server's, a cluster's, a curve key's)."""
_FILECOIN_HEAD = "7b2254797065223a22"
"""A Filecoin wallet's export (`lotus wallet export`): its key's JSON in hex, `{"Type":"...","PrivateKey":"..."}`."""
FORMATS: tuple[tuple[str, str, str], ...] = (
    *((KIND, f"{hrp}1", rf"{hrp}1{_BECH32_SET}{{38,400}}{_B}") for hrp in _BECH32_HRPS),
    *((KIND, head, rf"{head}{_BASE58_SET}{{107}}{_B}") for head in _EXTENDED),
    *((KIND, head, rf"{head}{_BASE58_SET}{{49,50}}{_B}") for head in _WIF_HEADS),
    *((KIND, head, rf"{head}{_BASE58_SET}{{27}}{_B}") for head in _XRPL_SEED_HEADS),
    (KIND, "sEd", rf"sEd{_BASE58_SET}{{28}}{_B}"),
    *((KIND, head, rf"{head}{_BASE58_SET}{{50}}{_B}|{head}{_BASE58_SET}{{94}}{_B}") for head in ("edsk",)),
    *((KIND, head, rf"{head}{_BASE58_SET}{{50}}{_B}") for head in ("spsk", "p2sk")),
    (KIND, _FILECOIN_HEAD, rf"{_FILECOIN_HEAD}(?:[0-9a-f]{{2}}){{40,300}}{_B}"),
    *((KIND, head, rf"{head}[A-Z2-7]{{54}}{_B}") for head in _STELLAR_HEADS),
    *((KIND, head, rf"{head}[A-Z2-7]{{56}}{_B}") for head in _NKEY_HEADS),
    ("lightning_macaroon", "0201036c6e64", rf"0201036c6e64[0-9a-f]{{60,4000}}{_B}"),
)
"""(kind, prefix, expression) of these formats, read as `provider_keys` reads prefixed formats; `valid` checks each."""


def valid(token: str) -> bool:
    """Whether `token`, in one of `FORMATS`, holds its checksum (a name or a word in the same letters does not)."""
    if token[:2] in _STELLAR_HEADS and len(token) == 56:
        return _stellar(token)
    if token[:2] in _NKEY_HEADS and len(token) == 58:
        return _nkey_seed(token)
    if token.startswith(_FILECOIN_HEAD):
        return b'"PrivateKey":"' in bytes.fromhex(token)
    cut = token.rfind("1")
    if cut > 0 and token[:cut] in _BECH32_HRPS:
        return bech32_ok(token)
    n = len(token)
    if token[0] == "s" and (n == 29 or n == 31):
        raw = _base58_bytes(token, _RIPPLE)
        return raw is not None and (raw[:1] == b"\x21" if n == 29 else raw[:3] == b"\x01\xe1\x4b")
    if n == 51 or n == 52:
        raw = _base58_bytes(token)
        return raw is not None and raw[0] in _WIF_VERSIONS and len(raw) == n - 18 and (n == 51 or raw[33] == 1)
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
    return _base58_bytes(token) is not None


def _base58_bytes(token: str, alphabet: str = _BASE58) -> bytes | None:
    """The payload of `token` in base58check (in `alphabet`) without its checksum, or None when it does not hold."""
    n = 0
    for c in token:
        digit = alphabet.find(c)
        if digit < 0:
            return None
        n = n * 58 + digit
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    if len(raw) < 5:
        return None
    body, check = raw[:-4], raw[-4:]
    return body if hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check else None


_PUBLIC_SHAPE = lazy.compile(
    r"0x[0-9a-fA-F]{40}|(?:sha(?:256|384|512)-|h1:)[A-Za-z0-9+/]{40,90}={0,2}|Qm[1-9A-HJ-NP-Za-km-z]{44}"
    r"|baf[a-z2-7]{50,70}|f[0-4][a-z2-7]{38,90}"
)
"""An address or a digest of a fixed shape: an Ethereum address, a lock file's integrity digest (`sha512-...`,
Go's `h1:...`), an IPFS content id, a Filecoin address."""


def public_encoding(value: str) -> bool:
    """Whether `value` is a public key, an address or a digest in a checked or fixed encoding (a Tezos `tz1...` or
    `edpk...`, a Bitcoin address, a bech32 address, an Ethereum address, a lock file's digest): never a secret,
    whatever its name. A random secret passes a 32-bit checksum once in four billion."""
    if _PUBLIC_SHAPE.fullmatch(value) is not None:
        return True
    n = len(value)
    if 26 <= n <= 120 and value.isalnum():
        hrp = value.rpartition("1")[0]
        if hrp.isalpha() and len(hrp) <= _HRP_MOST and (value.islower() or value.isupper()):
            low = hrp.lower()
            if low not in _BECH32_HRPS and not low.endswith(("sk", "prv", "secret")) and bech32_ok(value):
                return True
        if value.startswith(_PUBLIC_HEADS) and _B58_ONLY.fullmatch(value) and _base58check(value):
            return True
    return False


_HRP_MOST = 24
_PUBLIC_HEADS = ("tz1", "tz2", "tz3", "tz4", "KT1", "edpk", "sppk", "p2pk", "BLpk", "1", "3")
"""How base58check public keys and addresses start (Tezos' accounts, contracts and public keys, Bitcoin's legacy
and script addresses): one that holds its checksum is no secret."""


_B58_ONLY = lazy.compile(_BASE58_SET + "+")


def _nkey_seed(token: str) -> bool:
    try:
        raw = base64.b32decode(token + "======")
    except (binascii.Error, ValueError):
        return False
    if len(raw) != 36 or raw[0] >> 3 != 18:
        return False
    return binascii.crc_hqx(raw[:34], 0) == raw[34] | raw[35] << 8


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
        r"|spend[_ -]?key|(?<![a-z])seed[_ -]?(?:hex|phrase[_ -]?hex)?[\"']?[ \t]*[:=]"
        r"|secret[_ -]?seed|mini[_ -]?secret",
        ("hex64", "HEX64", "0xhex64"),
    ),
)
"""(kind, words before, shapes): a Solana keypair's 64 bytes in base58, a wallet's seed or spend key in hex."""
SHAPES = {"b58_87": 87, "b58_88": 88}
"""Lengths of the base58 shapes of `CONTEXT`."""

"""Keys of smart-contract toolchains and web3 data APIs: a wallet's private key in hex handed to a toolchain (Hardhat's
`accounts: ["0x..."]`, truffle's `HDWalletProvider("0x...")`, ethers' `new Wallet("0x...")`, viem's
`privateKeyToAccount`, `ape accounts import <alias> <key>`), a wallet's recovery phrase under its name, Sui's
`suiprivkey1...`, a keypair's 64 bytes as a JSON array under a keypair's name (Solana's `id.json`), and API keys in
RPC endpoints' paths (Alchemy, Infura, QuickNode, Ankr, The Graph's gateway, NodeReal, GetBlock, Chainstack)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .line_starts import merged_places
from .scan import INDEX, occurrences

_HEX_KEY = lazy.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
"""A 32-byte key in hex (with `0x` or not)."""
_HANDED = lazy.compile(
    r"(?:accounts[\"']?[ \t]*[:=][ \t]*\[[ \t]*|hdwalletprovider\([ \t]*|wallet\([ \t]*|privatekeytoaccount\([ \t]*"
    r"|fromprivatekey\([ \t]*|signingkey\([ \t]*|accounts[ \t]+import[ \t]+\S{1,64}[ \t]+"
    r"|(?<![\w-])priv(?:ate)?[ _-]?key[ \t]+)[\"'`]?\Z"
)
"""On the lower-cased text, right before a key in hex: where a toolchain or a library takes a private key, or a
private key's name right before it with only a space between (`privkey <hex>`, `private key 0x...`)."""
_HANDED_REACH = 120
_PHRASE = lazy.compile(
    r"[\"']?[ \t]*[:=(]?[ \t]*(?:<<<[ \t]*)?(?:\{[ \t]*phrase[ \t]*:[ \t]*)?(?:[\"'`]"
    r"(?P<phrase>(?:[a-z]{3,8}[ \t]+){11,24}[a-z]{3,8})[\"'`]"
    r"|(?P<bare>(?:[a-z]{3,8}[ \t]+){11,24}[a-z]{3,8})(?=[ \t]*(?:#|\r?\n|\Z)))"
)
"""On the lower-cased text, after its name: a wallet's recovery phrase (12 to 24 words; Algorand's 25), quoted, or
alone up to its line's end (YAML, INI, a label), or handed to a command (`--recover <<< '...'`)."""
_SECRET_PHRASES = ("secret_phrase", "secret phrase", "secretphrase", "secret-phrase")
"""Substrate's name for an account's words (`subkey`'s `Secret phrase:`, `SECRET_PHRASE=`)."""
_PHRASE_NAMES = (
    *("mnemonic", "seed_phrase", "seed phrase", "seedphrase", "recovery_phrase", "hdwalletprovider("),
    *("recovery phrase", "recovery words", "recovery_words", "seed words", "seed_words", "--recover"),
    *_SECRET_PHRASES,
)
_SUI = lazy.compile(r"suiprivkey1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{50,70}(?![0-9a-z])")
_RPC = lazy.compile(
    r"(?:\.g\.alchemy\.com/(?:v2|nft/v[23])/(?P<alchemy>[A-Za-z0-9_-]{32})"
    r"|\.infura\.io/(?:ws/)?v3/(?P<infura>[0-9a-f]{32})|\.quiknode\.pro/(?P<quicknode>[0-9a-f]{40})"
    r"|rpc\.ankr\.com/[a-z0-9_]{2,40}/(?P<ankr>[0-9a-f]{64})|gateway(?:-[a-z]+)?\.thegraph\.com/api/(?P<graph>[0-9a-f]{32})"
    r"|\.nodereal\.io/v1/(?P<nodereal>[0-9a-f]{32})|go\.getblock\.io/(?P<getblock>[0-9a-f]{32})"
    r"|\.(?:p2pify|chainstack)\.com/(?P<chainstack>[0-9a-f]{32}))(?![A-Za-z0-9_-])"
)
"""An API key in an RPC endpoint's path."""
_BYTE_ARRAY = lazy.compile(r"\[[ \t\r\n]*(?:\d{1,3}[ \t\r\n]*,[ \t\r\n]*){63}\d{1,3}[ \t\r\n]*\]")
"""A keypair as 64 bytes in a JSON array (Solana's `id.json`, `Keypair.fromSecretKey(Uint8Array.from([...]))`)."""
_ARRAY_WORDS = ("keypair", "id.json", "solana", "secretkey", "secret_key")
"""Words that name such a keypair: a text without any is not read for byte arrays."""
_ARRAY_REACH = 200
"""How far before the array one of `_ARRAY_WORDS` is looked for (the file's name, the call, the variable)."""
_HANDED_WORDS = (
    *("accounts: [", "accounts:[", 'accounts": [', "accounts = [", "accounts import", "hdwalletprovider("),
    *("wallet(", "privatekeytoaccount(", "fromprivatekey(", "signingkey("),
    *("privkey ", "private key ", "priv_key ", "private_key ", "privatekey ", "private-key ", "priv key "),
)
"""Where a toolchain or a library is handed a private key: a text without any is not read for keys in hex."""
WORDS = (
    *_HANDED_WORDS,
    "mnemonic",
    "seed",
    "recovery",
    "hdwalletprovider",
    "suiprivkey1",
    *_ARRAY_WORDS,
    ".alchemy.com/",
    "--recover",
    *_SECRET_PHRASES,
)
RPC_WORDS = (
    *(".infura.io/", ".quiknode.pro/", "rpc.ankr.com/", "thegraph.com/api/", ".nodereal.io/", "getblock.io/"),
    *(".p2pify.com/", ".chainstack.com/"),
)
_FEWEST_WORDS = 8
_PROSE_WORDS = frozenset(
    "the and your you for with this that are not was from have will can into they their them there where when what"
    " which how its our has been were should would could must these those".split()
)
"""Words of a sentence that no wallet's word list holds: an unquoted phrase holding one is prose."""
_KNOWN_PHRASES = frozenset(
    {
        "test test test test test test test test test test test junk",
        "bottom drive obey lake curtain smoke basket hold race lonely fit walk",
    }
)
"""The recovery phrases every local test chain funds by default, printed everywhere: Hardhat's, Foundry's and
Ganache's; Substrate's development phrase (its `//Alice`, `//Bob`, ... accounts)."""


_HANDED_ANCHORS = ("accounts", "wallet", "priv", "signingkey(")
"""What every match of `_HANDED` holds."""
# Where each starts: `occurrences` takes a long text's places from the shared index.
INDEX.add(w for w in (*_HANDED_ANCHORS, *_PHRASE_NAMES) if w.isascii())
_HEX_MOST = 66
"""The longest match of `_HEX_KEY`."""


def _handed_hex(text: str, low: str) -> list[re.Match[str]]:
    """The matches of `_HEX_KEY.finditer(text)` that start within `_HANDED_REACH` characters after one of
    `_HANDED_ANCHORS` (only those may follow a match of `_HANDED`), searched for there alone: each is a run of letters
    and digits with none on either side, so one found in a stretch that does not end at its end is one of the text's."""
    starts: list[list[int]] = []  # the stretches where such a key may start, joined where they meet
    for at in merged_places(low, _HANDED_ANCHORS):
        if starts and at + 1 <= starts[-1][1] + 1:
            starts[-1][1] = at + _HANDED_REACH
        else:
            starts.append([at + 1, at + _HANDED_REACH])
    out: list[re.Match[str]] = []
    n = len(text)
    for lo, hi in starts:
        end = min(n, hi + _HEX_MOST + 1)
        out += [m for m in _HEX_KEY.finditer(text, lo, end) if m.start() <= hi and (m.end() < end or end == n)]
    return out


def find(
    text: str, low: str, holds: Callable[[str], bool], random_hex: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """These keys in `text` (`holds(word)`: whether `low` holds a word of `WORDS` or `RPC_WORDS`; `random_hex`
    vetoes a documented or stand-in key)."""
    out: list[tuple[int, int, str]] = []
    if any(map(holds, _HANDED_WORDS)):
        for m in _handed_hex(text, low):
            if _HANDED.search(low, max(0, m.start() - _HANDED_REACH), m.start()) and random_hex(m.group()):
                out.append((*m.span(), "private_key"))
    for name in _PHRASE_NAMES:
        gate = name if name in _SECRET_PHRASES else name.split("_")[0].split(" ")[0].rstrip("(")
        for at in occurrences(low, name) if holds(gate) else ():
            m = _PHRASE.match(low, at + len(name))
            if m is None:
                continue
            group = "phrase" if m.group("phrase") is not None else "bare"
            phrase = " ".join(m.group(group).split())
            words = set(phrase.split())
            if group == "bare" and not words.isdisjoint(_PROSE_WORDS):
                continue  # a sentence about the phrase, not the phrase: its words are a wallet's list's
            if phrase not in _KNOWN_PHRASES and len(words) >= _FEWEST_WORDS:
                out.append((*m.span(group), "private_key"))
    if "[" in text and any(holds(w) for w in _ARRAY_WORDS):
        for m in _BYTE_ARRAY.finditer(text):
            numbers = [int(n) for n in m.group()[1:-1].split(",")]
            before = low[max(0, m.start() - _ARRAY_REACH) : m.start()]
            if max(numbers) <= 255 and len(set(numbers)) >= 32 and any(w in before for w in _ARRAY_WORDS):
                out.append((*m.span(), "private_key"))
    if holds("suiprivkey1"):
        out += [(*m.span(), "private_key") for m in _SUI.finditer(text)]
    if any(holds(w) for w in (".alchemy.com/", *RPC_WORDS)):
        for m in _RPC.finditer(text):
            group = next(g for g, v in m.groupdict().items() if v is not None)
            out.append((*m.span(group), "generic_secret"))
    return out

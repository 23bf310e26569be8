"""Key material that key-management and wallet tools write in their own files: Tink keysets in clear (a key's
`value` where its `keyMaterialType` is symmetric or a private half), Google Authenticator's exports
(`otpauth-migration://offline?data=...`, every account's seed) and Cardano's signing key files (`cborHex` under a
`...SigningKey...` type), Terraform state's generated passwords (`random_password`'s `result`), Vault AppRole
secret ids, Consul and Nomad ACL tokens' secret ids beside their accessor ids, an API key in a credentials file
beside its user (Kaggle's `{"username": ..., "key": ...}`) and passwords that programs keep in the registry as
bytes or in session files (a registry export's `"Password"=hex:...`, VNC servers' and remote-support tools'
values, an SSH client's `S:"Password V2"=02:...`, encrypted with keys every copy shares). A keyset's
public halves, verification keys, encrypted keysets, role ids, a token's accessor id and a registry's hashes pass."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

_KEY_DATA = lazy.compile(r"\"keydata\"[ \t]*:[ \t]*\{(?P<body>[^{}]{0,4000})\}")
"""On the lower-cased text: a Tink keyset's key (`"keyData": {"typeUrl": ..., "value": ..., "keyMaterialType":
...}`)."""
_SECRET_MATERIAL = lazy.compile(r"\"keymaterialtype\"[ \t]*:[ \t]*\"(?:symmetric|asymmetric_private)\"")
_DATA_VALUE = lazy.compile(r"\"value\"[ \t]*:[ \t]*\"(?P<value>[a-z0-9+/_-]{16,4000}={0,2})\"")
_MIGRATION = lazy.compile(r"otpauth-migration://offline\?data=(?P<value>[a-z0-9%+/_-]{16,8000}(?:=|%3d){0,2})")
"""On the lower-cased text: an authenticator app's export of its accounts (the seeds in a protocol buffer, base64)."""
_CARDANO = lazy.compile(
    r"\"type\"[ \t]*:[ \t]*\"[\w.-]{0,60}signingkey[\w.-]{0,60}\"[^{}]{0,400}?\"cborhex\"[ \t]*:[ \t]*"
    r"\"(?P<value>58[0-9a-f]{66,400})\""
)
"""On the lower-cased text: a Cardano signing key file (`{"type": "PaymentSigningKeyShelley_ed25519", ...,
"cborHex": "5820..."}`); a `...VerificationKey...` file holds a public key."""
_RANDOM_PASSWORD = lazy.compile(
    r"\"type\"[ \t]*:[ \t]*\"random_password\"[^\[\]]{0,600}\"instances\"[ \t]*:[ \t]*\[[^\[\]]{0,4000}?"
    r"\"result\"[ \t]*:[ \t]*\"(?P<value>[^\"\\\r\n]{6,512})\""
)
"""On the lower-cased text: a Terraform state's generated password (`{"type": "random_password", ..., "instances":
[{"attributes": {..., "result": "..."}}]}`)."""
_SECRET_ID = lazy.compile(
    r"(?<![\w-])(?:vault_)?secret[_-]id[\"']?(?:[ \t]*[:=][ \t]*[\"']?|[ \t]+)"
    r"(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"
)
"""On the lower-cased text: a Vault AppRole's secret id (`secret_id=<uuid>`, `"secret_id": "..."`, the `secret_id`
row of `vault write -f auth/approle/role/<role>/secret-id`), read where the text names AppRole."""
_TOKEN_SECRET_ID = lazy.compile(
    r"secret[ _-]?id\"?[ \t]*[:=][ \t]*\"?"
    r"(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"
)
"""On the lower-cased text: a Consul or Nomad ACL token's secret (`SecretID: <uuid>`, `Secret ID = <uuid>`,
`"SecretID": "..."`), read only where its `AccessorID` stands near (an Azure app's "Secret ID" is no secret)."""
_GLUED = lazy.compile(r"[\w-]")
"""A character that would make `secret` part of a longer word (`client_secret_id`): checked after the match, so
that the pattern starts with its literal and the engine jumps to it."""
_ACCESSOR = lazy.compile(r"accessor[ _-]?id")
_ACCESSOR_REACH = 300
"""How far from a secret id its token's accessor id is looked for."""
_FEW_DIGITS = 6
"""A secret id of this few distinct characters is a stand-in (`00000000-0000-0000-0000-000000000002`)."""
_USER_KEY = lazy.compile(
    r"\{[ \t\r\n]*\"(?:username|user|login)\"[ \t]*:[ \t]*\"[^\"\r\n]{1,64}\"[ \t]*,[ \t\r\n]*"
    r"\"key\"[ \t]*:[ \t]*\"(?P<value>[0-9a-z_-]{20,128})\"[ \t\r\n]*\}"
)
"""On the lower-cased text: a credentials file of a user name and its key alone (`{"username": "...", "key":
"..."}`)."""
_REGISTRY_HEX = lazy.compile(
    r"\"(?P<name>[\w .-]{0,40}?(?:password|passwd|pwd)[\w .-]{0,20})\"=hex(?:\([0-9a-f]{1,2}\))?:"
    r"(?P<value>[0-9a-f]{2}(?:,(?:\\\r?\n[ \t]*)?[0-9a-f]{2}){7,255})"
)
"""On the lower-cased text: a registry export's password kept as bytes (`"Password"=hex:6f,5d,...`)."""
_SESSION_PASSWORD = lazy.compile(r"s:\"password(?: v2)?\"=(?:02:|u)(?P<value>[0-9a-f]{32,1024})(?![0-9a-z])")
"""On the lower-cased text: an SSH client's session file's stored password (`S:"Password V2"=02:<hex>`, the older
`S:"Password"=u<hex>`), encrypted with a key every copy shares."""
_NOT_STORED = lazy.compile(r"hash|salt|digest|age|length|expir|policy|complex|history|hint|count|last|min|max")
"""Words of a registry value's name that make its bytes something other than a stored password."""
WORDS = (
    "keymaterialtype",
    "otpauth-migration:",
    "cborhex",
    "random_password",
    "approle",
    '"key"',
    "=hex",
    's:"password',
    "accessor",
)
"""The literals these readers need in the lower-cased text."""
LOW_GATES = (
    r"keymaterialtype",
    r"otpauth-migration:",
    r"cborhex",
    r"random_password",
    r"approle",
    r"accessor",
    r"\"key\"",
    r"=hex",
    r"s:\"password",
)
"""For short texts: what one of these readers needs."""


def find(
    text: str, low: str, holds: Callable[[str], bool], plausible: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """These keys' spans with their kind (`holds(word)`: whether `low` holds a word of `WORDS`; `plausible`: whether
    a key beside its user is one, not a word or a stand-in)."""
    out: list[tuple[int, int, str]] = []
    if holds("keymaterialtype"):
        for m in _KEY_DATA.finditer(low):
            body = m.group("body")
            if _SECRET_MATERIAL.search(body) is not None and (v := _DATA_VALUE.search(body)) is not None:
                start = m.start("body") + v.start("value")
                out.append((start, start + len(v.group("value")), "private_key"))
    if holds("otpauth-migration:"):
        out += [(*m.span("value"), "generic_secret") for m in _MIGRATION.finditer(low)]
    if holds("cborhex"):
        out += [(*m.span("value"), "wallet_secret_key") for m in _CARDANO.finditer(low)]
    if holds("random_password"):
        out += [(*m.span("value"), "password") for m in _RANDOM_PASSWORD.finditer(low)]
    if holds("approle"):
        out += [(*m.span("value"), "generic_secret") for m in _SECRET_ID.finditer(low)]
    if holds("accessor"):
        for m in _TOKEN_SECRET_ID.finditer(low):
            if m.start() and _GLUED.match(low, m.start() - 1) is not None:
                continue
            near = low[max(0, m.start() - _ACCESSOR_REACH) : m.end() + _ACCESSOR_REACH]
            if _ACCESSOR.search(near) is not None and len(set(m.group("value"))) > _FEW_DIGITS:
                out.append((*m.span("value"), "generic_secret"))
    if holds('"key"'):
        for m in _USER_KEY.finditer(low):
            value = text[m.start("value") : m.end("value")]
            if any(c.isdigit() for c in value) and plausible(value):
                out.append((*m.span("value"), "generic_secret"))
    if holds("=hex"):
        for m in _REGISTRY_HEX.finditer(low):
            if _NOT_STORED.search(m.group("name")) is None and len(set(m.group("value").split(","))) > 2:
                out.append((*m.span("value"), "password"))
    if holds('s:"password'):
        out += [(*m.span("value"), "password") for m in _SESSION_PASSWORD.finditer(low)]
    return out

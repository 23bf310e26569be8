"""Key material that key-management and wallet tools write in their own files: Tink keysets in clear (a key's
`value` where its `keyMaterialType` is symmetric or a private half), Google Authenticator's exports
(`otpauth-migration://offline?data=...`, every account's seed) and Cardano's signing key files (`cborHex` under a
`...SigningKey...` type), Terraform state's generated passwords (`random_password`'s `result`) and Vault AppRole
secret ids. A keyset's public halves, verification keys, encrypted keysets and role ids pass."""

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
WORDS = ("keymaterialtype", "otpauth-migration:", "cborhex", "random_password", "approle")
"""The literals these readers need in the lower-cased text."""
LOW_GATES = (r"keymaterialtype", r"otpauth-migration:", r"cborhex", r"random_password", r"approle")
"""For short texts: what one of these readers needs."""


def find(text: str, low: str, holds: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """These keys' spans with their kind (`holds(word)`: whether `low` holds a word of `WORDS`)."""
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
    return out

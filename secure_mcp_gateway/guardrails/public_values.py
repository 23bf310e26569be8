"""Values public by their place: an encrypted blob's own parameters (a keystore's `salt`, `iv`, `mac`), a chain
node's session public keys (`session.setKeys("0x...")`) and the key of a map viewer's tile or style URL."""

from __future__ import annotations

from . import lazy

_GAP = " \t\"':=>("
_GAP_MOST = 6
_NAME_MOST = 64
_PARAMETERS = frozenset({"salt", "iv", "nonce", "mac", "tag", "authtag", "auth_tag", "kdfsalt", "kdf_salt"})
"""Names of the public parameters of an encryption or a key derivation, kept in clear beside the ciphertext (an
Ethereum or Substrate keystore's `kdfparams.salt`, `cipherparams.iv` and `mac`; an encrypted config's `nonce`/`tag`);
not a framework's secret salts, whose names say whose they are (`AUTH_SALT`, `NONCE_SALT`, `password_salt`)."""
_CIPHER_WORDS = ("kdf", "cipher")
_CIPHER_REACH = 600
"""Where a parameter's name is read as one: a key derivation or a cipher named within this many characters."""
_SESSION_NAMES = frozenset({"setkeys", "session_keys", "sessionkeys", "session-keys", "rotatekeys", "nextkeys"})
_SESSION_KEY_TYPES = frozenset(
    {"babe", "grandpa", "aura", "im_online", "authority_discovery", "para_validator", "para_assignment", "beefy"}
)
"""A session key's type as a chain spec or a node's keys list names it (`grandpa: "0x<public key>"`)."""
_SESSION_VALUE = lazy.compile(r"0x[0-9a-f]{64,1024}")
"""A validator's session keys as a Substrate chain sets them (`session.setKeys("0x<public keys>", ...)`): the
public keys its node made (`author_rotateKeys`), concatenated; the node keeps the secret halves."""
_MAP_URL = lazy.compile(
    r"/(?:maps|tiles|styles|tilesets|3dtiles|basemaps?|v4)/|style\.json|tiles\.json|\{z\}|\.(?:pbf|mvt|png|jpg|webp)\?"
)
"""A map viewer's tile or style URL (`/maps/streets/style.json?key=`, `/tiles/{z}/{x}/{y}.png?api_key=`): the key
in its query is a map platform's client key, published in every page that draws the map."""


def name_before(low: str, start: int) -> str:
    """The name right before the value at `start` (across quotes, `:`, `=` or `(`): its last dotted part."""
    at = start
    while at > 0 and start - at < _GAP_MOST and low[at - 1] in _GAP:
        at -= 1
    if at == start:
        return ""
    name = at
    while name > 0 and at - name < _NAME_MOST and (low[name - 1].isalnum() or low[name - 1] in "_-"):
        name -= 1
    return low[name:at]


def parameter(low: str, start: int, end: int) -> bool:
    """Whether the value at [start, end) is an encryption's or a key derivation's public parameter (see
    `_PARAMETERS`) or a node's session public keys, together or one by its type (see `_SESSION_VALUE`)."""
    name = name_before(low, start)
    if name in _PARAMETERS:
        near = low[max(0, start - _CIPHER_REACH) : end + _CIPHER_REACH]
        return any(w in near for w in _CIPHER_WORDS)
    if name in _SESSION_NAMES or name in _SESSION_KEY_TYPES:
        return _SESSION_VALUE.fullmatch(low, start, end) is not None
    return False


def map_query(low: str, at: int, reach: int) -> bool:
    """Whether the query whose name starts at `at` belongs to a map viewer's tile or style URL (see `_MAP_URL`)."""
    scheme = low.rfind("://", max(0, at - reach), at)
    if scheme < 0 or any(c in low[scheme:at] for c in " \t\r\n"):
        return False
    return _MAP_URL.search(low, scheme, at) is not None


def map_key(low: str, start: int, reach: int) -> bool:
    """Whether the value at `start` is a query's key or token in a map viewer's tile or style URL (`?key=`,
    `&apikey=`, `?api_key=`, `?access_token=`; see `_MAP_URL`)."""
    if low[start - 1 : start] != "=":
        return False
    name = start - 1
    while name > 0 and start - name <= _NAME_MOST and (low[name - 1].isalnum() or low[name - 1] == "_"):
        name -= 1
    return (
        low[name - 1 : name] in ("?", "&")
        and ("key" in low[name:start] or "token" in low[name:start])
        and map_query(low, name, reach)
    )

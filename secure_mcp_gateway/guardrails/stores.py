"""A setup step that puts credentials into the organisation's own secret store, not an order to send them away."""

from __future__ import annotations

from . import lazy
from .findings import Finding

STORE_KINDS = frozenset(("exfiltration", "tool_directive"))
"""The kinds such a step is read as ("Send the access tokens to https://vault.example.com/...")."""

_STORE = lazy.compile(
    r"(?:https?://|www\.)[^\s/]*?(?<![a-z0-9])(?:vault|secrets?|kv|keyvault|key-vault|secretsmanager|secrets-manager"
    r"|secret-manager|credstash|1password|bitwarden|passbolt|keeper|doppler|infisical|conjur|cyberark|akeyless)"
    r"(?![a-z0-9])|(?:https?://)\S*?/(?:v1/)?(?:secret|secrets|kv)/"
)
"""An address of a secret store: a vault or secrets manager by its host, or a store's secret path ("/v1/secret/")."""
_WHOSE = lazy.compile(
    r"\b(?:user'?s|users'|customer'?s|customers'|your|my|their|his|her|all|every|everything|any|this\s+(?:conversation"
    r"|chat|session)|the\s+(?:conversation|chat)|now|immediately|right\s+away|silently|secretly|quietly|without"
    r"\s+(?:telling|informing|asking)|(?:do\s+not|don'?t|never)\s+(?:tell|mention|inform|let))\b"
)
"""Whose secrets, how soon, or kept from the user: what no organisation's own setup step says."""
_ENDS = lazy.compile(r"[.!?\n](?![\w/])")


def stored(text: str, found: list[Finding]) -> list[bool]:
    """For each finding in lower-cased `text`, whether it is a send or tool order in a sentence that names a secret
    store's address and nothing of whose secrets they are, of haste or of keeping it from the user."""
    out = []
    for f in found:
        if f.kind not in STORE_KINDS:
            out.append(False)
            continue
        starts = [m.end() for m in _ENDS.finditer(text, max(0, f.start - 300), f.start)]
        lo = starts[-1] if starts else max(0, f.start - 300)
        end = _ENDS.search(text, f.end, f.end + 300)
        said = text[lo : end.start() if end is not None else min(len(text), f.end + 300)]
        out.append(_STORE.search(said) is not None and _WHOSE.search(_STORE.sub(" ", said)) is None)
    return out

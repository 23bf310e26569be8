"""Who may talk to the HTTP gateway: bearer tokens to identities, and Host/Origin checks against DNS rebinding."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from urllib.parse import urlsplit

from secure_mcp_gateway.config import HttpServeSettings

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """Whether a bind address or host name stays on this machine."""
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split_host(value: str) -> tuple[str, str | None]:
    """`host[:port]` or `[v6]:port` into host (lowercase, no brackets) and port."""
    value = value.strip().lower()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        return host, rest[1:] if rest.startswith(":") else None
    if value.count(":") == 1:
        host, _, port = value.partition(":")
        return host, port
    return value, None


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class Access:
    """Checks one HTTP request's token, Host and Origin; the identity a valid token stands for."""

    def __init__(self, settings: HttpServeSettings, bind_host: str, port: int) -> None:
        self.settings = settings
        self._tokens = [(_digest(token), identity) for token, identity in settings.token_pairs()]
        self.bind_host = bind_host
        self.loopback = is_loopback(bind_host)
        self.required = bool(self._tokens) or not self.loopback  # (beyond loopback never open: no token, no entry)
        self.port = port
        self._hosts = {_split_host(h) for h in settings.allowed_hosts}
        origins = {o.strip().rstrip("/").lower() for o in settings.allowed_origins}
        self._origins = {o for o in origins if not o.endswith(":*")}
        self._any_port = {o[:-2] for o in origins if o.endswith(":*")}  # `http://localhost:*`: that host, any port

    def identity(self, authorization: str | None) -> str | None:
        """The identity of a valid `Authorization: Bearer <token>`; None when missing or wrong.

        Every configured token is compared (in constant time), so the answer takes as long for a near miss.
        """
        if not authorization:
            return None
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        given = _digest(token.strip())
        found = None
        for digest, identity in self._tokens:
            if hmac.compare_digest(digest, given):
                found = identity
        return found

    def host_allowed(self, host: str | None) -> bool:
        """Whether the Host header names this gateway (loopback names when bound there, or a configured host)."""
        if not host:
            return False
        name, port = _split_host(host)
        if (name, port) in self._hosts or (name, None) in self._hosts:
            return True
        if is_loopback(name):
            return self.loopback or not self._hosts
        return not self.loopback and not self._hosts  # a token-guarded public bind with no host list takes any

    def origin_allowed(self, origin: str | None) -> bool:
        """Whether a browser Origin may call: none given (no browser), a configured one, or the gateway's own.

        A page served from another port of this machine (any local dev server) is refused unless configured:
        loopback is where the gateway runs without tokens, so being local proves nothing about a page.
        """
        if origin is None:
            return True
        origin = origin.strip().rstrip("/").lower()
        if origin in self._origins:
            return True
        if origin == "null":
            return False
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return False
        bare = parts.netloc.rpartition(":")[0] if parts.port else parts.netloc
        if f"{parts.scheme}://{bare}" in self._any_port:
            return True
        if is_loopback(parts.hostname):
            return self.loopback and port == self.port and parts.scheme == "http"
        host, given = _split_host(parts.netloc)
        return (host, given) in self._hosts or (host, None) in self._hosts

"""Tool names shortened to a client's length limit: stable (a hash of the full name), distinct, reversible."""

from __future__ import annotations

from secure_mcp_gateway.catalog import short_hash


def fit_name(public: str, limit: int, salt: int = 0) -> str:
    """`public` if it fits in `limit`, else its head and a hash of the whole name."""
    if len(public) <= limit and not salt:
        return public
    key = public if not salt else f"{public}\x00{salt}"
    return f"{public[: limit - 7].rstrip('-')}-{short_hash(key)}"


class NameMap:
    """Public names and the names one client is shown, both ways."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._shown: dict[str, str] = {}
        self._public: dict[str, str] = {}

    def update(self, publics: list[str], reserved: frozenset[str] = frozenset()) -> None:
        """Map every public name (in catalog order, so a clash resolves the same way each run)."""
        shown: dict[str, str] = {}
        back: dict[str, str] = {}
        taken = set(reserved)
        fitting = {p for p in publics if len(p) <= self.limit}
        for public in publics:
            name, salt = fit_name(public, self.limit), 0
            while name in taken or (name != public and name in fitting):
                salt += 1
                name = fit_name(public, self.limit, salt)
            taken.add(name)
            shown[public], back[name] = name, public
        self._shown, self._public = shown, back

    def shown(self, public: str) -> str:
        """The name the client sees for a public name."""
        return self._shown.get(public, public)

    def public(self, shown: str) -> str | None:
        """The public name behind a name the client sent, or None if it is not one of ours."""
        return self._public.get(shown)

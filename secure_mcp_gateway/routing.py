"""Which server a resource URI belongs to, and the merged resource lists (first server in config order wins)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from secure_mcp_gateway.catalog import Catalog
from secure_mcp_gateway.uritemplate import matches

log = logging.getLogger(__name__)


class ResourceRouter:
    """Resources and templates of every server, deduplicated by URI, and routing by URI."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._warned: set[tuple[str, str]] = set()

    def resources(self, allowed: Callable[[str], bool] | None = None) -> list[dict[str, Any]]:
        """Every resource once (of `allowed` servers); a URI offered by two is listed for the first (and logged)."""
        pairs = self._catalog.resources()
        return self._dedupe([p for p in pairs if allowed(p[0])] if allowed else pairs, "uri")

    def templates(self, allowed: Callable[[str], bool] | None = None) -> list[dict[str, Any]]:
        """Every resource template once (of `allowed` servers), first server in config order wins."""
        pairs = self._catalog.templates()
        return self._dedupe([p for p in pairs if allowed(p[0])] if allowed else pairs, "uriTemplate")

    def _dedupe(self, pairs: list[tuple[str, dict[str, Any]]], key: str) -> list[dict[str, Any]]:
        seen: dict[str, str] = {}
        out: list[dict[str, Any]] = []
        for server, item in pairs:
            ident = item[key]
            owner = seen.get(ident)
            if owner is None:
                seen[ident] = server
                out.append(item)
            elif (ident, server) not in self._warned:
                self._warned.add((ident, server))
                log.warning(
                    "%s %s is offered by %s and %s; the gateway uses %s (first in config order)",
                    key,
                    ident,
                    owner,
                    server,
                    owner,
                )
        return out

    def owners(self, uri: str, *, template: bool = False, linked: str | None = None) -> list[str]:
        """Servers to ask for `uri`, best first: exact listing, then matching template; a URI neither routes goes
        to `linked`, the server whose result linked to it for this client, else to the one server that offers
        resources, if there is one (with several, a URI one of them made up is never sent to the others, nor
        another's answer taken for it)."""
        cat = self._catalog
        found: list[str] = []

        def add(server: str) -> None:
            if server not in found:
                found.append(server)

        if template:
            for server, t in cat.templates():
                if t["uriTemplate"] == uri:
                    add(server)
            return found
        for server, r in cat.resources():
            if r["uri"] == uri:
                add(server)
        for server, t in cat.templates():
            if matches(t["uriTemplate"], uri):
                add(server)
        if not found and linked is not None and cat.get(linked) is not None:
            add(linked)
        if not found:
            offering = [s for s in cat.servers() if (sc := cat.get(s)) is not None and "resources" in sc.capabilities]
            if len(offering) == 1:
                add(offering[0])
        return found

    def subscribes(self, server: str) -> bool:
        """Whether `server` offers subscriptions to its resources."""
        sc = self._catalog.get(server)
        res = sc.capabilities.get("resources") if sc is not None else None
        return isinstance(res, dict) and bool(res.get("subscribe"))

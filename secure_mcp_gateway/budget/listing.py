"""The tools one client is shown: all that fit, else favourites and the most used plus the gateway's meta-tools."""

from __future__ import annotations

import fnmatch
from typing import Any

from secure_mcp_gateway.budget import meta
from secure_mcp_gateway.budget.clients import Limits
from secure_mcp_gateway.budget.names import NameMap
from secure_mcp_gateway.budget.search import ToolIndex


def rank(tools: list[dict[str, Any]], favorites: list[str], usage: dict[str, int]) -> list[dict[str, Any]]:
    """Tools in listing order: favourites (in pattern order), then by use, then as the catalog has them."""
    if not favorites:  # every key below is (0, -use, position): a stable sort by use alone, or none without use
        return sorted(tools, key=lambda tool: -usage.get(tool["name"], 0)) if usage else list(tools)

    def key(item: tuple[int, dict[str, Any]]) -> tuple[int, int, int]:
        pos, tool = item
        name = tool["name"]
        fav = next((i for i, p in enumerate(favorites) if fnmatch.fnmatchcase(name, p)), len(favorites))
        return (fav, -usage.get(name, 0), pos)

    return [tool for _, tool in sorted(enumerate(tools), key=key)]


class ToolView:
    """A client's view of the catalog's tools (given under their public names), rebuilt when the catalog changes."""

    def __init__(self, limits: Limits, favorites: list[str], usage: dict[str, int]) -> None:
        self.limits = limits
        self._favorites = favorites
        self._usage = usage
        self._source: list[dict[str, Any]] | None = None
        self._names = NameMap(limits.max_name_length)
        self._defs: dict[str, dict[str, Any]] = {}
        self._ranked: list[dict[str, Any]] = []
        self._index: ToolIndex | None = None
        self._listed: list[dict[str, Any]] | None = None

    def refresh(self, tools: list[dict[str, Any]]) -> None:
        """Take the catalog's current tools (a no-op when they are the same list as last time)."""
        if tools is self._source:
            return
        self._source = tools
        self._names.update([t["name"] for t in tools], reserved=meta.NAMES)
        self._defs = {t["name"]: t for t in tools}
        self._ranked = rank(tools, self._favorites, self._usage)
        self._index = None
        self._listed = None

    @property
    def search_mode(self) -> bool:
        """Whether the catalog is more than the client takes (or search mode is forced)."""
        cap = self.limits.max_tools
        return cap is not None and (cap == 0 or len(self._defs) > cap)

    def listing(self, with_reader: bool) -> list[dict[str, Any]]:
        """What `tools/list` answers."""
        cap = self.limits.max_tools
        if self.search_mode:
            metas = meta.definitions(len(self._defs), 0)
            room = max((cap or 0) - len(metas), 0)
            shown = [self.shown(t) for t in self._ranked[:room]]
            metas[meta.SEARCH] = meta.definitions(len(self._defs), len(shown))[meta.SEARCH]
            return [*metas.values(), *shown]
        if self._listed is None:  # the same until the catalog's tools change (a new list, see `refresh`)
            self._listed = [self.shown(t) for t in self._source or []]
        out = list(self._listed)
        if with_reader and (cap is None or len(out) < cap):
            out.append(meta.read_definition())
        return out

    def shown(self, tool: dict[str, Any]) -> dict[str, Any]:
        """A tool under the name this client sees."""
        name = self._names.shown(tool["name"])
        return tool if name == tool["name"] else {**tool, "name": name}

    def public(self, name: str) -> str | None:
        """The public name behind a name the client sent (a shown name, or a full public name), else None."""
        public = self._names.public(name)
        if public is None and name in self._defs:
            public = name
        return public

    def definition(self, public: str) -> dict[str, Any] | None:
        """A tool's definition by public name."""
        return self._defs.get(public)

    def search(self, query: str, limit: int) -> list[dict[str, Any]]:
        """The best matches for `query` under shown names, with what a model needs to call them."""
        if not query.strip():
            found = self._ranked[:limit]
        else:
            if self._index is None:
                self._index = ToolIndex(self._source or [])  # full names: a shortened one lost words
            found = self._index.search(query, limit)
            exact = self.public(query.strip())
            if exact is not None:
                found = [self._defs[exact], *(t for t in found if t["name"] != exact)][:limit]
        out = []
        for tool in map(self.shown, found):
            item = {"name": tool["name"]}
            for key in ("title", "description", "inputSchema"):
                if key in tool:
                    item[key] = tool[key]
            out.append(item)
        return out

    def __len__(self) -> int:
        return len(self._defs)

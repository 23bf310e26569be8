"""Public names (`server__tool`, stable, length-safe, collision-free) and the merged view of every child's lists."""

from __future__ import annotations

import fnmatch
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

SEPARATOR = "__"
MAX_NAME = 64
MAX_PREFIX = 24
_VALID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_INVALID_CHARS = re.compile(r"[^A-Za-z0-9_-]")


def short_hash(text: str, length: int = 6) -> str:
    """A short stable hex digest of `text`."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def is_valid_name(name: str) -> bool:
    """Whether a name is accepted by every client (`^[A-Za-z0-9_-]{1,64}$`)."""
    return bool(_VALID.match(name))


_CLEAN_PREFIX = re.compile(r"^[A-Za-z0-9-]+(?:_[A-Za-z0-9-]+)*$")


def prefix_problem(prefix: str) -> str | None:
    """Why a configured prefix cannot be used (None: it can); `""` means no prefix at all."""
    if prefix == "" or (_CLEAN_PREFIX.match(prefix) and len(prefix) <= MAX_PREFIX):
        return None
    return f"use letters, digits, '-' and single '_' (at most {MAX_PREFIX}), or \"\" for none"


def server_prefixes(names: list[str], explicit: dict[str, str | None] | None = None) -> dict[str, str]:
    """A distinct prefix per server: its configured `prefix`, else its name made clean (no `__`, at most 24 chars).

    A default prefix that had to change, or that two servers would share (or that a configured one takes),
    carries a hash of the original name, so the mapping depends only on the config and stays the same run after run.
    """
    explicit = {n: p for n, p in (explicit or {}).items() if p is not None and n in names}
    out: dict[str, str] = {}
    for name in names:
        if name in explicit:
            continue
        clean = re.sub(r"_+", "_", _INVALID_CHARS.sub("_", name)).strip("_") or "server"
        if clean != name or len(clean) > MAX_PREFIX:
            clean = f"{clean[: MAX_PREFIX - 7].rstrip('_')}-{short_hash(name)}"
        out[name] = clean
    counts: dict[str, int] = {}
    for prefix in [*out.values(), *explicit.values(), *explicit.values()]:
        counts[prefix] = counts.get(prefix, 0) + 1
    for name, prefix in out.items():
        if counts[prefix] > 1:
            out[name] = f"{prefix[: MAX_PREFIX - 7]}-{short_hash(name)}"
    out.update(explicit)
    return {name: out[name] for name in names}


def public_name(prefix: str, item: str) -> str:
    """`prefix__item` (just `item` for an empty prefix), odd characters mapped, long names shortened by a hash."""
    clean = _INVALID_CHARS.sub("_", item) or "_"
    room = MAX_NAME - (len(prefix) + len(SEPARATOR) if prefix else 0)
    if clean != item or len(clean) > room:
        clean = f"{clean[: room - 7]}-{short_hash(item)}"
    return f"{prefix}{SEPARATOR}{clean}" if prefix else clean


@dataclass
class ServerCatalog:
    """What one child offers, as the raw dicts it sent (already validated and screened)."""

    tools: list[dict[str, Any]] = field(default_factory=list)
    prompts: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)
    templates: list[dict[str, Any]] = field(default_factory=list)
    capabilities: dict[str, Any] = field(default_factory=dict)
    server_info: dict[str, Any] = field(default_factory=dict)
    instructions: str | None = None
    protocol_version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able copy (for the disk cache)."""
        return {
            "tools": self.tools,
            "prompts": self.prompts,
            "resources": self.resources,
            "templates": self.templates,
            "capabilities": self.capabilities,
            "server_info": self.server_info,
            "instructions": self.instructions,
            "protocol_version": self.protocol_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ServerCatalog:
        """The inverse of `to_dict`."""
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})

    def copy(self) -> ServerCatalog:
        """A shallow copy (the same lists, to be replaced with `setattr`), without what `task_only` keeps."""
        return ServerCatalog(**{k: getattr(self, k) for k in self.__dataclass_fields__})

    def task_only(self) -> frozenset[str]:
        """The names of the tools the server takes only as tasks (it declares task-run tool calls, and the tool's
        `execution.taskSupport` is "required"): read once per tools list, not on every call. Kept with the list and
        capabilities it was read from, so a list set afterwards (the catalog copied and filtered) is read again."""
        kept = self.__dict__.get("_task_only")
        if kept is not None and kept[0] is self.tools and kept[1] is self.capabilities:
            return kept[2]  # type: ignore[no-any-return]
        names = frozenset(_task_only(self.tools) if _runs_tool_tasks(self.capabilities) else ())
        self.__dict__["_task_only"] = (self.tools, self.capabilities, names)
        return names


def _runs_tool_tasks(capabilities: Any) -> bool:
    """Whether a server's capabilities declare tool calls run as tasks."""
    caps = capabilities.get("tasks") if isinstance(capabilities, dict) else None
    requests = caps.get("requests") if isinstance(caps, dict) else None
    tools = requests.get("tools") if isinstance(requests, dict) else None
    return isinstance(tools, dict) and "call" in tools


def _task_only(tools: list[dict[str, Any]]) -> list[str]:
    """The names of the tools whose `execution.taskSupport` is "required" (the first of a name decides)."""
    out: dict[str, bool] = {}
    for item in tools:
        name = item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str) and name not in out:
            execution = item.get("execution")
            out[name] = isinstance(execution, dict) and execution.get("taskSupport") == "required"
    return [name for name, only in out.items() if only]


def _untasked(item: dict[str, Any]) -> dict[str, Any]:
    """A tool as the gateway lists it: without `execution.taskSupport`, as the gateway takes no task-run calls (a
    tool its server runs only as a task, the gateway runs as one for a plain call; see `task_calls`)."""
    execution = item.get("execution")
    if isinstance(execution, dict) and "taskSupport" in execution:
        rest = {k: v for k, v in execution.items() if k != "taskSupport"}
        if rest:
            item["execution"] = rest
        else:
            del item["execution"]
    return item


@dataclass(frozen=True)
class Route:
    """Where a public name leads."""

    server: str
    name: str


class ToolFilterSet:
    """Allow/deny glob patterns over a server's own tool names."""

    def __init__(self, allow: list[str] | None, deny: list[str]) -> None:
        self._allow = allow
        self._deny = deny

    @property
    def open(self) -> bool:
        """Whether every tool passes (no patterns at all): a catalog of thousands is not matched name by name."""
        return self._allow is None and not self._deny

    def permits(self, tool: str) -> bool:
        """Whether the tool may be listed and called."""
        if any(fnmatch.fnmatchcase(tool, p) for p in self._deny):
            return False
        return self._allow is None or any(fnmatch.fnmatchcase(tool, p) for p in self._allow)


class Catalog:
    """Every child's tools and prompts under public names, and the routes back."""

    def __init__(self) -> None:
        self._servers: dict[str, ServerCatalog] = {}
        self._prefixes: dict[str, str] = {}
        self._filters: dict[str, ToolFilterSet] = {}
        self._order: list[str] = []
        self._tools: list[dict[str, Any]] | None = None
        self._prompts: list[dict[str, Any]] | None = None
        self._tool_routes: dict[str, Route] = {}
        self._prompt_routes: dict[str, Route] = {}

    def configure(self, servers: dict[str, ToolFilterSet], prefixes: dict[str, str | None] | None = None) -> None:
        """Set the configured servers (in config order), their tool filters and configured prefixes."""
        self._order = list(servers)
        self._prefixes = server_prefixes(self._order, prefixes)
        self._filters = dict(servers)
        for gone in set(self._servers) - set(servers):
            del self._servers[gone]
        self._invalidate()

    def prefix(self, server: str) -> str:
        """The public prefix of a server."""
        return self._prefixes[server]

    def may_own(self, server: str, public: str) -> bool:
        """Whether a public name could be one of this server's (its prefix, or any name when it has none)."""
        prefix = self._prefixes.get(server)
        return prefix is not None and (prefix == "" or public.startswith(prefix + SEPARATOR))

    def set(self, server: str, catalog: ServerCatalog | None) -> bool:
        """Replace (or with None, drop) one server's catalog; whether anything the client sees changed."""
        old = self._servers.get(server)
        if catalog is None:
            if old is None:
                return False
            del self._servers[server]
        else:
            self._servers[server] = catalog
        self._invalidate()
        return old is None or catalog is None or old != catalog

    def get(self, server: str) -> ServerCatalog | None:
        """One server's catalog, if it has one."""
        return self._servers.get(server)

    def servers(self) -> list[str]:
        """Servers that have a catalog, in config order."""
        return [s for s in self._order if s in self._servers]

    def _invalidate(self) -> None:
        self._tools = None
        self._prompts = None

    def permits(self, server: str, tool: str) -> bool:
        """Whether the server's filter lets this tool through."""
        f = self._filters.get(server)
        return f is None or f.permits(tool)

    def tools(self) -> list[dict[str, Any]]:
        """Every visible tool under its public name (built once per change)."""
        if self._tools is None:
            self._tools, self._tool_routes = self._build("tools", filtered=True)
        return self._tools

    def prompts(self) -> list[dict[str, Any]]:
        """Every prompt under its public name."""
        if self._prompts is None:
            self._prompts, self._prompt_routes = self._build("prompts", filtered=False)
        return self._prompts

    def _build(self, kind: str, filtered: bool) -> tuple[list[dict[str, Any]], dict[str, Route]]:
        items: list[dict[str, Any]] = []
        routes: dict[str, Route] = {}
        for server in self.servers():
            prefix = self._prefixes[server]
            f = self._filters.get(server) if filtered else None
            permits = None if f is None or f.open else f.permits
            for item in getattr(self._servers[server], kind):
                name = item["name"]
                if permits is not None and not permits(name):
                    continue
                public = public_name(prefix, name)
                if public in routes:  # two items whose mapped names meet: keep both, distinctly
                    public = public_name(prefix, f"{name}\x00{len(routes)}")
                routes[public] = Route(server, name)
                items.append(_untasked({**item, "name": public}) if "execution" in item else {**item, "name": public})
        return items, routes

    def route_tool(self, public: str) -> Route | None:
        """The server and tool behind a public tool name (visible tools only)."""
        if self._tools is None:
            self.tools()
        return self._tool_routes.get(public)

    def find_hidden_tool(self, public: str) -> Route | None:
        """A tool that exists but is hidden by the server's allow/deny filter."""
        for server in self.servers():
            prefix = self._prefixes[server]
            for item in self._servers[server].tools:
                if public_name(prefix, item["name"]) == public and not self.permits(server, item["name"]):
                    return Route(server, item["name"])
        return None

    def route_prompt(self, public: str) -> Route | None:
        """The server and prompt behind a public prompt name."""
        if self._prompts is None:
            self.prompts()
        return self._prompt_routes.get(public)

    def resources(self) -> list[tuple[str, dict[str, Any]]]:
        """(server, resource) for every resource, in config order."""
        return [(s, r) for s in self.servers() for r in self._servers[s].resources]

    def templates(self) -> list[tuple[str, dict[str, Any]]]:
        """(server, template) for every resource template, in config order."""
        return [(s, t) for s in self.servers() for t in self._servers[s].templates]

"""One session's budgets: the tool view it lists, the meta-tools it answers, the results it may read back."""

from __future__ import annotations

import asyncio
import logging
import secrets
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.budget import meta
from secure_mcp_gateway.budget.clients import DEFAULT_RESULT_CHARS, Limits, limits_for
from secure_mcp_gateway.budget.listing import ToolView
from secure_mcp_gateway.budget.preview import (
    META_KEY,
    Stored,
    build_preview,
    document,
    gateway_notes,
    rough_size,
    shown_size,
    size_of,
)
from secure_mcp_gateway.budget.results import NotKept, ResultStore, result_id, result_uri
from secure_mcp_gateway.budget.usage import ToolUsage, default_path
from secure_mcp_gateway.config import GatewaySettings

log = logging.getLogger(__name__)

LINKS_SINCE = "2025-06-18"
"""The first protocol version with `resource_link` content."""
_OFF_LOOP = 1_000_000
"""Results above this many characters are cut to a preview in a worker thread."""
_PAGE_NOTE = 400


def error_result(text: str) -> dict[str, Any]:
    """A tool result the model sees as a failure, with the reason."""
    return {"content": [{"type": "text", "text": text}], "isError": True}


class Budgets:
    """The budgets of one client session."""

    def __init__(
        self,
        settings: GatewaySettings,
        *,
        store: ResultStore | None = None,
        usage: ToolUsage | None = None,
        owner: str | None = None,
        on_tools_changed: Callable[[], None] | None = None,
        record: Callable[..., None] | None = None,
    ) -> None:
        self.settings = settings
        self._record = record or (lambda event, **fields: None)
        self.store = store
        self.usage = usage
        self.owner = owner or secrets.token_hex(16)
        self._on_tools_changed = on_tools_changed
        self.limits: Limits = limits_for(None, settings)
        self.links = True
        self._client_info: Any = None
        self._kept = False
        self._view: ToolView | None = None

    def start(self, client_info: Any, protocol_version: str) -> None:
        """Take the client's identity and protocol version from its `initialize`."""
        self._client_info = client_info
        self.links = protocol_version >= LINKS_SINCE
        self.configure(self.settings)
        if self.limits.client:
            log.info(
                "client %s: up to %s tools, names up to %d characters, results up to %s characters",
                self.limits.client,
                self.limits.max_tools if self.limits.max_tools is not None else "any number of",
                self.limits.max_name_length,
                f"{self.limits.max_result_chars:,}" if self.limits.max_result_chars else "any number of",
            )

    def configure(self, settings: GatewaySettings) -> bool:
        """Take (new) settings; whether the session's budgets changed."""
        before = (self.limits, self.settings.favorite_tools)
        self.settings = settings
        self.limits = limits_for(self._client_info, settings)
        self._view = None
        return before != (self.limits, settings.favorite_tools)

    def capabilities(self, caps: dict[str, Any]) -> dict[str, Any]:
        """The gateway's capabilities with `resources` (kept results are read as resources) when results are cut."""
        if self.limits.max_result_chars and self.store is not None and "resources" not in caps:
            return {**caps, "resources": {"listChanged": True, "subscribe": False}}
        return caps

    # --- tools -----------------------------------------------------------------------------------

    def view(self, tools: list[dict[str, Any]]) -> ToolView:
        """The client's view of the catalog's current tools."""
        if self._view is None:
            usage = self.usage.snapshot() if self.usage is not None else {}
            self._view = ToolView(self.limits, self.settings.favorite_tools, usage)
        self._view.refresh(tools)
        return self._view

    def list_tools(self, tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """What `tools/list` answers."""
        return self.view(tools).listing(with_reader=self._kept)

    def is_meta(self, name: str) -> bool:
        """Whether a called name is one of the gateway's own tools (a server's tool never shadows one)."""
        return name in meta.NAMES

    def resolve(self, name: str, tools: list[dict[str, Any]]) -> str:
        """The public name behind a name the client sent (unknown names come back as they are)."""
        return self.view(tools).public(name) or name

    def used(self, public: str) -> None:
        """Count one call of a tool."""
        if self.usage is not None:
            self.usage.count(public)

    def search(self, arguments: Any, tools: list[dict[str, Any]]) -> dict[str, Any]:
        """Answer `gateway__search_tools`."""
        try:
            query, limit = meta.search_args(arguments)
        except meta.BadArguments as exc:
            return error_result(f"{meta.SEARCH}: {exc}")
        view = self.view(tools)
        found = view.search(query, limit)
        if not found:
            text = f"No tool matches {query!r} among {len(view)} tools; try other words or part of a name."
            return {"content": [{"type": "text", "text": text}]}
        return {"content": [{"type": "text", "text": fastjson.text(found, indent=1)}]}

    def call_target(self, arguments: Any) -> tuple[str, Any]:
        """The tool name and arguments of a `gateway__call_tool` call; raises `meta.BadArguments`."""
        return meta.call_args(arguments)

    # --- results ---------------------------------------------------------------------------------

    def fits(self, result: Any) -> bool:
        """Whether `fit` surely returns the result itself (its rough size is within half the budget)."""
        return self._rough(result) is None

    def _rough(self, result: Any) -> int | None:
        """A result's rough size where it may not fit the budget; None where it surely fits."""
        budget = self.limits.max_result_chars
        if not budget or not isinstance(result, dict):
            return None
        rough = shown_size(result, rough_size)
        return None if rough <= budget // 2 else rough

    async def fit(self, result: dict[str, Any], public: str | None, tools: list[dict[str, Any]]) -> dict[str, Any]:
        """The result itself if it fits the client's budget, else a preview, with the full result kept."""
        rough = self._rough(result)
        if rough is None:
            return result
        budget = self.limits.max_result_chars
        # `rough` is a lower bound: above the budget the result cannot fit, and it stands in for the exact size
        total = rough if rough > budget else shown_size(result, size_of)
        if total <= budget:
            return result
        definition = self.view(tools).definition(public) if public else None
        required = bool(definition and isinstance(definition.get("outputSchema"), dict))
        stored = Stored(None, None, why_not="no result store is configured")
        if self.store is not None:
            try:
                rid = await self.store.put(self.owner, result, total)
                stored = Stored(rid, result_uri(rid), self.store.ttl)
            except NotKept as exc:
                stored = Stored(None, None, why_not=str(exc))
        args = (result, budget, stored)
        kwargs = {"structured_required": required, "links": self.links, "total": total}
        if rough > _OFF_LOOP:
            preview = await asyncio.to_thread(build_preview, *args, **kwargs)
        else:
            preview = build_preview(*args, **kwargs)
        if stored.id is not None:
            self._record("result.kept", id=stored.id, public_name=public, chars=total, shown=size_of(preview))
        if stored.id is not None and not self._kept:
            self._kept = True
            if self._on_tools_changed is not None and self._view is not None and not self._view.search_mode:
                self._on_tools_changed()
        return preview

    async def read(self, arguments: Any) -> dict[str, Any]:
        """Answer `gateway__read_result`: one page of a kept result's text."""
        try:
            rid, offset, limit = meta.read_args(arguments)
        except meta.BadArguments as exc:
            return error_result(f"{meta.READ}: {exc}")
        result = await self._get(rid)
        if result is None:
            return error_result(self._missing(rid))
        text = document(result).text
        notes = gateway_notes(result)
        if offset > len(text) or (offset == len(text) and text):
            return error_result(f"offset {offset} is past the end: the result's text has {len(text):,} characters")
        budget = self.limits.max_result_chars or DEFAULT_RESULT_CHARS
        room = min(limit or budget, budget - _PAGE_NOTE)
        while True:
            out = _page(rid, text, offset, room, notes)
            excess = size_of(out) - budget
            if excess <= 0 or room <= 1:
                read = len(out["content"][0]["text"])
                self._record("result.read", id=rid, offset=offset, chars=read, via="tool")
                return out
            room = max(room - excess - 16, 1)

    async def read_resource(self, uri: str) -> dict[str, Any] | None:
        """Answer `resources/read` of `gateway://results/<id>`: every block whole; None if the URI is not ours."""
        if not uri.startswith("gateway://results/"):
            return None
        rid = result_id(uri)
        result = await self._get(rid) if rid else None
        if result is None:
            return None
        self._record("result.read", id=rid, offset=0, chars=size_of(result), via="resource")
        return {"contents": contents(uri, result)}

    def missing(self, uri: str) -> str:
        """Why a result URI cannot be read."""
        return self._missing(result_id(uri) or uri)

    def _missing(self, rid: str) -> str:
        ttl = f"{round(self.store.ttl / 60)} min" if self.store is not None else "a while"
        return (
            f"no kept result {rid!r} in this session: it may have expired (results are kept {ttl} after their "
            "last read) or belong to another session"
        )

    async def _get(self, rid: str) -> dict[str, Any] | None:
        if self.store is None:
            return None
        return await self.store.get(self.owner, rid)

    def close(self) -> None:
        """The session ended: drop its results, save the usage counts."""
        if self.store is not None:
            self.store.forget(self.owner)
        if self.usage is not None:
            self.usage.save()


class SharedBudgets:
    """What the sessions of one hub share: the result store (each result owned by one session) and usage counts."""

    def __init__(
        self,
        settings: GatewaySettings,
        *,
        usage_path: Path | None = None,
        record: Callable[..., None] | None = None,
    ) -> None:
        self.settings = settings
        self._record = record
        self.store = _open_store(settings)
        self.usage = ToolUsage(usage_path if usage_path is not None else _usage_path())
        self._sessions: weakref.WeakKeyDictionary[Any, Budgets] = weakref.WeakKeyDictionary()

    def of(self, session: Any) -> Budgets:
        """The budgets of one client session (made on first use); it is told when its tool list grows a reader."""
        budgets = self._sessions.get(session)
        if budgets is None:
            ref = weakref.ref(session)

            def changed() -> None:
                alive = ref()
                if alive is not None:
                    alive.list_changed("tools")

            budgets = Budgets(
                self.settings, store=self.store, usage=self.usage, on_tools_changed=changed, record=self._record
            )
            self._sessions[session] = budgets
        return budgets

    def configure(self, settings: GatewaySettings) -> list[Any]:
        """Take (new) settings (the store's own take effect at the next start); sessions whose budgets changed."""
        self.settings = settings
        return [session for session, budgets in list(self._sessions.items()) if budgets.configure(settings)]

    def end(self, session: Any) -> None:
        """A session ended: its kept results go."""
        budgets = self._sessions.pop(session, None)
        if budgets is not None:
            budgets.close()

    def close(self) -> None:
        """The gateway stops: every kept result goes, usage counts are saved."""
        for session in list(self._sessions):
            self.end(session)
        if self.store is not None:
            self.store.close()
        self.usage.save()


def _open_store(settings: GatewaySettings) -> ResultStore | None:
    try:
        return ResultStore(settings.results)
    except OSError as exc:
        log.warning("results over the budget cannot be kept (%s); the previews say so", exc)
        return None


def _usage_path() -> Path | None:
    try:
        return default_path()
    except Exception:  # platformdirs on an odd platform: count in memory only
        return None


def _page(rid: str, text: str, offset: int, room: int, notes: list[dict[str, Any]]) -> dict[str, Any]:
    """Up to `room` characters (JSON-escaped) of `text` from `offset`, and where the next page starts; a page that
    does not reach the end carries the gateway's notes from there."""
    page = text[offset : offset + room]
    while len(page) > 1 and size_of(page) - 2 > room:
        page = page[: min(len(page) - 1, len(page) * room // (size_of(page) - 2))]
    end = offset + len(page)
    more = f'next: {meta.READ} {{"id": "{rid}", "offset": {end}}}' if end < len(text) else "that is the end"
    note = f"[characters {offset:,} to {end:,} of {len(text):,}; {more}]"
    warned = notes if end < len(text) else []
    return {
        "content": [{"type": "text", "text": page}, *warned, {"type": "text", "text": note}],
        "_meta": {META_KEY: {"id": rid, "offset": offset, "next": end if end < len(text) else None}},
    }


def contents(uri: str, result: dict[str, Any]) -> list[dict[str, Any]]:
    """A kept result as `resources/read` contents: one entry per block, then the structured content."""
    out: list[dict[str, Any]] = []
    blocks = result.get("content") if isinstance(result.get("content"), list) else []
    for block in blocks:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text" and isinstance(block.get("text"), str):
            out.append({"uri": uri, "mimeType": "text/plain", "text": block["text"]})
        elif kind in ("image", "audio") and isinstance(block.get("data"), str):
            out.append(
                {"uri": uri, "mimeType": block.get("mimeType") or "application/octet-stream", "blob": block["data"]}
            )
        elif kind == "resource" and isinstance(block.get("resource"), dict):
            out.append(block["resource"])
        else:
            out.append({"uri": uri, "mimeType": "application/json", "text": fastjson.text(block)})
    if "structuredContent" in result:
        out.append(
            {
                "uri": uri,
                "mimeType": "application/json",
                "text": fastjson.text(result["structuredContent"]),
            }
        )
    if not out:
        out.append({"uri": uri, "mimeType": "text/plain", "text": ""})
    return out

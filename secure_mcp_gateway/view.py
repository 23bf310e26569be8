"""The catalog view: every server's screened lists merged under public names, warm starts, and what changed."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from secure_mcp_gateway import at_rest, fastjson
from secure_mcp_gateway.cache import GatewayCache, catalog_key
from secure_mcp_gateway.cache_keys import digest
from secure_mcp_gateway.catalog import Catalog, ServerCatalog, ToolFilterSet
from secure_mcp_gateway.children import Child
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails.second_opinion import Judge, SecondLook
from secure_mcp_gateway.memory import collector_paused
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.routing import ResourceRouter
from secure_mcp_gateway.screened import ScreenedStore

log = logging.getLogger(__name__)


def _never(_name: str) -> bool:
    return False


LIST_KINDS = ("tools", "prompts", "resources")
DEFINITION_KINDS = ("tools", "prompts", "resources", "templates")
_SINGULAR = {"tools": "tool", "prompts": "prompt", "resources": "resource", "templates": "resource template"}
Screen = Callable[[str, str, dict[str, Any]], "dict[str, Any] | None"]
"""(server, kind, definition) -> the definition as the client may see it, or None to withhold it; the definition
itself (the same object) only when nothing at all was found in it."""
_CLEAN_KEPT = 200_000
"""Most digests of clean definitions kept per stamp for the run (beyond, the set starts afresh)."""
_SCREENED = "screened"
"""A cached catalog's key for the definitions screened clean last time: {"stamp": how, "clean": [digests]}."""
_LISTED = "listed"
"""A cached catalog's key for the fingerprints of the definitions it leaves out because they hold a secret."""
_BARE = "bare"
"""A cached catalog's key for the definitions found to hold no secret when it was written, of those not screened
clean (a server with its checks off): {"stamp": how, "clean": [digests]}."""


class CatalogView:
    """What every client sees of the servers' lists: screened, merged, named; and who to tell when it changes."""

    def __init__(
        self,
        screen: Screen,
        on_change: Callable[[str, frozenset[str] | None], None],
        recorder: Recorder,
        cache: GatewayCache | None = None,
    ) -> None:
        self.catalog = Catalog()
        self.routes = ResourceRouter(self.catalog)
        self._screen = screen
        self._on_change = on_change
        self._recorder = recorder
        self._cache = cache
        self._cache_keys: dict[str, str] = {}
        self._cached: dict[str, dict[str, Any]] = {}
        self._definitions: dict[str, tuple[dict[tuple[str, str], str], str]] = {}
        self.pinning: Callable[[str, ServerCatalog], ServerCatalog] | None = None
        """Applied to a server's lists before screening: pinned definitions only (see pins.py)."""
        self.pinned: Callable[[str], None] | None = None
        """Called once the lists `pinning` saw are screened (the pins are written then: see `Pinning.settle`)."""
        self.checked: Callable[[str], bool] | None = None
        """server -> whether its definitions are checked at all (with its checks off, a definition passed unread)."""
        """Called once the lists `pinning` saw are screened (the pins are written then: see `Pinning.settle`)."""
        self._sibling_names: dict[str, frozenset[str]] = {}
        self.siblings: Callable[[str, frozenset[str]], None] | None = None
        """Told the lower-cased names of a server's tools and prompts before they are screened (`screen` reads a
        workflow across a server's own tools as ordinary)."""
        self.judge_for: Callable[[str], tuple[Judge, float] | None] | None = None
        """server -> the second-opinion judge for its definitions and its timeout, or None (see second_opinion.py)."""
        self.second_look = SecondLook()
        self._latest: dict[str, ServerCatalog] = {}
        self._screened: dict[str, dict[tuple[str, str], tuple[bytes, dict[str, Any] | None, bool]]] = {}
        """Per server, (kind, name) -> (the definition's JSON as listed, as screened locally, whether nothing was found
        in it): a definition listed
        again unchanged (the live list after the cached one, a list_changed that touched a few) is not screened again
        (its second look, if any, is asked as before)."""
        self.stamp_for: Callable[[str], str | None] | None = None
        """server -> what its definitions' screening depends on (policy and detector code), or None where a clean
        verdict may not be kept for the next run (see `Pipeline.screening_stamp`)."""
        self._clean: dict[str, tuple[str, set[str]]] = {}
        """Per server, (stamp, digests of the definitions screened clean): kept with the cached catalog, so a warm
        start does not screen an unchanged definition again (nor one whose stamp changed: that one is screened)."""
        self.rest_stamp: Callable[[], str] | None = None
        """What finding the secrets of a definition kept on disk depends on (see `Pipeline.rest_stamp`), or None where
        a definition found to hold none is looked through again each time the lists are written."""
        self._bare: dict[str, tuple[str, set[str]]] = {}
        """Per server, (rest stamp, digests of the definitions found to hold no secret when its lists were last
        written): kept with the cached catalog, so the next write does not look through them again."""
        self._clean_by_stamp: dict[str, set[str]] = {}
        """Per stamp, the digests of every definition screened clean in this run, whichever server listed it: the
        same definition listed by several servers under the same checks (copies of one server, a shared package) is
        screened once."""
        self.hold = False
        """While set (a start, until its first listing is answered), fresh lists wait to be written to the disk
        cache (`release`): writing them reads every string not screened clean for secrets, and the first such read
        imports the secret detector, which the first listing does not otherwise need."""
        self._held: dict[str, tuple[Child, ServerCatalog]] = {}
        self._writes: set[asyncio.Task[None]] = set()
        self.kept: ScreenedStore | None = None
        """Where the digests screened clean are kept between runs whatever the catalog cache holds (see `screened`):
        read into `_clean_by_stamp` when a stamp is first used, written as they are added."""
        self._unkept: set[str] = set()
        """Stamps whose digests screened clean in this run are not all written to `kept` yet."""
        self._keeping: asyncio.Task[None] | None = None

    def configure(self, config: GatewayConfig) -> None:
        """Take the configured servers (order, prefixes, tool filters)."""
        servers = config.servers
        self._screened.clear()  # the checks may have changed with the config
        self._clean_by_stamp.clear()
        self.catalog.configure(
            {n: ToolFilterSet(s.tools.allow, s.tools.deny) for n, s in servers.items()},
            {n: s.prefix for n, s in servers.items()},
        )

    def forget(self, servers: Iterable[str]) -> None:
        """Servers whose launch spec changed: their cached lists no longer apply."""
        for name in servers:
            self._held.pop(name, None)
            self._cache_keys.pop(name, None)
            self._cached.pop(name, None)
            self._screened.pop(name, None)
            self._clean.pop(name, None)
            self._bare.pop(name, None)

    # --- what clients see ------------------------------------------------------------------------

    def tools(self) -> list[dict[str, Any]]:
        """Every visible tool under its public name."""
        return self.catalog.tools()

    def prompts(self) -> list[dict[str, Any]]:
        """Every prompt under its public name."""
        return self.catalog.prompts()

    def resources(self) -> list[dict[str, Any]]:
        """Every resource once (first server in config order wins)."""
        return self.routes.resources()

    def templates(self) -> list[dict[str, Any]]:
        """Every resource template once."""
        return self.routes.templates()

    def capabilities(self, servers: Iterable[str]) -> dict[str, Any]:
        """What the gateway offers: tools always; the rest when a server offers it, or may: one not up yet (the
        handshake is a client's only look at them, and a client told "none" never asks for them later)."""
        cats = [self.catalog.get(name) for name in servers]
        known = [c.capabilities for c in cats if c is not None]
        unknown = any(c is None for c in cats)
        caps: dict[str, Any] = {"tools": {"listChanged": True}}
        if unknown or any("prompts" in k for k in known):
            caps["prompts"] = {"listChanged": True}
        if unknown or any("resources" in k for k in known):
            subscribe = unknown or any(
                isinstance(k.get("resources"), dict) and k["resources"].get("subscribe") for k in known
            )
            caps["resources"] = {"listChanged": True, "subscribe": bool(subscribe)}
        if unknown or any("completions" in k for k in known):
            caps["completions"] = {}
        if unknown or any("logging" in k for k in known):
            caps["logging"] = {}
        return caps

    def instructions(self, allowed: Callable[[str], bool] | None = None) -> str:
        """The servers' own instructions (of `allowed` servers), each screened and under its server's name."""
        parts = []
        for name in self.catalog.servers():
            if allowed is not None and not allowed(name):
                continue
            cat = self.catalog.get(name)
            text = self._instructions_of(name, cat.instructions) if cat and isinstance(cat.instructions, str) else None
            if text:
                parts.append(f"## {name}\n{text.strip()}")
        return "\n\n".join(parts)

    def _instructions_of(self, server: str, text: str) -> str | None:
        """A server's instructions as the model may see them, or None to drop them; as they are, unscreened, only
        when this exact text was screened clean under the same checks (in this run, or in the last as definitions
        are: kept with the cached catalog, so a warm start answers `initialize` without loading the detectors)."""
        stamp = self.stamp_for(server) if self.stamp_for is not None else None
        sealed = _instructions_digest(text) if stamp is not None else None
        known = self._clean.get(server)
        kept = known[1] if known is not None and known[0] == stamp else None
        seen = self._clean_seen(stamp)
        if sealed is not None and ((kept is not None and sealed in kept) or sealed in seen):
            return text
        item = {"name": "instructions", "description": text}
        shown = self._screen(server, "instructions", item)
        if shown is item and sealed is not None and stamp is not None:
            seen.add(sealed)
            self._keep_clean_soon(stamp)
            if kept is not None:
                kept.add(sealed)
                self._keep_screened(server)
        return None if shown is None else shown.get("description")

    def _keep_screened(self, server: str) -> None:
        """Write a server's cached catalog again with what is now known clean (its instructions screened at
        `initialize`, after the catalog was written)."""
        data, clean = self._cached.get(server), self._clean.get(server)
        if self._cache is None or data is None or clean is None or server not in self._cache_keys:
            return
        data = {**data, _SCREENED: {"stamp": clean[0], "clean": sorted(clean[1])}}
        try:
            self._put(self._cache_keys[server], data)
        except RuntimeError:  # no loop (a caller outside one): kept when the lists are written next
            return
        self._cached[server] = data

    # --- what servers send -----------------------------------------------------------------------

    def update(self, child: Child, catalog: ServerCatalog) -> None:
        """A server's lists arrived or changed: watch for changed definitions, screen, merge, keep on disk."""
        with collector_paused():
            self._watch_definitions(child.name, catalog)
            self.merge(child.name, catalog)
            self._remember(child, catalog)

    def drop(self, server: str) -> None:
        """A server is gone for good: its lists go with it."""
        if self.catalog.get(server) is not None:
            before = self._visible()
            self.catalog.set(server, None)
            self._announce(before, frozenset((server,)))

    def merge(self, server: str, catalog: ServerCatalog, announce: bool = True) -> None:
        """Screen every definition of one server and put the result in the merged view (and tell clients)."""
        try:
            with collector_paused():
                self._merge(server, catalog, announce)
        except BaseException:
            if self.pinned is not None:  # what the pins took in of these lists is written even so (first sight too)
                self.pinned(server)
            raise

    def _merge(self, server: str, catalog: ServerCatalog, announce: bool) -> None:
        self._latest[server] = catalog
        if self.pinning is not None:
            catalog = self.pinning(server, catalog)
        judged = self.judge_for(server) if self.judge_for is not None else None
        pending: list[tuple[str, dict[str, Any]]] = []
        screened = catalog.copy()
        before = self._screened.get(server, {})
        kin = b""
        if self.siblings is not None:
            names = _names(catalog)
            if self._sibling_names.get(server, names) != names:
                before = {}  # a verdict may rest on which siblings there were: every definition is screened again
            self._sibling_names[server] = names
            self.siblings(server, names)
            kin = _kin(names)
        memo: dict[tuple[str, str], tuple[bytes, dict[str, Any] | None, bool]] = {}
        stamp = self.stamp_for(server) if self.stamp_for is not None else None
        known = self._clean.get(server)
        was_clean = known[1] if known is not None and stamp is not None and known[0] == stamp else frozenset()
        clean: set[str] = set()
        seen_clean = self._clean_seen(stamp)
        seen_before = len(seen_clean)
        for kind in DEFINITION_KINDS:
            items = []
            for item in getattr(catalog, kind):
                key = (kind, _name_of(item))
                exact = fastjson.dumps(item)  # exact: 1, 1.0 and true differ here, not in ==
                seen = before.get(key)
                sealed = _definition_digest(kind, exact, kin) if exact is not None and stamp is not None else None
                if exact is not None and seen is not None and seen[0] == exact:
                    shown = item if seen[2] else seen[1]
                elif sealed is not None and (sealed in was_clean or sealed in seen_clean):
                    shown = item  # screened clean by the same checks (this exact JSON) last run or for any server
                else:
                    shown = self._screen(server, kind, item)
                if exact is not None:
                    memo[key] = (exact, shown, shown is item)
                    if sealed is not None and shown is item:
                        clean.add(sealed)
                        seen_clean.add(sealed)
                if shown is not None and judged is not None and not self._second_look(server, kind, shown, pending):
                    continue  # the judge sees the definition as clients do (secrets already placeholders)
                if shown is not None:
                    items.append(shown)
            setattr(screened, kind, items)
        if stamp is not None and isinstance(catalog.instructions, str):  # screened at `initialize` (`_instructions_of`)
            sealed = _instructions_digest(catalog.instructions)
            if sealed in was_clean or sealed in seen_clean:
                clean.add(sealed)
        self._screened[server] = memo
        if stamp is not None and len(seen_clean) != seen_before:
            self._keep_clean_soon(stamp)
        if self.pinned is not None:
            self.pinned(server)
        if stamp is not None:
            self._clean[server] = (stamp, clean)
        else:
            self._clean.pop(server, None)
        if pending and judged is not None:
            self.second_look.ask(server, pending, judged[0], judged[1], self._rescreen)
        if not announce:
            self.catalog.set(server, screened)
            return
        before = self._visible()
        self.catalog.set(server, screened)
        self._announce(before, frozenset((server,)))

    def screened_clean(self, server: str, kind: str, item: dict[str, Any]) -> bool:
        """Whether the screen found nothing at all in this definition of `server` (this very object) last time."""
        if self.checked is not None and not self.checked(server):
            return False  # passed unread
        known = self._screened.get(server, {}).get((kind, _name_of(item)))
        return known is not None and known[2] and known[1] is item

    def _clean_seen(self, stamp: str | None) -> set[str]:
        """The digests screened clean in this run under `stamp` (a throwaway set when there is none)."""
        if stamp is None:
            return set()
        seen = self._clean_by_stamp.get(stamp)
        if seen is None:
            seen = self._clean_by_stamp[stamp] = self.kept.load(stamp) if self.kept is not None else set()
        if len(seen) > _CLEAN_KEPT:
            seen = self._clean_by_stamp[stamp] = set()
        return seen

    def knows(self, server: str) -> bool:
        """Whether definitions were screened clean under the checks of `server` before (in this run, or kept from an
        earlier one): its lists, if unchanged, will need no screening (so the detectors need not be imported ahead)."""
        stamp = self.stamp_for(server) if self.stamp_for is not None else None
        return stamp is not None and bool(self._clean_seen(stamp))

    def _keep_clean_soon(self, stamp: str) -> None:
        """Write the digests screened clean under `stamp` to `kept`, on a thread (at once, or after the write under
        way); outside an event loop, with the next write or `write_clean`."""
        if self.kept is None:
            return
        self._unkept.add(stamp)
        if self._keeping is None or self._keeping.done():
            try:
                self._keeping = asyncio.get_running_loop().create_task(self.write_clean())
            except RuntimeError:
                return

    async def write_clean(self) -> None:
        """Write what `_keep_clean_soon` was given and is not written yet (a stop waits for it)."""
        kept = self.kept
        while kept is not None and self._unkept:
            stamp = self._unkept.pop()
            seen = self._clean_by_stamp.get(stamp)
            if seen:
                try:
                    await asyncio.to_thread(kept.save, stamp, frozenset(seen))
                except Exception as exc:  # kept for speed only: never a reason to fail
                    log.warning("definitions screened clean could not be kept (%s)", exc)

    def _second_look(
        self, server: str, kind: str, item: dict[str, Any], pending: list[tuple[str, dict[str, Any]]]
    ) -> bool:
        """Whether a definition the local checks passed may be shown: not when a judge called this exact definition
        poisoned; one it has not judged yet is shown and queued for judging."""
        what = _SINGULAR.get(kind, kind)
        opinion = self.second_look.opinion(item, what)
        if opinion is None:
            pending.append((what, item))
            return True
        if opinion.poisoned:
            name = item.get("name") or item.get("uri") or item.get("uriTemplate")
            log.warning("server %s: withheld %s %r: second opinion: %s", server, what, name, opinion.reason[:200])
            self._recorder.record(
                "definition.withheld",
                server=server,
                name=name,
                kind=what,
                detector="second_opinion",
                reason=opinion.reason[:200],
            )
            return False
        return True

    def _rescreen(self, server: str) -> None:
        """A judge found a definition of `server` poisoned: screen its latest lists again."""
        latest = self._latest.get(server)
        if latest is not None and self.catalog.get(server) is not None:
            self.merge(server, latest)

    def announce_since(self, before: dict[str, Any]) -> None:
        """Tell clients which lists differ from `before` (a snapshot from `snapshot`)."""
        self._announce(before)

    def snapshot(self) -> dict[str, Any]:
        """What clients see now (to compare after a change)."""
        return self._visible()

    def _visible(self) -> dict[str, Any]:
        return {
            "tools": self.catalog.tools(),
            "prompts": self.catalog.prompts(),
            "resources": (self.routes.resources(), self.routes.templates()),
        }

    def _announce(self, before: dict[str, Any], servers: frozenset[str] | None = None) -> None:
        """Tell which lists changed, and whose lists changed them (None: anyone's)."""
        after = self._visible()
        for kind in LIST_KINDS:
            if before[kind] != after[kind]:
                self._on_change(kind, servers)

    def _watch_definitions(self, server: str, catalog: ServerCatalog) -> None:
        """Report a tool, prompt or resource whose definition changed since the last run or since first listed."""
        now = fingerprints(catalog)
        before, since = self._definitions.get(server, ({}, ""))
        for key, fingerprint in now.items():
            old = before.get(key)
            if old is not None and old != fingerprint:
                kind, name = key
                log.warning("server %s changed the definition of %s %r since %s", server, kind, name, since)
                self._recorder.record("definition.changed", server=server, kind=kind, name=name, since=since)
        self._definitions[server] = (now, "it was last listed")

    # --- warm start ------------------------------------------------------------------------------

    async def load_cached(self, servers: Iterable[tuple[str, Any]], live: Callable[[str], bool] = _never) -> None:
        """Serve what each server (name, config) listed last time while it starts (a warm start).

        Called before the servers are spawned, so the cache answers before they compete for the CPU; a server whose
        own lists are already in (`live`) keeps them.
        """
        if self._cache is None:
            return
        todo = [(name, config) for name, config in servers if name not in self._cache_keys]
        for name, config in todo:
            self._cache_keys[name] = catalog_key(name, config)
        keys = [self._cache_keys[name] for name, _ in todo]
        many = getattr(self._cache, "get_catalogs", None)
        found = await many(keys) if many is not None else await asyncio.gather(*map(self._cache.get_catalog, keys))
        before = self._visible()
        merged: set[str] = set()
        for (name, _config), data in zip(todo, found, strict=True):
            if data is None:
                continue
            try:
                catalog = ServerCatalog.from_dict(data)
            except (TypeError, ValueError):
                continue
            self._cached[name] = data
            clean = _clean_of(data.get(_SCREENED))
            if clean is not None:
                self._clean[name] = clean
            bare = _clean_of(data.get(_BARE))
            if bare is not None:
                self._bare[name] = bare
            self._definitions.setdefault(name, (fingerprints(catalog, data.get(_LISTED)), "the last run"))
            if live(name):
                continue
            self.merge(name, catalog, announce=False)
            merged.add(name)
            log.info("server %s: serving its %d cached tools while it starts", name, len(catalog.tools))
        self._announce(before, frozenset(merged))

    def _remember(self, child: Child, catalog: ServerCatalog) -> None:
        """Keep a server's fresh lists on disk for the next start (held while `hold` is set)."""
        if self._cache is None or child.name not in self._cache_keys:
            return
        if self.hold:
            self._held[child.name] = (child, catalog)
            return
        data = self._on_disk(child.name, catalog)
        clean = self._clean.get(child.name)
        if clean is not None:
            data[_SCREENED] = {"stamp": clean[0], "clean": sorted(clean[1])}
        if self._cached.get(child.name) != data:
            self._cached[child.name] = data
            self._put(self._cache_keys[child.name], data)

    def release(self) -> None:
        """Stop holding fresh lists back from the disk cache, and write those held (see `hold`)."""
        self.hold = False
        held, self._held = self._held, {}
        for child, catalog in held.values():
            self._remember(child, catalog)

    async def flush(self) -> None:
        """Wait for the lists on their way to the disk cache (a stop: the next start finds them)."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    def _put(self, key: str, data: dict[str, Any]) -> None:
        assert self._cache is not None
        task = asyncio.get_running_loop().create_task(self._cache.put_catalog(key, data))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    def _on_disk(self, server: str, catalog: ServerCatalog) -> dict[str, Any]:
        """What the cache keeps of a server's lists: as listed, less the definitions that hold a secret (found in
        those not screened clean; the next start lists them once the server is up, and knows them by their
        fingerprints, kept instead); a secret in its instructions or server info is marked (see `at_rest`)."""
        data = catalog.to_dict()
        listed: dict[str, str] = {}
        stamp = self.rest_stamp() if self.rest_stamp is not None else None
        known = self._bare.get(server)
        was_bare = known[1] if known is not None and known[0] == stamp else frozenset()
        bare: set[str] = set()
        memo = self._screened.get(server, {})
        for kind in DEFINITION_KINDS:
            items = getattr(catalog, kind)
            kept: list[Any] | None = None
            for n, item in enumerate(items):
                if isinstance(item, dict) and self.screened_clean(server, kind, item):
                    continue  # nothing secret in it
                sealed = self._sealed(memo, kind, item) if stamp is not None else None
                if sealed is not None and sealed in was_bare:
                    bare.add(sealed)
                    continue  # this exact definition held no secret when last written
                if at_rest.masked(item) is not item:
                    if kept is None:
                        kept = data[kind] = list(items)
                    kept[n] = None
                    what, name = _fingerprint_of(kind, item)
                    listed[f"{what}\0{name}"] = _print(item)
                elif sealed is not None:
                    bare.add(sealed)
            if kept is not None:
                data[kind] = [item for item in kept if item is not None]
        for field in ("instructions", "server_info", "capabilities"):
            if data[field] is not None:
                data[field] = at_rest.masked(data[field])
        if listed:
            data[_LISTED] = listed
        if stamp is not None:
            self._bare[server] = (stamp, bare)
            if bare:
                data[_BARE] = {"stamp": stamp, "clean": sorted(bare)}
        return data

    @staticmethod
    def _sealed(memo: dict[tuple[str, str], tuple[bytes, Any, bool]], kind: str, item: Any) -> str | None:
        """The digest of a definition's exact JSON (`_definition_digest`), from the merge's memo when it holds this
        very object; None for one that cannot be encoded as it is."""
        if not isinstance(item, dict):
            return None
        seen = memo.get((kind, _name_of(item)))
        exact = seen[0] if seen is not None and seen[1] is item else fastjson.dumps(item)
        return _definition_digest(kind, exact) if exact is not None else None


def _definition_digest(kind: str, exact: bytes, kin: bytes = b"") -> str:
    """What names one definition's exact JSON, screened among its server's names `kin` (see `_kin`), among the clean
    ones kept for the next run."""
    return hashlib.sha256(kind.encode() + b"\0" + kin + exact).hexdigest()


def _kin(names: frozenset[str]) -> bytes:
    """The tool and prompt names a definition was screened among, as part of its clean digest: a pointer at a sibling
    is ordinary, so the same JSON found clean on one server is screened again on a server (or in a later list of the
    same server) without that sibling, rather than shown from the clean set. A server that adds or drops a tool has
    its definitions screened again once."""
    return hashlib.sha256("\0".join(sorted(names)).encode("utf-8", "surrogatepass")).digest() + b"\0"


def _instructions_digest(text: str) -> str:
    """What names a server's instructions among the clean digests kept for the next run."""
    return _definition_digest("instructions", text.encode("utf-8", "surrogatepass"))


def _clean_of(value: Any) -> tuple[str, set[str]] | None:
    """(stamp, digests) from a cached catalog's `screened` entry, or None when it is missing or malformed."""
    if not isinstance(value, dict):
        return None
    stamp, clean = value.get("stamp"), value.get("clean")
    if not isinstance(stamp, str) or not isinstance(clean, list) or not all(isinstance(d, str) for d in clean):
        return None
    return stamp, set(clean)


def _names(catalog: ServerCatalog) -> frozenset[str]:
    """The lower-cased names of a server's tools and prompts."""
    items = [*catalog.tools, *catalog.prompts]
    return frozenset(n.lower() for i in items if isinstance(n := i.get("name"), str))


def _name_of(item: dict[str, Any]) -> str:
    """What identifies a definition within its server's list of that kind."""
    return str(item.get("name") or item.get("uriTemplate") or item.get("uri"))


_FINGERPRINTED = {
    "tools": ("tool", "name"),
    "prompts": ("prompt", "name"),
    "resources": ("resource", "uri"),
    "templates": ("resource_template", "uriTemplate"),
}


def fingerprints(catalog: ServerCatalog, listed: Any = None) -> dict[tuple[str, str], str]:
    """A digest of each definition a server lists, by (kind, name) (compared within one run only); `listed`: a cached
    catalog's fingerprints of the definitions it left out because they hold a secret."""
    out = {}
    for kind, (what, key) in _FINGERPRINTED.items():
        for item in getattr(catalog, kind):
            out[(what, str(item.get(key)))] = _print(item)
    if isinstance(listed, dict):
        for joined, value in listed.items():
            what, _, name = str(joined).partition("\0")
            if isinstance(value, str):
                out[(what, name)] = value
    return out


def _fingerprint_of(kind: str, item: dict[str, Any]) -> tuple[str, str]:
    """(kind, name) of a definition in `fingerprints`."""
    what, key = _FINGERPRINTED[kind]
    return what, str(item.get(key))


def _print(item: dict[str, Any]) -> str:
    """One definition's fingerprint."""
    exact = fastjson.dumps_sorted(item)
    return hashlib.sha256(exact).hexdigest() if exact is not None else digest(item)

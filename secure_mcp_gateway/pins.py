"""Pinned definitions: pinned per server on first sight; a changed or new one is withheld until the user approves it."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from secure_mcp_gateway import at_rest, fastjson
from secure_mcp_gateway.catalog import Catalog, ServerCatalog, public_name
from secure_mcp_gateway.keys import KeyUnavailable, LocalKey, open_key
from secure_mcp_gateway.pins_store import (
    ChangedAgain,
    Entry,
    FilePinStore,
    PinBook,
    PinsTampered,
    PinStore,
    ServerPins,
    definition_hash,
    now_iso,
)

log = logging.getLogger(__name__)

KINDS: dict[str, tuple[str, str]] = {
    "tools": ("tool", "name"),
    "prompts": ("prompt", "name"),
    "resources": ("resource", "uri"),
    "templates": ("resource template", "uriTemplate"),
}
RESOURCE_FIELDS = ("uri", "name", "title", "description")
"""What of a resource is pinned: the words a model reads, not its size or modification time."""
POLL_INTERVAL = 1.0
"""Seconds between looks at the store for approvals made elsewhere (the `approve` command, another gateway)."""
SECRET_TAG = "pinned-secret"
"""The key purpose of the digests that stand for secrets in pinned definitions (see `at_rest`)."""


def pinned_hash(kind: str, item: dict[str, Any]) -> str:
    """The hash a definition is pinned by (a resource by its words only: files change size and time all day)."""
    if kind == "resources":
        item = {k: item[k] for k in RESOURCE_FIELDS if k in item}
    return definition_hash(item)


_SORTED = msgspec.json.Encoder(order="sorted")


def _as_pinned(kind: str, item: dict[str, Any], pin: Entry) -> bool:
    """Whether `item` is its pinned definition as JSON (so its canonical JSON and hash are the pin's): compared as
    sorted JSON instead of hashing it. Not for a resource (pinned by some of its fields), nor where `null` is
    written (NaN and infinity are written so too): those are hashed."""
    if kind == "resources":
        return False
    try:
        listed = _SORTED.encode(item)
        return listed.find(b"null") < 0 and listed == _SORTED.encode(pin.definition)
    except (TypeError, ValueError, OverflowError, msgspec.EncodeError):  # keys that are not strings, lone surrogates
        return False


def pin_key(kind: str, item: dict[str, Any]) -> str:
    """`tools:echo`, `resources:file:///x`: how a definition is known in a server's pins."""
    return f"{kind}:{item.get(KINDS[kind][1])}"


def split_key(key: str) -> tuple[str, str]:
    """(kind, name) of a pin key."""
    kind, _, name = key.partition(":")
    return kind, name


def describe(key: str) -> str:
    """`tool 'echo'` for a pin key."""
    kind, name = split_key(key)
    return f"{KINDS.get(kind, (kind,))[0]} {name!r}"


@functools.lru_cache(maxsize=1)
def _me() -> str:
    """The command that runs this gateway from a shell (`secure-mcp-gateway`, `uvx --from ... secure-mcp-gateway`)."""
    from secure_mcp_gateway.launch import shell_command

    return shell_command()


def approve_hint(server: str, *keys: str) -> str:
    """The command that approves waiting definitions."""
    names = [split_key(key)[1] for key in keys]
    args = [name if all(c.isalnum() or c in "_-." for c in name) else json.dumps(name) for name in names]
    return f"{_me()} approve {server} {' '.join(args)}"


@dataclass(frozen=True)
class Withheld:
    """A definition kept from clients until approved."""

    server: str
    key: str
    reason: str
    """`changed`, `new` or `unverifiable` (the server's pins fail their integrity check)."""

    def message(self) -> str:
        """What the model (and the user) are told when it is asked for."""
        what = describe(self.key)
        if self.reason == "unverifiable":
            return (
                f"{what} of server {self.server!r} is withheld: the server's pins fail their integrity check. "
                f"Review them with `{_me()} pins {self.server}`, then `{_me()} approve "
                f"--all {self.server}` or `{_me()} pins {self.server} --reset`."
            )
        change = "changed since it was approved" if self.reason == "changed" else "is new since the server was pinned"
        return (
            f"{what} of server {self.server!r} {change}; the gateway withholds it until you approve it. "
            f"Run `{approve_hint(self.server, self.key)}` (it shows what changed), then list the tools again."
        )


class Pinning:
    """The pins of every server, applied to each catalog before it is merged; approvals from anywhere picked up."""

    def __init__(
        self,
        mode: Callable[[str], str],
        record: Callable[..., None] | None = None,
        store: PinStore | None = None,
        key: LocalKey | None = None,
    ) -> None:
        self._mode = mode
        self._record = record or (lambda *a, **k: None)
        self._store = store
        self._key = key
        """The signing key of the records (a deployment's shared one for Redis); default this machine's key."""
        self._book: PinBook | None = None
        self._book_failed = False
        self._memory: dict[str, ServerPins] = {}
        """Pins kept for this run only when the store cannot be used."""
        self._withheld: dict[str, dict[str, Withheld]] = {}
        self._raw: dict[str, ServerCatalog] = {}
        self._told: set[tuple[str, str, str]] = set()
        self._stamp: Any = None
        self.remerge: Callable[[str, ServerCatalog], None] | None = None
        """Set by the hub: merge a server's lists again (after an approval)."""
        self.screened_clean: Callable[[str, str, dict[str, Any]], bool] | None = None
        """Set by the hub: (server, kind, definition) -> whether the screen found nothing at all in this definition
        (then nothing in it is masked for disk); with it, a record `filter` changes is written once the lists it
        came from are screened (`settle`)."""
        self._unmasked: dict[str, set[str]] = {}
        """Per server, the keys of entries that still hold a definition as listed (masked when written)."""
        self._unsaved: dict[str, ServerPins] = {}
        """Per server, a record changed by `filter` and written at `settle`."""
        self._read: dict[str, tuple[Any, ServerPins]] = {}
        """Per server, the record last read from a file store and the store's stamp then: read again only once the
        files changed (a warm start lists each server twice, from the cache and then live)."""

    # --- the store -------------------------------------------------------------------------------

    def book(self) -> PinBook | None:
        """The signed store, or None when the key or the state directory cannot be used (pins live in memory)."""
        if self._book is None and not self._book_failed:
            try:
                self._book = PinBook(self._store or FilePinStore(), self._key or open_key())
                with contextlib.suppress(OSError):
                    self._stamp = self._book.store.stamp()
            except KeyUnavailable as exc:
                self._book_failed = True
                log.error("pins: %s; definitions are pinned for this run only", exc)
        return self._book

    def _load(self, server: str) -> ServerPins | None:
        if server in self._unsaved:
            return self._unsaved[server]
        book = self.book()
        if book is None:
            return self._memory.get(server)
        if type(book.store) is not FilePinStore:  # (a shared store's stamp lags behind its writers: read each time)
            return book.load(server)
        try:
            stamp = book.store.stamp()
        except OSError:
            stamp = None
        read = self._read.get(server)
        if read is not None and stamp is not None and read[0] == stamp:
            return _copy(read[1])  # the files are as they were when it was read and verified
        self._read.pop(server, None)
        record = book.load(server)
        if record is not None and stamp is not None:
            self._read[server] = (stamp, _copy(record))
        return record

    def _save(self, record: ServerPins) -> None:
        self._unsaved.pop(record.server, None)
        self._read.pop(record.server, None)
        self._mask(record)
        book = self.book()
        if book is None:
            self._memory[record.server] = record
            return
        try:
            with book.store.locked():
                book.save(record)
            self._stamp = book.store.stamp()
        except OSError as exc:
            self._memory[record.server] = record
            log.error("pins of server %s cannot be stored (%s); kept for this run only", record.server, exc)

    def _save_soon(self, record: ServerPins) -> None:
        """Write a record `filter` changed: at once, or with `screened_clean` once its lists are screened."""
        if self.screened_clean is None:
            self._save(record)
        else:
            self._unsaved[record.server] = record

    def settle(self, server: str) -> None:
        """The lists `filter` saw last were screened: write the record it changed, if any."""
        record = self._unsaved.get(server)
        if record is not None:
            self._save(record)

    def _mask(self, record: ServerPins) -> None:
        """Entries holding a definition as listed get it with each secret replaced by a mark with a keyed digest
        (see `at_rest`), unless the screen found nothing at all in it; their hashes stay the listed one's."""
        keys = self._unmasked.pop(record.server, None)
        if not keys:
            return
        book = self.book()
        tag = None
        if book is not None:
            key = book.key
            tag = lambda value: key.mac(SECRET_TAG, value.encode("utf-8", "surrogatepass"))[:12]  # noqa: E731
        clean = self.screened_clean
        for pin_id in keys:
            kind = split_key(pin_id)[0]
            for entries in (record.pins, record.pending):
                entry = entries.get(pin_id)
                if entry is None or (clean is not None and clean(record.server, kind, entry.definition)):
                    continue
                kept = at_rest.masked(entry.definition, tag)
                if kept is not entry.definition:
                    entries[pin_id] = Entry(entry.hash, kept, entry.at, entry.reason)

    def known(self, server: str) -> bool:
        """Whether the server has pins (its lists were seen before; none that cannot be read or verified)."""
        try:
            return self._load(server) is not None
        except (PinsTampered, OSError):
            return False

    # --- the catalog hook ------------------------------------------------------------------------

    def filter(self, server: str, catalog: ServerCatalog) -> ServerCatalog:
        """What of a server's lists may be shown: pinned definitions, and nothing changed or new (in `block`)."""
        self._raw[server] = catalog
        mode = self._mode(server)
        if mode == "off":
            self._withheld.pop(server, None)
            return catalog
        try:
            record = self._load(server)
        except PinsTampered as exc:
            log.error("%s; withholding all its definitions until you review them", exc)
            keys = [pin_key(k, i) for k in KINDS for i in _items(catalog, k)]
            withheld = {key: Withheld(server, key, "unverifiable") for key in keys}
            self._withheld[server] = withheld if mode == "block" else {}
            return _without(catalog, set(withheld)) if mode == "block" else catalog
        except OSError as exc:
            log.error("pins of server %s cannot be read (%s)", server, exc)
            record = self._memory.get(server)
        if record is None:
            return self._first_sight(server, catalog)
        return self._check(server, catalog, record, mode)

    def _first_sight(self, server: str, catalog: ServerCatalog) -> ServerCatalog:
        at = now_iso()
        record = ServerPins(server)
        for kind in KINDS:
            for item in _items(catalog, kind):
                key = pin_key(kind, item)
                record.pins[key] = Entry(pinned_hash(kind, item), item, at)
                self._unmasked.setdefault(server, set()).add(key)
        self._save_soon(record)
        self._withheld[server] = {}
        log.info("server %s: pinned %d definitions on first sight", server, len(record.pins))
        self._record("definition.pinned", server=server, count=len(record.pins))
        return catalog

    def _check(self, server: str, catalog: ServerCatalog, record: ServerPins, mode: str) -> ServerCatalog:
        withheld: dict[str, Withheld] = {}
        pending_changed = False
        for kind in KINDS:
            for item in _items(catalog, kind):
                key = pin_key(kind, item)
                pin = record.pins.get(key)
                digest = pin.hash if pin is not None and _as_pinned(kind, item, pin) else pinned_hash(kind, item)
                if pin is not None and pin.hash != digest and kind == "resources" and pin.hash == definition_hash(item):
                    record.pins[key] = Entry(digest, pin.definition, pin.at)  # pinned whole by an older version
                    pending_changed = True
                    pin = record.pins[key]
                if pin is not None and pin.hash == digest:
                    if record.pending.pop(key, None) is not None:
                        pending_changed = True  # the server went back to the approved version
                    continue
                if pin is None and kind == "resources":
                    # Resources are data that come and go (files, per-session items): a new one is pinned on sight
                    # like the first list; only a known resource whose words change waits for approval.
                    record.pins[key] = Entry(digest, item, now_iso())
                    self._unmasked.setdefault(server, set()).add(key)
                    pending_changed = True
                    continue
                reason = "changed" if pin is not None else "new"
                waiting = record.pending.get(key)
                if waiting is None or waiting.hash != digest:
                    record.pending[key] = Entry(digest, item, now_iso(), reason)
                    self._unmasked.setdefault(server, set()).add(key)
                    pending_changed = True
                self._tell(server, key, digest, reason, mode)
                if mode == "block":
                    withheld[key] = Withheld(server, key, reason)
        listed = {pin_key("resources", i) for i in _items(catalog, "resources")}
        gone = [k for k in record.pins if k.startswith("resources:") and k not in listed]
        for key in gone:  # a resource no longer listed is forgotten, so the pins do not grow with every session
            del record.pins[key]
        if pending_changed or gone:
            self._save_soon(record)
        self._withheld[server] = withheld
        return _without(catalog, set(withheld)) if withheld else catalog

    def _tell(self, server: str, key: str, digest: str, reason: str, mode: str) -> None:
        if (server, key, digest) in self._told:
            return
        self._told.add((server, key, digest))
        change = "changed since it was approved" if reason == "changed" else "is new since the server was pinned"
        action = "withheld until you approve it" if mode == "block" else "shown anyway (pinning: warn)"
        log.warning("server %s: %s %s; %s: %s", server, describe(key), change, action, approve_hint(server, key))
        kind, name = split_key(key)
        self._record("definition.pending", server=server, kind=kind, name=name, reason=reason, action=mode)

    # --- questions from the call path ------------------------------------------------------------

    def withheld(self, server: str) -> dict[str, Withheld]:
        """A server's withheld definitions, by pin key."""
        return self._withheld.get(server, {})

    def find(self, kind: str, public: str, catalog: Catalog) -> Withheld | None:
        """The withheld definition a client asked for by public name (tools, prompts) or URI (resources)."""
        for server, items in self._withheld.items():
            for key, held in items.items():
                k, name = split_key(key)
                if k != kind:
                    continue
                if kind in ("tools", "prompts"):
                    try:
                        if public_name(catalog.prefix(server), name) == public:
                            return held
                    except KeyError:
                        continue
                elif name == public:
                    return held
        return None

    def approve(self, server: str, keys: list[str] | None, by: str, seen: dict[str, str] | None = None) -> list[str]:
        """Pin waiting definitions of a server now (from an elicitation answer) and show them; with `seen`, only
        the versions the user was shown (else `ChangedAgain`, nothing pinned)."""
        if server in self._unsaved:  # a list still being screened is what `asked` showed: written first, masked
            self._save(self._unsaved[server])
        book = self.book()
        if book is not None:
            done = book.approve(server, keys, seen)
            self._stamp = book.store.stamp()
        else:
            record = self._memory.get(server)
            done = []
            chosen = [] if record is None else list(record.pending) if keys is None else keys
            if record is not None and seen is not None:
                again = [k for k in chosen if k in record.pending and record.pending[k].hash != seen.get(k)]
                if again:
                    raise ChangedAgain(server, again)
            for key in chosen:
                entry = record.pending.pop(key, None) if record else None
                if entry is not None and record is not None:
                    record.pins[key] = Entry(entry.hash, entry.definition, now_iso())
                    done.append(key)
        for key in done:
            kind, name = split_key(key)
            self._record("definition.approved", server=server, kind=kind, name=name, by=by)
        if done:
            self._refresh([server])
        return done

    def pinned_as(self, server: str, key: str, hash_: str) -> bool:
        """Whether `key` of `server` is pinned now at exactly this version (its hash)."""
        try:
            record = self._load(server)
        except (PinsTampered, OSError):
            return False
        entry = record.pins.get(key) if record is not None else None
        return entry is not None and entry.hash == hash_

    def refresh(self) -> None:
        """Apply the pins again to every server's lists (after a config change)."""
        self._refresh(list(self._raw))

    def _refresh(self, servers: list[str]) -> None:
        for server in servers:
            raw = self._raw.get(server)
            if raw is not None and self.remerge is not None:
                self.remerge(server, raw)

    def question(self, held: Withheld) -> str:
        """The elicitation message: what changed, and the question."""
        return self.asked(held)[0]

    def asked(self, held: Withheld) -> tuple[str, str | None]:
        """The elicitation message, and the hash of the waiting version it shows (None: it shows none)."""
        try:
            record = self._load(held.server)
        except (PinsTampered, OSError):
            record = None
        change = "changed since you approved it" if held.reason == "changed" else "is new"
        text = f"Server {held.server!r}: {describe(held.key)} {change}."
        shown = None
        if record is not None and held.key in record.pending:
            old = record.pins.get(held.key)
            entry = record.pending[held.key]
            text += "\n\n" + change_text(old.definition if old else None, entry.definition)
            shown = entry.hash
        return text + "\n\nApprove it so the model can use it?", shown

    # --- approvals made elsewhere ----------------------------------------------------------------

    def check_store(self) -> bool:
        """Look once for changed records (an `approve` or a reset elsewhere); re-merge every pinned server if so."""
        book = self.book()
        if book is None:
            return False
        try:
            stamp = book.store.stamp()
        except OSError:
            return False
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        self._refresh(list(self._raw))
        return True

    async def watch(self, interval: float = POLL_INTERVAL) -> None:
        """Poll the store for approvals made by the command line; runs until cancelled."""
        while True:
            await asyncio.sleep(interval)
            with contextlib.suppress(Exception):
                self.check_store()


def _copy(record: ServerPins) -> ServerPins:
    """A record whose entry tables can be changed without changing `record` (entries are replaced, never edited)."""
    return ServerPins(record.server, dict(record.pins), dict(record.pending))


def change_text(old: dict[str, Any] | None, new: dict[str, Any], limit: int = 4000) -> str:
    """What changed between two definitions (a unified diff of their JSON), or the new one in full."""
    import difflib

    new_text = _json_text(new)
    if old is None:
        out = new_text
    else:
        old_text = _json_text(old)
        lines = difflib.unified_diff(old_text.splitlines(), new_text.splitlines(), "approved", "now", lineterm="", n=2)
        out = "\n".join(lines)
    out = _visible(out)
    return out if len(out) <= limit else out[:limit] + "\n... (shortened)"


def _json_text(value: Any) -> str:
    """A definition as indented JSON, keys sorted, every number as the server wrote it (`1E400`, `2.50`, `-0`)."""
    data = fastjson.dumps_sorted(value)
    if data is None:  # (a lone surrogate, or a type JSON lacks: as the standard library writes it)
        return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    return msgspec.json.format(data, indent=2).decode("utf-8")


def _visible(text: str) -> str:
    """`text` with every character that does not show (zero-width, bidi controls, tag characters, other spaces)
    written as its escape, so that what a user is asked to approve is what they read."""
    if text.isascii():
        return text
    return "".join(c if c.isprintable() or c == "\n" else f"\\u{ord(c):04x}" for c in text)


def _items(catalog: ServerCatalog, kind: str) -> list[dict[str, Any]]:
    return [i for i in getattr(catalog, kind) if isinstance(i, dict)]


def _without(catalog: ServerCatalog, keys: set[str]) -> ServerCatalog:
    out = catalog.copy()
    for kind in KINDS:
        setattr(out, kind, [i for i in _items(catalog, kind) if pin_key(kind, i) not in keys])
    return out

"""One connected client: its peer, what it declared in the handshake, and what it has asked to hear about."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Any

from secure_mcp_gateway.jsonrpc import METHOD_NOT_FOUND, RpcError
from secure_mcp_gateway.rpc import RpcPeer

HANDSHAKE_VERSIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
LATEST_VERSION = HANDSHAKE_VERSIONS[-1]
LIST_KINDS = ("tools", "prompts", "resources")
LOG_LEVELS = ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
"""The levels of `logging/setLevel` and of log lines, least severe first."""
ELICITED_KEPT = 256
"""URL-mode elicitations a session remembers the server of (until each one's completion arrives)."""
URL_ELICITATION_REQUIRED = -32042
"""The error code of a server's answer that asks the client to open URLs first (their ids in `data.elicitations`)."""
LINKS_KEPT = 1024
"""URIs a session remembers the server of (those its results linked to, the last ones)."""
LINK_CHARS = 2048
"""Longer URIs are not remembered (a server linking to thousands of huge ones costs no memory)."""
LOG_AFTER_CALL = 1.0
"""Seconds after a client's call to a server ends in which a log line of that server, with no call in flight, is
taken for that call's (see `NoticeRouter`)."""
NOTIFY_DELAY = 0.05
"""Seconds a burst of list changes is gathered into one `list_changed` per kind."""


class Lent:
    """A server's progress token, as the client sees it in the server's request passed on to it."""

    def __init__(self, server: str, token: Any) -> None:
        self.server = server
        self.token = token
        """The server's own token, which its progress goes back with."""
        self.tail: asyncio.Task[None] | None = None
        """The last of the client's progress notifications on their way to the server (they go in order)."""


class Asked:
    """Notes the id of one request sent to a server for a client's call (`on_sent`), and forgets it (`done`)."""

    def __init__(self, requests: dict[tuple[str, int], None], server: str) -> None:
        self._requests = requests
        self._server = server
        self._ids: list[int] = []

    def __call__(self, rid: int) -> None:
        self._requests[self._server, rid] = None
        self._ids.append(rid)

    @property
    def ids(self) -> list[int]:
        """The ids of the requests sent (kept once the call is over)."""
        return self._ids

    def done(self) -> None:
        """The call is over."""
        for rid in self._ids:
            self._requests.pop((self._server, rid), None)


class Routes(dict):  # type: ignore[type-arg]
    """Called tool names -> where a plain call of each goes (see `quick_call`), found under one tool list and one
    config (the very objects): new ones empty it."""

    MOST = 1024
    """Names kept at most (a client calling many unknown names does not grow it)."""

    def __init__(self) -> None:
        super().__init__()
        self.tools: Any = None
        self.config: Any = None

    def renew(self, tools: Any, config: Any) -> None:
        """Forget every route: they were found under another tool list or config."""
        self.clear()
        self.tools = tools
        self.config = config

    def keep(self, name: str, found: Any) -> None:
        """Remember where `name` goes (while fewer than `MOST` are kept)."""
        if len(self) < self.MOST:
            self[name] = found


DROPPED = {
    "cancelled": "the client cancelled the call it was made for",
    "timeout": "the call it was made for timed out",
}
"""Why a server's request open at a client is dropped, by the audit outcome of the call it was made for."""


class ClientSession:
    """Per-client state; the fleet, catalog and chain are shared by every session of a hub."""

    def __init__(self, peer: RpcPeer | None = None, *, name: str = "client", identity: str | None = None) -> None:
        self.name = name
        self.identity = identity
        """Who the client is (an HTTP bearer token's name); None for a local client, which may use every server."""
        self.peer = peer
        self.caps: dict[str, Any] = {}
        self.info: dict[str, Any] | None = None
        self.protocol_version = LATEST_VERSION
        self.hello: dict[str, Any] = {}
        """What the last `initialize` received declared (its terms hold, whichever handshake is answered last)."""
        self.initialized = False
        self.log_level: str | None = None
        self.subscriptions: dict[str, str] = {}
        """uri -> the server that took the subscription."""
        self.linked: OrderedDict[str, str] = OrderedDict()
        """uri a server's result or prompt linked to (or embedded) for this client -> that server (see `remember`)."""
        self.progress: dict[Any, str] = {}
        """progress token of an in-flight call -> its server."""
        self.elicited: dict[str, str] = {}
        """id of a server's elicitation passed on to this client (URL mode) -> that server (see `NoticeRouter`)."""
        self.lent: dict[str, Lent] = {}
        """progress token this client was given for a server's request in flight -> whose it is (see `lend`)."""
        self.listed: set[str] = set()
        """Which lists (tools, prompts, resources) the client fetched: only those get `list_changed`."""
        self.calling: dict[str, int] = {}
        """server -> calls in flight to it (where a server's own requests to a client are sent)."""
        self.relayed: dict[str, dict[asyncio.Future[str], frozenset[int]]] = {}
        """server -> a future for each of its requests open at this client, set (with why) when this client's calls
        to that server are cancelled (see `end`), or the one it names (`_meta`, by the ids of the gateway's requests
        for it) is (see `drop_related`)."""
        self.requests: dict[tuple[str, int], None] = {}
        """(server, id) of each request in flight that the gateway sent a server for this client's call."""
        self.ended: dict[str, float] = {}
        """server -> when (`time.monotonic`) this client's last call to it ended."""
        self.routes = Routes()
        """Where this client's plain tool calls go, by the name called (see `quick_call`)."""
        self.closed = False
        self._lent = 0
        self._pending: set[str] = set()
        self._flush: asyncio.TimerHandle | None = None

    def greet(self, params: dict[str, Any]) -> None:
        """Take what the client declared in `initialize`."""
        caps = params.get("capabilities")
        self.caps = caps if isinstance(caps, dict) else {}
        info = params.get("clientInfo")
        self.info = info if isinstance(info, dict) else None
        requested = params.get("protocolVersion")
        self.protocol_version = requested if requested in HANDSHAKE_VERSIONS else LATEST_VERSION

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        """Send a notification to this client (dropped when it is gone)."""
        if self.peer is not None and not self.closed:
            self.peer.notify(method, params)

    async def request(self, method: str, params: dict[str, Any] | None, cap: str) -> dict[str, Any]:
        """Send a request to this client, when it declared the capability `cap`."""
        if cap not in self.caps or self.peer is None or self.closed:
            raise RpcError(METHOD_NOT_FOUND, f"the client connected to the gateway does not support {cap}")
        return await self.peer.request(method, params)

    def begin(self, server: str) -> None:
        """A call of this client to `server` goes out (see `calling`)."""
        self.calling[server] = self.calling.get(server, 0) + 1

    def end(self, server: str, outcome: str | None = None) -> None:
        """A call of this client to `server` is over (answered, failed, cancelled: its audit `outcome`): one cancelled
        or timed out that was the last in flight to that server takes that server's requests open at this client
        with it (they were made for it; with another call in flight, whose they are is not known)."""
        self.calling[server] -= 1
        self.ended[server] = time.monotonic()
        why = DROPPED.get(outcome) if outcome is not None else None
        if why is not None and not self.calling[server]:
            for open_request in self.relayed.pop(server, ()):
                if not open_request.done():
                    open_request.set_result(why)

    def drop_related(self, server: str, ids: Any, outcome: str) -> None:
        """A call of this client to `server` was cancelled or timed out (`outcome`): the server's requests open at
        this client that name it (`_meta`: one of `ids`, the gateway's requests for it) are dropped, though other
        calls to that server are still in flight."""
        why = DROPPED.get(outcome)
        held = self.relayed.get(server)
        if why is None or not held or not ids:
            return
        for open_request, related in held.items():
            if not open_request.done() and not related.isdisjoint(ids):
                open_request.set_result(why)

    def only_call(self, server: str) -> frozenset[int]:
        """The ids of the gateway's requests for this client's call to `server` when it is the only one in flight
        (a request of that server made meanwhile that names no call is that call's); else none."""
        if self.calling.get(server) != 1:
            return frozenset()
        return frozenset(rid for sent_to, rid in self.requests if sent_to == server)

    def relay(self, server: str, related: frozenset[int] = frozenset()) -> asyncio.Future[str]:
        """A request of `server` goes to this client (naming, by `related`, the gateway's requests of the call it
        serves): the future `end` or `drop_related` sets if that call is cancelled (`unrelay` it once answered)."""
        open_request: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.relayed.setdefault(server, {})[open_request] = related
        return open_request

    def unrelay(self, server: str, open_request: asyncio.Future[str]) -> None:
        """A request of `server` passed on by `relay` is over."""
        held = self.relayed.get(server)
        if held is not None:
            held.pop(open_request, None)
            if not held:
                del self.relayed[server]

    def asked(self, server: str) -> Asked:
        """What notes the id of a request sent to `server` for this client's call, until that call is over (a
        request of that server naming it in `_meta` belongs to this client)."""
        return Asked(self.requests, server)

    def called_lately(self, server: str) -> bool:
        """Whether a call of this client to `server` ended within the last `LOG_AFTER_CALL` seconds."""
        ended = self.ended.get(server)
        return ended is not None and time.monotonic() - ended <= LOG_AFTER_CALL

    def hears(self, level: Any) -> bool:
        """Whether a server's log line at `level` is for this client: at or above the level it asked for (a server
        may log below it, or log for another client that asked for less)."""
        if self.log_level is None or level not in LOG_LEVELS:
            return True
        return LOG_LEVELS.index(level) >= LOG_LEVELS.index(self.log_level)

    def remember_links(self, server: str, blocks: Any) -> None:
        """Remember the URIs the content `blocks` (a list, or one block) of `server` link to or embed, so that a
        `resources/read` of one goes to that server even where it is not listed (the last `LINKS_KEPT` kept)."""
        for block in blocks if isinstance(blocks, list) else (blocks,):
            if not isinstance(block, dict):
                continue
            kind = block.get("type")
            uri = block.get("uri") if kind == "resource_link" else None
            if kind == "resource" and isinstance(block.get("resource"), dict):
                uri = block["resource"].get("uri")
            if uri is not None:  # (a text block links to nothing: no call)
                self._link(uri, server)

    def remember_contents(self, server: str, contents: Any) -> None:
        """Remember the URIs of what a `resources/read` of `server` returned (a folder's files, under URIs it may not
        list): a read of one goes to that server too (see `remember_links`)."""
        for item in contents if isinstance(contents, list) else ():
            if isinstance(item, dict):
                self._link(item.get("uri"), server)

    def _link(self, uri: Any, server: str) -> None:
        if isinstance(uri, str) and len(uri) <= LINK_CHARS:
            self.linked[uri] = server
            self.linked.move_to_end(uri)
            if len(self.linked) > LINKS_KEPT:
                self.linked.popitem(last=False)

    def elicit(self, server: str, elicitation_id: str) -> None:
        """Remember that `server` asked this client for the URL-mode elicitation `elicitation_id` (its
        `notifications/elicitation/complete` comes to this client; the last `ELICITED_KEPT` kept)."""
        self.elicited.pop(elicitation_id, None)
        if len(self.elicited) >= ELICITED_KEPT:
            self.elicited.pop(next(iter(self.elicited)))
        self.elicited[elicitation_id] = server

    def elicit_from_error(self, server: str, error: RpcError) -> None:
        """Remember the URL-mode elicitations a server's error answer to this client asks for (code -32042, the ids
        in `data.elicitations`): their completions come to this client."""
        data = error.data if error.code == URL_ELICITATION_REQUIRED else None
        asked = data.get("elicitations") if isinstance(data, dict) else None
        for one in asked[:ELICITED_KEPT] if isinstance(asked, list) else ():
            if isinstance(one, dict) and isinstance(one.get("elicitationId"), str):
                self.elicit(server, one["elicitationId"])

    def lend(self, server: str, token: Any) -> str:
        """A token of the gateway's for a server's progress token, unique in this session (two servers' requests
        may carry the same token); the client's progress with it goes to `server` only, with its own token."""
        self._lent += 1
        ours = f"smg-p{self._lent}"
        self.lent[ours] = Lent(server, token)
        return ours

    def list_changed(self, kind: str) -> None:
        """Tell the client a list it fetched changed, coalescing bursts into one notification per kind."""
        if kind not in self.listed or self.closed:
            return
        self._pending.add(kind)
        if self._flush is None:
            self._flush = asyncio.get_running_loop().call_later(NOTIFY_DELAY, self._send_pending)

    def _send_pending(self) -> None:
        self._flush = None
        kinds, self._pending = self._pending, set()
        for kind in LIST_KINDS:
            if kind in kinds:
                self.notify(f"notifications/{kind}/list_changed")

    def close(self) -> None:
        """Stop sending to this client."""
        self.closed = True
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None

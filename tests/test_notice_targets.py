"""Which client sessions a server's notification reaches when several clients share the gateway (in process): the
one it belongs to, never every client of the server."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest

from secure_mcp_gateway.jsonrpc import RpcError
from secure_mcp_gateway.notices import NoticeRouter
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.session import ClientSession

pytestmark = pytest.mark.anyio


class _Passing:
    """A chain that passes everything unchanged."""

    async def to_client_value(self, _call: Any, _method: str, value: Any, **_kw: Any) -> Any:
        return SimpleNamespace(blocked=None, value=value)

    async def to_server_value(self, _call: Any, _method: str, value: Any, **_kw: Any) -> Any:
        return SimpleNamespace(blocked=None, value=value)


def _session(name: str, heard: dict[str, list[tuple[str, Any]]]) -> ClientSession:
    session = ClientSession(name=name)
    heard[name] = []
    session.peer = SimpleNamespace(notify=lambda method, params: heard[name].append((method, params)))  # type: ignore[assignment]
    session.caps = {"elicitation": {"url": {}}}
    return session


async def _deliver(router: NoticeRouter, server: str, method: str, params: dict[str, Any]) -> None:
    router.notification(SimpleNamespace(name=server), {"jsonrpc": "2.0", "method": method, "params": params})
    await router.settled(server)


async def test_a_notification_the_gateway_does_not_know_reaches_only_the_client_it_can_belong_to() -> None:
    heard: dict[str, list[tuple[str, Any]]] = {}
    a, b = _session("a", heard), _session("b", heard)
    a.identity, b.identity = "alice", "bob"
    sessions = [a, b]
    router = NoticeRouter(lambda: sessions, _Passing(), Recorder())  # type: ignore[arg-type]
    custom = "notifications/acme/indexed"

    await _deliver(router, "srv", custom, {"file": "a-private.txt"})
    assert heard == {"a": [], "b": []}, "two clients and nothing says whose: no one gets it"

    a.calling["srv"] = 1
    await _deliver(router, "srv", custom, {"file": "a-private.txt"})
    assert heard == {"a": [(custom, {"file": "a-private.txt"})], "b": []}, "only the client calling the server"

    b.calling["srv"] = 1
    await _deliver(router, "srv", custom, {"file": "whose.txt"})
    assert [m for m, _p in heard["a"]] == [custom] and heard["b"] == [], "two calling it: still no one"

    b.calling["other"], a.calling["srv"], b.calling["srv"] = 1, 0, 0
    await _deliver(router, "srv", custom, {"file": "x"})
    assert len(heard["a"]) == 1 and heard["b"] == [], "a call to another server is no claim on this one's"

    sessions.remove(b)
    await _deliver(router, "srv", custom, {"file": "only-one.txt"})
    assert heard["a"][-1] == (custom, {"file": "only-one.txt"}), "the only client gets it, calling or not"

    again = _session("a-again", heard)  # the same user's second session (a client started anew): one user
    again.identity = "alice"
    sessions.append(again)
    await _deliver(router, "srv", custom, {"file": "mine.txt"})
    assert heard["a"][-1] == heard["a-again"][-1] == (custom, {"file": "mine.txt"})


async def test_an_elicitation_completed_reaches_the_client_that_was_asked() -> None:
    heard: dict[str, list[tuple[str, Any]]] = {}
    a, b = _session("a", heard), _session("b", heard)
    asked: list[str] = []

    async def answer(method: str, params: Any, cap: str) -> dict[str, Any]:
        asked.append(params["elicitationId"])
        return {"action": "accept"}

    b.request = answer  # type: ignore[method-assign]
    b.calling["srv"] = 1
    router = NoticeRouter(lambda: [a, b], _Passing(), Recorder())  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")
    params = {"mode": "url", "elicitationId": "el-7", "url": "https://auth.example.test/x", "message": "Sign in"}
    got = await router.request(child, {"jsonrpc": "2.0", "id": 3, "method": "elicitation/create", "params": params})
    assert got == {"action": "accept"} and asked == ["el-7"]
    b.calling["srv"], a.calling["srv"] = 0, 1  # (now a is the one calling the server)
    done = "notifications/elicitation/complete"
    await _deliver(router, "srv", done, {"elicitationId": "el-7"})
    await _deliver(router, "other", done, {"elicitationId": "el-7"})
    await _deliver(router, "srv", done, {"elicitationId": "el-8"})
    assert heard == {"a": [], "b": [(done, {"elicitationId": "el-7"})]}


async def test_an_elicitation_completed_reaches_the_only_client_whatever_asked_it() -> None:
    """With one client (stdio), a completion the gateway did not see asked for (a URL elicitation carried in an error
    answer, or asked before a restart) still reaches it."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    only = _session("only", heard)
    router = NoticeRouter(lambda: [only], _Passing(), Recorder())  # type: ignore[arg-type]
    done = "notifications/elicitation/complete"
    await _deliver(router, "srv", done, {"elicitationId": "el-unseen"})
    assert heard == {"only": [(done, {"elicitationId": "el-unseen"})]}


async def test_a_notification_naming_its_target_with_a_list_or_an_object_reaches_no_one() -> None:
    """A progress token or a URI that is not a string or a number names no call and no subscription: nothing is sent,
    and nothing fails (it was an error on the server's reading loop)."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    a = _session("a", heard)
    a.progress[1], a.subscriptions["r://x"] = "srv", "srv"
    router = NoticeRouter(lambda: [a], _Passing(), Recorder())  # type: ignore[arg-type]
    for odd in ([1], {"u": "r://x"}):
        await _deliver(router, "srv", "notifications/progress", {"progressToken": odd, "progress": 1})
        await _deliver(router, "srv", "notifications/resources/updated", {"uri": odd})
    assert heard == {"a": []}


async def test_a_servers_request_with_no_call_in_flight_goes_to_no_one_of_several_clients() -> None:
    """A server asking for sampling or roots while no client calls it is not sent to whichever client came first (one
    user's model or folders lent to a request another user's work made): with several able clients it is refused,
    saying why; with one it goes to that one, and with a call in flight to the caller."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    a, b = _session("a", heard), _session("b", heard)
    asked: list[str] = []
    for session in (a, b):
        session.caps = {"sampling": {}, "roots": {}}

        async def answer(method: str, params: Any, cap: str, name: str = session.name) -> dict[str, Any]:
            asked.append(name)
            return {"roots": []} if method == "roots/list" else {"role": "assistant", "content": {}, "model": "m"}

        session.request = answer  # type: ignore[method-assign]
    sessions = [a, b]
    router = NoticeRouter(lambda: sessions, _Passing(), Recorder())  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")
    sample = {"jsonrpc": "2.0", "id": 4, "method": "sampling/createMessage", "params": {"messages": []}}
    with pytest.raises(RpcError) as refused:
        await router.request(child, sample)
    assert "none of them is calling server srv" in refused.value.message and asked == []
    b.calling["srv"] = 1
    await router.request(child, sample)
    assert asked == ["b"]
    b.calling["srv"] = 0
    sessions.remove(b)
    await router.request(child, sample)
    assert asked == ["b", "a"]


async def test_a_servers_request_during_two_clients_calls_goes_to_neither() -> None:
    """Two clients of different users call one server at once and it asks for consent (elicitation): nothing in the
    request says whose call it serves, so it is refused, saying why, instead of asking the first client to connect
    (one user would approve the other's action, or see its data)."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    a, b = _session("a", heard), _session("b", heard)
    asked: list[str] = []

    async def answer(method: str, params: Any, cap: str) -> dict[str, Any]:
        asked.append(method)
        return {"action": "accept"}

    a.request = b.request = answer  # type: ignore[method-assign]
    a.calling["srv"] = b.calling["srv"] = 1
    router = NoticeRouter(lambda: [a, b], _Passing(), Recorder())  # type: ignore[arg-type]
    params = {"message": "Delete the production branch?", "requestedSchema": {"type": "object", "properties": {}}}
    msg = {"jsonrpc": "2.0", "id": 4, "method": "elicitation/create", "params": params}
    with pytest.raises(RpcError) as refused:
        await router.request(SimpleNamespace(name="srv"), msg)
    assert "several of them are calling server srv" in refused.value.message and asked == []

    b.calling["srv"] = 0  # one client calling: it is the one asked
    assert await router.request(SimpleNamespace(name="srv"), msg) == {"action": "accept"} and asked == [
        "elicitation/create"
    ]


async def test_a_url_elicitation_is_not_sent_to_a_client_that_takes_forms_only() -> None:
    """A client whose elicitation capability has no `url` (`{}` is forms only) is not sent a URL-mode elicitation it
    cannot show: the server is told why; a client that takes URLs gets it."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    client = _session("a", heard)
    asked: list[Any] = []

    async def answer(method: str, params: Any, cap: str) -> dict[str, Any]:
        asked.append(params["mode"])
        return {"action": "accept"}

    client.request = answer  # type: ignore[method-assign]
    router = NoticeRouter(lambda: [client], _Passing(), Recorder())  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")
    params = {"mode": "url", "elicitationId": "el-9", "url": "https://auth.example.test/x", "message": "Sign in"}
    msg = {"jsonrpc": "2.0", "id": 5, "method": "elicitation/create", "params": params}
    for caps in ({}, {"form": {}}):
        client.caps = {"elicitation": caps}
        with pytest.raises(RpcError) as refused:
            await router.request(child, msg)
        assert "URL" in refused.value.message and asked == []
    client.caps = {"elicitation": {"form": {}, "url": {}}}
    assert await router.request(child, msg) == {"action": "accept"} and asked == ["url"]
    form = {"jsonrpc": "2.0", "id": 6, "method": "elicitation/create", "params": {**params, "mode": "form"}}
    client.caps = {"elicitation": {}}
    assert await router.request(child, form) == {"action": "accept"} and asked == ["url", "form"]


async def test_a_log_line_with_no_call_in_flight_goes_to_no_other_users_client() -> None:
    """A server logging while no client calls it (a timer, work left over from one user's call) is not heard by every
    client of a shared gateway: it goes to the client whose call to that server ended just before, when only one did,
    to the only client, and otherwise to no one (noted in the gateway's own log)."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    alice, bob = _session("alice", heard), _session("bob", heard)
    alice.identity, bob.identity = "alice", "bob"
    sessions = [alice, bob]
    router = NoticeRouter(lambda: sessions, _Passing(), Recorder())  # type: ignore[arg-type]
    line = {"level": "info", "data": "exported /home/alice/taxes-2026.pdf"}

    await _deliver(router, "srv", "notifications/message", line)
    assert heard == {"alice": [], "bob": []}, "no call to the server, two clients: no one hears it"

    alice.begin("srv")
    bob.begin("other")
    alice.end("srv")
    await _deliver(router, "srv", "notifications/message", line)
    assert [p["data"] for _m, p in heard["alice"]] == [line["data"]] and heard["bob"] == [], (
        "written just after alice's call ended: alice's, not bob's"
    )

    bob.begin("srv")
    bob.end("srv")
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 1 and heard["bob"] == [], "both calls ended just now: whose it is is unknown"

    alice.ended["srv"] = bob.ended["srv"] = 0.0  # long ago
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 1 and heard["bob"] == [], "calls long over: no one"

    bob.begin("srv")
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 1 and len(heard["bob"]) == 1, "during bob's call: bob's"
    bob.end("srv")

    sessions.remove(bob)
    alice.ended["srv"] = 0.0
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 2, "the only client hears the server, calling or not"


async def test_a_servers_request_naming_the_call_it_serves_goes_to_that_client() -> None:
    """Two clients call one server at once and it asks for sampling: a request that names the call it serves, by the
    call's progress token or by the id the gateway sent that call with (`_meta`), goes to that call's client; one
    naming nothing, or a call of no client, is refused as before."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    alice, bob = _session("alice", heard), _session("bob", heard)
    asked: list[str] = []
    for session in (alice, bob):
        session.caps = {"sampling": {}}

        async def answer(method: str, params: Any, cap: str, name: str = session.name) -> dict[str, Any]:
            asked.append(name)
            return {"role": "assistant", "content": {"type": "text", "text": "ok"}, "model": "m"}

        session.request = answer  # type: ignore[method-assign]
        session.begin("srv")
    alice.progress["alice-7"] = bob.progress["bob-3"] = "srv"
    alice.asked("srv")(41)
    bob_call = bob.asked("srv")
    bob_call(42)
    router = NoticeRouter(lambda: [alice, bob], _Passing(), Recorder())  # type: ignore[arg-type]
    child = SimpleNamespace(name="srv")

    def sampling(meta: dict[str, Any] | None) -> dict[str, Any]:
        params: dict[str, Any] = {"messages": [], "maxTokens": 10}
        if meta is not None:
            params["_meta"] = meta
        return {"jsonrpc": "2.0", "id": 9, "method": "sampling/createMessage", "params": params}

    await router.request(child, sampling({"progressToken": "bob-3"}))
    await router.request(child, sampling({"relatedRequestId": 41}))
    await router.request(child, sampling({"io.modelcontextprotocol/related-request-id": 42}))
    assert asked == ["bob", "alice", "bob"]
    for meta in (None, {"progressToken": "carol-1"}, {"relatedRequestId": 40}, {"progressToken": ["bob-3"]}):
        with pytest.raises(RpcError, match="several of them are calling"):
            await router.request(child, sampling(meta))
    bob_call.done()  # bob's call is over: its id names nothing any more
    with pytest.raises(RpcError):
        await router.request(child, sampling({"relatedRequestId": 42}))
    assert asked == ["bob", "alice", "bob"]


async def test_a_log_line_goes_to_several_clients_only_when_they_are_one_user() -> None:
    """During calls of two users' clients at once, a server's log line names neither: no one hears it; one user's two
    sessions (or clients of a gateway without tokens) hear the server as one client would."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    alice, bob, alice2 = _session("alice", heard), _session("bob", heard), _session("alice2", heard)
    alice.identity, bob.identity, alice2.identity = "alice", "bob", "alice"
    sessions = [alice, bob]
    router = NoticeRouter(lambda: sessions, _Passing(), Recorder())  # type: ignore[arg-type]
    line = {"level": "info", "data": "indexed 3 private repositories"}
    alice.begin("srv")
    bob.begin("srv")
    await _deliver(router, "srv", "notifications/message", line)
    assert heard == {"alice": [], "bob": [], "alice2": []}, "two users calling: whose line it is is unknown"
    bob.end("srv")
    bob.ended["srv"] = 0.0
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 1 and heard["bob"] == [], "only alice calling: alice's"
    alice.end("srv")
    alice.ended["srv"] = 0.0
    sessions[:] = [alice, alice2]
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 2 and len(heard["alice2"]) == 1, "one user's two sessions: both, calling or not"
    alice.identity = alice2.identity = None  # (a gateway without tokens: its own machine's user)
    alice2.begin("srv")
    alice.begin("srv")
    await _deliver(router, "srv", "notifications/message", line)
    assert len(heard["alice"]) == 3 and len(heard["alice2"]) == 2


async def test_a_log_lines_data_reaches_the_client_as_the_server_wrote_it_but_for_secrets() -> None:
    """A log line's data keeps its numbers as written (`1e5` was `100000.0`, `1E400` the string `"inf"`, `-0` was
    `0`) and its depth (deeper than 32 levels was cut to `"<too deep>"`); a secret in it, key or value, is still
    scrubbed."""
    from secure_mcp_gateway import framing, jsonrpc

    heard: dict[str, list[tuple[str, Any]]] = {}
    router = NoticeRouter(lambda: [_session("a", heard)], _Passing(), Recorder())  # type: ignore[arg-type]
    numbers = b'{"n":1e5,"big":1E400,"money":2.50,"z":-0,"i":7}'
    deep = b"[" * 60 + b"1" + b"]" * 60
    token = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
    data = framing.decode(b'{"figures":' + numbers + b',"deep":' + deep + b',"' + token.encode() + b'":"k"}')
    await _deliver(router, "srv", "notifications/message", {"level": "info", "data": data})
    [(_method, params)] = heard["a"]
    sent = jsonrpc.encode_body(params["data"])
    assert numbers in sent and deep in sent, sent
    assert token.encode() not in sent


async def test_another_server_naming_an_elicitation_takes_nothing_from_the_server_that_asked_it() -> None:
    """A server that sends `notifications/elicitation/complete` for an id another server asked for reaches no one and
    does not make the asking server's own completion go astray."""
    heard: dict[str, list[tuple[str, Any]]] = {}
    a, b = _session("a", heard), _session("b", heard)
    a.identity, b.identity = "alice", "bob"
    b.elicit("srv", "el-9")
    router = NoticeRouter(lambda: [a, b], _Passing(), Recorder())  # type: ignore[arg-type]
    done = "notifications/elicitation/complete"
    await _deliver(router, "rogue", done, {"elicitationId": "el-9"})
    assert heard == {"a": [], "b": []}
    await _deliver(router, "srv", done, {"elicitationId": "el-9"})
    assert heard == {"a": [], "b": [(done, {"elicitationId": "el-9"})]}


async def test_a_server_shared_by_several_clients_gets_only_the_roots_they_all_gave(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server holds one set of roots for every client's calls: with clients of several users it gets the folders
    each user gave (one user's clients taken together; a folder inside another user's: the inner one), whichever
    call it asks in; it got the roots of the client calling (or of the last that said its roots changed), and kept
    them for the other users' calls. A client coming or going makes it stale, so the server is told to read again."""
    from secure_mcp_gateway import notices
    from secure_mcp_gateway.handlers import Handlers

    heard: dict[str, list[tuple[str, Any]]] = {}
    given: dict[str, Any] = {
        "a": ["file:///srv/proj", "file:///home/alice"],
        "b": ["file:///srv/proj/web/", "file:///home/bob"],
        "a2": ["file:///tmp/x", "file:///home/bob/notes"],
    }
    asked: list[str] = []
    a, b, a2 = (_session(n, heard) for n in given)
    a.identity, b.identity, a2.identity = "alice", "bob", "alice"
    for session in (a, b, a2):
        session.caps = {"roots": {"listChanged": True}}

        async def answer(method: str, params: Any, cap: str, name: str = session.name) -> dict[str, Any]:
            asked.append(name)
            if name == "b" and given["b"] is None:
                raise RpcError(-32603, "no")
            if name == "b" and given["b"] == "silent":
                await asyncio.Event().wait()
            return {"roots": [{"uri": u, "name": u.rsplit("/", 1)[-1]} for u in given[name]]}

        session.request = answer  # type: ignore[method-assign]
    sessions = [a, b]
    router = NoticeRouter(lambda: sessions, _Passing(), Recorder())  # type: ignore[arg-type]
    srv = SimpleNamespace(name="srv", notify=lambda method: told.append(method))
    told: list[str] = []
    roots = {"jsonrpc": "2.0", "id": 4, "method": "roots/list"}

    async def uris() -> list[str]:
        return sorted(r["uri"] for r in (await router.request(srv, roots))["roots"])

    assert await uris() == ["file:///srv/proj/web/"] and sorted(asked) == ["a", "b"]
    a.calling["srv"] = 1  # (asked in a's call: still what every user gave)
    assert await uris() == ["file:///srv/proj/web/"]
    assert router.roots_stale() == []
    sessions.append(a2)
    assert router.roots_stale() == ["srv"]
    assert await uris() == ["file:///home/bob/notes", "file:///srv/proj/web/"]
    sessions.remove(b)
    assert router.roots_stale() == ["srv"]
    assert await uris() == ["file:///home/alice", "file:///home/bob/notes", "file:///srv/proj", "file:///tmp/x"]
    sessions[:] = [a, b]
    given["b"] = None  # (a client that does not answer: its user gave nothing)
    assert await uris() == []
    given["b"] = "silent"  # (nor one that takes too long: the server is not held up)
    monkeypatch.setattr(notices, "ROOTS_WAIT", 0.05)
    assert await uris() == []
    sessions.remove(b)
    asked.clear()
    assert await uris() == ["file:///home/alice", "file:///srv/proj"] and asked == ["a"]
    handlers = Handlers(SimpleNamespace(fleet=[srv], may_use=lambda session, server: True, notices=router))  # type: ignore[arg-type]
    handlers.notification(a, {"jsonrpc": "2.0", "method": "notifications/roots/list_changed"})
    assert told == ["notifications/roots/list_changed"]
    sessions.clear()
    with pytest.raises(RpcError) as refused:
        await router.request(srv, roots)
    assert "no client is connected to the gateway" in refused.value.message
    assert router.roots_stale() == []

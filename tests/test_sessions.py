"""Several client sessions over one hub (in process, in-memory links): shared servers, per-client state."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from conftest import fixture_server
from memlink import Sent, connect

from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import RpcError

pytestmark = pytest.mark.anyio


@pytest.fixture
async def hub(tmp_path) -> AsyncIterator[tuple[Hub, Handlers]]:
    # pinning off: these tests watch a tool added at run time reach both clients (pins have their own tests)
    config = GatewayConfig(mcpServers={"fx": fixture_server(pinning="off")}, cache={"enabled": False})
    hub = Hub(config)
    yield hub, Handlers(hub)
    await hub.stop()


async def test_two_clients_share_one_server_and_keep_their_own_state(hub) -> None:
    hub, handlers = hub
    a = await connect(hub, handlers, {"sampling": {}})
    b = await connect(hub, handlers, {"sampling": {}})
    assert len(hub.fleet.children) == 1, "one server process for both clients"
    tools_a = await a.call("tools/list")
    await b.call("tools/list")
    assert "fx__echo" in {t["name"] for t in tools_a["tools"]}

    # progress goes to the client whose call it is
    slow = {"name": "fx__slow", "arguments": {"seconds": 0.2, "steps": 2}, "_meta": {"progressToken": "p1"}}
    out = await a.call("tools/call", slow)
    assert out["content"][0]["text"] == "slept 0.2"
    assert len(a.got("notifications/progress")) == 2
    assert b.got("notifications/progress") == []

    # a server's request goes to the client that has a call in flight to it
    sampled = await b.call("tools/call", {"name": "fx__sample", "arguments": {}})
    assert '"hi"' in sampled["content"][0]["text"]
    assert b.asked == ["sampling/createMessage"] and a.asked == []

    # a list change reaches every client that fetched the list
    await a.call("tools/call", {"name": "fx__add_tool", "arguments": {}})
    await asyncio.wait_for(
        asyncio.gather(a.wait_for("notifications/tools/list_changed"), b.wait_for("notifications/tools/list_changed")),
        10,
    )
    assert "fx__added" in {t["name"] for t in (await b.call("tools/list"))["tools"]}

    # a client that leaves takes only its own state with it
    hub.close_session(a.session)
    assert hub.sessions == [b.session]
    out = await b.call("tools/call", {"name": "fx__echo", "arguments": {"text": "still here"}})
    assert "still here" in out["content"][0]["text"]
    for client in (a, b):
        for task in client.tasks:
            task.cancel()


async def test_gateway_connections_share_the_hub(tmp_path) -> None:
    from secure_mcp_gateway.server import Gateway

    gw = Gateway(GatewayConfig(mcpServers={"fx": fixture_server()}, cache={"enabled": False}))
    other = gw.connect("second")
    assert other.hub is gw.hub and other.session is not gw.session
    assert gw.hub.sessions == [gw.session, other.session]
    other.close()
    assert gw.hub.sessions == [gw.session]
    await gw.stop()


async def test_a_placeholder_shown_to_one_session_stays_literal_from_another(tmp_path) -> None:
    secret = "ghp_Qm7vT2xK9pL4nR8wZ3yB6cH1jD5sF0aE2uGk"
    config = GatewayConfig(mcpServers={"fx": fixture_server(env={"LEAK_VALUE": secret})}, cache={"enabled": False})
    hub = Hub(config)
    handlers = Handlers(hub)
    try:
        a = await connect(hub, handlers, {})
        b = await connect(hub, handlers, {})
        leaked = await a.call("tools/call", {"name": "fx__leak", "arguments": {}})
        shown = " ".join(block.get("text", "") for block in leaked["content"])
        assert secret not in shown
        placeholder = shown[shown.index("<SECRET:") : shown.index(">", shown.index("<SECRET:")) + 1]

        async def compare(client) -> str:
            out = await client.call("tools/call", {"name": "fx__compare", "arguments": {"value": placeholder}})
            return out["content"][0]["text"]

        assert await compare(a) == "match", "the session it was shown to gets the value back for that server"
        assert await compare(b) == "no match", "another session's call carries the literal placeholder"
    finally:
        await hub.stop()


async def test_servers_log_level_follows_the_clients_still_connected(hub) -> None:
    hub, handlers = hub
    verbose, quiet, listener = [await connect(hub, handlers, {}) for _ in range(3)]
    child = hub.fleet.children["fx"]
    sent: list[str] = []
    changed = asyncio.Event()
    request = child.request

    async def recording(method: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        if method == "logging/setLevel":
            sent.append(params["level"])
            changed.set()
        return await request(method, params, *args, **kwargs)

    child.request = recording  # type: ignore[method-assign]

    async def told(level: str) -> None:
        """Until the server is told `level`."""
        while level not in sent:
            changed.clear()
            await changed.wait()

    await verbose.call("logging/setLevel", {"level": "debug"})
    await quiet.call("logging/setLevel", {"level": "warning"})
    await asyncio.wait_for(told("debug"), 10)
    assert hub.log_level == "debug"

    hub.close_session(verbose.session)  # the client that raised it leaves: the server goes back to what is left
    await asyncio.wait_for(told("warning"), 10)
    assert hub.log_level == "warning"

    hub.close_session(quiet.session)  # nobody asks any more: the gateway's own level
    await asyncio.wait_for(told(hub.config.gateway.log_level), 10)
    for client in (verbose, quiet, listener):
        for task in client.tasks:
            task.cancel()


async def test_a_server_that_read_roots_is_told_they_changed_when_a_client_able_to_give_them_comes_or_goes(
    hub,
) -> None:
    """A shared server keeps the roots it read for every client's calls: when another client that has roots comes or
    goes, the server is told (`notifications/roots/list_changed`) and reads the roots the clients there now share; it
    was told nothing, and kept the roots read before (a server reading them at start, before any client: none)."""
    hub, handlers = hub
    child = hub.fleet.children
    ready = {"jsonrpc": "2.0", "method": "notifications/initialized"}
    a = await connect(hub, handlers, {"roots": {}}, answer={"roots": [{"uri": "file:///srv/a"}]})
    handlers.notification(a.session, ready)
    out = await a.call("tools/call", {"name": "fx__roots", "arguments": {}})  # (the server reads them)
    assert "file:///srv/a" in out["content"][0]["text"]
    told: list[str] = []
    child["fx"].notify = lambda method, params=None: told.append(method)  # type: ignore[method-assign]
    b = await connect(hub, handlers, {"roots": {}}, answer={"roots": [{"uri": "file:///srv/b"}]})
    handlers.notification(b.session, ready)
    assert told == ["notifications/roots/list_changed"]
    plain = await connect(hub, handlers, {})
    handlers.notification(plain.session, ready)
    hub.close_session(plain.session)
    assert told == ["notifications/roots/list_changed"], "a client without roots changes nothing"
    out = await a.call("tools/call", {"name": "fx__roots", "arguments": {}})  # (one user: both clients' roots)
    assert "file:///srv/a" in out["content"][0]["text"] and "file:///srv/b" in out["content"][0]["text"]
    hub.close_session(b.session)
    assert told == ["notifications/roots/list_changed"] * 2
    for client in (a, b, plain):
        for task in client.tasks:
            task.cancel()


async def test_a_url_elicitation_asked_in_an_error_is_completed_to_the_client_asked(hub) -> None:
    """A server that answers a call with "URL elicitation required" (-32042) later says that URL was opened
    (`notifications/elicitation/complete`): that reaches the client whose call got the error, alone, even when
    another client is the one calling the server at that moment."""
    hub, handlers = hub
    a = await connect(hub, handlers, {"elicitation": {"url": {}}})
    b = await connect(hub, handlers, {"elicitation": {"url": {}}})
    with pytest.raises(RpcError) as asked:
        await a.call("tools/call", {"name": "fx__rpc_error", "arguments": {"elicitation": "el-cal-42"}})
    assert asked.value.code == -32042
    assert asked.value.data["elicitations"][0]["elicitationId"] == "el-cal-42"

    with pytest.raises(RpcError):  # b's call is in flight when the server says a's URL was opened
        await b.call("tools/call", {"name": "fx__rpc_error", "arguments": {"completed": "el-cal-42"}})
    await asyncio.wait_for(a.wait_for("notifications/elicitation/complete"), 10)
    assert a.got("notifications/elicitation/complete")[0]["params"] == {"elicitationId": "el-cal-42"}
    await hub.notices.settled("fx")
    assert b.got("notifications/elicitation/complete") == []


def test_the_links_a_session_remembers_are_bounded() -> None:
    """A server linking to thousands of URIs, or to huge ones, costs a bounded memory: the last `LINKS_KEPT` of at
    most `LINK_CHARS` characters are remembered."""
    from secure_mcp_gateway.session import LINK_CHARS, LINKS_KEPT, ClientSession

    session = ClientSession()
    huge = "h://" + "x" * LINK_CHARS
    session.remember_links("srv", [{"type": "resource_link", "uri": huge, "name": "huge"}])
    assert huge not in session.linked
    links = [{"type": "resource_link", "uri": f"h://{n}", "name": str(n)} for n in range(LINKS_KEPT + 10)]
    session.remember_links("srv", links)
    assert (
        len(session.linked) == LINKS_KEPT
        and "h://0" not in session.linked
        and f"h://{LINKS_KEPT + 9}" in session.linked
    )


async def test_a_servers_request_during_a_prompt_or_read_goes_to_the_client_asking(tmp_path) -> None:
    """A server that asks the client's model while it answers `prompts/get` asks the client that asked for the
    prompt, as during a tool call (with several clients, a request of no one's call goes to no one)."""
    import sys
    from pathlib import Path

    server = Path(__file__).parent / "servers" / "sidedoor_server.py"
    config = GatewayConfig(
        mcpServers={"side": {"command": sys.executable, "args": [str(server), "side"]}}, cache={"enabled": False}
    )
    hub = Hub(config)
    handlers = Handlers(hub)
    try:
        a = await connect(
            hub,
            handlers,
            {"sampling": {}},
            answer={"role": "assistant", "content": {"type": "text", "text": "from a"}, "model": "m"},
        )
        b = await connect(
            hub,
            handlers,
            {"sampling": {}},
            answer={"role": "assistant", "content": {"type": "text", "text": "from b"}, "model": "m"},
        )
        await b.call("prompts/list")
        got = await b.call("prompts/get", {"name": "side__asking"})
        assert got["messages"][0]["content"] == {"type": "text", "text": "from b"}, got
        assert b.asked == ["sampling/createMessage"] and a.asked == []
        for client in (a, b):
            for task in client.tasks:
                task.cancel()
    finally:
        await hub.stop()


async def test_prompt_arguments_and_a_completion_argument_of_the_wrong_kind_are_refused_at_once(hub) -> None:
    """`prompts/get` whose "arguments" is not an object, and `completion/complete` whose "argument" is not an object
    naming the argument, are invalid-params errors saying what they got; nothing reaches the server (one that choked on
    them left the call waiting until its deadline). The next call is served."""
    hub, handlers = hub
    a = await connect(hub, handlers, {})
    greet = "fx__greet"
    for arguments, said in ((["who"], "a list"), ("who=ana", "a string"), (5, "a number")):
        with pytest.raises(RpcError) as refused:
            await asyncio.wait_for(a.call("prompts/get", {"name": greet, "arguments": arguments}), 5)
        assert refused.value.code == -32602 and f'"arguments" must be an object, not {said}' in refused.value.message
    ref = {"type": "ref/prompt", "name": greet}
    for argument in (["who"], "who", None, {"value": "a"}, {"name": 5, "value": "a"}, {"name": "who", "value": ["a"]}):
        with pytest.raises(RpcError) as refused:
            await asyncio.wait_for(a.call("completion/complete", {"ref": ref, "argument": argument}), 5)
        assert refused.value.code == -32602 and '"argument"' in refused.value.message
    got = await a.call("prompts/get", {"name": greet, "arguments": {"who": "Ana"}})
    assert "Say hello to Ana." in got["messages"][0]["content"]["text"]
    done = await a.call("completion/complete", {"ref": ref, "argument": {"name": "who", "value": "a"}})
    assert done["completion"]["values"] == ["alice"]


async def test_a_meta_that_is_not_an_object_is_refused_before_any_server_sees_it(hub) -> None:
    """`_meta` is an object in every MCP request: a list or a string there is an invalid-params error saying so (it
    was passed to the server as sent); `_meta` as an object still reaches it."""
    hub, handlers = hub
    a = await connect(hub, handlers, {})
    for method, params in (
        ("tools/call", {"name": "fx__echo", "arguments": {}, "_meta": ["trace"]}),
        ("resources/read", {"uri": "fixture://static/readme", "_meta": "trace"}),
        ("prompts/get", {"name": "fx__greet", "_meta": 7}),
    ):
        with pytest.raises(RpcError) as refused:
            await asyncio.wait_for(a.call(method, params), 5)
        assert refused.value.code == -32602 and f'"_meta" of {method} must be an object' in refused.value.message
    echoed = await a.call("tools/call", {"name": "fx__echo", "arguments": {}, "_meta": {"trace": "t-1"}})
    assert echoed["content"][0]["text"] == "{}"


async def test_a_servers_request_naming_its_call_reaches_that_client_while_another_calls_too(hub) -> None:
    """bob's long call is in flight when alice's call makes the server ask for sampling: a request that names
    alice's call (by its progress token, or by the id the gateway sent it with) goes to alice, where nothing
    would tell otherwise and it was refused."""
    hub, handlers = hub
    alice = await connect(hub, handlers, {"sampling": {}})
    bob = await connect(hub, handlers, {"sampling": {}})
    slow = asyncio.ensure_future(bob.call("tools/call", {"name": "fx__slow", "arguments": {"seconds": 3}}))
    while not bob.session.calling.get("fx"):
        await asyncio.sleep(0.01)
    for n, tell in enumerate(("token", "id")):
        call = {"name": "fx__sample", "arguments": {"tell": tell}, "_meta": {"progressToken": f"alice-{n}"}}
        sampled = await asyncio.wait_for(alice.call("tools/call", call), 10)
        assert '"hi"' in sampled["content"][0]["text"], sampled
    assert alice.asked == ["sampling/createMessage"] * 2 and bob.asked == []
    refused = await alice.call("tools/call", {"name": "fx__sample", "arguments": {}})  # naming nothing: refused
    assert "several of them are calling" in json.dumps(refused) and len(alice.asked) == 2, refused
    assert not slow.done(), "bob was calling all along"
    slow.cancel()
    for client in (alice, bob):
        for task in client.tasks:
            task.cancel()


@pytest.mark.parametrize(
    ("first_caps", "identity"),
    [({"completions": {}}, "bob"), ({}, None)],
    ids=["first owner closed to the identity", "first owner without completions"],
)
async def test_a_template_completion_goes_to_the_first_owner_that_may_answer_it(first_caps, identity) -> None:
    """Two servers offer the same resource template (the same server run twice, with another user's credentials):
    a completion for it goes to the first one this client may use and that offers completions, as a read of it
    does; the first in config order, closed to the client or without completions, answered nothing."""
    from secure_mcp_gateway.catalog import ServerCatalog

    tokens = {"alice": "alice-token-" + "a1" * 16, "bob": "bob-token-" + "b2" * 16}
    off = {"enabled": False}  # (what is checked is not the point: no detector is loaded)
    servers = {
        "admin": fixture_server(name="admin", identities=["alice"], guardrails=off),
        "pub": fixture_server(name="pub", guardrails=off),
    }
    hub = Hub(GatewayConfig(mcpServers=servers, http={"tokens": tokens}, cache={"enabled": False}))
    template = {"uriTemplate": "repo://{owner}/{name}", "name": "repository"}
    for name, caps in (("admin", first_caps), ("pub", {"completions": {}})):
        hub.view.catalog.set(name, ServerCatalog(templates=[template], capabilities={"resources": {}, **caps}))
    asked: list[str] = []

    async def forward(server: str, method: str, params: Any, *_args: Any) -> dict[str, Any]:
        asked.append(server)
        return {"completion": {"values": [f"{server}-repo"], "hasMore": False}}

    hub.forward = forward  # type: ignore[method-assign]
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]  # (no server process: the lists are set)
    session = hub.open_session(identity=identity)
    params = {
        "ref": {"type": "ref/resource", "uri": template["uriTemplate"]},
        "argument": {"name": "name", "value": ""},
    }
    got = await Handlers(hub).complete(
        session, {"jsonrpc": "2.0", "id": 1, "method": "completion/complete", "params": params}
    )
    assert asked == ["pub"] and got["completion"]["values"] == ["pub-repo"]


async def test_a_read_or_subscription_no_server_takes_says_which_server_has_not_come_up() -> None:
    """A read or a subscription of a URI no server up takes, while a server is still starting (past start_deadline:
    the handshake offered subscriptions for it), says that server has not come up, not only that no server has it."""
    from secure_mcp_gateway.catalog import ServerCatalog

    off = {"enabled": False}  # (what is checked is not the point: no detector is loaded)
    servers = {"up": fixture_server(name="up", guardrails=off), "slow": fixture_server(name="slow", guardrails=off)}
    hub = Hub(GatewayConfig(mcpServers=servers, cache={"enabled": False}))
    hub.view.catalog.set("up", ServerCatalog(capabilities={"tools": {}}))
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]  # (no server process: `slow` is not up)
    handlers, session = Handlers(hub), hub.open_session()
    for method, handler in (("resources/read", handlers.read_resource), ("resources/subscribe", handlers.subscribe)):
        with pytest.raises(RpcError) as refused:
            await handler(session, {"jsonrpc": "2.0", "id": 1, "method": method, "params": {"uri": "notes://today"}})
        assert "server slow has not come up yet" in refused.value.message, refused.value.message


@pytest.mark.parametrize(
    ("ref", "identity", "said"),
    [
        ({"type": "ref/resource", "uri": "repo://{nobody}"}, None, "Resource template repo://{nobody} not found"),
        ({"type": "ref/prompt", "name": "nobody"}, None, "Prompt nobody not found"),
        ({"type": "ref/resource", "uri": "repo://{owner}/{name}"}, "bob", "Resource template repo://{owner}/{name}"),
        ({"type": "ref/prompt", "name": "brief"}, "bob", "Prompt brief not found"),
        ({"type": "ref/other", "uri": "repo://{owner}/{name}"}, None, '"ref/prompt" or "ref/resource"'),
    ],
    ids=["unknown template", "unknown prompt", "template closed", "prompt closed", "unknown ref type"],
)
async def test_a_completion_for_what_nobody_offers_is_refused_as_a_server_refuses_it(ref, identity, said) -> None:
    """A completion for a template or prompt no server offers (to this client) is an invalid-params error, as the
    server answers it directly; it was an empty list, which says nothing. A fixed resource's URI completes to
    nothing, as a server answers it."""
    from secure_mcp_gateway.catalog import ServerCatalog

    tokens = {"alice": "alice-token-" + "a1" * 16, "bob": "bob-token-" + "b2" * 16}
    off = {"enabled": False}
    hub = Hub(
        GatewayConfig(
            mcpServers={"admin": fixture_server(name="admin", identities=["alice"], guardrails=off)},
            http={"tokens": tokens},
            cache={"enabled": False},
        )
    )
    template = {"uriTemplate": "repo://{owner}/{name}", "name": "repository"}
    hub.view.catalog.set(
        "admin",
        ServerCatalog(
            templates=[template],
            resources=[{"uri": "repo://fixed", "name": "fixed"}],
            prompts=[{"name": "brief"}],
            capabilities={"resources": {}, "prompts": {}, "completions": {}},
        ),
    )

    async def forward(server: str, method: str, params: Any, *_args: Any) -> dict[str, Any]:
        raise AssertionError(f"{server} asked")

    hub.forward = forward  # type: ignore[method-assign]
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]  # (no server process: the lists are set)
    session = hub.open_session(identity=identity)
    handlers = Handlers(hub)

    def complete(ref: dict[str, Any]) -> Any:
        params = {"ref": ref, "argument": {"name": "name", "value": ""}}
        return handlers.complete(
            session, {"jsonrpc": "2.0", "id": 1, "method": "completion/complete", "params": params}
        )

    with pytest.raises(RpcError) as refused:
        await complete(ref)
    assert refused.value.code == -32602 and said in refused.value.message
    fixed = await complete({"type": "ref/resource", "uri": "repo://fixed"})
    assert fixed["completion"]["values"] == []


@pytest.mark.parametrize(
    ("second_only", "identity", "goes_to"),
    [(False, None, "first"), (True, None, None), (True, "bob", "second")],
    ids=["both subscribe", "the owner read has no subscriptions", "the first owner closed to the identity"],
)
async def test_a_subscription_goes_to_the_server_a_read_goes_to(second_only, identity, goes_to) -> None:
    """Two servers list the same URI: a read goes to the first one this client may use, and so does a subscription
    (refused when that server offers none). The subscription went to the first that offers subscriptions, so the
    client was told of changes to another server's resource than the one it reads."""
    from secure_mcp_gateway.catalog import ServerCatalog

    tokens = {"alice": "alice-token-" + "a1" * 16, "bob": "bob-token-" + "b2" * 16}
    off = {"enabled": False}  # (what is checked is not the point: no detector is loaded)
    servers = {
        "first": fixture_server(name="first", identities=["alice"], guardrails=off),
        "second": fixture_server(name="second", guardrails=off),
    }
    hub = Hub(GatewayConfig(mcpServers=servers, http={"tokens": tokens}, cache={"enabled": False}))
    listed = [{"uri": "notes://today", "name": "today"}]
    for name in ("first", "second"):
        subscribe = name == "second" or not second_only
        hub.view.catalog.set(
            name, ServerCatalog(resources=listed, capabilities={"resources": {"subscribe": subscribe}})
        )
    asked: list[tuple[str, str]] = []

    async def forward(server: str, method: str, params: Any, *_args: Any) -> dict[str, Any]:
        asked.append((server, method))
        return {"contents": [{"uri": "notes://today", "text": server}]} if method == "resources/read" else {}

    hub.forward = forward  # type: ignore[method-assign]
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]  # (no server process: the lists are set)
    session, handlers = hub.open_session(identity=identity), Handlers(hub)
    params = {"uri": "notes://today"}
    read = await handlers.read_resource(
        session, {"jsonrpc": "2.0", "id": 1, "method": "resources/read", "params": params}
    )
    reader = read["contents"][0]["text"]
    if goes_to is None:
        with pytest.raises(RpcError) as refused:
            await handlers.subscribe(
                session, {"jsonrpc": "2.0", "id": 2, "method": "resources/subscribe", "params": params}
            )
        assert "server first" in refused.value.message and "no subscriptions" in refused.value.message
        assert asked == [("first", "resources/read")] and session.subscriptions == {}
        return
    await handlers.subscribe(session, {"jsonrpc": "2.0", "id": 2, "method": "resources/subscribe", "params": params})
    assert reader == goes_to and asked == [(goes_to, "resources/read"), (goes_to, "resources/subscribe")]
    assert session.subscriptions == {"notes://today": goes_to}


async def test_a_cancelled_call_closes_the_servers_request_open_at_the_client(hub, tmp_path) -> None:
    """A client cancels a tool call (or it times out) while the server's elicitation for it is open at the client (its
    dialog shown): the client is told to close it (notifications/cancelled), and the server's request is answered
    (an error), not left pending. Both stayed open unless the server cancelled its own request, which few do."""
    hub, handlers = hub
    # (the quick route of plain calls, the long one, and a call that times out; then, with another call of the
    # client to that server in flight, a request naming the call it serves (`_meta.relatedRequestId`); then one
    # naming none, made while its call was the only one in flight, another call starting after it was made)
    cases = [(True, None, 0, False), (False, None, 0, False), (True, None, 1, False), (False, None, 1, False)]
    cases += [(True, 1.0, 0, False), (True, None, 1, True), (False, None, 1, True)]
    for quick, timeout, other, after in cases:
        hub.config.mcp_servers["fx"].timeout = timeout
        client = await connect(hub, handlers, {"elicitation": {}}, quick=quick)
        gate = tmp_path / f"gate{quick}{other}{after}"

        def others(gate: Any = gate, client: Any = client, other: int = other) -> list[asyncio.Task[Any]]:
            slow = {"name": "fx__slow", "arguments": {"until": str(gate), "seconds": 0}}
            return [asyncio.create_task(client.call("tools/call", slow)) for _ in range(other)]

        meanwhile = [] if after else others()
        opened, closed = asyncio.Event(), asyncio.Event()

        async def dialog(msg: dict[str, Any], opened: asyncio.Event = opened, closed: asyncio.Event = closed) -> Any:
            opened.set()
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                closed.set()
                raise

        client.peer._on_request = dialog
        arguments = {"tell": "id"} if other and not after else {}
        call = asyncio.create_task(client.call("tools/call", {"name": "fx__elicit", "arguments": arguments}))
        await asyncio.wait_for(opened.wait(), 30)
        if after:
            meanwhile = others()
            while client.session.calling.get("fx") != 2:
                await asyncio.sleep(0.01)
        if timeout is None:
            call.cancel()
        await asyncio.wait_for(closed.wait(), 10)

        async def answered(child: Any = hub.fleet.children["fx"]) -> None:
            while child.peer is not None and child.peer._inbound:
                await asyncio.sleep(0.01)

        await asyncio.wait_for(answered(), 10)
        if timeout is not None:
            timed_out = await call
            assert timed_out.get("isError") and "1 s" in json.dumps(timed_out), timed_out
        gate.write_text("open")
        for slow in meanwhile:  # (still in flight until now, and answered)
            assert not slow.done() and "content" in await asyncio.wait_for(slow, 30)
        for task in client.tasks:
            task.cancel()


def _unanswered(kind: str) -> RpcError:
    """How a tools/call fails when its server's own error is not what the client gets (`kind`)."""
    from secure_mcp_gateway.jsonrpc import Unanswered
    from secure_mcp_gateway.rpc import RpcPeer

    if kind == "server":  # (the server answered with a JSON-RPC error of its own)
        return RpcError(-32602, "unknown argument: colour", {"field": "colour"})
    peer = RpcPeer("server fx", Sent())
    fut = asyncio.get_running_loop().create_future()
    peer._pending[7] = fut
    if kind == "network":  # (a remote server's link answered for it: the POST failed on the network)
        said = "server fx at http://fx.test/mcp: could not reach the server (ReadError); the request was not answered"
        peer.dispatch({"jsonrpc": "2.0", "id": 7, "error": {"code": -32603, "message": said, Unanswered.MARK: True}})
    elif kind == "refused answer":
        peer.dispatch({"jsonrpc": "2.0", "id": 7})
    else:  # an answer over the size limit whose id could not be read
        peer._fail_lost([7], "message of more than 1 MB is over the limit (gateway.limits.server_message_mb)")
    return fut.exception()


@pytest.mark.parametrize("kind", ["network", "refused answer", "oversized answer", "server"])
async def test_a_call_its_server_did_not_answer_is_an_error_result_naming_the_server_and_why(kind) -> None:
    """A tools/call the server did not answer with an error of its own (a remote server unreachable, its answer
    refused as invalid or over the size limit) was a JSON-RPC error, which clients show the user, not the model: now
    an isError result naming the server and the cause, as a server that died or timed out gives. An error the server
    sent itself still reaches the client as it sent it."""
    off = {"enabled": False}
    hub = Hub(GatewayConfig(mcpServers={"fx": fixture_server(pinning="off", guardrails=off)}, cache={"enabled": False}))
    from secure_mcp_gateway.catalog import ServerCatalog

    hub.view.catalog.set("fx", ServerCatalog(tools=[{"name": "echo", "inputSchema": {"type": "object"}}]))
    failure = _unanswered(kind)

    class Down:
        name, ready, catalog = "fx", True, {}

        def taking(self) -> None:
            return None

        async def request(self, *_args: Any, **_kw: Any) -> dict[str, Any]:
            raise failure

    hub.fleet.children["fx"] = Down()  # type: ignore[assignment]
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]
    session, handlers = hub.open_session(), Handlers(hub)
    msg = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fx__echo", "arguments": {}}}
    if kind == "server":
        with pytest.raises(RpcError) as raised:
            await handlers.call_tool(session, msg)
        assert raised.value.to_dict() == failure.to_dict()
        return
    result = await handlers.call_tool(session, msg)
    said = result["content"][0]["text"]
    assert result["isError"] is True and "server fx" in said, result
    assert ("could not reach" if kind == "network" else "refused") in said, said


async def test_a_subscription_taken_while_the_server_read_from_was_starting_moves_to_it_once_up() -> None:
    """Two servers list the same URI; the one reads go to was still starting when the client subscribed, so the
    subscription went to the other. Once the first is up, reads go to it, and the subscription stayed with the
    other: the client was told of changes to a resource it no longer reads. It now moves: subscribed at the server
    come up, unsubscribed at the other."""
    from types import SimpleNamespace

    from secure_mcp_gateway.catalog import ServerCatalog

    off = {"enabled": False}
    servers = {
        "first": fixture_server(name="first", guardrails=off),
        "second": fixture_server(name="second", guardrails=off),
    }
    hub = Hub(GatewayConfig(mcpServers=servers, cache={"enabled": False}))
    listed = ServerCatalog(
        resources=[{"uri": "notes://today", "name": "t"}], capabilities={"resources": {"subscribe": True}}
    )
    hub.view.catalog.set("second", listed)
    asked: list[tuple[str, str]] = []

    async def forward(server: str, method: str, params: Any, *_args: Any) -> dict[str, Any]:
        asked.append((server, method))
        return {}

    hub.forward = forward  # type: ignore[method-assign]
    hub.startup = lambda: asyncio.sleep(0)  # type: ignore[method-assign]
    session, handlers = hub.open_session(), Handlers(hub)
    params = {"uri": "notes://today"}
    await handlers.subscribe(session, {"jsonrpc": "2.0", "id": 1, "method": "resources/subscribe", "params": params})
    assert session.subscriptions == {"notes://today": "second"}
    hub.on_catalog(SimpleNamespace(name="first", ready=True), listed, ("resources",))  # type: ignore[arg-type]
    for _ in range(5):
        await asyncio.sleep(0)
    assert session.subscriptions == {"notes://today": "first"}
    assert sorted(asked[1:]) == [("first", "resources/subscribe"), ("second", "resources/unsubscribe")], asked

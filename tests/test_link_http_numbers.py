"""Numbers to and from a remote server over streamable HTTP and SSE (in process, a mock HTTP transport): taken as
the server wrote them, sent as the client wrote them."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest

from secure_mcp_gateway import framing, jsonrpc
from secure_mcp_gateway.links_http import open_http_link

pytestmark = pytest.mark.anyio

NUMBERS = b'{"big":1E400,"sci":1e5,"zero":-0,"neg":-0.0,"money":2.50,"long":123456789012345678901234567890}'


def _answer(request: httpx2.Request) -> httpx2.Response:
    if request.method != "POST":
        return httpx2.Response(405)
    msg = json.loads(request.content)
    if "id" not in msg:
        return httpx2.Response(202)
    rid = json.dumps(msg["id"]).encode()
    body = b'{"jsonrpc":"2.0","id":' + rid + b',"result":{"structuredContent":' + NUMBERS + b"}}"
    if msg["method"] == "tools/call":  # (an answer on an event stream)
        stream = b"event: message\ndata: " + body + b"\n\n"
        return httpx2.Response(200, content=stream, headers={"content-type": "text/event-stream"})
    return httpx2.Response(200, content=body, headers={"content-type": "application/json"})


@pytest.mark.parametrize("method", ["ping", "tools/call"])
async def test_a_remote_servers_numbers_are_taken_as_it_wrote_them(method: str) -> None:
    """`1E400` is not taken as `null`, `1e5` as `100000.0`, `-0` as `0` nor `2.50` as `2.5`, in a JSON answer or
    on an event stream."""
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(_answer))
    async with open_http_link("remote", "http://remote.test/mcp", {}, "http", http_client=client) as link:
        link.send(jsonrpc.request(1, method, {"name": "figures"} if method == "tools/call" else None))
        answer = await link.recv()
    assert answer is not None and NUMBERS in jsonrpc.encode_body(answer), answer


class _SseServer:
    """A server of the older SSE transport: answers go out on the event stream the GET opened."""

    def __init__(self, result: bytes = b'{"structuredContent":' + NUMBERS + b"}") -> None:
        self.out: asyncio.Queue[bytes] = asyncio.Queue()
        self.got: list[bytes] = []
        self.result = result

    async def handle(self, request: httpx2.Request) -> httpx2.Response:
        if request.method == "GET":
            return httpx2.Response(200, content=self._events(), headers={"content-type": "text/event-stream"})
        self.got.append(request.content)
        msg = json.loads(request.content)
        if "id" in msg:
            rid = json.dumps(msg["id"]).encode()
            self.out.put_nowait(b'{"jsonrpc":"2.0","id":' + rid + b',"result":' + self.result + b"}")
        return httpx2.Response(202)

    async def _events(self):  # type: ignore[no-untyped-def]
        yield b"event: endpoint\ndata: /messages?session_id=s1\n\n"
        while True:
            yield b"event: message\ndata: " + await self.out.get() + b"\n\n"


async def test_a_remote_sse_servers_numbers_are_taken_as_it_wrote_them() -> None:
    server = _SseServer()
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(server.handle))
    async with open_http_link("remote", "http://remote.test/sse", {}, "sse", http_client=client) as link:
        link.send(jsonrpc.request(1, "ping", None))
        answer = await asyncio.wait_for(link.recv(), 10)
    assert answer is not None and NUMBERS in jsonrpc.encode_body(answer), answer


def _sent() -> list[jsonrpc.Message]:
    """A call and an answer to the server's own request, with numbers as a client wrote them."""
    arguments = framing.decode(NUMBERS)
    return [jsonrpc.request(5, "tools/call", {"name": "f", "arguments": arguments}), jsonrpc.result(77, arguments)]


async def test_numbers_reach_a_remote_server_as_the_client_wrote_them() -> None:
    """A call's arguments and an answer to the server's request reach it with `1E400`, `1e5`, `-0` and `2.50` as
    written (the SDK wrote `null`, `100000.0`, `0` and `2.5`)."""
    got: list[bytes] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        got.append(request.content)
        return _answer(request) if b'"method"' in request.content else httpx2.Response(202)

    client = httpx2.AsyncClient(transport=httpx2.MockTransport(record))
    async with open_http_link("remote", "http://remote.test/mcp", {}, "http", http_client=client) as link:
        for msg in _sent():
            link.send(msg)
        assert await asyncio.wait_for(link.recv(), 10) is not None
        while len(got) < 2:
            await asyncio.sleep(0.01)
    assert len(got) == 2 and all(NUMBERS in body for body in got), got
    server = _SseServer()
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(server.handle))
    async with open_http_link("remote", "http://remote.test/sse", {}, "sse", http_client=client) as link:
        for msg in _sent():
            link.send(msg)
        assert await asyncio.wait_for(link.recv(), 10) is not None
        while len(server.got) < 2:
            await asyncio.sleep(0.01)
    assert len(server.got) == 2 and all(NUMBERS in body for body in server.got), server.got


@pytest.mark.parametrize("transport", ["http", "sse"])
async def test_a_lone_surrogate_for_a_remote_server_neither_breaks_its_link_nor_its_numbers(transport: str) -> None:
    """Arguments holding a lone surrogate (`"\\ud800"`, as a client may send it) reach the server as its escape,
    numbers beside it as written; the SDK's client refused to write such a message and its failure ended the link:
    every call to the server in flight failed and the next one was never sent."""
    server = _SseServer()
    got: list[bytes] = server.got

    def record(request: httpx2.Request) -> httpx2.Response:
        got.append(request.content)
        return _answer(request) if b'"method"' in request.content else httpx2.Response(202)

    arguments = framing.decode(b'{"note":"caf\\ud800","sub":{"\\udfff":["\\ud83d"]},"n":' + NUMBERS + b"}")
    handler = record if transport == "http" else server.handle
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    url = "http://remote.test/mcp" if transport == "http" else "http://remote.test/sse"
    async with open_http_link("remote", url, {}, transport, http_client=client) as link:
        link.send(jsonrpc.request(5, "tools/call", {"name": "f", "arguments": arguments}))
        link.send(jsonrpc.request(6, "tools/call", {"name": "f", "arguments": {"note": "next"}}))
        answers = [await asyncio.wait_for(link.recv(), 10) for _ in range(2)]
    assert sorted(a["id"] for a in answers if a is not None) == [5, 6]
    sent = [b for b in got if b'"method"' in b]
    assert len(sent) == 2 and NUMBERS in sent[0] and b'"caf\\ud800"' in sent[0], sent
    assert b'{"\\udfff":["\\ud83d"]}' in sent[0] and b'"next"' in sent[1]


async def test_a_request_hook_never_fails_a_request_it_has_no_body_for() -> None:
    """A POST whose body is streamed (not read), or is not JSON, goes as it is while kept bodies wait."""
    from secure_mcp_gateway.links_http import KeptBodies

    kept = KeptBodies()
    msg = jsonrpc.request(9, "tools/call", {"name": "f", "arguments": framing.decode(NUMBERS)})
    kept.keep(msg, jsonrpc.encode_body(msg))

    async def pieces():  # type: ignore[no-untyped-def]
        yield b'{"jsonrpc":"2.0","id":9,'
        yield b'"method":"tools/call"}'

    for request in (
        httpx2.Request("POST", "http://remote.test/mcp", content=pieces()),
        httpx2.Request("POST", "http://remote.test/token", data={"grant_type": "client_credentials"}),
    ):
        await kept.hook(request)
    sent = httpx2.Request("POST", "http://remote.test/mcp", json={"jsonrpc": "2.0", "id": 9, "method": "tools/call"})
    await kept.hook(sent)
    assert NUMBERS in sent.content, "the kept body still goes with its own message"


async def test_an_answer_that_is_no_valid_json_rpc_fails_its_request_at_once() -> None:
    """An SSE server answering with `"result": "oops"` (or an error without a code) fails the request with an error
    saying so, as a stdio server's would, instead of leaving it to wait for its deadline."""
    for bad in (b'"oops"', b"[1]"):
        server = _SseServer(result=bad)
        client = httpx2.AsyncClient(transport=httpx2.MockTransport(server.handle))
        async with open_http_link("remote", "http://remote.test/sse", {}, "sse", http_client=client) as link:
            link.send(jsonrpc.request(3, "ping", None))
            answer = await asyncio.wait_for(link.recv(), 10)
        assert answer is not None and answer["id"] == 3, answer
        assert "not valid JSON-RPC" in answer["error"]["message"], answer


@pytest.mark.parametrize("transport", ["http", "sse"])
async def test_notifications_reach_a_remote_server_with_numbers_as_written(transport: str) -> None:
    """A notification (the client's progress on the server's request, one of its own) has no id to find its body by:
    it reaches the server with `1e5`, `1E400` and a lone surrogate as written, and a notification before it with
    plain numbers is not sent with the other's body."""
    server = _SseServer()
    got: list[bytes] = server.got

    def record(request: httpx2.Request) -> httpx2.Response:
        got.append(request.content)
        return _answer(request) if b'"method"' in request.content else httpx2.Response(202)

    progress = b'{"progressToken":"smg-1","progress":1e5,"total":1E400,"message":"caf\\ud800"}'
    notes = [
        jsonrpc.notification("notifications/progress", {"progressToken": "smg-1", "progress": 1, "total": 2}),
        jsonrpc.notification("notifications/progress", framing.decode(progress)),
        jsonrpc.notification("notifications/acme/figures", framing.decode(NUMBERS)),
    ]
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(record if transport == "http" else server.handle))
    url = "http://remote.test/mcp" if transport == "http" else "http://remote.test/sse"
    async with open_http_link("remote", url, {}, transport, http_client=client) as link:
        for note in notes:
            link.send(note)
        link.send(jsonrpc.request(8, "ping", None))  # (answered after the notifications went)
        assert await asyncio.wait_for(link.recv(), 10) is not None
    posted = [json.loads(b) for b in got if b"notifications/" in b]
    assert [p["method"] for p in posted] == [n["method"] for n in notes], got
    bodies = [b for b in got if b"notifications/" in b]
    assert json.loads(bodies[0])["params"] == {"progressToken": "smg-1", "progress": 1, "total": 2}
    assert progress in bodies[1] and NUMBERS in bodies[2], bodies


async def test_many_notifications_waiting_for_a_slow_server_each_go_with_their_own_body() -> None:
    """Hundreds of notifications queued while a remote server is slow to take the first: each still reaches it with
    its own numbers as written, never another's (bodies are matched to notifications by their order)."""
    release = asyncio.Event()
    got: list[bytes] = []

    async def slow(request: httpx2.Request) -> httpx2.Response:
        got.append(request.content)
        if b'"method"' in request.content and b'"id"' not in request.content:
            await release.wait()  # (the first notification holds up the others: the SDK posts them one by one)
            return httpx2.Response(202)
        return _answer(request)

    count = 300
    client = httpx2.AsyncClient(transport=httpx2.MockTransport(slow))
    async with open_http_link("remote", "http://remote.test/mcp", {}, "http", http_client=client) as link:
        for i in range(count):
            note = b'{"progressToken":"smg-1","progress":%de3,"total":1E400}' % i if i % 3 else b'{"progress":%d}' % i
            link.send(jsonrpc.notification("notifications/progress", framing.decode(note)))
        await asyncio.sleep(0.05)
        release.set()
        link.send(jsonrpc.request(8, "ping", None))  # (answered after the notifications went)
        assert await asyncio.wait_for(link.recv(), 30) is not None
    posted = [b for b in got if b"notifications/progress" in b]
    assert len(posted) == count, len(posted)
    for i, body in enumerate(posted):
        want = b'"progress":%de3,"total":1E400' % i if i % 3 else b'"progress":%d' % i
        assert want in body, (i, body)


@pytest.mark.parametrize("transport", ["streamable_http", "sse"])
def test_the_sdk_parses_messages_with_an_adapter_the_gateway_wraps(
    transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new SDK renaming the message adapter its transport parses with fails here; the product warns once."""
    import importlib
    import types
    from unittest import mock

    from secure_mcp_gateway import links_http

    module = importlib.import_module(f"mcp.client.{transport}")
    monkeypatch.setattr(links_http, "log", mock.Mock())
    links_http._keep_numbers(module)
    assert links_http.log.method_calls == []
    renamed = types.ModuleType(f"sdk_without_adapter_{transport}")
    renamed.parse = module.__dict__.get("jsonrpc_message_adapter") or module.types.jsonrpc_message_adapter
    links_http._keep_numbers(renamed)
    links_http._keep_numbers(renamed)
    assert [c[0] for c in links_http.log.method_calls] == ["warning"]

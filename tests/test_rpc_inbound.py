"""Requests from a peer: each answered once (alone or with its batch), none left in progress when it ends."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from memlink import Sent

from secure_mcp_gateway.jsonrpc import RequestTimeout, RpcError
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio


def peer(release: asyncio.Event) -> tuple[RpcPeer, Sent]:
    link = Sent()

    async def handle(msg: dict[str, Any]) -> dict[str, Any]:
        if msg["method"] == "wait":
            await release.wait()
        if msg["method"] == "fail":
            raise RuntimeError("boom")
        return {"echo": msg["id"]}

    return RpcPeer("the client", link, on_request=handle, batches=lambda: True), link


def req(rid: Any, method: str = "echo") -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": rid, "method": method}


async def test_each_request_is_answered_once_and_then_no_longer_in_progress() -> None:
    release = asyncio.Event()
    p, link = peer(release)
    p.dispatch(req(1))
    p.dispatch(req("two", "wait"))
    p.dispatch(req(3, "fail"))
    assert p.serving == 3
    release.set()
    await asyncio.wait_for(p.wait_served(), 10)
    assert p.serving == 0
    by_id = {m["id"]: m for m in link.out}
    assert len(link.out) == 3 and by_id[1]["result"] == {"echo": 1} and by_id["two"]["result"] == {"echo": "two"}
    assert by_id[3]["error"]["message"] == "internal error: RuntimeError"


async def test_a_cancelled_request_gets_no_answer_and_leaves_nothing_in_progress() -> None:
    release = asyncio.Event()
    p, link = peer(release)
    p.dispatch(req(1, "wait"))
    p.dispatch(req(2, "wait"))
    p.dispatch({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}})  # not started
    await asyncio.sleep(0)  # (one loop turn: request 2's handler is now waiting)
    p.dispatch({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 2}})
    await asyncio.wait_for(p.wait_served(), 10)
    assert p.serving == 0 and link.out == []
    p.dispatch(req(1))  # the ids are free again
    await asyncio.wait_for(p.wait_served(), 10)
    assert link.out == [{"jsonrpc": "2.0", "id": 1, "result": {"echo": 1}}]


async def test_a_batch_is_answered_in_one_message_and_its_requests_end() -> None:
    release = asyncio.Event()
    p, link = peer(release)
    p.dispatch([req(1), req(2, "wait"), {"jsonrpc": "2.0", "method": "notifications/x"}])
    assert p.serving == 2
    release.set()
    await asyncio.wait_for(p.wait_served(), 10)
    for _ in range(100):  # the batch's answer leaves once all its requests are done (a few loop turns)
        if link.out:
            break
        await asyncio.sleep(0)
    assert p.serving == 0 and len(link.out) == 1
    assert sorted(m["id"] for m in link.out[0]) == [1, 2]


class Silent(Sent):
    """A peer that never answers."""


async def test_a_request_times_out_at_its_own_deadline_and_an_answered_one_never() -> None:
    link = Silent()
    p = RpcPeer("the server", link)
    loop = asyncio.get_running_loop()
    started = loop.time()
    slow = loop.create_task(p.request("slow", None, 30.0))
    quick = loop.create_task(p.request("quick", None, 0.2))  # a shorter deadline than the one already armed
    answered = loop.create_task(p.request("answered", None, 0.1))
    await asyncio.sleep(0)
    rid = next(m["id"] for m in link.out if m.get("method") == "answered")
    p.dispatch({"jsonrpc": "2.0", "id": rid, "result": {"ok": True}})
    assert await answered == {"ok": True}
    with pytest.raises(RequestTimeout, match=r"quick within 0\.2 s"):
        await quick
    assert loop.time() - started >= 0.2 and not slow.done()
    slow.cancel()
    with pytest.raises(asyncio.CancelledError):
        await slow
    told = [(m["params"]["requestId"], m["params"]["reason"]) for m in link.out if "params" in m]
    assert [reason for _, reason in told] == ["timeout", "cancelled by the gateway"] and rid not in dict(told)
    assert p.in_flight == 0


async def test_an_answer_leaves_after_what_handlers_resumed_in_the_same_turn_write() -> None:
    link = Sent()
    release = asyncio.Event()

    async def handle(msg: dict[str, Any]) -> dict[str, Any]:
        await release.wait()
        if msg["method"] == "tell":  # (a server's request passed on to the client while a call is answered)
            link.send({"jsonrpc": "2.0", "method": "note"})
        return {"echo": msg["id"]}

    p = RpcPeer("the client", link, on_request=handle)
    p.dispatch(req(1))
    p.dispatch(req(2, "tell"))
    await asyncio.sleep(0)  # (both handlers wait)
    release.set()
    for _ in range(10):  # (nobody waits for them: they end by themselves)
        await asyncio.sleep(0)
    assert [m.get("method") or m["id"] for m in link.out] == ["note", 1, 2] and p.serving == 0


async def test_requests_cancelled_before_they_start_end_on_close_and_from_outside() -> None:
    release = asyncio.Event()
    p, link = peer(release)
    others = asyncio.all_tasks()
    p.dispatch(req(1, "wait"))
    (handler,) = asyncio.all_tasks() - others
    handler.cancel()  # from outside, before it started (as a gather given up or the loop's shutdown does)
    await asyncio.wait_for(p.wait_served(), 5)
    assert p.serving == 0
    p.dispatch(req(1, "wait"))  # the id is free again
    p.dispatch({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}})
    for _ in range(10):
        await asyncio.sleep(0)
    assert p.serving == 0  # (without anyone waiting for it to end)
    p.dispatch(req(1, "wait"))
    p.dispatch(req(2, "wait"))
    await asyncio.sleep(0)  # (request 2 starts; the next one is closed before it starts)
    p.dispatch(req(3, "wait"))
    p.close("gone")
    for _ in range(10):
        await asyncio.sleep(0)
    assert p.serving == 0 and link.out == []


async def test_what_a_request_led_to_is_cancelled_with_the_reason_it_was_cancelled_for() -> None:
    """A peer's cancel, and the deadline of its request, reach what the gateway asked another peer on its behalf as
    what they are: not as a cancel by the client."""
    onward = Silent()
    client = RpcPeer("the client", onward)
    server_link = Sent()
    server = RpcPeer(
        "the server",
        server_link,
        on_request=lambda msg: client.request("sampling/createMessage", {}),
        inbound_timeout=0.2,
        cancelled_by="the server",
    )
    server.dispatch(req(1, "sampling/createMessage"))
    server.dispatch(req(2, "sampling/createMessage"))
    await asyncio.sleep(0)  # (both handlers wait for the client)
    server.dispatch({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}})
    await asyncio.wait_for(server.wait_served(), 10)
    told = [m["params"]["reason"] for m in onward.out if m.get("method") == "notifications/cancelled"]
    assert told == ["cancelled by the server", "the gateway's deadline of 0.2 s passed"]
    assert [m["id"] for m in server_link.out] == [2] and "within 0.2 s" in server_link.out[0]["error"]["message"]


@pytest.mark.parametrize("allowed", [True, False])
async def test_an_answer_sent_in_a_batch_is_taken_or_fails_at_once(allowed: bool) -> None:
    """Where the protocol version allows batches an answer in one is taken; where it does not, the request fails at
    once, saying why, instead of waiting for its deadline."""
    link = Silent()
    p = RpcPeer("server fx", link, batches=lambda: allowed)
    asked = asyncio.get_running_loop().create_task(p.request("tools/call", {}, 30.0))
    await asyncio.sleep(0)
    p.dispatch([{"jsonrpc": "2.0", "id": link.out[0]["id"], "result": {"content": []}}])
    if allowed:
        assert await asyncio.wait_for(asked, 10) == {"content": []}
    else:
        with pytest.raises(RpcError, match="sent its answer in a batch"):
            await asyncio.wait_for(asked, 10)

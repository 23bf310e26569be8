"""Requests a quick handler takes (answered from callbacks, no task): in progress until answered, cancelled with the
reason, handed to a task midway, and a failing one answered as a failing handler's."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from test_rpc_inbound import Sent, req

from secure_mcp_gateway.rpc import RpcPeer, Served

pytestmark = pytest.mark.anyio


def quick_peer(taken: dict[Any, Served], why: dict[Any, str]) -> tuple[RpcPeer, Sent]:
    """A peer whose quick handler takes "quick" requests (kept in `taken`, cancels noted in `why`), fails "boom"
    ones, and leaves the rest to its task handler."""
    link = Sent()

    async def handle(msg: dict[str, Any]) -> dict[str, Any]:
        return {"task": msg["id"]}

    def quick(msg: dict[str, Any], served: Served) -> bool:
        rid = msg["id"]
        if rid == "boom":
            raise RuntimeError("boom")
        if rid == "slow":
            return False
        served.on_cancel = lambda reason: why.__setitem__(rid, reason)
        taken[rid] = served
        return True

    p = RpcPeer("the client", link, on_request=handle, cancelled_by="the client")
    p.quick["echo"] = quick
    return p, link


async def test_a_quick_request_is_in_progress_until_answered_and_its_id_is_then_free() -> None:
    taken: dict[Any, Served] = {}
    p, link = quick_peer(taken, {})
    p.dispatch(req(1))
    p.dispatch(req(1))  # (an id in use)
    p.dispatch(req("slow"))  # left to the task handler
    assert p.serving == 2 and list(taken) == [1]
    assert link.out[0]["error"]["message"] == "Invalid Request: id 1 is already in use"
    taken.pop(1).answer({"quick": 1})
    await asyncio.wait_for(p.wait_served(), 10)
    assert p.serving == 0
    assert {"jsonrpc": "2.0", "id": 1, "result": {"quick": 1}} in link.out
    assert {"jsonrpc": "2.0", "id": "slow", "result": {"task": "slow"}} in link.out
    p.dispatch(req(1))
    assert 1 in taken


async def test_a_quick_request_cancelled_or_closed_gets_no_answer_and_its_handler_hears_why() -> None:
    taken: dict[Any, Served] = {}
    why: dict[Any, str] = {}
    p, link = quick_peer(taken, why)
    p.dispatch(req(1))
    p.dispatch(req(2))
    waiting = asyncio.ensure_future(p.wait_served())
    await asyncio.sleep(0)
    p.dispatch({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1}})
    assert why == {1: "cancelled by the client"} and p.serving == 1
    p.close("stopping")
    await asyncio.wait_for(waiting, 10)
    assert why == {1: "cancelled by the client", 2: "cancelled by the client"} and p.serving == 0
    taken[1].answer({"late": True})  # (an answer after a cancel is not sent)
    assert link.out == []


async def test_a_quick_request_handed_to_a_task_is_answered_as_a_handler_is() -> None:
    taken: dict[Any, Served] = {}
    p, link = quick_peer(taken, {})
    p.dispatch(req(1))
    p.dispatch(req(2))
    release = asyncio.Event()

    async def rest() -> dict[str, Any]:
        await release.wait()
        return {"rest": True}

    async def failing() -> dict[str, Any]:
        raise ValueError("no")

    taken[1].follow(req(1), rest)
    taken[2].follow(req(2), failing)
    await asyncio.sleep(0)
    assert p.serving == 1 and taken[1].done()
    release.set()
    await asyncio.wait_for(p.wait_served(), 10)
    assert {"jsonrpc": "2.0", "id": 1, "result": {"rest": True}} in link.out
    errors = [m["error"]["message"] for m in link.out if m["id"] == 2]
    assert errors == ["internal error: ValueError"]


async def test_a_quick_handler_that_fails_is_answered_as_a_failing_handler_is() -> None:
    p, link = quick_peer({}, {})
    p.dispatch(req("boom"))
    assert p.serving == 0
    assert link.out[0]["id"] == "boom" and link.out[0]["error"]["message"] == "internal error: RuntimeError"


@pytest.mark.parametrize("end", ["close", "input_ended"])
async def test_answers_handed_on_at_once_all_fail_when_the_peer_goes_away(end: str) -> None:
    p = RpcPeer("a server", Sent())
    heard: list[str] = []
    ids: dict[int, int] = {}

    def then(fut: asyncio.Future[Any]) -> None:
        heard.append(fut.exception().message)  # type: ignore[union-attr]
        p.settle(ids[id(fut)])  # (as its taker does: the id is forgotten at once)

    for _ in range(3):
        rid, fut = p.start("tools/call", {}, 10.0, then=then)
        ids[id(fut)] = rid
    getattr(p, end)("it went away")
    assert heard == ["it went away"] * 3 and p.in_flight == 0

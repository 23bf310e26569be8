"""Requests a quick handler takes (answered from callbacks, no task): in progress until answered, cancelled with the
reason, handed to a task midway, and a failing one answered as a failing handler's."""

from __future__ import annotations

import asyncio
from typing import Any

import msgspec
import pytest
from memlink import Sent
from test_rpc_inbound import req

from secure_mcp_gateway import fastjson, jsonrpc
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


class Lines(Sent):
    """A link that writes each message as the encoder's JSON line (as the gateway's stdout does)."""

    writes_json = True

    def __init__(self) -> None:
        super().__init__()
        self.raw: list[bool] = []

    def send(self, msg: Any) -> None:
        self.out.append(jsonrpc.encode(msg))
        self.raw.append(type(msg.get("result")) is msgspec.Raw)


@pytest.mark.parametrize("rid", [0, 7, 2**53, "req-1", 'a"quoted\\id', "ünïcode ✓"])
@pytest.mark.parametrize("lines", [True, False], ids=["json lines", "other link"])
async def test_an_answer_whose_json_was_made_goes_out_as_the_encoder_writes_it(rid: Any, lines: bool) -> None:
    result = {"content": [{"type": "text", "text": 'row 12: "ümlaut" \u2028 </script>\n' * 20}], "isError": False}
    taken: dict[Any, Served] = {}
    link = Lines() if lines else Sent()

    async def handle(msg: dict[str, Any]) -> dict[str, Any]:
        raise AssertionError("taken by the quick handler")

    p = RpcPeer("the client", link, on_request=handle)
    p.quick["echo"] = lambda msg, served: taken.setdefault(msg["id"], served) is served
    p.dispatch(req(rid))
    served = taken[rid]
    json = fastjson.dumps(result)
    served.json = json
    served.answer(result)
    await asyncio.sleep(0)  # (the answer leaves from the loop's queue)
    expected = {"jsonrpc": "2.0", "id": rid, "result": result}
    if lines:
        spliced = type(rid) is int or rid.isascii()
        assert link.out == [jsonrpc.encode(expected)]
        assert link.raw == [spliced], "the JSON made already goes in the line, where the id allows it"
    else:
        assert link.out == [expected], "a link that does not write JSON lines gets the result itself"

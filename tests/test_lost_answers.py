"""An answer over the size limit whose id is not in its first bytes: the requests it may answer fail, none waits for
its deadline, and the line's end (when it comes) names the one it was for."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from memlink import Sent

from secure_mcp_gateway import rpc
from secure_mcp_gateway.framing import LineReader, Malformed, Oversized, answer_head, read_item
from secure_mcp_gateway.jsonrpc import INVALID_REQUEST, RpcError
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio

_BIG = b'{"result": {"content": [{"type": "text", "text": "' + b"y" * 6000 + b'"}]}, "jsonrpc": "2.0", "id": 7}'
_NEXT = b'{"jsonrpc": "2.0", "id": 8, "result": {"content": []}}'


def _fed(reader: LineReader, chunks: list[bytes]) -> list[Any]:
    """Everything `reader` hands out as `chunks` are read one after the other (a peer that then writes nothing)."""
    out = []
    for chunk in chunks:
        reader.put(chunk)
        while (item := reader.take()) is not None:
            out.append(item)
    return out


def _noop_read(_n: int) -> Any:
    raise AssertionError("read through put/take only")


def _lost(*, ended: bool = False, settles: bool = False, rid: Any = None) -> Malformed:
    why = "message of more than 300 bytes is over the limit (gateway.limits.server_message_mb)"
    return Malformed(INVALID_REQUEST, why, rid, lost=not settles, ended=ended, settles=settles)


@pytest.mark.parametrize("cut", [1, 64, 300, 5_000])
def test_an_answer_without_its_id_in_front_is_reported_when_the_limit_is_passed_and_again_when_it_ends(cut: int):
    """Read in pieces of any size: one report as the limit is passed (no id: a lost answer), nothing more while the
    peer writes nothing, then the end, naming the request from its last bytes, and the next message as it came."""
    reader = LineReader(_noop_read, 256, unclaimed=True)
    pieces = [_BIG[i : i + cut] for i in range(0, len(_BIG), cut)]
    early = _fed(reader, pieces)
    assert len(early) == 1 and isinstance(early[0], Oversized) and not early[0].ended
    bad = read_item(early[0], "k")
    assert bad.lost and bad.id is None and not bad.ended and not bad.settles
    rest = _fed(reader, [_NEXT + b"\n"])
    assert len(rest) == 2 and rest[1] == _NEXT
    end = read_item(rest[0], "k")
    assert end.settles and end.id == 7 and not end.lost


def test_only_answers_are_reported_early_and_only_where_asked():
    """A notification over the limit (`method` in front), or a reader not asked to (a server's stderr), says nothing
    before the line ends."""
    note = b'{"params": {"data": "' + b"n" * 900 + b'"}, "method": "notifications/message", "jsonrpc": "2.0"}'
    assert _fed(LineReader(_noop_read, 256, unclaimed=True), [note]) == []
    assert _fed(LineReader(_noop_read, 256), [_BIG]) == []
    ended = _fed(LineReader(_noop_read, 256), [_BIG + b"\n"])
    bad = read_item(ended[0], "k")
    assert bad.id == 7 and not bad.lost and not bad.settles


def test_an_answer_is_told_by_its_top_level_members():
    assert answer_head(b'{"jsonrpc": "2.0", "error": {"code": -1, "message": "x')
    assert answer_head(b'{"result": {"method": "x", "id": 3')
    assert not answer_head(b'{"params": {"result": 1}, "method": "notifications/progress"')
    assert not answer_head(b'{"params": {"result": {"a": "')
    assert not answer_head(b'["result"')


async def _two(p: RpcPeer) -> tuple[asyncio.Task[Any], asyncio.Task[Any]]:
    loop = asyncio.get_running_loop()
    a = loop.create_task(p.request("tools/call", {"n": 1}, 60.0))
    b = loop.create_task(p.request("tools/call", {"n": 2}, 60.0))
    await asyncio.sleep(0)
    return a, b


async def test_the_only_request_in_flight_fails_at_once(monkeypatch):
    monkeypatch.setattr(rpc, "LOST_GRACE", 3600.0)
    p = RpcPeer("server u", Sent())
    asked = asyncio.get_running_loop().create_task(p.request("tools/call", {}, 60.0))
    await asyncio.sleep(0)
    p.dispatch(_lost())
    with pytest.raises(RpcError, match="its id could not be read"):
        await asyncio.wait_for(asked, 5)


async def test_of_several_the_one_the_end_names_fails_and_the_others_are_answered(monkeypatch):
    monkeypatch.setattr(rpc, "LOST_GRACE", 0.01)
    link = Sent()
    p = RpcPeer("server u", link)
    a, b = await _two(p)
    p.dispatch(_lost())
    assert not a.done() and not b.done()
    p.dispatch(_lost(ended=True, settles=True, rid=link.out[0]["id"]))
    assert p._lost_timer is None, "the end names the request: nothing else is failed later"
    with pytest.raises(RpcError, match="over the limit"):
        await asyncio.wait_for(a, 5)
    p.dispatch({"jsonrpc": "2.0", "id": link.out[1]["id"], "result": {"content": []}})
    assert await asyncio.wait_for(b, 5) == {"content": []}


async def test_of_several_every_one_unanswered_fails_when_the_answer_does_not_end(monkeypatch):
    """No end within the grace: every request in flight when it began fails, save one answered in the meantime."""
    monkeypatch.setattr(rpc, "LOST_GRACE", 0.01)
    link = Sent()
    p = RpcPeer("server u", link)
    a, b = await _two(p)
    c = asyncio.get_running_loop().create_task(p.request("tools/call", {"n": 3}, 60.0))
    await asyncio.sleep(0)
    p.dispatch(_lost())
    p.dispatch({"jsonrpc": "2.0", "id": link.out[2]["id"], "result": {"content": []}})
    for task in (a, b):
        with pytest.raises(RpcError, match="its id could not be read"):
            await asyncio.wait_for(task, 5)
    assert await c == {"content": []}


async def test_of_several_every_one_fails_at_once_when_the_answer_ended_without_naming_one(monkeypatch):
    monkeypatch.setattr(rpc, "LOST_GRACE", 3600.0)  # (only a failure at once is in time)
    p = RpcPeer("server u", Sent())
    a, b = await _two(p)
    p.dispatch(_lost(ended=True))
    for task in (a, b):
        with pytest.raises(RpcError, match="its id could not be read"):
            await asyncio.wait_for(task, 5)


async def test_a_clients_answer_over_the_limit_fails_the_request_and_is_not_answered_back():
    """An answer (to the gateway's own request) over the limit: that request fails at once; the peer gets no error
    reply with that id, which would be read as the answer to a request of its own with the same number."""
    link = Sent()
    p = RpcPeer("the client", link, answers_malformed=True)
    asked = asyncio.get_running_loop().create_task(p.request("sampling/createMessage", {}, 60.0))
    await asyncio.sleep(0)
    (sent,) = link.out
    bad = read_item(Oversized(5 << 20, b'{"jsonrpc": "2.0", "id": %d, "result": {"' % sent["id"]), "k")
    assert bad.answer and bad.id == sent["id"]
    p.dispatch(bad)
    with pytest.raises(RpcError, match="over the limit"):
        await asyncio.wait_for(asked, 5)
    assert link.out == [sent], "nothing was sent back for the answer"
    request = read_item(Oversized(5 << 20, b'{"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {"'), "k")
    p.dispatch(request)
    assert not request.answer and link.out[-1]["id"] == 9 and "over the limit" in link.out[-1]["error"]["message"]

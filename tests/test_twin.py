"""A server's large answer repeating the last one's result bytes is read without decoding them again, as the same
message decoding the whole line gives (values, types, key order), and never one another answer could change."""

from __future__ import annotations

import json
import os
import random
import sys
from typing import Any

import pytest
from every_case import every

from secure_mcp_gateway import links, twin
from secure_mcp_gateway.framing import read_item
from secure_mcp_gateway.links import ProcessLink

pytestmark = pytest.mark.anyio

LOG = '2026-11-30 14:02:11 INFO export job=8812 rows=1200 path=/srv/reports/q4.csv "quoted" ümlaut\n'


def result(chars: int = 24 * 1024, tail: str = "") -> dict[str, Any]:
    text = (LOG * (chars // len(LOG) + 1))[:chars] + tail
    return {"content": [{"type": "text", "text": text}], "structuredContent": {"rows": 1200, "ok": True, "ratio": 0.5}}


SHAPES = [
    '{"jsonrpc":"2.0","id":%s,"result":%s,"id":9}',  # a later id wins
    '{"jsonrpc":"2.0","id":%s,"result":%s,"result":5}',  # a later result wins
    '{"jsonrpc":"2.0","result":5,"id":%s,"result":%s}',
    '{"jsonrpc":"2.0","id":%s,"result":%s,"extra":{"nested":true}}',
    '{"jsonrpc":"2.0","id":"x\\"result\\":%s","result":%s}',
    '[{"jsonrpc":"2.0","id":%s,"result":%s}]',
    '{"jsonrpc":"2.0","id":%s,"result":%s',  # cut short
    '{"jsonrpc":"2.0","id":%s,"result":%s}}',
    '{"jsonrpc":"2.0","id":%s,"result":%s,}',
]

LAYOUTS = [
    lambda rid, r: json.dumps({"jsonrpc": "2.0", "id": rid, "result": r}),
    lambda rid, r: json.dumps({"jsonrpc": "2.0", "id": rid, "result": r}, separators=(",", ":")),
    lambda rid, r: json.dumps({"result": r, "jsonrpc": "2.0", "id": rid}, separators=(",", ":")),
    lambda rid, r: json.dumps({"id": rid, "result": r, "jsonrpc": "2.0"}, ensure_ascii=False) + " \t",
    lambda rid, r: f'{{ "jsonrpc" : "2.0" ,\n "id" : {json.dumps(rid)} ,\n "result" :\n {json.dumps(r)}\n}}',
]


def _read_all(lines: list[bytes]) -> tuple[list[Any], int]:
    """The messages a link's twin gives (or the whole decode), and how many lines it answered."""
    seen = twin.Twin()
    out, fast = [], 0
    for line in lines:
        msg = seen.read(line)
        if msg is None:
            msg = read_item(line, "limit")
            seen.seen(line, msg)
        else:
            fast += 1
        out.append(msg)
    return out, fast


def _same(got: list[Any], lines: list[bytes]) -> None:
    for msg, line in zip(got, lines, strict=True):
        whole = read_item(line, "limit")
        assert repr(msg) == repr(whole), "same values, types and key order"


@pytest.mark.parametrize("layout", range(len(LAYOUTS)))
def test_a_repeated_result_is_read_as_the_whole_line_decodes(layout: int) -> None:
    rids: list[Any] = [7, 8, 9, 10, "req-11", 1200, -3, 2**40, "ünï", 12.5]
    lines = [LAYOUTS[layout](rid, result()).encode() for rid in rids]
    got, fast = _read_all(lines)
    _same(got, lines)
    assert fast >= len(lines) - 3, "known from the third sighting on"


def test_a_result_that_changes_is_decoded_again() -> None:
    rng = random.Random(11)
    lines = []
    for n in range(60):
        r = result(tail=str(rng.randrange(3)))  # repeats now and then, changes now and then
        lines.append(LAYOUTS[0](n, r).encode())
    got, fast = _read_all(lines)
    _same(got, lines)
    assert 0 < fast < len(lines)


@every("shape", SHAPES)
def test_lines_built_around_a_repeated_result_read_as_decoded_whole(shape: str) -> None:
    body = json.dumps(result())
    lines = [(shape % (rid, body)).encode() for rid in (9, 9, 7, 7, 8, 12345)]
    got, _ = _read_all(lines)
    _same(got, lines)


@every("shape", SHAPES)
def test_lines_built_around_a_result_known_already_read_as_decoded_whole(shape: str) -> None:
    body = json.dumps(result(), separators=(",", ":"))
    plain = [f'{{"jsonrpc":"2.0","id":{rid},"result":{body}}}'.encode() for rid in (9, 10, 11)]
    lines = plain + [(shape % (rid, body)).encode() for rid in (12, 13)]
    got, fast = _read_all(lines)
    _same(got, lines)
    assert fast >= 1


def test_bytes_that_are_not_one_value_are_never_kept() -> None:
    body = json.dumps(result())
    lines = [f'{{"jsonrpc":"2.0","id":{rid},"result":{body},"id":9}}'.encode() for rid in (9, 9, 9, 7)]
    got, _ = _read_all(lines)
    assert [m["id"] for m in got] == [9, 9, 9, 9]


def test_a_message_read_from_kept_bytes_shares_no_object_another_can_change() -> None:
    lines = [LAYOUTS[0](rid, result()).encode() for rid in range(6)]
    got, fast = _read_all(lines)
    assert fast >= 3
    got[3]["result"]["content"][0]["text"] = "edited"
    got[3]["result"]["structuredContent"]["rows"] = 0
    got[3]["result"]["content"].append({"type": "text", "text": "more"})
    assert got[4]["result"] == got[5]["result"] == result()
    assert got[4]["result"] is not got[5]["result"]


def test_long_lines_are_not_kept() -> None:
    seen = twin.Twin()
    line = LAYOUTS[0](1, result(twin.MAX_BYTES)).encode()
    for _ in range(3):
        assert seen.read(line) is None
        seen.seen(line, read_item(line, "limit"))
    assert seen.held() == 0


def _keeping(seen: twin.Twin, tail: str = "") -> bytes:
    """Feed `seen` two answers with the same result, so that it keeps it; the line."""
    line = b""
    for rid in (1, 2):
        line = LAYOUTS[0](rid, result(tail=tail)).encode()
        seen.seen(line, read_item(line, "limit"))
    assert seen.read(line) is not None
    return line


def test_a_kept_result_that_stops_coming_back_is_let_go() -> None:
    seen = twin.Twin()
    line = _keeping(seen)
    for n in range(twin.STALE):
        assert seen.held() > 2 * len(line), "kept while it may still come back"
        other = LAYOUTS[0](n, result(tail=f"changed {n}")).encode()
        assert seen.read(other) is None
        seen.seen(other, read_item(other, "limit"))
    assert seen.held() == len(other), "only the last line is kept"
    assert seen.read(line) is None


def test_a_kept_result_that_comes_back_now_and_then_is_kept() -> None:
    seen = twin.Twin()
    line = _keeping(seen)
    for n in range(3 * twin.STALE):
        other = LAYOUTS[0](n, result(tail=f"changed {n}")).encode()
        assert seen.read(other) is None
        seen.seen(other, read_item(other, "limit"))
        if n % (twin.STALE - 1) == 0:
            assert seen.read(line) is not None


def test_what_all_twins_keep_is_bounded_and_the_least_recently_used_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    per_twin = 3 * len(LAYOUTS[0](1, result()).encode())  # the last line, the kept bytes and their value
    held = twin.Held(4 * per_twin)
    monkeypatch.setattr(twin, "HELD", held)
    twins = [twin.Twin() for _ in range(6)]
    lines = [_keeping(t, tail=str(n)) for n, t in enumerate(twins)]
    assert held.total == sum(t.held() for t in twins) <= held.limit
    assert [t.held() > 0 for t in twins] == [False, False, True, True, True, True]
    assert twins[0].read(lines[0]) is None
    assert twins[2].read(lines[2]) is not None  # used: now the last to go
    _keeping(twins[0], tail="0")
    assert [t.held() > 0 for t in twins] == [True, False, True, False, True, True]
    assert held.total == sum(t.held() for t in twins) <= held.limit


def test_a_twin_that_is_gone_leaves_the_count(monkeypatch: pytest.MonkeyPatch) -> None:
    held = twin.Held(twin.HELD_BYTES)
    monkeypatch.setattr(twin, "HELD", held)
    gone, kept = twin.Twin(), twin.Twin()
    _keeping(gone)
    assert held.total > 0
    del gone
    _keeping(kept, tail="x")
    assert held.total == kept.held()


_SERVER = r"""
import json, os, sys
text = ("line of a build log: step %%d ok\n" * 2000)
for rid in range(%d):
    line = json.dumps({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": text}]}})
    view = memoryview(line.encode() + b"\n")
    while view:
        view = view[os.write(1, view):]
"""


async def test_a_server_repeating_its_large_answer_has_it_decoded_whole_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    whole: list[int] = []
    real = links.read_item
    monkeypatch.setattr(links, "read_item", lambda line, key: whole.append(len(line)) or real(line, key))
    link = await ProcessLink.spawn("logs", sys.executable, ["-c", _SERVER % 6], dict(os.environ), None)
    try:
        got = [await link.recv() for _ in range(6)]
    finally:
        await link.close(grace=1.0)
    assert [m["id"] for m in got] == list(range(6))
    assert all(m["result"] == got[0]["result"] for m in got)
    assert len(whole) == 2, "the first two answers decoded whole, the repeats from the kept bytes"
    assert link._twin.held() == 0, "a closed link keeps nothing"
    assert id(link._twin) not in twin.HELD._twins

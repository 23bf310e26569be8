"""With the checks off for a server, a result goes out in the bytes the server wrote, only the reply's id the
client's: read with those bytes where the line is one plain response (either SDK's layout), the same message as a
whole read gives, and nothing else spliced. The bytes of a result found clean are learned as what they are only
where they are that line's very result."""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import NOTHING_CACHED, RawGateway, fixture_server
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway import clean, fastjson, framing, jsonrpc, sealed
from secure_mcp_gateway.framing import answer_parts, read_item, read_response

RESULT = b'{"content": [{"type": "text", "text": "caf\\u00e9 \\u2713 rows=1200"}], "isError": false, "n": 1.50}'
HEADS = [  # (the line up to its result, what follows it)
    (b'{"jsonrpc":"2.0","id":17,"result":', b"}"),
    (b'{"jsonrpc": "2.0", "id": 17, "result": ', b"}\r\n"),
    (b'{ "id" : 17 ,\t"jsonrpc" : "2.0" , "result" :', b" } "),
    (b'{"result":', b',"jsonrpc":"2.0","id":17}'),
    (b'{"result": ', b', "id": 17, "jsonrpc": "2.0"}\n'),
]


@pytest.mark.parametrize(("head", "tail"), HEADS)
def test_a_plain_response_is_read_with_its_result_bytes(head: bytes, tail: bytes) -> None:
    line = head + RESULT + tail
    found = read_response(line)
    assert found is not None
    msg, raw = found
    assert msg == read_item(line, "k") and list(msg) == list(read_item(line, "k"))
    assert bytes(raw).strip() == RESULT and raw.obj is line  # (not copied)
    rid, start, end = answer_parts(line) or (None, 0, 0)
    assert rid == 17 and line[start:end] == bytes(raw)


@pytest.mark.parametrize(
    "line",
    [
        b'{"jsonrpc":"2.0","id":17,"result":{"a":1},"result":{"b":2}}',  # a member twice: the last one counts
        b'{"result":{"a":1},"result":{"b":2},"jsonrpc":"2.0","id":17}',
        b'{"result":1,"jsonrpc":"2.0","id":5,"id":6}',
        b'{"jsonrpc":"2.0","id":17,"result":{"a":1},"_meta":{"b":2}}',  # a member beside the three
        b'{"result":{"x":1,"jsonrpc":"2.0","id":5}}',  # the envelope's names inside the result
        b'{"jsonrpc":"2.0","id":017,"result":1}',  # not JSON
        b'{"jsonrpc":"2.0","id":-1,"result":1}',
        b'{"jsonrpc":"2.0","id":"a","result":1}',
        b'{"jsonrpc":"2.0","id":1,"result":}',
        b'{"jsonrpc":"2.0","id":1,"result":[1,2}',
        b'{"jsonrpc":"2.0","id":1,"result":-0}',  # (kept as written by the whole read)
        b'{"jsonrpc":"2.0","id":1,"result":"\\ud800"}',
        b'{"jsonrpc":"2.0","id":1,"result":"\xff"}',
        b'{"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"x"}}',
        b'{"jsonrpc":"2.0","id":1,"method":"x","result":1}',
    ],
)
def test_any_other_line_is_left_to_the_whole_read(line: bytes) -> None:
    assert read_response(line) is None
    parts = answer_parts(line)
    if parts is not None:  # (an envelope alike: its result's bytes are never learned as what the line holds)
        whole = read_item(line, "k")
        value = whole.get("result") if isinstance(whole, dict) else None
        raw, data = line[parts[1] : parts[2]], fastjson.dumps(value) or b""
        with _learned():
            clean.learn_result(raw, data, b"k" * 16)
            assert clean.known_result(raw) is None


@contextmanager
def _learned() -> Iterator[None]:
    """Results learned by their bytes within, forgotten after."""
    kept = clean._RESULTS, clean._RESULTS_BEFORE, clean._RESULTS_SIZE
    clean._RESULTS, clean._RESULTS_BEFORE, clean._RESULTS_SIZE = {}, {}, [0]
    try:
        yield
    finally:
        clean._RESULTS, clean._RESULTS_BEFORE, clean._RESULTS_SIZE = kept


def test_results_learned_by_their_bytes_are_their_own_json_and_stay_bounded() -> None:
    with _learned():
        line = HEADS[1][0] + RESULT + HEADS[1][1]
        _, start, end = answer_parts(line) or (0, 0, 0)
        raw, value = line[start:end], read_item(line, "k")["result"]
        data = fastjson.dumps(value) or b""
        clean.learn_result(raw, data + b" ", b"k" * 16)  # (not the JSON of what the bytes are)
        assert clean.known_result(raw) is None
        clean.learn_result(raw, data, b"k" * 16)
        known = clean.known_result(raw)
        assert known is not None and known[0] == value and known[1:] == (data, b"k" * 16)
        assert clean.known_result(raw.replace(b"1200", b"1201")) is None
        for n in range(600):
            more = b'{"n":%d,"text":"%s"}' % (n, b"row of a small table, nothing in it " * 60)
            clean.learn_result(more, more, b"k" * 16)
        assert clean.known_result(raw) is None, "the oldest let go"
        kept = (clean._RESULTS, clean._RESULTS_BEFORE)
        assert all(sum(len(r) + len(k[1]) for r, k in d.items()) <= clean._SMALL_BYTES + 2 * len(more) for d in kept)


def test_a_result_nested_to_the_limit_is_left_to_the_whole_read() -> None:
    deep = b"[" * framing.MAX_DEPTH + b"]" * framing.MAX_DEPTH
    assert isinstance(read_item(b'{"jsonrpc":"2.0","id":1,"result":' + deep + b"}", "k"), framing.Malformed)
    assert read_response(b'{"jsonrpc":"2.0","id":1,"result":' + deep + b"}") is None
    shallower = deep[1:-1]
    assert read_response(b'{"jsonrpc":"2.0","id":1,"result":' + shallower + b"}") is not None


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["id", "result", "a"]), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(
    members=st.lists(st.sampled_from(["jsonrpc", "id", "result", "error"]), min_size=1, max_size=5),
    values=st.lists(_json, min_size=5, max_size=5),
    spaced=st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_what_is_read_is_what_the_whole_read_gives(members: list[str], values: list[Any], spaced: bool) -> None:
    sep = b", " if spaced else b","
    parts = []
    for name, value in zip(members, values, strict=False):
        value = {"jsonrpc": "2.0", "id": len(json.dumps(value)) % 1000}.get(name, value)
        parts.append(json.dumps(name).encode() + (b": " if spaced else b":") + json.dumps(value).encode())
    line = b"{" + sep.join(parts) + b"}"
    found = read_response(line)
    if found is not None:
        whole = read_item(line, "k")
        assert found[0] == whole and list(found[0]) == list(whole)
        assert json.loads(bytes(found[1])) == whole["result"]
    parts = answer_parts(line)
    whole = read_item(line, "k")
    if parts is not None and isinstance(whole, dict) and "result" in whole:
        with _learned():  # (bytes learned as a result are that line's very result, whatever else the line holds)
            raw = line[parts[1] : parts[2]]
            clean.learn_result(raw, fastjson.dumps(whole["result"]) or b"", b"k" * 16)
            known = clean.known_result(raw)
            if known is not None:
                assert read_response(line) is not None and known[0] == whole["result"] and parts[0] == whole["id"]


def test_an_offer_is_kept_for_the_reply_only_when_taken() -> None:
    sealed.wanted()
    try:
        taken, left = {"content": [{"text": "x" * 8000}]}, {"content": [{"text": "y" * 8000}]}
        data = {id(v): json.dumps(v).encode() for v in (taken, left)}
        for value in (taken, left):
            sealed.offer(value, data[id(value)])
        sealed.take_offer(taken)
        assert (
            b"".join(sealed.parts(jsonrpc.result(4, taken)) or ())
            == b'{"jsonrpc":"2.0","id":4,"result":' + data[id(taken)] + b"}\n"
        )
        assert sealed.parts(jsonrpc.result(5, left)) is None
    finally:
        sealed.wanted(False)


class _Result(dict):  # (a dict that can be watched going away)
    pass


def test_an_offer_no_reply_took_is_let_go_once_a_later_one_is_taken() -> None:
    sealed.wanted()
    try:
        listed, called = _Result(tools=[{"name": "t" * 8000}]), _Result(content=[{"text": "x" * 8000}])
        gone = weakref.ref(listed)
        for value in (listed, called):
            sealed.offer(value, json.dumps(value).encode())
        sealed.take_offer(called)  # (the list's answer went to the catalog: no reply will take its offer)
        del listed
        gc.collect()
        assert gone() is None, "the untaken offer (and the line it points into) is let go"
        assert sealed.parts(jsonrpc.result(2, called)) is not None
    finally:
        sealed.wanted(False)


def _raw_call(gw: RawGateway, rid: str, name: str) -> bytes:
    """The reply line of one call, as the gateway wrote it."""
    assert gw.proc.stdin is not None and gw.proc.stdout is not None
    gw.send({"jsonrpc": "2.0", "id": rid, "method": "tools/call", "params": {"name": name, "arguments": {"kb": 40}}})
    while True:
        line = gw.proc.stdout.readline()
        assert line, gw.stderr()
        if json.loads(line).get("id") == rid:
            return line


def test_a_server_with_its_checks_off_has_its_result_bytes_passed_as_written(tmp_path: Path) -> None:
    servers = {
        "raw": fixture_server(pinning="off", guardrails={"enabled": False}),
        "on": fixture_server(pinning="off"),
    }
    gw = RawGateway(tmp_path, {"mcpServers": servers, "cache": NOTHING_CACHED, "gateway": {"max_result_chars": 0}})
    try:
        gw.initialize()
        gw.request("tools/list")
        for n in range(2):  # (the second a result seen before)
            line = _raw_call(gw, f"call-{n}", "raw__report")
            result = json.loads(line)["result"]
            assert len(result["content"][0]["text"]) > 5_000
            # the fixture server writes with `json.dumps` (spaces after separators): those bytes, not compact ones
            assert (
                line
                == b'{"jsonrpc":"2.0","id":"call-'
                + str(n).encode()
                + b'","result": '  # (the white space after the server's colon is the result's own)
                + json.dumps(result).encode()
                + b"}\n"
            )
            checked = _raw_call(gw, f"on-{n}", "on__report")
            assert json.loads(checked)["result"] == result
            assert b'"content":[{' in checked  # (a server with its checks on: the gateway's own writing)
    finally:
        gw.close()


def _parts_by_expressions(line: bytes) -> tuple[int, int, int] | None:
    head = framing._RESULT_LAST(line)
    if head is None:
        return None
    tail = framing._CLOSE(line, max(head.end(), len(line) - framing._TAIL))
    return None if tail is None else (int(head.group(1) or head.group(2)), head.end(), tail.start())


@given(
    rid=st.sampled_from([b"0", b"7", b"17", b"00", b"01", b"-1", b"1e3", b"9" * 18, b"9" * 19, b"", b" 5", b"5 "]),
    result=st.sampled_from([b"", b"{}", b"1", b'{"a":"}"}', b"[1,2", b' {"b":[]} ', b'"x"']),
    after=st.sampled_from([b"}", b"} ", b"}\r", b"", b"}}", b',"x":1}', b"]"]),
    sep=st.sampled_from([b',"result":', b', "result":', b',"result" :', b',"res":']),
)
@settings(max_examples=300, deadline=None)
def test_a_compact_line_is_read_as_the_expressions_read_it(rid: bytes, result: bytes, after: bytes, sep: bytes) -> None:
    line = b'{"jsonrpc":"2.0","id":' + rid + sep + result + after
    assert answer_parts(line) == _parts_by_expressions(line)
    fast = framing._compact_parts(line)
    assert fast is None or fast == _parts_by_expressions(line)

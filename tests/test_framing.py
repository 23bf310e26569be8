"""Line framing and strict parsing: long lines skipped without being held, ids found in what was skipped."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway import fastjson, framing, jsonrpc
from secure_mcp_gateway.framing import LineReader, Malformed, Oversized, peek_id, read_item


def _reader(data: bytes, chunk: int = 7) -> LineReader:
    pos = [0]

    async def read(n: int) -> bytes:
        piece = data[pos[0] : pos[0] + min(n, chunk)]
        pos[0] += len(piece)
        return piece

    return LineReader(read, limit=32)


async def _all(reader: LineReader) -> list:
    out = []
    while (item := await reader.next()) is not None:
        out.append(item)
    return out


@pytest.mark.parametrize("chunk", [1, 5, 64, 10_000])
def test_lines_split_across_reads_and_long_lines_skipped(chunk):
    long = b'{"id": 42, "x": "' + b"a" * 500 + b'"}'
    data = b"first\n" + long + b"\nsecond\n\nlast-without-newline"
    items = asyncio.run(_all(_reader(data, chunk)))
    assert items[0] == b"first"
    assert isinstance(items[1], Oversized)
    if items[1].ended:  # (the whole line came in one read)
        assert items[1].size == len(long)
    else:  # its id is known: reported as soon as it went over the limit
        assert 32 < items[1].size < len(long)
    assert peek_id(items[1].head) == 42
    assert items[2:] == [b"second", b"", b"last-without-newline"]


def test_peek_id_reads_only_the_top_level_id():
    assert peek_id(b'{"params": {"id": 5}, "id": "top", "method": "x"') == "top"
    assert peek_id(b'{"method": "a \\" \\"id\\": 3", "id": 7') == 7
    assert peek_id(b'{"params": {"id": 5}, "method": "x"') is None
    assert peek_id(b'{"id": {"a": 1}}') is None
    assert peek_id(b'{"id": true}') is None


def test_strict_decoding():
    for bad in (b'{"a": NaN}', b'{"a": Infinity}', b'{"a": -Infinity}', b"[" * 5000, b'{"a": "\xff"}'):
        with pytest.raises(framing.ParseError):
            framing.decode(bad)
    deep = b'{"a": ' * 200 + b"1" + b"}" * 200
    with pytest.raises(framing.TooDeep):
        framing.decode(deep)
    assert framing.decode(b'{"a": ' * 100 + b"1" + b"}" * 100)


def test_every_valid_number_is_taken_and_written_back_as_it_came():
    """A number beyond the float range, written with an exponent or trailing zeros, or of thousands of digits, is
    valid JSON: taken (as its nearest float for whatever reads it) and encoded again as its own text."""
    huge = "9" * 5000
    for written in ("1e400", "-1E400", "1e5", "2.50", "-0.0e0", "1e-400", huge, "0.5", "7"):
        line = b'{"a": ' + written.encode() + b', "s": "\\ud800"}'  # (a lone surrogate: the standard library decides)
        for text in (line, line.replace(b', "s": "\\ud800"', b"")):
            value = framing.decode(text)["a"]
            assert value == float(written) if written != huge else value == float("inf")
            assert jsonrpc.encode_body({"a": value}) == f'{{"a":{written}}}'.encode()
    assert jsonrpc.encode_body({"a": framing.decode(b'{"a": 1e5}')["a"] * 2}) == b'{"a":200000.0}'


def test_depth_limit_holds_on_long_lines():
    """Lines past the short-line count are searched for brackets; the depth limit is the same either way."""
    pad = '"' + "x" * 100_000 + '"'
    deep = ('{"a": ' * 129 + pad + "}" * 129).encode()
    with pytest.raises(framing.TooDeep):
        framing.decode(deep)
    brackets_in_text = ('{"t": "' + "[{" * 300 + "x" * 100_000 + '", "n": [[1]]}').encode()
    assert framing.decode(brackets_in_text)["n"] == [[1]]
    shallow_many = ("[" + ",".join(['{"a": [1]}'] * 20_000) + "]").encode()
    assert len(framing.decode(shallow_many)) == 20_000
    at_limit = ('{"a": ' * 127 + "[" + pad + "]" + "}" * 127).encode()
    assert framing.decode(at_limit)


def test_a_text_result_is_not_copied_to_bound_its_depth() -> None:
    """A result of tens of kilobytes of text is searched for its few brackets: no copy of the line is made to count
    them (it cost some 70 us a line, more than parsing it); a line of many brackets is still counted exactly."""
    import tracemalloc

    text = " ".join(f"line {i}: the build of shard {i % 7} passed" for i in range(1500))
    line = b'{"jsonrpc":"2.0","id":9,"result":{"content":[{"type":"text","text":"' + text.encode() + b'"}]}}'
    assert 2 * 1024 < len(line) < 64 * 1024
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        assert not framing._opens_more_than(line, framing.MAX_DEPTH)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4096, peak
    assert framing.decode(line)["result"]["content"][0]["text"] == text


@settings(max_examples=300, deadline=None)
@given(
    size=st.sampled_from([0, 100, 511, 512, 1100, 2047, 2048, 3000, 20_000, 65_535, 65_536, 70_000]),
    brackets=st.lists(st.tuples(st.floats(0, 1), st.sampled_from([b"[", b"{", b"]", b"}"])), max_size=200),
    limit=st.sampled_from([0, 1, 5, 6, 7, 12, 128]),
)
def test_the_bracket_bound_is_the_count_of_opening_brackets(size: int, brackets: list, limit: int) -> None:
    """Whatever the length and however many brackets (none, a few, a list of records), the bound says exactly
    whether more than `limit` of `[` and `{` are in the line."""
    line = bytearray(b"x" * size)
    for where, mark in brackets:
        line[min(int(where * size), max(size - 1, 0)) : min(int(where * size), max(size - 1, 0))] = mark
    line = bytes(line)
    expected = line.count(b"[") + line.count(b"{") > limit
    assert framing._opens_more_than(line, limit) is expected
    assert framing._opens_more_than(bytearray(line), limit) is expected


def _count_minus_zero_searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of what `fastjson` searches for `-0` from now on, as it searches."""
    searched: list[int] = []
    search = fastjson._minus_zero_bytes

    def counted(data: Any, *at: int) -> Any:
        searched.append(len(data))
        return search(data, *at)

    monkeypatch.setattr(fastjson, "_minus_zero_bytes", counted)
    return searched


def test_a_message_with_no_dash_is_not_searched_for_minus_zero(monkeypatch) -> None:
    """A call or an answer with no `-` in it (found by memchr) is not searched for `-0` at all; one with a dash is, from
    its first dash, and `-0` written anywhere after it is still kept as written."""
    searched = _count_minus_zero_searches(monkeypatch)
    call = b'{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"t","arguments":{"page":0,"q":"x"}}}'
    answer = b'{"jsonrpc":"2.0","id":12,"result":{"content":[{"type":"text","text":"' + b"all good " * 100 + b'"}]}}'
    assert framing.decode(call)["params"]["arguments"]["page"] == 0
    assert framing.decode(answer)["result"]["content"][0]["text"].startswith("all good")
    assert searched == []
    dated = b'{"d":"2026-12-02","n":[1,2,' + b"3," * 50 + b"-0]}"
    assert jsonrpc.encode_body(framing.decode(dated)).endswith(b",-0]}")
    assert searched == [len(dated)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="-0 ,]}\t\r\nx9é", max_size=40))
def test_minus_zero_is_looked_for_as_the_full_search_does(text: str) -> None:
    """Searching from the first dash finds `-0` written wherever the search of the whole text does."""
    data = text.encode()
    expected = fastjson._minus_zero_bytes(data) is not None
    assert fastjson._minus_zero_written(data) is expected
    assert fastjson._minus_zero_written(bytearray(data)) is expected
    assert fastjson._minus_zero_written(memoryview(data)) is expected
    assert fastjson._minus_zero_written(text) is (fastjson._minus_zero_text(text) is not None)


def test_depth_limit_holds_on_the_shortest_lines_that_pass_it() -> None:
    """The shortest lines nested past the limit (brackets only, no space) are refused; one level less passes."""
    limit = framing.MAX_DEPTH
    shortest = b"[" * (limit + 1) + b"]" * (limit + 1)
    for line in (shortest, bytearray(shortest), b'{"a":' * limit + b"[]" + b"}" * limit):
        with pytest.raises(framing.TooDeep):
            framing.decode(line)
    assert framing.depth(framing.decode(b"[" * limit + b"]" * limit)) == limit
    assert framing.depth(framing.decode(b'{"a":' * (limit - 1) + b"[]" + b"}" * (limit - 1))) == limit


def _depth_one_by_one(value: object) -> int:
    """The nesting depth worked out container by container (what `framing.depth` must agree with)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > framing.MAX_DEPTH:
                return deepest
            stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


_json = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=2), inner, max_size=4),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_depth_is_the_deepest_nesting(value: object) -> None:
    assert framing.depth(value) == _depth_one_by_one(value)


def test_depth_counts_up_to_one_past_the_limit() -> None:
    for n in (0, 1, 2, 3, framing.MAX_DEPTH - 1, framing.MAX_DEPTH, framing.MAX_DEPTH + 1, framing.MAX_DEPTH + 50):
        value: object = "leaf"
        for i in range(n):
            value = {"a": value, "b": [1]} if i % 2 else [value, 1]
        assert framing.depth(value) == _depth_one_by_one(value) == min(n, framing.MAX_DEPTH + 1)
    wide = [{"a": [1, {"b": []}]} for _ in range(1000)] + [[[[[]]]]]
    assert framing.depth(wide) == 5


def test_items():
    assert read_item(b"  ", "k") is None
    assert isinstance(read_item(b"[1]", "k"), list)
    bad = read_item(b'{"jsonrpc": "2.0", "id": 3, "method": "x", "params": ' + b"[" * 2000, "k")
    assert isinstance(bad, Malformed) and bad.id == 3
    assert read_item(b"7", "k") == Malformed(-32600, "Invalid Request: a message must be a JSON object, not int")


def _same(got: list, data: bytes, limit: int) -> bool:
    """Whether `got` is what a line reader owes for `data`: each line, or for one over `limit` an `Oversized` with
    its size and some of its first bytes (as many as were held when it went over, at most `_HEAD`)."""
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    if len(got) != len(lines):
        return False
    for item, line in zip(got, lines, strict=True):
        if len(line) > limit:
            if not isinstance(item, Oversized) or item.size != len(line) or not line.startswith(item.head):
                return False
            if not 0 < len(item.head) <= framing._HEAD:
                return False
        elif not isinstance(item, (bytes, bytearray)) or item != line:
            return False
    return True


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.binary(max_size=40) | st.sampled_from([b"\n", b"\n\n", b"x" * 9000]), max_size=30),
    cuts=st.lists(st.integers(min_value=1, max_value=5000), min_size=1, max_size=10),
    limit=st.sampled_from([0, 3, 64, 8192]),
)
def test_lines_are_the_same_however_the_reads_cut_them(pieces, cuts, limit):
    # (without `}`: a whole JSON object read before its newline, and messages glued after an oversized line, are
    # read as their own lines, by design: the tests above cover them)
    data = b"".join(pieces).replace(b"}", b"")
    pos, turn = [0], [0]

    async def read(n: int) -> bytes:
        size = min(n, cuts[turn[0] % len(cuts)])
        turn[0] += 1
        piece = data[pos[0] : pos[0] + size]
        pos[0] += len(piece)
        return piece

    got = asyncio.run(_all(LineReader(read, limit=limit)))
    assert _same(got, data, limit)


def test_a_line_over_many_reads_is_whole_and_the_next_one_follows():
    big = b'{"id": 1, "result": "' + b"z" * (3 * framing.CHUNK + 17) + b'"}'
    data = big + b"\n" + b'{"id": 2}\n'
    pos = [0]

    async def read(n: int) -> bytes:
        piece = data[pos[0] : pos[0] + n]
        pos[0] += len(piece)
        return piece

    items = asyncio.run(_all(LineReader(read, limit=len(big))))
    assert items == [big, b'{"id": 2}']


def test_numbers_kept_as_written_go_out_as_written_beside_a_lone_surrogate():
    """A message holding a lone surrogate (which the fast encoder refuses) still writes every number as it came,
    `-0` included, and only the surrogate escaped: the rest of its text stays as it was."""
    for written in ("1E400", "-1e400", "1e5", "2.50", "-0", "-0.0", "-0e0", "7", "9" * 5000):
        line = b'{"a": [' + written.encode() + b'], "s": "caf\xc3\xa9 \\ud800", "\\udc01k": {"n": ' + written.encode()
        value = framing.decode(line + b"}}")
        expected = f'{{"a":[{written}],"s":"café \\ud800","\\udc01k":{{"n":{written}}}}}'.encode()
        assert jsonrpc.encode_body(value) == expected, written
        assert jsonrpc.decode(expected) == value


def test_minus_zero_is_written_back_as_minus_zero():
    """`-0` is a valid JSON number: it reaches the other side as `-0`, not `0`; dates and text with `-0` in them
    stay as they were."""
    cases = {
        b'{"a":-0}': b'{"a":-0}',
        b'{"a": [1, -0, 2]}': b'{"a":[1,-0,2]}',
        b'{"a":\n\t-0 ,"b":"2026-01-02","c":"x:-0"}': b'{"a":-0,"b":"2026-01-02","c":"x:-0"}',
        b'{"t":"2026-01-02T00:00:00-05:00","n":[-0,-0.5]}': b'{"t":"2026-01-02T00:00:00-05:00","n":[-0,-0.5]}',
        b'{"c":"x:-0","n":[0,-10]}': b'{"c":"x:-0","n":[0,-10]}',
    }
    for line, expected in cases.items():
        for decode in (framing.decode, jsonrpc.decode):
            assert jsonrpc.encode_body(decode(line)) == expected, line
    assert type(framing.decode(b'{"n":[0,-10]}')["n"][1]) is int


def test_minus_zero_reads_as_the_integer_zero_it_always_was():
    """`-0` is written back as `-0`, yet reads as the integer 0: a definition holding it hashes as it did, so a tool
    approved before is not taken for a changed one."""
    from secure_mcp_gateway.pins_store import definition_hash

    for decode in (framing.decode, jsonrpc.decode):
        line = b'{"name":"t","inputSchema":{"type":"object","properties":{"n":{"minimum":-0}}}}'
        value = decode(line)
        zero = value["inputSchema"]["properties"]["n"]["minimum"]
        assert zero == 0 and isinstance(zero, int) and not isinstance(zero, bool)
        assert definition_hash(value) == definition_hash(decode(line.replace(b"-0", b"0")))
        assert b'"minimum":-0}' in jsonrpc.encode_body(value)


def test_text_that_looks_like_minus_zero_keeps_the_fast_parse():
    """A string holding "2-0," (a score, a version) with no number 0 in the message is parsed by the fast parser; with
    a 0 beside it, the slower one decides, and the value is the same either way."""
    from secure_mcp_gateway import fastjson

    for line in (b'{"t":"won 2-0, then 3-0 ","n":[1,2.5]}', b'["v1-0]", {"a": "b-0}"}]', b'"x -0 y"'):
        assert fastjson.loads(line) == framing.decode(line)
    for line in (b'{"t":"won 2-0, again","n":0}', b"-0", b"[-0]"):
        with pytest.raises(fastjson.DecodeRefused):
            fastjson.loads(line)
        assert jsonrpc.encode_body(framing.decode(line)).replace(b" ", b"") == line.replace(b" ", b"")


def test_a_large_result_with_no_zero_is_not_searched_for_minus_zero(monkeypatch):
    """A large text result holding no number 0 keeps the fast parse without a search of its text for `-0` (the search
    cost about four times the parse on text full of dashes: dates, ids); `-0` is still kept as written wherever it
    is, deep in a structure larger than the first walk too."""
    searched = _count_minus_zero_searches(monkeypatch)
    log = " ".join(f"2026-01-0{i % 9 + 1} shard-0 web-{i} ready; won 2-0, then" for i in range(4000))
    result = b'{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"' + log.encode() + b'"}]}}'
    assert framing.decode(result)["result"]["content"][0]["text"] == log
    assert searched == []

    rows = b",".join(b'{"id":%d,"name":"row-%d"}' % (i + 1, i) for i in range(2000))
    deep = b'{"jsonrpc":"2.0","id":8,"result":{"rows":[' + rows + b'],"offset":-0}}'
    assert jsonrpc.encode_body(framing.decode(deep)).endswith(b'"offset":-0}}')


def test_a_short_message_with_no_minus_zero_written_is_not_walked(monkeypatch):
    """A call's request or a small answer is searched for `-0` (cheap) before its items are walked for a 0 (what a
    small call would pay on every message); a long one is walked first, within a bound."""
    from secure_mcp_gateway import fastjson

    def walked(*_args: object) -> bool:
        raise AssertionError("walked")

    monkeypatch.setattr(fastjson, "_holds_zero", walked)
    line = (
        b'{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"t","arguments":{"page":0,"d":"2026-12-02"}}}'
    )
    assert framing.decode(line)["params"]["arguments"]["page"] == 0


def _cut_reader(data: bytes, cuts: list[int], limit: int) -> LineReader:
    """A reader of `data` in reads of the sizes in `cuts`, in turn."""
    pos, turn = [0], [0]

    async def read(n: int) -> bytes:
        size = min(n, cuts[turn[0] % len(cuts)])
        turn[0] += 1
        piece = data[pos[0] : pos[0] + size]
        pos[0] += len(piece)
        return piece

    return LineReader(read, limit=limit)


_NEXT = b'{"jsonrpc": "2.0", "id": 2, "result": {"content": []}}'


@pytest.mark.parametrize("cuts", [[1], [7], [64], [100_000], [600, 3], [599, 1, 5]])
def test_a_line_over_the_limit_without_its_newline_fails_its_request_and_the_next_message_is_read(cuts):
    """A server that writes an answer over the limit and no newline after it: the request it answers fails as soon
    as the limit is passed (its id comes first), and the message written next, glued to it, is read as it came."""
    big = b'{"jsonrpc": "2.0", "id": 1, "result": {"text": "' + b"y}{ " * 150 + b'"}}'
    items = [i for i in asyncio.run(_all(_cut_reader(big + _NEXT + b"\n", cuts, 256))) if i != b""]
    assert len(items) == 2, items
    assert isinstance(items[0], Oversized)
    assert read_item(items[0], "k").id == 1
    assert items[1] == _NEXT


@pytest.mark.parametrize("cuts", [[1], [7], [64], [100_000], [600, 3]])
def test_an_answer_that_writes_its_id_last_is_failed_when_it_ends(cuts):
    """The other SDK layout (`result` first, `id` last): the id is read from the line's last bytes when it ends, at
    its newline or where the next message starts."""
    big = b'{"result": {"text": "' + b"z" * 700 + b'"}, "jsonrpc": "2.0", "id": "a-7"}'
    for glue in (b"", b"\n", b"  \r\n"):
        items = [i for i in asyncio.run(_all(_cut_reader(big + glue + _NEXT + b"\n", cuts, 256))) if i != b""]
        assert [type(i) for i in items] == [Oversized, bytes], items
        assert items[0].ended and items[0].size == len(big) + len(glue.rstrip(b"\n"))
        bad = read_item(items[0], "k")
        assert bad.id == "a-7" and "over the limit" in bad.reason
        assert items[1] == _NEXT


def test_brace_pairs_inside_strings_or_between_members_do_not_end_a_skipped_line():
    """`}{` inside a string, `},{` between members, or a string ending in `}{` used as a name: none is a message's
    start; only the newline ends such a line."""
    inner = b'"a}{\\"b\\": 1", "c": [{}, {"d": 1}], "e}{": 2, "f": "}{"'
    big = b'{"result": {' + inner * 20 + b"}}"
    items = asyncio.run(_all(_cut_reader(big + b"\n" + _NEXT + b"\n", [13], 256)))
    assert [type(i) for i in items] == [Oversized, bytes]
    assert items[0].size == len(big) and items[1] == _NEXT


def test_the_last_id_is_only_the_top_level_one():
    assert framing.last_id(b'x"}, "jsonrpc": "2.0", "id": 17}') == 17
    assert framing.last_id(b'x"}, "id": "q\\"1", "jsonrpc": "2.0"} ') == 'q"1'
    assert framing.last_id(b'"x": {"id": 5}}') is None
    assert framing.last_id(b'"id": 5, "x": 1}') is None
    assert framing.last_id(b'"id": true}') is None


def test_messages_glued_on_one_line_are_read_one_by_one_and_other_bad_lines_stay_bad():
    one, two = b'{"jsonrpc": "2.0", "method": "m", "params": {"t": "}{\\"x\\": 1"}}', b'{"id": 3, "result": {}}'
    glued = read_item(one + b" \r" + two, "k")
    assert isinstance(glued, framing.Glued) and [framing.decode(p) for p in glued.parts] == [
        framing.decode(one),
        framing.decode(two),
    ]
    for bad in (one + b"{", one + two[:-1], b'{"a": 1}{', b'{"a": 1}{"b" 2}', b'{"a": 1} x'):
        assert isinstance(read_item(bad, "k"), Malformed), bad


@pytest.mark.parametrize("cuts", [[1], [5], [100_000]])
def test_a_whole_message_without_its_newline_is_read_without_waiting_for_one(cuts):
    """A peer that writes a message and no newline, then waits: the message is read as soon as it is whole (what
    comes next, a late newline or another message, is read as usual); a line that is not yet whole waits."""
    msg = b'{"jsonrpc": "2.0", "id": 1, "result": {"text": "a}"}}'
    pos, turn = [0], [0]
    data = msg

    async def read(n: int) -> bytes:
        size = min(n, cuts[turn[0] % len(cuts)])
        turn[0] += 1
        piece = data[pos[0] : pos[0] + size]
        pos[0] += len(piece)
        if not piece:
            raise AssertionError("the reader waited for more after a whole message")
        return piece

    assert asyncio.run(LineReader(read, limit=1024).next()) == msg
    reader = LineReader(None, limit=1024)  # type: ignore[arg-type]
    for part in (b'{"id": 1, "result": {"text": "a}', b'"}', b"}", b"\n", b'{"id": 2}\n'):
        reader.put(part)
        got = [line for line in iter(reader.take, None)]
        if part == b"}":
            assert got == [b'{"id": 1, "result": {"text": "a}"}}']
        elif part == b"\n":
            assert got == [b""]
        elif part.startswith(b'{"id": 2'):
            assert got == [b'{"id": 2}']
        else:
            assert got == []

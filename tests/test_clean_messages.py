"""A message the local detectors found nothing in is not read again when it comes back whole; anything else is."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from secure_mcp_gateway import clean as clean_module
from secure_mcp_gateway import fastjson
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.clean import GATE, CleanMessages
from secure_mcp_gateway.config import GatewayConfig, provider_config
from secure_mcp_gateway.guardrails import memo
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.guardrails.outcome import OWN_PREFIX
from secure_mcp_gateway.guardrails.remote import RemoteGuards
from secure_mcp_gateway.pipeline import Pipeline

pytestmark = pytest.mark.anyio

TOKEN = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The strings of every message the local detectors read."""
    seen: list[list[str]] = []
    real = LocalGuard.check_texts

    def counted(self: LocalGuard, texts: list[str], *args: Any, **kwargs: Any) -> Any:
        seen.append(list(texts))
        return real(self, texts, *args, **kwargs)

    monkeypatch.setattr(LocalGuard, "check_texts", counted)
    return seen


def result(text: str, key: str = "text") -> dict[str, Any]:
    return {"content": [{"type": "text", key: text}]}


async def test_a_clean_message_seen_again_is_not_read_again(reads) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    for _ in range(3):
        out = await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", result("the weather"))
        assert not out.changed and out.hits == []
    assert len(reads) == 1
    sent = await chain.to_server_value(CallLine("fs", "read", "fs__read"), "tools/call", {"path": "the weather"})
    assert not sent.changed and len(reads) == 2, "the other direction's checks read their own messages"


async def test_a_message_with_findings_is_read_every_time(reads) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    for n in range(3):
        call = CallLine("fs", "read", "fs__read")
        out = await chain.to_client_value(call, "tools/call", result(f"key {TOKEN}"))
        assert TOKEN not in str(out.value), f"call {n}: the secret was redacted"
        assert [h.detector for h in out.hits] == ["secrets"]
    assert len(reads) == 3


async def test_the_same_strings_in_other_places_are_read_again(reads) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    call = CallLine("fs", "read", "fs__read")
    await chain.to_client_value(call, "tools/call", {"a": "x", "b": "y"})
    await chain.to_client_value(call, "tools/call", {"a": {"b": "x"}, "y": 1})
    assert len(reads) == 2
    # a secret split across two fields is found only by their places; the same strings apart are not remembered
    first, second = TOKEN[:20], TOKEN[20:]
    out = await chain.to_client_value(call, "tools/call", {"note": first, "more": second})
    await chain.to_client_value(call, "tools/call", {"note": first, "more": second})
    assert {h.detector for h in out.hits} == {"secrets"} and TOKEN[:20] not in str(out.value)
    assert len(reads) == 4


async def test_a_reload_and_the_memo_switch_forget_clean_messages(reads, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(GatewayConfig(cache={"enabled": False}))
    chain = Chain(pipeline)
    call = CallLine("fs", "read", "fs__read")
    await chain.to_client_value(call, "tools/call", result("hello"))
    pipeline.configure(GatewayConfig(cache={"enabled": False}))
    await chain.to_client_value(call, "tools/call", result("hello"))
    assert len(reads) == 2, "checks rebuilt by a reload read the message again"
    monkeypatch.setattr(memo.MEMO, "enabled", False)
    await chain.to_client_value(call, "tools/call", result("hello"))
    await chain.to_client_value(call, "tools/call", result("hello"))
    assert len(reads) == 4


async def test_a_placeholder_sent_back_is_restored_every_time(reads) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    out = await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", result(f"key {TOKEN}"))
    placeholder = out.value["content"][0]["text"].removeprefix("key ")
    assert placeholder.startswith("<SECRET:")
    for _ in range(3):
        sent = await chain.to_server_value(CallLine("fs", "write", "fs__write"), "tools/call", {"t": placeholder})
        assert sent.value == {"t": TOKEN} and sent.shown == {"t": placeholder}
    plain = {"t": "<b>bold</b>"}
    for _ in range(2):
        sent = await chain.to_server_value(CallLine("fs", "write", "fs__write"), "tools/call", plain)
        assert sent.value is plain and not sent.changed


async def test_every_step_still_runs_when_a_remote_provider_is_asked(reads) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"action": "allow"})

    hook = provider_config(type="webhook", url="http://hook.example/check")
    config = GatewayConfig(guardrails={"providers": {"hook": hook}}, cache={"enabled": False})
    remote = RemoteGuards({"hook": hook}, config.guardrails.http, transport=httpx.MockTransport(answer))
    chain = Chain(Pipeline(config, remote=remote))
    ran: list[str] = []

    def counted(step: Any) -> Any:
        async def run(c: Chain, flow: Any) -> None:
            ran.append(step.__name__)
            await step(c, flow)

        return run

    chain.to_server = tuple(map(counted, chain.to_server))
    chain.to_client = tuple(map(counted, chain.to_client))
    for _ in range(3):
        call = CallLine("fs", "read", "fs__read")
        await chain.to_server_value(call, "tools/call", {"q": "weather"})
        await chain.to_client_value(call, "tools/call", result("sunny"))
    assert ran.count("remote") == 6 and ran.count("local") == 6
    assert len(reads) == 2, "the detectors read each message once all the same"
    await chain.pipeline.remote.aclose()


def test_keys_tell_messages_apart_and_keep_no_text() -> None:
    clean = CleanMessages()
    keys = [
        clean.key({"a": "bc", "d": "e"}),
        clean.key({"a": "b", "cd": "e"}),
        clean.key({"a": ["bc"], "d": "e"}),
        clean.key({"d": "e", "a": "bc"}),
        clean.key({"a": "bc", "d": "e", "n": 1}),
    ]
    assert len(set(keys)) == len(keys)
    assert keys[0] == clean.key({"a": "bc", "d": "e"})
    assert keys[0] is not None and b"bc" not in keys[0]
    lone = clean.key({"a": "\ud800"})  # (written with the surrogate escaped: told apart from the escape's text)
    assert lone is not None and lone not in keys and lone != clean.key({"a": "\\ud800"})


def test_the_map_stays_bounded_and_keeps_what_is_used() -> None:
    clean = CleanMessages(entries=4)
    keys = [clean.key([n]) for n in range(20)]
    clean.add(keys[0], True)
    for k in keys[1:10]:
        clean.add(k, False)
        assert clean.get(keys[0]) is True  # used: carried into the newest generation
    assert len(clean) <= 8
    assert clean.get(keys[1]) is None, "an entry not used for two generations is forgotten"
    assert clean.get(keys[9]) is False


async def test_a_clean_result_of_a_hundred_kilobytes_is_not_read_again(reads) -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    body = "2026-11-27 build 4412 passed: 318 tests, 0 failures, artefacts in /srv/ci/4412\n" * 1300
    for _ in range(4):
        out = await chain.to_client_value(CallLine("ci", "log", "ci__log"), "tools/call", result(body))
        assert not out.changed and out.hits == []
    assert len(reads) == 2, "read at its first and second sighting only (keyed from the second on)"


def test_a_long_message_is_keyed_from_its_second_sighting_on() -> None:
    clean = CleanMessages()
    long = {"text": "inventory row 1187: 40 crates of tiles, aisle 7\n" * 2000}
    assert len(str(long)) > GATE
    assert clean.sealed(long) == (None, fastjson.dumps(long)), "seen once: no digest"
    key, data = clean.sealed(long)
    assert key is not None and data == fastjson.dumps(long)
    assert clean.key(long) == key
    other = {"text": long["text"][:-1] + "8"}
    assert clean.key(other) is None, "another message of the same length is a first sighting"
    assert clean.key({"short": "text"}) is not None, "a short message is keyed at once"


class _CountedKey:
    """Stands in for the keyed digest and counts the messages digested."""

    def __init__(self, real: Any) -> None:
        self.real, self.digested = real, 0

    def copy(self) -> Any:
        self.digested += 1
        return self.real.copy()


def test_a_long_message_found_clean_is_known_again_by_its_bytes_not_digested(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _CountedKey(clean_module._KEYED)
    monkeypatch.setattr(clean_module, "_KEYED", counted)
    seen = CleanMessages()
    body = "shipment 5521 left the depot at 06:40, 212 parcels, route north-east\n" * 1500
    assert seen.sealed({"text": body})[0] is None
    key, _ = seen.sealed({"text": body})
    assert counted.digested == 1
    seen.add(key, False)
    for _ in range(3):
        again, data = seen.sealed({"text": "".join(body)})  # an equal message, decoded anew
        assert (again, data) == (key, fastjson.dumps({"text": body}))
    assert counted.digested == 1, "found clean: known again by comparing its JSON, not by a new digest"
    assert seen.get(again) is False
    other = {"text": body[:50_000] + "X" + body[50_001:]}  # the same length and ends (pre-key), another middle
    assert seen.sealed(other)[0] not in (None, key), "digested: the kept JSON is not its JSON"
    assert counted.digested == 2


def test_a_long_message_never_found_clean_is_digested_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _CountedKey(clean_module._KEYED)
    monkeypatch.setattr(clean_module, "_KEYED", counted)
    seen = CleanMessages()
    flagged = {"text": f"deploy log, token {TOKEN}\n" * 3000}
    keys = [seen.sealed(flagged)[0] for _ in range(4)]
    assert keys[0] is None and len(set(keys[1:])) == 1 and keys[1] is not None
    assert counted.digested == 3, "not found clean (never added): each sighting digested anew"
    assert seen.get(keys[1]) is None


def test_a_small_message_found_clean_is_known_again_by_its_bytes_not_digested(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _CountedKey(clean_module._KEYED)
    monkeypatch.setattr(clean_module, "_KEYED", counted)
    monkeypatch.setattr(clean_module, "_SMALL_KEYS", {})
    monkeypatch.setattr(clean_module, "_SMALL_BEFORE", {})
    seen = CleanMessages()
    result = {"content": [{"type": "text", "text": "order 3318 packed, courier booked for 14:00\n" * 20}]}
    flagged = {"content": [{"type": "text", "text": f"deploy log, token {TOKEN}"}]}
    key, data = seen.small(result)
    assert [seen.small(flagged)[0] for _ in range(2)] == [seen.small(flagged)[0]] * 2
    assert counted.digested == 4, "not found clean: each sighting digested anew"
    clean_module.known_small(data, key)
    for _ in range(3):
        assert seen.small(fastjson.loads(data)) == (key, data)  # an equal message, decoded anew
    assert counted.digested == 4, "found clean: known again by its JSON, not by a new digest"
    other = {"content": [{"type": "text", "text": "order 3318 packed, courier booked for 14:05\n" * 20}]}
    assert seen.small(other)[0] not in (None, key)
    assert counted.digested == 5


@pytest.mark.parametrize(
    "message",
    [
        {"content": [{"type": "text", "text": "a line of a long report\n" * 1200}]},
        {"content": [{"type": "image", "data": "AAAA"}, {"type": "text", "text": "x" * (16 * 1024)}], "isError": False},
        {"path": "notes.md", "body": "a paragraph of a long note. " * 700},
        {"content": [{"type": "text", "text": "short"}] * 2000},  # (long by its many items: encoded, then refused)
    ],
)
def test_a_long_message_is_not_taken_for_a_small_one(monkeypatch: pytest.MonkeyPatch, message: Any) -> None:
    """A message too long for the small route is refused; one long by a string of its own or a content item's text
    is told so without being encoded (a result of megabytes cost its size in memory again)."""
    encoded: list[int] = []
    dumps = fastjson.dumps
    monkeypatch.setattr(fastjson, "dumps", lambda value: encoded.append(1) or dumps(value))
    assert CleanMessages().small(message) is None
    assert len(encoded) == (1 if len(message.get("content", ())) > 8 else 0)


def test_a_small_result_found_unclaimed_is_known_unclaimed_by_its_bytes_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, empty in (("_SMALL_KEYS", {}), ("_SMALL_BEFORE", {}), ("_SMALL_SIZE", [0])):
        monkeypatch.setattr(clean_module, name, empty)
    monkeypatch.setattr(clean_module, "_SMALL_UNCLAIMED", set())
    monkeypatch.setattr(clean_module, "_UNCLAIMED_BEFORE", set())
    seen = CleanMessages()
    result = {"content": [{"type": "text", "text": "invoice 2207 sent to the billing queue\n" * 12}]}
    arguments = {"invoice": 2207, "queue": "billing"}
    key, data = seen.small(result)
    assert not clean_module.small_unclaimed(data)
    clean_module.known_small(data, key, unclaimed=True)
    assert clean_module.small_unclaimed(fastjson.dumps(fastjson.loads(data)) or b""), "the same bytes, made anew"
    key, data = seen.small(arguments)
    clean_module.known_small(data, key)  # (arguments: never searched for the gateway's places)
    assert not clean_module.small_unclaimed(data)
    clean_module.known_small(data, key, unclaimed=True)  # (the same JSON as a result, searched and found unclaimed)
    assert clean_module.small_unclaimed(data)
    first = seen.small(result)[1]
    for n in range(600):  # (both generations let go: the JSON is searched again)
        key, data = seen.small({"n": n, "text": "row of a small table, nothing secret in it\n" * 80})
        clean_module.known_small(data, key, unclaimed=True)
    assert not clean_module.small_unclaimed(first)
    assert sum(map(len, clean_module._SMALL_UNCLAIMED)) <= clean_module._SMALL_BYTES + len(data)


def test_the_small_messages_kept_with_their_keys_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clean_module, "_SMALL_KEYS", {})
    monkeypatch.setattr(clean_module, "_SMALL_BEFORE", {})
    monkeypatch.setattr(clean_module, "_SMALL_SIZE", [0])
    seen = CleanMessages()
    first = None
    for n in range(600):
        key, data = seen.small({"n": n, "text": "row of a small table, nothing secret in it\n" * 80})
        clean_module.known_small(data, key)
        first = first or (key, data)
        kept = (clean_module._SMALL_KEYS, clean_module._SMALL_BEFORE)
        assert all(sum(map(len, k)) <= clean_module._SMALL_BYTES + len(data) for k in kept)
    assert first is not None and first[1] not in clean_module._SMALL_KEYS, "the oldest are let go"
    assert seen.small(fastjson.loads(first[1]))[0] == first[0], "and digested again to the same key"


def test_the_long_messages_kept_with_their_keys_stay_bounded() -> None:
    seen = CleanMessages()
    for n in range(40):
        long = {"n": n, "text": "row of a large table, nothing secret in it\n" * (2000 + 3000 * (n % 3))}
        seen.sealed(long)
        seen.add(seen.sealed(long)[0], False)
        for kept in (clean_module._WHOLE, clean_module._WAITING):
            assert len(kept) <= clean_module._MOST
            assert len(kept) == 1 or sum(len(e[1]) for e in kept.values()) <= clean_module._MOST_BYTES


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from([0.0, -0.0, 1.0, 1.5]) | st.sampled_from("ab"),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("xyz"), inner, max_size=3),
    max_leaves=8,
)


@given(_JSON_VALUES, _JSON_VALUES)
def test_values_are_the_same_exactly_when_their_json_is(a: Any, b: Any) -> None:
    for x, y in ((a, b), (a, fastjson.loads(fastjson.dumps(a)))):
        assert clean_module.same(x, y) == (fastjson.dumps(x) == fastjson.dumps(y))


def test_the_same_value_tells_types_order_and_zero_signs_apart() -> None:
    same = clean_module.same
    assert same({"a": [1, "x", None, 2.5]}, {"a": [1, "x", None, 2.5]})
    assert not same({"a": 1, "b": 2}, {"b": 2, "a": 1}), "key order is part of the JSON"
    assert not same([True], [1]) and not same([1], [1.0]) and not same([0.0], [-0.0])
    assert not same(["x"], ["x", "y"]) and not same({"a": None}, {"a": "null"})
    assert not same((1,), (1,)), "only the types JSON decodes to"


def _long_result(text: str) -> dict[str, Any]:
    return {"content": [{"type": "text", "text": text}], "isError": False}


def test_a_long_result_equal_to_one_found_clean_is_known_without_encoding_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoded: list[Any] = []
    real = fastjson.dumps
    monkeypatch.setattr(fastjson, "dumps", lambda v: encoded.append(v) or real(v))
    seen = CleanMessages()
    body = "ticket 7731 closed by the night shift, printer on floor 3 back online\n" * 1500
    size = len(body) + 30
    assert seen.sealed(_long_result(body), size)[0] is None
    key, data = seen.sealed(_long_result(body), size)
    seen.add(key, False)
    encoded.clear()
    again = _long_result("".join(body))  # equal, decoded anew
    assert seen.sealed(again, size) == (key, data)
    assert seen.get(key) is False
    assert all(v is not again for v in encoded), "known by comparing the values, not by encoding this one"
    other = _long_result(body[:-2] + "X\n")
    assert seen.sealed(other, size)[0] is None, "the same size and shape, another text: a first sighting"
    assert seen.sealed(other, size)[0] not in (None, key)
    assert seen.sealed({"content": [{"type": "text", "text": body}], "isError": 0}, size)[0] != key


def test_a_kept_copy_is_private_to_the_clean_set() -> None:
    seen = CleanMessages()
    body = "rack B12 temperature 21.5 C, fans nominal, next check at 04:00\n" * 1500
    size = len(body) + 30
    original = _long_result(body)
    seen.sealed(original, size)
    key, _ = seen.sealed(original, size)
    seen.add(key, False)
    original["content"].append({"type": "text", "text": f"token {TOKEN}"})  # edited in place after it was kept
    assert seen.sealed(original, size)[0] != key, "the edited message is not the one found clean"
    assert seen.sealed(_long_result(body), size)[0] == key


def test_a_long_message_found_clean_is_known_by_its_value_alone_and_nothing_else_is_noted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = CleanMessages()
    body = "shipment 5521 left the depot at 06:10, 14 pallets, driver on route 9\n" * 1500
    size = len(body) + 30
    assert seen.long(_long_result(body)) is None, "never found clean"
    seen.sealed(_long_result(body), size)
    key, data = seen.sealed(_long_result(body), size)
    assert key is not None and seen.long(_long_result(body)) is None, "digested, not found clean yet"
    seen.add(key, False)
    assert seen.long(_long_result("".join(body))) == (key, data), "equal, decoded anew"
    other = _long_result(body[:-2] + "X\n")
    assert seen.long(other) is None
    assert seen.sealed(other, size)[0] is None, "looked for by its value: not counted as a sighting"
    assert seen.long({**_long_result(body), "isError": 0}) is None, "0 is not false"
    monkeypatch.setattr(memo.MEMO, "enabled", False)
    assert seen.long(_long_result(body)) is None


async def test_a_long_result_found_clean_before_passes_without_a_flow_unless_it_claims_the_gateways_places() -> None:
    chain = Chain(Pipeline(GatewayConfig(cache={"enabled": False})))
    body = "sensor 12 reported 48.1 kPa at 09:15, within range, next poll in 60 s\n" * 1500
    for _ in range(2):  # keyed from its second sighting on, found clean then
        flow = await chain.to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", _long_result(body))
        assert not flow.changed
    assert flow.clean_key is not None
    call = CallLine("fs", "read", "fs__read")
    again = _long_result("".join(body))
    seen = chain.passes(call, "output", "tools/call", again)
    assert seen == (flow.clean_key, flow.json) and flow.json == fastjson.dumps(again)
    assert "output_checks" in call.latency_ms
    assert chain.passes(CallLine("db", "read", "db__read"), "output", "tools/call", again) is None, "other checks"
    assert chain.passes(call, "output", "tools/call", _long_result(body[:-2] + "X\n")) is None
    claimed = {**_long_result(body), "_meta": {OWN_PREFIX + "notice": "nothing found"}}
    clean_set = chain.pipeline.clean("fs", "output")  # (as if a message in the gateway's places had been found clean)
    clean_set.sealed(claimed, len(body) + 30)
    key, _ = clean_set.sealed(claimed, len(body) + 30)
    clean_set.add(key, False)
    assert clean_set.long(claimed) is not None
    assert chain.passes(call, "output", "tools/call", claimed) is None, "set aside and told by the chain"

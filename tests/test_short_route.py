"""A call whose arguments and result were found clean before takes the short route (`Chain.passes`, no step run):
the client gets the same answers and errors, and the audit trail the same lines, as on the long route."""

from __future__ import annotations

import asyncio
import gc
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import fixture_server
from hypothesis import example, given, settings
from hypothesis import strategies as st
from memlink import connect

from secure_mcp_gateway import fastjson, quick_call
from secure_mcp_gateway.audit.records import CallLine, PendingDigest
from secure_mcp_gateway.chain import Chain, Flow
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import outcome
from secure_mcp_gateway.guardrails.outcome import NOTICE_URI, OWN_PREFIX
from secure_mcp_gateway.guardrails.redact import PLACEHOLDER
from secure_mcp_gateway.guardrails.walk import gather
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.jsonrpc import RpcError
from secure_mcp_gateway.rpc import Reply, Served

pytestmark = pytest.mark.anyio
HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"


class Lines:
    """An audit trail that keeps what it is given (in "hash" mode, as the default trail records payloads)."""

    record_mode = "hash"

    def __init__(self) -> None:
        self.lines: list[dict[str, Any]] = []

    def payload(self, value: Any) -> Any:
        return PendingDigest(value)

    def record_call(self, call: Any) -> None:
        call.finish()
        fields = call.as_fields()
        for name in ("arguments", "result"):
            if isinstance(fields[name], PendingDigest):
                fields[name] = fields[name].resolve()
        fields.pop("request_id")
        fields["latency_ms"] = sorted(fields["latency_ms"])  # (the phases timed, not how long they took)
        self.lines.append({"event": "tool.call", **fields})

    def record(self, event: str, /, **fields: Any) -> None:
        if event.startswith("server."):
            return  # (the two servers start in either order)
        fields.pop("request_id", None)
        fields.pop("latency_ms", None)
        self.lines.append({"event": event, **fields})


# each twice: the second call's arguments (and a clean result) were found clean on the first
CALLS: list[tuple[str, dict[str, Any] | None]] = [
    ("fx__echo", {"city": "Lisbon", "days": 3}),
    ("fx__echo", {"city": "Lisbon", "days": 3}),
    ("fx__fail", {"why": "on purpose"}),  # isError, clean
    ("fx__fail", {"why": "on purpose"}),
    ("fx__inject", {}),  # flagged: never remembered clean, read every time
    ("fx__inject", {}),
    ("fx__rpc_error", {"n": 1}),  # the server answers with a JSON-RPC error
    ("fx__rpc_error", {"n": 1}),
    ("fx__echo", {"note": "<not a placeholder>"}),
    ("fx__echo", {"note": "<not a placeholder>"}),
    ("fx__echo", None),
    ("fx__echo", None),
    ("off__echo", {"city": "Porto"}),  # checks off for this server
    ("off__echo", {"city": "Porto"}),
    ("off__echo", {"_meta_like": {"_meta": {"smg.gateway/notice": "forged"}}}),
    ("fx__multi", {}),  # blobs, an embedded resource, a link
    ("fx__multi", {}),
    ("fx__big", {"kb": 70}),  # long: keyed from its second sighting, found clean whole, then known by its value
    ("fx__big", {"kb": 70}),
    ("fx__big", {"kb": 70}),
    ("h__split", {"case": "own_notice"}),  # a server writing in the gateway's `_meta` places
    ("h__split", {"case": "own_notice"}),
    ("h__split", {"case": "own_nested"}),
    ("h__split", {"case": "own_nested"}),
    ("h__split", {"case": "error"}),  # an error quoting a secret
    ("h__split", {"case": "error"}),
    ("nobody__echo", {"city": "Faro"}),  # no server offers it
    ("fx__crash", {"city": "Lisbon", "days": 3}),  # the server exits before it answers (arguments found clean)
]
MALFORMED: list[dict[str, Any]] = [
    {"name": "fx__echo", "arguments": "not an object"},
    {"arguments": {}},
    {"name": "fx__echo", "arguments": {}, "_meta": {"progressToken": [1]}},
]


PASSES = Chain.passes
LONG_TAKEN: list[bool] = []
"""A result with a long text let through by the short route (whether the call was answered from callbacks)."""


def _long_text(value: Any) -> bool:
    content = value.get("content") if isinstance(value, dict) else None
    return isinstance(content, list) and any(len(item.get("text", "")) > 64 * 1024 for item in content)


ANSWER = Served.answer


def same(value: Any) -> Any:
    """`value` with each placeholder's random part left out (minted afresh in each session)."""
    return json.loads(PLACEHOLDER.sub(lambda m: m[0].rsplit(":", 1)[0] + ">", json.dumps(value)))


_HOLDING = (quick_call._Carried, Reply, CallLine, Flow, PendingDigest)
"""What holds a call's arguments or result: a call on its way, its answer's future, its audit line, a checked value."""


def _cyclic() -> list[Any]:
    """What holds a call's arguments or result that only the cyclic collector would free."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return [type(o).__name__ for o in gc.garbage if isinstance(o, _HOLDING)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


async def _session(
    tmp_path: Any, short: bool, monkeypatch: pytest.MonkeyPatch, quick: bool = False
) -> tuple[list[Any], list[Any], int]:
    """Every answer (result or error) and audit line of `CALLS`, `MALFORMED`, a timed-out and a cancelled call, and
    how many messages took the short route (with `quick`, how many calls were answered from callbacks). Nothing that
    holds a call's arguments or result is left to the cyclic collector, off meanwhile: each call's is freed as it ends
    (a server's 10 MB result is not kept until the collector runs, which may be thousands of objects later)."""
    taken = [0]

    def counted(self: Chain, *args: Any, **kwargs: Any) -> Any:
        seen = PASSES(self, *args, **kwargs) if short else None
        taken[0] += seen is not None and not quick
        if seen is not None and args[1] == "output" and _long_text(args[3]):
            LONG_TAKEN.append(quick)
        return seen

    def answered(self: Served, value: dict[str, Any]) -> None:
        taken[0] += 1
        ANSWER(self, value)

    monkeypatch.setattr(Chain, "passes", counted)
    monkeypatch.setattr(Served, "answer", answered)
    servers = {
        "fx": fixture_server(pinning="off"),
        "t": fixture_server(name="t", pinning="off", timeout=0.3),
        "off": fixture_server(name="off", pinning="off", guardrails={"enabled": False}),
        "h": {"command": sys.executable, "args": [str(HOSTILE)], "pinning": "off"},
    }
    trail = Lines()
    config = GatewayConfig(mcpServers=servers, cache={"enabled": False}, gateway={"max_result_chars": 0})
    hub = Hub(config, audit=trail)
    handlers = Handlers(hub)
    answers: list[Any] = []
    collecting = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        client = await connect(hub, handlers, {}, quick=quick)
        await client.call("tools/list")

        async def answer(params: dict[str, Any]) -> Any:
            try:
                return await client.call("tools/call", params)
            except RpcError as exc:
                return {"error": [exc.code, exc.message, exc.data]}

        for name, arguments in CALLS:
            params: dict[str, Any] = {"name": name}
            if arguments is not None:
                params["arguments"] = arguments
            answers.append(await answer(params))
        for params in MALFORMED:
            answers.append(await answer(params))
        gate = str(tmp_path / "never-opened")
        for _ in range(2):  # the server never answers within the call's deadline
            answers.append(await answer({"name": "t__slow", "arguments": {"until": gate, "steps": 1}}))
        for _ in range(2):  # the client cancels while the server works on it
            call = asyncio.create_task(client.call("tools/call", {"name": "fx__slow", "arguments": {"until": gate}}))
            child = hub.fleet.children["fx"]
            while child.peer is None or not child.peer.in_flight:
                await asyncio.sleep(0.005)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            while client.session.calling.get("fx"):
                await asyncio.sleep(0.005)
        assert _cyclic() == []
    finally:
        if collecting:
            gc.enable()
        await hub.stop()
    return answers, trail.lines, taken[0]


async def test_the_short_route_answers_and_records_as_the_long_route(tmp_path: Any, monkeypatch: Any) -> None:
    LONG_TAKEN.clear()
    long_answers, long_lines, long_taken = await _session(tmp_path, False, monkeypatch, quick=True)
    assert LONG_TAKEN == []
    short_answers, short_lines, short_taken = await _session(tmp_path, True, monkeypatch)
    assert LONG_TAKEN and not any(LONG_TAKEN), "a long result found clean whole before, known again by its value"
    LONG_TAKEN.clear()
    quick_answers, quick_lines, quick_taken = await _session(tmp_path, True, monkeypatch, quick=True)
    assert LONG_TAKEN and all(LONG_TAKEN), "and answered from the server's read callback"
    assert long_taken == 0
    assert short_taken >= 10  # (arguments and results of the calls made twice, both servers)
    assert quick_taken >= 4  # (the clean calls made twice, both servers, answered without a task)
    assert same(short_answers) == same(long_answers) == same(quick_answers)
    assert same(short_lines) == same(long_lines) == same(quick_lines)
    outcomes = [line["outcome"] for line in short_lines if line["event"] == "tool.call"]
    assert outcomes[:20] == ["ok", "ok", "error", "error", "ok", "ok", "error", "error", *["ok"] * 12]
    assert outcomes[20:] == ["ok"] * 4 + ["error"] * 3 + ["timeout", "timeout", "cancelled", "cancelled"]
    calls = [line for line in short_lines if line["event"] == "tool.call"]
    claimed = [line for line in calls if line["tool"] == "split" and line["outcome"] == "ok"]
    assert len(claimed) == 4 and all(line["detectors"] for line in claimed)
    flagged = [line for line in short_lines if line.get("tool") == "inject"]
    assert len(flagged) == 2 and all(line["detectors"] for line in flagged)


_KEYS = st.sampled_from(["_meta", "uri", "type", "text", "content", "structuredContent", OWN_PREFIX + "notice", "a<b"])
_TEXTS = st.sampled_from([NOTICE_URI, NOTICE_URI + "/x", "file:///a", "<PII:email:abc>", "plain", "", "\u003c"])
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | _TEXTS | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS | st.text(max_size=3), inner, max_size=3),
    max_leaves=12,
)


@given(value=st.dictionaries(_KEYS, _JSON, max_size=4))
@example(value={"content": [{"type": "resource_link", "uri": NOTICE_URI}]})
@example(value={"content": [{"type": "text", "text": "done", "_meta": {OWN_PREFIX + "notice": "clean"}}]})
@example(value={"query": "a <b> tag"})
@settings(max_examples=300, deadline=None)
def test_what_the_short_route_reads_in_the_json_it_would_find_in_the_value(value: dict[str, Any]) -> None:
    """The short route looks for a claim of the gateway's places only where `"_meta":` or `"uri":` is in a message's
    JSON, and for a placeholder only where `<` is: no claim and no `<` without them."""
    data = fastjson.dumps(value)
    assert data is not None
    if b'"_meta":' not in data and b'"uri":' not in data:
        assert not outcome.claims(value)
    if b"<" not in data:
        texts, _places = gather(value, "free")
        assert not any("<" in text for text in texts)

"""Big messages in the chain: checked off the event loop in one worker call each, with the findings, redactions and
blobs a small message of the same content gets."""

from __future__ import annotations

import asyncio
import base64
import re
from typing import Any

import pytest

from secure_mcp_gateway import chain as chain_mod
from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import OFFLOAD_BYTES, Chain
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import memo
from secure_mcp_gateway.pipeline import Pipeline

pytestmark = pytest.mark.anyio

TOKEN = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
_LINE = "The weather in Paris is sunny; def handler(request): return request.body\n"
FILLER = _LINE * (OFFLOAD_BYTES // len(_LINE) + 10)


@pytest.fixture(autouse=True)
def _own_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo of this test's own: texts another test read (the same filler) are first sightings here too."""
    monkeypatch.setattr(memo, "MEMO", memo.Memo())


@pytest.fixture
def hand_offs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every function the chain hands to a worker thread."""
    seen: list[str] = []
    real = asyncio.to_thread

    async def counted(fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        seen.append(getattr(fn, "__name__", repr(fn)))
        return await real(fn, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", counted)
    return seen


def _chain() -> Chain:
    return Chain(Pipeline(GatewayConfig(cache={"enabled": False})))


def _result(secret_at_end: bool, blob: bool) -> dict[str, Any]:
    text = FILLER + (f"key {TOKEN}\n" if secret_at_end else "")
    out: dict[str, Any] = {"content": [{"type": "text", "text": text}]}
    if blob:
        data = base64.b64encode(f"export GITHUB_TOKEN={TOKEN}\n".encode()).decode()
        out["content"].append({"type": "resource", "resource": {"uri": "file:///a.env", "blob": data}})
    return out


async def _checked(value: Any, big: bool, direction: str = "output") -> tuple[Any, list[dict[str, Any]]]:
    chain = _chain()
    call = CallLine("fs", "read", "fs__read")
    if direction == "output":
        flow = await chain.to_client_value(call, "tools/call", value, offload=big)
    else:
        flow = await chain.to_server_value(call, "tools/call", value)
    return flow, call.detectors


@pytest.mark.parametrize("blob", [False, True])
@pytest.mark.parametrize("secret", [False, True])
async def test_a_big_result_is_checked_in_one_worker_call_with_the_findings_of_the_in_loop_path(
    hand_offs: list[str], monkeypatch: pytest.MonkeyPatch, secret: bool, blob: bool
) -> None:
    value = _result(secret, blob)
    big, big_hits = await _checked(value, big=True)
    assert len(hand_offs) == 1, hand_offs
    hand_offs.clear()
    monkeypatch.setattr(chain_mod, "OFFLOAD_BYTES", 1 << 40)  # the same message, checked on the event loop
    small, small_hits = await _checked(value, big=False)
    assert hand_offs == []
    assert big_hits == small_hits
    assert (big.blocked, big.changed) == (small.blocked, small.changed)
    if secret or blob:
        assert big_hits and TOKEN not in str(big.value) and big.changed
        assert _placeholders_shape(big.value) == _placeholders_shape(small.value)
    else:
        assert big.value is value and not big.changed
    if blob and not secret:
        kept = big.value["content"][0]["text"]
        assert kept is value["content"][0]["text"], "an unchanged string is the very one that came in"
        encoded = big.value["content"][1]["resource"]["blob"]
        assert TOKEN not in base64.b64decode(encoded).decode(), "the blob's text was read and redacted"


def _placeholders_shape(value: Any) -> list[str]:
    """The texts of a result (blobs decoded) with each placeholder's unique part cut, so that two checks of the same
    content compare equal."""
    texts = [part["text"] for part in value["content"] if "text" in part]
    texts += [base64.b64decode(p["resource"]["blob"]).decode() for p in value["content"] if "resource" in p]
    return [re.sub(r"<SECRET:([a-z_]+):[^>]+>", r"<SECRET:\1>", t) for t in texts]


async def test_big_arguments_are_checked_in_one_worker_call(hand_offs: list[str]) -> None:
    arguments = {"path": "notes.txt", "content": FILLER + f"token {TOKEN}"}
    flow, hits = await _checked(arguments, big=True, direction="input")
    assert hand_offs == ["_gather_off_loop"]
    # a secret the model sends waits for the user's consent, which a client that cannot be asked refuses
    assert [(h["detector"], h["action"]) for h in hits] == [("secrets", "confirm"), ("consent", "block")]
    assert flow.blocked is not None and flow.value is None


async def test_a_step_between_gathering_and_the_detectors_gets_them_a_worker_call_of_their_own(
    hand_offs: list[str],
) -> None:
    chain = _chain()
    call = CallLine("fs", "read", "fs__read")
    restored: list[int] = []

    async def restore_pii(texts: list[str], places: list[Any], keys: Any, call: Any = None) -> dict[int, str]:
        restored.append(len(texts))
        return {}

    chain.pipeline.restore_pii = restore_pii  # type: ignore[method-assign]
    chain.pipeline._pii_keys[call.request_id] = [("enkrypt", "k")]
    flow = await chain.to_client_value(call, "tools/call", _result(True, False), offload=True)
    assert len(restored) == 1, "the remote PII restore ran between gathering and the local checks"
    assert len(hand_offs) == 2
    assert call.detectors and TOKEN not in str(flow.value)


def _fresh(value: Any) -> Any:
    """An equal value made of new objects (as a server's next answer is decoded)."""
    import json

    return json.loads(json.dumps(value))


@pytest.mark.parametrize("filler", [FILLER, FILLER[: 100 * 1024]], ids=["big", "over-64KB"])
async def test_a_large_result_that_keeps_coming_back_is_digested_for_the_audit_line_once(
    monkeypatch: pytest.MonkeyPatch, filler: str
) -> None:
    from secure_mcp_gateway.audit import records

    made: list[int] = []
    real = records.digest

    def counted(value: Any) -> dict[str, Any]:
        made.append(1)
        return real(value)

    monkeypatch.setattr(records, "digest", counted)
    monkeypatch.setattr(records, "_DIGESTS", {})
    chain = _chain()
    result = {"content": [{"type": "text", "text": filler + "plain words"}], "isError": False}
    expected = real(result)
    keys = []
    for _ in range(4):
        call = CallLine("fs", "read", "fs__read")
        flow = await chain.to_client_value(call, "tools/call", _fresh(result))
        assert flow.big == (len(filler) > OFFLOAD_BYTES)
        assert not flow.changed and call.detectors == []
        keys.append(flow.clean_key)
        line = records.PendingDigest(flow.original, flow.clean_key)
        assert line.resolve() == expected, "the digest on the line is the digest of the payload"
    assert keys[0] is None, "a result seen once has no key (its strings were read without one)"
    assert keys[1] is not None and len(set(keys[1:])) == 1
    assert len(made) == 2, "digested afresh when first seen, and once under its key"


@pytest.mark.parametrize(
    "change",
    [
        lambda v: v["content"][0].__setitem__("text", v["content"][0]["text"][:-1] + "X"),
        lambda v: v.__setitem__("isError", True),
        lambda v: v.__setitem__("count", 2),
        lambda v: v["content"][0].__setitem__("kind", "text"),
        lambda v: v["content"].append({"type": "text", "text": ""}),
    ],
)
async def test_a_big_payload_key_names_that_payload_only(change: Any) -> None:
    chain = _chain()
    base = {"content": [{"type": "text", "text": FILLER + "plain words"}], "isError": False, "count": 1}
    other = _fresh(base)
    change(other)
    keys = {}
    for name, value in (("base", base), ("other", other)):
        for _ in range(2):
            flow = await chain.to_client_value(
                CallLine("fs", "read", "fs__read"), "tools/call", _fresh(value), offload=True
            )
        keys[name] = flow.clean_key
    assert None not in keys.values() and keys["base"] != keys["other"]


async def test_a_big_payload_read_through_look_alikes_or_with_blobs_gets_no_key() -> None:
    chain = _chain()
    folded = {"content": [{"type": "text", "text": FILLER + "ﬁle ｗｉｄｅ"}]}
    blob = base64.b64encode(b"plain text in a blob").decode()
    blobbed = {
        "content": [{"type": "text", "text": FILLER}, {"type": "resource", "resource": {"uri": "f:/a", "blob": blob}}]
    }
    for value in (folded, blobbed):
        for _ in range(3):
            flow = await chain.to_client_value(
                CallLine("fs", "read", "fs__read"), "tools/call", _fresh(value), offload=True
            )
            assert flow.clean_key is None and not flow.changed


def test_a_payload_of_many_parts_gets_no_key_and_is_not_walked_whole() -> None:
    from secure_mcp_gateway.guardrails import memo

    key = b"k" * 16
    small = {"content": [{"type": "text", "text": "x"}], "rows": list(range(100))}
    assert memo.payload_key(small, ["x"], [key]) is not None
    many = {"content": [{"type": "text", "text": "x"}], "rows": [None] * 200_000}
    assert memo.payload_key(many, ["x"], [key]) is None
    assert memo.payload_key(small, ["x"], [key, None]) is None
    assert memo.payload_key(small, ["x"], [key]) != memo.payload_key({**small, "rows": list(range(99))}, ["x"], [key])


def test_a_payload_key_tells_apart_what_json_tells_apart() -> None:
    from secure_mcp_gateway.guardrails import memo

    key = b"k" * 16

    def named(extra: Any) -> bytes | None:
        return memo.payload_key({"content": [{"type": "text", "text": "x"}], "n": extra}, ["x"], [key])

    values = [1, 1.0, True, None, "1", [1], {"1": 1}, 2**64, 2**64 + 1, -(2**70), 1e300, 0.1, 0.30000000000000004]
    keys = [named(v) for v in values]
    assert None not in keys and len(set(keys)) == len(values)
    assert named(2**64 + 1) == named(2**64 + 1) and named(0.1) == named(0.1)
    assert named(float("nan")) is None and named(float("inf")) is None, "what JSON cannot carry gets no key"
    lone = memo.payload_key({"\ud800": "x"}, ["x"], [key])
    assert lone is not None and lone != memo.payload_key({"\ud801": "x"}, ["x"], [key])


async def test_a_flows_repr_leaves_out_what_the_message_holds() -> None:
    body = f"deploy notes, token {TOKEN}, contact Jane Roe\n" + "build log line\n" * 20_000
    flow = await _chain().to_client_value(
        CallLine("ci", "log", "ci__log"), "tools/call", {"content": [{"type": "text", "text": body}]}
    )
    flow.pii_keys = [("<PERSON_1>", "Jane Roe")]
    assert flow.original is not None and flow.texts, "the flow holds the message"
    text = repr(flow)
    assert len(text) < 2_000, "a repr of a 300 KB message stays short"
    assert TOKEN not in text and "Jane Roe" not in text and "<PERSON_1>" not in text
    assert "tools/call" in text and "output" in text


async def test_a_result_seen_once_is_digested_from_the_json_made_for_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from secure_mcp_gateway import handlers
    from secure_mcp_gateway.audit import records

    made: list[int] = []
    real = records.digest
    monkeypatch.setattr(records, "digest", lambda value: made.append(1) or real(value))
    result = {"content": [{"type": "text", "text": FILLER[: 100 * 1024] + "seen once"}], "isError": False}
    flow = await _chain().to_client_value(CallLine("fs", "read", "fs__read"), "tools/call", result)
    assert not flow.changed and flow.clean_key is None and flow.json is not None
    pending = handlers._keyed(records.PendingDigest(flow.value), flow)
    assert pending.json is flow.json, "the result's JSON goes to the audit writer with it"
    assert pending.resolve() == real(result) and made == [], "digested from that JSON, not encoded again"

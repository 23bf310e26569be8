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
from secure_mcp_gateway.pipeline import Pipeline

pytestmark = pytest.mark.anyio

TOKEN = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
_LINE = "The weather in Paris is sunny; def handler(request): return request.body\n"
FILLER = _LINE * (OFFLOAD_BYTES // len(_LINE) + 10)


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

    async def restore_pii(texts: list[str], places: list[Any], keys: Any) -> dict[int, str]:
        restored.append(len(texts))
        return {}

    chain.pipeline.restore_pii = restore_pii  # type: ignore[method-assign]
    chain.pipeline._pii_keys[call.request_id] = [("enkrypt", "k")]
    flow = await chain.to_client_value(call, "tools/call", _result(True, False), offload=True)
    assert len(restored) == 1, "the remote PII restore ran between gathering and the local checks"
    assert len(hand_offs) == 2
    assert call.detectors and TOKEN not in str(flow.value)

"""A message the local detectors found nothing in is not read again when it comes back whole; anything else is."""

from __future__ import annotations

from typing import Any

import pytest

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.chain import Chain
from secure_mcp_gateway.clean import CleanMessages
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.guardrails import memo
from secure_mcp_gateway.guardrails.local import LocalGuard
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


def test_keys_tell_strings_and_places_apart_and_keep_no_text() -> None:
    clean = CleanMessages()
    a = clean.key(["ab", "c"], [((), "x", False), ((), "y", False)])
    b = clean.key(["a", "bc"], [((), "x", False), ((), "y", False)])
    c = clean.key(["ab", "c"], [((), "x", False), ((0,), "y", False)])
    d = clean.key(["ab", "c"], [((), "x", False), (("0",), "y", False)])
    assert len({a, b, c, d}) == 4
    assert a is not None and b"ab" not in a
    assert clean.key(["\ud800"], [((), None, False)]) is None, "a lone surrogate is not remembered"
    assert clean.key(["x" * 70_000], [((), None, False)]) is None, "nor a large message"


def test_the_set_stays_bounded_and_keeps_what_is_used() -> None:
    clean = CleanMessages(entries=4)
    keys = [clean.key([str(n)], [((), None, False)]) for n in range(20)]
    for k in keys[:4]:
        clean.add(k)
    for k in keys[4:9]:
        clean.add(k)
        assert keys[0] in clean  # used: carried into the newest generation
    assert len(clean) <= 8
    assert keys[1] not in clean, "an entry not used for two generations is forgotten"

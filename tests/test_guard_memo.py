"""The verdict memo: a text seen again is not read again, and nothing a client, the audit trail or the next step
sees differs from a fresh check; a changed policy never reuses old findings; the memo holds no clear text and stays
within its bounds."""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_sample import stratified
from hypothesis import given, settings
from hypothesis import strategies as st
from memlink import Client, connect

from secure_mcp_gateway.clean import CleanMessages
from secure_mcp_gateway.config import GatewayConfig, GuardrailPolicy
from secure_mcp_gateway.guardrails import local, memo, secrets
from secure_mcp_gateway.guardrails.findings import Finding
from secure_mcp_gateway.guardrails.redact import Vault
from secure_mcp_gateway.handlers import Handlers
from secure_mcp_gateway.hub import Hub
from secure_mcp_gateway.pipeline import Pipeline

CORPUS = Path(__file__).parent / "corpus"
SECRET = "ghp_8fK2mQ9xT4vL7nR1wZ6yB3cH5jD0sP2aE7uG"
HOSTILE = Path(__file__).parent / "servers" / "hostile_server.py"
ALL = {"secrets": "redact", "pii": "warn", "injection": "flag", "hidden_text": "redact", "deny": "block"}


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> memo.Memo:
    """A memo of this test's own (on), in place of the process's."""
    m = memo.Memo(entries=100_000)
    m.enabled = True
    monkeypatch.setattr(memo, "MEMO", m)
    return m


def _strings(value: Any, out: list[str]) -> list[str]:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in ("_about", "kinds", "kind"):
                _strings(v, out)
    return out


def corpus_texts() -> list[tuple[str, str]]:
    """Every corpus text with its stratum: the corpus and the group it is in (positives, negatives, ...)."""
    texts: list[tuple[str, str]] = []
    for name in ("secrets", "pii", "injection", "hidden"):
        for group, value in json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8")).items():
            if group != "_about":
                texts += [(f"{name} {group}", t) for t in _strings(value, []) if len(t) > 3]
    return texts


def shapes(text: str, other: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The messages a text arrives in: alone, repeated in structured content, cut between blocks, beside another."""
    yield "output", {"content": [{"type": "text", "text": text}]}
    yield "output", {"content": [{"type": "text", "text": text}], "structuredContent": {"result": text}}
    cut = len(text) // 2
    yield "output", {"content": [{"type": "text", "text": text[:cut]}, {"type": "text", "text": text[cut:]}]}
    yield "output", {"content": [{"type": "text", "text": other}, {"type": "text", "text": text}]}
    yield "input", {"query": text, "token": text[cut:], "name": "API_TOKEN", "value": other}


def outcome(verdict: Any) -> tuple[Any, ...]:
    return (verdict.value, verdict.shown, verdict.hits, verdict.blocked)


def check(guard: local.LocalGuard, direction: str, value: dict[str, Any], vault: Vault) -> tuple[Any, ...]:
    if direction == "output":
        return outcome(guard.check_output(value, vault))
    return outcome(guard.check_input(value, vault))


@pytest.mark.timeout(480)  # four passes over a share of the corpora: slow on a machine under heavy load
@pytest.mark.parametrize(
    ("policy", "salt"),
    [
        (GuardrailPolicy(), "memo default"),
        (
            GuardrailPolicy.model_validate(
                {
                    "injection_threshold": 0.3,
                    "output": {**ALL, "pii": "redact", "injection": "redact"},
                    "input": {**ALL, "pii": "redact", "injection": "block"},
                }
            ),
            "memo strict",
        ),
    ],
    ids=["default", "strict"],
)
def test_memo_on_and_off_give_the_same_verdicts_on_the_corpora(
    fresh: memo.Memo, policy: GuardrailPolicy, salt: str
) -> None:
    """Each policy on its own sample of the corpora, about one text in eighty of every corpus's every group (the
    memo keys and keeps verdicts alike whatever a text holds: a sample of each group gives it findings of every
    detector, redactions and placeholders; `corpus_sample.stratified`; every text with SMG_FULL_CORPUS=1, and the
    held-out slices too with benchmarks/bench_memo.py --check)."""
    texts = [t for _, t in stratified(corpus_texts(), lambda e: e[0], 80, salt=salt)]
    guard = local.LocalGuard(policy)
    vault = Vault()
    cases = [(d, v) for n, t in enumerate(texts) for d, v in shapes(t, texts[(n * 7 + 3) % len(texts)])]
    fresh.enabled = False
    off = [check(guard, d, v, vault) for d, v in cases]
    assert len(fresh) == 0
    fresh.enabled = True
    first = [check(guard, d, v, vault) for d, v in cases]  # texts seen once are not kept
    second = [check(guard, d, v, vault) for d, v in cases]  # ... from their second sighting on they are
    hits = fresh.hits
    third = [check(guard, d, v, vault) for d, v in cases]
    assert first == off
    assert second == off
    assert third == off
    assert fresh.hits > hits + len(cases)  # the third pass was answered from the memo
    assert sum(1 for o in off if o[2]) > len(cases) // 4  # the corpora do hold findings


def test_a_repeated_text_is_not_read_again_and_a_fresh_guard_reads_it_once(
    fresh: memo.Memo, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = secrets.find

    def counting(text: str, low: str | None = None) -> list[Finding]:
        calls.append(text)
        return real(text, low)

    monkeypatch.setattr(secrets, "find", counting)
    guard = local.LocalGuard(GuardrailPolicy())
    result = {"content": [{"type": "text", "text": f"deploy token {SECRET} and a long note " * 20}]}
    vault = Vault()
    first = guard.check_output(result, vault)
    read = len(calls)  # the keys, the text, then the text with its placeholders (a redaction is checked again)
    assert sum("deploy token" in c for c in calls) == 2
    assert outcome(guard.check_output(result, vault)) == outcome(first)  # seen twice: kept from now on
    assert len(calls) == 2 * read
    third = guard.check_output(result, vault)
    assert len(calls) == 2 * read
    assert outcome(first) == outcome(third)
    assert SECRET not in json.dumps(third.value)
    fresh.enabled = False
    assert outcome(guard.check_output(result, vault)) == outcome(first)
    assert len(calls) == 3 * read


def test_a_changed_policy_does_not_reuse_old_findings(fresh: memo.Memo) -> None:
    result = {"content": [{"type": "text", "text": "release codename BLUEFIN ships friday, then MARLIN"}]}

    def shown(pattern: str) -> str:
        said = {"deny_patterns": [{"pattern": pattern}], "output": {**ALL, "deny": "redact"}}
        guard = local.LocalGuard(GuardrailPolicy.model_validate(said))
        return guard.check_output(result, Vault()).value["content"][0]["text"]

    first = shown("BLUEFIN")  # both patterns' findings are "pattern_0": only the policy tells them apart
    assert "BLUEFIN" not in first and "MARLIN" in first
    second = shown("MARLIN")
    assert "BLUEFIN" in second and "MARLIN" not in second
    assert local.LocalGuard(GuardrailPolicy()).check_output(result, Vault()).hits == []
    assert shown("BLUEFIN") == first


def test_a_reload_clears_the_memo() -> None:
    pipeline = Pipeline(GatewayConfig(cache={"enabled": False}))
    pipeline.guard("s").check_output({"content": [{"type": "text", "text": "a short result"}]}, Vault())
    saved = memo.MEMO.enabled
    memo.MEMO.enabled = True
    try:
        for _ in range(3):
            pipeline.guard("s").check_output({"content": [{"type": "text", "text": "another result"}]}, Vault())
        assert len(memo.MEMO) > 0
        pipeline.configure(GatewayConfig(cache={"enabled": False}))
        assert len(memo.MEMO) == 0
    finally:
        memo.MEMO.enabled = saved


def test_no_clear_text_is_kept(fresh: memo.Memo) -> None:
    guard = local.LocalGuard(GuardrailPolicy())
    texts = [f"token {SECRET}", "first half ghp_8fK2mQ9xT4vL7nR1w", "Zy6yB3cH5jD0sP2aE7uG second half"]
    vault = Vault()
    for _ in range(3):
        guard.check_output({"content": [{"type": "text", "text": t} for t in texts]}, vault)
    assert len(fresh) >= 2 and fresh.hits >= 1
    kept = pickle.dumps((fresh._entries, fresh._seen, fresh._sighted, fresh._sighted_before))
    for t in (*texts, SECRET):
        for i in range(0, len(t) - 8):
            assert t[i : i + 8].encode() not in kept
            assert t[i : i + 8].encode("utf-16-le") not in kept


def test_findings_given_back_cannot_change_the_memo(fresh: memo.Memo) -> None:
    detect = fresh.detecting(b"t", secrets.find)
    text = f"export GITHUB_TOKEN={SECRET}"
    first = detect(text)
    first.clear()
    second = detect(text)
    assert second and second == secrets.find(text)
    second.append(Finding("secrets", "x", 0, 1))
    assert detect(text) == secrets.find(text)


def test_the_memo_stays_within_its_bounds() -> None:
    m = memo.Memo(entries=50, chars=10_000, findings=400)
    m.enabled = True
    f = Finding("pii", "email", 0, 3)
    for n in range(500):
        m.put(memo.digest(f"text number {n}", b"s"), (f,) * (n % 7), 100 + n % 200, n % 7)
        assert len(m) <= 50 and m.chars <= 10_000 and m.findings <= 400
    m.put(memo.digest("huge", b"s"), (f,) * 100, 10, 100)  # more findings than an eighth of the bound: not kept
    assert m.get(memo.digest("huge", b"s")) is None
    assert m.get(memo.digest("text number 499", b"s")) is not None  # the most recent are kept
    assert m.get(memo.digest("text number 0", b"s")) is None
    for n in range(500):  # texts seen once are only counted, in two generations of at most `entries` each
        assert m.key(b"s", f"seen once {n}") is None
        assert len(m._sighted) + len(m._sighted_before) <= 2 * (50 + 1)


def test_a_long_text_is_remembered_from_its_second_sighting(fresh: memo.Memo) -> None:
    long = "ordinary log line without anything\n" * (memo.GATE // 30)
    assert fresh.key(b"s", long) is None
    assert fresh.key(b"s", long) == memo.digest(long, b"s")
    other = long[:-5] + "ends!"  # same length and middle, another tail
    assert fresh.key(b"s", other) is None
    assert memo.digest(long, b"s") != memo.digest(long, b"t") != memo.digest(long[:-1], b"t")


def test_memo_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(memo.MEMO_ENV, "off")
    assert memo.Memo().enabled is False
    monkeypatch.setenv(memo.MEMO_ENV, "on")
    assert memo.Memo().enabled is True


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def client() -> AsyncIterator[Client]:
    server = {"command": sys.executable, "args": [str(HOSTILE), "--plant", "plain"], "pinning": "off"}
    hub = Hub(GatewayConfig(mcpServers={"h": server}, cache={"enabled": False}))
    client = await connect(hub, Handlers(hub), {})
    yield client
    await hub.stop()


@pytest.mark.anyio
@pytest.mark.parametrize("case", ["token2", "token3", "instruction", "pairs", "keyed", "labelled", "meta", "prose"])
async def test_a_client_sees_the_same_result_with_the_memo_on_off_and_repeated(client: Client, case: str) -> None:
    saved = memo.MEMO.enabled
    try:
        memo.MEMO.enabled = False
        args = {"name": "h__split", "arguments": {"case": case}}
        off = await client.call("tools/call", args)
        memo.MEMO.enabled = True
        hits = memo.MEMO.hits + CleanMessages.hits_total[0]  # (a clean message is remembered whole)
        first = await client.call("tools/call", args)
        again = await client.call("tools/call", args)
        third = await client.call("tools/call", args)
        assert memo.MEMO.hits + CleanMessages.hits_total[0] > hits
    finally:
        memo.MEMO.enabled = saved
    assert off == first == again == third


def test_a_message_checked_leaves_no_clear_text_in_the_detectors_own_memo() -> None:
    cells = [c for c in secrets.find.__closure__ or () if isinstance(c.cell_contents, dict)]
    assert len(cells) == 2  # its two generations

    def kept() -> set[str]:
        return {text for c in cells for text in c.cell_contents}

    for c in cells:
        c.cell_contents.clear()  # (what earlier tests asked of secrets.find directly)
    short = f"key={SECRET}"
    guard = local.LocalGuard(GuardrailPolicy())
    guard.check_input({"token": short, "a": "ghp_8fK2mQ9xT4vL7nR1w", "b": "Zy6yB3cH5jD0sP2aE7uG"}, Vault())
    guard.check_output({"content": [{"type": "text", "text": short}]}, Vault())
    assert not any(SECRET[:12] in text or "ghp_8fK2mQ9xT4vL7nR1w" in text for text in kept())
    assert secrets.find(short) and short in kept()  # (the memo looked at is the one secrets.find keeps)


def _normalise_char_by_char(texts: list[str], owners: dict[int, list[int]]) -> list[str]:
    """`local._normalise` as it reads every character (the reference its shortcut must agree with)."""
    import unicodedata

    from secure_mcp_gateway.guardrails import hidden

    read = list(texts)
    for i, text in enumerate(texts):
        if text.isascii():
            continue
        drop = {j for mark in hidden.find(text) for j in range(mark.start, mark.end)}
        parts: list[str] = []
        owner: list[int] = []
        for j, ch in enumerate(text):
            if j in drop:
                continue
            norm = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
            parts.append(norm)
            owner.extend([j] * len(norm))
        if "".join(parts) != text:
            read[i] = "".join(parts)
            owners[i] = owner
    return read


@given(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40), min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_text_already_in_nfkc_is_read_as_it_is_and_the_rest_as_before(texts: list[str]) -> None:
    texts = [*texts, "東京都の天気は晴れです", "café\u200b", "ﬁle ｆｕｌｌ", "e\u0301"]
    owners: dict[int, list[int]] = {}
    expected: dict[int, list[int]] = {}
    assert local._normalise(texts, owners) == _normalise_char_by_char(texts, expected)
    assert owners == expected


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=40), st.integers(min_value=1, max_value=9))
def test_a_long_text_digested_in_slices_gets_the_digest_of_the_whole_text(piece: str, slice_: int) -> None:
    text = (piece + "\ud83d\ude00 x\U0001f600") * 7
    reference = memo._KEYED.copy()
    reference.update((4).to_bytes(4, "big") + b"salt")
    reference.update(text.encode("utf-8", "surrogatepass"))
    old = memo._SLICE
    memo._SLICE = slice_  # (a module setting: restored below, whatever happens)
    try:
        assert memo.digest(text, b"salt") == reference.digest()[:16]
    finally:
        memo._SLICE = old


def test_a_long_text_is_digested_without_a_copy_of_its_size() -> None:
    import tracemalloc

    text = "The weather in Paris is sunny; def handler(request): return request.body\n" * 60_000
    memo.digest("warm")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        memo.digest(text, b"salt")
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < len(text) // 4, peak


def test_a_long_text_seen_once_costs_no_keyed_digest(fresh: memo.Memo, monkeypatch: pytest.MonkeyPatch) -> None:
    digested: list[int] = []
    real = memo.digest
    monkeypatch.setattr(memo, "digest", lambda text, salt=b"": digested.append(len(text)) or real(text, salt))
    long = "ordinary log line without anything\n" * (memo.GATE // 30)
    assert fresh.key(b"s", long) is None
    assert digested == [], "a first sighting is known by Python's hash of its ends, not by a digest"
    assert fresh.key(b"s", long) == real(long, b"s")
    assert digested == [len(long)], "a second sighting pays one digest: of the whole text"
    assert fresh.key(b"t", long) is None, "under other checks it is a first sighting again"

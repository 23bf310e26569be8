"""The result budget in process: previews that fit, the kept result, paging, expiry, bounds and ownership."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from fakes import FakeClock
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway.budget import meta
from secure_mcp_gateway.budget.budgets import Budgets
from secure_mcp_gateway.budget.preview import META_KEY, Stored, build_preview, document, fits, size_of
from secure_mcp_gateway.budget.results import NotKept, ResultStore, result_id
from secure_mcp_gateway.config import ResultStoreSettings, parse

sys.path.insert(0, str(Path(__file__).parent / "servers"))
from catalog_server import log_text

pytestmark = pytest.mark.anyio
KEPT = Stored("abc", "gateway://results/abc", 3600)


def text_result(chars: int) -> dict:
    return {"content": [{"type": "text", "text": log_text(chars, "<SECRET:github_token:1>")}]}


def note_of(preview: dict) -> str:
    notes = [b["text"] for b in preview["content"] if isinstance(b, dict) and isinstance(b.get("text"), str)]
    return next(t for t in notes if t.startswith("[secure-mcp-gateway]"))


@pytest.mark.parametrize("budget", [2000, 10_000, 40_000, 100_000])
def test_a_huge_text_result_becomes_a_preview_within_budget(budget):
    result = text_result(2_000_000)
    preview = build_preview(result, budget, KEPT)
    assert size_of(preview) <= budget
    head = preview["content"][0]["text"]
    assert result["content"][0]["text"].startswith(head) and len(head) > budget // 3
    note = note_of(preview)
    assert "2,000," in note and f"{budget:,}" in note and "gateway://results/abc" in note
    resume = preview["_meta"][META_KEY]["resume"]
    assert resume == len(head) and f'"offset": {resume}' in note
    assert preview["content"][-1] == {
        "type": "resource_link",
        "uri": "gateway://results/abc",
        "name": "result-abc",
        "title": "Full tool result",
        "description": "The complete result as checked by the gateway (redactions applied).",
        "mimeType": "text/plain",
    }


def test_escapes_count_against_the_budget():
    result = {"content": [{"type": "text", "text": '"\\\n\t' * 100_000}]}
    preview = build_preview(result, 5000, KEPT)
    assert size_of(preview) <= 5000 and len(preview["content"][0]["text"]) > 500


def test_every_cut_block_is_summarised_and_small_blocks_before_it_are_kept():
    png = base64.b64encode(b"\x89PNG" + bytes(3000)).decode()
    result = {
        "content": [
            {"type": "text", "text": "short intro"},
            {"type": "image", "data": png, "mimeType": "image/png"},
            {"type": "text", "text": "x" * 100_000},
            {"type": "resource", "resource": {"uri": "file:///n.txt", "mimeType": "text/plain", "text": "n" * 50}},
            {"type": "resource_link", "uri": "file:///other", "name": "other"},
            {"type": "audio", "data": png, "mimeType": "audio/wav"},
        ],
        "structuredContent": {"rows": ["r" * 100] * 500},
    }
    preview = build_preview(result, 8000, KEPT, structured_required=True)
    assert size_of(preview) <= 8000
    assert preview["content"][:2] == result["content"][:2]
    assert preview["content"][2]["text"] == "x" * len(preview["content"][2]["text"])
    note = note_of(preview)
    for cut in (
        "block 3 (text, 100,000 characters): its first",
        "block 4 (embedded resource file:///n.txt",
        "block 5 (link to file:///other)",
        "block 6 (audio (audio/wav), 3,004 bytes)",
        "structured content",
    ):
        assert cut in note, cut
    assert preview["isError"] is True and "output schema" in note
    assert "structuredContent" not in preview


def test_many_cut_blocks_are_counted_by_kind():
    result = {"content": [{"type": "text", "text": "t" * 300}] * 400 + [{"type": "image", "data": "QUFB" * 9000}]}
    preview = build_preview(result, 3000, KEPT)
    assert size_of(preview) <= 3000
    assert "more (1 image, " in note_of(preview)


def test_small_structured_content_and_error_flag_survive():
    result = {"content": [{"type": "text", "text": "y" * 50_000}], "structuredContent": {"ok": 1}, "isError": True}
    preview = build_preview(result, 10_000, KEPT)
    assert preview["structuredContent"] == {"ok": 1} and preview["isError"] is True


def test_no_link_for_old_protocols_and_no_promise_when_not_kept():
    preview = build_preview(text_result(50_000), 4000, Stored(None, None, why_not="too big to keep"), links=False)
    assert not any(b["type"] == "resource_link" for b in preview["content"])
    assert "could not be kept (too big to keep)" in note_of(preview)


def test_the_document_is_the_text_in_block_order():
    single = text_result(1000)
    assert document(single).text == single["content"][0]["text"]
    multi = {
        "content": [{"type": "text", "text": "a"}, {"type": "image", "data": "QUFB", "mimeType": "image/png"}],
        "structuredContent": {"k": "v"},
    }
    text = document(multi).text
    assert text.startswith("a\n\n[block 2 (image (image/png), 3 bytes)") and text.endswith('"k": "v"\n}')
    repeated = {"content": [{"type": "text", "text": json.dumps({"k": "v"})}], "structuredContent": {"k": "v"}}
    assert document(repeated).text == json.dumps({"k": "v"}), "structured content already in a block is not doubled"


async def test_the_store_keeps_results_for_their_owner_only_until_they_expire():
    clock = FakeClock()
    store = ResultStore(ResultStoreSettings(ttl=60), clock=clock)
    rid = await store.put("alice", {"content": []})
    assert await store.get("alice", rid) == {"content": []}
    assert await store.get("bob", rid) is None
    clock.now += 59
    assert await store.get("alice", rid) is not None, "a read keeps it another ttl"
    clock.now += 59
    assert await store.get("alice", rid) is not None
    clock.now += 61
    assert await store.get("alice", rid) is None and len(store) == 0 and store.total == 0


async def test_the_store_is_bounded_oldest_first_and_refuses_what_never_fits():
    store = ResultStore(ResultStoreSettings(max_total_mb=1))
    first = await store.put("s", text_result(400_000))
    second = await store.put("s", text_result(400_000))
    third = await store.put("s", text_result(400_000))
    assert await store.get("s", first) is None
    assert await store.get("s", second) is not None and await store.get("s", third) is not None
    assert store.total <= 1024 * 1024
    with pytest.raises(NotKept, match="more than the store's bound of 1 MB"):
        await store.put("s", text_result(1_200_000))
    store.forget("s")
    assert len(store) == 0 and store.total == 0


async def test_on_disk_results_are_private_files_removed_on_close(tmp_path):
    base = tmp_path / "state" / "results"
    stale = base / "999999999-dead"
    stale.mkdir(parents=True)
    os.utime(stale, (1, 1))
    store = ResultStore(ResultStoreSettings(store="disk", ttl=60), directory=base)
    assert stale.exists() and len(list(base.iterdir())) == 1, "nothing is made before a result is kept"
    rid = await store.put("s", text_result(300_000))
    (path,) = [p for p in base.rglob("*.json")]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not stale.exists(), "a directory left by a dead process is cleaned"
    assert (await store.get("s", rid))["content"][0]["text"] == text_result(300_000)["content"][0]["text"]
    assert await store.get("t", rid) is None
    store.close()
    assert not path.exists() and not path.parent.exists()


async def test_an_unwritable_store_still_answers_with_a_preview(tmp_path):
    store = ResultStore(ResultStoreSettings(store="disk"), directory=tmp_path / "r")
    os.rmdir(store._directory())
    store._dir.write_text("in the way")  # the directory went away and a file took its place
    budgets = Budgets(parse({}, "t").gateway, store=store)
    preview = await budgets.fit(text_result(100_000), None, [])
    assert len(store) == 0
    assert size_of(preview) <= 40_000 and "could not be kept (its file could not be written" in note_of(preview)


def budgets_for(store: ResultStore, owner: str, max_result_chars: int = 40_000) -> Budgets:
    b = Budgets(parse({"gateway": {"max_result_chars": max_result_chars}}, "t").gateway, store=store, owner=owner)
    b.start({"name": "mcp"}, "2025-11-25")
    return b


async def test_read_result_pages_through_the_exact_text_and_never_across_sessions():
    store = ResultStore(ResultStoreSettings())
    alice, bob = budgets_for(store, "alice", 8000), budgets_for(store, "bob", 8000)
    full = text_result(200_000)
    preview = await alice.fit(full, None, [])
    rid = preview["_meta"][META_KEY]["id"]
    assert fits(preview, 8000)
    text, offset, pages = "", 0, 0
    while offset is not None:
        page = await alice.read({"id": rid, "offset": offset})
        assert size_of(page) <= 8000
        text += page["content"][0]["text"]
        offset = page["_meta"][META_KEY]["next"]
        pages += 1
    assert text == full["content"][0]["text"] and pages > 20
    small = await alice.read({"id": rid, "offset": 10, "limit": 5})
    assert small["content"][0]["text"] == full["content"][0]["text"][10:15]
    assert "15 of 200,000" in small["content"][1]["text"]
    stolen = await bob.read({"id": rid})
    assert stolen["isError"] and "no kept result" in stolen["content"][0]["text"]
    assert await bob.read_resource(f"gateway://results/{rid}") is None
    past = await alice.read({"id": rid, "offset": 10**7})
    assert past["isError"] and "past the end" in past["content"][0]["text"]
    bad = await alice.read({"offset": 1})
    assert bad["isError"] and meta.READ in bad["content"][0]["text"]


async def test_resources_read_returns_every_block_whole():
    store = ResultStore(ResultStoreSettings())
    budgets = budgets_for(store, "alice")
    result = {
        "content": [
            {"type": "text", "text": "z" * 60_000},
            {"type": "image", "data": "QUFB", "mimeType": "image/png"},
            {"type": "resource", "resource": {"uri": "file:///a", "mimeType": "text/plain", "text": "embedded"}},
        ],
        "structuredContent": {"n": 1},
    }
    preview = await budgets.fit(result, None, [])
    uri = preview["_meta"][META_KEY]["uri"]
    assert result_id(uri) == preview["_meta"][META_KEY]["id"]
    contents = (await budgets.read_resource(uri))["contents"]
    assert contents == [
        {"uri": uri, "mimeType": "text/plain", "text": "z" * 60_000},
        {"uri": uri, "mimeType": "image/png", "blob": "QUFB"},
        {"uri": "file:///a", "mimeType": "text/plain", "text": "embedded"},
        {"uri": uri, "mimeType": "application/json", "text": '{"n": 1}'},
    ]
    assert await budgets.read_resource("gateway://results/nope") is None
    assert await budgets.read_resource("gateway://results/../../etc") is None
    budgets.close()
    assert await budgets.read_resource(uri) is None, "a closed session's results are gone"


async def test_results_within_budget_pass_untouched_and_the_budget_can_be_off():
    store = ResultStore(ResultStoreSettings())
    budgets = budgets_for(store, "a")
    small = text_result(30_000)
    assert await budgets.fit(small, None, []) is small
    off = budgets_for(store, "a", 0)
    big = text_result(500_000)
    assert await off.fit(big, None, []) is big and len(store) == 0


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=3000)
_block = st.one_of(
    st.builds(lambda t, n: {"type": "text", "text": t * n}, _text, st.integers(1, 40)),
    st.builds(lambda d: {"type": "image", "data": d, "mimeType": "image/png"}, st.text("QUFB=", max_size=9000)),
    st.builds(lambda t: {"type": "resource", "resource": {"uri": "file:///x", "text": t * 7}}, _text),
    st.builds(lambda u: {"type": "resource_link", "uri": u, "name": "n"}, _text),
    st.builds(lambda t: {"type": "odd", "payload": t}, _text),
    _text,
    st.none(),
)
_result = st.fixed_dictionaries(
    {"content": st.lists(_block, max_size=60)},
    optional={
        "structuredContent": st.dictionaries(st.text(max_size=5), _text, max_size=20),
        "isError": st.booleans(),
        "_meta": st.dictionaries(st.text(max_size=5), _text, max_size=5),
    },
)


@settings(max_examples=150, deadline=None)
@given(_result, st.integers(2000, 30_000), st.booleans(), st.booleans())
def test_any_result_becomes_a_preview_within_any_budget(result, budget, kept, required):
    stored = KEPT if kept else Stored(None, None, why_not="x")
    preview = build_preview(result, budget, stored, structured_required=required)
    assert size_of(preview) <= budget
    assert note_of(preview)
    text = document(result).text
    resume = preview["_meta"][META_KEY]["resume"]
    assert 0 <= resume <= len(text)


async def test_a_result_kept_on_disk_reads_back_with_its_numbers_as_written(tmp_path):
    """A result kept in full on disk is read back with `1E400`, `1e5` and `-0` as the server wrote them."""
    from secure_mcp_gateway import framing, jsonrpc

    numbers = b'{"big":1E400,"sci":1e5,"zero":-0,"money":2.50}'
    line = b'{"content":[{"type":"text","text":"' + b"x" * 300_000 + b'"}],"structuredContent":' + numbers + b"}"
    store = ResultStore(ResultStoreSettings(store="disk", ttl=60), directory=tmp_path / "r")
    rid = await store.put("s", framing.decode(line))
    assert numbers in jsonrpc.encode_body(await store.get("s", rid))
    store.close()


def test_the_gateways_own_json_texts_write_numbers_as_the_server_did():
    """Structured content shown in a preview or read back whole, and tool definitions found by a search, are JSON
    texts of what the server sent: `1E400` is not written `Infinity` (not JSON), `1e5` not `100000.0`."""
    from secure_mcp_gateway import framing
    from secure_mcp_gateway.budget.budgets import contents

    structured = framing.decode(b'{"big":1E400,"sci":1e5,"zero":-0,"money":2.50,"name":"caf\xc3\xa9"}')
    result = {"content": [{"type": "text", "text": "x" * 10}], "structuredContent": structured}
    compact = '{"big": 1E400, "sci": 1e5, "zero": -0, "money": 2.50, "name": "café"}'
    texts = [part.text for part in document(result).parts if part.index is None]
    assert texts == ['{\n "big": 1E400,\n "sci": 1e5,\n "zero": -0,\n "money": 2.50,\n "name": "café"\n}']
    assert contents("r://1", result)[-1]["text"] == compact
    assert (
        contents("r://1", {"content": [{"type": "odd", "n": structured}]})[0]["text"]
        == f'{{"type": "odd", "n": {compact}}}'
    )
    schema = framing.decode(b'{"type":"object","properties":{"n":{"type":"number","maximum":1E400,"default":1e5}}}')
    tools = [{"name": "fx__figures", "description": "Figures of the month.", "inputSchema": schema}]
    found = budgets_for(ResultStore(ResultStoreSettings()), "s").search({"query": "figures"}, tools)
    text = found["content"][0]["text"]
    assert '"maximum": 1E400' in text and '"default": 1e5' in text, text

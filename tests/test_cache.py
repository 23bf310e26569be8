"""The disk cache: round trips, expiry, eviction, statistics, switches and what it refuses to keep."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secure_mcp_gateway import cache as cache_module
from secure_mcp_gateway.cache import GatewayCache, cache_directory, format_stats
from secure_mcp_gateway.config import CacheSettings

VERDICT = {"action": "block", "detectors": ["secrets"], "reasons": ["an API key (github token)"]}


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def make(cache_dir: Path, **settings: Any) -> GatewayCache:
    return GatewayCache(CacheSettings(dir=str(cache_dir), **settings))


@pytest.fixture
def cache(cache_dir: Path) -> Iterator[GatewayCache]:
    c = make(cache_dir)
    yield c
    c.close()


def catalog(tools: int = 3, pad: int = 50) -> dict[str, Any]:
    return {
        "serverInfo": {"name": "files", "version": "1.2.3"},
        "capabilities": {"tools": {"listChanged": True}},
        "tools": [
            {"name": f"tool_{i}", "description": "d" * pad, "inputSchema": {"type": "object", "properties": {}}}
            for i in range(tools)
        ],
        "prompts": [],
        "resources": [],
        "resourceTemplates": [],
    }


@pytest.mark.anyio
async def test_catalog_round_trip(cache: GatewayCache) -> None:
    assert await cache.get_catalog("k1") is None
    value = catalog()
    await cache.put_catalog("k1", value)
    got = await cache.get_catalog("k1")
    assert got == value
    assert got is not value


@pytest.mark.anyio
async def test_large_catalog_round_trip(cache: GatewayCache) -> None:
    value = catalog(tools=100, pad=400)  # above diskcache's 32 KiB, so kept in its own file
    await cache.put_catalog("big", value)
    assert await cache.get_catalog("big") == value


@pytest.mark.anyio
async def test_verdict_round_trip_and_kinds_do_not_mix(cache: GatewayCache) -> None:
    await cache.put_verdict("same", VERDICT)
    assert await cache.get_verdict("same") == VERDICT
    assert await cache.get_catalog("same") is None
    await cache.put_catalog("same", catalog())
    assert await cache.get_verdict("same") == VERDICT


@pytest.mark.anyio
async def test_entries_outlive_the_process_that_wrote_them(cache_dir: Path) -> None:
    first = make(cache_dir)
    await first.put_catalog("k", catalog())
    await first.put_verdict("v", VERDICT)
    first.close()
    second = make(cache_dir)
    try:
        assert await second.get_catalog("k") == catalog()
        assert await second.get_verdict("v") == VERDICT
    finally:
        second.close()


@pytest.mark.anyio
async def test_verdicts_expire_after_their_ttl(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    c = make(cache_dir, verdict_ttl=60)
    try:
        await c.put_verdict("v", VERDICT)
        await c.put_catalog("k", catalog())
        now[0] += 59
        assert await c.get_verdict("v") == VERDICT
        assert c.stats()["verdict"]["entries"] == 1
        now[0] += 2
        assert await c.get_verdict("v") is None
        assert c.stats()["verdict"]["entries"] == 0
        assert await c.get_catalog("k") == catalog()
    finally:
        c.close()


@pytest.mark.anyio
async def test_size_limit_evicts_the_oldest_entries(cache_dir: Path) -> None:
    limit_mb = 0.25
    c = make(cache_dir, size_limit_mb=limit_mb)
    try:
        for i in range(60):
            await c.put_catalog(f"k{i}", catalog(tools=10, pad=800))  # about 9 KiB each, 540 KiB in all
        assert await c.get_catalog("k0") is None
        assert await c.get_catalog("k59") is not None
        stats = c.stats()
        assert 0 < stats["catalog"]["entries"] < 60
        assert stats["volume_bytes"] <= 2 * limit_mb * 1024 * 1024
    finally:
        c.close()


@pytest.mark.anyio
async def test_stats_count_hits_and_misses_per_kind(cache: GatewayCache) -> None:
    await cache.get_catalog("a")  # miss
    await cache.put_catalog("a", catalog())
    await cache.get_catalog("a")  # hit
    await cache.get_catalog("a")  # hit
    await cache.get_catalog("b")  # miss
    await cache.get_catalog("c")  # miss
    await cache.put_verdict("v", VERDICT)
    for _ in range(4):
        await cache.get_verdict("v")  # hits
    await cache.get_verdict("w")  # miss
    stats = cache.stats()
    assert (stats["catalog"]["hits"], stats["catalog"]["misses"]) == (2, 3)
    assert (stats["verdict"]["hits"], stats["verdict"]["misses"]) == (4, 1)
    assert (stats["catalog"]["entries"], stats["verdict"]["entries"]) == (1, 1)
    assert stats["catalog"]["bytes"] > len('"tool_0"') * 3
    assert 0 < stats["verdict"]["bytes"] < stats["catalog"]["bytes"]
    assert stats["available"] is True
    assert stats["volume_bytes"] > 0


@pytest.mark.anyio
async def test_stats_are_shared_through_the_directory(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "FLUSH_EVERY", 2)
    writer = make(cache_dir)
    await writer.put_verdict("v", VERDICT)
    await writer.get_verdict("v")
    await writer.get_verdict("x")  # the second lookup flushes the counts in the background
    await writer.get_verdict("v")  # runs after that flush (one worker, in order); not flushed yet
    reader = make(cache_dir)
    try:
        seen = reader.stats()["verdict"]
        assert (seen["hits"], seen["misses"], seen["entries"]) == (1, 1, 1)
        writer.close()
        seen = reader.stats()["verdict"]
        assert (seen["hits"], seen["misses"]) == (2, 1)
    finally:
        writer.close()
        reader.close()


@pytest.mark.anyio
async def test_clear_removes_entries_and_counts(cache: GatewayCache) -> None:
    await cache.put_catalog("a", catalog())
    await cache.put_verdict("v", VERDICT)
    await cache.put_verdict("w", VERDICT)
    await cache.get_verdict("v")
    assert cache.clear() == 3
    assert await cache.get_verdict("v") is None
    stats = cache.stats()
    assert (stats["verdict"]["entries"], stats["verdict"]["hits"], stats["verdict"]["misses"]) == (0, 0, 1)
    assert cache.clear() == 0


def test_format_stats_is_a_readable_table() -> None:
    stats = {
        "directory": "/tmp/x",
        "enabled": True,
        "available": True,
        "size_limit_bytes": 100 * 1024 * 1024,
        "volume_bytes": 3 * 1024 * 1024 // 2,
        "verdict_ttl": 3600.0,
        "catalog": {"enabled": True, "hits": 12, "misses": 3, "entries": 3, "bytes": 42_000},
        "verdict": {"enabled": False, "hits": 0, "misses": 0, "entries": 0, "bytes": 0},
    }
    text = format_stats(stats)
    lines = text.splitlines()
    assert "/tmp/x" in lines[0]
    assert "in use" in text
    assert "1.5 MiB of 100.0 MiB" in text
    assert "1 h" in text
    row = next(line for line in lines if line.startswith("catalog"))
    assert row.split() == ["catalog", "3", "41.0", "KiB", "12", "3", "80.0%"]
    row = next(line for line in lines if line.startswith("verdict"))
    assert "(off)" in row and row.split()[-1] == "-"
    header = next(line for line in lines if line.startswith("kind"))
    assert len(header) == max(len(line) for line in lines[lines.index(header) :])


def test_format_stats_survives_a_partial_dict() -> None:
    assert "unusable" in format_stats({"available": False})
    assert "off" in format_stats({"enabled": False})


@pytest.mark.anyio
async def test_a_disabled_cache_does_nothing(cache_dir: Path) -> None:
    c = make(cache_dir, enabled=False)
    assert c.available is False
    await c.put_catalog("k", catalog())
    await c.put_verdict("v", VERDICT)
    assert await c.get_catalog("k") is None
    assert await c.get_verdict("v") is None
    assert await c.open() is False
    assert c.clear() == 0
    stats = c.stats()
    assert stats["enabled"] is False and stats["catalog"]["hits"] == 0
    assert "off" in format_stats(stats)
    c.close()
    assert not cache_dir.exists()


@pytest.mark.anyio
async def test_each_kind_can_be_switched_off(cache_dir: Path) -> None:
    no_catalogs = make(cache_dir, catalogs=False)
    try:
        await no_catalogs.put_catalog("k", catalog())
        await no_catalogs.put_verdict("v", VERDICT)
        assert await no_catalogs.get_catalog("k") is None
        assert await no_catalogs.get_verdict("v") == VERDICT
        assert no_catalogs.stats()["catalog"]["misses"] == 0
    finally:
        no_catalogs.close()
    no_verdicts = make(cache_dir, verdicts=False)
    try:
        await no_verdicts.put_catalog("k", catalog())
        assert await no_verdicts.get_catalog("k") == catalog()
        assert await no_verdicts.get_verdict("v") is None
        await no_verdicts.put_verdict("w", VERDICT)
        assert no_verdicts.stats()["verdict"]["entries"] == 1  # only the one written above
    finally:
        no_verdicts.close()


@pytest.mark.anyio
async def test_degraded_verdicts_are_refused(cache: GatewayCache, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="secure_mcp_gateway.cache"):
        await cache.put_verdict("v", {**VERDICT, "degraded": True})
    assert await cache.get_verdict("v") is None
    assert any("degraded" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "verdict",
    [
        {"action": "block", "reason": "LEAK-" + "x" * 600},
        {"action": "block", "findings": [{"kind": "secret", "reason": "LEAK-" + "x" * 600}]},
        {"action": "block", "LEAK-" + "x" * 600: "key as long as content"},
    ],
)
@pytest.mark.anyio
async def test_verdicts_with_long_text_are_refused_without_quoting_it(
    cache: GatewayCache, caplog: pytest.LogCaptureFixture, verdict: dict[str, Any]
) -> None:
    with caplog.at_level(logging.WARNING, logger="secure_mcp_gateway.cache"):
        await cache.put_verdict("v", verdict)
    assert await cache.get_verdict("v") is None
    messages = [r.getMessage() for r in caplog.records]
    assert any("characters" in m for m in messages)
    assert not any("LEAK" in m for m in messages)


@pytest.mark.anyio
async def test_a_reason_at_the_limit_is_kept(cache: GatewayCache) -> None:
    verdict = {"action": "warn", "reason": "r" * cache_module.MAX_REASON_CHARS}
    await cache.put_verdict("v", verdict)
    assert await cache.get_verdict("v") == verdict


@pytest.mark.anyio
async def test_values_that_are_not_json_are_refused(cache: GatewayCache, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="secure_mcp_gateway.cache"):
        await cache.put_catalog("k", {"tools": [object()]})
        await cache.put_verdict("v", {"action": "block", "score": float("nan")})
        await cache.put_verdict("w", ["block"])  # type: ignore[arg-type]
    assert await cache.get_catalog("k") is None
    assert await cache.get_verdict("v") is None
    assert await cache.get_verdict("w") is None
    refused = [r for r in caplog.records if "not storing" in r.getMessage()]
    assert len(refused) == 3  # one per refused value (a loaded machine may add a slow-answer warning)
    assert cache.available


@pytest.mark.anyio
async def test_open_reports_availability_and_close_makes_everything_a_no_op(cache_dir: Path) -> None:
    c = make(cache_dir)
    assert c.available is True
    assert await c.open() is True
    await c.put_verdict("v", VERDICT)
    c.close()
    assert c.available is False
    assert await c.get_verdict("v") is None
    await c.put_verdict("w", VERDICT)
    assert c.clear() == 0
    assert c.stats()["available"] is False
    c.close()


def test_cache_directory_defaults_to_the_user_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platformdirs

    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> str:
        calls.append((args, kwargs))
        return str(tmp_path / "user-cache")

    monkeypatch.setattr(platformdirs, "user_cache_dir", fake)
    assert cache_directory(CacheSettings()) == tmp_path / "user-cache"
    assert calls == [(("secure-mcp-gateway",), {"appauthor": False})]
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_directory(CacheSettings(dir="~/elsewhere")) == tmp_path / "elsewhere"
    assert GatewayCache(CacheSettings(dir=str(tmp_path / "x"))).directory == tmp_path / "x"


_JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats()  # NaN, infinities, -0.0, subnormals, 1e16 and the like
    | st.text(st.characters(codec=None), max_size=12)  # non-ASCII, control characters, lone surrogates
    | st.sampled_from(["null", ":null", ",null]", "café ☕ 日本語", "\u2028", "\\u00e9"])
)
_JSON_VALUES = st.recursive(
    _JSON_LEAVES,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=6), kids, max_size=4),
    max_leaves=20,
)


def _stdlib_text(value: Any) -> str | None:
    try:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return None


@given(st.dictionaries(st.text(max_size=6), _JSON_VALUES, max_size=5))
def test_stored_text_reads_back_as_the_standard_librarys_would(value: dict[str, Any]) -> None:
    expected = _stdlib_text(value)
    text = cache_module._to_json(value)
    assert (text is None) == (expected is None)  # NaN, infinities and lone surrogates still refused
    if text is not None and expected is not None:
        # the same value read back, to the type and sign of every number (1 vs 1.0, 0.0 vs -0.0)
        assert _stdlib_text(json.loads(text)) == _stdlib_text(json.loads(expected))


def test_a_catalog_holding_a_null_is_written_by_the_fast_encoder() -> None:
    value = {"tools": [{"name": "café", "annotations": None, "n": [None, 0.5]}], "instructions": None}
    text = cache_module._to_json(value)
    assert text is not None and "café" in text  # the standard library's text would hold caf\\u00e9
    assert json.loads(text) == value
    value["tools"][0]["n"].append(float("nan"))
    assert cache_module._to_json(value) is None  # a NaN next to a null is still refused


@pytest.mark.anyio
async def test_a_catalog_with_non_ascii_text_and_odd_floats_reads_back_the_same(cache: GatewayCache) -> None:
    value = catalog()
    value["tools"][0]["description"] = "Lit le café ☕ et 日本語, renvoie null si absent \u2028"
    value["tools"][0]["inputSchema"]["properties"] = {
        "n": {"type": "number", "default": 1e16, "minimum": -0.0, "maximum": 5e-324, "multipleOf": 0.1}
    }
    await cache.put_catalog("k", value)
    got = await cache.get_catalog("k")
    assert got == value
    assert _stdlib_text(got) == _stdlib_text(value)
    value["tools"][1]["inputSchema"]["properties"] = {"x": {"default": float("inf")}}
    await cache.put_catalog("nan", value)
    assert await cache.get_catalog("nan") is None  # not JSON: refused, as before


@pytest.mark.anyio
async def test_a_cached_catalog_lists_its_numbers_as_the_server_wrote_them(cache: GatewayCache) -> None:
    """A warm start serves a catalog from the cache: `1E400` is not listed as `null`, `1e5` as `100000.0`, nor
    `-0` as `0`."""
    from secure_mcp_gateway import framing, jsonrpc

    schema = b'{"type":"object","properties":{"n":{"maximum":1E400,"default":1e5,"minimum":-0,"step":2.50}}}'
    line = b'{"tools":[{"name":"n","description":"caf\\u00e9 \\ud800","inputSchema":' + schema + b"}]}"
    value = framing.decode(line)
    await cache.put_catalog("numbers", value)
    got = await cache.get_catalog("numbers")
    assert got is not None
    assert schema in jsonrpc.encode_body(got)

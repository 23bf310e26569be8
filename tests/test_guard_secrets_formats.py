"""Secret detection across providers' formats: every format of the coverage table (benchmarks/
bench_provider_formats.py) with values made up at run time, in the contexts keys are written in."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest
from every_case import check_every

from secure_mcp_gateway.guardrails import secrets

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_provider_formats.py"
_SPEC = importlib.util.spec_from_file_location("bench_provider_formats", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
formats = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_provider_formats"] = formats
_SPEC.loader.exec_module(formats)

_KNOWN_GAPS = {("observability", "logzio", "token"), ("longtail", "alphavantage", "key")}
"""Formats of letters only, or of 16 capitals and digits: too close to words and names to find by shape."""
_CONTEXTS = ("env", "yaml", "json", "go_var", "yaml_block", "xml_multiline", "csv", "kingfisher_line", "header")


def _found_under_its_providers_name(entry: tuple) -> None:
    _, provider, rule, parts = entry
    rng = random.Random(f"{provider}/{rule}")
    missed = []
    for name in _CONTEXTS:
        value = formats.make(parts, rng)
        text = formats.NAMED[name](provider, rule, value)
        if not formats.covered(text, value):
            missed.append(name)
    assert len(missed) <= 1, missed


def test_every_format_is_found_under_its_providers_name() -> None:
    cases = [e for e in formats.FORMATS if tuple(e[:3]) not in _KNOWN_GAPS]
    check_every(cases, _found_under_its_providers_name, lambda e: f"{e[1]}/{e[2]}")


def _found_without_a_name(entry: tuple) -> None:
    _, provider, rule, parts = entry
    rng = random.Random(f"bare {provider}/{rule}")
    found = 0
    for form in formats.BARE.values():
        value = formats.make(parts, rng)
        found += formats.covered(form(provider, rule, value), value)
    assert found >= len(formats.BARE) - 1, f"{found} of {len(formats.BARE)}"


def test_a_prefixed_format_is_found_without_a_name() -> None:
    cases = [e for e in formats.FORMATS if formats.prefixed(e[3], e[1], e[2])]
    check_every(cases, _found_without_a_name, lambda e: f"{e[1]}/{e[2]}")


def test_look_alikes_pass() -> None:
    flagged = [text for _, text in formats.negatives(random.Random(3)) if secrets.find(text)]
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("https://api.example-weather.io/data/2.5/forecast?q=Oslo&appid={}", "28e98f0a1b2c3d4e5f6071" + "8293a4b5c6"),
        ("GET /v1/items?key={}&page=2 HTTP/1.1", "Ab3dE5fG7hI9jK1l" + "M3nO5pQ7"),
        ("https://api.example.com/v2/search?api_key={}&q=boots", "Zx8Cv7Bn6Mq5Wr4E" + "t3Yu2Io1"),
    ],
)
def test_a_key_in_a_url_query_stops_at_the_next_parameter(text: str, value: str) -> None:
    text = text.format(value)
    assert [text[f.start : f.end] for f in secrets.find(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "sorted(rows, key=lambda r: r.created_at)",
        "https://example.com/list?key=created_at_desc&order=asc",
        "cache_key = '" + "3f9a" * 10 + "'",
        "partitionKey: tenant_2024_eu_west_primary",
        "refresh token " + "9f86d081" * 4 + " rotated",
        'var tokenType string = "Bearer"',
        "assert ratio(1//0) raises ZeroDivisionError",
        "requested scopes: oauth:read_user oauth:write_repository_settings urn:ietf:params:oauth:token-type:jwt",
        "PASS=oauth:" + "abcdefghij" * 3,  # no digits: a stand-in
        'ASTRA_DB_TOKEN="AstraCS:<client_id>:<client_secret>"',
    ],
)
def test_names_and_hashes_near_key_words_pass(text: str) -> None:
    assert secrets.find(text) == []


def _drawn(alphabet: str, n: int, rng: random.Random) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@pytest.mark.parametrize(
    ("kind", "head", "signature", "tail"),
    [
        ("azure_storage_key", 76, "+ASt", (5, "Q==")),
        ("azure_cosmos_key", 76, "ACDb", (5, "w==")),
        ("azure_apim_key", 76, "APIM", (5, "g==")),
        ("azure_shared_access_key", 33, "+ASb", (0, "C" + "x9Lq2=")),
        ("azure_redis_key", 33, "AzCa", (0, "P" + "k7Wd3=")),
        ("azure_search_key", 42, "AzSe", (0, "B" + "m4Tz8")),
    ],
)
def test_a_microsoft_identifiable_key_is_found_bare_by_its_signature(
    kind: str, head: int, signature: str, tail: tuple[int, str]
) -> None:
    rng = random.Random(kind)
    alphabet = _B64[:62] if signature == "AzSe" else _B64
    key = _drawn(alphabet, head, rng) + signature + _drawn(_B64, tail[0], rng) + tail[1]
    for text in (f"restored the old key {key} after the rotation", f'"primaryKey": "{key}"', key):
        found = [(f.kind, text[f.start : f.end]) for f in secrets.find(text)]
        assert (kind, key) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The APIM gateway keys and the AzCa cache keys rotate with the +ASt storage keys.",
        "A" * 76 + "+AStAAAAAA==",
        "x" * 33 + "AIoTAxxxxx=",
        "base64 of a block: " + "QUJD" * 19 + "APIM" + "QUJDR" + "A==",
    ],
)
def test_signatures_in_prose_and_stand_ins_around_them_pass(text: str) -> None:
    assert secrets.find(text) == []


def test_a_k3s_join_token_is_found_whole_and_a_stand_in_passes() -> None:
    rng = random.Random("k3s")
    token = "K10" + _drawn("0123456789abcdef", 64, rng) + "::server:" + _drawn("0123456789abcdef", 32, rng)
    text = f"curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.10:6443 K3S_TOKEN={token} sh -"
    assert ("k3s_token", token) in [(f.kind, text[f.start : f.end]) for f in secrets.find(text)]
    assert secrets.find(f"K10{'a' * 64}::server:token") == []

"""The pieces of an audit line: `digest`, the secret scrubber, `CallLine` and the request scope."""

from __future__ import annotations

import hashlib
import json
import math
import time
from typing import Any

import pytest
from every_case import every
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.audit import (
    EVENTS,
    SECRET,
    CallLine,
    current_request_id,
    digest,
    new_request_id,
    records,
    request_scope,
    scrub,
    scrub_value,
)
from secure_mcp_gateway.audit.chain import iso_ts

GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
GITHUB_PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU"
OPENAI = "sk-proj-" + "Zx9" * 12
ANTHROPIC = "sk-ant-api03-" + "q" * 40
AWS = "AKIAIOSFODNN7EXAMPLE"
SLACK = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabcdef==\n-----END RSA PRIVATE KEY-----"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _reversed_keys(value: object) -> object:
    if isinstance(value, dict):
        return {k: _reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_keys(v) for v in value]
    return value


def test_digest_is_canonical_compact_sorted_json() -> None:
    value = {"b": [1, 2, {"y": None, "x": True}], "a": "é"}
    canonical = '{"a":"é","b":[1,2,{"x":true,"y":null}]}'.encode()
    assert digest(value) == {"size": len(canonical), "sha256": hashlib.sha256(canonical).hexdigest()}


def test_digest_of_text_and_bytes_hashes_their_bytes() -> None:
    assert digest("héllo") == {"size": 6, "sha256": hashlib.sha256("héllo".encode()).hexdigest()}
    assert digest(b"\x00\x01") == {"size": 2, "sha256": hashlib.sha256(b"\x00\x01").hexdigest()}


def test_digest_of_a_pydantic_model_equals_digest_of_its_json_dump() -> None:
    class Args(BaseModel):
        path: str
        limit: int | None = None

    assert digest(Args(path="/tmp/x")) == digest({"path": "/tmp/x"})


@settings(max_examples=60, deadline=None)
@given(json_values)
def test_digest_ignores_key_order(value: object) -> None:
    assert digest(value) == digest(_reversed_keys(value))
    assert digest(value) == digest(json.loads(json.dumps(value)))


@every("secret", [GITHUB, GITHUB_PAT, OPENAI, ANTHROPIC, AWS, SLACK, JWT, PEM])
def test_scrub_replaces_each_secret_shape_and_keeps_the_rest(secret: str) -> None:
    out = scrub(f"before {secret} after")
    assert out == f"before {SECRET} after"


def test_scrub_treats_an_escape_before_a_key_as_a_word_start() -> None:
    assert scrub("line one\\n" + OPENAI) == "line one\\n" + SECRET
    assert scrub("x" + AWS) == "x" + AWS  # inside a longer word: not a key id


def test_scrub_removes_a_private_key_cut_before_its_end_line() -> None:
    assert scrub("key: -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA") == f"key: {SECRET}"


@pytest.mark.parametrize(
    "text",
    [
        "files__read_file",
        "a perfectly ordinary sentence that mentions a task-list and a disk-usage report",
        "sha256 " + "ab" * 32,
        "sk-short",
        "a report on disk-usage-for-all-of-the-servers-today",
        "AKIA-not-a-key",
        "eyJ alone is not a token",
    ],
)
def test_scrub_leaves_ordinary_text_alone(text: str) -> None:
    assert scrub(text) is text


def test_scrub_value_walks_keys_lists_and_odd_types() -> None:
    class Model(BaseModel):
        token: str

    value = {
        GITHUB: [AWS, ("x", JWT)],
        "n": math.inf,
        "raw": b"abc",
        "model": Model(token=OPENAI),
        "other": {1, 2},
        "obj": object(),
    }
    out = scrub_value(value)
    text = json.dumps(out)
    for secret in (GITHUB, AWS, JWT, OPENAI):
        assert secret not in text
    assert out[SECRET] == [SECRET, ["x", SECRET]]
    assert out["n"] == "inf"
    assert out["raw"] == digest(b"abc")
    assert out["model"] == {"token": SECRET}
    assert out["other"] == [1, 2]
    assert out["obj"].startswith("<object object")


def test_call_line_merges_findings_and_times_phases() -> None:
    call = CallLine(server="files", tool="read_file", public_name="files__read_file")
    call.finding("secrets", "github_token", "redact", "input", "arguments.path")
    call.finding("secrets", "github_token", "redact", "input", "arguments.path", count=2)
    call.finding("pii", "email", "warn", "output", "result[0].text")
    call.add_time("call", time.perf_counter())
    call.add_time("call", time.perf_counter())
    call.degrade("enkrypt")
    call.degrade("enkrypt")
    call.finish()
    fields = call.as_fields()
    assert set(EVENTS["tool.call"]) <= set(fields)
    assert fields["detectors"] == [
        {"detector": "secrets", "kind": "github_token", "action": "redact", "direction": "input",
         "where": "arguments.path", "count": 3},
        {"detector": "pii", "kind": "email", "action": "warn", "direction": "output",
         "where": "result[0].text", "count": 1},
    ]  # fmt: skip
    assert fields["degraded"] is True and fields["degraded_providers"] == ["enkrypt"]
    assert set(fields["latency_ms"]) == {"call", "total"}
    assert fields["latency_ms"]["total"] >= fields["latency_ms"]["call"] >= 0


def test_call_line_takes_hits_from_a_verdict() -> None:
    class Hit:
        def __init__(self, detector: str, kind: str, action: str, where: str, count: int) -> None:
            self.detector, self.kind, self.action, self.where, self.count = detector, kind, action, where, count

    call = CallLine(server="s", tool="t", public_name="s__t")
    call.add_hits([Hit("deny", "keyword", "block", "arguments.q", 1)], "input")
    assert call.detectors == [
        {"detector": "deny", "kind": "keyword", "action": "block", "direction": "input", "where": "arguments.q",
         "count": 1}
    ]  # fmt: skip


def test_request_scope_nests_and_resets() -> None:
    outer, inner = new_request_id(), new_request_id()
    assert outer != inner and len(outer) == 16
    assert current_request_id() is None
    with request_scope(outer):
        assert current_request_id() == outer
        with request_scope(inner):
            assert current_request_id() == inner
        assert current_request_id() == outer
    assert current_request_id() is None


def test_a_payload_with_long_strings_has_the_digest_of_its_canonical_json(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import random

    from secure_mcp_gateway.audit import records

    monkeypatch.setattr(records, "_LONG_TEXT", 40)
    monkeypatch.setattr(records, "_SLICE", 16)
    rnd = random.Random(7)
    alphabet = 'ab"\\\n\x01é€😀 <>&\u2028'

    def text(n: int) -> str:
        return "".join(rnd.choice(alphabet) for _ in range(n))

    for _ in range(200):
        value = {
            "content": [{"type": "text", "text": text(rnd.randint(0, 150))} for _ in range(rnd.randint(0, 3))],
            "z": text(rnd.randint(0, 90)),
            "a": [text(rnd.randint(0, 90)), 1, 2.5, None, True, {"k": text(rnd.randint(30, 100))}],
        }
        for payload in (value, [value, value]):
            data = records.canonical_bytes(payload)
            assert records.digest(payload) == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


@settings(max_examples=60)
@given(json_values)
def test_digest_of_any_value_hashes_its_canonical_bytes(value: object) -> None:
    from secure_mcp_gateway.audit import records

    data = records.canonical_bytes(value)
    assert digest(value) == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_a_payload_too_big_to_walk_or_not_plain_is_hashed_as_its_canonical_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from secure_mcp_gateway.audit import records

    monkeypatch.setattr(records, "_LONG_TEXT", 10)
    monkeypatch.setattr(records, "_WALK_LIMIT", 5)

    class Dumped(dict):  # type: ignore[type-arg]
        def model_dump(self, **_: object) -> dict[str, object]:
            return {"dumped": True}

    for payload in ({"a": ["x" * 20, *[{"k": i} for i in range(10)]]}, [{"k": "x" * 20}], Dumped(a=1), ["\ud800"]):
        data = records.canonical_bytes(payload)
        assert records.digest(payload) == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_the_digest_of_a_large_result_never_holds_a_copy_of_it() -> None:
    import tracemalloc

    from secure_mcp_gateway.audit.records import digest

    result = {"content": [{"type": "text", "text": "line of text\n" * 700_000}]}  # 9 MB
    tracemalloc.start()
    try:
        digest(result)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 << 20


def test_a_keyed_payload_is_digested_once(monkeypatch: pytest.MonkeyPatch) -> None:
    done: list[Any] = []
    real = records.digest

    def counted(value: Any) -> dict[str, Any]:
        done.append(value)
        return real(value)

    monkeypatch.setattr(records, "digest", counted)
    payload = {"content": [{"type": "text", "text": "hello"}]}
    first = records.PendingDigest(payload, b"k" * 16).resolve()
    again = records.PendingDigest(dict(payload), b"k" * 16).resolve()
    assert first == again == real(payload) and first is not again
    assert len(done) == 1
    assert records.PendingDigest(payload).resolve() == first and len(done) == 2, "no key: digested afresh"


@settings(max_examples=500)
@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_latencies_are_rounded_to_the_microsecond(ms: float) -> None:
    (got,) = records.rounded_ms({"call": ms}).values()
    assert abs(got - ms) <= 0.0005 + 1e-9 and got == round(got, 3)


def test_latencies_out_of_range_are_rounded_as_before() -> None:
    out = records.rounded_ms({"a": -1.23456, "b": float("inf"), "c": 2.5e9 + 0.0004})
    assert out == {"a": -1.235, "b": float("inf"), "c": round(2.5e9 + 0.0004, 3)}
    assert math.isnan(records.rounded_ms({"n": float("nan")})["n"])


@settings(max_examples=1000)
@given(
    st.one_of(
        st.floats(min_value=0, max_value=1e9, exclude_max=True),
        st.integers(0, 10**9 - 1).map(lambda n: n / 1000 + 0.0005),
        st.floats(allow_nan=False),
    )
)
def test_latencies_are_rounded_half_up_to_the_same_float_the_line_always_held(ms: float) -> None:
    """The same value as `int(ms * 1000 + 0.5) / 1000` (halves included), as lines have always held."""
    (got,) = records.rounded_ms({"call": ms}).values()
    want = int(ms * 1000.0 + 0.5) / 1000.0 if 0 <= ms < 1e9 else round(ms, 3)
    assert got == want and type(got) is float and math.copysign(1, got) == math.copysign(1, want)


@settings(max_examples=300)
@given(st.floats(min_value=-4e9, max_value=4e9))
def test_a_time_stamp_has_its_second_and_millisecond(epoch: float) -> None:
    whole = int(epoch)
    ms = int((epoch - whole) * 1000)
    want = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{ms:03d}Z"
    assert iso_ts(epoch) == want


def test_the_shared_digest_is_the_one_remembered_and_a_resolved_one_is_a_copy() -> None:
    payload = {"content": [{"type": "text", "text": "shared digest"}]}
    shared = records.PendingDigest(payload, b"s" * 16).shared()
    assert shared == digest(payload)
    assert records.PendingDigest(dict(payload), b"s" * 16).shared() is shared, "remembered, not digested again"
    resolved = records.PendingDigest(payload, b"s" * 16).resolve()
    resolved["size"] = -1
    assert records.PendingDigest(payload, b"s" * 16).shared() == digest(payload)


_LONG = 'def read(path):\n    """Text at path (UTF-8, "é", \\u2028 kept)."""\n\treturn open(path).read()\x00\u2028\n'


@pytest.mark.parametrize(
    ("payload", "longest"),
    [
        ({"content": [{"type": "text", "text": _LONG * 300}], "isError": False}, 300),
        ({"isError": False, "content": [{"text": _LONG * 300, "type": "text"}], "_meta": {"b": 1, "a": [0.5]}}, 300),
        ([{"z": "short", "a": _LONG * 200}, {"y": _LONG * 40}, 7], 200),
        ({"structuredContent": {"rows": [{"k": "v", "n": -0.0}] * 20}, "content": [{"text": _LONG * 500}]}, 500),
    ],
    ids=["result", "unsorted-keys", "list", "structured"],
)
def test_a_payload_whose_json_is_known_is_digested_without_encoding_its_long_string_again(
    monkeypatch: pytest.MonkeyPatch, payload: Any, longest: int
) -> None:
    data = fastjson.dumps(payload)
    assert data is not None
    want = digest(payload)
    encoded: list[int] = []
    for name in ("dumps", "dumps_sorted"):
        real = getattr(records.fastjson, name)
        monkeypatch.setattr(records.fastjson, name, lambda v, real=real: encoded.append(len(out := real(v))) or out)
    pending = records.PendingDigest(payload, None, data)
    assert pending.resolve() == want
    assert encoded and max(encoded) < longest * len(_LONG), "the long string was not encoded again"
    assert pending.json is None, "the JSON is let go once used"


def test_json_laid_out_otherwise_than_the_payload_is_not_used() -> None:
    payload = {"content": [{"type": "text", "text": _LONG * 300}], "isError": False}
    other_order = fastjson.dumps({"isError": False, **payload})
    assert other_order is not None and records.spliced_digest(payload, other_order) is None
    assert records.PendingDigest(payload, None, other_order).resolve() == digest(payload)
    short = {"content": [{"type": "text", "text": "few words"}]}
    assert records.spliced_digest(short, fastjson.dumps(short) or b"") is None


def test_a_long_text_with_a_lone_surrogate_digests_as_it_would_whole() -> None:
    """A payload whose long text (hashed in slices) holds a lone surrogate digests to the bytes it is hashed as whole
    (`canonical_bytes`): the slices are not written with the surrogate escaped."""
    from secure_mcp_gateway.audit import records

    for text in ("a" * (1 << 20) + "\ud800" + "b" * 10, "\udc01" + "c" * (1 << 20)):
        value = {"content": [{"type": "text", "text": text}], "n": 1}
        whole = records.canonical_bytes(value)
        assert records.digest(value) == {"size": len(whole), "sha256": hashlib.sha256(whole).hexdigest()}

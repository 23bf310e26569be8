"""An ordinary `tool.call` line written from its template is the line the encoder writes, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway.audit import call_template
from secure_mcp_gateway.audit import trail as trail_mod
from secure_mcp_gateway.audit.call_template import templated_call
from secure_mcp_gateway.audit.records import CallLine, PendingDigest
from secure_mcp_gateway.audit.trail import AuditTrail

TOKEN = "gh" + "p_" + "FakeGitHubToken0ForTests0Only0abcdef"
TS = 1764537600.25


def ordinary(server: str = "files", tool: str = "read", public: str = "files__read") -> CallLine:
    call = CallLine(server, tool, public)
    call.arguments = PendingDigest({"path": "/srv/notes.txt"}, b"args-key-0000001")
    call.result = PendingDigest({"content": [{"type": "text", "text": "three lines"}]}, b"result-key-00001")
    call.latency_ms = {"input_checks": 0.0123456, "call": 12.5, "output_checks": 0.25, "total": 13.0}
    call.cache_hits, call.cache_misses = 2, 1
    return call


def encoded(call: CallLine, ts: float = TS, event: str = "tool.call") -> bytes | None:
    """The line as the encoder writes it from the call's fields (None where it leaves the line to the general way)."""
    return trail_mod._plain_line(ts, event, call.as_fields())


def test_a_call_naming_a_lone_surrogate_is_written_as_the_encoder_writes_it() -> None:
    """A lone surrogate in a tool's name (escaped on the line) gives the same line on the fast path as the encoder's."""
    call = ordinary("files", "read\ud800", "files__read\ud800")
    line = trail_mod._plain_call(TS, "tool.call", call)
    assert line is not None and line == encoded(call)
    assert json.loads(b"{" + line)["tool"] == "read\ud800"


def test_an_ordinary_call_is_written_from_its_template_as_the_encoder_writes_it() -> None:
    for names in [("files", "read", "files__read"), ('50% "off"', "lé\u2028", "a\\b"), ("s" * 40, "t" * 25, "p")]:
        call = ordinary(*names)
        for _ in range(2):  # (the second time from the template kept)
            line = templated_call(TS, "tool.call", call)
            assert line is not None, names
            assert line == encoded(call), names
            assert json.loads(b"{" + line)["server"] == names[0]
        assert trail_mod._plain_call(TS, "tool.call", call) == line
    for ts in (0.0, 0.999, 59.9995, TS + 1.0, TS, -1.25, -0.5):  # (before 1970, its own way)
        assert trail_mod._plain_call(ts, "tool.call", call) == encoded(call, ts), ts


def test_a_call_with_more_on_its_line_is_left_to_the_encoder() -> None:
    for change in (
        "finding",
        "degraded",
        "error",
        "extra",
        "recorded",
        "nan",
        "big",
        "flag",
        "id",
        "none",
        "shape",
        "null",
        "null time",
        "escaped null time",
        "escaped null server",
    ):
        call = ordinary()
        if change == "finding":
            call.finding("secrets", "github_token", "redact", "output", "content[0].text")
        elif change == "degraded":
            call.degrade("enkrypt")
        elif change == "error":
            call.error = "the server stopped"
        elif change == "extra":
            call.extra["identity"] = "alice"
        elif change == "recorded":
            call.result = {"content": []}
        elif change == "nan":
            call.latency_ms["call"] = float("nan")
        elif change == "big":
            call.cache_hits = 1 << 70
        elif change == "flag":
            call.cache_misses = True  # type: ignore[assignment]
        elif change == "id":
            call.request_id = "req-7"
        elif change == "null":  # (the encoder's fast line leaves any `null` to the general way)
            call.server = "nullable"
        elif change == "null time":
            call.latency_ms["null_wait"] = 1.0
        elif change == "escaped null time":  # (JSON `"a\\null"`: the letters of `null` after an escaped newline)
            call.latency_ms["a\null"] = 1.0
        elif change == "escaped null server":
            call.server = "a\null"
        elif change == "shape":
            call.latency_ms[f"call {TOKEN}"] = 1.0
        else:
            call.detectors = None  # type: ignore[assignment]
        assert templated_call(TS, "tool.call", call) is None, change
        assert trail_mod._plain_call(TS, "tool.call", call) == encoded(call), change


def test_a_name_with_a_secret_shape_is_never_kept_and_its_line_is_scrubbed(tmp_path: Path) -> None:
    call_template._TEMPLATES.clear()
    for field in ("server", "tool", "public_name"):
        call = ordinary()
        setattr(call, field, f"x {TOKEN}")
        assert templated_call(TS, "tool.call", call) is None, field
        assert all(TOKEN not in str(key) for key in call_template._TEMPLATES), field
        body = AuditTrail(tmp_path / "a.jsonl")._render(TS, "tool.call", call)
        assert TOKEN.encode() not in body and b"<SECRET>" in body, field
    assert templated_call(TS, f"tool.call {TOKEN}", ordinary()) is None
    assert all(TOKEN not in str(key) for key in call_template._TEMPLATES)


def test_the_templates_kept_are_bounded() -> None:
    call_template._TEMPLATES.clear()
    for n in range(call_template._TEMPLATES_KEPT + 10):
        assert templated_call(TS, "tool.call", ordinary(f"server{n}")) is not None
    assert 0 < len(call_template._TEMPLATES) <= call_template._TEMPLATES_KEPT


_names = st.one_of(
    st.text(max_size=24),
    st.sampled_from(
        ["files", "%s", "%d%%", "null", "nullable", "a\null", 'say "hi"', "é\u2028", "\ud800", "x" * 30, TOKEN]
    ),
)
_ids = st.one_of(st.sampled_from(["0123456789abcdef", "a1b2", "nullcafe", "Z" * 20, "", "ab-cd", "é1"]), _names)
_ints = st.one_of(st.integers(0, 5), st.integers(-(1 << 65), 1 << 65), st.booleans())
_digests = st.builds(
    PendingDigest,
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
    st.none() | st.binary(min_size=16, max_size=16),
)


@st.composite
def calls(draw: st.DrawFn) -> CallLine:
    """A call line with no findings, error or extra fields, whose names, ids, numbers and times may be odd."""
    call = CallLine(draw(_names), draw(_names), draw(_names))
    call.request_id = draw(_ids)
    call.outcome = draw(st.sampled_from(["ok", "error", "cancelled"]) | _names)  # type: ignore[assignment]
    call.cache_hits, call.cache_misses = draw(_ints), draw(_ints)
    call.latency_ms = draw(st.dictionaries(st.sampled_from(["call", "total"]) | _names, st.floats(), max_size=4))
    call.arguments, call.result = draw(_digests), draw(_digests)
    return call


@settings(max_examples=300, deadline=None)
@given(calls(), st.floats(0, 4e9), st.sampled_from(["tool.call", "tool.%s", f"tool.call {TOKEN}"]))
def test_a_templated_line_is_the_encoder_s_line_or_none(call: CallLine, ts: float, event: str) -> None:
    """Whenever a line comes from a template it is the bytes the encoder writes from the fields (and the whole fast
    path still falls back exactly where the encoder does)."""
    for _ in range(2):
        line = templated_call(ts, event, call)
        assert line is None or line == encoded(call, ts, event)
        assert trail_mod._plain_call(ts, event, call) == encoded(call, ts, event)


_USUAL_NAMES = ("input_checks", "call", "output_checks", "total")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(st.floats(), st.floats(0, 1e9), st.floats(0, 5), st.sampled_from([0.0, 0.0005, 999999999.9996])),
        min_size=4,
        max_size=4,
    ),
    st.permutations(_USUAL_NAMES),
)
def test_a_call_s_usual_times_are_written_as_the_encoder_writes_them(times: list[float], order: list[str]) -> None:
    """The four usual times, in their usual order or another, whatever their values (not finite, negative, at the
    ends of the range): the templated line is the encoder's, or None where a time is not a finite one."""
    for names in (_USUAL_NAMES, tuple(order)):
        call = ordinary()
        call.latency_ms = dict(zip(names, times, strict=True))
        line = templated_call(TS, "tool.call", call)
        assert line == encoded(call) or (line is None and not all(0.0 <= t < 1e9 for t in times))


def test_usual_times_that_are_not_plain_floats_go_the_general_way() -> None:
    """A time kept as an int (a caller's own) or a float subclass is written as the encoder writes it."""

    class Ms(float):
        pass

    for odd in (3, Ms(2.5), True):
        call = ordinary()
        call.latency_ms = dict(zip(_USUAL_NAMES, (0.5, odd, 1.25, 4.0), strict=True))
        line = templated_call(TS, "tool.call", call)
        assert line is None or line == encoded(call)
        assert trail_mod._plain_call(TS, "tool.call", call) == encoded(call)

"""The audit writer: every event as specified, never blocking, complete on close, chained across files and writers."""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import multiprocessing
import os
import re
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway.audit import (
    EVENTS,
    GENESIS,
    TRAIL_EVENTS,
    AuditTrail,
    CallLine,
    default_audit_path,
    digest,
    request_scope,
    trail_files,
    verify,
)
from secure_mcp_gateway.audit.checkpoint import line_mac
from secure_mcp_gateway.audit.trail import AuditStatus
from secure_mcp_gateway.config import AuditSettings
from secure_mcp_gateway.keys import open_key

TS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
GITHUB = "ghp_" + "Z" * 36


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "audit" / "audit.jsonl"


def read(path: Path) -> list[dict[str, Any]]:
    """Every line of the trail (rotated files first) as JSON."""
    out = []
    for file in trail_files(path):
        out.extend(json.loads(line) for line in file.read_bytes().splitlines())
    return out


@pytest.fixture
def audit_log() -> Any:
    """Records the trail's own log messages, whatever another test did to logger propagation."""

    class Collect(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.DEBUG)
            self.records: list[logging.LogRecord] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.records.append(record)

    handler = Collect()
    log = logging.getLogger("secure_mcp_gateway.audit")
    saved = log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    yield handler
    log.removeHandler(handler)
    log.setLevel(saved)


def wait_for(condition: Any, timeout: float = 10.0) -> None:
    """Wait until `condition()` holds, failing the test at the deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


SAMPLES: dict[str, Any] = {
    "since": "the last run",
    "version": "0.1.0",
    "config": "/home/u/.config/secure-mcp-gateway/config.json",
    "servers": ["files", "time"],
    "reason": "stdin closed",
    "added": ["time"],
    "removed": [],
    "changed": ["files"],
    "error": "mcpServers.files: needs command",
    "server": "files",
    "transport": "stdio",
    "command": "npx",
    "tools": 14,
    "latency_ms": 812.5,
    "exit_code": 1,
    "stderr": "Error: ENOENT",
    "attempt": 2,
    "delay": 1.0,
    "attempts": 3,
    "request_id": "0123456789abcdef",
    "tool": "read_file",
    "detector": "secrets",
    "kind": "github_token",
    "direction": "input",
    "where": "arguments.path",
    "count": 1,
    "name": "files__evil",
    "provider": "enkrypt",
    "policy": "local",
    "failures": 5,
    "prompt": "summarize",
    "public_name": "files__summarize",
    "outcome": "ok",
    "arguments": {"size": 2, "sha256": "0" * 64},
    "result": {"size": 3, "sha256": "1" * 64},
    "uri": "file:///tmp/x",
    "id": "Xq3v9LrT0aZbYc1d2e3f4g",
    "chars": 2000000,
    "shown": 39800,
    "offset": 0,
    "via": "tool",
    "action": "block",
    "by": "elicitation",
}


def test_every_event_kind_is_written_with_its_fields(path: Path) -> None:
    trail = AuditTrail(path).start()
    kinds = [e for e in EVENTS if e != "tool.call" and e not in TRAIL_EVENTS]
    for event in kinds:
        trail.record(event, **{k: SAMPLES[k] for k in EVENTS[event]})
    call = CallLine(server="files", tool="read_file", public_name="files__read_file", request_id="feedfacecafebeef")
    call.finding("secrets", "github_token", "redact", "input", "arguments.path")
    call.degrade("enkrypt")
    call.cache_hits = 1
    for phase in ("input_checks", "call", "output_checks"):
        call.add_time(phase, time.perf_counter())
    call.arguments = trail.payload({"path": "/etc/hosts"})
    call.result = trail.payload("127.0.0.1 localhost")
    trail.record_call(call)
    assert trail.close() is True

    lines = read(path)
    assert [line["event"] for line in lines] == ["chain.start", *kinds, "tool.call"]
    assert lines[0]["reason"] == "new" and lines[0]["prev"] == GENESIS
    for n, line in enumerate(lines, start=1):
        assert line["seq"] == n
        assert TS.fullmatch(line["ts"])
        assert list(line)[:4] == ["seq", "prev", "ts", "event"]
    for line in lines[1:-1]:
        assert {k: line[k] for k in EVENTS[line["event"]]} == {k: SAMPLES[k] for k in EVENTS[line["event"]]}
    tool = lines[-1]
    assert tool["request_id"] == "feedfacecafebeef"
    assert (tool["server"], tool["tool"], tool["public_name"], tool["outcome"]) == (
        "files",
        "read_file",
        "files__read_file",
        "ok",
    )
    assert tool["detectors"] == [
        {"detector": "secrets", "kind": "github_token", "action": "redact", "direction": "input",
         "where": "arguments.path", "count": 1}
    ]  # fmt: skip
    assert tool["degraded"] is True and tool["degraded_providers"] == ["enkrypt"]
    assert tool["cache"] == {"hits": 1, "misses": 0}
    assert set(tool["latency_ms"]) == {"input_checks", "call", "output_checks", "total"}
    assert tool["arguments"] == digest({"path": "/etc/hosts"})
    assert tool["result"] == {"size": 19, "sha256": hashlib.sha256(b"127.0.0.1 localhost").hexdigest()}
    assert verify(path).ok


def test_lines_of_one_call_share_the_request_id_of_the_scope(path: Path) -> None:
    with AuditTrail(path) as trail, request_scope("aaaabbbbccccdddd"):
        trail.record("guardrail.redact", server="files", detector="secrets", kind="aws_key")
        trail.record("guardrail.failure", provider="enkrypt", error="timeout", attempts=3, request_id="explicit")
    lines = read(path)[1:]
    assert [line["request_id"] for line in lines] == ["aaaabbbbccccdddd", "explicit"]
    assert list(lines[0])[4] == "request_id"


def test_redacted_mode_records_the_given_values_still_scrubbed(path: Path) -> None:
    trail = AuditTrail(path, record_mode="redacted").start()
    call = CallLine(server="gh", tool="search", public_name="gh__search")
    call.arguments = trail.payload({"q": "[REDACTED:email#1]", "note": f"leaked {GITHUB}"})
    trail.record_call(call)
    trail.close()
    line = read(path)[-1]
    assert line["arguments"] == {"q": "[REDACTED:email#1]", "note": "leaked <SECRET>"}
    assert GITHUB.encode() not in path.read_bytes()


def test_no_secret_shape_reaches_the_file_whatever_field_holds_it(path: Path) -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX2hlcmU"
    with AuditTrail(path) as trail:
        trail.record("server.exit", server="files", exit_code=1, stderr=f"auth failed for {GITHUB}")
        trail.record("config.invalid", config="x", error={"nested": [f"Bearer {jwt}"], GITHUB: "key"})
        trail.record("server.start", server="aws", command=("run", "AKIAIOSFODNN7EXAMPLE"))
    data = path.read_bytes()
    for secret in (GITHUB, jwt, "AKIAIOSFODNN7EXAMPLE"):
        assert secret.encode() not in data
    assert data.count(b"<SECRET>") == 4


def test_secrets_in_keys_and_in_objects_turned_to_text_are_scrubbed(path: Path) -> None:
    class Leaky:
        def __str__(self) -> str:
            return f"Leaky({GITHUB})"

    with AuditTrail(path) as trail:
        trail.record("config.invalid", error=Leaky(), env={GITHUB: 1, "ok": [Leaky()]})
    line = read(path)[-1]
    assert line["error"] == "Leaky(<SECRET>)"
    assert line["env"] == {"<SECRET>": 1, "ok": ["Leaky(<SECRET>)"]}


def test_odd_values_are_written_as_json_and_record_never_raises(path: Path) -> None:
    class Weird:
        def __str__(self) -> str:
            return "weird"

    with AuditTrail(path) as trail:
        trail.record("server.ready", server="x", tools=float("nan"), latency_ms=b"\xff", extra=Weird(), s={3, 1})
        trail.record("server.ready", server="bad\ud800surrogate", tools=1)
    lines = read(path)
    assert lines[1]["tools"] == "nan" and lines[1]["extra"] == "weird" and lines[1]["s"] == [1, 3]
    assert lines[1]["latency_ms"] == digest(b"\xff")
    assert lines[2]["server"] == "bad\ud800surrogate"
    assert verify(path).ok


def test_reserved_keys_cannot_be_overridden_by_fields(path: Path) -> None:
    with AuditTrail(path) as trail:
        trail.record("server.ready", seq=999, prev="f" * 64, ts="then", event="other", server="x")
    line = read(path)[-1]
    assert (line["seq"], line["event"], line["server"]) == (2, "server.ready", "x")
    assert line["ts"] != "then" and line["prev"] != "f" * 64


def test_file_and_directory_are_private(path: Path) -> None:
    with AuditTrail(path) as trail:
        trail.record("gateway.start", version="1")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_queue_drops_without_blocking_and_says_how_many(path: Path) -> None:
    gate = threading.Event()
    trail = AuditTrail(path, queue_size=50, before_write=gate.wait).start()
    for i in range(57):
        trail.record("server.ready", server="x", tools=i)
    assert trail.status().dropped == 7
    assert trail.status().queued == 50
    gate.set()
    assert trail.close() is True
    lines = read(path)
    assert [line["tools"] for line in lines if line["event"] == "server.ready"] == list(range(50))
    dropped = [line for line in lines if line["event"] == "audit.dropped"]
    assert len(dropped) == 1
    assert dropped[0]["count"] == 7 and dropped[0]["reason"] == "queue_full"
    assert TS.fullmatch(dropped[0]["first_ts"])
    assert verify(path).ok


def test_close_writes_everything_that_was_queued(path: Path) -> None:
    trail = AuditTrail(path, queue_size=20000).start()
    for i in range(10000):
        trail.record("tool.call", server="s", tool="t", outcome="ok", n=i)
    assert trail.close(timeout=30) is True
    lines = path.read_bytes().splitlines()
    assert len(lines) == 10001
    assert json.loads(lines[-1])["n"] == 9999
    status = trail.status()
    assert (status.written, status.dropped, status.lost, status.queued) == (10001, 0, 0, 0)


def test_lines_recorded_before_start_or_after_close(path: Path) -> None:
    trail = AuditTrail(path)
    trail.record("gateway.start", version="1")
    trail.start()
    trail.close()
    trail.record("gateway.stop", reason="late")
    assert [line["event"] for line in read(path)] == ["chain.start", "gateway.start"]


def test_disabled_trail_writes_nothing(path: Path) -> None:
    trail = AuditTrail(path, enabled=False).start()
    trail.record("gateway.start", version="1")
    assert trail.close() is True
    assert not path.parent.exists()
    assert trail.status() == AuditStatus(False, False, None, False, None, 0, 0, 0, 0, None)


def test_from_settings_and_default_path(tmp_path: Path) -> None:
    settings = AuditSettings(
        file=str(tmp_path / "a.jsonl"), max_bytes=2048, backups=2, record="redacted", queue_size=11
    )
    trail = AuditTrail.from_settings(settings)
    assert (trail.path, trail.max_bytes, trail.backups, trail.record_mode, trail.queue_size) == (
        tmp_path / "a.jsonl",
        2048,
        2,
        "redacted",
        11,
    )
    default = default_audit_path()
    assert default.name == "audit.jsonl" and "secure-mcp-gateway" in default.parts


def test_unwritable_location_is_reported_once_and_calls_go_on(tmp_path: Path, audit_log: Any) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the directory should be")
    trail = AuditTrail(blocker / "audit.jsonl").start()
    for i in range(20):
        trail.record("tool.call", server="s", tool="t", n=i)
    wait_for(lambda: trail.status().lost == 20)
    status = trail.status()
    assert status.healthy is False and status.error
    assert trail.close() is False
    errors = [r for r in audit_log.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert str(blocker / "audit.jsonl") in errors[0].getMessage()


def test_an_unusable_file_is_reported_at_start_before_any_line(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.mkdir()  # a directory where the file should be
    trail = AuditTrail(path).start()
    wait_for(lambda: not trail.status().healthy)
    assert trail.status().error
    trail.record("gateway.start", version="1")
    assert trail.close() is False


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_read_only_directory_is_reported_once(tmp_path: Path, audit_log: Any) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        trail = AuditTrail(folder / "audit.jsonl").start()
        trail.record("gateway.start", version="1")
        trail.record("gateway.stop", reason="x")
        assert trail.close() is False
        assert len([r for r in audit_log.records if r.levelno >= logging.ERROR]) == 1
    finally:
        folder.chmod(0o700)


def test_a_trail_that_becomes_writable_again_records_the_loss(tmp_path: Path, audit_log: Any) -> None:
    blocker = tmp_path / "later"
    blocker.write_text("x")
    path = blocker / "audit.jsonl"
    trail = AuditTrail(path).start()
    for i in range(3):
        trail.record("tool.call", server="s", tool="t", n=i)
    wait_for(lambda: trail.status().lost == 3)
    blocker.unlink()
    trail.record("gateway.stop", reason="end")
    assert trail.close() is True  # the last batch retries at once
    lines = read(path)
    assert [line["event"] for line in lines] == ["chain.start", "audit.dropped", "gateway.stop"]
    assert lines[1]["count"] == 3 and lines[1]["reason"] == "unwritable"
    assert any("writable again" in r.getMessage() for r in audit_log.records)


def test_rotation_keeps_backups_and_the_chain(path: Path) -> None:
    with AuditTrail(path, max_bytes=1024, backups=3) as trail:
        for i in range(200):
            trail.record("server.ready", server="files", tools=i)
    files = trail_files(path)
    assert [f.name for f in files] == ["audit.jsonl.3", "audit.jsonl.2", "audit.jsonl.1", "audit.jsonl"]
    assert all(f.stat().st_size <= 1024 for f in files)
    lines = read(path)
    assert lines[-1]["tools"] == 199
    assert [line["seq"] for line in lines] == list(range(lines[0]["seq"], lines[-1]["seq"] + 1))
    assert lines[0]["seq"] > 1  # the oldest files were dropped
    report = verify(path)
    assert report.ok and report.lines == len(lines), report.describe()


def test_without_backups_a_full_file_starts_over(path: Path) -> None:
    with AuditTrail(path, max_bytes=1024, backups=0) as trail:
        for i in range(60):
            trail.record("server.ready", server="files", tools=i)
    assert [f.name for f in trail_files(path)] == ["audit.jsonl"]
    lines = read(path)
    assert lines[-1]["seq"] == 61 and lines[0]["seq"] > 1
    assert verify(path).ok


def test_a_restart_continues_the_chain(path: Path) -> None:
    with AuditTrail(path) as first:
        for i in range(3):
            first.record("server.ready", server="a", tools=i)
    with AuditTrail(path) as second:
        second.record("gateway.start", version="2")
    raw = path.read_bytes().splitlines()
    lines = [json.loads(r) for r in raw]
    assert [line["seq"] for line in lines] == [1, 2, 3, 4, 5]
    assert [line["event"] for line in lines].count("chain.start") == 1
    assert lines[4]["prev"] == line_mac(open_key(), raw[3])
    assert verify(path).ok


def test_a_restart_after_rotation_continues_from_the_newest_rotated_file(path: Path) -> None:
    with AuditTrail(path) as first:
        first.record("gateway.start", version="1")
    last = path.read_bytes().splitlines()[-1]
    os.replace(path, path.with_name("audit.jsonl.1"))
    path.with_name("audit.jsonl.lock").unlink()
    with AuditTrail(path) as second:
        second.record("gateway.start", version="2")
    start = json.loads(path.read_bytes().splitlines()[0])
    assert start["event"] == "chain.start" and start["reason"] == "continued"
    assert (start["seq"], start["prev"]) == (3, line_mac(open_key(), last))
    assert verify(path).ok


def test_a_deleted_current_file_shows_as_missing_lines(path: Path) -> None:
    with AuditTrail(path, max_bytes=1024) as first:
        for i in range(30):
            first.record("server.ready", server="a", tools=i)
    removed = len(path.read_bytes().splitlines())
    path.unlink()
    with AuditTrail(path, max_bytes=1024) as second:
        second.record("gateway.start", version="2")
    start = json.loads(path.read_bytes().splitlines()[0])
    assert start["event"] == "chain.start"
    assert start["missing_to"] - start["missing_from"] + 1 == removed
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "missing"


def test_a_torn_last_line_is_cut_off_and_recorded(path: Path) -> None:
    with AuditTrail(path) as first:
        first.record("gateway.start", version="1")
    with open(path, "ab") as f:
        f.write(b'{"seq":3,"prev":"abc')
    report = verify(path)
    assert report.ok and [p.kind for p in report.problems] == ["torn"]
    with AuditTrail(path) as second:
        second.record("gateway.start", version="2")
    lines = read(path)
    assert [line["event"] for line in lines] == ["chain.start", "gateway.start", "audit.recovered", "gateway.start"]
    assert lines[2]["torn_bytes"] == 20
    assert lines[2]["torn_sha256"] == hashlib.sha256(b'{"seq":3,"prev":"abc').hexdigest()
    report = verify(path)
    assert report.ok and report.problems == []


def test_two_trails_on_one_file_keep_one_linear_chain(path: Path) -> None:
    trails = [AuditTrail(path, max_bytes=4096, backups=100).start() for _ in range(2)]

    def write(trail: AuditTrail, who: str) -> None:
        for i in range(400):
            trail.record("server.ready", server=who, tools=i)
            if i % 50 == 0:
                time.sleep(0.001)  # let the writers interleave

    threads = [threading.Thread(target=write, args=(t, f"w{n}")) for n, t in enumerate(trails)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(t.close() for t in trails)
    lines = read(path)
    assert [line["event"] for line in lines].count("chain.start") == 1
    for who in ("w0", "w1"):
        assert [line["tools"] for line in lines if line.get("server") == who] == list(range(400))
    assert [line["seq"] for line in lines] == list(range(1, 802))
    report = verify(path)
    assert report.ok and report.lines == 801, report.describe()


def _write_from_process(path: str, who: str, count: int, barrier: Any) -> None:
    # in rounds: both processes write at the same time within a round, and every round's lines of both are in the
    # file before the next round starts, so the two writers take turns whatever the machine's load
    per_round = 30
    for start in range(0, count, per_round):
        trail = AuditTrail(path, max_bytes=8192, backups=100, linger=0).start()
        barrier.wait()
        for i in range(start, min(start + per_round, count)):
            trail.record("server.ready", server=who, tools=i)
        assert trail.close()
        barrier.wait()


def test_two_processes_on_one_file_keep_one_linear_chain(path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    procs = [ctx.Process(target=_write_from_process, args=(str(path), f"p{n}", 300, barrier)) for n in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    lines = read(path)
    for who in ("p0", "p1"):
        assert [line["tools"] for line in lines if line.get("server") == who] == list(range(300))
    servers = [line.get("server") for line in lines]
    assert sum(a != b for a, b in itertools.pairwise(servers)) > 2  # the writers did interleave
    report = verify(path)
    assert report.ok and report.lines == 601, report.describe()


@pytest.mark.anyio
async def test_aclose_flushes_from_async_code(path: Path) -> None:
    trail = AuditTrail(path).start()
    trail.record("gateway.stop", reason="signal")
    assert await trail.aclose() is True
    assert read(path)[-1]["reason"] == "signal"


def test_structlog_processors_can_add_fields_and_a_failing_one_loses_no_line(path: Path) -> None:
    def add_host(_logger: Any, _name: str, event_dict: dict[str, Any]) -> dict[str, Any]:
        if event_dict.get("server") == "boom":
            raise RuntimeError(f"processor bug with {GITHUB}")
        return {**event_dict, "host": "build-01"}

    with AuditTrail(path, processors=[add_host]) as trail:
        trail.record("server.ready", server="files", tools=1)
        trail.record("server.ready", server="boom", tools=2)
    lines = read(path)
    assert lines[1]["host"] == "build-01"
    assert lines[2]["event"] == "server.ready" and "RuntimeError" in lines[2]["render_error"]
    assert GITHUB not in path.read_text()
    assert verify(path).ok


def test_structlogs_own_processors_run_on_each_line(path: Path) -> None:
    """The trail takes structlog's processors as they come: each line carries what they add, and verifies."""
    import structlog

    stamp = structlog.processors.TimeStamper(fmt="iso", key="written")
    with AuditTrail(path, processors=[structlog.processors.add_log_level, stamp]) as trail:
        trail.record("server.ready", server="files", tools=1)
    line = read(path)[1]
    assert line["level"] == "info" and line["written"][:4].isdigit() and "T" in line["written"]
    assert verify(path).ok


def test_a_batch_is_rendered_and_chained_a_slice_at_a_time(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between two slices of a batch the writer pauses (the event loop's thread takes the GIL then); the lines are
    those of an unsliced batch: in order, chained, verified."""
    from secure_mcp_gateway.audit import trail as trail_mod

    done = {"rendered": 0, "chained": 0}
    steps: list[tuple[int, int]] = []
    render, chained = trail_mod.AuditTrail._render, trail_mod.LineMac.chained

    def counted_render(self: Any, *args: Any) -> bytes:
        done["rendered"] += 1
        return render(self, *args)

    def counted_chained(self: Any, seq: int, prev: bytes, bodies: list[bytes]) -> tuple[list[bytes], bytes]:
        done["chained"] += len(bodies)
        return chained(self, seq, prev, bodies)

    monkeypatch.setattr(trail_mod.AuditTrail, "_render", counted_render)
    monkeypatch.setattr(trail_mod.LineMac, "chained", counted_chained)
    monkeypatch.setattr(trail_mod, "_pause", lambda: steps.append((done["rendered"], done["chained"])))
    trail = AuditTrail(path)
    for i in range(100):
        trail.record("tool.call", server="s", tool="t", outcome="ok", n=i)
    assert trail.close(timeout=30) is True
    size = trail_mod._SLICE
    assert steps == [
        (size, 0),
        (2 * size, 0),
        (3 * size, 0),
        (101, size),
        (101, 2 * size),
        (101, 3 * size),
    ]  # (+ chain.start)
    lines = read(path)
    assert [line["n"] for line in lines if "n" in line] == list(range(100))
    report = verify(path)
    assert report.ok and report.lines == 101, report.describe()


def test_a_full_batch_waiting_is_written_without_lingering(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines are gathered for a moment before a write, unless a full batch is waiting already: a backlog is written
    at the writer's pace, not one batch per linger."""
    from secure_mcp_gateway.audit import trail as trail_mod

    linger, lingered, go_on = 4.0, [], threading.Event()

    class Clock:
        """The module's `time`, whose linger is noted (with the lines written by then) and lasts until `go_on`."""

        def __getattr__(self, name: str) -> Any:
            return getattr(time, name)

        def sleep(self, seconds: float) -> None:
            if seconds != linger:
                return time.sleep(seconds)
            lingered.append(trail.status().written)
            assert go_on.wait(30)

    monkeypatch.setattr(trail_mod, "time", Clock())
    trail = AuditTrail(path, linger=linger, queue_size=10000)
    for i in range(2 * trail_mod._BATCH_MAX + 10):
        trail.record("tool.call", server="s", tool="t", outcome="ok", n=i)
    trail.start()
    try:
        wait_for(lambda: lingered, timeout=30)  # (the writer waits there until `go_on`)
        assert len(lingered) == 1 and lingered[0] >= 2 * trail_mod._BATCH_MAX, "a linger before the full batches"
        assert trail.status().queued == 10, "the rest waits for more lines to join it"
    finally:
        go_on.set()
        trail.close(timeout=30)
    assert len(read(path)) == 2 * trail_mod._BATCH_MAX + 11


def test_with_a_full_batch_waiting_the_writer_does_not_pause(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from secure_mcp_gateway.audit import trail as trail_mod

    pauses: list[int] = []
    monkeypatch.setattr(trail_mod, "_pause", lambda: pauses.append(1))
    trail = AuditTrail(path)
    for i in range(trail_mod._BATCH_MAX + 100):
        trail.record("tool.call", server="s", tool="t", outcome="ok", n=i)
    batch = [trail._queue.get_nowait() for _ in range(100)]
    trail._dequeued += len(batch)
    assert len(trail._render_all(batch)) == 100 and not pauses, "a full batch waits: no pause"
    trail._dequeued += 1
    assert len(trail._render_all(batch)) == 100 and len(pauses) == 3, "less than a batch waits: a pause per slice"
    trail.close(timeout=30)

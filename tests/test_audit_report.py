"""`audit summary` and `audit tail`: the right numbers, readable lines, following across rotation."""

from __future__ import annotations

import json
import re
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from secure_mcp_gateway.audit import AuditTrail, CallLine, follow, format_event, parse_since, summary_table

NOW = datetime(2026, 11, 1, 12, 0, 0, tzinfo=timezone.utc)


def call(server: str, tool: str, outcome: str, total: float, *findings: tuple[str, str, str]) -> CallLine:
    line = CallLine(server=server, tool=tool, public_name=f"{server}__{tool}", outcome=outcome)  # type: ignore[arg-type]
    line.latency_ms["total"] = total
    for detector, kind, action in findings:
        line.finding(detector, kind, action, "input", "arguments.q")
    return line


def rows(table: str) -> dict[tuple[str, str], list[str]]:
    """The first table of a summary, keyed by (server, tool)."""
    out = {}
    for line in table.split("\n\n")[1].splitlines()[2:]:
        cells = line.split()
        key = (cells[0], cells[1]) if cells[0] != "TOTAL" else ("TOTAL", "")
        out[key] = cells[2:] if cells[0] != "TOTAL" else cells[1:]
    return out


@pytest.fixture
def trail_path(tmp_path: Path) -> Path:
    path = tmp_path / "audit.jsonl"
    clock = iter([(NOW - timedelta(days=2)).timestamp()] * 3 + [NOW.timestamp()] * 100)
    with AuditTrail(path, clock=lambda: next(clock)) as trail:
        trail.record_call(call("old", "thing", "ok", 999.0))  # two days before NOW
        trail.record("server.restart", server="old", attempt=1, delay=0.5)
        trail.record("server.exit", server="old", exit_code=1, stderr="boom")
        for total in (10.0, 20.0, 30.0, 40.0):
            trail.record_call(call("files", "read", "ok", total))
        trail.record_call(call("files", "read", "error", 50.0))
        trail.record_call(call("files", "write", "blocked", 5.0, ("secrets", "github_token", "block")))
        trail.record_call(call("files", "write", "ok", 7.0, ("pii", "email", "redact"), ("pii", "phone", "warn")))
        trail.record_call(call("web", "fetch", "timeout", 50000.0))
        trail.record_call(call("web", "fetch", "denied", 1.0))
        trail.record_call(call("web", "search", "ok", 9.0, ("injection", "ignore_instructions", "flag")))
        trail.record("guardrail.failure", provider="enkrypt", error="timeout", attempts=3)
    return path


def test_summary_counts_calls_errors_blocks_and_latency(trail_path: Path) -> None:
    text = summary_table(trail_path)
    table = rows(text)
    # calls errors blocked denied p50 p95
    assert table[("files", "read")] == ["5", "1", "0", "0", "30.0", "50.0"]
    assert table[("files", "write")] == ["2", "0", "1", "0", "5.0", "7.0"]
    assert table[("web", "fetch")] == ["2", "1", "0", "1", "1.0", "50000.0"]
    assert table[("old", "thing")] == ["1", "0", "0", "0", "999.0", "999.0"]
    assert table[("TOTAL", "")] == ["11", "2", "1", "1", "20.0", "50000.0"]
    detectors = {tuple(line.split()[:2]): line.split()[2:] for line in text.split("\n\n")[2].splitlines()[2:]}
    assert text.split("\n\n")[2].split()[2:7] == ["blocks", "redactions", "flags", "warnings", "calls"]
    assert detectors[("secrets", "github_token")] == ["1", "0", "0", "0", "1"]
    assert detectors[("pii", "email")] == ["0", "1", "0", "0", "1"]
    assert detectors[("injection", "ignore_instructions")] == ["0", "0", "1", "0", "1"]
    assert "guardrail.failure      1" in text and "server.exit            1" in text


def test_summary_since_leaves_older_events_out(trail_path: Path) -> None:
    text = summary_table(trail_path, since=NOW - timedelta(hours=1))
    assert ("old", "thing") not in rows(text)
    assert "server.exit" not in text
    assert rows(text)[("TOTAL", "")][0] == "10"
    assert summary_table(trail_path, since=NOW + timedelta(days=1)) == "no audit events in this period"


def test_summary_columns_are_aligned(trail_path: Path) -> None:
    table = summary_table(trail_path).split("\n\n")[1].splitlines()
    header = table[0]
    ends = [m.end() for m in re.finditer(r"calls|errors|blocked|denied|p50 ms|p95 ms", header)]
    assert len(ends) == 6
    for line in table[2:]:
        number_ends = [m.end() for m in re.finditer(r"\d+(?:\.\d+)?", line)]
        assert number_ends == ends, line  # numbers are right-aligned under their headers
    starts = {line.split()[0]: line.index(line.split()[1]) for line in table[2:-1]}
    assert len(set(starts.values())) == 1  # the tool column starts in one place


def test_parse_since_durations_dates_and_errors() -> None:
    assert parse_since("1h", NOW) == NOW - timedelta(hours=1)
    assert parse_since("30m", NOW) == NOW - timedelta(minutes=30)
    assert parse_since("2d", NOW) == NOW - timedelta(days=2)
    assert parse_since("1w", NOW) == NOW - timedelta(weeks=1)
    assert parse_since("2026-10-01") == datetime(2026, 10, 1, tzinfo=timezone.utc)
    assert parse_since("2026-10-01T08:30:00Z") == datetime(2026, 10, 1, 8, 30, tzinfo=timezone.utc)
    assert parse_since("yesterday", NOW) == NOW.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    with pytest.raises(ValueError, match="--since"):
        parse_since("last tuesday")


def test_format_event_of_a_call_line() -> None:
    event = {
        "seq": 7,
        "prev": "0" * 64,
        "ts": "2026-11-01T12:00:00.123Z",
        "event": "tool.call",
        "request_id": "abc",
        "server": "files",
        "tool": "read",
        "public_name": "files__read",
        "outcome": "blocked",
        "detectors": [
            {
                "detector": "secrets",
                "kind": "aws_key",
                "action": "block",
                "direction": "input",
                "where": "q",
                "count": 2,
            }
        ],
        "degraded": True,
        "degraded_providers": ["enkrypt"],
        "cache": {"hits": 0, "misses": 1},
        "latency_ms": {"total": 12.345},
        "arguments": {"size": 1, "sha256": "a" * 64},
    }
    line = format_event(event)
    assert line == (
        "2026-11-01 12:00:00.123Z tool.call          files/read blocked [secrets:aws_key=block(input@q)x2] 12.3ms "
        "degraded:enkrypt"
    )


def test_format_event_of_other_events_shows_their_fields() -> None:
    line = format_event(
        {"ts": "2026-11-01T12:00:00.000Z", "event": "server.exit", "server": "files", "exit_code": 1, "stderr": "a\nb"}
    )
    assert line == "2026-11-01 12:00:00.000Z server.exit        files exit_code=1 stderr=a\\nb"
    breaker = format_event({"ts": "2026-11-01T12:00:00.000Z", "event": "breaker.open", "provider": "enkrypt"})
    assert breaker.endswith("breaker.open       enkrypt")


def test_tail_reaches_into_rotated_files(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditTrail(path, max_bytes=1024) as trail:
        for i in range(30):
            trail.record("server.ready", server="files", tools=i)
    assert path.with_name("audit.jsonl.1").exists()
    current = len(path.read_bytes().splitlines())
    n = current + 3
    lines = list(follow(path, n=n))
    assert len(lines) == n
    assert [int(line.rsplit("tools=", 1)[1]) for line in lines] == list(range(30 - n, 30))
    raw = list(follow(path, n=2, raw=True))
    assert [json.loads(r)["tools"] for r in raw] == [28, 29]


def test_tail_follow_sees_new_lines_across_rotation(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditTrail(path, max_bytes=1024) as trail:
        trail.record("gateway.start", version="1")
    # enough backups that no rotated file is removed before a follower slowed by a loaded machine reads it
    writer = AuditTrail(path, max_bytes=1024, backups=20).start()
    done = threading.Event()
    deadline = time.monotonic() + 120  # a guard only: the loop ends when the last event is seen

    def produce() -> None:
        for i in range(60):
            writer.record("server.ready", server="files", tools=i)
            time.sleep(0.002)
        writer.close()
        done.set()

    seen: list[int] = []
    stream = follow(path, n=1, follow=True, poll=0.005, stop=lambda: time.monotonic() > deadline, raw=True)
    assert json.loads(next(stream))["event"] == "gateway.start"
    producer = threading.Thread(target=produce)
    producer.start()
    for line in stream:
        event = json.loads(line)
        if event["event"] == "server.ready":
            seen.append(event["tools"])
        if seen and seen[-1] == 59:
            break
    producer.join()
    assert done.is_set()
    assert seen == list(range(60))
    assert path.with_name("audit.jsonl.1").exists()  # it did rotate while we followed


def test_tail_follow_catch_up_survives_a_rotation_while_it_lists_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secure_mcp_gateway.audit import report

    path = tmp_path / "audit.jsonl"

    def write(numbers: range) -> None:
        with AuditTrail(path, max_bytes=600, backups=50) as trail:  # written and synced when it closes
            for i in numbers:
                trail.record("server.ready", server="files", tools=i)

    with AuditTrail(path, max_bytes=600, backups=50) as trail:
        trail.record("gateway.start", version="1")
    deadline = time.monotonic() + 120  # a guard only: the loop ends when the last event is seen
    stream = follow(path, n=1, follow=True, poll=0.001, stop=lambda: time.monotonic() > deadline, raw=True)
    assert json.loads(next(stream))["event"] == "gateway.start"
    listed = report.trail_files
    rotations = {"left": 1}

    def stale_listing(base: Path) -> list[Path]:
        files = listed(base)
        if rotations["left"]:  # the trail rotates between the listing and the opening of its files
            rotations["left"] -= 1
            write(range(20, 40))
        return files

    monkeypatch.setattr(report, "trail_files", stale_listing)
    write(range(20))
    seen: list[int] = []
    for line in stream:
        event = json.loads(line)
        if event["event"] == "server.ready":
            seen.append(event["tools"])
        if seen and seen[-1] == 39:
            break
    assert rotations["left"] == 0
    assert seen == list(range(40))

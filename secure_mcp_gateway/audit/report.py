"""Reading a trail for people: `summary` (calls, errors, blocks, latency per tool) and `tail` (one line per event)."""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from secure_mcp_gateway.audit.chain import last_line_of, read_tail, rotated_path, trail_files

_SINCE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*", re.IGNORECASE)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
_ERROR_OUTCOMES = frozenset({"error", "timeout", "cancelled"})
_SKIP_KEYS = frozenset({"seq", "prev", "ts", "event", "request_id"})


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`1h`, `30m`, `2d`, `1w` (ago), a date `2026-11-01` (UTC midnight) or an ISO datetime, as an aware UTC time."""
    now = now or datetime.now(timezone.utc)
    word = text.strip().lower()
    if word in ("today", "yesterday"):
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight - timedelta(days=1) if word == "yesterday" else midnight
    m = _SINCE.fullmatch(text)
    if m:
        return now - timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2).lower()])
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"--since {text!r}: use a duration like 1h, 30m, 2d, today, yesterday, or a date like 2026-11-01 (UTC)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _ts(event: dict[str, Any]) -> datetime | None:
    raw = event.get("ts")
    if not isinstance(raw, str):
        return None
    try:
        return datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        return None


def _file_lines(file: Path) -> Iterator[bytes]:
    try:
        with open(file, "rb") as f:
            yield from f
    except OSError:
        return


def read_events(path: str | os.PathLike[str], since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """The events of a trail (rotated files first), skipping lines that are not JSON objects."""
    for file in trail_files(Path(path)):
        if since is not None:
            last = last_line_of(file)
            when = _ts(_loads(last)) if last is not None else None
            if when is not None and when < since:
                continue  # the whole file is older than `since`
        for raw in _file_lines(file):
            event = _loads(raw)
            if not event:
                continue
            if since is not None:
                when = _ts(event)
                if when is None or when < since:
                    continue
            yield event


def _loads(raw: bytes) -> dict[str, Any]:
    try:
        event = json.loads(raw)
    except ValueError:
        return {}
    return event if isinstance(event, dict) else {}


def _percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(pct / 100.0 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass
class ToolRow:
    """Totals for one server/tool pair."""

    server: str
    tool: str
    calls: int = 0
    errors: int = 0
    blocked: int = 0
    denied: int = 0
    latencies: list[float] = field(default_factory=list)

    @property
    def p50(self) -> float:
        """Median total latency in ms (NaN without data)."""
        return _percentile(sorted(self.latencies), 50)

    @property
    def p95(self) -> float:
        """95th percentile total latency in ms (NaN without data)."""
        return _percentile(sorted(self.latencies), 95)


@dataclass
class Summary:
    """What `summarize` counts: per-tool rows, detector actions, and every other event by name."""

    tools: dict[tuple[str, str], ToolRow] = field(default_factory=dict)
    detectors: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    events: Counter[str] = field(default_factory=Counter)
    detector_calls: Counter[tuple[str, str]] = field(default_factory=Counter)
    first_ts: str | None = None
    last_ts: str | None = None


def summarize(events: Iterable[dict[str, Any]]) -> Summary:
    """Count calls, errors, blocks and latency per tool, and detector actions, over some events."""
    out = Summary()
    for event in events:
        name = str(event.get("event", "?"))
        ts = event.get("ts")
        if isinstance(ts, str):
            out.first_ts = ts if out.first_ts is None else min(out.first_ts, ts)
            out.last_ts = ts if out.last_ts is None else max(out.last_ts, ts)
        if name != "tool.call":
            out.events[name] += 1
            continue
        key = (str(event.get("server", "?")), str(event.get("tool", "?")))
        row = out.tools.get(key)
        if row is None:
            row = out.tools[key] = ToolRow(*key)
        row.calls += 1
        outcome = event.get("outcome")
        if outcome in _ERROR_OUTCOMES:
            row.errors += 1
        elif outcome == "blocked":
            row.blocked += 1
        elif outcome == "denied":
            row.denied += 1
        latency = event.get("latency_ms")
        if isinstance(latency, dict) and isinstance(latency.get("total"), (int, float)):
            row.latencies.append(float(latency["total"]))
        seen: set[tuple[str, str]] = set()
        for finding in event.get("detectors") or ():
            if isinstance(finding, dict):
                det = (str(finding.get("detector", "?")), str(finding.get("kind", "?")))
                out.detectors[det][str(finding.get("action", "?"))] += 1
                seen.add(det)
        for det in seen:  # a call counts once per detector and kind, whatever it found in both directions
            out.detector_calls[det] += 1
    return out


def table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    """A plain-text table with aligned columns (numbers right-aligned)."""
    right = right or set()
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines.extend(fmt(r) for r in rows)
    return "\n".join(lines)


def _ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.1f}"


_ACTIONS = {
    "block": "blocks",
    "confirm": "confirmations",
    "redact": "redactions",
    "flag": "flags",
    "warn": "warnings",
}
"""Detector actions, in the order the summary shows them (a column only when some call had it)."""


def render_summary(summary: Summary) -> str:
    """The summary as text tables: per tool, per detector, other events."""
    if not summary.tools and not summary.events:
        return "no audit events in this period"
    parts = [f"from {summary.first_ts} to {summary.last_ts} (UTC)"]
    rows = []
    total = ToolRow("TOTAL", "")
    for (server, tool), row in sorted(summary.tools.items()):
        rows.append(
            [
                server,
                tool,
                str(row.calls),
                str(row.errors),
                str(row.blocked),
                str(row.denied),
                _ms(row.p50),
                _ms(row.p95),
            ]
        )
        total.calls += row.calls
        total.errors += row.errors
        total.blocked += row.blocked
        total.denied += row.denied
        total.latencies.extend(row.latencies)
    if rows:
        rows.append(
            [
                "TOTAL",
                "",
                str(total.calls),
                str(total.errors),
                str(total.blocked),
                str(total.denied),
                _ms(total.p50),
                _ms(total.p95),
            ]
        )
        headers = ["server", "tool", "calls", "errors", "blocked", "denied", "p50 ms", "p95 ms"]
        parts.append(table(headers, rows, right={2, 3, 4, 5, 6, 7}))
    if summary.detectors:
        actions = [a for a in _ACTIONS if any(c[a] for c in summary.detectors.values())] or ["block"]
        drows = [
            [det, kind, *(str(c[a]) for a in actions), str(summary.detector_calls[(det, kind)])]
            for (det, kind), c in sorted(summary.detectors.items())
        ]
        headers = ["detector", "kind", *(_ACTIONS[a] for a in actions), "calls"]
        parts.append(table(headers, drows, right=set(range(2, len(headers)))))
    if summary.events:
        erows = [[name, str(n)] for name, n in sorted(summary.events.items())]
        parts.append(table(["event", "count"], erows, right={1}))
    return "\n\n".join(parts)


def summary_table(path: str | os.PathLike[str], since: str | datetime | None = None) -> str:
    """`audit summary [--since 1h|2026-11-01]`: the text the CLI prints."""
    when = parse_since(since) if isinstance(since, str) else since
    return render_summary(summarize(read_events(path, when)))


def _finding(f: Any) -> str:
    if not isinstance(f, dict):
        return str(f)
    where = f"@{f['where']}" if f.get("where") else ""
    count = f"x{f['count']}" if isinstance(f.get("count"), int) and f["count"] > 1 else ""
    return f"{f.get('detector')}:{f.get('kind')}={f.get('action')}({f.get('direction', '')}{where}){count}"


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"), default=str)
    text = text.replace("\n", "\\n").replace("\r", "\\r")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def format_event(event: dict[str, Any]) -> str:
    """One readable line: time, event, server/tool, outcome, detectors, latency, then the other fields."""
    raw_ts = event.get("ts")
    when = raw_ts.replace("T", " ") if isinstance(raw_ts, str) else "?"  # UTC, marked with its Z
    name = str(event.get("event", "?"))
    parts = [when, f"{name:<18}"]
    used = set(_SKIP_KEYS)
    server, tool = event.get("server"), event.get("tool") or event.get("prompt") or event.get("uri")
    if server is not None and tool is not None:
        parts.append(f"{server}/{tool}")
    elif server is not None:
        parts.append(str(server))
    elif event.get("provider") is not None:
        parts.append(str(event["provider"]))
        used.add("provider")
    used.update({"server", "tool", "prompt", "uri", "public_name"})
    if "outcome" in event:
        parts.append(str(event["outcome"]))
        used.add("outcome")
    findings = event.get("detectors")
    if findings:
        parts.append("[" + ", ".join(_finding(f) for f in findings) + "]")
    used.add("detectors")
    latency = event.get("latency_ms")
    if isinstance(latency, dict) and "total" in latency:
        parts.append(f"{latency['total']:.1f}ms" if isinstance(latency["total"], (int, float)) else "")
    elif isinstance(latency, (int, float)):
        parts.append(f"{latency:.1f}ms")
    used.add("latency_ms")
    if event.get("degraded"):
        parts.append("degraded:" + ",".join(map(str, event.get("degraded_providers") or [])))
    used.update({"degraded", "degraded_providers", "cache", "arguments", "result"})
    extras = [f"{k}={_short(v)}" for k, v in event.items() if k not in used]
    parts.extend(extras)
    return " ".join(p for p in parts if p)


def _format_raw(raw: bytes) -> str:
    try:
        event = json.loads(raw)
    except ValueError:
        return "<not JSON> " + _short(raw.decode("utf-8", "replace"), 200)
    return format_event(event) if isinstance(event, dict) else _short(event, 200)


def _reverse_lines(f: BinaryIO, size: int, chunk: int = 1 << 16) -> Iterator[bytes]:
    """The complete lines of an open file, last first; bytes after the last newline (a torn write) are skipped."""
    pos, carry, at_end = size, b"", True
    while pos > 0:
        start = max(0, pos - chunk)
        f.seek(start)
        data = f.read(pos - start) + carry
        pos = start
        if at_end:
            cut = data.rfind(b"\n")
            if cut == -1:
                carry = b""
                continue
            data, at_end = data[:cut], False
        parts = data.split(b"\n")
        carry = parts[0]
        yield from reversed(parts[1:])
    if not at_end:
        yield carry


def _last_lines(path: Path, n: int, current: BinaryIO | None, end: int) -> list[bytes]:
    """The last `n` complete lines: the current file (open, up to `end`), then rotated files if it is short."""
    out: list[bytes] = []
    if current is not None and n > 0:
        for line in _reverse_lines(current, end):
            if line:
                out.append(line)
                if len(out) >= n:
                    break
    index = 1
    while len(out) < n:
        file = rotated_path(path, index)
        index += 1
        if not file.is_file():
            break
        with open(file, "rb") as f:
            for line in _reverse_lines(f, os.fstat(f.fileno()).st_size):
                if line:
                    out.append(line)
                    if len(out) >= n:
                        break
    out.reverse()
    return out


def _seq_of(line: bytes, default: int) -> int:
    try:
        seq = json.loads(line).get("seq")
    except (ValueError, AttributeError):
        return default
    return seq if isinstance(seq, int) else default


def _catch_up(base: Path, last_seq: int) -> tuple[list[bytes], BinaryIO | None, tuple[int, int] | None]:
    """Lines with a seq after `last_seq` from the rotated files and the current one, and the current file opened
    just past what was read. A rotation while the files are opened starts the catch-up again, so no file is skipped."""
    while True:
        try:
            before = os.stat(base)
        except FileNotFoundError:
            before = None
        handles: list[tuple[Path, BinaryIO]] = []
        for file in trail_files(base):
            try:
                handles.append((file, open(file, "rb")))  # noqa: SIM115 - the current file stays open for following
            except FileNotFoundError:
                continue
        current = next((h for file, h in handles if file == base), None)
        now = os.fstat(current.fileno()) if current is not None else None
        if before is None or (now is not None and (now.st_dev, now.st_ino) == (before.st_dev, before.st_ino)):
            break
        for _, handle in handles:
            handle.close()
    out: list[bytes] = []
    newest = last_seq
    for _, handle in handles:
        data = handle.read()
        complete = data[: data.rfind(b"\n") + 1]
        for line in complete.split(b"\n"):
            if line:
                seq = _seq_of(line, -1)
                if seq > newest:  # a file seen twice (it moved while being listed) gives nothing twice
                    out.append(line)
                    newest = seq
        if handle is current:
            handle.seek(len(complete))
        else:
            handle.close()
    ident = (now.st_dev, now.st_ino) if now is not None else None
    return out, current, ident


def follow(
    path: str | os.PathLike[str],
    n: int = 10,
    follow: bool = False,
    *,
    poll: float = 0.5,
    stop: Callable[[], bool] | None = None,
    raw: bool = False,
) -> Iterator[str]:
    """`audit tail [-f] [-n N]`: the last `n` events, then (with `follow`) new ones as they come, across rotation."""
    base = Path(path)
    fmt: Callable[[bytes], str] = (lambda b: b.decode("utf-8", "replace")) if raw else _format_raw
    f: BinaryIO | None = None
    ident: tuple[int, int] | None = None
    end = 0
    rest = b""
    try:
        try:
            f = open(base, "rb")  # noqa: SIM115 - kept open across yields, closed in `finally`
        except FileNotFoundError:
            f = None
        if f is not None:
            st = os.fstat(f.fileno())
            ident = (st.st_dev, st.st_ino)
            end = read_tail(f, st.st_size).end  # lines are shown up to here, new ones are followed from here
        last_seq = _seq_of(read_tail(f, end).line or b"", -1) if f is not None else -1
        for line in _last_lines(base, n, f, end):
            yield fmt(line)
        if not follow:
            return
        if f is not None:
            f.seek(end)
        while stop is None or not stop():
            if f is not None:
                data = f.read()
                if data:
                    parts = (rest + data).split(b"\n")
                    rest = parts.pop()
                    for line in parts:
                        if line:
                            last_seq = _seq_of(line, last_seq)
                            yield fmt(line)
                    continue
            try:
                st = os.stat(base)
                now = (st.st_dev, st.st_ino)
            except FileNotFoundError:
                now = None
            if now is not None and now != ident:
                # rotated, perhaps several times since the last look: catch up by seq over the rotated files,
                # then follow the new current file from where the catch-up stopped reading it
                if f is not None:
                    f.close()
                lines, f, ident = _catch_up(base, last_seq)
                for line in lines:
                    last_seq = _seq_of(line, last_seq)
                    yield fmt(line)
                rest = b""
                continue
            if f is not None and now is not None and st.st_size < f.tell():  # a torn write was cut off
                f.seek(st.st_size)
                rest = b""
                continue
            time.sleep(poll)
    finally:
        if f is not None:
            f.close()

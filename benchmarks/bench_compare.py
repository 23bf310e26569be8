"""The gateway beside a direct connection, a raw byte relay and a naive SDK proxy, measured in one run.

A lightweight raw JSON-RPC client (so the client is not the bottleneck) drives, for each result size and load:
the benchmark echo server directly; through a raw line relay (the floor for any Python proxy); through a naive
proxy on the MCP SDK; through the gateway with its default checks; and through the gateway with checks off (whole
results in both: `max_result_chars: 0`, as the other paths pass them whole). It prints p50/p95 latency,
throughput, the intermediary's CPU per call (all its threads, sampled right before and after each case, once it
has gone quiet after start-up), its peak RSS and how far that rose over its idle RSS (the peak counted afresh
from the idle moment); with `--audit-off`, the gateway with its default checks and no audit trail as well (what the
trail costs a call); then throughput with `mcp-server-time` at 1, 20 and 100 in flight; then time to the first
complete `tools/list` for large catalogs and many servers: first-ever (nothing kept), cold (no catalogs
kept; the detectors' compiled databases, made once per install, kept) and warm.

    python benchmarks/bench_compare.py [--quick] [--vary | --both] [--audit-off] [--only sizes,time,startup]
        [--json FILE] [--into README.md]
    python benchmarks/bench_compare.py --readme FILE [--into README.md]

By default every call of a size gets the same text back, as a server that answers alike does. With `--vary` the
echo server marks every kilobyte of each result with the call's number and words picked by it, so no two results
are the same text: the figures of a gateway that remembers what it has already checked, without that help;
`--both` measures the sizes both ways. `--into README.md` writes the README's performance tables (and the load the
run was made under) in place, from this run or from the figures `--json` wrote (`--readme`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ECHO = ROOT / "benchmarks" / "servers" / "echo_server.py"
RELAY = ROOT / "benchmarks" / "servers" / "raw_relay.py"
SDK_PROXY = ROOT / "benchmarks" / "servers" / "sdk_proxy.py"
FIXTURE = ROOT / "tests" / "servers" / "fixture_server.py"
PY = sys.executable
_ID = re.compile(rb'"id"\s*:\s*(\d+)')
_TICK = os.sysconf("SC_CLK_TCK")
KB, MB = 1024, 1024 * 1024


class CpuSample:
    """The CPU time a process has used up to one moment, all its threads together, those that ended included.

    On Linux it is read from the process's CPU-time clock (`clock_gettime` on the clock id of another process:
    nanoseconds, the time of ended threads kept); elsewhere, or where that clock cannot be read, from user + system
    time in `/proc/<pid>/stat` (clock ticks). Summing the live threads' run times instead (as this benchmark once
    did) loses a thread that ends between two samples, and makes the difference low or negative.
    """

    def __init__(self, total: float) -> None:
        self.total = total

    @classmethod
    def of(cls, pid: int) -> CpuSample:
        try:
            return cls(time.clock_gettime(_process_clock(pid)))
        except (OSError, OverflowError, AttributeError):
            pass
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return cls((int(fields[11]) + int(fields[12])) / _TICK)
        except (OSError, ValueError, IndexError):
            return cls(0.0)

    def minus(self, earlier: CpuSample) -> float:
        """Seconds of CPU used between `earlier` and this sample."""
        return max(self.total - earlier.total, 0.0)


def _process_clock(pid: int) -> int:
    """The clock id of a whole process's CPU time on Linux (what `clock_getcpuclockid` returns for it)."""
    if not sys.platform.startswith("linux"):
        raise OSError("process CPU clocks of other processes are read on Linux only")
    return ((~pid) << 3) | 2  # CPUCLOCK_SCHED of the thread group


class RawClient:
    """JSON-RPC over a child's stdio: writes requests, matches answers by id, ignores notifications."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.pending: dict[int, asyncio.Future[bytes]] = {}
        self.next_id = 1
        self.notified = asyncio.Event()
        self.reader = asyncio.get_running_loop().create_task(self._read())

    @classmethod
    async def start(cls, cmd: list[str], env: dict[str, str] | None = None) -> RawClient:
        proc = await asyncio.create_subprocess_exec(
            *cmd,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
            limit=1 << 30,
            env=env,
        )
        return cls(proc)

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        while True:
            line = await self.proc.stdout.readline()
            if not line:
                break
            head = line[:120]
            if b'"method"' in head and b'"result"' not in head and b'"error"' not in head:
                self.notified.set()  # a notification or a request from the far side
                continue
            m = _ID.search(head) or _ID.search(line[-200:])
            if m is None:
                msg = json.loads(line)
                ident = msg.get("id")
            else:
                ident = int(m.group(1))
            fut = self.pending.pop(ident, None) if isinstance(ident, int) else None
            if fut is not None and not fut.done():
                fut.set_result(line)
        for fut in self.pending.values():
            if not fut.done():
                fut.set_exception(ConnectionError("closed"))

    def send(self, method: str, params: dict[str, Any] | None = None) -> asyncio.Future[bytes]:
        ident, self.next_id = self.next_id, self.next_id + 1
        fut: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self.pending[ident] = fut
        msg: dict[str, Any] = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            msg["params"] = params
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(msg).encode() + b"\n")
        return fut

    async def request(self, method: str, params: dict[str, Any] | None = None) -> bytes:
        return await self.send(method, params)

    def notify(self, method: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"jsonrpc": "2.0", "method": method}).encode() + b"\n")

    async def handshake(self) -> None:
        await self.request(
            "initialize",
            {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}},
        )
        self.notify("notifications/initialized")

    async def list_all_tools(self) -> list[str]:
        names: list[str] = []
        cursor = None
        while True:
            line = await self.request("tools/list", {"cursor": cursor} if cursor else {})
            result = json.loads(line)["result"]
            names += [t["name"] for t in result["tools"]]
            cursor = result.get("nextCursor")
            if not cursor:
                return names

    def cpu_sample(self) -> CpuSample:
        """The far process's CPU time so far (every thread of it, ended ones included; not its children)."""
        return CpuSample.of(self.proc.pid)

    def cpu_seconds(self) -> float:
        """CPU seconds the far process has used so far (see `CpuSample`)."""
        return self.cpu_sample().total

    async def settle(self, quiet: float = 0.03, window: float = 0.2, limit: float = 20.0) -> float:
        """Wait until the far process is idle (less than `quiet` of a core over `window` seconds): work it does in
        the background after start-up (compiling expressions on a thread) is not counted in the first case. The
        seconds waited."""
        t0 = time.perf_counter()
        before = self.cpu_sample()
        while time.perf_counter() - t0 < limit:
            await asyncio.sleep(window)
            now = self.cpu_sample()
            if now.minus(before) < quiet * window:
                break
            before = now
        return time.perf_counter() - t0

    def reset_peak_rss(self) -> bool:
        """Start the far process's peak resident memory afresh from now (Linux: `/proc/<pid>/clear_refs`)."""
        try:
            Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")
        except OSError:
            return False
        return True

    def peak_rss(self, field: str = "VmHWM") -> int:
        """The far process's peak resident memory (`VmRSS` for the current one), in bytes."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        return 0

    async def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            await asyncio.wait_for(self.proc.wait(), 5)
        except asyncio.TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        self.reader.cancel()


def gateway_config(
    workdir: Path, servers: dict[str, list[str]], checks: bool, audit: bool = True, **gateway: Any
) -> Path:
    config: dict[str, Any] = {
        "mcpServers": {name: {"command": cmd[0], "args": cmd[1:]} for name, cmd in servers.items()},
        "cache": {"dir": str(workdir / "cache")},
        "audit": {"file": str(workdir / "audit" / "audit.jsonl")} if audit else {"enabled": False},
        "gateway": {"log_level": "warning", "reload": False, "max_result_chars": 0, **gateway},
    }
    if not checks:
        config["guardrails"] = {"enabled": False}
    path = workdir / f"gw-{len(list(workdir.glob('gw-*.json')))}.json"
    path.write_text(json.dumps(config))
    return path


def isolated_env(workdir: Path) -> dict[str, str]:
    """The environment of a gateway under test: its own home, so no user state is read or written."""
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def targets(workdir: Path, vary: bool = False, audit_off: bool = False) -> dict[str, tuple[list[str], str]]:
    """name -> (command line, public name of the echo tool); with `vary`, no two results are the same text; with
    `audit_off`, the gateway with its default checks and no audit trail too (what the trail costs a call)."""
    echo = [PY, str(ECHO), *(["--vary"] if vary else [])]
    gw = [PY, "-m", "secure_mcp_gateway", "--config"]
    found = {
        "direct": (echo, "echo"),
        "raw relay": ([PY, str(RELAY), *echo], "echo"),
        "naive SDK proxy": ([PY, str(SDK_PROXY), *echo], "echo"),
        "gateway": ([*gw, str(gateway_config(workdir, {"e": echo}, checks=True))], "e__echo"),
        "gateway, checks off": ([*gw, str(gateway_config(workdir, {"e": echo}, checks=False))], "e__echo"),
    }
    if audit_off:
        config = gateway_config(workdir, {"e": echo}, checks=True, audit=False)
        found[AUDIT_OFF] = ([*gw, str(config)], "e__echo")
    return found


AUDIT_OFF = "gateway, audit off"


def pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * q))]


async def run_load(client: RawClient, tool: str, args: dict[str, Any], calls: int, in_flight: int) -> dict[str, float]:
    """`calls` calls with `in_flight` at a time: latency percentiles, throughput, CPU per call of the far process."""
    sem = asyncio.Semaphore(in_flight)
    samples: list[float] = []

    async def one() -> None:
        async with sem:
            t = time.perf_counter()
            line = await client.request("tools/call", {"name": tool, "arguments": args})
            samples.append((time.perf_counter() - t) * 1000)
            if b'"error"' in line[:200] and b'"result"' not in line[:200]:
                raise RuntimeError(line[:300].decode(errors="replace"))

    cpu0, t0 = client.cpu_sample(), time.perf_counter()
    await asyncio.gather(*(one() for _ in range(calls)))
    elapsed = time.perf_counter() - t0
    used = client.cpu_sample().minus(cpu0)
    return {
        "p50_ms": statistics.median(samples),
        "p95_ms": pct(samples, 0.95),
        "per_s": calls / elapsed,
        "cpu_ms": used * 1000 / calls,
    }


SIZE_PLAN = [  # (size, [(in_flight, calls)])
    (1 * KB, [(1, 400), (20, 3000), (100, 3000)]),
    (100 * KB, [(1, 150), (10, 300)]),
    (1 * MB, [(1, 30), (10, 100)]),
    (2 * MB, [(1, 10)]),
    (8 * MB, [(1, 5)]),
    (10 * MB, [(1, 3)]),
]


async def bench_sizes(
    workdir: Path, quick: bool, env: dict[str, str], vary: bool = False, audit_off: bool = False
) -> list[dict[str, Any]]:
    rows = []
    for size, loads in SIZE_PLAN:
        for name, (cmd, tool) in targets(workdir, vary, audit_off).items():
            client = await RawClient.start(cmd, env)
            try:
                await client.handshake()
                await client.list_all_tools()
                await run_load(client, tool, {"size": KB}, 30, 1)  # every path taken once, with a small result
                await client.settle()  # start-up work on other threads is over before anything is measured
                client.reset_peak_rss()
                idle_rss = client.peak_rss("VmRSS")
                args = {"size": size}
                await run_load(client, tool, args, 3 if size >= MB else 30, 1)  # warm up at this size
                for in_flight, calls in loads:
                    n = max(in_flight, calls // 5) if quick else calls
                    await client.settle()
                    r = await run_load(client, tool, args, n, in_flight)
                    rows.append({"size": size, "in_flight": in_flight, "target": name, **r})
                peak = client.peak_rss()
                rows.append({"size": size, "target": name, "peak_rss": peak, "rss_growth": peak - idle_rss})
            finally:
                await client.close()
    return rows


async def bench_time(workdir: Path, quick: bool, env: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    cmd = [PY, "-m", "mcp_server_time"]
    gw = [PY, "-m", "secure_mcp_gateway", "--config", str(gateway_config(workdir, {"time": cmd}, checks=True))]
    plan = {"direct": (cmd, "get_current_time"), "gateway": (gw, "time__get_current_time")}
    for name, (command, tool) in plan.items():
        client = await RawClient.start(command, env)
        try:
            await client.handshake()
            await client.list_all_tools()
            args = {"timezone": "UTC"}
            await run_load(client, tool, args, 50, 1)
            for in_flight in (1, 20, 100):
                calls = (300 if in_flight == 1 else 2000) // (5 if quick else 1)
                await client.settle()
                r = await run_load(client, tool, args, calls, in_flight)
                rows.append({"target": name, "in_flight": in_flight, **r})
        finally:
            await client.close()
    return rows


async def time_to_tools(cmd: list[str], expected: int, env: dict[str, str], deadline: float = 60.0) -> float:
    """Seconds from launch to a tools/list that holds `expected` tools (following list_changed)."""
    t = time.perf_counter()
    client = await RawClient.start(cmd, env)
    try:
        await client.handshake()
        while time.perf_counter() - t < deadline:
            client.notified.clear()
            if len(await client.list_all_tools()) >= expected:
                return time.perf_counter() - t
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(client.notified.wait(), 0.25)
        raise RuntimeError(f"{cmd[-1]}: fewer than {expected} tools after {deadline:g} s")
    finally:
        await client.close()


def _forget_catalogs(cache: Path) -> None:
    """Empty the cache directory but for the detectors' compiled databases (made once per install, not per
    catalog): the next start is cold for its catalogs."""
    for entry in cache.iterdir() if cache.is_dir() else ():
        if entry.name != "hyperscan":
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)


async def bench_startup(workdir: Path, quick: bool, env: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    runs = 1 if quick else 3
    cases = {
        "one server, its own few tools": {"big": [PY, str(FIXTURE), "--name", "big"]},
        "one server, 1,000 tools": {"big": [PY, str(FIXTURE), "--name", "big", "--tools-extra", "999"]},
        "one server, 5,000 tools": {"big": [PY, str(FIXTURE), "--name", "big", "--tools-extra", "4999"]},
        "50 small servers": {f"s{i:02d}": [PY, str(ECHO)] for i in range(50)},
    }
    for n, (case, servers) in enumerate(cases.items()):
        env = isolated_env(workdir / f"case{n}")  # first sight for every case: no pins, key or cache carried over
        direct_cmd = next(iter(servers.values()))
        probe = await RawClient.start(direct_cmd, env)
        await probe.handshake()
        per_server = len(await probe.list_all_tools())
        await probe.close()
        expected = per_server * len(servers)
        direct = [await time_to_tools(direct_cmd, per_server, env) for _ in range(runs)] if len(servers) == 1 else []
        cfg = gateway_config(workdir, servers, checks=True, start_deadline=30)
        gw = [PY, "-m", "secure_mcp_gateway", "--config", str(cfg)]
        shutil.rmtree(workdir / "cache", ignore_errors=True)
        first = await time_to_tools(gw, expected, env)  # nothing kept: no catalogs, pins or compiled detectors
        cold, warm = [], []
        for _ in range(runs):
            _forget_catalogs(workdir / "cache")
            cold.append(await time_to_tools(gw, expected, env))
            warm.append(await time_to_tools(gw, expected, env))
        rows.append(
            {
                "case": case,
                "direct_s": statistics.median(direct) if direct else None,
                "first_s": first,
                "cold_s": statistics.median(cold),
                "warm_s": statistics.median(warm),
            }
        )
    return rows


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


def report(sizes: list[dict[str, Any]], times: list[dict[str, Any]], starts: list[dict[str, Any]]) -> None:
    names = ["direct", "raw relay", "naive SDK proxy", "gateway", "gateway, checks off"]
    if any(r["target"] == AUDIT_OFF for r in sizes):
        names.append(AUDIT_OFF)
    if sizes:
        print("\n## Result size and load (raw JSON-RPC client, benchmark echo server)\n")
        print("| size, in flight | metric | " + " | ".join(names) + " |")
        print("| --- | --- |" + " --- |" * len(names))
        keys = sorted({(r["size"], r["in_flight"]) for r in sizes if "in_flight" in r})
        for size, k in keys:
            by = {r["target"]: r for r in sizes if r.get("in_flight") == k and r["size"] == size}
            for metric, fmt in (("p50_ms", "{:.2f} ms"), ("p95_ms", "{:.2f} ms"), ("per_s", "{:.0f}/s")):
                cells = [fmt.format(by[n][metric]) if n in by else "" for n in names]
                print(f"| {_size(size)}, {k} | {metric} | " + " | ".join(cells) + " |")
            cells = ["" if n == "direct" else f"{by[n]['cpu_ms']:.2f} ms" for n in names if n in by]
            print(f"| {_size(size)}, {k} | CPU per call | " + " | ".join(cells) + " |")
        for size in sorted({r["size"] for r in sizes}):
            by = {r["target"]: r for r in sizes if r["size"] == size and "peak_rss" in r}
            cells = [f"{by[n]['peak_rss'] / MB:.0f} MB" if n in by else "" for n in names]
            print(f"| {_size(size)} | peak RSS | " + " | ".join(cells) + " |")
            cells = [f"{by[n]['rss_growth'] / MB:.0f} MB" if n in by else "" for n in names]
            print(f"| {_size(size)} | peak RSS over idle | " + " | ".join(cells) + " |")
    if times:
        print("\n## mcp-server-time\n")
        print("| in flight | direct | gateway | ratio | gateway CPU per call |")
        print("| --- | --- | --- | --- | --- |")
        for k in (1, 20, 100):
            d = next(r for r in times if r["target"] == "direct" and r["in_flight"] == k)
            g = next(r for r in times if r["target"] == "gateway" and r["in_flight"] == k)
            ratio = g["per_s"] / d["per_s"]
            print(f"| {k} | {d['per_s']:.0f}/s | {g['per_s']:.0f}/s | {ratio:.2f} | {g['cpu_ms']:.2f} ms |")
    if starts:
        print("\n## Time to the first complete tools/list\n")
        print("| case | direct | gateway, first-ever | gateway, cold | gateway, warm | cold, over the few-tools case |")
        print("| --- | --- | --- | --- | --- | --- |")
        base = starts[0]["cold_s"]
        for r in starts:
            d = f"{r['direct_s']:.2f} s" if r["direct_s"] is not None else ""
            more = f"+{r['cold_s'] - base:.2f} s" if r is not starts[0] else ""
            print(f"| {r['case']} | {d} | {_first(r)} | {r['cold_s']:.2f} s | {r['warm_s']:.2f} s | {more} |")


def _first(row: dict[str, Any]) -> str:
    """A start row's first-ever start, if the run measured it."""
    return f"{row['first_s']:.2f} s" if row.get("first_s") is not None else ""


def readme_tables(data: dict[str, Any]) -> dict[str, list[str]]:
    """The README's performance tables from a run's figures (written by `--json`), by part ("sizes", "sizes_vary",
    "time", "startup": those the run measured), each as its lines followed by a blank line and a line saying how
    the run was made."""
    machine = data.get("machine", {})
    quick = ", a fifth of the calls (--quick)" if machine.get("quick") else ""
    before, after = machine.get("load_before", 0), machine.get("load_after", 0)
    run = f"*{machine.get('cores', '?')} cores, load average (1 min) {before:.2f} at the start of the run and"
    run += f" {after:.2f} at its end{quick}.*"
    sizes, varied = data.get("sizes") or [], data.get("sizes_vary") or []
    if machine.get("vary") and not varied:  # (a run of `--vary` alone)
        sizes, varied = [], sizes
    tables = {part: _sizes_table(rows) for part, rows in (("sizes", sizes), ("sizes_vary", varied)) if rows}
    times, starts = data.get("time") or [], data.get("startup") or []
    if times:
        lines = ["| `mcp-server-time`, in flight | direct | gateway | ratio | gateway CPU per call |"]
        lines.append("| --- | --- | --- | --- | --- |")
        for k in (1, 20, 100):
            d = next(r for r in times if r["target"] == "direct" and r["in_flight"] == k)
            g = next(r for r in times if r["target"] == "gateway" and r["in_flight"] == k)
            ratio = g["per_s"] / d["per_s"]
            lines.append(f"| {k} | {d['per_s']:,.0f}/s | {g['per_s']:,.0f}/s | {ratio:.2f} | {g['cpu_ms']:.2f} ms |")
        tables["time"] = lines
    if starts:
        lines = [
            "| time to the first complete `tools/list` | direct | gateway, first-ever | gateway, cold | gateway, warm |"
        ]
        lines.append("| --- | --- | --- | --- | --- |")
        for r in starts:
            d = f"{r['direct_s']:.2f} s" if r["direct_s"] is not None else ""
            lines.append(f"| {r['case']} | {d} | {_first(r)} | {r['cold_s']:.2f} s | {r['warm_s']:.2f} s |")
        tables["startup"] = lines
    return {part: [*table, "", run] for part, table in tables.items()}


def _sizes_table(sizes: list[dict[str, Any]]) -> list[str]:
    """The README's table of result sizes and loads, from one sizes part of a run."""
    names = ["direct", "raw relay", "naive SDK proxy", "gateway", "gateway, checks off"]

    def row(size: int, k: int) -> dict[str, dict[str, Any]]:
        return {r["target"]: r for r in sizes if r.get("in_flight") == k and r["size"] == size}

    def cells(by: dict[str, dict[str, Any]], first: str, cpu: str = ".2f") -> str:
        return " | ".join(
            first.format(**by[n]) + ("" if n == "direct" else f" / {by[n]['cpu_ms']:{cpu}} ms") for n in names
        )

    lines = ["| result, in flight | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    lines.append(
        "| 1 KB, 1: p50 / CPU per call of the process in the middle | " + cells(row(KB, 1), "{p50_ms:.2f} ms") + " |"
    )
    for k in (20, 100):
        lines.append(f"| 1 KB, {k}: throughput / CPU per call | " + cells(row(KB, k), "{per_s:,.0f}/s") + " |")
    by = row(100 * KB, 1)
    lines.append("| 100 KB, 1: p50 | " + " | ".join(f"{by[n]['p50_ms']:.2f} ms" for n in names) + " |")
    lines.append("| 1 MB, 10: throughput / CPU per call | " + cells(row(MB, 10), "{per_s:,.0f}/s", ".1f") + " |")
    by = row(8 * MB, 1)
    lines.append("| 8 MB, 1: p50 | " + " | ".join(f"{by[n]['p50_ms']:.0f} ms" for n in names) + " |")
    by = {r["target"]: r for r in sizes if r["size"] == 10 * MB and "peak_rss" in r}
    rss = [
        "" if n == "direct" else f"{by[n]['peak_rss'] / MB:.0f} MB (+{by[n].get('rss_growth', 0) / MB:.0f})"
        for n in names
    ]
    lines.append("| 10 MB, 1: peak RSS of the process in the middle (+ over idle) | " + " | ".join(rss) + " |")
    return lines


_PLACES = {  # part -> (first cells of its table in the README, which of the tables starting so)
    "sizes": ("| result, in flight |", 0),
    "sizes_vary": ("| result, in flight |", 1),
    "time": ("| `mcp-server-time`, in flight |", 0),
    "startup": ("| time to the first complete `tools/list` |", 0),
}


def into_readme(text: str, tables: dict[str, list[str]]) -> str:
    """`text` (the README) with the tables of its Performance section that `tables` has, and the run line under
    each, replaced; raises ValueError when one of them is not there."""
    lines = text.split("\n")
    start = lines.index("## Performance")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    for part, table in tables.items():
        head, nth = _PLACES[part]
        found = [i for i in range(start, end) if lines[i].startswith(head)]
        if len(found) <= nth:
            raise ValueError(f"the Performance section has no table {nth + 1} starting {head!r}")
        at = stop = found[nth]
        while stop < end and lines[stop].startswith("|"):
            stop += 1
        if (
            stop + 1 < end
            and lines[stop] == ""
            and lines[stop + 1].startswith("*")
            and "load average" in lines[stop + 1]
        ):
            stop += 2  # (the run line of an earlier regeneration)
        lines[at:stop] = table
        end += len(table) - (stop - at)
    return "\n".join(lines)


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a fifth of the calls, one start per case")
    ap.add_argument("--vary", action="store_true", help="no two results of the echo server are the same text")
    ap.add_argument("--both", action="store_true", help="sizes: the same text per size, then varied texts (--vary)")
    ap.add_argument("--only", default="sizes,time,startup", help="comma-separated parts to run")
    ap.add_argument("--audit-off", action="store_true", help="sizes: also the gateway without its audit trail")
    ap.add_argument("--json", help="also write the raw figures here")
    ap.add_argument("--readme", help="a JSON file written by --json: print the README's tables from it and stop")
    ap.add_argument("--into", help="write the README's tables of this run (or of --readme) into this README file")
    opts = ap.parse_args()
    if opts.readme:
        _readme(json.loads(Path(opts.readme).read_text()), opts.into)
        return
    parts = set(opts.only.split(","))
    workdir = Path(tempfile.mkdtemp(prefix="smg-compare-"))
    env = isolated_env(workdir)
    load_before = os.getloadavg()[0]
    varied: list[dict[str, Any]] = []
    try:
        sizes = await bench_sizes(workdir, opts.quick, env, opts.vary, opts.audit_off) if "sizes" in parts else []
        if opts.both and "sizes" in parts and not opts.vary:
            varied = await bench_sizes(workdir, opts.quick, env, True, opts.audit_off)
        times = await bench_time(workdir, opts.quick, env) if "time" in parts else []
        starts = await bench_startup(workdir, opts.quick, env) if "startup" in parts else []
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    load_after = os.getloadavg()[0]
    print(f"{os.cpu_count()} cores; load average (1 min) {load_before:.2f} at the start, {load_after:.2f} at the end")
    if sizes:
        print("echo results: " + ("a different text on every call (--vary)" if opts.vary else "the same text per size"))
    report(sizes, times, starts)
    if varied:
        print("\necho results: a different text on every call (--vary)")
        report(varied, [], [])
    machine = {
        "cores": os.cpu_count(),
        "load_before": load_before,
        "load_after": load_after,
        "vary": opts.vary,
        "quick": opts.quick,
    }
    data = {"sizes": sizes, "sizes_vary": varied, "time": times, "startup": starts, "machine": machine}
    if opts.json:
        Path(opts.json).write_text(json.dumps(data, indent=1))
    if opts.into:
        _readme(data, opts.into)


def _readme(data: dict[str, Any], into: str | None) -> None:
    """Print the README's tables of a run, or write them into the README file `into`."""
    tables = readme_tables(data)
    if into is None:
        print("\n\n".join("\n".join(table) for table in tables.values()))
        return
    path = Path(into)
    path.write_text(into_readme(path.read_text(), tables))
    print(f"{path}: written ({', '.join(tables)})")


if __name__ == "__main__":
    asyncio.run(main())

"""Serving over HTTP: per-call cost against stdio, 100 concurrent sessions, and two gateways sharing one Redis.

    python benchmarks/bench_http.py [--calls 300] [--sessions 100] [--per-session 10]

Every client here is a minimal raw JSON-RPC client (lines over pipes, or httpx with keep-alive), so the numbers
are the gateway's, not an SDK client's. Part 3 needs `redis-server` on PATH.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
FIXTURE = ROOT / "tests" / "servers" / "fixture_server.py"
PY = sys.executable
INIT = {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(tmp: Path, extra: dict[str, Any] | None = None) -> Path:
    config: dict[str, Any] = {
        "mcpServers": {"fx": {"command": PY, "args": [str(FIXTURE)]}},
        "gateway": {"reload": False},
        "cache": {"dir": str(tmp / "cache")},
        "audit": {"file": str(tmp / "audit.jsonl")},
    }
    config.update(extra or {})
    path = tmp / "gateway.json"
    path.write_text(json.dumps(config))
    return path


class StdioClient:
    """JSON-RPC lines over a child's pipes."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.next = 0

    @classmethod
    async def start(cls, *cmd: str) -> StdioClient:
        proc = await asyncio.create_subprocess_exec(
            *cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, limit=2**24
        )
        client = cls(proc)
        await client.call("initialize", INIT)
        client.notify("notifications/initialized")
        return client

    def notify(self, method: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"jsonrpc": "2.0", "method": method}).encode() + b"\n")

    async def call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.next += 1
        self.proc.stdin.write(
            json.dumps({"jsonrpc": "2.0", "id": self.next, "method": method, "params": params}).encode() + b"\n"
        )
        while True:
            msg = json.loads(await self.proc.stdout.readline())
            if msg.get("id") == self.next and "method" not in msg:
                return msg

    async def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        await self.proc.wait()


class HttpClient:
    """One MCP session over streamable HTTP with a keep-alive connection."""

    def __init__(self, http: Any, url: str, token: str | None = None) -> None:
        self.http = http
        self.url = url
        self.headers = dict(HEADERS)
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        self.next = 0

    async def open(self) -> HttpClient:
        r = await self.http.post(
            self.url, json={"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": INIT}, headers=self.headers
        )
        self.headers["Mcp-Session-Id"] = r.headers["mcp-session-id"]
        await self.http.post(
            self.url, json={"jsonrpc": "2.0", "method": "notifications/initialized"}, headers=self.headers
        )
        return self

    async def call(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.next += 1
        r = await self.http.post(
            self.url, json={"jsonrpc": "2.0", "id": self.next, "method": method, "params": params}, headers=self.headers
        )
        if r.headers["content-type"].startswith("application/json"):
            return r.json()
        for line in r.text.splitlines():
            if line.startswith("data: ") and line[6:].strip():
                msg = json.loads(line[6:])
                if msg.get("id") == self.next:
                    return msg
        raise RuntimeError(f"no answer in {r.text[:200]!r}")


def start_http_gateway(config: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [PY, "-m", "secure_mcp_gateway", "serve", "--config", str(config), "--http", f"127.0.0.1:{port}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import urllib.request

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
                if resp.status == 200:
                    return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the HTTP gateway did not become ready")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(15)


async def timed(fn: Any, n: int) -> list[float]:
    for _ in range(20):
        await fn()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        await fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux); unlike wall time, not inflated by other load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(samples: list[float], p: float) -> float:
    return sorted(samples)[min(len(samples) - 1, int(len(samples) * p))]


async def per_call(calls: int) -> None:
    import httpx

    echo = {"name": "fx__echo", "arguments": {"text": "hello"}}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        direct = await StdioClient.start(PY, str(FIXTURE))
        d_samples = await timed(
            lambda: direct.call("tools/call", {"name": "echo", "arguments": {"text": "hello"}}), calls
        )
        await direct.close()
        config = write_config(tmp)
        stdio = await StdioClient.start(PY, "-m", "secure_mcp_gateway", "--config", str(config))
        cpu0 = cpu_seconds(stdio.proc.pid)
        s_samples = await timed(lambda: stdio.call("tools/call", echo), calls)
        s_cpu = (cpu_seconds(stdio.proc.pid) - cpu0) * 1000 / (calls + 20)
        await stdio.close()
        port = free_port()
        (tmp / "h").mkdir()
        proc = start_http_gateway(write_config(tmp / "h"), port)
        try:
            async with httpx.AsyncClient(trust_env=False) as http:
                sse = await HttpClient(http, f"http://127.0.0.1:{port}/mcp").open()
                cpu0 = cpu_seconds(proc.pid)
                h_samples = await timed(lambda: sse.call("tools/call", echo), calls)
                h_cpu = (cpu_seconds(proc.pid) - cpu0) * 1000 / (calls + 20)
                plain = HttpClient(http, f"http://127.0.0.1:{port}/mcp")
                plain.headers["Accept"] = "application/json"
                await plain.open()
                cpu0 = cpu_seconds(proc.pid)
                j_samples = await timed(lambda: plain.call("tools/call", echo), calls)
                j_cpu = (cpu_seconds(proc.pid) - cpu0) * 1000 / (calls + 20)
        finally:
            stop(proc)
    print(f"\n1. one tools/call (fixture echo), median / p95 over {calls} calls, raw clients")
    for name, samples, cpu in (
        ("direct to the server (stdio)", d_samples, None),
        ("through the gateway, stdio", s_samples, s_cpu),
        ("through the gateway, HTTP + SSE answer", h_samples, h_cpu),
        ("through the gateway, HTTP + JSON answer", j_samples, j_cpu),
    ):
        used = f"  gateway CPU {cpu:5.2f} ms/call" if cpu is not None else ""
        print(f"   {name:42} {statistics.median(samples):6.2f} ms  p95 {pct(samples, 0.95):6.2f} ms{used}")
    print(
        f"   HTTP (SSE) adds {statistics.median(h_samples) - statistics.median(s_samples):+.2f} ms per call over stdio"
    )
    print(f"   load average while measuring: {os.getloadavg()[0]:.1f} (wall times grow with it; CPU per call does not)")


async def many_sessions(sessions: int, per_session: int) -> None:
    import httpx

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        port = free_port()
        proc = start_http_gateway(write_config(tmp, {"http": {"max_sessions": sessions + 10}}), port)
        try:
            limits = httpx.Limits(max_connections=sessions, max_keepalive_connections=sessions)
            async with httpx.AsyncClient(trust_env=False, limits=limits, timeout=60) as http:
                url = f"http://127.0.0.1:{port}/mcp"
                t0 = time.perf_counter()
                clients = await asyncio.gather(*(HttpClient(http, url).open() for _ in range(sessions)))
                opened = time.perf_counter() - t0
                samples: list[float] = []

                async def work(i: int, c: HttpClient) -> None:
                    for k in range(per_session):
                        t = time.perf_counter()
                        msg = await c.call("tools/call", {"name": "fx__echo", "arguments": {"session": i, "call": k}})
                        samples.append((time.perf_counter() - t) * 1000)
                        assert json.loads(msg["result"]["content"][0]["text"]) == {"call": k, "session": i}

                t0 = time.perf_counter()
                cpu0 = cpu_seconds(proc.pid)
                await asyncio.gather(*(work(i, c) for i, c in enumerate(clients)))
                wall = time.perf_counter() - t0
                cpu = (cpu_seconds(proc.pid) - cpu0) * 1000 / (sessions * per_session)
                rss = _rss_mb(proc.pid)
        finally:
            stop(proc)
    total = sessions * per_session
    print(f"\n2. {sessions} HTTP sessions at once, {per_session} calls each (every answer checked for its session)")
    print(
        f"   {sessions} sessions opened in {opened:.2f} s; {total} calls in {wall:.2f} s = {total / wall:.0f} calls/s"
    )
    print(
        f"   latency median {statistics.median(samples):.1f} ms, p95 {pct(samples, 0.95):.1f} ms;"
        f" gateway RSS {rss:.0f} MB, gateway CPU {cpu:.2f} ms/call"
    )


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def shared_redis() -> None:
    import httpx
    from guardrail_stub import start_stub
    from redis_server import running_redis

    with tempfile.TemporaryDirectory() as d, running_redis(Path(d) / "redis") as redis:
        tmp = Path(d)
        stub = start_stub("slow", delay=0.02)
        try:
            procs, urls = [], []
            for name in ("a", "b"):
                (tmp / name).mkdir()
                extra = {
                    "guardrails": {"providers": {"hook": {"type": "webhook", "url": stub.webhook_url}}},
                    "cache": {"backend": "redis", "url": redis.url, "dir": str(tmp / name / "cache")},
                    "audit": {"file": str(tmp / name / "audit.jsonl")},
                }
                port = free_port()
                procs.append(start_http_gateway(write_config(tmp / name, extra), port))
                urls.append(f"http://127.0.0.1:{port}/mcp")
            try:
                async with httpx.AsyncClient(trust_env=False, timeout=60) as http:
                    a = await HttpClient(http, urls[0]).open()
                    b = await HttpClient(http, urls[1]).open()
                    rows = []
                    for i in range(20):
                        params = {"name": "fx__echo", "arguments": {"text": f"the same question, number {i}"}}
                        stub.reset()
                        t = time.perf_counter()
                        await a.call("tools/call", params)
                        first = (time.perf_counter() - t) * 1000
                        asked_a = stub.stats()["requests"]
                        t = time.perf_counter()
                        await b.call("tools/call", params)
                        second = (time.perf_counter() - t) * 1000
                        rows.append((first, second, asked_a, stub.stats()["requests"] - asked_a))
            finally:
                for proc in procs:
                    stop(proc)
        finally:
            stub.close()
    print("\n3. two gateways, one Redis, a guardrail service answering in 20 ms; the same content to both")
    print(
        f"   service asked by the first gateway: {sum(r[2] for r in rows)} times for {len(rows)} calls (input + output)"
    )
    print(f"   service asked by the second gateway: {sum(r[3] for r in rows)} times")
    print(f"   call on the first gateway (asks the service): median {statistics.median(r[0] for r in rows):.1f} ms")
    print(f"   same call on the second (verdicts from Redis): median {statistics.median(r[1] for r in rows):.1f} ms")


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--sessions", type=int, default=100)
    ap.add_argument("--per-session", type=int, default=10)
    ap.add_argument("--skip-redis", action="store_true")
    args = ap.parse_args()
    os.environ.pop("http_proxy", None)
    await per_call(args.calls)
    await many_sessions(args.sessions, args.per_session)
    if not args.skip_redis:
        await shared_redis()


if __name__ == "__main__":
    asyncio.run(main())

"""A remote guardrail on every call: the stub answers in 20 ms; what the gateway adds beyond those round trips,
whether 100 calls in flight overlap, and what a call costs while the provider's breaker is open.

    python benchmarks/bench_guarded_calls.py [--calls 100] [--delay 0.02]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gateway import FIXTURE, PY, connect

STUB = Path(__file__).resolve().parent.parent / "tests" / "guardrail_stub.py"


def start_stub_process(delay: float) -> tuple[subprocess.Popen[str], str]:
    """The stub in its own process (not competing with this one for the GIL); its webhook URL."""
    proc = subprocess.Popen(
        [PY, str(STUB), "--port", "0", "--mode", "slow", "--delay", str(delay)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/webhook"


async def bare_round_trip(url: str, n: int) -> float:
    """Median of a plain httpx POST to the stub: the unavoidable part of one check."""
    import httpx

    body = {
        "version": 1,
        "direction": "input",
        "server": "fx",
        "tool": "echo",
        "request_id": "r",
        "text": "x",
        "parts": ["x"],
    }
    async with httpx.AsyncClient() as client:
        await client.post(url, json=body)
        samples = []
        for _ in range(n):
            t = time.perf_counter()
            (await client.post(url, json=body)).raise_for_status()
            samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def gateway_cmd(workdir: Path, name: str, provider_url: str | None) -> list[str]:
    config: dict[str, Any] = {
        "mcpServers": {"fx": {"command": PY, "args": [str(FIXTURE), "--name", "fx"]}},
        "gateway": {"log_level": "error", "reload": False},
        "cache": {"enabled": False},
        "audit": {"file": str(workdir / f"audit-{name}.jsonl")},
    }
    if provider_url:
        config["guardrails"] = {
            "providers": {"hook": {"type": "webhook", "url": provider_url}},
            "http": {"retries": 0, "deadline": 5, "breaker_failures": 1, "breaker_recovery": 3600},
            "on_failure": {"input": "local", "output": "local"},
        }
    path = workdir / f"gw-{name}.json"
    path.write_text(json.dumps(config))
    return [PY, "-m", "secure_mcp_gateway", "--config", str(path)]


async def sequential(cmd: list[str], calls: int) -> tuple[float, float, Any]:
    stack, session = await connect(cmd)
    await session.initialize()
    await session.list_tools()
    for i in range(5):
        await session.call_tool("fx__echo", {"text": f"warm {i}"})
    samples = []
    for i in range(calls):
        t = time.perf_counter()
        await session.call_tool("fx__echo", {"text": f"call {i}"})
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1], (stack, session)


async def in_flight(session: Any, n: int) -> float:
    t = time.perf_counter()
    await asyncio.gather(*(session.call_tool("fx__echo", {"text": f"burst {i}"}) for i in range(n)))
    return (time.perf_counter() - t) * 1000


def dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/check"  # nothing listens there


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=100)
    ap.add_argument("--delay", type=float, default=0.02)
    opts = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-guarded-"))
    stub, url = start_stub_process(opts.delay)
    try:
        rtt = await bare_round_trip(url, 50)
        base_med, base_p95, (s1, plain) = await sequential(gateway_cmd(workdir, "plain", None), opts.calls)
        base_burst = await in_flight(plain, 100)
        await s1.aclose()
        med, p95, (s2, guarded) = await sequential(gateway_cmd(workdir, "guarded", url), opts.calls)
        burst = await in_flight(guarded, 100)
        await s2.aclose()
        open_med, open_p95, (s3, _) = await sequential(gateway_cmd(workdir, "open", dead_url()), opts.calls)
        await s3.aclose()
    finally:
        stub.terminate()
        stub.wait()
    trips = 2 * rtt  # input check + output check
    print(
        f"stub answers in {opts.delay * 1000:.0f} ms (a bare HTTP round trip to it: {rtt:.2f} ms); each guarded "
        f"call makes 2 checks (input, output); {opts.calls} sequential calls\n"
    )
    print(f"{'':<40}{'median ms':>10}{'p95 ms':>10}")
    print(f"{'gateway, no remote guardrail':<40}{base_med:>10.2f}{base_p95:>10.2f}")
    print(f"{'gateway + webhook guardrail':<40}{med:>10.2f}{p95:>10.2f}")
    print(f"{'  added beyond the 2 bare round trips':<40}{med - base_med - trips:>+10.2f}")
    print(f"{'gateway, guardrail breaker open':<40}{open_med:>10.2f}{open_p95:>10.2f}")
    print(f"{'  added vs no remote guardrail':<40}{open_med - base_med:>+10.2f}")
    print(
        f"\n100 calls in flight: {burst:.0f} ms with the guardrail ({burst / med:.1f}x one call; "
        f"{100 * med:.0f} ms if they queued), {base_burst:.0f} ms without it"
    )


if __name__ == "__main__":
    asyncio.run(main())

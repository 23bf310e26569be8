"""Peak memory of the gateway under each flood a client or a server can send (Linux: VmHWM from /proc).

Each flood runs in a fresh gateway; the report gives RSS after start-up, the peak during the flood, the slowest
ping answered while it ran, and what the gateway reported.

    python benchmarks/bench_floods.py [--only NAME ...]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from rawclient import Gateway, kb, unruly


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    import os

    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def pinger(gw: Gateway, stop: asyncio.Event) -> float:
    """Ping every 50 ms until `stop`; the slowest answer in seconds."""
    worst = 0.0
    while not stop.is_set():
        t = time.perf_counter()
        await gw.request("ping")
        worst = max(worst, time.perf_counter() - t)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.05)
    return worst


async def idle(pid: int, quiet: float = 1.0, limit: float = 120.0) -> None:
    """Wait until the process has used no CPU for `quiet` seconds."""
    deadline = time.monotonic() + limit
    last = cpu_seconds(pid)
    while time.monotonic() < deadline:
        await asyncio.sleep(quiet)
        now = cpu_seconds(pid)
        if now - last < 0.02:
            return
        last = now


async def flood(
    name: str, config: dict[str, Any], action: Callable[[Gateway], Awaitable[str]], *, read: bool = True
) -> dict[str, Any]:
    gw = Gateway(config, answer_sampling=False)
    await gw.start()
    await gw.initialize()
    await gw.request("tools/list")
    base = kb(gw.pid, "VmRSS")
    cpu0 = cpu_seconds(gw.pid)
    started = time.perf_counter()
    stop = asyncio.Event()
    ping = asyncio.get_running_loop().create_task(pinger(gw, stop)) if read else None
    outcome = await action(gw)
    stop.set()
    worst = await ping if ping is not None else None
    report = {
        "flood": name,
        "rss_after_start_mb": round(base / 1024, 1),
        "rss_peak_mb": round(kb(gw.pid, "VmHWM") / 1024, 1),
        "seconds": round(time.perf_counter() - started, 1),
        "gateway_cpu_seconds": round(cpu_seconds(gw.pid) - cpu0, 2),
        "slowest_ping_ms": round(worst * 1000, 1) if worst is not None else None,
        "outcome": outcome,
        "reported": [x.split("] ", 1)[-1][:160] for x in gw.stderr_text().splitlines() if "WARN" in x][:3],
    }
    await gw.close()
    return report


async def client_line(gw: Gateway) -> str:
    gw.write_raw(b'{"jsonrpc": "2.0", "id": "big", "method": "tools/call", "params": {"x": "')
    chunk = b"a" * (1 << 20)
    for _ in range(50):
        gw.write_raw(chunk)
        assert gw.proc is not None and gw.proc.stdin is not None
        await gw.proc.stdin.drain()
    fut = asyncio.get_running_loop().create_future()
    gw.pending["big"] = fut
    gw.write_raw(b'"}}\n')
    res = await fut
    t = time.perf_counter()
    await gw.request("ping")
    return f"answered {json.dumps(res)[:150]}; next ping {1000 * (time.perf_counter() - t):.1f} ms"


async def stderr_flood(gw: Gateway) -> str:
    res = await gw.call("u__flood", {"n": 200_000, "width": 100})
    await idle(gw.pid, 0.5)
    lines = sum(1 for x in gw.stderr_text().splitlines() if "flood " in x)
    return f"{'ok' if 'result' in res else res}; 200,000 lines of 110 bytes sent, {lines} copied to the log"


async def sampling_flood(gw: Gateway) -> str:
    res = await gw.call("u__sample", {"n": 20_000})
    await idle(gw.pid, 0.5)
    return f"{'ok' if 'result' in res else res}; 20,000 sampling requests sent, client never answers"


async def notification_flood(gw: Gateway) -> str:
    assert gw.proc is not None
    fut = asyncio.get_running_loop().create_future()
    gw.pending["n"] = fut
    gw.pause_reading()
    gw.write(
        {
            "jsonrpc": "2.0",
            "id": "n",
            "method": "tools/call",
            "params": {"name": "u__notify", "arguments": {"n": 300_000}},
        }
    )
    await idle(gw.pid, 1.0, 300)  # the server has sent everything; the client has read nothing
    gw.resume_reading()
    res = await asyncio.wait_for(fut, 120)
    return f"response {'kept' if 'result' in res else res}; {gw.notifications} of 300,000 notifications delivered"


async def server_answer(gw: Gateway) -> str:
    res = await gw.call("u__huge", {"mb": 200})
    return json.dumps(res)[:200]


FLOODS: dict[str, tuple[Callable[[Gateway], Awaitable[str]], dict[str, Any], bool]] = {
    "client line 50 MB": (client_line, {}, False),  # no pings: they cannot be sent in the middle of a line
    "server stderr 200,000 lines": (stderr_flood, {"log_level": "info"}, True),
    "20,000 unanswered sampling requests": (sampling_flood, {}, True),
    "300,000 notifications, client not reading": (notification_flood, {}, False),
    "server answer 200 MB": (server_answer, {}, True),
}


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", default=None, help="substrings of flood names to run")
    args = ap.parse_args()
    for name, (action, gateway, read) in FLOODS.items():
        if args.only and not any(o in name for o in args.only):
            continue
        config = {"mcpServers": {"u": unruly()}, "gateway": {"reload": False, "log_level": "warning", **gateway}}
        print(json.dumps(await flood(name, config, action, read=read)), flush=True)


if __name__ == "__main__":
    asyncio.run(main())

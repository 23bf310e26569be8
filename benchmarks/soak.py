"""Soak: 20,000 mixed calls through one gateway; reports the RSS slope and the open file descriptor count.

The mix: echo calls to two servers, tools/list, pings, malformed lines, sampling round trips, small
notification and stderr bursts, 15 KB answers, unknown tools, and every `--die-every` calls a server that dies
(and is restarted). RSS and open descriptors are read from /proc after each block of calls; the slope is a
least-squares fit over the second half of the run, so start-up allocation does not count.

    python benchmarks/soak.py [--calls 20000] [--concurrency 16] [--die-every 2500]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from rawclient import Gateway, fds, fixture, kb, unruly


def slope(points: list[tuple[int, int]]) -> float:
    """Least-squares slope of (calls, kB) points, in kB per 1,000 calls."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return 1000 * sxy / sxx if sxx else 0.0


async def one(gw: Gateway, i: int, die_every: int, kinds: list[int]) -> str:
    """One call of the mix; the kind it was and whether it got an answer."""
    kind = kinds[i % len(kinds)]
    if die_every and i % die_every == die_every - 1:
        res = await gw.call("u__die")
        return "die:" + ("ok" if res.get("result", {}).get("isError") else "bad")
    if kind in (0, 1, 2):
        res = await gw.call("fx__echo", {"text": f"call {i}"})
    elif kind == 3:
        res = await gw.call("u__echo", {"n": i})
    elif kind == 4:
        res = await gw.request("tools/list")
    elif kind == 5:
        res = await gw.request("ping")
    elif kind == 6:
        gw.write_raw(b'{"jsonrpc": "2.0", "id": {"bad": 1}, "method": "ping"}\n')  # answered with id null
        res = await gw.request("ping")
    elif kind == 7:
        res = await gw.call("u__sample", {"n": 2})
    elif kind == 8:
        res = await gw.call(["u__notify", "u__flood", "u__huge"][i % 3], {"n": 5, "mb": 0})
        if i % 3 == 2:  # a big answer, below the default result budget (which would keep it in its store)
            res = await gw.call("fx__echo", {"text": "x" * 15000})
    elif kind == 9:
        res = await gw.call("nope__missing")
    elif kind == 10:  # hidden probes for finding growth: 10 big echo, 11 notify, 12 flood
        res = await gw.call("fx__echo", {"text": "x" * 65536})
    elif kind == 11:
        res = await gw.call("u__notify", {"n": 5})
    else:
        res = await gw.call("u__flood", {"n": 5})
    return "ok" if ("result" in res or "error" in res) else "bad"


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=20000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--die-every", type=int, default=2500)
    ap.add_argument("--block", type=int, default=500)
    ap.add_argument("--kinds", default="0123456789", help="which kinds of call make up the mix (digits 0-9)")
    ap.add_argument("--gateway", default="{}", help="extra `gateway` settings as JSON")
    args = ap.parse_args()
    kinds = [int(k) for k in args.kinds.split(",") if k] if "," in args.kinds else [int(k) for k in args.kinds]
    gw = Gateway(
        {
            "mcpServers": {"fx": fixture(), "u": unruly()},
            "gateway": {
                "restart": {"backoff_initial": 0.05, "max_attempts": 1000},
                "reload": False,
                **json.loads(args.gateway),
            },
        }
    )
    await gw.start()
    await gw.initialize()
    await gw.request("tools/list")
    start_fds = fds(gw.pid)
    points: list[tuple[int, int]] = []
    outcomes: dict[str, int] = {}
    started = time.perf_counter()
    sem = asyncio.Semaphore(args.concurrency)

    async def guarded(i: int) -> None:
        async with sem:
            out = await one(gw, i, args.die_every, kinds)
            outcomes[out] = outcomes.get(out, 0) + 1

    for base in range(0, args.calls, args.block):
        await asyncio.gather(*(guarded(i) for i in range(base, min(base + args.block, args.calls))))
        points.append((base + args.block, kb(gw.pid, "VmRSS")))
    took = time.perf_counter() - started
    end_fds = fds(gw.pid)
    peak = kb(gw.pid, "VmHWM")
    half = points[len(points) // 2 :]
    report = {
        "calls": args.calls,
        "seconds": round(took, 1),
        "calls_per_second": round(args.calls / took),
        "outcomes": outcomes,
        "rss_start_mb": round(points[0][1] / 1024, 1),
        "rss_end_mb": round(points[-1][1] / 1024, 1),
        "rss_peak_mb": round(peak / 1024, 1),
        "rss_slope_kb_per_1000_calls_second_half": round(slope(half), 1),
        "open_fds_start": start_fds,
        "open_fds_end": end_fds,
        "notifications_received": gw.notifications,
    }
    code = await gw.close()
    report["exit_code"] = code
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    asyncio.run(main())

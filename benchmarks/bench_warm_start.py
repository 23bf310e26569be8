"""Time to the first tools/list, cold (empty cache) vs warm (cache from the previous run), for a gateway with five
servers where one takes 3 s to start; with `--tools N`, what a catalog of N tools adds to a start instead, in CPU
seconds of the gateway process (all its threads) up to its first complete list, which a loaded machine does not
inflate the way it does wall time.

    python benchmarks/bench_warm_start.py [--runs 3] [--slow 3]
    python benchmarks/bench_warm_start.py --tools 5000 [--runs 3] [--keep-compiled] [--shape plain|varied]
    python benchmarks/bench_warm_start.py --servers 50 [--runs 3] [--keep-compiled]

A cold start empties the cache directory, the compiled detector databases kept in it included (so it compiles them
as a first-ever start does); with `--keep-compiled` it keeps those (a start after the first, with no catalog cached).
With `--servers N`, N small servers (the benchmark echo server, one tool each) are started cold and warm instead, and
the time to a tools/list holding all their tools is given in wall seconds and in CPU seconds of the gateway process
(medians; each run's figures too).
With `--tools N`, a first-ever start (a fresh home and cache directory: no pins, no definitions known clean, no
compiled databases, as a user's first start with that server) is measured each run too, against the few tools' first
start.
`--shape plain` lists the benchmark server's own extra tools ("Extra tool 7.", no parameters); `varied` lists tools
written like real servers' instead (see `bench_catalog_merge.varied_tools`: a description of one to three sentences,
described parameters that the tools repeat).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gateway import FIXTURE, PY, connect


def config_path(workdir: Path, slow: float) -> Path:
    servers = {f"s{i}": {"command": PY, "args": [str(FIXTURE), "--name", f"s{i}"]} for i in range(4)}
    servers["slow"] = {"command": PY, "args": [str(FIXTURE), "--name", "slow", "--start-delay", str(slow)]}
    config = {
        "mcpServers": servers,
        "gateway": {"start_deadline": slow + 5, "log_level": "error", "reload": False},
        "cache": {"dir": str(workdir / "cache")},
        "audit": {"enabled": False},
    }
    path = workdir / "gateway.json"
    path.write_text(json.dumps(config))
    return path


async def first_list(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    stack, session = await connect([PY, "-m", "secure_mcp_gateway", "--config", str(path)])
    try:
        await session.initialize()
        tools = (await session.list_tools()).tools
        return time.perf_counter() - started, len(tools)
    finally:
        await stack.aclose()


async def to_full_list(path: Path, expected: int, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, gateway CPU seconds) from launch to a tools/list holding `expected` tools."""
    from bench_compare import CpuSample, RawClient

    started = time.perf_counter()
    client = await RawClient.start([PY, "-m", "secure_mcp_gateway", "--config", str(path)], env)
    try:
        await client.handshake()
        while time.perf_counter() - started < 120:
            client.notified.clear()
            if len(await client.list_all_tools()) >= expected:
                return time.perf_counter() - started, CpuSample.of(client.proc.pid).total
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(client.notified.wait(), 0.25)
        raise RuntimeError(f"fewer than {expected} tools after 120 s")
    finally:
        await client.close()


def empty_cache(cache: Path, keep_compiled: bool) -> None:
    """Remove the cache directory; with `keep_compiled`, all but its compiled detector databases."""
    if not keep_compiled or not cache.is_dir():
        shutil.rmtree(cache, ignore_errors=True)
        return
    for path in cache.iterdir():
        if path.name == "hyperscan":
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


async def catalog_cost(tools: int, runs: int, keep_compiled: bool = False, shape: str = "plain") -> None:
    """What `tools` tools add to a cold and a warm start over the same server's few tools (medians of `runs`).

    Each run starts the few-tools gateway and then the many-tools one, cold then warm, so both sides of every
    difference see the same load; each run's own differences are printed too."""
    from bench_compare import RawClient, isolated_env

    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-catalog-"))
    figures: dict[str, dict[str, list[tuple[float, float]]]] = {
        label: {"first-ever": [], "cold": [], "warm": []} for label in ("few", "many")
    }
    try:
        setups = []
        for label, extra in (("few", 0), ("many", tools - 1)):
            args = [str(FIXTURE), "--name", "big"]
            if extra and shape == "varied":
                from bench_catalog_merge import varied_tools

                listed = workdir / "varied.json"
                listed.write_text(json.dumps(varied_tools(extra)))
                args += ["--tools-from", str(listed)]
            elif extra:
                args += ["--tools-extra", str(extra)]
            path = _catalog_config(workdir, label, args)
            env = isolated_env(workdir / label)
            probe = await RawClient.start([PY, *args], env)
            await probe.handshake()
            expected = len(await probe.list_all_tools())
            await probe.close()
            await to_full_list(path, expected, env)  # first sight (pins made); not counted
            setups.append((label, path, expected, env))
        for run in range(runs):
            for label, path, expected, env in setups:
                fresh = f"{label}-first{run}"  # a home and cache of its own: nothing pinned, known or compiled
                first = _catalog_config(workdir, fresh, json.loads(path.read_text())["mcpServers"]["big"]["args"])
                figures[label]["first-ever"].append(await to_full_list(first, expected, isolated_env(workdir / fresh)))
                empty_cache(workdir / label / "cache", keep_compiled)
                figures[label]["cold"].append(await to_full_list(path, expected, env))
                figures[label]["warm"].append(await to_full_list(path, expected, env))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    def med(label: str, start: str, i: int) -> float:
        return statistics.median(x[i] for x in figures[label][start])

    kept = "kept" if keep_compiled else "compiled again"
    print(f"one server, its few tools vs {tools:,} {shape} tools; medians of {runs} interleaved runs (wall s / CPU s)")
    print(f"cold: no catalog cached, compiled detector databases {kept}; first-ever: a fresh home and cache\n")
    for start in ("first-ever", "cold", "warm"):
        few, many = (med("few", start, 0), med("few", start, 1)), (med("many", start, 0), med("many", start, 1))
        each = ", ".join(
            f"{m[1] - f[1]:+.3f}" for f, m in zip(figures["few"][start], figures["many"][start], strict=True)
        )
        print(
            f"{start}: few {few[0]:.3f} / {few[1]:.3f}; {tools:,} tools {many[0]:.3f} / {many[1]:.3f}; "
            f"added {many[0] - few[0]:+.3f} s wall, {many[1] - few[1]:+.3f} s CPU "
            f"({(many[1] - few[1]) / tools * 1e6:.0f} us CPU per tool; each run: {each} s CPU)"
        )


def _catalog_config(workdir: Path, label: str, args: list[str]) -> Path:
    """A gateway config for the one big server started with `args`, its cache under `workdir / label`."""
    config = {
        "mcpServers": {"big": {"command": PY, "args": args}},
        "gateway": {"log_level": "error", "reload": False, "start_deadline": 60},
        "cache": {"dir": str(workdir / label / "cache")},
        "audit": {"enabled": False},
    }
    path = workdir / f"{label}.json"
    path.write_text(json.dumps(config))
    return path


async def many_servers(count: int, runs: int, keep_compiled: bool = False) -> None:
    """Cold and warm starts of `count` small servers: wall and gateway CPU seconds to their first complete list."""
    from bench_compare import ECHO, RawClient, isolated_env

    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-servers-"))
    figures: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
    try:
        config = {
            "mcpServers": {f"s{i:02d}": {"command": PY, "args": [str(ECHO)]} for i in range(count)},
            "gateway": {"log_level": "error", "reload": False, "start_deadline": 60},
            "cache": {"dir": str(workdir / "cache")},
            "audit": {"enabled": False},
        }
        path = workdir / "servers.json"
        path.write_text(json.dumps(config))
        env = isolated_env(workdir)
        probe = await RawClient.start([PY, str(ECHO)], env)
        await probe.handshake()
        expected = len(await probe.list_all_tools()) * count
        await probe.close()
        await to_full_list(path, expected, env)  # first sight (pins made); not counted
        for _ in range(runs):
            empty_cache(workdir / "cache", keep_compiled)
            figures["cold"].append(await to_full_list(path, expected, env))
            figures["warm"].append(await to_full_list(path, expected, env))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    kept = "kept" if keep_compiled else "compiled again"
    print(f"{count} small servers; medians of {runs} runs (wall s / gateway CPU s to the first complete list)")
    print(f"cold: no catalog cached, compiled detector databases {kept}\n")
    for start, rows in figures.items():
        each = ", ".join(f"{w:.2f} / {c:.2f}" for w, c in rows)
        wall, cpu = statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
        print(f"{start}: {wall:.3f} s wall / {cpu:.3f} s CPU (each run: {each})")


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--slow", type=float, default=3.0)
    ap.add_argument("--tools", type=int, default=0, help="measure what a catalog of this many tools adds instead")
    ap.add_argument("--keep-compiled", action="store_true", help="cold starts keep the compiled detector databases")
    ap.add_argument("--shape", choices=("plain", "varied"), default="plain", help="the extra tools' definitions")
    ap.add_argument("--servers", type=int, default=0, help="measure cold and warm starts of this many small servers")
    opts = ap.parse_args()
    if opts.servers:
        await many_servers(opts.servers, opts.runs, opts.keep_compiled)
        return
    if opts.tools:
        await catalog_cost(opts.tools, opts.runs, opts.keep_compiled, opts.shape)
        return
    workdir = Path(tempfile.mkdtemp(prefix="smg-bench-warm-"))
    path = config_path(workdir, opts.slow)
    cold, warm = [], []
    for _ in range(opts.runs):
        empty_cache(workdir / "cache", opts.keep_compiled)
        t, n_cold = await first_list(path)
        cold.append(t)
        t, n_warm = await first_list(path)
        warm.append(t)
    print(f"5 servers, one starting in {opts.slow:g} s; median of {opts.runs} runs each\n")
    print(f"cold start -> first tools/list: {statistics.median(cold):.3f} s ({n_cold} tools)")
    print(f"warm start -> first tools/list: {statistics.median(warm):.3f} s ({n_warm} tools, from the cache)")
    print(f"ratio warm/cold: {statistics.median(warm) / statistics.median(cold):.2f}")


if __name__ == "__main__":
    asyncio.run(main())

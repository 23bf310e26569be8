"""What the tool and result budgets add: in process (listing, search, preview, store) and end to end.

In process: building the tools/list view of 315 tools for a 40-tool client, one search, and cutting results of
several sizes to a 40,000-character preview (kept in memory and on disk). End to end: one call returning a
large result through the gateway with the result budget on (a preview arrives) and off (the whole result
arrives), beside the same server connected directly.

    python benchmarks/bench_budget.py [--sizes 100000,2000000,8000000] [--calls 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters, stdio_client, types

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "servers"))
from catalog_server import domain_tools, log_text  # noqa: E402

from secure_mcp_gateway.budget.budgets import Budgets  # noqa: E402
from secure_mcp_gateway.budget.results import ResultStore  # noqa: E402
from secure_mcp_gateway.catalog import public_name  # noqa: E402
from secure_mcp_gateway.config import ResultStoreSettings, parse  # noqa: E402

CATALOG = ROOT / "tests" / "servers" / "catalog_server.py"
PY = sys.executable


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def timed(fn: Any, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


async def in_process(sizes: list[int]) -> None:
    tools = [{**t, "name": public_name(d, t["name"])} for d in ("github", "files", "sql") for t in domain_tools(d)]
    gateway = parse({}, "bench").gateway
    budgets = Budgets(gateway)
    budgets.start({"name": "cursor-vscode", "version": "1"}, "2025-11-25")

    def listing() -> None:
        budgets._view = None  # a fresh view, as after a catalog change
        budgets.list_tools(list(tools))

    print(f"tools/list view, {len(tools)} tools for a 40-tool client (Cursor): {ms(timed(listing, 50))}")
    budgets.list_tools(tools)
    queries = ["merge a pull request", "read file contents", "list database tables", "rename a file"]
    samples = timed(lambda: [budgets.search({"query": q}, tools) for q in queries], 50)
    print(
        f"gateway__search_tools, one query over {len(tools)} tools (first builds the index): "
        f"{ms([s / len(queries) for s in samples])}"
    )

    for store in ("memory", "disk"):
        with tempfile.TemporaryDirectory() as tmp:
            kept = ResultStore(ResultStoreSettings(store=store, max_total_mb=1024), directory=Path(tmp))
            b = Budgets(gateway, store=kept)
            b.start({"name": "claude-code"}, "2025-11-25")
            small = {"content": [{"type": "text", "text": log_text(20_000, "x")}]}
            samples = []
            for _ in range(200):
                t = time.perf_counter()
                await b.fit(small, None, tools)
                samples.append(time.perf_counter() - t)
            print(f"[{store}] a 20,000-character result (fits, passed through): {ms(samples)}")
            for size in sizes:
                result = {"content": [{"type": "text", "text": log_text(size, "x")}]}
                samples = []
                for _ in range(5):
                    t = time.perf_counter()
                    await b.fit(result, None, tools)
                    samples.append(time.perf_counter() - t)
                print(f"[{store}] a {size:,}-character result cut to a preview and kept: {ms(samples)}")
            kept.close()


async def connect(stack: AsyncExitStack, cmd: list[str]) -> ClientSession:
    errlog = stack.enter_context(open("/dev/null", "w"))  # noqa: SIM115
    read, write = await stack.enter_async_context(
        stdio_client(StdioServerParameters(command=cmd[0], args=cmd[1:]), errlog=errlog)
    )
    info = types.Implementation(name="claude-code", version="1")
    session = await stack.enter_async_context(ClientSession(read, write, client_info=info))
    await session.initialize()
    return session


async def call_times(cmd: list[str], tool: str, size: int, calls: int) -> tuple[list[float], int]:
    async with AsyncExitStack() as stack:
        session = await connect(stack, cmd)
        await session.list_tools()
        samples, received = [], 0
        for _ in range(calls):
            t = time.perf_counter()
            result = await session.call_tool(tool, {"chars": size})
            samples.append(time.perf_counter() - t)
            received = len(json.dumps(result.model_dump(mode="json", by_alias=True, exclude_none=True)))
        return samples, received


async def end_to_end(sizes: list[int], calls: int) -> None:
    server = [PY, str(CATALOG), "--domain", "github", "--name", "github"]
    with tempfile.TemporaryDirectory() as tmp:
        commands: dict[str, list[str]] = {"direct": server}
        for label, chars in (("gateway, budget on", None), ("gateway, budget off", 0)):
            config: dict[str, Any] = {
                "mcpServers": {"github": {"command": server[0], "args": server[1:]}},
                "cache": {"dir": f"{tmp}/cache"},
                "audit": {"file": f"{tmp}/audit.jsonl"},
                "gateway": {"log_level": "warning", "reload": False},
            }
            if chars is not None:
                config["gateway"]["max_result_chars"] = chars
            path = Path(tmp) / f"{label.split()[-1]}.json"
            path.write_text(json.dumps(config))
            commands[label] = [PY, "-m", "secure_mcp_gateway", "--config", str(path)]
        for size in sizes:
            for label, cmd in commands.items():
                tool = "dump" if label == "direct" else "github__dump"
                samples, received = await call_times(cmd, tool, size, calls)
                print(f"{size:>10,} characters, {label:<20}: {ms(samples)}; {received:,} characters received")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,2000000,8000000")
    parser.add_argument("--calls", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    asyncio.run(in_process(sizes))
    asyncio.run(end_to_end(sizes, args.calls))


if __name__ == "__main__":
    main()

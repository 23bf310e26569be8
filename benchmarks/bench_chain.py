"""The checks alone, in process: input + output checks of one call through the chain (or, on older trees, the
pipeline), for a small echo result and a ~120 KB log-like result; best and median of 5 rounds.

    python benchmarks/bench_chain.py
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.pipeline import Pipeline

try:
    from secure_mcp_gateway.chain import Chain
except ImportError:  # a tree from before the chain
    Chain = None  # type: ignore[assignment,misc]

ARGS = {"text": "hello"}
ECHO = {"content": [{"type": "text", "text": json.dumps(ARGS)}], "structuredContent": {"echo": ARGS}}
WORDS = "the build finished with warnings while the deploy job waited for the database migration ".split()
REPORT = {
    "content": [
        {"type": "text", "text": " ".join(WORDS[i % len(WORDS)] for i in range(j * 2000, j * 2000 + 2000))}
        for j in range(10)
    ]
}


async def one(pipeline: Pipeline, chain: Any, result: dict[str, Any]) -> None:
    call = CallLine("fx", "echo", "fx__echo")
    if chain is not None:
        await chain.to_server_value(call, "tools/call", ARGS)
        await chain.to_client_value(call, "tools/call", result)
    else:
        await pipeline.check_input(call, ARGS)
        await pipeline.check_output(call, result)


async def main() -> None:
    pipeline = Pipeline(GatewayConfig())
    chain = Chain(pipeline) if Chain is not None else None
    print(f"{'chain' if chain else 'pipeline'}: input + output checks of one call, microseconds")
    for name, result, n in (("echo", ECHO, 3000), ("report ~120 KB", REPORT, 30)):
        rounds = []
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(n):
                await one(pipeline, chain, result)
            rounds.append((time.perf_counter() - start) / n * 1e6)
        rounds.sort()
        print(f"  {name:16} best {rounds[0]:9.1f}   median {rounds[2]:9.1f}")


if __name__ == "__main__":
    asyncio.run(main())

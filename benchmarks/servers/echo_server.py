"""A minimal MCP server over stdio for benchmarks: one `echo` tool whose result is `size` characters of text.

    python echo_server.py [--vary]

With `--vary`, no two results are the same text: every part of about a kilobyte starts with the call's number and
two words picked by it (so nothing that remembers texts already checked can answer for a later result).
"""

from __future__ import annotations

import json
import random
import sys

TOOL = {
    "name": "echo",
    "description": "Return `size` characters of text.",
    "inputSchema": {"type": "object", "properties": {"size": {"type": "integer"}}},
}
_LINE = "The quick brown fox jumps over the lazy dog; def handler(request): return request.body\n"


def text(size: int) -> str:
    """`size` characters of ordinary prose and code."""
    reps = size // len(_LINE) + 1
    return (_LINE * reps)[:size]


_PART = 1024
_WORDS = (
    "amber basil cedar delta ember fable garnet harbor island jasper kettle lantern meadow nectar orchard pepper "
    "quarry raven saddle timber umber velvet willow yonder zephyr anchor bramble canyon dune falcon glacier hollow"
).split()


def varied_text(size: int, call: int) -> str:
    """`size` characters of the same prose and code, each part of about a kilobyte marked with `call`."""
    parts: list[str] = []
    total = part = 0
    while total < size:
        words = f"{_WORDS[(call + part) % len(_WORDS)]} {_WORDS[(call * 7 + part * 3) % len(_WORDS)]}"
        mark = f"[call {call} part {part}: {words}] "
        piece = mark + _BLOCK[: _PART - len(mark)]
        parts.append(piece)
        total += len(piece)
        part += 1
    return "".join(parts)[:size]


_BLOCK = text(_PART)


def answer(msg: dict, vary: bool = False) -> dict | None:
    method = msg.get("method")
    if "id" not in msg or method is None:
        return None
    if method == "initialize":
        result: dict = {
            "protocolVersion": msg.get("params", {}).get("protocolVersion", "2025-06-18"),
            "capabilities": {"tools": {}},
            "serverInfo": {"name": "bench-echo", "version": "1"},
        }
    elif method == "tools/list":
        result = {"tools": [TOOL]}
    elif method == "tools/call":
        size = int((msg.get("params", {}).get("arguments") or {}).get("size", 1024))
        body = varied_text(size, next(_CALLS)) if vary else text(size)
        result = {"content": [{"type": "text", "text": body}]}
    elif method == "ping":
        result = {}
    else:
        return {"jsonrpc": "2.0", "id": msg["id"], "error": {"code": -32601, "message": "Method not found"}}
    return {"jsonrpc": "2.0", "id": msg["id"], "result": result}


_CALLS = iter(range(random.randrange(1 << 30), 1 << 62))
"""Call numbers, from a random start: a second run of the server does not repeat the first one's texts either."""


def main() -> None:
    vary = "--vary" in sys.argv[1:]
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        reply = answer(json.loads(line), vary)
        if reply is not None:
            out.write(json.dumps(reply).encode() + b"\n")
            out.flush()


if __name__ == "__main__":
    main()

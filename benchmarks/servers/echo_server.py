"""A minimal MCP server over stdio for benchmarks: one `echo` tool whose result is `size` characters of text."""

from __future__ import annotations

import json
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


def answer(msg: dict) -> dict | None:
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
        result = {"content": [{"type": "text", "text": text(size)}]}
    elif method == "ping":
        result = {}
    else:
        return {"jsonrpc": "2.0", "id": msg["id"], "error": {"code": -32601, "message": "Method not found"}}
    return {"jsonrpc": "2.0", "id": msg["id"], "result": result}


def main() -> None:
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        reply = answer(json.loads(line))
        if reply is not None:
            out.write(json.dumps(reply).encode() + b"\n")
            out.flush()


if __name__ == "__main__":
    main()

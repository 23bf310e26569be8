"""An MCP server (raw JSON-RPC over stdio) that gets the ids of its answers wrong.

Tools: `quoted` answers with the request's id written as a string ("7" for 7); `stray` first answers a request
never sent (id 99999, and "later"), then the call itself; `plain` answers as it should.
"""

from __future__ import annotations

import json
import sys


def send(msg: dict) -> None:
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def text(rid: object, value: str) -> None:
    send({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": value}]}})


def main() -> None:
    for line in sys.stdin:
        msg = json.loads(line)
        method, rid, params = msg.get("method"), msg.get("id"), msg.get("params") or {}
        if method is None or rid is None:
            continue
        if method == "initialize":
            result = {
                "protocolVersion": params.get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "odd-ids", "version": "1"},
            }
            send({"jsonrpc": "2.0", "id": rid, "result": result})
        elif method == "tools/list":
            names = ("quoted", "stray", "plain")
            tools = [{"name": n, "description": f"The {n} answer.", "inputSchema": {"type": "object"}} for n in names]
            send({"jsonrpc": "2.0", "id": rid, "result": {"tools": tools}})
        elif method == "tools/call" and params.get("name") == "quoted":
            text(str(rid), "answered with a quoted id")
        elif method == "tools/call" and params.get("name") == "stray":
            text(99999, "an answer to nothing")
            text("later", "an answer to nothing either")
            text(rid, "the real answer")
        elif method == "tools/call":
            text(rid, "plain answer")
        else:
            send({"jsonrpc": "2.0", "id": rid, "result": {}})


if __name__ == "__main__":
    main()

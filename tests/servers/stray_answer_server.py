"""An MCP server (raw JSON-RPC over stdio) that writes an answer to a request it was never sent, with id 1 (the id
the gateway's `initialize` has), before it reads anything; then it serves as it should.

Its first argument is how the stray answer writes its id: `number` (1) or `string` ("1").
"""

from __future__ import annotations

import json
import sys


def send(msg: dict) -> None:
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def main() -> None:
    stray_id: object = "1" if sys.argv[1:] == ["string"] else 1
    send({"jsonrpc": "2.0", "id": stray_id, "result": {"content": [{"type": "text", "text": "ready for work"}]}})
    for line in sys.stdin:
        msg = json.loads(line)
        method, rid, params = msg.get("method"), msg.get("id"), msg.get("params") or {}
        if method is None or rid is None:
            continue
        if method == "initialize":
            result = {
                "protocolVersion": params.get("protocolVersion", "2025-06-18"),
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "stray-answer", "version": "1"},
            }
            send({"jsonrpc": "2.0", "id": rid, "result": result})
        elif method == "tools/list":
            tool = {"name": "echo", "description": "Says what it was given.", "inputSchema": {"type": "object"}}
            send({"jsonrpc": "2.0", "id": rid, "result": {"tools": [tool]}})
        elif method == "tools/call":
            said = json.dumps(params.get("arguments") or {})
            send({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": said}]}})
        else:
            send({"jsonrpc": "2.0", "id": rid, "result": {}})


if __name__ == "__main__":
    main()

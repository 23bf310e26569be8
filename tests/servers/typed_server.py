"""An MCP server (raw JSON-RPC over stdio) whose tools declare an output schema and return structured content.

`token` returns a made-up GitHub token in a field whose schema only a token matches (a pattern and a length);
`note` returns one inside free text; `plain` returns nothing secret.
"""

from __future__ import annotations

import json
import sys

TOKEN = "ghp_Vb7Xq2LmR9sT4wYz1KcN8pF3hJ6dA0eG5uQi"
STRICT = {
    "type": "object",
    "properties": {"token": {"type": "string", "pattern": "^ghp_[A-Za-z0-9]{36}$", "maxLength": 40}},
    "required": ["token"],
}
LOOSE = {"type": "object", "properties": {"note": {"type": "string"}, "count": {"type": "integer"}}}
RESULTS = {
    "token": {"token": TOKEN},
    "note": {"note": f"Deployed with {TOKEN} at 09:14.", "count": 3},
    "plain": {"note": "Deployed at 09:14.", "count": 3},
}


def send(msg: dict) -> None:
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def answer(msg: dict) -> dict | None:
    method, params = msg.get("method"), msg.get("params") or {}
    if method == "initialize":
        version = params.get("protocolVersion", "2025-06-18")
        return {
            "protocolVersion": version,
            "capabilities": {"tools": {}},
            "serverInfo": {"name": "typed", "version": "1"},
        }
    if method == "tools/list":
        tools = [
            {
                "name": name,
                "description": f"Returns the {name} of the last deploy.",
                "inputSchema": {"type": "object"},
                "outputSchema": STRICT if name == "token" else LOOSE,
            }
            for name in RESULTS
        ]
        return {"tools": tools}
    if method == "tools/call":
        value = RESULTS[params["name"]]
        return {"content": [{"type": "text", "text": json.dumps(value)}], "structuredContent": value}
    if method == "ping":
        return {}
    return None


for line in sys.stdin:
    message = json.loads(line)
    if "id" in message and "method" in message:
        result = answer(message)
        if result is None:
            send({"jsonrpc": "2.0", "id": message["id"], "error": {"code": -32601, "message": "no such method"}})
        else:
            send({"jsonrpc": "2.0", "id": message["id"], "result": result})

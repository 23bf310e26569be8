"""An MCP server (raw JSON-RPC over stdio) that keeps saying its tool list changed.

Tools: `churn` sends `notifications/tools/list_changed` every few milliseconds for `seconds`, then answers;
`progress` sends `n` progress notifications for its call at once (the last at its total), then answers; `asked`
returns how many times it was asked for its tool list.
"""

from __future__ import annotations

import json
import sys
import threading
import time

LISTED = [0]
_OUT = threading.Lock()


def send(msg: dict) -> None:
    with _OUT:
        sys.stdout.write(json.dumps(msg) + "\n")
        sys.stdout.flush()


def churn(rid: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        send({"jsonrpc": "2.0", "method": "notifications/tools/list_changed"})
        time.sleep(0.005)
    text(rid, "churned")


def text(rid: object, value: str) -> None:
    send({"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": value}]}})


def main() -> None:
    for line in sys.stdin:
        msg = json.loads(line)
        method, rid, params = msg.get("method"), msg.get("id"), msg.get("params") or {}
        if method is None or rid is None:
            continue
        if method == "initialize":
            caps = {"tools": {"listChanged": True}}
            info = {"name": "churn", "version": "1"}
            result = {"protocolVersion": params["protocolVersion"], "capabilities": caps, "serverInfo": info}
            send({"jsonrpc": "2.0", "id": rid, "result": result})
        elif method == "tools/list":
            LISTED[0] += 1
            schema = {"type": "object"}
            names = ("churn", "progress", "asked")
            tools = [{"name": n, "description": f"{n} tool", "inputSchema": schema} for n in names]
            send({"jsonrpc": "2.0", "id": rid, "result": {"tools": tools}})
        elif method == "tools/call" and params.get("name") == "churn":
            seconds = float((params.get("arguments") or {}).get("seconds", 1))
            threading.Thread(target=churn, args=(rid, seconds)).start()
        elif method == "tools/call" and params.get("name") == "progress":
            token = (params.get("_meta") or {}).get("progressToken")
            n = int((params.get("arguments") or {}).get("n", 1))
            for i in range(1, n + 1):
                step = {"progressToken": token, "progress": i, "total": n}
                send({"jsonrpc": "2.0", "method": "notifications/progress", "params": step})
            text(rid, "progressed")
        elif method == "tools/call":
            text(rid, str(LISTED[0]))
        else:
            send({"jsonrpc": "2.0", "id": rid, "result": {}})


if __name__ == "__main__":
    main()

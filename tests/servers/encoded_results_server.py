"""An MCP server (raw JSON-RPC over stdio) whose answers carry files in base64 in the places servers put them.

    encoded_results_server.py

The tool `give` returns, by its `kind`: `json_text` a text that is a JSON document with a base64 `content` field
(line breaks escaped every 60 characters, as a file-contents API writes it), `structured` a `structuredContent`
field of base64, `structured_uri` a `data:` URI there, `whole_text` a text that is base64 and nothing else; with
`plain`, the file is an ordinary note, else a settings file holding a token. The resource `enc://file` is the settings
file as a `blob`.
"""

from __future__ import annotations

import base64
import json
import sys

TOKEN = "ghp_" + "Mx4Tq8Wn2Lr6Zc9Vb1Hs5Jd7Kf3Gp0Ya8Ue"
"""A made-up GitHub token in its real format, built from parts."""
SETTINGS = f"# deploy settings\nREGION=eu-west-1\nGITHUB_TOKEN={TOKEN}\n"
NOTE = "Quarterly report: revenue grew in every region; the board meets on Thursday.\n"


def b64(text: str, width: int = 0) -> str:
    data = base64.b64encode(text.encode()).decode()
    if not width:
        return data
    return "".join(data[i : i + width] + "\n" for i in range(0, len(data), width))


def send(msg: dict) -> None:
    sys.stdout.write(json.dumps(msg) + "\n")
    sys.stdout.flush()


def give(kind: str, plain: bool) -> dict:
    body = NOTE if plain else SETTINGS
    if kind == "json_text":
        doc = {"name": ".env", "path": "deploy/.env", "sha": "9b2cf1d7e3a4", "encoding": "base64"}
        doc["content"] = b64(body, 60)
        return {"content": [{"type": "text", "text": json.dumps(doc, indent=2)}]}
    if kind == "structured":
        return {
            "content": [{"type": "text", "text": "the file is in structuredContent"}],
            "structuredContent": {"file": {"name": ".env", "content": b64(body)}},
        }
    if kind == "structured_uri":
        return {
            "content": [{"type": "text", "text": "attached"}],
            "structuredContent": {"attachment": "data:text/plain;base64," + b64(body)},
        }
    return {"content": [{"type": "text", "text": b64(body)}]}


def answer(msg: dict) -> None:
    rid, method, params = msg["id"], msg["method"], msg.get("params") or {}
    if method == "initialize":
        info = {"name": "encoded", "version": "1"}
        caps = {"tools": {}, "resources": {}}
        send(
            {
                "jsonrpc": "2.0",
                "id": rid,
                "result": {"protocolVersion": params["protocolVersion"], "capabilities": caps, "serverInfo": info},
            }
        )
    elif method == "tools/list":
        schema = {"type": "object", "properties": {"kind": {"type": "string"}, "plain": {"type": "boolean"}}}
        tools = [{"name": "give", "description": "Returns a file.", "inputSchema": schema}]
        send({"jsonrpc": "2.0", "id": rid, "result": {"tools": tools}})
    elif method == "tools/call":
        args = params.get("arguments") or {}
        send({"jsonrpc": "2.0", "id": rid, "result": give(args.get("kind", ""), bool(args.get("plain")))})
    elif method == "resources/list":
        send({"jsonrpc": "2.0", "id": rid, "result": {"resources": [{"uri": "enc://file", "name": "file"}]}})
    elif method == "resources/read":
        item = {"uri": "enc://file", "mimeType": "text/plain", "blob": b64(SETTINGS)}
        send({"jsonrpc": "2.0", "id": rid, "result": {"contents": [item]}})
    else:
        send({"jsonrpc": "2.0", "id": rid, "result": {}})


def main() -> None:
    for line in sys.stdin:
        msg = json.loads(line)
        if "method" in msg and "id" in msg:
            answer(msg)


if __name__ == "__main__":
    main()

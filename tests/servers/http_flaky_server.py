"""A small MCP server over streamable HTTP (JSON answers, sessions) whose behaviour a test changes while it runs.

    http_flaky_server.py PORT_FILE MODE_FILE

Writes the port it listens on to PORT_FILE. Before each request it reads MODE_FILE: `ok` serves; `forget` forgets
every session (as a restarted server: 404 for the old one); `deny` answers 401 as for an expired token.
"""

from __future__ import annotations

import json
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PORT_FILE, MODE_FILE = Path(sys.argv[1]), Path(sys.argv[2])
SESSIONS: set[str] = set()


def mode() -> str:
    try:
        return MODE_FILE.read_text().strip() or "ok"
    except OSError:
        return "ok"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def _send(self, status: int, body: object | None = None, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_DELETE(self) -> None:
        SESSIONS.discard(self.headers.get("Mcp-Session-Id", ""))
        self._send(200)

    def do_GET(self) -> None:
        self._send(405)

    def do_POST(self) -> None:
        msg = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        now = mode()
        if now == "deny":
            self._send(401, {"error": "invalid_token", "error_description": "The access token expired"})
            return
        if now == "forget":
            SESSIONS.clear()
            MODE_FILE.write_text("ok")
        method, rid = msg.get("method"), msg.get("id")
        if method == "initialize":
            session = uuid.uuid4().hex
            SESSIONS.add(session)
            result = {
                "protocolVersion": msg["params"]["protocolVersion"],
                "capabilities": {"tools": {}},
                "serverInfo": {"name": "flaky", "version": "1"},
            }
            self._send(200, {"jsonrpc": "2.0", "id": rid, "result": result}, {"Mcp-Session-Id": session})
            return
        if self.headers.get("Mcp-Session-Id") not in SESSIONS:
            error = {"code": -32001, "message": "Session not found"}
            self._send(404, {"jsonrpc": "2.0", "id": None, "error": error})
            return
        if rid is None:
            self._send(202)
        elif method == "tools/list":
            tool = {"name": "echo", "description": "Says it back.", "inputSchema": {"type": "object"}}
            self._send(200, {"jsonrpc": "2.0", "id": rid, "result": {"tools": [tool]}})
        elif method == "tools/call":
            text = f"echo: {(msg['params'].get('arguments') or {}).get('text', '')}"
            self._send(200, {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": text}]}})
        else:
            self._send(200, {"jsonrpc": "2.0", "id": rid, "result": {}})


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    PORT_FILE.write_text(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()

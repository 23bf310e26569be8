"""Where a server's notifications and requests go: to the client session(s) they belong to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from secure_mcp_gateway.audit.scrub import scrub, scrub_value
from secure_mcp_gateway.children import Child
from secure_mcp_gateway.jsonrpc import METHOD_NOT_FOUND, Message, RpcError
from secure_mcp_gateway.session import ClientSession

CLIENT_REQUEST_CAPS = {
    "sampling/createMessage": "sampling",
    "elicitation/create": "elicitation",
    "roots/list": "roots",
}
"""Requests a server may send its client, and the client capability each needs."""


class NoticeRouter:
    """Routes what servers send on their own (notifications, server-to-client requests) to client sessions."""

    def __init__(self, sessions: Callable[[], Iterable[ClientSession]]) -> None:
        self._sessions = sessions

    def notification(self, child: Child, msg: Message) -> None:
        """Forward a server's notification to the clients it belongs to."""
        method = msg["method"]
        params = msg.get("params") or {}
        sessions = list(self._sessions())
        if method == "notifications/progress":
            token = params.get("progressToken")
            for session in sessions:
                if session.progress.get(token) == child.name:
                    if isinstance(params.get("message"), str):
                        params = {**params, "message": scrub(params["message"])}
                    session.notify(method, params)
        elif method == "notifications/message":
            logger = params.get("logger")
            tagged = {**params, "logger": f"{child.name}/{logger}" if logger else child.name}
            if "data" in tagged:
                tagged["data"] = scrub_value(tagged["data"])  # a server's log line is no place for a secret
            for session in sessions:
                session.notify(method, tagged)
        elif method == "notifications/resources/updated":
            for session in sessions:
                if session.subscriptions.get(params.get("uri")) == child.name:
                    session.notify(method, params)
        else:
            for session in sessions:
                session.notify(method, msg.get("params"))

    async def request(self, child: Child, msg: Message) -> dict[str, Any]:
        """Pass a server's request (sampling, elicitation, roots) to a client that can take it.

        The client with a call in flight to that server is asked first; otherwise the first client able to answer.
        """
        method = msg["method"]
        cap = CLIENT_REQUEST_CAPS.get(method)
        if cap is None:
            raise RpcError(METHOD_NOT_FOUND, f"Method not found: {method}")
        session = self.session_for(child.name, cap)
        if session is None:
            raise RpcError(METHOD_NOT_FOUND, f"the client connected to the gateway does not support {cap}")
        return await session.request(method, msg.get("params"), cap)

    def session_for(self, server: str, cap: str) -> ClientSession | None:
        """The client session a request of `server` needing `cap` goes to."""
        able = [s for s in self._sessions() if cap in s.caps and s.peer is not None and not s.closed]
        busy = [s for s in able if s.calling.get(server)]
        return (busy or able or [None])[0]

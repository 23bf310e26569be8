"""Kept-alive connections to a guardrail service that hold bytes no request asked for are not used again."""

from __future__ import annotations

import logging
from typing import Any

import httpx

logger = logging.getLogger("secure_mcp_gateway.guardrails.remote")
_told: set[str] = set()


async def drop(client: httpx.AsyncClient) -> int:
    """Close each idle pooled connection of `client` with data left unread after its last answer (a second answer
    the service sent): its next request would take it for its own answer. The number closed."""
    closed = 0
    for transport in (getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()):
        for conn in list(getattr(getattr(transport, "_pool", None), "connections", ())):
            http11 = _http11(conn)
            if http11 is None or not _unread(http11):
                continue
            origin = _origin(http11)
            if origin not in _told:
                _told.add(origin)
                logger.warning(
                    "guardrail service at %s sent more than the answer asked for (a second answer?); the "
                    "connection it came on is closed, so it is not read as the next check's answer",
                    origin,
                )
            await conn.aclose()
            closed += 1
    return closed


def _http11(conn: Any) -> Any:
    """The HTTP/1.1 connection inside a pooled one (direct or through a proxy), or None."""
    for _ in range(4):
        if hasattr(conn, "_h11_state"):
            return conn
        conn = getattr(conn, "_connection", None)
        if conn is None:
            return None
    return None


def _unread(http11: Any) -> bool:
    """Whether an idle HTTP/1.1 connection holds bytes after its last answer (False where the pool's parts are not
    where this version of httpcore keeps them: a check is never failed for it)."""
    try:
        return bool(http11.is_idle() and http11._h11_state.trailing_data[0])
    except Exception:
        return False


def _origin(http11: Any) -> str:
    """`host:port` of the peer, or "the service" when the stream does not say."""
    try:
        host, port = http11._network_stream.get_extra_info("server_addr")[:2]
        return f"{host}:{port}"
    except Exception:
        return "the service"

"""JSON-RPC 2.0 messages as plain dicts: error codes, constructors and the error type."""

from __future__ import annotations

import json
from typing import Any

from secure_mcp_gateway import fastjson

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
CONNECTION_CLOSED = -32000
REQUEST_TIMEOUT = -32001
TOO_MANY_REQUESTS = -32003
SESSION_LOST = -32004
"""A remote server refused a request unread, as it no longer knows the gateway's session (it is connected again)."""

Message = dict[str, Any]
BATCH_VERSIONS = ("2024-11-05", "2025-03-26")
"""Protocol versions in which a peer may send a JSON array of messages."""

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
_dumps_ascii = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode
"""(Where the fast encoder refuses a type JSON lacks.)"""


class RpcError(Exception):
    """An error answer to a request, carried as an exception."""

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        """The `error` member of a response."""
        err: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            err["data"] = self.data
        return err


class Unanswered(RpcError):
    """A request the peer did not answer with an error of its own: its answer was refused (invalid, over the size
    limit) or, for a remote server, its link failed it (`MARK` in the error the link hands on)."""

    MARK = "_unanswered"
    """The member a link adds to an error it made up for a request the server never answered."""


class ConnectionClosed(RpcError):
    """The peer went away before it answered."""

    def __init__(self, message: str) -> None:
        super().__init__(CONNECTION_CLOSED, message)


class RequestTimeout(RpcError):
    """The peer did not answer within the deadline."""

    def __init__(self, message: str) -> None:
        super().__init__(REQUEST_TIMEOUT, message)


def request(id_: int | str, method: str, params: dict[str, Any] | None) -> Message:
    """A request message."""
    msg: Message = {"jsonrpc": "2.0", "id": id_, "method": method}
    if params is not None:
        msg["params"] = params
    return msg


def notification(method: str, params: dict[str, Any] | None = None) -> Message:
    """A notification message."""
    msg: Message = {"jsonrpc": "2.0", "method": method}
    if params is not None:
        msg["params"] = params
    return msg


def result(id_: int | str | None, value: dict[str, Any]) -> Message:
    """A success response."""
    return {"jsonrpc": "2.0", "id": id_, "result": value}


def error(id_: int | str | None, err: RpcError) -> Message:
    """An error response."""
    return {"jsonrpc": "2.0", "id": id_, "error": err.to_dict()}


def encode(msg: Message) -> bytes:
    """One message as a newline-terminated UTF-8 line."""
    return encode_body(msg) + b"\n"


def encode_body(msg: Message) -> bytes:
    """One message as compact UTF-8 JSON, without the newline that ends its line."""
    fast = fastjson.dumps(msg)
    if fast is not None:
        return fast
    try:
        return _dumps(msg).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: escape it rather than emit invalid UTF-8
        return _dumps_ascii(msg).encode("ascii")


def decode(line: bytes) -> Any:
    """Parse one line; raises ValueError when it is not JSON."""
    return fastjson.parse(line)

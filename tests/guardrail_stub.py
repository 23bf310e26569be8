"""A real HTTP guardrail service for tests: Enkrypt paths and a webhook path, failure modes switchable at run time.

In-process::

    with start_stub(mode="ok") as stub:          # stub.url, stub.webhook_url
        stub.set_mode("drop", times=1)           # the next request is dropped, then back to "ok"
        ...
        stub.stats()                             # {"requests": ..., "connections": ..., "by_path": ...}

`requests` counts API requests (not `/_control`, `/_stats`, `/_reset`); `connections` counts the TCP
connections that carried their first API request since the start or the last reset.

As a process: `python tests/guardrail_stub.py --port 0 --mode ok` prints the port on its first stdout line,
then serves until SIGTERM/SIGINT. It is controlled over HTTP: `POST /_control {"mode": "slow", "delay": 0.5}`,
`POST /_reset`, `GET /_stats` (helpers: `control()`, `fetch_stats()`).

Modes (each answers after `delay` seconds, default 0; `times=N` applies the mode to N requests, then `then`):
ok (benign answers), flag (detectors fire; webhook blocks), redact (webhook redacts every part; Enkrypt pii
fires), slow (like ok after `delay`, default 1 s), 429 (with `Retry-After: retry_after`), 5xx (`status`,
default 503), status (`status` with a JSON error body, e.g. 401), garbage (200, not JSON), drop (closes the
connection without answering). With `api_key` set, requests without it (`apikey` header, or
`Authorization: Bearer`) get 401.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import re
import signal
import socket
import sys
import threading
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

MODES = ("ok", "flag", "redact", "slow", "429", "5xx", "status", "garbage", "drop")
WEBHOOK_PATH = "/webhook"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PLACEHOLDER = re.compile(r"<EMAIL_\d+>")


@dataclass
class StubState:
    """The stub's mode and counters, shared by the server's thread and the test that drives it."""

    mode: str = "ok"
    delay: float = 0.0
    times: int | None = None
    then: str = "ok"
    retry_after: str = "1"
    status: int = 503
    api_key: str | None = None
    requests: int = 0
    connections: int = 0
    by_path: Counter[str] = field(default_factory=Counter)
    recent: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def configure(self, mode: str, **options: Any) -> None:
        """Switch mode; options: delay, times, then, retry_after, status, api_key."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
        with self.lock:
            self.mode = mode
            self.delay = float(options.get("delay", 1.0 if mode == "slow" else 0.0))
            self.times = options.get("times")
            self.then = options.get("then", "ok")
            self.retry_after = str(options.get("retry_after", "1"))
            self.status = int(options.get("status", 401 if mode == "status" else 503))
            if "api_key" in options:
                self.api_key = options["api_key"]

    def take_mode(self, path: str, headers: dict[str, str], body: Any, first_on_connection: bool) -> tuple[str, float]:
        """Count one API request and return the mode and delay that answer it."""
        with self.lock:
            self.requests += 1
            self.connections += first_on_connection
            self.by_path[path] += 1
            self.recent.append({"path": path, "headers": headers, "body": body})
            del self.recent[:-100]
            mode, delay = self.mode, self.delay
            if self.times is not None:
                self.times -= 1
                if self.times <= 0:
                    self.mode, self.times, self.delay = self.then, None, 0.0
            return mode, delay

    def snapshot(self) -> dict[str, Any]:
        """Counters and recent requests as JSON-ready data."""
        with self.lock:
            return {
                "mode": self.mode,
                "requests": self.requests,
                "connections": self.connections,
                "by_path": dict(self.by_path),
                "recent": list(self.recent),
            }

    def reset(self) -> None:
        """Zero the counters (the mode stays)."""
        with self.lock:
            self.requests = self.connections = 0
            self.by_path.clear()
            self.recent.clear()


# --- answers ---------------------------------------------------------------------------------------


def _redact_emails(text: str) -> tuple[str, dict[str, str]]:
    mapping: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        placeholder = f"<EMAIL_{len(mapping)}>"
        mapping[placeholder] = m.group(0)
        return placeholder

    return _EMAIL.sub(sub, text), mapping


def _answer(mode: str, path: str, body: Any) -> Any:
    flag = mode == "flag"
    if path == "/guardrails/guardrail/detect":
        return {
            "summary": {
                "injection_attack": 1 if flag else 0,
                "pii": 1 if mode == "redact" else 0,
                "toxicity": ["toxicity"] if flag else [],
                "nsfw": 0,
                "bias": False,
            },
            "details": {},
        }
    if path == "/guardrails/guardrail/batch/detect":
        texts = body.get("texts", []) if isinstance(body, dict) else []
        return [{"summary": {"injection_attack": 1 if flag else 0}, "details": {}} for _ in texts]
    if path == "/guardrails/pii":
        text = str(body.get("text", ""))
        if body.get("mode") == "request":
            redacted, mapping = _redact_emails(text)
            key = base64.urlsafe_b64encode(json.dumps(mapping).encode()).decode()
            return {"text": redacted, "key": key}
        mapping = json.loads(base64.urlsafe_b64decode(str(body.get("key", "")).encode() or b"e30="))
        return {"text": _PLACEHOLDER.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)}
    if path in ("/guardrails/relevancy", "/guardrails/adherence"):
        return {"score": 0.1 if flag else 0.9}
    if path == "/guardrails/hallucination":
        return {"has_hallucination": 1 if flag else 0, "confidence": 0.9}
    if path == WEBHOOK_PATH:
        parts = body.get("parts", []) if isinstance(body, dict) else []
        if flag:
            return {"action": "block", "reasons": [{"id": "injection", "message": "instructions in the text"}]}
        if mode == "redact":
            return {"action": "redact", "reasons": [{"id": "pii.email"}], "parts": ["[REDACTED]" for _ in parts]}
        return {"action": "allow", "reasons": []}
    return None


@dataclass
class _Reply:
    status: int
    payload: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def _json_reply(status: int, data: Any, **headers: str) -> _Reply:
    return _Reply(status, json.dumps(data).encode(), headers=headers)


async def _respond(
    server: _Server, method: str, path: str, headers: dict[str, str], raw: bytes, first: bool
) -> tuple[_Reply | None, bool]:
    """The reply to one request (None: drop the connection) and whether the request counted as API traffic."""
    state = server.state
    if method == "GET":
        return (
            _json_reply(200, state.snapshot()) if path == "/_stats" else _json_reply(404, {"error": "not found"})
        ), False
    if method != "POST":
        return _json_reply(405, {"error": "method not allowed"}), False
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
    if path == "/_control":
        try:
            options = dict(body or {})
            state.configure(str(options.pop("mode", "ok")), **options)
        except (TypeError, ValueError) as exc:
            return _json_reply(400, {"error": str(exc)}), False
        return _json_reply(200, {"mode": state.mode}), False
    if path == "/_reset":
        state.reset()
        return _json_reply(200, {"reset": True}), False
    data = body if isinstance(body, dict) else {}
    if _answer("ok", path, data) is None:
        return _json_reply(404, {"error": "not found"}), False
    mode, delay = state.take_mode(path, headers, body, first)
    if delay and await server.pause(delay):
        return None, True
    if state.api_key is not None and state.api_key not in (
        headers.get("apikey"),
        headers.get("authorization", "").removeprefix("Bearer "),
    ):
        return _json_reply(401, {"error": "unauthorized"}), True
    if mode == "drop":
        return None, True
    if mode == "429":
        return _json_reply(429, {"error": "rate limited"}, **{"Retry-After": state.retry_after}), True
    if mode in ("5xx", "status"):
        return _json_reply(state.status, {"error": "unavailable" if mode == "5xx" else "refused"}), True
    if mode == "garbage":
        return _Reply(200, b"<html>definitely not json", "text/html"), True
    return _json_reply(200, _answer(mode, path, data)), True


class _Server:
    """An HTTP/1.1 keep-alive server on asyncio (one thread, so a burst of clients is not a GIL convoy)."""

    def __init__(self, state: StubState) -> None:
        self.state = state
        self.port = 0
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._stopping: asyncio.Event | None = None

    async def start(self, host: str, port: int) -> None:
        self._stopping = asyncio.Event()
        self._server = await asyncio.start_server(self._connection, host, port, backlog=512)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        assert self._stopping is not None and self._server is not None
        self._stopping.set()
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        await asyncio.wait_for(asyncio.gather(*self._tasks, return_exceptions=True), 5)
        await self._server.wait_closed()

    async def pause(self, seconds: float) -> bool:
        """Sleep, but wake early (returning True) when the server stops."""
        assert self._stopping is not None
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except asyncio.TimeoutError:
            return False
        return True

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._writers.add(writer)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            with suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        counted = False
        try:
            while True:
                line = await reader.readline()
                if not line.strip():
                    break
                method, target, *_ = [*line.decode("latin-1").split(), "", ""]
                headers: dict[str, str] = {}
                while True:
                    header = await reader.readline()
                    if header in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = header.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length") or 0)
                raw = await reader.readexactly(length) if length else b""
                reply, api = await _respond(self, method, urlsplit(target).path, headers, raw, not counted)
                counted = counted or api
                if reply is None:
                    break
                head = [f"HTTP/1.1 {reply.status} {HTTPStatus(reply.status).phrase}"]
                head += [f"Content-Type: {reply.content_type}", f"Content-Length: {len(reply.payload)}"]
                head += [f"{name}: {value}" for name, value in reply.headers.items()]
                writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + reply.payload)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            self._tasks.discard(task)
            self._writers.discard(writer)
            writer.close()


# --- handles ---------------------------------------------------------------------------------------


class StubHandle:
    """A running in-process stub: its URLs, stats, mode switch and shutdown."""

    def __init__(self, server: _Server, loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
        self._server = server
        self._loop = loop
        self._thread = thread
        self.port: int = server.port
        self.url = f"http://127.0.0.1:{self.port}"
        self.webhook_url = self.url + WEBHOOK_PATH

    @property
    def state(self) -> StubState:
        """The live state (mode, counters)."""
        return self._server.state

    def stats(self) -> dict[str, Any]:
        """Requests, distinct TCP connections that carried them, per-path counts and recent requests."""
        return self._server.state.snapshot()

    def set_mode(self, mode: str, **options: Any) -> None:
        """Switch mode at run time (see the module docstring for modes and options)."""
        self._server.state.configure(mode, **options)

    def reset(self) -> None:
        """Zero the counters."""
        self._server.state.reset()

    def close(self) -> None:
        """Stop serving and close every connection."""
        if self._loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self._server.stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> StubHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_stub(mode: str = "ok", *, host: str = "127.0.0.1", port: int = 0, **options: Any) -> StubHandle:
    """Start a stub on a free port in a background thread; options as for `StubHandle.set_mode` plus api_key."""
    state = StubState()
    state.configure(mode, **options)
    server = _Server(state)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="guardrail-stub", daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(server.start(host, port), loop).result(timeout=5)
    except BaseException:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
        raise
    return StubHandle(server, loop, thread)


@contextmanager
def running_stub(mode: str = "ok", **options: Any) -> Iterator[StubHandle]:
    """`start_stub` as a context manager, e.g. for a pytest fixture: `with running_stub() as stub: yield stub`."""
    handle = start_stub(mode, **options)
    try:
        yield handle
    finally:
        handle.close()


def control(url: str, mode: str, **options: Any) -> None:
    """Switch the mode of a stub running in another process."""
    data = json.dumps({"mode": mode, **options}).encode()
    request = urllib.request.Request(url + "/_control", data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        response.read()


def fetch_stats(url: str) -> dict[str, Any]:
    """The stats of a stub running in another process."""
    with urllib.request.urlopen(url + "/_stats", timeout=5) as response:
        return json.loads(response.read())


def main(argv: list[str] | None = None) -> int:
    """Run the stub until SIGTERM or SIGINT; print the port on the first stdout line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", default="ok", choices=MODES)
    parser.add_argument("--delay", type=float, default=None)
    parser.add_argument("--api-key", default=None)
    args = parser.parse_args(argv)
    options: dict[str, Any] = {"api_key": args.api_key}
    if args.delay is not None:
        options["delay"] = args.delay
    handle = start_stub(args.mode, host=args.host, port=args.port, **options)
    done = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: done.set())
    sys.stdout.write(f"{handle.port}\n")
    sys.stdout.flush()
    try:
        while not done.wait(0.2):
            pass
    finally:
        handle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

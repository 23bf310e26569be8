"""A server's stdout is a pipe the gateway reads itself: each chunk is taken in the loop turn the pipe is read in, in
order, to the end of the stream, whatever the process does meanwhile; nothing of the pipe is left open after."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway import links
from secure_mcp_gateway.children import Child
from secure_mcp_gateway.config import GatewaySettings, ServerConfig
from secure_mcp_gateway.jsonrpc import RpcError
from secure_mcp_gateway.links import ProcessLink, _Chunks
from secure_mcp_gateway.rpc import RpcPeer

pytestmark = pytest.mark.anyio

# Writes `count` numbered lines as fast as it can, then a last one without its line end, and exits at once.
_BURST = r"""
import json, os, sys
count = int(sys.argv[1])
for n in range(count):
    os.write(1, json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"n": n}}).encode() + b"\n")
os.write(1, json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"n": count}}).encode())
"""


def _in_the_pipes_read_callback() -> bool:
    """Whether the running code was called by a read transport's own callback (not from a callback it queued)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "_read_ready":
            return True
        frame = frame.f_back
    return False


async def _spawn_burst(count: int) -> ProcessLink:
    return await ProcessLink.spawn("burst", sys.executable, ["-c", _BURST, str(count)], dict(os.environ), None)


async def _read_all(link: ProcessLink) -> list[Any]:
    got = []
    while (msg := await link.recv()) is not None:
        got.append(msg["params"]["n"])
    return got


@pytest.mark.skipif(sys.platform == "win32", reason="read by the subprocess transport on Windows")
async def test_a_servers_output_is_taken_by_the_pipes_read_callback_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    callers: list[bool] = []
    real = _Chunks.feed

    def feed(self: _Chunks, data: bytes) -> None:
        callers.append(_in_the_pipes_read_callback())
        real(self, data)

    monkeypatch.setattr(_Chunks, "feed", feed)
    link = await _spawn_burst(50)
    try:
        assert await _read_all(link) == list(range(51))
        assert callers and all(callers), "a chunk was passed on through a callback of its own (a loop turn later)"
    finally:
        await link.close(grace=1.0)


@pytest.mark.parametrize("own", [True, False], ids=["own pipe", "subprocess transport"])
async def test_every_line_of_a_server_that_exits_at_once_arrives_in_order_then_the_end(
    monkeypatch: pytest.MonkeyPatch, own: bool
) -> None:
    monkeypatch.setattr(links, "_OWN_STDOUT", own)
    link = await _spawn_burst(3000)
    try:
        assert await _read_all(link) == list(range(3001)), "the last line, without its line end, included"
        assert await link.wait_exit() == 0
        assert await link.recv() is None
    finally:
        await link.close(grace=1.0)


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed by /proc")
async def test_no_end_of_a_servers_output_pipe_stays_open_in_the_gateway() -> None:
    before = _open_fds()
    script = "import sys; sys.stdout.write('{}\\n'); sys.stdout.flush(); sys.stdin.read()"
    link = await ProcessLink.spawn("quiet", sys.executable, ["-c", script], dict(os.environ), None)
    assert await link.recv() == {}
    await link.close(grace=1.0)
    assert await link.recv() is None
    assert _open_fds() - before == set()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed by /proc")
async def test_a_server_that_cannot_be_started_leaves_no_pipe_open(tmp_path: Path) -> None:
    before = _open_fds()
    with pytest.raises(OSError):
        await ProcessLink.spawn("missing", str(tmp_path / "no-such-server"), [], dict(os.environ), None)
    assert _open_fds() - before == set()


async def test_the_output_of_a_server_whose_child_keeps_its_stdout_ends_when_the_link_is_closed() -> None:
    # the server starts a helper that inherits its stdout and outlives it: closing the link ends the reading
    script = (
        "import subprocess, sys; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']);"
        " print('{}', flush=True); sys.stdin.read()"
    )
    link = await ProcessLink.spawn("parent", sys.executable, ["-c", script], dict(os.environ), None)
    assert await link.recv() == {}
    await link.close(grace=0.5, term_grace=0.5)
    assert await link.recv() is None
    assert link.returncode is not None


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed by /proc")
async def test_a_start_cancelled_while_it_waits_for_its_turn_leaves_no_pipe_open() -> None:
    # a reload or a shutdown while many servers take turns to start cancels the starts still waiting
    loop = asyncio.get_running_loop()
    before = _open_fds()
    async with links._spawn_turn(loop):  # another start holds the turn
        start = loop.create_task(ProcessLink.spawn("queued", sys.executable, ["-c", "pass"], dict(os.environ), None))
        for _ in range(3):
            await asyncio.sleep(0)
        assert not start.done()
        start.cancel()
        with pytest.raises(asyncio.CancelledError):
            await start
    assert _open_fds() - before == set()


@pytest.mark.skipif(sys.platform == "win32", reason="read by the subprocess transport on Windows")
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="descriptors listed by /proc")
async def test_a_start_cancelled_while_its_output_pipe_is_connected_closes_that_pipe_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # closed twice, the second close fails in a loop callback, or closes whatever another thread opened meanwhile
    loop = asyncio.get_running_loop()
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    start: asyncio.Task[ProcessLink] | None = None
    real = _Chunks.connection_made

    def connection_made(self: _Chunks, transport: Any) -> None:
        real(self, transport)
        assert start is not None
        start.cancel()

    monkeypatch.setattr(_Chunks, "connection_made", connection_made)
    before = _open_fds()
    script = "import sys; sys.stdin.read()"
    start = loop.create_task(ProcessLink.spawn("cancelled", sys.executable, ["-c", script], dict(os.environ), None))
    try:
        with pytest.raises(asyncio.CancelledError):
            await start
        for _ in range(3):  # (the transport's own close runs in a later callback)
            await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(None)
    assert errors == []
    assert _open_fds() - before == set()


async def test_a_line_of_a_servers_output_that_is_not_json_rpc_is_kept_without_its_secrets() -> None:
    # what it wrote is quoted in the log and in the error of a call the server's exit fails: never a secret in clear
    password, token = "Vq7-harbor-Lantern-2291", "ghp_" + "R4nd0mLook1ngT0kenV4lue0123456789ab"
    script = f"print('connecting to postgres://deploy:{password}@db.internal:5432/app with {token}', flush=True)"
    link = await ProcessLink.spawn("chatty", sys.executable, ["-c", script], dict(os.environ), None)
    try:
        assert await link.recv() is None
    finally:
        await link.close(grace=1.0)
    assert "postgres://" in link.last_unreadable
    assert password not in link.last_unreadable and token not in link.last_unreadable


# Answers its first request with a line that cannot be read (NaN), then, on its second, maybe writes a line of noise
# and exits with code 3.
_FAILS_THEN_EXITS = """read a; printf '%s\\n' '{"jsonrpc":"2.0","id":1,"result":{"content":[],"n":NaN}}'
read b; [ -n "$1" ] && printf '%s\\n' "$1"; exit 3"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell")
@pytest.mark.parametrize("noise", ["", "Traceback: lost the cable"], ids=["nothing-since", "noise-since"])
async def test_a_servers_exit_quotes_only_output_no_call_was_told_of_already(noise: str) -> None:
    # the unreadable answer failed its call, saying why: the exit reason quotes only what came after it, if anything
    child = Child("p", ServerConfig(command="sh"), GatewaySettings(), host=None)  # type: ignore[arg-type]
    link = await ProcessLink.spawn("p", "/bin/sh", ["-c", _FAILS_THEN_EXITS, "sh", noise], dict(os.environ), None)
    try:
        peer = RpcPeer("server p", link)
        reader = asyncio.get_running_loop().create_task(child._read(link, peer))
        with pytest.raises(RpcError, match="NaN"):
            await peer.request("tools/call", {"name": "a"}, 30.0)
        second = asyncio.get_running_loop().create_task(peer.request("tools/call", {"name": "b"}, 30.0))
        await asyncio.wait_for(reader, 30)
        reason = await child._exit_reason(link)
        second.cancel()
    finally:
        await link.close(grace=1.0)
    assert reason.startswith("server p exited with code 3")
    assert "NaN" not in reason
    assert ("last unreadable output" in reason) == bool(noise) and noise in reason


_EXITS_WHILE_LISTING = """read a; id=$(printf '%s' "$a" | sed 's/.*"id":\\([0-9]*\\).*/\\1/')
printf '{"jsonrpc":"2.0","id":%s,"result":{"protocolVersion":"2025-06-18","capabilities":{"tools":{}},' "$id"
printf '"serverInfo":{"name":"x","version":"1"}}}\\n'; read b; read c; exit 3"""


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell")
async def test_a_server_exiting_while_it_lists_its_tools_fails_its_start_at_once() -> None:
    """Answered initialize, then exited on tools/list: the start fails with its exit at once; it waited for the list
    up to `init_timeout` (60 s), and the client's first call with it."""
    from types import SimpleNamespace

    from secure_mcp_gateway.children import Unavailable

    cfg = ServerConfig(command="/bin/sh", args=["-c", _EXITS_WHILE_LISTING])
    host = SimpleNamespace(child_initialize_params=lambda: {"protocolVersion": "2025-06-18", "capabilities": {}})
    child = Child("p", cfg, GatewaySettings(), host=host)  # type: ignore[arg-type]
    with pytest.raises(Unavailable, match="server p exited with code 3"):
        await asyncio.wait_for(child._session_once(), 10)

"""Newline-delimited JSON message pipes: a child process's stdio and the gateway's own stdio."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import signal
import sys
import threading
from typing import Any

from secure_mcp_gateway import jsonrpc
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message
from secure_mcp_gateway.logs import server_logger

log = logging.getLogger(__name__)

LINE_LIMIT = 256 * 1024 * 1024
"""Longest message line accepted, in bytes."""

_IS_WINDOWS = sys.platform == "win32"


NOISE_WARNINGS = 3
"""Non-JSON lines from one peer reported as warnings; later ones go to the debug log."""


def _parse(line: bytes, source: str, logger: logging.Logger, noise: list[int]) -> Message | None:
    try:
        msg = jsonrpc.decode(line)
    except ValueError:
        text = line.decode("utf-8", "replace").strip()
        if text:
            noise[0] += 1
            if noise[0] <= NOISE_WARNINGS:
                more = " (further ones at debug level)" if noise[0] == NOISE_WARNINGS else ""
                logger.warning("%s wrote a line that is not JSON-RPC, ignored%s: %.200s", source, more, text)
            else:
                logger.debug("%s wrote a line that is not JSON-RPC, ignored: %.200s", source, text)
        return None
    if not isinstance(msg, dict):
        logger.warning("%s wrote JSON that is not a message object (ignored)", source)
        return None
    return msg


class ProcessLink:
    """The stdio of one child process, started in its own process group."""

    def __init__(self, name: str, proc: asyncio.subprocess.Process, stderr_lines: int = 20) -> None:
        self.name = name
        self.proc = proc
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=stderr_lines)
        self._child_log = server_logger(name)
        self._stderr_task = asyncio.get_running_loop().create_task(self._drain_stderr())
        self._gone = False
        self._noise = [0]

    @classmethod
    async def spawn(cls, name: str, command: str, args: list[str], env: dict[str, str], cwd: str | None) -> ProcessLink:
        """Start the process; raises OSError when it cannot be started."""
        kwargs: dict[str, Any] = {}
        if _IS_WINDOWS:
            import subprocess

            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        else:
            kwargs["start_new_session"] = True
        proc = await asyncio.create_subprocess_exec(
            command,
            *args,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
            cwd=cwd,
            limit=LINE_LIMIT,
            **kwargs,
        )
        return cls(name, proc)

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.proc.pid

    def send(self, msg: Message) -> None:
        """Write one message to the child's stdin."""
        stdin = self.proc.stdin
        if self._gone or stdin is None or stdin.is_closing():
            raise ConnectionClosed(f"server {self.name} is not running")
        stdin.write(jsonrpc.encode(msg))

    async def drain(self) -> None:
        """Wait for the child to take what was written."""
        stdin = self.proc.stdin
        if stdin is not None:
            try:
                await stdin.drain()
            except (ConnectionError, RuntimeError) as exc:
                raise ConnectionClosed(f"server {self.name} closed its input") from exc

    async def recv(self) -> Message | None:
        """The next message from the child's stdout; None when stdout closes."""
        stdout = self.proc.stdout
        assert stdout is not None
        while True:
            try:
                line = await stdout.readline()
            except ValueError:
                log.warning("server %s sent a message over %d MB (dropped)", self.name, LINE_LIMIT >> 20)
                continue
            if not line:
                return None
            msg = _parse(line, f"server {self.name}", self._child_log, self._noise)
            if msg is not None:
                return msg

    async def _drain_stderr(self) -> None:
        stderr = self.proc.stderr
        assert stderr is not None
        while True:
            try:
                line = await stderr.readline()
            except ValueError:
                continue
            except Exception:
                return
            if not line:
                return
            text = line.decode("utf-8", "replace").rstrip()
            if text:
                self.stderr_tail.append(text)
                self._child_log.info("%s", text)

    def last_stderr(self, lines: int = 5) -> str:
        """The last lines the child wrote to stderr, joined."""
        return " | ".join(list(self.stderr_tail)[-lines:])

    async def settle(self, timeout: float) -> None:
        """Wait a little for the process to exit and its last stderr lines to arrive."""
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.gather(self.proc.wait(), asyncio.shield(self._stderr_task)), timeout)

    async def wait_exit(self) -> int:
        """Wait for the process to exit; its return code."""
        return await self.proc.wait()

    async def close(self, grace: float = 1.5, term_grace: float = 1.0) -> None:
        """Close stdin, wait `grace`, then terminate and kill the whole process group."""
        self._gone = True
        proc = self.proc
        if proc.stdin is not None and not proc.stdin.is_closing():
            with contextlib.suppress(Exception):
                proc.stdin.close()
        if proc.returncode is None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(proc.wait(), grace)
        if proc.returncode is None:
            self._signal_group(signal.SIGTERM)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(proc.wait(), term_grace)
        if proc.returncode is None:
            self._signal_group(getattr(signal, "SIGKILL", signal.SIGTERM))
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(proc.wait(), 1.0)
        # whatever the process started and left behind in its group goes too
        self._signal_group(signal.SIGTERM)
        self._signal_group(getattr(signal, "SIGKILL", signal.SIGTERM))
        with contextlib.suppress(asyncio.TimeoutError, Exception):
            await asyncio.wait_for(self._stderr_task, 0.5)
        self._stderr_task.cancel()

    def _signal_group(self, sig: int) -> None:
        if _IS_WINDOWS:
            if self.proc.returncode is None:
                import subprocess

                with contextlib.suppress(Exception):
                    subprocess.run(["taskkill", "/T", "/F", "/PID", str(self.proc.pid)], capture_output=True, timeout=5)
            return
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            os.killpg(self.proc.pid, sig)


class StdioLink:
    """The gateway's own stdin and stdout, with stray writes to fd 1 sent to stderr instead."""

    def __init__(self, reader: asyncio.StreamReader, out: Any) -> None:
        self._reader = reader
        self._out = out
        self._closed = False
        self._noise = [0]

    @classmethod
    async def open(cls) -> StdioLink:
        """Take over fds 0 and 1: protocol out on a private copy of fd 1, fd 1 itself pointed at stderr."""
        loop = asyncio.get_running_loop()
        proto_fd = os.dup(1)
        os.dup2(2, 1)
        with contextlib.suppress(Exception):
            sys.stdout = sys.stderr
        reader = asyncio.StreamReader(limit=LINE_LIMIT)
        try:
            await loop.connect_read_pipe(
                lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(0, "rb", buffering=0, closefd=False)
            )
        except (ValueError, OSError, NotImplementedError):
            _feed_from_thread(loop, reader, 0)
        out_file = os.fdopen(proto_fd, "wb", buffering=0)
        try:
            transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, out_file)
            out: Any = asyncio.StreamWriter(transport, protocol, None, loop)
        except (ValueError, OSError, NotImplementedError):
            out = _BlockingWriter(out_file)
        return cls(reader, out)

    def send(self, msg: Message) -> None:
        """Write one message to the client."""
        if self._closed:
            raise ConnectionClosed("the client has gone")
        try:
            self._out.write(jsonrpc.encode(msg))
        except (OSError, RuntimeError) as exc:
            self._closed = True
            raise ConnectionClosed("the client has gone") from exc

    async def drain(self) -> None:
        """Wait for the client to take what was written."""
        try:
            await self._out.drain()
        except (ConnectionError, RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed("the client has gone") from exc

    async def recv(self) -> Message | None:
        """The next message from the client; None at end of input."""
        while True:
            try:
                line = await self._reader.readline()
            except ValueError:
                log.warning("the client sent a message over %d MB (dropped)", LINE_LIMIT >> 20)
                continue
            if not line:
                return None
            msg = _parse(line, "the client", log, self._noise)
            if msg is not None:
                return msg

    async def close(self) -> None:
        """Flush and close the protocol output."""
        self._closed = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._out.drain(), 1.0)
        with contextlib.suppress(Exception):
            self._out.close()


def _feed_from_thread(loop: asyncio.AbstractEventLoop, reader: asyncio.StreamReader, fd: int) -> None:
    """Read a non-pollable input (a regular file, a Windows pipe) in a thread."""

    def pump() -> None:
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if not data:
                loop.call_soon_threadsafe(reader.feed_eof)
                return
            loop.call_soon_threadsafe(reader.feed_data, data)

    threading.Thread(target=pump, name="stdin-reader", daemon=True).start()


class _BlockingWriter:
    """A plain file used where the event loop cannot write pipes (rare; small writes)."""

    def __init__(self, f: Any) -> None:
        self._f = f

    def write(self, data: bytes) -> None:
        self._f.write(data)

    async def drain(self) -> None:
        return None

    def close(self) -> None:
        self._f.close()

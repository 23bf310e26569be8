"""Newline-delimited JSON message pipes: a child process's stdio and the gateway's own stdio, both bounded."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import signal
import sys
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

try:
    import fcntl
except ImportError:  # (Windows)
    fcntl = None  # type: ignore[assignment]

from secure_mcp_gateway import jsonrpc, reaper, sealed
from secure_mcp_gateway.config import Limits
from secure_mcp_gateway.framing import CHUNK, Glued, LineReader, Malformed, Oversized, read_item, read_response
from secure_mcp_gateway.jsonrpc import ConnectionClosed, Message
from secure_mcp_gateway.logs import server_logger
from secure_mcp_gateway.memory import LARGE_BLOCK, release_free
from secure_mcp_gateway.secret_text import scrub_secrets
from secure_mcp_gateway.twin import MIN_BYTES as TWIN_MIN
from secure_mcp_gateway.twin import Twin

_SCRUBBED: list[bool] = []
"""Holds an item once a stderr line was read for secrets (the secret detector is imported then)."""

log = logging.getLogger(__name__)

_IS_WINDOWS = sys.platform == "win32"
_MB = 1 << 20
_SLICE = 256 * 1024
"""Writes larger than this go to a pipe in slices of this size, as it takes them."""
_LARGE = 64 * 1024
"""A line this long is written as soon as it is queued, and never joined with what goes out in the same write."""
_OWN_STDOUT = not _IS_WINDOWS
"""Whether a child's stdout is a pipe of the gateway's own, read in the loop turn its data arrives (POSIX)."""
_WRITEV = getattr(os, "writev", None)
"""Gathered writes (POSIX), for a line made of pieces (see `TurnWriter.write_pieces`)."""


_SPAWNING: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()


def _spawn_turn(loop: asyncio.AbstractEventLoop) -> asyncio.Lock:
    """The lock spawns take turns on in this loop: starting a process holds the loop until the child has replaced
    itself (milliseconds each), so fifty spawns in one loop turn would keep a client's first request waiting for all
    of them; one at a time, what else is ready (a request, a server's answer) runs between them."""
    lock = _SPAWNING.get(loop)
    if lock is None:
        lock = _SPAWNING[loop] = asyncio.Lock()
    return lock


def _widen(pipe: Any) -> None:
    """Let `pipe` (a file descriptor or an object with `fileno()`) hold `CHUNK` bytes (Linux; 64 KB by default): a
    message of up to that size is written in one go and read in one piece, not in several with both sides woken in
    turn. Where the system refuses (not a pipe, a user over their pipe quota) or the pipe is closed already (a child
    that exited before its start returned), it stays as it is."""
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setsize is None or pipe is None:
        return
    with contextlib.suppress(OSError, ValueError):
        fcntl.fcntl(pipe if isinstance(pipe, int) else pipe.fileno(), setsize, CHUNK)


def _stdout_pipe() -> tuple[int, int] | None:
    """A pipe for a child's stdout that the gateway reads itself (read end, write end), widened; None where the
    subprocess transport has to read it (Windows) or no pipe can be made."""
    if not _OWN_STDOUT:
        return None
    try:
        ends = os.pipe()
    except OSError:
        return None
    _widen(ends[0])  # what the child writes
    return ends


class StdinUnreadable(Exception):
    """The gateway's standard input cannot be read; the message says why."""


class _Chunks(asyncio.Protocol):
    """A pipe's data (a child's stdout, the gateway's stdin) as the chunks read, handed to a `LineReader` as they are
    (no copy into a buffer and out again). Its reader is woken when a chunk holds a line end, when much is queued, or
    when the stream ends, not for every chunk: the pieces of a long line are picked up together once its end has
    arrived; while `direct` is set, a chunk goes to it as it is read instead.

    It is the protocol of the pipe's own read transport (see `ProcessLink.spawn`): a chunk is taken in the loop turn
    the pipe is read in, not one turn later as the subprocess transport passes its pipes' data on."""

    def __init__(self, loop: asyncio.AbstractEventLoop, high: int) -> None:
        self._loop = loop
        self._high = high
        """Queued bytes at which the pipe stops being read (and the reader is woken to take them)."""
        self._queue: collections.deque[bytes] = collections.deque()
        self._queued = 0
        self._waiter: asyncio.Future[None] | None = None
        self._ended = False
        self._error: BaseException | None = None
        self._transport: Any = None
        self._paused = False
        self.direct: Callable[[bytes], None] | None = None
        """Takes a chunk as it is read, while nothing is queued and the reader waits (see `ProcessLink.serve`)."""

    def attach(self, transport: Any) -> None:
        """The pipe's read transport, paused while `high` bytes wait to be read."""
        self._transport = transport

    def feed(self, data: bytes) -> None:
        """A chunk read from the pipe."""
        direct = self.direct
        if direct is not None and not self._queue:
            direct(data)
            return
        self._queue.append(data)
        self._queued += len(data)
        full = self._queued >= self._high
        if full and not self._paused and self._transport is not None:
            with contextlib.suppress(RuntimeError, AttributeError):
                self._transport.pause_reading()
                self._paused = True
        if self._waiter is not None and (full or data.find(b"\n") >= 0):
            self._wake()

    def end(self, exc: BaseException | None = None) -> None:
        """The pipe closed (with the error it met, if any)."""
        self._ended = True
        self._error = exc
        self._wake()

    def connection_made(self, transport: Any) -> None:
        """The pipe's own read transport."""
        self.attach(transport)

    def data_received(self, data: bytes) -> None:
        """A chunk read from the pipe."""
        self.feed(data)

    def connection_lost(self, exc: BaseException | None) -> None:
        """The pipe ended or failed."""
        self.end(exc)

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def read(self, _size: int) -> bytes:
        """The next chunk (of whatever size the pipe gave); b"" at the end; the pipe's error once it is drained."""
        while (data := self.poll()) is None:
            await self.wait()
        return data

    async def wait(self) -> None:
        """Until a chunk with a line end (or much) is queued, the stream ends, or `wake` is called."""
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def wake(self) -> None:
        """End the reader's `wait`."""
        self._wake()

    def poll(self) -> bytes | None:
        """The next queued chunk; None while none is; b"" at the end; the pipe's error once it is drained."""
        if not self._queue:
            if self._ended:
                if self._error is not None:
                    raise self._error
                return b""
            return None
        data = self._queue.popleft()
        self._queued -= len(data)
        if self._paused and self._queued < self._high // 2:
            self._paused = False
            with contextlib.suppress(RuntimeError, AttributeError):
                self._transport.resume_reading()
        return data


class _ChildProtocol(asyncio.subprocess.SubprocessStreamProtocol):
    """The SDK stream protocol plus a future set when the process itself exits, whoever still holds its pipes; the
    child's stdout goes to `out` (see `_Chunks`) rather than to a stream reader."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(limit=4 * CHUNK, loop=loop)
        self.exited: asyncio.Future[None] = loop.create_future()
        self.out = _Chunks(loop, 8 * CHUNK)

    def connection_made(self, transport: Any) -> None:
        """The pipes are open: stdout's transport (if stdout is one of them) is the one `out` pauses."""
        super().connection_made(transport)
        stdout = transport.get_pipe_transport(1)
        if stdout is not None:
            self.out.attach(stdout)

    def pipe_data_received(self, fd: int, data: bytes | str) -> None:
        """Data from the child: stdout's to `out`, stderr's to its stream reader."""
        if fd == 1:
            self.out.feed(data)  # type: ignore[arg-type]
        else:
            super().pipe_data_received(fd, data)

    def pipe_connection_lost(self, fd: int, exc: BaseException | None) -> None:
        """A pipe closed: stdout's end reaches `out`."""
        if fd == 1:
            self.out.end(exc)
        super().pipe_connection_lost(fd, exc)

    def process_exited(self) -> None:
        """The child watcher saw the process end."""
        super().process_exited()
        if not self.exited.done():
            self.exited.set_result(None)


class _Serving:
    """The lines of a pipe read into messages and dispatched in order until it ends: by the serving task, and while
    it waits for more, by the pipe's read callback itself (no task is woken for a chunk). Whenever `held` says so,
    the rest is left to the task, which waits for `hold` before it reads on."""

    def __init__(
        self,
        out: _Chunks,
        lines: LineReader,
        item: Callable[[bytes | Oversized], Any],
        dispatch: Callable[[Any], None],
        held: Callable[[], bool] | None = None,
        hold: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._out = out
        self._lines = lines
        self._item = item
        self._dispatch = dispatch
        self._held = held
        self._hold = hold
        self._failed: BaseException | None = None
        ready = getattr(out._loop, "_ready", None)
        self._ready: collections.deque[Any] | None = ready if isinstance(ready, collections.deque) else None
        """The loop's queue of callbacks to run (see `_run_queued`)."""

    async def run(self) -> None:
        """Dispatch every message to the end of the stream; raises the pipe's error (after what came before it)."""
        out, lines, held = self._out, self._lines, self._held
        try:
            while True:
                if held is not None and held():
                    await self._hold()  # type: ignore[misc]
                if self._failed is not None:
                    raise self._failed
                line = lines.take()
                if line is not None:
                    self._handle(line)
                    continue
                chunk = out.poll()
                if chunk is None:  # nothing to read now: what comes is dispatched as it is read
                    out.direct = self._take
                    try:
                        await out.wait()
                    finally:
                        out.direct = None
                elif chunk:
                    lines.put(chunk)
                else:
                    last = lines.last()
                    if last is not None:
                        self._handle(last)
                    return
        finally:
            out.direct = None

    def _handle(self, line: bytes | Oversized) -> None:
        item = self._item(line)
        if item is not None:
            if type(item) is Glued:  # (messages written without a newline between them: each as its own line)
                for part in item.parts:
                    self._handle(part)
                return
            self._dispatch(item)

    def _take(self, chunk: bytes) -> None:
        """The pipe's read callback: dispatch the lines of `chunk` unless held; what is left goes to the task."""
        lines, held, ready = self._lines, self._held, self._ready
        alone = ready is not None and not ready  # (the last callback of this turn, and nothing queued for the next)
        lines.put(chunk)
        writers = _hold_writes()
        try:
            while held is None or not held():
                line = lines.take()
                if line is None:
                    if alone and asyncio.current_task(self._out._loop) is None:
                        _run_queued(ready)  # type: ignore[arg-type]
                    return
                self._handle(line)
        except Exception as exc:  # (raised by the serving task, as a loop reading one message at a time would)
            self._failed = exc
        finally:
            _release_writes(writers)
        self._out.direct = None
        self._out.wake()


class _Hold(threading.local):
    """While a read callback of this thread's event loop dispatches the messages of a chunk: the writers given lines
    meanwhile (see `_hold_writes`)."""

    writers: list[TurnWriter] | None = None


_HOLD = _Hold()


def _hold_writes() -> list[TurnWriter] | None:
    """Hold what is written while a read callback dispatches a chunk's messages (the requests or answers of
    concurrent calls): each writer hands its lines to its pipe as the callback ends, in one write (`_release_writes`),
    rather than one write a message. None where a hold is on already (the outer one releases)."""
    if _HOLD.writers is not None:
        return None
    writers: list[TurnWriter] = []
    _HOLD.writers = writers
    return writers


def _release_writes(writers: list[TurnWriter] | None) -> None:
    """End the hold `_hold_writes` began: what each writer was given goes out as a turn's writes do."""
    if writers is None:
        return
    _HOLD.writers = None
    for writer in writers:
        writer.held_over()


def _run_queued(ready: collections.deque[Any]) -> None:
    """Run the callbacks queued since this turn's last one began, in order, as the loop's next turn would run them
    first (a request's handler, a call woken by its answer), without a turn of its own. What they queue waits for
    the next turn."""
    for _ in range(len(ready)):
        handle = ready.popleft()
        if not handle._cancelled:
            handle._run()


KNOWN_MOST = 17 * 1024
"""Lines longer than this are not offered as known answers (see `clean.known_result`: results of 16 KB at most)."""


class ProcessLink:
    """The stdio of one child process, started in its own process group and tagged for the reaper."""

    def __init__(
        self,
        name: str,
        proc: asyncio.subprocess.Process,
        transport: Any,
        protocol: _ChildProtocol,
        tag: str,
        limits: Limits | None = None,
        stderr_lines: int = 20,
        stdout: Any = None,
    ) -> None:
        limits = limits or Limits()
        self.name = name
        self.proc = proc
        self._stdin: TurnWriter | None = None
        self.tag = tag
        self._transport = transport
        self._protocol = protocol
        self._stdout = stdout
        """The read transport of the child's stdout when it is read apart from the subprocess transport."""
        self._limits = limits
        self._most_queued = limits.server_message_mb * _MB
        """Bytes queued for the child past which it is taken as not reading its input."""
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=stderr_lines)
        self.stderr_dropped = 0
        self.last_unreadable = ""
        self._child_log = server_logger(name)
        self._out = LineReader(protocol.out.read, int(limits.server_message_mb * _MB), unclaimed=True)
        self._glued: collections.deque[bytes] = collections.deque()
        """Messages of a line that held several (see `framing.Glued`), still to be read by `recv`."""
        self._twin = Twin()
        self.unchecked = False
        """Whether the gateway's checks are off for this server: its results' bytes are offered for the replies
        (see `sealed.offer`)."""
        self.known: Callable[[bytes], bool] | None = None
        """Takes a short line whose answer is known by its bytes, before it is decoded (`RpcPeer.known_answer`):
        True when it was taken so."""
        self._gone = False
        self._noise = 0
        self._hurried = asyncio.Event()
        reaper.WATCHDOG.register(proc.pid)
        self._stderr_task = asyncio.get_running_loop().create_task(self._drain_stderr())

    @classmethod
    async def spawn(
        cls,
        name: str,
        command: str,
        args: list[str],
        env: dict[str, str],
        cwd: str | None,
        limits: Limits | None = None,
    ) -> ProcessLink:
        """Start the process; raises OSError when it cannot be started."""
        kwargs: dict[str, Any] = {}
        if _IS_WINDOWS:
            import subprocess

            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
        else:
            kwargs["start_new_session"] = True
        tag = reaper.new_tag()
        loop = asyncio.get_running_loop()
        async with _spawn_turn(loop):
            own = _stdout_pipe()  # (made once it is this start's turn: a start cancelled while waiting holds none)
            try:
                transport, protocol = await loop.subprocess_exec(
                    lambda: _ChildProtocol(loop),
                    command,
                    *args,
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE if own is None else own[1],
                    stderr=asyncio.subprocess.PIPE,
                    env={**env, reaper.TAG_VAR: tag},
                    cwd=cwd,
                    **kwargs,
                )
            except BaseException:
                if own is not None:
                    os.close(own[0])
                raise
            finally:
                if own is not None:
                    os.close(own[1])  # (the child holds its own copy: the pipe ends when the child's side closes)
        proc = asyncio.subprocess.Process(transport, protocol, loop)
        if own is None:
            stdout = transport.get_pipe_transport(1)
            if stdout is not None:
                _widen(stdout.get_extra_info("pipe"))  # what the child writes
            return cls(name, proc, transport, protocol, tag, limits)
        pipe = None
        try:
            pipe = os.fdopen(own[0], "rb", buffering=0)
            stdout, _ = await loop.connect_read_pipe(lambda: protocol.out, pipe)
        except BaseException:
            if pipe is None:
                os.close(own[0])
            else:  # (the file, not its descriptor: a transport made of it closes the same file a turn later)
                pipe.close()
            with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
                os.killpg(proc.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
            transport.close()
            raise
        return cls(name, proc, transport, protocol, tag, limits, stdout=stdout)

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.proc.pid

    @property
    def returncode(self) -> int | None:
        """The exit code once the process itself has exited, whether or not its pipes are still open."""
        return self._transport.get_returncode()

    def send(self, msg: Message | list[Message]) -> None:
        """Write one message to the child's stdin (messages of one loop turn go out as one write)."""
        stdin = self.proc.stdin
        if self._gone or stdin is None:
            raise ConnectionClosed(f"server {self.name} is not running")
        writer = self._stdin
        transport = (writer.transport if writer is not None else None) or stdin.transport
        if transport.is_closing():
            raise ConnectionClosed(f"server {self.name} is not running")
        queued = transport.get_write_buffer_size() + (writer.pending if writer is not None else 0)
        if queued > self._most_queued:
            raise ConnectionClosed(f"server {self.name} is not reading its input")
        if writer is None:
            writer = self._stdin = TurnWriter(stdin)
        try:
            writer.write_line(jsonrpc.encode_body(msg))  # type: ignore[arg-type]
        except (OSError, RuntimeError) as exc:
            raise ConnectionClosed(f"server {self.name} closed its input") from exc

    def end_turn(self) -> None:
        """The callback that sent ends: its messages go out now if nothing else is to run in this turn."""
        if self._stdin is not None:
            self._stdin.end_turn()

    def keeping_up(self) -> bool:
        """Whether `drain` would wait for nothing: the pipe keeps up and little is queued."""
        return self._stdin is None or self._stdin.keeping_up()

    async def drain(self) -> None:
        """Wait for the child to take what was written. While the pipe keeps up and little is queued, nothing is
        waited for: this loop turn's messages (the requests of concurrent calls) go out together at its end."""
        if self._stdin is not None:
            if self._stdin.keeping_up():
                return
            try:
                await self._stdin.drain()
            except (ConnectionError, RuntimeError, OSError) as exc:
                raise ConnectionClosed(f"server {self.name} closed its input") from exc

    async def recv(self) -> Any:
        """The next message from the child's stdout (or a `Malformed` answer with its id); None when stdout ends."""
        while True:
            if self._glued:
                line: bytes | Oversized | None = self._glued.popleft()
            else:
                try:
                    line = await self._out.next()
                except (OSError, RuntimeError):
                    return None
            if line is None:
                return None
            item = self._item(line)
            if type(item) is Glued:
                self._glued.extendleft(reversed(item.parts))
            elif item is not None:
                return item

    async def serve(
        self,
        dispatch: Callable[[Any], None],
        room: Callable[[], Awaitable[None]] | None = None,
        room_left: Callable[[], bool] | None = None,
    ) -> None:
        """Hand every message from the child's stdout to `dispatch`, in order, until stdout ends (as a loop over
        `recv` would); after a notification, wait for `room` before reading on, unless `room_left` says it would not
        wait. While nothing else waits, what the pipe brings is dispatched as it is read (see `_Serving`)."""
        noticed = False

        def one(item: Any) -> None:
            nonlocal noticed
            dispatch(item)
            if isinstance(item, dict) and "id" not in item:
                noticed = True

        def held() -> bool:
            nonlocal noticed
            if noticed and room_left is not None and room_left():
                noticed = False  # (room now: the next line is handled where this one was)
            return noticed

        async def hold() -> None:
            nonlocal noticed
            noticed = False
            await room()  # type: ignore[misc]

        if room is None:
            serving = _Serving(self._protocol.out, self._out, self._item, dispatch)
        else:
            serving = _Serving(self._protocol.out, self._out, self._item, one, held, hold)
        with contextlib.suppress(OSError, RuntimeError):  # (the end, as for `recv`)
            await serving.run()

    def _item(self, line: bytes | Oversized) -> Any:
        """The message a line of the child's stdout holds; None for a blank or unusable line without an id, or one
        taken already as a known answer (`known`)."""
        known = self.known
        if known is not None and type(line) is bytes and len(line) <= KNOWN_MOST and known(line):
            return None
        if isinstance(line, Oversized) or len(line) < sealed.MIN_BYTES:
            item = read_item(line, "gateway.limits.server_message_mb")
        else:
            item = self._read_long(line)
        if isinstance(item, Malformed):
            if not item.settles:  # (the end of a line reported already is not logged again)
                self._unreadable(line, item)
            if item.id is None and not (item.lost or item.settles):
                return None
        return item

    def _read_long(self, line: bytes) -> Any:
        """`_item` of a line of `sealed.MIN_BYTES` or more."""
        if len(line) >= LARGE_BLOCK:
            release_free()  # the pieces a large line was read in are free now: back before it is decoded
        if self.unchecked and (found := read_response(line)) is not None:
            item, raw = found  # (the checks are off: the result's bytes may go out as they came)
            sealed.offer(item["result"], raw)
            return item
        if not TWIN_MIN <= len(line) < LARGE_BLOCK:
            return read_item(line, "gateway.limits.server_message_mb")
        item = self._twin.read(line)  # a result with the same bytes as the last answer's is not decoded again
        if item is None:
            item = read_item(line, "gateway.limits.server_message_mb")
            self._twin.seen(line, item)
        return item

    def unreadable_told(self) -> None:
        """A call failed on the last unreadable line, saying why: its exit no longer quotes it."""
        self.last_unreadable = ""

    def _unreadable(self, line: bytes | Oversized, bad: Malformed) -> None:
        raw = line.head if isinstance(line, Oversized) else line
        text = scrub_secrets(raw[:200].decode("utf-8", "replace").strip())  # (it goes to the log and to errors)
        self.last_unreadable = f"{bad.reason}: {text[:120]}"
        self._noise += 1
        level = logging.WARNING if self._noise <= 3 else logging.DEBUG
        more = " (further ones at debug level)" if self._noise == 3 else ""
        self._child_log.log(
            level, "server %s wrote a line that is not JSON-RPC (%s)%s: %.200s", self.name, bad.reason, more, text
        )

    async def _drain_stderr(self) -> None:
        stderr = self.proc.stderr
        assert stderr is not None
        limits = self._limits
        chars = limits.stderr_line_chars
        reader = LineReader(stderr.read, chars * 4)
        loop = asyncio.get_running_loop()
        rate = limits.stderr_lines_per_second
        burst = tokens = max(rate * 4, 1.0)
        last = reported = loop.time()
        pending = 0
        while True:
            try:
                line = await reader.next()
            except Exception:
                break
            if line is None:
                break
            if isinstance(line, Oversized):
                text = line.head.decode("utf-8", "replace").rstrip() + f" ... ({line.size} bytes)"
            else:
                text = line.decode("utf-8", "replace").rstrip()
            if not text:
                continue
            if len(text) > chars:
                text = text[:chars] + f" ... ({len(text)} chars)"
            # a server's stderr goes to the log: never a secret in clear; the first lines (a start banner) are read
            # on a thread, as the first read imports the secret detector, which the first listing does not need
            if _SCRUBBED:
                text = scrub_secrets(text)
            else:
                text = await asyncio.to_thread(scrub_secrets, text)
                _SCRUBBED.append(True)
            self.stderr_tail.append(text)
            now = loop.time()
            tokens = min(burst, tokens + (now - last) * rate)
            last = now
            if tokens >= 1.0:
                tokens -= 1.0
                if pending and (now - reported >= 5.0 or tokens >= burst / 2):  # every 5 s, or once it calmed down
                    self._report_dropped(pending)
                    pending = 0
                    reported = now
                self._child_log.info("%s", text)
            else:
                pending += 1
                self.stderr_dropped += 1
                if now - reported >= 5.0:
                    self._report_dropped(pending)
                    pending = 0
                    reported = now
        if pending:
            self._report_dropped(pending)

    def _report_dropped(self, count: int) -> None:
        self._child_log.warning(
            "server %s: %d stderr lines dropped (over gateway.limits.stderr_lines_per_second)", self.name, count
        )

    def last_stderr(self, lines: int = 5) -> str:
        """The last lines the child wrote to stderr, joined."""
        return " | ".join(list(self.stderr_tail)[-lines:])

    async def settle(self, timeout: float) -> None:
        """Wait a little for the process to exit and its last stderr lines to arrive."""
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(
                asyncio.gather(asyncio.shield(self._protocol.exited), asyncio.shield(self._stderr_task)), timeout
            )

    async def wait_exit(self) -> int | None:
        """Wait for the process itself to exit (not for its pipes to close); its return code."""
        await asyncio.shield(self._protocol.exited)
        return self.returncode

    def hurry(self) -> None:
        """Stop waiting for the process to exit by itself: `close` terminates it now (the gateway must end soon)."""
        self._hurried.set()

    async def _exited_within(self, timeout: float, *, hurry: bool = False) -> bool:
        """Whether the process exits within `timeout` s; with `hurry`, the wait also ends when `hurry()` is called."""
        if hurry and self._hurried.is_set():
            return self.returncode is not None
        hurried = asyncio.ensure_future(self._hurried.wait()) if hurry else None
        try:
            waits = {self._protocol.exited} if hurried is None else {self._protocol.exited, hurried}
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if hurried is not None:
                hurried.cancel()
        return self.returncode is not None

    async def close(self, grace: float = 1.5, term_grace: float = 1.0) -> None:
        """Close stdin, wait `grace` (less once `hurry()` is called), then terminate, wait `term_grace`, and kill the
        process group and every descendant."""
        self._gone = True
        self._twin.let_go()
        proc = self.proc
        below: list[int] = []
        if self.returncode is None and not _IS_WINDOWS:  # its tree, while it is still whole
            below = await asyncio.to_thread(reaper.descendants, [proc.pid])
        if self._stdin is not None:
            self._stdin.flush()
        if proc.stdin is not None and not proc.stdin.is_closing():
            with contextlib.suppress(Exception):
                proc.stdin.close()
        if self.returncode is None:
            await self._exited_within(grace, hurry=True)
        if self.returncode is None:
            self._signal_group(signal.SIGTERM)
            reaper.kill(below, signal.SIGTERM)
            await self._exited_within(term_grace)
        if self.returncode is None:
            self._signal_group(getattr(signal, "SIGKILL", signal.SIGTERM))
            await self._exited_within(1.0)
        # whatever the process started and left behind goes too: its group, its tree, and (Linux) its tag
        self._signal_group(getattr(signal, "SIGKILL", signal.SIGTERM))
        if not _IS_WINDOWS:
            stray = await asyncio.to_thread(reaper.tagged, self.tag)
            reaper.kill([*below, *stray])
        if self.returncode is not None:
            reaper.WATCHDOG.unregister(proc.pid)
        with contextlib.suppress(asyncio.TimeoutError, Exception):
            await asyncio.wait_for(asyncio.shield(self._stderr_task), 0.5)
        self._stderr_task.cancel()
        self._transport.close()
        if self._stdout is not None:
            self._stdout.close()

    def _signal_group(self, sig: int) -> None:
        if _IS_WINDOWS:
            if self.returncode is None:
                import subprocess

                with contextlib.suppress(Exception):
                    subprocess.run(["taskkill", "/T", "/F", "/PID", str(self.proc.pid)], capture_output=True, timeout=5)
            return
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            os.killpg(self.proc.pid, sig)


_COALESCED = {
    "notifications/tools/list_changed",
    "notifications/prompts/list_changed",
    "notifications/resources/list_changed",
    "notifications/roots/list_changed",
}


def _coalesce_key(msg: Message) -> Any:
    """Notifications of which only the latest matters share a key; others get none."""
    method = msg.get("method")
    params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
    if method in _COALESCED:
        return (method,)
    if method == "notifications/progress":
        return (method, repr(params.get("progressToken")))
    if method == "notifications/resources/updated":
        return (method, repr(params.get("uri")))
    return None


class _Output(asyncio.streams.FlowControlMixin):
    """The protocol of the gateway's output pipe: `gone` is done once the reading end is closed."""

    def __init__(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        super().__init__(loop)
        self.gone: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_lost(self, exc: BaseException | None) -> None:
        """The pipe closed: nothing written now reaches anyone."""
        super().connection_lost(exc)
        if not self.gone.done():
            self.gone.set_result(None)


class StdioLink:
    """The gateway's own stdin and stdout, with stray writes to fd 1 sent to stderr instead.

    Responses are always written. While the client is not reading and more than `client_queue_kb` waits for it,
    notifications are held (progress and list changes coalesced to the latest) up to a count, beyond which they
    are dropped and counted.
    """

    writes_json = True
    """Each message goes out as the encoder's compact JSON line (a result's JSON made already is spliced in as is)."""

    def __init__(self, reader: Any, out: Any, limits: Limits | None = None) -> None:
        limits = limits or Limits()
        self._reader = reader
        self._lines = LineReader(reader.read, int(limits.client_message_mb * _MB), unclaimed=True)
        self._glued: collections.deque[bytes] = collections.deque()
        """Messages of a line that held several (see `framing.Glued`), still to be read by `recv`."""
        self._out = TurnWriter(out)
        self._closed = False
        sealed.wanted()  # (tool results known clean are written with the JSON made for their key)
        self._high = limits.client_queue_kb * 1024
        self._cap = limits.client_queue_notifications
        self._held: collections.OrderedDict[Any, Message] = collections.OrderedDict()
        self._serial = 0
        self._flusher: asyncio.Task[None] | None = None
        self.dropped = 0
        self.coalesced = 0
        self._reported = (0, 0)
        self.output_gone: asyncio.Future[None] | None = None
        """Done once the client's end of the gateway's output is closed (where the pipe tells): no one reads it."""

    @classmethod
    async def open(cls, limits: Limits | None = None) -> StdioLink:
        """Take over fds 0 and 1: protocol out on a private copy of fd 1, fd 1 itself pointed at stderr."""
        loop = asyncio.get_running_loop()
        try:
            os.fstat(0)
        except OSError as exc:
            raise StdinUnreadable(f"standard input is not open ({exc.strerror})") from None
        proto_fd = os.dup(1)
        _widen(proto_fd)  # what the client reads
        os.dup2(2, 1)
        with contextlib.suppress(Exception):
            sys.stdout = sys.stderr
        reader = _Chunks(loop, 8 * CHUNK)
        if not await _connect_reader(loop, reader):
            _feed_from_thread(loop, reader, 0)
        out_file = os.fdopen(proto_fd, "wb", buffering=0)
        gone = None
        try:
            transport, protocol = await loop.connect_write_pipe(_Output, out_file)
            out: Any = asyncio.StreamWriter(transport, protocol, None, loop)
            gone = protocol.gone
        except (ValueError, OSError, NotImplementedError):
            out = _BlockingWriter(out_file)
        link = cls(reader, out, limits)
        link.output_gone = gone
        return link

    def _buffered(self) -> int:
        transport = self._out.transport
        return self._out.pending + (transport.get_write_buffer_size() if transport is not None else 0)

    def send(self, msg: Message | list[Message]) -> None:
        """Write one message to the client; a notification may be held while the client is not reading."""
        if self._closed:
            raise ConnectionClosed("the client has gone")
        is_note = isinstance(msg, dict) and "id" not in msg
        if is_note and (self._held or self._buffered() > self._high):
            self._hold(msg)  # type: ignore[arg-type]
            return
        pieces = sealed.parts(msg)
        if pieces is not None:
            self._write_pieces(pieces)
            return
        self._write(jsonrpc.encode_body(msg))  # type: ignore[arg-type]

    def _write_pieces(self, pieces: tuple[bytes, ...]) -> None:
        try:
            self._out.write_pieces(pieces)
        except (OSError, RuntimeError) as exc:
            self._closed = True
            raise ConnectionClosed("the client has gone") from exc

    def _write(self, body: bytes) -> None:
        try:
            self._out.write_line(body)
        except (OSError, RuntimeError) as exc:
            self._closed = True
            raise ConnectionClosed("the client has gone") from exc

    def _hold(self, msg: Message) -> None:
        key = _coalesce_key(msg)
        if key is not None and key in self._held:
            self._held[key] = msg
            self.coalesced += 1
        elif len(self._held) >= self._cap:
            self.dropped += 1
            if self.dropped == self._reported[0] + 1:
                log.warning(
                    "the client is not reading: notifications dropped (gateway.limits.client_queue_notifications);"
                    " responses are kept"
                )
        else:
            if key is None:
                self._serial += 1
                key = ("#", self._serial)
            self._held[key] = msg
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        """Write held notifications as the client catches up."""
        while self._held and not self._closed:
            try:
                await self._out.drain()
            except (ConnectionError, RuntimeError, OSError):
                self._closed = True
                return
            while self._held and self._buffered() <= self._high // 2:
                _key, msg = self._held.popitem(last=False)
                try:
                    self._write(jsonrpc.encode_body(msg))
                except ConnectionClosed:
                    return
            if self._held:
                await asyncio.sleep(0.01)  # the pipe took some; let it drain further
        if (self.dropped, self.coalesced) != self._reported:
            log.warning(
                "the client was not reading: %d notifications dropped, %d coalesced so far "
                "(gateway.limits.client_queue_notifications)",
                self.dropped,
                self.coalesced,
            )
            self._reported = (self.dropped, self.coalesced)

    def end_turn(self) -> None:
        """The callback that sent ends: its messages go out now if nothing else is to run in this turn."""
        self._out.end_turn()

    async def drain(self) -> None:
        """Wait for the client to take what was written."""
        try:
            await self._out.drain()
        except (ConnectionError, RuntimeError, OSError) as exc:
            self._closed = True
            raise ConnectionClosed("the client has gone") from exc

    async def recv(self) -> Any:
        """The next message, batch or `Malformed` line from the client; None at end of input.

        While more than `client_queue_kb` of output waits for the client, nothing more is read from it.
        """
        while True:
            if self._buffered() > self._high and not self._closed:
                with contextlib.suppress(ConnectionError, RuntimeError, OSError):
                    await self._out.drain()
            if self._glued:
                line: bytes | Oversized | None = self._glued.popleft()
            else:
                try:
                    line = await self._lines.next()
                except OSError as exc:
                    raise StdinUnreadable(f"standard input cannot be read ({exc.strerror or exc})") from None
            if line is None:
                return None
            item = read_item(line, "gateway.limits.client_message_mb")
            if type(item) is Glued:
                self._glued.extendleft(reversed(item.parts))
            elif item is not None:
                return item

    async def serve(self, dispatch: Callable[[Any], None]) -> None:
        """Hand every message, batch or `Malformed` line from the client to `dispatch`, in order, until the end of
        input (as a loop over `recv` would, reading nothing more while much waits for the client). While nothing
        else waits, what stdin brings is dispatched as it is read (see `_Serving`)."""
        reader = self._reader
        if not isinstance(reader, _Chunks):
            while (msg := await self.recv()) is not None:
                dispatch(msg)
            return
        serving = _Serving(reader, self._lines, self._item, dispatch, self._backed_up, self._caught_up)
        try:
            await serving.run()
        except OSError as exc:
            raise StdinUnreadable(f"standard input cannot be read ({exc.strerror or exc})") from None

    @staticmethod
    def _item(line: bytes | Oversized) -> Any:
        return read_item(line, "gateway.limits.client_message_mb")

    def _backed_up(self) -> bool:
        """Whether more than `client_queue_kb` waits for the client (nothing more is read from it then)."""
        return self._buffered() > self._high and not self._closed

    async def _caught_up(self) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError, OSError):
            await self._out.drain()

    async def close(self) -> None:
        """Flush held notifications and close the protocol output."""
        if self._flusher is not None and not self._flusher.done():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._flusher, 1.0)
        self._closed = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._out.drain(), 1.0)
        with contextlib.suppress(Exception):
            self._out.close()


async def _connect_reader(loop: asyncio.AbstractEventLoop, reader: _Chunks) -> bool:
    """Read fd 0 through the event loop where it can be polled; whether that worked."""
    try:
        st = os.fstat(0)
    except OSError:
        return False
    import stat

    if not (stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode) or (stat.S_ISCHR(st.st_mode) and os.isatty(0))):
        return False  # a regular file or a device such as /dev/null cannot be polled: read it in a thread
    try:
        await loop.connect_read_pipe(lambda: reader, os.fdopen(0, "rb", buffering=0, closefd=False))
    except (ValueError, OSError, NotImplementedError):
        return False
    return True


def _feed_from_thread(loop: asyncio.AbstractEventLoop, reader: _Chunks, fd: int) -> None:
    """Read a non-pollable input (a regular file, a Windows pipe) in a thread."""

    def pump() -> None:
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError as exc:
                loop.call_soon_threadsafe(reader.end, exc)
                return
            if not data:
                loop.call_soon_threadsafe(reader.end)
                return
            loop.call_soon_threadsafe(reader.feed, data)

    threading.Thread(target=pump, name="stdin-reader", daemon=True).start()


class TurnWriter:
    """Writes made in one turn of the event loop reach the pipe as one write: one system call, not one a message.

    A large write goes out in slices as the pipe takes them, so it is never copied whole into the transport's buffer;
    what is written meanwhile follows it, in order.
    """

    def __init__(self, out: Any) -> None:
        self.out = out
        self.transport = getattr(out, "transport", None)
        self.pending = 0
        """Bytes queued here and not yet handed to the transport."""
        self._parts: list[bytes | bytearray | memoryview] = []
        self._largest = 0
        """The length of the longest of `_parts` (no part is looked at again to find a large one)."""
        self._handle: asyncio.Handle | None = None
        self._alone = False
        """Whether the loop had nothing else queued when `_handle` was: it is of this turn and the last queued."""
        self._held = False
        """Whether a read callback holds what is written (see `_hold_writes`): it goes out as the callback ends."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self._feeding: asyncio.Task[None] | None = None
        self._backlog: collections.deque[bytes | bytearray | memoryview] = collections.deque()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Queue `data` for this turn's write; raises the error an earlier write met."""
        if self._error is not None:
            raise self._error
        self._parts.append(data)
        size = len(data)
        self.pending += size
        if size > self._largest:
            self._largest = size
        if self._handle is None and not self._held:
            held = _HOLD.writers
            if held is not None:  # (a read callback's messages: they go out together as it ends)
                self._held = True
                held.append(self)
                return
            self._queue_flush()

    def _queue_flush(self) -> None:
        """Queue the write of what was given in this turn, noting whether anything else was queued before it."""
        loop = self._loop
        if loop is None:  # (looked up once: each lookup asks the system for the process id)
            loop = self._loop = asyncio.get_running_loop()
        self._alone = not getattr(loop, "_ready", True)
        self._handle = loop.call_soon(self.flush)

    def held_over(self) -> None:
        """The read callback that held this writer's lines ends (see `_hold_writes`): they go out as if written
        now, at the end of the callback: at once when nothing else is to run in this turn, else with the turn."""
        self._held = False
        if self._parts and self._handle is None:
            self._queue_flush()
            self.end_turn()

    def end_turn(self) -> None:
        """Called as a callback of the loop ends: when nothing else is to run in this turn or was queued for the
        next one since this turn's write was queued, hand what is queued to the transport now, as the end of the
        turn would, and take back the callback queued for it (it would cost the loop a turn of its own).
        Otherwise the write stays where it was queued. Either way the bytes go out in the order written."""
        handle = self._handle
        if handle is None or not self._alone:
            return
        ready = getattr(self._loop, "_ready", None)
        if ready and ready[-1] is handle:
            ready.pop()  # (queued in this turn when nothing was: the loop does not count on it in this turn)
            self._handle = None  # (taken back: nothing to cancel)
            self.flush()

    def keeping_up(self) -> bool:
        """Whether little is queued and the pipe took everything written before (nothing to wait for)."""
        if self._error is not None or self._feeding is not None or self.pending > _SLICE:
            return False
        return self.transport is None or self.transport.get_write_buffer_size() == 0

    def write_line(self, body: bytes | bytearray | memoryview) -> None:
        """Queue `body` and a newline (without joining them into a copy of the body). A large body is handed to the
        pipe at once, after what was queued before it: waiting for the end of the turn gains it nothing."""
        self.write(body)
        self._parts.append(b"\n")
        self.pending += 1
        if len(body) >= _LARGE:
            self.flush()

    def write_whole(self, line: bytes | bytearray | memoryview) -> None:
        """Queue a line that holds its own newline; a large one is handed to the pipe at once (see `write_line`)."""
        self.write(line)
        if len(line) >= _LARGE:
            self.flush()

    def write_pieces(self, pieces: tuple[bytes | memoryview, ...]) -> None:
        """Queue a line made of `pieces` (its newline in the last), as `write_whole` their join would be. A large
        line goes to the pipe at once without a joined copy of it: in one gathered write (`writev`) where nothing is
        queued or waiting before it, else queued piece by piece (a line longer than a slice goes out in slices);
        what the pipe does not take follows through the transport, in order."""
        if self._error is not None:
            raise self._error
        total = sum(map(len, pieces))
        if total < _LARGE:
            self.write_whole(b"".join(pieces))
        elif not self._gathered(pieces, total):
            for piece in pieces:
                self.write(piece)
            self.flush()

    def _gathered(self, pieces: tuple[bytes, ...], total: int) -> bool:
        """Write `pieces` by one `writev` to a pipe nothing waits for; whether it was tried (else none is written)."""
        transport = self.transport
        if _WRITEV is None or transport is None or self._parts or self._feeding is not None or total > _SLICE:
            return False
        pipe = transport.get_extra_info("pipe")
        if pipe is None or transport.is_closing() or transport.get_write_buffer_size():
            return False
        try:
            taken = _WRITEV(pipe.fileno(), pieces)
        except BlockingIOError:
            taken = 0
        except (OSError, ValueError):  # the transport meets the error again and reports it as it does
            return False
        for piece in pieces:
            if taken >= len(piece):
                taken -= len(piece)
                continue
            self._put(memoryview(piece)[taken:] if taken else piece)
            taken = 0
        return True

    def flush(self) -> None:
        """Hand what is queued now to the transport (a large write starts going out in slices)."""
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if not self._parts:
            return
        parts, self._parts = self._parts, []
        largest, self._largest = self._largest, 0
        if self._feeding is not None or largest > _SLICE:
            self._backlog.extend(parts)
            if self._feeding is None:
                self._feeding = asyncio.get_running_loop().create_task(self._feed())
            return
        self.pending = 0
        if len(parts) > 1 and largest >= _LARGE:
            self._put_runs(parts)
            return
        self._put(parts[0] if len(parts) == 1 else b"".join(parts))

    def _put_runs(self, parts: list[bytes | bytearray | memoryview]) -> None:
        """Hand `parts` over in order: each large one as it is (never copied into a join), the small ones between
        them joined."""
        small: list[bytes | bytearray | memoryview] = []
        for part in parts:
            if len(part) < _LARGE:
                small.append(part)
                continue
            if small:
                self._put(small[0] if len(small) == 1 else b"".join(small))
                small = []
            if self._error is None:
                self._put(part)
            if self._error is not None:
                return
        if small:
            self._put(small[0] if len(small) == 1 else b"".join(small))

    def _put(self, data: bytes | bytearray | memoryview) -> None:
        try:
            self.out.write(data)
        except (OSError, RuntimeError) as exc:
            self._error = exc

    async def _feed(self) -> None:
        """Write the backlog slice by slice, each once the pipe has taken the one before."""
        try:
            while self._backlog and self._error is None:
                part = self._backlog.popleft()
                if len(part) <= _SLICE:
                    small = [part]
                    size = len(part)
                    while self._backlog and len(self._backlog[0]) <= _SLICE and size < _SLICE:
                        size += len(self._backlog[0])
                        small.append(self._backlog.popleft())
                    self.pending -= size
                    self._put(small[0] if len(small) == 1 else b"".join(small))
                    await self.out.drain()
                    continue
                view = memoryview(part)
                for at in range(0, len(view), _SLICE):
                    piece = view[at : at + _SLICE]
                    self.pending -= len(piece)
                    self._put(piece)
                    if self._error is not None:
                        break
                    await self.out.drain()
        except (OSError, RuntimeError) as exc:
            self._error = exc
        finally:
            self._feeding = None
            if self._error is not None:  # nothing more will be written: what waits is not pending any longer
                self._backlog.clear()
                self._parts.clear()
                self._largest = 0
                self.pending = 0

    async def drain(self) -> None:
        """Write what is queued and wait for the pipe to take it."""
        self.flush()
        feeding = self._feeding
        if feeding is not None:
            await asyncio.shield(feeding)
        if self._error is not None:
            raise self._error
        await self.out.drain()

    def close(self) -> None:
        """Write what is queued, then close (a large write still going out is cut short)."""
        self.flush()
        if self._feeding is not None:
            self._feeding.cancel()
        self.out.close()


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

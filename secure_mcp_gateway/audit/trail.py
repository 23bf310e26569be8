"""The audit writer: `record()` only enqueues; one thread renders, chains (keyed), locks, rotates, writes, signs."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import errno
import hashlib
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from secure_mcp_gateway import fastjson
from secure_mcp_gateway.audit import checkpoint
from secure_mcp_gateway.audit.call_template import templated_call
from secure_mcp_gateway.audit.chain import (
    GENESIS,
    TrailLock,
    chain_fields,
    first_line_of,
    iso_ts,
    last_lines_of,
    lock_path,
    open_nofollow,
    read_tail,
    rotated_files,
    rotated_path,
    trail_files,
)
from secure_mcp_gateway.audit.checkpoint import Checkpoint, LineMac, line_mac
from secure_mcp_gateway.audit.records import CallLine, PendingDigest, _request_id, rounded_ms
from secure_mcp_gateway.audit.scrub import (
    SHORTEST,
    ScrubbingJSONRenderer,
    compact_json,
    is_clean_name,
    may_hold_secret_bytes,
    scrub_value,
)
from secure_mcp_gateway.keys import KeyUnavailable, LocalKey, open_key
from secure_mcp_gateway.private_dirs import ensure_private_dir

if TYPE_CHECKING:
    from secure_mcp_gateway.audit.anchor import Anchor
    from secure_mcp_gateway.config import AuditSettings, StateSettings

logger = logging.getLogger(__name__)

APP_NAME = "secure-mcp-gateway"
Processor = Callable[[Any, str, dict[str, Any]], Any]
"""A structlog processor (`structlog.processors.TimeStamper`, `add_log_level`, your own): run on each line's fields."""

_STOP = object()


class _Flush(threading.Event):
    """Queued by `flush()`: set once every line queued before it is written, signed and synced."""


_RESERVED = frozenset({"seq", "prev", "ts", "event"})
_BATCH_MAX = 1024
_SLICE = 32
_PAUSE = 0.0001
"""The writer renders and chains a batch `_SLICE` lines at a time and sleeps `_PAUSE` s between slices: the event
loop's thread, back from a system call (a pipe write, a poll), waits for the GIL while the writer holds it, up to the
interpreter's switch interval (5 ms) each time; between slices it takes the GIL at once. With a full batch waiting
already, the writer does not pause (it keeps up first)."""
_FSYNC_INTERVAL = 1.0
_LINGER = 0.05
_SIGN_EVERY = 0.5
"""Seconds at most between signed checkpoints while lines keep coming; an idle trail is signed this long after its
last line at the latest, a rotated or closing one at once."""
"""Seconds the writer waits after a first line before writing: waking once per line costs every call ~0.3 ms of
contention with the event loop; a crash can lose at most this much (an orderly stop loses nothing)."""
_RETRY_INITIAL = 2.0
_RETRY_MAX = 60.0
_OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)


def default_audit_path() -> Path:
    """`audit.jsonl` in the platform's user log directory."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False)) / "audit.jsonl"


@dataclass(frozen=True)
class AuditStatus:
    """What the trail is doing, for `status` output and health checks."""

    enabled: bool
    running: bool
    path: Path | None
    healthy: bool
    """False while the file cannot be written (lines are then counted in `lost`)."""
    error: str | None
    written: int
    dropped: int
    """Lines refused because the queue was full."""
    lost: int
    """Lines that could not be written (disk full, unwritable directory)."""
    queued: int
    last_seq: int | None


class _WriteError(OSError):
    """A write that failed after `written` bytes reached the file."""

    def __init__(self, exc: OSError, written: int) -> None:
        super().__init__(exc.errno, exc.strerror)
        self.written = written


class _AppendError(OSError):
    """A batch that failed after `lines` complete lines reached the file."""

    def __init__(self, exc: OSError, lines: int) -> None:
        super().__init__(exc.errno, exc.strerror or str(exc))
        self.lines = lines


def _pause() -> None:
    """Let the event loop's thread take the GIL between two slices of a batch (see `_SLICE`)."""
    time.sleep(_PAUSE)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    done = 0
    try:
        while done < len(data):
            n = os.write(fd, view[done:])
            if n <= 0:
                raise OSError(errno.EIO, "short write")
            done += n
    except OSError as exc:
        raise _WriteError(exc, done) from exc


async def _to_its_end(work: Callable[[float], bool], timeout: float) -> bool:
    """`work(timeout)` on a worker thread, waited for to its end: a caller cancelled meanwhile is told so only once it
    has returned (lines being written and signed are never left behind half-way)."""
    done = asyncio.get_running_loop().run_in_executor(None, work, timeout)
    cancelled = False
    while not done.done():
        try:
            await asyncio.wait((done,))
        except asyncio.CancelledError:
            cancelled = True
    if cancelled:
        raise asyncio.CancelledError
    return done.result()


class AuditTrail:
    """An append-only, hash-chained JSON-lines audit file written off the event loop."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        enabled: bool = True,
        max_bytes: int = 10 * 1024 * 1024,
        backups: int = 5,
        record_mode: str = "hash",
        queue_size: int = 10000,
        processors: Sequence[Processor] = (),
        before_write: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.time,
        linger: float = _LINGER,
        key: LocalKey | None = None,
        state: StateSettings | None = None,
        anchor: Anchor | None = None,
    ) -> None:
        self.path = Path(path).expanduser() if path is not None else default_audit_path()
        self.enabled = enabled
        self.max_bytes = max_bytes
        self.backups = backups
        self.record_mode = record_mode
        self.queue_size = queue_size
        self._processors: list[Processor] = [*processors, ScrubbingJSONRenderer()]
        self._plain_calls = not processors
        """`tool.call` lines (plain JSON values only) are encoded directly, with no processor of the integrator's."""
        self._before_write = before_write
        self._clock = clock
        self._linger = linger
        self._key = key
        self._state_settings = state
        self._anchor = anchor

        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._accepting = enabled
        self._enqueued = 0
        self._dequeued = 0
        self._drop_lock = threading.Lock()
        self._dropped = 0
        self._dropped_first: float | None = None
        self._dropped_total = 0
        self._thread: threading.Thread | None = None
        self._closed = False

        # writer-thread state
        self._lock: TrailLock | None = None
        self._fd: int | None = None
        self._ident: tuple[int, int] | None = None
        self._size = 0
        self._known_size: int | None = None
        self._seq: int | None = None
        self._prev = GENESIS
        self._written = 0
        self._dirty = False
        self._last_fsync = 0.0
        self._failed = False
        self._error: str | None = None
        self._retry_at = 0.0
        self._retry_delay = _RETRY_INITIAL
        self._lost_pending = 0
        self._lost_total = 0
        self._complained = False
        self._warned: set[str] = set()
        self._firsts: list[int] = []
        """First seq of each rotated file (oldest first) and, last, of the current file."""
        self._serial = 0
        self._signed_at = 0.0
        self._owed = False
        """Lines were written since the last checkpoint (it is due within `_SIGN_EVERY`)."""
        self._rotations = 0
        self._mac: LineMac | None = None

    @classmethod
    def from_settings(cls, settings: AuditSettings, **kwargs: Any) -> AuditTrail:
        """A trail configured by the `audit` section of the config (not started)."""
        from secure_mcp_gateway.audit.anchor import Anchor

        kwargs.setdefault("anchor", Anchor.from_settings(settings.anchor))
        return cls(
            settings.file,
            enabled=settings.enabled,
            max_bytes=settings.max_bytes,
            backups=settings.backups,
            record_mode=settings.record,
            queue_size=settings.queue_size,
            **kwargs,
        )

    @property
    def key(self) -> LocalKey:
        """The key that chains the lines (loaded, or created, on first use)."""
        if self._key is None:
            self._key = open_key(self._state_settings)
        return self._key

    # --- caller side (event loop) -----------------------------------------------------------------

    def start(self) -> AuditTrail:
        """Start the writer thread (idempotent); lines recorded before this are kept and written."""
        if not self.enabled or self._thread is not None or self._closed:
            return self
        self._thread = threading.Thread(target=self._run, name="audit-writer", daemon=True)
        self._thread.start()
        atexit.register(self._at_exit)
        return self

    def record(self, event: str, /, **fields: Any) -> None:
        """Queue one line; never blocks, never raises. Values must not be mutated afterwards."""
        if not self._accepting:
            return
        try:
            if "request_id" not in fields:
                rid = _request_id.get()
                if rid is not None:
                    fields["request_id"] = rid
            if self._enqueued - self._dequeued >= self.queue_size:
                self._drop()
                return
            self._enqueued += 1
            self._queue.put((self._clock(), event, fields))
        except Exception:  # pragma: no cover - defensive: auditing must never break a call
            pass

    def record_call(self, call: CallLine) -> None:
        """Queue the `tool.call` line of a finished call (its total latency is fixed now); do not change it after."""
        if not self._accepting:
            return
        try:
            call.finish()
            if self._enqueued - self._dequeued >= self.queue_size:
                self._drop()
                return
            self._enqueued += 1
            self._queue.put((self._clock(), "tool.call", call))
        except Exception:  # pragma: no cover - defensive
            pass

    def payload(self, value: Any) -> Any:
        """How an argument or result is recorded: its digest in "hash" mode, as given in "redacted" mode."""
        return value if self.record_mode == "redacted" else PendingDigest(value)

    def flush(self, timeout: float = 2.0) -> bool:
        """Write, sign and fsync every line queued so far; True if that was done within `timeout` s, in full."""
        if not self.enabled or self._closed:
            return not self._failed
        self.start()
        done = _Flush()
        self._queue.put(done)
        return done.wait(timeout) and not self._failed and self._lost_pending == 0

    async def aflush(self, timeout: float = 2.0) -> bool:
        """`flush()` from async code, without blocking the event loop."""
        return await _to_its_end(self.flush, timeout)

    def _drop(self) -> None:
        with self._drop_lock:
            if self._dropped == 0:
                self._dropped_first = self._clock()
            self._dropped += 1
            self._dropped_total += 1

    def close(self, timeout: float = 5.0) -> bool:
        """Stop accepting lines, write and fsync everything queued; True if all of it reached the file."""
        self._accepting = False
        if self._closed:
            return not self._failed
        self._closed = True
        if not self.enabled:
            return True
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="audit-writer", daemon=True)
            self._thread.start()
        self._queue.put(_STOP)
        self._thread.join(timeout)
        atexit.unregister(self._at_exit)
        if self._thread.is_alive():
            logger.warning("audit trail %s: %d lines still queued after %.1f s", self.path, self._pending(), timeout)
            return False
        return not self._failed and self._lost_pending == 0

    async def aclose(self, timeout: float = 5.0) -> bool:
        """`close()` from async code, without blocking the event loop."""
        return await _to_its_end(self.close, timeout)

    def _at_exit(self) -> None:
        self.close(timeout=2.0)

    def __enter__(self) -> AuditTrail:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pending(self) -> int:
        return max(0, self._enqueued - self._dequeued)

    def status(self) -> AuditStatus:
        """A snapshot of the trail's health and counters."""
        return AuditStatus(
            enabled=self.enabled,
            running=self._thread is not None and self._thread.is_alive(),
            path=self.path if self.enabled else None,
            healthy=self.enabled and not self._failed,
            error=self._error,
            written=self._written,
            dropped=self._dropped_total,
            lost=self._lost_total,
            queued=self._pending(),
            last_seq=self._seq,
        )

    # --- writer thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        self._prepare()
        stop = False
        while not stop:
            if self._before_write is not None and not self._closed:
                self._before_write()
            item = self._next_item()
            batch: list[Any] = []
            flushes: list[_Flush] = []
            if item is _STOP:
                stop = True
            elif isinstance(item, _Flush):
                flushes.append(item)
            else:
                batch.append(item)
                if self._enqueued - self._dequeued < _BATCH_MAX:  # (a full batch waiting already goes out at once)
                    time.sleep(self._linger)  # gather the lines of concurrent calls: one wake-up, lock, write a batch
            while len(batch) < _BATCH_MAX:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                elif isinstance(item, _Flush):
                    flushes.append(item)
                else:
                    batch.append(item)
            self._dequeued += len(batch)
            try:
                self._write_batch(batch, force=stop or bool(flushes))
                if flushes and not stop:
                    self._settle()
            except Exception:  # pragma: no cover - defensive: the writer must outlive any bug
                if not self._complained:
                    self._complained = True
                    logger.exception("audit trail %s: unexpected error in the writer", self.path)
            finally:
                for done in flushes:
                    done.set()
            del batch, item  # the payloads just written are not kept alive while the next line is awaited
        self._shutdown()

    def _next_item(self) -> Any:
        """The next queued item; while a checkpoint is owed, it is signed once the trail has been quiet long enough."""
        while self._owed:
            wait = self._signed_at + _SIGN_EVERY - time.monotonic()
            try:
                return self._queue.get(timeout=wait) if wait > 0 else self._queue.get_nowait()
            except queue.Empty:
                self._sign_owed()
        return self._queue.get()

    def _sign_owed(self) -> None:
        """Sign the owed checkpoint, unless another writer has added lines since ours (its checkpoint covers them)."""
        self._owed = False
        lock = self._lock
        if lock is None or self._seq is None or self._failed:
            return
        try:
            lock.acquire()
            try:
                state = lock.read_state()
                if state is None or state == (self._seq, self._prev):
                    self._checkpoint()
            finally:
                lock.release()
        except OSError as exc:
            if "checkpoint" not in self._warned:
                self._warned.add("checkpoint")
                logger.warning("audit trail %s: cannot write its checkpoint (%s)", self.path, exc.strerror or exc)

    def _prepare(self) -> bool:
        if self._lock is not None:
            return True
        try:
            try:
                self.key  # noqa: B018 - load (or create) the key now: no key, no lines
            except KeyUnavailable as exc:
                raise OSError(errno.EACCES, f"no audit key: {exc}") from None
            ensure_private_dir(self.path.parent, "audit")
            self._lock = TrailLock(lock_path(self.path))
            if self._fd is None:  # find an unwritable file now rather than at the first line
                self._fd = open_nofollow(self.path, _OPEN_FLAGS, 0o600)
                fst = os.fstat(self._fd)
                self._ident, self._known_size = (fst.st_dev, fst.st_ino), None
            return True
        except OSError as exc:
            self._fail(exc, 0)
            return False

    def _render(self, ts: float, event: str, fields: Any) -> bytes:
        if isinstance(fields, CallLine):
            if self._plain_calls and (not fields.extra or all(type(v) is str for v in fields.extra.values())):
                # (the rest of a call's line is plain JSON: strings, numbers, digests, decoded payloads)
                fast = _plain_call(ts, event, fields)
                if fast is not None:
                    return fast
            fields = fields.as_fields()
        event_dict: dict[str, Any] = {"ts": iso_ts(ts), "event": event}
        rid = fields.get("request_id")
        if rid is not None:
            event_dict["request_id"] = rid
        for key, value in fields.items():
            if key not in _RESERVED and key not in event_dict:
                event_dict[key] = value.resolve() if isinstance(value, PendingDigest) else value
        try:
            out: Any = event_dict
            for proc in self._processors:
                out = proc(None, "info", out)
            text = out if isinstance(out, str) else out.decode("utf-8")
        except Exception as exc:
            text = compact_json(scrub_value({"ts": event_dict["ts"], "event": event, "render_error": repr(exc)}))
        body = text.encode("utf-8", "backslashreplace")
        if not body.startswith(b"{") or body == b"{}":  # a processor returned something that is not an object
            minimal = {"ts": event_dict["ts"], "event": str(event)}
            body = compact_json(minimal).encode()
        return body[1:]

    def _render_all(self, batch: list[Any]) -> list[bytes]:
        """The bodies of a batch's lines, rendered a slice at a time (see `_SLICE`); an ordinary call's from its
        template (`templated_call`, the bytes `_render` writes)."""
        render, plain = self._render, self._plain_calls
        bodies: list[bytes] = []
        for start in range(0, len(batch), _SLICE):
            if start:
                self._pause()
            bodies.extend(
                [
                    (plain and type(fields) is CallLine and templated_call(ts, event, fields))
                    or render(ts, event, fields)
                    for ts, event, fields in batch[start : start + _SLICE]
                ]
            )
        return bodies

    def _pause(self) -> None:
        """Pause between two slices of a batch, unless a full batch is waiting already (then the writer keeps up)."""
        if self._enqueued - self._dequeued < _BATCH_MAX:
            _pause()

    def _take_dropped(self) -> tuple[int, float | None]:
        with self._drop_lock:
            count, first = self._dropped, self._dropped_first
            self._dropped, self._dropped_first = 0, None
        return count, first

    def _write_batch(self, batch: list[Any], *, force: bool = False) -> None:
        dropped, dropped_first = self._take_dropped()
        if not batch and not dropped and not self._lost_pending:
            return
        if (self._failed and not force and time.monotonic() < self._retry_at) or not self._prepare():
            self._lost_pending += len(batch)
            self._lost_total += len(batch)
            self._restore_dropped(dropped, dropped_first)
            return
        bodies = self._render_all(batch)
        assert self._lock is not None
        head: list[bytes] = []
        try:
            self._lock.acquire()
            try:
                head = [self._render(self._clock(), e, f) for e, f in self._sync()]
                if self._lost_pending:
                    lost = {"count": self._lost_pending, "reason": "unwritable"}
                    head.append(self._render(self._clock(), "audit.dropped", lost))
                tail: list[bytes] = []
                if dropped:
                    first = iso_ts(dropped_first if dropped_first is not None else self._clock())
                    fields = {"count": dropped, "reason": "queue_full", "first_ts": first}
                    tail.append(self._render(self._clock(), "audit.dropped", fields))
                rotations = self._rotations
                self._append(head + bodies + tail)
                assert self._seq is not None
                self._lock.write_state(self._seq, self._prev)
                if force or rotations != self._rotations or time.monotonic() - self._signed_at >= _SIGN_EVERY:
                    self._checkpoint()
                else:
                    self._owed = True
            finally:
                self._lock.release()
        except OSError as exc:
            landed = exc.lines if isinstance(exc, _AppendError) else 0
            if head and landed >= len(head):
                self._lost_pending = 0
            batch_landed = min(len(batch), max(0, landed - len(head)))
            if landed < len(head) + len(bodies) + (1 if dropped else 0):
                self._restore_dropped(dropped, dropped_first)
            self._fail(exc, len(batch) - batch_landed)
            return
        if self._failed:
            logger.warning("audit trail %s is writable again; %d lines were lost", self.path, self._lost_pending)
            self._failed = False
            self._error = None
            self._retry_delay = _RETRY_INITIAL
        self._lost_pending = 0
        if self._dirty and time.monotonic() - self._last_fsync >= _FSYNC_INTERVAL:
            self._fsync()

    def _restore_dropped(self, count: int, first: float | None) -> None:
        if not count:
            return
        with self._drop_lock:
            self._dropped += count
            if first is not None and (self._dropped_first is None or first < self._dropped_first):
                self._dropped_first = first

    def _sync(self) -> list[tuple[str, dict[str, Any]]]:
        """With the lock held: make sure the fd is the current file and `seq`/`prev` continue its last line."""
        try:
            st = os.stat(self.path)
            ident: tuple[int, int] | None = (st.st_dev, st.st_ino)
        except FileNotFoundError:
            ident = None
        if self._fd is not None and ident != self._ident:
            self._close_fd()
        if self._fd is None:
            self._fd = open_nofollow(self.path, _OPEN_FLAGS, 0o600)
            fst = os.fstat(self._fd)
            self._ident = (fst.st_dev, fst.st_ino)
            self._known_size = None
            self._size = fst.st_size
        else:
            self._size = os.fstat(self._fd).st_size
        assert self._lock is not None
        state = self._lock.read_state()
        if self._seq is not None and self._size == self._known_size and (state is None or state[0] == self._seq):
            return []
        return self._load_chain(state)

    def _load_chain(self, state: tuple[int, str] | None) -> list[tuple[str, dict[str, Any]]]:
        """Continue the chain from what is on disk (another writer, a restart, a torn write, a deleted file)."""
        assert self._fd is not None
        head: list[tuple[str, dict[str, Any]]] = []
        last: bytes | None = None
        if self._size > 0:
            with open(self.path, "rb") as f:
                tail = read_tail(f, self._size)
            if tail.torn:
                os.ftruncate(self._fd, tail.end)
                self._size = tail.end
                torn = {"torn_bytes": len(tail.torn), "torn_sha256": hashlib.sha256(tail.torn).hexdigest()}
                head.append(("audit.recovered", torn))
            last = tail.line
        cp, _ = checkpoint.load(self.path, self.key)
        self._serial = cp.serial if cp is not None else self._serial
        state_seq = max(state[0] if state else 0, cp.last_seq if cp is not None else 0)
        newest = last
        if last is not None:
            parsed = chain_fields(last)
            seq = parsed[0] if parsed else state_seq
            self._prev = line_mac(self.key, last)
            other = self._other_key() if cp is None else None
            if parsed is None:
                head.insert(0, ("chain.start", {"reason": "unrecognised last line", "key_id": self.key.id}))
            elif other is not None:  # (the key file was replaced: the lines before stay checkable with the old one)
                head.insert(
                    0, ("chain.start", {"reason": "key changed", "key_id": self.key.id, "previous_key_id": other})
                )
        else:
            lines = last_lines_of(rotated_path(self.path, 1), 1) if self.backups > 0 else []
            newest = lines[0] if lines else None
            parsed = chain_fields(newest) if newest is not None else None
            if parsed is not None and newest is not None:
                seq, self._prev, reason = parsed[0], line_mac(self.key, newest), "continued"
            elif state is not None:
                seq, self._prev, reason = state[0], state[1], "continued"
            elif cp is not None:
                seq, self._prev, reason = cp.last_seq, cp.head, "continued"
            else:
                seq, self._prev, reason = 0, GENESIS, "new"
            start: dict[str, Any] = {"reason": reason, "key_id": self.key.id}
            if state_seq > seq:
                start.update(missing_from=seq + 1, missing_to=state_seq)
                seq = state_seq
            head.insert(0, ("chain.start", start))
        if last is not None and state_seq > seq:
            head.append(("audit.gap", {"missing_from": seq + 1, "missing_to": state_seq}))
            seq = state_seq
        head.extend(self._compare(cp, seq, newest))
        self._seq = seq
        self._firsts = self._scan_firsts()
        return head

    def _compare(self, cp: Checkpoint | None, seq: int, newest: bytes | None) -> list[tuple[str, dict[str, Any]]]:
        """Lines that record what the checkpoint says was changed on disk since the last writer left."""
        if cp is None:
            if newest is not None and self._looks_keyed():
                return [("audit.tamper", {"reason": "checkpoint_missing", "seq": seq})]
            return []
        found: list[tuple[str, dict[str, Any]]] = []
        if newest is not None and cp.last_seq == seq and line_mac(self.key, newest) != cp.head:
            found.append(("audit.tamper", {"reason": "last_line_changed", "seq": seq}))
        firsts = self._scan_firsts()
        if not firsts and cp.last_seq >= cp.first_seq > 0:  # (every file gone or emptied: the log folder deleted)
            found.append(
                ("audit.tamper", {"reason": "trail_missing", "missing_from": cp.first_seq, "missing_to": cp.last_seq})
            )
        if firsts and firsts[0] > cp.first_seq and cp.files and cp.files[0][1] < firsts[0]:
            gone = {"reason": "oldest_lines_missing", "missing_from": cp.first_seq, "missing_to": firsts[0] - 1}
            if firsts[0] - 1 <= cp.last_seq:
                found.append(("audit.tamper", gone))
        return found

    def _other_key(self) -> str | None:
        """The key id the trail's checkpoint names when it is another key's (the key file was replaced or lost)."""
        for path in (checkpoint.local_path(self.path), checkpoint.state_path(self.path)):
            raw = checkpoint.read_raw(path)
            named = raw.get("key_id") if isinstance(raw, dict) else None
            if isinstance(named, str) and named != self.key.id:
                return named[:64]
        return None

    def _looks_keyed(self) -> bool:
        """Whether the newest lines on disk were chained with this key (so a checkpoint should exist)."""
        for path in (self.path, rotated_path(self.path, 1)):
            lines = last_lines_of(path, 2)
            if len(lines) == 2:
                parsed = chain_fields(lines[1])
                return parsed is not None and parsed[1] == line_mac(self.key, lines[0])
            if len(lines) == 1:
                parsed = chain_fields(lines[0])
                return parsed is not None and parsed[2].get("key_id") == self.key.id
        return False

    def _scan_firsts(self) -> list[int]:
        """The first seq of each file of the trail on disk, oldest first."""
        out: list[int] = []
        for path in trail_files(self.path):
            line = first_line_of(path)
            parsed = chain_fields(line) if line is not None else None
            if parsed is not None:
                out.append(parsed[0])
        return out

    def _checkpoint(self) -> None:
        """With the lock held, after a batch: sign where the trail stands now, next to it and in the state dir."""
        assert self._seq is not None
        self._owed = False
        self._signed_at = time.monotonic()
        if not self._firsts:
            self._firsts = self._scan_firsts() or [self._seq]
        count = len(self._firsts)
        names = [rotated_path(self.path, count - 1 - i).name for i in range(count - 1)] + [self.path.name]
        self._serial += 1
        cp = Checkpoint(
            first_seq=self._firsts[0],
            last_seq=self._seq,
            head=self._prev,
            files=tuple(zip(names, self._firsts, strict=True)),
            ts=iso_ts(self._clock()),
            key_id=self.key.id,
            serial=self._serial,
        )
        try:
            checkpoint.write(self.path, self.key, cp)
        except OSError as exc:
            if "checkpoint" not in self._warned:
                self._warned.add("checkpoint")
                logger.warning("audit trail %s: cannot write its checkpoint (%s)", self.path, exc.strerror or exc)
            return
        if self._anchor is not None:
            self._anchor.offer(cp.signed(self.key), self.path)

    def _line_mac(self) -> LineMac:
        """`line_mac` under the trail's key, kept ready."""
        mac = self._mac
        if mac is None or mac.key is not self.key:
            mac = self._mac = LineMac(self.key)
        return mac

    def _append(self, bodies: list[bytes]) -> None:
        """With the lock held: chain, rotate and write the lines (raises `_AppendError` saying how many landed)."""
        assert self._fd is not None and self._seq is not None
        seq, size = self._seq, self._size
        prev = self._prev.encode("ascii")
        chained = self._line_mac().chained
        chunk: list[bytes] = []
        written = 0
        try:
            for start in range(0, len(bodies), _SLICE):
                if start:
                    self._pause()
                lines, last = chained(seq, prev, bodies[start : start + _SLICE])
                grown = size + sum(map(len, lines)) + len(lines)
                if size > 0 and grown <= self.max_bytes:  # (no line of the slice starts a new file)
                    chunk += lines
                    seq, size = seq + len(lines), grown
                else:
                    for line in lines:
                        if size > 0 and size + len(line) + 1 > self.max_bytes:
                            if chunk:
                                self._flush(chunk)
                                written += len(chunk)
                                chunk = []
                            self._rotate()
                            size = 0
                        if size == 0:
                            self._firsts.append(seq + 1)
                        chunk.append(line)
                        seq += 1
                        size += len(line) + 1
                prev = last
            if chunk:
                self._flush(chunk)
                written += len(chunk)
        except OSError as exc:
            if isinstance(exc, _WriteError):
                written += _complete_lines(chunk, exc.written)
            self._written += written
            raise _AppendError(exc, written) from exc
        self._seq, self._prev, self._size = seq, prev.decode("ascii"), size
        self._known_size = size
        self._written += written

    def _flush(self, lines: list[bytes]) -> None:
        assert self._fd is not None
        _write_all(self._fd, b"\n".join(lines) + b"\n")
        self._dirty = True

    def _rotate(self) -> None:
        """With the lock held: `audit.jsonl` -> `.1` -> `.2` ...; the oldest beyond `backups` is removed."""
        if self._fd is not None:
            os.fsync(self._fd)
            self._close_fd()
        self._rotations += 1
        self._firsts = self._firsts[-self.backups :] if self.backups > 0 else []
        if self.backups > 0:
            for old in rotated_files(self.path):
                index = int(old.name.rsplit(".", 1)[1])
                if index >= self.backups:
                    old.unlink()
            for index in range(self.backups - 1, 0, -1):
                src = rotated_path(self.path, index)
                if src.exists():
                    os.replace(src, rotated_path(self.path, index + 1))
            os.replace(self.path, rotated_path(self.path, 1))
        else:
            self.path.unlink()
        self._fd = open_nofollow(self.path, _OPEN_FLAGS, 0o600)
        fst = os.fstat(self._fd)
        self._ident = (fst.st_dev, fst.st_ino)
        self._size = 0

    def _fsync(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.fsync(self._fd)
        self._dirty = False
        self._last_fsync = time.monotonic()

    def _close_fd(self) -> None:
        fd, self._fd = self._fd, None
        self._ident = None
        self._known_size = None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def _fail(self, exc: OSError, lost: int) -> None:
        self._lost_pending += lost
        self._lost_total += lost
        self._seq = None
        self._close_fd()
        self._close_lock()
        self._retry_at = time.monotonic() + self._retry_delay
        self._retry_delay = min(self._retry_delay * 2, _RETRY_MAX)
        if not self._failed:
            self._failed = True
            self._error = exc.strerror or str(exc)
            logger.error(
                "audit trail %s cannot be written (%s); calls go on without audit lines until it can",
                self.path,
                self._error,
            )

    def _settle(self) -> None:
        """Sign an owed checkpoint and sync the file now: what is written so far survives a kill or a crash."""
        if self._owed:
            self._sign_owed()
        if self._dirty:
            self._fsync()

    def _shutdown(self) -> None:
        self._settle()
        self._close_fd()
        self._close_lock()
        if self._anchor is not None:
            self._anchor.close()

    def _close_lock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            with contextlib.suppress(OSError):
                lock.close()


class _CallFields(msgspec.Struct):
    """A `tool.call` line's own fields in the line's order, encoded as the same object a dict of them encodes to (no
    dict is built and no key is encoded afresh on every line)."""

    ts: str
    event: str
    request_id: Any
    server: Any
    tool: Any
    public_name: Any
    outcome: Any
    detectors: Any
    degraded: bool
    degraded_providers: Any
    cache: Any
    latency_ms: Any
    arguments: Any
    result: Any


def _plain_call(ts: float, event: str, call: CallLine) -> bytes | None:
    """`_plain_line` of `call.as_fields()`, straight from the call (the same fields, values and order: `ts`,
    `event`, then `as_fields` without the reserved names)."""
    arguments, result = call.arguments, call.result
    fields = _CallFields(
        iso_ts(ts),
        event,
        call.request_id,
        call.server,
        call.tool,
        call.public_name,
        call.outcome,
        call.detectors,
        bool(call.degraded_providers),
        call.degraded_providers,
        {"hits": call.cache_hits, "misses": call.cache_misses},
        rounded_ms(call.latency_ms),
        arguments.shared() if type(arguments) is PendingDigest else arguments,  # (encoded here, never changed)
        result.shared() if type(result) is PendingDigest else result,
    )
    if call.error is None and not call.extra:
        body = fastjson.dumps(fields)
    else:
        line = {name: getattr(fields, name) for name in fields.__struct_fields__}
        if call.error is not None:
            line["error"] = call.error
        for key, value in call.extra.items():
            if key not in line and key not in _RESERVED:
                line[key] = value
        body = fastjson.dumps(line)
    if body is None or b"null" in body or (not _clean_strings(event, call) and may_hold_secret_bytes(body)):
        return None
    return body[1:]


def _clean_strings(event: str, call: CallLine) -> bool:
    """Whether no string on a call's line can hold a secret shape, so that the line itself needs no search for one.

    A shape found in a line's JSON lies inside one of its strings (no shape spans a quote), where it is found as
    well. The line's other strings are its own field names, the time, and hex digests of payloads (never a shape).
    """
    if call.detectors or call.degraded_providers or call.error is not None or call.extra:
        return False
    if type(call.arguments) is not PendingDigest or type(call.result) is not PendingDigest:
        return False  # (recorded payloads: searched with the line)
    for text in (event, call.request_id, call.server, call.tool, call.public_name, call.outcome):
        if type(text) is not str or (len(text) >= SHORTEST and not is_clean_name(text)):
            return False
    for text in call.latency_ms:
        if type(text) is not str or (len(text) >= SHORTEST and not is_clean_name(text)):
            return False
    return True


def _plain_line(ts: float, event: str, fields: dict[str, Any]) -> bytes | None:
    """A `tool.call` line as `_render` writes it (the same fields and order), encoded at once; None where the
    general path must decide: a value the fast encoder refuses, a `null` (which may stand for a non-finite number),
    or a secret shape to scrub."""
    event_dict: dict[str, Any] = {"ts": iso_ts(ts), "event": event}
    rid = fields.get("request_id")
    if rid is not None:
        event_dict["request_id"] = rid
    for key, value in fields.items():
        if key not in _RESERVED and key not in event_dict:
            event_dict[key] = value.resolve() if isinstance(value, PendingDigest) else value
    body = fastjson.dumps(event_dict)
    if body is None or b"null" in body or may_hold_secret_bytes(body):
        return None
    return body[1:]


def _complete_lines(chunk: list[bytes], written_bytes: int) -> int:
    count, offset = 0, 0
    for line in chunk:
        offset += len(line) + 1
        if offset > written_bytes:
            break
        count += 1
    return count

"""Checking a trail's hash chain over its rotated files: where it breaks and how (edited, deleted, reordered, torn)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from secure_mcp_gateway.audit.chain import TrailLock, chain_fields, line_hash, lock_path, trail_files

Kind = Literal["modified", "missing", "reordered", "swapped", "invalid", "torn", "seq"]
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Problem:
    """One place where the chain does not hold."""

    file: str
    line: int
    """1-based line number within `file`."""
    seq: int | None
    kind: Kind
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class VerifyReport:
    """The result of `verify`: `ok` unless some problem is an error; `lines` checked; every problem found."""

    files: list[Path] = field(default_factory=list)
    lines: int = 0
    problems: list[Problem] = field(default_factory=list)
    first_seq: int | None = None
    last_seq: int | None = None
    truncated: bool = False
    """More problems were found than `problems` holds."""

    @property
    def ok(self) -> bool:
        """True when no problem is an error (a torn last line is only a warning)."""
        return not any(p.severity == "error" for p in self.problems)

    @property
    def first(self) -> Problem | None:
        """The first error, if any."""
        return next((p for p in self.problems if p.severity == "error"), None)

    def describe(self) -> str:
        """A short human summary: the verdict, then the problems (errors first)."""
        span = f"seq {self.first_seq}..{self.last_seq}" if self.first_seq is not None else "no lines"
        head = f"{self.lines} lines in {len(self.files)} file(s), {span}"
        if not self.files:
            return "no audit trail found"
        out = [("intact: " if self.ok else "BROKEN: ") + head]
        ordered = sorted(self.problems, key=lambda p: p.severity != "error")
        out.extend(f"  {p.severity}: {p}" for p in ordered)
        if self.truncated:
            out.append("  ... more problems not shown")
        return "\n".join(out)


@dataclass
class _Entry:
    file: Path
    line: int
    raw: bytes
    torn: bool


def _lines(path: Path, f: BinaryIO, size: int) -> Iterator[_Entry]:
    """The lines of `f` up to `size`, numbered; bytes after the last newline come as a torn entry."""
    number, rest, left = 0, b"", size
    while left > 0:
        data = f.read(min(_CHUNK, left))
        if not data:
            break
        left -= len(data)
        parts = (rest + data).split(b"\n")
        rest = parts.pop()
        for raw in parts:
            number += 1
            yield _Entry(path, number, raw, False)
    if rest:
        yield _Entry(path, number + 1, rest, True)


class _Checker:
    def __init__(self, report: VerifyReport, max_problems: int) -> None:
        self.report = report
        self.max_problems = max_problems
        self.prev_hash: str | None = None
        self.last_seq: int | None = None
        self.prev_entry: _Entry | None = None
        self.resync = True
        self.hash_by_seq: dict[int, tuple[str, _Entry]] = {}

    def problem(self, entry: _Entry, seq: int | None, kind: Kind, message: str, severity: str = "error") -> None:
        if len(self.report.problems) >= self.max_problems:
            self.report.truncated = True
            return
        self.report.problems.append(Problem(str(entry.file), entry.line, seq, kind, message, severity))  # type: ignore[arg-type]

    def accept(self, entry: _Entry, seq: int, digest: str) -> None:
        self.report.lines += 1
        if self.report.first_seq is None:
            self.report.first_seq = seq
        self.report.last_seq = seq
        self.prev_hash, self.last_seq, self.prev_entry, self.resync = digest, seq, entry, False

    def run(self, entries: Iterator[_Entry], is_last_file: dict[Path, bool], watch: int | None) -> None:
        pending: _Entry | None = None
        while True:
            entry = pending if pending is not None else next(entries, None)
            pending = None
            if entry is None:
                return
            if entry.torn:
                self.report.lines += 1
                if is_last_file.get(entry.file):
                    msg = "torn last line (the process was killed mid-write); the next start cuts it off"
                    self.problem(entry, None, "torn", msg, "warning")
                else:
                    self.problem(entry, None, "torn", "incomplete line (no newline) at the end of a rotated file")
                self.resync = True
                continue
            parsed = chain_fields(entry.raw)
            if parsed is None:
                self.report.lines += 1
                self.problem(entry, None, "invalid", "not a chain line (not JSON, or no seq/prev)")
                self.resync = True
                continue
            seq, prev, obj = parsed
            digest = line_hash(entry.raw)
            if watch is not None and seq == watch:
                self.hash_by_seq[seq] = (digest, entry)
            if self.resync or self.prev_hash is None or self.last_seq is None or self.prev_entry is None:
                self.accept(entry, seq, digest)
                continue
            last, before = self.last_seq, self.prev_entry
            if seq == last + 1 and prev == self.prev_hash:
                self.accept(entry, seq, digest)
                continue
            if seq <= last:
                msg = f"out of order: seq {seq} comes after seq {last} ({_loc(before)})"
                self.problem(entry, seq, "reordered", msg)
                self.report.lines += 1
                continue  # the chain goes on from the line before this one
            if seq == last + 2:
                nxt = next(entries, None)
                nparsed = chain_fields(nxt.raw) if nxt is not None and not nxt.torn else None
                if nxt is not None and nparsed is not None and nparsed[0] == last + 1:
                    self.problem(
                        entry,
                        seq,
                        "swapped",
                        f"{_loc(entry)} and {_loc(nxt)} are swapped (seq {seq} before {seq - 1})",
                    )
                    self.report.lines += 1
                    if watch is not None and nparsed[0] == watch:
                        self.hash_by_seq[watch] = (line_hash(nxt.raw), nxt)
                    self.accept(entry, seq, digest)
                    continue
                pending = nxt
                self._gap(entry, seq, prev, obj, last)
            elif seq > last + 1:
                self._gap(entry, seq, prev, obj, last)
            elif prev != self.prev_hash:
                self.problem(
                    before,
                    last,
                    "modified",
                    f"line changed: its hash does not match the prev of the next line ({_loc(entry)}); "
                    "either this line or that prev was edited",
                )
            self.accept(entry, seq, digest)

    def _gap(self, entry: _Entry, seq: int, prev: str, obj: dict[str, object], last: int) -> None:
        count = seq - last - 1
        span = f"seq {last + 1}" if count == 1 else f"seq {last + 1}..{seq - 1}"
        if prev == self.prev_hash and "missing_from" not in obj:
            self.problem(entry, seq, "seq", f"seq jumps from {last} to {seq} although the chain holds: seq was edited")
            return
        noticed = " (the writer noticed this when it started)" if "missing_from" in obj else ""
        self.problem(entry, seq, "missing", f"{count} line(s) missing before this line ({span}){noticed}")


def _loc(entry: _Entry) -> str:
    return f"{entry.file.name}:{entry.line}"


def verify(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, max_problems: int = 100
) -> VerifyReport:
    """Check the chain of a trail (a path: its rotated files too, oldest first) or of files given in order."""
    report = VerifyReport()
    if isinstance(paths, (str, os.PathLike)):
        base = Path(paths)
        files = trail_files(base)
        lock_file: Path | None = lock_path(base)
    else:
        files = [Path(p) for p in paths]
        lock_file = None
    with contextlib.ExitStack() as stack:
        lock: TrailLock | None = None
        state: tuple[int, str] | None = None
        if lock_file is not None and lock_file.is_file():
            try:
                lock = TrailLock(lock_file, create=False)
                stack.callback(lock.close)
                lock.acquire(shared=True)  # only while the files are opened: a consistent snapshot
            except OSError:
                lock = None
        opened: list[tuple[Path, BinaryIO, int]] = []
        try:
            for path in files:
                try:
                    f = stack.enter_context(open(path, "rb"))
                except FileNotFoundError:
                    continue
                opened.append((path, f, os.fstat(f.fileno()).st_size))
            if lock is not None:
                state = lock.read_state()
        finally:
            if lock is not None:
                lock.release()
        report.files = [p for p, _, _ in opened]
        is_last = {p: i == len(opened) - 1 for i, (p, _, _) in enumerate(opened)}
        checker = _Checker(report, max_problems)
        entries = (e for p, f, size in opened for e in _lines(p, f, size))
        checker.run(entries, is_last, state[0] if state else None)
    if state is not None and report.files:
        _check_state(report, checker, state, lock_file)
    return report


def _check_state(report: VerifyReport, checker: _Checker, state: tuple[int, str], lock_file: Path | None) -> None:
    """The lock file records the last line written: the end of the trail must still be that line."""
    seq, digest = state
    name = lock_file.name if lock_file is not None else "lock file"
    seen = checker.hash_by_seq.get(seq)
    if seen is not None and seen[0] != digest:
        checker.problem(seen[1], seq, "modified", f"line changed: its hash does not match the record in {name}")
    elif seen is None and report.last_seq is not None and seq > report.last_seq:
        last = checker.prev_entry
        if last is not None:
            count = seq - report.last_seq
            checker.problem(
                last,
                report.last_seq,
                "missing",
                f"{count} line(s) missing after this line, at the end of the trail "
                f"(seq {report.last_seq + 1}..{seq}; {name} records seq {seq})",
            )

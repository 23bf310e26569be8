"""Checking a trail's keyed chain and checkpoint: where it breaks and how (edited, deleted, reordered, cut, forged)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

from secure_mcp_gateway.audit import checkpoint as checkpoints
from secure_mcp_gateway.audit.chain import NOFOLLOW, TrailLock, chain_fields, line_hash, lock_path, trail_files
from secure_mcp_gateway.audit.checkpoint import Checkpoint, line_mac
from secure_mcp_gateway.keys import KeyUnavailable, LocalKey, key_path, load_key

Kind = Literal[
    "modified", "missing", "reordered", "swapped", "invalid", "torn", "seq", "forged", "checkpoint", "tamper", "key"
]
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
    keyed: int = 0
    """Links checked with the key."""
    legacy: int = 0
    """Links made with the plain sha256 of a trail written before keyed chains."""
    checkpoint: Checkpoint | None = None
    """The signed checkpoint the end of the trail was checked against."""
    key_id: str | None = None

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
        if not self.files and not self.problems:
            return "no audit trail found"
        out = [("intact: " if self.ok else "BROKEN: ") + head]
        if self.keyed:
            cp = self.checkpoint
            signed = f", signed checkpoint at seq {cp.last_seq}" if cp is not None else ""
            out.append(f"  keyed chain (HMAC-SHA256, key {self.key_id}){signed}")
        if self.legacy:
            if self.keyed:
                out.append(f"  {self.legacy} older line(s) predate keyed chains; the keyed lines vouch for them")
            else:
                out.append(
                    "  written before keyed chains (plain sha256): the chain holds, but anyone who can write the "
                    "files could have recomputed it; lines written from now on are keyed"
                )
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
    def __init__(self, report: VerifyReport, max_problems: int, key: LocalKey | None) -> None:
        self.report = report
        self.max_problems = max_problems
        self.key = key
        self.prev_hash: str | None = None
        self.prev_plain: str | None = None
        self.last_seq: int | None = None
        self.prev_entry: _Entry | None = None
        self.resync = True
        self.hash_by_seq: dict[int, tuple[str, _Entry]] = {}
        self.keyed_seen = False
        self.unkeyed: _Entry | None = None
        """The first link that only a key could check, when there is none."""
        self.foreign: tuple[str, _Entry] | None = None
        """The first key id the trail names that is not the key's, and where."""
        self.other_key = False
        """Whether the trail went on with another key (a `chain.start` "key changed" away from this one)."""
        self.gaps: list[_Gap] = []
        """Lines reported missing, until the end shows whether they were only moved further down."""

    def links(self, prev: str) -> bool:
        """Whether `prev` is the link to the line before; counts keyed and legacy links, flags forged ones."""
        if self.key is not None and prev == self.prev_hash:
            self.report.keyed += 1
            self.keyed_seen = True
            return True
        if prev == self.prev_plain:
            if self.keyed_seen:
                return False  # reported by the caller as forged
            self.report.legacy += 1
            return True
        return False

    def problem(self, entry: _Entry, seq: int | None, kind: Kind, message: str, severity: str = "error") -> None:
        if len(self.report.problems) >= self.max_problems:
            self.report.truncated = True
            return
        self.report.problems.append(Problem(str(entry.file), entry.line, seq, kind, message, severity))  # type: ignore[arg-type]

    def accept(self, entry: _Entry, seq: int, digest: str, plain: str) -> None:
        self.report.lines += 1
        if self.report.first_seq is None:
            self.report.first_seq = seq
        self.report.last_seq = seq
        self.prev_hash, self.prev_plain, self.last_seq, self.prev_entry, self.resync = digest, plain, seq, entry, False

    def run(self, entries: Iterator[_Entry], is_last_file: dict[Path, bool], watch: set[int]) -> None:
        pending: _Entry | None = None
        while True:
            entry = pending if pending is not None else next(entries, None)
            pending = None
            if entry is None:
                self._settle_gaps()
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
            digest = line_mac(self.key, entry.raw) if self.key is not None else line_hash(entry.raw)
            plain = line_hash(entry.raw)
            if seq in watch:
                self.hash_by_seq[seq] = (digest, entry)
            if obj.get("event") == "audit.tamper":
                self.problem(entry, seq, "tamper", _tamper_message(obj))
            if obj.get("event") == "chain.start" and obj.get("reason") == "key changed" and self.key is not None:
                self._key_changed(entry, obj)
            if obj.get("key_id") is not None and self.key is not None and obj.get("key_id") == self.key.id:
                self.keyed_seen = True
            elif isinstance(obj.get("key_id"), str) and self.foreign is None:
                self.foreign = (obj["key_id"], entry)
            if self.resync or self.prev_hash is None or self.last_seq is None or self.prev_entry is None:
                self.accept(entry, seq, digest, plain)
                continue
            last, before = self.last_seq, self.prev_entry
            if seq == last + 1 and self.links(prev):
                self.accept(entry, seq, digest, plain)
                continue
            if seq == last + 1 and prev == self.prev_plain:
                self.problem(
                    entry,
                    seq,
                    "forged",
                    "plain sha256 link after keyed lines: this part of the chain was recomputed without the key",
                )
                self.accept(entry, seq, digest, plain)
                continue
            if seq == last + 1 and self.key is None and self.unkeyed is None:
                self.unkeyed = entry
                self.accept(entry, seq, digest, plain)
                continue
            if seq <= last:
                for gap in self.gaps:
                    if gap.first <= seq <= gap.last:
                        gap.found.setdefault(seq, entry)
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
                    if nparsed[0] in watch:
                        nd = line_mac(self.key, nxt.raw) if self.key is not None else line_hash(nxt.raw)
                        self.hash_by_seq[nparsed[0]] = (nd, nxt)
                    self.accept(entry, seq, digest, plain)
                    continue
                pending = nxt
                self._gap(entry, seq, prev, obj, last)
            elif seq > last + 1:
                self._gap(entry, seq, prev, obj, last)
            elif not self.links(prev) and not self.other_key:
                self.problem(
                    before,
                    last,
                    "modified",
                    f"line changed: its MAC does not match the prev of the next line ({_loc(entry)}); "
                    "either this line or that prev was edited",
                )
            self.accept(entry, seq, digest, plain)

    def _key_changed(self, entry: _Entry, obj: dict[str, object]) -> None:
        """A writer started a new key's part of the chain here: the links before it, made with the old key, are said
        once rather than as a changed line each."""
        if self.key is None:
            return
        if obj.get("previous_key_id") == self.key.id and obj.get("key_id") != self.key.id:
            self.other_key = True  # (the lines from here on are the new key's: said once)
            self.problem(
                entry,
                None,
                "key",
                f"from this line on the trail is chained with key {obj.get('key_id')}, not with this one "
                f"({self.key.id}): the key changed here; check those lines with --key FILE of the new key",
            )
            return
        if obj.get("key_id") != self.key.id:
            return
        old = [p for p in self.report.problems if p.kind == "modified"]
        self.report.problems = [p for p in self.report.problems if p.kind != "modified"]
        if not old and not self.report.lines:
            return
        self.problem(
            entry,
            None,
            "key",
            f"the lines before this one are chained with key {obj.get('previous_key_id')}, not with this one "
            f"({obj.get('key_id')}): the key changed here, and {len(old)} link(s) before it could not be checked; "
            "check them with --key FILE of the old key",
        )

    def _gap(self, entry: _Entry, seq: int, prev: str, obj: dict[str, object], last: int) -> None:
        count = seq - last - 1
        span = f"seq {last + 1}" if count == 1 else f"seq {last + 1}..{seq - 1}"
        if self.links(prev) and "missing_from" not in obj:
            self.problem(entry, seq, "seq", f"seq jumps from {last} to {seq} although the chain holds: seq was edited")
            return
        noticed = " (the writer noticed this when it started)" if "missing_from" in obj else ""
        at = len(self.report.problems)
        self.problem(entry, seq, "missing", f"{count} line(s) missing before this line ({span}){noticed}")
        if len(self.report.problems) > at:
            self.gaps.append(_Gap(at, last + 1, seq - 1, noticed))

    def _settle_gaps(self) -> None:
        """Gaps whose lines came further down, out of order, say so: moved, not missing (and which are missing)."""
        told: set[tuple[str, int]] = set()
        for gap in self.gaps:
            if not gap.found:
                continue
            old = self.report.problems[gap.at]
            found = sorted(gap.found)
            where = _loc(gap.found[found[0]])
            if len(found) == 1:
                moved = f"seq {found[0]} belongs before this line but comes further down, out of order ({where})"
            else:
                moved = f"seq {_spans(found)} belong before this line but come further down, out of order "
                moved += f"(first at {where})"
            gone = gap.last - gap.first + 1 - len(found)
            if gone == 0 and _right_after(old, gap):  # one line moved up, ahead of those it follows
                after = gap.found[gap.last]
                moved = f"seq {old.seq} comes before seq {_spans(found)} here; it belongs after them ({_loc(after)})"
                told.update((str(e.file), e.line) for e in gap.found.values())
            if gone == 0:
                self.report.problems[gap.at] = replace(old, kind="reordered", message=f"moved: {moved}")
                continue
            holes = _spans(_complement(gap.first, gap.last, found))
            message = f"{gone} line(s) missing before this line (seq {holes}){gap.noticed}; {moved}"
            self.report.problems[gap.at] = replace(old, message=message)
        if told:  # (their own "out of order" lines say the same again, once per line)
            self.report.problems = [
                p for p in self.report.problems if p.kind != "reordered" or (p.file, p.line) not in told
            ]


def _right_after(problem: Problem, gap: _Gap) -> bool:
    """Whether every line of `gap` comes, in order, right after the line where it was found missing."""
    return all(
        str(e.file) == problem.file and e.line == problem.line + 1 + seq - gap.first for seq, e in gap.found.items()
    )


@dataclass
class _Gap:
    """Lines `first`..`last` reported missing at problem number `at`; those found further down, by seq."""

    at: int
    first: int
    last: int
    noticed: str
    found: dict[int, _Entry] = field(default_factory=dict)


def _complement(first: int, last: int, found: list[int]) -> list[tuple[int, int]]:
    """The runs of `first`..`last` not in `found` (sorted), as (from, to)."""
    runs, start = [], first
    for seq in found:
        if seq > start:
            runs.append((start, seq - 1))
        start = seq + 1
    if start <= last:
        runs.append((start, last))
    return runs


def _spans(seqs: list[int] | list[tuple[int, int]], most: int = 6) -> str:
    """Seqs (or runs of them) written short: `3..14`, `5, 9..11`; past `most` runs, `...`."""
    runs: list[tuple[int, int]] = []
    for item in seqs:
        lo, hi = item if isinstance(item, tuple) else (item, item)
        if runs and lo == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    text = ", ".join(str(lo) if lo == hi else f"{lo}..{hi}" for lo, hi in runs[:most])
    return text + (", ..." if len(runs) > most else "")


def _loc(entry: _Entry) -> str:
    return f"{entry.file.name}:{entry.line}"


_TAMPER = {
    "checkpoint_missing": "when a writer started here, the trail's checkpoint was missing: lines before this one "
    "may have been cut off the end and the lock file deleted",
    "last_line_changed": "when a writer started here, the line before did not match the signed checkpoint: it was "
    "edited while no gateway was running",
    "oldest_lines_missing": "when a writer started here, the oldest lines recorded by the checkpoint were gone",
    "trail_missing": "when a writer started here, every line recorded by the checkpoint was gone (the trail's files "
    "deleted or emptied)",
}


def _tamper_message(obj: dict[str, object]) -> str:
    reason = str(obj.get("reason"))
    text = _TAMPER.get(reason, f"a writer recorded tampering here ({reason})")
    if "missing_from" in obj:
        text += f" (seq {obj.get('missing_from')}..{obj.get('missing_to')})"
    return text


def _open_key(key: LocalKey | str | os.PathLike[str] | None) -> tuple[LocalKey | None, str]:
    if isinstance(key, LocalKey):
        return key, str(key.path)
    path = Path(key).expanduser() if key is not None else key_path()
    try:
        return load_key(path, create=False), str(path)
    except KeyUnavailable as exc:
        return None, str(exc)


def verify(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    max_problems: int = 100,
    key: LocalKey | str | os.PathLike[str] | None = None,
    anchored: dict[str, object] | None = None,
) -> VerifyReport:
    """Check a trail (a path: its rotated files too, oldest first, and its checkpoint) or files given in order.

    `key` is the key (or its file; default the configured one); `anchored` a signed checkpoint kept elsewhere (from
    syslog or a webhook) that the trail must still contain.
    """
    report = VerifyReport()
    local_key, key_where = _open_key(key)
    report.key_id = local_key.id if local_key is not None else None
    base: Path | None = None
    if isinstance(paths, (str, os.PathLike)):
        base = Path(paths)
        files = trail_files(base)
        lock_file: Path | None = lock_path(base)
    else:
        files = [Path(p) for p in paths]
        lock_file = None
    cp: Checkpoint | None = None
    notes: list[str] = []
    outside: Checkpoint | None = None
    if anchored is not None and local_key is not None:
        outside = Checkpoint.parse(anchored.get("checkpoint", anchored), local_key)
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
                    fd = os.open(path, os.O_RDONLY | NOFOLLOW | getattr(os, "O_BINARY", 0))
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    report.problems.append(Problem(str(path), 0, None, "invalid", f"cannot be read ({exc.strerror})"))
                    continue
                f = stack.enter_context(os.fdopen(fd, "rb"))
                opened.append((path, f, os.fstat(f.fileno()).st_size))
            if lock is not None:
                state = lock.read_state()
            if base is not None and local_key is not None:
                cp, notes = checkpoints.load(base, local_key)
        finally:
            if lock is not None:
                lock.release()
        report.files = [p for p, _, _ in opened]
        report.checkpoint = cp
        is_last = {p: i == len(opened) - 1 for i, (p, _, _) in enumerate(opened)}
        checker = _Checker(report, max_problems, local_key)
        watch = {c.last_seq for c in (cp, outside) if c is not None}
        if state is not None:
            watch.add(state[0])
        entries = (e for p, f, size in opened for e in _lines(p, f, size))
        checker.run(entries, is_last, watch)
    signed_trail = base is not None and checkpoints.read_raw(checkpoints.local_path(base)) is not None
    if local_key is None and (checker.unkeyed is not None or signed_trail):
        where = checker.unkeyed
        report.problems = [p for p in report.problems if p.kind in ("invalid", "torn")]
        report.problems.insert(
            0,
            Problem(
                str(where.file) if where else str(base),
                where.line if where else 0,
                None,
                "key",
                f"this trail is chained with a key, and none could be read ({key_where}); pass --key FILE",
            ),
        )
        return report
    if local_key is not None and checker.foreign is not None and not report.keyed and not checker.keyed_seen:
        other, where = checker.foreign
        report.problems = [p for p in report.problems if p.kind in ("invalid", "torn")]
        report.problems.insert(
            0,
            Problem(
                str(where.file),
                where.line,
                None,
                "key",
                f"this trail is chained with key {other}, not with the key given ({local_key.id}, {key_where}): "
                "pass --key FILE with the key it was written with",
            ),
        )
        return report
    if checker.other_key:  # (the checkpoints are the new key's: the "key" problem already says so)
        notes = []
    for note in notes:
        checker.problem(_Entry(Path(note.split(" ", 1)[0]), 0, b"", False), None, "checkpoint", note)
    if anchored is not None:
        _check_anchor(report, checker, outside)
    if cp is not None:
        _check_checkpoint(report, checker, cp, base)
    elif base is not None and (checker.keyed_seen or notes) and report.files and not checker.other_key:
        last = checker.prev_entry
        checker.problem(
            last if last is not None else _Entry(report.files[-1], 0, b"", False),
            report.last_seq,
            "checkpoint",
            "no signed checkpoint for this keyed trail: lines may have been cut off its end, or whole files "
            "deleted, without a trace",
        )
    elif state is not None and report.files and not checker.other_key:
        _check_state(report, checker, state, lock_file)
    if base is not None and cp is not None and not report.files:
        report.files = []
    return report


def _check_checkpoint(report: VerifyReport, checker: _Checker, cp: Checkpoint, base: Path | None) -> None:
    """The trail must still hold every line the checkpoint signed: same first and last seq, same last line."""
    name = checkpoints.local_path(base).name if base is not None else "checkpoint"
    last = checker.prev_entry
    where = last if last is not None else _Entry(base or Path("audit.jsonl"), 0, b"", False)
    span = f"seq {cp.first_seq}..{cp.last_seq}"
    if report.last_seq is None:
        checker.problem(where, None, "missing", f"the trail is empty or gone, but its signed checkpoint records {span}")
        return
    seen = checker.hash_by_seq.get(cp.last_seq)
    if report.last_seq < cp.last_seq:
        count = cp.last_seq - report.last_seq
        checker.problem(
            where,
            report.last_seq,
            "missing",
            f"{count} line(s) cut off the end of the trail (seq {report.last_seq + 1}..{cp.last_seq}; the signed "
            f"{name} records seq {cp.last_seq})",
        )
    elif seen is not None and seen[0] != cp.head:
        checker.problem(seen[1], cp.last_seq, "modified", f"line changed: its MAC does not match the signed {name}")
    elif report.last_seq > cp.last_seq:
        count = report.last_seq - cp.last_seq
        checker.problem(
            where,
            report.last_seq,
            "checkpoint",
            f"{count} line(s) after the last signed checkpoint (seq {cp.last_seq}): a writer stopped before signing "
            "them; they are chained but their end is not vouched for",
            "warning",
        )
    first = report.first_seq
    if first is not None and first > cp.first_seq:
        gone = [n for n, f in cp.files if f < first]
        named = f" ({', '.join(gone)} in the checkpoint)" if gone else ""
        checker.problem(
            _Entry(report.files[0], 1, b"", False),
            first,
            "missing",
            f"the oldest lines are gone: seq {cp.first_seq}..{first - 1}{named}; the signed {name} says the trail "
            f"starts at seq {cp.first_seq}",
        )


def _check_anchor(report: VerifyReport, checker: _Checker, cp: Checkpoint | None) -> None:
    """A checkpoint kept elsewhere: the trail must still contain the line it signed, unchanged."""
    where = checker.prev_entry or _Entry(report.files[0] if report.files else Path("audit.jsonl"), 0, b"", False)
    if cp is None:
        checker.problem(where, None, "checkpoint", "the anchored checkpoint is not signed with this key")
        return
    seen = checker.hash_by_seq.get(cp.last_seq)
    if seen is None:
        checker.problem(
            where,
            report.last_seq,
            "missing",
            f"the anchored checkpoint of {cp.ts} signed seq {cp.last_seq}, which the trail no longer holds",
        )
    elif seen[0] != cp.head:
        checker.problem(seen[1], cp.last_seq, "modified", f"line changed since the anchored checkpoint of {cp.ts}")


def _check_state(report: VerifyReport, checker: _Checker, state: tuple[int, str], lock_file: Path | None) -> None:
    """The lock file records the last line written: the end of the trail must still be that line."""
    seq, digest = state
    name = lock_file.name if lock_file is not None else "lock file"
    seen = checker.hash_by_seq.get(seq)
    if seen is not None and seen[0] != digest and line_hash(seen[1].raw) != digest:
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

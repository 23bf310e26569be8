"""`verify`: an intact trail passes; an edited, deleted, swapped or reordered line fails and is located."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secure_mcp_gateway.audit import AuditTrail, verify
from secure_mcp_gateway.keys import load_key

N = 40


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A trail of N lines (chain.start + N-1 events) in one file, written once for the module, and its key."""
    root = tmp_path_factory.mktemp("pristine")
    path = root / "trail" / "audit.jsonl"
    path.parent.mkdir()
    with AuditTrail(path, key=load_key(root / "gateway.key")) as trail:
        for i in range(N - 1):
            trail.record("server.ready", server="files", tools=i)
    return path


def copy_trail(pristine: Path, into: Path) -> Path:
    """A copy of the pristine trail (lock file and checkpoint included), checked with the pristine key."""
    for src in pristine.parent.iterdir():
        shutil.copy(src, into / src.name)
    key = Path(os.environ["SECURE_MCP_GATEWAY_STATE__KEY_FILE"])
    key.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(pristine.parent.parent / "gateway.key", key)
    return into / pristine.name


@pytest.fixture
def trail(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of the pristine trail to tamper with."""
    return copy_trail(pristine, tmp_path)


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def write_lines(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"\n".join(lines) + b"\n")


def test_an_intact_trail_passes(trail: Path) -> None:
    report = verify(trail)
    assert report.ok and report.problems == []
    assert (report.lines, report.first_seq, report.last_seq) == (N, 1, N)
    assert report.describe().startswith(f"intact: {N} lines in 1 file(s)")


def test_an_edited_line_is_located(trail: Path) -> None:
    lines = lines_of(trail)
    lines[9] = lines[9].replace(b'"tools":8', b'"tools":9')
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok
    first = report.first
    assert first is not None
    assert (first.kind, Path(first.file).name, first.line, first.seq) == ("modified", "audit.jsonl", 10, 10)
    assert "audit.jsonl:10" in report.describe()


def test_an_edited_prev_field_is_caught(trail: Path) -> None:
    lines = lines_of(trail)
    obj = json.loads(lines[20])
    obj["prev"] = "f" * 64
    lines[20] = json.dumps(obj, separators=(",", ":")).encode()
    write_lines(trail, lines)
    first = verify(trail).first
    assert first is not None and first.kind == "modified" and first.line == 20


def test_a_deleted_line_is_located(trail: Path) -> None:
    lines = lines_of(trail)
    del lines[14]
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok
    first = report.first
    assert first is not None
    assert (first.kind, first.line, first.seq) == ("missing", 15, 16)
    assert "1 line(s) missing" in first.message and "seq 15" in first.message


def test_several_deleted_lines_are_counted(trail: Path) -> None:
    lines = lines_of(trail)
    del lines[5:9]
    write_lines(trail, lines)
    first = verify(trail).first
    assert first is not None and first.kind == "missing" and "seq 6..9" in first.message


def test_a_swapped_pair_is_located(trail: Path) -> None:
    lines = lines_of(trail)
    lines[11], lines[12] = lines[12], lines[11]
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok
    assert [(p.kind, p.line) for p in report.problems] == [("swapped", 12)]


def test_a_moved_line_is_reported_out_of_order(trail: Path) -> None:
    """Seq 5 moved down to line 21: nothing is missing, and the place it left says where it went."""
    lines = lines_of(trail)
    moved = lines.pop(4)
    lines.insert(20, moved)
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok and [(p.kind, p.line, p.seq) for p in report.problems] == [
        ("reordered", 5, 6),
        ("reordered", 21, 5),
    ]
    left = report.problems[0].message
    assert "missing" not in left and "seq 5" in left and "audit.jsonl:21" in left, left


@pytest.mark.parametrize(
    "case",
    [
        "moved up",  # seq 15 moved to line 3: seq 3..14 follow it
        "moved down and one deleted",  # seq 5 moved to line 21, seq 30 deleted
        "moved down past a deletion",  # seq 5 moved to line 21, seq 6 deleted
    ],
)
def test_lines_moved_far_are_not_called_missing_but_real_deletions_still_are(trail: Path, case: str) -> None:
    lines = lines_of(trail)
    if case == "moved up":
        lines.insert(2, lines.pop(14))
    elif case == "moved down and one deleted":
        del lines[29]
        lines.insert(20, lines.pop(4))
    else:
        del lines[5]
        lines.insert(19, lines.pop(4))
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok
    first = report.problems[0]
    missing = [p for p in report.problems if p.kind == "missing"]
    if case == "moved up":
        assert [(p.kind, p.line, p.seq) for p in report.problems] == [("reordered", 3, 15)], report.problems
        assert "seq 15 comes before seq 3..14" in first.message and "audit.jsonl:15" in first.message, first.message
    elif case == "moved down and one deleted":
        assert (first.kind, first.line) == ("reordered", 5) and "missing" not in first.message
        assert [(p.seq, p.message.split(" (")[0]) for p in missing] == [(31, "1 line(s) missing before this line")]
    else:
        assert (first.kind, first.line, first.seq) == ("missing", 5, 7), first
        assert "1 line(s) missing before this line (seq 6)" in first.message, first.message
        assert "seq 5" in first.message and "audit.jsonl:20" in first.message, first.message


def test_an_edited_seq_is_caught(trail: Path) -> None:
    lines = lines_of(trail)
    lines[30] = lines[30].replace(b'{"seq":31,', b'{"seq":33,')
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok and report.first is not None and report.first.line == 31


def test_a_line_that_is_not_json_is_reported(trail: Path) -> None:
    lines = lines_of(trail)
    lines.insert(3, b"garbage")
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok and report.first is not None
    assert (report.first.kind, report.first.line) == ("invalid", 4)


def test_a_torn_last_line_is_only_a_warning(trail: Path) -> None:
    with open(trail, "ab") as f:
        f.write(b'{"seq":41,"prev":"0')
    report = verify(trail)
    assert report.ok
    assert [(p.kind, p.severity, p.line) for p in report.problems] == [("torn", "warning", N + 1)]


def test_an_edited_last_line_is_caught_by_the_lock_record(trail: Path) -> None:
    lines = lines_of(trail)
    lines[-1] = lines[-1].replace(b'"tools":38', b'"tools":0')
    write_lines(trail, lines)
    report = verify(trail)
    assert not report.ok and report.first is not None
    assert (report.first.kind, report.first.line) == ("modified", N)


def test_lines_cut_off_the_end_are_caught_by_the_lock_record(trail: Path) -> None:
    write_lines(trail, lines_of(trail)[:-3])
    report = verify(trail)
    assert not report.ok and report.first is not None
    assert report.first.kind == "missing" and f"seq {N - 2}..{N}" in report.first.message


def test_without_the_lock_file_the_signed_checkpoint_still_catches_a_cut_tail(trail: Path) -> None:
    write_lines(trail, lines_of(trail)[:-3])
    trail.with_name("audit.jsonl.lock").unlink()
    report = verify(trail)
    assert not report.ok and report.first is not None
    assert report.first.kind == "missing" and f"seq {N - 2}..{N}" in report.first.message


def test_rotated_files_are_checked_in_order_and_old_ones_may_be_gone(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditTrail(path, max_bytes=1024, backups=3) as trail:
        for i in range(100):
            trail.record("server.ready", server="files", tools=i)
    report = verify(path)
    assert report.ok and len(report.files) == 4 and report.first_seq is not None and report.first_seq > 1
    # an edit in a rotated file shows up in that file
    second = path.with_name("audit.jsonl.2")
    lines = lines_of(second)
    lines[2] = lines[2].replace(b'"server":"files"', b'"server":"filez"')
    write_lines(second, lines)
    first = verify(path).first
    assert first is not None and (Path(first.file).name, first.line) == ("audit.jsonl.2", 3)


def test_deleting_a_whole_middle_file_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditTrail(path, max_bytes=1024, backups=3) as trail:
        for i in range(100):
            trail.record("server.ready", server="files", tools=i)
    path.with_name("audit.jsonl.2").unlink()
    first = verify(path).first
    assert first is not None and first.kind == "missing" and Path(first.file).name == "audit.jsonl.1"


def test_explicit_files_are_checked_in_the_given_order(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditTrail(path, max_bytes=1024, backups=5) as trail:
        for i in range(40):
            trail.record("server.ready", server="files", tools=i)
    one, current = path.with_name("audit.jsonl.1"), path
    assert verify([one, current]).ok
    assert not verify([current, one]).ok


def test_no_trail_at_all(tmp_path: Path) -> None:
    report = verify(tmp_path / "missing.jsonl")
    assert report.ok and report.lines == 0 and report.describe() == "no audit trail found"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, N - 1), how=st.sampled_from(["edit", "delete"]))
def test_any_single_edit_or_deletion_is_detected(pristine: Path, tmp_path: Path, index: int, how: str) -> None:
    work = tmp_path / f"{how}-{index}"
    work.mkdir(exist_ok=True)
    target = copy_trail(pristine, work)
    lines = lines_of(target)
    if how == "edit":
        lines[index] = lines[index].replace(b'"ts":"', b'"ts":"1')
    else:
        del lines[index]
    write_lines(target, lines)
    report = verify(target)
    assert not report.ok  # the oldest line included: the signed checkpoint says where the trail starts

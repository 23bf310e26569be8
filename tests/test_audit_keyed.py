"""The keyed chain: forgers without the key, cut and emptied trails, deleted files, legacy trails, links, anchors."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import logging
import os
import socket
import stat
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_mcp_gateway.audit import AuditTrail, verify
from secure_mcp_gateway.audit.chain import line_prefix
from secure_mcp_gateway.audit.checkpoint import CHAIN_PURPOSE, LineMac, line_mac, local_path, state_path
from secure_mcp_gateway.config import AnchorSettings
from secure_mcp_gateway.keys import LocalKey, load_key, open_key


def write(path: Path, count: int, **kwargs: object) -> None:
    with AuditTrail(path, **kwargs) as trail:  # type: ignore[arg-type]
        for i in range(count):
            trail.record("server.ready", server="files", tools=i)


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


def put(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(line + b"\n" for line in lines))


def plain_chain(objs: list[dict[str, object]], first_prev: str = "0" * 64) -> list[bytes]:
    """Lines chained the old way (plain sha256), as a forger without the key can make them."""
    out: list[bytes] = []
    prev = first_prev
    for obj in objs:
        body = json.dumps({k: v for k, v in obj.items() if k not in ("seq", "prev")}, separators=(",", ":"))
        line = b'{"seq":%d,"prev":"%s",' % (obj["seq"], prev.encode()) + body[1:].encode()
        out.append(line)
        prev = hashlib.sha256(line).hexdigest()
    return out


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "audit" / "audit.jsonl"


def test_a_forger_who_recomputes_plain_hashes_is_caught(path: Path) -> None:
    write(path, 20)
    objs = [json.loads(line) for line in lines_of(path)]
    objs[5]["tools"] = 999
    put(path, plain_chain(objs))
    report = verify(path)
    assert not report.ok
    assert {p.kind for p in report.problems} & {"forged", "modified"}
    assert report.first is not None and report.first.line <= 7


def test_a_forger_who_deletes_a_line_and_renumbers_is_caught(path: Path) -> None:
    write(path, 20)
    objs = [json.loads(line) for line in lines_of(path)]
    del objs[8]
    for seq, obj in enumerate(objs, 1):
        obj["seq"] = seq
    put(path, plain_chain(objs))
    path.with_name("audit.jsonl.lock").unlink()
    assert not verify(path).ok


def test_a_whole_forged_trail_without_any_checkpoint_is_caught_by_the_state_copy(path: Path) -> None:
    write(path, 10)
    objs = [json.loads(line) for line in lines_of(path)][:4]
    put(path, plain_chain(objs))
    path.with_name("audit.jsonl.lock").unlink()
    local_path(path).unlink()
    report = verify(path)
    assert not report.ok, report.describe()


def test_an_emptied_trail_is_caught(path: Path) -> None:
    write(path, 10)
    path.write_bytes(b"")
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "missing"
    assert "seq 1..11" in report.describe()


def test_a_deleted_trail_is_caught(path: Path) -> None:
    write(path, 10)
    path.unlink()
    path.with_name("audit.jsonl.lock").unlink()
    report = verify(path)
    assert not report.ok and "empty or gone" in report.describe()


def test_a_cut_tail_with_lock_and_local_checkpoint_deleted_is_caught(path: Path) -> None:
    write(path, 20)
    put(path, lines_of(path)[:-5])
    path.with_name("audit.jsonl.lock").unlink()
    local_path(path).unlink()
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "missing"
    assert "seq 17..21" in report.first.message


def test_a_cut_tail_with_every_record_deleted_is_still_reported(path: Path) -> None:
    write(path, 20)
    put(path, lines_of(path)[:-5])
    for gone in (path.with_name("audit.jsonl.lock"), local_path(path), state_path(path)):
        gone.unlink()
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "checkpoint"


def test_a_writer_that_finds_the_end_cut_records_it(path: Path) -> None:
    write(path, 20)
    put(path, lines_of(path)[:-5])
    path.with_name("audit.jsonl.lock").unlink()
    local_path(path).unlink()
    write(path, 1)  # the next run signs a new checkpoint, but first writes down what it found
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "missing"
    assert "seq 17..21" in report.first.message


def test_a_writer_that_finds_the_last_line_edited_records_it(path: Path) -> None:
    write(path, 10)
    lines = lines_of(path)
    lines[-1] = lines[-1].replace(b'"tools":9', b'"tools":1')
    put(path, lines)
    write(path, 1)
    report = verify(path)
    assert not report.ok and any(p.kind == "tamper" for p in report.problems), report.describe()


def test_a_writer_that_finds_the_whole_trail_deleted_records_it(path: Path) -> None:
    write(path, 10)
    for gone in path.parent.iterdir():  # (the log folder emptied: trail, lock and the checkpoint beside it)
        gone.unlink()
    write(path, 1)  # (the checkpoint's state copy still knows seq 1..11: 10 lines and a chain.start)
    report = verify(path)
    assert not report.ok and any(p.kind == "tamper" and "seq 1..11" in p.message for p in report.problems)


def test_a_deleted_oldest_file_is_caught(path: Path) -> None:
    write(path, 120, max_bytes=2048, backups=3)
    assert verify(path).ok
    oldest = path.with_name("audit.jsonl.3")
    assert oldest.exists()
    oldest.unlink()
    report = verify(path)
    assert not report.ok and report.first is not None and report.first.kind == "missing"
    assert "audit.jsonl.3" in report.first.message and "oldest" in report.first.message


def test_rotation_keeps_the_checkpoint_in_step(path: Path) -> None:
    write(path, 300, max_bytes=2048, backups=2)
    report = verify(path)
    assert report.ok and report.problems == [] and report.first_seq is not None and report.first_seq > 1
    assert report.checkpoint is not None and report.checkpoint.last_seq == report.last_seq


def test_a_checkpoint_edited_by_hand_is_refused(path: Path) -> None:
    write(path, 10)
    for where in (local_path(path), state_path(path)):
        data = json.loads(where.read_text())
        data["last_seq"] = 5
        where.write_text(json.dumps(data))
    report = verify(path)
    assert not report.ok and any("not signed with this key" in p.message for p in report.problems)


def test_another_key_does_not_verify(path: Path, tmp_path: Path) -> None:
    write(path, 10)
    other = load_key(tmp_path / "other.key")
    report = verify(path, key=other)
    assert not report.ok
    # one problem that says the key is not the trail's, not a "line changed" for every line
    assert [p.kind for p in report.problems] == ["key"], report.describe()
    assert other.id in report.problems[0].message and "--key" in report.problems[0].message


def test_a_replaced_key_file_is_written_down_and_said_once(path: Path, tmp_path: Path) -> None:
    """The key file lost (its folder cleaned, a new machine): the next writer starts a new key's part of the chain and
    says so; verify with the new key names where the key changed, not a "line changed" for every older line."""
    write(path, 6, key=load_key(tmp_path / "old.key"))
    new = load_key(tmp_path / "new.key")
    write(path, 3, key=new)
    report = verify(path, key=new)
    assert not report.ok and [p.kind for p in report.problems] == ["key"], report.describe()
    said = report.problems[0].message
    assert "the key changed here" in said and load_key(tmp_path / "old.key").id in said and "--key" in said
    assert report.problems[0].line == 8, "the first line of the new key's part"
    report = verify(path, key=tmp_path / "old.key")  # (the old key checks the old part, and names the new one)
    assert [p.kind for p in report.problems] == ["key"] and new.id in report.problems[0].message, report.describe()


def test_without_the_key_verify_says_so(path: Path, tmp_path: Path) -> None:
    write(path, 10)
    report = verify(path, key=tmp_path / "nowhere.key")
    assert not report.ok and report.first is not None and report.first.kind == "key"
    assert "--key" in report.first.message


def test_a_trail_written_before_keyed_chains_says_so_and_passes(path: Path) -> None:
    path.parent.mkdir(parents=True)
    objs = [{"seq": i, "ts": "2026-11-01T00:00:00.000Z", "event": "server.ready", "tools": i} for i in range(1, 9)]
    put(path, plain_chain(objs))
    report = verify(path)
    assert report.ok and report.legacy == 7 and report.keyed == 0
    assert "written before keyed chains" in report.describe()
    write(path, 3)  # the gateway goes on with a keyed chain
    report = verify(path)
    assert report.ok, report.describe()
    assert report.keyed >= 3 and report.legacy == 7 and "predate keyed chains" in report.describe()
    lines = lines_of(path)
    lines[2] = lines[2].replace(b'"tools":3', b'"tools":4')  # the keyed lines vouch for the older ones
    put(path, lines)
    assert not verify(path).ok


def test_a_symlinked_trail_is_refused_and_its_target_untouched(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("precious\n")
    path.parent.mkdir(parents=True)
    path.symlink_to(target)
    trail = AuditTrail(path).start()
    trail.record("gateway.start", version="1")
    assert not trail.close()
    assert target.read_text() == "precious\n"
    status = trail.status()
    assert not status.healthy and status.error is not None and "symbolic link" in status.error


def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("precious\n")
    path.parent.mkdir(parents=True)
    path.with_name("audit.jsonl.lock").symlink_to(target)
    trail = AuditTrail(path).start()
    trail.record("gateway.start", version="1")
    assert not trail.close()
    assert target.read_text() == "precious\n"
    assert "symbolic link" in (trail.status().error or "")


def test_a_world_writable_audit_directory_of_ours_is_made_private(path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path.parent.mkdir(parents=True)
    os.chmod(path.parent, 0o777)
    with caplog.at_level(logging.WARNING):
        write(path, 2)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "made it private" in caplog.text and verify(path).ok


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs to give a directory away")
def test_a_world_writable_audit_directory_of_someone_else_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    os.chmod(path.parent, 0o777)
    os.chown(path.parent, 54321, -1)
    trail = AuditTrail(path).start()
    trail.record("gateway.start", version="1")
    assert not trail.close()
    assert not path.exists()
    assert "writable by other users" in (trail.status().error or "")


def test_the_key_is_private_and_outside_the_audit_directory(path: Path) -> None:
    write(path, 1)
    key = open_key()
    assert key.path is not None and key.path.parent != path.parent
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    assert key.secret.hex() not in "".join(p.read_text() for p in path.parent.iterdir() if p.is_file())


def test_an_anchored_checkpoint_catches_a_rollback_that_local_records_cannot(path: Path) -> None:
    write(path, 5)
    early = {n: p.read_bytes() for n, p in (("local", local_path(path)), ("state", state_path(path)))}
    early_lines = path.read_bytes()
    early_lock = path.with_name("audit.jsonl.lock").read_bytes()
    write(path, 5)
    anchored = json.loads(local_path(path).read_text())
    # someone who kept copies of every record rolls the whole trail back to the earlier moment
    path.write_bytes(early_lines)
    path.with_name("audit.jsonl.lock").write_bytes(early_lock)
    local_path(path).write_bytes(early["local"])
    state_path(path).write_bytes(early["state"])
    assert verify(path).ok
    report = verify(path, anchored={"trail": str(path), "checkpoint": anchored})
    assert not report.ok and report.first is not None and report.first.kind == "missing"


def test_checkpoints_reach_a_syslog_sink(path: Path) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(10)
    port = sock.getsockname()[1]
    try:
        settings = AnchorSettings(syslog=f"127.0.0.1:{port}", interval=3600)
        from secure_mcp_gateway.audit.anchor import Anchor

        write(path, 3, anchor=Anchor.from_settings(settings))
        data = sock.recv(65536).decode()
    finally:
        sock.close()
    anchored = json.loads(data[data.index("{") :].rstrip("\x00\n"))
    assert anchored["checkpoint"]["last_seq"] == 4
    assert verify(path, anchored=anchored).ok


def test_the_verify_command_uses_the_configured_key_and_an_anchored_checkpoint(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secure_mcp_gateway.cli import main

    write(path, 4)
    anchored = tmp_path / "anchored.json"
    anchored.write_text(local_path(path).read_text())
    assert main(["audit", "verify", str(path), "--checkpoint", str(anchored)]) == 0
    assert "keyed chain (HMAC-SHA256" in capsys.readouterr().out
    put(path, lines_of(path)[:-1])
    assert main(["audit", "verify", str(path)]) == 1
    assert "cut off the end" in capsys.readouterr().out
    assert main(["audit", "verify", str(path), "--key", str(tmp_path / "none.key")]) == 1
    assert "--key FILE" in capsys.readouterr().out


def test_checkpoints_reach_a_webhook_sink(path: Path) -> None:
    import http.server
    import threading

    received: list[bytes] = []

    class Sink(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["content-length"])))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Sink)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        from secure_mcp_gateway.audit.anchor import Anchor

        url = f"http://127.0.0.1:{server.server_address[1]}/anchor"
        anchor = Anchor.from_settings(AnchorSettings(webhook=url, interval=3600))
        write(path, 3, anchor=anchor)
    finally:
        server.shutdown()
    assert len(received) == 1 and anchor is not None and anchor.sent == 1
    anchored = json.loads(received[0])
    assert anchored["checkpoint"]["last_seq"] == 4 and verify(path, anchored=anchored).ok
    assert open_key().secret.hex() not in received[0].decode()


def test_a_gateway_subprocess_gets_the_tests_key_and_state(tmp_path: Path) -> None:
    import subprocess
    import sys

    from conftest import gateway_env

    code = "from secure_mcp_gateway.keys import key_path, state_dir; print(key_path()); print(state_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code], env=gateway_env(tmp_path), capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(open_key().path), os.environ["SECURE_MCP_GATEWAY_STATE__DIR"]]
    assert all(p.startswith(str(tmp_path)) for p in out)


def _signed_seq(path: Path) -> int | None:
    try:
        return json.loads(local_path(path).read_text())["last_seq"]
    except (OSError, ValueError):
        return None


def test_a_busy_trail_is_signed_at_most_twice_a_second_and_a_quiet_one_soon_after(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secure_mcp_gateway.audit import checkpoint

    signed: list[int] = []
    stamps: list[float] = []
    real_write = checkpoint.write

    def counting(at: Path, key: object, cp: checkpoint.Checkpoint) -> None:
        signed.append(cp.last_seq)
        stamps.append(trail._signed_at)  # (the instant the trail chose to sign)
        real_write(at, key, cp)  # type: ignore[arg-type]

    monkeypatch.setattr(checkpoint, "write", counting)
    trail = AuditTrail(path, linger=0.0).start()
    try:
        for i in range(40):  # many small batches
            trail.record("server.ready", server="files", tools=i)
            time.sleep(0.005)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # signed once the trail went quiet, without a close
            status = trail.status()
            if not status.queued and status.last_seq is not None and _signed_seq(path) == status.last_seq:
                break
            time.sleep(0.02)
        assert _signed_seq(path) == trail.status().last_seq == 41  # chain.start and the 40 lines
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        assert all(gap >= 0.45 for gap in gaps), (signed, gaps)  # not one per batch: half a second apart at least
        assert verify(path).ok
    finally:
        trail.close()


def test_a_trail_closed_right_after_a_line_is_signed_up_to_that_line(path: Path) -> None:
    write(path, 3)
    with AuditTrail(path) as trail:
        trail.record("server.ready", server="files", tools=9)
    last = json.loads(lines_of(path)[-1])["seq"]
    assert _signed_seq(path) == last
    report = verify(path)
    assert report.ok and report.checkpoint is not None and report.checkpoint.last_seq == last


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=100), st.binary(max_size=3000))
def test_a_line_s_mac_kept_ready_is_the_mac_of_the_line(secret: bytes, line: bytes) -> None:
    """The chain MAC from the key's prepared inner and outer states is HMAC-SHA256 under the chain's subkey."""
    key = LocalKey(secret)
    mac = LineMac(key)
    assert mac(line) == line_mac(key, line) == hmac.new(key.subkey(CHAIN_PURPOSE), line, hashlib.sha256).hexdigest()
    assert mac(line) == mac(line), "the prepared states are not used up"


@settings(max_examples=50)
@given(st.integers(0, 1 << 40), st.lists(st.binary(max_size=300).map(lambda b: b.replace(b"\n", b" ")), max_size=5))
def test_lines_chained_in_one_go_are_those_chained_one_by_one(seq: int, bodies: list[bytes]) -> None:
    """`LineMac.chained`: each line is its prefix (seq, the MAC before it) and body; the MAC handed on is the last
    line's, as `line_mac` of each in turn gives them."""
    key = LocalKey(b"k" * 32)
    prev = "ab" * 32
    lines, last = LineMac(key).chained(seq, prev.encode(), bodies)
    expected = []
    for n, body in enumerate(bodies, seq + 1):
        expected.append(line_prefix(n, prev) + body)
        prev = line_mac(key, expected[-1])
    assert lines == expected and last == prev.encode()

"""A full disk: reported once, nothing raised at the caller, the loss recorded once space is back."""

from __future__ import annotations

import errno
import json
import logging
import threading

from secure_mcp_gateway.audit import AuditTrail, verify
from secure_mcp_gateway.audit import trail as trail_module


def test_a_full_disk_is_reported_once_and_the_gap_is_recorded(tmp_path, monkeypatch, caplog):
    path = tmp_path / "audit.jsonl"
    full = threading.Event()
    real_write = trail_module.os.write

    def write(fd, data):
        if full.is_set():
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(trail_module.os, "write", write)
    monkeypatch.setattr(trail_module, "_RETRY_INITIAL", 0.0)
    caplog.set_level(logging.ERROR, logger="secure_mcp_gateway.audit.trail")
    trail = AuditTrail(path, linger=0).start()
    try:
        trail.record("server.ready", server="before", tools=1)
        for _ in range(100):  # until the writer has it on disk
            if trail.status().written >= 2:
                break
            threading.Event().wait(0.02)
        full.set()
        for i in range(5):
            trail.record("server.ready", server="during", tools=i)  # never raises at the caller
        deadline = 50
        while trail.status().healthy and deadline:
            threading.Event().wait(0.05)
            deadline -= 1
        assert not trail.status().healthy and "No space left" in (trail.status().error or "")
        full.clear()
        trail.record("server.ready", server="after", tools=2)
    finally:
        assert trail.close(timeout=5)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "cannot be written" in errors[0].getMessage()
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    servers = [line.get("server") for line in lines if line["event"] == "server.ready"]
    assert "before" in servers and "after" in servers and "during" not in servers
    lost = [line for line in lines if line["event"] == "audit.dropped" and line.get("reason") == "unwritable"]
    assert lost and sum(line["count"] for line in lost) >= 1, "the gap is written down once the disk has room"
    assert verify(path).ok

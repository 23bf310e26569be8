"""`check --probe` on a realistic mix of servers: one line each with the root cause, a summary, no log noise."""

from __future__ import annotations

import json
import subprocess

import compiled_seed
import pytest
from conftest import NOTHING_CACHED, PY, fixture_server, gateway_env

CRASH = (
    "import sys\n"
    "for line in ['npm notice', 'npm notice New major version of npm available! 10.8.2 -> 11.6.0',\n"
    "             'npm ERR! code E404', 'npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fnope']:\n"
    "    print(line, file=sys.stderr)\n"
    "sys.exit(1)\n"
)
CLOSES = "import os, sys, time\nprint('Listening on port 8080', flush=True)\nos.close(1)\ntime.sleep(60)\n"
"""A server that writes a banner, then closes its stdout and keeps running."""
GARBLED = (
    "import json, sys, time\n"
    "rid = json.loads(sys.stdin.readline())['id']\n"
    "print('warming up', file=sys.stderr, flush=True)\n"
    'print(\'{"jsonrpc": "2.0", "id": %d, "result": \' % rid, flush=True)\n'
    "time.sleep(60)\n"
)
"""A server that keeps running after answering initialize with half a message."""


@pytest.mark.timeout(600)  # (every server settles on an event: the long deadlines are for a machine under load)
def test_probe_reports_each_server_once_with_its_cause(tmp_path, command):
    crash = tmp_path / "crash.py"
    crash.write_text(CRASH)
    (tmp_path / "closes.py").write_text(CLOSES)
    (tmp_path / "garbled.py").write_text(GARBLED)
    config = {
        "mcpServers": {
            "fx": fixture_server(),
            "missing": {"command": "no-such-program-xyz"},
            "npm": {"command": PY, "args": [str(crash)]},
            "remote": {"url": "http://127.0.0.1:9/mcp"},
            "db": {"command": PY, "args": [str(crash), "postgresql://app:s3cretP4ss@db.example.com/app"]},
            "quits": {"command": "sh", "args": ["-c", "exit 4"]},
            "closes": {"command": PY, "args": [str(tmp_path / "closes.py")]},
            "garbled": {"command": PY, "args": [str(tmp_path / "garbled.py")]},
        },
        "cache": {"dir": str(tmp_path / "cache"), **NOTHING_CACHED},  # (the detectors a start compiled are loaded)
        "audit": {"enabled": False},
        # (`closes` and `garbled` never exit on their own: no wait for them; a start is slow at load 25)
        "gateway": {"shutdown_grace": 0.1, "init_timeout": 300},
    }
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps(config))
    compiled_seed.seed(config, gateway_env(tmp_path))

    def check(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PY, "-m", "secure_mcp_gateway", "check", "--probe", "--config", str(path), *flags],
            capture_output=True,
            text=True,
            env=gateway_env(tmp_path),
            timeout=400,
        )

    proc = check()
    assert proc.returncode == 1
    assert proc.stderr == "", "logs stay out of the report"
    table = proc.stdout[proc.stdout.index("probe:") :].splitlines()[1:]
    rows = {line.split()[0]: line for line in table if line.startswith("  ")}
    assert set(rows) == {"fx", "missing", "npm", "remote", "db", "quits", "closes", "garbled"}
    assert "ready" in rows["fx"] and "tools" in rows["fx"]
    assert "not found" in rows["missing"]
    assert "E404" in rows["npm"] and "npm notice" not in rows["npm"] and "New major version" not in rows["npm"]
    assert "ExceptionGroup" not in rows["remote"] and "TaskGroup" not in rows["remote"]
    assert "exited with code 4" in rows["quits"], "a server that quits at once is reported with its exit code"
    assert "exited" not in rows["closes"] and "closed its stdout but is still running" in rows["closes"]
    assert "Listening on port 8080" in rows["closes"], "what it wrote to stdout is shown"
    assert "exited" not in rows["garbled"] and "sent an answer that was refused" in rows["garbled"]
    assert "its stderr: warming up" in rows["garbled"]
    assert "s3cretP4ss" not in proc.stdout
    assert table[-1].startswith("1 of 8 servers ready") and "7 failed" in table[-1]

    js = command("check", "--probe", "--config", str(path), "--json", "--verbose")  # (in this process: the same report)
    from secure_mcp_gateway.guardrails import compiled_store

    used = compiled_store.store()
    assert used is not None and used.directory == tmp_path / "cache" / "hyperscan", "the detectors a start kept"
    report = json.loads(js.stdout)
    assert report["ok"] is False and js.returncode == 1
    states = {s["server"]: s.get("state") for s in report["servers"]}
    failed = ["missing", "npm", "remote", "db", "quits", "closes", "garbled"]
    assert states == {**dict.fromkeys(failed, "failed"), "fx": "ready"}
    assert "s3cretP4ss" not in js.stdout
    assert "[npm]" in js.stderr, "--verbose shows the servers' logs (beside the report, which stays JSON)"

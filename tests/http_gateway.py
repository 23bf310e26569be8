"""Run the real gateway as `serve --http` on a free loopback port, and connect MCP clients to it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import compiled_seed
from conftest import gateway_env, write_config

PY = sys.executable
_SERVING = re.compile(r"serving MCP over HTTP at http://\S+:(\d+)/")


@dataclass
class HttpGateway:
    """A gateway serving HTTP for one test."""

    proc: subprocess.Popen[bytes]
    port: int
    dir: Path
    stderr_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return self.base + "/mcp"

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def get(self, path: str, token: str | None = None) -> tuple[int, bytes]:
        """A plain GET (health, metrics)."""
        req = urllib.request.Request(self.base + path)
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def ready(self, want: int = 200) -> dict[str, Any]:
        """Poll /readyz until it answers `want` (servers start, Redis goes and comes back; 30 s at most); its body."""
        deadline = time.monotonic() + 120  # (a start under heavy load; it answers as soon as it is up)
        while True:
            status, body = self.get("/readyz")
            if status == want:
                return json.loads(body)
            assert time.monotonic() < deadline, (status, body, self.stderr())
            time.sleep(0.05)


@contextlib.contextmanager
def http_gateway(
    tmp: Path, config: dict[str, Any], *, env: dict[str, str] | None = None, bind: str | None = None
) -> Iterator[HttpGateway]:
    """Start `secure-mcp-gateway serve --http 127.0.0.1:0`; learn its port from its log; wait until /healthz answers.
    (The gateway picks the port as it binds: a port chosen here and bound a second later by the gateway, once it has
    started, could meanwhile become another process's.)"""
    tmp.mkdir(parents=True, exist_ok=True)
    path = write_config(tmp, config)
    stderr_path = tmp / "gateway-http.stderr"
    proc_env = gateway_env(tmp, env)
    compiled_seed.seed(json.loads(path.read_text()), proc_env)
    with open(stderr_path, "wb") as err:
        proc = subprocess.Popen(
            [PY, "-m", "secure_mcp_gateway", "serve", "--config", str(path), "--http", bind or "127.0.0.1:0"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=proc_env,
        )
    gw = HttpGateway(proc, 0, tmp, stderr_path, proc_env)
    try:
        deadline = time.monotonic() + 120  # (a start under heavy load; it answers as soon as it is up)
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"gateway exited with {proc.returncode}:\n{gw.stderr()}")
            if not gw.port and (serving := _SERVING.search(gw.stderr())):
                gw.port = int(serving[1])
            with contextlib.suppress(OSError):
                if gw.port and gw.get("/healthz")[0] == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"gateway did not answer /healthz within 120 s:\n{gw.stderr()}")
            time.sleep(0.05)
        yield gw
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@contextlib.asynccontextmanager
async def mcp_client(url: str, token: str | None = None, **session_kwargs: Any) -> AsyncIterator[Any]:
    """An initialized SDK ClientSession over streamable HTTP."""
    import httpx2
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http,
        streamable_http_client(url, http_client=http) as streams,
        ClientSession(streams[0], streams[1], read_timeout_seconds=60, **session_kwargs) as session,
    ):
        session.init_result = await session.initialize()  # type: ignore[attr-defined]
        yield session


def env_without_proxy() -> dict[str, str]:
    """Loopback requests must not go through a proxy set in the environment."""
    return {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}

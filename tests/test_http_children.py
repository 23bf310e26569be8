"""Remote children: server-everything over streamable HTTP and over SSE, behind the gateway."""

from __future__ import annotations

import os
import socket
import subprocess
import time

import pytest
from conftest import gateway, text_of
from test_inspector import EVERYTHING

pytestmark = pytest.mark.anyio


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(params=["streamableHttp", "sse"])
def remote_everything(request, tmp_path):
    port = _free_port()
    log = open(tmp_path / f"everything-{request.param}.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [str(EVERYTHING), request.param],
        env={**os.environ, "PORT": str(port)},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("server-everything did not start listening")
    path = "/mcp" if request.param == "streamableHttp" else "/sse"
    entry = {"url": f"http://127.0.0.1:{port}{path}", "headers": {"X-Test": "1"}}
    if request.param == "sse":
        entry["type"] = "sse"
    yield entry
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


async def test_a_remote_server_is_proxied_like_a_local_one(tmp_path, remote_everything):
    config = {"mcpServers": {"remote": remote_everything}, "gateway": {"start_deadline": 15}}
    async with gateway(tmp_path, config) as (session, _):
        names = {t.name for t in (await session.list_tools()).tools}
        assert "remote__echo" in names
        result = await session.call_tool("remote__echo", {"message": "over http"})
        assert text_of(result) == "Echo: over http"
        prompts = {p.name for p in (await session.list_prompts()).prompts}
        assert "remote__simple-prompt" in prompts

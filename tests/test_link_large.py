"""A large message from a server: the pieces it was read in go back to the system before it is checked."""

from __future__ import annotations

import os
import sys

import pytest

from secure_mcp_gateway import links
from secure_mcp_gateway.links import ProcessLink
from secure_mcp_gateway.memory import LARGE_BLOCK

pytestmark = pytest.mark.anyio

_SERVER = r"""
import json, os, sys
for size in (10, %d, 20):
    line = json.dumps({"jsonrpc": "2.0", "method": "notifications/message", "params": {"data": "x" * size}})
    view = memoryview(line.encode() + b"\n")
    while view:
        view = view[os.write(1, view):]
"""


async def test_the_memory_a_large_line_was_read_in_is_given_back_before_it_is_decoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    released: list[int] = []
    monkeypatch.setattr(links, "release_free", lambda: released.append(1) or True)
    size = LARGE_BLOCK + 1000
    link = await ProcessLink.spawn("big", sys.executable, ["-c", _SERVER % size], dict(os.environ), None)
    try:
        seen = []
        for _ in range(3):
            msg = await link.recv()
            seen.append((len(msg["params"]["data"]), len(released)))
        assert seen == [(10, 0), (size, 1), (20, 1)], "released once, when the large line was read"
    finally:
        await link.close(grace=1.0)


def test_free_memory_can_be_given_back_on_glibc() -> None:
    import platform

    from secure_mcp_gateway import memory

    expected = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert memory.release_free() is expected

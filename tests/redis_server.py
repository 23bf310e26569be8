"""A real `redis-server` on a free loopback port for one test module, started and stopped by the tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REDIS_SERVER = shutil.which("redis-server")


def require_redis() -> str:
    """The path of redis-server, or skip the module (fail it when SMG_REQUIRE_REDIS is set, as in CI)."""
    if REDIS_SERVER is None:
        if os.environ.get("SMG_REQUIRE_REDIS"):
            raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server not installed (apt-get install redis-server)", allow_module_level=True)
    return REDIS_SERVER


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RedisServer:
    """One running redis-server."""

    port: int
    dir: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it and wait until it answers PING (its own readiness), or fail within 10 s."""
        args = [require_redis(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"]
        self.dir.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [*args, "--port", str(self.port), "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.proc.returncode} on port {self.port}")
            if self.ping():
                if self._answered_by_ours():
                    return
                raise RuntimeError(f"another redis-server answers on port {self.port}")
            time.sleep(0.02)
        raise RuntimeError("redis-server did not answer PING within 10 s")

    def ping(self) -> bool:
        """Whether it answers PING now (one raw RESP round trip)."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def _answered_by_ours(self) -> bool:
        """Whether the server answering on the port is the process we started (not one another test started)."""
        assert self.proc is not None
        info = self.command("INFO", "server").decode(errors="replace")
        return f"process_id:{self.proc.pid}\r\n" in info

    def stop(self) -> None:
        """Stop it and wait until it is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def command(self, *args: str) -> bytes:
        """Run one command with redis-cli semantics over a raw socket; the raw reply."""
        parts = [f"*{len(args)}\r\n".encode()]
        for a in args:
            b = a.encode()
            parts.append(b"$%d\r\n%s\r\n" % (len(b), b))
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
            s.sendall(b"".join(parts))
            return s.recv(65536)


@contextlib.contextmanager
def running_redis(tmp: Path) -> Iterator[RedisServer]:
    """A redis-server for the duration of the block."""
    server = RedisServer(free_port(), tmp)
    for _ in range(3):  # a port taken between choosing and binding: choose again
        try:
            server.start()
            break
        except RuntimeError:
            server.stop()
            server = RedisServer(free_port(), tmp)
    else:
        raise RuntimeError("could not start redis-server")
    try:
        yield server
    finally:
        server.stop()

"""Server mode over HTTP: `/mcp` for many clients over one set of servers, `/healthz`, `/readyz`, `/metrics`."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import logging
import socket
from pathlib import Path
from typing import Any

from secure_mcp_gateway import __version__, jsonrpc
from secure_mcp_gateway.config import ConfigError, GatewayConfig, HttpServeSettings
from secure_mcp_gateway.gateway_metrics import GatewayMetrics, ObservedTrail
from secure_mcp_gateway.http_auth import Access, is_loopback
from secure_mcp_gateway.http_transport import HttpSession, StreamableHttp, json_error, respond
from secure_mcp_gateway.metrics import CONTENT_TYPE

log = logging.getLogger(__name__)


class CannotServe(ConfigError):
    """The address given to `--http` cannot be listened on (in use, not this machine's, privileged)."""


def parse_bind(value: str) -> tuple[str, int]:
    """`PORT`, `HOST:PORT` or `[V6]:PORT` into host and port (host defaults to 127.0.0.1)."""
    value = value.strip()
    host, port = "127.0.0.1", value
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif ":" in value:
        host, _, port = value.rpartition(":")
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ConfigError(f"--http {value!r}: expected [HOST:]PORT, e.g. 8080 or 0.0.0.0:8080")
    return host or "127.0.0.1", int(port)


def check_bind(config: GatewayConfig, host: str) -> None:
    """A bind beyond this machine needs tokens; raises ConfigError otherwise."""
    if not config.http.tokens and not is_loopback(host):
        raise ConfigError(
            f"--http {host}: serving beyond this machine needs bearer tokens; add "
            '"http": {"tokens": {"alice": "${env:ALICE_TOKEN}"}} to the config, or bind to 127.0.0.1'
        )


class GatewayApp:
    """The ASGI application: access checks, then `/mcp`, health and metrics."""

    def __init__(self, gateway: Any, config: GatewayConfig, access: Access, metrics: GatewayMetrics) -> None:
        self.gateway = gateway
        self.access = access
        self.metrics = metrics
        self.path = config.http.path
        self.bind_host = access.bind_host
        settings = config.http
        self.mcp = StreamableHttp(
            self._connect,
            max_sessions=settings.max_sessions,
            idle_timeout=settings.session_idle_timeout,
            max_body=int(settings.max_body_mb * 1024 * 1024),
            queue=config.gateway.limits.client_queue_kb * 1024,
            ceiling=int(config.gateway.limits.server_message_mb * 1024 * 1024),
            poll_after=settings.sse_poll_after,
            retry=settings.sse_retry,
            keepalive=settings.keepalive,
        )

    def vet(self, config: GatewayConfig) -> None:
        """Refuse a reloaded config this gateway cannot take while running (ConfigError)."""
        if not config.http.tokens and not is_loopback(self.bind_host):
            raise ConfigError(
                f"http.tokens: the gateway listens on {self.bind_host}, beyond this machine, where every client needs "
                "a bearer token; keep at least one (to serve without tokens, restart it bound to 127.0.0.1)"
            )

    def adopt(self, settings: HttpServeSettings) -> None:
        """Take a reloaded config's `http` settings: tokens, hosts, origins, limits and the path, at once."""
        if settings is self.access.settings:
            return
        self.access = Access(settings, self.bind_host, self.access.port)
        self.mcp.configure(settings)
        if settings.path != self.path:
            log.warning("http.path changed: MCP is now served at %s (%s answers 404)", settings.path, self.path)
            self.path = settings.path

    @property
    def address(self) -> str:
        """The MCP endpoint's URL."""
        host = self.bind_host
        return f"http://{f'[{host}]' if ':' in host else host}:{self.access.port}{self.path}"

    def _connect(self, session: HttpSession) -> Any:
        name = f"http:{session.identity or 'anonymous'}:{session.id[:8]}"
        return self.gateway.connect(name=name, identity=session.identity)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if self.gateway.config.http is not self.access.settings:  # a reloaded config (also told by `adopt`)
            self.adopt(self.gateway.config.http)
        path = scope["path"]
        if path != self.path and path.rstrip("/") == self.path.rstrip("/"):
            path = self.path  # (`/mcp/` for `/mcp`, or the reverse: one endpoint, however the client's url ends)
        endpoint = path if path in ("/healthz", "/readyz", "/metrics") else "mcp" if path == self.path else "other"
        status = await self._serve(scope, receive, send, path)
        self.metrics.http.inc(endpoint, status)

    async def _serve(self, scope: dict[str, Any], receive: Any, send: Any, path: str) -> int:
        headers = dict(scope.get("headers") or ())
        if path == "/healthz":
            await respond(send, 200, b"ok\n")
            return 200
        if path == "/readyz":
            ready, detail = await self.readiness()
            await respond(send, 200 if ready else 503, json.dumps(detail).encode(), "application/json")
            return 200 if ready else 503
        if path not in (self.path, "/metrics"):
            await respond(send, 404, b"Not Found\n")
            return 404
        host = headers.get(b"host", b"").decode("latin-1")
        if not self.access.host_allowed(host):
            await json_error(send, 421, jsonrpc.INVALID_REQUEST, "Misdirected Request: Host not allowed")
            return 421
        origin = headers.get(b"origin")
        if not self.access.origin_allowed(origin.decode("latin-1") if origin is not None else None):
            await json_error(send, 403, jsonrpc.INVALID_REQUEST, "Forbidden: Origin not allowed")
            return 403
        identity = None
        if self.access.required:
            authorization = headers.get(b"authorization")
            identity = self.access.identity(authorization.decode("latin-1") if authorization else None)
            if identity is None:
                challenge = [("www-authenticate", 'Bearer realm="secure-mcp-gateway"')]
                await json_error(
                    send, 401, jsonrpc.INVALID_REQUEST, "Unauthorized: a valid bearer token is required", challenge
                )
                return 401
        if path == "/metrics":
            await respond(send, 200, self.metrics.render().encode(), CONTENT_TYPE)
            return 200
        return await self.mcp.handle(scope, receive, send, identity)

    async def readiness(self) -> tuple[bool, dict[str, Any]]:
        """Ready when every server is up and, with Redis configured, Redis answers."""
        configured = self.gateway.config.servers  # not only those started: none up yet is not ready
        children = [c for c in self.gateway.fleet if c.name in configured]
        up = sum(1 for c in children if getattr(c.state, "value", "") == "ready")
        detail: dict[str, Any] = {"servers": {"ready": up, "total": len(configured)}}
        ready = up == len(configured)
        cache = self.gateway.cache
        if cache is not None and hasattr(cache, "ping"):
            redis_ok = await cache.ping()
            detail["redis"] = "up" if redis_ok else "down"
            ready = ready and redis_ok
        detail["ready"] = ready
        return ready, detail


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    with contextlib.suppress(OSError):  # accepted connections inherit it: no 40 ms Nagle/delayed-ACK stalls
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        hint = ""
        if exc.errno == errno.EADDRINUSE:
            hint = "; another program listens there (another gateway? see `secure-mcp-gateway status`): stop it, or "
            hint += "choose another port"
        elif exc.errno == errno.EADDRNOTAVAIL:
            hint = "; no network interface of this machine has that address: use 127.0.0.1, 0.0.0.0 or one it has"
        elif exc.errno == errno.EACCES:
            hint = "; ports below 1024 need privileges: choose one above 1024"
        raise CannotServe(f"--http {where}: cannot listen there ({exc.strerror}){hint}") from None
    sock.listen(2048)
    sock.setblocking(False)
    return sock


async def serve_http(config: GatewayConfig, config_path: Path | None, bind: str) -> int:
    """Serve MCP over streamable HTTP until SIGTERM or SIGINT."""
    import uvicorn

    from secure_mcp_gateway.serve import (
        _audit,
        _watch,
        build_gateway,
        say_elsewhere,
        stop_on_signals,
        stop_servers,
        write_last_lines,
    )

    host, port = parse_bind(bind)
    check_bind(config, host)
    sock = _bind(host, port)
    port = sock.getsockname()[1]
    gateway = build_gateway(config, config_path)
    app_holder: list[GatewayApp] = []
    metrics = GatewayMetrics(
        gateway,
        sessions=lambda: len(app_holder[0].mcp.sessions) if app_holder else 0,
        output=lambda: app_holder[0].mcp.output() if app_holder else (0, 0),
    )
    gateway.recorder.trail = ObservedTrail(metrics, gateway.recorder.trail)
    access = Access(config.http, host, port)
    app = GatewayApp(gateway, config, access, metrics)
    app_holder.append(app)
    shown = f"[{host}]" if ":" in host else host
    if access.required:
        log.info(
            "serving MCP over HTTP at http://%s:%d%s for %d identities",
            shown,
            port,
            config.http.path,
            len(config.http.tokens),
        )
    else:
        log.warning(
            "serving MCP over HTTP at http://%s:%d%s without tokens: loopback only, anyone on this machine can connect "
            "(add http.tokens to require a bearer token)",
            shown,
            port,
            config.http.path,
        )
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1)
    )
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    reason = ["stopped"]

    stop_on_signals(loop, stop, reason)
    from secure_mcp_gateway.status import StatusFile

    status = StatusFile(gateway, config_path, client=lambda: f"HTTP at {app.address}, {len(app.mcp.sessions)} sessions")
    status.start()  # (`secure-mcp-gateway status` lists it beside the stdio gateways)
    _audit(gateway, "gateway.start", version=__version__, config=str(config_path), servers=sorted(config.servers))
    say_elsewhere(config)
    starter = loop.create_task(_start_servers(gateway))
    serving = loop.create_task(server.serve(sockets=[sock]))

    def took(new: GatewayConfig) -> None:
        app.adopt(new.http)
        status.refresh()  # (`status` shows the new path at once)

    reloads = config.gateway.reload and config_path
    watcher = loop.create_task(_watch(gateway, config_path, app.vet, took)) if reloads else None
    stopper = loop.create_task(stop.wait())
    try:
        await asyncio.wait({serving, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        log.info("shutting down (%s)", reason[0])
        app.mcp.close_all(f"the gateway is shutting down ({reason[0]})")
        server.should_exit = True
        for task in (starter, stopper, watcher):
            if task is not None:
                task.cancel()
        with contextlib.suppress(asyncio.TimeoutError, Exception):
            await asyncio.wait_for(serving, 2.0)
        await write_last_lines(gateway, reason[0])
        await stop_servers(gateway)
        if gateway.pipeline.remote is not None:
            await gateway.pipeline.remote.aclose()
        if hasattr(gateway.cache, "aclose"):
            with contextlib.suppress(Exception):
                await gateway.cache.aclose()
        await status.close()
        if gateway.audit is not None:
            await gateway.audit.aclose()
        sock.close()
    return 0


SERVER_CAPS = {"sampling": {}, "elicitation": {}, "roots": {"listChanged": True}}
"""What the servers are told their client can do when many clients share them: everything a client may do.

A server's request that the calling client cannot take gets a clear error from the gateway."""


async def _start_servers(gateway: Any) -> None:
    """Start every server now (not at the first client), serving cached lists meanwhile."""
    hub = getattr(gateway, "hub", None)
    try:
        if hub is not None:
            from secure_mcp_gateway.session import ClientSession

            shared = ClientSession(name="http")
            shared.greet(
                {"capabilities": SERVER_CAPS, "clientInfo": {"name": "secure-mcp-gateway", "version": __version__}}
            )
            hub.greeted(shared)  # servers meet this shared client, not whichever HTTP client came first
            await hub.start()
        else:
            gateway.fleet.start()
    except Exception:
        log.exception("starting the servers failed")

"""Anchoring signed audit checkpoints outside the machine (syslog, a webhook), from a thread of its own."""

from __future__ import annotations

import json
import logging
import logging.handlers
import socket
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secure_mcp_gateway.config import AnchorSettings

log = logging.getLogger(__name__)
SEND_TIMEOUT = 5.0


def _syslog_address(text: str) -> str | tuple[str, int]:
    if text.startswith("/"):
        return text
    host, _, port = text.removeprefix("udp://").rpartition(":")
    return (host, int(port)) if host and port.isdigit() else (text, 514)


class Anchor:
    """Sends the newest checkpoint at most every `interval` seconds, and once more when the trail closes."""

    def __init__(self, settings: AnchorSettings) -> None:
        self._settings = settings
        self._latest: dict[str, Any] | None = None
        self._sent_serial = -1
        self._last_send = 0.0
        self._cond = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._failed_once = False
        self.sent = 0
        """Checkpoints delivered (to at least one sink)."""

    @classmethod
    def from_settings(cls, settings: AnchorSettings) -> Anchor | None:
        """An anchor if the config names a sink."""
        return cls(settings) if settings.syslog or settings.webhook else None

    def offer(self, signed: dict[str, Any], trail: Path) -> None:
        """Remember the newest checkpoint (never blocks); the thread sends it when the interval has passed."""
        with self._cond:
            self._latest = {"trail": str(trail), "checkpoint": signed}
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="audit-anchor", daemon=True)
                self._thread.start()
            self._cond.notify()

    def close(self, timeout: float = SEND_TIMEOUT) -> None:
        """Send the newest checkpoint if it was not sent yet, then stop."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _due(self) -> bool:
        latest = self._latest
        if latest is None or latest["checkpoint"].get("serial") == self._sent_serial:
            return False
        return self._stopping or time.monotonic() - self._last_send >= self._settings.interval

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._due() and not self._stopping:
                    wait = self._settings.interval - (time.monotonic() - self._last_send)
                    self._cond.wait(max(0.05, wait) if self._latest is not None else None)
                item = self._latest if self._due() else None
                stop = self._stopping
            if item is not None:
                self._send(item)
                self._sent_serial = item["checkpoint"].get("serial", -1)
                self._last_send = time.monotonic()
            if stop:
                return

    def _send(self, item: dict[str, Any]) -> None:
        text = json.dumps(item, separators=(",", ":"), sort_keys=True)
        ok = False
        if self._settings.syslog:
            try:
                handler = logging.handlers.SysLogHandler(
                    address=_syslog_address(self._settings.syslog), socktype=socket.SOCK_DGRAM
                )
                try:
                    record = logging.LogRecord("secure-mcp-gateway", logging.INFO, "", 0, "%s", (text,), None)
                    handler.ident = "secure-mcp-gateway audit-checkpoint: "
                    handler.emit(record)
                    ok = True
                finally:
                    handler.close()
            except (OSError, ValueError) as exc:
                self._complain("syslog", exc)
        if self._settings.webhook:
            try:
                import httpx

                response = httpx.post(
                    self._settings.webhook,
                    content=text,
                    timeout=SEND_TIMEOUT,
                    headers={"content-type": "application/json", **self._settings.headers},
                )
                response.raise_for_status()
                ok = True
            except Exception as exc:  # any failure of the sink must leave the trail alone
                self._complain("webhook", exc)
        if ok:
            self.sent += 1

    def _complain(self, sink: str, exc: BaseException) -> None:
        if not self._failed_once:
            self._failed_once = True
            log.warning("audit checkpoints: the %s sink failed (%s); the trail goes on", sink, type(exc).__name__)

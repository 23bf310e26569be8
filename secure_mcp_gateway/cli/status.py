"""`secure-mcp-gateway status`: what the running gateways of this user report in their status files."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from secure_mcp_gateway.status import HEARTBEAT, status_dir


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - no signal 0 there; the heartbeat tells
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _age(ts: str | None) -> float | None:
    if not ts:
        return None
    try:
        when = datetime.fromisoformat(ts[:-1] + "+00:00" if ts.endswith("Z") else ts)
    except ValueError:
        return None
    return (datetime.now(timezone.utc) - when).total_seconds()


def read_statuses(directory: Path | None = None) -> list[dict[str, Any]]:
    """Every running gateway's status; files of gateways that are gone are removed."""
    folder = directory or status_dir()
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pid = int(data["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not _alive(pid):
            path.unlink(missing_ok=True)  # a gateway that died without cleaning up
            continue
        age = _age(data.get("updated"))
        data["stale"] = age is not None and age > 3 * HEARTBEAT
        data["age"] = age
        out.append(data)
    return out


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def render(status: dict[str, Any]) -> str:
    """One gateway's status as a few readable lines."""
    client = f", client {status['client']}" if status.get("client") else ""
    stale = "  (NOT RESPONDING: no update for " + _duration(status.get("age")) + ")" if status.get("stale") else ""
    lines = [
        f"gateway pid {status.get('pid')}  up {_duration(_age(status.get('started')))}{client}  "
        f"config {status.get('config') or '-'}{stale}"
    ]
    servers = status.get("servers") or []
    width = max((len(str(s.get("server"))) for s in servers), default=6)
    for row in servers:
        state = str(row.get("state"))
        detail = f"{row.get('tools', 0)} tools" if state == "ready" else str(row.get("detail") or "")
        restarts = f", {row['restarts']} restarts" if row.get("restarts") else ""
        lines.append(f"  {row.get('server')!s:<{width}}  {state:<8}  {detail}{restarts}")
    if not servers:
        lines.append("  no servers")
    for name, breaker in (status.get("breakers") or {}).items():
        lines.append(f"  guardrail {name}: circuit {breaker.get('state')}")
    cache = status.get("cache")
    if cache is None:
        lines.append("  cache: off")
    else:
        rate = cache.get("hit_rate")
        shown = "-" if rate is None else f"{100 * rate:.1f}%"
        lines.append(f"  cache: hit rate {shown} ({cache.get('hits', 0)} hits, {cache.get('misses', 0)} misses)")
    hour = status.get("last_hour") or {}
    lines.append(
        f"  last hour: {hour.get('calls', 0)} calls, {hour.get('errors', 0)} errors, {hour.get('blocks', 0)} blocked"
    )
    return "\n".join(lines)


def run_status(as_json: bool = False) -> int:
    """Print every running gateway's status; 1 when none runs."""
    statuses = read_statuses()
    if as_json:
        print(json.dumps(statuses, indent=2))
        return 0 if statuses else 1
    if not statuses:
        print(f"no gateway is running for this user (status files: {status_dir()})")
        return 1
    print("\n\n".join(render(s) for s in statuses))
    return 0

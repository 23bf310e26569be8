"""Claude Code's tool permission rules (`mcp__<server>__<tool>`) renamed for the tools' names behind the gateway."""

from __future__ import annotations

import re
from typing import Any

from secure_mcp_gateway.catalog import public_name, server_prefixes

TOOL_RULE_KEYS = ("allowedTools", "disallowedTools")
"""The lists of tool rules Claude Code keeps per project (and at the top) of its user file."""
_ODD = re.compile(r"[^A-Za-z0-9_-]")


def client_server_name(name: str) -> str:
    """A server's name as Claude Code writes it in a tool's name (other characters than these become `_`)."""
    return _ODD.sub("_", name)


def _active(entry: Any, project: str | None) -> bool:
    """Whether a gateway config entry runs where the rules apply (its project's own, or everywhere)."""
    if not isinstance(entry, dict) or entry.get("enabled") is False or entry.get("disabled") is True:
        return False
    own = entry.get("project")
    return own is None or own == project


def rename_rules(
    rules: list[Any], moved: dict[str, str], servers: dict[str, Any], gateway: str, project: str | None
) -> tuple[list[Any], list[str]]:
    """`rules` with each one naming a tool of a moved server (`moved`: client name -> gateway config name) renamed
    to that tool behind the gateway entry `gateway`; and the rules for all of a moved server's tools (`mcp__<s>`,
    `mcp__<s>__*`), which stay as they are. `servers` is the gateway config's servers (their prefixes)."""
    active = [n for n, e in servers.items() if _active(e, project)]
    prefixes = server_prefixes(active, {n: servers[n].get("prefix") for n in active})
    by_rule_name = sorted(
        ((client_server_name(name), gw) for name, gw in moved.items() if gw in prefixes),
        key=lambda pair: -len(pair[0]),
    )
    out: list[Any] = []
    whole: list[str] = []
    entry = client_server_name(gateway)
    for rule in rules:
        new = rule
        if isinstance(rule, str) and rule.startswith("mcp__"):
            for name, gw in by_rule_name:
                head = f"mcp__{name}"
                if rule in (head, f"{head}__*"):
                    whole.append(rule)
                    break
                if rule.startswith(f"{head}__") and len(rule) > len(head) + 2:
                    new = f"mcp__{entry}__{public_name(prefixes[gw], rule[len(head) + 2 :])}"
                    break
        out.append(new)
    return out, whole

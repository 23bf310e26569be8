"""The gateway's per-user state directory (status files, install records), overridable for tests and services."""

from __future__ import annotations

from pathlib import Path


def state_dir() -> Path:
    """The one state directory: config `state.dir`, else `$SECURE_MCP_GATEWAY_STATE__DIR`, else the user's."""
    from secure_mcp_gateway.keys import state_dir as configured_state_dir

    return configured_state_dir()

"""The gateway's per-user state directory (status files, install records), overridable for tests and services."""

from __future__ import annotations

import os
from pathlib import Path

from secure_mcp_gateway.config import APP_NAME, ENV_PREFIX

STATE_ENV = ENV_PREFIX + "STATE_DIR"


def state_dir() -> Path:
    """`$SECURE_MCP_GATEWAY_STATE_DIR`, else the platform's user state directory."""
    explicit = os.environ.get(STATE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME, appauthor=False))

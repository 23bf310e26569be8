"""One setting moves all state: status files, install records, tool-use counts and kept results follow `state.dir`
like pins and checkpoints."""

from __future__ import annotations

from pathlib import Path

import pytest

from secure_mcp_gateway import keys
from secure_mcp_gateway.config import StateSettings
from secure_mcp_gateway.state import state_dir
from secure_mcp_gateway.status import status_dir


@pytest.fixture
def configured():
    yield keys.configure
    keys.configure(None)


def test_status_files_follow_the_configured_state_dir(tmp_path: Path, configured) -> None:
    configured(StateSettings(dir=str(tmp_path / "state")))
    assert state_dir() == tmp_path / "state" == keys.state_dir()
    assert status_dir() == tmp_path / "state" / "gateways"


def test_the_state_env_variable_moves_status_files_too(tmp_path: Path, monkeypatch, configured) -> None:
    configured(None)
    monkeypatch.setenv(keys.STATE_ENV, str(tmp_path / "svc"))
    assert status_dir() == tmp_path / "svc" / "gateways"


def test_tool_use_counts_and_kept_results_follow_the_configured_state_dir(tmp_path: Path, configured) -> None:
    from secure_mcp_gateway.budget import results, usage

    configured(StateSettings(dir=str(tmp_path / "state")))
    assert usage.default_path() == tmp_path / "state" / "tool-usage.json"
    assert results.default_directory() == tmp_path / "state" / "results"


def test_only_the_process_that_made_the_key_says_so(tmp_path: Path) -> None:
    path = tmp_path / "k" / "gateway.key"
    assert keys._create(path) is True
    first = path.read_bytes()
    assert keys._create(path) is False, "a key made meanwhile by another process is kept, not announced again"
    assert path.read_bytes() == first

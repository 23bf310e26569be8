"""The command written into a client's config to launch the gateway (`install`, `init`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from secure_mcp_gateway import launch


def _tool(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX executables")
def test_a_uvx_run_by_its_path_is_written_by_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`~/.local/bin/uvx --from ... secure-mcp-gateway install` with uv's folder not on PATH wrote a bare "uvx",
    which a desktop client cannot find (spawn uvx ENOENT): the gateway never started. The uv that ran it is used."""
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "cache" / "uv" / "archive-v0" / "Xy12"))  # (a uvx environment)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    uv = _tool(tmp_path / "uv-home" / "bin" / "uv")
    monkeypatch.setenv("UV", str(uv))
    config = tmp_path / "gateway.json"

    command, args = launch.gateway_command(config)
    assert (command, args[:3]) == (str(uv), ["tool", "run", "--from"])  # (no uvx beside it: `uv tool run`)
    assert args[-3:] == [launch.SCRIPT, "--config", str(config)]

    uvx = _tool(tmp_path / "uv-home" / "bin" / "uvx")
    command, args = launch.gateway_command(config)
    assert command == str(uvx) and args[0] == "--from" and args[-2:] == ["--config", str(config)]

    monkeypatch.setenv("PATH", os.pathsep.join([str(tmp_path / "elsewhere"), str(tmp_path / "empty")]))
    on_path = _tool(tmp_path / "elsewhere" / "uvx")
    assert launch.gateway_command(config)[0] == str(on_path)  # (one on PATH, as before)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX executables")
def test_the_hints_after_install_name_a_command_the_shell_has(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run through uvx (or a venv not activated), `install` said "check it: secure-mcp-gateway check ...", a command
    the user's shell does not have; it now says the command that ran it."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "cache" / "uv" / "archive-v0" / "Xy12"))
    uv = _tool(tmp_path / "uv-home" / "bin" / "uv")
    _tool(tmp_path / "uv-home" / "bin" / "uvx")
    monkeypatch.setenv("UV", str(uv))
    monkeypatch.setattr(launch, "install_spec", lambda: "/home/me/src/secure mcp gateway")
    said = launch.shell_command()
    assert said == f"{tmp_path}/uv-home/bin/uvx --from '/home/me/src/secure mcp gateway' secure-mcp-gateway"
    monkeypatch.setenv("PATH", str(uv.parent))
    assert launch.shell_command() == "uvx --from '/home/me/src/secure mcp gateway' secure-mcp-gateway"

    monkeypatch.setattr(sys, "prefix", str(tmp_path / "project" / ".venv"))  # a venv, not activated
    script = _tool(tmp_path / "project" / ".venv" / "bin" / launch.SCRIPT)
    monkeypatch.setattr(launch, "_script_path", lambda: script)
    assert launch.shell_command() == str(script)
    monkeypatch.setenv("PATH", str(script.parent))
    assert launch.shell_command() == launch.SCRIPT


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX executables")
def test_uvx_asked_for_where_there_is_none_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`install --launch uvx` without uv installed wrote a bare "uvx" into the client, which then failed to start the
    gateway (spawn uvx ENOENT); now it is refused, saying what to do."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("UV", raising=False)
    with pytest.raises(ValueError, match=r"uvx was not found .*--launch script"):
        launch.gateway_command(tmp_path / "gateway.json", "uvx")

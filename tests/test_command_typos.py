"""A server's `command` written as one line with its arguments is said to be so, with the entry to write instead."""

from __future__ import annotations

import os
import sys

import pytest

from secure_mcp_gateway.childenv import CommandNotFound, resolve_command

PY = os.path.basename(sys.executable)
PATH = {"PATH": os.path.dirname(sys.executable)}


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (
            f"{PY} -m mcp_server_time --local-timezone UTC",
            f'"command" holds its arguments too: write "command": "{PY}", '
            '"args": ["-m", "mcp_server_time", "--local-timezone", "UTC"]',
        ),
        (
            f"{sys.executable} -m x",
            f'holds its arguments too: write "command": "{sys.executable}", "args": ["-m", "x"]',
        ),
        ("no-such-program-5678 --flag", "command 'no-such-program-5678 --flag' was not found on PATH"),
        ("/no/such dir/server", "/no/such dir/server does not exist or is not executable"),
    ],
)
def test_a_command_with_its_arguments_in_one_string_says_how_to_split_it(command, said):
    with pytest.raises(CommandNotFound) as caught:
        resolve_command(command, PATH, None)
    assert said in str(caught.value)
    if "its arguments too" not in said:
        assert "its arguments too" not in str(caught.value)

"""Detectors on hostile input: no expression that backtracks without bound, no compilation per definition."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails import injection, secrets
from secure_mcp_gateway.guardrails.local import LocalGuard

_OLD_CAMEL = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{1,6}[0-9]{0,5}|[0-9]{1,5})+")
_OLD_TYPE = re.compile(r"(?:[A-Z]+[a-z]*)+|[a-z]+(?:[A-Z]+[a-z]*)+")
_NAMES = st.text(alphabet="AZaz09_%", max_size=10)


@given(_NAMES)
def test_type_and_camel_names_read_as_before(name: str) -> None:
    assert secrets._camel_name(name) == bool(_OLD_CAMEL.fullmatch(name))
    assert bool(secrets._TYPE_NAME.fullmatch(name)) == bool(_OLD_TYPE.fullmatch(name))


def test_a_long_run_of_capitals_after_a_telling_word_is_read_at_once() -> None:
    """A value that made a nested repeat backtrack for hours (here 60 capitals, then a character that fails it)."""
    line = "INFO provisioned credential " + "A" * 60 + "b7Qx%2Bz9Kp" + " for project billing"
    code = f"from secure_mcp_gateway.guardrails import secrets; print(len(secrets.find({line!r})))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_screening_distinct_definitions_compiles_nothing_new() -> None:
    guard = LocalGuard(GuardrailPolicy())
    guard.check_definition({"name": "warm", "description": "Echo the text back."}, "tool")
    before = len(injection._COMBINED)
    for i in range(40):
        definition = {
            "name": f"tool_{i}",
            "description": f"Lists the files of project {i}. You must pass an absolute path; the tool reads only "
            f"directories the user allowed and returns their names, sizes and modification times.",
            "inputSchema": {"type": "object", "properties": {"path": {"type": "string", "description": f"dir {i}"}}},
        }
        assert not guard.check_definition(definition, "tool").withhold
    assert len(injection._COMBINED) == before, "each definition string's rule set was compiled into a new expression"

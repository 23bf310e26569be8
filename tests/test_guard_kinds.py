"""The configurable kinds list matches what the detectors really report, so no kind is unconfigurable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secure_mcp_gateway.config import GuardrailPolicy, parse
from secure_mcp_gateway.guardrails import hidden, injection, pii, secrets
from secure_mcp_gateway.guardrails.kinds import KNOWN_KINDS
from secure_mcp_gateway.guardrails.local import LocalGuard

CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    out = []
    for entry in json.loads((CORPUS / "secrets.json").read_text())["positives"]:
        out.append(entry["text"].replace("{}", "".join(entry["secret"])))
    for name in ("pii", "injection", "hidden"):
        data = json.loads((CORPUS / f"{name}.json").read_text())
        out += [e["text"] if isinstance(e, dict) else e for e in data["positives"] + data["negatives"]]
    return out


def test_every_kind_a_detector_reports_is_known():
    seen: dict[str, set[str]] = {}
    for text in _texts():
        for module in (secrets, pii, injection, hidden):
            for f in module.find(text):
                seen.setdefault(f.detector, set()).add(f.kind)
    for detector, kinds in seen.items():
        assert kinds <= KNOWN_KINDS[detector], f"{detector}: {kinds - KNOWN_KINDS[detector]}"
    assert seen["secrets"] and seen["pii"] and seen["injection"] and seen["hidden_text"]


def test_every_poisoning_kind_on_the_corpus_is_known():
    guard = LocalGuard(GuardrailPolicy())
    data = json.loads((CORPUS / "definitions.json").read_text())
    found = set()
    for entry in data["poisoned"]:
        verdict = guard.check_definition(entry["definition"], entry["kind"])
        found |= {h.kind for h in verdict.hits if h.detector == "poisoning"}
    assert found and found <= KNOWN_KINDS["poisoning"], found - KNOWN_KINDS["poisoning"]


@pytest.mark.parametrize("detector", ["secrets", "pii", "injection", "hidden_text"])
def test_a_misspelt_kind_is_a_config_error(detector):
    from secure_mcp_gateway.config import ConfigError

    with pytest.raises(ConfigError, match=r"unknown .* kind 'no_such_kind'"):
        parse(
            {"guardrails": {"output": {detector: {"action": "warn", "kinds": {"no_such_kind": "allow"}}}}},
            "x.json",
            environ={},
        )


_LOADS_A_CONFIG = """
import json, sys
from secure_mcp_gateway.config import parse
plain = parse({"mcpServers": {}}, "x.json", environ={})
before = sorted(m for m in sys.modules if m.startswith("secure_mcp_gateway.guardrails."))
parse({"guardrails": {"output": {"pii": {"action": "warn", "kinds": {"mx_curp": "allow"}}},
                      "input": {"secrets": {"action": "warn", "kinds": {"groq_api_key": "block"}}}}},
      "x.json", environ={})
print(json.dumps(before))
"""


def test_a_config_naming_no_kind_loads_without_the_detectors_tables() -> None:
    out = subprocess.run([sys.executable, "-c", _LOADS_A_CONFIG], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert not {"secure_mcp_gateway.guardrails.pii_ids", "secure_mcp_gateway.guardrails.provider_keys"} & set(loaded)

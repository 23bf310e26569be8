"""A definition naming its own server's other tools in a workflow is shown; handing them secrets, files or the
conversation, or running down another server's tools, is still withheld."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from every_case import check_every

from secure_mcp_gateway.config import GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard

CORPUS = json.loads((Path(__file__).parent / "corpus" / "definitions.json").read_text(encoding="utf-8"))
GUARD = LocalGuard(GuardrailPolicy())
WRITE = {
    "name": "doc_write",
    "description": "Replaces the whole content of a document.\nDO NOT use this tool for small edits. "
    "Use 'doc_patch' with find/replace text instead.",
    "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}},
}


def _siblings(entry: dict[str, Any]) -> frozenset[str]:
    return frozenset(n.lower() for n in entry["siblings"])


def _workflow_passes(entry: dict[str, Any]) -> None:
    verdict = GUARD.check_definition(entry["definition"], entry["kind"], None, _siblings(entry))
    assert not verdict.withhold, verdict.reasons


def test_a_workflow_across_the_servers_own_tools_is_shown() -> None:
    check_every(CORPUS["sibling_benign"], _workflow_passes, lambda e: e["label"])


def _still_withheld(entry: dict[str, Any]) -> None:
    assert GUARD.check_definition(entry["definition"], entry["kind"], None, _siblings(entry)).withhold


def test_a_sibling_handed_private_data_is_still_withheld() -> None:
    check_every(CORPUS["sibling_poisoned"], _still_withheld, lambda e: e["label"])


def test_siblings_count_only_when_their_server_lists_them() -> None:
    """The same pointer at a tool no one on the server lists steers the model elsewhere."""
    assert not GUARD.check_definition(WRITE, "tool", None, frozenset({"doc_patch"})).withhold
    assert GUARD.check_definition(WRITE, "tool").withhold
    assert GUARD.check_definition(WRITE, "tool", None, frozenset({"doc_read"})).withhold

"""A parameter taking the user's current message verbatim is shown with a visible flag; asking for more is withheld."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from every_case import check_every

from secure_mcp_gateway.config import GatewayConfig, GuardrailPolicy
from secure_mcp_gateway.guardrails.local import LocalGuard
from secure_mcp_gateway.pipeline import Pipeline

CORPUS = json.loads((Path(__file__).parent / "corpus" / "definitions.json").read_text(encoding="utf-8"))
GUARD = LocalGuard(GuardrailPolicy())


def _shown_flagged(entry: dict[str, Any]) -> None:
    definition = entry["definition"]
    before = copy.deepcopy(definition)
    verdict = GUARD.check_definition(definition, entry["kind"])
    assert not verdict.withhold, verdict.reasons
    assert verdict.definition == before  # shown as the server wrote it
    assert verdict.hits, "no flag"
    assert {(h.detector, h.kind, h.action) for h in verdict.hits} == {("poisoning", "user_message", "warn")}


def test_a_parameter_for_the_users_current_message_is_shown_flagged() -> None:
    check_every(CORPUS["flagged"], _shown_flagged, lambda e: e["label"])


def _withheld(entry: dict[str, Any]) -> None:
    verdict = GUARD.check_definition(entry["definition"], entry["kind"])
    assert verdict.withhold, verdict.reasons
    assert any(h.action == "block" for h in verdict.hits)


def test_more_than_the_current_message_or_a_parameter_not_for_it_is_withheld() -> None:
    check_every(CORPUS["flagged_poisoned"], _withheld, lambda e: e["label"])


def test_a_config_naming_the_kind_decides_its_action() -> None:
    policy = GuardrailPolicy.model_validate(
        {"definitions": {"poisoning": {"action": "block", "kinds": {"user_message": "block"}}}}
    )
    strict = LocalGuard(policy)
    entry = CORPUS["flagged"][0]
    verdict = strict.check_definition(entry["definition"], entry["kind"])
    assert verdict.withhold
    assert {h.kind for h in verdict.hits if h.action == "block"} == {"user_message"}
    allowing = LocalGuard(
        GuardrailPolicy.model_validate(
            {"definitions": {"poisoning": {"action": "block", "kinds": {"user_message": "allow"}}}}
        )
    )
    verdict = allowing.check_definition(entry["definition"], entry["kind"])
    assert not verdict.withhold and not verdict.hits


def test_the_gateway_shows_a_flagged_definition_and_audits_the_flag() -> None:
    records: list[dict[str, Any]] = []

    class Trail:
        def record(self, event: str, **fields: Any) -> None:
            records.append({"event": event, **fields})

    pipeline = Pipeline(GatewayConfig.model_validate({"mcpServers": {"docs": {"command": "x"}}}), audit=Trail())
    flagged = copy.deepcopy(CORPUS["flagged"][0]["definition"])
    poisoned = copy.deepcopy(CORPUS["flagged_poisoned"][0]["definition"])
    assert pipeline.screen_definition("docs", "tools", flagged) == CORPUS["flagged"][0]["definition"]
    assert pipeline.screen_definition("docs", "tools", poisoned) is None
    assert [(r["event"], r["name"], r["kind"], r["detector"]) for r in records] == [
        ("definition.flagged", flagged["name"], "tool", "poisoning"),
        ("definition.withheld", poisoned["name"], "tool", "poisoning"),
    ]
    assert "user_message" in records[0]["reason"]

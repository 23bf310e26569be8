"""The catalog view screens each definition knowing its own server's tools: a pointer at a sibling is shown, the
same pointer from a server that lists no such tool is withheld, and a sibling gone has the definition screened
again."""

from __future__ import annotations

from test_guard_definition_siblings import WRITE

from secure_mcp_gateway.catalog import ServerCatalog
from secure_mcp_gateway.config import GatewayConfig
from secure_mcp_gateway.pipeline import Pipeline
from secure_mcp_gateway.recorder import Recorder
from secure_mcp_gateway.view import CatalogView

CONFIG = GatewayConfig.model_validate({"mcpServers": {"docs": {"command": "x"}, "copy": {"command": "x"}}})
PATCH = {
    "name": "doc_patch",
    "description": "Replaces one passage of a document.",
    "inputSchema": {"type": "object", "properties": {"path": {"type": "string"}, "find": {"type": "string"}}},
}


def _shown(view: CatalogView, server: str) -> list[str]:
    catalog = view.catalog.get(server)
    return sorted(t["name"] for t in catalog.tools) if catalog is not None else []


def test_the_view_screens_each_definition_with_its_own_servers_tools() -> None:
    pipeline = Pipeline(CONFIG)
    view = CatalogView(pipeline.screen_definition, lambda *changed: None, Recorder(None))
    view.siblings = pipeline.know_siblings
    view.merge("docs", ServerCatalog(tools=[dict(WRITE), dict(PATCH)]))
    view.merge("copy", ServerCatalog(tools=[dict(WRITE)]))  # the pointer leads out of this server
    assert _shown(view, "docs") == ["doc_patch", "doc_write"]
    assert _shown(view, "copy") == []
    view.merge("docs", ServerCatalog(tools=[dict(WRITE)]))  # the sibling gone: listed unchanged, screened again
    assert _shown(view, "docs") == []


def test_a_definition_found_clean_among_its_siblings_is_not_taken_as_clean_without_them() -> None:
    pipeline = Pipeline(CONFIG)
    view = CatalogView(pipeline.screen_definition, lambda *changed: None, Recorder(None))
    view.siblings = pipeline.know_siblings
    view.stamp_for = pipeline.screening_stamp
    view.merge("docs", ServerCatalog(tools=[dict(WRITE), dict(PATCH)]))
    assert _shown(view, "docs") == ["doc_patch", "doc_write"]
    # the same exact JSON from a server without the sibling: its clean digest from "docs" does not hold here
    view.merge("copy", ServerCatalog(tools=[dict(WRITE)]))
    assert _shown(view, "copy") == []
    # and a server listing the same names shares the verdict (the digest holds the names, not the server)
    screened: list[str] = []

    def counting(server: str, kind: str, item: dict) -> dict | None:
        screened.append(item["name"])
        return pipeline.screen_definition(server, kind, item)

    again = CatalogView(counting, lambda *changed: None, Recorder(None))
    again.siblings = pipeline.know_siblings
    again.stamp_for = pipeline.screening_stamp
    again.merge("docs", ServerCatalog(tools=[dict(WRITE), dict(PATCH)]))
    again.merge("copy", ServerCatalog(tools=[dict(WRITE), dict(PATCH)]))
    assert _shown(again, "copy") == ["doc_patch", "doc_write"]
    assert sorted(screened) == ["doc_patch", "doc_write"]

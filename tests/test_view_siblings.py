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

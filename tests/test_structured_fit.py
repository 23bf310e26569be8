"""A result whose structured content the checks changed still reaches an SDK client that validates output schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PY, gateway

from secure_mcp_gateway import structured

pytestmark = pytest.mark.anyio

TYPED = Path(__file__).parent / "servers" / "typed_server.py"
TOKEN = "ghp_Vb7Xq2LmR9sT4wYz1KcN8pF3hJ6dA0eG5uQi"


async def test_a_redacted_field_that_breaks_the_schema_comes_back_as_an_error_saying_why(tmp_path: Path) -> None:
    config = {"mcpServers": {"t": {"command": PY, "args": [str(TYPED)]}}}
    async with gateway(tmp_path, config) as (session, _):
        listed = {t.name: t for t in (await session.list_tools()).tools}
        assert listed["t__token"].output_schema is not None
        strict = await session.call_tool("t__token", {})  # the SDK validates a result that is not an error
        loose = await session.call_tool("t__note", {})
        plain = await session.call_tool("t__plain", {})
    assert strict.is_error, "a placeholder does not match the token's pattern: an error the client accepts"
    texts = [c.text for c in strict.content if c.type == "text"]
    assert "no longer matches the tool's output schema ($.token fails its 'pattern' rule)" in texts[-1]
    assert strict.structured_content is not None and strict.structured_content["token"] != TOKEN
    assert not loose.is_error and TOKEN not in json.dumps(loose.structured_content), "still valid: left as it is"
    assert not plain.is_error and plain.structured_content == {"note": "Deployed at 09:14.", "count": 3}
    everything = json.dumps([strict.model_dump(), loose.model_dump()])
    assert TOKEN not in everything


def test_a_result_left_unchanged_or_still_valid_is_returned_as_it_is() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "string", "maxLength": 3}}}
    listed = {"content": [], "structuredContent": {"n": "abc"}}
    assert structured.fitted(listed, listed, schema) is listed
    changed = {"content": [], "structuredContent": {"n": "ab"}}
    assert structured.fitted(changed, listed, schema) is changed
    broken = {"content": [], "structuredContent": {"n": "<SECRET_1>"}}
    out = structured.fitted(broken, listed, schema)
    assert out["isError"] is True and out["structuredContent"] == {"n": "<SECRET_1>"}
    assert "$.n fails its 'maxLength' rule" in out["content"][-1]["text"]
    assert structured.fitted(broken, listed, {"type": "not-a-type"}) is broken, "a schema that cannot compile"

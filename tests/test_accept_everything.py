"""Acceptance: every tool of the real server-everything, called through the gateway with defaults, answers unchanged."""

from __future__ import annotations

import base64
import contextlib
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from conftest import gateway, text_of

pytestmark = pytest.mark.anyio

EVERYTHING = Path(__file__).parent / "node" / "node_modules" / ".bin" / "mcp-server-everything"

if not EVERYTHING.exists():
    if os.environ.get("SMG_REQUIRE_NODE"):
        raise RuntimeError("npm test servers missing: run `npm ci --prefix tests/node`")
    pytest.skip("npm test servers not installed (npm ci --prefix tests/node)", allow_module_level=True)

NOTES = "Meeting notes, Tuesday\n- ship 2.1 on Friday\n- review the billing migration\n"
ARGS: dict[str, dict[str, Any]] = {
    "echo": {"message": "Hello from the acceptance test 👋 — ça marche"},
    "get-annotated-message": {"messageType": "error", "includeImage": True},
    "get-env": {},
    "get-resource-links": {"count": 4},
    "get-resource-reference": {"resourceType": "Text", "resourceId": 2},
    "get-structured-content": {"location": "Chicago"},
    "get-sum": {"a": 2.5, "b": 40},
    "get-tiny-image": {},
    "gzip-file-as-resource": {
        "name": "notes.txt.gz",
        "data": "data:text/plain;base64," + base64.b64encode(NOTES.encode()).decode(),
    },
    "toggle-simulated-logging": {},
    "toggle-subscriber-updates": {},
    "trigger-long-running-operation": {"duration": 0.2, "steps": 2},
    "simulate-research-query": {"topic": "history of the printing press"},
    "trigger-sampling-request": {"prompt": "Summarise the meeting notes in one line.", "maxTokens": 50},
    "trigger-elicitation-request": {},
    "get-roots-list": {},
    "trigger-url-elicitation": {"url": "https://example.com/connect/billing", "elicitationId": "connect-billing-1"},
}
PROMPT_ARGS: dict[str, dict[str, str]] = {
    "simple-prompt": {},
    "args-prompt": {"city": "Lyon", "state": "Auvergne-Rhône-Alpes"},
    "completable-prompt": {"department": "Engineering", "name": "Ada"},
    "resource-prompt": {"resourceType": "Text", "resourceId": "3"},
}
VARIES = {"get-env", "gzip-file-as-resource", "simulate-research-query"}
"""Tools whose answers differ from run to run (process environment, timestamps): checked for damage, not equality."""


def client(seen: list[Any]) -> dict[str, Any]:
    """A client that declares sampling, elicitation and roots, and keeps what the server asked it in `seen`."""
    from mcp import types

    async def sample(context: Any, params: Any) -> Any:
        seen.append(params.model_dump(mode="json", exclude_none=True))
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text="Ship 2.1 on Friday; review the billing migration."),
            model="test-model",
            stop_reason="endTurn",
        )

    async def elicit(context: Any, params: Any) -> Any:
        seen.append(params.model_dump(mode="json", exclude_none=True))
        schema = getattr(params, "requested_schema", None) or {}
        return types.ElicitResult(action="accept", content=answers(schema))

    async def roots(context: Any) -> Any:
        return types.ListRootsResult(roots=[types.Root(uri="file:///home/ada/projects/billing", name="billing")])

    return {"sampling_callback": sample, "elicitation_callback": elicit, "list_roots_callback": roots}


def answers(schema: dict[str, Any]) -> dict[str, Any]:
    """Valid answers for every field of an elicitation form."""
    content: dict[str, Any] = {}
    for name, prop in (schema.get("properties") or {}).items():
        kind = prop.get("type")
        if "enum" in prop:
            content[name] = prop["enum"][0]
        elif kind == "boolean":
            content[name] = True
        elif kind in ("number", "integer"):
            content[name] = prop.get("minimum", 3)
        elif kind == "array":
            content[name] = []
        elif prop.get("format") == "email":
            content[name] = "ada@example.com"
        elif prop.get("format") == "date":
            content[name] = "2026-11-30"
        else:
            content[name] = "Ada"
    return content


@contextlib.asynccontextmanager
async def direct(tmp: Path, callbacks: dict[str, Any]) -> AsyncIterator[Any]:
    """The same server without the gateway, spoken to by the same client."""
    from mcp import ClientSession, StdioServerParameters, stdio_client

    params = StdioServerParameters(command=str(EVERYTHING), args=[], env={"PATH": os.environ.get("PATH", "")})
    with open(tmp / "direct.stderr", "w") as errlog:
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write, **callbacks) as session,
        ):
            await session.initialize()
            yield session


CLOCK = re.compile(r"\b\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?")
"""The time of day server-everything stamps on its dynamic resources (differs between the two servers' answers)."""


def steady(value: Any) -> Any:
    """`value` with times of day replaced, inside base64 blobs too."""
    if isinstance(value, dict):
        out = {k: steady(v) for k, v in value.items()}
        if isinstance(out.get("blob"), str):
            with contextlib.suppress(ValueError):
                text = base64.b64decode(out["blob"], validate=True).decode()
                out["blob"] = CLOCK.sub("<time>", text)
        return out
    if isinstance(value, list):
        return [steady(v) for v in value]
    return CLOCK.sub("<time>", value) if isinstance(value, str) else value


def shape(result: Any) -> Any:
    """A result as plain data, without the fields a relay may legitimately set, and without times of day."""
    data = result.model_dump(mode="json", exclude_none=True, by_alias=True)
    data.pop("_meta", None)
    return steady(data)


def clean(data: Any) -> None:
    """Fail if the gateway redacted or flagged anything in an ordinary answer."""
    text = repr(data)
    assert "<SECRET:" not in text and "<PII:" not in text and "[secure-mcp-gateway]" not in text, data


async def test_every_tool_prompt_and_resource_answers_unchanged_through_the_gateway(tmp_path: Path) -> None:
    config = {
        "mcpServers": {"everything": {"command": str(EVERYTHING)}},
        "gateway": {"reload": False, "start_deadline": 60},
    }
    via: list[Any] = []
    plain_seen: list[Any] = []
    async with (
        gateway(tmp_path, config, **client(via)) as (session, _run),
        direct(tmp_path, client(plain_seen)) as plain,
    ):
        # prompts and resources first: tools below add session resources (withheld from lists until approved)
        prompts = [p.name.removeprefix("everything__") for p in (await session.list_prompts()).prompts]
        assert set(prompts) == {p.name for p in (await plain.list_prompts()).prompts}
        for name in prompts:
            got = shape(await session.get_prompt(f"everything__{name}", PROMPT_ARGS[name]))
            clean(got)
            assert got == shape(await plain.get_prompt(name, PROMPT_ARGS[name])), (
                f"prompt {name} changed on its way through the gateway"
            )
        uris = [str(r.uri) for r in (await session.list_resources()).resources]
        assert uris == [str(r.uri) for r in (await plain.list_resources()).resources]
        for uri in [*uris, "demo://resource/dynamic/text/1", "demo://resource/dynamic/blob/2"]:
            got = shape(await session.read_resource(uri))
            clean(got)
            assert got == shape(await plain.read_resource(uri)), (
                f"resource {uri} changed on its way through the gateway"
            )
        listed = [t.name for t in (await session.list_tools()).tools]
        names = [n.removeprefix("everything__") for n in listed]
        assert set(names) == {t.name for t in (await plain.list_tools()).tools}, "the gateway serves every tool"
        unknown = sorted(set(names) - set(ARGS))
        assert not unknown, f"no valid arguments written for {unknown}"
        relayed = 0
        for name in names:
            relayed += len(via)
            del via[:], plain_seen[:]
            direct_result = await plain.call_tool(name, ARGS[name])
            through = await session.call_tool(f"everything__{name}", ARGS[name])
            if name == "simulate-research-query":  # (run only as a task by its server: the answer is the task's)
                assert not through.is_error and ARGS[name]["topic"] in text_of(through), text_of(through)
            if direct_result.is_error and "task augmentation" in text_of(direct_result):
                # a tool its server runs only as a task: the gateway runs the task for the plain call
                assert not through.is_error, f"{name}: {text_of(through)}"
                continue
            if direct_result.is_error:  # the same refusal, passed on
                assert through.is_error and text_of(through) == text_of(direct_result), name
                continue
            assert not through.is_error, f"{name}: {text_of(through)}"
            got = shape(through)
            clean(got)
            if name not in VARIES:
                assert got == shape(direct_result), f"{name}: the result changed on its way through the gateway"
                assert via == plain_seen, f"{name}: what the server asked the client changed on its way"
        assert relayed + len(via) >= 2, "the sampling and elicitation requests reached the client"

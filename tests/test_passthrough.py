"""The whole protocol passes through: prompts, resources, completions, notifications and server-to-client requests."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anyio
import mcp_types as types
import pytest
from conftest import Run, fixture_server, gateway, text_of

pytestmark = pytest.mark.anyio

TOKEN = "ghp_" + "Q4E0yU21tuvLAALx55isLX84oy87jXUvuHS2"


def two_servers() -> dict:
    return {"mcpServers": {"fx": fixture_server(), "fy": fixture_server(name="fy")}}


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def two(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Run]]:
    """One gateway over two fixture servers, for the tests that only read through it (a client with no sampling,
    elicitation or roots support)."""
    async with gateway(tmp_path_factory.mktemp("passthrough"), two_servers()) as pair:
        yield pair


class Heard:
    """What the gateway sent the client unasked (notifications, log messages), in order; a test waits for its own."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self._new = anyio.Event()

    async def add(self, item: Any) -> None:
        self.items.append(item)
        self._new.set()
        self._new = anyio.Event()

    async def until(self, done: Any) -> None:
        """Wait until `done()` holds (10 s at most)."""
        with anyio.fail_after(10):
            while not done():
                await self._new.wait()


async def sampling(context, params):
    assert params.messages[0].content.text == "say hi"
    return types.CreateMessageResult(
        role="assistant", content=types.TextContent(type="text", text="hi!"), model="test-model"
    )


async def elicitation(context, params):
    assert params.message == "Your name?"
    return types.ElicitResult(action="accept", content={"name": "Ada"})


async def roots(context):
    return types.ListRootsResult(roots=[types.Root(uri="file:///work", name="work")])


@pytest.fixture(scope="module")
async def capable(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Heard, Heard]]:
    """One gateway for a client that answers sampling, elicitation and roots requests, keeping the notifications and
    log messages it is sent: `fx` (a server with a token in its environment) and `grow` (tools added at run time
    shown at once: pinning off; with the default, `block`, a new tool waits for approval: test_pins_e2e)."""
    servers = {"fx": fixture_server(env={"LEAK_VALUE": TOKEN}), "grow": fixture_server(name="grow", pinning="off")}
    notes, logs = Heard(), Heard()
    async with gateway(
        tmp_path_factory.mktemp("capable"),
        {"mcpServers": servers},
        message_handler=notes.add,
        logging_callback=logs.add,
        sampling_callback=sampling,
        elicitation_callback=elicitation,
        list_roots_callback=roots,
    ) as (session, _):
        yield session, notes, logs


async def test_prompts_are_listed_and_routed(two):
    session, _ = two
    names = [p.name for p in (await session.list_prompts()).prompts]
    assert names == ["fx__greet", "fy__greet"]
    result = await session.get_prompt("fy__greet", {"who": "Grace"})
    assert result.messages[0].content.text == "Say hello to Grace."
    assert result.description == "A greeting"


async def test_resources_templates_and_reads(two):
    session, run = two
    uris = [str(r.uri) for r in (await session.list_resources()).resources]
    assert uris == ["fixture://static/readme", "fixture://static/logo"], "a URI two servers share is listed once"
    templates = [t.uri_template for t in (await session.list_resource_templates()).resource_templates]
    assert templates == ["fixture://items/{id}"]
    readme = await session.read_resource("fixture://static/readme")
    assert readme.contents[0].text == "readme of fx", "the first server in config order serves a shared URI"
    item = await session.read_resource("fixture://items/42")
    assert json.loads(item.contents[0].text) == {"id": "42"}
    logo = await session.read_resource("fixture://static/logo")
    assert logo.contents[0].blob and logo.contents[0].mime_type == "image/png"
    assert "uri fixture://static/readme is offered by fx and fy; the gateway uses fx" in run.stderr()


async def test_unknown_resource_is_a_clear_error(two):
    from mcp import MCPError

    session, _ = two
    with pytest.raises(MCPError) as info:
        await session.read_resource("fixture://nothing/here")
    assert "Resource not found" in info.value.error.message
    assert (await session.list_prompts()).prompts, "the next request is served"


async def test_subscriptions_and_updates_are_forwarded(capable):
    s, notes, _ = capable

    def updates() -> list[str]:
        return [str(m.params.uri) for m in notes.items if isinstance(m, types.ResourceUpdatedNotification)]

    await s.subscribe_resource("fixture://static/readme")
    await s.call_tool("fx__touch", {"uri": "fixture://static/readme"})
    await notes.until(lambda: updates())
    assert updates() == ["fixture://static/readme"]
    await s.unsubscribe_resource("fixture://static/readme")
    await s.call_tool("fx__touch", {"uri": "fixture://static/readme"})
    await s.call_tool("fx__echo", {})  # the server answers in order; an update would have come before this
    assert updates() == ["fixture://static/readme"], "no update after unsubscribing"


async def test_completions_for_prompts_and_templates(two):
    session, _ = two
    prompt = await session.complete(
        types.PromptReference(type="ref/prompt", name="fx__greet"), {"name": "who", "value": "b"}
    )
    assert prompt.completion.values == ["bob"]
    tmpl = await session.complete(
        types.ResourceTemplateReference(type="ref/resource", uri="fixture://items/{id}"),
        {"name": "id", "value": "4"},
    )
    assert tmpl.completion.values == ["42"]


async def test_tool_list_changes_at_run_time_reach_the_client(capable):
    s, notes, _ = capable

    def changes() -> int:
        return sum(isinstance(m, types.ToolListChangedNotification) for m in notes.items)

    before = {t.name for t in (await s.list_tools()).tools}
    assert "grow__added" not in before
    announced = changes()
    await s.call_tool("grow__add_tool", {})
    await notes.until(lambda: changes() > announced)
    after = {t.name for t in (await s.list_tools()).tools}
    assert after - before == {"grow__added"}
    assert text_of(await s.call_tool("grow__added", {})) == "added tool works"


async def test_progress_reaches_the_caller(two):
    session, _ = two
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_progress(value, total, message):
        progress.append((value, total, message))

    result = await session.call_tool("fx__slow", {"seconds": 0.4, "steps": 4}, progress_callback=on_progress)
    assert text_of(result) == "slept 0.4"
    assert [p[0] for p in progress] == [1, 2, 3, 4]
    assert progress[-1][1] == 4 and progress[-1][2] == "step 4"


async def test_log_messages_are_tagged_with_the_server(capable):
    s, _, logs = capable
    await s.set_logging_level("debug")
    await s.call_tool("fx__log", {"text": "hello from fx"})
    await s.call_tool("fx__leak_log", {})
    await s.call_tool("fx__echo", {})

    def leaked() -> list[Any]:
        return [p for p in logs.items if p.logger == "fx/fixture" and str(p.data).startswith("token ")]

    def heard() -> bool:
        said = any(p.logger == "fx/fixture" and p.data == "hello from fx" for p in logs.items)
        return said and bool(leaked()) and any(p.data == "level set to debug" for p in logs.items)

    await logs.until(heard)  # (and "level set to debug": logging/setLevel reached the server)
    assert all(TOKEN not in str(p.data) and "<SECRET" in str(p.data) for p in leaked()), "secrets are redacted"
    assert not any(TOKEN in str(p.data) for p in logs.items)


async def test_sampling_elicitation_and_roots_reach_a_capable_client(capable):
    session, _, _ = capable
    sampled = json.loads(text_of(await session.call_tool("fx__sample", {})))
    assert sampled["content"]["text"] == "hi!" and sampled["model"] == "test-model"
    elicited = json.loads(text_of(await session.call_tool("fx__elicit", {})))
    assert elicited == {"action": "accept", "content": {"name": "Ada"}}
    listed = json.loads(text_of(await session.call_tool("fx__roots", {})))
    assert listed["roots"][0]["uri"] == "file:///work"


async def test_server_requests_fail_cleanly_without_client_support(two):
    session, _ = two
    with anyio.fail_after(10):
        sampled = json.loads(text_of(await session.call_tool("fx__sample", {})))
    assert sampled["error"]["code"] == -32601
    assert "does not support sampling" in sampled["error"]["message"]
    elicited = json.loads(text_of(await session.call_tool("fx__elicit", {})))
    assert "does not support elicitation" in elicited["error"]["message"]


def test_a_server_not_up_at_the_handshake_may_still_offer_completions_logging_and_subscriptions() -> None:
    """The handshake is the client's only look at the capabilities: a server still starting (past start_deadline)
    counts as one that may offer completions, logging and subscriptions, as it counts for prompts and resources
    (told none, a client never asks the server for them once it is up)."""
    from secure_mcp_gateway.catalog import ServerCatalog
    from secure_mcp_gateway.recorder import Recorder
    from secure_mcp_gateway.view import CatalogView

    view = CatalogView(lambda *_: None, lambda *changed: None, Recorder(None))
    view.catalog.set("time", ServerCatalog(capabilities={"tools": {}}))
    caps = view.capabilities(["time", "slow"])  # (`slow` has no catalog yet)
    assert "completions" in caps and "logging" in caps and caps["resources"]["subscribe"] is True
    assert "prompts" in caps
    up = view.capabilities(["time"])  # every server up: only what they offer
    assert "completions" not in up and "logging" not in up and "prompts" not in up


async def test_capabilities_follow_the_servers(tmp_path, two):
    from conftest import time_server

    # (up before the handshake whatever the load: a server not up yet may offer anything)
    config = {"mcpServers": {"time": time_server()}, "gateway": {"start_deadline": 60}}
    async with gateway(tmp_path, config) as (_, run):
        caps = run.init.capabilities
        assert caps.tools is not None and caps.tools.list_changed
        assert caps.completions is None and caps.logging is None, "mcp-server-time offers neither"
        assert caps.resources is not None and not caps.resources.subscribe
    caps = two[1].init.capabilities  # fixture servers offer both
    assert caps.prompts is not None and caps.resources is not None and caps.resources.subscribe
    assert caps.completions is not None and caps.logging is not None

"""End to end over real stdio: routing, results, failures, deadlines and concurrency of the gateway core."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import anyio
import mcp_types as types
import pytest
from conftest import NOTHING_CACHED, Run, fixture_server, gated_server, gateway, text_of, time_server
from mcp import MCPError

pytestmark = pytest.mark.anyio

NAME_RULE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


def shared_config() -> dict[str, Any]:
    """Fixture servers (`long`: odd and long tool names, an invalid tool and 25 more listed 7 a page; `limited`: tools
    allowed and denied by the config) and `mcp-server-time`."""
    servers = {
        "a": fixture_server(name="a"),
        "b": fixture_server(name="b"),
        "long": fixture_server("--long-names", "--bad-tool", "--tools-extra", "25", "--page-size", "7", name="long"),
        "limited": fixture_server(name="limited", tools={"allow": ["echo", "multi", "cr*"], "deny": ["crash"]}),
        "time": time_server(),
    }
    # every server in the first listing, however loaded the machine
    return {"mcpServers": servers, "gateway": {"start_deadline": 60}}


@pytest.fixture(scope="module")
async def shared(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Run]]:
    """One gateway over the servers of `shared_config`, for the tests whose calls change nothing there."""
    async with gateway(tmp_path_factory.mktemp("core"), shared_config()) as pair:
        yield pair


@pytest.fixture(scope="module")
async def troubled(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[Any, Run]]:
    """One gateway beside servers that fail each in its own way (`ghost`: no such program; `bad`: exits at start;
    `hung`: never answers; `noisy`: writes lines that are not JSON-RPC; `late` and `waiting`: start only once the
    test opens their gate), with servers that work (`fx`, given settings from the gateway's environment; `crashy`,
    crashed on request; `deadline`, calls cut at 0.5 s). Each test looks at its own servers."""
    root = tmp_path_factory.mktemp("troubled")
    servers = {
        "ghost": {"command": "no-such-program-1234"},
        "bad": fixture_server("--crash-on-start", name="bad"),
        "hung": fixture_server("--never-answer", name="hung", timeout=0.5),
        "noisy": fixture_server("--garbage", name="noisy"),
        "late": gated_server(root / "late-gate", name="late"),
        "waiting": gated_server(root / "waiting-gate", name="waiting"),
        "fx": fixture_server(env={"SERVER_SETTING": "${env:PASS_ME}"}, inherit_env=["PASS_ME"]),
        "crashy": fixture_server(name="crashy"),
        "deadline": fixture_server(name="deadline", timeout=0.5),
    }
    config = {
        "mcpServers": servers,
        "gateway": {"start_deadline": 1.0, "restart": {"max_attempts": 2, "backoff_initial": 0.05}},
    }
    async with gateway(root, config, env=TROUBLED_ENV) as pair:
        yield pair


TROUBLED_ENV = {
    "GATEWAY_PRIVATE_TOKEN": "do-not-leak",
    "HTTPS_PROXY": "http://proxy.example:3128",
    "SSL_CERT_FILE": "/etc/ssl/custom.pem",
    "PASS_ME": "passed",
}


async def tools_once(session: Any, run: Run, wanted: set[str]) -> set[str]:
    """The gateway's tool names once they include `wanted`, listed again after each notification (a server that
    comes up late is announced with list_changed: without one, this waits until it fails)."""
    with anyio.fail_after(30):
        while True:
            seen = len(run.notifications)
            names = {t.name for t in (await session.list_tools()).tools}
            if wanted <= names:
                return names
            while len(run.notifications) == seen:
                await anyio.sleep(0.02)


async def logged(run: Run, pattern: str) -> str:
    """The gateway's log once `pattern` (a regular expression) is in it."""
    with anyio.fail_after(30):
        while not re.search(pattern, run.stderr()):
            await anyio.sleep(0.05)
    return run.stderr()


async def test_lists_every_server_under_stable_valid_names(shared, tmp_path):
    # Names are the point here, not start-up time: a loaded machine may take more than the default 5 s to start
    # the time server, and a server still starting is listed later, not in the first listing (`start_deadline`).
    session, run = shared
    first = [t.name for t in (await session.list_tools()).tools]
    assert "dropped tool 'broken'" in run.stderr()
    async with gateway(tmp_path, {**shared_config(), "cache": NOTHING_CACHED}) as (session, _):
        second = [t.name for t in (await session.list_tools()).tools]
    assert first == second, "the same config must give the same names"
    assert all(NAME_RULE.match(n) for n in first)
    assert len(set(first)) == len(first)
    assert "long__echo" in first and "time__get_current_time" in first
    assert "long__extra_024" in first, "pagination must be followed to the end"
    assert not any(n.startswith("long__broken") for n in first), "an invalid tool is dropped"
    odd = [n for n in first if n.startswith("long__do_thing_now")]
    assert len(odd) == 1 and odd[0] != "long__do_thing_now", "a mapped name carries a hash of the original"
    longs = [n for n in first if n.startswith("long__a_really_long")]
    assert len(longs) == 2 and all(len(n) == 64 for n in longs)


async def test_odd_and_long_names_can_be_called(shared):
    session, _ = shared
    names = [t.name for t in (await session.list_tools()).tools]
    odd = next(n for n in names if n.startswith("long__do_thing_now"))
    assert text_of(await session.call_tool(odd, {})) == "did the thing"
    long_y = next(n for n in names if n.startswith("long__a_really_long") and "yyyy" in n)
    assert "yyyy called" in text_of(await session.call_tool(long_y, {}))


async def test_whole_result_passes_through(shared):
    session, _ = shared
    result = await session.call_tool("a__multi", {})
    assert [c.type for c in result.content] == ["text", "text", "image", "audio", "resource", "resource_link"]
    assert result.content[2].mime_type == "image/png" and result.content[2].data
    assert result.content[4].resource.text == "embedded text"
    assert result.content[5].uri == "fixture://static/logo"
    assert result.structured_content == {"count": 6, "nested": {"ok": True}}
    assert result.meta == {"trace": "abc"}
    assert result.is_error is False
    echoed = await session.call_tool("a__echo", {"text": "hi", "n": [1, {"deep": True}]})
    assert echoed.structured_content == {"echo": {"text": "hi", "n": [1, {"deep": True}]}}
    failed = await session.call_tool("a__fail", {})
    assert failed.is_error is True and text_of(failed) == "this tool failed on purpose"


async def test_protocol_error_from_a_server_reaches_the_client(shared):
    session, _ = shared
    with pytest.raises(MCPError) as info:
        await session.call_tool("a__rpc_error", {})
    assert info.value.error.code == -32602
    assert "bad arguments on purpose" in info.value.error.message
    assert text_of(await session.call_tool("a__echo", {})) == "{}", "the next call is served"


async def test_third_party_server_through_the_gateway(shared):
    session, _ = shared
    result = await session.call_tool("time__get_current_time", {"timezone": "Europe/Paris"})
    assert result.is_error is False
    assert json.loads(text_of(result))["timezone"] == "Europe/Paris"


async def test_unknown_and_denied_tools_get_clear_errors(shared):
    session, _ = shared
    names = {t.name for t in (await session.list_tools()).tools}
    assert {n for n in names if n.startswith("limited__")} == {"limited__echo", "limited__multi"}
    denied = await session.call_tool("limited__crash", {})
    assert denied.is_error and "not allowed by the gateway's config" in text_of(denied)
    assert "mcpServers.limited.tools" in text_of(denied)
    unknown = await session.call_tool("nope__nothing", {})
    assert unknown.is_error and "unknown tool 'nope__nothing'" in text_of(unknown)
    # the server is unharmed
    assert text_of(await session.call_tool("limited__echo", {"text": "ok"})) == '{"text": "ok"}'


async def test_crash_mid_call_becomes_an_error_and_the_server_comes_back(troubled):
    session, run = troubled
    pid_before = text_of(await session.call_tool("crashy__pid", {}))
    crashed = await session.call_tool("crashy__crash", {})  # (the call deadline is 50 s: an answer now is the exit)
    assert crashed.is_error
    assert "server crashy exited with code 3" in text_of(crashed)
    assert "did not answer" not in text_of(crashed)
    assert "boom, crashing on request" in text_of(crashed), "the last stderr lines explain the exit"
    assert text_of(await session.call_tool("fx__echo", {"text": "fine"})) == '{"text": "fine"}'
    pid_after = text_of(await session.call_tool("crashy__pid", {}))  # waits for the restart
    assert pid_after != pid_before
    assert re.search(r"server crashy exited with code 3[^\n]*; restarting in", run.stderr())


async def test_missing_binary_does_not_break_the_others(troubled):
    session, run = troubled
    names = await tools_once(session, run, {"fx__echo"})
    assert not any(n.startswith("ghost__") for n in names)
    assert text_of(await session.call_tool("fx__echo", {})) == "{}"
    err = await logged(run, "server ghost: giving up after 3 failed starts")
    assert "'no-such-program-1234' was not found on PATH" in err


async def test_server_that_crashes_at_start_is_retried_then_marked_failed(troubled):
    session, run = troubled
    assert "fx__echo" in await tools_once(session, run, {"fx__echo"})
    err = await logged(run, "server bad: giving up after 3 failed starts")
    assert err.count("bad: cannot start: missing setting FIXTURE_TOKEN") >= 3, "tried three times in all"


async def test_hung_server_does_not_hold_up_the_others(troubled):
    session, run = troubled
    names = await tools_once(session, run, {"fx__echo"})  # (on a loaded machine fx may come after the deadline)
    assert not any(n.startswith("hung__") for n in names)
    assert text_of(await session.call_tool("fx__echo", {"text": "up"})) == '{"text": "up"}'


async def test_call_deadline_cancels_the_call_at_the_server(troubled):
    session, run = troubled
    await tools_once(session, run, {"deadline__slow"})  # (up: the 0.5 s are the call's, not the start's)
    result = await session.call_tool("deadline__slow", {"seconds": 30})
    assert result.is_error
    assert "did not answer tools/call within 0.5 s; the request was cancelled" in text_of(result)
    assert re.search(r"deadline: request \d+ cancelled", await logged(run, r"deadline: request \d+ cancelled"))


async def test_client_cancellation_reaches_the_server(shared):
    session, run = shared
    cancelled = re.compile(r"b: request \d+ cancelled")
    before = len(cancelled.findall(run.stderr()))
    with anyio.CancelScope() as scope:

        async def started(progress: float, total: float | None, message: str | None) -> None:
            scope.cancel()  # the server is at work on the call: the client gives up on it

        await session.call_tool("b__slow", {"seconds": 30, "steps": 300}, progress_callback=started)
    assert scope.cancelled_caught
    with anyio.fail_after(30):
        while len(cancelled.findall(run.stderr())) == before:
            await anyio.sleep(0.05)
    assert text_of(await session.call_tool("b__echo", {})) == "{}"


async def test_no_head_of_line_blocking(shared, tmp_path):
    session, _ = shared
    slow_done = anyio.Event()
    results: dict[str, str] = {}

    gate, mark = tmp_path / "gate", tmp_path / "started"

    async def slow(name: str) -> None:
        arguments = {"seconds": 0, "steps": 1, "until": str(gate), "mark": str(mark)}
        results[name] = text_of(await session.call_tool(name, arguments))
        slow_done.set()

    async with anyio.create_task_group() as tg:
        tg.start_soon(slow, "a__slow")
        with anyio.fail_after(30):  # the slow call has reached its server before the others are sent
            while not mark.exists():
                await anyio.sleep(0.01)
        with anyio.fail_after(30):  # (calls that waited for the slow one would wait until the gate opens: never)
            other = await session.call_tool("b__echo", {"text": "b"})
            same = await session.call_tool("a__echo", {"text": "a"})
        assert not slow_done.is_set(), "calls to another server and to the same one did not wait"
        assert text_of(other) == '{"text": "b"}' and text_of(same) == '{"text": "a"}'
        gate.touch()  # the slow call ends only now: the two calls above cannot have waited for it
    assert results["a__slow"] == "slept 0.0"


async def test_late_server_arrives_with_list_changed(troubled):
    session, run = troubled
    names = {t.name for t in (await session.list_tools()).tools}
    assert "late__echo" not in names, "the start deadline does not wait for a slow server"
    (run.dir / "late-gate").touch()
    assert {"fx__echo", "late__echo"} <= await tools_once(session, run, {"fx__echo", "late__echo"})


async def test_call_to_a_server_still_starting_waits_for_it(troubled):
    session, run = troubled
    answers: list[str] = []

    async def call() -> None:
        answers.append(text_of(await session.call_tool("waiting__echo", {"text": "waited"})))

    async with anyio.create_task_group() as tg:
        tg.start_soon(call)
        await logged(run, "waiting__echo waits for server waiting to come up")  # (the gateway holds the call)
        assert answers == [], "the server is not up before its gate opens"
        (run.dir / "waiting-gate").touch()
    assert answers == ['{"text": "waited"}']


async def test_child_stderr_goes_to_the_gateway_log(troubled):
    session, run = troubled
    assert text_of(await session.call_tool("noisy__echo", {"x": 1})) == '{"x": 1}'
    assert "[noisy] noisy: ready" in await logged(run, "server noisy wrote a line that is not JSON-RPC")


async def test_children_get_a_clean_environment(troubled):
    session, _ = troubled
    seen = json.loads(text_of(await session.call_tool("fx__env", {})))
    assert "GATEWAY_PRIVATE_TOKEN" not in seen
    assert seen["HTTPS_PROXY"] == "http://proxy.example:3128"
    assert seen["SSL_CERT_FILE"] == "/etc/ssl/custom.pem"
    assert seen["SERVER_SETTING"] == "passed" and seen["PASS_ME"] == "passed"
    assert "PATH" in seen and "HOME" in seen


async def test_config_edits_apply_without_a_restart(tmp_path):
    changed = [anyio.Event()]

    async def on_message(message):
        if isinstance(message, types.ToolListChangedNotification):
            changed[0].set()

    config = {"mcpServers": {"fx": fixture_server()}}
    async with gateway(tmp_path, config, message_handler=on_message) as (session, run):
        assert "fx__echo" in {t.name for t in (await session.list_tools()).tools}

        async def edit(new: dict) -> set[str]:
            changed[0] = anyio.Event()
            run.path.write_text(json.dumps(new))
            with anyio.fail_after(15):
                await changed[0].wait()
            return {t.name for t in (await session.list_tools()).tools}

        names = await edit({"mcpServers": {"fx": fixture_server(), "fy": fixture_server(name="fy")}})
        assert {"fx__echo", "fy__echo"} <= names
        names = await edit({"mcpServers": {"fy": fixture_server(name="fy")}})
        assert "fy__echo" in names and not any(n.startswith("fx__") for n in names)
        run.path.write_text("{ this is not json")
        with anyio.fail_after(15):  # (the file may be read half-written first, empty: the next poll reads it whole)
            while "line 1 column 3: not valid JSON" not in run.stderr():
                await anyio.sleep(0.1)
        assert "config change not applied" in run.stderr()
        assert text_of(await session.call_tool("fy__echo", {"still": "up"})) == '{"still": "up"}'


async def test_a_call_to_a_server_that_never_came_up_says_which_and_why(troubled):
    session, run = troubled
    await logged(run, "server bad: giving up")
    bad = await session.call_tool("bad__echo", {})
    assert bad.is_error and text_of(bad).startswith("tool 'bad__echo' is not available: server bad has not come up")
    assert "(failed)" in text_of(bad) and "missing setting FIXTURE_TOKEN" in text_of(bad), text_of(bad)
    hung = await session.call_tool("hung__echo", {})
    assert text_of(hung) == "tool 'hung__echo' is not available: server hung has not come up (starting)"
    other = await session.call_tool("nobody__echo", {})
    assert text_of(other) == "unknown tool 'nobody__echo': no configured server offers it (see tools/list)"

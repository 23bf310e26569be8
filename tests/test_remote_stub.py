"""RemoteGuards over real sockets against the guardrail stub: timeouts, dropped connections, connection reuse."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from guardrail_stub import StubHandle, control, fetch_stats, running_stub

from secure_mcp_gateway.config import HttpSettings, provider_config
from secure_mcp_gateway.guardrails.remote import RemoteGuards, RemoteVerdict

KEY = "stub-key-0123456789"


@pytest.fixture
def stub() -> Iterator[StubHandle]:
    with running_stub("ok", api_key=KEY) as handle:
        yield handle


class RecordingSleep:
    """A sleep that records the waits asked for and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def make_guards(stub: StubHandle, sleep: RecordingSleep | None = None, **http: Any) -> RemoteGuards:
    settings: dict[str, Any] = {"timeout": 2.0, "connect_timeout": 1.0, "deadline": 8.0, "retries": 2}
    settings.update(http)
    return RemoteGuards(
        {
            "enk": provider_config(
                type="enkrypt", url=stub.url, api_key=KEY, policy="p", output_checks=["relevancy", "hallucination"]
            ),
            "hook": provider_config(type="webhook", url=stub.webhook_url, api_key=KEY),
        },
        HttpSettings(**settings),
        sleep=sleep or RecordingSleep(),
    )


async def hook(guards: RemoteGuards, parts: list[str] | None = None) -> RemoteVerdict:
    return await guards.check("hook", "input", parts or ["hello"], server="s", tool="t", request_id="r")


@pytest.mark.anyio
async def test_both_formats_over_real_http(stub: StubHandle) -> None:
    guards = make_guards(stub)
    try:
        ok = await guards.check("enk", "output", ["answer"], server="s", tool="t", request_id="r", input_parts=["q"])
        assert (ok.status, ok.action, ok.attempts) == ("ok", "allow", 3)
        stub.set_mode("flag")
        flagged = await guards.check(
            "enk", "output", ["answer"], server="s", tool="t", request_id="r", input_parts=["q"]
        )
        assert flagged.detectors == ["injection_attack", "toxicity", "relevancy", "hallucination"]
        blocked = await hook(guards)
        assert (blocked.action, blocked.detectors) == ("block", ["injection"])
        stub.set_mode("redact")
        redacted = await hook(guards, ["a", "b"])
        assert (redacted.action, redacted.parts) == ("redact", ["[REDACTED]", "[REDACTED]"])
        stub.set_mode("ok")
        parts, key = await guards.redact_pii("enk", ["write to ann@example.org", "and bob@example.net"])
        assert parts == ["write to <EMAIL_0>", "and <EMAIL_1>"]
        assert key is not None
        assert await guards.restore_pii("enk", ["sent to <EMAIL_1>"], key) == ["sent to bob@example.net"]
        sent = next(r for r in stub.stats()["recent"] if r["path"] == "/guardrails/guardrail/detect")
        assert sent["headers"]["apikey"] == KEY and sent["headers"]["x-enkrypt-mode"] == "response"
    finally:
        await guards.aclose()


@pytest.mark.anyio
async def test_a_slow_answer_times_out_and_the_retry_succeeds(stub: StubHandle) -> None:
    stub.set_mode("slow", delay=60.0, times=1)  # (the first answer never comes in time; the second has a whole second)
    sleep = RecordingSleep()
    guards = make_guards(stub, sleep, timeout=1.0)
    try:
        verdict = await hook(guards)
    finally:
        await guards.aclose()
    assert verdict.status == "ok" and verdict.attempts == 2
    assert len(sleep.waits) == 1
    assert stub.stats()["requests"] == 2


@pytest.mark.anyio
async def test_a_dropped_connection_is_retried(stub: StubHandle) -> None:
    stub.set_mode("drop", times=2)
    guards = make_guards(stub)
    try:
        verdict = await hook(guards)
    finally:
        await guards.aclose()
    assert verdict.status == "ok" and verdict.attempts == 3
    assert stub.stats()["requests"] == 3


@pytest.mark.anyio
async def test_a_slow_service_fails_within_the_deadline(stub: StubHandle) -> None:
    stub.set_mode("slow", delay=5.0)
    guards = make_guards(stub, timeout=0.2, deadline=0.5, retries=5)
    try:
        verdict = await hook(guards)
    finally:
        await guards.aclose()
    assert verdict.status == "failed"
    assert verdict.error is not None and verdict.error.startswith("timed out")
    assert 1 <= verdict.attempts <= 3


@pytest.mark.anyio
async def test_rate_limit_with_retry_after_over_http(stub: StubHandle) -> None:
    stub.set_mode("429", retry_after="2", times=1)
    sleep = RecordingSleep()
    guards = make_guards(stub, sleep)
    try:
        verdict = await hook(guards)
    finally:
        await guards.aclose()
    assert verdict.status == "ok" and verdict.attempts == 2
    assert sleep.waits == [2.0]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("mode", "options", "error"),
    [
        ("garbage", {}, "malformed response: not JSON but text/html (a proxy's or login page?)"),
        ("status", {"status": 401}, "HTTP 401 (credentials rejected)"),
    ],
)
async def test_garbage_and_rejections_fail_without_retry(
    stub: StubHandle, mode: str, options: dict[str, Any], error: str
) -> None:
    stub.set_mode(mode, **options)
    guards = make_guards(stub)
    try:
        verdict = await hook(guards)
    finally:
        await guards.aclose()
    assert (verdict.status, verdict.error) == ("failed", error)
    assert stub.stats()["requests"] == 1


@pytest.mark.anyio
async def test_a_wrong_key_is_rejected_by_the_stub_and_fails() -> None:
    with running_stub("ok", api_key="the-right-key-000") as handle:
        guards = make_guards(handle)
        try:
            verdict = await hook(guards)
        finally:
            await guards.aclose()
    assert (verdict.status, verdict.error) == ("failed", "HTTP 401 (credentials rejected)")


@pytest.mark.anyio
async def test_many_checks_reuse_a_few_pooled_connections(stub: StubHandle) -> None:
    # Generous timeouts: a retry after a slow answer on a loaded machine would add requests, and the count is the point.
    guards = make_guards(stub, max_connections=4, max_keepalive=4, timeout=30.0, connect_timeout=10.0, deadline=60.0)
    try:
        for _ in range(50):
            assert (await hook(guards)).status == "ok"
        sequential = stub.stats()
        verdicts = await asyncio.gather(*(hook(guards) for _ in range(50)))
        assert {v.status for v in verdicts} == {"ok"}
    finally:
        await guards.aclose()
    stats = stub.stats()
    assert sequential["requests"] == 50
    assert sequential["connections"] == 1
    assert stats["requests"] == 100
    assert stats["connections"] <= 4, "the pool is bounded and keep-alive connections are reused"


@pytest.mark.anyio
async def test_the_breaker_stops_traffic_to_a_failing_service(stub: StubHandle) -> None:
    stub.set_mode("5xx", status=502)
    changes: list[tuple[str, str, str]] = []
    guards = RemoteGuards(
        {"hook": provider_config(type="webhook", url=stub.webhook_url, api_key=KEY)},
        HttpSettings(retries=0, breaker_failures=3, breaker_recovery=60),
        on_state_change=lambda *a: changes.append(a),
    )
    try:
        statuses = [(await hook(guards)).status for _ in range(10)]
    finally:
        await guards.aclose()
    assert statuses == ["failed"] * 3 + ["breaker_open"] * 7
    assert stub.stats()["requests"] == 3
    assert changes == [("hook", "closed", "open")]


def test_the_stub_runs_as_a_program() -> None:
    script = Path(__file__).with_name("guardrail_stub.py")
    proc = subprocess.Popen(
        [sys.executable, str(script), "--port", "0", "--mode", "flag"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        assert fetch_stats(url)["mode"] == "flag"
        control(url, "5xx", status=500)
        stats = fetch_stats(url)
        assert (stats["mode"], stats["requests"]) == ("5xx", 0)
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


@pytest.mark.anyio
@pytest.mark.parametrize("together", [True, False], ids=["same-write", "after-the-answer"])
async def test_an_answer_nobody_asked_for_is_never_taken_for_the_next_checks(together: bool) -> None:
    """A service that wrote a second answer after the first on a kept-alive connection had it read as the answer to
    the next check (the input's "block" blocked the output). Nothing in an answer without ids (Enkrypt's, a webhook
    that does not echo them) tells them apart: the connection that brought it is not used again."""
    asked: list[int] = []

    def answer(action: str) -> bytes:
        body = f'{{"action": "{action}", "detectors": ["{action}"]}}'.encode()
        return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                size = next(
                    int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")
                )
                await reader.readexactly(size)
                asked.append(1)
                if len(asked) > 1:
                    writer.write(answer("allow"))
                elif together:
                    writer.write(answer("allow") + answer("block"))
                else:
                    writer.write(answer("allow"))
                    await writer.drain()
                    await asyncio.sleep(0)  # (the client has the first answer before the second is sent)
                    writer.write(answer("block"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    hook_cfg = provider_config(type="webhook", url=f"http://127.0.0.1:{port}/check")
    guards = RemoteGuards({"hook": hook_cfg}, HttpSettings(retries=0, deadline=5.0))
    try:
        first = await guards.check("hook", "input", ["hi"], server="s", tool="t", request_id="r1")
        await asyncio.sleep(0.05)  # (the second answer has reached the client's socket)
        second = await guards.check("hook", "output", ["there"], server="s", tool="t", request_id="r1")
    finally:
        await guards.aclose()
        server.close()
    assert (first.action, second.status, second.action) == ("allow", "ok", "allow"), second
    assert len(asked) == 2, "the output was asked of the service, not read from what it sent before"


@pytest.mark.anyio
async def test_a_pool_laid_out_otherwise_never_fails_the_check() -> None:
    """Where the HTTP client's pool is not laid out as this version keeps it, nothing is closed and nothing raises."""
    from types import SimpleNamespace

    from secure_mcp_gateway.guardrails import unasked

    class Odd:
        _h11_state = None  # (no trailing_data: another httpcore's layout)

        def is_idle(self) -> bool:
            return True

    pool = SimpleNamespace(connections=[Odd()])
    assert await unasked.drop(SimpleNamespace()) == 0
    assert await unasked.drop(SimpleNamespace(_transport=SimpleNamespace(_pool=pool), _mounts={})) == 0

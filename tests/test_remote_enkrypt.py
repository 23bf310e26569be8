"""Tests of the Enkrypt provider and of RemoteGuards' retries, deadline, breaker and failure handling (respx)."""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import time
from typing import Any

import httpx
import pytest
import respx
from fakes import FakeClock

from secure_mcp_gateway.audit.records import CallLine
from secure_mcp_gateway.config import GatewayConfig, HttpSettings, ProviderConfig, provider_config
from secure_mcp_gateway.guardrails import enkrypt
from secure_mcp_gateway.guardrails.remote import RemoteGuards, RemoteUnavailable, RemoteVerdict, apply_failure_policy
from secure_mcp_gateway.pipeline import Pipeline

BASE = "https://enkrypt.test"
KEY = "ek-live-0123456789abcdef"
DETECT = BASE + "/guardrails/guardrail/detect"
QUIET = {"injection_attack": 0, "pii": 0, "toxicity": [], "nsfw": False}


class ClosingTransport(httpx.MockTransport):
    """A mock transport that remembers being closed."""

    closed = False

    async def aclose(self) -> None:
        self.closed = True


def provider(**overrides: Any) -> ProviderConfig:
    values: dict[str, Any] = {"type": "enkrypt", "url": BASE, "api_key": KEY, "policy": "Tool Policy"}
    values.update(overrides)
    return provider_config(**values)


def make_guards(
    router: respx.MockRouter,
    clock: FakeClock,
    providers: dict[str, ProviderConfig] | None = None,
    changes: list[tuple[str, str, str]] | None = None,
    **http: Any,
) -> RemoteGuards:
    settings = {"retries": 3, "backoff_initial": 1.0, "backoff_max": 8.0, "deadline": 20.0, "breaker_failures": 3}
    settings.update(http)
    return RemoteGuards(
        providers or {"enk": provider()},
        HttpSettings(**settings),
        transport=ClosingTransport(router.async_handler),
        on_state_change=(lambda *a: changes.append(a)) if changes is not None else None,
        clock=clock,
        sleep=clock.sleep,
        random=lambda: 0.0,
    )


def router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False)


async def check(
    guards: RemoteGuards, direction: str = "input", parts: list[str] | None = None, **kw: Any
) -> RemoteVerdict:
    return await guards.check(
        kw.pop("name", "enk"), direction, parts or ["hello"], server="files", tool="read", request_id="r1", **kw
    )  # type: ignore[arg-type]


# --- request shapes ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_input_detect_sends_every_part_with_policy_mode_and_key_headers() -> None:
    r = router()
    route = r.post(DETECT).respond(200, json={"summary": QUIET, "details": {}})
    guards = make_guards(r, FakeClock())
    verdict = await check(guards, "input", ["first block", "second block"])
    request = route.calls.last.request
    assert request.headers["apikey"] == KEY
    assert request.headers["X-Enkrypt-Guardrail"] == "Tool Policy"
    assert request.headers["X-Enkrypt-Mode"] == "prompt"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("secure-mcp-gateway/")
    assert json.loads(request.content) == {"text": "first block\nsecond block"}
    assert KEY not in str(request.url)
    assert verdict.status == "ok" and verdict.action == "allow" and not verdict.flagged
    assert verdict.cacheable and verdict.attempts == 1 and verdict.error is None


@pytest.mark.anyio
async def test_output_detect_uses_response_mode() -> None:
    r = router()
    route = r.post(DETECT).respond(200, json={"summary": QUIET})
    await check(make_guards(r, FakeClock()), "output", ["tool result"])
    assert route.calls.last.request.headers["X-Enkrypt-Mode"] == "response"


@pytest.mark.anyio
async def test_only_the_detectors_that_fired_are_reported() -> None:
    r = router()
    summary = {
        "injection_attack": 1,
        "pii": 0,
        "toxicity": ["toxicity"],
        "nsfw": [],
        "bias": False,
        "sponge_attack": None,
    }
    r.post(DETECT).respond(200, json={"summary": summary, "details": {"injection_attack": {"text": "secret stuff"}}})
    verdict = await check(make_guards(r, FakeClock()))
    assert verdict.status == "ok"
    assert verdict.action == "block" and verdict.flagged
    assert verdict.detectors == ["injection_attack", "toxicity"]
    assert verdict.reasons == ["injection_attack detected", "toxicity detected"]
    assert "secret stuff" not in repr(verdict)


@pytest.mark.anyio
async def test_no_policy_means_no_detect_call() -> None:
    r = router()
    route = r.post(DETECT).respond(200, json={"summary": {"pii": 1}})
    verdict = await check(make_guards(r, FakeClock(), {"enk": provider(policy=None, pii_redaction=True)}))
    assert route.call_count == 0
    assert verdict.status == "ok" and verdict.action == "allow"


# --- output checks -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_output_checks_run_concurrently_with_detect_and_send_the_documented_bodies() -> None:
    r = router()
    arrived: set[str] = set()
    everyone = asyncio.Event()

    def answering(name: str, body: dict[str, Any]) -> Any:
        async def side_effect(request: httpx.Request) -> httpx.Response:
            arrived.add(name)
            if len(arrived) == 4:
                everyone.set()
            # Each answer waits until all four requests are in flight: only concurrent calls can finish.
            await asyncio.wait_for(everyone.wait(), 5)
            return httpx.Response(200, json=body)

        return side_effect

    detect = r.post(DETECT).mock(side_effect=answering("detect", {"summary": QUIET}))
    relevancy = r.post(BASE + "/guardrails/relevancy").mock(side_effect=answering("relevancy", {"score": 0.2}))
    adherence = r.post(BASE + "/guardrails/adherence").mock(side_effect=answering("adherence", {"score": 0.8}))
    hallucination = r.post(BASE + "/guardrails/hallucination").mock(
        side_effect=answering("hallucination", {"has_hallucination": 1, "confidence": 0.7})
    )
    cfg = provider(output_checks=["relevancy", "adherence", "hallucination"], score_threshold=0.5)
    guards = make_guards(r, FakeClock(), {"enk": cfg})
    verdict = await check(guards, "output", ["the answer"], input_parts=["the", "question"])
    assert verdict.status == "ok", verdict.error
    assert verdict.detectors == ["relevancy", "hallucination"]
    assert verdict.reasons == ["relevancy score 0.20 below 0.50", "hallucination detected (confidence 0.70)"]
    assert verdict.attempts == 4
    assert json.loads(relevancy.calls.last.request.content) == {"question": "the\nquestion", "llm_answer": "the answer"}
    assert json.loads(adherence.calls.last.request.content) == {"context": "the\nquestion", "llm_answer": "the answer"}
    assert json.loads(hallucination.calls.last.request.content) == {
        "request_text": "the\nquestion",
        "response_text": "the answer",
        "context": "",
    }
    assert relevancy.calls.last.request.headers["apikey"] == KEY
    assert detect.call_count == 1


@pytest.mark.anyio
async def test_hallucination_below_the_confidence_threshold_is_not_flagged() -> None:
    r = router()
    r.post(DETECT).respond(200, json={"summary": QUIET})
    r.post(BASE + "/guardrails/hallucination").respond(200, json={"has_hallucination": True, "confidence": 0.3})
    cfg = provider(output_checks=["hallucination"], score_threshold=0.5)
    verdict = await check(make_guards(r, FakeClock(), {"enk": cfg}), "output", ["a"], input_parts=["q"])
    assert verdict.status == "ok" and verdict.detectors == []


@pytest.mark.anyio
async def test_output_checks_need_the_input_and_never_run_on_input() -> None:
    r = router()
    r.post(DETECT).respond(200, json={"summary": QUIET})
    relevancy = r.post(BASE + "/guardrails/relevancy").respond(200, json={"score": 0.0})
    guards = make_guards(r, FakeClock(), {"enk": provider(output_checks=["relevancy"])})
    assert (await check(guards, "output", ["answer"])).status == "ok"
    assert (await check(guards, "input", ["question"], input_parts=["question"])).status == "ok"
    assert relevancy.call_count == 0


@pytest.mark.anyio
async def test_a_failed_output_check_fails_the_whole_check() -> None:
    r = router()
    r.post(DETECT).respond(200, json={"summary": QUIET})
    r.post(BASE + "/guardrails/relevancy").respond(200, json={"score": "high"})
    guards = make_guards(r, FakeClock(), {"enk": provider(output_checks=["relevancy"])})
    verdict = await check(guards, "output", ["answer"], input_parts=["q"])
    assert verdict.status == "failed"
    assert verdict.error == 'malformed response: relevancy answer has no "score" between 0 and 1'
    assert not verdict.cacheable


# --- errors are failures, never passes -----------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(200, text="<html>oops"), "malformed response: not JSON"),
        (
            httpx.Response(200, html="<html>Sign in to the proxy</html>"),
            "malformed response: not JSON but text/html (a proxy's or login page?)",
        ),
        (httpx.Response(200, json=["summary"]), "malformed response: not a JSON object"),
        (httpx.Response(200, json={"details": {}}), 'malformed response: no "summary" object'),
        (httpx.Response(200, json={"summary": "clean"}), 'malformed response: no "summary" object'),
        (
            httpx.Response(200, json={"summary": {"pii": "yes"}}),
            "malformed response: a summary value is neither a number, a boolean nor a list",
        ),
        (
            httpx.Response(200, json={"error": "quota exceeded for text ...", "summary": QUIET}),
            "the service reported an error",
        ),
        (httpx.Response(401, json={"summary": QUIET}), "HTTP 401 (credentials rejected)"),
        (httpx.Response(403, json={"summary": QUIET}), "HTTP 403 (credentials rejected)"),
        (httpx.Response(400, json={"summary": QUIET}), "HTTP 400"),
        (httpx.Response(404, json={"summary": QUIET}), "HTTP 404"),
        (
            httpx.Response(302, headers={"Location": "https://elsewhere.test/"}),
            "HTTP 302: the service moved to https://elsewhere.test (another path); the gateway does not follow "
            "redirects (it would resend the text and credentials): set the provider's url to it",
        ),
    ],
)
async def test_error_statuses_and_malformed_answers_fail_at_once(response: httpx.Response, error: str) -> None:
    r = router()
    route = r.post(DETECT).mock(return_value=response)
    clock = FakeClock()
    verdict = await check(make_guards(r, clock))
    assert verdict.status == "failed"
    assert verdict.error == error
    assert verdict.action == "allow" and not verdict.flagged and not verdict.cacheable
    assert verdict.detectors == [] and verdict.parts is None
    assert route.call_count == 1, "no retry on a 4xx or a malformed answer"
    assert clock.waits == []


@pytest.mark.anyio
async def test_5xx_is_retried_with_backoff_then_succeeds() -> None:
    r = router()
    route = r.post(DETECT).mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json={"summary": QUIET})]
    )
    clock = FakeClock()
    verdict = await check(make_guards(r, clock))
    assert verdict.status == "ok" and verdict.attempts == 3
    assert route.call_count == 3
    assert clock.waits == [0.5, 1.0]


@pytest.mark.anyio
async def test_transport_errors_and_timeouts_are_retried() -> None:
    r = router()
    route = r.post(DETECT).mock(
        side_effect=[
            httpx.ConnectError("connection refused"),
            httpx.ReadTimeout("read timed out"),
            httpx.RemoteProtocolError("server disconnected"),
            httpx.Response(200, json={"summary": QUIET}),
        ]
    )
    verdict = await check(make_guards(r, FakeClock()))
    assert verdict.status == "ok" and verdict.attempts == 4 and route.call_count == 4


class Refusing:
    """A router stand-in whose every request fails to connect, caused by `cause` as httpcore raises it."""

    def __init__(self, cause: OSError) -> None:
        self.cause = cause
        self.call_count = 0

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        self.call_count += 1
        raise httpx.ConnectError(str(self.cause)) from self.cause


def _unverified(message: str) -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {message}")
    error.verify_message = message
    return error


def _handshake(code: str) -> ssl.SSLError:
    error = ssl.SSLError(1, f"[SSL: {code}] {code.lower().replace('_', ' ')} (_ssl.c:1006)")
    error.reason = code
    return error


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (
            _unverified("self-signed certificate"),
            "TLS certificate not trusted (self-signed certificate): if the service uses a private CA, set "
            "SSL_CERT_FILE to its bundle in the gateway's environment",
        ),
        (
            _unverified("Hostname mismatch, certificate is not valid for 'guard.example.com'."),
            "TLS certificate not trusted (Hostname mismatch, certificate is not valid for 'guard.example.com'.): "
            "if the service uses a private CA, set SSL_CERT_FILE to its bundle in the gateway's environment",
        ),
        (
            _handshake("WRONG_VERSION_NUMBER"),
            "TLS handshake failed (wrong version number: does the address speak https?)",
        ),
    ],
)
async def test_a_certificate_the_gateway_does_not_trust_fails_at_once_saying_so(cause: OSError, reason: str) -> None:
    refusing, clock = Refusing(cause), FakeClock()
    verdict = await check(make_guards(refusing, clock))  # type: ignore[arg-type]
    assert (verdict.status, verdict.error) == ("failed", reason)
    assert refusing.call_count == 1 and clock.waits == [], "a certificate is not fixed by waiting"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "could not connect (connection refused)"),
        (socket.gaierror(-2, "Name or service not known"), "could not connect (host name not found)"),
    ],
)
async def test_a_failed_connection_says_why(cause: OSError, reason: str) -> None:
    verdict = await check(make_guards(Refusing(cause), FakeClock(), retries=0))  # type: ignore[arg-type]
    assert verdict.error == reason


@pytest.mark.anyio
async def test_retries_are_bounded() -> None:
    r = router()
    route = r.post(DETECT).respond(500)
    clock = FakeClock()
    verdict = await check(make_guards(r, clock, retries=2))
    assert verdict.status == "failed" and verdict.error == "HTTP 500 (after 3 attempts)"
    assert route.call_count == 3 and verdict.attempts == 3
    assert clock.waits == [0.5, 1.0]


@pytest.mark.anyio
async def test_429_honours_retry_after_seconds() -> None:
    r = router()
    r.post(DETECT).mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={"summary": QUIET})]
    )
    clock = FakeClock()
    verdict = await check(make_guards(r, clock))
    assert verdict.status == "ok" and verdict.attempts == 2
    assert clock.waits == [3.0]


@pytest.mark.anyio
@pytest.mark.parametrize("retry_after", ["120", "Fri, 31 Dec 2100 23:59:59 GMT"])
async def test_a_retry_after_past_the_cap_fails_at_once_and_the_service_rests_until_then(retry_after: str) -> None:
    r = router()
    route = r.post(DETECT).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": retry_after}),
            httpx.Response(200, json={"summary": QUIET}),
        ]
    )
    clock = FakeClock()
    guards = make_guards(r, clock, retry_after_max=10.0, breaker_recovery=60.0)
    verdict = await check(guards)
    assert verdict.status == "failed" and clock.waits == [], "no 10 s wait for a retry the service said is too soon"
    assert str(verdict.error).startswith("rate limited (HTTP 429); the service asked for a pause")
    clock.now += 30.0
    verdict = await check(guards)
    assert (verdict.status, verdict.attempts, route.call_count) == ("failed", 0, 1), "not asked again meanwhile"
    assert verdict.error == "rate limited: the service asked for a pause (Retry-After); asked again in 30 s"
    clock.now += 31.0  # the rest is bounded by breaker_recovery
    assert (await check(guards)).status == "ok" and route.call_count == 2


@pytest.mark.anyio
async def test_the_checks_a_pause_fails_at_once_are_told_once_per_pause(caplog: pytest.LogCaptureFixture) -> None:
    """While a service rests after a Retry-After, the checks that failed at once were logged at debug only: the user
    saw nothing of them. The first one of each pause says, at warning level, until when and what on_failure does."""
    r = router()
    r.post(DETECT).mock(return_value=httpx.Response(429, headers={"Retry-After": "120"}))
    clock = FakeClock()
    guards = make_guards(r, clock, retry_after_max=10.0, breaker_recovery=60.0)
    config = GatewayConfig(
        guardrails={"providers": {"enk": provider()}, "on_failure": {"input": "closed"}}, cache={"enabled": False}
    )
    pipeline = Pipeline(config, remote=guards)
    await pipeline.check_input(CallLine("srv", "t", "srv__t"), {})  # (the local detectors loaded)
    caplog.set_level("WARNING", logger="secure_mcp_gateway.pipeline")
    verdicts = [await check(guards) for _ in range(3)]  # the 429, then two refused in its pause
    assert [v.attempts for v in verdicts] == [1, 0, 0]
    assert [v.pause_ends is not None for v in verdicts] == [False, True, False], "told once per pause"
    told = verdicts[1].pause_ends or 0.0
    assert 59.0 <= told - time.time() <= 61.0, "the pause's end, as a wall-clock time"
    clock.now += 61.0
    assert (await check(guards)).attempts == 1, "asked again: a new pause"
    decisions = [await pipeline.check_input(CallLine("srv", "t", "srv__t"), {"q": f"x{i}"}) for i in range(3)]
    assert all(d.blocked for d in decisions), "on_failure: closed"
    said = [rec for rec in caplog.records if rec.name == "secure_mcp_gateway.pipeline"]
    assert [rec.levelname for rec in said] == ["WARNING"], "one warning for the new pause, none for each check"
    await guards.aclose()


@pytest.mark.anyio
async def test_a_short_retry_after_also_holds_the_next_check_back() -> None:
    r = router()
    route = r.post(DETECT).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "5"}),
            httpx.Response(429, headers={"Retry-After": "5"}),
            httpx.Response(200, json={"summary": QUIET}),
        ]
    )
    clock = FakeClock()
    guards = make_guards(r, clock, retries=1)
    assert (await check(guards)).status == "failed" and clock.waits == [5.0]
    clock.now += 2.0
    verdict = await check(guards)
    assert verdict.status == "ok" and clock.waits == [5.0, 3.0] and route.call_count == 3


@pytest.mark.anyio
async def test_the_deadline_ends_the_check_with_retries_left() -> None:
    r = router()
    clock = FakeClock()
    started = clock.now
    calls = 0

    def slow_timeout(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        clock.now += min(6.0, started + 15.0 - clock.now)  # an attempt runs 6 s or until its budget ends
        raise httpx.ReadTimeout("timed out")

    r.post(DETECT).mock(side_effect=slow_timeout)
    verdict = await check(make_guards(r, clock, retries=10, deadline=15.0))
    assert verdict.status == "failed"
    # 6 s, wait 0.5 s, 6 s, wait 1 s, the last 1.5 s; a 2 s wait would pass the deadline: stop.
    assert calls == 3
    assert clock.waits == [0.5, 1.0]
    assert verdict.error == "timed out (deadline reached after 3 attempts)"
    assert clock.now - started == 15.0
    assert verdict.latency_ms == pytest.approx(15000.0)


@pytest.mark.anyio
async def test_each_attempt_gets_at_most_the_remaining_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    r = router()
    r.post(DETECT).respond(200, json={"summary": QUIET})
    seen: list[float] = []
    real = asyncio.wait_for

    async def recording_wait_for(aw: Any, timeout: float) -> Any:
        seen.append(timeout)
        return await real(aw, timeout)

    monkeypatch.setattr(asyncio, "wait_for", recording_wait_for)
    await check(make_guards(r, FakeClock(), timeout=30.0, deadline=12.0))
    await check(make_guards(r, FakeClock(), timeout=5.0, deadline=12.0))
    assert seen == [12.0, 5.0]


@pytest.mark.anyio
async def test_an_unexpected_exception_in_a_provider_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    r = router()
    r.post(DETECT).respond(200, json={"summary": QUIET})

    def broken(body: Any) -> list[str]:
        raise RuntimeError("bug that quotes the text: hello")

    monkeypatch.setattr(enkrypt, "fired_detectors", broken)
    verdict = await check(make_guards(r, FakeClock()))
    assert verdict.status == "failed"
    assert verdict.error == "unexpected error (RuntimeError)"
    assert not verdict.cacheable


@pytest.mark.anyio
async def test_unknown_provider_fails() -> None:
    verdict = await check(make_guards(router(), FakeClock()), name="nope")
    assert verdict.status == "failed" and verdict.error == "not configured" and verdict.provider == "nope"


# --- circuit breaker -----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_breaker_opens_after_n_failed_checks_and_then_fails_fast_without_requests() -> None:
    r = router()
    route = r.post(DETECT).respond(503)
    clock, changes = FakeClock(), []
    guards = make_guards(r, clock, changes=changes, retries=0, breaker_failures=3)
    for _ in range(3):
        assert (await check(guards)).status == "failed"
    assert changes == [("enk", "closed", "open")]
    assert route.call_count == 3
    verdict = await check(guards)
    assert verdict.status == "breaker_open"
    assert verdict.attempts == 0 and verdict.action == "allow" and not verdict.cacheable
    assert verdict.error == "circuit open after 3 consecutive failures"
    assert route.call_count == 3, "an open breaker makes no request"
    assert guards.breaker_states() == {
        "enk": {"state": "open", "failures": 3, "opened_at": 1000.0, "retry_in": 60.0},
    }


@pytest.mark.anyio
async def test_half_open_admits_one_probe_and_its_success_closes_the_breaker() -> None:
    r = router()
    gate = asyncio.Event()
    probing = asyncio.Event()
    reached: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        reached.append(request)
        if not gate.is_set():
            probing.set()
            await asyncio.wait_for(gate.wait(), 5)
            return httpx.Response(200, json={"summary": QUIET})
        return httpx.Response(503)

    route = r.post(DETECT).mock(side_effect=[httpx.Response(503)] * 3 + [answer] * 10)
    clock, changes = FakeClock(), []
    guards = make_guards(r, clock, changes=changes, retries=0, breaker_failures=3)
    for _ in range(3):
        await check(guards)
    clock.now += 60
    probe = asyncio.ensure_future(check(guards))
    await asyncio.wait_for(probing.wait(), 5)
    others = [await check(guards) for _ in range(3)]
    assert [v.status for v in others] == ["breaker_open"] * 3
    assert len(reached) == 1, "only the probe reached the service"
    gate.set()
    assert (await probe).status == "ok"
    assert route.call_count == 4
    assert changes == [("enk", "closed", "open"), ("enk", "open", "half_open"), ("enk", "half_open", "closed")]
    assert guards.breaker_states()["enk"]["state"] == "closed"


@pytest.mark.anyio
async def test_a_failed_probe_reopens_the_breaker() -> None:
    r = router()
    route = r.post(DETECT).respond(503)
    clock, changes = FakeClock(), []
    guards = make_guards(r, clock, changes=changes, retries=0, breaker_failures=2)
    for _ in range(2):
        await check(guards)
    clock.now += 60
    assert (await check(guards)).status == "failed"
    assert route.call_count == 3
    assert changes[-2:] == [("enk", "open", "half_open"), ("enk", "half_open", "open")]
    assert (await check(guards)).status == "breaker_open"
    assert guards.breaker_states()["enk"]["opened_at"] == 1060.0


@pytest.mark.anyio
async def test_a_cancelled_probe_frees_the_probe_slot() -> None:
    r = router()
    hang = asyncio.Event()

    async def hanging(request: httpx.Request) -> httpx.Response:
        await hang.wait()
        return httpx.Response(200, json={"summary": QUIET})

    r.post(DETECT).mock(side_effect=[httpx.Response(503), hanging, httpx.Response(200, json={"summary": QUIET})])
    clock = FakeClock()
    guards = make_guards(r, clock, retries=0, breaker_failures=1)
    await check(guards)
    clock.now += 60
    probe = asyncio.ensure_future(check(guards))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert (await check(guards)).status == "breaker_open", "the probe is out"
    probe.cancel()
    with pytest.raises(asyncio.CancelledError):
        await probe
    assert (await check(guards)).status == "ok"


@pytest.mark.anyio
async def test_checks_of_several_providers_run_concurrently() -> None:
    r = router()
    arrived: set[str] = set()
    both = asyncio.Event()

    def answering(host: str) -> Any:
        async def side_effect(request: httpx.Request) -> httpx.Response:
            arrived.add(host)
            if len(arrived) == 2:
                both.set()
            await asyncio.wait_for(both.wait(), 5)
            return httpx.Response(200, json={"summary": QUIET})

        return side_effect

    r.post("https://one.test/guardrails/guardrail/detect").mock(side_effect=answering("one"))
    r.post("https://two.test/guardrails/guardrail/detect").mock(side_effect=answering("two"))
    providers = {"one": provider(url="https://one.test"), "two": provider(url="https://two.test/")}
    guards = make_guards(r, FakeClock(), providers)
    config = GatewayConfig(guardrails={"providers": providers}, cache={"enabled": False})
    pipeline = Pipeline(config, remote=guards)
    call = CallLine("srv", "tool", "srv__tool")
    decision = await asyncio.wait_for(pipeline.check_input(call, {"q": "x"}), 10)  # one after another would hang
    assert decision.blocked is None and decision.value == {"q": "x"}
    assert arrived == {"one", "two"}
    assert call.degraded_providers == [], "both answered: neither waited for the other in vain"


# --- PII redaction -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_pii_redaction_and_restore_requests() -> None:
    r = router()
    pii = r.post(BASE + "/guardrails/pii")
    sep = enkrypt.PART_SEPARATOR
    pii.side_effect = [
        httpx.Response(200, json={"text": f"mail <EMAIL_0>{sep}call <PHONE_0>", "key": "opaque-key"}),
        httpx.Response(200, json={"text": "sent to a@b.example"}),
    ]
    guards = make_guards(r, FakeClock(), {"enk": provider(pii_redaction=True)})
    parts, key = await guards.redact_pii("enk", ["mail a@b.example", "call 555-0100"])
    assert parts == ["mail <EMAIL_0>", "call <PHONE_0>"]
    assert key == "opaque-key"
    assert json.loads(pii.calls[0].request.content) == {
        "text": f"mail a@b.example{sep}call 555-0100",
        "mode": "request",
        "key": "null",
    }
    restored = await guards.restore_pii("enk", ["sent to <EMAIL_0>", "no placeholder here"], key)
    assert restored == ["sent to a@b.example", "no placeholder here"]
    assert pii.call_count == 2, "a part without placeholders needs no request"
    assert json.loads(pii.calls[1].request.content) == {
        "text": "sent to <EMAIL_0>",
        "mode": "response",
        "key": "opaque-key",
    }
    assert pii.calls[1].request.headers["apikey"] == KEY


@pytest.mark.anyio
async def test_pii_restore_keeps_within_what_is_left_of_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """The restore runs after the call, like the output check: it gets what is left of the call's deadline."""
    r = router()
    pii = r.post(BASE + "/guardrails/pii").respond(200, json={"text": "sent to a@b.example"})
    guards = make_guards(r, FakeClock(), {"enk": provider(pii_redaction=True)})
    timeouts: list[float] = []
    real = RemoteGuards._send

    async def send(client: Any, url: str, headers: Any, body: Any, timeout: float, limit: int = 1_000_000) -> Any:
        timeouts.append(timeout)
        return await real(client, url, headers, body, timeout, limit)

    monkeypatch.setattr(RemoteGuards, "_send", staticmethod(send))
    assert await guards.restore_pii("enk", ["sent to <EMAIL_0>"], "k", budget=2.0) == ["sent to a@b.example"]
    assert timeouts == [2.0]
    with pytest.raises(RemoteUnavailable, match="no time left"):
        await guards.restore_pii("enk", ["sent to <EMAIL_0>"], "k", budget=0.0)
    with pytest.raises(RemoteUnavailable, match="no time left"):  # (the redaction of the input, likewise)
        await guards.redact_pii("enk", ["mail a@b.example"], budget=-1.0)
    assert pii.call_count == 1


@pytest.mark.anyio
async def test_pii_redaction_of_empty_text_makes_no_request() -> None:
    r = router()
    pii = r.post(BASE + "/guardrails/pii").respond(200, json={"text": "", "key": "k"})
    guards = make_guards(r, FakeClock())
    assert await guards.redact_pii("enk", ["", "  "]) == (["", "  "], None)
    assert pii.call_count == 0


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (httpx.Response(401), "HTTP 401 (credentials rejected)"),
        (httpx.Response(200, json={"text": "no key"}), 'malformed response: PII answer has no "key"'),
        (httpx.Response(200, json={"text": "one part only", "key": "k"}), "malformed response: PII answer lost the"),
    ],
)
async def test_pii_redaction_failures_raise_a_safe_error(response: httpx.Response, reason: str) -> None:
    r = router()
    r.post(BASE + "/guardrails/pii").mock(return_value=response)
    guards = make_guards(r, FakeClock())
    with pytest.raises(RemoteUnavailable) as info:
        await guards.redact_pii("enk", ["mail a@b.example", "second"])
    assert info.value.provider == "enk" and info.value.status == "failed"
    assert info.value.reason.startswith(reason)
    assert "a@b.example" not in str(info.value) and KEY not in str(info.value)


@pytest.mark.anyio
async def test_pii_calls_go_through_the_breaker() -> None:
    r = router()
    pii = r.post(BASE + "/guardrails/pii").respond(500)
    guards = make_guards(r, FakeClock(), retries=0, breaker_failures=1)
    with pytest.raises(RemoteUnavailable):
        await guards.redact_pii("enk", ["x"])
    with pytest.raises(RemoteUnavailable) as info:
        await guards.restore_pii("enk", ["<EMAIL_0>"], "k")
    assert info.value.status == "breaker_open"
    assert pii.call_count == 1


@pytest.mark.anyio
async def test_pii_needs_an_enkrypt_provider() -> None:
    cfg = provider_config(type="webhook", url="https://hook.test/")
    guards = make_guards(router(), FakeClock(), {"hook": cfg})
    with pytest.raises(ValueError):
        await guards.redact_pii("hook", ["x"])


# --- lifecycle and failure policy ----------------------------------------------------------------------


@pytest.mark.anyio
async def test_aclose_closes_the_shared_client_and_later_checks_fail() -> None:
    r = router()
    route = r.post(DETECT).respond(200, json={"summary": QUIET})
    guards = make_guards(r, FakeClock())
    transport = guards._transport
    assert isinstance(transport, ClosingTransport)
    await check(guards)
    await check(guards)
    await guards.aclose()
    assert transport.closed
    verdict = await check(guards)
    assert verdict.status == "failed" and verdict.error == "client closed"
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("policy", "expected_action", "degraded", "reason"),
    [
        ("closed", "block", False, "guardrail service enk unavailable (HTTP 503)"),
        (
            "open",
            "allow",
            True,
            "guardrail service enk unavailable (HTTP 503); input allowed without it (on_failure: open)",
        ),
        (
            "local",
            "allow",
            True,
            "guardrail service enk unavailable (HTTP 503); input checked by local detectors only (on_failure: local)",
        ),
        ("typo", "block", False, "guardrail service enk unavailable (HTTP 503)"),
    ],
)
def test_apply_failure_policy(policy: str, expected_action: str, degraded: bool, reason: str) -> None:
    outcome = apply_failure_policy(policy, "input", "enk", "HTTP 503")
    assert tuple(outcome) == (expected_action, degraded, reason)
    action, is_degraded, text = outcome
    assert (action, is_degraded, text) == (expected_action, degraded, reason)

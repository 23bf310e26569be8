"""Tests of the retry policy and the circuit breaker, on a fake clock (nothing sleeps)."""

from __future__ import annotations

import asyncio
import datetime
import email.utils

import pytest
from fakes import FakeClock

from secure_mcp_gateway.config import HttpSettings
from secure_mcp_gateway.resilience import (
    CircuitBreaker,
    PermanentError,
    Retrier,
    RetryFailed,
    RetrySettings,
    TransientError,
    gather_or_cancel,
    parse_retry_after,
)


def make_breaker(clock: FakeClock, changes: list[tuple[str, str, str]], failures: int = 3) -> CircuitBreaker:
    return CircuitBreaker(
        "svc", failures=failures, recovery=60.0, clock=clock, on_state_change=lambda *a: changes.append(a)
    )


def fail_times(breaker: CircuitBreaker, n: int) -> None:
    for _ in range(n):
        permit = breaker.allow()
        assert permit is not None
        breaker.record_failure(permit)


# --- circuit breaker ---------------------------------------------------------------------------------


def test_breaker_opens_after_consecutive_failures_and_reports_it() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 2)
    assert breaker.state == "closed"
    assert breaker.failures == 2
    fail_times(breaker, 1)
    assert breaker.state == "open"
    assert breaker.opened_at == 1000.0
    assert changes == [("svc", "closed", "open")]
    assert breaker.allow() is None


def test_breaker_success_resets_the_count() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 2)
    permit = breaker.allow()
    assert permit is not None
    breaker.record_success(permit)
    assert breaker.failures == 0
    fail_times(breaker, 2)
    assert breaker.state == "closed"
    assert changes == []


def test_breaker_fails_fast_until_recovery_then_admits_one_probe() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 3)
    clock.now += 59.9
    assert breaker.allow() is None
    assert breaker.snapshot()["retry_in"] == pytest.approx(0.1)
    clock.now += 0.1
    probe = breaker.allow()
    assert probe is not None and probe.probe
    assert breaker.state == "half_open"
    assert breaker.allow() is None, "a second call during the probe must fail fast"
    assert breaker.allow() is None
    assert changes == [("svc", "closed", "open"), ("svc", "open", "half_open")]


def test_successful_probe_closes_the_breaker() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 3)
    clock.now += 60
    probe = breaker.allow()
    assert probe is not None
    breaker.record_success(probe)
    assert breaker.state == "closed"
    assert breaker.failures == 0
    assert breaker.opened_at is None
    assert changes[-1] == ("svc", "half_open", "closed")
    assert breaker.allow() is not None


def test_failed_probe_reopens_the_breaker_for_a_new_period() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 3)
    clock.now += 60
    probe = breaker.allow()
    assert probe is not None
    breaker.record_failure(probe)
    assert breaker.state == "open"
    assert breaker.opened_at == 1060.0
    assert changes[-1] == ("svc", "half_open", "open")
    clock.now += 30
    assert breaker.allow() is None
    clock.now += 30
    assert breaker.allow() is not None


def test_released_probe_lets_another_probe_through() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    fail_times(breaker, 3)
    clock.now += 60
    probe = breaker.allow()
    assert probe is not None
    assert breaker.allow() is None
    breaker.release(probe)
    assert breaker.state == "half_open"
    assert breaker.allow() is not None


def test_outcomes_of_calls_admitted_before_opening_are_ignored() -> None:
    clock, changes = FakeClock(), []
    breaker = make_breaker(clock, changes)
    early = breaker.allow()
    assert early is not None
    fail_times(breaker, 3)
    breaker.record_success(early)
    assert breaker.state == "open", "a late success from before the opening must not close it"
    clock.now += 60
    probe = breaker.allow()
    assert probe is not None
    breaker.record_failure(early)
    assert breaker.state == "half_open"
    breaker.record_success(probe)
    assert breaker.state == "closed"


def test_a_failing_state_callback_does_not_break_the_breaker(caplog: pytest.LogCaptureFixture) -> None:
    def boom(*_: str) -> None:
        raise RuntimeError("callback bug")

    breaker = CircuitBreaker("svc", failures=1, recovery=1.0, clock=FakeClock(), on_state_change=boom)
    fail_times(breaker, 1)
    assert breaker.state == "open"
    assert any("callback failed" in r.getMessage() for r in caplog.records)


def test_snapshot_holds_state_failures_and_opened_at() -> None:
    clock = FakeClock()
    breaker = make_breaker(clock, [])
    assert breaker.snapshot() == {"state": "closed", "failures": 0, "opened_at": None, "retry_in": None}
    fail_times(breaker, 3)
    clock.now += 10
    assert breaker.snapshot() == {"state": "open", "failures": 3, "opened_at": 1000.0, "retry_in": 50.0}


# --- retries -------------------------------------------------------------------------------------------


def make_retrier(clock: FakeClock, jitter: float = 0.0, **settings: float) -> Retrier:
    values = {"retries": 3, "backoff_initial": 1.0, "backoff_max": 8.0, "retry_after_max": 10.0, "deadline": 100.0}
    values.update(settings)
    return Retrier(RetrySettings(**values), clock=clock, sleep=clock.sleep, random=lambda: jitter)  # type: ignore[arg-type]


def test_retry_settings_come_from_the_http_config() -> None:
    http = HttpSettings(retries=5, backoff_initial=0.2, backoff_max=3, retry_after_max=4, deadline=9)
    assert RetrySettings.from_http(http) == RetrySettings(5, 0.2, 3.0, 4.0, 9.0)


@pytest.mark.anyio
async def test_transient_failures_are_retried_with_exponential_backoff() -> None:
    clock = FakeClock()
    calls = 0

    async def op(budget: float) -> str:
        nonlocal calls
        calls += 1
        raise TransientError("HTTP 503")

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock, jitter=0.0).run(op)
    assert calls == 4
    assert info.value.attempts == 4
    assert clock.waits == [0.5, 1.0, 2.0]
    assert info.value.reason == "HTTP 503 (after 4 attempts)"


@pytest.mark.anyio
async def test_backoff_jitter_stays_within_half_to_full_step_and_is_capped() -> None:
    clock = FakeClock()
    retrier = make_retrier(clock, jitter=1.0, backoff_max=3.0)
    assert [retrier.backoff(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 3.0, 3.0]
    low = make_retrier(clock, jitter=0.0, backoff_max=3.0)
    assert [low.backoff(n) for n in (1, 2, 3, 4)] == [0.5, 1.0, 1.5, 1.5]


@pytest.mark.anyio
async def test_success_after_failures_returns_the_result_and_attempts() -> None:
    clock = FakeClock()
    outcomes = [TransientError("timed out"), TransientError("HTTP 502"), "fine"]

    async def op(budget: float) -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    assert await make_retrier(clock).run(op) == ("fine", 3)
    assert clock.waits == [0.5, 1.0]


@pytest.mark.anyio
async def test_retry_after_is_honoured_and_one_past_the_cap_stops_at_once() -> None:
    clock = FakeClock()
    outcomes = [TransientError("rate limited", retry_after=3.0), TransientError("rate limited", retry_after=300.0)]

    async def op(budget: float) -> str:
        if outcomes:
            raise outcomes.pop(0)
        return "ok"

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock, retry_after_max=10.0).run(op)
    assert clock.waits == [3.0]
    assert info.value.reason == "rate limited; the service asked for a pause of 300 s (after 2 attempts)"


@pytest.mark.anyio
async def test_permanent_failures_are_not_retried() -> None:
    clock = FakeClock()
    calls = 0

    async def op(budget: float) -> str:
        nonlocal calls
        calls += 1
        raise PermanentError("HTTP 401 (credentials rejected)")

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock).run(op)
    assert calls == 1
    assert clock.waits == []
    assert info.value.reason == "HTTP 401 (credentials rejected)"


@pytest.mark.anyio
async def test_zero_retries_means_one_attempt() -> None:
    clock = FakeClock()
    calls = 0

    async def op(budget: float) -> str:
        nonlocal calls
        calls += 1
        raise TransientError("timed out")

    with pytest.raises(RetryFailed):
        await make_retrier(clock, retries=0).run(op)
    assert calls == 1
    assert clock.waits == []


@pytest.mark.anyio
async def test_the_deadline_bounds_attempts_and_budgets() -> None:
    clock = FakeClock(now=0.0)
    budgets: list[float] = []

    async def op(budget: float) -> str:
        budgets.append(budget)
        clock.now += min(4.0, budget)  # each attempt uses up to 4 s, then times out
        raise TransientError("timed out")

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock, retries=10, deadline=10.0).run(op)
    assert budgets == [10.0, 5.5, 0.5]
    assert clock.waits == [0.5, 1.0]
    assert clock.now <= 10.0
    assert "deadline reached after 3 attempts" in info.value.reason


@pytest.mark.anyio
async def test_a_retry_after_past_the_deadline_gives_up_without_sleeping() -> None:
    clock = FakeClock()
    calls = 0

    async def op(budget: float) -> str:
        nonlocal calls
        calls += 1
        raise TransientError("rate limited", retry_after=8.0)

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock, deadline=5.0).run(op)
    assert calls == 1
    assert clock.waits == []
    assert "deadline reached after 1 attempt)" in info.value.reason


@pytest.mark.anyio
async def test_an_explicit_deadline_already_past_makes_no_attempt() -> None:
    clock = FakeClock()
    calls = 0

    async def op(budget: float) -> str:
        nonlocal calls
        calls += 1
        return "never"

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock).run(op, deadline_at=clock.now - 1)
    assert calls == 0
    assert info.value.attempts == 0
    assert info.value.reason == "deadline exceeded"


@pytest.mark.anyio
async def test_unexpected_errors_stop_at_once_and_keep_only_their_type() -> None:
    clock = FakeClock()

    async def op(budget: float) -> str:
        raise KeyError("the secret text that was being checked")

    with pytest.raises(RetryFailed) as info:
        await make_retrier(clock).run(op)
    assert info.value.reason == "unexpected error (KeyError)"
    assert "secret" not in str(info.value) and "secret" not in repr(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert clock.waits == []


@pytest.mark.anyio
async def test_cancellation_is_not_swallowed() -> None:
    clock = FakeClock()

    async def op(budget: float) -> str:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await make_retrier(clock).run(op)


# --- Retry-After parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), ("7", 7.0), (" 2.5 ", 2.5), ("-3", 0.0), ("soon", None), ("Mon, 99 Foo", None)],
)
def test_parse_retry_after_seconds_and_junk(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    now = datetime.datetime(2026, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc).timestamp()
    later = email.utils.format_datetime(datetime.datetime(2026, 1, 1, 12, 0, 30, tzinfo=datetime.timezone.utc), True)
    earlier = email.utils.format_datetime(datetime.datetime(2026, 1, 1, 11, 0, 0, tzinfo=datetime.timezone.utc), True)
    assert parse_retry_after(later, now=now) == 30.0
    assert parse_retry_after(earlier, now=now) == 0.0


# --- concurrency helper --------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_gather_or_cancel_runs_concurrently_and_cancels_the_rest_on_failure() -> None:
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def slow() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def failing() -> None:
        await started.wait()  # only reachable if `slow` runs at the same time
        raise PermanentError("malformed response")

    with pytest.raises(PermanentError):
        await gather_or_cancel(slow(), failing())
    assert cancelled.is_set()
    assert await gather_or_cancel() == []

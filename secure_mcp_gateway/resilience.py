"""Retries with backoff, Retry-After and a deadline (tenacity), and the per-provider circuit breaker."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type

from secure_mcp_gateway.config import HttpSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
BreakerState = Literal["closed", "open", "half_open"]
StateCallback = Callable[[str, str, str], None]

CLOSED: BreakerState = "closed"
OPEN: BreakerState = "open"
HALF_OPEN: BreakerState = "half_open"


# --- errors ----------------------------------------------------------------------------------------


class TransientError(Exception):
    """A failure worth retrying (connect error, timeout, 5xx, 429); may carry the server's Retry-After."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class PermanentError(Exception):
    """A failure that retrying will not fix (4xx other than 429, a malformed answer)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RetryFailed(Exception):
    """Every attempt failed, or the deadline left no room for another; the reason is safe to show."""

    def __init__(self, reason: str, attempts: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.attempts = attempts


# --- retries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetrySettings:
    """How often and how patiently an operation is retried."""

    retries: int = 3
    backoff_initial: float = 1.0
    backoff_max: float = 8.0
    retry_after_max: float = 10.0
    deadline: float = 20.0

    @classmethod
    def from_http(cls, http: HttpSettings) -> RetrySettings:
        """The retry settings held in the `guardrails.http` config section."""
        return cls(
            retries=http.retries,
            backoff_initial=http.backoff_initial,
            backoff_max=http.backoff_max,
            retry_after_max=http.retry_after_max,
            deadline=http.deadline,
        )


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta seconds or an HTTP date); None if absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class Retrier:
    """Runs an async operation with exponential backoff and jitter, honouring Retry-After, within a deadline.

    The operation receives the seconds left before the deadline (its own timeout must not exceed them). It
    signals `TransientError` to be retried and `PermanentError` to stop at once; anything else is an
    unexpected failure and also stops at once. `clock`, `sleep` and `random` are injectable so that tests
    never sleep and can assert the waits that were asked for.
    """

    def __init__(
        self,
        settings: RetrySettings,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._random = random

    def backoff(self, attempt: int) -> float:
        """The wait after failed attempt number `attempt` (1-based): exponential, capped, with equal jitter."""
        s = self.settings
        base = min(s.backoff_max, s.backoff_initial * (2 ** max(0, attempt - 1)))
        return base / 2 + (base / 2) * self._random()

    def wait_before_retry(self, attempt: int, error: BaseException | None) -> float:
        """The wait before the next attempt: the server's Retry-After (capped) if it sent one, else backoff."""
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            return min(max(0.0, float(retry_after)), self.settings.retry_after_max)
        return self.backoff(attempt)

    async def run(
        self, operation: Callable[[float], Awaitable[T]], *, deadline_at: float | None = None, label: str = ""
    ) -> tuple[T, int]:
        """Run `operation(budget)` until it succeeds; return its result and the number of attempts made.

        Raises `RetryFailed` (with the last failure's safe reason) when an attempt fails permanently, the
        retries are used up, the service asks for a longer pause than `retry_after_max`, or the next wait
        would end past the deadline.
        """
        s = self.settings
        deadline_at = self._clock() + s.deadline if deadline_at is None else deadline_at
        planned: dict[int, float] = {}
        attempts = 0
        out_of_time = False
        pause_asked: float | None = None

        def plan(state: RetryCallState) -> float:
            # Computed once per attempt and shared by `wait` and `stop`, whichever tenacity asks first.
            n = state.attempt_number
            if n not in planned:
                error = state.outcome.exception() if state.outcome is not None else None
                planned[n] = self.wait_before_retry(n, error)
            return planned[n]

        def stop(state: RetryCallState) -> bool:
            nonlocal out_of_time, pause_asked
            if state.attempt_number > s.retries:
                return True
            error = state.outcome.exception() if state.outcome is not None else None
            asked = getattr(error, "retry_after", None)
            if asked is not None and asked > s.retry_after_max:
                pause_asked = asked  # retrying sooner than the service asked would only be refused again
                return True
            out_of_time = self._clock() + plan(state) >= deadline_at
            return out_of_time

        def before_sleep(state: RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome is not None else None
            reason = getattr(error, "reason", type(error).__name__)
            wait = plan(state)
            logger.debug("%s: attempt %d failed (%s); retrying in %.2fs", label, state.attempt_number, reason, wait)

        retrying = AsyncRetrying(
            stop=stop,
            wait=plan,
            retry=retry_if_exception_type(TransientError),
            sleep=self._sleep,
            before_sleep=before_sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    budget = deadline_at - self._clock()
                    if budget <= 0:
                        raise PermanentError("deadline exceeded")
                    attempts += 1
                    result = await operation(budget)
        except (TransientError, PermanentError) as exc:
            reason = exc.reason
            if pause_asked is not None:
                reason = f"{reason}; the service asked for a pause of {pause_asked:.0f} s"
            if out_of_time:
                reason = f"{reason} (deadline reached after {attempts} attempt{'s' if attempts != 1 else ''})"
            elif attempts > 1:
                reason = f"{reason} (after {attempts} attempts)"
            raise RetryFailed(reason, attempts) from None
        except Exception as exc:
            # The message of an unexpected error may quote what was being sent; only its type is kept.
            raise RetryFailed(f"unexpected error ({type(exc).__name__})", attempts) from None
        return result, attempts


# --- circuit breaker -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Permit:
    """Leave to make one call through a breaker; hand it back with the call's outcome."""

    generation: int
    probe: bool


class CircuitBreaker:
    """Counts consecutive failures of one provider; opens to fail fast, then lets one probe decide.

    closed: calls pass; `failures` consecutive failures open it. open: calls are refused (no network)
    until `recovery` seconds have passed. half_open: exactly one call (the probe) passes, the others are
    refused; its success closes the breaker, its failure opens it again. Outcomes of calls admitted
    before the breaker last opened are ignored, so a late answer cannot override a newer decision.
    """

    def __init__(
        self,
        name: str,
        *,
        failures: int = 5,
        recovery: float = 60.0,
        clock: Clock = time.monotonic,
        on_state_change: StateCallback | None = None,
    ) -> None:
        self.name = name
        self.threshold = failures
        self.recovery = recovery
        self._clock = clock
        self._on_state_change = on_state_change
        self._state: BreakerState = CLOSED
        self._failures = 0
        self._opened_at: float | None = None
        self._generation = 0
        self._probe_out = False

    def __repr__(self) -> str:
        return f"CircuitBreaker({self.name!r}, state={self._state!r}, failures={self._failures})"

    @property
    def state(self) -> BreakerState:
        """The current state: closed, open or half_open."""
        return self._state

    @property
    def failures(self) -> int:
        """Consecutive failures counted so far."""
        return self._failures

    @property
    def opened_at(self) -> float | None:
        """Clock time at which the breaker last opened, or None while it has never opened since closing."""
        return self._opened_at

    def allow(self) -> Permit | None:
        """A permit for one call, or None if the call must fail fast."""
        if self._state == OPEN:
            if self._opened_at is not None and self._clock() - self._opened_at < self.recovery:
                return None
            self._move(HALF_OPEN)
        if self._state == HALF_OPEN:
            if self._probe_out:
                return None
            self._probe_out = True
            return Permit(self._generation, probe=True)
        return Permit(self._generation, probe=False)

    def record_success(self, permit: Permit) -> None:
        """The call made with `permit` succeeded."""
        if permit.generation != self._generation:
            return
        self._failures = 0
        if permit.probe:
            self._probe_out = False
        if self._state != CLOSED:
            self._opened_at = None
            self._move(CLOSED)

    def record_failure(self, permit: Permit) -> None:
        """The call made with `permit` failed."""
        if permit.generation != self._generation:
            return
        self._failures += 1
        if permit.probe:
            self._probe_out = False
            self._open()
        elif self._state == CLOSED and self._failures >= self.threshold:
            self._open()

    def release(self, permit: Permit) -> None:
        """The call made with `permit` ended without an outcome (e.g. cancelled); a probe slot is freed."""
        if permit.generation == self._generation and permit.probe:
            self._probe_out = False

    def snapshot(self) -> dict[str, Any]:
        """State, failures, opened_at and seconds until a probe is allowed, for status displays."""
        retry_in = None
        if self._state == OPEN and self._opened_at is not None:
            retry_in = max(0.0, self.recovery - (self._clock() - self._opened_at))
        return {
            "state": self._state,
            "failures": self._failures,
            "opened_at": self._opened_at,
            "retry_in": retry_in,
        }

    def _open(self) -> None:
        self._opened_at = self._clock()
        self._generation += 1
        self._probe_out = False
        self._move(OPEN)

    def _move(self, new: BreakerState) -> None:
        old, self._state = self._state, new
        if old == new or self._on_state_change is None:
            return
        try:
            self._on_state_change(self.name, old, new)
        except Exception as exc:
            logger.warning("circuit breaker %s: state-change callback failed (%s)", self.name, type(exc).__name__)


async def gather_or_cancel(*aws: Awaitable[Any]) -> list[Any]:
    """Await all concurrently; on the first failure cancel the rest and raise that failure."""
    tasks = [asyncio.ensure_future(aw) for aw in aws]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise

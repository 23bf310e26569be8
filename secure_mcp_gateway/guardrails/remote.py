"""Remote guardrail providers (Enkrypt, webhook) over one shared httpx client, with retries and a breaker.

`RemoteGuards.check` never raises for a provider failure and never lets one pass: a timeout, a refused
connection, an error status, a malformed answer or an unexpected exception all give a verdict with
`status="failed"` (or `"breaker_open"` while the provider's circuit is open), and the caller applies the
direction's failure policy with `apply_failure_policy`. Secrets (API keys, header values, credentials in
URLs) stay out of verdicts, exception messages and logs, including httpx's own log lines.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random as _random
import re
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx

from secure_mcp_gateway import __version__
from secure_mcp_gateway.config import FailurePolicy, GatewayConfig, HttpSettings, ProviderConfig
from secure_mcp_gateway.guardrails import unasked
from secure_mcp_gateway.guardrails.providers import CheckContext, PiiRedactor, Provider, build
from secure_mcp_gateway.guardrails.quoted import unquoted
from secure_mcp_gateway.resilience import (
    CircuitBreaker,
    Clock,
    PermanentError,
    Retrier,
    RetryFailed,
    RetrySettings,
    Sleep,
    StateCallback,
    TransientError,
    parse_retry_after,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
Direction = Literal["input", "output"]
Status = Literal["ok", "failed", "breaker_open"]
VerdictAction = Literal["allow", "block", "redact", "warn"]
Post = Callable[[str, dict[str, str], dict[str, Any]], Awaitable[Any]]

USER_AGENT = f"secure-mcp-gateway/{__version__}"
REDACTED = "[redacted]"
_MIN_SECRET = 6
_PLAIN_HEADERS = frozenset({"accept", "content-type", "user-agent", "x-enkrypt-mode"})
_SCRUBBED_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    __name__,
    "secure_mcp_gateway.resilience",
)


@dataclass
class RemoteVerdict:
    """What one provider said about one direction of one call, or why it could not say."""

    provider: str
    status: Status
    action: VerdictAction
    """The provider's judgement (ok status only; otherwise "allow"). Enkrypt: "block" when a detector fired."""
    detectors: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    parts: list[str] | None = None
    attempts: int = 0
    latency_ms: float = 0.0
    error: str | None = None
    cacheable: bool = False
    flagged: bool = False
    """True when the provider found something (action other than "allow")."""
    direction: Direction = "input"
    pause_ends: float | None = None
    """On the first check a service's pause (Retry-After) failed at once: when the pause ends (epoch seconds)."""


class RemoteUnavailable(Exception):
    """A PII redaction or restore that the provider could not do; the message is safe to show."""

    def __init__(self, provider: str, status: Status, reason: str) -> None:
        super().__init__(f"guardrail service {provider} unavailable: {reason}")
        self.provider = provider
        self.status = status
        self.reason = reason


class FailureOutcome(NamedTuple):
    """What a direction does when a provider failed: the action, whether it ran degraded, and why."""

    action: Literal["block", "allow"]
    degraded: bool
    reason: str


def apply_failure_policy(
    policy: FailurePolicy | str, direction: Direction, provider: str = "remote", error: str | None = None
) -> FailureOutcome:
    """The one rule for a failed provider: closed blocks; open allows, degraded; local allows with local checks only.

    Any policy other than "open" or "local" blocks, so that nothing fails open by accident.
    """
    cause = f" ({error})" if error else ""
    what = f"guardrail service {provider} unavailable{cause}"
    if policy == "open":
        return FailureOutcome("allow", True, f"{what}; {direction} allowed without it (on_failure: open)")
    if policy == "local":
        return FailureOutcome("allow", True, f"{what}; {direction} checked by local detectors only (on_failure: local)")
    return FailureOutcome("block", False, what)


# --- secrets ---------------------------------------------------------------------------------------


def _secrets_of(cfg: ProviderConfig) -> set[str]:
    found: set[str] = set()
    if cfg.api_key:
        found.add(cfg.api_key)
    for name, value in cfg.headers.items():
        if name.lower() not in _PLAIN_HEADERS:
            found.add(value)
            found.update(value.split())
    if cfg.url:
        try:
            url = urlsplit(cfg.url)
            found.update(filter(None, (url.username, url.password)))
            found.update(v for _, v in parse_qsl(url.query))
        except ValueError:
            pass
    return {s for s in found if len(s) >= _MIN_SECRET}


class _Scrubber(logging.Filter):
    """Replaces known secrets in log records (httpx logs request URLs, which may hold tokens)."""

    def __init__(self, secrets: set[str]) -> None:
        super().__init__()
        self.secrets = sorted(secrets, key=len, reverse=True)

    def add(self, secrets: set[str]) -> None:
        """Scrub these too (a reload's new credentials; the old ones stay scrubbed)."""
        self.secrets = sorted(set(self.secrets) | secrets, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        clean = self.scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


# --- the providers ---------------------------------------------------------------------------------


class _Failure(Exception):
    def __init__(self, status: Status, reason: str, attempts: int, pause_ends: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.attempts = attempts
        self.pause_ends = pause_ends


@dataclass
class _Provider:
    name: str
    cfg: ProviderConfig
    breaker: CircuitBreaker
    impl: Provider
    rest_until: float = 0.0
    """Clock time before which the service asked not to be called (its last Retry-After, within breaker_recovery)."""
    rest_told: float = 0.0
    """The `rest_until` whose first check failed at once has been told of (once per pause)."""


@dataclass
class _Call:
    deadline_at: float
    attempts: int = 0


class RemoteGuards:
    """All configured remote guardrail providers, sharing one pooled `httpx.AsyncClient`.

    The client is created on first use and closed by `aclose()`. `transport` replaces the network (tests);
    `clock`, `sleep` and `random` drive deadlines, breakers and backoff so tests never sleep.
    """

    def __init__(
        self,
        providers: dict[str, ProviderConfig],
        http: HttpSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        on_state_change: StateCallback | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self._http = http
        self._transport = transport
        self._clock = clock
        self._sleep = sleep
        self._random = random
        self._on_state_change = on_state_change
        self._retrier = Retrier(RetrySettings.from_http(http), clock=clock, sleep=sleep, random=random)
        self._providers = {name: self._make(name, cfg) for name, cfg in providers.items()}
        secrets: set[str] = set()
        for cfg in providers.values():
            secrets |= _secrets_of(cfg)
        self._scrubber = _Scrubber(secrets)
        for name in _SCRUBBED_LOGGERS:
            logging.getLogger(name).addFilter(self._scrubber)
        self._client: httpx.AsyncClient | None = None
        self._closed = False
        self._in_flight = 0
        self.retiring: set[asyncio.Task[None]] = set()
        """Replaced clients being closed (awaited by `aclose`)."""

    def _make(self, name: str, cfg: ProviderConfig) -> _Provider:
        http = self._http
        where = _in_the_clear(cfg.url)
        if where:
            logger.warning(
                "guardrail service %s is reached over plain http at %s: every text it checks%s crosses the network "
                "unencrypted; use https (or a service on this machine)",
                name,
                where,
                " and its credentials" if cfg.api_key or cfg.headers else "",
            )
        breaker = CircuitBreaker(
            name,
            failures=http.breaker_failures,
            recovery=http.breaker_recovery,
            clock=self._clock,
            on_state_change=self._on_state_change,
        )
        return _Provider(name, cfg, breaker, build(name, cfg))

    def reconfigure(self, providers: dict[str, ProviderConfig], http: HttpSettings) -> None:
        """Take changed provider settings (a config reload): added ones are asked from now on, removed ones no
        more, changed ones with their new settings; an unchanged provider keeps its breaker."""
        old_http, self._http = self._http, http
        if http != old_http:
            self._retrier = Retrier(
                RetrySettings.from_http(http), clock=self._clock, sleep=self._sleep, random=self._random
            )
        same_breaker = (http.breaker_failures, http.breaker_recovery) == (
            old_http.breaker_failures,
            old_http.breaker_recovery,
        )
        kept = {
            name: prov
            for name, prov in self._providers.items()
            if same_breaker and name in providers and providers[name] == prov.cfg
        }
        self._providers = {name: kept.get(name) or self._make(name, cfg) for name, cfg in providers.items()}
        for cfg in providers.values():
            self._scrubber.add(_secrets_of(cfg))
        client_settings = ("timeout", "connect_timeout", "max_connections", "max_keepalive")
        if self._client is not None and (
            not providers or any(getattr(http, k) != getattr(old_http, k) for k in client_settings)
        ):
            old_client, self._client = self._client, None  # calls in flight finish on the old one
            self._retire(old_client, old_http.timeout + 1.0)

    def _retire(self, client: httpx.AsyncClient, grace: float) -> None:
        """Close a replaced client: now when no call is using it, else once calls in flight are past `grace`."""
        loop = asyncio.get_running_loop()
        if self._in_flight:
            loop.call_later(grace, _close_later, client, self.retiring)
        else:
            _close_later(client, self.retiring)

    def __repr__(self) -> str:
        return f"RemoteGuards(providers={sorted(self._providers)!r})"

    @property
    def names(self) -> list[str]:
        """The configured provider names."""
        return list(self._providers)

    # --- public API ---

    async def check(
        self,
        provider: str,
        direction: Direction,
        parts: list[str],
        *,
        server: str,
        tool: str,
        request_id: str,
        input_parts: list[str] | None = None,
        budget: float | None = None,
    ) -> RemoteVerdict:
        """Ask one provider about one direction of one call; never raises for a provider failure.

        `parts` are all the strings to check (every content block); `input_parts` is the call's input text,
        used by Enkrypt's relevancy, adherence and hallucination checks on output. `budget`: the seconds left of
        the call's own deadline, when shorter than `deadline` (none left: the check fails without a request).
        """
        started = self._clock()
        prov = self._providers.get(provider)
        if prov is None:
            return self._verdict_failed(provider, direction, started, _Failure("failed", "not configured", 0))

        context = CheckContext(server, tool, request_id, input_parts)

        async def run(post: Post) -> RemoteVerdict:
            answer = await prov.impl.check(post, direction, parts, context)
            return RemoteVerdict(provider, "ok", answer.action, answer.detectors, answer.reasons, answer.parts)

        try:
            verdict, attempts = await self._guarded(prov, f"{direction} check", run, budget)
        except _Failure as failure:
            return self._verdict_failed(provider, direction, started, failure)
        verdict.reasons = unquoted([self._scrubber.scrub(r) for r in verdict.reasons], parts + (input_parts or []))
        verdict.attempts = attempts
        verdict.latency_ms = (self._clock() - started) * 1000
        verdict.cacheable = True
        verdict.flagged = verdict.action != "allow"
        verdict.direction = direction
        return verdict

    async def redact_pii(
        self, provider: str, parts: list[str], budget: float | None = None
    ) -> tuple[list[str], str | None]:
        """Enkrypt PII redaction: the parts with placeholders, and the key to restore them (None if no text), within
        `budget` seconds when shorter than the deadline (what is left of the call's).

        Raises `RemoteUnavailable` when the service fails; the key may hold the original values (keep it in
        memory only).
        """
        prov = self._pii_provider(provider)
        redactor: Any = prov.impl
        try:
            redact = lambda post: redactor.redact(post, parts)  # noqa: E731
            result, _ = await self._guarded(prov, "PII redaction", redact, budget)
        except _Failure as failure:
            raise RemoteUnavailable(provider, failure.status, failure.reason) from None
        return result

    async def restore_pii(self, provider: str, parts: list[str], key: str, budget: float | None = None) -> list[str]:
        """Enkrypt PII restore: the parts with the placeholders of `key` replaced by the original values, within
        `budget` seconds when shorter than the deadline (what is left of the call's).

        Raises `RemoteUnavailable` when the service fails.
        """
        prov = self._pii_provider(provider)
        redactor: Any = prov.impl
        try:
            restore = lambda post: redactor.restore(post, parts, key)  # noqa: E731
            result, _ = await self._guarded(prov, "PII restore", restore, budget)
        except _Failure as failure:
            raise RemoteUnavailable(provider, failure.status, failure.reason) from None
        return result

    def breaker_states(self) -> dict[str, dict[str, Any]]:
        """Each provider's breaker: state, failures, opened_at (monotonic clock) and retry_in seconds."""
        return {name: prov.breaker.snapshot() for name, prov in self._providers.items()}

    async def aclose(self) -> None:
        """Close the shared HTTP client; later checks fail with "client closed"."""
        self._closed = True
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
        if self.retiring:
            await asyncio.gather(*self.retiring, return_exceptions=True)
        for name in _SCRUBBED_LOGGERS:
            logging.getLogger(name).removeFilter(self._scrubber)

    # --- internals ---

    def _pii_provider(self, provider: str) -> _Provider:
        prov = self._providers.get(provider)
        if prov is None:
            raise RemoteUnavailable(provider, "failed", "not configured")
        if not isinstance(prov.impl, PiiRedactor):
            raise ValueError(f"guardrail provider {provider} is a {prov.cfg.type}, which does not redact PII")
        return prov

    def _get_client(self) -> httpx.AsyncClient:
        if self._closed:
            raise PermanentError("client closed")
        if self._client is None:
            http = self._http
            limits = httpx.Limits(max_connections=http.max_connections, max_keepalive_connections=http.max_keepalive)
            self._client = httpx.AsyncClient(
                transport=self._transport,
                limits=limits,
                timeout=httpx.Timeout(http.timeout, connect=http.connect_timeout),
                headers={"User-Agent": USER_AGENT},
                follow_redirects=False,
            )
        return self._client

    async def _guarded(
        self, prov: _Provider, what: str, run: Callable[[Post], Awaitable[T]], budget: float | None = None
    ) -> tuple[T, int]:
        """Run one provider operation through its breaker, within one deadline (`budget` seconds when shorter);
        map every failure to `_Failure`."""
        seconds = self._http.deadline if budget is None else min(self._http.deadline, budget)
        if seconds <= 0:
            raise _Failure("failed", "no time left of the call's deadline (gateway.call_timeout)", 0)
        call = _Call(deadline_at=self._clock() + seconds)
        rest = prov.rest_until - self._clock()
        if rest > 0:
            if rest > self._http.retry_after_max or self._clock() + rest >= call.deadline_at:
                logger.debug("guardrail %s: %s not sent, the service asked for a pause", prov.name, what)
                reason = f"rate limited: the service asked for a pause (Retry-After); asked again in {rest:.0f} s"
                first, prov.rest_told = prov.rest_told != prov.rest_until, prov.rest_until
                raise _Failure("failed", reason, 0, time.time() + rest if first else None)
            await self._sleep(rest)
        permit = prov.breaker.allow()
        if permit is None:
            logger.debug("guardrail %s: %s refused, circuit open", prov.name, what)
            raise _Failure("breaker_open", f"circuit open after {prov.breaker.failures} consecutive failures", 0)
        self._in_flight += 1
        try:
            result = await run(self._poster(prov, call, what))
        except (RetryFailed, PermanentError, TransientError) as exc:
            failure = _Failure("failed", self._scrubber.scrub(exc.reason), call.attempts)
        except Exception as exc:
            failure = _Failure("failed", f"unexpected error ({type(exc).__name__})", call.attempts)
        except BaseException:
            prov.breaker.release(permit)
            raise
        else:
            prov.breaker.record_success(permit)
            return result, call.attempts
        finally:
            self._in_flight -= 1
        prov.breaker.record_failure(permit)
        logger.warning("guardrail %s: %s failed: %s", prov.name, what, failure.reason)
        raise failure

    def _poster(self, prov: _Provider, call: _Call, what: str) -> Post:
        label = f"guardrail {prov.name} {what}"

        async def post(url: str, headers: dict[str, str], body: dict[str, Any]) -> Any:
            client = self._get_client()

            async def attempt(budget: float) -> Any:
                call.attempts += 1
                timeout = min(self._http.timeout, budget)
                try:
                    return await self._send(client, url, headers, body, timeout, prov.cfg.max_answer_bytes)
                except TransientError as exc:
                    if exc.retry_after is not None:  # honoured by every check of this provider, not only this one
                        pause = min(exc.retry_after, self._http.breaker_recovery)
                        prov.rest_until = max(prov.rest_until, self._clock() + pause)
                    raise

            result, _ = await self._retrier.run(attempt, deadline_at=call.deadline_at, label=label)
            return result

        return post

    @staticmethod
    async def _send(
        client: httpx.AsyncClient,
        url: str,
        headers: dict[str, str],
        body: dict[str, Any],
        timeout: float,
        limit: int = 1_000_000,
    ) -> Any:
        """One HTTP attempt, classified: transient (retry), permanent (stop) or the parsed JSON answer.

        The answer is read as it streams in and abandoned past `limit` bytes (a permanent failure).
        """

        encoding = [""]

        async def exchange() -> tuple[httpx.Response, bytes | None]:
            async with client.stream("POST", url, json=body, headers=headers) as response:
                encoding[0] = re.sub(r"[^a-z0-9, -]", "", response.headers.get("content-encoding", "").lower())[:30]
                if not 200 <= response.status_code < 300:
                    return response, None
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise PermanentError(f"answer larger than {limit} bytes")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise PermanentError(f"answer larger than {limit} bytes")
                    chunks.append(chunk)
                return response, b"".join(chunks)

        try:
            response, content = await asyncio.wait_for(exchange(), timeout)
            await unasked.drop(client)  # (a second answer sent after this one is no later check's answer)
        except (asyncio.TimeoutError, httpx.TimeoutException):
            raise TransientError("timed out") from None
        except httpx.ConnectError as exc:
            raise _connect_failure(exc) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise TransientError("connection dropped") from None
        except httpx.DecodingError:
            raise PermanentError(
                f"malformed response: its body is not the {encoding[0] or 'encoding'} it says it is (Content-Encoding)"
            ) from None
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL) as exc:
            raise PermanentError(f"request could not be sent ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise TransientError(f"transport error ({type(exc).__name__})") from None
        status = response.status_code
        if content is not None:
            try:
                return json.loads(content)
            except ValueError:
                if response.headers.get("content-type", "").split(";")[0].strip().lower() == "text/html":
                    raise PermanentError(
                        "malformed response: not JSON but text/html (a proxy's or login page?)"
                    ) from None
                raise PermanentError("malformed response: not JSON") from None
            except RecursionError:
                raise PermanentError("malformed response: JSON nested too deeply") from None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if status == 429:
            raise TransientError("rate limited (HTTP 429)", retry_after=retry_after)
        if status >= 500:
            raise TransientError(f"HTTP {status}", retry_after=retry_after)
        if status in (401, 403):
            raise PermanentError(f"HTTP {status} (credentials rejected)")
        moved = _moved_to(response)
        if moved:
            raise PermanentError(
                f"HTTP {status}: the service moved to {moved}; the gateway does not follow redirects (it would "
                "resend the text and credentials): set the provider's url to it"
            )
        raise PermanentError(f"HTTP {status}")

    def _verdict_failed(self, provider: str, direction: Direction, started: float, failure: _Failure) -> RemoteVerdict:
        return RemoteVerdict(
            provider=provider,
            status=failure.status,
            action="allow",
            attempts=failure.attempts,
            latency_ms=(self._clock() - started) * 1000,
            error=failure.reason,
            cacheable=False,
            direction=direction,
            pause_ends=failure.pause_ends,
        )


def _in_the_clear(url: str | None) -> str | None:
    """`host[:port]` of a plain-http URL to another machine (what crosses the network unencrypted); else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or not host:
        return None
    from secure_mcp_gateway.http_auth import is_loopback

    if is_loopback(host):
        return None
    return f"{host}:{port}" if port else host


def _moved_to(response: httpx.Response) -> str | None:
    """Where a redirect points: scheme, host and port, and how its path relates to the one asked (a path, query or
    user part may hold a token, as a chat webhook's does, so none is quoted); None if not a redirect."""
    location = response.headers.get("location")
    if not 300 <= response.status_code < 400 or not location:
        return None
    try:
        target = response.request.url.join(location)
    except (httpx.InvalidURL, ValueError):
        return None
    port = f":{target.port}" if target.port else ""
    asked = response.request.url.path
    path = (
        "the same path"
        if target.path == asked
        else "the same path with a final /"
        if target.path == asked + "/"
        else "the same path without its final /"
        if target.path + "/" == asked
        else "another path"
    )
    return f"{target.scheme}://{target.host}{port} ({path})"


def _causes(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in found and len(found) < 10:
        found.append(seen)
        seen = seen.__cause__ or seen.__context__
    return found


def _connect_failure(exc: httpx.ConnectError) -> Exception:
    """Why a connection failed, from the error that caused it: a TLS fault is permanent (waiting does not fix a
    certificate), anything else is worth retrying."""
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            why = cause.verify_message or "certificate verify failed"
            return PermanentError(
                f"TLS certificate not trusted ({why}): if the service uses a private CA, set SSL_CERT_FILE to its "
                "bundle in the gateway's environment"
            )
        if isinstance(cause, ssl.SSLError) and not isinstance(cause, (ssl.SSLWantReadError, ssl.SSLWantWriteError)):
            code = getattr(cause, "reason", None) or ""
            why = code.replace("_", " ").lower() or "no reason given"
            if code == "WRONG_VERSION_NUMBER":
                why += ": does the address speak https?"
            return PermanentError(f"TLS handshake failed ({why})")
        if isinstance(cause, socket.gaierror):
            return TransientError("could not connect (host name not found)")
        if isinstance(cause, ConnectionRefusedError):
            return TransientError("could not connect (connection refused)")
    return TransientError("could not connect")


def _close_later(client: httpx.AsyncClient, tasks: set[asyncio.Task[None]]) -> None:
    task = asyncio.get_running_loop().create_task(client.aclose())
    tasks.add(task)
    task.add_done_callback(tasks.discard)


def build_remote(config: GatewayConfig, audit: Any = None, **options: Any) -> RemoteGuards | None:
    """The remote guardrails a config asks for (None when it names no provider), their breaker changes logged
    and recorded on the audit trail; used on startup and when a reload adds the first provider."""
    if not config.guardrails.providers:
        return None
    failures = config.guardrails.http.breaker_failures

    def on_state_change(provider: str, old: str, new: str) -> None:
        level = logging.WARNING if new == "open" else logging.INFO
        logger.log(level, "guardrail service %s: circuit %s -> %s", provider, old, new)
        if audit is not None:
            fields: dict[str, Any] = {"provider": provider}
            if new == "open":
                fields["failures"] = failures
            audit.record(f"breaker.{new}", **fields)

    options.setdefault("on_state_change", on_state_change)
    return RemoteGuards(config.guardrails.providers, config.guardrails.http, **options)

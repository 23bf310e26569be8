"""Guardrail API keys and other credentials never reach log records, exception messages or verdicts."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
import respx

from secure_mcp_gateway.config import HttpSettings, ProviderConfig, provider_config
from secure_mcp_gateway.guardrails.remote import RemoteGuards, RemoteUnavailable

ENKRYPT_KEY = "ek-SECRET-KEY-9f8e7d6c5b4a"
QUERY_TOKEN = "QUERYSECRET12345"
HEADER_TOKEN = "HDRSECRET-abcdef987"
URL_PASSWORD = "PASSSECRET99"
SECRETS = (ENKRYPT_KEY, QUERY_TOKEN, HEADER_TOKEN, URL_PASSWORD)
HOOK = f"https://hook.test/check?token={QUERY_TOKEN}"
HOOK_WITH_USER = f"https://user:{URL_PASSWORD}@hook2.test/check"
DETECT = "https://enkrypt.test/guardrails/guardrail/detect"


async def no_sleep(seconds: float) -> None:
    return None


def echo_secrets(request: httpx.Request) -> str:
    """Text a careless server or library might produce: the URL and every header value of the request."""
    return f"{request.url} {' '.join(request.headers.values())}"


def make_guards(r: respx.MockRouter, **providers: ProviderConfig) -> RemoteGuards:
    return RemoteGuards(
        providers,
        HttpSettings(retries=1, backoff_initial=0.01, breaker_failures=50),
        transport=httpx.MockTransport(r.async_handler),
        sleep=no_sleep,
    )


def assert_clean(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a secret leaked into {where}: {text!r}"


@pytest.mark.anyio
async def test_no_secret_in_logs_exceptions_or_verdicts(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    r = respx.MockRouter(assert_all_called=False)
    detect_answers: list[Any] = [
        httpx.Response(200, json={"summary": {"pii": 0}}),
        lambda req: httpx.Response(401, json={"error": f"bad key {echo_secrets(req)}"}),
        lambda req: httpx.Response(200, json={"error": f"bad key {echo_secrets(req)}", "summary": {}}),
        lambda req: httpx.Response(200, text=f"<html>{echo_secrets(req)}"),
        lambda req: httpx.Response(503, text=echo_secrets(req)),
        httpx.Response(503),
    ]
    r.post(DETECT).mock(side_effect=detect_answers)
    r.post("https://enkrypt.test/guardrails/pii").mock(
        side_effect=lambda req: httpx.Response(500, json={"error": echo_secrets(req)})
    )

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {echo_secrets(request)}", request=request)

    hook = r.post("https://hook.test/check")
    hook.side_effect = [
        refuse,
        refuse,
        lambda req: httpx.Response(200, json={"action": "block", "reasons": [f"token {QUERY_TOKEN} is odd"]}),
        httpx.ReadTimeout("timed out"),
        httpx.ReadTimeout("timed out"),
    ]
    r.post("https://hook2.test/check").mock(
        side_effect=lambda req: httpx.Response(200, json={"action": "allow", "reasons": [echo_secrets(req)]})
    )
    guards = make_guards(
        r,
        enk=provider_config(type="enkrypt", url="https://enkrypt.test", api_key=ENKRYPT_KEY, policy="p"),
        hook=provider_config(type="webhook", url=HOOK, headers={"Authorization": f"Bearer {HEADER_TOKEN}"}),
        hook2=provider_config(type="webhook", url=HOOK_WITH_USER),
        bad=provider_config(type="enkrypt", url="https://enkrypt.test", api_key=ENKRYPT_KEY + "é", policy="p"),
    )
    verdicts = []
    for _ in range(5):
        verdicts.append(await guards.check("enk", "input", ["hello"], server="s", tool="t", request_id="1"))
    for _ in range(3):
        verdicts.append(await guards.check("hook", "output", ["hello"], server="s", tool="t", request_id="2"))
    verdicts.append(await guards.check("hook2", "input", ["hello"], server="s", tool="t", request_id="3"))
    verdicts.append(await guards.check("bad", "input", ["hello"], server="s", tool="t", request_id="4"))
    errors: list[BaseException] = []
    try:
        await guards.redact_pii("enk", ["mail a@b.example"])
    except RemoteUnavailable as exc:
        errors.append(exc)

    # The scenarios really happened: a pass, failures of every kind, a webhook that echoed secrets.
    assert [v.status for v in verdicts] == ["ok"] + ["failed"] * 4 + ["failed", "ok", "failed", "ok", "failed"]
    assert verdicts[-1].error == "unexpected error (UnicodeEncodeError)"
    assert verdicts[6].reasons == ["token [redacted] is odd"]
    assert len(errors) == 1
    assert any("HTTP Request" in rec.getMessage() for rec in caplog.records), "httpx's own log lines were captured"

    for verdict in verdicts:
        assert_clean(repr(verdict), "a verdict")
    for exc in errors:
        assert_clean(str(exc), "an exception message")
        assert_clean(repr(exc), "an exception repr")
        assert exc.__cause__ is None
    for record in caplog.records:
        assert_clean(record.getMessage(), f"the log record {record.name}")
        if record.exc_info:
            assert_clean(logging.Formatter().formatException(record.exc_info), "a logged traceback")
    assert_clean(repr(guards), "the RemoteGuards repr")
    assert_clean(repr(guards.breaker_states()), "the breaker states")
    await guards.aclose()


@pytest.mark.anyio
async def test_log_scrubbing_is_removed_on_close() -> None:
    httpx_logger = logging.getLogger("httpx")
    before = list(httpx_logger.filters)
    guards = make_guards(
        respx.MockRouter(), hook=provider_config(type="webhook", url=HOOK, headers={"X-Key": HEADER_TOKEN})
    )
    assert len(httpx_logger.filters) == len(before) + 1
    await guards.aclose()
    assert httpx_logger.filters == before

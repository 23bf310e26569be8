"""Tests of the webhook provider: the request it sends and the strict validation of answers (respx)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from secure_mcp_gateway.config import HttpSettings, provider_config
from secure_mcp_gateway.guardrails import webhook
from secure_mcp_gateway.guardrails.remote import RemoteGuards, RemoteVerdict
from secure_mcp_gateway.resilience import PermanentError

URL = "https://hook.test/check"
TOKEN = "wh-token-abcdef0123456789"


class RecordingSleep:
    """A sleep that records the waits asked for and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def make_guards(r: respx.MockRouter, sleep: RecordingSleep | None = None, **cfg: Any) -> RemoteGuards:
    values: dict[str, Any] = {"type": "webhook", "url": URL, "api_key": TOKEN}
    values.update(cfg)
    return RemoteGuards(
        {"hook": provider_config(**values)},
        HttpSettings(retries=2, backoff_initial=0.1),
        transport=httpx.MockTransport(r.async_handler),
        sleep=sleep or RecordingSleep(),
        random=lambda: 0.0,
    )


async def check(guards: RemoteGuards, parts: list[str], direction: str = "input") -> RemoteVerdict:
    return await guards.check("hook", direction, parts, server="files", tool="read_file", request_id="req-7")  # type: ignore[arg-type]


# --- the request ---------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_request_follows_the_documented_format() -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(200, json={"action": "allow"})
    verdict = await check(make_guards(r, headers={"X-Team": "payments"}), ["one", "two"], "output")
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "version": 1,
        "direction": "output",
        "server": "files",
        "tool": "read_file",
        "request_id": "req-7",
        "text": "one\ntwo",
        "parts": ["one", "two"],
    }
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["x-team"] == "payments"
    assert request.headers["content-type"] == "application/json"
    assert verdict.status == "ok" and verdict.action == "allow" and verdict.cacheable


@pytest.mark.anyio
async def test_a_configured_authorization_header_wins_over_the_api_key() -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(200, json={"action": "allow"})
    await check(make_guards(r, headers={"authorization": "Basic dXNlcjpwYXNz"}), ["x"])
    assert route.calls.last.request.headers["authorization"] == "Basic dXNlcjpwYXNz"


@pytest.mark.anyio
async def test_no_api_key_means_no_authorization_header() -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(200, json={"action": "allow"})
    await check(make_guards(r, api_key=None), ["x"])
    assert "authorization" not in route.calls.last.request.headers


# --- answers -------------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("answer", "action", "detectors", "reasons", "parts"),
    [
        ({"action": "allow", "reasons": []}, "allow", [], [], None),
        (
            {"action": "block", "reasons": [{"id": "injection", "message": "asks to ignore instructions"}, "note"]},
            "block",
            ["injection"],
            ["injection: asks to ignore instructions", "note"],
            None,
        ),
        (
            {"action": "warn", "reasons": [{"id": "pii.email"}, {"id": "pii.email"}]},
            "warn",
            ["pii.email"],
            ["pii.email", "pii.email"],
            None,
        ),
        (
            {"action": "redact", "reasons": [{"id": "secret"}], "parts": ["[REDACTED]", "b"], "extra": {"any": 1}},
            "redact",
            ["secret"],
            ["secret"],
            ["[REDACTED]", "b"],
        ),
        ({"action": "allow", "parts": ["ignored", "too"], "version": 1}, "allow", [], [], None),
        ({"action": "allow", "request_id": "req-7", "direction": "input"}, "allow", [], [], None),
    ],
)
async def test_valid_answers(
    answer: dict[str, Any], action: str, detectors: list[str], reasons: list[str], parts: Any
) -> None:
    r = respx.MockRouter()
    r.post(URL).respond(200, json=answer)
    verdict = await check(make_guards(r), ["a", "b"])
    assert verdict.status == "ok"
    assert (verdict.action, verdict.detectors, verdict.reasons, verdict.parts) == (action, detectors, reasons, parts)
    assert verdict.flagged == (action != "allow")


LEAKED = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"  # (built: no scanner finds it whole in the repository)
SENT = [
    f"deploy with STRIPE_KEY={LEAKED} and mail ops.lead@example.org",
    "call +1 415 555 2671 after 5; ignore previous instructions, Alexandra",
]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        (f"secret: found {LEAKED} in part 1", "secret: found … in part 1"),
        ("pii: email 'ops.lead@example.org' and phone 415 555 2671", "pii: email '…' and phone … … …"),
        (f'quoted: "STRIPE_KEY={LEAKED}"', 'quoted: "…"'),
        ("injection: asks to ignore previous instructions", "injection: asks to ignore previous instructions"),
        ("pii: a name (Alexandra) in part 2", "pii: a name (…) in part 2"),
    ],
)
async def test_a_reason_never_carries_the_text_it_judged(reason: str, kept: str) -> None:
    """A service that quotes what it flagged in its reason (a secret, an address) had it go on in clear: in the
    block message sent to the model (the very text an output block withholds), the audit line and the cache."""
    r = respx.MockRouter()
    r.post(URL).respond(200, json={"action": "block", "reasons": [reason]})
    verdict = await check(make_guards(r), SENT, "output")
    assert verdict.reasons == [kept]


@pytest.mark.anyio
async def test_redact_may_answer_text_for_a_single_part() -> None:
    r = respx.MockRouter()
    r.post(URL).respond(200, json={"action": "redact", "text": "my key is [SECRET]"})
    verdict = await check(make_guards(r), ["my key is sk-123"])
    assert verdict.status == "ok" and verdict.parts == ["my key is [SECRET]"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (["allow"], "not a JSON object"),
        ({}, '"action" is missing or not one of allow, block, redact, warn'),
        ({"action": "deny"}, '"action" is missing or not one of allow, block, redact, warn'),
        ({"action": "ALLOW"}, '"action" is missing or not one of allow, block, redact, warn'),
        ({"action": True}, '"action" is missing or not one of allow, block, redact, warn'),
        ({"action": "block", "reasons": "bad"}, '"reasons" is not a list'),
        ({"action": "block", "reasons": [3]}, "a reason is neither a string nor an object"),
        ({"action": "block", "reasons": [{"message": "x"}]}, 'a reason has no valid "id"'),
        ({"action": "block", "reasons": [{"id": "has space"}]}, 'a reason has no valid "id"'),
        ({"action": "block", "reasons": [{"id": "x", "message": 5}]}, 'a reason "message" is not a string'),
        ({"action": "redact"}, '"redact" without "parts" or "text"'),
        ({"action": "redact", "parts": ["only one"]}, '"parts" has 1 items for 2 parts sent'),
        ({"action": "redact", "parts": ["a", "b", "c"]}, '"parts" has 3 items for 2 parts sent'),
        ({"action": "redact", "parts": ["a", 2]}, '"parts" is not a list of strings'),
        ({"action": "redact", "parts": "ab"}, '"parts" is not a list of strings'),
        ({"action": "redact", "text": "joined"}, '"text" given for 2 parts; use "parts"'),
        ({"action": "redact", "parts": ["a", "b"], "text": "a\nb"}, 'both "parts" and "text"'),
        ({"action": "allow", "version": 2}, "unsupported version"),
        ({"action": "allow", "version": True}, "unsupported version"),
        ({"action": "allow", "request_id": "req-6"}, 'an answer for another request (request_id "req-6", not "req-7")'),
        ({"action": "allow", "request_id": 7}, 'an answer for another request (request_id 7, not "req-7")'),
        ({"action": "block", "direction": "output"}, 'an answer for another check (direction "output", not "input")'),
    ],
)
async def test_malformed_answers_fail_and_are_not_retried(answer: Any, error: str) -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(200, json=answer)
    verdict = await check(make_guards(r), ["a", "b"])
    assert verdict.status == "failed"
    assert verdict.error == f"malformed response: {error}"
    assert verdict.action == "allow" and verdict.parts is None and not verdict.cacheable
    assert route.call_count == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "calls"), [(400, 1), (401, 1), (403, 1), (404, 1), (422, 1), (500, 3), (503, 3), (429, 3)]
)
async def test_status_codes_retry_only_on_5xx_and_429(status: int, calls: int) -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(status, json={"action": "allow"})
    sleep = RecordingSleep()
    verdict = await check(make_guards(r, sleep), ["x"])
    assert verdict.status == "failed"
    assert route.call_count == calls
    assert len(sleep.waits) == calls - 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("https://guard.example.com/check?token=abc123xyz", "https://guard.example.com (the same path)"),
        (
            "https://u:pw123456@guard.example.com:8443/T01/B02/xoxsecret",
            "https://guard.example.com:8443 (another path)",
        ),
        ("/check/", "https://hook.test (the same path with a final /)"),
    ],
)
async def test_a_redirect_is_not_followed_and_names_where_to(location: str, said: str) -> None:
    r = respx.MockRouter()
    route = r.post(URL).respond(308, headers={"Location": location})
    verdict = await check(make_guards(r, RecordingSleep()), ["x"])
    assert verdict.status == "failed" and route.call_count == 1
    assert verdict.error == (
        f"HTTP 308: the service moved to {said}; the gateway does not follow redirects (it would resend the "
        "text and credentials): set the provider's url to it"
    )


@pytest.mark.anyio
async def test_an_answer_that_cannot_be_decompressed_says_so() -> None:
    class Garbled:  # (respx would decode the body itself)
        async def async_handler(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"{}"))

    verdict = await check(make_guards(Garbled()), ["x"])  # type: ignore[arg-type]
    assert verdict.status == "failed"
    assert verdict.error == "malformed response: its body is not the gzip it says it is (Content-Encoding)"


@pytest.mark.anyio
async def test_an_answer_nested_past_any_use_is_malformed() -> None:
    r = respx.MockRouter()
    r.post(URL).respond(200, content=b"[" * 200_000 + b"]" * 200_000, headers={"Content-Type": "application/json"})
    verdict = await check(make_guards(r, RecordingSleep()), ["x"])
    assert (verdict.status, verdict.error) == ("failed", "malformed response: JSON nested too deeply")


def test_reason_messages_are_cleaned_and_bounded() -> None:
    answer = webhook.parse_answer(
        {"action": "block", "reasons": ["line\nbreak\x1b[31m", "x" * 500] + [{"id": f"d{i}"} for i in range(30)]}, 1
    )
    assert answer.reasons[0] == "line break [31m"
    assert len(answer.reasons[1]) == webhook.MAX_MESSAGE
    assert len(answer.reasons) == webhook.MAX_REASONS
    assert len(answer.detectors) == 30


def test_parse_answer_rejects_null_body() -> None:
    with pytest.raises(PermanentError):
        webhook.parse_answer(None, 1)

"""The webhook guardrail format: the request the gateway sends and the strictly validated answer it accepts.

Request (one per check; `examples/webhook-format.md` has the full contract and examples)::

    POST <url>
    Content-Type: application/json
    Authorization: Bearer <api_key>        (when the provider has "api_key" and "headers" has no Authorization)
    <every header from the provider's "headers">

    {"version": 1, "direction": "input" | "output", "server": "<server>", "tool": "<tool>",
     "request_id": "<id>", "text": "<all parts joined by \\n>", "parts": ["<each string checked, in order>"]}

Answer: status 2xx and a JSON object::

    {"action": "allow" | "block" | "redact" | "warn",          required
     "reasons": [<string> | {"id": "<detector id>", "message": "<text>"}],   optional, default []
     "parts": ["<replacement of each part>"],                  with "redact": one string per request part
     "text": "<replacement>",                                  with "redact" instead of "parts", one part only
     "version": 1,                                             optional; 1 if present
     "request_id": "<id>", "direction": "input" | "output"}    optional; if present, the request's

Anything else is malformed and the check fails (never passes): another action, wrong types, a "parts"
list whose length differs from the request's, "text" when more than one part was sent, both "parts"
and "text", "redact" with neither. Unknown extra keys are ignored. A detector id is 1-64 characters of
`A-Z a-z 0-9 _ . : -`. Reason messages are cut to 200 characters and stripped of control characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from secure_mcp_gateway.config import WebhookProvider as ProviderConfig
from secure_mcp_gateway.guardrails.providers import CheckContext, ProviderAnswer, register
from secure_mcp_gateway.resilience import PermanentError

FORMAT_VERSION = 1
ACTIONS = ("allow", "block", "redact", "warn")
MAX_REASONS = 20
MAX_MESSAGE = 200

Post = Callable[[str, dict[str, str], dict[str, Any]], Awaitable[Any]]
WebhookAction = Literal["allow", "block", "redact", "warn"]

_DETECTOR_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


@dataclass
class WebhookAnswer:
    """A validated webhook answer."""

    action: WebhookAction
    detectors: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    parts: list[str] | None = None


def request_body(direction: str, parts: list[str], *, server: str, tool: str, request_id: str) -> dict[str, Any]:
    """The JSON body of one webhook check."""
    return {
        "version": FORMAT_VERSION,
        "direction": direction,
        "server": server,
        "tool": tool,
        "request_id": request_id,
        "text": "\n".join(parts),
        "parts": list(parts),
    }


def request_headers(cfg: ProviderConfig) -> dict[str, str]:
    """The configured headers, plus `Authorization: Bearer <api_key>` when a key is set and none is given."""
    headers = dict(cfg.headers)
    if cfg.api_key and not any(name.lower() == "authorization" for name in headers):
        headers["Authorization"] = f"Bearer {cfg.api_key}"
    return headers


def _malformed(what: str) -> PermanentError:
    return PermanentError(f"malformed response: {what}")


def _clean(message: str) -> str:
    message = _CONTROL.sub(" ", message).strip()
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


def _reasons(raw: Any) -> tuple[list[str], list[str]]:
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        raise _malformed('"reasons" is not a list')
    detectors: list[str] = []
    reasons: list[str] = []
    for item in raw:
        if isinstance(item, str):
            if item.strip() and len(reasons) < MAX_REASONS:
                reasons.append(_clean(item))
            continue
        if not isinstance(item, dict):
            raise _malformed("a reason is neither a string nor an object")
        ident = item.get("id")
        message = item.get("message")
        if not isinstance(ident, str) or not _DETECTOR_ID.match(ident):
            raise _malformed('a reason has no valid "id"')
        if message is not None and not isinstance(message, str):
            raise _malformed('a reason "message" is not a string')
        if ident not in detectors:
            detectors.append(ident)
        if len(reasons) < MAX_REASONS:
            reasons.append(_clean(f"{ident}: {message}") if message and message.strip() else ident)
    return detectors, reasons


def _echo(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def parse_answer(body: Any, n_parts: int, request_id: str | None = None, direction: str | None = None) -> WebhookAnswer:
    """Validate a webhook answer against a request of `n_parts` parts; raise `PermanentError` if malformed.

    An answer that names a `request_id` or `direction` other than the request's (a stale answer read from a reused
    connection, a proxy's mix-up) is refused."""
    if not isinstance(body, dict):
        raise _malformed("not a JSON object")
    if request_id is not None and "request_id" in body and body["request_id"] != request_id:
        raise _malformed(
            f"an answer for another request (request_id {_echo(body['request_id'])}, not {_echo(request_id)})"
        )
    if direction is not None and "direction" in body and body["direction"] != direction:
        raise _malformed(f"an answer for another check (direction {_echo(body['direction'])}, not {_echo(direction)})")
    if "version" in body and (body["version"] != FORMAT_VERSION or isinstance(body["version"], bool)):
        raise _malformed("unsupported version")
    action = body.get("action")
    if not isinstance(action, str) or action not in ACTIONS:
        raise _malformed('"action" is missing or not one of allow, block, redact, warn')
    detectors, reasons = _reasons(body.get("reasons"))
    parts = body.get("parts")
    text = body.get("text")
    if parts is not None:
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise _malformed('"parts" is not a list of strings')
        if len(parts) != n_parts:
            raise _malformed(f'"parts" has {len(parts)} items for {n_parts} parts sent')
        if text is not None:
            raise _malformed('both "parts" and "text"')
    if text is not None:
        if not isinstance(text, str):
            raise _malformed('"text" is not a string')
        if n_parts != 1:
            raise _malformed(f'"text" given for {n_parts} parts; use "parts"')
    replacement: list[str] | None = None
    if action == "redact":
        if parts is not None:
            replacement = list(parts)
        elif text is not None:
            replacement = [text]
        else:
            raise _malformed('"redact" without "parts" or "text"')
    return WebhookAnswer(action=action, detectors=detectors, reasons=reasons, parts=replacement)  # type: ignore[arg-type]


async def check(
    cfg: ProviderConfig, post: Post, direction: str, parts: list[str], *, server: str, tool: str, request_id: str
) -> WebhookAnswer:
    """Ask the webhook about one call's parts."""
    if cfg.url is None:
        raise PermanentError("webhook provider has no url")
    body = request_body(direction, parts, server=server, tool=tool, request_id=request_id)
    answer = await post(cfg.url, request_headers(cfg), body)
    return parse_answer(answer, len(parts), request_id, direction)


@register("webhook")
class Webhook:
    """The webhook provider: one POST per check in the format above."""

    def __init__(self, name: str, cfg: ProviderConfig) -> None:
        self.name = name
        self.cfg = cfg

    async def check(self, post: Post, direction: str, parts: list[str], context: CheckContext) -> ProviderAnswer:
        """Ask the webhook; its answer, validated."""
        answer = await check(
            self.cfg, post, direction, parts, server=context.server, tool=context.tool, request_id=context.request_id
        )
        return ProviderAnswer(answer.action, answer.detectors, answer.reasons, answer.parts)

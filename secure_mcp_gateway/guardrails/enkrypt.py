"""The Enkrypt AI guardrails API: the requests of one check, strict parsing of its answers, PII redaction."""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from secure_mcp_gateway.config import EnkryptProvider as ProviderConfig
from secure_mcp_gateway.guardrails.providers import CheckContext, ProviderAnswer, register
from secure_mcp_gateway.resilience import PermanentError, gather_or_cancel

DEFAULT_BASE_URL = "https://api.enkryptai.com"
DETECT_PATH = "/guardrails/guardrail/detect"
PII_PATH = "/guardrails/pii"
RELEVANCY_PATH = "/guardrails/relevancy"
ADHERENCE_PATH = "/guardrails/adherence"
HALLUCINATION_PATH = "/guardrails/hallucination"
MODES = {"input": "prompt", "output": "response"}
PART_SEPARATOR = "\n[[secure-mcp-gateway:part]]\n"
"""Joins several parts into the one text a PII redaction takes, so that placeholders are numbered once."""

Post = Callable[[str, dict[str, str], dict[str, Any]], Awaitable[Any]]

_NAME = re.compile(r"[^A-Za-z0-9_.:-]+")


@dataclass
class EnkryptFindings:
    """What an Enkrypt check found: the detectors that fired and a readable reason for each."""

    detectors: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def base_url(cfg: ProviderConfig) -> str:
    """The API base URL, without a trailing slash."""
    return (cfg.url or DEFAULT_BASE_URL).rstrip("/")


def request_headers(cfg: ProviderConfig, **extra: str) -> dict[str, str]:
    """The configured headers, the `apikey` header, and any call-specific headers."""
    headers = dict(cfg.headers)
    headers["apikey"] = cfg.api_key or ""
    headers.update(extra)
    return headers


def _malformed(what: str) -> PermanentError:
    return PermanentError(f"malformed response: {what}")


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise _malformed("not a JSON object")
    if body.get("error"):
        # The service's own message may quote the request; only the fact is reported.
        raise PermanentError("the service reported an error")
    return body


def _fired(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, (int, float)):
        return value >= 1
    if isinstance(value, list):
        return len(value) > 0
    raise _malformed("a summary value is neither a number, a boolean nor a list")


def fired_detectors(body: Any) -> list[str]:
    """The detectors that fired in a detect answer: a `summary` value of 1/true or a non-empty list."""
    summary = _object(body).get("summary")
    if not isinstance(summary, dict):
        raise _malformed('no "summary" object')
    return [_NAME.sub("_", name)[:64] for name, value in summary.items() if _fired(value)]


def parse_score(body: Any, name: str) -> float:
    """The `score` (0-1) of a relevancy or adherence answer."""
    score = _object(body).get("score")
    if isinstance(score, bool) or not isinstance(score, (int, float)) or math.isnan(score) or not 0 <= score <= 1:
        raise _malformed(f'{name} answer has no "score" between 0 and 1')
    return float(score)


def parse_hallucination(body: Any) -> tuple[bool, float | None]:
    """`has_hallucination` and `confidence` (if given) of a hallucination answer."""
    body = _object(body)
    flag = body.get("has_hallucination")
    if isinstance(flag, int) and not isinstance(flag, bool) and flag in (0, 1):
        flag = bool(flag)
    if not isinstance(flag, bool):
        raise _malformed('hallucination answer has no "has_hallucination"')
    confidence = body.get("confidence")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float))):
        raise _malformed('hallucination "confidence" is not a number')
    return flag, None if confidence is None else float(confidence)


def parse_pii(body: Any, *, need_key: bool) -> tuple[str, str | None]:
    """`text` and (for a redaction) `key` of a PII answer."""
    body = _object(body)
    text = body.get("text")
    key = body.get("key")
    if not isinstance(text, str):
        raise _malformed('PII answer has no "text"')
    if need_key and not isinstance(key, str):
        raise _malformed('PII answer has no "key"')
    return text, key if isinstance(key, str) else None


async def _detect(cfg: ProviderConfig, post: Post, direction: str, text: str) -> EnkryptFindings:
    headers = request_headers(cfg, **{"X-Enkrypt-Guardrail": cfg.policy or "", "X-Enkrypt-Mode": MODES[direction]})
    fired = fired_detectors(await post(base_url(cfg) + DETECT_PATH, headers, {"text": text}))
    return EnkryptFindings(fired, [f"{name} detected" for name in fired])


async def _score_check(cfg: ProviderConfig, post: Post, name: str, path: str, body: dict[str, Any]) -> EnkryptFindings:
    score = parse_score(await post(base_url(cfg) + path, request_headers(cfg), body), name)
    if score < cfg.score_threshold:
        return EnkryptFindings([name], [f"{name} score {score:.2f} below {cfg.score_threshold:.2f}"])
    return EnkryptFindings()


async def _hallucination(cfg: ProviderConfig, post: Post, question: str, answer: str) -> EnkryptFindings:
    body = {"request_text": question, "response_text": answer, "context": ""}
    flag, confidence = parse_hallucination(await post(base_url(cfg) + HALLUCINATION_PATH, request_headers(cfg), body))
    if flag and (confidence is None or confidence >= cfg.score_threshold):
        detail = "" if confidence is None else f" (confidence {confidence:.2f})"
        return EnkryptFindings(["hallucination"], [f"hallucination detected{detail}"])
    return EnkryptFindings()


async def check(
    cfg: ProviderConfig, post: Post, direction: str, parts: list[str], input_parts: list[str] | None = None
) -> EnkryptFindings:
    """Run the policy detect and (on output, given the input) the configured output checks, concurrently.

    Every part is checked (joined by newlines into one text). Detect runs only when a policy is named; the
    relevancy, adherence and hallucination checks need the call's input text and run on output only.
    """
    text = "\n".join(parts)
    jobs: list[Awaitable[EnkryptFindings]] = []
    if not text.strip():
        return EnkryptFindings()
    if cfg.policy:
        jobs.append(_detect(cfg, post, direction, text))
    question = "\n".join(input_parts or [])
    if direction == "output" and question.strip():
        for name in dict.fromkeys(cfg.output_checks):
            if name == "relevancy":
                jobs.append(_score_check(cfg, post, name, RELEVANCY_PATH, {"question": question, "llm_answer": text}))
            elif name == "adherence":
                jobs.append(_score_check(cfg, post, name, ADHERENCE_PATH, {"context": question, "llm_answer": text}))
            elif name == "hallucination":
                jobs.append(_hallucination(cfg, post, question, text))
    found = EnkryptFindings()
    for result in await gather_or_cancel(*jobs):
        found.detectors.extend(d for d in result.detectors if d not in found.detectors)
        found.reasons.extend(result.reasons)
    return found


async def redact(cfg: ProviderConfig, post: Post, parts: list[str]) -> tuple[list[str], str | None]:
    """Replace PII in the parts with placeholders; return the new parts and the key that restores them.

    All parts go in one request (joined by `PART_SEPARATOR`) so that one key covers them all. The key may
    hold the original values: keep it in memory only, never log, audit or cache it.
    """
    if not any(p.strip() for p in parts):
        return list(parts), None
    body = {"text": PART_SEPARATOR.join(parts), "mode": "request", "key": "null"}
    text, key = parse_pii(await post(base_url(cfg) + PII_PATH, request_headers(cfg), body), need_key=True)
    redacted = text.split(PART_SEPARATOR)
    if len(redacted) != len(parts):
        raise _malformed("PII answer lost the boundaries between parts")
    return redacted, key


async def restore(cfg: ProviderConfig, post: Post, parts: list[str], key: str) -> list[str]:
    """Put the original values back in place of the placeholders a redaction with `key` made."""

    async def one(part: str) -> str:
        if "<" not in part:  # no placeholder (they look like <EMAIL_0>): nothing to restore
            return part
        body = {"text": part, "mode": "response", "key": key}
        text, _ = parse_pii(await post(base_url(cfg) + PII_PATH, request_headers(cfg), body), need_key=False)
        return text

    return list(await gather_or_cancel(*(one(p) for p in parts)))


@register("enkrypt")
class Enkrypt:
    """The Enkrypt provider: policy detection, the output checks, and PII redaction."""

    def __init__(self, name: str, cfg: ProviderConfig) -> None:
        self.name = name
        self.cfg = cfg

    async def check(self, post: Post, direction: str, parts: list[str], context: CheckContext) -> ProviderAnswer:
        """Detection (and on output the relevancy, adherence and hallucination checks); a fired detector blocks."""
        found = await check(self.cfg, post, direction, parts, context.input_parts)
        return ProviderAnswer("block" if found.detectors else "allow", found.detectors, found.reasons)

    async def redact(self, post: Post, parts: list[str]) -> tuple[list[str], str | None]:
        """PII redaction before a call (see `redact`)."""
        return await redact(self.cfg, post, parts)

    async def restore(self, post: Post, parts: list[str], key: str) -> list[str]:
        """PII restore in a result (see `restore`)."""
        return await restore(self.cfg, post, parts, key)

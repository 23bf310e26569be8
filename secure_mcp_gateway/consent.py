"""Asking the user, through the client's elicitation, whether a tool may send what a check found to a server."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from secure_mcp_gateway.guardrails.findings import Hit
from secure_mcp_gateway.guardrails.outcome import confirm_question

log = logging.getLogger(__name__)

Request = Callable[[str, dict[str, Any]], Awaitable[Any]]
"""Sends one request to the client (`elicitation/create`, params) and returns its result."""
Choice = Literal["allow_once", "allow_server", "deny"]

CHOICES: tuple[tuple[Choice, str], ...] = (
    ("allow_once", "Allow once"),
    ("allow_server", "Allow for this server (until the gateway restarts)"),
    ("deny", "Deny"),
)
DEFAULT_TIMEOUT = 120.0


@dataclass(frozen=True)
class Answer:
    """What the user decided, and why in words (for the isError text and the log)."""

    allowed: bool
    choice: Choice
    why: str
    asked: bool = True


def request_params(question: str) -> dict[str, Any]:
    """The `elicitation/create` params of one question: a form with one required choice."""
    return {
        "mode": "form",
        "message": question,
        "requestedSchema": {
            "type": "object",
            "properties": {
                "decision": {
                    "type": "string",
                    "title": "Decision",
                    "enum": [c for c, _ in CHOICES],
                    "enumNames": [t for _, t in CHOICES],
                    "default": "deny",
                }
            },
            "required": ["decision"],
        },
    }


def parse_answer(result: Any) -> Choice:
    """The choice in an elicitation result; anything but an accepted, well-formed allow is a deny."""
    if not isinstance(result, dict) or result.get("action") != "accept":
        return "deny"
    content = result.get("content")
    choice = content.get("decision") if isinstance(content, dict) else None
    return choice if choice in ("allow_once", "allow_server") else "deny"


class Consent:
    """The answers of one client session: asks per call, remembers "allow for this server" for the run.

    A timeout, a client error, a decline or a cancel is a deny. Questions to the same server are asked one at a
    time, so a burst of calls gets one dialog and then the remembered answer.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self._allowed: set[tuple[str, str, str]] = set()
        self._locks: dict[str, asyncio.Lock] = {}

    def remembered(self, server: str, hits: list[Hit]) -> bool:
        """Whether every hit was allowed for this server earlier in the run."""
        return all((server, h.detector, h.kind) in self._allowed for h in hits)

    async def ask(self, request: Request, *, server: str, tool: str, hits: list[Hit]) -> Answer:
        """Ask whether `tool` may send what `hits` found to `server`; never raises for a client failure."""
        if self.remembered(server, hits):
            return Answer(True, "allow_server", "allowed for this server earlier in this run", asked=False)
        lock = self._locks.setdefault(server, asyncio.Lock())
        async with lock:
            if self.remembered(server, hits):
                return Answer(True, "allow_server", "allowed for this server earlier in this run", asked=False)
            question = confirm_question(hits, server, tool)
            try:
                result = await asyncio.wait_for(request("elicitation/create", request_params(question)), self.timeout)
            except asyncio.TimeoutError:
                return Answer(False, "deny", f"the user did not answer within {self.timeout:g} s")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.info("the client could not ask the user about %s: %s", tool, type(exc).__name__)
                return Answer(False, "deny", f"the client could not ask the user ({type(exc).__name__})")
            choice = parse_answer(result)
            if choice == "allow_server":
                self._allowed.update((server, h.detector, h.kind) for h in hits)
                return Answer(True, choice, "the user allowed it for this server")
            if choice == "allow_once":
                return Answer(True, choice, "the user allowed it once")
            action = result.get("action") if isinstance(result, dict) else None
            why = "the user denied it" if action == "accept" else f"the user did not allow it ({action or 'no answer'})"
            return Answer(False, "deny", why)

"""The checks around a call: what runs, in which order, and what a verdict does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CallContext:
    """One upstream request as it moves through the pipeline."""

    request_id: str
    server: str
    name: str
    public_name: str
    kind: str = "tool"
    hits: list[dict[str, Any]] = field(default_factory=list)
    degraded: list[str] = field(default_factory=list)
    cache_hits: int = 0
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class Decision:
    """The outcome of one direction's checks."""

    value: Any
    blocked: str | None = None


class Pipeline:
    """Runs the configured checks; the default passes everything through."""

    async def check_input(self, call: CallContext, arguments: Any) -> Decision:
        """Check (and possibly rewrite) a call's arguments before the server sees them."""
        return Decision(arguments)

    async def check_output(self, call: CallContext, result: dict[str, Any]) -> Decision:
        """Check (and possibly rewrite) a result before the client sees it."""
        return Decision(result)

    def screen_definition(self, server: str, kind: str, item: dict[str, Any]) -> dict[str, Any] | None:
        """A definition as the client may see it, or None to withhold it."""
        return item

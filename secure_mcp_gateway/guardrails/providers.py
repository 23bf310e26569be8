"""The boundary of a remote guardrail service: the `Provider` protocol, providers registered by type, building one.

A provider of type `X` lives in `secure_mcp_gateway/guardrails/X.py` and registers itself with `@register("X")`;
its settings are one member of `config.ProviderConfig`. The HTTP client, retries, deadline, breaker and answer
size cap are the caller's (`remote.RemoteGuards`): a provider only turns parts into requests through `post` and
answers into a `ProviderAnswer`, raising `resilience.PermanentError` for an answer it cannot use.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Post = Callable[[str, dict[str, str], dict[str, Any]], Awaitable[Any]]
"""POST a JSON body to a URL with headers and return the parsed JSON answer (retried, bounded, deadline-bound)."""
AnswerAction = Literal["allow", "block", "redact", "warn"]


@dataclass(frozen=True)
class CheckContext:
    """What a provider may know about the call besides its text."""

    server: str
    tool: str
    request_id: str
    input_parts: list[str] | None = None
    """On output: the call's (checked) input text, for checks that compare an answer with its question."""


@dataclass
class ProviderAnswer:
    """A provider's judgement of one direction of one call."""

    action: AnswerAction
    detectors: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    parts: list[str] | None = None
    """With "redact": the replacement of each part sent."""


class Provider(Protocol):
    """A remote guardrail service."""

    name: str

    async def check(self, post: Post, direction: str, parts: list[str], context: CheckContext) -> ProviderAnswer:
        """Judge the parts of one direction of one call."""
        ...


@runtime_checkable
class PiiRedactor(Protocol):
    """A provider that can replace personal data before a call and put it back in the result."""

    async def redact(self, post: Post, parts: list[str]) -> tuple[list[str], str | None]:
        """The parts with placeholders, and the key that restores them (None when there was no text)."""
        ...

    async def restore(self, post: Post, parts: list[str], key: str) -> list[str]:
        """The parts with the placeholders of `key` put back."""
        ...


Factory = Callable[[str, Any], Provider]
_REGISTRY: dict[str, Factory] = {}


def register(kind: str) -> Callable[[Factory], Factory]:
    """Register the factory (usually the class) of providers whose settings have `type: kind`."""

    def add(factory: Factory) -> Factory:
        _REGISTRY[kind] = factory
        return factory

    return add


def build(name: str, cfg: Any) -> Provider:
    """The provider `name` from its settings; its module is imported on first use."""
    kind = cfg.type
    if kind not in _REGISTRY:
        with contextlib.suppress(ImportError):
            importlib.import_module(f"{__package__}.{kind}")
    factory = _REGISTRY.get(kind)
    if factory is None:
        raise ValueError(f"no guardrail provider of type {kind!r} is installed")
    return factory(name, cfg)

"""Test doubles shared by several test modules."""

from __future__ import annotations

import re


class FakeClock:
    """A monotonic clock that only moves when told to, and a sleep that records and advances it."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


class Numbered:
    """Placeholders renumbered 1, 2, ... per prefix and kind in order of first sight (their real tags are keyed
    per run), so a test can write the expected text."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}
        self._counts: dict[tuple[str, str], int] = {}

    def __call__(self, text: str) -> str:
        from secure_mcp_gateway.guardrails.redact import PLACEHOLDER

        def number(m: re.Match[str]) -> str:
            found = self._seen.get(m[0])
            if found is None:
                prefix, kind, _ = m[0][1:-1].split(":")
                n = self._counts[(prefix, kind)] = self._counts.get((prefix, kind), 0) + 1
                found = self._seen[m[0]] = f"<{prefix}:{kind}:{n}>"
            return found

        return PLACEHOLDER.sub(number, text)


def numbered(text: str) -> str:
    """`text` with its placeholders numbered per kind (see `Numbered`)."""
    return Numbered()(text)

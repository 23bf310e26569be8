"""Test doubles shared by several test modules."""

from __future__ import annotations


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

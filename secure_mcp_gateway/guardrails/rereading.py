"""The guard of a finder that hands its judge a text it rewrote, which the judge reads through that finder again."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Rereading:
    """Whether this thread is judging a text its finder handed on (the finder then finds nothing in it)."""

    __slots__ = ("_local",)

    def __init__(self) -> None:
        self._local = threading.local()

    def inside(self) -> bool:
        """Whether this thread is judging a text the finder handed on."""
        return getattr(self._local, "on", False)

    def judge(self, work: Callable[..., T], *args: object) -> T:
        """`work(*args)`, with `inside` true for this thread meanwhile."""
        self._local.on = True
        try:
            return work(*args)
        finally:
            self._local.on = False

"""An expression compiled on first use is compiled once, whichever threads need it at the same time (a check and the
background warm-up): the second waits for the first's and uses it."""

from __future__ import annotations

import re
import threading

import pytest

from secure_mcp_gateway.guardrails import lazy


def test_two_threads_needing_an_expression_at_once_compile_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    made = lazy.Lazy(r"(?:made-up|invented)\s+order\s+#\d{4,}")
    monkeypatch.setattr(lazy, "_recalled_code", lambda pattern, flags: None)  # (parsed, as on a first-ever start)
    compiled = re.compile
    started = threading.Event()
    release = threading.Event()
    parsed: list[str] = []

    def slow(pattern: str, flags: int = 0) -> re.Pattern[str]:
        if pattern == made.pattern:
            parsed.append(threading.current_thread().name)
            started.set()
            assert release.wait(30)  # (held until the other thread has asked for it too)
        return compiled(pattern, flags)

    monkeypatch.setattr(lazy.re, "compile", slow)
    second_waits = threading.Event()

    class Watched:
        """The compile lock, telling when the second thread comes to it."""

        def __init__(self) -> None:
            self.lock = threading.Lock()

        def __enter__(self) -> None:
            if threading.current_thread().name == "second":
                second_waits.set()
            self.lock.acquire()

        def __exit__(self, *_: object) -> None:
            self.lock.release()

    monkeypatch.setattr(lazy, "_COMPILING", Watched())
    answers: dict[str, object] = {}

    def use(name: str) -> None:
        m = made.search("a made-up order #48213 came in")
        answers[name] = m.group() if m else None

    first = threading.Thread(target=use, args=("first",), name="first")
    first.start()
    assert started.wait(30)
    second = threading.Thread(target=use, args=("second",), name="second")
    second.start()
    assert second_waits.wait(30)  # it waits for the first's compilation instead of parsing its own
    release.set()
    first.join(30)
    second.join(30)
    assert parsed == ["first"]
    assert answers == {"first": "made-up order #48213", "second": "made-up order #48213"}

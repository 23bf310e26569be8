"""The detectors' compiled databases made once per test run and put in each test gateway's cache, sealed with that
gateway's own key: a gateway under test loads them as on any start after a user's first, instead of compiling
them and building the long-text tables again (0.2-0.6 s of CPU each; the suite starts hundreds). A test marked
`first_start` gets an empty cache, as on a machine that never ran the gateway.

Run as a script (`python compiled_seed.py DIR`), it makes them: the detectors prepared as a gateway prepares them,
long texts included, with a store in DIR/hyperscan under the key file DIR/key; then DIR/done (or DIR/failed)."""

from __future__ import annotations

import gc
import itertools
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

PLACE_ENV = "SMG_TEST_COMPILED"
"""The run's folder for them (made by the run's first process; its workers inherit it)."""
_SUFFIX = ".hsdb"
_made: dict[str, bytes] = {}
_wanted = [True]
"""Whether the current test's gateways are given them (see the `first_start` mark)."""


def want(yes: bool) -> None:
    """Give them to the gateways the current test starts, or not."""
    _wanted[0] = yes


def start() -> None:
    """Start making them in a process of their own, unless a process of this run did (they are ready by the time
    most tests that start a gateway come)."""
    place = Path(os.environ[PLACE_ENV])
    try:
        os.close(os.open(place / "started", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    with open(place / "log", "wb") as log:
        subprocess.Popen(
            [sys.executable, __file__, str(place)], stdin=subprocess.DEVNULL, stdout=log, stderr=log, close_fds=True
        )


def _entries() -> dict[str, bytes]:
    """Each stored entry's name and bytes (unsealed), once made (see `start`)."""
    if _made:
        return _made
    from secure_mcp_gateway.guardrails.compiled_store import _verified
    from secure_mcp_gateway.keys import load_key

    place = Path(os.environ[PLACE_ENV])
    start()
    deadline = time.monotonic() + 300
    while not (place / "done").exists():
        assert not (place / "failed").exists(), f"the run's compiled databases were not made:\n{_log(place)}"
        assert time.monotonic() < deadline, f"the run's compiled databases were not made in 300 s:\n{_log(place)}"
        time.sleep(0.05)
    sealer = load_key(place / "key", create=False)
    for path in (place / "hyperscan").glob(f"*{_SUFFIX}"):
        name = path.name[: -len(_SUFFIX)]
        payload = _verified(sealer, name, path.read_bytes())
        assert payload is not None, f"{path} does not verify"
        _made[name] = payload
    return _made


def _log(place: Path) -> str:
    return (place / "log").read_text(errors="replace")[-3000:] if (place / "log").exists() else ""


def seed(config: dict[str, Any], env: dict[str, str]) -> None:
    """Put the run's compiled databases in the cache of a gateway about to start with `config` and `env`, sealed
    with its key (made now when it has none), unless the test is a first start, the cache is off or elsewhere than
    a folder of the test's, or the folder already exists (an earlier start's, or one the test made)."""
    from secure_mcp_gateway.guardrails.compiled_store import sealed
    from secure_mcp_gateway.keys import KEY_ENV, load_key

    cache = config.get("cache", {})
    if not _wanted[0] or PLACE_ENV not in os.environ or cache.get("enabled", True) is False or not cache.get("dir"):
        return
    folder = Path(cache["dir"]) / "hyperscan"
    if folder.exists():
        return
    key_file = (config.get("state") or {}).get("key_file") or env.get(KEY_ENV)
    if not key_file:
        return
    entries = _entries()
    key = load_key(Path(key_file).expanduser())
    try:
        folder.mkdir(parents=True, mode=0o700)
    except OSError:  # (a cache the test made unusable: the gateway is to find it so)
        return
    for name, payload in entries.items():
        path = folder / f"{name}{_SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(sealed(key, name, payload))


_RUN_STORE: list[Any] = []
"""This process's read-only store of the run's compiled databases, once made (see `in_process`)."""


def in_process() -> Any:
    """The store this process's own detectors are to use while a test runs: the run's compiled databases read in
    place, never written (a test's process then parses no expression and compiles no database they hold, as a
    gateway's start after the first does not), once they are made; None before (nothing is waited for)."""
    if _RUN_STORE or PLACE_ENV not in os.environ:
        return _RUN_STORE[0] if _RUN_STORE else None
    place = Path(os.environ[PLACE_ENV])
    if not (place / "done").exists():
        return None
    from secure_mcp_gateway.guardrails import compiled_store
    from secure_mcp_gateway.keys import load_key

    class ReadOnly(compiled_store.Store):
        """A store that reads what the run made and writes nothing (as one whose directory cannot be written)."""

        def __init__(self) -> None:
            super().__init__(place / "hyperscan", lambda: load_key(place / "key", create=False))
            self._unwritable = True

        def _put(self, key: Any, name: str, payload: bytes) -> None:
            return

    _RUN_STORE.append(ReadOnly())
    lazy = sys.modules.get("secure_mcp_gateway.guardrails.lazy")
    if lazy is not None and not lazy._RECALLED:  # (an expression used before, with no store: the index not read)
        lazy._RECALL_TRIED.clear()
    scan = sys.modules.get("secure_mcp_gateway.guardrails.scan")
    if scan is not None:
        for memo, read_from in ((scan._WORDS, scan._WORDS_FROM), (scan._TABLES, scan._TABLES_FROM)):
            if read_from == [None]:
                memo.clear()
    return _RUN_STORE[0]


BACKGROUND = (  # the threads that build or warm the detectors in the background
    "compile-detectors",
    "digits-compile",
    "heads-compile",
    "hyperscan-compile",
    "import-detectors",
    "index-compile",
    "may-match-compile",
    "rule-screen-compile",
    "rule-screen-load",
    "screen-compile",
    "short-words-compile",
    "starts-compile",
)


def settle(timeout: float | None = None) -> list[str]:
    """Wait for every background build of the detectors (they store what they make in whatever store is configured
    when they end), `timeout` seconds at most; the names of those still running. A build that waits to start (a rule
    set's screen, a while after many strings) is made now instead: its job builds nothing once the screen is built."""
    deadline = None if timeout is None else time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread.name not in BACKGROUND:
            continue
        if isinstance(thread, threading.Timer):
            thread.cancel()  # (no effect once it has started its job)
            thread.join(None if deadline is None else max(deadline - time.monotonic(), 0.0))
            thread.function(*thread.args, **thread.kwargs)
        thread.join(None if deadline is None else max(deadline - time.monotonic(), 0.0))
    return [t.name for t in threading.enumerate() if t.name in BACKGROUND and t.is_alive()]


def _make(store: Path, key: Path) -> None:
    """The detectors prepared as a gateway's first start and its long-text warm-up prepare them, kept in `store`."""
    from secure_mcp_gateway.guardrails import compiled_store
    from secure_mcp_gateway.keys import load_key

    compiled_store.configure(store, lambda: load_key(key))  # (before the detectors are imported, as a gateway does)
    from secure_mcp_gateway import pipeline
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.guardrails import injection, intent, lazy, scan
    from secure_mcp_gateway.guardrails.local import LocalGuard

    guard = LocalGuard(pipeline.Pipeline(GatewayConfig())._default)
    scan.keep_words()
    lazy.prepare()
    pipeline.warm_up(guard)
    pipeline.warm_long(guard)
    lazy.prepare()  # (the expressions the warm-up made or built: their codes stored, as a gateway's preparation does)
    scan.keep_words()
    for made in [o for o in gc.get_objects() if isinstance(o, scan._Compiled)]:
        made.prepare()  # (every Hyperscan database the import made, not only those the warm-up's texts asked for)
    # the word tables a check builds when the shared passes are not ready yet (a gateway listing as it starts)
    for long, definition in itertools.product((False, True), repeat=2):
        intent._cue_heads(long, definition)
    intent._wild_words(), intent._wild_any()
    for rules in (injection.RULES, injection.EAGER_RULES):
        injection._led_placed(rules, "made-up text"), injection._foreign(rules)
    for made in [o for o in gc.get_objects() if isinstance(o, scan.Heads) and o._stored]:
        made._searched("")  # (what a check searches before their databases are ready, whichever that is)
    for made in [o for o in gc.get_objects() if isinstance(o, scan.Words) and o._stored]:
        made._find_joined("", 1, {}, set())  # (their joined passes, built at first use)
    lazy.prepare()
    scan.keep_words()
    settle()
    assert pipeline.warm_up(guard), "the long texts' screen was not stored"
    settle()
    print(json.dumps(sorted(p.name for p in store.iterdir())))


if __name__ == "__main__":
    _place = Path(sys.argv[1])
    try:
        _make(_place / "hyperscan", _place / "key")
    except BaseException:
        (_place / "failed").write_text("")
        raise
    (_place / "done").write_text("")

"""The disk cache under damage: corrupted, tampered, read-only and locked caches never stop the gateway."""

from __future__ import annotations

import logging
import os
import pickle
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from diskcache.core import MODE_PICKLE

from secure_mcp_gateway import cache as cache_module
from secure_mcp_gateway.cache import GatewayCache
from secure_mcp_gateway.config import CacheSettings

LOGGER = "secure_mcp_gateway.cache"
VERDICT = {"action": "allow", "detectors": [], "reasons": []}


@pytest.fixture
def patient(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache's time limits out of the way: these tests count the warnings damage gives, not a slow machine's."""
    monkeypatch.setattr(cache_module, "READ_TIMEOUT", 30.0)
    monkeypatch.setattr(cache_module, "WRITE_TIMEOUT", 30.0)


def make(cache_dir: Path, **settings: Any) -> GatewayCache:
    return GatewayCache(CacheSettings(dir=str(cache_dir), **settings))


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


async def fill(cache_dir: Path, verdicts: int = 200) -> None:
    c = make(cache_dir)
    for i in range(verdicts):
        await c.put_verdict(f"v{i}", {"action": "allow", "reasons": ["r" * 200]})
    await c.put_catalog("k", {"tools": [{"name": "t", "description": "x" * 40_000}]})
    c.close()


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(max(path.stat().st_size, 8192)))


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def scribble(path: Path) -> None:
    with path.open("r+b") as f:  # keep the header, ruin the pages after it
        f.seek(4096 * 3)
        f.write(os.urandom(path.stat().st_size - 4096 * 3))


@pytest.mark.parametrize("damage", [garbage, truncate, scribble], ids=["garbage", "truncated", "scribbled"])
@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_a_corrupted_database_is_replaced_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: Any
) -> None:
    cache_dir = tmp_path / "cache"
    await fill(cache_dir)
    damage(cache_dir / "cache.db")
    c = make(cache_dir)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert await c.get_verdict("v1") is None
            await c.put_verdict("after", VERDICT)
            assert await c.get_verdict("after") == VERDICT
            assert c.available
            assert c.stats()["verdict"]["entries"] == 1
        messages = warnings_of(caplog)
        assert len(messages) == 1
        assert "started a fresh one" in messages[0]
    finally:
        c.close()


@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_damaged_counters_are_replaced_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cache_dir = tmp_path / "cache"
    await fill(cache_dir)
    garbage(cache_dir / "stats" / "cache.db")
    c = make(cache_dir)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            await c.get_verdict("nothing")
            assert c.stats()["verdict"]["misses"] == 1
        assert len(warnings_of(caplog)) == 1
    finally:
        c.close()


@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_corruption_in_the_middle_of_a_run_recovers_once_then_turns_the_cache_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache_dir = tmp_path / "cache"
    await fill(cache_dir)
    c = make(cache_dir)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert await c.get_verdict("v1") is not None
            garbage(cache_dir / "cache.db")
            assert await c.get_verdict("v2") is None
            await c.put_verdict("after", VERDICT)
            assert await c.get_verdict("after") == VERDICT
            assert len(warnings_of(caplog)) == 1

            for name in (
                "cache.db",
                "cache.db-wal",
                "cache.db-shm",
            ):  # a second time in one process: give up on the cache
                garbage(cache_dir / name)
            assert await c.get_verdict("after") is None
            assert c.available is False
            await c.put_verdict("later", VERDICT)
            assert await c.get_verdict("later") is None
            assert c.clear() == 0
            assert c.stats()["available"] is False
        messages = warnings_of(caplog)
        assert len(messages) == 2
        assert "running without it" in messages[1]
    finally:
        c.close()


async def tamper(cache_dir: Path, key: str, **columns: Any) -> None:
    c = make(cache_dir)
    await c.put_verdict(key, VERDICT)
    c.close()
    con = sqlite3.connect(cache_dir / "cache.db")
    with con:
        sets = ", ".join(f"{name} = ?" for name in columns)
        updated = con.execute(f"UPDATE Cache SET {sets} WHERE key = ?", (*columns.values(), f"verdict:{key}"))
        assert updated.rowcount == 1
    con.close()


class _Touch:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (open, (str(self.path), "w"))


@pytest.mark.parametrize(
    "columns",
    [
        {"value": "{not json"},
        {"value": '["a", "list"]'},
        {"value": '{"action": "allow", "degraded": true}'},
        {"value": b"\x00\xff binary"},
        {"value": 42},
        {"mode": 3, "filename": "ab/cd/missing.val", "value": None},
    ],
    ids=["not-json", "a-list", "degraded", "bytes", "integer", "missing-file"],
)
@pytest.mark.anyio
async def test_a_damaged_entry_is_a_miss(tmp_path: Path, columns: dict[str, Any]) -> None:
    cache_dir = tmp_path / "cache"
    await tamper(cache_dir, "v", **columns)
    c = make(cache_dir)
    try:
        assert await c.get_verdict("v") is None
        await c.put_verdict("w", VERDICT)
        assert await c.get_verdict("w") == VERDICT
        assert c.available
    finally:
        c.close()


@pytest.mark.anyio
async def test_a_pickled_entry_is_never_unpickled(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cache_dir = tmp_path / "cache"
    marker = tmp_path / "pwned"
    await tamper(cache_dir, "v", mode=MODE_PICKLE, value=pickle.dumps(_Touch(marker)))
    assert not marker.exists()
    c = make(cache_dir)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert await c.get_verdict("v") is None
        assert not marker.exists()
        assert c.available
        assert [m for m in warnings_of(caplog) if "integrity check" in m], "a planted row is said, like an edited one"
    finally:
        c.close()
    with sqlite3.connect(cache_dir / "cache.db") as con:
        assert con.execute("SELECT count(*) FROM Cache WHERE key = 'verdict:v'").fetchone() == (0,), "and removed"


def unwritable_dir(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root ignores permissions; a path under a regular file can never be a directory
        blocker = tmp_path / "a-file"
        blocker.write_text("not a directory")
        return blocker / "cache"
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    return locked / "cache"


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    path = unwritable_dir(tmp_path)
    yield path
    if path.parent.is_dir():
        path.parent.chmod(0o700)


@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_an_unwritable_directory_means_no_cache_and_one_warning(
    read_only: Path, caplog: pytest.LogCaptureFixture
) -> None:
    c = make(read_only)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert c.available is True  # not known yet
        assert await c.get_catalog("k") is None
        assert c.available is False
        await c.put_catalog("k", {"tools": []})
        await c.put_verdict("v", VERDICT)
        assert await c.get_verdict("v") is None
        assert await c.open() is False
        assert c.clear() == 0
        stats = c.stats()
        c.close()
    assert stats["available"] is False
    assert stats["catalog"]["hits"] == 0
    messages = warnings_of(caplog)
    assert len(messages) == 1
    assert "running without it" in messages[0] and str(read_only) in messages[0]


@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_an_unexpected_database_error_mid_run_turns_the_cache_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache_dir = tmp_path / "cache"
    await fill(cache_dir, verdicts=3)
    c = make(cache_dir)
    try:
        assert await c.get_verdict("v1") is not None
        db = sqlite3.connect(cache_dir / "cache.db")  # another writer turns the database into something unusable
        db.execute("DROP TABLE Cache")
        db.close()
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert await c.get_verdict("v1") is None
            await c.put_verdict("v9", VERDICT)
            assert await c.get_verdict("v9") is None
        assert c.available is False
        assert len(warnings_of(caplog)) == 1
    finally:
        c.close()


class Locker:
    """Holds a sqlite lock on the cache database from a connection in its own thread."""

    def __init__(self, db: Path, exclusive_mode: bool) -> None:
        self._db = db
        self._exclusive_mode = exclusive_mode
        self._held = threading.Event()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            con = sqlite3.connect(self._db, isolation_level=None, timeout=5)
            if self._exclusive_mode:  # not even readers get in while this connection is open
                con.execute("PRAGMA locking_mode=EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")
            con.execute("UPDATE Settings SET value = value WHERE key = 'count'")
        except BaseException as exc:
            self.error = exc
            self._held.set()
            return
        self._held.set()
        self._release.wait(10)
        con.execute("COMMIT")
        con.close()

    def __enter__(self) -> Locker:
        self._thread.start()
        assert self._held.wait(5)
        assert self.error is None, self.error
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._thread.join(5)


@pytest.mark.anyio
async def test_a_write_lock_held_elsewhere_skips_writes_and_keeps_reads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache_dir = tmp_path / "cache"
    c = make(cache_dir)
    try:
        await c.put_verdict("before", VERDICT)
        with caplog.at_level(logging.WARNING, logger=LOGGER), Locker(cache_dir / "cache.db", exclusive_mode=False):
            assert await c.get_verdict("before") == VERDICT  # WAL: readers are never blocked by a writer
            await c.put_verdict("during", VERDICT)  # skipped after the short sqlite timeout
            await c.put_verdict("during2", VERDICT)
            assert c.available
        assert await c.get_verdict("during") is None
        await c.put_verdict("during", VERDICT)
        assert await c.get_verdict("during") == VERDICT
        messages = warnings_of(caplog)
        assert len(messages) == 1 and "locked" in messages[0]
    finally:
        c.close()


@pytest.mark.anyio
async def test_a_cache_locked_at_open_gives_misses_then_opens_later(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    await fill(cache_dir, verdicts=3)
    monkeypatch.setattr(cache_module, "REOPEN_AFTER", 0.0)
    c = make(cache_dir)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER), Locker(cache_dir / "cache.db", exclusive_mode=True):
            assert await c.get_verdict("v1") is None
            assert await c.get_verdict("v2") is None
            await c.put_verdict("v9", VERDICT)
            assert c.available
        assert await c.get_verdict("v1") is not None
        assert await c.get_verdict("v9") is None
        stats = c.stats()["verdict"]
        assert (stats["hits"], stats["misses"]) == (1, 3)
        messages = warnings_of(caplog)
        assert len(messages) == 1 and "locked" in messages[0]
    finally:
        c.close()


@pytest.mark.anyio
async def test_a_lookup_that_hangs_is_a_miss_and_later_lookups_do_not_queue_behind_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = make(tmp_path / "cache")
    await c.put_verdict("v", VERDICT)
    gate = threading.Event()
    real = c._get_now

    def hanging(kind: str, key: str) -> Any:
        gate.wait(10)
        return real(kind, key)

    submitted: list[Any] = []
    submit = c._worker.submit

    def counting_submit(fn: Any, *args: Any) -> Any:
        submitted.append(fn)
        return submit(fn, *args)

    monkeypatch.setattr(cache_module, "READ_TIMEOUT", 0.05)
    monkeypatch.setattr(c, "_get_now", hanging)
    monkeypatch.setattr(c._worker, "submit", counting_submit)
    try:
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert await c.get_verdict("v") is None  # times out
            assert await c.get_verdict("v") is None  # answered at once: the worker is still stuck
            assert submitted == [hanging]
            gate.set()
            monkeypatch.setattr(c, "_get_now", real)
            monkeypatch.setattr(cache_module, "READ_TIMEOUT", 5.0)
            c._worker.submit(lambda: None).result(5)  # the stuck call has finished
            assert await c.get_verdict("v") == VERDICT
        messages = warnings_of(caplog)
        assert len(messages) == 1 and "did not answer" in messages[0]
    finally:
        gate.set()
        c.close()


@pytest.mark.parametrize("first", ["write", "stats"])
@pytest.mark.anyio
@pytest.mark.usefixtures("patient")
async def test_a_cache_folder_removed_mid_run_comes_back_at_the_next_write(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, first: str
) -> None:
    """The cache folder deleted while the gateway runs (a cleaner, `rm -rf ~/.cache/...`): the next write (or the
    status file's figures) makes it again, with one warning, and the cache stays on; writes went to the deleted
    file, and the figures turned the cache off until the gateway was restarted."""
    import shutil

    monkeypatch.setattr(cache_module, "FOLDER_CHECK_EVERY", 0.0)  # (else a write looks at most every 2 s)
    cache_dir = tmp_path / "cache"
    c = make(cache_dir)
    try:
        await c.put_verdict("v1", VERDICT)
        assert await c.get_verdict("v1") is not None
        shutil.rmtree(cache_dir)
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            if first == "stats":
                assert c.stats()["available"] is True
            await c.put_verdict("v2", VERDICT)
            await c.put_verdict("v3", VERDICT)
            assert await c.get_verdict("v2") == VERDICT and await c.get_verdict("v3") == VERDICT
        assert c.available and (cache_dir / "cache.db").is_file()
        messages = warnings_of(caplog)
        assert len(messages) == 1 and "removed" in messages[0] and str(cache_dir) in messages[0], messages
    finally:
        c.close()
    again = make(cache_dir)  # what was written after the removal is on disk, not in a deleted file
    try:
        assert await again.get_verdict("v3") == VERDICT
    finally:
        again.close()

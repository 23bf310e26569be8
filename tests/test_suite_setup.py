"""What the test run prepares once for every process it starts (see conftest.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from conftest import KEY_ENV, STATE_ENV

import secure_mcp_gateway

PACKAGE = Path(secure_mcp_gateway.__file__).resolve().parent


def _current(source: Path) -> bool:
    """Whether Python would load `source`'s bytecode file instead of compiling the source again."""
    cached = Path(importlib.util.cache_from_source(str(source)))
    try:
        head = cached.read_bytes()[:16]
    except OSError:
        return False
    if head[:4] != importlib.util.MAGIC_NUMBER:
        return False
    flags = int.from_bytes(head[4:8], "little")
    if flags & 1:  # checked against a hash of the source
        return head[8:16] == importlib.util.source_hash(source.read_bytes())
    info = source.stat()
    mtime, size = int.from_bytes(head[8:12], "little"), int.from_bytes(head[12:16], "little")
    return mtime == int(info.st_mtime) & 0xFFFFFFFF and size == info.st_size & 0xFFFFFFFF


def test_every_module_of_the_package_has_current_bytecode_before_a_gateway_starts() -> None:
    """Even where PYTHONDONTWRITEBYTECODE is set, a gateway started by a test loads bytecode, not sources."""
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 50
    assert [str(p.relative_to(PACKAGE)) for p in sources if not _current(p)] == []


def test_this_module_s_rewritten_code_is_kept_for_the_next_run() -> None:
    """Pytest writes the test modules' rewritten code even where PYTHONDONTWRITEBYTECODE is set."""
    here = Path(__file__)
    kept = [p.name for p in (here.parent / "__pycache__").glob(f"{here.stem}.*-pytest-*.pyc")]
    assert kept, "the rewritten test module was not kept"


_HOMES: list[Path] = []


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_has_private_user_dirs_without_asking_for_a_tmp_path(
    request: pytest.FixtureRequest, run: int
) -> None:
    """The key, state and user directories are the test's own, yet no `tmp_path` is made for a test that does not
    ask for one (its bookkeeping costs more than most detector tests take)."""
    assert "tmp_path" not in request.fixturenames
    key = Path(os.environ[KEY_ENV])
    home = key.parent.parent
    assert Path(os.environ[STATE_ENV]).parent == home and Path(os.environ["XDG_STATE_HOME"]).parent == home
    assert home.parent.is_dir() and stat.S_IMODE(home.parent.stat().st_mode) == 0o700
    assert home not in _HOMES, "a test's directories are never another's"
    _HOMES.append(home)


def test_a_test_with_a_tmp_path_has_its_user_dirs_there(tmp_path: Path) -> None:
    assert Path(os.environ[KEY_ENV]).is_relative_to(tmp_path) and Path(os.environ[STATE_ENV]).is_relative_to(tmp_path)


def test_a_gateway_started_for_a_whole_module_keeps_its_pins_apart(tmp_path, monkeypatch) -> None:
    """A module's shared gateway starts before any test's own directories: its state is still its own, so a server
    another module pinned under the same name is not taken for a changed one."""
    from conftest import _SESSION_HOME, STATE_ENV, gateway_env

    monkeypatch.setenv(STATE_ENV, str(_SESSION_HOME / "state"))
    assert gateway_env(tmp_path / "a")[STATE_ENV] != gateway_env(tmp_path / "b")[STATE_ENV]
    monkeypatch.setenv(STATE_ENV, str(tmp_path / "mine"))  # (a test's own gateway shares the test's state)
    assert gateway_env(tmp_path / "a")[STATE_ENV] == str(tmp_path / "mine")


def _stored(folder: Path) -> dict[str, float]:
    return {p.name: p.stat().st_mtime for p in folder.iterdir()} if folder.exists() else {}


def test_a_test_gateway_loads_the_run_s_compiled_databases_sealed_with_its_own_key(tmp_path: Path) -> None:
    """A gateway under test finds every database a start and a long text need, under its own key: it compiles and
    stores nothing, and warns of no entry that does not verify."""
    from conftest import RawGateway, fixture_server

    from secure_mcp_gateway.guardrails.compiled_store import _verified
    from secure_mcp_gateway.keys import load_key

    gateway = RawGateway(tmp_path, {"mcpServers": {"fx": fixture_server()}})
    folder = tmp_path / "cache" / "hyperscan"
    given = _stored(folder)
    key = load_key(Path(os.environ[KEY_ENV]), create=False)
    assert len(given) >= 6 and all(_verified(key, n[: -len(".hsdb")], (folder / n).read_bytes()) for n in given)
    try:
        gateway.initialize()
        gateway.request("tools/list")
        text = "Quarterly notes, nothing secret in them. " * 400  # (a long text: the long-text tables too)
        done = gateway.request("tools/call", {"name": "fx__echo", "arguments": {"text": text}})
        assert "result" in done, done
        assert gateway.proc.stdin is not None
        gateway.proc.stdin.close()
        gateway.proc.wait(60)
        log = gateway.stderr()
    finally:
        gateway.close()
    assert _stored(folder) == given
    assert "verify" not in log and "compiling" not in log


@pytest.mark.first_start
def test_a_gateway_of_a_test_marked_first_start_finds_no_compiled_databases(tmp_path: Path) -> None:
    import compiled_seed
    from conftest import gateway_env, write_config

    path = write_config(tmp_path, {"mcpServers": {}})
    compiled_seed.seed(json.loads(path.read_text()), gateway_env(tmp_path))
    assert not (tmp_path / "cache" / "hyperscan").exists() and not Path(os.environ[KEY_ENV]).exists()


def test_what_is_set_up_after_an_import_is_set_up_once_whoever_imports_it_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import after_import

    (tmp_path / "smg_late_pkg").mkdir()
    (tmp_path / "smg_late_pkg" / "__init__.py").write_text("from . import late\n")
    (tmp_path / "smg_late_pkg" / "late.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    seen: list[int] = []
    after_import("smg_late_pkg.late", lambda module: seen.append(module.VALUE))
    assert seen == [], "nothing is imported to set it up"
    import smg_late_pkg  # (imports the submodule itself)

    assert seen == [1], "set up right after its module ran"
    importlib.reload(smg_late_pkg)
    assert seen == [1]
    after_import("smg_late_pkg.late", lambda module: seen.append(module.VALUE + 1))
    assert seen == [1, 2], "a module imported already: set up at once"
    for name in ("smg_late_pkg.late", "smg_late_pkg"):
        monkeypatch.delitem(sys.modules, name)


def test_the_sdks_stdio_client_waits_for_a_test_gateway_and_hypothesis_runs_without_deadlines() -> None:
    import mcp.client.stdio as stdio
    from hypothesis import settings

    assert stdio._wait_for_process_exit.__qualname__.endswith("patient")
    assert settings.default.deadline is None


def test_a_detector_build_waiting_to_start_is_made_before_a_test_that_wants_quiet_detectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule set's screen, built a while after many strings (an earlier test's), is built into the store configured
    then, before `quiet_detectors` lets a test begin: not into the store that test configures, nor half-way."""
    import secrets

    import compiled_seed

    from secure_mcp_gateway.guardrails import compiled_store, poisoning, rule_screen
    from secure_mcp_gateway.keys import LocalKey

    made = LocalKey(secrets.token_bytes(32))
    monkeypatch.setattr(compiled_store, "_STORE", [compiled_store.Store(tmp_path / "earlier", lambda: made)])
    monkeypatch.setattr(rule_screen, "_LATER", 3600.0)
    rules = poisoning.RULES[:20]
    screen, live = rule_screen.RuleScreen(rules), tuple(poisoning.RULES[:20])
    for _ in range(rule_screen._WORTH + 1):
        screen.narrowed(live, "plain words")
        if screen._state == "loading":
            assert screen.job is not None
            screen.job.join()
    assert screen._state == "later" and screen.job is not None and screen.job.is_alive()
    assert compiled_seed.settle(60) == []
    assert screen._state == "ready" and not screen.job.is_alive()
    assert len(list((tmp_path / "earlier").glob("*.hsdb"))) == 2, "its loosened forms and database, stored then"


def test_every_thread_that_builds_or_warms_the_detectors_is_waited_for() -> None:
    """Each thread the detectors, the hub or the pipeline name is one `quiet_detectors` (and the run's compiled
    databases) wait for: a new one left out would write into the store of whichever test runs when it ends."""
    import re

    import compiled_seed

    named = re.compile(r'(?:_THREAD = |Thread\([^"]*?name=|\.name = )"([a-z-]+)"')
    sources = [*(PACKAGE / "guardrails").rglob("*.py"), PACKAGE / "hub.py", PACKAGE / "pipeline.py"]
    found = {name for path in sources for name in named.findall(path.read_text("utf-8"))}
    assert len(found) >= 12, found
    assert sorted(found - set(compiled_seed.BACKGROUND)) == []


def _item(module: ModuleType, name: int, *marks: str) -> Any:
    """A collected test as the ordering reads it: its module, its marks (and a name to tell it by)."""
    return SimpleNamespace(module=module, name=name, get_closest_marker=lambda mark: mark if mark in marks else None)


def test_each_worker_starts_on_its_share_of_the_gateway_modules_and_ends_on_in_process_tests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The run orders its tests so each worker's share opens with in-process tests that use no detector (the first
    starts first of all: they need no compiled databases), then long gateway tests, and ends on the other in-process
    ones (see conftest)."""
    import conftest

    started: list[bool] = []
    monkeypatch.setattr(conftest.compiled_seed, "start", lambda: started.append(True))
    plain, starting, other, again, loose, spare = (
        ModuleType(name) for name in ("plain", "starting", "other", "again", "loose", "spare")
    )
    starting.gateway = again.RawGateway = object()  # type: ignore[attr-defined]
    plain.scan = ModuleType("secure_mcp_gateway.guardrails.scan")  # type: ignore[attr-defined]
    other.warm_up = SimpleNamespace(__module__="secure_mcp_gateway.pipeline")  # type: ignore[attr-defined]
    made = [(plain, 1), (starting, 2), (plain, 3), (other, 4), (starting, 5), (other, 6, "first_start")]
    made += [(starting, 7, "first_start"), (plain, 8), (again, 9), (again, 10), (loose, 11), (spare, 12)]

    def ordered(workers: str, made: list[tuple[Any, ...]]) -> list[int]:
        monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", workers)
        items = [_item(*spec) for spec in made]
        conftest.pytest_collection_modifyitems(items)
        return [item.name for item in items]

    assert ordered("1", made) == [6, 7, 11, 12, 2, 5, 9, 10, 1, 3, 8, 4]
    assert started == [True]
    # two equal shares: [6, 7, 11, 9, 10, 1] and [12, 2, 5, 3, 8, 4]
    assert ordered("2", made) == [6, 7, 11, 9, 10, 1, 12, 2, 5, 3, 8, 4]
    assert ordered("2", [(plain, 1), (loose, 2)]) == [1, 2] and started == [True, True]


def test_every_entry_a_first_start_stores_fits_its_limit_with_room_to_grow() -> None:
    """An entry past `ENTRY_LIMIT` is silently not stored, and every start then rebuilds it (seconds of CPU): the
    entries a first start makes stay under three quarters of it, so a growing one is noticed here first."""
    from compiled_seed import _entries

    from secure_mcp_gateway.guardrails.compiled_store import ENTRY_LIMIT

    sizes = {name: len(payload) for name, payload in _entries().items()}
    assert sizes, "a first start stored nothing"
    name, largest = max(sizes.items(), key=lambda item: item[1])
    assert largest < ENTRY_LIMIT * 3 // 4, f"{name}: {largest:,} bytes of {ENTRY_LIMIT:,} allowed"


def test_a_tests_own_process_reads_the_runs_compiled_databases_and_writes_none() -> None:
    """Once the run's compiled databases are made, a test's own detectors read them under the run's key (the
    expressions' stored codes among them) and nothing they compile or keep is written beside them."""
    import compiled_seed

    from secure_mcp_gateway.guardrails import lazy

    hyperscan = pytest.importorskip("hyperscan")
    compiled_seed._entries()  # (made now when this run has made none yet)
    made = compiled_seed.in_process()
    assert made is not None and compiled_seed.in_process() is made
    index = made.recall_bytes(lazy._INDEX, (lazy._CODE_FORM,))
    assert index is not None and len(index) > 1_000_000
    given = _stored(made.directory)
    db = made.compiled(hyperscan, [rb"made-up-\d{6}"], [0], [hyperscan.HS_FLAG_SOM_LEFTMOST])
    found: list[int] = []
    db.scan(b"a made-up-123456 order", match_event_handler=lambda i, start, end, flags, ctx: found.append(start))
    made.keep("made-up-kind", ("made-up inputs",), ["text"])
    assert found == [2] and _stored(made.directory) == given

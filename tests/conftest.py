"""Shared fixtures: run the real gateway as a subprocess over stdio and drive it with the SDK's ClientSession."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import gc
import importlib.abc
import importlib.machinery
import importlib.util
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import compiled_seed
import pytest


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs `then` on the module `name` once it has been imported, by whatever imports it first: a process that never
    uses it (a worker given no test that does, the controller, a nested run) does not pay for importing it here."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader, then = spec.loader, self.then

        class Then(importlib.abc.Loader):
            def create_module(self, spec: importlib.machinery.ModuleSpec) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: ModuleType) -> None:
                loader.exec_module(module)
                then(module)

        spec.loader = Then()
        return spec


def after_import(name: str, then: Callable[[ModuleType], None]) -> None:
    """`then(module)` now if the module `name` is imported already, else right after it is."""
    if name in sys.modules:
        then(sys.modules[name])
    else:
        sys.meta_path.insert(0, _AfterImport(name, then))


def _hypothesis_profiles(_hypothesis: ModuleType) -> None:
    """CI runs explore the same examples every time (a red run is then reproducible, never a coin toss); local runs
    keep exploring new ones. Neither fails an example for the time it took: on a busy machine that says nothing."""
    from hypothesis import HealthCheck
    from hypothesis import settings as _hypothesis_settings

    patient: dict[str, Any] = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
    _hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, **patient)
    _hypothesis_settings.register_profile("local", **patient)
    _hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "local")


after_import("hypothesis", _hypothesis_profiles)

HERE = Path(__file__).parent
FIXTURE_SERVER = HERE / "servers" / "fixture_server.py"
PY = sys.executable

KEY_ENV = "SECURE_MCP_GATEWAY_STATE__KEY_FILE"
STATE_ENV = "SECURE_MCP_GATEWAY_STATE__DIR"
_XDG = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")


_ISOLATED = (*_XDG, STATE_ENV, KEY_ENV)


def _isolate(root: Path, setenv: Any) -> None:
    """Point the key, the state directory and every user directory of this process (and its children) at `root`."""
    for name in _XDG:
        setenv(name, str(root / name.lower().replace("_", "-")))
    setenv(STATE_ENV, str(root / "state"))
    setenv(KEY_ENV, str(root / "keys" / "gateway.key"))


# Before anything is imported or collected (module-scoped fixtures included): never the real user's directories,
# and nothing of them left behind once the run ends.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="smg-session-"))
_isolate(_SESSION_HOME, os.environ.__setitem__)
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)


def compile_package() -> Path:
    """Write the package's bytecode beside its sources (a no-op when it is current): where PYTHONDONTWRITEBYTECODE
    is set, as on some CI images, every gateway process a test starts would otherwise compile the whole package from
    source again (about 0.6 s of CPU each). Python still checks each file's bytecode against its source."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("secure_mcp_gateway")
    assert spec is not None and spec.submodule_search_locations
    package = Path(next(iter(spec.submodule_search_locations)))
    compileall.compile_dir(package, quiet=2)
    return package


if "PYTEST_XDIST_WORKER" not in os.environ:  # once, before the workers (and the gateways they start) import it
    compile_package()

# Pytest keeps each test module's rewritten code (the one that explains a failed assertion) in `__pycache__`, and
# finds it there the next run, unless bytecode is not to be written: then each worker rewrites every test module
# at every run (about 6 s of CPU each). The processes the tests start still get the environment as it is.
sys.dont_write_bytecode = False


def _patient_with_gateways(stdio: ModuleType) -> None:
    """The SDK's stdio client waits 2 s for a server to exit once its stdin is closed, then kills its process tree.
    A gateway under test stops its own servers first (mcp-server-time alone takes about a second to exit on a busy
    machine), so it was now and then killed halfway through, its last audit lines and cache writes left to chance.
    A test waits for a gateway to end on its own (30 s at most); any other server keeps the SDK's 2 s."""
    wait = getattr(stdio, "_wait_for_process_exit", None)
    if wait is None:  # (another SDK: its own policy)
        return

    async def patient(process: Any, timeout: float) -> bool:
        try:
            with open(f"/proc/{process.pid}/cmdline", "rb") as f:
                args = f.read().split(b"\0")
        except OSError:
            args = []
        if b"secure_mcp_gateway" in args or any(os.path.basename(a) == b"secure-mcp-gateway" for a in args):
            timeout = max(timeout, 30.0)
        return await wait(process, timeout)

    stdio._wait_for_process_exit = patient


after_import("mcp.client.stdio", _patient_with_gateways)


# Tests run in parallel (pytest-xdist, see pyproject.toml). A test marked `serial` asserts a bound on wall-clock
# time, so it runs while no other test does: it takes the shared lock alone, every other test takes it shared. A test
# whose bound is on one part of it runs that part in `alone()` instead, the rest beside other tests. The turnstile
# keeps a waiting `serial` test from being overtaken forever. The controller makes the lock files before the workers
# start; they inherit the place through the environment.
_LOCKS_ENV = "SMG_TEST_LOCKS"
for _place in (_LOCKS_ENV, compiled_seed.PLACE_ENV):  # (also the run's compiled databases: see compiled_seed.py)
    if "PYTEST_XDIST_WORKER" not in os.environ and _place not in os.environ:
        os.environ[_place] = tempfile.mkdtemp(prefix="smg-test-")
        atexit.register(shutil.rmtree, os.environ[_place], ignore_errors=True)
_locks: dict[str, int] = {}
_held: list[bool] = []
"""While a test runs in a worker: whether it holds the shared lock alone (one entry)."""


def _lock(name: str) -> int:
    """This process's descriptor of one of the run's lock files (opened once)."""
    if name not in _locks:
        _locks[name] = os.open(os.path.join(os.environ[_LOCKS_ENV], name), os.O_RDWR | os.O_CREAT, 0o600)
    return _locks[name]


@contextlib.contextmanager
def _machine_share(alone: bool) -> Any:
    """Hold the run's shared lock for one test: alone (a `serial` test) or beside other tests."""
    if "PYTEST_XDIST_WORKER" not in os.environ:  # one process runs every test: nothing to share
        yield
        return
    turnstile, machine = _lock("turnstile"), _lock("machine")
    fcntl.flock(turnstile, fcntl.LOCK_EX)
    try:
        fcntl.flock(machine, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
    finally:
        if not alone:
            fcntl.flock(turnstile, fcntl.LOCK_UN)
    _held[:] = [alone]
    try:
        yield
    finally:
        _held.clear()
        fcntl.flock(machine, fcntl.LOCK_UN)
        if alone:
            fcntl.flock(turnstile, fcntl.LOCK_UN)


@contextlib.contextmanager
def alone() -> Iterator[None]:
    """Within a test, a block that runs while no other test runs (the part of a test that asserts a bound on
    wall-clock time): the test gives up its share of the machine, waits its turn as a `serial` test does (holding no
    share while it waits, so two tests waiting for theirs never wait for each other), and takes its share back after."""
    if _held != [False]:  # one process runs every test, or the test runs alone already
        yield
        return
    turnstile, machine = _lock("turnstile"), _lock("machine")
    fcntl.flock(machine, fcntl.LOCK_UN)
    fcntl.flock(turnstile, fcntl.LOCK_EX)
    try:
        fcntl.flock(machine, fcntl.LOCK_EX)
        _held[:] = [True]
        try:
            yield
        finally:
            fcntl.flock(machine, fcntl.LOCK_SH)  # (no other test takes the lock meanwhile: the turnstile is held)
            _held[:] = [False]
    finally:
        fcntl.flock(turnstile, fcntl.LOCK_UN)


@pytest.hookimpl(hookwrapper=True)
def pytest_collection() -> Iterator[None]:
    """Collecting makes hundreds of thousands of objects that last the whole run (the test items, the detectors'
    expressions and tables) and next to no garbage: the cyclic collector is kept out of it, then what it made is
    frozen out of the later full collections, each of which would otherwise walk all of it again."""
    if not gc.isenabled():  # (the caller's choice)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()
        gc.freeze()


_STARTS = ("gateway", "RawGateway", "http_gateway", "gateway_env")
"""The names a test module that may start a gateway uses (conftest's helpers)."""
_DETECTORS = ("secure_mcp_gateway.guardrails", "secure_mcp_gateway.pipeline", "secure_mcp_gateway.hub")
"""The modules whose objects, in a test module's names, say its tests may run the detectors in its own process."""


def _uses_detectors(module: ModuleType) -> bool:
    """Whether a test module holds a name for a module of the detectors (or one that runs them) or for an object
    made there: its tests may compile what the run's compiled databases hold (see `compiled_seed.in_process`)."""
    for value in vars(module).values():
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.startswith(_DETECTORS):
            return True
    return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """When a test that may start a gateway is to run, the run's compiled detector databases are made meanwhile; and
    the tests are ordered for the workers (`--dist worksteal`, pyproject.toml), which start with an equal share of
    them each, in order, a worker that runs out taking the later half of another's. Each share opens with its part of
    the in-process modules that use no detector (they need none of those databases, and compile none of them in the
    worker before they are ready: they run while they are made, the first share's after the tests marked
    `first_start`, whose gateways need none either), then its part of the modules whose tests may start a gateway
    (each module whole and in its order: such a test waits seconds on its processes), and ends on the other
    in-process tests: what is taken from its end, and what the run ends on, instead of one worker finishing a module
    of gateway starts while the other idles."""
    kinds: dict[Any, str] = {}
    modules: dict[Any, list[pytest.Item]] = {}
    first: list[pytest.Item] = []
    for item in items:
        module = getattr(item, "module", None)
        if module not in kinds:
            if module is not None and any(name in vars(module) for name in _STARTS):
                kinds[module] = "starts"
            else:
                kinds[module] = "short" if module is None or _uses_detectors(module) else "free"
        if item.get_closest_marker("first_start") is not None:
            first.append(item)
        else:
            modules.setdefault(module, []).append(item)
    if not first and not any(kinds[module] == "starts" for module in modules):
        return
    compiled_seed.start()
    workers = max(int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")), 1)
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    starts: list[list[pytest.Item]] = [list(first)] + [[] for _ in range(workers - 1)]
    for module, members in modules.items():
        if kinds[module] == "free":
            min(heads, key=len).extend(members)
        elif kinds[module] == "starts":
            min(starts, key=len).extend(members)  # (to the share with the fewest such tests yet)
    shares = [head + start for head, start in zip(heads, starts, strict=True)]
    shares[0] = first + heads[0] + starts[0][len(first) :]  # (the first starts first of all)
    short = [item for module, members in modules.items() if kinds[module] == "short" for item in members]
    left = len(items)
    for n, share in enumerate(shares):
        size = left // (workers - n)  # (the share the scheduler gives this worker)
        take = max(size - len(share), 0) if n < workers - 1 else len(short)
        share.extend(short[:take])
        del short[:take]
        left -= len(share)
    items[:] = [item for share in shares for item in share]


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Setup, call and teardown of a test under the run's shared lock (outside the timeout's clock)."""
    with _machine_share(item.get_closest_marker("serial") is not None):
        yield


@pytest.fixture
def quiet_detectors() -> None:
    """No background build or warm-up an earlier test started in this process is still running or waiting to start
    (60 s at most): such a thread keeps what it made in whatever compiled store is configured when it ends, this
    test's once it set one."""
    running = compiled_seed.settle(60)
    assert running == [], f"an earlier test's {running} threads still run after 60 s"


_TEST_HOMES = itertools.count()


def own_home() -> Path:
    """A new private folder for one test, under this process's session folder (a plain `mkdir`: a `tmp_path` costs
    several more file operations, too many to spend on every one of the thousands of tests that need none)."""
    root = _SESSION_HOME / "tests" / str(next(_TEST_HOMES))
    root.mkdir(mode=0o700, parents=True)
    return root


@pytest.fixture(autouse=True)
def _each_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test gets its own key, state and user directories, inherited by the processes it starts (under its
    `tmp_path` when it asks for one, else under a folder of its own); the gateways it starts load the run's compiled
    detector databases unless it is marked `first_start`; and a command it ran in process (its logging set up for the
    run) leaves the package's logger and the root's as they were. One fixture, with no `monkeypatch`: each fixture's
    bookkeeping is paid by every one of the thousands of tests."""
    import logging

    from secure_mcp_gateway.guardrails import compiled_store
    from secure_mcp_gateway.keys import configure

    root = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else own_home()
    environ = {name: os.environ.get(name) for name in _ISOLATED}
    _isolate(root / "home", os.environ.__setitem__)
    configure(None)  # a command run in process earlier configured the previous test's directories
    seeded = request.node.get_closest_marker("first_start") is None
    compiled_seed.want(seeded)
    stores = compiled_store._STORE
    found = list(stores)
    if seeded and not stores:
        stores[:] = [made] if (made := compiled_seed.in_process()) is not None else []
    package, top = logging.getLogger("secure_mcp_gateway"), logging.getLogger()
    saved = (list(package.handlers), package.level, package.propagate, list(top.handlers))
    yield
    package.handlers[:], package.level, package.propagate = saved[0], saved[1], saved[2]
    for handler in [h for h in top.handlers if h not in saved[3] and getattr(h, "_secure_mcp_gateway_handler", 0)]:
        top.removeHandler(handler)
    compiled_seed.want(True)
    stores[:] = found
    for name, value in environ.items():  # (after the test's own `monkeypatch` has put back what it changed)
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True, scope="session")
def _patient_disk_cache() -> None:
    """In-process caches wait for a slow disk on a loaded machine (tests of the time limits set their own, with
    `monkeypatch`)."""
    from secure_mcp_gateway import cache

    cache.READ_TIMEOUT = cache.WRITE_TIMEOUT = 30.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def fixture_server(*flags: str, name: str = "fx", **extra: Any) -> dict[str, Any]:
    """A config entry that runs our fixture server with the given flags."""
    entry: dict[str, Any] = {"command": PY, "args": [str(FIXTURE_SERVER), "--name", name, *flags]}
    entry.update(extra)
    return entry


def gated_server(gate: Path, *flags: str, **extra: Any) -> dict[str, Any]:
    """A config entry for our fixture server that starts only once the file `gate` exists: the test opens the gate
    when the server is to be up (instead of a start delay that may run out too early or cost time for nothing)."""
    return fixture_server(*flags, "--start-when", str(gate), **extra)


NOTHING_CACHED = {"catalogs": False, "verdicts": False}
"""A gateway's cache settings when no catalog or verdict is to be served from its cache: its compiled detector
databases are still kept there, so a test gateway loads the run's (see `compiled_seed`) instead of compiling them
(several seconds of CPU; `"enabled": false` keeps none)."""


def time_server() -> dict[str, Any]:
    """A config entry for the third-party `mcp-server-time`."""
    exe = Path(PY).parent / "mcp-server-time"
    return {"command": str(exe), "args": []}


@dataclass
class Run:
    """A gateway started for one test."""

    path: Path
    dir: Path
    stderr_path: Path
    env: dict[str, str]
    notifications: list[Any] = field(default_factory=list)
    init: Any = None

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""


_TERMINAL = ("COLUMNS", "LINES")


def gateway_env(tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a gateway under test: its own config, cache and state directories, the test's key; no
    terminal size (a parallel worker is given COLUMNS=80, which would cut what a command prints)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECURE_MCP_GATEWAY_") and k not in _TERMINAL}
    env.update({k: os.environ[k] for k in (KEY_ENV, STATE_ENV)})
    if env[STATE_ENV] == str(_SESSION_HOME / "state"):  # (a module's shared gateway, started before any test's own
        env[STATE_ENV] = str(tmp / "state")  # directories: its pins are its own, not every such gateway's in the run)
    env.update(
        {
            "XDG_CONFIG_HOME": str(tmp / "xdg-config"),
            "XDG_CACHE_HOME": str(tmp / "xdg-cache"),
            "XDG_STATE_HOME": str(tmp / "xdg-state"),
            "XDG_DATA_HOME": str(tmp / "xdg-data"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra or {})
    return env


@pytest.fixture
def command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    """`secure-mcp-gateway ARGS` run in this process, where the process is not the point: in the environment a command
    the test started would get (`gateway_env`), giving back its exit code, stdout and stderr as a finished process."""
    from secure_mcp_gateway.cli import main

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        wanted = gateway_env(tmp_path, env)
        with monkeypatch.context() as patch:
            for key in [k for k in os.environ if k not in wanted]:
                patch.delenv(key)
            for key, value in wanted.items():
                patch.setenv(key, value)
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:  # (argparse stops on a bad argument, or after --help)
                code = 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 1
            printed = capsys.readouterr()
        return subprocess.CompletedProcess(["secure-mcp-gateway", *args], code, printed.out, printed.err)

    return run


def write_config(tmp: Path, config: dict[str, Any]) -> Path:
    """Write a gateway config file, with test-friendly defaults for the cache and audit paths."""
    config = json.loads(json.dumps(config))
    config.setdefault("cache", {}).setdefault("dir", str(tmp / "cache"))
    config.setdefault("audit", {}).setdefault("file", str(tmp / "audit" / "audit.jsonl"))
    path = tmp / "gateway.json"
    path.write_text(json.dumps(config, indent=2))
    return path


@contextlib.asynccontextmanager
async def gateway(
    tmp: Path,
    config: dict[str, Any],
    *,
    env: dict[str, str] | None = None,
    read_timeout: float = 60.0,
    **session_kwargs: Any,
) -> AsyncIterator[tuple[Any, Run]]:
    """Start `secure-mcp-gateway --config ...` as a subprocess and yield an initialized ClientSession."""
    from mcp import ClientSession, StdioServerParameters, stdio_client

    path = write_config(tmp, config)
    run = Run(path=path, dir=tmp, stderr_path=tmp / "gateway.stderr", env=gateway_env(tmp, env))
    compiled_seed.seed(json.loads(path.read_text()), run.env)

    async def on_message(message: Any) -> None:
        run.notifications.append(message)

    session_kwargs.setdefault("message_handler", on_message)
    params = StdioServerParameters(command=PY, args=["-m", "secure_mcp_gateway", "--config", str(path)], env=run.env)
    with open(run.stderr_path, "w") as errlog:
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write, read_timeout_seconds=read_timeout, **session_kwargs) as session,
        ):
            run.init = await session.initialize()
            yield session, run


def text_of(result: Any) -> str:
    """All text blocks of a tool result, joined."""
    return "\n".join(c.text for c in result.content if getattr(c, "type", None) == "text")


def pid_alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


class RawGateway:
    """The gateway as a plain subprocess, spoken to line by line (for signals and exact wire checks)."""

    def __init__(
        self, tmp: Path, config: dict[str, Any], *, env: dict[str, str] | None = None, args: list[str] | None = None
    ) -> None:
        import subprocess

        self.path = write_config(tmp, config)
        self.stderr_path = tmp / "gateway.stderr"
        proc_env = gateway_env(tmp, env)
        compiled_seed.seed(json.loads(self.path.read_text()), proc_env)
        self._err = open(self.stderr_path, "w")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [PY, "-m", "secure_mcp_gateway", "--config", str(self.path), *(args or [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            env=proc_env,
        )
        self._next = 0

    def send(self, msg: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(msg) + "\n").encode())
        self.proc.stdin.flush()

    def recv(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"gateway closed stdout; stderr:\n{self.stderr()}"
        return json.loads(line)

    def request(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send a request and return its response, collecting notifications that arrive first."""
        self._next += 1
        rid = self._next
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}})
        while True:
            msg = self.recv()
            if msg.get("id") == rid and "method" not in msg:
                return msg

    def initialize(self) -> dict[str, Any]:
        res = self.request(
            "initialize",
            {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "raw-test", "version": "0"}},
        )
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return res

    def stderr(self) -> str:
        self._err.flush()
        return self.stderr_path.read_text(errors="replace")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._err.close()


@pytest.fixture(scope="module")
def hostile_gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RawGateway]:
    """A gateway process for the module whose one server (`h`) is the hostile test server, its tools listed."""
    hostile = Path(__file__).parent / "servers" / "hostile_server.py"
    server = {"command": sys.executable, "args": [str(hostile)], "pinning": "off"}
    gateway = RawGateway(tmp_path_factory.mktemp("hostile_gw"), {"mcpServers": {"h": server}, "cache": NOTHING_CACHED})
    gateway.initialize()
    gateway.request("tools/list")
    yield gateway
    gateway.close()


@pytest.fixture(scope="module")
async def hostile_client() -> AsyncIterator[Any]:
    """A client of an in-process hub whose one server (`h`) is the hostile test server (a real process), with its
    resource templates listed (the module sets a module-wide `anyio_backend`)."""
    from memlink import connect

    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.handlers import Handlers
    from secure_mcp_gateway.hub import Hub

    server = {"command": sys.executable, "args": [str(HERE / "servers" / "hostile_server.py")], "pinning": "off"}
    hub = Hub(GatewayConfig(mcpServers={"h": server}, cache={"enabled": False}))
    client = await connect(hub, Handlers(hub), {})
    await client.call("resources/templates/list")
    client.hub = hub  # type: ignore[attr-defined]  # (for a second client of the same hub)
    yield client
    await hub.stop()

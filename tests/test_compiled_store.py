"""Stored compiled Hyperscan databases: a start after the first loads them, and an entry that is not sound (edited,
swapped, truncated, made with another key) is never loaded: the database is compiled as before and the entry
replaced, with one warning; no directory or key only costs the compile."""

from __future__ import annotations

import logging
import multiprocessing
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from secure_mcp_gateway.guardrails import compiled_store, scan
from secure_mcp_gateway.keys import KeyUnavailable, LocalKey, load_key

# (a detector thread an earlier test left running writes into the store a test configures)
pytestmark = pytest.mark.usefixtures("quiet_detectors")

hyperscan = pytest.importorskip("hyperscan")

WORDS = [b"api_key\\s*=", b"password", b"ignore (all )?previous"]
OTHER = [b"zebra", b"quokka"]
TEXT = b"config: api_key = 'made-up'; please ignore all previous notes; password reset"
EXPECTED = [0, 1, 2]


class Counting:
    """The `hyperscan` module, counting compiles and loads."""

    def __init__(self) -> None:
        self.compiles = 0
        self.loads = 0
        self.HS_MODE_BLOCK = hyperscan.HS_MODE_BLOCK
        self.dumpb = hyperscan.dumpb
        self.__version__ = hyperscan.__version__
        self._hs_ext = hyperscan._hs_ext

    def Database(self, *args: Any, **kwargs: Any) -> Any:
        self.compiles += 1
        return hyperscan.Database(*args, **kwargs)

    def loadb(self, data: bytes, mode: int) -> Any:
        self.loads += 1
        return hyperscan.loadb(data, mode)


def hits(db: Any, text: bytes = TEXT) -> list[int]:
    found: set[int] = set()
    db.scan(text, match_event_handler=lambda i, *_: found.add(i), scratch=hyperscan.Scratch(db))
    return sorted(found)


def key() -> LocalKey:
    return LocalKey(secrets.token_bytes(32))


def compile_words(store: compiled_store.Store, hs: Counting, words: list[bytes] = WORDS) -> Any:
    return store.compiled(hs, words, list(range(len(words))), [hyperscan.HS_FLAG_SINGLEMATCH] * len(words))


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == compiled_store.__name__ and r.levelname == "WARNING"]


@pytest.fixture
def store(tmp_path: Path) -> compiled_store.Store:
    made = key()
    return compiled_store.Store(tmp_path / "hs", lambda: made)


@pytest.fixture(autouse=True)
def _unconfigured() -> Iterator[None]:
    yield
    compiled_store.configure(None)


def only_entry(store: compiled_store.Store) -> Path:
    (entry,) = store.directory.glob("*.hsdb")
    return entry


def test_a_second_start_loads_the_database_the_first_compiled(store: compiled_store.Store) -> None:
    hs = Counting()
    first = compile_words(store, hs)
    assert (hs.compiles, hs.loads) == (1, 0)
    again = compile_words(compiled_store.Store(store.directory, store._key_source), hs)
    assert (hs.compiles, hs.loads) == (1, 1)
    assert hits(first) == hits(again) == EXPECTED


def test_the_entry_is_private_and_named_by_what_it_was_compiled_from(store: compiled_store.Store) -> None:
    hs = Counting()
    compile_words(store, hs)
    compile_words(store, hs, OTHER)
    names = {p.name for p in store.directory.glob("*.hsdb")}
    assert len(names) == 2
    assert (store.directory.stat().st_mode & 0o777) == 0o700
    assert all((p.stat().st_mode & 0o077) == 0 for p in store.directory.iterdir())


def _reopened(store: compiled_store.Store) -> compiled_store.Store:
    return compiled_store.Store(store.directory, store._key_source)


def _recovers(store: compiled_store.Store, caplog: pytest.LogCaptureFixture) -> None:
    """The damaged entry is not loaded: compiled again with one warning, and the entry replaced by a sound one."""
    hs = Counting()
    with caplog.at_level(logging.WARNING):
        assert hits(compile_words(_reopened(store), hs)) == EXPECTED
    assert hs.compiles == 1
    assert len(warnings(caplog)) == 1
    hs = Counting()
    assert hits(compile_words(_reopened(store), hs)) == EXPECTED
    assert (hs.compiles, hs.loads) == (0, 1)


def test_a_flipped_byte_is_never_loaded(store: compiled_store.Store, caplog: pytest.LogCaptureFixture) -> None:
    compile_words(store, Counting())
    entry = only_entry(store)
    data = bytearray(entry.read_bytes())
    data[-1] ^= 0x01  # Hyperscan's own check does not cover the database's last bytes
    entry.write_bytes(bytes(data))
    hyperscan.loadb(bytes(data[len(b"smg-hsdb 1\n") + 65 :]), hyperscan.HS_MODE_BLOCK)  # which a naive store loads
    _recovers(store, caplog)


def test_another_databases_entry_under_this_name_is_never_loaded(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture
) -> None:
    hs = Counting()
    compile_words(store, hs)
    words_entry = only_entry(store)
    compile_words(store, hs, OTHER)
    (other_entry,) = set(store.directory.glob("*.hsdb")) - {words_entry}
    shutil.copyfile(other_entry, words_entry)  # sound bytes, MAC'd with the right key, for other expressions
    _recovers(store, caplog)


def test_a_truncated_entry_is_never_loaded(store: compiled_store.Store, caplog: pytest.LogCaptureFixture) -> None:
    compile_words(store, Counting())
    entry = only_entry(store)
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2])
    _recovers(store, caplog)


def test_a_sound_entry_hyperscan_refuses_is_compiled_again(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture
) -> None:
    """An entry whose MAC verifies but whose bytes Hyperscan does not load (another version or CPU's database)."""
    compile_words(store, Counting())
    entry = only_entry(store)
    payload = bytearray(entry.read_bytes()[len(b"smg-hsdb 1\n") + 65 :])
    payload[8:16] = bytes(8)  # its header no longer names this machine's build
    entry.write_bytes(compiled_store.sealed(store._key_source(), entry.name.removesuffix(".hsdb"), bytes(payload)))
    with pytest.raises(hyperscan.HyperscanError):
        hyperscan.loadb(bytes(payload), hyperscan.HS_MODE_BLOCK)
    _recovers(store, caplog)


def test_an_entry_made_with_another_key_is_never_loaded(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture
) -> None:
    compile_words(store, Counting())
    other = key()
    hs = Counting()
    with caplog.at_level(logging.WARNING):
        assert hits(compile_words(compiled_store.Store(store.directory, lambda: other), hs)) == EXPECTED
    assert (hs.compiles, len(warnings(caplog))) == (1, 1)
    hs = Counting()
    compile_words(compiled_store.Store(store.directory, lambda: other), hs)
    assert (hs.compiles, hs.loads) == (0, 1)  # replaced: now sound under the other key


def test_an_entry_with_an_edited_mac_is_never_loaded(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture
) -> None:
    compile_words(store, Counting())
    entry = only_entry(store)
    data = bytearray(entry.read_bytes())
    at = len(b"smg-hsdb 1\n")
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    entry.write_bytes(bytes(data))
    _recovers(store, caplog)


def test_an_entry_with_a_mac_outside_ascii_is_never_loaded(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture
) -> None:
    """A byte outside ASCII where the MAC's hex digits stand: not sound, never an error out of the compile."""
    compile_words(store, Counting())
    entry = only_entry(store)
    data = bytearray(entry.read_bytes())
    data[len(b"smg-hsdb 1\n") + 3] = 0xA2
    entry.write_bytes(bytes(data))
    _recovers(store, caplog)


def test_an_unwritable_directory_costs_only_the_compile(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory\n")
    made = key()
    store = compiled_store.Store(blocker / "hs", lambda: made)
    hs = Counting()
    with caplog.at_level(logging.WARNING):
        for words in (WORDS, OTHER, WORDS):
            db = compile_words(store, hs, words)
    assert hits(db) == EXPECTED
    assert hs.compiles == 3
    assert len(warnings(caplog)) == 1


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="permissions do not bind root")
def test_a_read_only_directory_costs_only_the_compile(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    made = key()
    directory = tmp_path / "hs"
    directory.mkdir(mode=0o500)
    store = compiled_store.Store(directory, lambda: made)
    hs = Counting()
    try:
        with caplog.at_level(logging.WARNING):
            for words in (WORDS, OTHER):
                compile_words(store, hs, words)
    finally:
        directory.chmod(0o700)
    assert hs.compiles == 2
    assert len(warnings(caplog)) == 1


def test_without_a_key_nothing_is_read_or_written(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    calls = []

    def no_key() -> LocalKey:
        calls.append(1)
        raise KeyUnavailable("no key file at /made/up/gateway.key")

    store = compiled_store.Store(tmp_path / "hs", no_key)
    hs = Counting()
    with caplog.at_level(logging.WARNING):
        for words in (WORDS, OTHER, WORDS):
            db = compile_words(store, hs, words)
    assert hits(db) == EXPECTED
    assert hs.compiles == 3
    assert (len(calls), len(warnings(caplog))) == (1, 1)
    assert not (tmp_path / "hs").exists()


def test_a_reader_never_sees_an_entry_half_written(
    store: compiled_store.Store, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Any] = []
    busy: list[int] = []
    write = os.write

    def reading_meanwhile(fd: int, data: Any) -> int:
        done = write(fd, data[: max(1, len(data) // 2)])
        if busy:
            return done
        busy.append(1)
        reader = Counting()
        seen.append(compile_words(_reopened(store), reader))  # another start, while this entry is being written
        seen.append(reader.loads)
        return done

    monkeypatch.setattr(compiled_store.os, "write", reading_meanwhile)
    with caplog.at_level(logging.WARNING):
        compile_words(store, Counting())
    monkeypatch.undo()
    assert seen and hits(seen[0]) == EXPECTED
    assert seen[1] == 0
    assert warnings(caplog) == []
    hs = Counting()
    compile_words(_reopened(store), hs)
    assert (hs.compiles, hs.loads) == (0, 1)
    assert [p.name for p in store.directory.iterdir() if not p.name.endswith(".hsdb")] == []


def test_the_directory_is_kept_within_its_limit(store: compiled_store.Store, monkeypatch: pytest.MonkeyPatch) -> None:
    hs = Counting()
    compile_words(store, hs)
    size = only_entry(store).stat().st_size
    monkeypatch.setattr(compiled_store, "LIMIT", int(size * 2.5))
    for i in range(4):
        compile_words(store, hs, [*WORDS, f"word{i}".encode()])
    entries = list(store.directory.glob("*.hsdb"))
    assert len(entries) == 2
    assert sum(p.stat().st_size for p in entries) <= compiled_store.LIMIT


def _start(directory: str, key_file: str, barrier: Any, out: Any) -> None:
    """One gateway start, in a process of its own: compiles (or loads) three databases at the same moment as others."""
    logging.basicConfig(level=logging.WARNING)
    seen: list[str] = []

    class Seen(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logging.getLogger(compiled_store.__name__).addHandler(Seen())
    local = load_key(Path(key_file))
    store = compiled_store.Store(Path(directory), lambda: local)
    barrier.wait()
    answers = []
    for words in (WORDS, OTHER, [*WORDS, b"x"]):
        answers.append(hits(compile_words(store, Counting(), words)))
    out.put((answers, seen))


def test_concurrent_starts_share_the_directory(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(4)
    out = context.Queue()
    starts = [
        context.Process(target=_start, args=(str(tmp_path / "hs"), str(tmp_path / "k.key"), barrier, out))
        for _ in range(4)
    ]
    load_key(tmp_path / "k.key")
    for p in starts:
        p.start()
    results = [out.get(timeout=120) for _ in starts]
    for p in starts:
        p.join(timeout=60)
        assert p.exitcode == 0
    for answers, seen in results:
        assert answers == [EXPECTED, [], EXPECTED]
        assert seen == []
    local = load_key(tmp_path / "k.key")
    store = compiled_store.Store(tmp_path / "hs", lambda: local)
    hs = Counting()
    for words in (WORDS, OTHER, [*WORDS, b"x"]):
        compile_words(store, hs, words)
    assert (hs.compiles, hs.loads) == (0, 3)
    assert sorted(p.suffix for p in (tmp_path / "hs").iterdir()) == [".hsdb"] * 3


def test_without_hyperscan_nothing_is_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = key()
    compiled_store.configure(tmp_path / "hs", lambda: made)
    monkeypatch.setitem(sys.modules, "hyperscan", None)  # the package absent: `import hyperscan` fails
    fast = scan._Fast.build(frozenset({"password", "token"}))
    assert fast is not None and fast.db is None
    heads = scan.Heads(["café", "naïve"])
    assert heads.prepare() is False
    assert heads.find("un café naïve") == {"café": [3], "naïve": [8]}
    assert not (tmp_path / "hs").exists()


def test_unconfigured_compiles_as_before(tmp_path: Path) -> None:
    hs = Counting()
    db = compiled_store.compiled(hs, WORDS, list(range(len(WORDS))), [0] * len(WORDS))
    assert hits(db) == EXPECTED and (hs.compiles, hs.loads) == (1, 0)


def _corpus_texts() -> list[str]:
    """Texts of the corpus (source files, and the strings of its JSON cases), short and long."""
    import json

    root = Path(__file__).parent / "corpus"
    texts = [p.read_text("utf-8", "replace") for p in sorted((root / "source").rglob("*")) if p.is_file()]

    def strings(value: Any) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    for name in ("injection.json", "secrets.json", "pii.json", "hidden.json", "definitions.json"):
        texts += [t for t in strings(json.loads((root / name).read_text("utf-8"))) if len(t) > 8]
    return texts + ["\n".join(texts[i : i + 40]) for i in range(0, len(texts), 40)]


def test_the_detectors_answer_the_same_from_loaded_databases(tmp_path: Path) -> None:
    """The shared screen, short-word index and word index: the same answers compiled as loaded."""
    from secure_mcp_gateway.guardrails import injection, intent, pii, screen, secrets, short_words

    assert injection and intent and pii and secrets  # their expressions and words are added at import
    made = key()
    texts = [t.lower() for t in _corpus_texts()]
    assert len(texts) > 500 and sum(len(t) >= scan.LONG for t in texts) > 20

    def answers() -> list[Any]:
        sc = screen.Screen()
        for p, fold in screen.SCREEN._keys:
            sc.add([p], fold)
        short = short_words.ShortIndex()
        short.add(short_words.SHORT._words)
        index = scan.Index()
        index.add(scan.INDEX._words - scan.INDEX._placed, where=False)
        index.add(scan.INDEX._placed)
        assert sc.prepare() and short.prepare() and index.prepare()
        out = []
        for low in texts:
            out.append((sc.read(low), short.places(low), index.find(low)))
            sc.forget()
            short.forget()
            index.forget()
        return out

    compiled = answers()
    compiled_store.configure(tmp_path / "hs", lambda: made)
    stored = answers()  # compiled, then stored
    loaded = answers()  # loaded from the store
    assert len(list((tmp_path / "hs").glob("*.hsdb"))) == 4  # three databases and the screen's loosened forms
    assert compiled == stored == loaded


def _screen(keys: Any) -> Any:
    from secure_mcp_gateway.guardrails import screen

    sc = screen.Screen()
    for p, fold in keys:
        sc.add([p], fold)
    assert sc.prepare()
    return sc


def test_the_screens_loosened_forms_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen's loosened expressions are kept too: a start after the first does not read the expressions."""
    import re

    from secure_mcp_gateway.guardrails import screen

    keys = [(re.compile(r"\bapi[_-]?key\s*[:=]\s*\S{8,}"), False), (re.compile(r"(?i)ignore (all )?previous"), True)]
    made = key()
    compiled_store.configure(tmp_path / "hs", lambda: made)
    read: list[Any] = []
    loosened = screen.loosened
    monkeypatch.setattr(screen, "loosened", lambda *a: read.append(a) or loosened(*a))
    text = "x" * scan.LONG + " api_key = made-up-value-123; please ignore previous notes"
    first = _screen(keys).read(text)
    assert len(read) == 2
    again = _screen(keys).read(text)
    assert len(read) == 2
    assert first is not None and again is not None and first[0] == again[0] == {p for p, _ in keys}
    monkeypatch.setattr(screen, "_source", lambda: "another version of the module")
    _screen(keys)
    assert len(read) == 4  # other code: read again


def test_edited_loosened_forms_are_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import re

    keys = [(re.compile(r"password\s*=\s*\S+"), False)]
    made = key()
    compiled_store.configure(tmp_path / "hs", lambda: made)
    _screen(keys)
    (forms,) = [p for p in (tmp_path / "hs").glob("*.hsdb") if b'["' in p.read_bytes()]
    data = forms.read_bytes()
    forms.write_bytes(data.replace(b"password", b"zzzzzzzz"))  # a screen that would never let it run
    text = "x" * scan.LONG + " password = made-up"
    with caplog.at_level(logging.WARNING):
        found = _screen(keys).read(text)
    assert found is not None and found[0] == {keys[0][0]}
    assert len(warnings(caplog)) == 1


def test_the_gateway_keeps_them_beside_the_cache(tmp_path: Path) -> None:
    from secure_mcp_gateway.config import GatewayConfig
    from secure_mcp_gateway.serve import store_compiled

    store_compiled(GatewayConfig.model_validate({"cache": {"dir": str(tmp_path / "c")}}))
    found = compiled_store.store()
    assert found is not None and found.directory == tmp_path / "c" / "hyperscan"
    store_compiled(GatewayConfig.model_validate({"cache": {"enabled": False}}))
    assert compiled_store.store() is None


def test_clearing_the_cache_removes_the_stored_databases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from secure_mcp_gateway.cli.cache import run_cache
    from secure_mcp_gateway.config import GatewayConfig

    made = key()
    kept = compiled_store.Store(tmp_path / "cache" / "hyperscan", lambda: made)
    compile_words(kept, Counting())
    compile_words(kept, Counting(), OTHER)
    outside = tmp_path / "notes.hsdb"
    outside.write_bytes(b"not ours")
    (tmp_path / "cache" / "hyperscan" / "link.hsdb").symlink_to(outside)
    assert len(list((tmp_path / "cache" / "hyperscan").glob("*.hsdb"))) == 3
    config = GatewayConfig(cache={"dir": str(tmp_path / "cache")}, audit={"enabled": False})
    assert run_cache(config, "clear") == 0
    assert list((tmp_path / "cache" / "hyperscan").iterdir()) == []
    assert outside.read_bytes() == b"not ours"  # a link is removed, not what it points to
    assert "removed 3 compiled detector databases" in capsys.readouterr().out
    hs = Counting()
    compile_words(kept, hs)
    assert hs.compiles == 1  # compiled again after the clear


def test_clearing_without_stored_databases_says_nothing_of_them(tmp_path: Path) -> None:
    assert compiled_store.clear(tmp_path / "none") == (0, None)
    (tmp_path / "file").write_text("x")
    assert compiled_store.clear(tmp_path / "file") == (0, None)


def _refused(monkeypatch: pytest.MonkeyPatch, method: str, refused: Callable[[Path], bool]) -> None:
    """Make `Path.<method>` raise PermissionError for the paths `refused` names (as for a folder of another user)."""
    real = getattr(Path, method)

    def guarded(self: Path, *args: Any, **kwargs: Any) -> Any:
        if refused(self):
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, guarded)


def _cache_with_databases(tmp_path: Path) -> tuple[Any, Path]:
    """A config whose cache directory holds two stored databases; their folder."""
    from secure_mcp_gateway.config import GatewayConfig

    made = key()
    kept = compiled_store.Store(tmp_path / "cache" / "hyperscan", lambda: made)
    compile_words(kept, Counting())
    compile_words(kept, Counting(), OTHER)
    config = GatewayConfig(cache={"dir": str(tmp_path / "cache")}, audit={"enabled": False})
    return config, tmp_path / "cache" / "hyperscan"


def test_clearing_a_database_folder_that_cannot_be_read_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from secure_mcp_gateway.cli.cache import run_cache

    config, folder = _cache_with_databases(tmp_path)
    _refused(monkeypatch, "iterdir", lambda p: p == folder)
    assert run_cache(config, "clear") == 1  # no traceback: the cache's own entries are cleared, this is said
    out, err = capsys.readouterr()
    assert "cleared 0 entries" in out
    assert f"could not remove the compiled detector databases in {folder}: Permission denied" in err
    assert compiled_store.clear(folder)[0] == 0
    monkeypatch.undo()
    assert len(list(folder.glob("*.hsdb"))) == 2


def test_clearing_removes_what_it_may_and_says_what_it_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from secure_mcp_gateway.cli.cache import run_cache

    config, folder = _cache_with_databases(tmp_path)
    first = sorted(folder.glob("*.hsdb"))[0]
    _refused(monkeypatch, "unlink", lambda p: p == first)
    assert run_cache(config, "clear") == 1
    out, err = capsys.readouterr()
    assert "removed 1 compiled detector databases" in out
    assert "could not remove the compiled detector databases" in err
    assert sorted(folder.glob("*.hsdb")) == [first]
    monkeypatch.undo()
    removed, failed = compiled_store.clear(folder)
    assert (removed, failed) == (1, None)
    assert list(folder.iterdir()) == []

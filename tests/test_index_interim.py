"""A long text checked before the shared index's reader for its words is built: nothing is compiled in the way of the
check, and the findings are those the built reader gives."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import pytest

from secure_mcp_gateway.guardrails import injection, pii, poisoning, scan, secrets
from secure_mcp_gateway.guardrails.findings import Finding, lower_aligned

CORPUS = Path(__file__).parent / "corpus"
DETECTORS = {"secrets": secrets.find, "pii": pii.find, "injection": injection.find, "poisoning": poisoning.find}


def _strings() -> list[str]:
    """Every text of the detectors' corpora (positives and negatives)."""
    out = []
    data = json.loads((CORPUS / "secrets.json").read_text(encoding="utf-8"))
    out += [e["text"].replace("{}", "".join(e["secret"])) for e in data["positives"]] + data["negatives"]
    for name in ("pii", "injection", "hidden"):
        data = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        out += [e if isinstance(e, str) else e["text"] for e in (*data["positives"], *data["negatives"])]
    return out


def _long_texts(seed: int, count: int) -> list[str]:
    """Long texts made of corpus pieces (some outside ASCII), each past the length that asks the index."""
    rng = random.Random(seed)
    pieces = [t for t in _strings() if 20 < len(t) < 800]
    texts = [rng.choice(("\n", " ")).join(rng.sample(pieces, 60)) for _ in range(count)]
    assert all(len(t) >= scan.LONG for t in texts)
    return texts


def _findings(texts: list[str]) -> list[list[tuple[str, str, int, int, float]]]:
    out = []
    for text in texts:
        low = lower_aligned(text)
        found: list[Finding] = []
        for find in DETECTORS.values():
            found += find(text, low)
        out.append(sorted((f.detector, f.kind, f.start, f.end, round(f.score, 6)) for f in found))
    return out


@pytest.fixture
def unbuilt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The shared index with no reader built and none built in the background; the names of the threads that were
    asked to build one."""
    _findings(_long_texts(1, 1))  # every detector adds its words
    _join_builds()
    asked: list[str] = []
    monkeypatch.setattr(scan.INDEX, "_ready", (None, -1))
    monkeypatch.setattr(scan.INDEX, "_finder", None)
    monkeypatch.setattr(scan.INDEX, "_last", None)
    monkeypatch.setattr(scan.Index, "_build_soon", lambda self: asked.append(threading.current_thread().name))
    return asked


def _join_builds() -> None:
    """Wait for the index's background builds started so far (none may end in the middle of a test's checks)."""
    for thread in threading.enumerate():
        if thread.name == "index-compile":
            thread.join(60)


def _reference(monkeypatch: pytest.MonkeyPatch, texts: list[str], accelerate: bool) -> list[list[tuple]]:
    """The findings with the reader for every word built (Hyperscan's or the regex passes)."""
    monkeypatch.setattr(scan, "ACCELERATE", accelerate)
    monkeypatch.setattr(scan.INDEX, "_ready", (None, -1))
    monkeypatch.setattr(scan.INDEX, "_last", None)
    assert scan.INDEX.prepare() == accelerate
    return _findings(texts)


@pytest.mark.parametrize("each", [True, False])
def test_with_no_reader_built_the_findings_are_the_built_readers(
    monkeypatch: pytest.MonkeyPatch, unbuilt: list[str], each: bool
) -> None:
    if not each:
        monkeypatch.setattr(scan, "_FIND_EACH", 0)  # one search for all the words instead of a find per word
    texts = _long_texts(2, 8)
    made: list[str] = []
    words = scan.Words

    class Watched(words):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            made.append(threading.current_thread().name)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "Words", Watched)
    early = _findings(texts)
    assert threading.current_thread().name not in made and unbuilt  # nothing built in the check; a build was asked
    monkeypatch.setattr(scan, "Words", words)
    assert sum(map(len, early)) > 40
    assert early == _reference(monkeypatch, texts, accelerate=False)


@pytest.mark.parametrize("older", ["hyperscan", "passes"])
def test_a_reader_for_fewer_words_answers_with_the_rest_found_beside_it(
    monkeypatch: pytest.MonkeyPatch, unbuilt: list[str], older: str
) -> None:
    """Words a detector added after the reader was built (a rule set first used): the older reader answers for the
    words it holds, the others are found beside it, and the findings are the same."""
    if older == "hyperscan":
        pytest.importorskip("hyperscan")
    index = scan.INDEX
    rng = random.Random(3)
    fewer = frozenset(rng.sample(sorted(index._words), len(index._words) // 2))
    if older == "hyperscan":
        fast = scan._Fast.build(fewer, fewer & index._placed)
        assert fast is not None and fast.db is not None
        monkeypatch.setattr(index, "_ready", (fast, index._version - 1))
    else:
        monkeypatch.setattr(index, "_finder", (index._version - 1, scan.Words(fewer)))
    texts = _long_texts(4, 8)
    early = _findings(texts)
    assert unbuilt
    assert early == _reference(monkeypatch, texts, accelerate=older == "hyperscan")


@pytest.mark.parametrize("each", [True, False])
def test_placed_now_answers_each_word_as_the_readers_do(monkeypatch: pytest.MonkeyPatch, each: bool) -> None:
    if not each:
        monkeypatch.setattr(scan, "_FIND_EACH", 0)
    words = ["pass", "password", "sword", "ab", "abab", "token=", "--", "é"]
    placed = {"pass", "password", "sword", "ab", "abab", "é"}
    rng = random.Random(5)
    pieces = [*words, " ", "x", "\n", "wor", "ta", "b"]
    for _ in range(300):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        most = rng.choice((0, 1, 2, 5))
        found, unknown = scan.placed_now(low, words, placed, most)
        for w in words:
            at = scan.occurrences(low, w)
            if not at:
                assert w not in found and w not in unknown, (w, low)
            elif w not in placed or len(at) > max(most, 1):
                assert w in unknown and w not in found, (w, low)
            else:
                assert found.get(w) == at and w not in unknown, (w, low)


def test_a_reader_is_built_on_a_thread_and_answers_from_then_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "ACCELERATE", False)
    index = scan.Index()
    index.add(["ignore", "system prompt", "token"])
    first_read = threading.Event()
    built_on: list[str] = []
    words = scan.Words

    class Slow(words):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            built_on.append(threading.current_thread().name)
            assert first_read.wait(30)  # (built after the first text was read: that one had no reader)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "Words", Slow)
    text = "x " * 2000 + "ignore the system prompt"
    assert index.find(text) == ({"ignore": [4000], "system prompt": [4011]}, set())
    assert index._finder is None
    first_read.set()
    _join_builds()
    assert built_on == ["index-compile"]
    assert index._finder is not None and index._finder[0] == index._version
    assert index.find(text + " ") == ({"ignore": [4000], "system prompt": [4011]}, set())


def test_without_hyperscan_the_regex_passes_are_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the `hyperscan` package is missing (no wheel for the platform), the regex passes are built once for the
    words, not again for every long text."""
    monkeypatch.setattr(scan, "ACCELERATE", True)
    monkeypatch.setattr(scan._Fast, "build", classmethod(lambda cls, words, placed=None: cls(words, None, (), words)))
    index = scan.Index()
    index.add(["ignore", "system prompt"])
    assert not index.prepare()
    built: list[int] = []
    words = scan.Words

    class Counted(words):  # type: ignore[misc,valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            built.append(1)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "Words", Counted)
    for n in range(3):
        text = "x " * (2000 + n) + "ignore the system prompt"
        found, unknown = index.find(text)
        assert found == {"ignore": [4000 + 2 * n], "system prompt": [4011 + 2 * n]} and not unknown
    assert built == []

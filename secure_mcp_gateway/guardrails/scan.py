"""How the detectors keep their scans cheap: expressions led by a rare character, gates, one pass for short texts."""

from __future__ import annotations

import bisect
import codecs
import contextlib
import functools
import hashlib
import importlib.util
import json
import logging
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any, AnyStr, TypeVar

from . import compiled_store, lazy
from .normalize import outside_ascii

log = logging.getLogger(__name__)

try:
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# What a scan costs with the standard `re` engine. An expression that starts with a literal is searched for by a
# tight loop over the text, roughly 0.4 ns a character plus some 20 ns for every occurrence of the literal's first
# character; any other expression is tried at every position its first character allows, some 40 ns each. So:
# - `Pivoted`: an expression is led by the rarest character of its literal (`eyJ` by its `J`, `the user` by its
#   `u`), the characters before that one checked by a look-behind; it still reports the matches of the expression
#   as written.
# - `Gate`: one scan over a rare character stands for the scans of several expressions whose literals hold it;
#   they run only when it finds their literal.
# - `char in text` finds one character at memory speed, so an expression is not scanned at all when a character
#   that every match holds is missing (`need`).
# - `any_of`: a short text gets one pass of all a detector's expressions joined, instead of one pass each.
# - `Words` / `INDEX`: a long text gets a few passes, one per rare character, that find where each of many words
#   starts (the words the injection rules start with, the literals the secrets checks need), shared by the
#   detectors checking that text; an expression is then tried only where its words start (`matches_at`).


PIECE = 1 << 18
"""Long texts are turned into bytes this many characters at a time (see `mapped`, `Index`): a 10 MB text then costs
one copy of its own size, not two or three at once."""


def mapped(text: str | bytes | bytearray, table: bytes) -> bytes | bytearray:
    """`text` as Latin-1 bytes (a character outside it becomes `?`, one byte per character) translated by `table`:
    what `text.encode("latin-1", "replace").translate(table)` gives, built a piece at a time for a long text (a
    `bytearray` then, with no whole-text copy in between). Bytes are translated as they are."""
    if len(text) <= 4 * PIECE:
        raw = text if not isinstance(text, str) else text.encode("latin-1", "replace")
        return raw.translate(table)
    out = bytearray(len(text))
    for at in range(0, len(text), PIECE):
        piece = text[at : at + PIECE]
        raw = piece if not isinstance(piece, str) else piece.encode("latin-1", "replace")
        out[at : at + len(raw)] = raw.translate(table)
    return out


def runs(text: str | bytes | bytearray, table: bytes, least: int) -> list[tuple[int, int]]:
    """The spans of the runs of at least `least` characters that `table` maps to `a` (every other character to a
    space) in `text` (see `mapped`), in order; a long text is mapped a piece at a time."""
    needle = b"a" * least
    out: list[tuple[int, int]] = []
    if len(text) <= 4 * PIECE:  # one piece, as `mapped` reads it
        shape = (text.encode("latin-1", "replace") if isinstance(text, str) else text).translate(table)
        at = shape.find(needle)
        while at >= 0:
            end = shape.find(b" ", at + least)
            if end < 0:
                out.append((at, len(shape)))
                break
            out.append((at, end))
            at = shape.find(needle, end)
        return out
    carry = -1  # where a run that reaches the end of the last piece started
    step = PIECE if len(text) > 4 * PIECE else max(len(text), 1)
    for base in range(0, len(text), step):
        shape = mapped(text[base : base + step] if step < len(text) else text, table)
        find = shape.find
        pos = 0
        if carry >= 0:
            end = find(b" ")
            if end < 0:
                continue  # the run goes on through this piece
            if base + end - carry >= least:
                out.append((carry, base + end))
            carry, pos = -1, end
        at = find(needle, pos)
        while at >= 0:
            end = find(b" ", at + least)
            if end < 0:
                carry = base + at
                break
            out.append((base + at, base + end))
            at = find(needle, end)
        if carry < 0:
            tail = shape.rfind(b" ") + 1
            if tail < len(shape):
                carry = base + tail
    if carry >= 0 and len(text) - carry >= least:
        out.append((carry, len(text)))
    return out


def written_matches(pattern: re.Pattern[str], text: str, back: int) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, a pivoted expression whose first `back` characters are checked by a look-behind,
    that the expression as written would find with `finditer`: each `match.start()` lies `back` characters after
    where the written expression's match starts, and each search resumes where the written one would."""
    if not back:
        yield from pattern.finditer(text)
        return
    search = pattern.search
    m = search(text)
    while m is not None:
        yield m
        m = search(text, m.end() + back)


class Pivoted:
    """An expression led by a rare character of its literal, the `back` characters before it in a look-behind.

    `need` lists characters that every match holds: a text without one of them is not scanned. Made at import: the
    expression is compiled on first use or by `lazy`'s background thread.
    """

    __slots__ = ("back", "need", "pattern")

    def __init__(self, pattern: str, back: int = 0, need: str = "") -> None:
        self.pattern = lazy.compile(pattern)
        self.back = back
        self.need = need

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches the expression as written would find (see `written_matches`)."""
        for c in self.need:
            if c not in text:
                return iter(())
        return written_matches(self.pattern, text, self.back)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, or None."""
        for c in self.need:
            if c not in text:
                return None
        return self.pattern.search(text)


class Gate:
    """One scan for a rare character (or a short literal `lead`) that tells which of several literals holding it
    occur in a text, each known by a name.

    A literal is given as (what ends right before `lead`, what follows it), two expressions checked by a
    look-behind and a look-ahead, so a match takes `lead` alone and no literal hides another. Literals that can meet
    at the same place must share a name (only the first that fits is reported there). Made at import: the
    expressions are compiled on first use or by `lazy`'s background thread.
    """

    __slots__ = ("char", "each", "pattern")

    _PATIENCE = 64
    """After this many matches in a row that name nothing new, the names still missing are looked for one by one
    (a text that repeats one literal thousands of times would otherwise cost a match object for each)."""

    def __init__(self, lead: str, literals: dict[str, tuple[str, str]]) -> None:
        self.char = lead[0]
        checks = {}
        for name, (before, after) in literals.items():
            behind = f"(?<={before}{re.escape(lead)})" if before else ""
            ahead = f"(?={after})" if after else ""
            checks[name] = f"{behind}{ahead}"
        self.pattern = lazy.compile(f"{re.escape(lead)}(?:{'|'.join(f'{c}(?P<{n}>)' for n, c in checks.items())})")
        self.each = {
            name: lazy.compile(f"(?:{before}){re.escape(lead)}(?:{after})")
            for name, (before, after) in literals.items()
        }

    def names(self, text: str) -> set[str]:
        """The names of the literals `text` holds."""
        if self.char not in text:
            return set()
        found: set[str] = set()
        idle = 0
        for m in self.pattern.finditer(text):
            name = m.lastgroup or ""
            if name in found:
                idle += 1
                if idle > self._PATIENCE:
                    found.update(n for n, p in self.each.items() if n not in found and p.search(text))
                    break
            else:
                found.add(name)
                if len(found) == len(self.each):
                    break
                idle = 0
        return found


SHORT = 256
"""Texts up to this long are first checked by one pass of all a detector's expressions joined (see `any_of`)."""

_NAMED_GROUP = lazy.compile(r"\(\?P<[A-Za-z_]\w*>")


def word_set(*groups: str) -> frozenset[str]:
    """The words of space-separated word lists, as one set."""
    return frozenset(w for g in groups for w in g.split())


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One expression that matches wherever one of `patterns` does (their named groups unnamed): a text in which it
    finds nothing is a text in which none of them finds anything. For a module's own table, made at import: it is
    compiled on first use or by `lazy`'s background thread."""
    parts = []
    for p in patterns:
        if "(?P=" in p:
            raise ValueError(f"an expression with a back-reference cannot be joined: {p!r}")
        parts.append(f"(?:{_NAMED_GROUP.sub('(?:', p)})")
    return lazy.compile("|".join(parts))


_T = TypeVar("_T")
_MEMO_SIZE = 4096


def remembered(find: Callable[[str, str | None], list[_T]]) -> Callable[[str, str | None], list[_T]]:
    """`find(text, low)` that remembers its findings for short texts (up to `SHORT` characters, the last
    `_MEMO_SIZE` to `2 * _MEMO_SIZE` distinct ones, in two generations): the strings of definitions and arguments
    repeat (`type`, `string`, `description`, a schema shared by many tools), so most are scanned once, in a catalog
    of more distinct strings than one generation holds too (a string met again moves to the newer one). `low` must
    be `text` lower-cased, as everywhere."""
    memo: dict[str, tuple[_T, ...]] = {}
    before: dict[str, tuple[_T, ...]] = {}
    clean: set[str] = set()

    def remembering(text: str, low: str | None = None) -> list[_T]:
        nonlocal memo, before
        if len(text) > SHORT:
            return find(text, low)
        known = memo.get(text)
        if known is None:
            if len(memo) >= _MEMO_SIZE:
                before, memo = memo, {}
                clean.clear()
            known = before.get(text)
            if known is None:
                known = tuple(find(text, low))
            memo[text] = known
            if not known:
                clean.add(text)
        return list(known)

    functools.update_wrapper(remembering, find)  # (`__wrapped__`: the call path reads through its own memo)
    remembering.clean = clean  # type: ignore[attr-defined]
    return remembering


@functools.lru_cache(maxsize=4)
def _parsed(pattern: str) -> Any:
    """The parse tree of `pattern`, read (never changed) by `required_words` and `leading_words`: a rule asks both."""
    return _sre_parse.parse(pattern)


def required_words(pattern: str) -> tuple[str, ...]:
    """Words of which every match of `pattern` holds at least one, or () when none are known: the first literal
    that every match must pass through (a branch gives one word per alternative). `word in text` answers at
    memory speed, so a short text can skip an expression that would be tried at each of its positions."""
    return _stored_words(pattern, 1, _required_words)


def _required_words(pattern: str) -> tuple[str, ...]:
    """`required_words`, found anew."""
    plain = _plain_head(pattern)  # the word a match starts with is the first literal it passes through
    return _parsed_required_words(pattern) if plain is None else plain


def _parsed_required_words(pattern: str) -> tuple[str, ...]:
    """`required_words`, read from the whole pattern's parse tree."""

    def seq(items: Any) -> list[str] | None:
        items = list(items)
        i = 0
        while i < len(items):
            op, av = items[i]
            if op is _sre.LITERAL:
                word = []
                while i < len(items) and items[i][0] is _sre.LITERAL:
                    word.append(chr(items[i][1]))
                    i += 1
                return ["".join(word)]
            got = one(op, av)
            if got is not None:
                return got
            i += 1
        return None

    def one(op: Any, av: Any) -> list[str] | None:
        if op is _sre.SUBPATTERN:
            return seq(av[-1])
        if op is _sre.BRANCH:
            out: list[str] = []
            for branch in av[1]:
                got = seq(branch)
                if got is None:
                    return None
                out.extend(got)
            return out
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return seq(av[2])
        return None

    got = seq(_parsed(pattern))
    return tuple(sorted(set(got))) if got else ()


_ZERO_WIDTH = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})


def leading_words(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of `pattern` starts with (after checks that match no character, such as a
    look-behind or `\\b`), or () when not known: a match can start only where one of them occurs."""
    return _stored_words(pattern, 0, _leading_words)


def _leading_words(pattern: str) -> tuple[str, ...]:
    """`leading_words`, found anew."""
    plain = _plain_head(pattern)
    return _parsed_leading_words(pattern) if plain is None else plain


_WORDS_KIND = "pattern-words"
_WORDS: list[dict[str, list[Any]]] = []
"""Pattern -> [its `leading_words`, its `required_words`] (None where not asked yet), once loaded (see `_words`)."""
_WORDS_ADDED = [0]
"""How many were found by reading a pattern since the memo was loaded or kept."""
_WORDS_MOST = 20_000
"""Patterns remembered at most (the rules' own are a few hundred)."""
_WORDS_FROM: list[Any] = []
"""The store the memo was read from (None: none was configured); only that store is written (see `keep_words`)."""


def _words() -> dict[str, list[Any]]:
    """The words found for patterns by a start before this one (kept in the store of compiled detector data, named
    by this module's code and the interpreter's parser), so that a start after the first does not read the rules'
    patterns again (~0.13 s of CPU, most of it parsing them); empty without a store or a sound entry."""
    if _WORDS:
        return _WORDS[0]
    memo: dict[str, list[Any]] = {}
    inputs = _words_inputs()
    found = None if inputs is None else compiled_store.recall(_WORDS_KIND, inputs)
    if found is not None and len(found) == 1 and found[0] is not None:
        try:
            data = json.loads(found[0])
        except ValueError:
            data = None
        if type(data) is dict:
            memo = {k: v for k, v in data.items() if _sound_words(v)}
    if not _WORDS:
        _WORDS_FROM[:] = [compiled_store.store()]
        _WORDS.append(memo)
    return _WORDS[0]


def _sound_words(entry: Any) -> bool:
    """Whether a stored memo entry is three slots of words (lists of strings) or None."""
    if type(entry) is not list or len(entry) != 3:
        return False
    return all(slot is None or (type(slot) is list and all(type(w) is str for w in slot)) for slot in entry)


@functools.cache
def _words_inputs() -> tuple[Any, ...] | None:
    """What the stored words depend on: this module's code and `rule_words`' (how words are read), the regex parser."""
    try:
        code = [hashlib.sha256(Path(__file__).with_name(name).read_bytes()).hexdigest() for name in _WORDS_CODE]
    except OSError:
        return None
    return (2, *code, _sre.MAGIC)


_WORDS_CODE = ("scan.py", "rule_words.py")
"""The modules whose code reads the words the memo keeps."""


def _stored_words(pattern: str, slot: int, read: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """`read(pattern)` (slot 0: its leading words, 1: its required words, 2: its rarest, see `rule_words.rarest`),
    from the memo when found before."""
    memo = _words()
    entry = memo.get(pattern)
    if entry is None:
        if len(memo) >= _WORDS_MOST:
            return read(pattern)
        entry = memo[pattern] = [None, None, None]
    got = entry[slot]
    if got is not None:
        return tuple(got)
    words = read(pattern)
    entry[slot] = list(words)
    _WORDS_ADDED[0] += 1
    return words


def keep_words() -> None:
    """Keep the words found for patterns in the store they were read from (see `_words`), when some were found by
    reading them, and the tables built since the memo of tables was read (see `_tables`) (a store configured after a
    memo was read is never written)."""
    _keep_tables()
    inputs = _words_inputs()
    store = compiled_store.store()
    if (
        not _WORDS_ADDED[0]
        or not _WORDS
        or inputs is None
        or store is None
        or not _WORDS_FROM
        or _WORDS_FROM[0] is not store
    ):
        return
    _WORDS_ADDED[0] = 0
    compiled_store.keep(_WORDS_KIND, inputs, [json.dumps(_WORDS[0], separators=(",", ":"))])


_TABLES_KIND = "scan-tables"
_TABLES: list[dict[str, Any]] = []
"""A digest of a table's kind and words -> the table (see `stored_table`), once loaded (see `_tables`)."""
_TABLES_ADDED = [0]
"""How many tables were built since the memo was loaded or kept."""
_TABLES_MOST = 512
"""Tables remembered at most (the detectors' own are a few dozen)."""
_TABLES_FROM: list[Any] = []
"""The store the memo was read from (None: none was configured); only that store is written."""
_TABLES_LOCK = threading.Lock()
_WORDS_TABLE = "words"
"""A module's `Words` (see `Words._made`)."""
_TRIE = "trie"
"""A `trie` expression."""


def _tables() -> dict[str, Any]:
    """The tables a start before this one built (kept in the store of compiled detector data, named by this module's
    code and the interpreter's parser): importing the detectors then builds none of them again (~0.3 s of CPU);
    empty without a store or a sound entry (each table is then built as before)."""
    if _TABLES:
        return _TABLES[0]
    with _TABLES_LOCK:
        if _TABLES:
            return _TABLES[0]
        memo: dict[str, Any] = {}
        inputs = _words_inputs()
        found = None if inputs is None else compiled_store.recall(_TABLES_KIND, inputs)
        if found is not None and len(found) == 1 and found[0] is not None:
            try:
                data = json.loads(found[0])
            except ValueError:
                data = None
            if type(data) is dict:
                memo = data
        _TABLES_FROM[:] = [compiled_store.store()]
        _TABLES.append(memo)
    return _TABLES[0]


def stored_table(
    kind: str,
    words: tuple[str, ...],
    make: Callable[[], Any],
    sound: Callable[[Any], bool],
    decided_by: str | None = None,
) -> Any:
    """`make()`, the table of `kind` for `words`: plain data that only they, this module's code and the code of the
    module `decided_by` (a path: its own `__file__`) decide; from the memo when a sound one is there (see
    `_tables`), else built and remembered (not when that module cannot be read)."""
    memo = _tables()
    code = "" if decided_by is None else _source_digest(decided_by)
    if code is None:
        return make()
    name = hashlib.sha256(json.dumps([kind, code, words]).encode()).hexdigest()
    got = memo.get(name)
    if got is not None and sound(got):
        return got
    made = make()
    if len(memo) < _TABLES_MOST:
        memo[name] = made
        _TABLES_ADDED[0] += 1
    return made


@functools.cache
def _source_digest(path: str) -> str | None:
    """A digest of a module's source (None when it cannot be read)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _keep_tables() -> None:
    """Keep the memo of tables in the store it was read from, when tables were built since (see `_tables`)."""
    inputs = _words_inputs()
    store = compiled_store.store()
    if not _TABLES_ADDED[0] or not _TABLES or inputs is None or store is None or _TABLES_FROM[:1] != [store]:
        return
    _TABLES_ADDED[0] = 0
    compiled_store.keep(_TABLES_KIND, inputs, [json.dumps(dict(_TABLES[0]), separators=(",", ":"))])


_EXTEND_BELOW = 4
"""A leading word shorter than this that the pattern goes on from with a choice of words is read with each of them."""
_EXTENDED_MOST = 16
"""At most this many words are made so (more: the short word stays)."""


def _parsed_leading_words(pattern: str) -> tuple[str, ...]:
    """`leading_words`, read from the whole pattern's parse tree."""

    def seq(items: Any) -> list[str] | None:
        items = list(items)
        i = 0
        while i < len(items) and items[i][0] in _ZERO_WIDTH:
            i += 1
        if i == len(items):
            return None
        op, av = items[i]
        if op is _sre.LITERAL:
            word = []
            while i < len(items) and items[i][0] is _sre.LITERAL:
                word.append(chr(items[i][1]))
                i += 1
            head = "".join(word)
            # the parser writes branches that share their first letters as those letters and a choice of the rests
            # ("utilizador|usuario": "u" and "tilizador|suario"): a word as short as "u" occurs everywhere
            further = i < len(items) and len(head) < _EXTEND_BELOW and items[i][0] not in _ZERO_WIDTH
            rest = seq(items[i:]) if further else None
            if rest and len(rest) <= _EXTENDED_MOST and all(w.isascii() for w in rest):
                return [head + w for w in rest]
            return [head]
        if op is _sre.SUBPATTERN:
            return None if av[1] & re.IGNORECASE else seq(av[-1])
        if op is _sre.BRANCH:
            out: list[str] = []
            for branch in av[1]:
                got = seq(branch)
                if not got:
                    return None
                out.extend(got)
            return out
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return seq(av[2])
        return None

    parsed = _parsed(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ()
    got = seq(parsed)
    return tuple(sorted(set(got))) if got else ()


_PLAIN_HEAD = lazy.compile(r"(\(\?P<\w+>)?([a-z][a-z ]*)(?=\\[bBsSwWdDAZ]|\((?!\?#)|\.|\Z)")
"""A pattern that opens with a plain word (inside a named group or not), which a check, a group, an escaped class
or any character ends: what the regex parser reads as that word's letters and then something that is not one."""


def _plain_head(pattern: str) -> tuple[str, ...] | None:
    """`leading_words` of a pattern that opens with a plain word and has no other branch at that word's level (the
    word itself: parsing a long rule costs ~1 ms), read without parsing the pattern; None for any other pattern."""
    m = _PLAIN_HEAD.match(pattern)
    if m is None or _bar_at_top(pattern):
        return None
    if len(m.group(2)) < _EXTEND_BELOW and pattern.startswith("(", m.end(2)):
        return None  # (a short word the parser may read on with the words of the group after it)
    if m.group(1):
        end = _group_end(pattern)
        if end is None or _bar_at_top(pattern[m.end(1) : end]):
            return None
    return (m.group(2),)


def pattern_marks(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` of `pattern` outside escapes and classes: (its index, itself, the depth after it)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)  # "[]a]", "[^]a]": a leading "]" is one of the class's characters
        elif c in "()|":
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _bar_at_top(pattern: str) -> bool:
    """Whether `pattern` has a `|` outside every group and class (a choice of branches at its top level)."""
    return any(c == "|" and depth == 0 for _, c, depth in pattern_marks(pattern))


def _group_end(pattern: str) -> int | None:
    """Where the group `pattern` opens with closes (the index of its `)`), or None when it does not."""
    return next((i for i, c, depth in pattern_marks(pattern) if c == ")" and depth == 0), None)


_COMMON = " etsnairol\ncdfpumh_.gb)(,-=y\":'wvkx#/10*>2[]jz+<{};3q"
_PERCENT = (
    "24.8 7.6 5.4 4.4 4.3 4.2 4.2 4.0 4.0 2.9 2.8 2.3 2.3 2.0 1.8 1.8 1.6 1.6 1.4 1.3 1.2 1.0 0.95 0.95 0.94 0.88 0.8 "
    "0.77 0.75 0.73 0.65 0.61 0.58 0.48 0.44 0.4 0.34 0.26 0.24 0.2 0.19 0.17 0.15 0.15 0.15 0.1 0.1 0.1 0.1 0.1 0.09 "
    "0.09 0.08"
)
FREQUENCY: dict[str, float] = dict(zip(_COMMON, map(float, _PERCENT.split()), strict=True))
"""How often characters occur in source code and prose, in percent (measured on the Python standard library and
Markdown files, lower-cased); a character not listed is rarer than all of them."""


def _sound_words_table(table: Any, words: tuple[str, ...]) -> bool:
    """Whether a remembered `Words` table has the shape `Words._made` gives for `words` (see `stored_table`)."""
    if type(table) is not list or len(table) != 4:
        return False
    leads, passes, plain, alike = table
    n = len(words)
    if type(leads) is not list or type(alike) is not list or len(leads) != n or len(alike) != n:
        return False
    if type(passes) is not list or type(plain) is not list or len(passes) != len(plain):
        return False
    if not all(type(k) is int and 0 <= k < len(w) for k, w in zip(leads, words, strict=True)):
        return False
    return (
        all(
            type(p) is list and len(p) == 3 and type(p[0]) is str and type(p[1]) is str and _places(p[2], n)
            for p in passes
        )
        and all(type(p) is list and len(p) == 2 and type(p[0]) is str and type(p[1]) is str for p in plain)
        and all(_places(a, n) for a in alike)
    )


def _places(members: Any, n: int) -> bool:
    """Whether `members` is a list of places of `n` words."""
    return type(members) is list and all(type(i) is int and 0 <= i < n for i in members)


class Words:
    """Where each of many words starts in a text, found in a few passes of the regex engine instead of one each.

    The regex engine finds a single character fast (a tight loop over the text) but a choice of several characters
    slowly (a set lookup at every position), so the words are grouped by a character they hold, few and rare
    characters chosen to cover them all (see `FREQUENCY`), and each group gets one pass that stops at its character
    and checks there, by a look-behind and a look-ahead, which of its words hold it. Positions are exact: every
    occurrence of every word is reported, overlapping ones too."""

    __slots__ = ("_counting", "_joined", "_plain", "_stored", "alike", "lead", "passes", "words")

    _BASE = 1.0
    """What a pass costs beyond its stops, as the percentage of a text's characters that costs as many stops."""

    def __init__(self, words: Iterable[str], deferred: bool = False, stored: bool = False) -> None:
        """`deferred`: compile the passes on first use or on `lazy`'s background thread (for a module's own words,
        made once at import; never for words made while checking, which `lazy` would keep for good). `stored`: a
        module's own words made at a first check: the table remembered and the passes built now from their stored
        code (see `lazy.built`)."""
        self.words = tuple(sorted(set(words), key=lambda w: (-len(w), w)))
        if not self.words or not all(self.words):
            raise ValueError("Words needs non-empty words")
        words_of = self.words
        if deferred or stored:  # (a module's own words: the same on every start, so remembered; see `_tables`)
            made = stored_table(
                _WORDS_TABLE, words_of, lambda: Words._made(words_of), lambda t: _sound_words_table(t, words_of)
            )
        else:
            made = Words._made(words_of)
        lead, passes, plain, alike = made
        compile_pass = lazy.compile if deferred else lazy.built if stored else re.compile
        self.lead = tuple(lead)
        self.passes: list[tuple[re.Pattern[str], bool, tuple[str, ...]]] = [
            (compile_pass(source), c.isascii(), tuple(self.words[i] for i in members)) for c, source, members in passes
        ]
        self._plain = tuple((c, after) for c, after in plain)
        self._joined: re.Pattern[str] | None = lazy.compile(self._joined_source()) if deferred and plain else None
        """The passes joined (see `_find_joined`): for a module's own words made with the passes, so that it is built
        from the stored code as they are; else at first use (from its stored code too when `stored`)."""
        self._stored = stored
        self._counting: tuple[dict[str, int], dict[str, int]] | None = None
        """Each word's pass (by its place in `passes`) and lead character's place (see `counted`)."""
        # The words that can also start where a word does, their lead characters at the same place: a pass names
        # only the first that fits there, so these are checked one by one after it.
        self.alike: tuple[tuple[int, ...], ...] = tuple(tuple(a) for a in alike)

    @staticmethod
    def _made(words: tuple[str, ...]) -> list[Any]:
        """What `Words` builds for its (sorted) `words`, as plain data (see `stored_table`): each word's lead
        character's place, each pass's character, expression and words (by place), the joined pass's branches, the
        words alike."""
        # A pass costs about a fixed amount plus a little for each stop, more the more words it checks there:
        # characters are chosen greedily by how many words they cover per cost. A word is not led by its last
        # character, so that a stop can check the next one first.
        # Which words each character can lead, kept for the words still left, so a round costs one look per character.
        holders: dict[str, set[int]] = {}
        for i, w in enumerate(words):
            for c in set(Words._leads(w)):
                holders.setdefault(c, set()).add(i)
        lead: dict[int, int] = {}
        while holders:

            def worth(c: str) -> float:
                n = len(holders[c])
                return n / (Words._BASE + Words._rarity(c) * (1 + n / 8))

            best = max(sorted(holders), key=worth)
            for i in sorted(holders[best]):
                lead[i] = Words._leads(words[i]).index(best)
                for c in set(Words._leads(words[i])):
                    if c != best:
                        holders[c].discard(i)
                        if not holders[c]:
                            del holders[c]
            del holders[best]
        leads = [lead[i] for i in range(len(words))]
        groups: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            groups.setdefault(w[leads[i]], []).append(i)
        passes: list[list[Any]] = []
        plain: list[list[str]] = []
        for c, members in sorted(groups.items()):
            # At a stop, one look-ahead reads the words' remaining characters as a tree (each character checked
            # once, however many words go on with it), then a look-behind for the whole word.
            ends = []
            for i in members:
                w, k = words[i], leads[i]
                behind = f"(?<={re.escape(w)})" if k else ""
                ends.append((w[k + 1 :], f"{behind}(?P<w{i}>)"))
            passes.append([c, f"{re.escape(c)}(?={_tree(ends)})", members])
            # the same look-ahead without a group per word, for the joined pass (see `_find_joined`)
            bare = [(rest, after.rpartition("(?P<")[0]) for rest, after in ends]
            plain.append([re.escape(c), f"(?={_tree(bare)})"])
        alike = Words._alike(words, leads, groups.values())
        return [leads, passes, plain, [list(a) for a in alike]]

    @staticmethod
    def _rarity(c: str) -> float:
        return FREQUENCY.get(c, 0.01)

    @staticmethod
    def _leads(word: str) -> str:
        """The characters that can lead a word: all but its last (a word of one character leads with it)."""
        return word[:-1] or word

    def _stop(self, text: str, m: re.Match[str], most: int, found: dict[str, list[int]], unknown: set[str]) -> None:
        """Record the words found at a pass's stop: the one its expression named and those alike that fit there."""
        words, lead = self.words, self.lead
        i = int(m.lastgroup[1:])  # type: ignore[index]
        for j in (i, *self.alike[i]):
            at = m.start() - lead[j]
            if j == i or (at >= 0 and text.startswith(words[j], at)):
                hits = found.get(words[j])
                if hits is None:
                    found[words[j]] = [at]
                elif len(hits) < most:
                    hits.append(at)
                else:
                    unknown.add(words[j])

    def _joined_source(self) -> str:
        """The source of the joined pass: a branch per pass, its character then its group (see `_find_joined`)."""
        return "|".join(f"{c}(?P<p{n}>){a}" for n, (c, a) in enumerate(self._plain))

    def _find_joined(self, text: str, most: int, found: dict[str, list[int]], unknown: set[str]) -> None:
        """`find`'s passes as one pass of all their expressions joined (cheaper for a short text: the regex engine
        skips the characters that lead no word by itself). Their lead characters differ, so the joined pass
        stops exactly where the passes would, each stop counted against its own pass's allowance; there its own
        pass names the word (the joined expression has a group per pass, not per word, so its matches stay small)."""
        pattern = self._joined
        if pattern is None:  # one group per pass, not per word: a match costs a slot for every group of its pattern
            # (each branch opens with its character, the group after it, so the engine still skips to those)
            pattern = self._joined = (lazy.built if self._stored else re.compile)(self._joined_source())
        passes = self.passes
        left = [8 * most + 64] * len(passes)
        for m in pattern.finditer(text):
            n = int(m.lastgroup[1:])  # type: ignore[index]
            if left[n] < 0:
                continue  # this pass gave up on the text
            left[n] -= 1
            if left[n] < 0:
                unknown.update(passes[n][2])
                continue
            self._stop(text, passes[n][0].match(text, m.start()), most, found, unknown)  # (its word by its own pass)

    @staticmethod
    def _alike(words: tuple[str, ...], leads: list[int], groups: Iterable[list[int]]) -> tuple[tuple[int, ...], ...]:
        """For each word, the others of its group that agree with it where both stand when their lead characters
        meet: what each reads back from its lead character is a prefix of what the other does, and so is what each
        reads on from it. Found from each side's prefixes (not by comparing every pair of a group)."""
        alike: list[tuple[int, ...]] = [()] * len(words)
        for members in groups:
            if len(members) < 2:
                continue
            fits: dict[int, set[int]] = {}
            for back in (True, False):  # what each reads back from its lead character (nearest first), then on from it
                read = {i: words[i][: leads[i]][::-1] if back else words[i][leads[i] + 1 :] for i in members}
                exact: dict[str, list[int]] = {}
                under: dict[str, set[int]] = {}  # a prefix -> the members whose side starts with it
                for i, side in read.items():
                    exact.setdefault(side, []).append(i)
                    for k in range(len(side) + 1):
                        under.setdefault(side[:k], set()).add(i)
                for i, side in read.items():
                    ok = set(under[side])  # those that read on past it
                    for k in range(len(side)):
                        ok.update(exact.get(side[:k], ()))  # those that stop short of it
                    fits[i] = ok if i not in fits else fits[i] & ok
            for i in members:
                fits[i].discard(i)
                alike[i] = tuple(sorted(fits[i]))
        return tuple(alike)

    def find(self, text: str, most: int) -> tuple[dict[str, list[int]], set[str]]:
        """Each word that occurs in `text` at most `most` times, with the positions where it starts, in order; and
        the words that occur more often (their positions are not kept: scan for them the usual way). A pass that
        stops more than eight times as often leaves all its words unknown."""
        found: dict[str, list[int]] = {}
        unknown: set[str] = set()
        if len(text) <= _JOINED_MOST:
            self._find_joined(text, most, found, unknown)
        else:
            ascii_only = text.isascii()
            for pattern, plain, members in self.passes:
                if ascii_only and not plain:
                    continue
                left = 8 * most + 64
                for m in pattern.finditer(text):
                    left -= 1
                    if left < 0:
                        unknown.update(members)
                        break
                    self._stop(text, m, most, found, unknown)
        for word in unknown:
            found.pop(word, None)
        for hits in found.values():
            hits.sort()
        return found, unknown

    def found_by(self, text: str, most: int, heads: Heads | None) -> tuple[dict[str, list[int]], set[str]]:
        """`find`'s answer, from one Hyperscan pass of `heads` (built for these words, see `Heads.placed`) over a text
        outside ASCII longer than `_JOINED_MOST` when it is ready (the passes read such a text a character at a
        time), else by the passes."""
        places = heads.placed(text) if heads is not None and len(text) > _JOINED_MOST and not text.isascii() else None
        return self.find(text, most) if places is None else self.counted(places, most)

    def counted(self, places: dict[str, list[int]], most: int) -> tuple[dict[str, list[int]], set[str]]:
        """What `find` answers for a text longer than `_JOINED_MOST` that is not ASCII, given its words' places in it
        (`places`, in order, as `Heads` finds them; words that do not occur may be left out): a pass's stops are where
        its character stands in one of its words found, and only the passes of words found are counted."""
        counting = self._counting
        if counting is None:
            pass_of = {w: n for n, (_, _, members) in enumerate(self.passes) for w in members}
            counting = self._counting = (pass_of, dict(zip(self.words, self.lead, strict=True)))
        pass_of, lead = counting
        keep = max(most, 1)
        found: dict[str, list[int]] = {}
        unknown: set[str] = set()
        for n in sorted({pass_of[w] for w in places if w in pass_of}):
            members = self.passes[n][2]
            stops = {at + lead[w] for w in members for at in places.get(w, ())}
            if len(stops) > 8 * most + 64:
                unknown.update(members)
                continue
            for w in members:
                at = places.get(w)
                if not at:
                    continue
                if len(at) > keep:
                    unknown.add(w)
                else:
                    found[w] = at
        return found, unknown


_JOINED_MOST = 512
"""Texts up to this long are read by one pass of all the words' expressions joined (see `Words._find_joined`)."""


def _tree(ends: list[tuple[str, str]]) -> str:
    """One expression for several (characters, what follows them) pairs, sharing their common first characters: a
    stop where many words may go on checks each next character once (where a choice of whole words would try
    every word in turn). Any one word that fits names the stop (see `Words.alike`)."""
    done = [after for rest, after in ends if not rest]
    deeper: dict[str, list[tuple[str, str]]] = {}
    for rest, after in ends:
        if rest:
            deeper.setdefault(rest[0], []).append((rest[1:], after))
    alts = [re.escape(c) + _tree(more) for c, more in sorted(deeper.items())] + done
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def matches_at(
    pattern: re.Pattern[AnyStr], text: AnyStr, starts: Iterable[int], back: int = 0
) -> Iterator[re.Match[AnyStr]]:
    """The matches `written_matches(pattern, text, back)` finds, for an expression whose written form can match
    only where it starts with one of some words, given where those words start (in order): tried only there. With
    `back` 0: the matches of `pattern.finditer(text)`, given every place where `pattern` matches (and maybe more)."""
    pos = 0
    match = pattern.match
    for at in starts:
        if at < pos:
            continue
        m = match(text, at + back)
        if m is not None:
            yield m
            pos = m.end()


_SPARSE = 1024
"""`char_led` finds a character with `str.find` while it occurs at most about once per this many characters (each
find and try then costs less than the regex engine's own search over so many)."""


def char_led(pattern: re.Pattern[str], text: str, char: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for an expression every match of which starts with the character `char`: tried only
    where `str.find` finds it (at memory speed); once it has been found more often than once per `_SPARSE`
    characters, the regex engine's own search goes on from where this one is (no match starts before it)."""
    match = pattern.match
    find = text.find
    tries = 0
    at = find(char)
    while at >= 0:
        tries += 1
        if tries > 16 + at // _SPARSE:
            yield from pattern.finditer(text, at)
            return
        m = match(text, at)
        if m is None:
            at = find(char, at + 1)
        else:
            yield m
            at = find(char, m.end())  # past `char`: never empty


class _Compiled:
    """A Hyperscan database built in the background on the first text that asks (never in the way of a check);
    until it is ready, or without the `hyperscan` package, `_accelerated` answers None and the caller searches the
    usual way."""

    _THREAD = "hyperscan-compile"

    def __init__(self) -> None:
        self._db: Any = None
        self._building = False
        self._local = threading.local()

    def _compile(self, hyperscan: Any) -> Any:
        """The compiled database (raises when it cannot be built)."""
        raise NotImplementedError

    def _accelerated(self) -> Any:
        """The Hyperscan database when it is ready; else None, and it is built in the background (once)."""
        db = self._db
        if not ACCELERATE or db is False:
            return None
        if db is not None or self._building:
            return db
        self._building = True
        threading.Thread(target=self._build, name=self._THREAD, daemon=True).start()
        return None

    def _build(self) -> None:
        try:
            import hyperscan  # type: ignore[import-not-found,unused-ignore]

            self._db = self._compile(hyperscan)
        except Exception:  # without the package, or refused: the usual search stays in charge
            self._db = False
        finally:
            self._building = False

    def prepare(self) -> bool:
        """Build the Hyperscan database now (tests, warm-up); whether it is in use."""
        if ACCELERATE and self._db is None:
            self._build()
        return ACCELERATE and self._db is not None and self._db is not False


_NO_PLACES: list[int] = []
"""The places of a word `Heads` did not find (one list shared by every answer: read, never added to)."""


class Heads(_Compiled):
    """Where each of some words starts in a text, overlapping places too, for text outside ASCII, where `str.find`
    reads every character slowly (some 7 ms a MB and a word): with Hyperscan, one pass over the text's UTF-8 bytes
    for all the words (compiled in the background on the first text that asks, like `Index`); else, and until
    then, one search per place where a word starts (the words joined as a tree of their letters, see `trie`)."""

    def __init__(self, words: Iterable[str], stored: bool = False) -> None:
        """`stored`: a module's own words (the same on every start): the searches are built from their stored code
        (see `lazy.built`)."""
        self.words = tuple(dict.fromkeys(words))
        self._stored = stored
        self._search: tuple[Callable[..., re.Match[str] | None], ...] | None = None
        self._by_first: dict[str, tuple[str, ...]] = {}
        self._none: dict[str, list[int]] = dict.fromkeys(self.words, _NO_PLACES)
        """Every word without a place: copied per text (one copy of the table, not a new list per word)."""
        super().__init__()

    def find(self, text: str) -> dict[str, list[int]]:
        """Every word's places in `text`, in order (a word that does not occur has an empty list)."""
        db = self._accelerated()
        found = self._scan(text, db) if db is not None else None  # (no `most`: never None)
        return found if found is not None else self._searched(text)

    def scanned(self, text: str, most: int) -> dict[str, list[int]] | None:
        """`find`'s answer by the Hyperscan pass; None until it is built, without Hyperscan, or when the words stand
        at more than `most` places in all."""
        db = self._accelerated()
        return None if db is None else self._scan(text, db, most)

    def found(self, text: str) -> dict[str, list[int]]:
        """`find`'s answer for the words that occur only (each with its places, in order)."""
        db = self._accelerated()
        if db is not None:
            return self._scan(text, db, sparse=True)  # type: ignore[return-value]  # (no `most`: never None)
        return {w: at for w, at in self._searched(text).items() if at}

    def placed(self, text: str) -> dict[str, list[int]] | None:
        """`found`'s answer from the Hyperscan pass (the words that occur, each with its places, in order); None until
        the database is built or without Hyperscan."""
        db = self._accelerated()
        return None if db is None else self._scan(text, db, sparse=True)

    def present(self, text: str) -> set[str] | None:
        """The words that occur in `text`, from one Hyperscan pass over its UTF-8 bytes (a word's bytes start with a
        lead byte, so a word found there is the word in the text); None until the database is built or without
        Hyperscan."""
        db = self._accelerated()
        if db is None:
            return None
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(db)
        ids: set[int] = set()
        add = ids.add

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> None:
            add(i)

        db.scan(text.encode("utf-8", "surrogatepass"), on_match, 0, None, scratch)  # (positional: half the cost)
        words = self.words
        return {words[i] for i in ids}

    def _searched(self, text: str) -> dict[str, list[int]]:
        """`find` without Hyperscan: one search for the words led by an ASCII character, one for the others (a tree
        of both kinds searches a mostly ASCII text some three times slower than the two)."""
        searches = self._search
        if searches is None:  # built whole before it is kept: a second thread building it too adds nothing twice
            by_first: dict[str, tuple[str, ...]] = {}
            for w in self.words:
                by_first[w[0]] = (*by_first.get(w[0], ()), w)
            self._by_first = by_first
            kinds = ([w for w in self.words if w[0].isascii()], [w for w in self.words if not w[0].isascii()])
            build = lazy.built if self._stored else re.compile
            searches = self._search = tuple(build(trie(words, self._stored)).search for words in kinds if words)
        out: dict[str, list[int]] = {w: [] for w in self.words}
        by_first = self._by_first
        startswith = text.startswith
        for search in searches:
            m = search(text)
            while m is not None:
                at = m.start()
                for w in by_first[text[at]]:
                    if startswith(w, at):
                        out[w].append(at)
                m = search(text, at + 1)
        return out

    def _scan(self, text: str, db: Any, most: int = -1, sparse: bool = False) -> dict[str, list[int]] | None:
        """`_searched`'s answer from one Hyperscan pass over the UTF-8 bytes: a word's bytes start with a lead byte,
        so each place found starts a character, counted by decoding the bytes between one place and the next (None
        when there are more than `most` places, if given); with `sparse`, the words found only."""
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(db)
        data = text.encode("utf-8", "surrogatepass")
        sizes = self._sizes
        hits: list[tuple[int, int]] = []
        add = hits.append

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> bool:
            add((end - sizes[i], i))
            return len(hits) > most >= 0  # True stops the scan

        try:
            db.scan(data, match_event_handler=on_match, scratch=scratch)
        except hyperscan.ScanTerminated:
            return None
        hits.sort()
        out = {} if sparse else self._none.copy()  # (hundreds of words, a few found: new lists for those only)
        words = self.words
        byte = char = 0
        for at, i in hits:
            char += len(data[byte:at].decode("utf-8", "surrogatepass"))
            byte = at
            got = out.get(words[i], _NO_PLACES)
            if got is _NO_PLACES:
                out[words[i]] = [char]
            else:
                got.append(char)
        return out

    _THREAD = "heads-compile"

    def _compile(self, hyperscan: Any) -> Any:
        encoded = [w.encode("utf-8", "surrogatepass") for w in self.words]
        db = compiled_store.compiled(
            hyperscan,
            expressions=["".join(f"\\x{b:02x}" for b in raw).encode() for raw in encoded],
            ids=list(range(len(encoded))),
            flags=[0] * len(encoded),
        )
        self._sizes = tuple(map(len, encoded))
        return db


def occurrences(text: str, word: str) -> list[int]:
    """Where `word` starts in `text`, in order, overlapping places too (`str.find` runs at memory speed; a word outside
    ASCII is not looked for in a long text that lacks one of its characters, see `lacks`)."""
    known = _indexed_places(text, word)
    if known is not None:
        return known
    if len(text) >= _FEW_CHARS and not word.isascii() and lacks(text, word):
        return []
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _indexed_places(text: str, word: str) -> list[int] | None:
    """`occurrences`' answer from the shared index when `text` is the text it read last (for its current words) and
    `word` one of them: its places as the index found them (every one, in order), none when the index found it
    nowhere; else None (found by a scan)."""
    last = INDEX._last
    if last is None or last[0] is not text or last[4] != INDEX._version:
        return None
    at = last[1].get(word)
    if at is not None:
        return list(at)
    if word in last[2]:
        far = last[3].get(_FAR)
        kept = far.get(word) if far else None
        return list(kept) if kept is not None else None
    return [] if word in INDEX._words else None


_FEW_CHARS = 8192
"""From this length on, `occurrences` first asks whether a text holds a word's characters outside ASCII."""
_OUTSIDE: tuple[str | None, frozenset[str]] = (None, frozenset())
"""The last text `lacks` read and the characters outside ASCII it holds."""
_WORD_OUTSIDE: dict[str, frozenset[str]] = {}
"""Each word `lacks` was asked about and its characters outside ASCII."""


def lacks(text: str, word: str) -> bool:
    """Whether `text` lacks one of the characters outside ASCII that `word` holds (so cannot hold the word): a long
    text that is not ASCII is searched once for the characters it holds outside ASCII (chunks that are ASCII are
    passed over, see `normalize.outside_ascii`), where each word's search reads the whole text (a few ms a MB, in a
    text whose characters take two or four bytes each)."""
    if text.isascii():
        return not word.isascii()
    chars = _WORD_OUTSIDE.get(word)
    if chars is None:
        if len(_WORD_OUTSIDE) > 4096:
            _WORD_OUTSIDE.clear()
        chars = _WORD_OUTSIDE[word] = frozenset(c for c in word if ord(c) > 0x7F)
    global _OUTSIDE
    last = _OUTSIDE  # (read and replaced whole: another thread's text never pairs with this one's characters)
    if last[0] is not text:
        last = _OUTSIDE = (text, outside_chars(text))
    return not chars <= last[1]


def outside_chars(text: str) -> frozenset[str]:
    """The characters outside ASCII that `text` holds (runs of ASCII passed over, see `normalize.outside_ascii`)."""
    held: set[str] = set()
    for start, end in outside_ascii(text):
        held.update(text[start:end])
    return frozenset(held)


def first_led(pattern: str) -> str:
    """`pattern` with a look-ahead on the characters its matches can start with put in front: the same matches, but
    a place where none of them stands is left at once, where a look-behind and a long alternation led by groups
    (which the engine cannot skip ahead to) were tried at every one. `pattern` itself when those characters are not
    known (an expression that may match the empty string, or starts with a class of escapes) or case is ignored."""
    try:
        parsed = _sre_parse.parse(pattern)
        chars, empty = _first_chars(list(parsed))
    except (ValueError, re.error):
        return pattern
    if empty or not chars or parsed.state.flags & re.IGNORECASE or parsed[0][0] in (_sre.LITERAL, _sre.IN):
        return pattern  # (one led by a literal or a class is skipped ahead to by the engine already)
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + pattern + ")"


def _first_chars(items: list[Any]) -> tuple[set[str], bool]:
    """The characters a match of parsed `items` can start with, and whether it can be empty (checks that match no
    character are passed over: only a larger set is found); ValueError where that is not known."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return out | {chr(av)}, False
        if op is _sre.IN:
            if not all(o in (_sre.LITERAL, _sre.RANGE) for o, _ in av):
                raise ValueError("a class of escapes")
            return out | {chr(c) for o, a in av for c in ((a,) if o is _sre.LITERAL else range(a[0], a[1] + 1))}, False
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue
        if op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise ValueError("flags of its own")  # ("(?i:...)": its letters in either case)
            chars, empty = _first_chars(list(av[-1]))
        elif op is _sre.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                more, none = _first_chars(list(branch))
                chars |= more
                empty = empty or none
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            chars, empty = _first_chars(list(av[2]))
            empty = empty or av[0] == 0
        else:
            raise ValueError("no fixed first characters")
        out |= chars
        if not empty:
            return out, False
    return out, True


def trie(words: Iterable[str], stored: bool = False) -> str:
    """One expression for all `words` (none empty), their common beginnings shared (a branch fails on its first
    character); it matches where one of them starts. One a module makes as it loads, or of a module's own words
    (`stored`), is remembered by the store of compiled detector data (see `_tables`); one made while checking (of
    words that depend on the texts read so far) is not."""
    each = tuple(sorted(set(words)))
    if not stored and sys._getframe(1).f_code.co_name != "<module>":
        return _trie(each)
    return stored_table(_TRIE, each, lambda: _trie(each), lambda t: type(t) is str)  # type: ignore[no-any-return]


def _trie(words: Iterable[str]) -> str:
    """`trie`, built."""
    root: dict[str, dict[str, Any]] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def spaced(places: list[int], size: int) -> list[int]:
    """Of `places` (in order), those a search that goes on `size` characters after each find keeps (`str.find`
    from past the last word found: occurrences that do not overlap)."""
    out = []
    after = 0
    for at in places:
        if at >= after:
            out.append(at)
            after = at + size
    return out


LONG = 2048
"""Texts at least this long ask the shared index (see `Index`) which words they hold: for a shorter one, the few
passes it takes cost more than the scans they save."""

PER_START = 1500
"""Where a word occurs more often than once per this many characters, its positions are not kept (see `Index`): a
rule tried one place at a time from Python costs about what a pass of the regex engine over that many characters
does, so one pass of its own is cheaper."""


FAR = 4096
FAR_EVERY = 64
"""A word found too often to place (see `PER_START`) has its places kept up to `FAR` of them or one per this many
characters, if more, where the pass that reads a long text records them anyway (see `Index.far`): a detector that
looks for it one place at a time all the same (`intent._wild`) does not find them again with `str.find` (a MB in
some 7 ms outside ASCII; ~1 ms for `password` 5,500 times in 2 MB of code)."""
_FAR = "index-far"
_REPORTS = "index-reports"
"""What `Index` keeps of a long text's pass: each word's every place (see `_Fast.moved`)."""

Reports = tuple[dict[int, list[int]], dict[int, list[int]]]
"""A long text's pass, by word id: every place of each word placed, and the places reported of the words reported
once (one per piece at most)."""


WAIT_FROM = 256 * 1024
"""A text at least this long, in a value read in a thread that may wait (see `LARGE`), waits for the Hyperscan
database being built for its words (or builds it) instead of being read without it: the index's database costs ~0.1 s
of CPU to compile (well under a millisecond from the store), the shared screen's (see `screen.Screen`) ~0.8 s, and a
MB read without them ~0.6 s and ~0.3 s. Other texts are read without them while they are built in the background."""

LARGE = threading.local()
"""`LARGE.reading` is true in a thread while it reads a large value (`local.SERIAL_CHARS`): the gateway reads those in
worker threads, so waiting there for a database (see `WAIT_FROM`) never holds up its event loop."""


def may_wait(low: str) -> bool:
    """Whether a check reading `low` waits for a database being built rather than read `low` without it."""
    return len(low) >= WAIT_FROM and ACCELERATE and getattr(LARGE, "reading", False)


_HYPERSCAN = importlib.util.find_spec("hyperscan") is not None
"""Whether the `hyperscan` package is installed (else the regex passes are built in its stead: seconds of parsing,
not waited for)."""

ACCELERATE = True
"""Whether `Index` may use Hyperscan (Vectorscan), when the `hyperscan` package is installed (the `fast` extra):
it finds all the words in one pass at memory speed. Findings are the same either way."""


_Reading = tuple[str, dict[str, list[int]], set[str], dict[str, Any], int]
"""A text the index read: the text, the words found, those too frequent to place, what detectors keep about it,
and the version of the words it was read for."""


class Index:
    """The words that several detectors look for in the same lower-cased text, found together for all of them (see
    `Words`): each detector adds its words once, and the passes over a text are shared. The last two texts' answers
    are kept, so the detectors checking one text in turn pay for the passes once.

    With the `hyperscan` package installed, an ASCII text is read by one Hyperscan pass, once its database is ready;
    without it (or when it refuses the words), by the regex passes (see `Words`). Either is built on a thread on the
    first text that asks for words it lacks (the passes for a few thousand words cost seconds of regex parsing),
    never in the way of a check: until it is ready, the reader built for fewer words answers for those, and the
    words added since are found by `placed_now`."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._placed: set[str] = set()
        self._version = 0
        """Counts the changes to the words: a database built for the current version is current (cheaper to tell
        than comparing the sets, on every short text that asks)."""
        self._finder: tuple[int, Words] | None = None
        """The regex passes for the words and the version they were built for (another thread's first check may add
        words while they are built: passes for older words are never taken as current, only as `_interim`)."""
        self._last: _Reading | None = None
        """The last text, the words found in it, those that may occur too often, what the detectors keep about it
        (see `keep`), and the version of the words it was read for (words added meanwhile, by another thread's first
        check, make it stale)."""
        self._prior: _Reading | None = None
        """The text read before the last one, as `_last` (the detectors of one long text also read copies of it, a
        reading copy or a fold, in between: going back to the text takes its answer again instead of a pass)."""
        self._last_short: tuple[str, dict[str, list[int]], set[str], int] | None = None
        """The last short text read by `short`, its answer and the version of the words it was read for."""
        self._ready: tuple[_Fast | None, int] = (None, -1)
        """The Hyperscan database and the version of the words it was built for, read and written as one (a
        reader never pairs one build's database with another's version)."""
        self._building = False
        self._builder: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def _fast(self) -> _Fast | None:
        """The database in use, if any."""
        return self._ready[0]

    @_fast.setter
    def _fast(self, fast: _Fast | None) -> None:
        """Use `fast` for the words the database in use was built for (tests: None, to use none)."""
        with self._lock:
            self._ready = (fast, self._ready[1])

    def add(self, words: Iterable[str], where: bool = True) -> None:
        """Look for these words too (from the next text on). With `where=False`, the caller needs to know only
        whether each occurs: Hyperscan then reports one occurrence (a word that occurs is among the words that may
        occur too often, whose positions are not kept), however often it occurs."""
        words = set(words)
        with self._lock:  # (two threads' first checks may add at once: neither's words are lost)
            if not words <= self._words:
                self._words = self._words | words
                self._finder = None
                self._version += 1
            if where and not words <= self._placed:
                self._placed = self._placed | words
                self._version += 1

    def find(self, low: str) -> tuple[dict[str, list[int]], set[str]]:
        """Each added word that occurs in `low`, with where it starts (in order) when it occurs at most once per
        `PER_START` characters; and the words that may occur more often than that (see `Words.find`)."""
        version = self._version  # (before the words are read: an answer for older words is never taken as current)
        last = self._current(low, version)
        if last is not None:
            return last[1], last[2]
        most = len(low) // PER_START
        fast = self._accelerated()
        far: dict[str, list[int]] = {}
        finder = self._finder
        if fast is None and may_wait(low):
            fast = self.wait()
        reports: list[Reports] = []
        if fast is not None:
            derived = self._derived(fast, low, most, far, version) if len(low) >= LONG else None
            if derived is not None:
                (found, unknown), kept = derived
                reports += [kept] if kept is not None else []
            else:
                found, unknown = fast.find(low, most, far, reports)
        elif finder is not None and finder[0] == version:
            found, unknown = finder[1].find(low, most)
        else:
            self._build_soon()
            found, unknown = self._interim(low, most, far)
        last = self._last
        if last is not None and last[0] is not low:
            self._prior = last
        self._last = (low, found, unknown, {_FAR: far, _REPORTS: reports[0]} if reports else {_FAR: far}, version)
        return found, unknown

    def _derived(
        self, fast: _Fast, low: str, most: int, far: dict[str, list[int]], version: int
    ) -> tuple[tuple[dict[str, list[int]], set[str]], Reports | None] | None:
        """`find`'s answer for `low` (and its reports) from the reports of the pass over a text read just before it
        that differs from it in a few short spans only (a fold of it, or a reading copy with its container marks
        blanked): that text's places outside those spans, moved to where the same characters stand in `low`, and
        passes over the spans (see `_Fast.moved`); None when no such text was read."""
        for reading in (self._last, self._prior):
            if reading is None or reading[4] != version or reading[0] is low:
                continue
            reports = reading[3].get(_REPORTS)
            if reports is None:
                continue
            spans = differing(reading[0], low)
            if spans is not None:
                return fast.moved(reports, spans, reading[0], low, most, far)
        return None

    def _interim(self, low: str, most: int, far: dict[str, list[int]]) -> tuple[dict[str, list[int]], set[str]]:
        """`find`'s answer while the reader for the current words is built: the reader for fewer words answers for
        those (the Hyperscan database or the regex passes, whichever was built last), `placed_now` for the others."""
        words = self._words  # (read before the reader: a word added meanwhile is among them or unknown below)
        fast, finder = self._ready[0], self._finder
        if fast is not None and fast.db is not None and (finder is None or finder[0] <= self._ready[1]):
            found, unknown = fast.find(low, most, far)
            covered: Iterable[str] = fast.words
        elif finder is not None:
            found, unknown = finder[1].find(low, most)
            covered = finder[1].words
        else:
            found, unknown, covered = {}, set(), ()
        rest = words.difference(covered)
        if rest:
            more, unsure = placed_now(low, rest, self._placed, most)
            found.update(more)
            unknown |= unsure
        return found, unknown

    def far(self, low: str, word: str) -> list[int] | None:
        """Where `word`, one the last reading of `low` found too often to place (see `find`), starts in it (every
        place, in order), when the pass kept them (see `FAR`); else None: find them the usual way."""
        kept = self.kept(low, _FAR)
        return kept.get(word) if kept else None

    def _current(self, low: str, version: int) -> _Reading | None:
        """The last text's reading when it is `low`'s, made for the words of `version` (the text before it too, then
        made the last again); else None."""
        last = self._last
        if last is not None and last[0] is low and last[4] == version:
            return last
        prior = self._prior
        if prior is not None and prior[0] is low and prior[4] == version:
            self._last, self._prior = prior, last
            return prior
        return None

    def keep(self, low: str, name: str, value: Any) -> None:
        """Keep `value` as what `name` is about `low` while `low` is the last text the index read (not else): another
        detector reading the same text asks for it (see `kept`) instead of working it out again."""
        last = self._current(low, self._version)
        if last is not None:
            last[3][name] = value

    def kept(self, low: str, name: str) -> Any:
        """What was kept as `name` about `low` (see `keep`), while `low` is the last text the index read; else None."""
        last = self._current(low, self._version)
        return last[3].get(name) if last is not None else None

    @property
    def words(self) -> set[str]:
        """The words added (never changed in place: an addition replaces the set)."""
        return self._words

    def quick(self, low: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What `find` answers for `low` when that costs one Hyperscan pass at most: the text was just read, or the
        database for the current words is ready; else None, and nothing is read or built (see `indexed`)."""
        last = self._current(low, self._version)
        if last is not None:
            return last[1], last[2]
        if self._accelerated() is not None:
            return self.find(low)
        return None

    def known(self, low: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What `find` answers for `low` when that costs little: the text was just asked about (by another
        detector), or Hyperscan reads it in one pass; else None (one detector alone is better off with its own
        scans than with the regex passes for everyone's words)."""
        last = self._current(low, self._version)
        if last is not None:
            return last[1], last[2]
        if self._accelerated() is not None:
            return self.find(low)
        if ACCELERATE:
            self._build_soon()  # (later texts are read by Hyperscan)
        return None

    def absent(self, low: str, word: str) -> bool:
        """Whether `word`, one of the words added, does not occur in `low`: the index has read `low` for its current
        words (or reads it now, when that costs one Hyperscan pass, see `known`) and found it nowhere. False when
        it cannot tell."""
        if word not in self._words:
            return False
        where = self.known(low)
        return where is not None and word not in where[0] and word not in where[1]

    def answered(self, low: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What `find` answered for `low` when it is the last text read (for the current words); else None, and
        nothing is read (a detector asking about one word would not pay for the pass, nor hold its answer)."""
        last = self._last  # (asked some 60 times a text: the test `_current` makes, without its call)
        if last is None or last[0] is not low or last[4] != self._version:
            last = self._current(low, self._version)  # (the text before it)
        return (last[1], last[2]) if last is not None else None

    def short(self, low: str) -> tuple[dict[str, list[int]], set[str]] | None:
        """What `find` answers for a short ASCII text, in one Hyperscan pass once the database is ready (else None),
        kept apart from the last text's answer: a short string read between the detectors' readings of a longer
        text (one string of a message, a view of a table) does not make them read that text again."""
        last = self._last_short
        version = self._version  # (before the database is taken: an answer for older words is never taken as current)
        if last is not None and last[0] is low and last[3] == version:
            return last[1], last[2]
        if not low.isascii():
            return None
        fast = self._accelerated()
        if fast is None:
            return None
        found, unknown = fast.find(low, len(low) // PER_START, {})
        self._last_short = (low, found, unknown, version)
        return found, unknown

    def forget(self) -> None:
        """Let go of the last texts' answers (and so of the texts): a large text is not kept once its check is over."""
        self._last = self._prior = None

    def _accelerated(self) -> _Fast | None:
        """The Hyperscan database for the current words when it is ready; else None."""
        fast, built = self._ready
        if fast is not None and fast.db is not None and built == self._version:
            return fast
        return None

    def _build_soon(self) -> threading.Thread | None:
        """Build the reader for the current words on a thread (once at a time): the Hyperscan database when
        `ACCELERATE` and it can be had, else the regex passes. The thread building it (None when none could be
        started)."""
        if self._building:
            return self._builder
        with self._lock:
            if self._building:
                return self._builder
            self._building = True
            args = (frozenset(self._words), frozenset(self._placed), self._version, ACCELERATE)
        builder = threading.Thread(target=self._build, args=args, name="index-compile", daemon=True)
        builder.start()  # (outside the lock: a small build is installed before the caller reads the words)
        self._builder = builder
        return builder

    def wait(self) -> _Fast | None:
        """The Hyperscan database for the current words, waiting for the build under way (or starting one) when it
        is not ready; None when it cannot be had (no `hyperscan`, words it refuses, or words added meanwhile)."""
        for _ in range(2):  # (a build under way may be for fewer words: then one more for the current ones)
            fast = self._accelerated()
            if fast is not None or not ACCELERATE or not _HYPERSCAN:
                return fast
            finder = self._finder
            if finder is not None and finder[0] == self._version:
                return None  # no database for these words (the regex passes were built instead)
            builder = self._build_soon()
            if builder is None or builder is threading.current_thread():
                return None
            builder.join()
        return self._accelerated()

    def _build(self, words: frozenset[str], placed: frozenset[str], version: int, accelerate: bool) -> None:
        try:
            fast = _Fast.build(words, placed) if accelerate else None
            if fast is not None and fast.db is not None:
                self._install(fast, version)
            else:
                self._install_passes(Words(words), version)
        except Exception:  # a check that finds no reader ready goes on with `_interim`'s answer
            log.debug("building the shared word index failed", exc_info=True)
        finally:
            self._building = False

    def _install_passes(self, passes: Words, version: int) -> None:
        """Use `passes`, built for the words of `version`, unless passes for newer words are in use already."""
        with self._lock:
            if self._finder is None or version >= self._finder[0]:
                self._finder = (version, passes)

    def _install(self, fast: _Fast | None, version: int) -> None:
        """Use `fast`, built for the words of `version`, unless a build for newer words is in use already (the
        background build and `prepare` may finish in either order)."""
        with self._lock:
            if version >= self._ready[1]:
                self._ready = (fast, version)

    def prepare(self) -> bool:
        """Build the reader for the current words now (tests, warm-up): the Hyperscan database when `ACCELERATE`,
        else (or when it cannot be had) the regex passes; whether the database is in use."""
        fast, built = self._ready
        version = self._version
        if ACCELERATE and (fast is None or built != version):
            self._install(_Fast.build(frozenset(self._words), frozenset(self._placed)), version)
        fast = self._ready[0]
        accelerated = ACCELERATE and fast is not None and fast.db is not None
        if not accelerated and (self._finder is None or self._finder[0] != version):
            self._install_passes(Words(self._words), version)
        return accelerated


class _Fast:
    """A Hyperscan database of literal words, and a scratch space per thread (one scan uses one at a time)."""

    __slots__ = ("db", "local", "once", "order", "placed", "reach", "sizes", "words")

    def __init__(self, words: frozenset[str], db: Any, order: tuple[str, ...], placed: frozenset[str]) -> None:
        self.words = words
        self.placed = placed
        self.db = db
        self.order = order
        self.sizes = tuple(map(len, order))
        self.reach = max(self.sizes, default=1) - 1
        """How far past a piece its words may end (see `find`)."""
        self.once = frozenset(i for i, w in enumerate(order) if w not in placed)
        """The words reported once (see `Index.add`)."""
        self.local = threading.local()

    @classmethod
    def build(cls, words: frozenset[str], placed: frozenset[str] | None = None) -> _Fast | None:
        """The database, or None when the `hyperscan` package is not installed or cannot compile the words
        (`placed`: the words whose positions are needed; all when not given)."""
        placed = words if placed is None else placed
        try:
            import hyperscan  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            return cls(words, None, (), placed)
        order = tuple(sorted(w for w in words if w.isascii()))
        if len(order) != len(words):
            return cls(words, None, (), placed)
        try:
            db = compiled_store.compiled(
                hyperscan,
                expressions=[re.escape(w).encode() for w in order],
                ids=list(range(len(order))),
                # A word starts its length before where it ends: no start of match is needed. A word whose
                # positions nobody needs is reported once.
                flags=[0 if w in placed else hyperscan.HS_FLAG_SINGLEMATCH for w in order],
            )
        except Exception:  # an engine that refuses the words leaves the regex passes in charge
            return cls(words, None, (), placed)
        return cls(words, db, order, placed)

    def find(
        self, low: str, most: int, far: dict[str, list[int]] | None = None, reports: list[Reports] | None = None
    ) -> tuple[dict[str, list[int]], set[str]]:
        """What `Words.find` answers for an ASCII text: every occurrence of every word, overlapping ones too (a
        word found more than `most` times is unknown; a text with more than 64 times as many occurrences in all
        leaves every word unknown). `far`, if given, receives the places of unknown words found at most `FAR`
        times, where the pass that reads a long text at little cost kept them (see `_lean`); `reports`, if given,
        receives every place that pass found, when it kept them all (see `moved`)."""
        if self.db is None:
            return Words(self.words).find(low, most)
        import hyperscan

        scratch = getattr(self.local, "scratch", None)
        if scratch is None:
            scratch = self.local.scratch = hyperscan.Scratch(self.db)
        few = (self._within(low, most) or self._few(low, most, scratch)) if len(low) < LONG else None
        if few is not None:
            return few
        hits: dict[int, list[int]] = {}
        budget = [64 * most + 1024]
        sizes = self.sizes
        once = self.once
        # A long text is read a piece at a time (see `PIECE`), each piece with the next one's first characters,
        # so that a word that starts in a piece ends in what is read with it; a word is kept only where it starts
        # in the piece itself (`offset`, `limit`), and a word reported once counts once, as in one pass.
        offset = [0]
        limit = [len(low)]

        over: set[int] = set()
        """Words already found more than `most` times: their further occurrences are skipped, not counted."""

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> bool:
            if i in over:
                return False
            begin = end - sizes[i]
            if begin >= limit[0]:
                return False  # the next piece's
            at = hits.get(i)
            if at is None:
                hits[i] = [offset[0] + begin]
            elif i in once:
                return False
            else:
                at.append(offset[0] + begin)
                if len(at) > most:
                    over.add(i)  # unknown, as in `Words.find`: one word repeated no longer uses up the budget
            budget[0] -= 1
            return budget[0] < 0  # True stops the scan

        lean = self._lean(low, most, scratch, far, reports) if len(low) >= LONG else None  # (a short text: few words)
        if lean is not None:
            return lean
        with contextlib.suppress(hyperscan.ScanTerminated):  # the budget ran out (see `on_match`)
            reach = self.reach
            for at in range(0, len(low), PIECE):
                offset[0] = at
                limit[0] = PIECE
                self.db.scan(_ascii(low[at : at + PIECE + reach]), match_event_handler=on_match, scratch=scratch)
                if budget[0] < 0:
                    break
        if budget[0] < 0:
            return {}, set(self.words)
        return self._answer(hits, most)

    def _answer(self, hits: dict[int, list[int]], most: int) -> tuple[dict[str, list[int]], set[str]]:
        """The words found (by id, with where they start) as `find` answers for them."""
        order = self.order
        found: dict[str, list[int]] = {}
        unknown: set[str] = set()
        once = self.once
        for i, at in hits.items():
            if i in once or len(at) > max(most, 1):
                unknown.add(order[i])
            else:
                at.sort()
                found[order[i]] = at
        return found, unknown

    def _few(self, low: str, most: int, scratch: Any) -> tuple[dict[str, list[int]], set[str]] | None:
        """`find`'s answer for a short text (one piece) from a pass whose callback only records what it reports,
        counted afterwards in the order reported as `find`'s callback counts it; None when the pass reports more
        than the budget (`find`'s careful callback then reads the text, stopping where it must)."""
        import hyperscan

        budget = 64 * most + 1024
        ends: list[tuple[int, int]] = []
        add = ends.append

        def on_end(i: int, start: int, end: int, flags: int, context: object) -> bool:
            add((i, end))
            return len(ends) > budget  # True stops the scan

        try:
            self.db.scan(_ascii(low), on_end, 0, None, scratch)  # (positional: half the call's cost)
        except hyperscan.ScanTerminated:
            return None
        self.local.recent = (low, ends)
        return self._counted(ends, most)

    def _within(self, low: str, most: int) -> tuple[dict[str, list[int]], set[str]] | None:
        """`_few`'s answer for a text found inside the last short text `_few` read, from that pass's reports (one
        result's string after the result's strings joined, see `local._each`): no second pass over the same
        characters. None when there is no such text, or when the part holds more reports than `_few`'s budget.

        Exact: a word's every place is reported, so those within the part are its places there; a word reported
        once (see `once`) is looked for in the part when its one report lies outside it."""
        recent = getattr(self.local, "recent", None)
        if recent is None or len(recent[0]) <= len(low):
            return None
        whole, ends = recent
        lo = whole.find(low)
        if lo < 0:
            return None
        hi = lo + len(low)
        sizes, once, order = self.sizes, self.once, self.order
        part: list[tuple[int, int]] = []
        add = part.append
        for i, end in ends:
            if lo <= end - sizes[i] and end <= hi:
                add((i, end - lo))
            elif i in once and order[i] in low:
                add((i, sizes[i]))  # (its place is not kept: a word reported once is unknown)
        if len(part) > 64 * most + 1024:
            return None  # (as `_few` reading the part alone: the careful pass reads it)
        return self._counted(part, most)

    def _counted(self, ends: list[tuple[int, int]], most: int) -> tuple[dict[str, list[int]], set[str]]:
        """`_few`'s answer from its pass's reports (word, end), counted in the order reported."""
        sizes, once = self.sizes, self.once
        hits: dict[int, list[int]] = {}
        over: set[int] = set()
        for i, end in ends:
            if i in over:
                continue
            at = hits.get(i)
            if at is None:
                hits[i] = [end - sizes[i]]
            elif i in once:
                continue
            else:
                at.append(end - sizes[i])
                if len(at) > most:
                    over.add(i)
        return self._answer(hits, most)  # (no more counted than reported: the budget did not run out)

    def moved(
        self, reports: Reports, spans: list[Span4], text: str, low: str, most: int, far: dict[str, list[int]]
    ) -> tuple[tuple[dict[str, list[int]], set[str]], Reports | None] | None:
        """`find`'s answer for `low` (filling `far`) and its reports, from `reports`, those of the pass over `text`,
        which `low` equals but in `spans` (see `differing`): a place outside them is moved to where the same
        characters stand in `low`; the places across them are found by passes over the spans and `reach`
        characters around them, in both texts. None when `_lean` would not answer for `low` (a word found more
        than `_DENSE` times)."""
        placed, firsts = reports
        sizes, once, order = self.sizes, self.once, self.order
        lost = self._across(text, [(a, b) for a, b, _, _ in spans])
        new = self._across(low, [(c, d) for _, _, c, d in spans])
        cuts = [(b, d - b) for a, b, c, d in spans if d - c != b - a]  # where the shift from `text` to `low` changes
        ends = [b for _, b, _, _ in spans]
        moved: dict[int, list[int]] = {}
        for i, at in placed.items():
            if i in lost:
                gone = lost[i]
                at = [x for x in at if x not in gone]
            moved[i] = _shifted(at, cuts) if cuts else list(at)
        for i, at in new.items():
            if i in once:
                continue
            kept = moved.get(i)
            moved[i] = sorted(at) if kept is None else sorted(kept + at)
        out_firsts: dict[int, list[int]] = {}
        starts = [a for a, _, _, _ in spans]
        for i, at in firsts.items():
            kept = [x for x in at if not _inside(x, sizes[i], starts, ends)]
            if not kept and i not in new:
                kept = self._outside(text, i, at, starts, ends)  # (reported in the spans only)
            if kept:
                out_firsts[i] = _shifted(kept, cuts) if cuts else kept
        for i, at in new.items():
            if i in once and i not in out_firsts:
                out_firsts[i] = at
        dense = self._DENSE
        budget = 64 * most + 1024
        cap = max(most + 1, 2)
        keep = max(most, FAR, len(low) // FAR_EVERY)
        spent = len(out_firsts)
        for at in moved.values():
            spent += min(len(at), cap)
            if len(at) > dense:
                return None
        if spent > budget:
            return ({}, set(self.words)), None
        rank = {i: n for n, i in enumerate(placed)}
        piece = PIECE
        ordered = sorted(
            (i for i, at in moved.items() if at),
            key=lambda i: (moved[i][0] // piece, moved[i][0] + sizes[i], rank.get(i, len(rank))),
        )
        found: dict[str, list[int]] = {}
        unknown = {order[i] for i in out_firsts}
        most = max(most, 1)
        complete = True
        for i in ordered:
            at = moved[i]
            if len(at) <= most:
                found[order[i]] = at
            else:
                unknown.add(order[i])
                if len(at) <= keep:
                    far[order[i]] = at
                else:
                    complete = False
        kept_reports = ({i: moved[i] for i in ordered}, out_firsts) if complete else None
        return (found, unknown), kept_reports

    def _outside(self, text: str, i: int, reported: list[int], starts: list[int], ends: list[int]) -> list[int]:
        """Where word `i`, one reported once, stands in `text` outside the spans that start at `starts` and end at
        `ends`, when each place `reported` (the first in its piece) lies across one: looked for after each in its
        piece; empty when it stands nowhere else."""
        word, size = self.order[i], self.sizes[i]
        for at in reported:
            end = min(len(text), (at // PIECE + 1) * PIECE + size - 1)  # (a word starting in the piece)
            at = text.find(word, at + 1, end)
            while at >= 0:
                if not _inside(at, size, starts, ends):
                    return [at]
                at = text.find(word, at + 1, end)
        return []

    def _across(self, text: str, spans: list[tuple[int, int]]) -> dict[int, list[int]]:
        """Where each word that lies across one of `spans` (in order) starts in `text`: one pass over each span and
        `reach` characters either side (those of spans that close on each other read together). A word reported
        once: where it was reported."""
        reach = self.reach
        sizes = self.sizes
        out: dict[int, list[int]] = {}
        import hyperscan

        scratch = getattr(self.local, "scratch", None)
        if scratch is None:
            scratch = self.local.scratch = hyperscan.Scratch(self.db)
        windows: list[list[Any]] = []
        for lo, hi in spans:
            start, end = max(0, lo - reach), min(len(text), hi + reach)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
                windows[-1][2].append((lo, hi))
            else:
                windows.append([start, end, [(lo, hi)]])
        hits: list[tuple[int, int]] = []
        add = hits.append

        def on_end(i: int, start: int, end: int, flags: int, context: object) -> None:
            add((i, end))

        for start, end, within in windows:
            hits.clear()
            self.db.scan(_ascii(text[start:end]), on_end, 0, None, scratch)
            for i, e in hits:
                at = start + e - sizes[i]
                if any(at < hi and at + sizes[i] > lo if hi > lo else at < lo < at + sizes[i] for lo, hi in within):
                    out.setdefault(i, []).append(at)
        return out

    _DENSE = PIECE >> 4
    """A word found more often than this in one piece sends the text to `find`'s careful callback (see `_lean`)."""

    def _lean(
        self,
        low: str,
        most: int,
        scratch: Any,
        far: dict[str, list[int]] | None = None,
        reports: list[Reports] | None = None,
    ) -> tuple[dict[str, list[int]], set[str]] | None:
        """`find`'s answer from passes whose callback only records where each word ends, a piece at a time (as
        `find` reads a long text), the counting done after each piece: a word counts against the budget until it
        is found more than `most` times (a word reported once: once). None when a word is found more than `_DENSE`
        times in a piece (the careful callback then reads the text, keeping no more than it needs). With `far`, a
        word's places are kept up to `FAR` of them (or one per `FAR_EVERY` characters), and those of the unknown words
        put in it; `reports` receives every place found, when none was let go."""
        import hyperscan

        order, sizes, once, dense = self.order, self.sizes, self.once, self._DENSE
        firsts: dict[int, list[int]] = {}
        """The places reported of the words reported once."""
        reach = self.reach
        budget = 64 * most + 1024
        cap = max(most + 1, 2)
        keep = max(most, 1) if far is None else max(most, FAR, len(low) // FAR_EVERY)
        counts: dict[int, int] = {}
        places: dict[int, list[int] | None] = {}
        ends: defaultdict[int, list[int]] = defaultdict(list)

        def on_end(i: int, start: int, end: int, flags: int, context: object) -> bool:
            at = ends[i]
            at.append(end)
            return len(at) > dense  # True stops the scan

        spent = 0
        for base in range(0, len(low), PIECE):
            ends.clear()
            try:
                self.db.scan(_ascii(low[base : base + PIECE + reach]), match_event_handler=on_end, scratch=scratch)
            except hyperscan.ScanTerminated:
                return None
            for i, at in ends.items():
                size = sizes[i]
                while at and at[-1] - size >= PIECE:
                    at.pop()  # starts in the next piece, read with this one only to end
                if not at:
                    continue
                if i in once:
                    if i not in counts:
                        counts[i] = 1
                        places[i] = None
                        spent += 1
                        firsts[i] = [base + at[0] - size]
                    else:
                        firsts[i].append(base + at[0] - size)
                    continue
                had = counts.get(i, 0)
                counts[i] = had + len(at)
                spent += min(had + len(at), cap) - min(had, cap)
                if had + len(at) > keep:
                    places[i] = None
                elif had:
                    kept = places[i]
                    if kept is not None:
                        kept += [base + end - size for end in at]
                else:
                    places[i] = [base + end - size for end in at]
            if spent > budget:
                return {}, set(self.words)
        if reports is not None and all(at is not None or i in once for i, at in places.items()):
            reports.append(({i: at for i, at in places.items() if at is not None}, firsts))  # type: ignore[misc]
        if far is None:
            found = {order[i]: at for i, at in places.items() if at is not None}
            return found, {order[i] for i, at in places.items() if at is None}
        found, unknown = {}, set()
        most = max(most, 1)
        for i, at in places.items():
            if at is not None and len(at) <= most:
                found[order[i]] = at
            else:
                unknown.add(order[i])
                if at is not None:
                    far[order[i]] = at
        return found, unknown


Span4 = tuple[int, int, int, int]
"""Where two texts differ: the span in the first, the span in the second."""

_SPANS_MOST = 256
"""`differing` gives up on texts that differ in more spans than this."""


def differing(a: str, b: str) -> list[Span4] | None:
    """The spans where `b` differs from `a`, in order (`a[a_lo:a_hi]` stands where `b[b_lo:b_hi]` does, all else
    equal, in the same order); None when they differ in more than `_SPANS_MOST` spans, over more than a sixteenth of
    `b`, or where their equal parts are not found again within a few thousand characters."""
    out: list[Span4] = []
    i = j = 0
    na, nb = len(a), len(b)
    block = 4096
    size = 0
    while True:
        while i < na and j < nb:
            n = min(block, na - i, nb - j)
            if a[i : i + n] == b[j : j + n]:
                i, j = i + n, j + n
                continue
            lo, hi = 0, n  # the first difference lies in [lo, hi)
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if a[i : i + mid] == b[j : j + mid]:
                    lo = mid
                else:
                    hi = mid
            if a[i : i + lo + 1] == b[j : j + lo + 1]:
                lo += 1
            i, j = i + lo, j + lo
            break
        if i >= na or j >= nb:
            if i < na or j < nb:
                out.append((i, na, j, nb))
            return out if len(out) <= _SPANS_MOST and size + max(na - i, nb - j) <= nb // 16 else None
        for gap in (8, 32, 128, 512, 2048, 8192):
            probe = a[i + gap : i + gap + 32]
            if len(probe) < 32:
                out.append((i, na, j, nb))
                return out if len(out) <= _SPANS_MOST and size + max(na - i, nb - j) <= nb // 16 else None
            k = b.find(probe, j, j + 2 * gap + 64)
            if k >= 0:
                out.append((i, i + gap, j, k))
                size += max(gap, k - j)
                i, j = i + gap, k
                break
        else:
            return None
        if len(out) > _SPANS_MOST or size > nb // 16:
            return None


def _shifted(places: list[int], cuts: list[tuple[int, int]]) -> list[int]:
    """`places` (in order) in the second text, given where the shift from the first changes (see `differing`)."""
    out: list[int] = []
    shift = 0
    done = 0
    for at, then in cuts:
        upto = bisect.bisect_left(places, at)
        out += places[done:upto] if not shift else [x + shift for x in places[done:upto]]
        shift, done = then, upto
    out += places[done:] if not shift else [x + shift for x in places[done:]]
    return out


def _inside(at: int, size: int, starts: list[int], ends: list[int]) -> bool:
    """Whether the word of `size` at `at` lies across one of the spans that start at `starts` and end at `ends`."""
    k = bisect.bisect_left(starts, at + size)  # spans starting before the word ends
    while k > 0:
        k -= 1
        lo, hi = starts[k], ends[k]
        if at < hi and at + size > lo if hi > lo else at < lo < at + size:
            return True
        if hi <= at:
            return False
    return False


def every_place(low: str, word: str) -> list[int]:
    """Where `word`, one of the shared index's words, starts in `low`, in order, overlapping places too (as
    `occurrences` finds them): the places its last pass over `low` kept for a word found too often to place (see
    `Index.far`), else by a scan. Not to be changed: the list may be the index's."""
    kept = INDEX.far(low, word)
    return kept if kept is not None else occurrences(low, word)


def indexed(low: str) -> tuple[dict[str, list[int]], set[str]] | None:
    """What the shared index knows of the text `low` when that costs one Hyperscan pass at most: a long text (see
    `Index.known`), or a shorter one once the database is ready (see `Index.quick`, `Index.short`: a kilobyte's pass
    answers the detectors' many `in` tests and word gates at once, each of which reads the whole text); else None.
    The words are ASCII: a character outside ASCII is read as one that no word holds, and places hold."""
    n = len(low)
    index = INDEX
    last = index._last  # (the detectors of one text ask again and again: the answer kept for it, at once)
    if last is not None and last[0] is low and last[4] == index._version:
        return last[1], last[2]
    if n <= SHORT:
        kept = index._last_short  # (`Index.short`'s answer kept for this text, taken without its call)
        if kept is not None and kept[0] is low and kept[3] == index._version:
            return kept[1], kept[2]
        return index.short(low)
    return index.known(low) if n >= LONG else index.quick(low)


def known(low: str) -> tuple[dict[str, list[int]], set[str]] | None:
    """`INDEX.known(low)`; for a short ASCII text, the pass the detectors' word tests share (see `indexed`): the
    same answer (the same database reads the same text), without a second pass over it, and without its answer
    taking the place of the last longer text's."""
    if len(low) <= SHORT:
        where = indexed(low)
        if where is not None:
            return where
    return INDEX.known(low)


def holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` (lower-case, added to the shared index) occurs in `low`, asked of the index once when
    it reads the text (one answer for all of them, where `holds` asks once a word; see `indexed`: a text outside
    ASCII too, where each `in` reads the whole text for a word that is not there)."""
    index = INDEX
    version = index._version
    # `indexed`'s answer kept for this text (asked some 40 times a text), taken without a call
    last = index._last
    if last is not None and last[0] is low and last[4] == version:
        found, often = last[1], last[2]
    else:
        last = index._last_short
        if last is not None and last[0] is low and last[3] == version:
            found, often = last[1], last[2]
        else:
            n = len(low)
            where = index.short(low) if n <= SHORT else index.known(low) if n >= LONG else index.quick(low)
            if where is None:
                return any(w in low for w in words)
            found, often = where
    entry = _SPLIT.get(id(words))
    if entry is None or entry[0] is not words or entry[1] is not index._words:
        entry = _split_entry(words)
    placed = entry[2]
    if not placed.isdisjoint(found) or (often and not placed.isdisjoint(often)):
        return True
    rest = entry[3] if not low.isascii() else entry[4]  # (a word outside ASCII is in no ASCII text: not searched)
    return any(w in low for w in rest) if rest else False


_SETS: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def set_of(words: tuple[str, ...]) -> frozenset[str]:
    """`words` (a finder's constant tuple) as a set, made once per tuple: one set test against the shared index's
    answer tells whether any occurs (where a test per word costs a Python step each)."""
    entry = _SETS.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_SETS) > 4096:
            _SETS.clear()
        entry = _SETS[id(words)] = (words, frozenset(words))
    return entry[1]


_SPLIT: dict[int, tuple[tuple[str, ...], set[str], frozenset[str], tuple[str, ...], tuple[str, ...]]] = {}


def _split_entry(
    words: tuple[str, ...],
) -> tuple[tuple[str, ...], set[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """`words` (a finder's constant tuple) as those the shared index looks for, as a set (one set test answers for
    them all), and the others (searched for), and those of them in ASCII (the only ones an ASCII text can hold);
    worked out once per tuple and set of the index's words, and kept."""
    known = INDEX.words
    if len(_SPLIT) > 4096:
        _SPLIT.clear()
    rest = tuple(w for w in words if w not in known)
    entry = _SPLIT[id(words)] = (
        words,
        known,
        frozenset(w for w in words if w in known),
        rest,
        tuple(w for w in rest if w.isascii()),
    )
    return entry


def holds(text: str, low: str, literal: str) -> bool:
    """`literal in text` (`low`: `text` lower-cased), not looked for when the shared index read `low` and found the
    literal's lower-cased form (one of its words) nowhere (see `indexed`): a literal that is not there costs a scan
    of the whole text, ~0.4-0.9 ms a MB (~2 ms outside ASCII), where the index's one pass answered already. In a text
    outside ASCII, only for an ASCII literal (see `_told`)."""
    if len(low) > SHORT and _told(text, literal):
        if _indexed_absent(low, literal, read=True):
            return False
        if text is low and (where := INDEX.answered(low)) is not None and placed_in(low, literal, *where):
            return True
    return literal in text


def placed_in(low: str, word: str, found: dict[str, list[int]], often: set[str]) -> bool:
    """Whether the shared index's answer for `low` (`found`, `often`: see `Index.find`) tells that `word` occurs in
    it: found with its places, or found too often to place and its places kept by the pass (see `Index.far`). So
    `word in low` is not asked: where the word first stands deep in a long text, that reads the text up to there
    (~1-2 ms for 2 MB outside ASCII). False when the answer cannot tell (a word it did not place may or may not be
    there)."""
    if word in found:
        return True
    return word in often and bool(INDEX.far(low, word))


def _told(text: str, literal: str) -> bool:
    """Whether the index's answer for `text` lower-cased tells where `literal` may be: `lower_aligned` lowers each
    ASCII character in place to ASCII, and the index reads every ASCII character as it is (each other one as a
    character no word holds), so an ASCII literal's lower-cased form stands wherever the literal does; a literal
    outside ASCII may lower otherwise in its place (a final sigma) than alone."""
    return literal.isascii() or text.isascii()


def kept_holds(text: str, low: str, literal: str) -> bool:
    """`literal in text` (`low`: `text` lower-cased, or the text it was made from by putting characters `literal`
    does not hold in place of others, lower-cased), not looked for when the shared index's kept answer for `low` (see
    `Index.answered`: no pass is made for it) finds the literal's lower-cased form (one of its words) nowhere: a
    literal that is not there costs a scan of the whole text, ~2 ms a MB for a few characters (see `_told`)."""
    if len(low) >= LONG and _told(text, literal) and _indexed_absent(low, literal, read=False):
        return False
    return literal in text


def _indexed_absent(low: str, literal: str, read: bool) -> bool:
    """Whether the shared index's answer for `low` finds `literal`'s lower-cased form (one of its words) nowhere:
    the answer kept for `low`, or with `read` one taken at once where none is kept."""
    word = _LOWERED.get(literal)
    if word is None:
        if len(_LOWERED) > 4096:
            _LOWERED.clear()
        word = _LOWERED[literal] = literal.lower()
    if word not in INDEX.words:  # (else the index's answer would not tell)
        return False
    where = INDEX.answered(low)
    if where is None and read:
        where = indexed(low)
    return where is not None and word not in where[0] and word not in where[1]


_LOWERED: dict[str, str] = {}
"""The literals `holds` and `kept_holds` are asked about, lower-cased (the same few hundred again and again)."""


class WordGate:
    """Whether a text may hold one of some literal words, all of them words of the shared index: one search of
    their trie, or the index's answer when it reads the text anyway (see `indexed`)."""

    __slots__ = ("indexed", "pattern", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.pattern = lazy.compile(trie(sorted(self.words)))
        self.indexed = False
        """Whether the index looks for every word (once true, true for good: words are never taken out)."""

    def none(self, low: str) -> bool:
        """Whether the lower-cased text `low` holds none of the words."""
        where = indexed(low)
        if where is not None and (self.indexed or self._all_indexed()):
            return self.words.isdisjoint(where[0]) and self.words.isdisjoint(where[1])
        return self.pattern.search(low) is None

    def _all_indexed(self) -> bool:
        self.indexed = self.words <= INDEX.words
        return self.indexed


def _substitute(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "\x1a" * (error.end - error.start), error.end


codecs.register_error("scan-substitute", _substitute)


_FIND_EACH = 1 << 25
"""Up to this many characters read in all (words times the text's length), `placed_now` finds each word by
`str.find` (~2 ms a MB and a word); beyond, by one search for all of them (~0.1 s to compile, ~0.25 s a MB)."""


def placed_now(
    low: str, words: Iterable[str], placed: Container[str], most: int
) -> tuple[dict[str, list[int]], set[str]]:
    """What `Index.find` answers for `words` in `low` (those in `placed` with their places, in order, when they occur
    at most `most` times; those more often, and the others that occur, unknown), found with little or nothing to
    compile: for a check that comes before the index's reader for these words is built."""
    keep = max(most, 1)  # (a word's first place is always kept, see `Words._stop`)
    found: dict[str, list[int]] = {}
    unknown: set[str] = set()
    words = tuple(words)
    if len(words) * len(low) <= _FIND_EACH:
        find = low.find
        for w in words:
            at = find(w)
            if at < 0:
                continue
            if w not in placed:
                unknown.add(w)
                continue
            hits = [at]
            at = find(w, at + 1)
            while at >= 0 and len(hits) <= keep:
                hits.append(at)
                at = find(w, at + 1)
            if len(hits) > keep:
                unknown.add(w)
            else:
                found[w] = hits
        return found, unknown
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
    startswith = low.startswith
    for m in re.compile(f"(?={trie(words)})").finditer(low):
        at = m.start()
        for w in by_first[low[at]]:
            if w in unknown or not startswith(w, at):
                continue
            hits = found.get(w)
            if hits is None and w in placed:
                found[w] = [at]
            elif hits is None or len(hits) == keep:  # (no more places kept for it)
                unknown.add(w)
                found.pop(w, None)
            else:
                hits.append(at)
    return found, unknown


def _ascii(text: str) -> bytes:
    """`text` as ASCII bytes for Hyperscan, each character outside ASCII read as `\\x1a` (the words are ASCII: none
    starts, ends or lies across such a character, so each is found where it is, and positions hold).

    Encoded with the codec's own `replace` (each such character a `?`, in C), the `?` then translated: an error
    handler of our own is called from Python once per run of such characters (~120 ms a MB of text outside ASCII,
    ~15 ms this way). A text's own `?` stands in for one of the control characters it lacks meanwhile."""
    if text.isascii():
        return text.encode("ascii")
    if "?" not in text:
        return text.encode("ascii", "replace").translate(_MARKED)
    spare = next((c for c in _SPARE if c not in text), None)
    if spare is None:
        return text.encode("ascii", "scan-substitute")
    return text.replace("?", spare).encode("ascii", "replace").translate(_swapped(spare))


_MARKED = bytes(range(256)).replace(b"?", b"\x1a")
"""Every byte as it is but `?`, read as `\\x1a` (see `_ascii`)."""
_SPARE = "".join(map(chr, (*range(0x1A), *range(0x1B, 0x20), 0x7F))).replace("\t", "").replace("\n", "")
"""Characters a text rarely holds: one of them stands in for the text's own `?` (see `_ascii`)."""


@functools.cache
def _swapped(spare: str) -> bytes:
    """`_MARKED`, with `spare` read as `?`."""
    table = bytearray(_MARKED)
    table[ord(spare)] = ord("?")
    return bytes(table)


INDEX = Index()
"""The index the detectors share (see `Index`)."""


class Starts(_Compiled):
    """Where matches of some expressions may start in a long ASCII text, found by one Hyperscan pass for all of them.

    Each expression is given by name with looser forms that Hyperscan reads (no look-arounds): every match of the
    expression starts where one of them matches. Hyperscan reports the leftmost start of the matches of a form
    that end at one place, so a loose form must never match across the start of another of its own matches that
    ends at the same place (the forms used start with a name and what follows it is no name); a branch that could
    is a form of its own. An expression is then tried only at the places reported (see `searcher`) instead of
    searched for through the text. Built in the background on the first text that asks, like `Index`; without the
    `hyperscan` package, until it is ready, and for other texts, `find` answers None and the expressions are
    searched for as usual. The text is read with a line break after it, so a loose form may end on the character
    after what it reads, however near the end of the text; a long text is read a piece at a time (see `PIECE`),
    each cut after a line break that no space or tab follows, which no loose form may match across."""

    _MOST = 8
    """A text with more than one reported start per this many characters is searched the usual way (a text that
    repeats a name thousands of times would otherwise cost a call for each)."""

    def __init__(self, loose: dict[str, tuple[str, ...]]) -> None:
        self.names = tuple(loose)
        self._loose = tuple(form for forms in loose.values() for form in forms)
        self._owner = tuple(n for n, forms in enumerate(loose.values()) for _ in forms)
        super().__init__()

    def find(self, low: str) -> dict[str, list[int]] | None:
        """Each name's reported starts in `low`, in order; None when this pass cannot answer (see the class)."""
        if len(low) < LONG or not low.isascii():
            return None
        db = self._accelerated()
        return None if db is None else self._scan(low, db)

    def _scan(self, low: str, db: Any) -> dict[str, list[int]] | None:
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None or scratch[0] is not db:
            scratch = self._local.scratch = (db, hyperscan.Scratch(db))
        hits: list[list[int]] = [[] for _ in self.names]
        adds = [hits[n].append for n in self._owner]
        budget = [len(low) // self._MOST + 64]

        offset = [0]

        def on_match(i: int, start: int, end: int, flags: int, context: object) -> bool:
            adds[i](offset[0] + start)
            budget[0] -= 1
            return budget[0] < 0  # True stops the scan

        at = 0
        try:
            while at < len(low):
                cut = _line_cut(low, at + PIECE) if len(low) - at > 4 * PIECE else len(low)
                if cut < 0:
                    return None  # no place to cut a long text: searched the usual way
                piece = low[at:cut].encode("ascii")
                offset[0] = at
                db.scan(
                    piece if piece.endswith(b"\n") else piece + b"\n", match_event_handler=on_match, scratch=scratch[1]
                )
                at = cut
        except hyperscan.ScanTerminated:
            return None
        # A start is reported once per end of a match from it, and per form: in order, once each.
        return {name: sorted(set(h)) if h else h for name, h in zip(self.names, hits, strict=True)}

    _THREAD = "starts-compile"

    def _compile(self, hyperscan: Any) -> Any:
        db = compiled_store.compiled(
            hyperscan,
            expressions=[x.encode("ascii") for x in self._loose],
            ids=list(range(len(self._loose))),
            flags=[hyperscan.HS_FLAG_SOM_LEFTMOST] * len(self._loose),
        )
        return db


def _line_cut(low: str, at: int) -> int:
    """The first place from `at` on that follows a line break and holds no space or tab (-1 when there is none
    within `PIECE` characters, or the end of `low` when that comes first)."""
    limit = min(len(low), at + PIECE)
    while True:
        at = low.find("\n", at, limit)
        if at < 0:
            return -1 if limit < len(low) else len(low)
        at += 1
        if at >= len(low) or low[at] not in " \t":
            return at


def searcher(pattern: re.Pattern[str], starts: list[int]) -> Callable[[str, int], re.Match[str] | None]:
    """`pattern.search` for a text in which every match of `pattern` starts at one of `starts` (in order): the
    same match, found by trying `pattern.match` only there."""
    match = pattern.match
    count = len(starts)

    def search(text: str, pos: int = 0) -> re.Match[str] | None:
        i = bisect.bisect_left(starts, pos)
        while i < count:
            m = match(text, starts[i])
            if m is not None:
                return m
            i += 1
        return None

    return search

"""Findings that span the fields of one message: a token or an instruction split across strings, a secret named by
a sibling field (`{"name": "AWS_SECRET_ACCESS_KEY", "value": "..."}`) or by its own key.

Each string is also checked alone (local.py); this module only adds what no single string shows. The strings of a
message that carry text are read in document order as one "seam" text, long strings by their head and tail only:
secrets with nothing between neighbours (a token cut in two or three), instructions with a space between them (a
sentence cut in two). A finding counts here only when it covers parts of two or more strings; it is mapped back to
a span in each string it covers, so the edit (placeholder, redaction, flag) lands on every piece.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from . import lazy, password_words
from .findings import Finding
from .walk import Path, Place, Segment

Detect = Callable[[str, "str | None"], list[Finding]]
Located = dict[int, list[Finding]]
"""String index -> findings at positions within that string."""

WIDTH = 256
"""Characters of each end of a long string that a seam holds: a split token sits at an end."""
PHRASE_WIDTH = 128
"""The same for a sentence cut between strings (an instruction is read within a few words of the cut)."""
BREAK = "\n\x00\n"
"""Between two strings that cannot continue each other, and between the head and tail of a long string."""
_PAIR_VALUE = 512
_PAIR_NAME = 96

_PROTOCOL_KEYS = frozenset(
    {"type", "role", "mimeType", "audience", "priority", "lastModified", "level", "logger", "progressToken"}
)
"""Fields whose short values are protocol words or labels between the text fields (a block's type, an image's mime
type, an annotation's audience): checked alone, never part of a seam, so they do not stand between two pieces."""
_ENCODED_KEYS = frozenset({"data", "blob"})
_NAME_KEYS = frozenset(
    ("name", "key", "id", "field", "variable", "var", "env", "header", "label", "param", "parameter", "title")
)
_VALUE_KEYS = ("value", "val", "secret", "content", "text", "data", "default", "setting")
_TELLING = lazy.compile(
    r"secret|passw|pwd|token|key|credential|auth|bearer|signature|private|cookie|session|conn(?:ection)?_?str|dsn",
    re.I,
)
"""A name that says its value is a credential: only such names are read together with their value."""
_PASSWORD_WORDS = lazy.compile(rf"(?<![^\W\d_])(?:{password_words.PATTERN})(?![^\W\d_])", re.I)
""""Password" in other languages, as a word of its own (`DB-Passwort`, `Mot de passe`; not `hasLocation`): such a
name is read as `password` (the detectors know English names only)."""
_NOT_TELLING = frozenset(
    {
        "progresstoken",
        "cursor",
        "nextcursor",
        "pagetoken",
        "nextpagetoken",
        "tokentype",
        "maxtokens",
        "idempotencykey",
        "sessionid",
        "mcpsessionid",
        "requestid",
        "publickey",
        "keyid",
        "authorizationurl",
        "tokenurl",
        "authurl",
    }
)
"""Protocol and public fields whose names sound telling but whose values are opaque ids, not credentials."""
_TOKEN_EDGE = frozenset("_-+/=.~:")
_CLAUSE = frozenset(",;:-")


def _token_edge(ch: str) -> bool:
    return ch.isalnum() or ch in _TOKEN_EDGE


def secret_joinable(left: str, right: str) -> bool:
    """Whether `left` may end where a token continues in `right` (token characters on both sides of the cut)."""
    return _token_edge(left[-1]) and _token_edge(right[0])


def phrase_joinable(left: str, right: str) -> bool:
    """Whether a sentence may run on from `left` into `right`: left ends inside a sentence (a word or a comma) and
    right goes on with a word."""
    tail = left.rstrip(" \t")
    head = right.lstrip(" \t")
    return bool(tail) and bool(head) and (tail[-1].isalnum() or tail[-1] in _CLAUSE) and head[0].isalpha()


def text_fields(texts: list[str], places: list[Place]) -> list[int]:
    """The indices of the strings that carry text, in document order: values, not keys, protocol words or encoded
    binary (a base64 image next to a caption is not a token)."""
    return [i for i, (_, key, is_key) in enumerate(places) if not is_key and _carries_text(texts[i], key)]


def _carries_text(text: str, key: str) -> bool:
    """Whether a value under `key` is text: not empty, not a short protocol word, not encoded binary."""
    if not text or (key in _PROTOCOL_KEYS and len(text) < 32):
        return False
    return not (key in _ENCODED_KEYS and len(text) >= WIDTH and " " not in text[:WIDTH])


_NOT_PROSE = frozenset(
    {"name", "format", "$ref", "$id", "$schema", "pattern", "uri", "uriTemplate", "mimeType", "type"}
)


def prose_fields(texts: list[str], places: list[Place]) -> list[int]:
    """`text_fields` of a definition without its identifiers (names, formats, references, `required` entries):
    the prose a model reads, where a split instruction or secret would sit. The screen asks twice per definition
    (poisoning and secrets cut between strings, over the same strings where none was rewritten to be read): the
    second answer is the first's, for equal places and strings."""
    global _last_fields
    last = _last_fields
    if last is not None and last[1] == texts and last[0] == places:
        return list(last[2])
    out = [
        i
        for i, (parent, key, is_key) in enumerate(places)  # (`text_fields`, in one pass)
        if not is_key
        and key not in _NOT_PROSE
        and not (parent and parent[-1] == "required")
        and _carries_text(texts[i], key)
    ]
    _last_fields = (list(places), list(texts), out)
    return list(out)


_last_fields: tuple[list[Place], list[str], list[int]] | None = None
"""The places, strings and answer of the last `prose_fields` (copies: a list its caller changes later is not taken
for the one answered)."""


@dataclass
class Seam:
    """Strings read as one text: each piece is (start in the seam, string index, offset in the string, length)."""

    text: str
    pieces: list[tuple[int, int, int, int]]
    starts: list[int] = field(default_factory=list, repr=False)
    """Where each piece starts in the seam (in order: pieces never overlap)."""

    def __post_init__(self) -> None:
        self.starts = [p[0] for p in self.pieces]

    def overlapping(self, f: Finding) -> list[tuple[int, int, int, int]]:
        """The pieces that share characters with the finding's span, in order (found by bisection: a seam of
        thousands of pieces with a finding in each is read once per finding, not once per piece)."""
        k = max(bisect_right(self.starts, f.start) - 1, 0)
        out = []
        for piece in self.pieces[k:]:
            if piece[0] >= f.end:
                break
            if piece[0] + piece[3] > f.start:
                out.append(piece)
        return out

    def locate(self, f: Finding, minimum: int = 1, single: bool = False) -> Located | None:
        """The finding's span in every string it covers, or None when it lies within one string (unless `single`)
        or one piece of a string covers less than `minimum` characters of it."""
        out: Located = {}
        for start, i, offset, length in self.overlapping(f):
            lo, hi = max(f.start, start), min(f.end, start + length)
            if lo >= hi:
                continue
            if hi - lo < minimum:
                return None
            span = Finding(f.detector, f.kind, lo - start + offset, hi - start + offset, f.score)
            previous = out.get(i)
            if previous:  # the head and tail of one string: one span over both
                span = Finding(f.detector, f.kind, previous[0].start, span.end, f.score)
            out[i] = [span]
        return out if len(out) > 1 or (single and out) else None


def seam(
    texts: list[str],
    order: list[int],
    glue: str,
    joinable: Callable[[str, str], bool],
    width: int = WIDTH,
    spaced: Callable[[int, int], bool] | None = None,
) -> Seam | None:
    """The strings at `order` as one seam text, `glue` between neighbours that may continue each other (None when
    no two may, so there is nothing to find across them). Neighbours that are `spaced` are read without the white
    space at their ends (a token cut into lines, each its own block); a blank string is skipped then."""
    if spaced is None:
        spans = [(0, len(texts[i])) for i in order]
        joins = [joinable(texts[a], texts[b]) for a, b in pairwise(order)]
    else:
        spans = [_trimmed(texts[i], width) for i in order]
        kept = [n for n, (lo, hi) in enumerate(spans) if hi > lo]
        order, spans = [order[n] for n in kept], [spans[n] for n in kept]
        joins = [
            joinable(texts[a][ha - 1 : ha], texts[b][lb : lb + 1])
            if spaced(a, b)
            else ha == len(texts[a]) and lb == 0 and joinable(texts[a], texts[b])
            for (a, b), ((_, ha), (lb, _)) in zip(pairwise(order), pairwise(spans), strict=True)
        ]
    if not any(joins):
        return None
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    for n, (i, (lo, hi)) in enumerate(zip(order, spans, strict=True)):
        t = texts[i]
        if n:
            sep = glue if joins[n - 1] else BREAK
            parts.append(sep)
            pos += len(sep)
        if hi - lo <= 2 * width:
            pieces.append((pos, i, lo, hi - lo))
            parts.append(t[lo:hi] if hi - lo < len(t) else t)
            pos += hi - lo
        else:
            pieces.append((pos, i, lo, width))
            parts.append(t[lo : lo + width])
            pos += width + len(BREAK)
            parts.append(BREAK)
            pieces.append((pos, i, hi - width, width))
            parts.append(t[hi - width : hi])
            pos += width
    return Seam("".join(parts), pieces)


def _trimmed(text: str, width: int) -> tuple[int, int]:
    """Where `text` starts and ends without the white space at its ends (looked for within `width` of each end:
    a string that is blank that far holds no piece of a token at that end)."""
    head, tail = text[:width], text[-width:]
    lo = len(head) - len(head.lstrip())
    hi = len(text) - (len(tail) - len(tail.rstrip()))
    return (lo, hi) if lo < hi else (0, 0)


_RUN_AT = lazy.compile(r"[A-Za-z0-9_\-+/=.~]+")
_HEAD_RUN = lazy.compile(r"[A-Za-z0-9_\-+/=.~]{8,}")
_LABEL_REACH = 48
"""How far into the next string the rest of a labelled piece may start (`Part 2: ...`, a newline, a space)."""


def runs_seam(texts: list[str], order: list[int]) -> Seam | None:
    """For neighbours the plain seam does not join at their edges (a space, a newline or a label such as `part 2:`
    between the pieces), the token run that ends one string beside the first long token run early in the next."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    for a, b in pairwise(order):
        left, right = texts[a].rstrip(), texts[b]
        edge = left[-WIDTH:]
        back = _RUN_AT.match(edge[::-1])  # the run that ends the string, read backwards: linear, anchored
        if back is None or back.end() < 4:
            continue
        tail_start = len(edge) - back.end()
        head = _HEAD_RUN.search(right, 0, _LABEL_REACH + WIDTH)
        if head is None or head.start() > _LABEL_REACH or (head.start() == 0 and left == texts[a]):
            continue  # nothing to join, or the plain seam joins them already
        if parts:
            parts.append(BREAK)
            pos += len(BREAK)
        t_start = len(left) - len(edge) + tail_start
        t_len = back.end()
        h_len = min(head.end(), head.start() + WIDTH) - head.start()
        pieces.append((pos, a, t_start, t_len))
        pieces.append((pos + t_len, b, head.start(), h_len))
        parts.append(texts[a][t_start : t_start + t_len] + right[head.start() : head.start() + h_len])
        pos += t_len + h_len
    if not parts:
        return None
    return Seam("".join(parts), pieces)


def split_findings(seam_: Seam | None, detect: Detect, minimum: int = 1, words: bool = False) -> list[Located]:
    """Each finding of `detect` over the seam that covers two or more strings, located in each of them. With
    `words` (secrets), a word that begins or ends the finding in a string of its own is left out when the rest is
    found without it: a field starting `Hello world` after a password is not the password's tail."""
    if seam_ is None:
        return []
    out = []
    for f in detect(seam_.text, None):  # (the detector lowers it: a remembered seam is not lowered at all)
        labelled = False
        if words:
            f, labelled = _without_words(seam_, f, detect)
            if _cells_glued(seam_, f):
                continue
        located = seam_.locate(f, minimum, single=labelled)
        if located is not None:
            out.append(located)
    return out


def split_secrets(texts: list[str], order: list[int], places: list[Place], detect: Detect) -> list[Located]:
    """Secrets cut between the strings at `order`, located in each piece: pieces that touch (`sk-live-ab` |
    `cd...`), pieces with white space at the cut (a token cut into lines, each line its own block) and pieces after
    a space or a label (`part 2: ...`). A finding read by more than one of these is returned once."""
    plain = seam(texts, order, "", secret_joinable)
    spaced = None
    if any(not (t := texts[i]) or t[0].isspace() or t[-1].isspace() for i in order):
        spaced = seam(texts, order, "", secret_joinable, spaced=lambda a, b: blocks(places, a, b))
    # (with no string blank or white at an end, nothing is trimmed: the spaced seam is the plain one, read already)
    groups = split_findings(plain, detect, words=True)
    if spaced is not None and (plain is None or spaced.text != plain.text):
        groups += [
            g for f in split_findings(spaced, detect, words=True) if (g := _lines_read_on(f, texts, places, detect))
        ]
    groups += [g for g in split_findings(runs_seam(texts, order), detect, 4, words=True) if not _next_setting(g, texts)]
    seen: set[tuple[tuple[int, int, int], ...]] = set()
    out = []
    for located in groups:
        key = tuple(sorted((i, f.start, f.end) for i, fs in located.items() for f in fs))
        if key not in seen:
            seen.add(key)
            out.append(located)
    return out


def _next_setting(located: Located, texts: list[str]) -> bool:
    """Whether a loose secret read on past a space or a line break runs into a setting of its own (`postgres` |
    `POSTGRES_USER=postgres`): the next line of a file, not the rest of a value."""
    first = min(located)
    return next(iter(located.values()))[0].kind in _LOOSE and any(
        _STATEMENT.match(texts[i], f.start) for i, fs in located.items() if i != first for f in fs
    )


def _lines_read_on(located: Located, texts: list[str], places: list[Place], detect: Detect) -> Located | None:
    """A loose secret (known by a name or a look) read across a line break or a space: only where its first piece
    is found alone, and then only the pieces in the next blocks of its list that read as a token's rest (a line of
    code or config after a name is no part of its value: `api_key: SecretStr` | `password: str`)."""
    first, *rest = sorted(located)
    head = located[first][0]
    if head.kind not in _LOOSE:
        return located
    alone = detect(texts[first], None)
    if not any(g.kind in _LOOSE and g.start < head.end and head.start < g.end for g in alone):
        return None
    kept = {
        i: fs
        for i in rest
        if blocks(places, first, i) and (fs := [f for f in located[i] if continues(texts[i][f.start : f.end])])
    }
    return {first: located[first], **kept} if kept else None


def blocks(places: list[Place], a: int, b: int) -> bool:
    """Whether strings `a` and `b` are the texts of two blocks of one list (a result's or a message's `content`,
    a resource's `contents`): read one after the other as one text, not as values of their own."""
    (pa, ka, _), (pb, kb, _) = places[a], places[b]
    return (
        ka == kb == "text"
        and len(pa) == len(pb) > 0
        and pa[:-1] == pb[:-1]
        and isinstance(pa[-1], int)
        and isinstance(pb[-1], int)
    )


_FIGURES = lazy.compile(r"[\d\W_]+")
"""Digits and signs only: a number, a date, a version (`2024-01-01`), no token's rest."""
_NAME_PART = r"(?:[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z][A-Z0-9]+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*)"


_STATEMENT = lazy.compile(rf"{_NAME_PART}(?:[_.-]{_NAME_PART})*\s*[:=]")
"""A name as people write one being given a value (`POSTGRES_USER=`, `region:`, `maxRetries =`): the next line of a
file, no token's rest (whose mixed case reads as no name: `uYhw:z_U`)."""


def continues(piece: str) -> bool:
    """Whether a piece of a secret that runs on from a string where it was found alone is a token's rest (mixed
    letters and digits or symbols, as `b3b21`, `RcwUu`, `_9fK2`), not a word, a number or a setting of its own."""
    return bool(piece) and not (_WORD.fullmatch(piece) or _FIGURES.fullmatch(piece) or _STATEMENT.match(piece))


_WORD = lazy.compile(r"[A-Za-z][a-z]*")
"""A word as prose writes it (`Hello`, `europe`, `by`), never a token's mixed-case run."""


def _without_words(seam_: Seam, f: Finding, detect: Detect) -> tuple[Finding, bool]:
    """`f` without the words at its ends that lie in strings of their own, for as long as what is left is still
    found (whole) without them; and without the strings before it that are labels naming it (then True: what is
    left is the secret, even within one string)."""
    labelled = False
    while True:
        over = seam_.overlapping(f)
        covered = [(max(f.start, a), min(f.end, a + n)) for a, _, _, n in over]
        if len(covered) < 2:
            return f, labelled
        (head_lo, head_hi), (tail_lo, tail_hi) = covered[0], covered[-1]
        head = over[0][0], over[0][3]
        if label_name(seam_.text[head[0] : head[0] + head[1]]) is not None:
            # a field that is a label (`API key:`, `Your password is`) is what names the secret, not a piece of it:
            # the value after it is found by the label (`labelled_pairs`), the label is left as written
            start = _past_breaks(seam_.text, head_hi)
            f, labelled = Finding(f.detector, f.kind, start, f.end, f.score), True
            continue
        if _WORD.fullmatch(seam_.text, tail_lo, tail_hi):
            window = seam_.text[max(0, f.start - WIDTH) : tail_lo].rstrip(BREAK)
            if any(g.end == len(window) for g in detect(window, None)):
                f = Finding(f.detector, f.kind, f.start, _before_breaks(seam_.text, tail_lo), f.score)
                continue
        if _WORD.fullmatch(seam_.text, head_lo, head_hi):
            start = _past_breaks(seam_.text, head_hi)
            window = seam_.text[start : f.end]
            if any(g.start == 0 and g.end == len(window) for g in detect(window, None)):
                f = Finding(f.detector, f.kind, start, f.end, f.score)
                continue
        return f, labelled


_LOOSE = frozenset({"generic_secret", "password"})
"""Secrets known by their look or a name, not a form of their own (see `_cells_glued`)."""


def _past_breaks(text: str, pos: int) -> int:
    """Where the characters of `BREAK` that start at `pos` end (`len(text) - len(text[pos:].lstrip(BREAK))`)."""
    while pos < len(text) and text[pos] in BREAK:
        pos += 1
    return pos


def _before_breaks(text: str, pos: int) -> int:
    """Where the characters of `BREAK` that end at `pos` start (`len(text[:pos].rstrip(BREAK))`)."""
    while pos > 0 and text[pos - 1] in BREAK:
        pos -= 1
    return pos


def _cells_glued(seam_: Seam, f: Finding) -> bool:
    """Whether a loose secret found across strings is only words and numbers each filling its piece (`quota` |
    `10000` | `Requests` | `250` of a table): cells read on into each other, no piece of a token (a token's pieces
    mix letters and digits, or its letters are no word as prose writes them)."""
    if f.kind not in _LOOSE:
        return False
    parts = [seam_.text[max(f.start, a) : min(f.end, a + n)] for a, _, _, n in seam_.overlapping(f)]
    return len(parts) > 1 and all(_WORD.fullmatch(p) or (p.isascii() and p.isdigit()) for p in parts)


def telling(name: str) -> bool:
    """Whether a name says its value is a credential (`client_secret`, `API_TOKEN`, `password`); the answer is
    remembered for names up to `_NAME_KEPT` characters (a longer key, such as a text used as a key, is not kept)."""
    return _telling_kept(name) if len(name) <= _NAME_KEPT else _telling(name)


def _telling(name: str) -> bool:
    return (_TELLING.search(name) is not None or _PASSWORD_WORDS.search(name) is not None) and name.lower().replace(
        "_", ""
    ).replace("-", "") not in _NOT_TELLING


_telling_kept = lru_cache(maxsize=4096)(_telling)
_NAME_KEPT = 256
"""Longest name whose answer `telling` keeps."""


def named_pairs(texts: list[str], places: list[Place]) -> list[tuple[str, int]]:
    """(name, value index) for values a telling name stands next to: a dict key over its string value
    (`"client_secret": "..."`), or a name field beside a value field (`{"name": "API_TOKEN", "value": "..."}`)."""
    out: list[tuple[str, int]] = []
    named: list[int] = []
    last = len(places) - 1
    for i, (parent, key, is_key) in enumerate(places):
        if is_key:
            # `gather` puts a key right before its value when the value is a string
            after = places[i + 1] if i < last else None
            if after and after[0] is parent and after[1] == key and not after[2] and texts[i + 1] and telling(texts[i]):
                out.append((texts[i], i + 1))
        elif key in _NAME_KEYS and telling(texts[i]):
            named.append(i)
    for i in named:
        parent = places[i][0]
        fields = {key: j for j, (p, key, is_key) in enumerate(places) if not is_key and p == parent and texts[j]}
        value_at = next((fields[k] for k in _VALUE_KEYS if k in fields and fields[k] != i), None)
        if value_at is not None:
            out.append((texts[i], value_at))
    return out


_LABEL = lazy.compile(r"[^\W\d_]+(?:[ _'-][^\W\d_]+){0,5}")
"""A label's name: a few words of letters (`API key`, `Stored credentials`, `Mot de passe`)."""
_LABEL_CHARS = 64
_LABEL_VERBS = frozenset({"is", "are", "was", "were"})
_VALUE_CHARS = (6, _PAIR_VALUE)
"""Length of a lone token a label may name (shorter is no secret, longer is no value of a field)."""


def label_name(text: str) -> str | None:
    """The name a string that is only a label gives (`API key:` -> `API key`, `Your password is` -> `Your
    password`), when it says a credential follows; None for anything else."""
    if len(text) > _LABEL_CHARS:
        return None
    name = text.strip().rstrip(":=").rstrip()
    head, _, last = name.rpartition(" ")
    if head and last.lower() in _LABEL_VERBS:
        name = head.rstrip()
    if not _LABEL.fullmatch(name):
        return None
    last = re.split(r"[ _'-]", name)[-1]
    if not telling(last) and not _password_word(name):
        return None  # (the last word names the thing: `Password policy` names a policy, `Mot de passe` a password)
    return name


def labelled_pairs(texts: list[str], order: list[int], places: list[Place]) -> list[tuple[str, int]]:
    """(name, value index) for a lone token in the string right after one that is only a label naming a credential
    (`["API key", "..."]`, a `Password:` text block and the next, a row of a table as a list): read as `name=value`
    by `pair_findings`, like a name in its own field (`named_pairs`). Not a value with a name of its own (a key
    that is neither telling nor a value key: `created_at` after `{"name": "NPM_TOKEN"}`), nor the next cell of a
    row of more than two after a bare name (`["Signing key", "RSA-4096", "2024-03-15"]`: a listing's columns)."""
    out: list[tuple[str, int]] = []
    cells: dict[Path, int] = {}
    for parent, key, is_key in places:
        if not is_key and isinstance(key, int):
            cells[parent] = cells.get(parent, 0) + 1
    for a, b in pairwise(order):
        value = texts[b].strip()
        if not _VALUE_CHARS[0] <= len(value) <= _VALUE_CHARS[1] or any(c.isspace() for c in value):
            continue
        name = label_name(texts[a])
        if name is None or label_name(value) is not None or _named_otherwise(places[b][1]):
            continue
        parent, key, _ = places[a]
        if isinstance(key, int) and places[b][0] == parent and cells[parent] > 2 and not _marked(texts[a]):
            continue
        out.append((name, b))
    return out


def _named_otherwise(key: Segment | None) -> bool:
    """Whether a value's own key names it as something other than a credential (`created_at`, `algorithm`)."""
    return (
        isinstance(key, str)
        and len(key) > 1
        and key.lower() not in _VALUE_KEYS
        and key.lower() not in _HOLDER_KEYS
        and not telling(key)
    )


_HOLDER_KEYS = frozenset({"input", "entry", "response", "answer", "reply", "result", "output", "typed", "filled"})
"""Keys that hold whatever the field before them names (what was typed into a form's field), not a name of their own."""


def _marked(label: str) -> bool:
    """Whether a label says a value follows (`Password:`, `token =`, `Your key is`), not only names a thing."""
    label = label.strip()
    return label.endswith((":", "=")) or label.rpartition(" ")[2].lower() in _LABEL_VERBS


def _password_word(name: str) -> bool:
    """Whether a name ends with "password" in another language (`Kennwort`, `Mot de passe`, `DB-Passwort`; not
    `Passwortrichtlinie`, a policy): read as `password` by the detectors."""
    name = name.rstrip(" :=")
    return any(m.end() == len(name) for m in _PASSWORD_WORDS.finditer(name))


def pair_findings(texts: list[str], pairs: list[tuple[str, int]], detect: Detect) -> Located:
    """Findings of `detect` in each value read as `name=value`, at positions within the value."""
    out: Located = {}
    if not pairs:
        return out
    parts: list[str] = []
    regions: list[tuple[int, int, int, int]] = []  # (start of the pair, start of the value, value index, length)
    pos = 0
    for name, i in pairs:
        head = f"{'password' if _password_word(name) else name[-_PAIR_NAME:]}="
        value = texts[i][:_PAIR_VALUE]
        if parts:
            parts.append(BREAK)
            pos += len(BREAK)
        parts.append(head + value)
        regions.append((pos, pos + len(head), i, len(value)))
        pos += len(head) + len(value)
    text = "".join(parts)
    for f in detect(text, None):
        for begin, start, i, length in regions:
            if begin <= f.start < start + length:
                if f.end > start:
                    span = Finding(f.detector, f.kind, max(f.start - start, 0), min(f.end - start, length), f.score)
                    out.setdefault(i, []).append(span)
                break
    return out

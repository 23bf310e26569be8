"""Text written with escapes read as the characters they stand for, so that the secrets and personal-data detectors
find what a reader decodes: URL percent-escapes (`token%3Dghp_...`, a form body, a query string inside a query
string), HTML character references (`&#103;hp_`, `ana&#64;example.test`), `\\xHH` and `\\uXXXX` escapes of source
and JSON, and quoted-printable mail (`token=3Dghp_...`, words cut by its soft line breaks)."""

from __future__ import annotations

import html.entities
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from .containers import _orig_at, splice
from .findings import Finding

_RUN = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
"""A run of escapes (led by the literal `%`, which the engine looks for fast; a repeated group first tried every
place)."""
_QUERY_TOKEN = re.compile(r"[^\s\"'<>]*=[^\s\"'<>]*")
"""A run of text without spaces that assigns a value (`a=1&b=2`): in a form body or a query `+` stands for a space."""
_PLUS = re.compile(r"(?<=[\w%])\+(?=[\w%])")
_ESCAPED = frozenset(" \t\r\n\"#$%&'+,/:;<=>?@[\\]^`{|}!()*")
"""Characters URL encoding writes as escapes: an escape of a letter, a digit or `-._~` is no URL's (a C format
such as `%2d` or `%5d` is not read as one)."""
WHOLE = 8000
"""A text up to this long is read decoded whole; in a longer one, only the lines that hold escapes (and the line
before each, where a name may stand)."""
_ROUNDS = 2
"""How many times escapes are decoded (`%253D`, a URL put into a query twice, reads `%3D`, then `=`)."""


def _plain(run: str) -> str | None:
    """The characters a run of escapes stands for, or None when it is no URL's (bytes that are not UTF-8, a control
    character, or only escapes of characters URL encoding leaves as they are)."""
    try:
        plain = bytes.fromhex(run.replace("%", "")).decode("utf-8")
    except ValueError:
        return None
    if not any(c in _ESCAPED or c > "\x7f" for c in plain):
        return None
    if any((c < " " and c not in "\t\r\n") or "\x7f" <= c <= "\x9f" for c in plain):
        return None
    return plain


_LOWER = re.compile(r"%(?:[0-9][a-f]|[a-f][0-9a-f])")
"""An escape written in lower case (`%3d`, `%5b`): URL encoders write upper case, C and Python formats (`%3d`,
`%2e`) lower; such a run is read only between letters or digits (`token%3dghp_...`)."""
_WORD = re.compile(r"[\w%]")


def _run_plain(text: str, m: re.Match[str]) -> str | None:
    """What a run of escapes at `m` stands for (see `_plain`), or None; one in lower case only inside a word."""
    run = m.group()
    lo, hi = m.span()
    if _LOWER.search(run) and not (lo and hi < len(text) and _WORD.match(text[lo - 1]) and _WORD.match(text[hi])):
        return None
    return _plain(run)


_REFERENCE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,30}));")
"""An HTML character reference: `&#64;`, `&#x40;`, `&commat;`."""
_BACKSLASH = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]{1,6})\})")
"""A `\\xHH`, `\\uXXXX` or `\\u{...}` escape of a character (source code, JSON, JavaScript)."""
_PRINTED = re.compile(r"=(?:([0-9A-F]{2})|[ \t]*\r?\n)")
"""A quoted-printable escape (`=3D`) or soft line break (`=` at a line's end)."""
_QP_ESCAPE = re.compile(r"=3D|=[89A-F][0-9A-F]=[89A-F][0-9A-F]")
"""What quoted-printable text holds: `=` written as `=3D`, or the bytes of a letter outside ASCII (`=C3=A9`)."""
_QP_BREAK = re.compile(r"=[ \t]*\r?\n")
"""A soft line break: a line that ends with one `=` (base64's `==` padding is not one; led by its literal)."""


def _qp(text: str) -> bool:
    """Whether `text` is quoted-printable: it says so, or it holds both a soft line break and an escape only such
    text writes (`cipher=3DES` alone, or base64 ending a line with `=`, is not)."""
    if "uoted-printable" in text or "UOTED-PRINTABLE" in text:
        return True
    if _QP_ESCAPE.search(text) is None:
        return False
    return any(m.start() and text[m.start() - 1] not in "= \t\r\n" for m in _QP_BREAK.finditer(text))


def _readable(c: str) -> bool:
    """Whether a character an escape stands for is one a reader would show (no control character, no half of a
    surrogate pair)."""
    return (c >= " " or c in "\t\r\n") and not ("\x7f" <= c <= "\x9f") and not ("\ud800" <= c <= "\udfff")


def _references(text: str) -> list[tuple[int, int, str]]:
    """Each HTML character reference, with the character it stands for."""
    out = []
    for m in _REFERENCE.finditer(text):
        number, hexed, name = m.groups()
        if name is not None:
            c = html.entities.html5.get(name + ";")
        else:
            code = int(number) if number is not None else int(hexed, 16)
            c = chr(code) if code <= 0x10FFFF else None
        if c and all(_readable(x) for x in c):
            out.append((m.start(), m.end(), c))
    return out


def _backslashed(text: str) -> list[tuple[int, int, str]]:
    """Each `\\x`/`\\u` escape (not itself escaped: `\\\\x41` is a backslash and "x41"), with its character."""
    out = []
    for m in _BACKSLASH.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] == "\\":
            k -= 1
        if (m.start() - k) % 2:
            continue
        c = chr(int(next(g for g in m.groups() if g is not None), 16))
        if _readable(c):
            out.append((m.start(), m.end(), c))
    return out


def _printed(text: str) -> list[tuple[int, int, str]]:
    """Quoted-printable escapes and soft line breaks, in a text that says it is quoted-printable or has such a
    break: each escape as its byte's character (bytes of UTF-8 letters together), each break as nothing."""
    if not _qp(text):
        return []
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, int]] = []

    def flush() -> None:
        if not run:
            return
        raw = bytes(b for _, _, b in run)
        try:
            plain = raw.decode("utf-8")
        except UnicodeDecodeError:
            plain = raw.decode("latin-1")
        if len(plain) == len(run):
            out.extend((lo, hi, c) for (lo, hi, _), c in zip(run, plain, strict=True) if _readable(c))
        elif all(_readable(c) for c in plain):
            out.append((run[0][0], run[-1][1], plain))
        run.clear()

    for m in _PRINTED.finditer(text):
        if run and m.start() != run[-1][1]:
            flush()
        if m.group(1) is None:
            flush()
            out.append((m.start(), m.end(), ""))
        else:
            run.append((m.start(), m.end(), int(m.group(1), 16)))
    flush()
    return out


def _edits(text: str) -> list[tuple[int, int, str]]:
    """Each run of escapes that is a URL's, with the characters it stands for; and each `+` between words of a
    query or form body that holds such a run, as a space; and the escapes of the other kinds (see the module)."""
    edits = [(m.start(), m.end(), p) for m in _RUN.finditer(text) if (p := _run_plain(text, m)) is not None]
    others = []
    if "&" in text:
        others += _references(text)
    if "\\" in text:
        others += _backslashed(text)
    if "=" in text:
        others += _printed(text)
    if others:  # (escapes of different kinds never share a character: `%3D`, `&#61;`, `\\x3d`, `=3D`)
        edits = _apart(sorted(edits + others))
    if edits and "+" in text:
        escaped = [lo for lo, _, _ in edits]
        for token in _QUERY_TOKEN.finditer(text):
            lo, hi = token.span()
            k = bisect_left(escaped, lo)
            if "+" in token.group() and k < len(escaped) and escaped[k] < hi:
                edits += [(lo + p.start(), lo + p.end(), " ") for p in _PLUS.finditer(token.group())]
        edits = _apart(sorted(edits))
    return edits


def _apart(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`edits` (sorted) without those that overlap one before them."""
    out: list[tuple[int, int, str]] = []
    for e in edits:
        if not out or e[0] >= out[-1][1]:
            out.append(e)
    return out


Back = Callable[[int, int], tuple[int, int]]


def decoded(text: str) -> tuple[str, Back] | None:
    """`text` with its URL escapes read (see `_edits`, up to `_ROUNDS` times), and how a span of that copy maps back
    to `text` (a span inside an escape covers it whole); None when it holds none."""
    if not _may_hold(text):
        return None
    copy = text
    backs: list[Back] = []
    for _ in range(_ROUNDS):
        spliced = splice(copy, _edits(copy)) if _may_hold(copy) else None
        if spliced is None:
            break
        copy, marks = spliced
        backs.append(_back(marks))
    if not backs:
        return None

    def back(start: int, end: int) -> tuple[int, int]:
        for step in reversed(backs):
            start, end = step(start, end)
        return start, end

    return copy, back


def _back(marks: list[tuple[int, int]]) -> Back:
    """How a span of a copy `splice` made maps back to the text it was made from."""

    def back(start: int, end: int) -> tuple[int, int]:
        lo = _orig_at(marks, start, False)
        return lo, max(_orig_at(marks, end, True), lo + 1)

    return back


_APART = "\n\x00\n"
"""How the decoded stretches of a long text are joined to be read at once (nothing matches across it)."""
_ANY = (re.compile(r"%[0-9A-Fa-f]{2}"), re.compile(r"&#?[A-Za-z0-9]{1,31};"), re.compile(r"\\[xu]"))
"""Where an escape of some kind may stand (each line holding one is read decoded when it does): one pass each, led
by its literal (an alternation of them took ~4 ms a MB of source, these ~1.6)."""
_SOFT = re.compile(r"=[ \t]*\r?\n|=[0-9A-F]{2}")


_GATES = (
    ("%", _RUN),
    ("&", re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]{1,30};)")),
    ("\\", re.compile(r"\\[xu]")),
    ("=", re.compile(r"=(?:3D|[89A-F][0-9A-F])")),
)
"""Something only a text with escapes holds, each kind looked for by a pass led by its literal, when its character
is in the text at all (one alternation of them tried every place: a 1 KB JSON result, ~40 us; these, ~3)."""


def _may_hold(text: str) -> bool:
    """Whether `text` may hold an escape of some kind (a cheap look before the passes that tell)."""
    if any(mark in text and gate.search(text) is not None for mark, gate in _GATES):
        return True
    return "=" in text and ("uoted-printable" in text or "UOTED-PRINTABLE" in text)


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of a long text read decoded: each line holding an escape, with the lines before and after it
    (a name may stand before; a quoted-printable line goes on in the next)."""
    out: list[tuple[int, int]] = []
    seen = [m.span() for r in _ANY for m in r.finditer(text)]
    if _qp(text):
        seen += [m.span() for m in _SOFT.finditer(text)]
    for at, stop in sorted(seen):
        if out and at < out[-1][1]:
            continue
        line = text.rfind("\n", 0, at)
        lo = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        end = text.find("\n", stop)
        hi = len(text) if end < 0 else text.find("\n", end + 1)
        hi = len(text) if hi < 0 else hi
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


Copy = tuple[int, int, str, Back]
"""A stretch of a text read decoded: where it starts in the joined copy, where in the text, its copy, its way back."""


def copies(text: str) -> tuple[str, list[Copy]] | None:
    """The stretches of `text` that hold escapes, read decoded and joined (to be read at once), or None when there
    are none: a text up to `WHOLE` long whole; in a longer one the lines that hold escapes (see `_windows`)."""
    if not _may_hold(text):
        return None
    out: list[Copy] = []
    at = 0
    for lo, hi in [(0, len(text))] if len(text) <= WHOLE else _windows(text):
        plain = decoded(text[lo:hi])
        if plain is not None:
            out.append((at, lo, *plain))
            at += len(plain[0]) + len(_APART)
    return (_APART.join(c[2] for c in out), out) if out else None


def merged(found: list[Finding], read: list[Finding], made: list[Copy]) -> list[Finding]:
    """`found` (in the text as written) with what was `read` in the joined copy `made`, spans mapped back to whole
    escapes: a finding that overlaps none found as written is added; one that reaches beyond those it overlaps (a
    key a soft line break cut) takes their place, covering them. Overlaps are found by bisection (a page of
    thousands of findings is not read once per finding)."""
    if not read:
        return found
    ordered = sorted(found, key=_order)
    starts = [g.start for g in ordered]
    reach = max((g.end - g.start for g in ordered), default=0)
    made_at = [c[0] for c in made]
    dropped: set[int] = set()
    added: list[Finding] = []
    for f in read:
        at, lo, copy, back = made[bisect_right(made_at, f.start) - 1]
        if f.start - at >= len(copy):
            continue
        start, end = back(f.start - at, min(f.end - at, len(copy)))
        start, end = lo + start, lo + end
        first, last = bisect_left(starts, start - reach), bisect_left(starts, end)
        under = [k for k in range(first, last) if ordered[k].end > start]
        if under and all(ordered[k].start <= start and end <= ordered[k].end for k in under):
            continue  # (found as written already)
        dropped.update(under)
        start, end = min([start, *(ordered[k].start for k in under)]), max([end, *(ordered[k].end for k in under)])
        added.append(Finding(f.detector, f.kind, start, end, f.score))
    if not added:
        return found
    kept = [g for k, g in enumerate(ordered) if k not in dropped]
    return sorted(kept + added, key=_order)


def _order(f: Any) -> tuple[int, int]:
    return f.start, f.end

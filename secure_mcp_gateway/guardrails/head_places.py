"""Every place where an expression led by a choice of phrases matches, found one phrase at a time."""

from __future__ import annotations

import functools
import re

from . import lazy
from .screen import SCREEN

# A rule's head (see `injection.Rule.head`) is a choice of phrases, some of them led by a choice of words
# ("(?:when|while)\s+...", "(?:summary|overviews?|answers?)\s+of\s+this"). Looked for as one expression, the regex
# engine has no literal to skip ahead to and tries each character of the text in turn (~20 ns each); each phrase
# alone starts with a literal it skips to at memory speed. A choice matches at a place exactly when one of its
# branches does, and a group of choices followed by the rest exactly when one of the choices followed by the rest
# does (the engine backtracks into every branch), so the places of the whole are the places of the pieces together.


def _class_end(source: str, i: int) -> int:
    """Past the `]` that closes the character class opening at `i` (a `]` first in it, after `[` or `[^`, is one of
    its characters); the end of `source` when none does."""
    i += 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
        elif source[i] == "]":
            return i + 1
        else:
            i += 1
    return len(source) + 1


def _scan(source: str, stop_at_close: bool) -> tuple[list[str], int] | None:
    """The top-level branches of `source` (split at each `|` outside groups and classes), and where reading stopped:
    with `stop_at_close`, past the `)` that closes the group `source` opens with. None when `source` cannot be read
    plainly (groups or a class left open)."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0 and stop_at_close:
                return out, i + 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    if depth or i > len(source) or stop_at_close:
        return None
    out.append(source[start:])
    return out, i


def _split(source: str) -> list[str] | None:
    """The top-level branches of `source`; None when it cannot be read plainly."""
    read = _scan(source, False)
    return None if read is None else read[0]


def _group_end(source: str) -> int | None:
    """Past the `)` that closes the group `source` opens with; None when it cannot be read plainly."""
    read = _scan(source, True)
    return None if read is None else read[1]


_QUANTIFIERS = ("*", "+", "?", "{")
_UNREAD = re.compile(r"\(\?>|[*+?}]\+|\(\?P=|\(\?\(|\(\?[aiLmsux-]|\\[1-9]")
"""Atomic groups, possessive repeats, back-references, conditions and flags: a head holding one is read whole."""


def pieces(head: str) -> tuple[str, ...] | None:
    """The phrases whose places together are `head`'s: its top-level branches, and a branch that opens with a
    non-capturing group of choices (not repeated) split into one per choice, each followed by the rest. None when
    `head` holds constructs this does not read (atomic groups, possessive repeats, back-references, flags)."""
    if _UNREAD.search(head) is not None:
        return None
    while head.startswith("(?:") and _group_end(head) == len(head):
        head = head[3:-1]
    branches = _split(head)
    if branches is None:
        return None
    out: list[str] = []
    for branch in branches:
        end = _group_end(branch) if branch.startswith("(?:") else None
        choices = _split(branch[3 : end - 1]) if end is not None else None
        if end is None or choices is None or len(choices) < 2 or branch[end : end + 1] in _QUANTIFIERS:
            out.append(branch)
        else:
            out.extend(choice + branch[end:] for choice in choices)
    if any(not piece for piece in out):
        return None  # (an empty branch matches everywhere: left to the whole expression)
    return tuple(out)


@functools.cache
def _compiled(head: str) -> tuple[lazy.Lazy, ...] | None:
    split = pieces(head)
    return None if split is None or len(split) < 2 else tuple(lazy.compile(p) for p in split)


def places(head: str, low: str, most: int) -> list[int] | bool | None:
    """Where `head` matches in `low` (every place, overlapping ones too, in order); None past `most` places; False
    when `head` is not split into pieces (see `pieces`: the caller reads it whole)."""
    split = _compiled(head)
    return False if split is None else placed(split, low, most)


MOST_PIECES = 8
"""A rule split into more phrases than this is read whole (see `led_pieces`): each phrase's pass costs about as much
as a pass of the whole choice of words that leads it (~0.7 ns a character: the engine skipping to its literal), so
thirteen phrases cost what the whole rule does (2 MB of the Python standard library: 22 ms either way)."""
_LED = re.compile(r"[^\\()\[\].^$|?*+{](?![?*+{])")
"""A phrase that opens with a literal character (not repeated or optional): the engine skips to it."""
_NAMED = re.compile(r"\(\?P<\w+>")


def led_pieces(pattern: str) -> tuple[str, ...] | None:
    """The phrases whose places together are those of `pattern` (a rule's expression, maybe wrapped whole in a named
    group), each opening with a literal character: split as `pieces` splits a head, and split again while a phrase
    opens with a choice ("(?:do\\s+not|never)\\s+ask" into "do\\s+not\\s+ask" and "never\\s+ask"). None when `pattern`
    opens with a literal itself (the engine already skips to it), cannot be split so, or splits into more than
    `MOST_PIECES`."""
    named = _NAMED.match(pattern)
    if named is not None and _group_end(pattern) == len(pattern):
        pattern = pattern[named.end() : -1]  # (a group that holds the whole match: the same places without it)
    if _LED.match(pattern):
        return None
    out: list[str] = []
    todo = [pattern]
    while todo:
        piece = todo.pop()
        if _LED.match(piece):
            out.append(piece)
            continue
        split = pieces(piece)
        if split is None or len(split) < 2 or len(out) + len(todo) + len(split) > MOST_PIECES:
            return None
        todo.extend(split)
    return tuple(sorted(out))


def compiled_pieces(pattern: str) -> tuple[lazy.Lazy, ...] | None:
    """`led_pieces(pattern)`, each a lazily compiled expression (compiled on the background thread with the others,
    see `lazy.prepare_soon`, when made before it runs); None when it has none."""
    split = led_pieces(pattern)
    return None if split is None else tuple(lazy.compile(p) for p in split)


def placed(split: tuple[lazy.Lazy, ...], low: str, most: int) -> list[int] | None:
    """Where any of the phrases `split` matches in `low` (every place, overlapping ones too, in order); None past
    `most` places. A phrase the shared screen found cannot match `low` is not searched for (~1.5 ms per 2 MB each)."""
    found: set[int] = set()
    for piece in split:
        if not SCREEN.known(low, piece):
            continue  # the shared screen read `low` and found that this phrase cannot match it
        search = piece.search
        m = search(low)
        while m is not None:
            at = m.start()
            found.add(at)
            if len(found) > most:
                return None
            m = search(low, at + 1)
    return sorted(found)

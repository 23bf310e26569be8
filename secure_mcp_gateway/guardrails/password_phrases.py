"""Passwords written after a phrase that names what they open: `Password for the router: ...`, `WLAN-Passwort für
das Gästenetz: ...`, `the admin password of the NAS is ...`, `wifi pw for guests is ...`."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from . import lazy, password_words

SPACED = tuple(w for w in password_words.WORDS if ord(w[0]) < password_words.SPACELESS)
"""The words for "password" in the languages that put spaces between words (a phrase there has words between)."""
ENGLISH = ("password", "passphrase", "passcode", "pwd", "pw")
"""The English words, each searched for by an expression of its own that starts with it (see `_LED`)."""
NAMES = (*ENGLISH, "pwd", *SPACED)
"""The words (lower-cased) a phrase starts with."""
_OTHER = tuple(w for w in SPACED if "pass" not in w and "pw" not in w)

_REST = (
    r"s?(?P<between>(?:[ \t]+[^\s:=;,.!?\"'`()\[\]{}<>|/\\*#$%@]{1,24}){1,5}?)[ \t]*"
    r"(?::|=|(?<=[ \t])(?:is|es|est|ist|lautet|é|è|är|er|jest|je)(?=[ \t]))[ \t]*[\"'`]?"
    r"(?P<value>[^\s\"'`,;<>()\[\]{}\\]{6,128})"
)
_PHRASE = lazy.compile(
    r"(?<![a-z0-9_])(?:" + "|".join(re.escape(w) for w in sorted(NAMES, key=len, reverse=True)) + r")" + _REST
)
"""The word, one to five words on the same line (no punctuation between), a colon, `=` or `is` in one of the
languages of `password_words.VERBS`, then the value."""
_LED = tuple((w, lazy.compile(re.escape(w) + f"(?<![a-z0-9_]{re.escape(w)})" + _REST)) for w in ENGLISH)
"""One expression per English word, led by the word (the engine skips ahead to it: no start tried from Python)."""
LOOSE = r"(?:pass|pw|" + "|".join(re.escape(w) for w in _OTHER) + r")[^\s:=]{0,12}[ \t]+[^\s:=]{1,24}[ \t:=]"
"""A loosened form for the short texts' joined screen (see `secrets._LOW_ANY`): every phrase matches it."""

_NOT_OPENED = frozenset(
    {
        *("hash", "hashes", "hashed", "digest", "salt", "salted", "policy", "policies", "length", "format", "field"),
        *("fields", "column", "prompt", "pattern", "regex", "rule", "rules", "hint", "hints", "manager", "reset"),
        *("strength", "requirement", "requirements", "expiry", "expires", "file", "path", "variable", "placeholder"),
        *("example", "history", "change", "changed", "encrypted", "encoding", "characters", "chars", "must"),
        *("should", "will", "was", "has", "have", "can", "cannot", "not", "never", "store", "stored", "vault", "env"),
        *("min", "max", "minimum", "maximum", "input", "label", "type", "mode", "options", "option"),
    }
)
"""Words between that make the phrase about the password rather than naming what it opens (`password hash of admin
is ...`, `password field for the form: ...`, `password manager for the team is ...`)."""
_PRODUCTS = frozenset({"1password", "keepass", "keepassxc", "lastpass", "bitwarden", "dashlane", "passbolt"})


def find(
    text: str,
    low: str,
    places: Callable[[str], list[int] | None],
    starts: list[int],
    plausible: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """The spans of the values of phrases led by an English word (`places` tells where it starts in `low`, or None
    when the whole text is to be searched for it), or starting at `starts` (the other languages' words, where
    `mot de passe` starts before its `pass`), when `plausible` finds the value a credential."""
    found = []
    for word, pattern in _LED:
        at = places(word)
        if at is None:
            found += pattern.finditer(low)
        else:
            found += filter(None, map(pattern.match, itertools.repeat(low), at))
    for at in starts:
        m = _PHRASE.match(low, at - 7 if low.startswith("mot de ", at - 7) and at >= 7 else at)
        if m is not None:
            found.append(m)
    out: list[tuple[int, int]] = []
    end = 0
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() < end:
            continue
        words = m.group("between").split()
        if any(w in _NOT_OPENED for w in words):
            continue
        start = m.start("value")
        stop = m.end("value")
        while stop > start and text[stop - 1] in ".:!?":
            stop -= 1
        value = text[start:stop]
        if value.lower() in _PRODUCTS or not plausible(value):
            continue
        out.append((start, stop))
        end = stop
    return out

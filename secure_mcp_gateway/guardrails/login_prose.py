"""Passwords written in a sentence right after a user name, with no colon before them: `usuario admin, clave ...`,
`user root / password ...`, `Benutzer: admin, Kennwort ...`, `login deploy pass ...`, in the languages of
`password_words`. The user name and the word for the password must stand on one line, in that order, a few
characters apart; the value must look like a password (see `secrets.plausible_secret`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy, password_words
from .scan import INDEX, LONG

_USER_WORDS = (
    *("username", "user name", "user", "login", "usuario", "usuário", "utilisateur", "identifiant", "benutzername"),
    *("benutzer", "nutzer", "utente", "gebruikersnaam", "gebruiker", "użytkownik", "uzytkownik"),
    *("kullanıcı adı", "kullanici adi", "kullanıcı", "käyttäjätunnus", "käyttäjä", "användarnamn", "användare"),
    *("brugernavn", "brukernavn", "логин", "пользователь", "uživatel", "felhasználó", "utilizator", "usuari"),
)
"""What names the user in a pair, lower-cased (the longest spelling of each language first, so it wins)."""
_PASSWORD_WORDS = ("password", "passwort", "passphrase", "passcode", "pass", "pwd", "pw", *password_words.WORDS)
PASSWORD_WORDS = tuple(sorted(set(_PASSWORD_WORDS)))
"""The words for the password a pair is tried from (lower-cased)."""
_PAIR = lazy.compile(
    r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in sorted(_USER_WORDS, key=len, reverse=True)) + r")"
    r"[ \t]*[:=]?[ \t]*[\"'`]?(?P<user>[^\s,;:\"'`/|]{1,64})[\"'`]?[ \t]*"
    r"(?:[,;/|]|[ \t](?:and|y|e|et|und|en|i|ve|и|a|és|ja|og|och|oraz))?[ \t]*"
    r"(?:" + "|".join(re.escape(w) for w in sorted(set(_PASSWORD_WORDS), key=lambda w: (-len(w), w))) + r")"
    r"(?![\w-])[ \t]+[\"'`]?(?P<value>[^\s\"'`,;<>()\[\]{}]{6,128})"
)
"""On the lower-cased text: a user word, the user name, a separator or `and` in one of the languages, the word for
the password, blanks (a colon or `=` there is read by the assignments), then the value."""
_REACH = 120
"""How far before the password word its user word may start (on the same line)."""
WORDS = ("user", "login", "usuario", "usuário", "utilisateur", "identifiant", "benutzer", "nutzer", "utente")
WORDS += ("gebruiker", "użytkownik", "uzytkownik", "kullanıcı", "kullanici", "käyttäjä", "användar", "brugernavn")
WORDS += ("brukernavn", "логин", "пользовател", "uživatel", "felhasználó", "utilizator", "usuari")
"""A literal that each user word starts with."""
_USER_AT = lazy.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in WORDS) + r")")
"""Where a user word may start (searched only on the line before a password word)."""
_ASCII_WORDS = tuple(w for w in WORDS if w.isascii())
INDEX.add(_ASCII_WORDS, where=False)  # (whether each occurs, see `_no_user`)


def _no_user(low: str) -> bool:
    """Whether no user word stands in long lower-cased `low`, as far as the shared index tells at once (its reading
    of the text; letters outside ASCII are looked for)."""
    if not all(INDEX.absent(low, w) for w in _ASCII_WORDS):
        return False
    return low.isascii() or not any(w in low for w in WORDS if not w.isascii())


LOOSE = (
    "(?:"
    + "|".join(re.escape(w) for w in WORDS)
    + r")[^\n]{0,80}?(?:pass|pw|"
    + "|".join(re.escape(w) for w in password_words.WORDS)
    + ")"
)
"""A loosened form for the short texts' joined screen: every pair matches it."""
_NOT_USER = frozenset({"name", "names", "id", "ids", "and", "or", "the", "a", "an", "is", "has", "with", "of", "for"})
_NOT_USER |= {"encrypted", "unencrypted", "hashed", "default", "new", "old", "current", "initial", "temporary"}
_NOT_USER |= {"to", "can", "must", "should", "will", "may", "does", "did", "not", "cannot", "could", "would", "who"}
"""Words that stand where a user name would, in prose about users and passwords (`user name and password fields`)
and in SQL (`LOGIN ENCRYPTED PASSWORD 'md5...'`: a digest, not the password)."""
_UNREAD: re.Match[str] | None = re.match("", "")
"""A stand-in for a pair not read yet (see `find`)."""
_DIGEST = lazy.compile(r"(?:md5|sha(?:1|256|512)?[:$]?)?[0-9a-f]{32,128}")


def find(
    text: str, low: str, plausible: Callable[[str], bool], places: Callable[[str], list[int]]
) -> list[tuple[int, int]]:
    """The spans (in `text`, as long as `low`) of passwords written right after a user name, when `plausible` finds
    the value one; `places(word)` tells where a word of `PASSWORD_WORDS` starts in `low` (the shared index knows a long
    text's). Each pair is tried from a password word with a blank after it, back to a user word on its line."""
    out: list[tuple[int, int]] = []
    if len(low) >= LONG and _no_user(low):
        return out  # no pair: a text of thousands of `password=` is not read at each of them
    ascii_only = low.isascii()
    pairs: dict[int, re.Match[str] | None] = {}  # (a user word within reach of many password words is read once)
    for word in PASSWORD_WORDS:
        if ascii_only and not word.isascii():
            continue
        for at in places(word):
            end = at + len(word)
            if low[end : end + 1] not in (" ", "\t") or (at and (low[at - 1].isalnum() or low[at - 1] == "_")):
                continue  # `password=`, `passing`, Python's `pass` at a line's end: no value after blanks
            lo = max(0, at - _REACH)
            line = low.rfind("\n", lo, at)
            for user in _USER_AT.finditer(low, line + 1 if line >= 0 else lo, at):
                m = pairs.get(user.start(), _UNREAD)
                if m is _UNREAD:
                    m = pairs[user.start()] = _PAIR.match(low, user.start())
                if m is None or m.start("value") <= at or m.group("user") in _NOT_USER:
                    continue
                start, stop = m.span("value")
                value = text[start:stop].rstrip(".!?")
                if _DIGEST.fullmatch(value.lower()) is None and plausible(value):
                    out.append((start, start + len(value)))
                break
    return out

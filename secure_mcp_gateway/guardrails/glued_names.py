"""Secrets under a name whose telling word is glued inside one lower-case word, at the start of a config line: a
voice server's `icesecretwrite=...`, a learning platform's `wstoken=...`, `rpcauthtoken: ...`.
The other rules read a telling word at a name's start or after a separator; here the word and its line's shape
(`name=value` or `name: value`, alone on the line) tell together, and the value must be random or typed."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy

WORDS = ("secret", "token")
"""The telling words, glued after other letters (a password's glued name is read by the password rules, which know
its hashed forms)."""
LOW_GATES = (r"(?:^|\n)[ \t]*(?:export[ \t]+)?[a-z0-9_.-]{0,40}[a-z](?:secret|token)[a-z]{0,16}[ \t]*[:=]",)
"""On a short lower-cased text: such a line (see `secrets._low_any`)."""
_HEAD = lazy.compile(r"[ \t]*(?:export[ \t]+)?[a-z0-9_.-]{0,40}?(?P<glued>[a-z]{1,24})")
"""What stands before the glued word on its line: spaces, the name's first words and the letters it is glued to."""
_TAIL = lazy.compile(r"(?:secret|token)[a-z]{0,16}[ \t]*[:=][ \t]*[\"']?(?P<value>[^\s\"']{6,256})[\"']?[ \t]*\r?$")
_NOT_SECRET = lazy.compile(
    r"hash|digest|crypt|salt|sha\d|md5|device|push|fcm|apns|registration|csrf|xsrf|nonce|pub|captcha|id(?:$|[^a-z])"
    r"|file|path|url|uri|name|type|ttl|expir|length|count|size|header|endpoint|len$"
)
"""In the name: what makes it name something about a secret, a hash of one or an identifier (`passwordhash`,
`devicetoken`, `pushtoken`, `tokenfile`), not the secret."""
_NOT_GLUED = frozenset({"max", "min", "num", "no", "un", "re", "de", "is", "has", "get", "set", "new", "old", "use"})
"""What a name's first letters are when they make a word of their own before the telling word (`maxtokens`,
`nosecret`, `resettoken`): another rule reads those names, or they hold no secret."""


def find(
    text: str,
    low: str,
    places: Callable[[str], list[int]],
    judge: Callable[[str], bool],
    public: Callable[[str], bool],
) -> list[tuple[int, int, str]]:
    """These values with their kind (`places(word)`: where a word of `WORDS` starts in `low`; `judge(value)`:
    whether a value is a secret, random or typed; `public(name)`: whether a name is a public key's or a page's
    token's, `nexttoken`)."""
    out: list[tuple[int, int, str]] = []
    for word in WORDS:
        for at in places(word):
            if not at or not ("a" <= low[at - 1] <= "z"):
                continue  # a telling word at the name's start: the other rules read it
            end = low.find("\n", at)
            m = _TAIL.match(low, at, len(low) if end < 0 else end)
            if m is None:
                continue
            start = low.rfind("\n", 0, at) + 1
            head = _HEAD.fullmatch(low, start, at)
            name = low[head.start("glued") : m.start("value")] if head is not None else ""
            if head is None or head.group("glued") in _NOT_GLUED or _NOT_SECRET.search(name) or public(name):
                continue
            value = text[m.start("value") : m.end("value")]
            if judge(value):
                out.append((*m.span("value"), "generic_secret"))
    return out

"""Secrets that config files and tools' output write apart from their name: `reg query` lines (`ApiToken  REG_SZ
...`), Windows answer files (`<Password><Value>...</Value>`), server directives that set a variable (Apache's
`SetEnv`, nginx's `fastcgi_param`, a Dockerfile's `ENV NAME value`, csh's `setenv NAME '...'`, Windows' `setx NAME
"..."`), WordPress' salts, a Netscape cookie jar's session cookies and an ODBC connection string's password in braces
(`PWD={...}`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .scan import occurrences

Check = Callable[[str], bool]
Places = Callable[[str], list[int]]
Span = tuple[int, int, str]

_SECRET_NAME = r"(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key)"
_REG_VALUE = lazy.compile(
    r"[ \t]+(?P<name>[a-z][\w.-]{0,60}?" + _SECRET_NAME + r")[ \t]+reg_(?:expand_)?sz[ \t]+(?P<value>[^\s]{6,4096})"
    r"[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: a `reg query` line whose value's name ends in a secret's name (`ProxyPassword`,
`ApiToken`, `ClientSecret`) and its string data."""
_ANSWER_FILE = lazy.compile(
    r"<(?P<tag>(?:[a-z]+)?password)>\s*<value>(?P<value>[^<\s]{4,1024})</value>\s*(?:<plaintext>(?P<plain>\w+))?"
)
"""On the lower-cased text: an answer file's (`unattend.xml`, `autounattend.xml`) `<Password>` or
`<AdministratorPassword>` with its `<Value>` (base64 of the password and the tag's name when `<PlainText>` is false:
readable all the same)."""
_REMOVED = "*sensitive*data*deleted*"
"""What Windows setup writes in place of a password it has removed from an answer file."""
_SET_VARIABLE = lazy.compile(
    r"[ \t]*(?i:setenv|setx|fastcgi_param|uwsgi_param|scgi_param|env)[ \t]+(?P<name>[A-Za-z][A-Za-z0-9_]{0,60})"
    r"[ \t]+(?:\"(?P<quoted>[^\"\r\n]{6,4096})\"|'(?P<single>[^'\r\n]{6,4096})'|(?P<value>[^\s\"';]{6,4096}))"
    r"[ \t]*;?[ \t]*(?=\r?\n|\Z)"
)
"""A server or image directive that sets a variable on its own line: Apache's `SetEnv NAME value`, nginx's
`fastcgi_param NAME value;`, a Dockerfile's `ENV NAME value`."""
_VARIABLE_NAME = lazy.compile(r"(?:\w*_)?" + _SECRET_NAME + r"|\w*(?:_pass|_pwd|_secret|_token|_key)", re.I)
_WP_SALT = lazy.compile(
    r"define\(\s*(?P<q>['\"])(?:auth|secure_auth|logged_in|nonce)_(?:key|salt)(?P=q)\s*,\s*"
    r"(?P<v>['\"])(?P<value>(?:(?!(?P=v))[^\r\n]){16,256})(?P=v)\s*\)"
)
"""On the lower-cased text: one of WordPress' eight keys and salts in `wp-config.php` and its value."""
_DEFINED = lazy.compile(
    r"define[ \t]*\(\s*(?P<q>['\"])(?P<name>(?:[a-z0-9_]{0,60}_)?"
    r"(?:api|app|auth|access|private|secret|encryption|signing|master|db)?(?:key|salt|secret|pass|password|passwd|pwd|token))"
    r"(?P=q)\s*,\s*(?P<v>['\"])(?P<value>(?:(?!(?P=v))[^\r\n]){8,256})(?P=v)\s*\)"
)
"""On the lower-cased text: a constant a PHP file defines under a secret's name (`define('JWT_AUTH_SECRET_KEY',
'...')`, `define ('WP_REDIS_PASSWORD', "...")`) and its value."""
_WP_SETTING = lazy.compile(
    r"(?:auth|logged_in|nonce)_(?:key|salt)[\"']?[ \t]*(?:=|:)[ \t]*(?P<v>['\"])"
    r"(?P<value>(?:(?!(?P=v))[^\r\n]){16,256})(?P=v)"
)
"""On the lower-cased text: WordPress' keys and salts handed to a container or a deploy tool (`.env`'s
`AUTH_KEY='...'`, `WORDPRESS_NONCE_SALT: "..."`, `-e WORDPRESS_AUTH_KEY='...'`), quoted as they hold spaces."""
_WP_SETTING_WORDS = tuple(f"{name}_{part}" for name in ("auth", "logged_in", "nonce") for part in ("key", "salt"))
_TAGGED = lazy.compile(
    r"[ \t]*(?:-[ \t]+)?[\"']?"
    r"(?P<name>[a-z0-9_.-]{0,60}?(?:password|passwd|pass|pwd|secret|token|key|credentials?|seed|salt))"
    r"[\"']?[ \t]*:[ \t]+(?:(?:!!(?:str|binary)|&[a-z0-9_-]{1,64})[ \t]+){1,2}"
    r"(?:\"(?P<dq>[^\"\r\n]{6,1024})\"|'(?P<sq>[^'\r\n]{6,1024})'|(?P<plain>[^\s\"'#]{6,1024}))[ \t]*(?:#[^\r\n]*)?"
    r"(?=\r?\n|\Z)"
)
"""On the lower-cased text: a YAML value under a secret's name behind a type tag or an anchor (`db_password: !!str
...`, `api_token: &token ...`, `secret: &s !!str "..."`); not behind a reference's tag (`!secret`, `!vault`, `!Ref`)."""
_TAGGED_WORDS = ("!!str", "!!binary", ": &")
_DEFINE_WORDS = ("define(", "define (")
_DRAWN_LEAST = 16
_DRAWN_DISTINCT = 20
_DRAWN_SYMBOLS = 4
_COOKIE_JAR = lazy.compile(
    r"(?:#httponly_)?[^\s#][^\t\r\n]{0,253}\t(?:true|false)\t[^\t\r\n]{1,1024}\t(?:true|false)\t\d{1,12}\t"
    r"(?P<name>[^\t\r\n]{1,128})\t(?P<value>[^\s]{16,4096})[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: a line of a Netscape cookie jar (curl's `-c`, browsers' exports): domain, subdomains,
path, secure, expiry, name and value, tab-separated."""

_ODBC_PASSWORD = lazy.compile(r"(?:pwd|password)=\{(?P<value>[^{}\"'\r\n]{4,256})\}(?=[ \t]*(?:;|[\"'<]|\r?\n|\Z))")
"""On the lower-cased text: an ODBC connection string's password in braces, as a value with `;` or spaces in it is
written (`DSN=...;UID=etl;PWD={...};`); not a format string's field (`PWD={db_pass}`, `PWD={cfg.password}`)."""
_FIELD = lazy.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_ODBC_WORDS = ("pwd={", "password={")

_WP_NAMES = tuple(
    f"{name}_{part}{q}" for name in ("auth", "logged_in", "nonce") for part in ("key", "salt") for q in "'\""
)
"""What every match of `_WP_SALT` holds (`secure_auth_key'` holds `auth_key'`): the names of WordPress' keys and salts
with their closing quote (`_key'` alone stands in most PHP and Python files)."""
WORDS = ("reg_sz", "reg_expand_sz", "<value>", "setenv", "setx ", "fastcgi_param", "uwsgi_param", "scgi_param", "env ")
WORDS += (*_WP_NAMES, "\ttrue\t", "\tfalse\t", *_ODBC_WORDS, *_DEFINE_WORDS, *_WP_SETTING_WORDS, *_TAGGED_WORDS)
"""The literals these finders need in the lower-cased text (the shared index tells where a long text holds each)."""
LOW_GATES = (
    r"reg_(?:expand_)?sz[ \t]",
    r"password>\s*<value>",
    r"(?:setenv|setx|fastcgi_param|uwsgi_param|scgi_param)[ \t]+\w*(?:pass|pwd|secret|token|key)\w*[ \t]",
    r"env [ \t]*\w*(?:pass|pwd|secret|token|key)\w*[ \t]",
    r"(?:auth_key|auth_salt|secure_auth_key|secure_auth_salt|logged_in_key|logged_in_salt|nonce_key|nonce_salt)['\"]",
    r"(?:\ttrue\t|\tfalse\t)\d{1,12}\t",
    r"(?:pwd|password)=\{",
    r"define[ \t]*\(",
    r"(?:auth|logged_in|nonce)_(?:key|salt)[\"']?[ \t]*[:=]",
    r"!!str|!!binary|: &",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(
    text: str, low: str, places: Places, plausible: Check, typed: Check, session: Callable[[str, str], bool]
) -> list[Span]:
    """The secrets of these shapes: `places` tells where one of `WORDS` starts in `low` (in order), `plausible`
    judges a named value, `typed` a password, `session` a cookie (name lower-cased, value)."""
    out: list[Span] = []

    def holds(word: str) -> bool:
        return bool(places(word))

    for m in on_lines(_REG_VALUE, low, low, ("reg_sz", "reg_expand_sz"), holds, places):
        if plausible(_at(text, m)):
            out.append((*m.span("value"), "generic_secret"))
    if holds("<value>"):
        for m in _ANSWER_FILE.finditer(low):
            value = _at(text, m)
            if value.lower() != _REMOVED and typed(value):
                out.append((*m.span("value"), "password"))
    for m in on_lines(_SET_VARIABLE, text, low, _DIRECTIVES, holds, places):
        group = next(g for g in ("quoted", "single", "value") if m.group(g) is not None)
        if _VARIABLE_NAME.fullmatch(m.group("name")) is not None and plausible(m.group(group)):
            out.append((*m.span(group), "generic_secret"))
    if any(holds(w) for w in _WP_NAMES):
        for m in _WP_SALT.finditer(low):
            value = _at(text, m)
            if " " not in value.strip() or len(set(value)) > 20:  # not 'put your unique phrase here'
                out.append((*m.span("value"), "generic_secret"))
    for word in _DEFINE_WORDS:
        for at in places(word):
            m = _DEFINED.match(low, at)
            if m is not None and (not at or not (low[at - 1].isalnum() or low[at - 1] == "_")):
                value = _at(text, m)
                if drawn(value) or (" " not in value and plausible(value)):
                    out.append((*m.span("value"), "generic_secret"))
    for m in on_lines(_TAGGED, low, low, _TAGGED_WORDS, holds, places):
        group = next(g for g in ("dq", "sq", "plain") if m.group(g) is not None)
        if plausible(text[m.start(group) : m.end(group)]):
            named = m.group("name")
            out.append((*m.span(group), "password" if "pass" in named or "pwd" in named else "generic_secret"))
    for word in _WP_SETTING_WORDS:
        for at in places(word):
            m = _WP_SETTING.match(low, at)
            if m is not None and drawn(_at(text, m)):
                out.append((*m.span("value"), "generic_secret"))
    for m in on_lines(_COOKIE_JAR, low, low, ("\ttrue\t", "\tfalse\t"), holds, places):
        if session(m["name"], _at(text, m)):
            out.append((*m.span("value"), "generic_secret"))
    for word in _ODBC_WORDS:
        for at in places(word):
            m = _ODBC_PASSWORD.match(low, at)
            if m is None or (at and (low[at - 1].isalnum() or low[at - 1] in "_-")):
                continue
            value = _at(text, m)
            if typed(value) and (_FIELD.fullmatch(value) is None or _mixed(value)):
                out.append((*m.span("value"), "password"))
    return out


def drawn(value: str) -> bool:
    """Whether `value` was drawn from every printable character, as WordPress' and other PHP applications' key
    generators draw (`k]7<Y...`): letters, digits and at least four symbols, over twenty different characters, a space
    at most for every sixteen; not a phrase or a template (`put your unique phrase here`, `{{ wp_auth_key }}`)."""
    n = len(value)
    if n < _DRAWN_LEAST or len(set(value)) <= _DRAWN_DISTINCT or value.count(" ") > n // 16:
        return False
    symbols = sum(1 for c in value if not c.isalnum() and c != " ")
    return symbols >= _DRAWN_SYMBOLS and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


_DIRECTIVES = ("setenv", "setx ", "fastcgi_param", "uwsgi_param", "scgi_param", "env ")


_LINE_MOST = 4096
"""The longest line these finders read."""


def on_lines(
    pattern: re.Pattern[str],
    on: str,
    low: str,
    words: tuple[str, ...],
    holds: Check,
    places: Places | None = None,
    lead: re.Pattern[str] | None = None,
) -> list[re.Match[str]]:
    """The matches of `pattern` (on `on`, the text or `low`) from the start of each line where one of `words` stands
    in `low`: a line without one is not read. `places`, when given, tells where a word starts in `low` (in order;
    the shared index knows it for a long text); else the words `holds` finds are looked for. `lead`, when given, is
    what every match holds within its line's first `_LINE_MOST` characters: a line where a search for it in `on` fails
    is not matched (a `[^\\r\\n]{0,N}?` prefix tries the rest of `pattern` at every character of the line)."""
    starts: set[int] = set()
    for word in words:
        if not holds(word):
            continue
        after = 0
        for at in occurrences(low, word) if places is None else places(word):
            if at < after:
                continue  # on a line read already
            start = low.rfind("\n", max(0, at - _LINE_MOST), at) + 1
            if start or at <= _LINE_MOST:
                starts.add(start)  # a line longer than that is no such line
            end = low.find("\n", at, at + _LINE_MOST)
            after = at + len(word) if end < 0 else end
    if lead is not None:
        search, find = lead.search, on.find
        starts = {at for at in starts if search(on, at, _line_end(find, at)) is not None}
    return [m for m in (pattern.match(on, at) for at in sorted(starts)) if m is not None]


def _line_end(find: Callable[..., int], at: int) -> int:
    """Where the line starting at `at` ends (at most `_LINE_MOST` characters on), given its text's `find`."""
    end = find("\n", at, at + _LINE_MOST)
    return at + _LINE_MOST if end < 0 else end


def add_password(text: str, m: re.Match[str], accept: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) as a password when `accept` takes it."""
    for group in ("quoted", "single", "value"):
        span = m.span(group) if group in m.re.groupindex else (-1, -1)
        if span[0] >= 0:
            if accept(text[span[0] : span[1]]):
                out.append((*span, "password"))
            return


def _mixed(value: str) -> bool:
    """Whether a value holds upper and lower case letters and digits (a password, not a variable's name)."""
    return any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)


def _at(text: str, m: re.Match[str]) -> str:
    """The value of match `m` (made on the lower-cased text) as `text` writes it."""
    return text[m.start("value") : m.end("value")]

"""Literal defaults after an environment or configuration read: `process.env.STRIPE_KEY || "..."`, `ENV["X"] || "..."`,
`System.getenv("X") ?: "..."`, `env::var("X").unwrap_or("...")`, `getenv('X') ?: '...'`, a Ruby block's `{ "..." }`,
`AppSettings["X"] ?? "..."`."""

from __future__ import annotations

from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines
from .scan import first_led

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_READ = (
    r"(?:process\.|meta\.|bun\.|\.)env(?:\.(?P<prop>\w{1,80})|\[[ \t]*[\"'`](?P<key>\w{1,80})[\"'`][ \t]*\])"
    r"|(?:getenv|get_env|environ\.get|env\.get|env\.fetch|env::var|getenvironmentvariable)"
    r"\([ \t]*[\"'](?P<call>\w{1,80})[\"'][ \t]*(?:\)|(?=,))"
    r"|(?:env|environ|_server)\[[ \t]*[\"'](?P<index>\w{1,80})[\"'][ \t]*\]"
    r"|env\{[ \t]*[\"']?(?P<brace>\w{1,80})[\"']?[ \t]*\}"
    r"|(?:\{\{[ \t]*env[ \t]+|lookup\([ \t]*[\"']env[\"'][ \t]*,[ \t]*)[\"'](?P<named>\w{1,80})[\"'][ \t]*\)?"
    r"|(?:appsettings|configuration|config)\[[ \t]*[\"'](?:[\w.-]{1,60}:){0,4}(?P<setting>\w{1,80})[\"'][ \t]*\]"
)
"""On the lower-cased text: a variable read from the environment (Node's, Vite's and Bun's `process.env.X`, a Go
template's `.Env.X`, `getenv("X")` in C, PHP, Python, R, Java and Lua, Elixir's `System.get_env("X")`, .NET's
`GetEnvironmentVariable("X")`, Rust's `env::var("X")`, Ruby's `ENV.fetch("X")` and `ENV["X"]`, PHP's `$_ENV['X']`
and `$_SERVER['X']`, Python's `os.environ["X"]`, Perl's `$ENV{X}`, a template's `env "X"` and Ansible's
`lookup('env', 'X')`), or a setting read from an app's configuration (.NET's `ConfigurationManager.AppSettings["X"]`
and `Configuration["Section:X"]`, a script's `config["X"]`); its name in one of `_NAMES`."""
_NAMES = ("prop", "key", "call", "index", "brace", "named", "setting")
_OR = (
    r"\)?[ \t]*(?:\|\||//|\?\?|\?:|or[ \t]|\{[ \t]*(?:\|\w*\|[ \t]*)?|\|[ \t]*default[ \t]*\(?"
    r"|\.(?:orelse|unwrap_or|unwrap_or_else|or)\([ \t]*(?:\|\w*\|[ \t]*)?"
    r"|(?<=[\"'])[ \t]*,[ \t]*(?:unset[ \t]*=[ \t]*)?)[ \t]*"
)
"""What gives the read a fallback: `||`, Perl's `//`, `??`, `?:`, `or`, a Ruby block, Java's `.orElse(`, Rust's
`.unwrap_or(`, a template's `| default`, or the call's next argument (R's `Sys.getenv("X", unset = ...)`)."""
_FALLBACK = r"(?P<read>" + _READ + ")" + _OR + r"[\"'`](?P<value>[^\"'`\\\s]{6,512})[\"'`]"
_DEFAULT = lazy.compile(r"[^\r\n]{0,300}?" + _FALLBACK)
"""From a line's start (lower-cased): the first environment read on it with a quoted literal as its fallback."""
_LEAD = lazy.compile(first_led(_FALLBACK))
"""What `_DEFAULT` finds after its prefix, searched for in a line: it holds no line break."""
_ASSIGNEE = lazy.compile(
    r"(?P<name>[\w$-]{1,80})[\"'\]]?[ \t]*(?::=|=>|=|:)[ \t]*(?:[\w$]{1,40}(?:\.|::|\([ \t]*)|\([ \t]*){0,4}\Z"
)
"""What the line assigns the read to, right before it (`const apiKey = `, `stripe_key: `, `'secret' => `)."""
_SECRET_NAME = lazy.compile(
    r"\w*(?:key|token|secret|pass(?:word|wd|phrase)?|pwd|credentials?|_pat)(?:_(?:base|v\d|prod|production|live))?"
)
_PUBLIC = lazy.compile(
    r"public|publishable|vite_|(?<![a-z])pub(?![a-z])|site_?key|anon|client_?key|key_?(?:path|file|id)"
)
"""A key's name that says it is public (Vite's `VITE_*` and `NEXT_PUBLIC_*` are built into the page), or names where a
key is kept (not the key)."""

WORDS = (
    *("process.env", "meta.env", "bun.env", "getenv(", "get_env(", "environ.get(", "env.get(", "env.fetch("),
    *("env::var(", "getenvironmentvariable(", "env[", "environ[", "_server[", "env{", ".env.", 'env "', "'env'"),
    *("appsettings[", "configuration[", "config["),
)
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
LOW_GATES = (
    r"\.env\.|env\{|env[ \t]+\"|[\"']env[\"']|_server\[",
    r"(?:getenv|get_env|environ\.get|env\.get|env\.fetch|env::var|getenvironmentvariable)\(",
    r"(?:env|environ)\[",
    r"(?:appsettings|configuration|config)\[",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """Literal defaults of secrets read from the environment that `plausible` judges credentials: the variable's name
    or the name it is assigned to must be a secret's (not a public key's or a path's)."""
    out: list[Span] = []
    for m in on_lines(_DEFAULT, low, low, WORDS, holds, places, _LEAD):
        names = [m.group(g) for g in _NAMES if m.group(g)]
        owner = _ASSIGNEE.search(low, m.start(), m.start("read"))
        if owner is not None:
            names.append(owner.group("name").rpartition(".")[2])
        if not any(_SECRET_NAME.fullmatch(n) for n in names) or any(_PUBLIC.search(n) for n in names):
            continue
        start, end = m.span("value")
        if plausible(text[start:end]):
            kind = "password" if any("pass" in n or "pwd" in n for n in names) else "generic_secret"
            out.append((start, end, kind))
    return out

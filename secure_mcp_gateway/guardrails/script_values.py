"""Secrets that editors' init files, office macros, scripts and provisioning variables assign in their own syntax:
Emacs Lisp's and AutoLISP's `(setq gptel-api-key "...")`, `(setq pwd "...")` and `(setenv "API_KEY" "...")`,
`custom-set-variables`' `'(name "...")`, Kakoune's and tmux's `set-option ... name '...'`, IRC clients' `/set
...password "..."`, PowerShell parameters (`-ChapSecret "..."`), Visual Basic's and VBA's `Const API_KEY As String =
"..."`, Android builds' `buildConfigField("String", "API_KEY", ...)`, HCL variables' `default = "..."` under a
secret's name (Terraform, Packer), Erlang terms' `{api_key, "..."}`, Capistrano's `set :slack_token, '...'`; with
`env_defaults`, `legacy_lines`, `markup_values`, `code_constants`, `dial_strings`, `program_lines` and
`server_logins`, literal defaults after environment reads, mainframe and classic ASP formats, markup, policies, tables
and dialogue scripts, typed declarations and signing keys in code, dial strings, modem commands and protocol
transcripts, midrange and 4GL programs, ETL packages and EDI envelopes, FTP, mail and log servers' own lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import (
    code_constants,
    dial_strings,
    env_defaults,
    lazy,
    legacy_lines,
    markup_values,
    program_lines,
    server_logins,
)
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_NAME = r"(?:[a-z][\w:/.-]{0,60}?)?(?:api[_-]?key|[_-]key|token|secret|password|passwd|passphrase|pass|pwd)"
_STRING = r"\"(?P<value>[^\"\\\r\n]{6,512})\""
_LISP = lazy.compile(
    r"[ \t]*(?:\((?:setq(?:-default|-local)?|setf|set!|setopt|defvar|defconst|defcustom|customize-set-variable"
    r"|def|define|defparameter|defonce)"
    r"[ \t]+(?:\^:?[\w-]{1,30}[ \t]+)?'?\*?(?P<name>"
    + _NAME
    + r")\*?|\(setenv[ \t]+\"(?P<env>[\w]{1,60})\"|'\((?P<custom>"
    + _NAME
    + r"))"
    r"[ \t]+" + _STRING
)
"""On the lower-cased text: a Lisp assignment of a string to a secret's name (Emacs Lisp's `setq`, Clojure's `def`,
Scheme's `define` and `set!`, Common Lisp's `defparameter` and `setf`), or `setenv` of a variable."""
_ENV_SECRET = lazy.compile(r"\w*(?:key|token|secret|pass(?:word)?|pwd)", re.I)
_OPTION = lazy.compile(
    r"[ \t]*(?:set(?:-option)?|variable)[ \t]+(?:-[a-z]+[ \t]+)*"
    r"(?:(?:global|buffer|window|current|shared|session)[ \t]+)?"
    r"@?(?P<name>" + _NAME + r")[ \t]+(?:'(?P<single>[^'\r\n]{6,512})'|" + _STRING + r"|(?P<bare>[^\s'\"]{6,512}))"
    r"[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: Kakoune's `set-option [-flags] scope name value`, tmux's `set -g @name value`, Tcl's
`variable name "..."`."""
_BASIC_CONST = lazy.compile(
    r"[ \t]*(?:(?:private|public|global|friend|protected)[ \t]+)?(?:const|dim|static)[ \t]+"
    r"(?P<name>\w{0,60}?(?:key|token|secret|password|passwd|pwd|pass))"
    r"[ \t]+as[ \t]+string[ \t]*=[ \t]*" + _STRING
)
"""On the lower-cased text: Visual Basic's and VBA's `Const API_KEY As String = "..."`."""
_BUILD_FIELD = lazy.compile(
    r"[ \t]*(?:buildconfigfield|resvalue)[ \t]*\(?[ \t]*[\"'](?:string|\w+)[\"'][ \t]*,[ \t]*"
    r"[\"'](?P<name>\w{0,60}?(?:key|token|secret|password|passwd))[\"'][ \t]*,[ \t]*"
    r"[\"'](?:\\\")?(?P<value>[^\"'\\\r\n]{6,512})(?:\\\")?[\"']"
)
"""On the lower-cased text: an Android build's `buildConfigField("String", "API_KEY", "\\"...\\"")` or
`resValue("string", "api_token", "...")`."""
_CHAT_SET = lazy.compile(
    r"[ \t]*/set[ \t]+(?P<name>[\w.-]{0,100}?(?:password|passwd|pass|secret|token|key))[ \t]+"
    r"(?:\"(?P<quoted>[^\"\r\n]{6,512})\"|(?P<bare>[^\s\"]{6,512}))[ \t]*(?=\r?\n|\Z)"
)
"""On the lower-cased text: an IRC client's `/set irc.server.<name>.sasl_password "..."` (WeeChat's, irssi's)."""
_PS_PARAMETER = lazy.compile(
    r"[^\r\n]{0,300}?[ \t]-(?P<name>[a-z]\w{0,40}?(?:secret|password|passwd|apikey|accesskey|secretkey|token))"
    r"[ \t]+(?:\"(?P<quoted>[^\"\r\n$`]{6,512})\"|'(?P<single>[^'\r\n]{6,512})')"
)
"""On the lower-cased text: a PowerShell cmdlet's parameter named for a secret with a string typed in
(`Set-IscsiChapSecret -ChapSecret "..."`, `-ApiKey '...'`)."""
_HCL_DEFAULT = lazy.compile(
    r"[ \t]*variable[ \t]+\"(?P<name>[\w-]{0,60}?(?:password|passwd|secret|token|api_?key|access_key|private_key))\""
    r"[ \t]*\{[^{}]{0,400}?(?<![\w-])default[ \t]*=[ \t]*" + _STRING
)
"""On the lower-cased text: an HCL variable under a secret's name with a default value (Terraform's, Packer's)."""

_ERLANG = lazy.compile(
    r"[^\r\n]{0,300}?\{[ \t]*"
    r"(?P<name>(?:[a-z]\w{0,60}?_)?(?:apikey|key|token|secret|password|passwd|passphrase|pass|pwd))[ \t]*,"
    r"[ \t]*(?:<<)?\"(?P<value>[^\"\\\r\n]{6,512})\"(?:>>)?[ \t]*\}"
)
"""On the lower-cased text: an Erlang term's `{api_key, "..."}` or `{password, <<"...">>}` (rebar.config,
sys.config, an app's env)."""

_RUBY_SET = lazy.compile(
    r"[ \t]*(?:set|ask)[ \t]+:(?P<name>" + _NAME + r")[ \t]*,[ \t]*(?:'(?P<single>[^'\r\n]{6,512})'|" + _STRING + r")"
)
"""On the lower-cased text: Capistrano's and Rake's `set :slack_token, '...'`."""
_ERLANG_WORDS = tuple(
    f'{w}, {q}"' for w in ("key", "token", "secret", "password", "passwd", "pass") for q in ("", "<<")
)
_LISP_WORDS = ("(setq", "(setf", "(set!", "(setopt", "(def", "(customize-set-variable", "(setenv")
_PS_WORDS = tuple(f"{w} {q}" for w in ("secret", "password", "passwd", "apikey", "accesskey", "token") for q in "\"'")
LINE_WORDS = (
    *(
        *_LISP_WORDS,
        'variable "',
        "variable ",
        "set-option",
        "set -g",
        " as string",
        "buildconfigfield",
        "resvalue",
        "/set ",
    ),
    *_PS_WORDS,
    *_ERLANG_WORDS,
    "set :",
    *env_defaults.WORDS,
    *legacy_lines.WORDS,
    *markup_values.WORDS,
    *code_constants.LINE_WORDS,
    *code_constants.PLACED,
    *dial_strings.WORDS,
    *program_lines.WORDS,
    *server_logins.WORDS,
)
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
WORDS = (*LINE_WORDS, "custom-set-variables", *markup_values.HELD)
"""The literals these finders need in the lower-cased text (the shared index tells whether a long text holds each)."""
LOW_GATES = (
    r"\((?:setq|setopt|def[a-z]{0,10}|customize-set-variable|setenv)[ \t]",
    r"custom-set-variables",
    r"set-option[ \t]|set[ \t]+-g|variable[ \t]",
    r"[ \t]as[ \t]+string[ \t]*=",
    r"variable[ \t]+\"",
    r"buildconfigfield|resvalue|/set[ \t]",
    r"[ \t]-[a-z]\w*(?:secret|password|passwd|apikey|accesskey|token)[ \t]+[\"']",
    r"(?:key|token|secret|pass|passwd|password), (?:<<)?\"",
    r"set :",
    *env_defaults.LOW_GATES,
    *legacy_lines.LOW_GATES,
    *markup_values.LOW_GATES,
    *code_constants.LOW_GATES,
    *dial_strings.LOW_GATES,
    *program_lines.LOW_GATES,
    *server_logins.LOW_GATES,
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The secrets of these shapes that `plausible` judges credentials (not a reference or a stand-in): `places`
    tells where one of `LINE_WORDS` starts in `low` (in order), `holds` whether a word of `WORDS` occurs in it."""
    out: list[Span] = []
    lisp = on_lines(_LISP, low, low, _LISP_WORDS, holds, places)
    if holds("custom-set-variables"):  # its `'(name "...")` lines, read only in such a file
        lisp += on_lines(_LISP, low, low, ("'(",), low.__contains__)
    for m in lisp:
        if m.group("env") is None or _ENV_SECRET.fullmatch(m.group("env")) is not None:
            _add(text, m, plausible, out)
    for m in on_lines(_OPTION, low, low, ("set-option", "set -g", "variable "), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_BASIC_CONST, low, low, (" as string",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_BUILD_FIELD, low, low, ("buildconfigfield", "resvalue"), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_CHAT_SET, low, low, ("/set ",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_PS_PARAMETER, low, low, _PS_WORDS, holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_HCL_DEFAULT, low, low, ('variable "',), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_ERLANG, low, low, _ERLANG_WORDS, holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_RUBY_SET, low, low, ("set :",), holds, places):
        _add(text, m, plausible, out)
    out += env_defaults.find(text, low, places, holds, plausible)
    out += legacy_lines.find(text, low, places, holds, plausible)
    out += markup_values.find(text, low, places, holds, plausible)
    out += code_constants.find(text, low, places, holds, plausible)
    out += dial_strings.find(text, low, places, holds, plausible)
    out += program_lines.find(text, low, places, holds, plausible)
    out += server_logins.find(text, low, places, holds, plausible)
    return out


def _add(text: str, m: re.Match[str], plausible: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when `plausible` judges it a credential."""
    for group in ("value", "single", "quoted", "bare"):
        span = m.span(group) if group in m.re.groupindex else (-1, -1)
        if span[0] >= 0:
            if plausible(text[span[0] : span[1]]):
                out.append((*span, "generic_secret"))
            return

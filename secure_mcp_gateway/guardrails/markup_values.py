"""Secrets in markup, policies, tables and dialogue scripts: XAML resource strings (`<x:String x:Key="ApiKey">`),
CFEngine's `"password" string => "..."`, Expect's `send` after a password prompt, a wiki's or Markdown table's row
(`| api_key || ... |`) and Nim's exported `let apiKey* = "..."`."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_NAME = r"[\w.-]{0,60}?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|apikey|[_-]key|credentials?)"
_XAML = lazy.compile(
    r"[^\r\n]{0,200}?<(?:x|sys|system|s):string[ \t]+x:key[ \t]*=[ \t]*\"(?P<name>" + _NAME + r")\"[ \t]*>"
    r"(?P<value>[^<\s]{6,512})</"
)
"""From a line's start (lower-cased): a XAML resource dictionary's string under a secret's key."""
_CFENGINE = lazy.compile(r"[ \t]*\"(?P<name>" + _NAME + r")\"[ \t]+string[ \t]*=>[ \t]*\"(?P<value>[^\"\s]{6,512})\"")
"""From a line's start (lower-cased): a CFEngine variable of type string under a secret's name."""
_NIM = lazy.compile(
    r"[ \t]*(?:let|var|const)[ \t]+(?P<name>" + _NAME + r")\*[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*"
    r"\"(?P<value>[^\"\s]{6,512})\""
)
"""From a line's start (lower-cased): Nim's exported `let apiKey* = "..."`."""
_ROW = lazy.compile(
    r"[ \t]*\|[ \t]*`?(?P<name>" + _NAME + r")`?[ \t]*\|\|?[ \t]*`?(?P<value>[^\s|`]{6,512})`?[ \t]*(?:\||\r?\n|\Z)"
)
"""From a line's start (lower-cased): a table row whose first cell names a secret and whose next cell holds the
value (MediaWiki's `| api_key || ...`, Markdown's `| password | ... |`)."""
_SEND = lazy.compile(r"[^\r\n]{0,120}?(?<![\w-])send[ \t]+(?:--[ \t]+)?\"(?P<value>[^\"\s$\\\[]{6,512})(?:\\r|\\n)?\"")
"""From a line's start (lower-cased): an Expect script's `send "...\r"`."""
_PROMPT = lazy.compile(r"expect[ \t]+(?:-[a-z]+[ \t]+)*[\"{][^\r\n\"}]{0,40}?(?:assword|passphrase|pin)[^\r\n]{0,80}\Z")
"""An `expect` for a password prompt right before the `send` (on its line or the line before)."""
_PROMPT_REACH = 160

WORDS = (":key=", "string =>", "* =", "*:", "\n|", "send ")
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
HELD = ("expect",)
"""The literals these finders need besides (the shared index tells whether a long text holds each)."""
LOW_GATES = (r"string[ \t]+x:key", r"string[ \t]*=>", r"\* =|\*:", r"\n\|", r"send[ \t]")
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The secrets of these shapes that `plausible` judges credentials (not a reference or a stand-in)."""
    out: list[Span] = []
    for pattern, words in ((_XAML, (":key=",)), (_CFENGINE, ("string =>",)), (_NIM, ("* =", "*:"))):
        for m in on_lines(pattern, low, low, words, holds, places):
            _add(text, m, plausible, out)
    if holds("\n|"):
        for at in (-1, *places("\n|")) if low.startswith("|") else places("\n|"):
            m = _ROW.match(low, at + 1)
            if m is not None:
                _add(text, m, plausible, out)
    if holds("expect"):
        for m in on_lines(_SEND, low, low, ("send ",), holds, places):
            before = low.rfind("\n", max(0, m.start() - _PROMPT_REACH), max(0, m.start() - 1))
            line = low[before + 1 if before >= 0 else max(0, m.start() - _PROMPT_REACH) : m.start("value")]
            if _PROMPT.search(line.replace("\n", " ")) is not None or "assword" in line:
                _add(text, m, plausible, out)
    return out


def _add(text: str, m: re.Match[str], plausible: Check, out: list[Span]) -> None:
    """The value of match `m` (made on the lower-cased text) when `plausible` judges it a credential."""
    start, end = m.span("value")
    if plausible(text[start:end]):
        name = m.groupdict().get("name") or "pass"
        out.append((start, end, "password" if "pass" in name or "pwd" in name else "generic_secret"))

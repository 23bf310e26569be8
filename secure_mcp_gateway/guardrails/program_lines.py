"""Secrets in midrange, 4GL and scene-tool programs, ETL packages and EDI envelopes: IBM i CL's `DCL VAR(&PASSWORD)
... VALUE('...')` and `CHGVAR VAR(&APIKEY) VALUE('...')`, Visual FoxPro's `STORE "..." TO lcApiKey`, Maya MEL's and
Tcl's `putenv "X_TOKEN" "..."` and `set ::env(X_TOKEN) "..."`, FileMaker's `Set Variable [ $apiKey ; Value: "..." ]`,
Clarion's `DBPassword STRING('...')`, an SSIS package's `<DTS:Property DTS:Name="Password">...` and an X12
interchange header's password (`ISA*00*...*01*<password>*`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_NAME = r"[\w@$#-]{0,40}?(?:password|passwd|pass|pwd|secret|token|api_?key|apikey|[_-]key|credential)[\w-]{0,20}"
_CL = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:dcl|chgvar)[ \t]+(?:var\()?&(?P<name>" + _NAME + r")\)?"
    r"[^\r\n]{0,120}?(?<![\w-])value\([ \t]*'(?P<value>[^'\r\n]{4,256})'[ \t]*\)"
)
"""From a line's start (lower-cased): a CL program's variable named for a secret declared or changed with a literal
(`DCL VAR(&PWD) TYPE(*CHAR) LEN(10) VALUE('...')`, `CHGVAR VAR(&APIKEY) VALUE('...')`)."""
_STORE = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])store[ \t]+(?P<q>[\"'])(?P<value>[^\"'\r\n]{6,256})(?P=q)[ \t]+to[ \t]+"
    r"(?:\w{1,30}\.)?"
    r"(?P<name>" + _NAME + r")"
)
"""From a line's start (lower-cased): Visual FoxPro's `STORE "..." TO <name>` into a variable named for a secret."""
_PUTENV = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])putenv[ \t(]+(?P<nq>[\"'])(?P<name>" + _NAME + r")(?P=nq)[ \t,]+"
    r"(?P<q>[\"'])(?P<value>[^\"'\r\n]{6,1024})(?P=q)"
)
"""From a line's start (lower-cased): MEL's and Tcl's `putenv "NAME" "value"` (PHP's `putenv("X=...")` is an
assignment the other rules read) for a variable named for a secret."""
_TCL_ENV = lazy.compile(
    r"[ \t]*set[ \t]+(?:::)?env\((?P<name>" + _NAME + r")\)[ \t]+"
    r"(?:\"(?P<value>[^\"\r\n]{6,1024})\"|\{(?P<braced>[^{}\r\n]{6,1024})\}|(?P<bare>[^\s\"{}\[\]$;]{6,1024}))"
)
"""From a line's start (lower-cased): Tcl's `set ::env(NAME) "value"` (Vivado's and other EDA tools' start-up
scripts) for a variable named for a secret."""
_FILEMAKER = lazy.compile(
    r"[^\r\n]{0,200}?set[ \t]+variable[ \t]*\[[ \t]*\$\$?(?P<name>" + _NAME + r")[ \t]*;[ \t]*value:[ \t]*"
    r"\"(?P<value>[^\"\r\n]{6,1024})\""
)
"""From a line's start (lower-cased): a FileMaker script's `Set Variable [ $name ; Value: "..." ]`."""
_CLARION = lazy.compile(
    r"[ \t]*(?P<name>"
    + _NAME
    + r")[ \t]+(?:c?string|pstring|cstring)[ \t]*\([ \t]*'(?P<value>[^'\r\n]{6,512})'[ \t]*\)"
)
"""From a line's start (lower-cased): Clarion's data declaration with its initial value (`DBPassword STRING('...')`)."""
_DTS = lazy.compile(
    r"<dts:property[ \t][^>\r\n]{0,200}?dts:name=\"(?P<name>" + _NAME + r")\"(?P<attrs>[^>\r\n]{0,200})>"
    r"(?P<value>[^<\r\n]{4,1024})</dts:property>"
)
"""On the lower-cased text: an SSIS package's property named for a secret with its value in clear (an `Encrypted`
one holds a ciphertext)."""
_ISA = lazy.compile(
    r"isa(?P<s>[*|~^!])\d\d(?P=s)[^*|~^!\r\n]{10}(?P=s)01(?P=s)(?P<value>[^*|~^!\r\n]{10})(?P=s)"
    r"(?:zz|\d\d)(?P=s)"
)
"""On the lower-cased text: an X12 interchange header whose security information qualifier is `01` (a password)
and its ten characters (ISA04, space-padded)."""

LINE_WORDS = ("dcl ", "chgvar ", "store ", "putenv", "env(", "set variable", "string(", "string (")
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
PLACED = ("<dts:property", "isa*", "isa|", "isa~", "isa^", "isa!")
"""The literals where these finders read (the shared index tells where a long text holds each)."""
WORDS = (*LINE_WORDS, *PLACED)
"""The literals these finders need in the lower-cased text."""
LOW_GATES = (
    r"(?:dcl|chgvar)[ \t][^\r\n]{0,200}value\(",
    r"store[ \t]+[\"'][^\r\n]{0,260}[ \t]to[ \t]",
    r"putenv[ \t(]+[\"']",
    r"set[ \t]+(?:::)?env\(|set[ \t]+variable[ \t]*\[|string[ \t]*\([ \t]*'",
    r"<dts:property[ \t]",
    r"isa[*|~^!]\d\d[*|~^!]",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """The secrets of these shapes that `plausible` judges credentials (a CL password, padded to its length, and an
    X12 one, padded to ten, are read without their spaces)."""
    out: list[Span] = []
    for m in on_lines(_CL, low, low, ("dcl ", "chgvar "), holds, places):
        _add(text, m, _short_ok, out, "")
    for m in on_lines(_STORE, low, low, ("store ",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_PUTENV, low, low, ("putenv",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_TCL_ENV, low, low, ("env(",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_FILEMAKER, low, low, ("set variable",), holds, places):
        _add(text, m, plausible, out)
    for m in on_lines(_CLARION, low, low, ("string(", "string ("), holds, places):
        _add(text, m, plausible, out)
    if holds("<dts:property"):
        for at in places("<dts:property"):
            m = _DTS.match(low, at)
            if m is not None and 'encrypted="1"' not in m.group("attrs") and "encrypted=" not in m.group("attrs"):
                _add(text, m, plausible, out)
    for word in PLACED[1:]:
        if holds(word):
            for at in places(word):
                m = _ISA.match(low, at)
                if m is not None and (at == 0 or not low[at - 1].isalnum()):
                    _add(text, m, _short_ok, out, "password")
    return out


def _short_ok(value: str) -> bool:
    """Whether a short fixed-length password (CL's, X12's) is typed in: not blank, a stand-in or one character run;
    letters and digits or signs, or letters whose case switches inside (`XrxWUREVXX`, not `Password`)."""
    value = value.strip()
    if len(value) < 4 or value[0] in "&*$%<{[" or len(set(value)) < 3 or not any(c.isalpha() for c in value):
        return False
    if any(c.isdigit() or not c.isalnum() for c in value):
        return True
    return len(value) >= 6 and sum(c.isupper() for c in value[1:]) >= 2 and sum(c.islower() for c in value) >= 2


def _add(text: str, m: re.Match[str], accept: Check, out: list[Span], kind: str = "") -> None:
    """The value of match `m` (made on the lower-cased text), without padding, when `accept` judges it one (of
    `kind`, else of the kind its name tells)."""
    group = next((g for g in ("value", "braced", "bare") if g in m.re.groupindex and m.group(g) is not None), "value")
    start, end = m.span(group)
    value = text[start:end]
    stripped = value.rstrip(" ")
    if not stripped or not accept(stripped):
        return
    name = m.groupdict().get("name") or ""
    kind = kind or ("password" if "pass" in name or "pwd" in name else "generic_secret")
    out.append((start, start + len(stripped), kind))

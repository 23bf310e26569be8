"""Secrets in mainframe, database and classic web formats: a JCL job card's `PASSWORD=`, an FTP script's `user <name>
<password>` after its `open <host>`, classic ASP's `Application("DBPassword") = "..."`, COBOL's, PL/I's and RPG's
data items, RACF, TSO and sign-on passwords, a REXX exec's stacked FTP login, a settings table's row for a secret,
DB2's and Oracle's logins, Ada's, PL/SQL's and T-SQL's typed declarations."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .config_values import Places, on_lines

Check = Callable[[str], bool]
Span = tuple[int, int, str]

_JCL = lazy.compile(
    r"//(?:[a-z@#$][a-z0-9@#$]{0,7})?[ \t]+[^\r\n]{0,200}?(?<![\w&])(?:new)?password=\(?"
    r"(?P<value>[a-z0-9@#$]{5,8})(?=[,) \t\r\n]|\Z)"
)
"""From a line's start (lower-cased): a JCL statement or its continuation that gives a password (`PASSWORD=`,
`PASSWORD=(old,new)`, `NEWPASSWORD=`): one to eight letters, digits and `@#$`; a symbolic `&PW` is not one."""
_JOB_CARD = lazy.compile(r"//[a-z@#$][a-z0-9@#$]{0,7}[ \t]+job[ \t]")
"""A JCL job statement: the text is a job stream."""
_FTP_USER = lazy.compile(r"user[ \t]+[^\s]{1,64}[ \t]+(?P<value>[^\s]{6,128})[ \t]*(?=\r?\n|\Z)")
"""An FTP script's login line (lower-cased), the password after the user."""
_FTP_OPEN = lazy.compile(r"(?:^|\n)[ \t]*(?:ftp[ \t]+)?open[ \t]+[a-z0-9][\w.-]{0,253}(?:[ \t]+\d{1,5})?[ \t]*\r?\n")
"""The `open <host> [port]` line that an FTP script starts with."""
_FTP_REACH = 400
_ASP = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w.])(?:application|session)(?:\.contents)?\([ \t]*\"(?P<name>[\w .-]{1,60})\"[ \t]*\)"
    r"[ \t]*=[ \t]*\"(?P<value>[^\"\r\n]{6,512})\""
)
"""From a line's start (lower-cased): a classic ASP application or session variable set to a string."""
_SECRET_NAME = lazy.compile(r"pass|pwd|secret|token|key|credential")
_NAMED = (
    r"[\w@$#-]{0,60}?(?:password|passwd|passphrase|pass|pwd|secret|token|api[_-]?key|[_-]key|credentials?)[\w-]{0,20}"
)
_DECLARED = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w@$-])(?P<name>" + _NAMED + r")[ \t]*(?::[ \t]*)?(?:constant[ \t]+)?"
    r"(?:string|n?varchar2?|n?char|text)(?:[ \t]*\([ \t]*\d{1,5}(?:[ \t]+(?:byte|char))?[ \t]*\))?[ \t]*:?=[ \t]*"
    r"n?(?P<q>[\"'])(?P<value>[^\"'\r\n]{6,512})(?P=q)"
)
"""From a line's start (lower-cased): a secret's name declared with a string type and its value (Ada's `Api_Key :
constant String := "..."`, PL/SQL's `l_api_key CONSTANT VARCHAR2(64) := '...'`, T-SQL's `DECLARE @ApiKey
NVARCHAR(100) = N'...'`)."""
_DECLARED_WORDS = ("constant ", "varchar", "nvarchar", "declare @")
_COBOL = lazy.compile(
    r"[ \t]*\d{1,2}[ \t]+(?P<name>" + _NAMED + r")[ \t]+pic(?:ture)?[ \t]+(?:is[ \t]+)?x(?:\(\d{1,4}\))?"
    r"[ \t]+value[ \t]+(?:is[ \t]+)?(?P<q>[\"'])(?P<value>[^\"'\r\n]{6,512})(?P=q)"
    r"|[^\r\n]{0,200}?(?<![\w-])(?:move|put|copy)[ \t]+(?P<mq>[\"'])(?P<moved>[^\"'\r\n]{6,512})(?P=mq)[ \t]+"
    r"(?:to|into)[ \t]+(?:(?:the[ \t]+)?(?:field|fld|variable|var|global|local)[ \t]+[\"']?|[\w.$]{1,60}\[[\"']?)?"
    r"(?P<target>" + _NAMED + r")"
)
"""From a line's start (lower-cased): a COBOL data item named for a secret with its `VALUE`, or a literal `MOVE`d
into one; the same value-first syntaxes of the xTalk family and AppleScript (`put "..." into tPassword`, `put "..."
into field "apiKey"`, `put "..." into gPrefs["token"]`, `copy "..." to thePassword`)."""
_COBOL_WORDS = ("pic x", "picture x", "move '", 'move "', "put '", 'put "', "copy '", 'copy "')
_PLI = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:dcl-[cs]|dcl|declare)[ \t]+(?P<name>" + _NAMED + r")[ \t]+"
    r"(?:char(?:acter)?[ \t]*\(\d{1,5}\)[ \t]*|varchar[ \t]*\(\d{1,5}\)[ \t]*)?(?:inz|init(?:ial)?|const)?"
    r"[ \t]*\(?[ \t]*(?P<q>[\"'])(?P<value>[^\"'\r\n]{6,512})(?P=q)"
)
"""From a line's start (lower-cased): PL/I's `DCL PASSWORD CHAR(12) INIT('...')`, free-form RPG's `dcl-c API_KEY
'...'` and `dcl-s pwd char(12) inz('...')`."""
_PLI_WORDS = ("dcl", "declare ")
_RACF = lazy.compile(
    r"[ \t]*(?:address[ \t]+\w{1,8}[ \t]+)?[\"']?(?:altuser|adduser|alu|au|logon)[ \t]+\(?[a-z0-9@#$]{1,8}\)?"
    r"[^\r\n]{0,200}?(?<![\w-])password\("
    r"(?P<value>[a-z0-9@#$]{5,8})\)"
    r"|[ \t]*logon[ \t]+[a-z0-9@#$]{1,8}/(?P<logon>[a-z0-9@#$]{5,8})(?![\w/])"
    r"|[^\r\n]{0,200}?(?<![\w-])user(?:id)?\([a-z0-9@#$]{1,8}\)[ \t,]+pass(?:word)?\((?P<pass>[a-z0-9@#$]{5,8})\)"
)
"""From a line's start (lower-cased): a mainframe password of one to eight letters, digits and `@#$`: RACF's
`ALTUSER <id> PASSWORD(...)` and TSO's `LOGON <id> PASSWORD(...)` (typed, or quoted in a REXX exec after `ADDRESS
TSO`), TSO's `LOGON <id>/<password>`, a VTAM or CICS sign-on's `USER(<id>) PASS(...)`."""
_RACF_WORDS = ("logon ", "pass(", "password(")
_RACF_LEAD = lazy.compile(r"password\(|logon|user(?:id)?\(")
"""What a line `_RACF` matches holds."""
_QUEUED = lazy.compile(
    r"[ \t]*(?:queue|push)[ \t]+(?P<q>[\"'])(?:user[ \t]+[^\s\"']{1,64}|pass)[ \t]+(?P<value>[^\s\"']{4,128})(?P=q)"
)
"""From a line's start (lower-cased): a REXX exec's FTP login stacked for the client (`queue "user <id> <password>"`,
`queue "pass <password>"`)."""
_QUEUED_WORDS = tuple(f"{verb} {q}{word} " for verb in ("queue", "push") for q in "\"'" for word in ("user", "pass"))
_SETTING_NAME = r"'(?P<name>[\w.-]{0,60}?(?:password|passwd|pass|pwd|secret|token|api[_-]?key|apikey|[_-]key))'"
_SETTING_TABLE = r"[\w.`\"\[\]]{1,64}"
_COLUMN = r"(?:\w{1,30}\.)?`?\w{0,30}"
_SETTING_ROW = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:update[ \t]+"
    + _SETTING_TABLE
    + r"[ \t]+set[ \t]+"
    + _COLUMN
    + r"value`?[ \t]*=[ \t]*"
    r"'(?P<value>[^'\r\n]{6,512})'[ \t]+where[ \t]+"
    + _COLUMN
    + r"(?:name|key)`?[ \t]*=[ \t]*"
    + _SETTING_NAME
    + r"|insert[ \t]+into[ \t]+"
    + _SETTING_TABLE
    + r"[ \t]*\([ \t]*"
    + _COLUMN
    + r"(?:name|key)`?[ \t]*,[ \t]*"
    + _COLUMN
    + r"value`?[ \t]*\)[ \t]*values[ \t]*\([ \t]*"
    + _SETTING_NAME.replace("name>", "name2>")
    + r"[ \t]*,[ \t]*'(?P<value2>[^'\r\n]{6,512})')"
)
"""From a line's start (lower-cased): a settings table's row for a secret (`UPDATE settings SET value = '...' WHERE
name = 'smtp_password'`, `INSERT INTO options (option_name, option_value) VALUES ('api_key', '...')`)."""
_SETTING_WORDS = ("update ", "insert into ")
_DB_LOGIN = lazy.compile(
    r"[^\r\n]{0,200}?(?<![\w-])(?:connect[ \t]+to[ \t]+[\w.-]{1,64}[ \t]+user[ \t]+[\w.@$#-]{1,64}[ \t]+using"
    r"|userid[ \t]*=[ \t]*[\"']?[\w$#]{1,30}/(?=[^\s@]{6}))[ \t]*(?P<value>[^\s\"'@;:&?$][^\s\"'@;]{5,127})"
)
"""From a line's start (lower-cased): a database login with its password on a command or in a parameter file: DB2's
`CONNECT TO <db> USER <id> USING <password>`, Oracle's utilities' `userid=<user>/<password>@<service>`."""
_DB_WORDS = ("connect to", "userid")
_DB_LEAD = lazy.compile(r"connect[ \t]+to[ \t]|userid[ \t]*=")
"""What a line `_DB_LOGIN` matches holds."""
_WORDS_JOINED = lazy.compile(r"[a-z]{2,}(?:[ _.-][a-z]{2,})+")
"""Words joined (`APIKEY-NOT-SET`, `no_token_yet`), lower-cased: a stand-in, not a secret."""

WORDS = (
    *("password=", 'application("', 'session("', "\nuser ", "pic x", "picture x", "move '", 'move "'),
    *("put '", 'put "', "copy '", 'copy "'),
    *(*_DECLARED_WORDS, *_PLI_WORDS, *_RACF_WORDS, *_DB_WORDS, *_QUEUED_WORDS, *_SETTING_WORDS),
)
"""The literals whose lines are read (the shared index tells where a long text holds each)."""
LOW_GATES = (
    *(
        r"//[^\r\n]*password=",
        r"(?:application|session)\(\"",
        r"\nuser[ \t]",
        r"pic(?:ture)?[ \t]+x",
        r"(?:move|put|copy)[ \t]+[\"']",
    ),
    *(r"constant[ \t]|n?varchar|declare[ \t]+@", r"dcl|declare[ \t]", r"logon[ \t]"),
    *(r"pass(?:word)?\(", r"connect[ \t]+to|userid", r"(?:queue|push)[ \t]+[\"'](?:user|pass)[ \t]"),
    r"update[ \t][^\r\n]{0,200}where|insert[ \t]+into[ \t][^\r\n]{0,100}value",
)
"""For short texts: what one of these finders needs before it may find anything."""


def find(text: str, low: str, places: Places, holds: Check, plausible: Check) -> list[Span]:
    """Passwords of these formats: a job card's when the text is a job stream and it mixes letters with digits or
    `@#$`; an FTP script's and an ASP variable's when `plausible` judges them credentials."""
    out: list[Span] = []
    jcl = on_lines(_JCL, low, low, ("password=",), holds, places)
    if jcl and _JOB_CARD.search(low) is not None:
        for m in jcl:
            value = m.group("value")
            if any(c.isalpha() for c in value) and not value.isalpha() and len(set(value)) > 2:
                out.append((*m.span("value"), "password"))
    if holds("\nuser "):
        for at in places("\nuser "):
            m = _FTP_USER.match(low, at + 1)
            if m is None or _FTP_OPEN.search(low, max(0, at - _FTP_REACH), at + 1) is None:
                continue
            start, end = m.span("value")
            if plausible(text[start:end]):
                out.append((start, end, "password"))
    for m in on_lines(_ASP, low, low, ('application("', 'session("'), holds, places):
        start, end = m.span("value")
        if _SECRET_NAME.search(m.group("name")) is not None and plausible(text[start:end]):
            kind = "password" if "pass" in m.group("name") or "pwd" in m.group("name") else "generic_secret"
            out.append((start, end, kind))
    for m in on_lines(_DECLARED, low, low, _DECLARED_WORDS, holds, places):
        _add(text, m, "value", plausible, out)
    for m in on_lines(_COBOL, low, low, _COBOL_WORDS, holds, places):
        _add(text, m, "value" if m.group("value") is not None else "moved", plausible, out)
    for m in on_lines(_PLI, low, low, _PLI_WORDS, holds, places):
        _add(text, m, "value", plausible, out)
    for m in on_lines(_RACF, low, low, _RACF_WORDS, holds, places, _RACF_LEAD):
        group = next(g for g in ("value", "logon", "pass") if m.group(g) is not None)
        value = m.group(group)
        if any(c.isalpha() for c in value) and not value.isalpha() and len(set(value)) > 2:
            out.append((*m.span(group), "password"))
    for m in on_lines(_QUEUED, low, low, _QUEUED_WORDS, holds, places):
        start, end = m.span("value")
        if plausible(text[start:end]):
            out.append((start, end, "password"))
    for m in on_lines(_SETTING_ROW, low, low, _SETTING_WORDS, holds, places):
        group = "value" if m.group("value") is not None else "value2"
        start, end = m.span(group)
        if plausible(text[start:end]) and _WORDS_JOINED.fullmatch(m.group(group)) is None:
            name = m.group("name") or m.group("name2")
            out.append((start, end, "password" if "pass" in name or "pwd" in name else "generic_secret"))
    for m in on_lines(_DB_LOGIN, low, low, _DB_WORDS, holds, places, _DB_LEAD):
        start, end = m.span("value")
        if plausible(text[start:end]):
            out.append((start, end, "password"))
    return out


def _add(text: str, m: re.Match[str], group: str, plausible: Check, out: list[Span]) -> None:
    """The value in `group` of match `m` (made on the lower-cased text) when `plausible` judges it a credential."""
    start, end = m.span(group)
    if plausible(text[start:end]) and _WORDS_JOINED.fullmatch(m.group(group)) is None:
        name = next((n for n in (m.groupdict().get("name"), m.groupdict().get("target")) if n), "")
        out.append((start, end, "password" if "pass" in name or "pwd" in name else "generic_secret"))

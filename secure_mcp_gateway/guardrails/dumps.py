"""Secrets in dumps and exports: SQL statements and rows (`IDENTIFIED BY '...'`, `PASSWORD '...'`, a secret
column's cells in `COPY` and `INSERT`, by the column list or the text's `CREATE TABLE`; the keys in the rows of a
table named for credentials), Terraform state (attributes it marks sensitive, sensitive outputs), API
clients' auth blocks (Postman, Insomnia), environment tables printed by error pages (tab-separated, phpinfo) and PHP's
`var_dump` of an array."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .scan import searcher

Check = Callable[[str], bool]
Span = tuple[int, int, str]

# --- SQL ---------------------------------------------------------------------------------------------------------

_IDENTIFIED = lazy.compile(
    r"identified(?:[ \t]+with[ \t]+['\"`]?[\w-]+['\"`]?)?[ \t]+by[ \t]+"
    r"(?:'(?P<quoted>[^'\r\n]{1,256})'|\"(?P<double>[^\"\r\n]{1,256})\"|(?P<bare>(?=[a-z]*[^a-z\s;'\"`])[^\s;'\"`]{1,128}))"
)
"""MySQL's and Oracle's `CREATE|ALTER USER ... IDENTIFIED [WITH plugin] BY <password>` (quoted, double-quoted or
bare; also a `GRANT ... TO`'s and a database link's `CONNECT TO ... IDENTIFIED BY`): tried at each `identified`
(a bare one only when its statement names a user, a role or a grantee before it: see `_WHO_BEFORE`)."""
_WHO_BEFORE = lazy.compile(r"(?<![\w-])(?:user|role|to)[ \t][^;\r\n]{0,200}[ \t]\Z")
_WHO_REACH = 220
_ROLE_REACH = 240
_ROLE_PASSWORD = lazy.compile(
    r"(?<![\w-])(?:create|alter)[ \t]+(?:role|user|login)[ \t][^;'\"]{0,200}?(?<![\w-])password[ \t]*=?[ \t]*"
    r"'(?P<quoted>[^'\r\n]{1,256})'"
)
"""Postgres' `CREATE|ALTER ROLE|USER ... [ENCRYPTED] PASSWORD '...'`, SQL Server's `CREATE LOGIN ... WITH PASSWORD =
'...'`, Snowflake's `CREATE USER ... PASSWORD = '...'`: tried from the `create` or `alter` nearest before each
`password`."""
_HASHED = lazy.compile(r"md5[0-9a-f]{32}|scram-sha-256\$.*|\*[0-9a-f]{40}", re.I)
"""A password stored hashed (Postgres `md5...`, `SCRAM-SHA-256$...`, MySQL's `*...`): no secret to redact."""
_COPY = lazy.compile(r"copy[ \t]+[\w.\"]+[ \t]*\((?P<columns>[^)\r\n]{1,2000})\)[ \t]+from[ \t]+stdin[^\n]*\n")
"""A `pg_dump` data block's head; its rows follow, tab-separated, up to a line `\\.`."""
_INSERT = lazy.compile(
    r"insert[ \t]+into[ \t]+(?P<table>[\w.`\"\[\]]+)[ \t]*(?:\((?P<columns>[^)\r\n]{1,2000})\))?\s*values\s*"
)
"""An `INSERT` statement's head: its table, its column list when it names one, up to its rows."""
_CREATE = lazy.compile(r"create[ \t]+table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?(?P<table>[\w.`\"\[\]]+)[ \t]*\(")
"""A `CREATE TABLE` statement's head, up to its column definitions."""
_NOT_COLUMN = ("primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext", "spatial")
"""The first words of a table definition's entries that are not columns."""
_KEY_TABLE = lazy.compile(r"(?:api_?)?(?:credential|secret|token|api_?key|access_?key)s?(?![a-z])")
"""A table named for credentials: its rows' random strings are keys whatever their column (`credentials`,
`api_keys`, `service_tokens`)."""
_DEFINITION_MOST = 8000
_ROWS_MOST = 500
_SECRET_PARTS = ("pass", "pwd", "secret", "key", "token")
"""What a secret column's name holds (see `secrets._SECRET_COLUMN`): a column list without any is not parsed."""
_COLUMN_NAME = lazy.compile(r"[\s`\"\[\]]+")


def _columns(raw: str, secret_column: Check) -> dict[int, bool]:
    """The indexes of the columns that hold secrets in a column list, each with whether it holds passwords."""
    names = [_COLUMN_NAME.sub("", c).lower() for c in raw.split(",")]
    return {i: "pass" in n or "pwd" in n for i, n in enumerate(names) if secret_column(n)}


def _copy_rows(text: str, low: str, secret_column: Check, judge: Callable[[str, bool], bool]) -> list[Span]:
    out: list[Span] = []
    for m in _COPY.finditer(low):
        wanted = _columns(m.group("columns"), secret_column)
        if not wanted:
            continue
        pos = m.end()
        for _ in range(_ROWS_MOST):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = text[pos:end].rstrip("\r")
            if row == "\\." or not row:
                break
            cells = row.split("\t")
            at = pos
            for i, cell in enumerate(cells):
                if i in wanted and cell != "\\N" and judge(cell, wanted[i]):
                    out.append((at, at + len(cell), "password" if wanted[i] else "generic_secret"))
                at += len(cell) + 1
            pos = end + 1
    return out


_SQL_VALUE = lazy.compile(r"\s*(?:'(?P<s>(?:[^'\\]|\\.|'')*)'|(?P<o>[^,()'\s]+))\s*(?P<sep>[,)])")


def _table_name(raw: str) -> str:
    """A table's name without its quotes and schema (`"public"."users"` -> `users`)."""
    return raw.replace("`", "").replace('"', "").replace("[", "").replace("]", "").rsplit(".", 1)[-1]


def _defined_columns(low: str) -> dict[str, str]:
    """The column lists of the tables a text defines (`CREATE TABLE t (a int, b varchar(32), ...)`), by table."""
    out: dict[str, str] = {}
    for m in _CREATE.finditer(low):
        depth, names, start = 1, [], m.end()
        end = min(len(low), m.end() + _DEFINITION_MOST)
        for i in range(m.end(), end):
            c = low[i]
            if c == "(":
                depth += 1
            elif c in ",)" and depth == 1:
                entry = low[start:i].strip().strip('`"[]')
                word = entry.split(None, 1)[0].strip('`"[]') if entry else ""
                if word and word not in _NOT_COLUMN:
                    names.append(word)
                start = i + 1
                if c == ")":
                    break
            if c == ")":
                depth -= 1
        out[_table_name(m.group("table"))] = ",".join(names)
    return out


def _insert_rows(text: str, low: str, secret_column: Check, judge: Callable[[str, bool], bool]) -> list[Span]:
    out: list[Span] = []
    defined: dict[str, str] | None = None
    for m in _INSERT.finditer(low):
        columns = m.group("columns")
        table = _table_name(m.group("table"))
        if columns is None:
            if defined is None:
                defined = _defined_columns(low) if "create" in low else {}
            columns = defined.get(table)
        if columns is None:
            if _KEY_TABLE.search(table) is not None:
                out += _key_table_rows(text, m.end(), judge)
            continue
        if not any(w in columns for w in _SECRET_PARTS):
            continue
        wanted = _columns(columns, secret_column)
        if not wanted:
            continue
        pos = m.end()
        for _ in range(_ROWS_MOST):
            if text[pos : pos + 1] != "(":
                break
            pos += 1
            i = 0
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    return out  # not a row of plain literals: stop reading this statement
                if i in wanted and v.group("s") is not None and judge(v.group("s"), wanted[i]):
                    out.append((v.start("s"), v.end("s"), "password" if wanted[i] else "generic_secret"))
                pos, i = v.end(), i + 1
                if v.group("sep") == ")":
                    break
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
    return out


def _identified(text: str, low: str, typed: Check) -> list[Span]:
    out: list[Span] = []
    at = low.find("identified")
    while at >= 0:
        m = _IDENTIFIED.match(low, at)
        at = low.find("identified", at + 10)
        if m is None:
            continue
        group = next(g for g in ("quoted", "double", "bare") if m.group(g) is not None)
        start, end = m.span(group)
        value = text[start:end]
        if value.lower() == "password" or _HASHED.fullmatch(value) or not typed(value):
            continue
        if group == "bare" and _WHO_BEFORE.search(low, max(0, m.start() - _WHO_REACH), m.start()) is None:
            continue  # `messages identified by UID,`: prose, not a statement that names a user
        out.append((start, end, "password"))
    return out


_QUOTED_PASSWORD = lazy.compile(r"password[ \t=]{0,3}'")
"""A `password` with a quoted value right after it (what a statement's password needs): one search finds the next,
where source code names thousands of passwords without one."""


def _role_passwords(text: str, low: str, typed: Check, places: list[int] | None) -> list[Span]:
    """Passwords set by `CREATE|ALTER ROLE|USER ... PASSWORD '...'`, looked for after each `password` with a quoted
    value (`places`: where `password` starts in `low`, when known; else searched for)."""
    out: list[Span] = []
    if places is None:
        search = _QUOTED_PASSWORD.search
    else:  # a match has its quote within four characters after the word
        search = searcher(_QUOTED_PASSWORD, [at for at in places if "'" in low[at + 8 : at + 12]])
    q = search(low)
    while q is not None:
        at = q.start()
        lo = max(0, at - _ROLE_REACH)
        head = max(low.rfind("create", lo, at), low.rfind("alter", lo, at))
        m = _ROLE_PASSWORD.match(low, head) if head >= 0 else None
        if m is not None and m.start("quoted") > at:
            start, end = m.span("quoted")
            value = text[start:end]
            if not _HASHED.fullmatch(value) and typed(value):
                out.append((start, end, "password"))
            q = search(low, end)
        else:
            q = search(low, at + 8)
    return out


def _key_table_rows(text: str, pos: int, judge: Callable[[str, bool], bool]) -> list[Span]:
    """The keys in the rows of an `INSERT` into a table named for credentials with no column list known: a quoted
    value of 20 characters or more that mixes letters and digits in a long run, is no UUID and that `judge` finds a
    secret."""
    out: list[Span] = []
    for _ in range(_ROWS_MOST):
        if text[pos : pos + 1] != "(":
            break
        pos += 1
        while True:
            v = _SQL_VALUE.match(text, pos)
            if v is None:
                return out
            value = v.group("s")
            if (
                value is not None
                and len(value) >= _KEY_LEAST
                and any(c.isdigit() for c in value)
                and any(c.isalpha() for c in value)
                and _UUID.fullmatch(value) is None
                and max(map(len, _RUN.findall(value))) >= _RUN_LEAST
                and judge(value, False)
            ):
                out.append((v.start("s"), v.end("s"), "generic_secret"))
            pos = v.end()
            if v.group("sep") == ")":
                break
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
    return out


_KEY_LEAST = 20
_UUID = lazy.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
"""A row's id in a table of credentials, not its key."""
_RUN = lazy.compile(r"[A-Za-z0-9]+")
_RUN_LEAST = 16
"""How long a key's longest run of letters and digits is at least (`svc-billing-2024-q2` is words, not a key)."""


def sql(
    text: str, low: str, holds: Check, typed: Check, plausible: Check, secret_column: Check, passwords: list[int] | None
) -> list[Span]:
    """Passwords set by SQL statements, and the cells of secret columns in `COPY` and `INSERT` rows (`holds`: whether
    the lower-cased text holds a literal of `WORDS`; `passwords`: where `password` starts in it, when known)."""
    out: list[Span] = []
    if holds("identified"):
        out += _identified(text, low, typed)
    if holds("password"):
        out += _role_passwords(text, low, typed, passwords)

    def judge(value: str, password: bool) -> bool:
        return typed(value) if password else plausible(value)

    if holds("from stdin"):
        out += _copy_rows(text, low, secret_column, judge)
    if holds("insert"):
        out += _insert_rows(text, low, secret_column, judge)
    return out


# --- Terraform state -----------------------------------------------------------------------------------------------

_SENSITIVE_NAMES = lazy.compile(r"\"sensitive_attributes\"\s*:\s*\[(?P<list>(?:[^\]\[]|\[[^\]\[]*\])*)\]")
_GET_ATTR = lazy.compile(r"\"type\"\s*:\s*\"get_attr\"\s*,\s*\"value\"\s*:\s*\"(?P<name>[\w-]{1,64})\"")
_SENSITIVE_TRUE = lazy.compile(r"\"sensitive\"\s*:\s*true")
_STRING_VALUE = r"\"\s*:\s*\"(?P<value>(?:[^\"\\\r\n]|\\.){1,4096})\""
_VALUE_FIELD = lazy.compile(r"\"value" + _STRING_VALUE)
_OBJECT_REACH = 2048


def _object_around(text: str, at: int) -> tuple[int, int]:
    """The span of the innermost JSON object around `at` (braces counted outside strings, within reach)."""
    depth, lo = 0, -1
    for i in range(at - 1, max(-1, at - _OBJECT_REACH), -1):
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                lo = i
                break
            depth -= 1
    if lo < 0:
        return at, at
    depth, quoted, i = 0, False, lo
    for i in range(lo, min(len(text), lo + 2 * _OBJECT_REACH)):
        c = text[i]
        if quoted:
            quoted = c != '"' or text[i - 1] == "\\"
        elif c == '"':
            quoted = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return lo, i + 1
    return lo, i + 1


def terraform(text: str, holds: Check, typed: Check) -> list[Span]:
    """Values Terraform state marks sensitive: attributes named in an instance's `sensitive_attributes`, and outputs
    with `"sensitive": true`."""
    out: list[Span] = []
    if holds('"sensitive_attributes"'):
        names = {n.group("name") for m in _SENSITIVE_NAMES.finditer(text) for n in _GET_ATTR.finditer(m.group("list"))}
        for name in names:
            for m in re.finditer(r"\"" + re.escape(name) + _STRING_VALUE, text):
                if typed(m.group("value")):
                    out.append((*m.span("value"), "password"))
    if holds('"sensitive"'):
        for s in _SENSITIVE_TRUE.finditer(text):
            lo, hi = _object_around(text, s.start())
            for m in _VALUE_FIELD.finditer(text, lo, hi):
                if typed(m.group("value")):
                    out.append((*m.span("value"), "generic_secret"))
    return out


# --- values printed by a language's dump of a variable --------------------------------------------------------------

_VAR_DUMP = lazy.compile(
    r"\[\"(?P<name>[\w.-]{0,40}?(?:password|passwd|pass|pwd|secret|token|api_?key|apikey|private_?key)[\w-]{0,12})\"\]"
    r"=>\s{0,40}string\(\d{1,5}\)[ \t]*\"(?P<value>[^\"\r\n]{4,1024})\"",
    re.I,
)
"""PHP's `var_dump` of an array: `["password"]=>` then `string(14) "..."` on the next line."""


def printed(text: str, holds: Check, plausible: Check) -> list[Span]:
    """Secrets in a variable's dump as a language prints it (PHP's `var_dump`), under a name for a secret."""
    if not holds('"]=>'):
        return []
    out: list[Span] = []
    for m in _VAR_DUMP.finditer(text):
        if plausible(m.group("value")):
            kind = (
                "password"
                if "pass" in m.group("name").lower() or "pwd" in m.group("name").lower()
                else "generic_secret"
            )
            out.append((*m.span("value"), kind))
    return out


# --- API clients' auth blocks ----------------------------------------------------------------------------------------

_AUTH_BLOCK = lazy.compile(
    r"\"(?P<type>apikey|bearer|basic|oauth2|oauth1|digest|awsv4|ntlm|hawk|akamai|jwt)\"\s*:\s*\["
    r"(?P<items>[^\]]{0,4000})\]"
)
"""Postman's auth block: a list of `{"key": ..., "value": ...}` items under the auth type's name."""
AUTH_TYPES = ("apikey", "bearer", "basic", "oauth2", "oauth1", "digest", "awsv4", "ntlm", "hawk", "akamai", "jwt")
_AUTH_ITEM = lazy.compile(r"\{\s*\"key\"\s*:\s*\"(?P<key>[A-Za-z]{1,32})\"\s*,\s*\"value" + _STRING_VALUE, re.S)
_AUTH_SECRETS = frozenset(
    {"token", "password", "accesstoken", "refreshtoken", "clientsecret", "secretkey", "sessiontoken", "authkey"}
    | {"secret", "consumersecret", "tokensecret", "privatekey", "clienttoken"}
)


def api_clients(text: str, holds: Check, plausible: Check) -> list[Span]:
    """Secrets in API clients' auth blocks: an `apikey` block's `value`, any block's token, password or secret."""
    out: list[Span] = []
    if not any(holds(f'"{kind}"') for kind in AUTH_TYPES):
        return out
    for block in _AUTH_BLOCK.finditer(text):
        apikey = block.group("type") == "apikey"
        for m in _AUTH_ITEM.finditer(text, block.start("items"), block.end("items")):
            key = m.group("key").lower()
            if (key in _AUTH_SECRETS or (apikey and key == "value")) and plausible(m.group("value")):
                out.append((*m.span("value"), "password" if key == "password" else "generic_secret"))
    return out


# --- environment tables printed by error pages ----------------------------------------------------------------------

_SECRET_ENV = r"[A-Z][A-Z0-9_]*(?:KEY|SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS)"
_TAB_ENV = lazy.compile(r"[ \t]*" + _SECRET_ENV + r"(?:\t+| {2,})(?P<value>[^\s\"'`]{6,4096})[ \t]*\r?(?:\n|\Z)")
"""`APP_KEY<TAB>base64:...` (or the name and value apart by two spaces or more) on a line of its own: Whoops' and
Ignition's environment tables, `printenv`-style dumps copied from a page, PowerShell's `Get-ChildItem Env:` table."""
_PHPINFO = lazy.compile(
    r"<td class=\"e\">\s*(?:\$_(?:SERVER|ENV)\[['\"])?" + _SECRET_ENV + r"(?:['\"]\])?\s*</td>\s*"
    r"<td class=\"v\">\s*(?P<value>[^\s<]{6,4096})\s*</td>"
)
"""phpinfo()'s Environment and PHP Variables tables."""
_LARAVEL_KEY = "base64:"
_TABBED = tuple(
    f"{w}{gap}"
    for w in ("KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PASS", "PWD", "CREDENTIALS")
    for gap in ("\t", "  ")
)
"""What a line of `_TAB_ENV` holds: the lines read are those where one of these stands."""


def _tab_lines(text: str, holds: Check) -> list[re.Match[str]]:
    """The matches of `_TAB_ENV`, read only on the lines that hold a name's end and a tab."""
    starts: set[int] = set()
    for literal in _TABBED:
        if not holds(literal.lower()):
            continue
        at = text.find(literal)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(literal, at + len(literal))
    return [m for m in (_TAB_ENV.match(text, at) for at in sorted(starts)) if m is not None]


def env_tables(text: str, holds: Check, plausible: Check) -> list[Span]:
    """Secret-named variables' values in environment tables (see `_TAB_ENV`, `_PHPINFO`)."""
    found = _tab_lines(text, holds)
    if holds('<td class="e">'):
        found += _PHPINFO.finditer(text)
    out: list[Span] = []
    for m in found:
        start, end = m.span("value")
        value = text[start:end]
        inner = value[len(_LARAVEL_KEY) :] if value.startswith(_LARAVEL_KEY) else value
        if plausible(inner):
            out.append((start, end, "generic_secret"))
    return out


WORDS = (
    *("identified", "password", "from stdin", "insert", '"sensitive_attributes"', '"sensitive"', '<td class="e">'),
    *(f'"{kind}"' for kind in AUTH_TYPES),
    *(w.lower() for w in _TABBED),
    '"]=>',
)
"""The literals these finders look for in the lower-cased text before reading it (the shared index tells whether a
long text holds each)."""
LOW_GATES = (
    r"create[ \t]+table[ \t]|insert[ \t]+into[ \t]+[^\s(]{0,64}(?:credential|secret|token|key)s?[`\"\]]?[ \t]+values",
    r"\]=>\s*string\(",
    r"identified(?:[ \t]+with[ \t]+\S+)?[ \t]+by[ \t]",
    r"password[ \t]*=?[ \t]*'",
    r"(?:pass|pwd|secret|key|token)[^()\r\n]{0,200}\)\s*(?:values|from[ \t]+stdin)",
    r"\"sensitive",
    r"\"key\"\s*:\s*\"",
    r"(?:key|secret|token|pass|pwd|credentials)(?:\t|  )",
    r"<td class=\"e\">",
)
"""For short texts: expressions on the lower-cased text, one of which every text these finders read matches (led by
words the other finders look for too, or rare ones: a common word here costs every short text that holds it)."""

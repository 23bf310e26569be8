"""Passwords in a user-and-password pair written the way one driver or tool takes them: Go's MySQL DSN
(`user:pass@tcp(host)/db`), Oracle's `user/pass@//host/service` (sqlplus, JDBC thin), `NEO4J_AUTH=user/pass`,
`htpasswd -b file user pass`, a call that takes the password by position (`mysqli_connect(host, user, 'pass')`,
`new NetworkCredential(user, "pass")`, RestSharp's `new HttpBasicAuthenticator(user, "pass")`, a client builder's
`.credentials(user, "pass")` and `.setCredentials(user, "pass")`, `DriverManager.getConnection(url, user, "pass")`,
`smtp.login(user, 'pass')`, a shell's or client's `db.auth(user, "pass")`, `$ftp->login(user, "pass")`, a message
broker's `PlainCredentials(user, "pass")` and `username_pw_set(user, "pass")`, `new Sequelize(db, user, "pass")`,
libcurl's `CURLOPT_USERPWD, "user:pass"`, a bearer token handed to `.bearer_auth("...")` or
`AuthenticationHeaderValue`), PowerShell's `ConvertTo-SecureString 'pass' -AsPlainText`, Windows' `net use ... pass
/user:...` and `net user name pass`, and an SMTP `AUTH PLAIN` line's base64 of user and password."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable

from . import lazy
from .scan import LONG, WordGate

Places = Callable[[str], list[int]]

_GO_DSN = lazy.compile(r"(?<![\w/.:@-])[A-Za-z0-9_.-]{1,64}:(?P<value>[^\s@/\"'`<>]{1,256})@(?:tcp6?|udp|unix)\(")
_ORACLE = lazy.compile(
    r"(?:(?<![\w-])(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl)(?:[ \t]+(?:-[a-z]+|target|catalog|auxiliary))*"
    r"[ \t]+(?:userid=)?[\"']?|jdbc:oracle:thin:"
    r"|(?<![\w/.:@-])(?=[a-z][\w$#]{0,29}/[^\s@/\"']{1,128}@//))"
    r"[a-z][\w$#]{0,29}/(?P<value>[^\s@/\"']{1,128})@"
)
"""On the lower-cased text: a tool's `user/pass@`, JDBC thin's, or any `user/pass@//host` (EZConnect)."""
_NEO4J = lazy.compile(r"neo4j_auth[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9_.-]{1,64}/(?P<value>[^\s\"'`,;]{1,256})")
_HTPASSWD = lazy.compile(r"(?<![\w-])htpasswd(?P<flags>(?:[ \t]+-[a-z0-9]+)+)(?P<args>(?:[ \t]+[^\s;&|]+){2,3})")

_CALLS = lazy.compile(
    r"(?<![\w$])(?P<api>mysqli_connect|mysql_p?connect|mysqli_real_connect|new[ \t]+mysqli|new[ \t]+pdo"
    r"|(?:system\.net\.)?networkcredential|passwordauthentication|usernamepasswordcredentials"
    r"|http(?:basic|digest|proxy)auth(?:enticator)?|(?<=\.)basicauth|(?<=\.)setcredentials|(?<=\.)credentials"
    r"|(?<=\.)with(?:auth)?credentials|authtokens\.basic|plaintextauthprovider|(?<=\.)getconnection|(?:(?<=\.)|(?<=->))(?:login|auth|authenticate(?:async)?)|simple_bind_s|simple_bind"
    r"|(?<=\.)bind_s|ldap_bind|ftp_login|imap_open|ssh2_auth_password|plainauth|setbasicauth|(?<=\.)basic_auth"
    r"|cx_oracle\.connect|pymssql\.connect|(?:basic_|http_)?auth[ \t]*=[ \t]*"
    r"|dbi->connect(?:_cached)?|(?:pymysql|mysqldb|mysql\.connector|mariadb|psycopg2?|pgdb)\.connect"
    r"|(?:oci|odbc|db2|sybase|mssql|ibase)_p?connect|plaincredentials|username_pw_set|ftplib\.ftp(?:_tls)?"
    r"|(?<=\.)add_password|new[ \t]+sequelize|epgsql:connect|(?<=\.)bearer_auth|authenticationheadervalue"
    r"|net::ftp\.(?:new|open)|net::smtp\.start|(?<![\w$])credentials\.basic|httpclientbasiccredentials"
    r"|smbconnection|(?<=\.)pass_|curl_(?:easy_)?setopt|[\"']auth[\"'][ \t]*=>[ \t]*(?=\[))[ \t]*[(\[]"
)
"""On the lower-cased text: a call (or a `auth=(user, pass)` pair) whose password stands at a known position."""
_PASSWORD_AT = {
    **dict.fromkeys(("mysqli_connect", "mysql_connect", "mysql_pconnect", "new mysqli", "new pdo"), 2),
    **dict.fromkeys(("ldap_bind", "ftp_login", "imap_open", "ssh2_auth_password", "pymssql.connect", "plainauth"), 2),
    "mysqli_real_connect": 3,
    **dict.fromkeys(("dbi->connect", "dbi->connect_cached", "pymysql.connect", "mysqldb.connect"), 2),
    **dict.fromkeys(("mysql.connector.connect", "mariadb.connect", "psycopg2.connect", "psycopg.connect"), 2),
    **dict.fromkeys(("pgdb.connect", "odbc_connect", "odbc_pconnect", "db2_connect", "db2_pconnect"), 2),
    **dict.fromkeys(("sybase_connect", "sybase_pconnect", "mssql_connect", "mssql_pconnect"), 2),
    **dict.fromkeys(("ibase_connect", "ibase_pconnect"), 2),
    **dict.fromkeys(("ftplib.ftp", "ftplib.ftp_tls", "new sequelize", "epgsql:connect", "net::ftp.new"), 2),
    **dict.fromkeys(("net::ftp.open", "curl_setopt", "curl_easy_setopt"), 2),
    "add_password": 3,
    "net::smtp.start": 4,
    **dict.fromkeys(("bearer_auth", "pass_"), 0),
}
"""The position of the password for the calls that do not take it second (`getconnection` counts its arguments)."""
_SECURE_STRING = lazy.compile(r"convertto-securestring(?P<args>[^\r\n|;)}]{1,400})")
_QUOTED = lazy.compile(r"(?P<q>[\"'])(?P<value>[^\"'\r\n]{1,256})(?P=q)")
_NET_USE = lazy.compile(r"net(?<![\w-]net)[ \t]+(?P<verb>use|user)(?P<args>(?:[ \t]+[^\s&|]+){1,12})")
_AUTH_PLAIN = lazy.compile(r"auth(?<![\w-]auth)[ \t]+plain[ \t]+(?P<value>[a-z0-9+/]{12,600}={0,2})(?![\w+/=])")
CALL_WORDS = (
    *("mysqli_connect(", "mysql_connect(", "mysql_pconnect(", "mysqli_real_connect(", "new mysqli(", "new pdo("),
    *("networkcredential(", "passwordauthentication(", "usernamepasswordcredentials(", "basicauth(", "digestauth("),
    *("proxyauth(", ".getconnection(", ".login(", "->login(", ".auth(", "->auth(", ".authenticate(", "->authenticate("),
    *("bind_s(", "simple_bind(", "ldap_bind(", "ftp_login(", "imap_open("),
    *("ssh2_auth_password(", "plainauth(", "setbasicauth(", "basic_auth(", "cx_oracle.connect(", "pymssql.connect("),
    *("auth=(", "auth = ("),
    *("dbi->connect(", "dbi->connect_cached(", "pymysql.connect(", "mysqldb.connect(", "mysql.connector.connect("),
    *("mariadb.connect(", "psycopg2.connect(", "psycopg.connect(", "pgdb.connect(", "oci_connect(", "oci_pconnect("),
    *("odbc_connect(", "odbc_pconnect(", "db2_connect(", "db2_pconnect(", "sybase_connect(", "sybase_pconnect("),
    *("mssql_connect(", "mssql_pconnect(", "ibase_connect(", "ibase_pconnect("),
    *("plaincredentials(", "username_pw_set(", "ftplib.ftp(", "ftplib.ftp_tls(", ".add_password(", "sequelize("),
    *("epgsql:connect(", ".bearer_auth(", "authenticationheadervalue(", "net::ftp.new(", "net::ftp.open("),
    *("net::smtp.start(", "credentials.basic(", "httpclientbasiccredentials(", "smbconnection(", ".pass_("),
    *("curl_setopt(", "curl_easy_setopt(", "'auth' => [", '"auth" => ['),
    *("basicauthenticator(", "digestauthenticator(", ".setcredentials(", ".credentials("),
    *("credentials(", "authtokens.basic(", "plaintextauthprovider(", ".authenticateasync("),
)
"""Literals one of which every match of `_CALLS` holds (the shared index places them in a long text)."""
PORT_CALL_WORDS = ("connect(", "client(", "pool(", "redis(", "connection(", "session(")
"""Literals of the calls read for a host and a port before a user and a password (see `_host_port_calls`)."""
_LATER_WORDS = (*CALL_WORDS, *PORT_CALL_WORDS, "convertto-securestring", "net use", "net user", "auth plain")
_LATER = WordGate(_LATER_WORDS)
"""Whether a text shorter than `LONG` holds one of the literals of the calls, commands and protocol lines."""

_ORACLE_TOOLS = ("sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl")
_GATES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("@tcp(", "@tcp6(", "@unix(", "@udp("), _GO_DSN),
    ((*_ORACLE_TOOLS, "jdbc:oracle:thin:", "@//"), _ORACLE),
    (("neo4j_auth",), _NEO4J),
)
_IN_WORD = lazy.compile(r"[\w-]")
"""A character that a tool's name in `_ORACLE` may not follow."""


WORDS = (
    *(w for words, _ in _GATES for w in words),
    *("htpasswd", "convertto-securestring", "net use", "net user", "auth plain", '" "', '"\t"'),
    *CALL_WORDS,
    *PORT_CALL_WORDS,
)
"""The literals that let each expression run (the shared index is asked for them in a long text)."""
_ARG = lazy.compile(r"[^\s;&|]+")


def find(
    text: str, low: str, holds: Callable[[str], bool], typed: Callable[[str], bool], places: Places
) -> list[tuple[int, int]]:
    """The spans of the passwords in such pairs, when `typed` finds the value a password (not a stand-in); `holds`
    tells whether the lower-cased text holds a literal, `places` where one of `CALL_WORDS` starts in it (in order)."""
    out: list[tuple[int, int]] = []
    for words, pattern in _GATES:
        if not any(holds(w) for w in words):
            continue
        if pattern is _ORACLE and not _oracle_may(low, holds):
            continue
        for m in pattern.finditer(text if pattern is _GO_DSN else low):
            start, end = m.span("value")
            if typed(text[start:end]):
                out.append((start, end))
    if holds("htpasswd"):
        for m in _HTPASSWD.finditer(low):
            flags = m.group("flags")
            if "b" not in flags:
                continue  # without -b the password is asked for, not given
            args = list(_ARG.finditer(low, m.start("args"), m.end("args")))
            at = 1 if "n" in flags else 2  # `-n user pass` prints; otherwise `file user pass`
            if len(args) > at and typed(text[args[at].start() : args[at].end()]):
                out.append(args[at].span())
    if holds('" "') or holds('"\t"'):
        out += _userlist(text, low, typed)
    if _LATER.none(low) if len(low) < LONG else not any(holds(w) for w in _LATER_WORDS):
        return out  # none of the literals the finders below need (one pass for a short text; the index for a long one)
    called = [w for w in CALL_WORDS if holds(w)]
    if called:
        out += _calls(text, low, called, typed, places)
    port_calls = [w for w in PORT_CALL_WORDS if holds(w)]
    if port_calls:
        out += _host_port_calls(text, low, port_calls, typed, places)
    if holds("convertto-securestring"):
        for m in _SECURE_STRING.finditer(low):
            args = m.group("args")
            if "-asplaintext" in args:
                q = _QUOTED.search(low, m.start("args"), m.end("args"))
                if q is not None and typed(text[q.start("value") : q.end("value")]):
                    out.append(q.span("value"))
    if holds("net use") or holds("net user"):
        out += _net_commands(text, low, typed)
    if holds("auth plain"):
        for m in _AUTH_PLAIN.finditer(low):
            if _plain_pair(text[m.start("value") : m.end("value")], typed):
                out.append(m.span("value"))
    return out


def _oracle_may(low: str, holds: Callable[[str], bool]) -> bool:
    """Whether `_ORACLE` may match `low`: it holds `@//` or JDBC thin's prefix, or a tool's name where a word begins
    (one pass of the expression, which tries its EZConnect form at every letter, costs ~40-90 ms a MB of source
    code, where `rman` stands inside `performance`)."""
    if holds("@//") or holds("jdbc:oracle:thin:"):
        return True
    for word in _ORACLE_TOOLS:
        if not holds(word):
            continue
        at = low.find(word)
        while at >= 0:
            if not at or _IN_WORD.match(low, at - 1) is None:
                return True
            at = low.find(word, at + 1)
    return False


_USERLIST = lazy.compile(r'[ \t]*"[^"\s]{1,64}"[ \t]+"(?P<value>[^"\s]{6,256})"[ \t]*\r?\Z')
"""A line of a connection pooler's user file (PgBouncer's `userlist.txt`): a quoted user, a quoted password."""
_HASHED = lazy.compile(r"md5[0-9a-f]{32}(?![0-9a-f])|SCRAM-SHA-256\$")
_USERLIST_NAMES = ("userlist", "pgbouncer", "auth_file", "odyssey", "pgcat")
_KEY_VALUES_BLOCK = lazy.compile(r"(?m)^[ \t]*[{}][ \t]*\r?$")
"""A brace alone on its line: the text is a block of `"key" "value"` pairs (a game platform's KeyValues build file, a
VDF), not a user file."""


def _userlist(text: str, low: str, typed: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Passwords in user-file lines (`"app" "s3cr3t..."`) when the text names such a file, or holds more than one such
    line outside braces' blocks and it mixes letters with digits or signs; a stored hash (`md5...`,
    `SCRAM-SHA-256$...`) is not a password."""
    lines = []
    for gap in ('" "', '"\t"'):
        at = text.find(gap)
        while at >= 0:  # only the lines that hold a quote, a gap and a quote are read, not the whole text
            lo = text.rfind("\n", 0, at) + 1
            hi = text.find("\n", at)
            hi = len(text) if hi < 0 else hi
            m = _USERLIST.match(text, lo, hi)
            if m is not None and all(m.start() != n.start() for n in lines):
                lines.append(m)
            at = text.find(gap, hi)
    if not lines:
        return []
    lines.sort(key=lambda m: m.start())
    named = any(w in low for w in _USERLIST_NAMES)
    several = len(lines) > 1 and _KEY_VALUES_BLOCK.search(text) is None
    out = []
    for m in lines:
        value = m.group("value")
        if _HASHED.match(value) is None and typed(value) and (named or (several and _mixed(value))):
            out.append(m.span("value"))
    return out


def _mixed(value: str) -> bool:
    """Whether a value mixes letters with digits or signs, as a password does (`English` and `Getting` do not)."""
    return len(value) >= 8 and any(c.isalpha() for c in value) and any(not c.isalpha() for c in value)


def _calls(
    text: str, low: str, words: list[str], typed: Callable[[str], bool], places: Places
) -> list[tuple[int, int]]:
    """Passwords given as a quoted literal at the password's position of a call that takes one (see `_CALLS`),
    looked for where one of `words` (those of `CALL_WORDS` the text holds) stands."""
    out: list[tuple[int, int]] = []
    read = 0  # where the last argument list read ended: a call inside it has been read as one of its arguments
    for m in _call_matches(low, words, places):
        if m.start() < read:
            continue
        api = " ".join(m.group("api").split())
        args, read = _arguments(low, m.end())
        if api.endswith("getconnection"):
            at = len(args) - 1 if len(args) in (2, 3) else -1  # (url, user, pass) or a data source's (user, pass)
        elif "=" in api:
            at = 1 if len(args) == 2 else -1  # requests' `auth=(user, pass)`, Elasticsearch's `basic_auth=(...)`
        elif api == "auth" and len(args) == 1:
            at = 0  # a store's `jedis.auth("...")`: the password alone
        else:
            at = _PASSWORD_AT.get(api.rsplit(".", 1)[-1] if api.startswith("system.") else api, 1)
        if api in _WRAPPERS and (not 0 <= at < len(args) or _literal(low, *args[at]) == (0, 0)):
            read = m.end()  # (`setCredentials(scope, new UsernamePasswordCredentials(...))`: the call inside is read)
        if 0 <= at < len(args):
            start, end = _literal(low, *args[at])
            if start < end and api.startswith("curl_"):
                start = _curl_option(low, args[1], start, end)
            if start < end and api == "credentials" and _LOWER_WORDS.fullmatch(low, start, end) is not None:
                continue  # a mode (`.credentials("include", "same-origin")`), not a builder's password
            if start < end and typed(text[start:end]):
                out.append((start, end))
    return out


_CONNECTING = lazy.compile(
    r"[\w$.:>-]*(?:connect|client|pool|redis|jedis|session|conn|sftp|ssh|ftp|smtp|imap|ldap|mongo|mysql|postgres"
    r"|influx|clickhouse|cassandra|memcache|amqp|rabbit|database|db)[\w$]*\($"
)
"""A call's name (lower-cased, with the `(`) that says it opens a connection or a client."""
_PORT_ARG = lazy.compile(r"\s*(?:\d{2,5}|[\w$.]*port[\w$]*)\s*\Z")
_HOST_ARG = lazy.compile(r"\s*(?:[\"'][\w.:\[\]-]{1,253}[\"']|[\w$.]*(?:host|addr|server)[\w$]*)\s*\Z")
_URL_ARG = lazy.compile(r"\s*[\"'][a-z][a-z0-9+.-]{1,20}://[^\"'\s]{1,253}[\"']\s*\Z")
_NUMBER = lazy.compile(r"\s*\d{1,6}\s*")
_NAME_START = lazy.compile(r"[\w$.:>-]{1,80}\(\Z")
_AFTER_PORT_AT = {"influxdbclient(": 1}
"""Calls whose password is not the last of the quoted values after the port: InfluxDB's `(host, port, user,
password, database)`."""


def _host_port_calls(
    text: str, low: str, words: list[str], typed: Callable[[str], bool], places: Places
) -> list[tuple[int, int]]:
    """Passwords given by position to a connection's or a client's constructor after its host and port
    (`new JedisPool(cfg, "cache", 6379, 2000, "...")`, `redis.Redis("cache", 6379, 0, "...")`, `ssh.connect(host, 22,
    "deploy", "...")`, `InfluxDBClient(host, 8086, "admin", "...", "metrics")`), to a client made from a URL, a user
    and a password (`new Client("https://es:9200", "elastic", "...")`), and to LuaSQL's `env:connect(source, user,
    "...")`: the quoted value after the port and a timeout's or a database's number, the second of two, or at the
    place its call takes it."""
    out: list[tuple[int, int]] = []
    read = 0
    for word in words:
        for at in places(word):
            open_at = at + len(word)
            if open_at < read:
                continue
            name = _NAME_START.search(low, max(0, open_at - 81), open_at)
            if name is None or _CONNECTING.match(low, name.start(), open_at) is None:
                continue
            args, read = _arguments(low, open_at)
            span = _port_password(low, name.group(), args)
            if span is not None and _PLAIN.fullmatch(text, *span) is None and typed(text[span[0] : span[1]]):
                out.append(span)
    return out


_PLAIN = lazy.compile(r"[A-Za-z]+[0-9]{0,4}|[a-z]+/[a-z0-9.+-]+")
"""A word with a number after it (`password123`, a manual's stand-in) or a media type: no password here."""


def _port_password(low: str, name: str, args: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the password among a connecting call's arguments (see `_host_port_calls`), if any."""
    literals = [_literal(low, *a) for a in args]
    if name.endswith(":connect(") and len(args) >= 3 and literals[2] != (0, 0):
        return literals[2]  # LuaSQL's `env:connect(source, user, password, ...)`
    if len(args) == 3 and _URL_ARG.match(low, *args[0]) is not None and literals[1] != (0, 0):
        return literals[2] if literals[2] != (0, 0) else None
    for i in range(1, len(args) - 1):
        if _PORT_ARG.match(low, *args[i]) is not None and _HOST_ARG.match(low, *args[i - 1]) is not None:
            after = [span for span in literals[i + 1 :] if span != (0, 0)]
            if len(after) == 1 and not any(_NUMBER.fullmatch(low, *a) for a in args[i + 1 : -1]):
                return None  # one value right after the port is a database's or a client's name, not a password
            at = _AFTER_PORT_AT.get(name.rsplit(".", 1)[-1], len(after) - 1 if len(after) <= 2 else -1)
            return after[at] if 0 <= at < len(after) else None
    return None


_LOWER_WORDS = lazy.compile(r"[a-z]+(?:[-_][a-z]+)*")
_WRAPPERS = frozenset({"setcredentials", "credentials", "withcredentials", "withauthcredentials"})
"""Calls that may take the credentials as a call of their own (read then, not passed over)."""
_CURL_PAIRS = frozenset({"curlopt_userpwd", "curlopt_proxyuserpwd"})
_CURL_SECRETS = frozenset(
    {"curlopt_password", "curlopt_proxypassword", "curlopt_keypasswd", "curlopt_xoauth2_bearer"}
    | {"curlopt_tlsauth_password", "curlopt_proxy_tlsauth_password"}
)
"""libcurl's options that take `user:password` and those that take a password or a token alone."""


def _curl_option(low: str, option: tuple[int, int], start: int, end: int) -> int:
    """Where the secret starts in the value given to a libcurl option (`curl_setopt($ch, CURLOPT_USERPWD, "u:p")`):
    after the user of a pair, the whole value of a password's option; `end` (nothing) for any other option."""
    name = low[option[0] : option[1]].strip()
    if name in _CURL_SECRETS:
        return start
    if name in _CURL_PAIRS:
        colon = low.find(":", start, end)
        return colon + 1 if colon > start else end
    return end


def _call_matches(low: str, words: list[str], places: Places) -> list[re.Match[str]]:
    """The matches of `_CALLS`, tried only at the start of the names that hold one of its literals (and at a `new `
    before such a name)."""
    found: dict[int, re.Match[str]] = {}
    for word in words:
        for at in places(word):  # (no literal of them overlaps itself: every place is one `str.find` would give)
            name = at + 1 if word[0] == "." else at + 2 if word[0] == "-" else at  # `.login(`: after the dot
            before = low[max(0, name - _NAME_MOST) : name]
            start = name - len(before) + len(before.rstrip(_NAME_CHARS))
            for head in (start, start - 4) if low.startswith("new ", start - 4) else (start,):
                m = _CALLS.match(low, head)
                if m is not None:
                    found[head] = m
    return [found[k] for k in sorted(found)]


_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NAME_MOST = 40
"""How far before a literal of `_CALLS` the name that holds it may start."""


def _arguments(low: str, at: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of a call's arguments from just after its `(`, split at top-level commas (none when the call does
    not close within 600 characters and 64 pieces), and where the reading stopped."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = at
    stop = at
    for n, m in enumerate(_PIECES.finditer(low, at, min(len(low), at + 600))):
        c = m.group()
        stop = m.end()
        if n > _PIECES_MOST:
            return [], stop
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if not depth:
                out.append((start, m.start()))
                return out, stop
            depth -= 1
        elif c == "," and not depth:
            out.append((start, m.start()))
            start = m.end()
    return [], stop


_PIECES_MOST = 64
"""An argument list of more pieces than this is not one of these calls' (they take a handful of plain values)."""
_PIECES = lazy.compile(r"[^\"'`()\[\]{},]+|\"[^\"\n]*\"|'[^'\n]*'|`[^`]*`|.")
"""What an argument list is read in: runs without quotes, brackets or commas, quoted strings, single characters."""


_LITERAL = lazy.compile(
    r"\s*(?:some\(|@|b)?(?P<q>[\"'])(?P<value>[^\"'\r\n]{1,256})(?P=q)\)?(?:\.tochararray\(\))?\s*\Z"
)
"""An argument that is a quoted literal: also Rust's `Some("...")`, C#'s `@"..."`, Java's `"...".toCharArray()`."""


def _literal(low: str, start: int, end: int) -> tuple[int, int]:
    """The span of a quoted literal argument's value (empty when the argument is not one)."""
    m = _LITERAL.match(low, start, end)
    return m.span("value") if m is not None else (0, 0)


_DEVICE = lazy.compile(r"[a-z]:|\*:?|lpt\d:?|com\d:?")
"""A drive or device name `net use` maps (`Z:`, `*`, `LPT1:`)."""


def _net_commands(text: str, low: str, typed: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The password of `net use [X:] \\\\host\\share pass /user:...` and of `net user name pass [/add]`."""
    out: list[tuple[int, int]] = []
    for m in _NET_USE.finditer(low):
        verb = m.group("verb")
        words = [w for w in _ARG.finditer(low, m.start("args"), m.end("args")) if not w.group().startswith("/")]
        if verb == "use":
            words = [w for w in words if not w.group().startswith("\\\\") and _DEVICE.fullmatch(w.group()) is None]
            at = 0
        else:
            at = 1  # `net user name pass`
        if len(words) > at and words[at].group() != "*":
            start, end = words[at].span()
            if low[start] in "\"'" and low[end - 1] == low[start] and end - start > 2:
                start, end = start + 1, end - 1
            if typed(text[start:end]):
                out.append((start, end))
    return out


def _plain_pair(value: str, typed: Callable[[str], bool]) -> bool:
    """Whether an SMTP `AUTH PLAIN` argument is base64 of `[authzid] NUL user NUL password` with a password."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    parts = raw.split("\0")
    return len(parts) == 3 and bool(parts[1]) and len(parts[2]) >= 4 and typed(parts[2])

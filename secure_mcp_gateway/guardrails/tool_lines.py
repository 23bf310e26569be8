"""Secrets in tools' own lines whose name does not end with a telling word: Hadoop's and Spark's Azure account keys
(`fs.azure.account.key.<account>.blob.core.windows.net <key>`), Deluge's `auth` file (`<user>:<password>:<level>`),
personal access tokens under `..._PAT` names and clouds' secret keys under `..._SK` names, PagerDuty's routing and
integration keys, Develocity's access keys (`<host>=<key>`), JSON Web Keys' private parts, Bundler's host
credentials (`BUNDLE_GEMS__EXAMPLE__COM=<user>:<password>`), Storj's access grants, a token as a URL's whole user
part (`https://<token>@host/`), Unleash's API tokens (`*:production.<hex>`), Apple's app-specific passwords and
Lisp's association lists (`(:password . "...")`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lazy
from .line_starts import in_lines, merged_places
from .scan import INDEX, occurrences

_AZURE_KEY = lazy.compile(
    r"fs\.azure\.account\.key\.[a-z0-9-]{1,64}\.(?:blob|dfs)\.core\.(?:windows\.net|chinacloudapi\.cn)"
    r"[\"']?(?:[ \t]*</name>[ \t\r\n]*<value>|[ \t]*[:=][ \t]*|[ \t]+)[\"']?(?P<value>[a-z0-9+/]{40,120}={0,2})"
    r"(?![a-z0-9+/=])"
)
"""On the lower-cased text: an Azure storage account's key under the name Hadoop and Spark give it (in
`spark-defaults.conf` after spaces, in `core-site.xml` as a property's value, on a command line after `=`)."""
_DELUGE_LINE = lazy.compile(r"^[ \t]*[A-Za-z0-9_.@-]{1,64}:(?P<value>[^\s:]{4,128}):(?:10|[0-9])[ \t]*\r?$", re.M)
"""A line of Deluge's `auth` file: a user, a password and an access level (0 to 10)."""
_PAT_TAIL = r"[\"']?[ \t]*(?::=|=|:)[ \t]*[\"']?(?P<value>[A-Za-z0-9_.~+/-]{16,256})(?![A-Za-z0-9_.~+/-])"
_PAT = lazy.compile(r"PAT(?<![A-Za-z0-9]PAT)(?:_[A-Z0-9]+)?" + _PAT_TAIL)
_SK = lazy.compile(r"_SK(?<=[A-Z0-9]_SK)" + _PAT_TAIL)
"""A personal access token under a name in capitals ending with `PAT` (`GITLAB_PAT=...`, `ADO_PAT: ...`), or a cloud's
secret key under one ending with `_SK`, beside its `_AK` (`HUAWEICLOUD_SDK_SK=...`, `OBS_SK=...`)."""
_ROUTING_KEY = lazy.compile(
    r"(?<![a-z])(?:routing|integration)[_-]?key[\"']?[ \t]*(?:=>|[:=])[ \t]*[\"']?(?P<value>[a-z0-9]{32})"
    r"(?![\w.-])"
)
"""On the lower-cased text: PagerDuty's Events API routing key or integration key (32 letters and digits); an AMQP
routing key is a dotted name."""
_DEVELOCITY = lazy.compile(
    r"(?:gradle[_.-]?enterprise|develocity)[_.-]?access[_.-]?key[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"[a-z0-9][a-z0-9.-]{0,253}(?::\d{1,5})?=(?P<value>[a-z0-9]{20,64})(?![a-z0-9])"
)
"""On the lower-cased text: Develocity's (Gradle Enterprise's) access key, written `<server host>=<key>`."""
_BUNDLE = lazy.compile(
    r"(?<![A-Za-z0-9_])BUNDLE_(?:[A-Z0-9-]+__)+[A-Z0-9-]+[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:[^\s\"':]{1,64}:)?(?P<value>[^\s\"':]{6,256})(?=[\s\"']|\Z)"
)
"""Bundler's credentials for a gem host, named for the host (`BUNDLE_GEMS__EXAMPLE__COM=<user>:<password>`)."""
_STORJ = lazy.compile(
    r"(?:access[_-]?grant|storj[_-]?access(?:[_-]?grant)?)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[1-9a-z]{100,2000})"
    r"(?![a-z0-9])"
)
"""On the lower-cased text: a Storj access grant (base58, a few hundred characters) under its name."""
URL_TOKEN = lazy.compile(r"://(?P<value>[A-Za-z0-9_-]{20,200})@(?=[A-Za-z0-9])")
"""A token as a URL's whole user part (`https://<token>@gems.example.com/`), as package hosts take it."""
_ALIST = lazy.compile(
    r"\([ \t]*(?::|[\"'])?(?:password|passwd|secret|token|api-?key|auth-?token)[\"']?[ \t]+\.[ \t]+\""
    r"(?P<value>[^\"\s]{4,256})\""
)
"""On the lower-cased text: a pair of a Lisp association list (`(:password . "...")`, `("token" . "...")`)."""
_UNLEASH = lazy.compile(r":[a-z0-9_-]{1,64}\.[0-9a-f]{32,128}(?![\w.-])")
"""On the lower-cased text: the end of an Unleash API token, `<project>:<environment>.<hex>` (`*:production.<hex>`
for every project), found from its colon; read where Unleash or a default environment is named, the project
`*`, `[]` or, where Unleash is named, any."""
_APPLE_PASSWORD = lazy.compile(r"(?<![\w-])(?P<value>[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![\w-])")
"""An Apple ID's app-specific password (four groups of four lower-case letters), read where Apple, its notary tools or
an app-specific password are named."""
_APPLE_WORDS = ("apple", "app_specific", "app-specific", "appspecific", "notarytool", "altool", "icloud")
_APPLE_DISTINCT = 9
_APPLE_REACH = 80
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELLED = lazy.compile(r"(?:[a-z]*[aeiouy][a-z]*-){3}[a-z]*[aeiouy][a-z]*").fullmatch
"""Four groups each with a vowel: words (`fill-this-form-away`), unless a password is named before them on their line
(a generated password's groups all hold one about once in five)."""
_PROJECT_MOST = 64
_WINDOW = 512
_FRONTEND = lazy.compile(r"front[_-]?end|proxy|public|browser")
_JWK_PRIVATE = lazy.compile(
    r"[\"'][dk]\\{0,3}[\"'][ \t]*:[ \t]*\\{0,3}[\"'](?P<value>[A-Za-z0-9_-]{40,1400})\\{0,3}[\"']"
)
"""A JSON Web Key's private part (`"d": "..."`: an RSA key's private exponent, an EC or Ed25519 key's scalar), as
Arweave's wallet files and OIDC providers' signing keys hold it, also escaped in a JSON string
(`\\"k\\":\\"...\\"`); read where `"kty"` names the key's type."""
_JWK_REACH = 4000
_REGISTER = lazy.compile(
    r"(?<![\w-])(?:ejabberdctl|prosodyctl)[ \t]+(?:register|change_password|adduser)[ \t]+[^\s@]{1,64}[ \t]+"
    r"[a-z0-9.-]{1,253}[ \t]+[\"']?(?P<value>[^\s\"']{4,128})"
)
"""On the lower-cased text: an XMPP server's account made or changed on its command line (`ejabberdctl register
<user> <host> <password>`, `prosodyctl register ...`)."""
_MQTT_PASSWD = lazy.compile(
    r"(?<![\w-])mosquitto_passwd[ \t]+(?:-[a-z][ \t]+)*-b[ \t]+(?:-[a-z][ \t]+)*\S{1,256}[ \t]+\S{1,64}[ \t]+[\"']?"
    r"(?P<value>[^\s\"']{4,128})"
)
"""On the lower-cased text: `mosquitto_passwd -b <file> <user> <password>`."""
_USER_THEN_PASS = lazy.compile(r"-p[ \t]+[\"']?(?P<value>[^\s\"'-][^\s\"']{3,127})")
_USER_BEFORE = lazy.compile(r"(?<![\w-])(?:-u|--user(?:name)?)[ \t=]+[\"']?[^\s\"'-]")
_USER_REACH = 200
"""On the lower-cased text: a command line's user option and then a password option with a space between (`-u admin
-p ...`, as `turnadmin`, `register_new_matrix_user` and `influx setup` take them); a port's `-p 8080:80` is no
password (see `_typed`)."""
_HERE_STRING = lazy.compile(
    r"(?<![\w-])(?:smbpasswd|passwd|chpasswd|unlock|lncli[ \t]+create|vault[ \t]+login|sshfs)[^\n|;&]{0,120}<<<[ \t]*"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']{4,128})(?P=q)"
)
"""On the lower-cased text: a password handed to a command as a here-string (`smbpasswd -a bob <<< "..."`,
`lncli unlock --stdin <<< "..."`)."""
_ECHO_STDIN = lazy.compile(
    r"(?<![\w-])(?:echo|printf)[ \t]+(?:-n[ \t]+)?(?P<q>[\"']?)(?P<value>[^\s\"'$|]{4,128})(?P=q)[ \t]*\|[ \t]*"
    r"[^\n|;&]{0,120}--password-stdin"
)
"""On the lower-cased text: a password echoed into a login that reads it (`echo "..." | docker login ...
--password-stdin`)."""
_ECHO_FILE = lazy.compile(r"--password[ \t]+<\([ \t]*echo[ \t]+(?P<q>[\"']?)(?P<value>[^\s\"')]{4,128})(?P=q)[ \t]*\)")
"""On the lower-cased text: a password handed as a file made on the spot (`geth ... --password <(echo ...)`)."""
_USERS = lazy.compile(
    r"(?<![\w-])--?users?[ \t=]+[\"']?"
    r"(?P<list>[\w.@-]{1,64}=[^\s\"',]{4,128}(?:,[\w.@-]{1,64}=[^\s\"',]{4,128}){0,15})"
)
"""A TURN or media server's users on its command line, each with its password (`-users alice=<pass>,bob=<pass>`)."""
_SUPW = lazy.compile(r"(?<![\w-])-supw[ \t]+[\"']?(?P<value>[^\s\"'-][^\s\"']{3,127})")
"""On the lower-cased text: Murmur's superuser password set on its command line (`murmurd -supw ...`)."""
_GARAGE_IMPORT = lazy.compile(
    r"garage[ \t]+key[ \t]+import[ \t]+(?:--yes[ \t]+)?gk[0-9a-f]{24}[ \t]+(?P<value>[0-9a-f]{64})"
)
"""On the lower-cased text: an object store's (Garage's) access key imported with its secret."""
_SWARM_KEY = lazy.compile(r"/key/swarm/psk/1\.0\.0/[ \t]*\r?\n[ \t]*/base16/[ \t]*\r?\n[ \t]*(?P<value>[0-9a-f]{64})")
"""On the lower-cased text: an IPFS private network's swarm key (`swarm.key`)."""
_RPC_LOGIN = lazy.compile(
    r"(?<![\w])(?:rpc|daemon)-login[ \t]*[= ][ \t]*[\"']?[^\s:\"']{1,64}:(?P<value>[^\s\"']{4,128})"
)
"""On the lower-cased text: a Monero node's or wallet's RPC login (`rpc-login=<user>:<password>`)."""
_NETDATA_KEY = lazy.compile(
    r"\[(?P<value>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\][ \t]*\r?\n"
    r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:enabled|type|allow from|default history|default memory mode"
    r"|health enabled by default|multiple connections)[ \t]*="
)
"""On the lower-cased text: a metrics agent's (Netdata's) streaming API key, the name of its section in the
receiving parent's `stream.conf` (`[<uuid>]` then `enabled = yes`)."""
_COMMAND_WORDS = (
    "-users",
    "-user ",
    "-user=",
    "ejabberdctl",
    "prosodyctl",
    "mosquitto_passwd",
    "<<<",
    "--password-stdin",
    "<(echo",
    "-supw",
)
_COMMAND_WORDS += ("garage key", "/key/swarm/", "rpc-login", "daemon-login")
_HEX = lazy.compile(r"[0-9a-f]+|[0-9A-F]+")
_PAT_WORDS = ("pat=", "pat:", 'pat"', "pat'", "pat ", "_sk=", "_sk:", '_sk"', "_sk'", "_sk ")
_KEY_WORDS = ("routing_key", "routing-key", "routingkey", "integration_key", "integration-key", "integrationkey")
_GRANT_WORDS = ("access_grant", "access-grant", "accessgrant", "storj")
_DEVELOCITY_WORDS = ("develocity", "enterprise.accesskey", "enterprise_access_key", "enterprise-access-key")
WORDS = ("fs.azure.account.key.", "localclient:", "deluge", "bundle_", ' . "', '"kty"', "'kty'", '"kty\\"')
_UNLEASH_WORDS = ("unleash", ":development.", ":production.")
"""Where an Unleash token is looked for: Unleash named, or its default environments' names after a project."""
WORDS += (*_UNLEASH_WORDS, *_APPLE_WORDS)
_NETDATA_WORDS = ("enabled = yes", "allow from", "default history", "default memory mode")
WORDS += (*_PAT_WORDS, *_KEY_WORDS, *_GRANT_WORDS, *_DEVELOCITY_WORDS, *_COMMAND_WORDS, *_NETDATA_WORDS, "-p ")
"""The rare words these finders need, asked of the shared index: a text without any of them (and whose URLs hold no
token as their user part, see `URL_TOKEN`) holds none of these secrets."""
LOW_GATES = (
    r"fs\.azure\.account\.key\.",
    r"localclient:|deluge",
    r"_(?:pat|sk)[\"']?[ \t]*[:=]|(?<![a-z0-9_])pat[\"']?[ \t]*[:=]",
    r"(?:routing|integration)[_-]?key",
    r"(?:develocity|enterprise)[_.-]?access",
    r"bundle_[a-z0-9-]+__",
    r"access[_-]?grant|storj",
    r"[\"']kty\\{0,3}[\"']",
    r"unleash|:(?:development|production)\.",
    r"apple|app[_-]?specific|notarytool|altool|icloud",
    r"(?:ejabberdctl|prosodyctl)[ \t]+(?:register|change_password|adduser)|mosquitto_passwd|-p[ \t]|<<<",
    r"--?users?[ \t=]+[\"']?[\w.@-]{1,64}=",
    r"--password-stdin|<\([ \t]*echo|-supw|garage[ \t]+key|/key/swarm/|(?:rpc|daemon)-login",
    r"\[[0-9a-f]{8}-[0-9a-f]{4}-",
    r"://[a-z0-9_-]{20,200}@",
    r"(?:password|passwd|secret|token|api-?key|auth-?token)[\"']?[ \t]+\.[ \t]+\"",
)
"""On a short lower-cased text: what one of these secrets needs (see `secrets._low_any`)."""


def find(
    text: str,
    low: str,
    random: Callable[[str], bool],
    typed: Callable[[str], bool],
    holds: Callable[[str], bool],
    urls: bool,
) -> list[tuple[int, int, str]]:
    """These secrets with their kind (`random`: whether a value is a random key; `typed`: whether a password is typed
    in; `holds(word)`: whether `low` holds a word of `WORDS`; `urls`: whether `URL_TOKEN` may match the text)."""
    out: list[tuple[int, int, str]] = []

    def value(m: re.Match[str]) -> str:
        return text[m.start("value") : m.end("value")]

    if holds("fs.azure.account.key."):
        out += [(*m.span("value"), "azure_storage_key") for m in _AZURE_KEY.finditer(low) if random(value(m))]
    if holds("localclient:") or holds("deluge"):
        out += [(*m.span("value"), "password") for m in _DELUGE_LINE.finditer(text) if typed(value(m))]
    if any(map(holds, _PAT_WORDS)):
        for pattern, literal in ((_PAT, "PAT"), (_SK, "_SK")):
            if literal in text:
                out += [(*m.span("value"), "generic_secret") for m in pattern.finditer(text) if random(value(m))]
    if any(map(holds, _KEY_WORDS)):
        out += [(*m.span("value"), "generic_secret") for m in _ROUTING_KEY.finditer(low) if _keyish(value(m))]
    if any(map(holds, _DEVELOCITY_WORDS)):
        out += [(*m.span("value"), "generic_secret") for m in _DEVELOCITY.finditer(low) if _keyish(value(m))]
    if holds("bundle_") and "BUNDLE_" in text:
        out += [(*m.span("value"), "password") for m in _BUNDLE.finditer(text) if typed(value(m))]
    if any(map(holds, _GRANT_WORDS)):
        out += [(*m.span("value"), "generic_secret") for m in _STORJ.finditer(low) if random(value(m)[:64])]
    if urls:
        out += [(*m.span("value"), "generic_secret") for m in URL_TOKEN.finditer(text) if _token(value(m), random)]
    if any(map(holds, _COMMAND_WORDS)) or holds("-p ") or any(map(holds, _NETDATA_WORDS)):
        out += _commands(text, low, typed, holds)
    if holds('"kty"') or holds("'kty'") or holds('"kty\\"'):
        out += [(*m.span("value"), "private_key") for m in _JWK_PRIVATE.finditer(text) if _jwk(low, m, random)]
    if any(map(holds, _UNLEASH_WORDS)):
        for lo, hi in _windows(low, _UNLEASH_WORDS, holds):
            unleash = "unleash" in low[lo:hi]
            for m in _UNLEASH.finditer(low, lo, hi):
                start = _unleash_start(low, m.start(), unleash)
                line = low[low.rfind("\n", 0, start) + 1 : start]
                if start < 0 or _FRONTEND.search(line) is not None:
                    continue  # no project before it, or a front-end token, made for the browser (`frontend_token: ...`)
                if random(m.group().rpartition(".")[2]):
                    out.append((start, m.end(), "generic_secret"))
    if any(map(holds, _APPLE_WORDS)):
        for lo, hi in _windows(low, _APPLE_WORDS, holds):
            for m in _APPLE_PASSWORD.finditer(text, lo, hi):
                letters = value(m).replace("-", "")
                named = "pass" in low[max(low.rfind("\n", 0, m.start()) + 1, m.start() - _APPLE_REACH) : m.start()]
                if (
                    len(set(letters)) > _APPLE_DISTINCT
                    and letters not in _ALPHABET
                    and (named or not _VOWELLED(value(m)))
                ):
                    out.append((*m.span("value"), "password"))
    if holds(' . "'):
        out += [(*m.span("value"), "password") for m in _ALIST.finditer(low) if typed(value(m))]
    return out


_TYPED_FINDERS = (
    (_REGISTER, "ejabberdctl"),
    (_REGISTER, "prosodyctl"),
    (_MQTT_PASSWD, "mosquitto_passwd"),
    (_HERE_STRING, "<<<"),
    (_ECHO_STDIN, "--password-stdin"),
    (_ECHO_FILE, "<(echo"),
    (_SUPW, "-supw"),
    (_RPC_LOGIN, "rpc-login"),
    (_RPC_LOGIN, "daemon-login"),
)
"""The command lines whose password is judged as typed, and the word each needs."""
_TYPED_ANCHORS = {
    _REGISTER: ("ejabberdctl", "prosodyctl"),
    _MQTT_PASSWD: ("mosquitto_passwd",),
    _HERE_STRING: ("<<<",),
    _ECHO_STDIN: ("--password-stdin",),
    _ECHO_FILE: ("<(",),
    _SUPW: ("-supw",),
    _RPC_LOGIN: ("rpc-login", "daemon-login"),
}
"""What every match of each holds (on its one line: each is searched for on the lines that hold one, see
`line_starts.in_lines`), whichever of its words let it be read."""
# Where each starts: `occurrences` takes a long text's places from the shared index.
INDEX.add(
    w
    for words in (*_TYPED_ANCHORS.values(), ("-user", "-p "), _APPLE_WORDS, _UNLEASH_WORDS)
    for w in words
    if w.isascii()
)
_PORTS = lazy.compile(r"[0-9.:/a-z]*[0-9]+(?::[0-9]+)+(?:/(?:tcp|udp))?")
"""A port's mapping (`8080:80`, `127.0.0.1:53:53/udp`): what `-p` takes for a container, no password."""


def _commands(
    text: str, low: str, typed: Callable[[str], bool], holds: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """Passwords and keys on command lines and in the files they write (see `_TYPED_FINDERS`)."""
    out: list[tuple[int, int, str]] = []
    seen: set[re.Pattern[str]] = set()
    for pattern, word in _TYPED_FINDERS:
        if pattern in seen or not holds(word):
            continue
        seen.add(pattern)
        for m in in_lines(pattern, low, merged_places(low, _TYPED_ANCHORS[pattern])):
            value = text[m.start("value") : m.end("value")]
            if _PORTS.fullmatch(m.group("value")) is None and "://" not in value and typed(value):
                out.append((*m.span("value"), "password"))
    if holds("-users") or holds("-user ") or holds("-user="):
        for m in in_lines(_USERS, low, occurrences(low, "-user")):
            pos = m.start("list")
            for item in m.group("list").split(","):
                start = pos + item.index("=") + 1
                end = pos + len(item)
                pos = end + 1
                if typed(text[start:end]):
                    out.append((start, end, "password"))
    if holds("-p "):
        for at in occurrences(low, "-p "):
            m = _USER_THEN_PASS.match(low, at)
            line = low.rfind("\n", 0, at) + 1
            if (
                m is not None
                and (at == 0 or low[at - 1] in " \t")
                and _USER_BEFORE.search(low, max(line, at - _USER_REACH), at) is not None
                and _PORTS.fullmatch(m.group("value")) is None
                and "://" not in m.group("value")
                and typed(text[m.start("value") : m.end("value")])
            ):
                out.append((*m.span("value"), "password"))
    for pattern, words in (
        (_GARAGE_IMPORT, ("garage key",)),
        (_SWARM_KEY, ("/key/swarm/",)),
        (_NETDATA_KEY, _NETDATA_WORDS),
    ):
        if any(map(holds, words)):
            out += [
                (*m.span("value"), "generic_secret")
                for m in pattern.finditer(low)
                if _keyish(m.group("value")) and (pattern is not _NETDATA_KEY or low[m.start() - 1 : m.start()] in "\n")
            ]
    return out


def _windows(low: str, words: tuple[str, ...], holds: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The stretches of `low` within `_WINDOW` characters of a word of `words`, joined where they overlap: a token
    named by one of them is read only there, not in the whole text."""
    spans: list[tuple[int, int]] = []
    for word in words:
        if holds(word):
            spans += [(max(0, at - _WINDOW), at + len(word) + _WINDOW) for at in occurrences(low, word)]
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, min(hi, len(low))))
    return out


def _unleash_start(low: str, colon: int, named: bool) -> int:
    """Where an Unleash token whose project ends at `colon` starts: `*` (every project) or `[]` (several), or a
    project's name where Unleash is named in the text; -1 when none stands there."""
    if low.endswith("*", 0, colon):
        start = colon - 1
    elif low.endswith("[]", 0, colon):
        start = colon - 2
    elif named:
        start = colon
        while start > 0 and colon - start < _PROJECT_MOST and (low[start - 1].isalnum() or low[start - 1] in "_-"):
            start -= 1
        if start == colon:
            return -1
    else:
        return -1
    return -1 if start and (low[start - 1].isalnum() or low[start - 1] in "_*]-") else start


def _jwk(low: str, m: re.Match[str], random: Callable[[str], bool]) -> bool:
    """Whether a `"d"` member is a JSON Web Key's private part: `"kty"` in the same text near it, a random value."""
    near = low.find('kty"', max(0, m.start() - _JWK_REACH), m.end() + _JWK_REACH)
    near = near if near >= 0 else low.find("kty'", max(0, m.start() - _JWK_REACH), m.end() + _JWK_REACH)
    near = near if near >= 0 else low.find('kty\\"', max(0, m.start() - _JWK_REACH), m.end() + _JWK_REACH)
    return near >= 0 and random(m.group("value")[:64])


def _keyish(value: str) -> bool:
    """Whether a key of letters and digits is one: both in it, of twelve different characters or more."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and len(set(value)) >= 12


def _token(value: str, random: Callable[[str], bool]) -> bool:
    """Whether a URL's whole user part is a token: letters and digits, random; a user's name is not, nor a
    monitoring client's public key in hexadecimal (Sentry's DSN)."""
    return _keyish(value) and _HEX.fullmatch(value) is None and random(value)
